#include "numbers/expression.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>

#include "numbers/chars.h"
#include "numbers/forms.h"
#include "numbers/fractions.h"
#include "numbers/grammar.h"
#include "numbers/qualifiers.h"
#include "numbers/units.h"
#include "numbers/values.h"

namespace mubiao::numbers {

namespace {

// Whether the number at pos follows another in a quotation, one Han word
// character between them that is no unit (“保8争9”; not “3个100”, “8·21”).
// The look back (at most kMaxQuotedChars characters after the “) may pass
// the floor: a number read before is still text.
bool follows_number_in_quote(const Tables& t, std::string_view text, std::size_t pos) {
  std::size_t i = pos;
  if (i == 0 || !utf8::is_han(utf8::decode_before(text, i)) || unit_at(t, text, i)) return false;
  if (i == 0) return false;
  const char32_t digit = utf8::decode_before(text, i);
  if (digit < U'0' || digit > U'9') return false;
  constexpr int kMaxQuotedChars = 8;
  for (int k = 0; k < kMaxQuotedChars && i > 0; ++k) {
    const char32_t c = utf8::decode_before(text, i);
    if (c == U'“') return true;
    if (c == U'”') return false;
  }
  return false;
}

// Heading and list markers: 一、 （二） 3. are not quantities.
// With `spaced`, also a numeral opening a line before a space (一 总体要求).
bool list_marker(std::string_view text, std::size_t start, std::size_t end, std::size_t floor,
                 bool spaced) {
  char32_t prev = before(text, start, floor), next = at(text, end);
  // Markers open a line (or follow a heading's "## "); 5、6月份 and
  // 4万亿、5万亿 in running text are numbers.
  const bool line_start =
      prev == 0 || prev == U'\n' || prev == U' ' || prev == U'\t' || prev == U'#';
  return prev == U'(' || (line_start && (next == U'、' || next == U')' || next == U'.' ||
                                         (spaced && next == U' ')));
}

// What a read that found f returns: made in place as the caller's result
// (a prvalue), so that the mention is moved once, not into a local result
// that is then moved again.
ReadResult found(Found&& f, std::size_t next) { return ReadResult{std::move(f), next}; }

// "-x" for "x" and "x" for "-x": a sign applied to a written number.
std::string negated(const std::string& s) {
  return !s.empty() && s[0] == '-' ? s.substr(1) : "-" + s;
}

}  // namespace

ReadResult read_expression(const Tables& t, std::string_view full, std::size_t pos, std::size_t end,
                           std::size_t floor, bool rewrites, int depth, bool after_whole) {
  const std::string_view text = full.substr(0, end);
  ReadResult r;
  const char32_t c = at(text, pos, r.next);
  // The lists asked at pos and after the numeral have no word starting
  // with the character there at nearly every number: each is asked only
  // where its filter (Lexicon::may_start) lets that character through, the
  // character read once for all of them.
  const char32_t c_raw = raw_at(text, pos);

  if (const LexEntry* e =
          t.ordinal_prefix.may_start(c_raw) ? match(t.ordinal_prefix, text, pos) : nullptr)
    return ordinal_after_prefix(t, text, pos, pos + e->word.size(), floor);
  if (const LexEntry* e =
          t.multiple_prefix.may_start(c_raw) ? match(t.multiple_prefix, text, pos) : nullptr) {
    ReadResult m = multiple(t, text, pos, pos + e->word.size());
    if (m.found) prefix_qualifier(t, text, floor, m.found->mention);
    return m;
  }
  // (A plan starts with 十: the usual number is no plan, asked without a call.)
  if (c == U'十')
    if (ReadResult p = plan(t, text, pos); p.found) return p;
  if (const LexEntry* h = t.half.may_start(c_raw) ? half_at(t, text, pos) : nullptr) {
    // 一半, 1半, 半个: one half (a digit right after is another number: 一半3…).
    Found f;
    Mention& m = f.mention;
    m.kind = NumberKind::fraction;
    set_value(m, Decimal::from_digits("0", "5"));
    m.unit = h->tag;
    m.span = Span{pos, pos + h->word.size()};
    m.span.end = suffix_qualifier(t, text, m.span.end, m);
    prefix_qualifier(t, text, floor, m);
    if (rewrites) f.rewrites.push_back(Rewrite{Span{pos, pos + h->word.size()}, "0.5" + h->tag});
    const std::size_t next = m.span.end;
    return found(std::move(f), next);
  }
  if (const LexEntry* e = depth < kMaxDepth && t.negative.may_start(c_raw)
                              ? match(t.negative, text, pos)
                              : nullptr) {
    // 负3.9%, -10000: a sign only where no number or word runs into it.
    std::size_t a = pos + e->word.size();
    if (e->word.size() > 1)  // 负 1,200,000: a written-out sign may stand apart
      while (a < end && text[a] == ' ') ++a;
    char32_t prev = before(text, pos, 0);
    if (is_alnum(prev) || is_numeral_char(prev) || a >= end) return r;
    // －－6.5: a sign before another sign is punctuation, not a double
    // negation; the last sign is read on its own.
    if (match(t.negative, text, a)) return r;
    ReadResult inner = read_expression(t, full, a, end, a, rewrites, depth + 1);
    if (!inner.found || inner.found->mention.span.start != a) return r;
    Mention& m = inner.found->mention;
    if (m.kind == NumberKind::ordinal || m.kind == NumberKind::year) return r;
    m.span.start = pos;
    m.value = -m.value;
    // The inner value may carry a sign of its own (－999千分之－9999: a signed
    // numerator): the exact text follows the double, never "--".
    if (!m.exact.empty() && m.exact != "0") m.exact = negated(m.exact);
    for (Rewrite& rw : inner.found->rewrites)
      if (rw.input.start == a) rw.input.start = pos, rw.text = negated(rw.text);
    if (rewrites &&
        (inner.found->rewrites.empty() || inner.found->rewrites.front().input.start != pos))
      inner.found->rewrites.insert(inner.found->rewrites.begin(), Rewrite{Span{pos, a}, "-"});
    return inner;
  }

  Numeral n = scan_numeral(text, pos, end, t.units);
  if (n.end == pos) return r;
  if (!n.ok) {
    r.next = n.end;
    return r;
  }
  // (百分之, 千分之: a part per power of ten is read only after a round
  // 百/千/万… with no digit, the test per_part starts with.)
  if (!n.digits && !n.upper)
    if (ReadResult p = per_part(t, text, pos, n, floor); p.found) return p;
  // 2026-02-09, 2022/10/01: the later parts of a date or code are not
  // quantities of their own.
  if (n.arabic && pos >= 2 && (text[pos - 1] == '-' || text[pos - 1] == '/') &&
      text[pos - 2] >= '0' && text[pos - 2] <= '9') {
    r.next = n.end;
    return r;
  }
  // Names and codes: PM2.5, G20, 5G, C919.
  std::size_t after_letter;
  char32_t after_n = at(text, n.end, after_letter);
  bool latin_suffix =
      after_n == U'k' || after_n == U'K' || after_n == U'M' || (after_n == U'G' && n.point);
  // The letters may stand a space or line break away (PM 2.5, PM_2.5).
  char32_t before_n = 0;
  for (std::size_t b = pos, k = 0; b > 0 && k < 3; ++k) {
    before_n = utf8::fold_width(utf8::decode_before(text, b));
    if (before_n != U' ' && before_n != U'\n' && before_n != U'_') break;
  }
  if (n.arabic && (is_alpha(before_n) || (is_alpha(after_n) && !unit_at(t, text, n.end) &&
                                          !(latin_suffix && !is_alpha(at(text, after_letter)))))) {
    std::size_t i = n.end, k;
    while (i < text.size() && is_alnum(at(text, i, k))) i = k;
    r.next = i;
    return r;
  }
  // 百年, 千万, 万亿 with no digit before them are words, not numbers,
  // unless a unit follows (向万亿元迈进) or a threshold word (万亿大关,
  // 突破千亿).
  NumCharInfo first = classify(c);
  // 千亿台阶: the threshold word, not 台, follows the number.
  bool threshold_next = false;
  if (((first.kind == NumChar::small && first.value >= 2) || first.kind == NumChar::magnitude) &&
      !n.digits) {
    const LexEntry* u = unit_at(t, text, n.end);
    const LexEntry* next = match(t.bare_magnitude_next, text, n.end);
    threshold_next = next && (!u || next->word.size() > u->word.size());
    if (threshold_next) u = nullptr;
    const bool threshold =
        threshold_next || (!u && t.bare_magnitude_prev.match_before(text, pos, floor));
    const bool measured = u && (u->tagged("measure") || u->tagged("money"));
    // A round number with its unit ends the phrase (突破千亿元, 千万亩以上,
    // 向千亿元迈进); before a noun it names a class or a programme
    // (千亿元级, 千亿斤粮食产能, 百万亩“吨半粮”示范区).
    const std::size_t after = n.end + (u ? u->word.size() : 0);
    const char32_t next_char = at(text, after);
    const bool ends_phrase = (!utf8::is_han(next_char) && next_char != U'“') ||
                             match(t.suffix_qualifiers, text, after) ||
                             match(t.bare_magnitude_next, text, after);
    // 万/亿 stand for "one" of them before a unit (万人, 亿元); a round
    // 百万/千亿 is a quantity only before a unit of measure (千亿元, 百亿斤,
    // 千万亩): before a counter it names a class (百亿项目, 千万市民). 千片,
    // 百园 and anything opening a quotation (“万亩千片百园”) are names.
    const bool quantity = first.kind == NumChar::magnitude
                              ? threshold || (u && (u->tag.empty() || measured))
                              : trailing_magnitude(text, pos, n.end) > 0 &&
                                    (threshold_next || ((threshold || measured) && ends_phrase));
    if (!quantity || before(text, pos, floor) == U'“') {
      r.next = n.end;
      return r;
    }
  }
  // A bare Chinese numeral opening a quotation is a slogan's label
  // (“四治”, “三零”, “七个太原”), unless it counts time (“一年见效、三年成形”).
  if (!n.arabic && !n.scaled &&
      (before(text, pos, floor) == U'“' || before(text, pos, floor) == U'「')) {
    const LexEntry* u = unit_at(t, text, n.end);
    const bool time = u && (u->tagged("year_or_duration") || u->tagged("duration") ||
                            u->tagged("month") || u->tagged("quarter"));
    if (!time) {
      r.next = n.end;
      return r;
    }
  }

  Found f;
  Mention& m = f.mention;
  Decimal v = n.value;
  std::size_t q0 = n.end;
  if (const int latin = latin_magnitude(text, n, q0)) v = v.shifted(latin);
  std::optional<Decimal> up = n.upper;
  bool approx = n.approximate;
  Qualifier qual = Qualifier::none;
  std::size_t q = q0;

  // 3/5: an Arabic fraction.
  if (n.arabic && !n.point && (at(text, q) == U'/') && q == n.end) {
    std::size_t a;
    at(text, q, a);
    Numeral num = scan_numeral(text, a, end, t.units);
    if (num.ok && num.arabic && !num.chinese && num.end > a && !num.value.is_zero() &&
        !unit_at(t, text, num.end)) {
      double value = v.to_double() / num.value.to_double();
      m.kind = NumberKind::fraction;
      m.value = std::isfinite(value) ? value : 0;
      m.representable = std::isfinite(value);
      m.exact = m.representable ? format_double(value) : "";
      m.span = Span{pos, num.end};
      prefix_qualifier(t, text, floor, m);
      return found(std::move(f), num.end);
    }
  }

  // 三百五又三分之一, 1 3/5: a whole number and a fraction.
  std::size_t y = q;
  while (y < end && text[y] == ' ' && y - q < 3) ++y;
  const bool joined = at(text, y) == U'又' || (y > q && n.arabic && !n.point);
  if (joined && !n.upper && v.is_integer() && depth < kMaxDepth) {
    std::size_t a = y;
    if (at(text, y) == U'又') at(text, y, a);
    while (a < end && text[a] == ' ' && a - y < 4) ++a;
    ReadResult fr = read_expression(t, full, a, end, a, rewrites, depth + 1, at(text, y) == U'又');
    if (fr.found && fr.found->mention.kind == NumberKind::fraction &&
        fr.found->mention.span.start == a && fr.found->mention.representable) {
      Mention& fm = fr.found->mention;
      // A whole part beyond the double range (1e5999万 1半) leaves the sum
      // unrepresentable, like any other value that large.
      const double sum = fm.value + v.to_double();
      fm.representable = !v.overflow() && std::isfinite(sum);
      fm.value = fm.representable ? sum : 0;
      fm.exact = fm.representable ? format_double(sum) : "";
      fm.span.start = pos;
      fr.found->rewrites.clear();
      return fr;
    }
  }
  // The character after the numeral (and its Latin magnitude), as written.
  const char32_t q_raw = raw_at(text, q);
  // 三分之一: the denominator comes first (spaces may stand before 分之).
  std::size_t frac_at = std::string_view::npos;
  if (q_raw == U' ' || t.fraction_infix.may_start(q_raw))
    for (const LexEntry& e : t.fraction_infix.entries())
      if ((frac_at = loose(text, q, e.word)) != std::string_view::npos) break;
  if (frac_at != std::string_view::npos) {
    std::size_t a = frac_at;
    while (a < end && text[a] == ' ') ++a;  // 五 分之 一
    // 3分之负157: a signed numerator.
    const LexEntry* minus = match(t.negative, text, a);
    if (minus) a += minus->word.size();
    Numeral num = scan_numeral(text, a, end, t.units);
    if (minus && num.ok) num.value.negate();
    if (num.ok && num.end > a && !num.upper) {
      ReadResult fr = fraction_mention(t, text, pos, num.end, num.value, v, floor);
      if (fr.found) return fr;
    }
  }
  // 二份一, 十份十一, 一又十分一: Cantonese fractions without 之.
  if (q == n.end && t.bare_fraction_infix.may_start(q_raw)) {
    if (ReadResult b = bare_fraction(t, text, pos, n, end, floor, after_whole); b.found) return b;
  }

  // 两三年, 七八个: two neighbouring digits before a unit are a vague range.
  if (n.sequence && n.int_digits == 2 && unit_at(t, text, q)) {
    long k = v.small_int(99);
    if (k / 10 >= 1 && k % 10 == k / 10 + 1) {
      up = Decimal::of(static_cast<unsigned long>(k % 10));
      v = Decimal::of(static_cast<unsigned long>(k / 10));
      approx = true;
    }
  }

  if (t.inner_qualifiers.may_start(q_raw)) q = inner_qualifier(t, text, q, v, qual);
  if (up && q > n.end) *up = up->shifted(trailing_magnitude(text, n.end, q));

  // A percent sign or 个百分点 right after the number.
  std::size_t sign_end = q;
  // The unit at q, asked by sign_at and again below when q has not moved.
  const std::size_t unit_q = q;
  const LexEntry* const unit_at_q = unit_at(t, text, q);
  // (Without a unit at q, sign_at looks only past a space: ６ 个 百 分点.)
  const LexEntry* sign =
      unit_at_q || at(text, q) == U' ' ? sign_at(t, text, q, unit_at_q, sign_end) : nullptr;
  const LexEntry* spaced_unit = nullptr;  // 成/折 reached over spaces
  if (sign && !is_sign(sign)) {
    if (sign_end - sign->word.size() > q) spaced_unit = sign;
    sign = nullptr;
  }
  if (sign) q = sign_end;

  // A range (2至3年, 6%－6.5%) or a product (2×100万千瓦).
  bool ranged = false;
  std::optional<Numeral> n2;                // the partner's numeral, once one is read
  const LexEntry* pending_close = nullptr;  // 之间 after the unit of 20和30个之间
  // 02-09 is a date part, not a range.
  const bool leading_zero = n.arabic && n.int_digits >= 2 && at(text, pos) == U'0';
  auto try_partner = [&](std::size_t at_q) -> bool {
    if (leading_zero) return false;
    std::size_t c_at = at_q;
    while (c_at < end && text[c_at] == ' ' && c_at - at_q < 2) ++c_at;
    if (c_at >= end) return false;
    if (std::size_t i = c_at; !t.partner_may_start(utf8::decode(text, i))) return false;
    const LexEntry* conn = match(t.range, text, c_at);
    const LexEntry* between = conn ? nullptr : match(t.between, text, c_at);
    const LexEntry* prod = conn || between ? nullptr : match(t.product, text, c_at);
    if (!conn && !prod && !between) return false;
    if (!conn) conn = between;
    std::size_t a = c_at + (conn ? conn : prod)->word.size();
    while (a < end && text[a] == ' ' && a - c_at < 4) ++a;
    Numeral b = scan_numeral(text, a, end, t.units);
    if (!b.ok || b.end == a || b.upper) return false;
    NumCharInfo bf = classify(at(text, a));
    if ((bf.kind == NumChar::small && bf.value >= 2) || bf.kind == NumChar::magnitude) return false;
    std::size_t b_end = b.end;
    const int b_latin = latin_magnitude(text, b, b_end);
    if (b.arabic && !b_latin && is_alpha(at(text, b.end)) && !unit_at(t, text, b.end)) return false;
    Decimal w = b.value;
    Qualifier q2 = Qualifier::none;
    w = w.shifted(b_latin);
    std::size_t e = inner_qualifier(t, text, b_end, w, q2);
    if (between) {
      // 20和30之间, 10000与20000间: 和/与 make a range only with 之间 after.
      const LexEntry* close = match(t.between_close, text, e);
      if (close) {
        e += close->word.size();
      } else {
        const LexEntry* u = unit_at(t, text, e);
        if (u) close = match(t.between_close, text, e + u->word.size());
        pending_close = close;  // consumed after the unit
      }
      if (!close) return false;
    }
    if (prod) {
      v = v * w;
      q = e;
      n2 = std::move(b);
      return true;
    }
    Decimal lo = v;
    int p = trailing_magnitude(text, b.start, e);
    if (p && !trailing_magnitude(text, n.start, n.end) && !n.scaled && lo.shifted(p) < w)
      lo = lo.shifted(p);
    if (w < lo || w == lo) return false;
    v = lo;
    up = w;
    if (q2 != Qualifier::none) qual = q2;
    q = e;
    n2 = std::move(b);
    return true;
  };
  if (!up && try_partner(q)) {
    ranged = n2 && !n2->value.is_zero() && up.has_value();
    std::size_t e2;
    if (const LexEntry* s2 = sign_at(t, text, q, unit_at(t, text, q), e2); is_sign(s2)) {
      if (!sign) sign = s2;
      q = e2;
    }
  }

  // Ordinals written as a bare Chinese number: 二十大, 十九届, 五中全会.
  bool ordinal = false;
  if (!sign && !up && !n.arabic && n.chinese && !n.point) {
    if (const LexEntry* s = match(t.ordinal_suffix, text, q)) {
      std::size_t after = q + s->word.size();
      bool congress = !s->is("大") || match(t.party_congress_next, text, after) != nullptr ||
                      t.party_congress_prev.match_before(text, pos, floor) != nullptr;
      if (congress) {
        ordinal = true;
        m.unit = s->word;
        q = after;
      }
    }
  }

  const LexEntry* unit = nullptr;
  std::string per_unit;  // "/人" of 元/人
  if (!sign && !ordinal && !threshold_next) {
    unit = spaced_unit ? spaced_unit : q == unit_q ? unit_at_q : unit_at(t, text, q);
    if (unit) {
      q = spaced_unit ? sign_end : q + unit->word.size();
      // 58万元/人, 3000元/吨: a rate keeps its denominator in the unit.
      if (at(text, q) == U'/' && !spaced_unit) {
        std::size_t d = q + (static_cast<unsigned char>(text[q]) < 0x80 ? 1 : 3);
        if (const LexEntry* per = unit_at(t, text, d)) {
          per_unit = "/" + per->word;
          q = d + per->word.size();
        }
      }
      if (pending_close && match(t.between_close, text, q)) q += pending_close->word.size();
      // 2020年至2025年: a range of the same unit on both sides.
      if (!up) {
        std::size_t save_q = q;
        Decimal save_v = v;
        const LexEntry* u2 = try_partner(q) ? unit_at(t, text, q) : nullptr;
        if (u2 && u2->word == unit->word) {
          q += unit->word.size();
          ranged = true;
        } else {
          q = save_q;
          v = save_v;
          up.reset();
        }
      }
    }
  }

  // 壹拾壹元壹角捌分: tenths and hundredths of the money unit.
  if (unit && unit->tagged("money") && !up) {
    int last_place = 0;
    while (q < end) {
      Numeral sub = scan_numeral(text, q, end, t.units);
      if (!sub.ok || sub.end == q || sub.upper || !sub.value.is_integer()) break;
      const LexEntry* place = match(t.money_subunit, text, sub.end);
      long k = sub.value.small_int(9);
      int p = place ? std::atoi(place->tag.c_str()) : 0;
      if (!place || k < 0 || p <= last_place) break;
      v = v + sub.value.shifted(-p);
      if (rewrites) rewrite_numeral(f, text, sub, {});
      q = sub.end + place->word.size();
      last_place = p;
    }
  }
  // A lone Chinese digit (or digit string) is a number only with something
  // that makes it a quantity: a unit, a magnitude, a range, or nothing Han
  // around it at all.
  // A Chinese digit string before a unit is a year (二〇二四年), a vague
  // pair (两三年) or a discount (五五折); 一二三次产业 is none of them.
  if (n.sequence && unit && !up && !(year_like(n) && unit->tag.rfind("year", 0) == 0) &&
      !(unit->tagged("discount") && n.int_digits == 2)) {  // 五五折
    r.next = q;
    return r;
  }
  // 3.0版, 扩大开放2.0: a version is a name (X.0 with no unit says so too).
  const std::string_view numeral_text = text.substr(n.start, n.end - n.start);
  const bool dot_zero =
      n.arabic && numeral_text.size() > 2 && numeral_text.substr(numeral_text.size() - 2) == ".0";
  if ((unit && unit->tagged("version") && n.point) ||
      (dot_zero && !unit && !sign && !up && at(text, q) != U'∶' && at(text, q) != U':')) {
    r.next = q;
    return r;
  }
  // 2026-02-02: the year of a date.
  if (n.arabic && n.int_digits == 4 && !n.point && !unit && !up && q + 6 <= end && text[q] == '-' &&
      std::isdigit(static_cast<unsigned char>(text[q + 1])) &&
      std::isdigit(static_cast<unsigned char>(text[q + 2])) && text[q + 3] == '-') {
    m.kind = NumberKind::year;
    set_value(m, v);
    m.span = Span{pos, q};
    return found(std::move(f), q);
  }
  bool weak = !n.arabic && !n.scaled && !n.upper;
  // “三城一区”: a bare numeral and measure word closing a quotation is a label.
  if (weak && unit && !up && at(text, q) == U'”') {
    r.next = q;
    return r;
  }
  if (weak && !unit && !sign && !ordinal && !ranged && !up) {
    char32_t prev = before(text, pos, floor), next = at(text, q);
    bool alone = !utf8::is_han(prev) && !utf8::is_han(next) && !is_alnum(next);
    if (!alone || list_marker(text, pos, q, floor, true)) {
      r.next = n.end;
      return r;
    }
  }
  if (!unit && !sign && !up && !ordinal && !n.point) {
    // Enumerations and labels: 1、 （十） 十是… 2.“双高”, “1310”, “1+1+9”.
    char32_t prev = before(text, pos, floor), next = at(text, q);
    bool marker = list_marker(text, pos, q, floor, false) ||
                  (match(t.list_suffix, text, q) && !match(t.bare_magnitude_next, text, q));
    // A number closing a quotation after another (“保8争9”) is one of them:
    // the quotation lists numbers, it is no label (“中国制造2025”).
    bool quoted = prev == U'“' || (next == U'”' && !follows_number_in_quote(t, text, pos)) ||
                  next == U'+' || prev == U'+';
    if (marker || quoted) {
      r.next = q;
      return r;
    }
  }

  set_value(m, v);
  if (up) set_upper(m, *up);
  m.approximate = approx;
  m.qualifier = qual;
  if (sign) {
    if (sign->tagged("points")) {
      m.kind = NumberKind::points;
      m.unit = "百分点";
    } else {
      m.kind = NumberKind::percent;
      m.unit = "%";
      if (sign->tagged("permille")) {
        Decimal tenth = Decimal::from_digits("0", "1");
        set_value(m, v * tenth);
        if (up) set_upper(m, *up * tenth);
      }
    }
  } else if (ordinal) {
    m.kind = NumberKind::ordinal;
  } else if (unit) {
    apply_unit_role(*unit, n, v, up, before(text, pos, 0) == U'月', m);
    m.unit += per_unit;
  } else {
    m.kind = v.is_integer() ? NumberKind::cardinal : NumberKind::decimal;
  }
  if (up) m.kind = NumberKind::range;

  m.span = Span{pos, q};
  m.span.end = t.suffix_qualifiers.may_start(raw_at(text, q)) ? suffix_qualifier(t, text, q, m) : q;
  {
    // A qualifier written after the number (or 余/多 inside it) is the more
    // specific one: 约1000多 is over.
    Qualifier after_q = m.qualifier;
    prefix_qualifier(t, text, floor, m);
    if (after_q != Qualifier::none) m.qualifier = after_q;
  }
  // 十几万: at least 100000.
  if (approx && !up && m.qualifier == Qualifier::none) m.qualifier = Qualifier::over;

  if (rewrites) {
    if (n.upper) {
      std::string lo = n.value.str(), hi = n.upper->str();
      if (!lo.empty() && !hi.empty())
        f.rewrites.push_back(Rewrite{Span{n.start, n.end}, lo + "-" + hi});
    } else if (!ordinal) {
      rewrite_numeral(f, text, n, {});
    }
    if (n2 && n2->ok && n2->end > n2->start) rewrite_numeral(f, text, *n2, {});
  }
  // (Only a bound, 大于10 or 1000以下, joins another: most numbers have no qualifier.)
  if (depth < kMaxDepth && m.qualifier != Qualifier::none)
    merge_bounds(t, full, end, f, depth, rewrites);
  const std::size_t next = m.span.end;
  return found(std::move(f), next);
}

}  // namespace mubiao::numbers
