// Comparators (see comparator.h).
#include "targets/comparator.h"

#include <optional>
#include <utility>

#include "targets/enum_names.h"

namespace mubiao::targets {
namespace {

std::optional<Comparator> from_qualifier(Qualifier q) {
  switch (q) {
    case Qualifier::over: return Comparator::gt;
    case Qualifier::about: return Comparator::approx;
    case Qualifier::at_least: return Comparator::ge;
    case Qualifier::at_most: return Comparator::le;
    case Qualifier::nearly: return Comparator::approx;
    case Qualifier::none: break;
  }
  return std::nullopt;
}

// 3万套（间）以上: a bracketed second counter of at most two characters
// between the number and its bound is passed over.
std::string_view past_bracketed_counter(std::string_view right) {
  constexpr std::size_t kMaxCounterBytes = 6;
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"},
                                    std::pair<std::string_view, std::string_view>{"(", ")"}}) {
    if (right.substr(0, open.size()) != open) continue;
    const std::size_t k = right.find(close, open.size());
    if (k != std::string_view::npos && k - open.size() <= kMaxCounterBytes)
      return right.substr(k + close.size());
  }
  return right;
}

}  // namespace

Comparator comparator_of(const Mention& m, std::string_view left, std::string_view right,
                         const Cues& cues) {
  if (m.kind == NumberKind::range && m.upper) return Comparator::range;
  Hit before = cues.suffix(left, cues.role().before);
  // 至少建成1所, 不少于新增50家: the bound may come before the verb.
  if (!before)
    if (Hit verb = cues.suffix(left, cues.role().measure))
      before = cues.suffix(left.substr(0, verb.start), cues.role().before);
  Hit after = cues.prefix(past_bracketed_counter(right), cues.role().after);
  // 冲击万亿大关 is toward; 突破500亿元大关, 跨越千亿台阶 cross it: a crossing
  // verb before the number wins over the threshold word after it.
  const bool crossing = before && before.cue->value == "gt";
  if ((before && before.cue->value == "toward") ||
      (after && after.cue->value == "toward" && !crossing))
    return Comparator::toward;
  if (auto q = from_qualifier(m.qualifier)) return *q;
  if (before) return comparator_from(before.cue->value);
  if (after) return comparator_from(after.cue->value);
  return Comparator::eq;
}

}  // namespace mubiao::targets
