// Report metadata (see research.h): title, dateline, headings, body cues,
// gazetteer (lib/data/regions.tsv), file name; the manifest in manifest.cc.
#include <algorithm>
#include <map>

#include "data/structure_tables.h"
#include "data/tables.h"
#include "mubiao/research.h"
#include "research/meta_internal.h"
#include "research/tables.h"
#include "targets/cues.h"
#include "text/utf8.h"

namespace mubiao {
namespace research {
namespace {

constexpr std::size_t kHeadBytes = 6000;    // the title block: ~2000 characters
constexpr std::size_t kSelfBytes = 3000;    // where 我代表…人民政府 is looked for
constexpr std::size_t kCountBytes = 60000;  // text scanned for region names

bool is_layout_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0x3000 || c == 0x200B ||
         c == 0xFEFF || c == 0xA0;
}

// text without spaces and line breaks (titles and datelines are often
// broken across lines: 政府工作报\n告, 第十四届\n人民代表大会).
std::string compact(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t kept = 0;  // text[kept, here) is kept: appended a run at a time
  for (std::size_t i = 0; i < text.size();) {
    // A Han character (lead byte E4..E9) is no space: passed over undecoded.
    if (data::structure::leads_han(static_cast<unsigned char>(text[i]))) {
      i += 3;
      continue;
    }
    const std::size_t here = i;
    if (is_layout_space(utf8::decode(text, i))) {
      out.append(text.substr(kept, here - kept));
      kept = i;
    }
  }
  out.append(text.substr(kept));
  return out;
}

// ASCII digits (full-width folded) of text[i...], advancing i; "" if none.
std::string digits_at(std::string_view text, std::size_t& i) {
  std::string out;
  while (i < text.size()) {
    std::size_t k = i;
    const char32_t c = utf8::fold_width(utf8::decode(text, k));
    if (c < '0' || c > '9') break;
    out += static_cast<char>(c);
    i = k;
  }
  return out;
}

// The digits that end just before position i, or "".
std::string digits_before(std::string_view text, std::size_t i) {
  std::size_t j = i;
  while (j > 0) {
    std::size_t k = j;
    const char32_t c = utf8::fold_width(utf8::decode_before(text, k));
    if (c < '0' || c > '9') break;
    j = k;
  }
  std::size_t k = j;
  std::string d = digits_at(text, k);
  return k == i ? d : std::string();
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

}  // namespace

const std::vector<Region>& regions() {
  static const std::vector<Region> r = [] {
    std::vector<Region> out;
    for (const data::TableRow* row : data::table(data::TableId::regions).every_row())
      out.push_back(Region{std::string(row->cell(0)), std::string(row->cell(1)),
                           std::string(row->cell(2)), std::string(row->cell(3))});
    return out;
  }();
  return r;
}

const Region* region_named(std::string_view name) {
  for (const Region& r : regions())
    if (r.name == name) return &r;
  return nullptr;
}

// The level that a region's name says by its ending (太原市 -> prefecture,
// 北京市 -> provincial by the gazetteer).
std::string level_of_name(std::string_view name) {
  if (name == "全国") return "national";
  if (const Region* r = region_named(name)) return r->level;
  targets::Hit h = cues().suffix(name, "self");
  return h ? h.cue->value : "";
}

std::string canonical_region(std::string_view name) {
  if (region_named(name)) return std::string(name);
  // 黔东南州 is the short form of 黔东南苗族侗族自治州.
  if (targets::Hit h = cues().suffix(name, "self"); h && h.start > 0)
    for (const Region& r : regions())
      if (r.short_name == name.substr(0, h.start) && r.level == h.cue->value) return r.name;
  return std::string(name);
}

int parse_year(std::string_view s) {
  if (s.size() != 4) return 0;
  const int y = std::stoi(std::string(s));
  return y >= 1949 && y <= 2100 ? y : 0;
}

namespace {

struct Dateline {
  int year = 0;
  std::string date, meeting, region;
};

// ——2023年3月5日在第十四届全国人民代表大会第一次会议上
Dateline dateline(std::string_view head) {
  Dateline d;
  for (std::size_t at = head.find("日在"); at != std::string_view::npos;
       at = head.find("日在", at + 1)) {
    // YYYY年M月D日 just before.
    const std::string day = digits_before(head, at);
    std::size_t p = at - day.size();
    if (day.empty() || p < 3 || head.substr(p - 3, 3) != "月") continue;
    const std::string month = digits_before(head, p - 3);
    std::size_t q = p - 3 - month.size();
    if (month.empty() || q < 3 || head.substr(q - 3, 3) != "年") continue;
    const std::string year = digits_before(head, q - 3);
    if (!parse_year(year)) continue;
    const std::size_t m_start = at + std::string_view("日在").size();
    const std::size_t m_end = head.find("会议上", m_start);
    if (m_end == std::string_view::npos || m_end - m_start > 150) continue;
    d.year = parse_year(year);
    const int mo = std::stoi(month), dd = std::stoi(day);
    if (mo >= 1 && mo <= 12 && dd >= 1 && dd <= 31) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, mo, dd);
      d.date = buf;
    }
    d.meeting =
        std::string(head.substr(m_start, m_end + std::string_view("会议").size() - m_start));
    if (d.meeting.find("全国人民代表大会") != std::string::npos) {
      d.region = "全国";
    } else if (std::size_t k = d.meeting.find("第"); k != std::string::npos && k > 0) {
      d.region = canonical_region(d.meeting.substr(0, k));
      if (level_of_name(d.region).empty()) d.region.clear();
    }
    break;
  }
  return d;
}

// The title: the first line of the head holding 工作报告 (with the next line
// when a break cuts it: 政府工作报\n告).
std::string title_of(std::string_view head) {
  std::vector<std::string> lines;
  std::size_t pos = 0;
  while (pos < head.size() && lines.size() < 80) {
    std::size_t nl = head.find('\n', pos);
    if (nl == std::string_view::npos) nl = head.size();
    std::string line = compact(head.substr(pos, nl - pos));
    while (!line.empty() && (line[0] == '#' || line[0] == '*')) line.erase(0, 1);
    while (!line.empty() && line.back() == '*') line.pop_back();
    if (!line.empty()) lines.push_back(line);
    pos = nl + 1;
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].size() > 90 || starts_with(lines[i], "——")) continue;
    if (lines[i].find("工作报告") != std::string::npos) return lines[i];
    if (i + 1 < lines.size() && (lines[i] + lines[i + 1]).find("工作报告") != std::string::npos &&
        lines[i + 1].size() < 30)
      return lines[i] + lines[i + 1];
  }
  return "";
}

