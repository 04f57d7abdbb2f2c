#include "numbers/lexicon.h"

#include <algorithm>

#include "text/utf8.h"

namespace mubiao::numbers {

namespace {
bool longer(const LexEntry& a, const LexEntry& b) { return a.word.size() > b.word.size(); }

// Lists up to this long are scanned; longer ones are keyed by two characters.
constexpr std::size_t kScanLimit = 8;

// Whether text[pos..) starts with word, whose first `same` bytes are known
// to be there. An inline loop: the words are a few bytes long, and a call
// of memcmp for each cost more than the comparison (millions per report).
inline bool starts_with_at(std::string_view text, std::size_t pos, std::string_view word,
                           std::size_t same) {
  if (text.size() - pos < word.size()) return false;
  const char* t = text.data() + pos;
  for (std::size_t k = same; k < word.size(); ++k)
    if (t[k] != word[k]) return false;
  return true;
}
}  // namespace

Lexicon Lexicon::of(const std::vector<const data::TableRow*>& rows, std::size_t tag_column) {
  Lexicon lex;
  lex.all_.reserve(rows.size());
  for (const data::TableRow* row : rows)
    if (!row->cell(0).empty())
      lex.all_.push_back(LexEntry{std::string(row->cell(0)), std::string(row->cell(tag_column)),
                                  std::string(row->cell(tag_column + 1))});
  // Longest first, rows of one length in table order; each first
  // character's list keeps that order.
  std::stable_sort(lex.all_.begin(), lex.all_.end(), longer);
  for (const LexEntry& e : lex.all_) {
    std::size_t i = 0;
    const char32_t first = utf8::decode(e.word, i);
    lex.by_first_.add(first, e);
    if (i >= e.word.size()) {
      lex.one_char_firsts_.set(first & kFirstMask);
    } else {
      const std::size_t k = pair_hash(first, utf8::decode(e.word, i));
      lex.pairs_[k / 64] |= std::uint64_t{1} << (k % 64);
    }
  }
  lex.by_first_.seal();
  lex.index_second_characters();
  lex.index_last_characters();
  return lex;
}

void Lexicon::index_last_characters() {
  for (std::size_t k = 0; k < all_.size(); ++k) {
    std::size_t i = all_[k].word.size();
    by_last_.add(utf8::decode_before(all_[k].word, i), static_cast<std::uint32_t>(k));
  }
  by_last_.seal();
}

void Lexicon::index_second_characters() {
  by_first_.each([&](char32_t first, const std::vector<LexEntry>& list) {
    if (list.size() <= kScanLimit) return;
    long_.add(first, static_cast<std::uint32_t>(second_.size()));
    CharIndex<std::uint32_t>& seconds = second_.emplace_back();
    std::int64_t& single = single_.emplace_back(-1);
    for (std::size_t k = 0; k < list.size(); ++k) {
      std::size_t i = 0;
      utf8::decode(list[k].word, i);
      if (i < list[k].word.size())
        seconds.add(utf8::decode(list[k].word, i), static_cast<std::uint32_t>(k));
      else if (single < 0)
        single = static_cast<std::int64_t>(k);
    }
    seconds.seal();
  });
  long_.seal();
}

const LexEntry* Lexicon::match_from(std::string_view text, std::size_t pos, std::size_t i,
                                    char32_t first) const {
  const std::vector<LexEntry>* found = list_of(first);
  if (found == nullptr) return nullptr;
  const std::vector<LexEntry>& list = *found;
  // Every word of the list starts with the character just read.
  const std::size_t same = i - pos;
  if (list.size() <= kScanLimit) {
    for (const LexEntry& e : list)
      if (starts_with_at(text, pos, e.word, same)) return &e;
    return nullptr;
  }
  // Every word longer than one character that can match starts with the
  // same two characters as the text; a word of one character is the first
  // character itself, and shorter than any of them.
  const std::size_t w = long_.find(first)->front();
  if (i < text.size()) {
    std::size_t j = i;
    if (const auto* two = second_[w].find(utf8::decode(text, j)))
      for (std::uint32_t k : *two)
        if (starts_with_at(text, pos, list[k].word, same)) return &list[k];
  }
  return single_[w] >= 0 ? &list[static_cast<std::size_t>(single_[w])] : nullptr;
}

const LexEntry* Lexicon::match_before_from(std::string_view text, std::size_t pos,
                                           std::size_t floor, std::size_t i,
                                           char32_t last_char) const {
  // A word that text[..pos) ends with ends with the character before pos.
  const auto* last = by_last_.find(last_char);
  if (!last) return nullptr;
  // Every word of the list ends with the character just read.
  const std::size_t same = pos - i;
  for (std::uint32_t k : *last) {
    const LexEntry& e = all_[k];
    if (e.word.size() <= pos - floor && e.word.size() <= pos &&
        starts_with_at(text, pos - e.word.size(),
                       std::string_view(e.word).substr(0, e.word.size() - same), 0))
      return &e;
  }
  return nullptr;
}

bool Lexicon::contains(std::string_view word) const {
  return std::any_of(all_.begin(), all_.end(), [&](const LexEntry& e) { return e.word == word; });
}

}  // namespace mubiao::numbers
