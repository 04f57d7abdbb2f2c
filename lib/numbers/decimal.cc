#include "numbers/decimal.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace mubiao::numbers {

Decimal Decimal::of(unsigned long v) {
  // The digits written into a buffer, not a std::string printed and parsed
  // (one per small number of a report).
  char buf[24];
  char* p = buf + sizeof buf;
  do {
    *--p = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v);
  return from_digits(std::string_view(p, static_cast<std::size_t>(buf + sizeof buf - p)));
}

Decimal Decimal::overflowed() {
  Decimal d;
  d.overflow_ = true;
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
  Decimal d;
  d.exp_ = -static_cast<long>(frac_part.size());
  const std::size_t n = int_part.size() + frac_part.size();
  char buf[64];
  if (n <= sizeof buf) {
    // The usual numeral (a few digits): trimmed in a buffer and copied once,
    // what trim() makes of the whole string.
    std::copy(frac_part.begin(), frac_part.end(), std::copy(int_part.begin(), int_part.end(), buf));
    std::size_t lead = 0, last = n;
    while (lead < n && buf[lead] == '0') ++lead;
    if (lead == n) return Decimal();
    while (buf[last - 1] == '0') --last;
    d.digits_.assign(buf + lead, last - lead);
    d.exp_ += static_cast<long>(n - last);
    return d;
  }
  d.digits_.reserve(n);
  d.digits_.append(int_part);
  d.digits_.append(frac_part);
  d.trim();
  return d;
}

void Decimal::trim() {
  if (overflow_) return;
  std::size_t lead = digits_.find_first_not_of('0');
  if (lead == std::string::npos) {
    digits_.clear();
    exp_ = 0;
    negative_ = false;
    return;
  }
  digits_.erase(0, lead);
  std::size_t last = digits_.find_last_not_of('0');
  exp_ += static_cast<long>(digits_.size() - 1 - last);
  digits_.resize(last + 1);
  if (int_digits() > kMaxDigits || exp_ < -kMaxDigits) {
    digits_.clear();
    overflow_ = true;
  }
}

long Decimal::int_digits() const {
  long n = static_cast<long>(digits_.size()) + exp_;
  return n > 0 ? n : 0;
}

Decimal Decimal::shifted(long k) const {
  // Every Decimal is made trimmed, so a shift by nothing (most numerals
  // have no exponent or Latin magnitude) is the value itself.
  if (overflow_ || digits_.empty() || k == 0) return *this;
  if (k > 2 * kMaxDigits || k < -2 * kMaxDigits) return overflowed();
  Decimal d = *this;
  d.exp_ += k;
  d.trim();
  return d;
}

int Decimal::cmp_abs(const Decimal& a, const Decimal& b) {
  if (a.digits_.empty() || b.digits_.empty())
    return a.digits_.empty() ? (b.digits_.empty() ? 0 : -1) : 1;
  long ma = static_cast<long>(a.digits_.size()) + a.exp_;
  long mb = static_cast<long>(b.digits_.size()) + b.exp_;
  if (ma != mb) return ma < mb ? -1 : 1;
  // Same magnitude: compare digit strings as left-aligned fractions.
  std::size_t n = std::max(a.digits_.size(), b.digits_.size());
  for (std::size_t i = 0; i < n; ++i) {
    char x = i < a.digits_.size() ? a.digits_[i] : '0';
    char y = i < b.digits_.size() ? b.digits_[i] : '0';
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

namespace {
// Digits of d aligned to exponent e (e <= d's exponent), least significant last.
std::string aligned(const std::string& digits, long exp, long e) {
  std::string s = digits;
  s.append(static_cast<std::size_t>(exp - e), '0');
  return s;
}
}  // namespace

Decimal Decimal::add_abs(const Decimal& a, const Decimal& b) {
  long e = std::min(a.exp_, b.exp_);
  std::string x = aligned(a.digits_, a.exp_, e), y = aligned(b.digits_, b.exp_, e);
  if (x.size() < y.size()) std::swap(x, y);
  std::string out(x.size() + 1, '0');
  int carry = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    int s = (x[x.size() - 1 - i] - '0') + carry + (i < y.size() ? y[y.size() - 1 - i] - '0' : 0);
    out[out.size() - 1 - i] = static_cast<char>('0' + s % 10);
    carry = s / 10;
  }
  out[0] = static_cast<char>('0' + carry);
  Decimal d;
  d.digits_ = std::move(out);
  d.exp_ = e;
  d.trim();
  return d;
}

Decimal Decimal::sub_abs(const Decimal& a, const Decimal& b) {
  long e = std::min(a.exp_, b.exp_);
  std::string x = aligned(a.digits_, a.exp_, e), y = aligned(b.digits_, b.exp_, e);
  std::string out(x.size(), '0');
  int borrow = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    int s = (x[x.size() - 1 - i] - '0') - borrow - (i < y.size() ? y[y.size() - 1 - i] - '0' : 0);
    borrow = s < 0;
    if (s < 0) s += 10;
    out[out.size() - 1 - i] = static_cast<char>('0' + s);
  }
  Decimal d;
  d.digits_ = std::move(out);
  d.exp_ = e;
  d.trim();
  return d;
}

