// INTERIM (see interim_numbers.h): digits, 万/亿 magnitudes, %, a few units
// and qualifiers, ranges, 翻一番. Not a number recognizer.
#include "targets/interim_numbers.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "text/utf8.h"

namespace mubiao::targets {
namespace {

bool starts(std::string_view t, std::size_t i, std::string_view w) {
  return t.substr(i, w.size()) == w;
}

// Reads ASCII or full-width digits with an optional decimal point.
bool read_digits(std::string_view t, std::size_t& i, std::size_t end, std::string& out) {
  std::size_t j = i;
  bool any = false;
  while (j < end) {
    std::size_t k = j;
    char32_t c = utf8::fold_width(utf8::decode(t, k));
    if ((c >= '0' && c <= '9') || (c == '.' && any)) {
      out += static_cast<char>(c);
      any = any || c != '.';
      j = k;
    } else {
      break;
    }
  }
  if (!any) return false;
  if (out.back() == '.') { out.pop_back(); --j; }
  i = j;
  return true;
}

double magnitude(std::string_view t, std::size_t& i) {
  double m = 1;
  for (;;) {
    if (starts(t, i, "万")) { m *= 1e4; i += 3; }
    else if (starts(t, i, "亿")) { m *= 1e8; i += 3; }
    else if (starts(t, i, "千") && !starts(t, i, "千瓦") && !starts(t, i, "千克")) { m *= 1e3; i += 3; }
    else return m;
  }
}

const char* const kUnits[] = {"微克/立方米", "平方公里", "平方米", "个百分点", "百分点", "千瓦",
                              "美元", "公里", "人次", "元", "亩", "斤", "吨", "人", "个", "家",
                              "名", "所", "套", "座", "项", "户", "辆", "张", "台", "倍", "年",
                              "岁", "号", "小时", "天", "条", "处", "场", "次", "批", "级", "G"};

}  // namespace

std::vector<Mention> interim_numbers(std::string_view t, Span range) {
  std::vector<Mention> out;
  std::size_t i = range.start;
  const std::size_t end = std::min(range.end, t.size());
  while (i < end) {
    if (starts(t, i, "翻一番") || starts(t, i, "翻番")) {
      Mention m;
      m.span = Span{i, i + (starts(t, i, "翻番") ? 6 : 9)};
      m.kind = NumberKind::multiple;
      m.value = 2;
      m.exact = "2";
      m.unit = "倍";
      out.push_back(m);
      i = m.span.end;
      continue;
    }
    std::size_t start = i;
    std::string digits;
    Mention m;
    bool bare_magnitude = false;
    if (!read_digits(t, i, end, digits)) {
      if (starts(t, i, "万亿")) {
        digits = "1";
        bare_magnitude = true;
      } else {
        std::size_t k = i;
        utf8::decode(t, k);
        i = k;
        continue;
      }
    }
    m.value = std::strtod(digits.c_str(), nullptr) * magnitude(t, i);
    if (bare_magnitude && m.value == 1) { i = start + 3; continue; }
    if (starts(t, i, "余") || starts(t, i, "多")) { m.qualifier = Qualifier::over; i += 3; }
    if (starts(t, i, "%") || starts(t, i, "％")) {
      i += t[i] == '%' ? 1 : 3;
      m.kind = NumberKind::percent;
      m.unit = "%";
    } else if (starts(t, i, "年") && digits.size() == 4 && m.value >= 1900 && m.value <= 2100) {
      m.kind = NumberKind::year;
      i += 3;
    } else {
      for (const char* u : kUnits) {
        if (starts(t, i, u)) {
          m.unit = u;
          i += std::string_view(u).size();
          break;
        }
      }
      if (m.unit == "个百分点" || m.unit == "百分点") { m.unit = "百分点"; m.kind = NumberKind::points; }
      else if (digits.find('.') != std::string::npos) m.kind = NumberKind::decimal;
    }
    // Ranges: 6%－6.5%, 4.5%—5%, 2至3年.
    for (const char* dash : {"－", "—", "-", "～", "~", "至", "到"}) {
      std::size_t j = i;
      if (!starts(t, j, dash)) continue;
      j += std::string_view(dash).size();
      std::string hi;
      if (!read_digits(t, j, end, hi)) break;
      double up = std::strtod(hi.c_str(), nullptr) * magnitude(t, j);
      if (starts(t, j, "%") || starts(t, j, "％")) { j += t[j] == '%' ? 1 : 3; m.unit = "%"; }
      for (const char* u : kUnits)
        if (m.unit.empty() && starts(t, j, u)) { m.unit = u; j += std::string_view(u).size(); break; }
      m.kind = NumberKind::range;
      m.upper = up;
      m.exact_upper = hi;
      i = j;
      break;
    }
    if (starts(t, i, "以上")) { m.qualifier = Qualifier::at_least; i += 6; }
    else if (starts(t, i, "以内") || starts(t, i, "以下")) { m.qualifier = Qualifier::at_most; i += 6; }
    else if (starts(t, i, "左右")) { m.qualifier = Qualifier::about; i += 6; }
    char buf[64];
    if (m.value == std::floor(m.value) && m.value < 1e15) std::snprintf(buf, sizeof buf, "%.0f", m.value);
    else std::snprintf(buf, sizeof buf, "%.10g", m.value);
    m.exact = buf;
    m.span = Span{start, i};
    out.push_back(m);
  }
  return out;
}

}  // namespace mubiao::targets
