// The one table of numeral characters, read by every stage: the number
// grammar (lib/numbers), the word breaker's number tokens and dates
// (lib/segment/word_*), heading numbers (lib/data/structure_tables.h) and
// the target extractor's enumerators and plan names (lib/targets). A
// character added here is a numeral everywhere at once, so that, e.g.,
// 二○二四年 is one year for `numbers` and one number token for
// `segment --level word` (tests/numerals_agreement_test.cc).
#ifndef MUBIAO_LIB_TEXT_NUMERALS_H_
#define MUBIAO_LIB_TEXT_NUMERALS_H_

#include <array>
#include <cstddef>
#include <cstdint>

namespace mubiao::numerals {

// What a character means inside a numeral.
enum class NumeralKind : unsigned char {
  none,
  arabic,     // 0-9 (ASCII; callers fold full-width forms first)
  digit,      // 一..九, 两, 壹..: value 1..9
  zero,       // 零, 〇, ○
  small,      // 十百千 (拾佰仟): value = power of ten 1..3
  magnitude,  // 万亿兆: value = power of ten 4, 8, 12
  tens,       // 廿 卅 卌: value = 2..4 tens
  approx,     // 几: an unknown digit
  point,      // 点: the decimal point of a Chinese numeral
};

// How a numeral character is used beyond its kind (bits).
enum NumeralUse : unsigned char {
  // The everyday form (一二三, 十百千, 万亿): heading numbers, enumerators,
  // plan names are written with these only.
  kEveryday = 1,
  // 两 and its variants: a count of two (两个, 两千), never a digit of a
  // digit string (二〇二四), of a fraction (两百点两) or of an enumerator.
  kCounting = 2,
  // ○ (U+25CB WHITE CIRCLE), typed where 〇 is meant (二○○一年): a zero
  // only beside another numeral character; alone it is a bullet or a mark.
  kBesideNumeralsOnly = 4,
};

struct NumeralChar {
  char32_t c;
  NumeralKind kind;
  signed char value;
  unsigned char use;
};

inline constexpr NumeralChar kNumeralChars[] = {
    {U'零', NumeralKind::zero, 0, kEveryday},
    {U'〇', NumeralKind::zero, 0, kEveryday},
    {U'○', NumeralKind::zero, 0, kBesideNumeralsOnly},
    {U'一', NumeralKind::digit, 1, kEveryday},
    {U'壹', NumeralKind::digit, 1, 0},
    {U'弌', NumeralKind::digit, 1, 0},
    {U'幺', NumeralKind::digit, 1, 0},
    {U'二', NumeralKind::digit, 2, kEveryday},
    {U'两', NumeralKind::digit, 2, kEveryday | kCounting},
    {U'兩', NumeralKind::digit, 2, kCounting},
    {U'俩', NumeralKind::digit, 2, kCounting},
    {U'倆', NumeralKind::digit, 2, kCounting},
    {U'贰', NumeralKind::digit, 2, 0},
    {U'貳', NumeralKind::digit, 2, 0},
    {U'弍', NumeralKind::digit, 2, 0},
    {U'三', NumeralKind::digit, 3, kEveryday},
    {U'叁', NumeralKind::digit, 3, 0},
    {U'參', NumeralKind::digit, 3, 0},
    {U'弎', NumeralKind::digit, 3, 0},
    {U'四', NumeralKind::digit, 4, kEveryday},
    {U'肆', NumeralKind::digit, 4, 0},
    {U'五', NumeralKind::digit, 5, kEveryday},
    {U'伍', NumeralKind::digit, 5, 0},
    {U'六', NumeralKind::digit, 6, kEveryday},
    {U'陆', NumeralKind::digit, 6, 0},
    {U'陸', NumeralKind::digit, 6, 0},
    {U'七', NumeralKind::digit, 7, kEveryday},
    {U'柒', NumeralKind::digit, 7, 0},
    {U'八', NumeralKind::digit, 8, kEveryday},
    {U'捌', NumeralKind::digit, 8, 0},
    {U'九', NumeralKind::digit, 9, kEveryday},
    {U'玖', NumeralKind::digit, 9, 0},
    {U'十', NumeralKind::small, 1, kEveryday},
    {U'拾', NumeralKind::small, 1, 0},
    {U'百', NumeralKind::small, 2, kEveryday},
    {U'佰', NumeralKind::small, 2, 0},
    {U'千', NumeralKind::small, 3, kEveryday},
    {U'仟', NumeralKind::small, 3, 0},
    {U'万', NumeralKind::magnitude, 4, kEveryday},
    {U'萬', NumeralKind::magnitude, 4, 0},
    {U'亿', NumeralKind::magnitude, 8, kEveryday},
    {U'億', NumeralKind::magnitude, 8, 0},
    {U'兆', NumeralKind::magnitude, 12, 0},
    {U'廿', NumeralKind::tens, 2, 0},
    {U'卅', NumeralKind::tens, 3, 0},
    {U'卌', NumeralKind::tens, 4, 0},
    {U'几', NumeralKind::approx, 0, kEveryday},
    {U'幾', NumeralKind::approx, 0, 0},
    {U'点', NumeralKind::point, 0, kEveryday},
    {U'點', NumeralKind::point, 0, 0},
};

// What c means inside a numeral: its kind, value and uses (kind none, value
// 0, no use for a character that is no numeral).
struct Numeral {
  NumeralKind kind = NumeralKind::none;
  int value = 0;
  unsigned char use = 0;
};

namespace detail {
// An open-addressing index over the table, built at compile time: a lookup
// is a multiply and, nearly always, one probe.
inline constexpr std::size_t kSlots = 256;
struct Slot {
  char32_t c = 0;
  unsigned char index = 0xFF;
};
constexpr std::size_t slot_of(char32_t c) {
  return static_cast<std::size_t>((static_cast<std::uint32_t>(c) * 2654435761u) >> 24);
}
constexpr std::array<Slot, kSlots> build() {
  std::array<Slot, kSlots> slots{};
  for (std::size_t i = 0; i < std::size(kNumeralChars); ++i) {
    std::size_t s = slot_of(kNumeralChars[i].c);
    while (slots[s].index != 0xFF) s = (s + 1) % kSlots;
    slots[s] = Slot{kNumeralChars[i].c, static_cast<unsigned char>(i)};
  }
  return slots;
}
inline constexpr std::array<Slot, kSlots> kIndex = build();
static_assert(std::size(kNumeralChars) < kSlots / 2, "the index stays sparse");
}  // namespace detail

constexpr Numeral numeral(char32_t c) {
  if (c >= U'0' && c <= U'9') return {NumeralKind::arabic, static_cast<int>(c - U'0'), kEveryday};
  for (std::size_t s = detail::slot_of(c);; s = (s + 1) % detail::kSlots) {
    const detail::Slot& slot = detail::kIndex[s];
    if (slot.index == 0xFF) return {};
    if (slot.c == c) {
      const NumeralChar& n = kNumeralChars[slot.index];
      return {n.kind, n.value, n.use};
    }
  }
}

// A Chinese digit written one by one in a digit string (二〇二四, 〇五):
// a zero or a digit that is not a count of two.
constexpr bool is_sequence_digit(const Numeral& n) {
  return (n.kind == NumeralKind::digit || n.kind == NumeralKind::zero) && !(n.use & kCounting);
}
// Any Chinese numeral character that stands for a quantity (not 几, 点).
constexpr bool is_chinese_numeral(char32_t c) {
  const NumeralKind k = numeral(c).kind;
  return k == NumeralKind::digit || k == NumeralKind::zero || k == NumeralKind::small ||
         k == NumeralKind::magnitude || k == NumeralKind::tens;
}
constexpr bool is_counting(char32_t c) { return numeral(c).use & kCounting; }

static_assert(numeral(U'○').kind == NumeralKind::zero && numeral(U'两').value == 2 &&
                  numeral(U'亿').value == 8 && numeral(U'中').kind == NumeralKind::none,
              "the index finds the table's rows");

}  // namespace mubiao::numerals

#endif  // MUBIAO_LIB_TEXT_NUMERALS_H_
