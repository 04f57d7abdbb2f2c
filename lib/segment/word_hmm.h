// Out-of-vocabulary words: jieba's character HMM (finalseg). A run of
// characters the dictionary path left as single characters is re-cut by a
// B/M/E/S Viterbi, which is how jieba recovers names and new words
// ("瓦西里斯") that no word list holds.
#ifndef MUBIAO_LIB_SEGMENT_WORD_HMM_H_
#define MUBIAO_LIB_SEGMENT_WORD_HMM_H_

#include <cstddef>
#include <vector>

#include "segment/word_dict.h"

namespace mubiao {

// Appends to word_ends the end (exclusive, relative to cps) of each word of
// the best B/M/E/S labelling of cps[0, n). Linear in n.
void hmm_cut(const WordDict& dict, const char32_t* cps, std::size_t n,
             std::vector<std::size_t>& word_ends);

}  // namespace mubiao

#endif  // MUBIAO_LIB_SEGMENT_WORD_HMM_H_