Decimal Decimal::operator+(const Decimal& o) const {
  if (overflow_ || o.overflow_) return overflowed();
  if (digits_.empty()) return o;
  if (o.digits_.empty()) return *this;
  // Operands far apart would need a huge aligned string; that sum cannot be
  // printed within kMaxDigits anyway.
  if (std::max(exp_, o.exp_) - std::min(exp_, o.exp_) > 2 * kMaxDigits) return overflowed();
  if (negative_ == o.negative_) {
    Decimal d = add_abs(*this, o);
    d.negative_ = negative_ && !d.digits_.empty();
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
  if (digits_.empty() || o.digits_.empty()) return Decimal();
  std::vector<int> acc(digits_.size() + o.digits_.size(), 0);
  for (std::size_t i = 0; i < digits_.size(); ++i)
    for (std::size_t j = 0; j < o.digits_.size(); ++j)
      acc[i + j + 1] += (digits_[i] - '0') * (o.digits_[j] - '0');
  for (std::size_t k = acc.size() - 1; k > 0; --k) {
    acc[k - 1] += acc[k] / 10;
    acc[k] %= 10;
  }
  Decimal d;
  d.digits_.reserve(acc.size());
  for (int v : acc) d.digits_ += static_cast<char>('0' + v);
  d.exp_ = exp_ + o.exp_;
  d.negative_ = negative_ != o.negative_;
  d.trim();
  return d;
}

bool Decimal::operator==(const Decimal& o) const {
  return overflow_ == o.overflow_ && digits_ == o.digits_ && exp_ == o.exp_ &&
         negative_ == o.negative_;
}

bool Decimal::operator<(const Decimal& o) const {
  if (negative_ != o.negative_) return negative_;
  int c = cmp_abs(*this, o);
  return negative_ ? c > 0 : c < 0;
}

std::string Decimal::str() const {
  if (overflow_) return "";
  if (digits_.empty()) return "0";
  // The usual value (a few digits) is written into a buffer and copied out
  // once, instead of grown by appends (a value per number of a report).
  const std::size_t n = digits_.size();
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
      w = std::copy(digits_.begin(), digits_.end(), w);
      w = std::fill_n(w, exp_, '0');
    } else if (point > 0) {
      w = std::copy(digits_.begin(), digits_.begin() + point, w);
      *w++ = '.';
      w = std::copy(digits_.begin() + point, digits_.end(), w);
    } else {
      *w++ = '0';
      *w++ = '.';
      w = std::fill_n(w, -point, '0');
      w = std::copy(digits_.begin(), digits_.end(), w);
    }
    return std::string(buf, static_cast<std::size_t>(w - buf));
  }
  std::string out = negative_ ? "-" : "";
  if (exp_ >= 0) {
    out += digits_;
    out.append(static_cast<std::size_t>(exp_), '0');
    return out;
  }
  if (point > 0) {
    out.append(digits_, 0, static_cast<std::size_t>(point));
    out += '.';
    out.append(digits_, static_cast<std::size_t>(point), std::string::npos);
  } else {
    out += "0.";
    out.append(static_cast<std::size_t>(-point), '0');
    out += digits_;
  }
  return out;
}

double Decimal::to_double() const {
  if (overflow_) return HUGE_VAL;
  if (digits_.empty()) return 0;
  // Up to 15 digits and a power of ten up to 22 are both exact doubles, so
  // one multiplication or division rounds once, correctly: the same double
  // strtod gives, without building and parsing a string (nearly every
  // value of a report).
  static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                      1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                      1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  if (digits_.size() <= 15 && exp_ >= -22 && exp_ <= 22) {
    std::uint64_t m = 0;
    for (char c : digits_) m = m * 10 + static_cast<std::uint64_t>(c - '0');
    const double d = static_cast<double>(m);
    const double v = exp_ >= 0 ? d * kPow10[exp_] : d / kPow10[-exp_];
    return negative_ ? -v : v;
  }
  std::string s = negative_ ? "-" : "";
  s += digits_;
  s += 'e';
  s += std::to_string(exp_);
  return std::strtod(s.c_str(), nullptr);
}

long Decimal::small_int(long limit) const {
  if (overflow_ || negative_ || exp_ < 0) return -1;
  if (digits_.empty()) return 0;
  if (int_digits() > 12) return -1;
  long v = 0;
  for (char c : digits_) v = v * 10 + (c - '0');
  for (long i = 0; i < exp_; ++i) v *= 10;
  return v <= limit ? v : -1;
}

}  // namespace mubiao::numbers
