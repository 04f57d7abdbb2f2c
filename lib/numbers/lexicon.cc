#include "numbers/lexicon.h"

#include <algorithm>

#include "text/utf8.h"

namespace mubiao::numbers {

namespace {
bool longer(const LexEntry& a, const LexEntry& b) { return a.word.size() > b.word.size(); }
}  // namespace

Lexicon Lexicon::of(const std::vector<const data::TableRow*>& rows, std::size_t tag_column) {
  Lexicon lex;
  for (const data::TableRow* row : rows)
    lex.add(LexEntry{std::string(row->cell(0)), std::string(row->cell(tag_column)),
                     std::string(row->cell(tag_column + 1))});
  for (auto& [c, v] : lex.by_first_) std::stable_sort(v.begin(), v.end(), longer);
  std::stable_sort(lex.all_.begin(), lex.all_.end(), longer);
  return lex;
}

void Lexicon::add(LexEntry entry) {
  if (entry.word.empty()) return;
  std::size_t i = 0;
  char32_t first = utf8::decode(entry.word, i);
  by_first_[first].push_back(entry);
  all_.push_back(std::move(entry));
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
    if (e.word.size() <= pos - floor &&
        text.compare(pos - e.word.size(), e.word.size(), e.word) == 0)
      return &e;
  return nullptr;
}

bool Lexicon::contains(std::string_view word) const {
  return std::any_of(all_.begin(), all_.end(), [&](const LexEntry& e) { return e.word == word; });
}

}  // namespace mubiao::numbers
