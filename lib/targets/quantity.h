// Which numbers of a sentence are quantities a statement can be about, and
// which are names, codes, slogans or starting points: 1号线, 5G, 3岁以下,
// 二十大, “六个百分之百”, 2×100万千瓦 and 由75%(提升至100%) are not targets.
// The words are rows of lib/data/target_false_friends.tsv and target_cues.tsv.
#ifndef MUBIAO_LIB_TARGETS_QUANTITY_H_
#define MUBIAO_LIB_TARGETS_QUANTITY_H_

#include <string_view>

#include "mubiao/numbers.h"
#include "targets/cues.h"

namespace mubiao::targets {

enum class Use {
  value,        // a quantity a statement is about
  start_point,  // 由75%: the start of a change whose end follows
  skip,         // a name, code, date, ordinal or slogan
};

// The cue right before m inside a quotation made of numbers and such cues
// alone (“保8争9”: secure 8, strive for 9; rows "quoted" of
// lib/data/target_false_friends.tsv, the modality as value); none for a slogan.
Hit quoted_cue(const Mention& m, std::string_view text, const Cues& cues);

// m lies inside sentence; text is the whole document. quoted, when given,
// receives quoted_cue(m, text, cues) whenever m is no skip (use_of reads it
// of every number that is a value or a start point: a reader that asks it
// again takes this answer).
// quotes false: quotes_near(text, sentence) is false, and no number of the
// sentence is looked at as quoted (a reader asks it once per sentence).
Use use_of(const Mention& m, std::string_view text, Span sentence, const Cues& cues,
           Hit* quoted = nullptr, bool quotes = true);
// Whether a “ lies where use_of() looks for the quotation of a number of
// sentence (in it or just before it): most sentences quote nothing.
bool quotes_near(std::string_view text, Span sentence);

}  // namespace mubiao::targets

#endif  // MUBIAO_LIB_TARGETS_QUANTITY_H_
