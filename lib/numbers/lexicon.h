// Word lists made from the rows of the data tables (lib/data/number_*.tsv,
// read by data/tables.h), with longest-match lookup at a byte position.
// Lookup is keyed by the word's first code point, so a miss costs one hash
// probe; a first character that starts many words (一: 一体化, 一致, 一些…)
// is keyed by its second too, so a hit compares a handful of words.
#ifndef MUBIAO_LIB_NUMBERS_LEXICON_H_
#define MUBIAO_LIB_NUMBERS_LEXICON_H_

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "data/table.h"
#include "text/char_index.h"
#include "text/utf8.h"

namespace mubiao::numbers {

struct LexEntry {
  std::string word;
  std::string tag;    // the cell after the key: a unit's role, a qualifier's value
  std::string value;  // the cell after that (times 12: the 12)
  // Whether the tag is `role`: compared as views, inline and length first
  // (std::string == "…" calls out of line and measures the literal), since
  // the readers ask at nearly every number.
  bool tagged(std::string_view role) const { return std::string_view(tag) == role; }
  bool is(std::string_view w) const { return std::string_view(word) == w; }
};

class Lexicon {
 public:
  Lexicon() = default;
  // Moved, never copied (a copy of every word list).
  Lexicon(Lexicon&&) = default;
  Lexicon& operator=(Lexicon&&) = default;
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;
  // Entries from table rows: the word is each row's first cell, the tag the
  // cell at tag_column and the value the one after it.
  static Lexicon of(const std::vector<const data::TableRow*>& rows, std::size_t tag_column);

  // The longest entry that text[pos..] starts with, or nullptr. Inline up
  // to the index's filter, which answers most asks (a few hundred thousand
  // per megabyte of text) without a call.
  const LexEntry* match(std::string_view text, std::size_t pos) const {
    if (pos >= text.size()) return nullptr;
    std::size_t i = pos;
    const char32_t first = utf8::decode(text, i);
    if (!by_first_.may_hold(first)) return nullptr;
    // Most places whose first character passes (一, 三, 百 start idioms)
    // are followed by a character no word of theirs continues with.
    if (!one_char_firsts_.test(first & kFirstMask)) {
      if (i >= text.size()) return nullptr;
      std::size_t j = i;
      if (!may_continue(first, utf8::decode(text, j))) return nullptr;
    }
    return match_from(text, pos, i, first);
  }
  // The longest entry that text[..pos) ends with (not before floor), or
  // nullptr. Inline up to the filter of last characters, which answers
  // most asks (the character before nearly every number ends no word).
  const LexEntry* match_before(std::string_view text, std::size_t pos,
                               std::size_t floor = 0) const {
    if (pos == 0 || pos == floor || pos > text.size()) return nullptr;
    std::size_t i = pos;
    const char32_t last = utf8::decode_before(text, i);
    if (!by_last_.may_hold(last)) return nullptr;
    return match_before_from(text, pos, floor, i, last);
  }
  bool starts_any(char32_t c) const { return list_of(c) != nullptr; }
  // Whether a word may start with c (false: none does), by the index's
  // filter alone: for a reader that asks several lists about the one
  // character it has read (most of them have no word there).
  bool may_start(char32_t c) const { return by_first_.may_hold(c); }
  bool contains(std::string_view word) const;
  // Every entry, longest first.
  const std::vector<LexEntry>& entries() const { return all_; }

 private:
  // match_before() once the last character (text[i, pos)) passed the filter.
  const LexEntry* match_before_from(std::string_view text, std::size_t pos, std::size_t floor,
                                    std::size_t i, char32_t last) const;
  // match() once the first character (text[pos, i)) passed the filter.
  const LexEntry* match_from(std::string_view text, std::size_t pos, std::size_t i,
                             char32_t first) const;
  void index_second_characters();
  void index_last_characters();
  // The words that start with c, longest first, or nullptr.
  const std::vector<LexEntry>* list_of(char32_t c) const { return by_first_.find(c); }
  // The second filter of match(): the first two characters of every word of
  // two or more, hashed to kPairBits bits; and the first characters of the
  // words of one (by their low bits), which pass whatever follows them.
  static constexpr unsigned kPairBits = 14;
  static constexpr char32_t kFirstMask = 0xFFF;
  static std::size_t pair_hash(char32_t first, char32_t second) {
    return static_cast<std::uint32_t>(first * 0x9E3779B1u + second * 0x85EBCA77u) >>
           (32 - kPairBits);
  }
  bool may_continue(char32_t first, char32_t second) const {
    const std::size_t k = pair_hash(first, second);
    return (pairs_[k / 64] >> (k % 64)) & 1u;
  }
  std::vector<std::uint64_t> pairs_ = std::vector<std::uint64_t>((1u << kPairBits) / 64);
  std::bitset<kFirstMask + 1> one_char_firsts_;
  // The scanner asks at every character that may start an idiom: most start
  // no word of a given list, and the index's filter answers them.
  CharIndex<LexEntry> by_first_;  // longest first
  // For the long lists of by_first_ (a hash probe each, no division as in
  // std::unordered_map): long_[first] holds k, and second_[k] the positions
  // in the list, rising, by the word's second code point; single_[k] is the
  // position of the word of one character, or -1.
  CharIndex<std::uint32_t> long_;
  std::vector<CharIndex<std::uint32_t>> second_;
  std::vector<std::int64_t> single_;
  std::vector<LexEntry> all_;  // longest first
  // Positions in all_, rising, by the word's last code point: match_before
  // compares only the words that end with the character before pos.
  CharIndex<std::uint32_t> by_last_;
};

}  // namespace mubiao::numbers

#endif  // MUBIAO_LIB_NUMBERS_LEXICON_H_
