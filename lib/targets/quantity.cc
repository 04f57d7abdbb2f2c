// Quantities vs names and slogans (see quantity.h).
#include "targets/quantity.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "targets/indicator.h"
#include "targets/phrase.h"
#include "text/utf8.h"

namespace mubiao::targets {
namespace {

constexpr std::size_t kMaxSloganBytes = 60;  // “…” of up to ~20 characters

bool has_digit(std::string_view v) {
  for (std::size_t i = 0; i < v.size();) {
    char32_t c = utf8::fold_width(utf8::decode(v, i));
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

// Inside a short quotation (“六个百分之百”, “十四五”): a slogan, not a quantity.
// Looks at most kMaxSloganBytes around the number, so that it costs the
// same in any sentence.
bool in_slogan(std::string_view text, Span sentence, Span m) {
  const std::size_t from = m.start - std::min(m.start - sentence.start, kMaxSloganBytes);
  std::string_view before = text.substr(from, m.start - from);
  std::size_t open = rfind_word(before, "“");
  if (open == std::string_view::npos || find_word(before, "”", open) != std::string_view::npos)
    return false;
  const std::size_t limit = std::min(sentence.end, from + open + kMaxSloganBytes);
  std::string_view after = text.substr(m.end, limit > m.end ? limit - m.end : 0);
  return find_word(after, "”") != std::string_view::npos;
}

}  // namespace

namespace {
constexpr std::size_t kMaxQuoteBytes = 30;  // “ at most this far before a quoted number
}  // namespace

bool quotes_near(std::string_view text, Span sentence) {
  // The places quoted_cue() and in_slogan() look for “ at.
  const std::size_t from = sentence.start - std::min(sentence.start, kMaxQuoteBytes);
  return find_word(text.substr(from, sentence.end - from), "“") != std::string_view::npos;
}

Hit quoted_cue(const Mention& m, std::string_view text, const Cues& cues) {
  const std::size_t from = m.span.start - std::min<std::size_t>(m.span.start, kMaxQuoteBytes);
  const std::size_t open = rfind_word(text.substr(from, m.span.start - from), "“");
  if (open == std::string_view::npos) return Hit{};
  const std::size_t close = find_word(text.substr(m.span.end, kMaxQuoteBytes), "”");
  if (close == std::string_view::npos) return Hit{};
  constexpr std::size_t kQuoteBytes = 3;  // “ and ” are three bytes each
  const std::string_view inside =
      text.substr(from + open + kQuoteBytes, m.span.end + close - (from + open + kQuoteBytes));
  Hit before;
  for (std::size_t i = 0; i < inside.size();) {
    const char c = inside[i];
    if ((c >= '0' && c <= '9') || c == '.' || c == '%') {
      ++i;
      continue;
    }
    const Hit h = cues.false_friends().prefix(inside.substr(i), cues.false_friend_role().quoted);
    if (!h) return Hit{};
    if (from + open + kQuoteBytes + i + h.end == m.span.start) before = h;
    i += h.end;
  }
  return before;
}

namespace {

bool ends_with(std::string_view v, std::string_view w) {
  return v.size() >= w.size() && v.substr(v.size() - w.size()) == w;
}

// Inline: asked of a few bytes after every number, with a literal word.
inline bool starts_with(std::string_view v, std::string_view w) {
  return v.size() >= w.size() && v.compare(0, w.size(), w) == 0;
}

bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }

// Whether what follows a number opens with a cue word (a word read after
// numbers, a verb of measure, a modality; with_before, also a word read
// before them): the number is then said of something, not part of a name.
bool cue_follows(std::string_view after, const Cues& cues, bool with_before) {
  for (Role role : {cues.role().after, cues.role().measure, cues.role().modality})
    if (cues.prefix(after, role)) return true;
  return with_before && cues.prefix(after, cues.role().before);
}

// A threshold that names a category inside a noun phrase, not an amount
// planned: 亿元以上项目, 超10亿元项目, 30户以上自然村寨, 产值过50亿元企业,
// 100家亿元企业, 500亿级产业集群 (in 亿元以上项目100个 the 100 is the count).
// The mention is followed at once by Han text (not a cue such as 左右) and
// either carries its own bound (以上, 以下, 超, 过) or is an amount of money
// (or a 级) followed within a few characters by a head naming a kind of
// thing (项目, 企业: rows "threshold_head" of the false friends).
bool is_category_threshold(const Mention& m, std::string_view text, Span sentence,
                           const Cues& cues) {
  if (m.kind == NumberKind::percent) return false;
  std::size_t i = m.span.end;
  for (std::string_view w : {"的", "级"})
    if (starts_with(text.substr(i), w)) i += w.size();
  if (starts_with(text.substr(i), "“")) i += std::string_view("“").size();
  const char32_t next = char_at(text, i);
  // A bare hundred million or more (50亿以上重大项目, 200亿产业链) is money
  // with its unit left out.
  constexpr double kBareMoney = 1e8;
  const std::string_view unit = m.unit;
  const bool money = unit == "元" || unit == "美元" || (unit.empty() && m.value >= kBareMoney);
  const std::string_view v = m.span.of(text);
  // 2个50亿元以上、5个10亿元以上优质项目: the thresholds of a list share the
  // noun after the last one.
  // With the noun left out, a count right after it (其中超50亿元15个): the
  // class of the count.
  const bool bounded = ends_with(v, "以上") || starts_with(v, "超") || starts_with(v, "过");
  if (money && bounded &&
      (is_ascii_digit(next) || (next == U'、' && is_ascii_digit(char_at(text, i + 3)))))
    return true;
  // 30万吨PGA等项目: a capacity before a Latin name names a plant too.
  const bool latin = next < 0x80 && std::isalpha(static_cast<int>(next));
  if (!utf8::is_han(next) && !latin) return false;
  const std::string_view after = text.substr(i, std::min<std::size_t>(30, sentence.end - i));
  if (cue_follows(after, cues, true)) return false;
  // 60万吨玻纤一期, 4万头奶牛养殖园区: a capacity names a plant.
  if (is_row(m.unit, cues.false_friends(), cues.false_friend_role().capacity_unit)) return true;
  if (latin) return false;
  const bool grade = starts_with(text.substr(m.span.end), "级");
  // A bound on a count of the things that follow is a count (200个以上老旧
  // 小区改造项目); on an amount of money, a category (亿元以上项目).
  if (ends_with(v, "以下") || (money && bounded)) return true;
  if (ends_with(v, "以上") && !m.unit.empty()) {
    // A count, or an extent of work (50万亩以上高标准农田).
    if (!is_row(m.unit, cues.false_friends(), cues.false_friend_role().counter) &&
        !is_row(m.unit, cues.false_friends(), cues.false_friend_role().count_unit))
      return true;
  }
  if (!money && !grade) return false;
  // The head must come before any punctuation or digit.
  std::size_t end = 0;
  while (end < after.size()) {
    std::size_t k = end;
    const char32_t c = utf8::decode(after, k);
    if (!utf8::is_han(c) && c != U'“' && c != U'”') break;
    end = k;
  }
  const std::string_view phrase = after.substr(0, end);
  for (const Cue* h : cues.false_friends().with_role(cues.false_friend_role().threshold_head))
    if (find_word(phrase, h->word) != std::string_view::npos &&
        phrase.size() <= 24 + h->word.size())
      return true;
  return false;
}

// The Han characters that open text, at most max_chars of them: the noun
// right after a number.
std::string_view han_run(std::string_view text, std::size_t max_chars) {
  std::size_t end = 0;
  for (std::size_t n = 0; n < max_chars && end < text.size(); ++n) {
    std::size_t k = end;
    if (!utf8::is_han(utf8::decode(text, k))) break;
    end = k;
  }
  return text.substr(0, end);
}

// The noun right after a count names a programme whose parts are counted
// (15件市办民生实事): a part_head within its first few Han characters.
bool names_programme_parts(std::string_view after, const Cues& cues) {
  constexpr std::size_t kPartNounChars = 8;
  const std::string_view noun = han_run(after, kPartNounChars);
  for (const Cue* f : cues.false_friends().with_role(cues.false_friend_role().part_head))
    if (find_word(noun, f->word) != std::string_view::npos) return true;
  return false;
}

// Digits with no unit and no magnitude run into a noun name it (120指挥调度
// 平台, 985高校, 9610海关监管场所): Chinese counts things with a measure word.
bool names_with_bare_digits(const Mention& m, std::string_view text, std::string_view after,
                            const Cues& cues) {
  if (!m.unit.empty() || m.kind != NumberKind::cardinal) return false;
  for (char c : m.span.of(text))
    if (c < '0' || c > '9') return false;
  if (!utf8::is_han(char_at(text, m.span.end))) return false;
  return !cue_follows(after, cues, true);
}

// A size that names what follows, not an amount: a multiple right before
// a noun (2倍储备库, 对照…4倍目录库: a class of stock, not a growth), and a
// length or span before a noun that ends in a name's word (rows
// "name_tail": 3公里汽车充电服务圈).
bool names_by_size(const Mention& m, std::string_view text, std::string_view after,
                   const Cues& cues) {
  if (!utf8::is_han(char_at(text, m.span.end))) return false;
  if (cue_follows(after, cues, false)) return false;
  if (m.kind == NumberKind::multiple) {
    if (!ends_with(m.span.of(text), "倍")) return false;  // 翻番 is a target
    for (std::string_view w : kConjunctions)
      if (starts_with(after, w)) return false;
    return !starts_with(after, "多") && !starts_with(after, "余");
  }
  if (!is_row(m.unit, cues.false_friends(), cues.false_friend_role().count_unit) ||
      is_row(m.unit, cues.false_friends(), cues.false_friend_role().counter))
    return false;
  constexpr std::size_t kNameChars = 10;
  const std::string_view noun = han_run(after, kNameChars);
  return static_cast<bool>(
      find_suffix(noun, cues.false_friends(), cues.false_friend_role().name_tail));
}

bool is_power_of_ten(double v) {
  if (v < 10) return false;
  while (v >= 10 && std::fmod(v, 10) == 0) v /= 10;
  return v == 1;
}

bool is_year_value(double v) { return v >= 1900 && v <= 2100 && v == static_cast<int>(v); }

// Years that are not followed by 年: 2024亚洲种子大会, （2024—2026）,
// 2024／2025榨季. A plain number between 1900 and 2100 with no unit, right
// before a name, is one.
bool names_a_year(const Mention& m, std::string_view text) {
  if (!m.unit.empty()) return false;
  const std::string_view v = m.span.of(text);
  for (std::string_view slash : {"／", "/"}) {  // 2024／2025榨季: a season
    const std::size_t k = find_word(v, slash);
    if (k == 4 && v.size() == 8 + slash.size()) return true;
  }
  if (!is_year_value(m.value)) return false;
  if (m.kind == NumberKind::range) return m.upper && is_year_value(*m.upper);
  return m.kind == NumberKind::cardinal && utf8::is_han(char_at(text, m.span.end));
}

// A span of time that is itself what is measured (空气质量优良天数保持在342天
// 以上, 企业开办时间压缩至30分钟以内): the words just before it, cue words
// left out, end in a word naming an amount of time (rows "time_measure").
bool measures_time(std::string_view text, Span sentence, Span m, const Cues& cues) {
  constexpr std::size_t kLookBackBytes = 30;  // ~10 characters
  const std::size_t from = m.start - std::min(m.start - sentence.start, kLookBackBytes);
  std::string_view left = text.substr(from, m.start - from);
  for (const Cue* w : cues.false_friends().with_role(cues.false_friend_role().time_measure))
    if (find_word(left, w->word) != std::string_view::npos) return true;
  return false;
}

// A code, not an amount: a plain run of many digits with no unit
// (网站标识码：4309000006, a telephone number).
bool is_code(const Mention& m, std::string_view text) {
  constexpr std::size_t kMinCodeDigits = 7;
  if (!m.unit.empty() || m.kind != NumberKind::cardinal) return false;
  const std::string_view v = m.span.of(text);
  if (v.size() < kMinCodeDigits) return false;
  for (char c : v)
    if (c < '0' || c > '9') return false;
  return true;
}

// The amount after a word naming a fact about what follows (总投资280亿元的
// 15个项目: the projects' total cost, not an amount planned for the year);
// rows "fact_before", unless the word is part of a plan word ("plan_before":
// 年度计划总投资, whose amount is planned, even before 的…项目).
bool follows_plan_word(std::string_view left, const Cues& cues) {
  return static_cast<bool>(
      find_suffix(left, cues.false_friends(), cues.false_friend_role().plan_before));
}

// plan: follows_plan_word(left, cues).
bool is_fact_amount(const Mention& m, std::string_view text, std::string_view left, bool plan,
                    const Cues& cues) {
  if (!starts_with(text.substr(m.span.end), "的") || plan) return false;
  return static_cast<bool>(
      find_suffix(left, cues.false_friends(), cues.false_friend_role().fact_before));
}

// The items of a policy named right before their count (支持民营经济发展31条,
// 工作要点40条): rows "policy_before", whose value is the unit of the items.
bool counts_policy_items(const Mention& m, std::string_view left, const Cues& cues) {
  const Hit h = find_suffix(left, cues.false_friends(), cues.false_friend_role().policy_before);
  return h && h.cue->value == m.unit;
}

// A count governed by a verb that acts on a set that exists (做强4个产业集群,
// 用好航空、气象等86个科普场馆): the set is background, not work planned. The
// governing verb is the last verb of the clause before the count (rows
// "measure" and "existing" of the cue words), looked for over a bounded
// stretch so that it costs the same in any sentence. A count of projects is
// work whatever the verb (rows "work_head": 紧盯…1426个建设项目); a set taken
// as the means (以…为载体) exists too.
bool counts_existing_set(const Mention& m, std::string_view left, std::string_view after,
                         const Cues& cues) {
  constexpr std::size_t kMaxClauseChars = 50, kMaxClauseBytes = 3 * kMaxClauseChars;
  constexpr std::size_t kMaxAfterBytes = 3 * 20;  // the counted noun and its predicate
  if (!is_row(m.unit, cues.false_friends(), cues.false_friend_role().counter)) return false;
  const std::string_view noun = han_run(after, kMaxClauseChars);
  for (const Cue* w : cues.false_friends().with_role(cues.false_friend_role().work_head))
    if (find_word(noun, w->word) != std::string_view::npos) return false;
  std::size_t from = left.size() - std::min(left.size(), kMaxClauseBytes);
  while (from < left.size() && (static_cast<unsigned char>(left[from]) & 0xC0) == 0x80) ++from;
  std::string_view clause = left.substr(from);
  // After the last separator (one walk for the four).
  static constexpr std::string_view kSeparators[] = {"，", "；", "：", "。"};
  std::size_t cut = 0;
  each_char3(clause, kSeparators, [&](std::size_t k, std::size_t) { cut = k + 3; });
  clause.remove_prefix(cut);
  // 以9个省级化工园区为载体: the set is the means of the work, not its object
  // (rows "means_after").
  if (find_word(clause, "以") != std::string_view::npos)
    for (const Cue* w : cues.false_friends().with_role(cues.false_friend_role().means_after))
      if (find_word(noun, w->word) != std::string_view::npos) return true;
  // A verb inside a listed item (、深化商事制度改革、…等24项工作) governs its
  // item only.
  Hit governing;
  cues.cues().each(clause, [&](Hit h) {
    if (cues.is(h, cues.role().measure) ||
        (cues.is(h, cues.role().existing) &&
         find_word(clause.substr(0, h.start), "、") == std::string_view::npos))
      governing = h;
  });
  if (governing && cues.is(governing, cues.role().existing)) return true;
  // 支持8家湖北实验室多出成果, 推动4个副城产城融合, 15个特色产业园要扩大增量:
  // under a verb that supports what exists as well as what is new (rows
  // "support_verb": the last verb of the clause), a set whose own development is said right
  // after it (rows "existing_after", within the count's clause) exists; a
  // set to be made is the object of work (支持200家中小企业开展…提升).
  const Table& ff = cues.false_friends();
  const Hit support = ff.last(clause, cues.false_friend_role().support_verb);
  if (!support || (governing && support.end < governing.end)) return false;
  std::string_view rest = after.substr(0, std::min(after.size(), kMaxAfterBytes));
  for (std::string_view sep : {"，", "；", "：", "。", "、", "以及"})
    if (const std::size_t k = find_word(rest, sep); k != std::string_view::npos)
      rest = rest.substr(0, k);
  // 发展, 融合 name a noun's kind as often (高质量发展集聚区, 产教融合共同体):
  // those (value "end") only when they close the clause.
  for (const Cue* w : ff.with_role(cues.false_friend_role().existing_after))
    if (w->value == "end" ? ends_with(rest, w->word)
                          : find_word(rest, w->word) != std::string_view::npos)
      return true;
  return false;
}

}  // namespace

Use use_of(const Mention& m, std::string_view text, Span sentence, const Cues& cues,
           Hit* quoted_hit, bool quotes) {
  switch (m.kind) {
    case NumberKind::ordinal:
    case NumberKind::year:
    case NumberKind::month:
    case NumberKind::day:
    case NumberKind::quarter: return Use::skip;
    case NumberKind::duration:
      if (!measures_time(text, sentence, m.span, cues)) return Use::skip;
      break;
    default: break;
  }
  // Part of a code or a compound: 5G, 2×100万千瓦, VOCs, PM 2.5.
  // (A count that ends in its counter is whole: 10个5G全连接工厂.)
  const bool ends_in_counter = utf8::is_han(char_before(text, m.span.end));
  if (is_digit_like(char_before(text, m.span.start)) ||
      (!ends_in_counter && is_digit_like(char_at(text, m.span.end))))
    return Use::skip;
  if (char_before(text, m.span.start) == U' ' && is_digit_like(char_before(text, m.span.start - 1)))
    return Use::skip;
  const std::string_view after = text.substr(m.span.end);
  const bool timed = m.kind == NumberKind::duration;  // already known to be measured
  // (Rows that after starts with / that the unit is: one probe by the first
  // character, not a comparison with each row.)
  if (!timed && find_prefix(after, cues.false_friends(), cues.false_friend_role().after))
    return Use::skip;
  if (!timed && is_row(m.unit, cues.false_friends(), cues.false_friend_role().unit))
    return Use::skip;
  if (names_programme_parts(after, cues)) return Use::skip;
  const Hit quoted_at = quotes ? quoted_cue(m, text, cues) : Hit{};  // “保8争9”
  if (quoted_hit) *quoted_hit = quoted_at;
  const bool quoted = static_cast<bool>(quoted_at);
  if (is_code(m, text) || (!quoted && names_with_bare_digits(m, text, after, cues)))
    return Use::skip;
  // 一产, 六稳, 三级, 一批, 四市: small numbers spelled in Chinese are parts
  // of words and set phrases, and so are 十件, 十大; quantities in reports
  // are written in digits (larger spelled ones, 万亿元, are kept). A share
  // said as a fraction in words (占全省一半以上, 压减三分之一) is a quantity;
  // one with a counter (半个月) is not a share.
  const bool digits = has_digit(m.span.of(text));
  const bool share = m.kind == NumberKind::fraction && m.unit.empty();
  if (!digits && m.kind != NumberKind::percent && m.kind != NumberKind::multiple && !share &&
      (m.value <= 10 || (m.unit.empty() && m.value < 1e4)))
    return Use::skip;
  // 万人发明专利拥有量, 千人床位数: a spelled round number of people right
  // before a noun is the base of a rate; one of any counter, unqualified,
  // names a class or a slogan (联动万家科创企业, 进万家活动, 万家丽路), while
  // 突破万户, 上线万人以上 end their phrase or carry a bound, and 二十三个 is
  // no round number.
  if (!digits && utf8::is_han(char_at(text, m.span.end)) &&
      (std::string_view(m.unit) == "人" ||
       (m.qualifier == Qualifier::none && is_power_of_ten(m.value) &&
        is_row(m.unit, cues.false_friends(), cues.false_friend_role().counter))))
    return Use::skip;
  // 万元GDP能耗, 亿元税收楼宇: one spelled power of ten of yuan (rows
  // "rate_base") right before a noun is the base of a rate or names a class
  // (not 千亿元 before 迈进 or 大关: a round amount).
  if (const char32_t next = char_at(text, m.span.end);
      !digits && (utf8::is_han(next) || (next >= 'A' && next <= 'Z'))) {
    constexpr std::size_t kNumeralBytes = 3;  // one numeral character (万), then the unit
    if (is_row(m.unit, cues.false_friends(), cues.false_friend_role().rate_base) &&
        m.span.size() == kNumeralBytes + m.unit.size())
      return Use::skip;
  }
  // 2×100万千瓦: a product names a configuration, not an amount.
  if (m.span.of(text).find("×") != std::string_view::npos) return Use::skip;
  if (!quoted && quotes && in_slogan(text, sentence, m.span)) return Use::skip;
  if (names_by_size(m, text, after, cues)) return Use::skip;
  std::string_view left = trim(text, Span{sentence.start, m.span.start}).of(text);
  // Whether a row of the false friends ends left, any row (one probe):
  // most lefts end in none, and then none of the plan, label, fact and
  // policy words below is looked for.
  const bool ff_tail = static_cast<bool>(cues.false_friends().suffix(left));
  const bool plan = ff_tail && follows_plan_word(left, cues);
  if (!plan && is_category_threshold(m, text, sentence, cues)) return Use::skip;
  if (names_a_year(m, text)) return Use::skip;
  if (ff_tail && find_suffix(left, cues.false_friends(), cues.false_friend_role().before))
    return Use::skip;  // 附件1, 表2: labels
  if (ff_tail && is_fact_amount(m, text, left, plan, cues)) return Use::skip;
  if (ff_tail && counts_policy_items(m, left, cues)) return Use::skip;
  if (cues.suffix(left, cues.role().skip_before)) return Use::start_point;
  // 2375元提高到2423元: a number right before 提高到 is where the change starts.
  const std::string_view right =
      text.substr(m.span.end, std::min<std::size_t>(15, sentence.end - m.span.end));
  if (Hit to = cues.prefix(right, cues.role().measure); to && is_to_cue(to.cue->word))
    return Use::start_point;
  if (cues.suffix(left, cues.role().skip)) return Use::skip;
  // The clause before the count, its separators kept (left is trimmed).
  if (counts_existing_set(m, text.substr(sentence.start, m.span.start - sentence.start), after,
                          cues))
    return Use::skip;
  return Use::value;
}

}  // namespace mubiao::targets
