// Statement shapes over one sentence (see rules.h).
#include "targets/rules.h"

#include <algorithm>
#include <cctype>
#include <optional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "data/structure_tables.h"
#include "targets/benchmark.h"
#include "targets/comparator.h"
#include "targets/coordination.h"
#include "targets/horizon.h"
#include "targets/indicator.h"
#include "targets/phrase.h"
#include "targets/quantity.h"
#include "targets/role_places.h"
#include "targets/stance.h"
#include "text/utf8.h"

namespace mubiao::targets {
namespace {

constexpr std::string_view kPoints = "百分点";  // the unit of a margin between rates

struct Number {
  const Mention* m;
  Use use;
  Hit quoted;  // quoted_cue() of a number that is no skip, as use_of() read it
};

// An item not yet searched for the horizon it names; or a clause not read,
// whose items are the clause's enumeration_items.
struct Unread {
  Span span;
  bool clause = false;
};

// The vectors a SentenceReader fills, kept from one piece to the next (one
// per thread): a piece is a sentence or less, and allocating them anew for
// each cost more than the reading of most pieces.
struct Buffers {
  std::vector<Number> numbers;
  std::vector<Unread> unread;
  std::vector<Span> items, horizon_items;
  std::vector<bool> has_numbers;
  std::vector<Hit> words;
  std::vector<const Number*> values, item_numbers, next_numbers;
  RolePlaces horizon_words;
};

// Where the Han characters from i on (i starts one) stop being passed
// over: a place before `stop` where a character that may be no Han
// character starts. Bytes E4..E9 and 80..BF only in the 16 bytes at i:
// Han characters up to the last lead byte among them, which starts one.
std::size_t han_run_end(std::string_view text, std::size_t i, std::size_t stop) {
#if defined(__SSE2__)
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  // As signed bytes, 80..BF are -128..-65 and E4..E9 are -28..-23.
  const __m128i cont_top = _mm_set1_epi8(static_cast<char>(0xC0)),
                lead_low = _mm_set1_epi8(static_cast<char>(data::structure::kHanLeadFirst - 1)),
                lead_top = _mm_set1_epi8(static_cast<char>(data::structure::kHanLeadLast + 1));
  while (i + 16 <= stop) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i cont = _mm_cmplt_epi8(x, cont_top);
    const __m128i lead = _mm_and_si128(_mm_cmpgt_epi8(x, lead_low), _mm_cmplt_epi8(x, lead_top));
    if (_mm_movemask_epi8(_mm_or_si128(cont, lead)) != 0xFFFF) break;
    const auto leads = static_cast<unsigned>(_mm_movemask_epi8(lead));
    const std::size_t last = i + static_cast<std::size_t>(31 - __builtin_clz(leads));
    if (last == i) break;
    i = last;
  }
#endif
  (void)stop;
  return i + 3;
}

// The items of an enumeration in a clause: split at 、 outside quotes,
// brackets (lib/data/structure_tables.h) and numbers; into out (cleared
// first: a reader reuses one vector for every clause).
void enumeration_items(std::string_view text, Span s, const std::vector<Number>& numbers,
                       const Cues& cues, std::vector<Span>& out) {
  namespace tables = data::structure;
  out.clear();
  std::size_t start = s.start, i = s.start;
  std::size_t n = static_cast<std::size_t>(
      std::lower_bound(numbers.begin(), numbers.end(), s.start,
                       [](const Number& a, std::size_t pos) { return a.m->span.end <= pos; }) -
      numbers.begin());
  // The span of numbers[n], held at hand (npos past the last number): the
  // walk asks it at every step.
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  Span next{kNone, kNone};
  auto load = [&] { next = n < numbers.size() ? numbers[n].m->span : Span{kNone, kNone}; };
  load();
  int depth = 0;
  while (i < s.end) {
    while (next.end <= i) {
      ++n;
      load();
    }
    if (next.start <= i) {
      i = next.end;
      continue;
    }
    // First byte E4..E9: a Han character; items are split only at
    // punctuation, so it is neither a bracket nor a separator.
    if (data::structure::leads_han(static_cast<unsigned char>(text[i]))) {
      // A run of Han characters is passed over 16 bytes at a time, up to
      // the last character that starts in them (not past a number, which
      // is passed over whole).
      const std::size_t stop = std::min(s.end, next.start);
      i = han_run_end(text, i, stop);
      continue;
    }
    std::size_t k = i;
    char32_t c = utf8::decode(text, k);
    if (tables::is_opener(c))
      ++depth;
    else if (tables::is_closer(c) && depth > 0)
      --depth;
    else if (depth == 0 && c == tables::kEnumerationComma) {
      // 省、市重点项目, 完成国、省下达: two administrative levels modify one
      // noun, when the first opens a word (not 城市、县城: after a counter,
      // a non-Han character or the item's start).
      auto level = [&](std::string_view ch) {
        return is_row(ch, cues.scope(), cues.scope_role().level);
      };
      const bool modifier =
          i >= start + 3 && level(text.substr(i - 3, 3)) && level(text.substr(k, 3)) &&
          (i - 3 == start || !utf8::is_han(char_before(text, i - 3)) ||
           is_row(text.substr(i - 6, 3), cues.false_friends(), cues.false_friend_role().counter));
      if (!modifier) {
        out.push_back(Span{start, i});
        start = k;
      }
    }
    i = k;
  }
  out.push_back(Span{start, s.end});
}

// Whether a and b view the same bytes (not only equal ones): the words read
// of one are those of the other.
bool same(std::string_view a, std::string_view b) {
  return a.data() == b.data() && a.size() == b.size();
}

// 类, 项, 级, 种 after 各/每: 各类 is a scope word, not 各 distributing.
bool is_kind_word(std::string_view next) {
  return next == "类" || next == "项" || next == "级" || next == "种";
}

// An indicator that opens with 每/各 and a place (每个县, 各县区) names who
// does it, not what is counted (各类, 各项 are scope words).
bool per_place(std::string_view ind) {
  for (std::string_view d : {"每", "各"})
    if (ind.substr(0, d.size()) == d) return !is_kind_word(ind.substr(d.size(), 3));
  return false;
}

// Whether 各/每 and a place come in v (引导各区县（市）选择1—2个立县产业): a
// quota per place, whose range counts the noun after it.
bool names_places(std::string_view v) {
  for (std::string_view d : {"各", "每"})
    for (std::size_t k = find_word(v, d); k != std::string_view::npos;
         k = find_word(v, d, k + d.size()))
      if (!is_kind_word(v.substr(k + d.size(), 3))) return true;
  return false;
}

class SentenceReader {
 public:
  SentenceReader(const SentenceInput& in, const Cues& cues, std::vector<Statement>& out,
                 Buffers& buffers)
      : in_(in),
        text_(in.text),
        cues_(cues),
        out_(out),
        numbers_(buffers.numbers),
        unread_horizons_(buffers.unread),
        items_(buffers.items),
        horizon_items_(buffers.horizon_items),
        has_numbers_(buffers.has_numbers),
        words_(buffers.words),
        values_(buffers.values),
        item_numbers_(buffers.item_numbers),
        next_numbers_(buffers.next_numbers),
        horizon_words_(buffers.horizon_words) {
    numbers_.clear();
    unread_horizons_.clear();
  }

