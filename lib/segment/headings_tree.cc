#include "segment/headings_tree.h"

#include <climits>
#include <cstdlib>
#include <map>

#include "data/structure_tables.h"

namespace mubiao::structure {

namespace tables = data::structure;

namespace {

bool is_title_candidate(const HeadingLine& h) {
  return h.kind == HeadingKind::markdown && h.numbering_rank == 0;
}

// Rank of every heading; a smaller rank encloses a larger one.
class Ranker {
 public:
  explicit Ranker(const std::vector<const HeadingLine*>& heads) {
    // A markdown level that carries a numbering ("## 二、…") takes its rank.
    for (const HeadingLine* h : heads)
      if (h->markdown_level > 0 && h->numbering_rank > 0)
        known_.emplace(h->markdown_level, h->numbering_rank);
  }

  int rank(const HeadingLine& h) const {
    if (h.kind == HeadingKind::appendix) return tables::kAppendixRank;
    if (h.numbering_rank > 0) return h.numbering_rank;
    if (h.markdown_level > 0) return markdown_rank(h.markdown_level);
    return tables::kBoldRank;
  }

 private:
  int markdown_rank(int level) const {
    if (known_.empty()) return level * tables::kMarkdownRankStep;
    int best_level = known_.begin()->first;
    for (const auto& [l, r] : known_)
      if (std::abs(l - level) < std::abs(best_level - level)) best_level = l;
    return known_.at(best_level) + (level - best_level) * tables::kUnknownLevelRankStep;
  }

  std::map<int, int> known_;
};

}  // namespace

std::vector<Section> build_sections(const std::vector<Line>& lines, const LineHeadings& headings) {
  std::vector<Section> sections;
  if (lines.empty()) return sections;

  std::vector<std::size_t> at;  // line indices of the headings that open sections
  std::vector<const HeadingLine*> heads;
  at.reserve(headings.size());
  heads.reserve(headings.size());
  for (std::size_t k = 0; k < headings.size(); ++k)
    at.push_back(headings.line(k)), heads.push_back(&headings.heading(k));
  // A section per heading and the preamble: grown by doubling, the vector
  // would first-touch about twice its final size.
  sections.reserve(heads.size() + 1);

  if (!heads.empty() && is_title_candidate(*heads.front())) {
    bool lone = true;
    for (std::size_t k = 1; k < heads.size() && lone; ++k)
      lone = heads[k]->markdown_level != heads.front()->markdown_level;
    if (lone) at.erase(at.begin()), heads.erase(heads.begin());
  }

  const Ranker ranker(heads);
  std::vector<int> ranks;
  int top_rank = INT_MIN;
  for (const HeadingLine* h : heads) {
    ranks.push_back(ranker.rank(*h));
    if (h->kind != HeadingKind::bold && h->kind != HeadingKind::appendix)
      top_rank = top_rank == INT_MIN ? ranks.back() : std::min(top_rank, ranks.back());
  }
  auto top_level = [&](std::size_t k) {
    return heads[k]->kind == HeadingKind::appendix || ranks[k] <= top_rank;
  };

  std::size_t first_top = lines.size();
  for (std::size_t k = 0; k < heads.size(); ++k)
    if (top_level(k)) {
      first_top = at[k];
      break;
    }

  const std::size_t doc_start = lines.front().content.start;
  const std::size_t doc_end = lines.back().content.end;
  if (first_top > 0) {
    std::size_t end = lines[first_top - 1].content.end;
    sections.push_back(Section{Span{doc_start, end}, Span{doc_start, doc_start}, 0, 0});
  }

  struct Open {
    std::size_t index;
    int rank;
  };
  std::vector<Open> stack;  // ranks strictly increase upwards, so depth stays small
  for (std::size_t k = 0; k < heads.size(); ++k) {
    const Line& line = lines[at[k]];
    const std::size_t before = at[k] > 0 ? lines[at[k] - 1].content.end : line.content.start;
    while (!stack.empty() && stack.back().rank >= ranks[k]) {
      sections[stack.back().index].span.end = before;
      stack.pop_back();
    }
    Section s;
    s.span = Span{line.content.start, doc_end};
    s.heading = heads[k]->heading;
    const std::size_t index = sections.size();
    if (!stack.empty()) {
      s.parent = stack.back().index;
      s.depth = sections[s.parent].depth + 1;
    } else if (top_level(k)) {
      s.parent = index;
      s.depth = 1;
    } else {
      s.parent = 0;  // the preamble: a heading below the top rank before any top-level one
      s.depth = 2;
    }
    sections.push_back(s);
    stack.push_back(Open{index, ranks[k]});
  }
  return sections;
}

}  // namespace mubiao::structure
