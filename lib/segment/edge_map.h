// The edges of the added-words trie (word_lexicon.h): (node, character) ->
// child node, in one open-addressing table (linear probing, a multiplicative
// hash, at most half full). The word breaker asks it at every character that
// may start an added word, so a lookup must be a probe or two in a table that
// stays in cache; std::unordered_map's node per entry costs a pointer chase
// (measured in the commit that replaced absl::flat_hash_map with this).
#ifndef MUBIAO_LIB_SEGMENT_EDGE_MAP_H_
#define MUBIAO_LIB_SEGMENT_EDGE_MAP_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace mubiao {

class EdgeMap {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  // The child of node along c, or kNone.
  std::uint32_t find(std::uint32_t node, char32_t c) const {
    if (keys_.empty()) return kNone;
    const std::uint64_t k = key(node, c);
    for (std::size_t s = slot(k);; s = (s + 1) & mask_) {
      if (keys_[s] == k) return values_[s];
      if (keys_[s] == kEmpty) return kNone;
    }
  }

  // The child of node along c, inserted as `child` when absent.
  std::uint32_t find_or_insert(std::uint32_t node, char32_t c, std::uint32_t child) {
    if (2 * (size_ + 1) > keys_.size()) grow();
    const std::uint64_t k = key(node, c);
    std::size_t s = slot(k);
    for (; keys_[s] != kEmpty; s = (s + 1) & mask_)
      if (keys_[s] == k) return values_[s];
    keys_[s] = k;
    values_[s] = child;
    ++size_;
    return child;
  }

 private:
  static constexpr std::uint64_t kEmpty = ~std::uint64_t{0};  // node kNone never has edges
  static std::uint64_t key(std::uint32_t node, char32_t c) {
    return (std::uint64_t{node} << 32) | c;
  }
  std::size_t slot(std::uint64_t k) const {
    return static_cast<std::size_t>((k * 0x9E3779B97F4A7C15ull) >> shift_) & mask_;
  }
  void grow() {
    std::vector<std::uint64_t> keys = std::move(keys_);
    std::vector<std::uint32_t> values = std::move(values_);
    const std::size_t capacity = keys.empty() ? 64 : 2 * keys.size();
    keys_.assign(capacity, kEmpty);
    values_.assign(capacity, 0);
    mask_ = capacity - 1;
    shift_ = 64;
    for (std::size_t c = capacity; c > 1; c >>= 1) --shift_;
    size_ = 0;
    for (std::size_t i = 0; i < keys.size(); ++i)
      if (keys[i] != kEmpty)
        find_or_insert(static_cast<std::uint32_t>(keys[i] >> 32),
                       static_cast<char32_t>(keys[i] & 0xFFFFFFFFu), values[i]);
  }

  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> values_;
  std::size_t size_ = 0, mask_ = 0;
  unsigned shift_ = 64;
};

}  // namespace mubiao

#endif  // MUBIAO_LIB_SEGMENT_EDGE_MAP_H_