  void run(const Mention* first, const Mention* last) {
    const bool quotes = first != last && quotes_near(text_, in_.span);
    for (const Mention* m = first; m != last; ++m)
      if (in_.span.contains(m->span)) {
        Number& n = numbers_.emplace_back();
        n.m = m;
        n.use = use_of(*m, text_, in_.span, cues_, &n.quoted, quotes);
      }
    share_labels();
    bounds_after_counts();
    // A piece whose numbers are all names, dates or codes and that holds no
    // benchmark words yields no statement: its clauses are not read.
    if (!in_.may_hold_benchmark && std::all_of(numbers_.begin(), numbers_.end(),
                                               [](const Number& n) { return n.use == Use::skip; }))
      return;
    for (std::size_t c = 0; c < in_.clauses.size(); ++c) {
      clause_ = c;
      if (!in_.may_hold_benchmark && !any_number_in(in_.clauses[c])) {
        // Nothing to read but the horizons its items name, read when a
        // later statement asks (bare_direction_ is for benchmarks only).
        start_point_.clear();
        unread_horizons_.push_back(Unread{in_.clauses[c], true});
        bare_direction_ = Span{};
        continue;
      }
      const std::size_t before = out_.size();
      read_clause(in_.clauses[c]);
      bare_direction_ = out_.size() == before ? bare_direction(in_.clauses[c]) : Span{};
    }
  }

 private:
  // Bare numbers listed with a label share what it is: 6、7、8号线 (the
  // last is an ordinal: 8号线, 9号机组), 国道317、318 (the first follows 国道).
  void share_labels() {
    auto listed = [&](std::size_t i) {
      const Span a = numbers_[i].m->span, b = numbers_[i + 1].m->span;
      return text_.substr(a.end, b.start - a.end) == "、";
    };
    bool label = false;  // numbers_[i] is an ordinal or listed before one
    for (std::size_t i = numbers_.size(); i-- > 1;) {  // backward: 6、7、8号线
      label = numbers_[i].m->kind == NumberKind::ordinal || label;
      label = label && numbers_[i - 1].m->unit.empty() && listed(i - 1);
      if (label) numbers_[i - 1].use = Use::skip;
    }
    for (std::size_t i = 0; i + 1 < numbers_.size(); ++i)  // forward: 国道317、318
      if (numbers_[i].use == Use::skip && numbers_[i].m->unit.empty() &&
          numbers_[i + 1].m->unit.empty() && listed(i))
        numbers_[i + 1].use = Use::skip;
  }

  // A bounded count right after another count, before a noun, names a
  // class of what is counted (230个50户以上木质房屋连片村寨: 230 villages of
  // 50 households or more): a name, not a second quantity. An unbounded one
  // is a second count (2800户7700人返贫风险: households and persons).
  void bounds_after_counts() {
    const Table& ff = cues_.false_friends();
    auto counter = [&](const std::string& u) {
      return is_row(u, ff, cues_.false_friend_role().counter) ||
             is_row(u, ff, cues_.false_friend_role().count_unit);
    };
    for (std::size_t i = 1; i < numbers_.size(); ++i) {
      const Mention &a = *numbers_[i - 1].m, &b = *numbers_[i].m;
      if (a.span.end == b.span.start && counter(a.unit) && counter(b.unit) &&
          (b.qualifier == Qualifier::at_least || b.qualifier == Qualifier::over ||
           b.qualifier == Qualifier::at_most) &&
          utf8::is_han(char_at(text_, b.span.end)))
        numbers_[i].use = Use::skip;
    }
  }

  // The indicators of a clause that ends in a direction verb alone, with no
  // number, no adverb and no statement of its own (主要污染物减排、单位地区
  // 生产总值能耗下降，大气、水环境质量完成省下达任务): the next clause's assigned
  // benchmark says how far. Not 能耗进一步下降 or 持续下降: a goal of its own.
  Span bare_direction(Span clause) const {
    const std::string_view v = clause.of(text_);
    const Hit h = cues_.suffix(v, cues_.role().measure);
    if (!h || h.end != v.size() || any_number_in(clause)) return Span{};
    // A cut (the constraints a level above assigns); 外贸稳定增长 is a goal.
    if (h.cue->value != "decline") return Span{};
    if (find_suffix(v.substr(0, h.start), cues_.scope(), cues_.scope_role().trail)) return Span{};
    return Span{clause.start, clause.start + h.start};
  }

  // Whether a number that is no name or code (values_only: a value) lies
  // inside s: !numbers_in(s, values_only).empty(), with no vector made.
  bool any_number_in(Span s, bool values_only = false) const {
    auto it =
        std::lower_bound(numbers_.begin(), numbers_.end(), s.start,
                         [](const Number& a, std::size_t pos) { return a.m->span.start < pos; });
    for (; it != numbers_.end() && it->m->span.end <= s.end; ++it)
      if (it->use != Use::skip && (!values_only || it->use == Use::value)) return true;
    return false;
  }

  // Numbers inside s (binary search: numbers_ is in text order), into out
  // (cleared first: a buffer kept from one piece to the next).
  const std::vector<const Number*>& numbers_in(Span s, bool values_only,
                                               std::vector<const Number*>& out) const {
    out.clear();
    auto it =
        std::lower_bound(numbers_.begin(), numbers_.end(), s.start,
                         [](const Number& a, std::size_t pos) { return a.m->span.start < pos; });
    for (; it != numbers_.end() && it->m->span.end <= s.end; ++it)
      if (it->use != Use::skip && (!values_only || it->use == Use::value)) out.push_back(&*it);
    return out;
  }

