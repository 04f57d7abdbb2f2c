// Words added on top of jieba's list: the policy-domain lexicon
// (lib/data/policy_lexicon.txt, compiled in) and SegmenterOptions::extra_words.
//
// Each added word gets a probability just high enough to beat every way the
// built-in dictionary can cut it (jieba's suggest_freq idea): "覆盖率" stays
// whole where jieba alone says 覆盖/率, yet a longer or more probable word
// that overlaps it still competes on the usual max-probability path.
#ifndef MUBIAO_LIB_SEGMENT_WORD_LEXICON_H_
#define MUBIAO_LIB_SEGMENT_WORD_LEXICON_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "segment/word_dict.h"

namespace mubiao {

class WordLexicon {
 public:
  explicit WordLexicon(const WordDict& dict) : dict_(dict) {}

  // Adds one UTF-8 word. Entries that are not valid UTF-8 or not made only of
  // Han characters (other text never reaches the dictionary path) are
  // ignored; returns whether the word was added.
  bool add(std::string_view word);
  // Adds every line of a lexicon file: one word per line, '#' comments.
  void add_lines(std::string_view text);

  bool empty() const { return logp_.size() <= 1; }
  std::size_t size() const { return words_; }

  template <class F>
  void for_each_prefix_word(const char32_t* cps, std::size_t n, F&& on_word) const {
    std::uint32_t node = 0;
    for (std::size_t len = 1; len <= n; ++len) {
      auto it = edges_.find(key(node, cps[len - 1]));
      if (it == edges_.end()) return;
      node = it->second;
      if (logp_[node] != 0.0f) on_word(len, logp_[node]);
    }
  }

 private:
  static std::uint64_t key(std::uint32_t node, char32_t c) {
    return (std::uint64_t{node} << 32) | c;
  }
  // Score (ln P plus kWordBonus per word) of the best way the built-in
  // dictionary cuts cps.
  double best_split_logp(const std::u32string& cps) const;

  const WordDict& dict_;
  absl::flat_hash_map<std::uint64_t, std::uint32_t> edges_;  // (node, char) -> node
  std::vector<float> logp_{0.0f};                             // per node; 0: no word
  std::size_t words_ = 0;
};

}  // namespace mubiao

#endif  // MUBIAO_LIB_SEGMENT_WORD_LEXICON_H_
