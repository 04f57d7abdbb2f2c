// Stance from the report part and the sentence's cues (see stance.h).
#include "targets/stance.h"

namespace mubiao::targets {

Stance stance_of(ReportPart part, std::string_view sentence, const Cues& cues) {
  if (part == ReportPart::review) return Stance::achievement;
  // Most sentences hold no achievement word at all: the extractor's one walk
  // of a piece tells.
  return stance_of(part, sentence, cues.piece_words(sentence).holds_achievement, cues);
}

Stance stance_of(ReportPart part, std::string_view sentence, bool holds_achievement,
                 const Cues& cues) {
  if (part == ReportPart::review) return Stance::achievement;
  if (!holds_achievement) return Stance::target;
  // Read as cue words, so that 比去年 (a comparison) is not 去年 (the past).
  bool weak = false, strong = false;
  cues.cues().each(sentence, [&](Hit h) {
    if (!cues.is(h, cues.role().achievement)) return;
    (h.cue->value == "strong" ? strong : weak) = true;
  });
  if (strong || (weak && part == ReportPart::unknown)) return Stance::achievement;
  return Stance::target;
}

}  // namespace mubiao::targets
