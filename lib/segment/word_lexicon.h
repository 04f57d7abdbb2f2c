// Words added on top of jieba's list: the policy-domain lexicon
// (lib/data/policy_lexicon.txt, compiled in) and SegmenterOptions::extra_words.
//
// Each added word gets a score just high enough to beat every way the
// built-in dictionary and the shorter added words can cut it (jieba's
// suggest_freq idea): "覆盖率" stays whole where jieba alone says 覆盖/率, and
// "一般公共预算收入" beats 一般/公共预算收入, yet a word that overlaps it from
// outside still competes on the usual max-probability path.
#ifndef MUBIAO_LIB_SEGMENT_WORD_LEXICON_H_
#define MUBIAO_LIB_SEGMENT_WORD_LEXICON_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "segment/edge_map.h"
#include "segment/word_dict.h"

namespace mubiao {

class WordLexicon {
 public:
  // lexicon_text: one word per line, '#' comments. Entries that are not
  // valid UTF-8, not made only of Han characters (other text never reaches
  // the dictionary path) or single characters are ignored.
  WordLexicon(const WordDict& dict, std::string_view lexicon_text,
              const std::vector<std::string>& extra_words);

  bool empty() const { return words_ == 0; }
  std::size_t size() const { return words_; }

  // Calls on_word(length, logp) for each added word that is a prefix of
  // cps[0, n), shortest first.
  template <class F>
  void for_each_prefix_word(const char32_t* cps, std::size_t n, F&& on_word) const {
    if (n < 2 || !may_start(cps[0], cps[1])) return;
    std::uint32_t node = 0;
    for (std::size_t len = 1; len <= n; ++len) {
      node = edges_.find(node, cps[len - 1]);
      if (node == EdgeMap::kNone) return;
      if (logp_[node] != 0.0f) on_word(len, logp_[node]);
    }
  }

  bool contains(const char32_t* cps, std::size_t n) const;

 private:
  // A cheap filter before the hash lookups, asked at every character: the
  // first two characters of an added word (every one has two or more). A
  // filter on the first character alone let a common character through to
  // the hash table at most characters of a Han run.
  bool may_start(char32_t c0, char32_t c1) const {
    const std::size_t bit = filter_bit(c0, c1);
    return (start_pairs_[bit / 64] >> (bit % 64)) & 1;
  }
  static std::size_t filter_bit(char32_t c0, char32_t c1) {
    const std::uint32_t h = (static_cast<std::uint32_t>(c0) * 0x9E3779B1u) ^ c1;
    return (h * 0x85EBCA6Bu) >> (32 - kFilterBitsLog2);
  }
  static constexpr unsigned kFilterBitsLog2 = 16;

  void add(const std::u32string& word);
  // Score (ln P plus word_bonus() per word) of the best way the built-in
  // dictionary and the words added so far cut cps.
  double best_split_score(const std::u32string& cps) const;

  const WordDict& dict_;
  EdgeMap edges_;                  // (node, char) -> node
  std::vector<float> logp_{0.0f};  // per node; 0: no word
  std::size_t words_ = 0;
  std::vector<std::uint64_t> start_pairs_ =
      std::vector<std::uint64_t>((std::size_t{1} << kFilterBitsLog2) / 64);
};

}  // namespace mubiao

#endif  // MUBIAO_LIB_SEGMENT_WORD_LEXICON_H_
