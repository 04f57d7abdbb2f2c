// Lists of rows keyed by one character, for the lookups a walk over running
// text makes at (nearly) every character: the number lexicons (by a word's
// first character) and the cue tables (by a word's first or last character).
// Most characters of a text start no row, so the index answers them with a
// bit test before any probe.
#ifndef MUBIAO_LIB_TEXT_CHAR_INDEX_H_
#define MUBIAO_LIB_TEXT_CHAR_INDEX_H_

#include <algorithm>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "text/utf8.h"

namespace mubiao {

template <typename Row>
class CharIndex {
 public:
  // The filter is keyed by a character's low 12 bits, so that it is small
  // (512 bytes) and stays in the cache while a walk tests every character; a
  // character sharing its low bits with a key's costs a probe that finds
  // nothing. For a 3-byte UTF-8 character the 12 bits are the payloads of
  // its last two bytes.
  static constexpr char32_t kFilterMask = 0xFFF;

  // Appends row to the list of c (lists keep the order rows were added in).
  // Call seal() after the last add, before any lookup.
  void add(char32_t c, Row row) {
    filter_.set(c & kFilterMask);
    const auto it = std::lower_bound(keys_.begin(), keys_.end(), c);
    const auto k = static_cast<std::size_t>(it - keys_.begin());
    if (it == keys_.end() || *it != c) {
      keys_.insert(it, c);
      lists_.insert(lists_.begin() + static_cast<std::ptrdiff_t>(k), std::vector<Row>{});
    }
    lists_[k].push_back(std::move(row));
  }

  // Builds the probe table: open addressing on utf8::char_hash, a power of
  // two at most half full (a search by halves mispredicted a branch at every
  // step, and std::hash's division cost more than the rest of a lookup).
  void seal() {
    three_byte_keys_ = std::all_of(keys_.begin(), keys_.end(),
                                   [](char32_t c) { return c >= 0x800 && c <= 0xFFFF; });
    std::size_t size = 8;
    while (size < 2 * keys_.size()) size *= 2;
    slots_.assign(size, Slot{});
    for (std::size_t k = 0; k < keys_.size(); ++k) {
      std::size_t h = utf8::char_hash(keys_[k]) & (size - 1);
      while (slots_[h].at >= 0) h = (h + 1) & (size - 1);
      slots_[h] = Slot{keys_[k], static_cast<std::int32_t>(k)};
    }
  }

  // Whether c may have a list (false: it has none).
  bool may_hold(char32_t c) const { return filter_.test(c & kFilterMask); }
  // The same test from the low 12 bits alone (read off the UTF-8 bytes).
  bool may_hold_bits(std::size_t low12) const { return filter_.test(low12); }
  // Every key is a 3-byte character (U+0800..U+FFFF, all of Han): a walk
  // then need look only where such a character starts.
  bool three_byte_keys() const { return three_byte_keys_; }

  // The list of c, or nullptr.
  const std::vector<Row>* find(char32_t c) const {
    if (!may_hold(c)) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t h = utf8::char_hash(c) & mask; slots_[h].at >= 0; h = (h + 1) & mask)
      if (slots_[h].key == c) return &lists_[static_cast<std::size_t>(slots_[h].at)];
    return nullptr;
  }

  // f(c, list) for every key, by rising code point.
  template <typename F>
  void each(F&& f) const {
    for (std::size_t k = 0; k < keys_.size(); ++k) f(keys_[k], lists_[k]);
  }

 private:
  struct Slot {
    char32_t key = 0;
    std::int32_t at = -1;  // position in keys_ and lists_; -1: empty
  };
  std::bitset<kFilterMask + 1> filter_;
  std::vector<char32_t> keys_;                      // sorted
  std::vector<std::vector<Row>> lists_;             // lists_[k]: the rows of keys_[k]
  std::vector<Slot> slots_ = std::vector<Slot>(1);  // an empty index finds nothing
  bool three_byte_keys_ = true;
};

}  // namespace mubiao

#endif  // MUBIAO_LIB_TEXT_CHAR_INDEX_H_
