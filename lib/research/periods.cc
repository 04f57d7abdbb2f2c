// Relative periods of records (今年, 全年, 去年) resolved against the
// report's year, and the year a record is about.
#include "mubiao/research.h"
#include "research/meta_internal.h"
#include "research/tables.h"
#include "targets/cues.h"

namespace mubiao {
namespace {

// "this", "last" for a relative period word, "" otherwise.
const std::string* period_of(const std::string& horizon) {
  if (horizon.empty()) return nullptr;
  static const data::CueRole period = research::cues().role("period");  // looked up once
  targets::Hit h = research::cues().prefix(horizon, period);
  return h && h.end == horizon.size() ? &h.cue->value : nullptr;
}

// 2022 or 2022年 -> 2022, else 0.
int year_of(std::string_view horizon) {
  if (horizon.size() == 7 && horizon.substr(4) == "年") horizon = horizon.substr(0, 4);
  for (char c : horizon)
    if (c < '0' || c > '9') return 0;
  return research::parse_year(horizon);
}

}  // namespace

void resolve_periods(const Document& doc, const ReportMeta& meta,
                     std::vector<Statement>& statements) {
  if (meta.year) research::resolve_periods(ReportParts(doc), meta, statements);
}

void research::resolve_periods(const ReportParts& parts, const ReportMeta& meta,
                               std::vector<Statement>& statements) {
  if (!meta.year) return;
  for (Statement& s : statements) {
    const std::string* p = period_of(s.horizon);
    if (!p) continue;
    const bool review = parts.part_at(s.span.start) == ReportPart::review;
    s.horizon = std::to_string(*p == "last" || review ? *meta.year - 1 : *meta.year);
  }
}

std::optional<int> statement_year(const Statement& s, const ReportMeta& meta) {
  if (int y = year_of(s.horizon)) return y;
  if (!meta.year) return std::nullopt;
  const bool past = s.stance == Stance::achievement;
  if (const std::string* p = period_of(s.horizon))
    return *p == "last" || past ? *meta.year - 1 : *meta.year;
  if (s.horizon.empty()) return past ? *meta.year - 1 : *meta.year;
  return std::nullopt;
}

}  // namespace mubiao
