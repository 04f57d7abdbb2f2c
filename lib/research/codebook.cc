// The indicator codebook (lib/data/codebook.tsv) and the phrase -> code map.
#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>

#include "data/structure_tables.h"
#include "data/tables.h"
#include "mubiao/research.h"
#include "research/tables.h"
#include "text/char_index.h"
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
void fold_into(std::string_view s, std::string& out) {
  out.clear();
  // Characters left as they are (most of them) are copied a run at a time:
  // s[kept, here) is such a run. (Text is valid UTF-8: a character's bytes
  // are its encoding.)
  std::size_t kept = 0;
  for (std::size_t i = 0; i < s.size();) {
    // A Han character (lead byte E4..E9) is kept as it is: passed over
    // undecoded.
    if (data::structure::leads_han(static_cast<unsigned char>(s[i]))) {
      i += 3;
      continue;
    }
    const std::size_t here = i;
    const char32_t d = utf8::decode(s, i);
    char32_t c = utf8::fold_width(d);
    const bool drop = c == ' ' || c == 0x3000 || c == U'“' || c == U'”' || c == '"' || c == U'‘' ||
                      c == U'’' || c == U'「' || c == U'」';
    if (c >= 'a' && c <= 'z') c -= 'a' - 'A';
    if (!drop && c == d) continue;
    out.append(s.substr(kept, here - kept));
    kept = i;
    if (!drop) utf8::append(out, c);
  }
  out.append(s.substr(kept));
}

std::string fold(std::string_view s) {
  std::string out;
  fold_into(s, out);
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
  // Where to look: the phrases found inside an indicator, by their first
  // character, and those that must be the whole of it, by text (indices
  // into phrases, rising). An indicator's code comes from the first phrase
  // in `phrases` that it holds, so one walk over its characters with these
  // replaces a search for every phrase.
  CharIndex<std::size_t> inside_by_first;
  std::unordered_map<std::string, std::size_t> whole;
  std::size_t empty = static_cast<std::size_t>(-1);  // an empty phrase is in everything
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
    for (std::size_t k = 0; k < out.phrases.size(); ++k) {
      const Phrase& p = out.phrases[k];
      if (p.whole) {
        out.whole.emplace(p.text, k);  // keeps the first
      } else if (p.text.empty()) {
        out.empty = std::min(out.empty, k);
      } else {
        std::size_t i = 0;
        out.inside_by_first.add(utf8::decode(p.text, i), k);
      }
    }
    out.inside_by_first.seal();
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
  thread_local std::string folded;  // one buffer for every call of a thread
  fold_into(indicator, folded);
  const std::string& s = folded;
  if (s.empty()) return "";
  const Book& b = book();
  // The first phrase in b.phrases (longest first: the first hit is the
  // longest) that s is, or that s holds. Folded text is valid UTF-8, so a
  // phrase can only start at the start of a character.
  std::size_t best = b.empty;
  if (auto w = b.whole.find(s); w != b.whole.end()) best = std::min(best, w->second);
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t at = i;
    const auto* bucket = b.inside_by_first.find(utf8::decode(s, i));
    if (!bucket) continue;
    for (std::size_t k : *bucket) {
      if (k >= best) break;  // rising: none later can win
      const std::string& t = b.phrases[k].text;
      if (s.size() - at >= t.size() && std::memcmp(s.data() + at, t.data(), t.size()) == 0)
        best = k;
    }
  }
  return best < b.phrases.size() ? b.entries[b.phrases[best].entry].code : "";
}

namespace research {

const targets::Table& cues() {
  static const targets::Table t = data::cue_table(data::TableId::research_cues);
  return t;
}

}  // namespace research
}  // namespace mubiao
