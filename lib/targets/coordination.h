// Coordinated indicators before 分别 / 均: "城镇和农村居民人均可支配收入"
// gives 城镇居民人均可支配收入 and 农村居民人均可支配收入; "一产、二产、三产增加值"
// gives three. A conjunct that does not end in an indicator head (率, 值,
// 额 … in lib/data/target_scope.tsv) borrows the head of the last conjunct:
// from a known head start (居民, 企业, 人均 …) on, or else, for a conjunct of
// at most three characters, the last conjunct less as many characters.
#ifndef MUBIAO_LIB_TARGETS_COORDINATION_H_
#define MUBIAO_LIB_TARGETS_COORDINATION_H_

#include <string>
#include <string_view>
#include <vector>

#include "mubiao/text.h"
#include "targets/cues.h"

namespace mubiao::targets {

struct Conjunct {
  std::string name;
  Span span;  // where it was read; empty when composed with a borrowed head
};

// The conjuncts of phrase, in order; one conjunct when there is no
// coordination, none when no indicator is found.
std::vector<Conjunct> coordinated_indicators(std::string_view text, Span phrase, const Cues& cues);

}  // namespace mubiao::targets

#endif  // MUBIAO_LIB_TARGETS_COORDINATION_H_