// The region a title names: 2026年北京市政府工作报告 -> 北京市.
std::string title_region(std::string title) {
  for (std::string_view w : {"人民政府工作报告", "政府工作报告", "工作报告"}) {
    if (std::size_t k = title.find(w); k != std::string::npos) {
      title.erase(k);
      break;
    }
  }
  // Strip a year: 2026年 before or after the name.
  for (std::size_t k = title.find("年"); k != std::string::npos; k = title.find("年")) {
    const std::string d = digits_before(title, k);
    if (d.size() != 4) break;
    title.erase(k - 4, 4 + 3);
  }
  if (title == "国务院") return "全国";
  return !title.empty() && !level_of_name(title).empty() ? canonical_region(title) : "";
}

struct Self {
  std::string region, level;
};

// 我代表(X)人民政府 / 代表国务院 / 代表行署 near the start of the body.
Self self_cue(std::string_view text) {
  Self s;
  std::size_t pos = 0;
  while ((pos = text.find("代表", pos)) != std::string_view::npos) {
    pos += std::string_view("代表").size();
    const std::string_view after = text.substr(pos, std::min<std::size_t>(45, text.size() - pos));
    // The closing word, nearest first: 我代表北京市人民政府.
    std::size_t best = std::string_view::npos;
    std::string_view word;
    for (const targets::Cue& c : cues()) {
      if (c.role != "self_close" &&
          !(c.role == "self" &&
            (c.value == "national" || c.word == "行署" || c.word == "行政公署")))
        continue;
      std::size_t k = after.find(c.word);
      if (k != std::string_view::npos && (k < best || (k == best && c.word.size() > word.size()))) {
        best = k;
        word = c.word;
      }
    }
    if (best == std::string_view::npos || best > 30) continue;
    const std::string_view x = after.substr(0, best);
    bool han = true;
    for (std::size_t k = 0; han && k < x.size();) han = utf8::is_han(utf8::decode(x, k));
    if (!han || x.find("代表") != std::string_view::npos) continue;
    if (word == "国务院") return Self{"全国", "national"};
    if (word == "行署" || word == "行政公署") return Self{std::string(x), "prefecture"};
    targets::Hit h = cues().suffix(x, "self");
    if (!h) continue;
    s.level = h.cue->value;
    if (h.start > 0) {
      s.region = canonical_region(x);
      if (const Region* r = region_named(s.region)) s.level = r->level;
    }
    return s;
  }
  return s;
}

