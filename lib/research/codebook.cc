// The indicator codebook (lib/data/codebook.tsv) and the phrase -> code map.
#include <algorithm>

#include "data/tables.h"
#include "mubiao/research.h"
#include "research/tables.h"
#include "text/utf8.h"

namespace mubiao {
namespace {

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  while (true) {
    std::size_t k = s.find(sep);
    if (!s.substr(0, k).empty()) out.emplace_back(s.substr(0, k));
    if (k == std::string_view::npos) break;
    s.remove_prefix(k + 1);
  }
  return out;
}

// Indicator text as matched: width folded (ＧＤＰ, ２.５), quotes and
// spaces dropped ("专精特新"), Latin upper-cased.
std::string fold(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = utf8::fold_width(utf8::decode(s, i));
    if (c == ' ' || c == 0x3000 || c == U'“' || c == U'”' || c == '"' || c == U'‘' || c == U'’' ||
        c == U'「' || c == U'」')
      continue;
    if (c >= 'a' && c <= 'z') c -= 'a' - 'A';
    utf8::append(out, c);
  }
  return out;
}

struct Phrase {
  std::string text;  // folded
  bool whole = false;
  std::size_t entry = 0;
};

struct Book {
  std::vector<CodebookEntry> entries;
  std::vector<Phrase> phrases;  // longest first
};

const Book& book() {
  static const Book b = [] {
    Book out;
    for (const data::TableRow* row : data::table(data::TableId::codebook).every_row()) {
      std::vector<std::string> r(row->cells.begin(), row->cells.end());
      CodebookEntry e{r[0], r[1], r[2], r[3], r[4], r[5], r[6], split(r[7], '|')};
      for (const std::string& p : e.phrases) {
        Phrase ph;
        ph.whole = p[0] == '=';
        ph.text = fold(ph.whole ? std::string_view(p).substr(1) : std::string_view(p));
        ph.entry = out.entries.size();
        out.phrases.push_back(std::move(ph));
      }
      out.entries.push_back(std::move(e));
    }
    std::stable_sort(out.phrases.begin(), out.phrases.end(), [](const Phrase& a, const Phrase& b) {
      return a.text.size() > b.text.size();
    });
    return out;
  }();
  return b;
}

}  // namespace

const std::vector<CodebookEntry>& codebook() { return book().entries; }

const CodebookEntry* codebook_entry(std::string_view code) {
  for (const CodebookEntry& e : book().entries)
    if (e.code == code) return &e;
  return nullptr;
}

std::string indicator_code(std::string_view indicator) {
  const std::string s = fold(indicator);
  if (s.empty()) return "";
  const Book& b = book();
  for (const Phrase& p : b.phrases)  // longest first: the first hit is the longest
    if (p.whole ? s == p.text : s.find(p.text) != std::string::npos) return b.entries[p.entry].code;
  return "";
}

namespace research {

const targets::Table& cues() {
  static const targets::Table t = data::cue_table(data::TableId::research_cues);
  return t;
}

}  // namespace research
}  // namespace mubiao
