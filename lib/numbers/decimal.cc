#include "numbers/decimal.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace mubiao::numbers {

namespace {

constexpr std::uint64_t kPow10[20] = {1u,
                                      10u,
                                      100u,
                                      1000u,
                                      10000u,
                                      100000u,
                                      1000000u,
                                      10000000u,
                                      100000000u,
                                      1000000000u,
                                      10000000000u,
                                      100000000000u,
                                      1000000000000u,
                                      10000000000000u,
                                      100000000000000u,
                                      1000000000000000u,
                                      10000000000000000u,
                                      100000000000000000u,
                                      1000000000000000000u,
                                      10000000000000000000u};
constexpr std::uint64_t kSmallLimit = kPow10[Decimal::kSmallDigits];

// Number of decimal digits of v > 0.
long digits_of(std::uint64_t v) {
  long n = 1;
  while (n < 20 && v >= kPow10[n]) ++n;
  return n;
}

// The digits of v > 0, written at the end of buf[20]; returns where they start.
char* write_digits(std::uint64_t v, char* end) {
  char* p = end;
  do {
    *--p = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v);
  return p;
}

// Digits of d aligned to exponent e (e <= d's exponent), least significant last.
std::string aligned(const std::string& digits, long exp, long e) {
  std::string s = digits;
  s.append(static_cast<std::size_t>(exp - e), '0');
  return s;
}

}  // namespace

Decimal Decimal::of(unsigned long v) { return of_integer(v, 0, false); }

Decimal Decimal::overflowed() {
  Decimal d;
  d.overflow_ = true;
  return d;
}

void Decimal::check_range() {
  // The integer form has at most kSmallDigits digits: most values are
  // answered by their exponent alone.
  if (!wide_ && exp_ >= -kMaxDigits && exp_ <= kMaxDigits - kSmallDigits) return;
  if (int_digits() > kMaxDigits || exp_ < -kMaxDigits) {
    mant_ = 0;
    wide_.reset();
    overflow_ = true;
  }
}

Decimal Decimal::of_integer(std::uint64_t mant, long exp, bool negative) {
  if (mant == 0) return Decimal();
  while (mant % 10 == 0) {
    mant /= 10;
    ++exp;
  }
  if (mant >= kSmallLimit) {
    char buf[20];
    const char* p = write_digits(mant, buf + sizeof buf);
    return of_digits(std::string_view(p, static_cast<std::size_t>(buf + sizeof buf - p)), exp,
                     negative);
  }
  Decimal d;
  d.mant_ = mant;
  d.exp_ = exp;
  d.negative_ = negative;
  d.check_range();
  return d;
}

Decimal Decimal::of_digits(std::string_view digits, long exp, bool negative) {
  const std::size_t lead = digits.find_first_not_of('0');
  if (lead == std::string_view::npos) return Decimal();
  const std::size_t last = digits.find_last_not_of('0');
  exp += static_cast<long>(digits.size() - 1 - last);
  digits = digits.substr(lead, last + 1 - lead);
  Decimal d;
  if (digits.size() <= static_cast<std::size_t>(kSmallDigits)) {
    for (char c : digits) d.mant_ = d.mant_ * 10 + static_cast<std::uint64_t>(c - '0');
  } else {
    d.wide_ = std::make_unique<std::string>(digits);
  }
  d.exp_ = exp;
  d.negative_ = negative;
  d.check_range();
  return d;
}

Decimal Decimal::from_digits(std::string_view int_part, std::string_view frac_part) {
  if (static_cast<long>(int_part.size()) > kMaxDigits + 64 ||
      static_cast<long>(frac_part.size()) > kMaxDigits + 64) {
    // Leading/trailing zeros could still make it small, but a run of hundreds
    // of digits is not a quantity a report states; refuse it cheaply.
    std::size_t nz = int_part.find_first_not_of('0');
    if (nz == std::string_view::npos) nz = int_part.size();
    if (static_cast<long>(int_part.size() - nz) > kMaxDigits ||
        static_cast<long>(frac_part.size()) > kMaxDigits)
      return overflowed();
    int_part.remove_prefix(nz);
  }
  const long exp = -static_cast<long>(frac_part.size());
  if (frac_part.empty()) return of_digits(int_part, exp, false);
  // The usual numeral (a few digits) joined in a buffer, not a string.
  const std::size_t n = int_part.size() + frac_part.size();
  char buf[64];
  if (n <= sizeof buf) {
    std::copy(frac_part.begin(), frac_part.end(), std::copy(int_part.begin(), int_part.end(), buf));
    return of_digits(std::string_view(buf, n), exp, false);
  }
  std::string joined;
  joined.reserve(n);
  joined.append(int_part);
  joined.append(frac_part);
  return of_digits(joined, exp, false);
}

std::string Decimal::digit_string() const {
  if (wide_) return *wide_;
  if (mant_ == 0) return std::string();
  char buf[20];
  const char* p = write_digits(mant_, buf + sizeof buf);
  return std::string(p, static_cast<std::size_t>(buf + sizeof buf - p));
}

