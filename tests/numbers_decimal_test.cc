#define BOOST_TEST_MODULE numbers_decimal
#include <boost/test/unit_test.hpp>

// Exact decimal arithmetic used to fold magnitudes into values.

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <random>
#include <string>

#include "numbers/decimal.h"

using mubiao::numbers::Decimal;

BOOST_AUTO_TEST_CASE(builds_and_prints) {
  BOOST_TEST(Decimal::from_digits("1100").str() == "1100");
  BOOST_TEST(Decimal::from_digits("0012", "500").str() == "12.5");
  BOOST_TEST(Decimal::from_digits("0", "05").str() == "0.05");
  BOOST_TEST(Decimal::from_digits("000").str() == "0");
  BOOST_TEST(Decimal::from_digits("", "5").str() == "0.5");
  BOOST_TEST(Decimal::of(0).is_zero());
}

BOOST_AUTO_TEST_CASE(shifts_are_exact) {
  BOOST_TEST(Decimal::from_digits("5", "66").shifted(12).str() == "5660000000000");
  BOOST_TEST(Decimal::from_digits("1", "3").shifted(4).str() == "13000");
  BOOST_TEST(Decimal::from_digits("3").shifted(-1).str() == "0.3");
  BOOST_TEST(Decimal::from_digits("7").shifted(-8).str() == "0.00000007");
}

BOOST_AUTO_TEST_CASE(adds_subtracts_multiplies) {
  Decimal a = Decimal::from_digits("999999999999999999");
  BOOST_TEST((a + Decimal::of(1)).str() == "1000000000000000000");
  BOOST_TEST((Decimal::from_digits("0", "1") + Decimal::from_digits("0", "2")).str() == "0.3");
  BOOST_TEST((Decimal::of(5) - Decimal::of(7)).str() == "-2");
  BOOST_TEST((Decimal::of(7) - Decimal::of(7)).str() == "0");
  BOOST_TEST((Decimal::of(2) * Decimal::from_digits("100").shifted(4)).str() == "2000000");
  BOOST_TEST((Decimal::from_digits("1", "5") * Decimal::from_digits("0", "1")).str() == "0.15");
  Decimal n = Decimal::of(3);
  n.negate();
  BOOST_TEST((n * n).str() == "9");
}

BOOST_AUTO_TEST_CASE(compares) {
  BOOST_TEST((Decimal::of(2) < Decimal::of(10)));
  BOOST_TEST((!(Decimal::of(10) < Decimal::of(2))));
  BOOST_TEST((Decimal::from_digits("0", "5") < Decimal::of(1)));
  Decimal m = Decimal::of(4);
  m.negate();
  BOOST_TEST((m < Decimal::of(1)));
  BOOST_TEST((Decimal::from_digits("1", "50") == Decimal::from_digits("1", "5")));
}

BOOST_AUTO_TEST_CASE(doubles_and_small_ints) {
  BOOST_TEST(Decimal::from_digits("44", "77").to_double() == 44.77);
  BOOST_TEST(Decimal::of(2022).small_int(3000) == 2022);
  BOOST_TEST(Decimal::of(2022).small_int(100) == -1);
  BOOST_TEST(Decimal::from_digits("1", "5").small_int() == -1);
}

// to_double reads short values without strtod (one exact multiplication or
// division); it must give strtod's double for every value, at the edges of
// that shortcut (15 and 16 digits, powers 22 and 23) and past them.
BOOST_AUTO_TEST_CASE(doubles_agree_with_strtod) {
  std::mt19937 rng(15);
  int checked = 0, differ = 0;
  for (int i = 0; i < 200000; ++i) {
    const int n = 1 + static_cast<int>(rng() % 17);
    std::string digits;
    for (int k = 0; k < n; ++k) digits += static_cast<char>('0' + rng() % 10);
    if (rng() % 3 == 0) digits.back() = '5';
    const long e = static_cast<long>(rng() % 51) - 25;
    const bool negative = rng() % 5 == 0;
    Decimal d = Decimal::from_digits(digits).shifted(e);
    if (negative) d.negate();
    const std::string s = (negative ? "-" : "") + digits + "e" + std::to_string(e);
    const double want = std::strtod(s.c_str(), nullptr);
    differ += d.to_double() != want;
    ++checked;
  }
  BOOST_TEST(checked == 200000);
  BOOST_TEST(differ == 0);
  BOOST_TEST(Decimal::from_digits("999999999999999").to_double() == 999999999999999.0);
  BOOST_TEST(Decimal::from_digits("1").shifted(-22).to_double() == 1e-22);
  BOOST_TEST(Decimal::from_digits("9007199254740993").to_double() == 9007199254740992.0);
}

// str() writes short values into a buffer and long ones by appends: both
// must print plain decimal notation, on either side of the buffer's size.
BOOST_AUTO_TEST_CASE(prints_short_and_long_values_alike) {
  std::mt19937 rng(7);
  int differ = 0;
  for (int i = 0; i < 50000; ++i) {
    std::string digits(1 + rng() % 40, '0');
    for (char& c : digits) c = static_cast<char>('0' + rng() % 10);
    digits.front() = static_cast<char>('1' + rng() % 9);
    digits.back() = static_cast<char>('1' + rng() % 9);
    const long e = static_cast<long>(rng() % 101) - 50;
    const bool negative = rng() % 4 == 0;
    Decimal d = Decimal::from_digits(digits).shifted(e);
    if (negative) d.negate();
    // The expected text: digits * 10^e written out.
    std::string want;
    const long point = static_cast<long>(digits.size()) + e;
    if (e >= 0)
      want = digits + std::string(static_cast<std::size_t>(e), '0');
    else if (point > 0)
      want = digits.substr(0, static_cast<std::size_t>(point)) + "." +
             digits.substr(static_cast<std::size_t>(point));
    else
      want = "0." + std::string(static_cast<std::size_t>(-point), '0') + digits;
    if (negative) want = "-" + want;
    differ += d.str() != want;
  }
  BOOST_TEST(differ == 0);
}

