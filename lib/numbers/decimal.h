// Exact decimal numbers on digit strings, for folding magnitudes into values
// without losing precision: 5.66万亿 is "5660000000000", not a rounded double.
// Only what the numeral grammar needs: build from digits, scale by powers of
// ten, add, multiply, print. Values beyond kMaxDigits digits (either side of
// the point) become "overflow" instead of growing without bound, which keeps
// every operation cheap on hostile input (万万万…, thousands of digits).
#ifndef MUBIAO_LIB_NUMBERS_DECIMAL_H_
#define MUBIAO_LIB_NUMBERS_DECIMAL_H_

#include <string>
#include <string_view>

namespace mubiao::numbers {

class Decimal {
 public:
  static constexpr long kMaxDigits = 400;

  Decimal() = default;
  static Decimal of(unsigned long v);
  // From ASCII digits: int_part "1100", frac_part "5" -> 1100.5.
  static Decimal from_digits(std::string_view int_part, std::string_view frac_part = {});
  static Decimal overflowed();

  bool is_zero() const { return !overflow_ && digits_.empty(); }
  bool overflow() const { return overflow_; }
  bool negative() const { return negative_; }
  void negate() {
    if (!is_zero()) negative_ = !negative_;
  }
  bool is_integer() const { return overflow_ || exp_ >= 0; }
  // Number of digits before the point (0 for values below 1).
  long int_digits() const;

  // this * 10^k.
  Decimal shifted(long k) const;
  Decimal operator+(const Decimal& o) const;
  Decimal operator-(const Decimal& o) const;
  Decimal operator*(const Decimal& o) const;
  bool operator==(const Decimal& o) const;
  bool operator<(const Decimal& o) const;

  // Plain decimal notation ("13000", "0.05", "-2.5"); "" on overflow.
  std::string str() const;
  // Nearest double (may be infinite for huge values).
  double to_double() const;
  // The value when it is a small whole number (<= limit), else -1.
  long small_int(long limit = 1000000) const;

 private:
  void trim();
  static Decimal add_abs(const Decimal& a, const Decimal& b);
  static Decimal sub_abs(const Decimal& a, const Decimal& b);  // |a| >= |b|
  static int cmp_abs(const Decimal& a, const Decimal& b);

  std::string digits_;  // no leading or trailing zeros; empty means zero
  long exp_ = 0;        // value = digits_ * 10^exp_
  bool negative_ = false;
  bool overflow_ = false;
};

}  // namespace mubiao::numbers

#endif  // MUBIAO_LIB_NUMBERS_DECIMAL_H_