long Decimal::size() const {
  if (wide_) return static_cast<long>(wide_->size());
  return mant_ ? digits_of(mant_) : 0;
}

long Decimal::int_digits() const {
  long n = size() + exp_;
  return n > 0 ? n : 0;
}

Decimal Decimal::shifted(long k) const {
  // Every Decimal is made in its one form, so a shift by nothing (most
  // numerals have no exponent or Latin magnitude) is the value itself.
  if (overflow_ || is_zero() || k == 0) return *this;
  if (k > 2 * kMaxDigits || k < -2 * kMaxDigits) return overflowed();
  Decimal d = *this;
  d.exp_ += k;
  d.check_range();
  return d;
}

int Decimal::cmp_abs(const Decimal& a, const Decimal& b) {
  // (An overflowed value has no digits and compares as zero.)
  const bool za = a.mant_ == 0 && !a.wide_, zb = b.mant_ == 0 && !b.wide_;
  if (za || zb) return za ? (zb ? 0 : -1) : 1;
  const long sa = a.size(), sb = b.size();
  const long ma = sa + a.exp_, mb = sb + b.exp_;
  if (ma != mb) return ma < mb ? -1 : 1;
  // Same magnitude: compare digit strings as left-aligned fractions.
  if (!a.wide_ && !b.wide_) {
    std::uint64_t x = a.mant_, y = b.mant_;
    if (sa < sb)
      x *= kPow10[sb - sa];
    else
      y *= kPow10[sa - sb];
    return x == y ? 0 : x < y ? -1 : 1;
  }
  const std::string da = a.digit_string(), db = b.digit_string();
  std::size_t n = std::max(da.size(), db.size());
  for (std::size_t i = 0; i < n; ++i) {
    char x = i < da.size() ? da[i] : '0';
    char y = i < db.size() ? db[i] : '0';
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

Decimal Decimal::add_abs(const Decimal& a, const Decimal& b) {
  long e = std::min(a.exp_, b.exp_);
  if (!a.wide_ && !b.wide_) {
    // Both aligned below 10^18: their sum fits in 64 bits.
    const long da = a.exp_ - e, db = b.exp_ - e;
    if (digits_of(a.mant_) + da <= kSmallDigits && digits_of(b.mant_) + db <= kSmallDigits)
      return of_integer(a.mant_ * kPow10[da] + b.mant_ * kPow10[db], e, false);
  }
  std::string x = aligned(a.digit_string(), a.exp_, e), y = aligned(b.digit_string(), b.exp_, e);
  if (x.size() < y.size()) std::swap(x, y);
  std::string out(x.size() + 1, '0');
  int carry = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    int s = (x[x.size() - 1 - i] - '0') + carry + (i < y.size() ? y[y.size() - 1 - i] - '0' : 0);
    out[out.size() - 1 - i] = static_cast<char>('0' + s % 10);
    carry = s / 10;
  }
  out[0] = static_cast<char>('0' + carry);
  return of_digits(out, e, false);
}

Decimal Decimal::sub_abs(const Decimal& a, const Decimal& b) {
  long e = std::min(a.exp_, b.exp_);
  if (!a.wide_ && !b.wide_) {
    const long da = a.exp_ - e, db = b.exp_ - e;
    if (digits_of(a.mant_) + da <= kSmallDigits && digits_of(b.mant_) + db <= kSmallDigits)
      return of_integer(a.mant_ * kPow10[da] - b.mant_ * kPow10[db], e, false);
  }
  std::string x = aligned(a.digit_string(), a.exp_, e), y = aligned(b.digit_string(), b.exp_, e);
  std::string out(x.size(), '0');
  int borrow = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    int s = (x[x.size() - 1 - i] - '0') - borrow - (i < y.size() ? y[y.size() - 1 - i] - '0' : 0);
    borrow = s < 0;
    if (s < 0) s += 10;
    out[out.size() - 1 - i] = static_cast<char>('0' + s);
  }
  return of_digits(out, e, false);
}

Decimal Decimal::operator+(const Decimal& o) const {
  if (overflow_ || o.overflow_) return overflowed();
  if (is_zero()) return o;
  if (o.is_zero()) return *this;
  // Operands far apart would need a huge aligned string; that sum cannot be
  // printed within kMaxDigits anyway.
  if (std::max(exp_, o.exp_) - std::min(exp_, o.exp_) > 2 * kMaxDigits) return overflowed();
  if (negative_ == o.negative_) {
    Decimal d = add_abs(*this, o);
    d.negative_ = negative_ && (d.mant_ != 0 || d.wide_);
    return d;
  }
  int c = cmp_abs(*this, o);
  if (c == 0) return Decimal();
  Decimal d = c > 0 ? sub_abs(*this, o) : sub_abs(o, *this);
  d.negative_ = c > 0 ? negative_ : o.negative_;
  return d;
}

Decimal Decimal::operator-(const Decimal& o) const {
  Decimal n = o;
  n.negate();
  return *this + n;
}