  void read_clause(Span clause) {
    start_point_.clear();
    const auto& values = numbers_in(clause, true, values_);
    if (!values.empty() && read_respectively(clause, values)) return;
    std::vector<Span>& items = items_;
    enumeration_items(text_, clause, numbers_, cues_, items);
    // A benchmark said of a list (一般公共预算收入、居民收入与经济增长同步):
    // the whole clause is one statement per listed indicator.
    if (values.empty() && items.size() > 1 && in_.may_hold_benchmark &&
        read_list_benchmark(clause, items))
      return;
    std::vector<bool>& has_numbers = has_numbers_;
    has_numbers.assign(items.size(), false);
    for (std::size_t i = 0; i < items.size(); ++i) has_numbers[i] = any_number_in(items[i]);
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (!has_numbers[i]) {
        if (in_.may_hold_benchmark) read_benchmark(items[i]);
      } else {
        const auto& nums = numbers_in(items[i], false, item_numbers_);
        std::size_t bound = items[i].start;
        // A cue in the items without numbers just before is this item's
        // (力争乡镇、社区卫生机构能力达标比例75%以上).
        modality_from_ = items[i].start;
        for (std::size_t j = i; j > 0 && !has_numbers[j - 1]; --j)
          modality_from_ = items[j - 1].start;
        for (std::size_t k = 0; k < nums.size(); ++k) {
          const Mention& m = *nums[k]->m;
          Span left{bound, m.span.start};
          Span right{m.span.end, k + 1 < nums.size() ? nums[k + 1]->m->span.start : items[i].end};
          // What is counted may follow over items without numbers
          // (培育100家叫得响、价值高、信誉好的品牌企业和产品).
          Span right_wide = right;
          if (k + 1 == nums.size()) {
            std::size_t j = i + 1;
            while (j < items.size() && !has_numbers[j]) ++j;
            right_wide.end = items[j - 1].end;
          }
          // The last member of a list without numbers, then the count of
          // what follows (伊塘、…、潇贺古道4条“和美湘村”示范带): count the noun.
          const bool list_tail = k == 0 && i > 0 && !has_numbers[i - 1];
          read_number(*nums[k], Span{items[i].start, m.span.end}, left, right, right_wide,
                      list_tail, k + 1 < nums.size() ? nums[k + 1]->m : nullptr, items[i].end,
                      i + 1 < items.size() ? items[i + 1] : Span{});
          bound = m.span.end;
        }
      }
      // A horizon named in this item holds for the rest of the sentence:
      // read when a later statement asks for it (most items have none).
      unread_horizons_.push_back(Unread{items[i], false});
    }
  }

  // 城镇和农村居民人均可支配收入分别增长7.5%、8%; 游客人次、旅游花费均增长10%.
  bool read_respectively(Span clause, const std::vector<const Number*>& values) {
    std::string_view before =
        text_.substr(clause.start, values.front()->m->span.start - clause.start);
    // The distributing word nearest the values (各类…分别: 分别; 人才项目、
    // 领军人才各30个: 各).
    Hit r;                      // read as words, so that 年均 is no 均
    MeasureCue measure(cues_);  // in the same reading: measure_cue(before)
    // The reading is needed only for a distributing word, or for a rate
    // after a 、 (below): most clauses have neither, and a search for the
    // few distributing words costs less than reading the words.
    if (cues_.first(before, cues_.role().respectively) ||
        find_word(before, "、") != std::string_view::npos)
      cues_.cues().each(before, [&](Hit h) {
        measure.add(h);
        // 各类, 各项: scope words, not a distribution (竣工各类保障性住房8万套).
        if (cues_.is(h, cues_.role().respectively) && !is_kind_word(before.substr(h.end, 3))) r = h;
      });
    if (r) {
      // 各县（市、区）分别培育1家: the places each do it; no list of
      // indicators (各类, 各项 are scope words, not places).
      const std::string_view phrase = before.substr(0, r.start);
      for (std::string_view d : {"各", "每"})
        for (std::size_t k = find_word(phrase, d); k != std::string_view::npos;
             k = find_word(phrase, d, k + 1)) {
          if (!is_kind_word(phrase.substr(k + d.size(), 3))) return false;
        }
    }
    // 分别增长4.5%、6.5%、7%以上: with a distributing word, a bound after the
    // last of values listed together covers them all.
    const bool shared_bound = static_cast<bool>(r);
    // 城乡居民人均可支配收入分别为5.8万元和3.1万元，增长5%和8%: values listed
    // together with no indicator of their own, as many as the members the
    // sentence distributed values over last, go one to each member.
    auto elliptical_list = [&]() {
      if (last_list_.size() < 2 || values.size() != last_list_.size() || !listed_together(values))
        return false;
      const std::size_t end = values.front()->m->span.start;
      if (!indicator_before(text_, Span{clause.start, r ? clause.start + r.start : end}, cues_)
               .empty())
        return false;
      const std::size_t from = r ? clause.start + r.end : clause.start;
      const std::vector<Conjunct> members = last_list_;
      return read_distributed(clause, members, values, text_.substr(from, end - from),
                              shared_bound);
    };
    if (!r) {
      // 高新技术、科技型中小企业数量增长10%: a rate said of an enumeration holds
      // for each member (a count would be their total: 国家、省、市三级…50个).
      Hit rate = measure.cue();
      const Mention& m = *values.front()->m;
      if (!rate || find_word(before.substr(0, rate.start), "、") == std::string_view::npos)
        return elliptical_list();
      // 市场采购、互市贸易、跨境电商贸易额达到15亿元、20亿元和30亿元: as many
      // values, listed together, as members: one each, in order.
      const bool value_per_member = values.size() > 1 && listed_together(values);
      // 进出口、实际使用外资增幅高于全市平均水平5个百分点: a margin over a
      // benchmark is a rate too.
      const bool rate_value = m.kind == NumberKind::percent ||
                              (m.unit == kPoints && margin_over_benchmark(before.substr(rate.end)));
      if (!value_per_member && (values.size() != 1 || !rate_value || rate.cue->value == "level" ||
                                rate.cue->value == "increment"))
        return false;
      r = Hit{rate.cue, rate.start, rate.start};
      if (value_per_member &&
          coordinated_indicators(text_, Span{clause.start, clause.start + r.start}, cues_).size() !=
              values.size())
        return false;
    }
    auto conj = coordinated_indicators(text_, Span{clause.start, clause.start + r.start}, cues_);
    // 合同履约率、开工率、资金到位率，分别达到90%、80%、30%以上: the members
    // are the previous clause, a list with no numbers, one per value (not
    // when the members follow 分别: 分别完成粮食、油菜种植面积…, nor when
    // the list has a predicate of its own: 收入均稳居全省第2，分别增长…).
    if (conj.empty() && r && clause_ > 0 && values.size() > 1 && listed_together(values) &&
        !any_number_in(in_.clauses[clause_ - 1])) {
      const Span prev = in_.clauses[clause_ - 1];
      const Span mid{clause.start + r.end, values.front()->m->span.start};
      if (auto members = coordinated_indicators(text_, prev, cues_);
          members.size() == values.size() && members.back().span.end == trim(text_, prev).end &&
          indicator_before(text_, mid, cues_).empty())
        return read_distributed(Span{prev.start, clause.end}, members, values, mid.of(text_),
                                shared_bound);
    }
    if (conj.empty()) return elliptical_list();
    const std::size_t mid_start = clause.start + r.end;
    std::string_view mid = text_.substr(mid_start, values.front()->m->span.start - mid_start);
    // 分别从209元、217元提高到280元、290元: the values before 提高到 are start points.
    if (cues_.last(mid, cues_.role().skip_before)) {
      std::vector<const Number*> ends;
      for (std::size_t k = 0; k + 1 < values.size(); ++k) {
        std::string_view between = text_.substr(
            values[k]->m->span.end, values[k + 1]->m->span.start - values[k]->m->span.end);
        if (Hit to = cues_.last(between, cues_.role().measure); to && is_to_cue(to.cue->word)) {
          ends.assign(values.begin() + static_cast<std::ptrdiff_t>(k + 1), values.end());
          mid = between;
          break;
        }
      }
      if (!ends.empty()) return read_distributed(clause, conj, ends, mid, shared_bound);
    }
    return read_distributed(clause, conj, values, mid, shared_bound);
  }

