// jieba's word list and HMM tables, compiled at build time into one blob
// (cmake/gen_word_dict.py) and read in place: no parsing at start-up.
//
// Why a trie over code points in BFS order: the word breaker asks, at every
// character of a Han run, "which dictionary words start here?" (jieba's DAG).
// A trie answers all of them in one walk; BFS numbering makes each node's
// children a contiguous sorted slice (a scan or bisection, no pointers), a
// node's label, probability and child range share one 12-byte record (the
// walk is bound by cache misses), and a direct table for the root's ~20k
// children makes the first step O(1).
#ifndef MUBIAO_LIB_SEGMENT_WORD_DICT_H_
#define MUBIAO_LIB_SEGMENT_WORD_DICT_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace mubiao {

// Added to a path's score for every word of two or more characters on it.
// jieba's frequencies were counted on text cut coarser than the national
// standard (GB/T 13715), which splits compositional compounds ("国有/企业",
// "三峡/工程"); a bonus per multi-character word moves the max-probability
// path to that granularity, while single characters get none, so that rare
// words are not broken into frequent characters ("老年", not 老/年). One
// global constant, chosen once on a plateau (2 to 4 all work), not per word.
constexpr double kMultiCharWordBonus = 3.0;
constexpr double word_bonus(std::size_t length) { return length >= 2 ? kMultiCharWordBonus : 0.0; }

class WordDict {
 public:
  // The dictionary linked into the library; checked once on first use.
  static const WordDict& builtin();

  // ln P of a character the dictionary has never seen (jieba: frequency 1).
  float unknown_logp() const { return unknown_logp_; }

  // Answers of the bisections (child() of a node with many children, the
  // first characters of words), remembered in a direct-mapped table: text
  // repeats its character pairs, and a hit is a hash and one probe where a
  // bisection of "中"'s thousands of children is a dozen dependent loads
  // (the bisections were a third of the word level's instructions). One
  // per thread: a Memo is written as it is read. The answers are those of
  // the one dictionary there is (builtin()).
  class Memo {
   public:
    Memo() : slots_(kSlots) {}

   private:
    friend class WordDict;
    // 64k slots of 8 bytes (512 KB, kept in the second-level cache): they
    // answer 79% of the bisections on the corpus.
    static constexpr unsigned kSlotBits = 16;
    static constexpr std::size_t kSlots = std::size_t{1} << kSlotBits;
    // A slot packs the question (node, character) and the answer (child):
    // bits 0-20 the character, 21-40 the node, 41-63 the child. Slot 0 is
    // empty: node 0 (the root) is never asked (root_bmp_).
    static constexpr unsigned kNodeBits = 20;
    static constexpr std::uint64_t question(std::uint32_t node, char32_t c) {
      return (std::uint64_t{node} << 21) | c;
    }
    std::vector<std::uint64_t> slots_;
  };

  // Calls on_word(length, logp) for each dictionary word that is a prefix of
  // cps[0, n), shortest first.
  template <class F>
  void for_each_prefix_word(const char32_t* cps, std::size_t n, F&& on_word) const {
    walk(cps, n, on_word, [this](std::uint32_t node, char32_t c) { return child(node, c); });
  }
  // The same, with the bisections' answers remembered in memo.
  template <class F>
  void for_each_prefix_word(const char32_t* cps, std::size_t n, Memo& memo, F&& on_word) const {
    walk(cps, n, on_word,
         [this, &memo](std::uint32_t node, char32_t c) { return child(node, c, memo); });
  }

  // ln P of the word cps[0, n), or 0 when it is not in the dictionary.
  float word_logp(const char32_t* cps, std::size_t n) const;

  // HMM (jieba finalseg), states in the order B M E S.
  float start_logp(int state) const { return start_[state]; }
  float trans_logp(int from, int to) const { return trans_[from][to]; }
  // Emission ln P of c in each state; false when c was never seen.
  bool emit_logp(char32_t c, float out[4]) const;

 private:
  WordDict(const unsigned char* blob, std::size_t size);

  struct Node {
    std::uint32_t label;  // code point on the edge into the node
    float logp;           // ln P of the word ending here, 0 if none
    std::uint32_t child_begin;
  };
  static_assert(sizeof(Node) == 12, "the blob's node record");

  template <class F, class Child>
  void walk(const char32_t* cps, std::size_t n, F& on_word, Child child_of) const {
    if (n == 0) return;
    std::uint32_t node = root_child(cps[0]);
    for (std::size_t len = 1; node != 0; ++len) {
      if (nodes_[node].logp != 0.0f) on_word(len, nodes_[node].logp);
      if (len == n) break;
      node = child_of(node, cps[len]);
    }
  }

  std::uint32_t root_child(char32_t c) const {
    if (c < 0x10000) return root_bmp_[c];
    return child(0, c);
  }
  // Most nodes have a few children: a short scan beats bisection.
  static constexpr std::ptrdiff_t kScanned = 8;
  static constexpr std::uint64_t kQuestionMask = (std::uint64_t{1} << 41) - 1;
  std::uint32_t child(std::uint32_t node, char32_t c) const {
    const Node* first = nodes_ + nodes_[node].child_begin;
    const Node* last = nodes_ + nodes_[node + 1].child_begin;
    return last - first <= kScanned ? scan(first, last, c) : bisect(first, last, c);
  }
  std::uint32_t child(std::uint32_t node, char32_t c, Memo& memo) const {
    const Node* first = nodes_ + nodes_[node].child_begin;
    const Node* last = nodes_ + nodes_[node + 1].child_begin;
    if (last - first <= kScanned) return scan(first, last, c);
    const std::uint64_t q = Memo::question(node, c);
    std::uint64_t& slot = memo.slots_[(q * 0x9E3779B97F4A7C15ull) >> (64 - Memo::kSlotBits)];
    if ((slot & kQuestionMask) != q) slot = q | (std::uint64_t{bisect(first, last, c)} << 41);
    return static_cast<std::uint32_t>(slot >> 41);
  }
  std::uint32_t scan(const Node* first, const Node* last, char32_t c) const {
    for (const Node* it = first; it != last; ++it)
      if (it->label >= c) return it->label == c ? static_cast<std::uint32_t>(it - nodes_) : 0;
    return 0;
  }
  // Branch-free bisection: the nodes with many children are the first
  // characters of words ("中" has thousands), asked at nearly every
  // character of a Han run, where a branchy search mispredicts half its
  // steps. base ends on the last label <= c.
  std::uint32_t bisect(const Node* first, const Node* last, char32_t c) const {
    const Node* base = first;
    for (std::size_t len = static_cast<std::size_t>(last - first); len > 1;) {
      const std::size_t half = len / 2;
      base = base[half].label <= c ? base + half : base;
      len -= half;
    }
    return base->label == c ? static_cast<std::uint32_t>(base - nodes_) : 0;
  }

  std::uint32_t node_count_ = 0, emit_count_ = 0;
  float unknown_logp_ = 0;
  float start_[4] = {};
  float trans_[4][4] = {};
  const Node* nodes_ = nullptr;  // node_count_ + 1 records
  const std::uint32_t* root_bmp_ = nullptr;
  const std::uint32_t* emit_cp_ = nullptr;
  const float* emit_ = nullptr;
};

}  // namespace mubiao

#endif  // MUBIAO_LIB_SEGMENT_WORD_DICT_H_
