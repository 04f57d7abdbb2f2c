#include "numbers/units.h"

#include <cmath>
#include <cstdio>

#include "numbers/chars.h"
#include "numbers/values.h"

namespace mubiao::numbers {

// A unit at i, unless it is Latin letters running on into a word (5G网络
// has no unit "G"; 5Gbps does).
const LexEntry* unit_at(const Tables& t, std::string_view text, std::size_t i) {
  const LexEntry* u = t.units.match(text, i);
  if (!u) return nullptr;
  // (A unit whose first byte is neither ASCII nor that of a full-width
  // form, 0xEF, starts with no Latin letter.)
  const auto b = static_cast<unsigned char>(u->word[0]);
  if ((b < 0x80 || b == 0xEF) && is_alpha(at(text, i)) && is_alpha(at(text, i + u->word.size())))
    return nullptr;
  return u;
}

bool is_sign(const LexEntry* u) {
  if (!u) return false;
  // A view compares lengths first, inline (std::string == "…" calls out).
  const std::string_view tag = u->tag;
  return tag == "percent" || tag == "permille" || tag == "points";
}

const LexEntry* sign_at(const Tables& t, std::string_view text, std::size_t q, const LexEntry* unit,
                        std::size_t& end) {
  if (const LexEntry* u = unit) {
    end = q + u->word.size();
    return is_sign(u) || u->tagged("tenth") || u->tagged("discount") ? u : nullptr;
  }
  if (at(text, q) != U' ') return nullptr;
  for (const LexEntry& entry : t.units.entries()) {
    const LexEntry* e = &entry;
    if (!is_sign(e) && !e->tagged("tenth") && !e->tagged("discount")) continue;
    if (std::size_t k = loose(text, q, e->word); k != std::string_view::npos) {
      end = k;
      return e;
    }
  }
  return nullptr;
}

// Power of ten of the magnitude characters ending a numeral (3万 -> 4).
int trailing_magnitude(std::string_view text, std::size_t start, std::size_t end) {
  int p = 0;
  std::size_t i = end;
  while (i > start) {
    std::size_t k = i;
    NumCharInfo info = classify(utf8::decode_before(text, k));
    if (info.kind != NumChar::magnitude) break;
    p += info.value;
    i = k;
  }
  return p;
}

// Latin magnitudes after Arabic digits: 40k, 3M, .0012G (5G stays a name).
int latin_magnitude(std::string_view text, const Numeral& n, std::size_t& q) {
  if (!n.arabic || n.chinese) return 0;
  std::size_t i = q;
  while (i < text.size() && text[i] == ' ' && i - q < 2) ++i;
  std::size_t after;  // the letter may be full-width (３Ｍ): 3 bytes
  char32_t l = at(text, i, after);
  int p = (l == U'k' || l == U'K') ? 3 : l == U'M' ? 6 : (l == U'G' && n.point) ? 9 : 0;
  if (!p || is_alpha(at(text, after)) || (i > q && l != U'k')) return 0;
  q = after;
  return p;
}

bool year_like(const Numeral& n) {
  if (n.point || n.scaled || n.upper) return false;
  return (n.arabic || n.sequence) && n.int_digits == 4;
}

// The kind a unit gives (年 -> year or duration, 月份 -> month, 成 -> percent
// …) and the value changes it implies (七成 = 70%, 五打 = 60).
void apply_unit_role(const LexEntry& unit, const Numeral& n, const Decimal& v,
                     const std::optional<Decimal>& up, bool after_month, Mention& m) {
  m.unit = unit.word;
  const std::string_view role = unit.tag;  // compared inline, length first
  const long k = v.small_int(100);
  const NumberKind plain = v.is_integer() ? NumberKind::cardinal : NumberKind::decimal;
  if (role == "year_or_duration" || role == "year") {
    m.kind = year_like(n) ? NumberKind::year : NumberKind::duration;
  } else if (role == "month" && k >= 1 && k <= 12) {
    m.kind = NumberKind::month;
  } else if (role == "day" && k >= 1 && k <= 31) {
    m.kind = NumberKind::day;
  } else if (role == "day_or_name") {
    // 3月5号 is a day; 嫦娥四号, 1号文件 number a name.
    m.kind = after_month && k >= 1 && k <= 31 ? NumberKind::day : NumberKind::ordinal;
  } else if (role == "quarter" && k >= 1 && k <= 4) {
    m.kind = NumberKind::quarter;
  } else if (role == "duration") {
    m.kind = NumberKind::duration;
  } else if (role == "multiple") {
    m.kind = NumberKind::multiple;
  } else if (role == "ordinal") {
    m.kind = NumberKind::ordinal;
  } else if (role == "tenth" || role == "discount") {
    // 七成, 九折 -> 70%, 90%; a discount of two digits is read as percent
    // (五五折, 75折 -> 55%, 75%).
    const bool two_digits =
        role == "discount" && (n.sequence ? n.int_digits == 2 : !(v < Decimal::of(10)));
    set_value(m, two_digits ? v : v * Decimal::of(10));
    if (up) set_upper(m, *up * Decimal::of(10));
    m.kind = NumberKind::percent;
    m.unit = "%";
  } else if (role == "times") {
    // 五打 -> 60: a measure word that counts several (the table's value).
    const Decimal times = Decimal::from_digits(unit.value);
    set_value(m, v * times);
    if (up) set_upper(m, *up * times);
    m.kind = plain;
  } else {
    m.kind = plain;
  }
}

}  // namespace mubiao::numbers