  // Values with nothing but list separators between them (15亿元、20亿元和30亿元).
  bool listed_together(const std::vector<const Number*>& values) const {
    for (std::size_t k = 0; k + 1 < values.size(); ++k) {
      const std::size_t from = values[k]->m->span.end, to = values[k + 1]->m->span.start;
      const std::string_view between = text_.substr(from, to - from);
      if (between != "、" && between != "和" && between != "及" && between != "与") return false;
    }
    return true;
  }

  // The bound said after the last of values listed together (4.5%、6.5%、7%以上),
  // when none of the others has one of its own; nullopt otherwise.
  std::optional<Comparator> bound_of_list(const std::vector<const Number*>& values,
                                          std::string_view mid) const {
    if (values.size() < 2 || !listed_together(values)) return std::nullopt;
    std::optional<Comparator> bound;
    for (std::size_t k = 0; k < values.size(); ++k) {
      const Mention& m = *values[k]->m;
      if (m.kind == NumberKind::range) return std::nullopt;
      const Comparator c = comparator_of(m, mid, text_.substr(m.span.end, 12), cues_);
      if (k + 1 < values.size() ? c != Comparator::eq : c == Comparator::eq) return std::nullopt;
      bound = c;
    }
    return bound;
  }

  bool read_distributed(Span clause, const std::vector<Conjunct>& conj,
                        const std::vector<const Number*>& values, std::string_view mid,
                        bool shared_bound) {
    const std::size_t n = values.size() == 1 ? conj.size() : values.size();
    const std::optional<Comparator> list_bound =
        shared_bound ? bound_of_list(values, mid) : std::nullopt;
    // The same for every record: read once, not once per value (a long
    // enumeration with as many values would cost quadratic time).
    const std::string shared_horizon = horizon(Span{clause.start, values.front()->m->span.start});
    Hit mid_cue = measure_cue(mid, cues_);
    // 存贷款增速均达到12%: a rate before the distributing word says what is
    // measured, 达到 only that it is reached.
    if (!mid_cue || mid_cue.cue->value == "level") {
      const std::size_t end = values.front()->m->span.start;
      const Hit whole = measure_cue(text_.substr(clause.start, end - clause.start), cues_);
      if (whole && whole.cue->value != "level" && whole.cue->value != "increment" &&
          whole.cue->value != "multiple")
        mid_cue = whole;
    }
    // The verb before the list, when nothing between list and values says
    // what kind of quantity they are.
    const std::size_t lead_end = conj.front().span.empty() ? clause.start : conj.front().span.start;
    const Hit lead_cue = measure_cue(text_.substr(clause.start, lead_end - clause.start), cues_);
    // Modality: the last cue before each value. The words before value v are
    // those before v - 1 (whose cue, if any, is now carry_) and the words
    // between the two, so only the latter are searched.
    Modality mod = Modality::plain;
    std::size_t mod_read = values.size();  // the value mod was read for
    for (std::size_t k = 0; k < n; ++k) {
      const std::size_t vi = std::min(k, values.size() - 1);
      const Mention& m = *values[vi]->m;
      if (vi != mod_read) {
        const std::size_t from = vi == 0 ? clause.start : values[vi - 1]->m->span.end;
        mod = modality(text_.substr(from, m.span.start - from), true);
        mod_read = vi;
      }
      const Conjunct& c = conj[std::min(k, conj.size() - 1)];
      std::string_view right = text_.substr(m.span.end, 12);
      Statement& s = open_statement(Span{clause.start, m.span.end}, m);
      s.horizon = shared_horizon;
      s.indicator = c.name;
      s.indicator_span = c.span;
      Hit cue = mid_cue;
      if (!cue) cue = cues_.prefix(right, cues_.role().measure);
      if (!cue) cue = lead_cue;            // 新增省级、市级龙头企业2家、20家
      set_measure(s, m, cue, false, mid);  // mid: a margin over a benchmark stays a rate
      s.comparator = list_bound ? *list_bound : comparator_of(m, mid, right, cues_);
      s.modality = mod;
      set_rule(s.rule, {}, "respectively", cue);
      commit();
    }
    if (conj.size() > 1 && values.size() == conj.size()) last_list_ = conj;
    return true;
  }

