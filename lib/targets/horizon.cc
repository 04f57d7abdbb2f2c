// Horizons written in a sentence (see horizon.h).
#include "targets/horizon.h"

#include "segment/report_parts.h"

namespace mubiao::targets {

std::string horizon_in(std::string_view text, Span s, std::size_t pos, const Cues& cues,
                       const std::string& year) {
  std::string_view before = text.substr(s.start, pos - s.start);
  std::string found;
  std::size_t at = 0;
  if (Hit h = cues.last(before, cues.role().horizon)) {
    found = h.cue->value == "@year" ? (year.empty() ? h.cue->word : year) : h.cue->value;
    at = h.end;
  }
  // 到2025年 / 至2025年: the last one written before pos (found from its
  // digits, which are rare, rather than from every byte).
  for (std::size_t k = before.size(); k > at + 3;) {
    --k;
    if (before[k] < '0' || before[k] > '9') continue;
    std::size_t d = k;  // start of the digit run
    while (d > 0 && before[d - 1] >= '0' && before[d - 1] <= '9') --d;
    if (d >= at + 3 && k - d == 3) {
      std::string_view w = before.substr(d - 3, 3);
      std::string y = structure::year_in(before.substr(d, 7));
      if ((w == "到" || w == "至") && !y.empty()) {
        found = y + "年";
        break;
      }
    }
    k = d;
  }
  return found;
}

}  // namespace mubiao::targets
