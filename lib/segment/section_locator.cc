// The stretches between section edges, each with the section the rule of
// SectionLocator gives there.
#include "segment/section_locator.h"

#include <algorithm>

namespace mubiao::structure {

SectionStretches::SectionStretches(const std::vector<Section>& sections) {
  if (sections.empty()) {  // no section: every unit says 0
    stretches_.push_back(Stretch{0, 0});
    return;
  }
  std::vector<std::size_t> edges;
  edges.reserve(2 * sections.size() + 1);
  edges.push_back(0);
  for (const Section& s : sections) edges.push_back(s.span.start), edges.push_back(s.span.end);
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  // Between two edges no section starts or ends, so neither the last
  // section started nor any containment the rule asks about changes.
  SectionLocator rule(sections);
  stretches_.reserve(edges.size());
  for (std::size_t e : edges) {
    const std::size_t s = rule.at(e);
    if (stretches_.empty() || stretches_.back().section != s) stretches_.push_back(Stretch{e, s});
  }
}

}  // namespace mubiao::structure
