#include "segment/word_numbers.h"

#include <string_view>

#include "segment/word_chars.h"
#include "text/numerals.h"

namespace mubiao {

namespace {

using wordchars::digit_value;
using wordchars::is_digit;

// A calendar or clock unit joins the integer before it when the value fits:
// "2024年" is a date, "10年" a duration (two words); "12月" a month.
struct DateUnit {
  char32_t unit;
  int min_digits;  // years are written with 3 or 4 digits
  int min_value, max_value;
};
constexpr DateUnit kArabicDateUnits[] = {
    {U'年', 3, 0, 9999}, {U'月', 1, 1, 12}, {U'日', 1, 1, 31},
    {U'时', 1, 0, 24},   {U'分', 1, 0, 59}, {U'秒', 1, 0, 59},
};
constexpr DateUnit kChineseDateUnits[] = {{U'月', 1, 1, 12}, {U'日', 1, 1, 31}};

// Written magnitudes that belong to the numeral: "1.3万", "3256.8亿", "1万亿".
constexpr char32_t kMagnitudes[] = {U'万', U'亿'};
constexpr char32_t kApproximations[] = {U'多', U'余'};
constexpr char32_t kPercentSigns[] = {U'%', 0xFF05 /* ％ */, 0x2030 /* ‰ */};
constexpr char32_t kSigns[] = {U'-', U'+', 0xFF0D /* － */, 0xFF0B /* ＋ */, 0x2212 /* − */};
constexpr char32_t kDecimalPoints[] = {U'.', 0xFF0E /* ． */};

template <std::size_t N>
bool one_of(char32_t c, const char32_t (&set)[N]) {
  for (char32_t s : set)
    if (s == c) return true;
  return false;
}

// Digit characters of a Chinese year, read one by one: "二〇二四" (the
// numeral table's digit-string digits: not 两).
int chinese_digit(char32_t c) {
  const numerals::Numeral n = numerals::numeral(c);
  return numerals::is_sequence_digit(n) ? n.value : -1;
}

// A Chinese integer below 100 at cps[i] ("五", "十二", "二十", "三十一"):
// its value, and its length in len; -1 if none.
int chinese_small_integer(const char32_t* cps, std::size_t n, std::size_t i, std::size_t& len) {
  auto digit = [&](std::size_t k) { return k < n ? chinese_digit(cps[k]) : -1; };
  auto ten = [&](std::size_t k) { return k < n && cps[k] == U'十'; };
  int tens = 0;
  std::size_t k = i;
  if (ten(k)) {
    tens = 1;
    k += 1;
  } else if (digit(k) >= 1 && ten(k + 1)) {
    tens = digit(k);
    k += 2;
  }
  if (tens > 0) {
    int ones = digit(k) >= 1 ? digit(k) : 0;
    if (ones > 0) k += 1;
    len = k - i;
    return tens * 10 + ones;
  }
  if (digit(k) >= 1) {
    len = 1;
    return digit(k);
  }
  return -1;
}

// Measure words (量词) a numeral counts, and 是 of enumerations ("一是…").
// A numeral and its measure word are two words (GB/T 13715, PKU's standard).
// Words that only look like one ("一样", "一般", "一起", "一道", "一切",
// "一些", "一点") are idioms, not numeral + measure word, and are not listed.
constexpr std::u32string_view kMeasureWords[] = {
    U"个", U"位", U"种", U"条",   U"次",   U"批",     U"项",       U"名", U"天", U"年", U"届",
    U"岁", U"件", U"家", U"座",   U"张",   U"只",     U"台",       U"辆", U"所", U"场", U"份",
    U"篇", U"部", U"本", U"支",   U"架",   U"艘",     U"倍",       U"元", U"户", U"片", U"层",
    U"类", U"套", U"幅", U"棵",   U"间",   U"颗",     U"根",       U"声", U"步", U"阵", U"句",
    U"段", U"遍", U"回", U"封",   U"枚",   U"首",     U"笔",       U"轮", U"期", U"周", U"吨",
    U"亩", U"斤", U"米", U"公斤", U"公里", U"平方米", U"平方公里", U"是",
};

}  // namespace

std::size_t match_arabic_number(const char32_t* cps, std::size_t n, std::size_t i) {
  std::size_t k = i;
  bool plain_integer = true;  // no sign, separator, decimals or magnitude
  if (one_of(cps[k], kSigns)) {
    if (k + 1 >= n || !is_digit(cps[k + 1])) return i;
    plain_integer = false;
    ++k;
  }
  if (!is_digit(cps[k])) return i;
  int value = 0, digits = 0;
  while (k < n && is_digit(cps[k])) {
    value = value < 100000 ? value * 10 + digit_value(cps[k]) : value;
    ++digits;
    ++k;
  }
  // Thousands separators: ",", then exactly three digits.
  while (k + 3 < n && cps[k] == U',' && is_digit(cps[k + 1]) && is_digit(cps[k + 2]) &&
         is_digit(cps[k + 3]) && (k + 4 >= n || !is_digit(cps[k + 4]))) {
    k += 4;
    plain_integer = false;
  }
  if (k + 1 < n && one_of(cps[k], kDecimalPoints) && is_digit(cps[k + 1])) {
    k += 1;
    while (k < n && is_digit(cps[k])) ++k;
    plain_integer = false;
  }
  // An approximation before a magnitude is inside the numeral: "6600多万"
  // (more than 66 million). Elsewhere it is a word: "50 多", "5000 余 台".
  if (k + 1 < n && one_of(cps[k], kApproximations) && one_of(cps[k + 1], kMagnitudes)) ++k;
  while (k < n && one_of(cps[k], kMagnitudes)) {
    ++k;
    plain_integer = false;
  }
  if (k < n && one_of(cps[k], kPercentSigns)) return k + 1;
  if (plain_integer && k < n) {
    for (const DateUnit& u : kArabicDateUnits)
      if (cps[k] == u.unit && digits >= u.min_digits && value >= u.min_value &&
          value <= u.max_value)
        return k + 1;
  }
  return k;
}

std::size_t numeral_measure_split(const char32_t* w, std::size_t n) {
  // Most words the word breaker emits are one character or start with no
  // numeral.
  if (n < 2 || (w[0] != U'第' && numerals::numeral(w[0]).kind == numerals::NumeralKind::none))
    return 0;
  // The numeral: an optional ordinal 第, then numeral characters of which at
  // least one is a digit (a bare 百/千/万/亿 makes idioms: "百年", "万家").
  std::size_t k = (n > 0 && w[0] == U'第') ? 1 : 0;
  bool digit = false;
  while (k < n && (is_chinese_numeral(w[k]) ||
                   numerals::numeral(w[k]).kind == numerals::NumeralKind::approx)) {
    const numerals::Numeral c = numerals::numeral(w[k]);
    digit = digit || c.kind == numerals::NumeralKind::digit ||
            c.kind == numerals::NumeralKind::zero || c.kind == numerals::NumeralKind::approx ||
            (c.kind == numerals::NumeralKind::small && c.value == 1);
    ++k;
  }
  if (!digit || k == n) return 0;
  const std::u32string_view rest(w + k, n - k);
  for (std::u32string_view m : kMeasureWords)
    if (rest == m) return k;
  return 0;
}

std::size_t match_chinese_date(const char32_t* cps, std::size_t n, std::size_t i) {
  // A year read digit by digit: four digits, or two or more with a zero
  // ("二〇二四年", "〇五年"); "五六年" (five or six years) is not one.
  // (At most five digits are read: longer runs are no year, and a bounded
  // look keeps a long run of numerals linear.)
  std::size_t k = i;
  bool zero = false;
  while (k < n && k - i < 5 && chinese_digit(cps[k]) >= 0) {
    zero = zero || chinese_digit(cps[k]) == 0;
    ++k;
  }
  const std::size_t len = k - i;
  if (k < n && cps[k] == U'年' && (len == 4 || (len >= 2 && zero))) return k + 1;
  std::size_t small_len = 0;
  const int value = chinese_small_integer(cps, n, i, small_len);
  if (value < 0 || i + small_len >= n) return i;
  const char32_t unit = cps[i + small_len];
  for (const DateUnit& u : kChineseDateUnits)
    if (unit == u.unit && value >= u.min_value && value <= u.max_value) return i + small_len + 1;
  return i;
}

}  // namespace mubiao
