// Review vs plan parts of a report (see stance.h).
#include "targets/stance.h"

#include <algorithm>

#include "text/numerals.h"
#include "text/utf8.h"

namespace mubiao::targets {
namespace {

constexpr std::size_t kMaxHeadingBytes = 120;  // ~40 characters
constexpr std::size_t kMaxOpenerBytes = 66;    // ~22 characters

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\r' || c == 0x3000; }

// Line without leading/trailing blanks and markdown marks (#, *).
std::string_view trim_line(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size()) {
    std::size_t k = i;
    char32_t c = utf8::decode(line, k);
    if (!is_space(c) && c != '#' && c != '*') break;
    i = k;
  }
  std::size_t j = line.size();
  while (j > i) {
    std::size_t k = j;
    char32_t c = utf8::decode_before(line, k);
    if (!is_space(c) && c != '*') break;
    j = k;
  }
  return line.substr(i, j - i);
}

// 一..九 and 十 (lib/text/numerals.h: everyday forms, not 两).
bool is_enumerator_digit(char32_t c) {
  const numerals::Numeral n = numerals::numeral(c);
  return (n.use & numerals::kEveryday) && !(n.use & numerals::kCounting) &&
         (n.kind == numerals::NumeralKind::digit ||
          (n.kind == numerals::NumeralKind::small && n.value == 1));
}

// "二、", "（一）", "(一)", "1." at the start of a line.
bool starts_with_enumerator(std::string_view line) {
  std::size_t i = 0;
  if (line.empty()) return false;
  char32_t c = utf8::decode(line, i);
  if (c == U'（' || c == U'(') {
    std::size_t k = i;
    return k < line.size() && is_enumerator_digit(utf8::decode(line, k));
  }
  if (!is_enumerator_digit(c)) return false;
  while (i < line.size()) {
    std::size_t k = i;
    c = utf8::decode(line, k);
    if (c == U'、') return true;
    if (!is_enumerator_digit(c)) return false;
    i = k;
  }
  return false;
}

// The heading part of a line, or "" when the line is body text: a markdown
// heading, an enumerated line (its first sentence), or a short line with no
// sentence end.
std::string_view heading_of(std::string_view raw) {
  std::string_view line = trim_line(raw);
  const bool markdown = raw.find_first_not_of(" \t") != std::string_view::npos &&
                        raw[raw.find_first_not_of(" \t")] == '#';
  if (markdown) return line;
  if (starts_with_enumerator(line)) {
    std::size_t end = line.find("。");
    std::string_view first = line.substr(0, end);
    return first.size() <= kMaxHeadingBytes ? first : std::string_view();
  }
  if (line.size() <= kMaxHeadingBytes / 2 && line.find("。") == std::string_view::npos &&
      line.find("，") == std::string_view::npos)
    return line;
  return {};
}

// The first clause of a paragraph, after a salutation such as 各位代表！.
std::string_view opener_of(std::string_view line) {
  line = trim_line(line);
  std::size_t bang = line.find("！");
  if (bang != std::string_view::npos && bang <= 15) line = line.substr(bang + 3);
  std::size_t end = std::min({line.find("，"), line.find("："), line.find("。")});
  line = line.substr(0, end);
  return line.size() <= kMaxOpenerBytes ? line : std::string_view();
}

// The section cue that appears first in text (longest at a position).
Hit first_section_cue(std::string_view text, const Cues& cues) {
  return cues.sections().first_of_any(text);
}

// The first year of the five-year plan named at the start of text
// (“十四五”时期… -> 2021), or 0. Plans are numbered from 一五 (1953);
// since 六五 they start in years ending in 1 or 6.
int plan_period_start(std::string_view text) {
  if (text.substr(0, 3) == "“") text.remove_prefix(3);
  std::size_t i = 0;
  if (text.size() < 9 || utf8::decode(text, i) != U'十') return 0;
  const numerals::Numeral d = numerals::numeral(utf8::decode(text, i));
  if (!(d.kind == numerals::NumeralKind::digit && (d.use & numerals::kEveryday) &&
        !(d.use & numerals::kCounting)) ||
      utf8::decode(text, i) != U'五')
    return 0;
  return 2021 + 5 * (d.value + 10 - 14);
}

std::string previous_year(const std::string& year) {
  if (year.size() != 4) return "";
  return std::to_string(std::stoi(year) - 1);
}

}  // namespace

std::string year_in(std::string_view text) {
  // Digits may be ASCII or full-width (２０２２年).
  std::string digits;
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = utf8::fold_width(utf8::decode(text, i));
    if (c >= '0' && c <= '9') {
      digits += static_cast<char>(c);
      continue;
    }
    if (c == U'年' && digits.size() == 4) return digits;
    digits.clear();
  }
  return "";
}

