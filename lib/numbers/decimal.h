// Exact decimal numbers, for folding magnitudes into values without losing
// precision: 5.66万亿 is "5660000000000", not a rounded double. Only what
// the numeral grammar needs: build from digits, scale by powers of ten, add,
// multiply, print. Values beyond kMaxDigits digits (either side of the
// point) become "overflow" instead of growing without bound, which keeps
// every operation cheap on hostile input (万万万…, thousands of digits).
//
// A value of up to kSmallDigits significant digits (nearly every value of a
// report) is held as a 64-bit integer and a power of ten, and computed on
// as one; a longer one as a string of digits. Each value has exactly one
// form (the integer whenever it fits), so equal values compare equal field
// by field.
#ifndef MUBIAO_LIB_NUMBERS_DECIMAL_H_
#define MUBIAO_LIB_NUMBERS_DECIMAL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace mubiao::numbers {

class Decimal {
 public:
  static constexpr long kMaxDigits = 400;
  // Significant digits held in the integer form: 10^18 - 1 and the sum of
  // two such values fit in 64 bits.
  static constexpr int kSmallDigits = 18;

  Decimal() = default;
  Decimal(const Decimal& o)
      : mant_(o.mant_),
        exp_(o.exp_),
        negative_(o.negative_),
        overflow_(o.overflow_),
        wide_(o.wide_ ? std::make_unique<std::string>(*o.wide_) : nullptr) {}
  Decimal(Decimal&&) noexcept = default;
  Decimal& operator=(const Decimal& o) {
    if (this != &o) {
      mant_ = o.mant_;
      exp_ = o.exp_;
      negative_ = o.negative_;
      overflow_ = o.overflow_;
      wide_ = o.wide_ ? std::make_unique<std::string>(*o.wide_) : nullptr;
    }
    return *this;
  }
  Decimal& operator=(Decimal&&) noexcept = default;
  ~Decimal() = default;

  static Decimal of(unsigned long v);
  // From ASCII digits: int_part "1100", frac_part "5" -> 1100.5.
  static Decimal from_digits(std::string_view int_part, std::string_view frac_part = {});
  static Decimal overflowed();
  // mant * 10^exp: a numeral's digits read into an integer (at most
  // kSmallDigits of them), in the one form from_digits gives them.
  static Decimal of_scaled(std::uint64_t mant, long exp) { return of_integer(mant, exp, false); }

  bool is_zero() const { return !overflow_ && mant_ == 0 && !wide_; }
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
  // The value digits * 10^exp (digits of any length, leading and trailing
  // zeros allowed) in its one form, or overflow past kMaxDigits.
  static Decimal of_digits(std::string_view digits, long exp, bool negative);
  // mant * 10^exp, mant below 2^64, in its one form.
  static Decimal of_integer(std::uint64_t mant, long exp, bool negative);
  // The significant digits ("" for zero).
  std::string digit_string() const;
  // Number of significant digits.
  long size() const;
  void check_range();
  static Decimal add_abs(const Decimal& a, const Decimal& b);
  static Decimal sub_abs(const Decimal& a, const Decimal& b);  // |a| >= |b|
  static int cmp_abs(const Decimal& a, const Decimal& b);

  // The integer form: mant_ < 10^kSmallDigits with no trailing zero digit
  // (0 is zero), when wide_ is empty; otherwise wide_ holds the digits,
  // more than kSmallDigits of them, none leading or trailing zero.
  std::uint64_t mant_ = 0;
  long exp_ = 0;  // value = digits * 10^exp_
  bool negative_ = false;
  bool overflow_ = false;
  std::unique_ptr<std::string> wide_;
};

}  // namespace mubiao::numbers

#endif  // MUBIAO_LIB_NUMBERS_DECIMAL_H_
