// The horizon a sentence names before a position: a cue of
// lib/data/target_cues.tsv (年内, 两年内, 今年 -> the report's year) or
// 到2025年 / 至2025年.
#ifndef MUBIAO_LIB_TARGETS_HORIZON_H_
#define MUBIAO_LIB_TARGETS_HORIZON_H_

#include <string>
#include <string_view>

#include "mubiao/text.h"
#include "targets/cues.h"

namespace mubiao::targets {

// The last horizon written in text[s.start, pos); "" when none. year: what
// 今年/全年 stand for ("" keeps the word).
std::string horizon_in(std::string_view text, Span s, std::size_t pos, const Cues& cues,
                       const std::string& year);
// The same, with the last horizon word of text[s.start, pos) given (offsets
// into text; an empty Hit: none), as a reader that knows the words' places
// finds it (role_places.h). years false: the caller knows that the text
// holds no 到/至 before a digit (names_to_year), and it is not searched.
std::string horizon_after(std::string_view text, Span s, std::size_t pos, Hit word,
                          const std::string& year, bool years = true);
// The words that lead to what is reached (到2025年, 提高到, 增长至): each of
// one character.
inline constexpr std::string_view kToWords[] = {"到", "至"};
bool is_to_word(std::string_view w);
// Whether v holds a to-word right before an ASCII digit: where it does not,
// no span of v names a horizon by its year.
bool names_to_year(std::string_view v);

}  // namespace mubiao::targets

#endif  // MUBIAO_LIB_TARGETS_HORIZON_H_