ReportParts::ReportParts(std::string_view text, const Cues& cues) {
  struct Mark {
    std::size_t start;
    const Cue* cue;
    std::string heading_year;
  };
  std::vector<Mark> marks;
  struct PlanMark {
    std::size_t start;
    int first_year;
  };
  std::vector<PlanMark> plans;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    std::string_view head = heading_of(line);
    std::string_view probe = head.empty() ? opener_of(line) : head;
    if (head.empty()) {
      // A paragraph that opens on a five-year plan: a plan when the period
      // has not begun before the report's year (decided once the year is known).
      std::string_view body = trim_line(line);
      if (std::size_t bang = body.find("！"); bang != std::string_view::npos && bang <= 15)
        body = body.substr(bang + 3);
      if (int start = plan_period_start(body)) plans.push_back(PlanMark{pos, start});
    }
    // An opener counts only when it starts with the cue (过去一年，…), not when
    // a cue word appears inside it (2025年目标任务顺利完成).
    if (!probe.empty()) {
      Hit h = first_section_cue(probe, cues);
      if (h && head.empty() && h.start != 0) h = Hit{};
      if (h) {
        // The first cue names the part; a later one may name the period
        // (回顾过去五年: 回顾 says review, 过去五年 says when).
        const Cue* cue = h.cue;
        for (const Cue& c : cues.sections())
          if (cue->value.empty() && c.role == cue->role && !c.value.empty() &&
              probe.find(c.word) != std::string_view::npos)
            cue = &c;
        marks.push_back(Mark{pos, cue, year_in(probe)});
        h.cue = cue;
        if (year_.empty() && h.cue->role == "plan") year_ = marks.back().heading_year;
      }
    }
    pos = nl + 1;
  }
  if (year_.empty()) {
    // A review heading of 2021 means a report of 2022.
    for (const Mark& m : marks)
      if (m.cue->role == "review" && m.cue->value == "@year" && !m.heading_year.empty()) {
        year_ = std::to_string(std::stoi(m.heading_year) + 1);
        break;
      }
  }
  if (year_.size() == 4) {
    const int year = std::stoi(year_);
    for (const PlanMark& p : plans) {
      if (p.first_year < year && p.first_year + 5 > year) continue;  // the current plan
      Region r;
      r.start = p.start;
      r.part = p.first_year >= year ? Part::plan : Part::review;
      r.horizon = std::to_string(p.first_year) + "-" + std::to_string(p.first_year + 4);
      regions_.push_back(std::move(r));
    }
  }
  for (const Mark& m : marks) {
    Region r;
    r.start = m.start;
    r.part = m.cue->role == "review" ? Part::review : Part::plan;
    const std::string& v = m.cue->value;
    // A plan of a report whose year is nowhere written is for 今年.
    if (v == "@year") r.horizon = !m.heading_year.empty() ? m.heading_year
                                  : r.part == Part::review ? ""
                                  : !year_.empty() ? year_ : "今年";
    else if (v == "@prev") r.horizon = previous_year(year_);
    else r.horizon = v;
    regions_.push_back(std::move(r));
  }
  std::stable_sort(regions_.begin(), regions_.end(),
                   [](const Region& a, const Region& b) { return a.start < b.start; });
  // Genre order: what comes before the first cue belongs to the same part.
  if (!regions_.empty() && regions_.front().start > 0 && regions_.front().part == Part::review) {
    Region first = regions_.front();
    first.start = 0;
    regions_.insert(regions_.begin(), first);
  }
}

const ReportParts::Region* ReportParts::region_at(std::size_t offset) const {
  auto it = std::upper_bound(regions_.begin(), regions_.end(), offset,
                             [](std::size_t o, const Region& r) { return o < r.start; });
  if (it == regions_.begin()) return nullptr;
  return &*std::prev(it);
}

Part ReportParts::part_at(std::size_t offset) const {
  const Region* r = region_at(offset);
  return r ? r->part : Part::unknown;
}

const std::string& ReportParts::horizon_at(std::size_t offset) const {
  static const std::string none;
  const Region* r = region_at(offset);
  return r ? r->horizon : none;
}

Stance stance_of(Part part, std::string_view sentence, const Cues& cues) {
  if (part == Part::review) return Stance::achievement;
  // Read as cue words, so that 比去年 (a comparison) is not 去年 (the past).
  // Most sentences hold no achievement word at all: one walk tells.
  if (!cues.first(sentence, "achievement")) return Stance::target;
  bool weak = false, strong = false;
  cues.cues().each(sentence, [&](Hit h) {
    if (h.cue->role != "achievement") return;
    (h.cue->value == "strong" ? strong : weak) = true;
  });
  if (strong || (weak && part == Part::unknown)) return Stance::achievement;
  return Stance::target;
}

}  // namespace mubiao::targets