  void read_number(const Number& num, Span item, Span left, Span right, Span right_wide,
                   bool list_tail, const Mention* next, std::size_t item_end, Span next_item) {
    const Mention& m = *num.m;
    const std::string_view lv = trim(text_, left).of(text_);
    const std::string_view rv = right.of(text_);
    // The words before the number, read as cue words once: the indicator's
    // cut words, the measure cue and the modality are all read from them.
    words_.clear();
    cues_.words(lv, words_);
    // “保8争9”: the indicator ends before the quotation.
    const Hit quoted = num.quoted;  // read by use_of() (a value or a start point)
    if (quoted)
      if (const std::size_t q = rfind_word(left.of(text_), "“"); q != std::string_view::npos)
        left.end = left.start + q;
    const std::string_view ind_phrase = quoted ? trim(text_, left).of(text_) : lv;
    Span ind = indicator_before(text_, left, cues_, same(ind_phrase, lv) ? &words_ : nullptr);
    if (find_prefix(ind_phrase, cues_.scope(), cues_.scope_role().compare))
      ind = Span{left.end, left.end};
    // A category threshold between the count and its noun is part of the
    // noun (1个500亿元产值园区).
    right.start = past_modifier(right.start);
    right_wide.start = right.start;
    // The wide reading only when a 的 marks the modifiers before the head
    // (and read only then: most have none).
    Span noun;
    const bool wide = find_word(right_wide.of(text_), "的") != std::string_view::npos;
    if (wide) noun = noun_after(text_, right_wide, cues_);
    if (noun.empty() && !(wide && right_wide == right)) noun = noun_after(text_, right, cues_);
    // After a conjunction and before another count begins the next item,
    // not the noun counted (示范村27个和重点帮扶优秀县2个: 27 示范村; but
    // 9个和美乡村精品示范村).
    if (const std::string_view r = trim(text_, right).of(text_);
        any_number_in(Span{right.start, item_end}, true) && !cues_.prefix(r, cues_.role().word))
      for (std::string_view w : kConjunctions)
        if (r.substr(0, w.size()) == w) noun = Span{right.start, right.start};
    // A count whose noun follows the next item (2个50亿元以上、5个10亿元以上
    // 优质项目): nothing but thresholds after it here, the next item's noun.
    if (noun.empty() && right.start >= right.end && !next_item.empty())
      if (const auto& nn = numbers_in(next_item, false, next_numbers_); !nn.empty())
        noun = noun_after(text_, Span{past_modifier(nn.back()->m->span.end), next_item.end}, cues_);
    // An amount with 的 between the count and its noun describes the noun
    // (6个年度计划总投资100亿元的装备制造项目): the count counts what follows 的.
    if (next && next->span.start == right.end && text_.substr(next->span.end, 3) == "的") {
      const std::size_t after_de = next->span.end + 3;
      const Span counted = noun_after(text_, Span{after_de, std::max(after_de, item_end)}, cues_);
      if (!counted.empty()) noun = counted;
    }
    if (list_tail && !noun.empty()) ind = Span{left.end, left.end};
    // 新引进知名品牌首店、体验店等30家: 等 closes the list whose members the
    // count totals; the list is the indicator, never a word ending in 等.
    if (constexpr std::string_view kEtc = "等";
        ind.size() > kEtc.size() && ind.of(text_).substr(ind.size() - kEtc.size()) == kEtc) {
      const std::size_t from = left.start == item.start ? modality_from_ : ind.start;
      const Span list =
          indicator_before(text_, Span{std::min(from, ind.start), ind.end - kEtc.size()}, cues_);
      ind = list.empty() ? Span{ind.start, ind.end - kEtc.size()} : list;
    }
    // A time alone names no indicator (…开工率达到35%、上半年达到80%).
    if (is_row(ind.of(text_), cues_.cues(), cues_.role().time)) ind = Span{left.end, left.end};
    // 每个县至少打造1所优质初中, 各地培育2家: the places before are who does
    // it; what is counted is the noun after.
    if (!noun.empty() &&
        (per_place(ind.of(text_)) || (num.m->kind == NumberKind::range && names_places(lv))))
      ind = Span{left.end, left.end};
    if (num.use == Use::start_point) {
      // The indicator is named before 从/由 (…最低标准从每人每月2375元提高到…).
      Span named = left;
      if (Hit h = cues_.last(lv, cues_.role().skip_before))
        named.end = trim(text_, left).start + h.start;
      Span before_from = indicator_before(text_, named, cues_);
      if (before_from.empty()) before_from = ind;
      if (!before_from.empty()) start_point_ = std::string(before_from.of(text_));
      return;
    }
    Statement& s = open_statement(item, m);
    s.horizon = horizon(left);
    std::string_view shape;
    bool own_indicator = true;
    if (!start_point_.empty()) {  // the end of a change from a start point
      s.indicator = start_point_;
      shape = "from-to";
      own_indicator = false;
    } else if (!noun.empty() &&
               (ind.empty() || ends_in_verb(text_, left, cues_) ||
                // a thin frame before, a real noun after (not 中小学30所学校)
                (is_frame_only(text_, ind, cues_) && han_count(text_, noun) > 2) ||
                // a counter binds the noun right after it (煤化工行业247台常压间歇式
                // 气化炉淘汰: 气化炉, not the scope before)
                (noun.start == right.start && han_count(text_, noun) > 2 &&
                 std::string_view(m.unit) != "人" &&
                 is_row(m.unit, cues_.false_friends(), cues_.false_friend_role().counter)))) {
      // 14个国、省考核断面水质优良率保持100%: the count of the places a rate
      // is taken over, with the rate after it, is no target; the rate is.
      if (find_suffix(noun.of(text_), cues_.false_friends(), cues_.false_friend_role().rate_head) &&
          next && next->kind == NumberKind::percent && next->span.start < item_end) {
        drop();
        return;
      }
      s.indicator = std::string(noun.of(text_));
      s.indicator_span = noun;
      s.span.end = std::max(s.span.end, noun.end);
      shape = "verb-number-noun";
    } else if (!ind.empty()) {
      s.indicator = std::string(ind.of(text_));
      s.indicator_span = ind;
      shape = "indicator-number";
    } else if (last()) {
      s.indicator = last()->indicator;
      s.span.start = last()->span.start;
      shape = "ellipsis";
      own_indicator = false;
    } else {
      drop();
      return;  // a number with nothing measured
    }
    start_point_.clear();
    Hit cue = measure_cue(words_, cues_);
    if (!cue) cue = cues_.prefix(rv, cues_.role().measure);
    set_measure(s, m, cue, true, lv);
    s.comparator = comparator_of(m, lv, rv, cues_);
    const std::size_t mod_from = left.start == item.start ? modality_from_ : left.start;
    const std::string_view mod_phrase = text_.substr(mod_from, m.span.start - mod_from);
    s.modality = modality(mod_phrase, own_indicator, same(mod_phrase, lv) ? &words_ : nullptr);
    // “保8争9”: each number its own cue; a bare number after a rate is a rate.
    if (quoted) {
      s.modality = quoted.cue->value == "firm" ? Modality::firm : Modality::strive;
      s.comparator = quoted.cue->value == "firm" ? Comparator::ge : Comparator::eq;
      if (last_cued_ == Measure::growth) s.measure = Measure::growth;
    }
    set_rule(s.rule, {}, shape, cue);
    commit();
  }

