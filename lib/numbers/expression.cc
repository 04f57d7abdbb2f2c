#include "numbers/expression.h"

#include <cmath>
#include <cstdio>

#include "numbers/grammar.h"
#include "text/utf8.h"

namespace mubiao::numbers {

namespace {

// The width-folded code point at i (0 at end) and where the next one starts.
char32_t at(std::string_view text, std::size_t i, std::size_t& next) {
  next = i;
  if (i >= text.size()) return 0;
  return utf8::fold_width(utf8::decode(text, next));
}
char32_t at(std::string_view text, std::size_t i) {
  std::size_t n;
  return at(text, i, n);
}
char32_t before(std::string_view text, std::size_t i, std::size_t floor) {
  if (i <= floor) return 0;
  return utf8::fold_width(utf8::decode_before(text, i));
}
bool is_alpha(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
bool is_alnum(char32_t c) { return is_alpha(c) || (c >= U'0' && c <= U'9'); }
bool is_numeral_char(char32_t c) { return classify(c).kind != NumChar::none; }

Qualifier qualifier_of(std::string_view name) {
  if (name == "over") return Qualifier::over;
  if (name == "about") return Qualifier::about;
  if (name == "at_least") return Qualifier::at_least;
  if (name == "at_most") return Qualifier::at_most;
  if (name == "nearly") return Qualifier::nearly;
  return Qualifier::none;
}

const LexEntry* match(const Lexicon& lex, std::string_view text, std::size_t i) {
  return lex.match(text, i);
}

// A unit at i, unless it is Latin letters running on into a word (5G网络
// has no unit "G"; 5Gbps does).
const LexEntry* unit_at(const Tables& t, std::string_view text, std::size_t i) {
  const LexEntry* u = t.units.match(text, i);
  if (u && is_alpha(at(text, i)) && is_alpha(at(text, i + u->word.size()))) return nullptr;
  return u;
}

// Power of ten of the magnitude characters ending a numeral (3万 -> 4).
int trailing_magnitude(std::string_view text, std::size_t start, std::size_t end) {
  int p = 0;
  std::size_t i = end;
  while (i > start) {
    std::size_t k = i;
    NumCharInfo info = classify(utf8::decode_before(text, k));
    if (info.kind != NumChar::magnitude) break;
    p += info.value;
    i = k;
  }
  return p;
}

bool plain_ascii(std::string_view s) {
  for (char c : s)
    if (!((c >= '0' && c <= '9') || c == '.')) return false;
  return true;
}

std::string format_double(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

void set_value(Mention& m, const Decimal& v) {
  m.exact = v.str();
  m.value = v.to_double();
  m.representable = !v.overflow() && std::isfinite(m.value);
  if (!m.representable) {
    m.exact.clear();
    m.value = 0;
  }
}
void set_upper(Mention& m, const Decimal& v) {
  double d = v.to_double();
  if (v.overflow() || !std::isfinite(d)) {
    m.representable = false;
    m.exact.clear();
    m.value = 0;
    return;
  }
  m.upper = d;
  m.exact_upper = v.str();
}

void rewrite_numeral(Found& f, std::string_view text, const Numeral& n, std::string replacement) {
  if (plain_ascii(text.substr(n.start, n.end - n.start)) && replacement.empty()) return;
  if (replacement.empty()) replacement = n.value.str();
  if (replacement.empty()) return;  // unrepresentable: keep the original
  if (text.substr(n.start, n.end - n.start) == replacement) return;
  f.rewrites.push_back(Rewrite{Span{n.start, n.end}, std::move(replacement)});
}

// Extends a mention over a suffix qualifier (左右, 以上 …) at q.
std::size_t suffix_qualifier(const Tables& t, std::string_view text, std::size_t q, Mention& m) {
  if (const LexEntry* e = match(t.suffix_qualifiers, text, q)) {
    if (m.qualifier == Qualifier::none) m.qualifier = qualifier_of(e->tag);
    return q + e->word.size();
  }
  return q;
}

// Extends a mention back over a prefix qualifier (约, 超过, 不低于 …).
void prefix_qualifier(const Tables& t, std::string_view text, std::size_t floor, Mention& m) {
  if (const LexEntry* e = t.prefix_qualifiers.match_before(text, m.span.start, floor)) {
    m.span.start -= e->word.size();
    if (m.qualifier == Qualifier::none) m.qualifier = qualifier_of(e->tag);
  }
}

// 余/多/来 between a number and its unit, and magnitudes after them (3千多万).
std::size_t inner_qualifier(const Tables& t, std::string_view text, std::size_t q, Decimal& v,
                            Qualifier& qual) {
  const LexEntry* e = match(t.inner_qualifiers, text, q);
  if (!e) return q;
  std::size_t a = q + e->word.size(), me;
  int p = scan_magnitudes(text, a, text.size(), t.units, me);
  bool unit_next = unit_at(t, text, me) != nullptr;
  // 余 always qualifies; 多/来 only before a unit or magnitude (多个 is a unit
  // use, 多种 a word of its own).
  if (e->word != "余" && p == 0 && !unit_next) return q;
  qual = qualifier_of(e->tag);
  if (p) v = v.shifted(p);
  return me;
}

// Heading and list markers: 一、 （二） 3. are not quantities.
bool list_marker(std::string_view text, std::size_t start, std::size_t end, std::size_t floor) {
  char32_t prev = before(text, start, floor), next = at(text, end);
  return next == U'、' || next == U')' || prev == U'(' || next == U'.' ||
         (next == U' ' && (prev == 0 || prev == U'\n'));
}

ReadResult ordinal_after_prefix(const Tables& t, std::string_view text, std::size_t pos,
                                std::size_t q, std::size_t floor) {
  ReadResult r;
  r.next = q;
  Numeral n = scan_numeral(text, q, text.size(), t.units);
  if (!n.ok || n.upper || n.end == q) {
    if (n.end > q) r.next = n.end;
    return r;
  }
  Found f;
  Mention& m = f.mention;
  m.kind = NumberKind::ordinal;
  set_value(m, n.value);
  std::size_t e = n.end;
  if (const LexEntry* u = unit_at(t, text, e)) {
    m.unit = u->word;
    if (u->tag == "quarter" && n.value.small_int(4) >= 1) m.kind = NumberKind::quarter;
    e += u->word.size();
  } else if (const LexEntry* s = match(t.ordinal_suffix, text, e)) {
    m.unit = s->word;
    e += s->word.size();
  }
  m.span = Span{pos, e};
  rewrite_numeral(f, text, n, {});
  (void)floor;
  r.found = std::move(f);
  r.next = e;
  return r;
}

ReadResult multiple(const Tables& t, std::string_view text, std::size_t pos, std::size_t q) {
  ReadResult r;
  r.next = q;
  unsigned long times = 1;
  std::size_t e = q;
  Numeral n;
  if (const LexEntry* s = match(t.multiple_suffix, text, q)) {
    e = q + s->word.size();  // 翻番: doubled
  } else {
    n = scan_numeral(text, q, text.size(), t.units);
    long k = n.ok && !n.upper ? n.value.small_int(64) : -1;
    const LexEntry* s2 = n.ok ? match(t.multiple_suffix, text, n.end) : nullptr;
    if (k < 1 || !s2) return r;
    times = static_cast<unsigned long>(k);
    e = n.end + s2->word.size();
  }
  Found f;
  Mention& m = f.mention;
  m.kind = NumberKind::multiple;
  Decimal v = Decimal::of(1);
  for (unsigned long i = 0; i < times; ++i) v = v * Decimal::of(2);
  set_value(m, v);
  m.unit = "倍";
  m.span = Span{pos, e};
  if (n.ok) rewrite_numeral(f, text, n, {});
  r.found = std::move(f);
  r.next = e;
  return r;
}

ReadResult percent_prefix(const Tables& t, std::string_view text, std::size_t pos,
                          const LexEntry& prefix, std::size_t floor) {
  ReadResult r;
  std::size_t q = pos + prefix.word.size();
  Numeral n = scan_numeral(text, q, text.size(), t.units);
  if (!n.ok || n.end == q) return r;  // r.next == 0: the caller reads a plain numeral
  Found f;
  Mention& m = f.mention;
  m.kind = NumberKind::percent;
  Decimal scale = prefix.tag == "0.1" ? Decimal::from_digits("0", "1")
                  : prefix.tag == "0.01" ? Decimal::from_digits("0", "01") : Decimal::of(1);
  Decimal v = n.value * scale;
  set_value(m, v);
  m.unit = "%";
  m.approximate = n.approximate;
  if (n.upper) set_upper(m, *n.upper * scale), m.kind = NumberKind::range;
  m.span = Span{pos, n.end};
  m.span.end = suffix_qualifier(t, text, n.end, m);
  prefix_qualifier(t, text, floor, m);
  if (!m.exact.empty()) f.rewrites.push_back(Rewrite{Span{pos, n.end}, m.exact + "%"});
  r.found = std::move(f);
  r.next = m.span.end;
  return r;
}

// 十四五: the fourteenth five-year plan.
ReadResult plan(const Tables& t, std::string_view text, std::size_t pos) {
  ReadResult r;
  std::size_t a, b;
  if (at(text, pos, a) != U'十') return r;
  NumCharInfo d = classify(at(text, a, b));
  if (d.kind != NumChar::digit) return r;
  const LexEntry* s = match(t.plan_suffix, text, b);
  if (!s) return r;
  std::size_t e = b + s->word.size();
  if (is_numeral_char(at(text, e))) return r;
  Found f;
  f.mention.kind = NumberKind::ordinal;
  set_value(f.mention, Decimal::of(static_cast<unsigned long>(10 + d.value)));
  f.mention.span = Span{pos, e};
  r.found = std::move(f);
  r.next = e;
  return r;
}

bool year_like(const Numeral& n) {
  if (n.point || n.scaled || n.upper) return false;
  return (n.arabic || n.sequence) && n.int_digits == 4;
}

}  // namespace

ReadResult read_expression(const Tables& t, std::string_view full, std::size_t pos,
                           std::size_t end, std::size_t floor) {
  const std::string_view text = full.substr(0, end);
  ReadResult r;
  const char32_t c = at(text, pos, r.next);

  if (const LexEntry* e = match(t.ordinal_prefix, text, pos))
    return ordinal_after_prefix(t, text, pos, pos + e->word.size(), floor);
  if (const LexEntry* e = match(t.multiple_prefix, text, pos)) {
    ReadResult m = multiple(t, text, pos, pos + e->word.size());
    if (m.found) prefix_qualifier(t, text, floor, m.found->mention);
    return m;
  }
  if (const LexEntry* e = match(t.percent_prefix, text, pos)) {
    ReadResult p = percent_prefix(t, text, pos, *e, floor);
    if (p.found) return p;
  }
  if (ReadResult p = plan(t, text, pos); p.found) return p;
  if (const LexEntry* e = match(t.negative, text, pos)) {
    // 负3.9%, -10000: a sign only where no number or word runs into it.
    std::size_t a = pos + e->word.size();
    char32_t prev = before(text, pos, 0);
    if (is_alnum(prev) || is_numeral_char(prev) || a >= end) return r;
    ReadResult inner = read_expression(t, full, a, end, floor);
    if (!inner.found || inner.found->mention.span.start != a) return r;
    Mention& m = inner.found->mention;
    if (m.kind == NumberKind::ordinal || m.kind == NumberKind::year) return r;
    m.span.start = pos;
    m.value = -m.value;
    if (!m.exact.empty() && m.exact != "0") m.exact = "-" + m.exact;
    for (Rewrite& rw : inner.found->rewrites)
      if (rw.input.start == a) rw.input.start = pos, rw.text = "-" + rw.text;
    if (inner.found->rewrites.empty() || inner.found->rewrites.front().input.start != pos)
      inner.found->rewrites.insert(inner.found->rewrites.begin(), Rewrite{Span{pos, a}, "-"});
    return inner;
  }

  Numeral n = scan_numeral(text, pos, end, t.units);
  if (n.end == pos) return r;
  if (!n.ok) {
    r.next = n.end;
    return r;
  }
  // Names and codes: PM2.5, G20, 5G, C919.
  char32_t after_n = at(text, n.end);
  bool latin_magnitude = after_n == U'k' || after_n == U'K' || after_n == U'M' || (after_n == U'G' && n.point);
  if (n.arabic && (is_alpha(before(text, pos, 0)) ||
                   (is_alpha(after_n) && !unit_at(t, text, n.end) &&
                    !(latin_magnitude && !is_alpha(at(text, n.end + 1)))))) {
    std::size_t i = n.end, k;
    while (i < text.size() && is_alnum(at(text, i, k))) i = k;
    r.next = i;
    return r;
  }
  // 百年, 千万, 万亿 with no digit before them are words, not numbers,
  // unless a unit of measure follows (向万亿元迈进).
  NumCharInfo first = classify(c);
  if (((first.kind == NumChar::small && first.value >= 2) || first.kind == NumChar::magnitude) &&
      !n.digits) {
    const LexEntry* u = unit_at(t, text, n.end);
    if (!u || !u->tag.empty()) {
      r.next = n.end;
      return r;
    }
  }
  // A bare Chinese numeral opening a quotation is a slogan's label
  // (“四治”, “三零”, “七个太原”).
  if (!n.arabic && !n.scaled && (before(text, pos, floor) == U'“' || before(text, pos, floor) == U'「')) {
    r.next = n.end;
    return r;
  }

  Found f;
  Mention& m = f.mention;
  Decimal v = n.value;
  std::size_t q0 = n.end;
  // Latin magnitudes after Arabic digits: 40k, 3M, .0012G (5G stays a name).
  if (n.arabic && !n.chinese) {
    char32_t l = at(text, q0);
    int p = (l == U'k' || l == U'K') ? 3 : l == U'M' ? 6 : (l == U'G' && n.point) ? 9 : 0;
    if (p && !is_alpha(at(text, q0 + 1))) {
      v = v.shifted(p);
      q0 += 1;
    }
  }
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
      r.found = std::move(f);
      r.next = num.end;
      return r;
    }
  }