// The level the body's own scope words say: the lowest named at least three
// times (a prefecture's report says 全省 often, when it ranks itself in the
// province; a province's seldom says 全州).
std::string scope_level(std::string_view text) {
  std::map<std::string, int> n;
  cues().each(text, [&](targets::Hit h) {
    if (h.cue->role == "scope") ++n[h.cue->value];
  });
  for (const char* level : {"county", "prefecture", "provincial"})
    if (n[level] >= 3) return level;
  return "";
}

// The region of `level` ("" any) named most often in text (by its short or
// full name), when named at least three times and more than any other.
std::string most_named(std::string_view text, const std::string& level, bool or_county) {
  const Region* best = nullptr;
  int most = 2, second = 0;
  for (const Region& r : regions()) {
    // 市人民政府 is also a county-level city's or a municipality's (北京市).
    const bool city = or_county && (r.level == "county" || ends_with(r.name, "市"));
    if (!level.empty() && r.level != level && !city) continue;
    int count = 0;
    for (std::size_t k = text.find(r.short_name); k != std::string_view::npos;
         k = text.find(r.short_name, k + r.short_name.size()))
      ++count;
    if (count > most) {
      second = std::max(second, most);
      best = &r;
      most = count;
    } else {
      second = std::max(second, count);
    }
  }
  return best && most > second ? best->name : "";
}

// A region named in a file name: the longest full or short name it holds.
const Region* filename_region(std::string_view name) {
  const Region* best = nullptr;
  std::size_t len = 0;
  for (const Region& r : regions()) {
    for (const std::string& n : {r.name, r.short_name}) {
      if (n.size() > len && n.size() >= 6 && name.find(n) != std::string_view::npos) {
        best = &r;
        len = n.size();
      }
    }
  }
  return best;
}

int filename_year(std::string_view name) {
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (i > 0 && name[i - 1] >= '0' && name[i - 1] <= '9') continue;
    std::size_t k = i;
    const std::string d = digits_at(name, k);
    if (d.size() == 4 && parse_year(d)) return parse_year(d);
  }
  return 0;
}

std::string_view base_name(std::string_view path) {
  const std::size_t slash = path.find_last_of("/\\");
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

void set(std::string& field, std::string& source, std::string value, const char* from) {
  if (!field.empty() || value.empty()) return;
  field = std::move(value);
  source = from;
}

}  // namespace

namespace {

// Whether a year at i opens a heading or a sentence: at a line start, after
// an enumerator (一、), a sentence end or markup.
bool opens_unit(std::string_view text, std::size_t i) {
  if (i == 0) return true;
  std::size_t k = i;
  const char32_t c = utf8::decode_before(text, k);
  return c == '\n' || c == ' ' || c == 0x3000 || c == '#' || c == '*' || c == U'、' || c == U'。' ||
         c == U'！' || c == U'：' || c == U'）' || c == ')';
}

// The year the headings say by majority: 2023年工作回顾 votes 2024,
// 2024年工作安排 votes 2024; a tie goes to the later year.
int heading_year(std::string_view text) {
  std::map<int, int> votes;
  for (std::size_t at = text.find("年"); at != std::string_view::npos;
       at = text.find("年", at + 3)) {
    const std::string d = digits_before(text, at);
    const int y = d.size() == 4 ? parse_year(d) : 0;
    if (!y || !opens_unit(text, at - d.size())) continue;
    const std::string_view after =
        text.substr(at + 3, std::min<std::size_t>(30, text.size() - at - 3));
    targets::Hit review = cues().first(after, "year_review");
    targets::Hit plan = cues().first(after, "year_plan");
    if (review && review.start <= 6)
      ++votes[y + 1];
    else if (plan && plan.start <= 6)
      ++votes[y];
  }
  int best = 0, most = 0;
  for (const auto& [y, n] : votes)
    if (n >= most) {
      best = y;
      most = n;
    }
  return best;
}

}  // namespace

