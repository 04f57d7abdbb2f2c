// The shapes of a target statement, applied to one piece of a sentence (its
// clauses up to 。 or ；, as the Document cut them) and the numbers in it. Each shape names itself
// in Statement::rule:
//   indicator-number   地区生产总值增长7%              (indicator before the number)
//   verb-number-noun   新建5个院士工作站                (what is counted after it)
//   ellipsis           …增长7%、力争实现7.5%           (indicator carried from the
//                      previous statement of the sentence)
//   from-to            由75%提升至100%                 (only the end point)
//   respectively       城镇和农村居民…分别增长7.5%、8%  (values distributed over
//                      coordinated indicators; 均 gives each the same value)
//   benchmark:<shape>  高于全国平均水平                 (no number; see benchmark.h)
// followed by "+" and the cue word that set the measure ("+增长"), if any.
// Modality set by a cue that opens a clause with its own indicator carries
// over commas to the end of the sentence (力争…达到100家以上，…达到30家以上);
// one set inside an elliptical item (、力争实现7.5%) stays there.
#ifndef MUBIAO_LIB_TARGETS_RULES_H_
#define MUBIAO_LIB_TARGETS_RULES_H_

#include <string>
#include <string_view>
#include <vector>

#include "mubiao/numbers.h"
#include "mubiao/targets.h"
#include "targets/cues.h"

namespace mubiao::targets {

struct SentenceInput {
  std::string_view text;      // plain text (Document::plain) from its start or at least
                              // 16 KB before span to 16 KB past it (extractor.cc)
  Span span;                  // the piece: clauses of a sentence up to a semicolon
  std::vector<Span> clauses;  // its clauses as the Document cut them, separators excluded
  std::size_t sentence = 0;
  std::size_t section = 0;
  Stance stance = Stance::target;
  std::string horizon;  // from the paragraph or the report part
  std::string year;     // the report's year, "" unknown
  // Whether the piece holds the words some benchmark shape needs
  // (Cues::piece_words): when not, no clause or item of it is searched.
  bool may_hold_benchmark = true;
  // The places of the piece's benchmark words (Cues::piece_words, offsets
  // into text), which answer for every clause and item of it; nullptr:
  // each is walked for them.
  const std::vector<Hit>* benchmark_words = nullptr;
};

// Appends the statements of one sentence. [first, last): the numbers
// inside in.span, in order.
void read_sentence(const SentenceInput& in, const Mention* first, const Mention* last,
                   const Cues& cues, std::vector<Statement>& out);

}  // namespace mubiao::targets

#endif  // MUBIAO_LIB_TARGETS_RULES_H_