BOOST_AUTO_TEST_CASE(overflow_is_bounded) {
  // Beyond kMaxDigits digits a value becomes "overflow": no output, no
  // growth, infinite as a double.
  Decimal big = Decimal::of(1).shifted(Decimal::kMaxDigits + 1);
  BOOST_TEST(big.overflow());
  BOOST_TEST(big.str().empty());
  BOOST_TEST(std::isinf(big.to_double()));
  BOOST_TEST((big + Decimal::of(1)).overflow());
  BOOST_TEST(Decimal::from_digits(std::string(5000, '9')).overflow());
  // Leading zeros do not count.
  BOOST_TEST(Decimal::from_digits(std::string(5000, '0') + "7").str() == "7");
  // Far-apart operands stay within the digit budget.
  Decimal tiny = Decimal::of(1).shifted(-Decimal::kMaxDigits);
  Decimal sum = Decimal::of(1).shifted(Decimal::kMaxDigits - 1) + tiny;
  BOOST_TEST(sum.str().size() <= std::size_t(2 * Decimal::kMaxDigits + 2));
  BOOST_TEST(
      (Decimal::of(1).shifted(Decimal::kMaxDigits) + Decimal::of(1).shifted(-Decimal::kMaxDigits))
          .overflow());
}

// Values of up to kSmallDigits significant digits are computed as 64-bit
// integers, longer ones on digit strings, and a result moves between the
// two forms: every operation must give the exact answer either way. The
// reference is 128-bit integer arithmetic on operands of up to 19 digits
// (one more than the integer form holds) a few powers of ten apart.
namespace {
__extension__ typedef __int128 Wide;

// m * 10^e in plain notation.
std::string plain(Wide m, long e) {
  if (m == 0) return "0";
  const bool negative = m < 0;
  if (negative) m = -m;
  std::string digits;
  for (; m > 0; m /= 10) digits.insert(digits.begin(), static_cast<char>('0' + int(m % 10)));
  while (digits.back() == '0') digits.pop_back(), ++e;
  const long point = static_cast<long>(digits.size()) + e;
  std::string s;
  if (e >= 0)
    s = digits + std::string(static_cast<std::size_t>(e), '0');
  else if (point > 0)
    s = digits.substr(0, static_cast<std::size_t>(point)) + "." +
        digits.substr(static_cast<std::size_t>(point));
  else
    s = "0." + std::string(static_cast<std::size_t>(-point), '0') + digits;
  return negative ? "-" + s : s;
}

Wide pow10(long k) {
  Wide p = 1;
  while (k-- > 0) p *= 10;
  return p;
}
}  // namespace

BOOST_AUTO_TEST_CASE(integer_and_digit_forms_compute_alike) {
  std::mt19937 rng(29);
  int checked = 0;
  for (int i = 0; i < 100000; ++i) {
    Wide m[2];
    long e[2];
    Decimal d[2];
    for (int k = 0; k < 2; ++k) {
      // Up to 19 digits, rich in 9s and 0s (carries, trailing zeros).
      const int n = 1 + static_cast<int>(rng() % 19);
      std::string digits;
      for (int j = 0; j < n; ++j) {
        const unsigned r = rng() % 4;
        digits += r == 0 ? '9' : r == 1 ? '0' : static_cast<char>('0' + rng() % 10);
      }
      e[k] = static_cast<long>(rng() % 17) - 8;
      m[k] = 0;
      for (char c : digits) m[k] = m[k] * 10 + (c - '0');
      d[k] = Decimal::from_digits(digits).shifted(e[k]);
      if (rng() % 3 == 0) {
        m[k] = -m[k];
        d[k].negate();
      }
      BOOST_TEST(d[k].str() == plain(m[k], e[k]), digits << "e" << e[k]);
    }
    const long lo = std::min(e[0], e[1]);
    const Wide a = m[0] * pow10(e[0] - lo), b = m[1] * pow10(e[1] - lo);
    const std::string sum = plain(a + b, lo), diff = plain(a - b, lo);
    const std::string product = plain(m[0] * m[1], e[0] + e[1]);
    BOOST_TEST((d[0] + d[1]).str() == sum);
    BOOST_TEST((d[0] - d[1]).str() == diff);
    BOOST_TEST((d[0] * d[1]).str() == product);
    BOOST_TEST((d[0] < d[1]) == (a < b));
    BOOST_TEST((d[0] == d[1]) == (a == b));
    // One form per value: a result equals the same value read from its text.
    const auto read = [](const std::string& s) {
      const bool negative = s[0] == '-';
      const std::string body = negative ? s.substr(1) : s;
      const std::size_t dot = body.find('.');
      Decimal r = dot == std::string::npos
                      ? Decimal::from_digits(body)
                      : Decimal::from_digits(body.substr(0, dot), body.substr(dot + 1));
      if (negative) r.negate();
      return r;
    };
    BOOST_TEST(((d[0] + d[1]) == read(sum)));
    BOOST_TEST(((d[0] * d[1]) == read(product)));
    BOOST_TEST((d[0] * d[1]).small_int(1000000) ==
               (product.find_first_of(".-") == std::string::npos && product.size() <= 7 &&
                        std::stol(product) <= 1000000
                    ? std::stol(product)
                    : -1L));
    ++checked;
  }
  BOOST_TEST(checked == 100000);
}
