// Horizons written in a sentence (see horizon.h).
#include "targets/horizon.h"

#include "segment/report_parts.h"
#include "targets/phrase.h"

namespace mubiao::targets {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string horizon_in(std::string_view text, Span s, std::size_t pos, const Cues& cues,
                       const std::string& year) {
  Hit h = cues.last(text.substr(s.start, pos - s.start), cues.role().horizon);
  if (h) h = Hit{h.cue, s.start + h.start, s.start + h.end};
  return horizon_after(text, s, pos, h, year);
}

std::string horizon_after(std::string_view text, Span s, std::size_t pos, Hit word,
                          const std::string& year, bool years) {
  std::string_view before = text.substr(s.start, pos - s.start);
  std::string found;
  std::size_t at = 0;
  if (const Hit& h = word) {
    found = h.cue->value == "@year" ? (year.empty() ? h.cue->word : year) : h.cue->value;
    at = h.end - s.start;
  }
  // 到2025年 / 至2025年: the last one written before pos (found from its
  // digits, which are rare, rather than from every byte).
  for (std::size_t end = before.size(); years;) {
    // Found in text (the block before a short span is read from it).
    std::size_t k = last_digit(text, s.start + at + 3, s.start + end);
    if (k == std::string_view::npos) break;
    k -= s.start;
    std::size_t d = k;  // start of the digit run
    while (d > 0 && is_digit(before[d - 1])) --d;
    if (d >= at + 3 && k - d == 3) {
      std::string_view w = before.substr(d - 3, 3);
      std::string y = structure::year_in(before.substr(d, 7));
      if (is_to_word(w) && !y.empty()) {
        found = y + "年";
        break;
      }
    }
    end = d;
  }
  return found;
}

bool is_to_word(std::string_view w) {
  for (std::string_view to : kToWords)
    if (w == to) return true;
  return false;
}

bool names_to_year(std::string_view v) {
  bool found = false;
  each_char3(v, kToWords, [&](std::size_t k, std::size_t) {
    found = found || (k + 3 < v.size() && is_digit(v[k + 3]));
  });
  return found;
}

}  // namespace mubiao::targets