Decimal Decimal::operator*(const Decimal& o) const {
  if (overflow_ || o.overflow_) return overflowed();
  if (is_zero() || o.is_zero()) return Decimal();
  const bool negative = negative_ != o.negative_;
  std::uint64_t product;
  if (!wide_ && !o.wide_ && !__builtin_mul_overflow(mant_, o.mant_, &product))
    return of_integer(product, exp_ + o.exp_, negative);
  const std::string a = digit_string(), b = o.digit_string();
  std::vector<int> acc(a.size() + b.size(), 0);
  for (std::size_t i = 0; i < a.size(); ++i)
    for (std::size_t j = 0; j < b.size(); ++j) acc[i + j + 1] += (a[i] - '0') * (b[j] - '0');
  for (std::size_t k = acc.size() - 1; k > 0; --k) {
    acc[k - 1] += acc[k] / 10;
    acc[k] %= 10;
  }
  std::string digits;
  digits.reserve(acc.size());
  for (int v : acc) digits += static_cast<char>('0' + v);
  return of_digits(digits, exp_ + o.exp_, negative);
}

bool Decimal::operator==(const Decimal& o) const {
  return overflow_ == o.overflow_ && mant_ == o.mant_ && exp_ == o.exp_ &&
         negative_ == o.negative_ && (wide_ ? o.wide_ && *wide_ == *o.wide_ : !o.wide_);
}

bool Decimal::operator<(const Decimal& o) const {
  if (negative_ != o.negative_) return negative_;
  int c = cmp_abs(*this, o);
  return negative_ ? c > 0 : c < 0;
}

std::string Decimal::str() const {
  if (overflow_) return "";
  if (is_zero()) return "0";
  char small[20];
  std::string_view digits;
  if (wide_) {
    digits = *wide_;
  } else {
    const char* p = write_digits(mant_, small + sizeof small);
    digits = std::string_view(p, static_cast<std::size_t>(small + sizeof small - p));
  }
  // The usual value (a few digits) is written into a buffer and copied out
  // once, instead of grown by appends (a value per number of a report).
  const std::size_t n = digits.size();
  const long point = static_cast<long>(n) + exp_;  // digits before the point
  const std::size_t len =
      (negative_ ? 1 : 0) + (exp_ >= 0   ? static_cast<std::size_t>(point)
                             : point > 0 ? n + 1
                                         : n + 2 + static_cast<std::size_t>(-point));
  char buf[64];
  if (len <= sizeof buf) {
    char* w = buf;
    if (negative_) *w++ = '-';
    if (exp_ >= 0) {
      w = std::copy(digits.begin(), digits.end(), w);
      w = std::fill_n(w, exp_, '0');
    } else if (point > 0) {
      w = std::copy(digits.begin(), digits.begin() + point, w);
      *w++ = '.';
      w = std::copy(digits.begin() + point, digits.end(), w);
    } else {
      *w++ = '0';
      *w++ = '.';
      w = std::fill_n(w, -point, '0');
      w = std::copy(digits.begin(), digits.end(), w);
    }
    return std::string(buf, static_cast<std::size_t>(w - buf));
  }
  std::string out = negative_ ? "-" : "";
  if (exp_ >= 0) {
    out += digits;
    out.append(static_cast<std::size_t>(exp_), '0');
    return out;
  }
  if (point > 0) {
    out += digits.substr(0, static_cast<std::size_t>(point));
    out += '.';
    out += digits.substr(static_cast<std::size_t>(point));
  } else {
    out += "0.";
    out.append(static_cast<std::size_t>(-point), '0');
    out += digits;
  }
  return out;
}

double Decimal::to_double() const {
  if (overflow_) return HUGE_VAL;
  if (is_zero()) return 0;
  // Up to 15 digits and a power of ten up to 22 are both exact doubles, so
  // one multiplication or division rounds once, correctly: the same double
  // strtod gives, without building and parsing a string (nearly every
  // value of a report).
  static constexpr double kPow10d[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                       1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                       1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  if (!wide_ && mant_ < kPow10[15] && exp_ >= -22 && exp_ <= 22) {
    const double d = static_cast<double>(mant_);
    const double v = exp_ >= 0 ? d * kPow10d[exp_] : d / kPow10d[-exp_];
    return negative_ ? -v : v;
  }
  std::string s = negative_ ? "-" : "";
  s += digit_string();
  s += 'e';
  s += std::to_string(exp_);
  return std::strtod(s.c_str(), nullptr);
}

long Decimal::small_int(long limit) const {
  if (overflow_ || negative_ || exp_ < 0) return -1;
  if (is_zero()) return 0;
  // (The digit form has more than twelve digits before the point.)
  if (wide_ || exp_ > 12 || digits_of(mant_) + exp_ > 12) return -1;
  // Twelve digits or fewer: the integer form.
  long v = static_cast<long>(mant_);
  for (long i = 0; i < exp_; ++i) v *= 10;
  return v <= limit ? v : -1;
}

}  // namespace mubiao::numbers