  // 三百五又三分之一: a whole number and a fraction.
  if (at(text, q) == U'又' && !n.upper) {
    std::size_t a;
    at(text, q, a);
    ReadResult fr = read_expression(t, full, a, end, a);
    if (fr.found && fr.found->mention.kind == NumberKind::fraction &&
        fr.found->mention.span.start == a && fr.found->mention.representable) {
      Mention& fm = fr.found->mention;
      fm.value += v.to_double();
      fm.exact = format_double(fm.value);
      fm.span.start = pos;
      fr.found->rewrites.clear();
      return fr;
    }
  }
  // 三分之一: the denominator comes first.
  if (const LexEntry* e = match(t.fraction_infix, text, q)) {
    std::size_t a = q + e->word.size();
    Numeral num = scan_numeral(text, a, end, t.units);
    if (num.ok && num.end > a && !num.upper && !v.is_zero()) {
      double value = num.value.to_double() / v.to_double();
      m.kind = NumberKind::fraction;
      m.value = std::isfinite(value) ? value : 0;
      m.representable = std::isfinite(value);
      m.exact = m.representable ? format_double(value) : "";
      m.span = Span{pos, num.end};
      m.span.end = suffix_qualifier(t, text, num.end, m);
      prefix_qualifier(t, text, floor, m);
      std::string a_str = num.value.str(), b_str = v.str();
      if (!a_str.empty() && !b_str.empty())
        f.rewrites.push_back(Rewrite{Span{pos, num.end}, a_str + "/" + b_str});
      r.found = std::move(f);
      r.next = m.span.end;
      return r;
    }
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

  q = inner_qualifier(t, text, q, v, qual);
  if (up && q > n.end) *up = up->shifted(trailing_magnitude(text, n.end, q));

  // A percent sign or 个百分点 right after the number.
  const LexEntry* u = unit_at(t, text, q);
  bool pct = u && (u->tag == "percent" || u->tag == "permille" || u->tag == "points");
  const LexEntry* sign = pct ? u : nullptr;
  if (pct) q += u->word.size();

  // A range (2至3年, 6%－6.5%) or a product (2×100万千瓦).
  bool ranged = false;
  Numeral n2;
  auto try_partner = [&](std::size_t at_q) -> bool {
    const LexEntry* conn = match(t.range, text, at_q);
    const LexEntry* prod = conn ? nullptr : match(t.product, text, at_q);
    if (!conn && !prod) return false;
    std::size_t a = at_q + (conn ? conn : prod)->word.size();
    Numeral b = scan_numeral(text, a, end, t.units);
    if (!b.ok || b.end == a || b.upper) return false;
    NumCharInfo bf = classify(at(text, a));
    if ((bf.kind == NumChar::small && bf.value >= 2) || bf.kind == NumChar::magnitude) return false;
    if (b.arabic && is_alpha(at(text, b.end)) && !unit_at(t, text, b.end)) return false;
    Decimal w = b.value;
    Qualifier q2 = Qualifier::none;
    std::size_t e = inner_qualifier(t, text, b.end, w, q2);
    if (prod) {
      v = v * w;
      q = e;
      n2 = b;
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
    n2 = b;
    return true;
  };
  if (!up && try_partner(q)) {
    ranged = !n2.value.is_zero() && up.has_value();
    if (const LexEntry* s2 = unit_at(t, text, q);
        s2 && (s2->tag == "percent" || s2->tag == "permille" || s2->tag == "points")) {
      if (!sign) sign = s2;
      q += s2->word.size();
    }
  }

  // Ordinals written as a bare Chinese number: 二十大, 十九届, 五中全会.
  bool ordinal = false;
  if (!sign && !up && !n.arabic && n.chinese && !n.point) {
    if (const LexEntry* s = match(t.ordinal_suffix, text, q)) {
      std::size_t after = q + s->word.size();
      bool congress = s->word != "大" || match(t.party_congress_next, text, after) != nullptr;
      if (congress) {
        ordinal = true;
        m.unit = s->word;
        q = after;
      }
    }
  }

  const LexEntry* unit = nullptr;
  if (!sign && !ordinal) {
    unit = unit_at(t, text, q);
    if (unit) {
      q += unit->word.size();
      // 2020年至2025年: a range of the same unit on both sides.
      if (!up) {
        std::size_t save_q = q;
        Decimal save_v = v;
        if (try_partner(q) && unit_at(t, text, q) && unit_at(t, text, q)->word == unit->word) {
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

  // A lone Chinese digit (or digit string) is a number only with something
  // that makes it a quantity: a unit, a magnitude, a range, or nothing Han
  // around it at all.
  bool weak = !n.arabic && !n.scaled && !n.upper;
  if (weak && !unit && !sign && !ordinal && !ranged && !up) {
    char32_t prev = before(text, pos, floor), next = at(text, q);
    bool alone = !utf8::is_han(prev) && !utf8::is_han(next) && !is_alnum(next);
    if (!alone || list_marker(text, pos, q, floor)) {
      r.next = n.end;
      return r;
    }
  }
  if (n.arabic && !unit && !sign && !up && list_marker(text, pos, q, floor) &&
      !n.point && at(text, q) == U'、') {
    r.next = n.end;
    return r;  // 1、 2、 enumerations
  }

  set_value(m, v);
  if (up) set_upper(m, *up);
  m.approximate = approx;
  m.qualifier = qual;
  if (sign) {
    if (sign->tag == "points") {
      m.kind = NumberKind::points;
      m.unit = "百分点";
    } else {
      m.kind = NumberKind::percent;
      m.unit = "%";
      if (sign->tag == "permille") {
        Decimal tenth = Decimal::from_digits("0", "1");
        set_value(m, v * tenth);
        if (up) set_upper(m, *up * tenth);
      }
    }
  } else if (ordinal) {
    m.kind = NumberKind::ordinal;
  } else if (unit) {
    m.unit = unit->word;
    const std::string& role = unit->tag;
    long k = v.small_int(100);
    if (role == "year_or_duration" || role == "year") m.kind = year_like(n) ? NumberKind::year : NumberKind::duration;
    else if (role == "month" && k >= 1 && k <= 12) m.kind = NumberKind::month;
    else if (role == "day" && k >= 1 && k <= 31) m.kind = NumberKind::day;
    else if (role == "quarter" && k >= 1 && k <= 4) m.kind = NumberKind::quarter;
    else if (role == "duration") m.kind = NumberKind::duration;
    else if (role == "multiple") m.kind = NumberKind::multiple;
    else if (role == "ordinal") m.kind = NumberKind::ordinal;
    else if (role == "tenth") {
      // 七成, 九折 -> 70%; 五五折 -> 55% (two digits read as percent).
      Decimal pct = n.sequence && n.int_digits == 2 ? v : v * Decimal::of(10);
      set_value(m, pct);
      if (up) set_upper(m, *up * Decimal::of(10));
      m.kind = NumberKind::percent;
      m.unit = "%";
    } else if (role.rfind("times", 0) == 0) {
      // 五打 -> 60, 一对 -> 2: a measure word that counts several.
      Decimal k = Decimal::from_digits(role.substr(5));
      set_value(m, v * k);
      if (up) set_upper(m, *up * k);
      m.kind = v.is_integer() ? NumberKind::cardinal : NumberKind::decimal;
    }
    else m.kind = v.is_integer() ? NumberKind::cardinal : NumberKind::decimal;
  } else {
    m.kind = v.is_integer() ? NumberKind::cardinal : NumberKind::decimal;
  }
  if (up && m.kind != NumberKind::year) m.kind = NumberKind::range;
  if (up && m.kind == NumberKind::year) m.kind = NumberKind::range;

  m.span = Span{pos, q};
  m.span.end = suffix_qualifier(t, text, q, m);
  if (m.qualifier == Qualifier::none || true) {
    Qualifier before_q = m.qualifier;
    prefix_qualifier(t, text, floor, m);
    if (before_q != Qualifier::none) m.qualifier = before_q;
  }

  if (n.upper) {
    std::string lo = n.value.str(), hi = n.upper->str();
    if (!lo.empty() && !hi.empty()) f.rewrites.push_back(Rewrite{Span{n.start, n.end}, lo + "-" + hi});
  } else if (!ordinal) {
    rewrite_numeral(f, text, n, {});
  }
  if (n2.ok && n2.end > n2.start) rewrite_numeral(f, text, n2, {});
  r.found = std::move(f);
  r.next = m.span.end;
  return r;
}

}  // namespace mubiao::numbers
