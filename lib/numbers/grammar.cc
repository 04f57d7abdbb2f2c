#include "numbers/grammar.h"

#include <cstdlib>
#include <string>
#include <vector>

#include "text/utf8.h"

namespace mubiao::numbers {

namespace {

enum class T { num, zero, small, mag, approx, tail };
struct Tok {
  T t = T::num;
  Decimal v;
  int p = 0;  // power of ten for small/mag
  bool arabic = false;
  std::string seq;      // digits of a Chinese digit sequence (num only)
  bool frac = false;    // a fraction (三点五, 1.5) or a written leading zero (01)
  bool tens = false;    // the digit half of 廿, 卅, 卌 (read as 二十 …): it and
                        // the 十 after it are one character, kept or dropped together
  std::size_t end = 0;  // byte after the token
};
Tok make(T t, Decimal v = Decimal(), int p = 0) {
  Tok k;
  k.t = t;
  k.v = std::move(v);
  k.p = p;
  return k;
}

// A numeral is a quantity, not a string of characters: more tokens than any
// real number needs means garbage (一一一…, 万万万…).
constexpr std::size_t kMaxTokens = 40;
constexpr std::size_t kMaxSequence = 24;

// (Inline: the numeral readers peek at every character they pass, and a
// call cost more than the decoding.)
[[gnu::always_inline]] inline char32_t peek(std::string_view text, std::size_t i, std::size_t end,
                                            std::size_t& next) {
  next = i;
  if (i >= end) return 0;
  return utf8::fold_width(utf8::decode(text, next));
}

// Reads Arabic digits with ',' grouping and one '.' at i; returns the end.
std::size_t read_arabic(std::string_view text, std::size_t i, std::size_t end, std::string& ip,
                        std::string& fp, long& exponent) {
  bool in_frac = false, wide = false;
  while (i < end) {
    std::size_t j;
    char32_t c = peek(text, i, end, j);
    if (c >= U'0' && c <= U'9') {
      (in_frac ? fp : ip) += static_cast<char>(c);
      wide = j - i > 1;
      i = j;
      continue;
    }
    std::size_t k;
    char32_t d = peek(text, j, end, k);
    bool digit_next = d >= U'0' && d <= U'9';
    if (c == U'.' && !in_frac && digit_next) {
      in_frac = true;
      i = j;
      continue;
    }
    // Scientific notation: 2e5, 12.32e+14 (not followed by letters: 5e mode).
    if ((c == U'e' || c == U'E') && !ip.empty()) {
      std::size_t m = j;
      if (m < end && (text[m] == '+' || text[m] == '-')) ++m;
      std::size_t digits_at = m;
      while (m < end && m - digits_at < 4 && text[m] >= '0' && text[m] <= '9') ++m;
      bool letter_after = m < end && ((text[m] | 0x20) >= 'a' && (text[m] | 0x20) <= 'z');
      if (m > digits_at && !letter_after && !(m < end && text[m] >= '0' && text[m] <= '9')) {
        exponent = std::strtol(std::string(text.substr(j, m - j)).c_str(), nullptr, 10);
        return m;
      }
    }
    // Thousands grouping: ',' followed by exactly three digits. The
    // full-width '，' only between full-width digits (１１１，１１１), since in
    // running text it separates clauses.
    if (c == U',' && (text[i] == ',' || wide) && !in_frac && digit_next && !ip.empty()) {
      std::size_t m = j, n = 0;
      while (n < 4) {
        std::size_t k2;
        char32_t g = peek(text, m, end, k2);
        if (g < U'0' || g > U'9') break;
        m = k2;
        ++n;
      }
      if (n == 3) {
        i = j;
        continue;
      }
    }
    break;
  }
  return i;
}

struct Eval {
  bool ok = false;
  bool approx = false;
  Decimal value;
};

// Evaluates toks; with `first`, the token at index `at` reads as that value
// (one digit of a vague pair such as 三四 in 三四十万).
Eval evaluate(const std::vector<Tok>& toks, std::size_t at, const Decimal* first) {
  const std::size_t from = 0;
  struct Item {
    Decimal v;
    int p;
  };
  std::vector<Item> items;
  Decimal section;
  std::optional<Decimal> pend;
  bool pend_single = false, scale_before_pend = false;
  bool prev_scale = false, prev_mag = false;
  int last_p = -1, sec_last_small = 4, last_mag_p = -1, repeated = 0;
  Eval r;
  Decimal tail;
  for (std::size_t k = from; k < toks.size(); ++k) {
    const Tok& tok = toks[k];
    switch (tok.t) {
      case T::num:
      case T::approx:
        if (pend) return r;
        if (tok.t == T::approx) r.approx = true;
        {
          const bool over = first && k == at;
          pend = over ? *first : tok.v;
          // Only a lone digit can be the elided next place (两千五, 13万2).
          pend_single = over || (tok.t == T::num && !tok.frac &&
                                 (tok.arabic ? pend->small_int(9) >= 0 : tok.seq.size() == 1));
          // A string of Chinese digits (二〇二四) is a number only on its own.
          if (!over && tok.seq.size() > 1 && !tok.frac && toks.size() > 1) return r;
        }
        scale_before_pend = prev_scale;
        prev_scale = prev_mag = false;
        break;
      case T::zero: prev_scale = prev_mag = false; break;
      case T::tail:
        tail = tok.v;  // 两千三点一: the fraction after the whole number
        break;
      case T::small: {
        if (tok.p >= sec_last_small) return r;
        Decimal m = pend && !pend->is_zero() ? *pend : Decimal::of(1);  // 零十 = 十
        section = section + m.shifted(tok.p);
        pend.reset();
        sec_last_small = last_p = tok.p;
        prev_scale = true;
        prev_mag = false;
        break;
      }
      case T::mag: {
        if (!tail.is_zero()) {  // 二十点一万: the fraction is part of what 万 scales
          section = section + tail;
          tail = Decimal();
        }
        // 百二万: a lone digit right after 十百千 is the next place down,
        // before a magnitude as at the end (一百二十万 is spelled out).
        if (pend && pend_single && scale_before_pend && last_p >= 2 && last_p <= 3 && !prev_mag)
          *pend = pend->shifted(last_p - 1);
        bool have = pend || !section.is_zero();
        Decimal sum = section + (pend ? *pend : Decimal());
        if (!have && k == from && tok.p <= 8) {
          // A leading 万/亿 counts one of them (向万亿元迈进); whether that
          // makes a number is the caller's call.
          sum = Decimal::of(1);
          have = true;
        } else if (!have) {
          // 万亿, 亿万: a magnitude applied to the one just before it. The
          // same one twice is the old 万万 (亿); three times (万万万) is malformed.
          if (!prev_mag || items.empty() || (last_mag_p == tok.p && repeated++)) return r;
          sum = items.back().v;
          items.pop_back();
        }
        while (!items.empty() && items.back().p < tok.p) {
          sum = sum + items.back().v;
          items.pop_back();
        }
        if (!items.empty() && items.back().p <= tok.p && have) return r;
        sum = sum.shifted(tok.p);
        int p = have ? tok.p : tok.p + (prev_mag ? last_p : 0);
        items.push_back(Item{sum, p});
        section = Decimal();
        pend.reset();
        sec_last_small = 4;
        last_p = p;
        last_mag_p = tok.p;
        prev_scale = prev_mag = true;
        break;
      }
    }
  }
  Decimal total;
  for (const Item& it : items) total = total + it.v;
  total = total + section;
  if (pend) {
    Decimal last_digit = *pend;
    if (pend_single && scale_before_pend && last_p >= 1)
      last_digit = last_digit.shifted(last_p - 1);
    total = total + last_digit;
  }
  r.value = total + tail;
  r.ok = true;
  return r;
}

// Whether a numeral that reached i ends there: nothing that the token
// reader would read on follows (a numeral character, a point, a comma, an
// exponent, a space).
bool ends_plainly(std::string_view text, std::size_t i, std::size_t end) {
  if (i >= end) return true;
  // An ASCII character (most often after a number) from its byte: of
  // ASCII only the digits are numeral characters.
  if (const auto b = static_cast<unsigned char>(text[i]); b < 0x80)
    return b != ',' && b != '.' && b != 'e' && b != 'E' && b != ' ' && (b < '0' || b > '9');
  std::size_t j = i;
  const char32_t c = peek(text, i, end, j);
  return c != U',' && c != U'.' && c != U'e' && c != U'E' && c != U' ' &&
         classify(c).kind == NumChar::none;
}

// The usual numerals of a report, read here without tokens: ASCII digits
// with at most one point (2025, 44.77) or one Chinese digit (一, 两), and
// after them at most one 十百千 or 万亿 (46万, 1.2亿, 三百) that starts no
// unit (千瓦), ending plainly; or a lone 十百千 or 万亿 ending plainly. The token reader gives the
// same Numeral (tests/fast_paths_test.cc). False for anything else, r then partly written (the
// caller starts anew): r is written in place, not copied, since scan_numeral asks at every number
// of a report.
bool read_plain(std::string_view text, std::size_t pos, std::size_t end, const Lexicon& units,
                Numeral& r) {
  if (pos >= end) return false;  // the token reader answers an empty range
  std::size_t i = pos;
  if (text[pos] >= '0' && text[pos] <= '9') {
    // Longer runs are left to the token reader, which bounds them.
    constexpr std::size_t kMaxPlainDigits = 30;
    const auto digit = [&](std::size_t k) { return k < end && text[k] >= '0' && text[k] <= '9'; };
    // The digits are read into an integer as they are passed (it wraps
    // past 19 digits, when it is not used).
    std::uint64_t mant = 0;
    while (digit(i)) mant = mant * 10 + static_cast<std::uint64_t>(text[i++] - '0');
    const std::size_t int_end = i;
    if (i < end && text[i] == '.' && digit(i + 1)) {
      for (++i; digit(i); ++i) mant = mant * 10 + static_cast<std::uint64_t>(text[i] - '0');
    }
    if (i - pos > kMaxPlainDigits) return false;
    const std::string_view ip = text.substr(pos, int_end - pos);
    const std::string_view fp =
        i > int_end ? text.substr(int_end + 1, i - int_end - 1) : std::string_view();
    r.value = ip.size() + fp.size() <= static_cast<std::size_t>(Decimal::kSmallDigits)
                  ? Decimal::of_scaled(mant, -static_cast<long>(fp.size()))
                  : Decimal::from_digits(ip, fp);
    r.arabic = true;
    r.point = !fp.empty();
    r.int_digits = static_cast<int>(ip.size());
  } else {
    const NumCharInfo info = classify(peek(text, pos, end, i));
    if (info.kind == NumChar::small || (info.kind == NumChar::magnitude && info.value <= 8)) {
      // A lone 十百千 or 万亿 (十大工程, 百年, 万人): one of it, unless a
      // unit starts there (千瓦) or more numeral follows (十五, 万亿).
      const LexEntry* u = units.match(text, pos);
      if ((u && u->word.size() > i - pos) || !ends_plainly(text, i, end)) return false;
      r.value = Decimal::of(1).shifted(info.value);
      r.ok = r.scaled = r.chinese = true;
      r.chars = 1;
      r.end = i;
      return true;
    }
    if (info.kind != NumChar::digit) return false;
    r.value = Decimal::of(static_cast<unsigned long>(info.value));
    r.chinese = true;
  }
  r.ok = r.digits = true;
  r.chars = 1;
  if (i < end) {
    std::size_t j;
    const NumCharInfo scale = classify(peek(text, i, end, j));
    if (scale.kind == NumChar::small || scale.kind == NumChar::magnitude) {
      // A unit that starts with it (千瓦, 千米) ends the numeral before it.
      const LexEntry* u = units.match(text, i);
      if (!(u && u->word.size() > j - i)) {
        // 0千 reads as 千 (1000): left to the token reader.
        if (r.value.is_zero() || !ends_plainly(text, j, end)) return false;
        r.value = r.value.shifted(scale.value);
        r.scaled = r.chinese = true;
        r.chars = 2;
        i = j;
      }
    } else if (!ends_plainly(text, i, end)) {
      return false;
    }
  }
  r.end = i;
  return true;
}

// 三四, 七八: neighbouring digits; 三五 (three to five) is the one common
// wider pair.
bool consecutive_pair(const std::string& seq) {
  return seq.size() == 2 && seq[0] >= '1' && (seq[1] == seq[0] + 1 || seq == "35");
}

}  // namespace

int scan_magnitudes(std::string_view text, std::size_t pos, std::size_t end, const Lexicon& units,
                    std::size_t& end_out) {
  int power = 0;
  end_out = pos;
  std::size_t i = pos;
  while (i < end && power < 64) {
    std::size_t j;
    NumCharInfo info = classify(peek(text, i, end, j));
    if (info.kind != NumChar::magnitude) break;
    if (const LexEntry* u = units.match(text, i); u && u->word.size() > j - i) break;
    power += info.value;
    i = end_out = j;
  }
  return power;
}

Numeral scan_numeral(std::string_view text, std::size_t pos, std::size_t end,
                     const Lexicon& units) {
  Numeral n;
  n.start = n.end = pos;
  if (read_plain(text, pos, end, units, n)) return n;
  // Nothing numeric starts here (most reads after a unit, a joiner or 份):
  // the token reader's answer without setting it up. Nor does a point,
  // but for '.' before digits (.5).
  std::size_t j;
  const char32_t c = peek(text, pos, end, j);
  const NumChar kind = classify(c).kind;
  if ((kind == NumChar::none || kind == NumChar::point) && c != U'.') {
    n = Numeral();
    n.start = n.end = pos;
    return n;
  }
  return scan_numeral_tokens(text, pos, end, units);
}

Numeral scan_numeral_tokens(std::string_view text, std::size_t pos, std::size_t end,
                            const Lexicon& units) {
  Numeral n;
  n.start = n.end = pos;
  // The tokens of one numeral, in a vector kept per thread: the scanner
  // reads one numeral at a time (never one inside another), and a vector
  // that grows anew for every numeral of a report (1, 2, 4 tokens…)
  // allocated and moved more than the numeral took to read.
  thread_local std::vector<Tok> scratch;
  std::vector<Tok>& toks = scratch;
  toks.clear();
  bool malformed = false;
  std::size_t i = pos, good_end = pos;
  auto push = [&](Tok t) {
    if (toks.size() >= kMaxTokens)
      malformed = true;
    else
      toks.push_back(std::move(t));
  };
  while (i < end) {
    std::size_t j;
    char32_t c = peek(text, i, end, j);
    NumCharInfo info = classify(c);
    Tok* last = toks.empty() ? nullptr : &toks.back();
    bool last_num = last && (last->t == T::num || last->t == T::approx);
    if (c == U'.' && toks.empty() && i == pos) {
      std::size_t k;
      char32_t d = peek(text, j, end, k);
      if (!(d >= U'0' && d <= U'9')) break;
      info.kind = NumChar::arabic;  // .5: read as 0.5
    }
    if (info.kind == NumChar::arabic) {
      if (last_num) break;
      std::string ip, fp;
      long exponent = 0;
      j = read_arabic(text, i, end, ip, fp, exponent);
      Tok t = make(T::num, Decimal::from_digits(ip, fp).shifted(exponent));
      n.digits = true;
      t.arabic = true;
      // 1百01: a written leading zero is a 零, so no place is elided.
      t.frac = !fp.empty() || (ip.size() > 1 && ip[0] == '0');
      if (!fp.empty()) n.point = true;
      n.int_digits = static_cast<int>(ip.size());
      n.arabic = true;
      push(std::move(t));
    } else if (info.kind == NumChar::digit || info.kind == NumChar::zero) {
      if (last_num && (last->arabic || last->frac || last->t == T::approx)) break;
      if ((info.use & numerals::kBesideNumeralsOnly) && toks.empty()) {
        // ○ opens a numeral only when another numeral character follows.
        std::size_t k;
        if (classify(peek(text, j, end, k)).kind == NumChar::none) break;
      }
      const bool liang = info.use & numerals::kCounting;
      if (last_num && liang) break;  // 二两: a unit
      if (liang && last && (last->t == T::small || last->t == T::mag)) {
        // 5万亿两个台阶: a 两 after a unit with no numeral after it starts a
        // new number (两个), it is not the elided next place.
        std::size_t k;
        if (classify(peek(text, j, end, k)).kind == NumChar::none) break;
      }
      if (last_num) {
        if (last->seq.size() >= kMaxSequence)
          malformed = true;
        else
          last->seq += static_cast<char>('0' + info.value);
      } else if (info.kind == NumChar::zero && last) {
        push(make(T::zero));
      } else {
        Tok t = make(T::num);
        t.seq = std::string(1, static_cast<char>('0' + info.value));
        push(std::move(t));
      }
      n.chinese = true;
      n.digits = true;
    } else if (info.kind == NumChar::point) {
      std::size_t k;
      char32_t nc = peek(text, j, end, k);
      NumCharInfo next = classify(nc);
      // 两 is not a fraction digit (两百点两 is 200 and 2).
      bool frac_digit = numerals::is_sequence_digit(next);
      // 四百 点 五: spaces may stand around the point.
      while (nc == U' ' && k < end) {
        std::size_t k2;
        nc = peek(text, k, end, k2);
        if (nc == U' ' || classify(nc).kind == NumChar::digit ||
            classify(nc).kind == NumChar::zero) {
          j = k;
          k = k2;
        } else {
          break;
        }
      }
      next = classify(nc);
      frac_digit = numerals::is_sequence_digit(next);
      bool after_units = last && last->t != T::tail && last->t != T::zero && last->t != T::approx &&
                         (last->t == T::small || last->t == T::mag ||
                          (last_num && toks.size() > 1 && !last->arabic && !last->frac));
      if (frac_digit && after_units) {
        // 十点二三三, 两千三点一, 两千万点五五四四: a fraction after a whole numeral.
        std::string digits;
        while (true) {
          char32_t dc = peek(text, j, end, k);
          NumCharInfo d = classify(dc);
          if (!numerals::is_sequence_digit(d)) break;
          if (digits.size() < kMaxSequence)
            digits += static_cast<char>('0' + d.value);
          else
            malformed = true;
          j = k;
        }
        Tok t = make(T::tail, Decimal::from_digits("0", digits));
        push(std::move(t));
        n.point = true;
        n.chars++;
        i = j;
        good_end = i;
        toks.back().end = i;
        continue;
      }
      if (nc >= U'0' && nc <= U'9' && last && !(last_num && last->arabic)) {
        // 一百点123, 零點77: Arabic digits after a Chinese point.
        std::string digits;
        while (true) {
          char32_t dc = peek(text, j, end, k);
          if (dc < U'0' || dc > U'9') break;
          if (digits.size() < kMaxSequence)
            digits += static_cast<char>(dc);
          else
            malformed = true;
          j = k;
        }
        push(make(T::tail, Decimal::from_digits("0", digits)));
        n.point = n.arabic = true;
        n.chars++;
        i = good_end = j;
        toks.back().end = i;
        break;
      }
      if (!last_num || last->arabic || last->frac || last->t == T::approx || !frac_digit) break;
      last->frac = true;
      last->seq += '.';
      while (true) {
        char32_t dc = peek(text, j, end, k);
        NumCharInfo d = classify(dc);
        if (!numerals::is_sequence_digit(d)) break;
        if (last->seq.size() < kMaxSequence)
          last->seq += static_cast<char>('0' + d.value);
        else
          malformed = true;
        j = k;
      }
      n.point = true;
    } else if (info.kind == NumChar::small || info.kind == NumChar::magnitude) {
      // 千瓦, 千米, 百万千瓦: the unit wins over the numeral character.
      if (const LexEntry* u = units.match(text, i); u && u->word.size() > j - i) break;
      // 25万千升, 3万千亩: a 十百千 right after 万 or 亿 with no digit between
      // is no next place (that needs its digit: 一万一千), so the numeral ends.
      if (info.kind == NumChar::small && last && last->t == T::mag) break;
      push(make(info.kind == NumChar::small ? T::small : T::mag, Decimal(), info.value));
      n.scaled = n.chinese = true;
    } else if (info.kind == NumChar::tens) {
      if (last_num) break;
      Tok t = make(T::num);
      t.seq = std::string(1, static_cast<char>('0' + info.value));
      t.tens = true;
      t.end = j;
      push(std::move(t));
      push(make(T::small, Decimal(), 1));
      n.digits = true;
      n.scaled = n.chinese = true;
    } else if (info.kind == NumChar::approx) {
      std::size_t k;
      NumCharInfo next = classify(peek(text, j, end, k));
      bool after_scale = last && (last->t == T::small || last->t == T::mag);
      bool before_scale = next.kind == NumChar::small || next.kind == NumChar::magnitude;
      if (last_num || !(after_scale || before_scale)) break;
      push(make(T::approx));
      n.digits = true;
    } else if ((c == U' ') && !toks.empty()) {
      // Spaces inside a numeral (三千 九百 六十五, 1000  万): skipped when a
      // Chinese numeral character follows.
      std::size_t k = j;
      char32_t d = peek(text, k, end, k);
      std::size_t after = j;
      while (d == U' ' && k < end) {
        after = k;
        d = peek(text, k, end, k);
      }
      NumCharInfo nd = classify(d);
      bool chinese_next = nd.kind == NumChar::digit || nd.kind == NumChar::small ||
                          nd.kind == NumChar::magnitude || nd.kind == NumChar::tens ||
                          nd.kind == NumChar::approx || nd.kind == NumChar::point;
      const Tok& prev = toks.back();
      bool prev_num = prev.t == T::num || prev.t == T::approx;
      bool digit_after_digit = nd.kind == NumChar::digit && prev_num;
      // 7万 5千: Arabic digits after a unit only when a unit follows them.
      bool arabic_unit_next = false;
      if (nd.kind == NumChar::arabic && !prev_num) {
        std::size_t m = k;
        char32_t g = d;
        while (g >= U'0' && g <= U'9') g = peek(text, m, end, m);
        NumCharInfo gi = classify(g);
        arabic_unit_next = gi.kind == NumChar::small || gi.kind == NumChar::magnitude;
      }
      bool point_ok =
          nd.kind == NumChar::point && !prev.arabic && prev.t != T::zero && prev.t != T::tail;
      if (nd.kind == NumChar::point && !point_ok) break;
      if (!(chinese_next || arabic_unit_next) || digit_after_digit || d == 0 ||
          (prev.arabic && nd.kind != NumChar::magnitude && nd.kind != NumChar::small))
        break;
      // Only the spaces: the next character is read by the next iteration.
      j = after;
      if (peek(text, j, end, k) == U' ') j = k;
    } else {
      break;
    }
    n.chars++;
    i = j;
    if (!toks.empty()) toks.back().end = i;
    if (!toks.empty() && toks.back().t != T::zero) good_end = i;
    if (!toks.empty() && toks.back().t == T::tail) break;  // nothing follows a fraction
  }
  // A trailing 零 belongs to no number (两千零 is 两千 then 零…).
  while (!toks.empty() && toks.back().t == T::zero) toks.pop_back();
  n.end = malformed ? i : good_end;
  if (toks.empty() || malformed) return n;

  // Chinese digit sequences become values now that they are complete.
  for (Tok& t : toks) {
    if (t.t != T::num || t.arabic) continue;
    std::size_t dot = t.seq.find('.');
    t.v = dot == std::string::npos
              ? Decimal::from_digits(t.seq)
              : Decimal::from_digits(t.seq.substr(0, dot), t.seq.substr(dot + 1));
  }
  const Tok& head = toks.front();
  n.sequence =
      toks.size() == 1 && head.t == T::num && !head.arabic && head.seq.size() > 1 && !head.frac;
  if (n.sequence) n.int_digits = static_cast<int>(head.seq.size());
  if (!head.arabic && head.t == T::num && head.frac)
    n.int_digits = static_cast<int>(head.seq.find('.'));
  std::size_t pair_at = toks.size();
  for (std::size_t k = 0; k < toks.size(); ++k)
    if (toks[k].t == T::num && !toks[k].arabic && !toks[k].frac && consecutive_pair(toks[k].seq))
      pair_at = k;
  if (toks.size() > 1 && pair_at < toks.size()) {
    // 三四十万, 十五六, 一万六七: two neighbouring digits give a vague range.
    const std::string& seq = toks[pair_at].seq;
    Decimal lo = Decimal::of(static_cast<unsigned long>(seq[0] - '0'));
    Decimal hi = Decimal::of(static_cast<unsigned long>(seq[1] - '0'));
    Eval a = evaluate(toks, pair_at, &lo), b = evaluate(toks, pair_at, &hi);
    if (!a.ok || !b.ok) return n;
    n.value = a.value;
    n.upper = b.value;
    n.approximate = true;
    n.ok = true;
    return n;
  }
  Eval e = evaluate(toks, 0, nullptr);
  // 五十千: when the whole run does not read as one number, its longest
  // leading part that does is the number (at most kMaxTokens retries).
  while (!e.ok && toks.size() > 1) {
    toks.pop_back();
    // 十卅: without its 十 the 三 of 卅 is no numeral of the text.
    if (toks.size() > 1 && toks.back().tens) toks.pop_back();
    while (toks.size() > 1 && toks.back().t == T::zero) toks.pop_back();
    e = evaluate(toks, 0, nullptr);
    if (e.ok) n.end = toks.back().end;
  }
  if (!e.ok) return n;
  n.value = e.value;
  n.approximate = e.approx;
  n.ok = true;
  return n;
}

}  // namespace mubiao::numbers