  // The clause as one benchmark when only its last item holds the shape.
  bool read_list_benchmark(Span clause, const std::vector<Span>& items) {
    auto b = find_benchmark(text_, clause, cues_, in_.benchmark_words);
    if (!b) return false;
    // Items with a benchmark of their own are read one by one; a 、 inside
    // the reference (增速高于全国、全省平均水平, 完成国、省下达的目标任务)
    // lists no indicators.
    const std::size_t shape = b->before.end;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if ((items[i].end <= shape || items[i].start > shape) &&
          find_benchmark(text_, items[i], cues_, in_.benchmark_words))
        return false;
      // An item with a goal of its own (实际使用外资稳中提质、…) is no member.
      if (items[i].end <= shape &&
          find_suffix(items[i].of(text_), cues_.scope(), cues_.scope_role().goal))
        return false;
    }
    return emit_benchmark(clause, *b, items.front().end <= shape) > 0;
  }

  // Past a number that is no quantity (a threshold, a capacity) starting at i.
  std::size_t past_modifier(std::size_t i) const {
    auto it =
        std::lower_bound(numbers_.begin(), numbers_.end(), i,
                         [](const Number& a, std::size_t pos) { return a.m->span.start < pos; });
    // Not past a code (5G全连接工厂): it is part of the noun.
    if (it != numbers_.end() && it->m->span.start == i && it->use == Use::skip) {
      const char32_t next = char_at(text_, it->m->span.end);
      // A grade goes with its number (2个10万吨级泊位: the noun is 泊位).
      constexpr std::string_view kGrade = "级";
      if (text_.substr(it->m->span.end, kGrade.size()) == kGrade)
        return it->m->span.end + kGrade.size();
      if (next >= 0x80 || !std::isalpha(static_cast<int>(next))) return it->m->span.end;
    }
    return i;
  }

  void read_benchmark(Span item) {
    auto b = find_benchmark(text_, item, cues_, in_.benchmark_words);
    if (b) emit_benchmark(item, *b, false);
  }

  // The statements of a benchmark: one per indicator named before the shape
  // (or, for an assigned target, inside its reference); with no indicator,
  // the previous statement's. Returns how many were emitted.
  std::size_t emit_benchmark(Span where, const BenchmarkMatch& b, bool list) {
    std::vector<Conjunct> names;
    Span named = b.before;
    if (!b.inner.empty() && indicator_before(text_, b.before, cues_).empty()) named = b.inner;
    // A list (、, 和) before the shape or inside an assigned reference: one
    // statement each (节能降碳和主要污染物排放完成自治区下达的目标任务).
    const std::string_view nv = named.of(text_);
    if (list || !b.inner.empty() || find_word(nv, "、") != std::string_view::npos ||
        find_word(nv, "和") != std::string_view::npos ||
        find_word(nv, "及") != std::string_view::npos)
      names = coordinated_indicators(text_, named, cues_);
    if (names.empty()) {
      Span ind = indicator_before(text_, named, cues_);
      if (!ind.empty()) names.push_back(Conjunct{std::string(ind.of(text_)), ind});
    }
    if (list && names.size() < 2) return 0;  // not a list: read item by item
    // 按照规划完成…: how the work is done names nothing measured.
    if (names.size() == 1 &&
        find_prefix(names.front().name, cues_.scope(), cues_.scope_role().manner))
      return 0;
    // 超额完成年度任务 in a review reports the work done, not a level.
    if (in_.stance != Stance::target && cues_.assigns_whole_only(b.assigned_reference)) return 0;
    // A time alone names no indicator (全湖水质保持Ⅳ类、上半年保持Ⅲ类).
    if (names.size() == 1 && is_row(names.front().name, cues_.cues(), cues_.role().time))
      names.clear();
    const bool elliptical = names.empty();
    if (elliptical) {
      // 如期完成年度任务 after a task: the work's own schedule, no target.
      if (!last() || cues_.assigns_whole_only(b.assigned_reference)) return 0;
      names.push_back(Conjunct{last()->indicator, Span{}});
    }
    // The indicators of the clause before, left with a bare direction verb.
    std::size_t carried = 0;
    if (b.shape->assigned() && !elliptical && !bare_direction_.empty() && clause_ > 0) {
      std::vector<Conjunct> before = coordinated_indicators(text_, bare_direction_, cues_);
      carried = before.size();
      names.insert(names.begin(), before.begin(), before.end());
    }
    const std::string_view lv = b.before.of(text_);
    // The measure is said before the shape, or by a rate in its closing word
    // (与经济同步增长; 按照…全面完成 says no measure).
    Hit cue = b.shape->measure.empty() ? measure_cue(lv, cues_) : Hit{};
    if (Hit c = measure_cue(b.shape->close, cues_);
        !cue && c && measure_from(c.cue->value) != Measure::level &&
        measure_from(c.cue->value) != Measure::increment)
      cue = c;
    const std::string_view ref = b.reference.of(text_);
    for (std::size_t k = 0; k < names.size(); ++k) {
      const Conjunct& c = names[k];
      Statement s;
      s.span = trim(text_, k < carried ? Span{bare_direction_.start, where.end} : where);
      s.sentence = in_.sentence;
      s.section = in_.section;
      s.stance = in_.stance;
      s.indicator = c.name;
      s.indicator_span = c.span;
      if (!b.shape->measure.empty())  // a quality class is a level, whatever the verb before
        s.measure = measure_from(b.shape->measure);
      else if (cue)
        s.measure = measure_from(cue.cue->value);
      else if (!b.shape->value.empty() || ends_in_rate(ref))
        s.measure = Measure::growth;
      else if (last() && last_clause_ == clause_)
        s.measure = last()->measure;
      s.comparator = comparator_from(b.shape->comparator);
      if (!b.shape->value.empty()) {
        s.value = std::stod(b.shape->value);
        s.exact = b.shape->value;
        s.unit = b.shape->unit;
      } else {
        s.reference = b.assigned_reference.empty() ? std::string(ref) : b.assigned_reference;
      }
      s.modality = modality(lv, !elliptical);
      s.horizon = horizon(b.before);
      set_rule(s.rule, "benchmark:", b.shape->rule, cue);
      last_cued_ = s.measure;
      emit(std::move(s));
    }
    return names.size();
  }

  // 与经济增长同步: a reference that is a rate makes the statement a rate.
  bool ends_in_rate(std::string_view ref) const {
    for (std::string_view w : {"增长", "增速", "速度"})
      if (ref.size() >= w.size() && ref.substr(ref.size() - w.size()) == w) return true;
    return false;
  }

  // The fields a statement takes from its number and the sentence.
  void set_base(Statement& s, Span span, const Mention& m) const {
    s.span = trim(text_, span);
    // Trimmed punctuation never cuts the number off its evidence (.7 opens
    // with a point).
    s.span.start = std::min(s.span.start, m.span.start);
    s.span.end = std::max(s.span.end, m.span.end);
    s.sentence = in_.sentence;
    s.section = in_.section;
    s.stance = in_.stance;
    s.value = m.value;
    s.exact = m.exact;
    if (m.kind == NumberKind::range && m.upper) {
      s.upper = m.upper;
      s.exact_upper = m.exact_upper;
    }
    s.unit = m.unit;
    s.value_span = m.span;
  }

  // Measure from the governing cue; an elliptical value keeps the measure of
  // its antecedent in the same clause (增长7%、力争实现7.5%).
  // left: the words before the number, when a margin over a benchmark may
  // be said in them (增速高于省平1个百分点).
  void set_measure(Statement& s, const Mention& m, Hit cue, bool may_inherit,
                   std::string_view left = {}) {
    if (m.kind == NumberKind::multiple) {
      s.measure = Measure::multiple;
      if (s.unit.empty()) s.unit = "倍";
      return;
    }
    // The antecedent's measure as its cue said it, before its own unit
    // changed it (增速高于省平1个百分点、7%左右: the 7% is a rate).
    if (cue)
      s.measure = measure_from(cue.cue->value);
    else if (may_inherit && last() && last_clause_ == clause_)
      s.measure = last_cued_;
    else
      s.measure = counts_things(m) ? Measure::increment : Measure::level;
    last_cued_ = s.measure;
    if (s.measure == Measure::level || s.measure == Measure::increment) head_measure(s, cue);
    // A percentage is no amount added (新增…推送率95%, 完成工程量的70%).
    if (s.measure == Measure::increment && m.kind == NumberKind::percent)
      s.measure = Measure::level;
    // 增加100万, 提高30元: growth by a count is an increment; but a growth
    // rate above another by N 个百分点 stays a rate (增速高于全省0.5个百分点).
    if (s.measure == Measure::growth && m.kind != NumberKind::percent &&
        !(m.kind == NumberKind::range && std::string_view(m.unit) == "%") &&
        !(m.unit == kPoints && margin_over_benchmark(left)))
      s.measure = Measure::increment;
  }

  // Where no verb says the kind of quantity (none, or a light one: rows
  // "light_verb", 完成产值), the head of the indicator does (rows
  // "measure_head": 播种面积, 吞吐量, 产值 are levels; 投资, 资金, 贷款
  // amounts of work), unless a verb of work inside it makes a level head
  // an amount of work (治理面积, 认证面积).
  void head_measure(Statement& s, Hit cue) const {
    const Table& ff = cues_.false_friends();
    const auto& role = cues_.false_friend_role();
    if (cue && !is_row(cue.cue->word, ff, role.light_verb)) return;
    const Hit h = find_suffix(s.indicator, ff, role.measure_head);
    if (!h) return;
    const Measure head = measure_from(h.cue->value);
    if (head == Measure::level) {
      const Hit inner = measure_cue(s.indicator, cues_);
      if (inner && measure_from(inner.cue->value) == Measure::increment &&
          !is_row(inner.cue->word, ff, role.light_verb))
        return;
    }
    s.measure = head;
  }

  // Whether left ends in a comparison with a benchmark (高于全省, 快于城镇):
  // the opening word of a relative benchmark shape (no closing word, no
  // threshold), with no other verb after it.
  bool margin_over_benchmark(std::string_view left) const {
    for (const Benchmark& b : cues_.benchmarks()) {
      if (!b.close.empty() || !b.value.empty() || b.assigned()) continue;
      const std::size_t at = rfind_word(left, b.open);
      if (at != std::string_view::npos && !measure_cue(left.substr(at + b.open.size()), cues_))
        return true;
    }
    return false;
  }

  // A count of things with no verb (a task list: 幼儿园10所, 示范基地5个)
  // is what the period adds; a stock is said with 达到, 稳定在 (rows
  // "count_unit" of the false friends: the counters). In a review a count
  // with no verb states what there is.
  bool counts_things(const Mention& m) const {
    if (in_.stance != Stance::target) return false;
    if (m.kind != NumberKind::cardinal && m.kind != NumberKind::range) return false;
    return is_row(m.unit, cues_.false_friends(), cues_.false_friend_role().counter) ||
           is_row(m.unit, cues_.false_friends(), cues_.false_friend_role().count_unit);
  }

  // A cue opening the clause (only scope and time words before it) holds to
  // the end of the sentence, unless a later clause opens with a cue of its
  // own and a number (力争…200亿元，新增…60万千瓦，力争…600万千瓦: a list
  // of targets, each item with its own). A cue after the subject (PM2.5年均浓度力争降至
  // 15微克) is said of its item only.
  // words: the cue words of left (Cues::words), or nullptr.
  Modality modality(std::string_view left, bool opens_scope,
                    const std::vector<Hit>* words = nullptr) {
    const Role role = cues_.role().modality;
    if (Hit h = words ? cues_.last_word(left, *words, role) : cues_.last_word(left, role)) {
      Modality m = h.cue->value == "strive" ? Modality::strive : Modality::firm;
      if (opens_scope && opens_phrase(left.substr(0, h.start)) && !later_clause_has_cue())
        carry_ = m;
      return m;
    }
    return carry_;
  }

  // Whether only scope and time words (全年, 今年, 同时) come before.
  bool opens_phrase(std::string_view v) const {
    for (bool progress = true; progress && !v.empty();) {
      progress = false;
      Hit h = find_prefix(v, cues_.scope(), cues_.scope_role().lead);
      if (!h) h = find_prefix(v, cues_.scope(), cues_.scope_role().cut);
      for (Role role : {cues_.role().horizon, cues_.role().period})
        if (!h) h = cues_.prefix(v, role);
      if (h) {
        v.remove_prefix(h.end);
        progress = true;
      } else if (static_cast<unsigned char>(v.front()) < 0x80) {
        v.remove_prefix(1);
        progress = true;
      } else if (std::size_t k = 0; !utf8::is_han(utf8::decode(v, k))) {
        v.remove_prefix(k);
        progress = true;
      }
    }
    return v.empty();
  }

  bool later_clause_has_cue() const {
    for (std::size_t c = clause_ + 1; c < in_.clauses.size(); ++c) {
      std::string_view v = in_.clauses[c].of(text_);
      Hit lead;  // 全年, 今年 (力争 is a lead word too)
      while (!cues_.prefix(v, cues_.role().modality) &&
             (lead = find_prefix(v, cues_.scope(), cues_.scope_role().lead)))
        v.remove_prefix(lead.end);
      if (cues_.prefix(v, cues_.role().modality) && any_number_in(in_.clauses[c], true))
        return true;
    }
    return false;
  }

  // The horizon named in the words before a number, else the one named
  // earlier in the sentence, else the paragraph's or the report part's.
  std::string horizon(Span left) {
    std::string h = horizon_named(left);
    if (!h.empty()) return h;
    // The last item read that names one, the latest first.
    while (!unread_horizons_.empty()) {
      const Unread u = unread_horizons_.back();
      unread_horizons_.pop_back();
      if (u.clause) {  // its items, the last on top
        if (!may_name_horizon(u.span)) continue;
        enumeration_items(text_, u.span, numbers_, cues_, horizon_items_);
        for (const Span item : horizon_items_) unread_horizons_.push_back(Unread{item, false});
        continue;
      }
      std::string named = horizon_named(u.span);
      if (!named.empty()) {
        carry_horizon_ = std::move(named);
        unread_horizons_.clear();
        break;
      }
    }
    return carry_horizon_.empty() ? in_.horizon : carry_horizon_;
  }

  // horizon_in() of s, its horizon words found among the piece's, which are
  // read once, when the first statement asks (most pieces ask for several
  // spans, and then for the items again).
  std::string horizon_named(Span s) {
    read_horizon_words();
    return horizon_after(text_, s, s.end, horizon_words_.last(s), in_.year,
                         names_year_ || !in_.span.contains(s));
  }
  // Whether s may name a horizon (horizon_named(s) may not be ""): a
  // clause that cannot is not split into items to search each.
  bool may_name_horizon(Span s) {
    read_horizon_words();
    return names_year_ || !in_.span.contains(s) || horizon_words_.may_hold(s);
  }
  void read_horizon_words() {
    if (horizon_words_read_) return;
    horizon_words_.read(cues_.cues(), cues_.role().horizon, text_, in_.span);
    names_year_ = names_to_year(in_.span.of(text_));
    horizon_words_read_ = true;
  }

  // The rule name: prefix, shape and "+" with the cue word that set the
  // measure, if any (written once into the statement's string).
  static void set_rule(std::string& rule, std::string_view prefix, std::string_view shape,
                       Hit cue) {
    rule.reserve(prefix.size() + shape.size() + (cue ? 1 + cue.cue->word.size() : 0));
    rule.append(prefix).append(shape);
    if (cue) rule.append("+").append(cue.cue->word);
  }

  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  const Statement* last() const { return last_index_ == kNone ? nullptr : &out_[last_index_]; }

  void emit(Statement&& s) {
    out_.push_back(std::move(s));
    commit();
  }
  // A statement built in place at the end of out_ (its strings are not
  // moved again): commit() keeps it as the last one emitted, drop() takes
  // it back.
  Statement& open_statement(Span span, const Mention& m) {
    Statement& s = out_.emplace_back();
    set_base(s, span, m);
    return s;
  }
  void commit() {
    last_index_ = out_.size() - 1;
    last_clause_ = clause_;
  }
  void drop() { out_.pop_back(); }

  const SentenceInput& in_;
  std::string_view text_;
  const Cues& cues_;
  std::vector<Statement>& out_;
  std::vector<Number>& numbers_;
  // The last statement this reader emitted: an index into out_, which may
  // move when a statement is added.
  std::size_t last_index_ = kNone;
  std::size_t clause_ = 0, last_clause_ = 0;
  Modality carry_ = Modality::plain;
  std::size_t modality_from_ = 0;       // where the words that set a number's modality start
  Measure last_cued_ = Measure::level;  // the last measure set, before the unit's correction
  std::string start_point_;
  std::string carry_horizon_;
  // Items read since carry_horizon_, not yet searched (Buffers::unread).
  std::vector<Unread>& unread_horizons_;
  // read_clause's items and which of them hold numbers, and the items of
  // an unread clause that horizon() splits (not read_clause's: it may be
  // reading those).
  std::vector<Span>& items_;
  std::vector<Span>& horizon_items_;
  std::vector<bool>& has_numbers_;
  std::vector<Hit>& words_;  // read_number's: the cue words before its number
  // numbers_in()'s answers: read_clause's values and an item's numbers,
  // and read_number's of the next item.
  std::vector<const Number*>&values_, &item_numbers_, &next_numbers_;
  RolePlaces& horizon_words_;  // the piece's horizon words (Buffers::horizon_words)
  bool horizon_words_read_ = false;
  bool names_year_ = false;          // names_to_year() of the piece, read with horizon_words_
  std::vector<Conjunct> last_list_;  // the members values were last distributed over, one each
  Span bare_direction_;              // the clause before, when bare_direction() holds
};

}  // namespace

void read_sentence(const SentenceInput& in, const Mention* first, const Mention* last,
                   const Cues& cues, std::vector<Statement>& out) {
  thread_local Buffers buffers;
  SentenceReader(in, cues, out, buffers).run(first, last);
}

}  // namespace mubiao::targets
