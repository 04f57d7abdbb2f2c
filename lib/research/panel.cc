// The panel (one headline target per report x code) and target-outcome pairs.
#include <algorithm>
#include <map>

#include "mubiao/research.h"

namespace mubiao {
namespace {

bool panel_candidate(const Statement& s) {
  return s.headline && !s.code.empty() && s.stance == Stance::target;
}

// The achievement in `from` that reports the outcome of target t for year.
const Statement* outcome_in(const Report& from, const Statement& t, int year) {
  for (const Statement& s : from.statements) {
    if (s.stance != Stance::achievement || s.code != t.code || s.measure != t.measure ||
        s.unit != t.unit || !s.value || s.comparator == Comparator::range)
      continue;
    if (statement_year(s, from.meta) == year) return &s;
  }
  return nullptr;
}

std::optional<bool> is_met(const Statement& t, double o) {
  if (!t.value) return std::nullopt;
  const double v = *t.value;
  const CodebookEntry* e = codebook_entry(t.code);
  // A decline is stated as a positive figure: more decline is better.
  const bool up = t.measure == Measure::decline || !e || e->better != "down";
  switch (t.comparator) {
    case Comparator::ge: return o >= v;
    case Comparator::gt: return o > v;
    case Comparator::le: return o <= v;
    case Comparator::lt: return o < v;
    case Comparator::range: return up ? o >= v : o <= t.upper.value_or(v);
    case Comparator::eq:
    case Comparator::approx:
    case Comparator::toward: return up ? o >= v : o <= v;
  }
  return std::nullopt;
}

}  // namespace

std::vector<PanelRow> panel(const ReportMeta& meta, const std::vector<Statement>& statements) {
  // Rank of a candidate, lower is better: a statement whose horizon names
  // the year outranks one that names none, a plain or firm one a 力争 one.
  // Multi-year targets (年均增长, 到2030年, “十五五”) are not the year's.
  auto rank = [&](const Statement& s) -> int {
    if (s.measure == Measure::avg_growth) return -1;
    const std::optional<int> y = statement_year(s, meta);
    if (meta.year ? y != meta.year : !s.horizon.empty() && !y) return -1;
    const bool named = meta.year && s.horizon == std::to_string(*meta.year);
    return (named ? 0 : 2) + (s.modality == Modality::strive ? 1 : 0);
  };
  std::vector<PanelRow> out;
  std::vector<int> ranks;
  std::map<std::string, std::size_t> row_of;
  for (const Statement& s : statements) {
    if (!panel_candidate(s)) continue;
    const int r = rank(s);
    if (r < 0) continue;
    auto [it, fresh] = row_of.emplace(s.code, out.size());
    if (fresh) {
      out.push_back(PanelRow{meta, s.code, s});
      ranks.push_back(r);
    } else if (r < ranks[it->second]) {
      out[it->second].target = s;
      ranks[it->second] = r;
    }
  }
  return out;
}

std::vector<OutcomeRow> outcomes(const std::vector<Report>& reports) {
  std::vector<OutcomeRow> out;
  for (const Report& r : reports) {
    if (!r.meta.year || r.meta.region.empty()) continue;
    const int year = *r.meta.year;
    for (const PanelRow& p : panel(r.meta, r.statements)) {
      // The next year's review first, then any other report of the region.
      std::vector<const Report*> order;
      for (const Report& q : reports)
        if (q.meta.region == r.meta.region && q.meta.year == year + 1) order.push_back(&q);
      for (const Report& q : reports)
        if (q.meta.region == r.meta.region && q.meta.year != year + 1) order.push_back(&q);
      for (const Report* q : order) {
        const Statement* o = outcome_in(*q, p.target, year);
        if (!o) continue;
        OutcomeRow row;
        row.region = r.meta.region;
        row.code = p.code;
        row.year = year;
        row.target_report = &r;
        row.target = p.target;
        row.outcome_report = q;
        row.outcome = *o;
        row.met = is_met(p.target, *o->value);
        out.push_back(std::move(row));
        break;
      }
    }
  }
  return out;
}

}  // namespace mubiao
