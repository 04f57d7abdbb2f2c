#define BOOST_TEST_MODULE numbers_decimal
#include <boost/test/unit_test.hpp>

// Exact decimal arithmetic used to fold magnitudes into values.

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