int report_year(std::string_view text, std::string* source) {
  const std::string head = compact(text.substr(0, std::min(text.size(), kHeadBytes)));
  if (int y = dateline(head).year) {
    if (source) *source = "dateline";
    return y;
  }
  const std::string title = title_of(text.substr(0, std::min(text.size(), kHeadBytes)));
  for (std::size_t k = title.find("年"); k != std::string::npos; k = title.find("年", k + 1))
    if (int y = parse_year(digits_before(title, k))) {
      if (source) *source = "title";
      return y;
    }
  if (int y = heading_year(text.substr(0, std::min(text.size(), kCountBytes)))) {
    if (source) *source = "heading";
    return y;
  }
  return 0;
}

}  // namespace research

ReportMeta report_meta(std::string_view text, const Document&, std::string_view file_name) {
  using namespace research;
  ReportMeta m;
  m.doc = std::string(file_name);
  auto& src = m.sources;
  const std::string_view head_raw = text.substr(0, std::min(text.size(), kHeadBytes));
  const std::string head = compact(head_raw);

  set(m.title, src.title, title_of(head_raw), "title");
  const Dateline d = dateline(head);
  set(m.date, src.date, d.date, "dateline");
  set(m.meeting, src.meeting, d.meeting, "dateline");
  set(m.region, src.region, d.region, "dateline");
  set(m.region, src.region, title_region(m.title), "title");

  // The body begins at the salutation (各位代表：).
  std::size_t body = text.find("各位");
  if (body == std::string_view::npos || body > kHeadBytes) body = 0;
  const std::string_view opening = text.substr(body, std::min(kSelfBytes, text.size() - body));
  const Self self = self_cue(opening);
  set(m.region, src.region, self.region, "body");
  if (!m.region.empty()) set(m.level, src.level, level_of_name(m.region), src.region.c_str());
  set(m.level, src.level, self.level, "body");

  const std::string_view sample = text.substr(0, std::min(text.size(), kCountBytes));
  if (m.level.empty()) set(m.level, src.level, scope_level(sample), "body");
  if (m.region.empty() && m.level != "county" && m.level != "national") {
    // 市人民政府 is a prefecture's or a county-level city's: both are looked for.
    const bool city = self.level == "prefecture" && self.region.empty();
    set(m.region, src.region, most_named(sample, m.level, city), "body");
    if (city && !m.region.empty()) m.level = level_of_name(m.region);  // 天门市: county
  }

  std::string year_source;
  if (int y = report_year(text, &year_source)) {
    m.year = y;
    src.year = year_source;
  }

  // The file name fills what the text does not tell.
  const std::string_view base = base_name(file_name);
  if (!m.year) {
    if (int y = filename_year(base)) {
      m.year = y;
      src.year = "filename";
    }
  }
  if (m.region.empty()) {
    std::string named;
    if (base.find("国务院") != std::string_view::npos || starts_with(base, "national"))
      named = "全国";
    else if (const Region* r = filename_region(base))
      named = r->name;
    // Only when it agrees with the level the text tells (黄山.txt holds the
    // report of 黄山区, a county-level district: its region stays unknown).
    const std::string level = level_of_name(named);
    const bool agrees = m.level.empty() || m.level == level ||
                        (src.level == "body" && self.level == "prefecture" && self.region.empty());
    if (!named.empty() && agrees) {
      set(m.region, src.region, named, "filename");
      if (m.level != level) {
        m.level = level;
        src.level = "filename";
      }
    }
  }
  return m;
}

}  // namespace mubiao
