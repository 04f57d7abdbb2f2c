// Review and plan parts of a report (ReportParts, see include/mubiao/segment.h),
// read from the Document's sections and paragraphs.
#include "segment/report_parts.h"

#include <algorithm>

#include "data/cue_table.h"
#include "mubiao/segment.h"
#include "text/numerals.h"
#include "text/utf8.h"

namespace mubiao {

namespace structure {

std::string year_in(std::string_view text) {
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

}  // namespace structure

namespace {

// A title paragraph or heading longer than this names no part: it is prose.
constexpr std::size_t kMaxHeadingBytes = 120;    // ~40 characters
constexpr std::size_t kMaxTitleBytes = 60;       // ~20 characters
constexpr std::size_t kMaxOpenerBytes = 66;      // ~22 characters
constexpr std::size_t kMaxSalutationBytes = 15;  // 各位代表！

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0x3000; }

// Text without leading/trailing blanks and markdown marks (#, *).
std::string_view trim_marks(std::string_view line) {
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

// The paragraph after a salutation such as 各位代表！. (Only a mark near
// the start is one: the rest of a long paragraph is not searched.)
std::string_view after_salutation(std::string_view body) {
  std::size_t bang = body.substr(0, kMaxSalutationBytes + 3).find("！");
  if (bang != std::string_view::npos && bang <= kMaxSalutationBytes) body = body.substr(bang + 3);
  return body;
}

// The first clause of a paragraph, after a salutation. A clause longer
// than kMaxOpenerBytes is none: its marks are looked for no further.
std::string_view opener_of(std::string_view body) {
  body = after_salutation(body);
  const std::string_view near = body.substr(0, kMaxOpenerBytes + 3);
  std::size_t end = std::min({near.find("，"), near.find("："), near.find("。")});
  if (end == std::string_view::npos && body.size() > kMaxOpenerBytes) return std::string_view();
  body = body.substr(0, end);
  return body.size() <= kMaxOpenerBytes ? body : std::string_view();
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

// 一..九 and 十 (lib/text/numerals.h: everyday forms, not 两).
bool is_enumerator_digit(char32_t c) {
  const numerals::Numeral n = numerals::numeral(c);
  return (n.use & numerals::kEveryday) && !(n.use & numerals::kCounting) &&
         (n.kind == numerals::NumeralKind::digit ||
          (n.kind == numerals::NumeralKind::small && n.value == 1));
}

// "**一、…**": a bold heading that carries a numbering still names a part.
bool starts_numbered(std::string_view heading) {
  std::size_t i = 0;
  if (heading.empty()) return false;
  char32_t c = utf8::decode(heading, i);
  if (c == U'（' || c == U'(')
    return i < heading.size() && is_enumerator_digit(utf8::decode(heading, i));
  return is_enumerator_digit(c);
}

// Where section i ends: at the next section of its depth or above.
std::size_t section_end(const std::vector<Section>& sections, std::size_t i, std::size_t size) {
  std::size_t k = i + 1;
  while (k < sections.size() && sections[k].depth > sections[i].depth) ++k;
  return k < sections.size() ? sections[k].span.start : size;
}

}  // namespace

namespace structure {

// How much of a paragraph the part reader reads (see paragraph_opening):
// a salutation, then an opener of at most kMaxOpenerBytes and its mark; a
// paragraph that has this much is no title line either.
constexpr std::size_t kOpeningNeed = kMaxSalutationBytes + 3 + kMaxOpenerBytes + 3;
static_assert(kOpeningNeed > kMaxTitleBytes);
// The bytes of a paragraph made plain at first: with no layout inside,
// enough for kOpeningNeed.
constexpr std::size_t kOpeningBytes = 256;

std::string_view paragraph_opening(const Document& doc, Span paragraph, std::size_t& noise_at,
                                   std::string& buffer) {
  const std::string_view text = doc.text();
  const std::vector<Span>& noise = doc.layout_noise();
  paragraph.end = std::min(paragraph.end, text.size());
  paragraph.start = std::min(paragraph.start, paragraph.end);
  // The paragraph's first kOpeningBytes, cut at the start of a character.
  std::size_t cut = paragraph.end;
  if (cut - paragraph.start > kOpeningBytes) {
    cut = paragraph.start + kOpeningBytes;
    while (cut > paragraph.start && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  }
  // The plain text of a stretch that no layout noise touches is the text
  // itself: most paragraphs are read in place, with no copy.
  while (noise_at < noise.size() && noise[noise_at].end <= paragraph.start) ++noise_at;
  std::string_view out;
  if (noise_at == noise.size() || noise[noise_at].start >= cut) {
    out = text.substr(paragraph.start, cut - paragraph.start);
  } else {
    buffer = doc.plain_text(Span{paragraph.start, cut});
    out = buffer;
  }
  // The plain text of a cut stretch is a prefix of the whole paragraph's,
  // and so is the trimmed text a prefix of the whole one's once it is
  // kOpeningNeed long; else (a stretch of layout) the whole is made.
  if (cut < paragraph.end && trim_marks(out).size() < kOpeningNeed) {
    buffer = doc.plain_text(paragraph);
    out = buffer;
  }
  return out;
}

}  // namespace structure

const char* report_part_name(ReportPart part) {
  switch (part) {
    case ReportPart::review: return "review";
    case ReportPart::plan: return "plan";
    case ReportPart::unknown: break;
  }
  return "unknown";
}

ReportParts::ReportParts(const Document& doc) {
  using data::Cue;
  using data::Hit;
  static const data::CueTable cues = data::cue_table(data::TableId::target_sections);
  const std::string_view text = doc.text();
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
  const std::vector<Section>& sections = doc.sections();
  std::size_t si = 0;
  // Where the section whose heading named a review ends: inside it, a
  // paragraph opened by a bare time word does not start a plan (in a review
  // headed 一、2022年工作回顾, a paragraph 今年，长江全流域遭遇严重干旱 is the
  // year under review).
  std::size_t review_section_end = 0;
  std::size_t noise_at = 0;
  std::string plain;  // reused
  for (const Unit& p : doc.units(Level::paragraph)) {
    const std::size_t pos = p.span.start;
    const std::string_view body = structure::paragraph_opening(doc, p.span, noise_at, plain);
    // The heading of a section that opens here; a bold lead sentence is a
    // heading only when numbered, else it is read as a paragraph.
    std::string_view head;
    while (si < sections.size() && sections[si].span.start < pos) ++si;
    if (si < sections.size() && sections[si].span.start == pos && sections[si].depth > 0) {
      const std::string_view h = sections[si].heading.of(text);
      const bool bold = text.substr(pos, 2) == "**";
      if ((!bold || starts_numbered(h)) && h.size() <= kMaxHeadingBytes) head = h;
    }
    const std::string_view trimmed = trim_marks(body);
    if (head.empty() && trimmed.size() <= kMaxTitleBytes &&
        trimmed.find("。") == std::string_view::npos &&
        trimmed.find("，") == std::string_view::npos)
      head = trimmed;  // a title line: "2024年工作安排"
    const std::string_view probe = head.empty() ? opener_of(trimmed) : head;
    // A paragraph that opens on a five-year plan: a plan when the period
    // has not begun before the report's year (decided once the year is known).
    if (head.empty())
      if (int start = plan_period_start(after_salutation(trimmed)))
        plans.push_back(PlanMark{pos, start});
    if (probe.empty()) continue;
    // An opener counts only when it starts with the cue (过去一年，…), not when
    // a cue word appears inside it (2025年目标任务顺利完成).
    Hit h = cues.first_of_any(probe);
    if (h && head.empty() && h.start != 0) h = Hit{};
    // A bare time word opening a paragraph (今年，…) inside a headed review
    // is the year under review; a plan opener that says more (做好今年政府
    // 工作的总体要求是) still opens the plan (a lost heading: 马鞍山).
    if (h && head.empty() && pos < review_section_end && h.cue->role == "plan" &&
        probe == h.cue->word)
      h = Hit{};
    if (!h) continue;
    // The first cue names the part; a later one may name the period
    // (回顾过去五年: 回顾 says review, 过去五年 says when).
    const Cue* cue = h.cue;
    for (const Cue& c : cues)
      if (cue->value.empty() && c.role == cue->role && !c.value.empty() &&
          probe.find(c.word) != std::string_view::npos)
        cue = &c;
    if (!head.empty() && si < sections.size() && sections[si].span.start == pos)
      review_section_end = cue->role == "review" ? section_end(sections, si, text.size()) : 0;
    marks.push_back(Mark{pos, cue, structure::year_in(probe)});
    if (year_.empty() && cue->role == "plan") year_ = marks.back().heading_year;
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
      PartRegion r;
      r.start = p.start;
      r.part = p.first_year >= year ? ReportPart::plan : ReportPart::review;
      r.period = std::to_string(p.first_year) + "-" + std::to_string(p.first_year + 4);
      regions_.push_back(std::move(r));
    }
  }
  for (const Mark& m : marks) {
    PartRegion r;
    r.start = m.start;
    r.part = m.cue->role == "review" ? ReportPart::review : ReportPart::plan;
    const std::string& v = m.cue->value;
    // A plan of a report whose year is nowhere written is for 今年.
    if (v == "@year")
      r.period = !m.heading_year.empty()        ? m.heading_year
                 : r.part == ReportPart::review ? ""
                 : !year_.empty()               ? year_
                                                : "今年";
    else if (v == "@prev")
      r.period = previous_year(year_);
    else
      r.period = v;
    regions_.push_back(std::move(r));
  }
  std::stable_sort(regions_.begin(), regions_.end(),
                   [](const PartRegion& a, const PartRegion& b) { return a.start < b.start; });
  // Genre order: what comes before the first cue belongs to the same part.
  if (!regions_.empty() && regions_.front().start > 0 &&
      regions_.front().part == ReportPart::review) {
    PartRegion first = regions_.front();
    first.start = 0;
    regions_.insert(regions_.begin(), first);
  }
}

const PartRegion* ReportParts::region_at(std::size_t offset) const {
  auto it = std::upper_bound(regions_.begin(), regions_.end(), offset,
                             [](std::size_t o, const PartRegion& r) { return o < r.start; });
  if (it == regions_.begin()) return nullptr;
  return &*std::prev(it);
}

ReportPart ReportParts::part_at(std::size_t offset) const {
  const PartRegion* r = region_at(offset);
  return r ? r->part : ReportPart::unknown;
}

const std::string& ReportParts::period_at(std::size_t offset) const {
  static const std::string none;
  const PartRegion* r = region_at(offset);
  return r ? r->period : none;
}

}  // namespace mubiao
