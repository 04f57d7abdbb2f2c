// Indicator phrases and measure cues (see indicator.h).
#include "targets/indicator.h"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "data/structure_tables.h"
#include "segment/report_parts.h"
#include "targets/horizon.h"
#include "targets/phrase.h"
#include "text/utf8.h"

namespace mubiao::targets {
namespace {

constexpr std::size_t kMaxIndicatorHan = 24;
constexpr std::size_t kMaxFrameHan = 4;
// Cut words passed over looking back for an indicator (力争 到2025年 实现 is
// three). Each look scans the phrase, so an unbounded run of cuts
// (到2025年到2025年…) would cost quadratic time.
constexpr std::size_t kMaxCutsBack = 16;

// Greedy left-to-right reading of cue words: at each position the longest
// cue (of any role) that starts there.
template <typename F>
void each_cue(std::string_view phrase, const Cues& cues, F&& f) {
  cues.cues().each(phrase, f);
}

bool is_frame_role(const Hit& c, const Cues& cues) {
  const CueRoles& r = cues.role();
  const Role role = cues.cues().role_of(c.cue);
  return role == r.measure || role == r.modality || role == r.before || role == r.respectively ||
         role == r.horizon || role == r.period || role == r.skip_before || role == r.stock;
}

}  // namespace

void MeasureCue::add(const Hit& h) {
  if (cues_.is(h, cues_.role().stock)) stock_ = h;
  if (!cues_.is(h, cues_.role().measure)) return;
  last_ = h;
  const std::string_view v = h.cue->value;
  if (v == "growth" || v == "avg_growth" || v == "decline") rate_ = h;
}

Hit MeasureCue::cue() const {
  // 涨幅控制在3%: the rate says what is measured, 控制在 only that it is kept.
  if (last_ && std::string_view(last_.cue->value) == "level" && rate_) return rate_;
  // 累计建成果蔬31万亩: a running total is a stock, whatever the verb.
  if (stock_ && (!last_ || std::string_view(last_.cue->value) == "increment")) return stock_;
  return last_;
}

Hit measure_cue(std::string_view phrase, const Cues& cues) {
  MeasureCue m(cues);
  each_cue(phrase, cues, [&](Hit h) { m.add(h); });
  return m.cue();
}

Hit measure_cue(const std::vector<Hit>& words, const Cues& cues) {
  MeasureCue m(cues);
  for (const Hit& h : words) m.add(h);
  return m.cue();
}

bool is_to_cue(std::string_view word) {
  return word.size() > 3 && is_to_word(word.substr(word.size() - 3));
}

Hit first_token(std::string_view phrase, const Cues& cues, std::string_view role) {
  Hit found;
  each_cue(phrase, cues, [&](Hit h) {
    if (!found && h.cue->role == role) found = h;
  });
  return found;
}

namespace {

// Peels frame words (scope words, cues) from both ends until none is left.
Span peel(std::string_view text, Span s, const Cues& cues) {
  for (bool changed = true; changed && s.start < s.end;) {
    changed = false;
    s = trim(text, s);
    std::string_view v = s.of(text);
    Hit h = find_suffix(v, cues.scope(), cues.scope_role().trail);
    if (!h) {
      // The longest cue that ends the phrase: 开发区 is a word, not 开发.
      Hit c = cues.cues().suffix(v);
      if (c && is_frame_role(c, cues)) h = c;
    }
    if (h) {
      s.end = s.start + h.start;
      changed = true;
      continue;
    }
    h = find_prefix(v, cues.scope(), cues.scope_role().lead);
    if (!h) {
      Hit c = cues.cues().prefix(v);
      if (c && is_frame_role(c, cues)) h = c;
    }
    if (h) {
      s.start += h.end;
      changed = true;
    }
  }
  return trim(text, s);
}

// Whether the closing bracket at k ends a list marker opening v: （ and one
// or two digits or Han numerals (not a note mark after a word: “个转企”（3）).
bool list_marker_before(std::string_view v, std::size_t k) {
  constexpr std::string_view kOpen = "（";
  if (v.substr(0, kOpen.size()) != kOpen || k - kOpen.size() > 6 || k == kOpen.size()) return false;
  for (std::size_t i = kOpen.size(); i < k;) {
    const char32_t c = utf8::decode(v, i);
    if (!(c >= '0' && c <= '9') && !data::structure::is_han_numeral(c)) return false;
  }
  return true;
}

// The last word after which an indicator starts afresh (力争, 实现, 全市, ：).
// words: the cue words of v, or nullptr.
Hit last_cut(std::string_view v, const Cues& cues, const std::vector<Hit>* words) {
  Hit best = find_last(v, cues.scope(), cues.scope_role().cut);
  const Role roles[] = {cues.role().modality, cues.role().horizon, cues.role().period};
  Hit found[std::size(roles)];  // one reading of v for the three
  if (words)
    cues.cues().last_words(v, *words, roles, std::size(roles), found);
  else
    cues.cues().last_words(v, roles, std::size(roles), found);
  for (const Hit& h : found)
    if (h && (!best || h.end > best.end)) best = h;
  // The last colon, the first closing bracket and the last 年 of a year,
  // found in one walk of v.
  constexpr std::size_t kNone = std::string_view::npos;
  static constexpr std::string_view kMarks[] = {"：", "）", "年"};
  std::size_t colon = kNone, bracket = kNone, year = kNone;
  each_char3(v, kMarks, [&](std::size_t k, std::size_t which) {
    if (which == 0)
      colon = k;
    else if (which == 1 && bracket == kNone)
      bracket = k;
    else if (which == 2 && k >= 4 && !structure::year_in(v.substr(k - 4, 7)).empty())
      year = k;
  });
  if (colon != kNone && (!best || colon + 3 > best.end))
    best = Hit{&cues.cues().rows().front(), colon, colon + 3};
  // A list marker ((4)新开工老旧小区改造: a numeral in brackets) opens an item.
  if (bracket != kNone && list_marker_before(v, bracket) && (!best || bracket + 3 > best.end))
    best = Hit{&cues.cues().rows().front(), bracket, bracket + 3};
  // A date (2026年省十件民生实事) frames what follows it (the last one: the
  // later a date, the later it ends).
  if (year != kNone && (!best || year + 3 > best.end))
    best = Hit{&cues.cues().rows().front(), year - 4, year + 3};
  return best;
}

}  // namespace

Span indicator_before(std::string_view text, Span phrase, const Cues& cues,
                      const std::vector<Hit>* words) {
  Span s = trim(text, phrase);
  Span r;
  NameCount count;  // of r: one walk for both counts
  for (std::size_t cuts = 0; cuts < kMaxCutsBack; ++cuts) {
    // The words of the whole phrase are given; those before a cut are read.
    Hit cut = last_cut(s.of(text), cues, cuts == 0 ? words : nullptr);
    if (!cut) {
      r = peel(text, s, cues);
      count = count_name(text, r);
      break;
    }
    r = peel(text, Span{s.start + cut.end, s.end}, cues);
    count = count_name(text, r);
    if (count.name >= 2) break;
    s.end = s.start + cut.start;  // nothing after the cut word: look before it
  }
  const std::size_t han = count.han;
  if (count.name < 2) return Span{r.start, r.start};
  if (han > kMaxIndicatorHan) {
    // Keep the last characters: the head of a long noun phrase is at its end.
    std::size_t i = r.end, n = 0;
    while (i > r.start && n < kMaxIndicatorHan)
      if (utf8::is_han(utf8::decode_before(text, i))) ++n;
    // A list (…就业人口、万元GDP综合能耗、耕地保有量…) is no long noun phrase:
    // it is kept whole, its members are cut one by one.
    constexpr std::string_view kListComma = "、";
    if (find_word(text.substr(i, r.end - i), kListComma) == std::string_view::npos) r.start = i;
  }
  return r;
}

Span noun_after(std::string_view text, Span phrase, const Cues& cues) {
  Span s = trim(text, phrase);
  std::string_view v = s.of(text);
  // A short gloss on the counter comes before the noun (7万套（间）保障性
  // 租赁住房): read past it.
  constexpr std::size_t kMaxGlossBytes = 15;
  if (v.substr(0, 3) == "（")
    if (std::size_t close = find_word(v, "）");
        close != std::string_view::npos && close <= kMaxGlossBytes) {
      s.start += close + 3;
      v = s.of(text);
    }
  if (v.empty()) return Span{s.start, s.start};
  // A code of digits and Latin letters may open the noun (10个5G全连接工厂).
  std::size_t code = 0;
  bool letters = false;
  while (code < v.size() && is_digit_like(static_cast<unsigned char>(v[code]))) {
    letters = letters || std::isalpha(static_cast<unsigned char>(v[code]));
    ++code;
  }
  const char32_t first = char_at(text, s.start + (letters ? code : 0));
  if (!utf8::is_han(first) && first != U'“' && first != U'"') return Span{s.start, s.start};
  for (Role role : {cues.role().after, cues.role().measure, cues.role().modality,
                    cues.role().before, cues.role().respectively})
    if (cues.prefix(v, role)) return Span{s.start, s.start};
  // Stop at the first cue word (实施错峰生产 is no part of the noun).
  std::size_t end = v.size();
  each_cue(v, cues, [&](Hit h) {
    if (!cues.is(h, cues.role().word) && h.start > 0 && h.start < end) end = h.start;
  });
  v = v.substr(0, end);
  if (std::size_t de = rfind_word(v, "的"); de != std::string_view::npos) v = v.substr(de + 3);
  // A scope word opens no noun (全市, 全年), unless a 的 ended the phrase it
  // opened (全区一流的优质初中: 优质初中) or a name follows it (10个全国重点
  // 实验室: 重点实验室).
  if (find_prefix(v, cues.scope(), cues.scope_role().not_noun)) return Span{s.start, s.start};
  if (Hit lead = find_prefix(v, cues.scope(), cues.scope_role().lead)) {
    const std::string_view rest = v.substr(lead.end);
    if (rest.size() < 6 || !utf8::is_han(char_at(rest, 0))) return Span{s.start, s.start};
    v = rest;
  }
  Span out{s.start + static_cast<std::size_t>(v.data() - s.of(text).data()), 0};
  out.end = out.start + v.size();
  // Drop a trailing connector (成果转化基金和 -> 成果转化基金).
  for (bool changed = true; changed;) {
    changed = false;
    if (Hit h = find_suffix(out.of(text), cues.scope(), cues.scope_role().lead); h && h.start > 0) {
      out.end = out.start + h.start;
      changed = true;
    }
  }
  out = trim(text, out);
  if (han_count(text, out) < 2) return Span{s.start, s.start};
  return out;
}

bool is_frame_only(std::string_view text, Span indicator, const Cues& cues) {
  return han_count(text, indicator) <= kMaxFrameHan &&
         !find_suffix(indicator.of(text), cues.scope(), cues.scope_role().head);
}

bool ends_in_verb(std::string_view text, Span phrase, const Cues& cues) {
  std::string_view v = trim(text, phrase).of(text);
  if (v.empty()) return true;
  if (Hit h = cues.suffix(v, cues.role().measure); h && h.cue->value != "level") return true;
  // 安排的43项重点改革任务: the number sits inside the noun phrase.
  // 先进材料等6个产业集群: 等 closes a list that the number counts.
  for (std::string_view w : kConjunctions)
    if (v.size() >= w.size() && v.substr(v.size() - w.size()) == w) return true;
  for (std::string_view w : {"的", "等"})
    if (v.size() >= w.size() && v.substr(v.size() - w.size()) == w) return true;
  return false;
}

}  // namespace mubiao::targets
