#include "numbers/lexicon.h"

#include <algorithm>

#include "text/utf8.h"

namespace mubiao::numbers {

namespace {
std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}
bool longer(const LexEntry& a, const LexEntry& b) { return a.word.size() > b.word.size(); }
}  // namespace

Lexicon Lexicon::parse(std::string_view table, std::string_view section) {
  Lexicon lex;
  while (!table.empty()) {
    std::size_t nl = table.find('\n');
    std::string_view line = table.substr(0, nl);
    table.remove_prefix(nl == std::string_view::npos ? table.size() : nl + 1);
    if (std::size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = trim(line);
    if (line.empty()) continue;
    std::vector<std::string_view> cols;
    while (true) {
      std::size_t tab = line.find('\t');
      cols.push_back(trim(line.substr(0, tab)));
      if (tab == std::string_view::npos) break;
      line.remove_prefix(tab + 1);
    }
    if (!section.empty()) {
      if (cols.size() < 2 || cols[0] != section) continue;
      cols.erase(cols.begin());
    }
    lex.add(std::string(cols[0]), cols.size() > 1 ? std::string(cols[1]) : std::string());
  }
  for (auto& [c, v] : lex.by_first_) std::stable_sort(v.begin(), v.end(), longer);
  std::stable_sort(lex.all_.begin(), lex.all_.end(), longer);
  return lex;
}

void Lexicon::add(std::string word, std::string tag) {
  if (word.empty()) return;
  std::size_t i = 0;
  char32_t first = utf8::decode(word, i);
  by_first_[first].push_back(LexEntry{word, tag});
  all_.push_back(LexEntry{std::move(word), std::move(tag)});
}

const LexEntry* Lexicon::match(std::string_view text, std::size_t pos) const {
  if (pos >= text.size()) return nullptr;
  std::size_t i = pos;
  char32_t first = utf8::decode(text, i);
  auto it = by_first_.find(first);
  if (it == by_first_.end()) return nullptr;
  for (const LexEntry& e : it->second)
    if (text.compare(pos, e.word.size(), e.word) == 0) return &e;
  return nullptr;
}

const LexEntry* Lexicon::match_before(std::string_view text, std::size_t pos,
                                      std::size_t floor) const {
  for (const LexEntry& e : all_)
    if (e.word.size() <= pos - floor && text.compare(pos - e.word.size(), e.word.size(), e.word) == 0)
      return &e;
  return nullptr;
}

bool Lexicon::contains(std::string_view word) const {
  return std::any_of(all_.begin(), all_.end(), [&](const LexEntry& e) { return e.word == word; });
}

}  // namespace mubiao::numbers
