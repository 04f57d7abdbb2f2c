// Splitting coordinated indicators and sharing their head (see coordination.h).
#include "targets/coordination.h"

#include "targets/indicator.h"
#include "targets/phrase.h"
#include "text/numerals.h"
#include "text/utf8.h"

namespace mubiao::targets {
namespace {

// Conjuncts this short are modifiers of the last one's head (一产, 城镇).
constexpr std::size_t kMaxModifierChars = 3;

// Separators between conjuncts: the enumeration comma and conjunctions.
constexpr std::string_view kSeparators[] = {"、", "和", "及", "与"};

// Whether c is the first character of a separator: the words are compared
// only where one starts (not at every character of the phrase).
bool opens_separator(char32_t c) {
  for (std::string_view w : kSeparators)
    if (std::size_t k = 0; utf8::decode(w, k) == c) return true;
  return false;
}

// The bytes of the separator at v[i], whose character is c; 0 when none.
std::size_t separator_at(std::string_view v, std::size_t i, char32_t c) {
  if (!opens_separator(c)) return 0;
  // 省级及以上园区: a bound on a level, not a second item.
  for (std::string_view bound : {"及以上", "及以下"})
    if (v.compare(i, bound.size(), bound) == 0) return 0;
  for (std::string_view w : kSeparators)
    if (v.compare(i, w.size(), w) == 0) return w.size();
  return 0;
}

bool has_head(std::string_view name, const Cues& cues) {
  return static_cast<bool>(find_suffix(name, cues.scope(), cues.scope_role().head));
}

std::size_t char_count(std::string_view v) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < v.size(); ++n) utf8::decode(v, i);
  return n;
}

// The part of v after its first n characters.
std::string_view drop_chars(std::string_view v, std::size_t n) {
  std::size_t i = 0;
  while (n-- > 0 && i < v.size()) utf8::decode(v, i);
  return v.substr(i);
}

// The bytes of an ordinal that opens v: one Chinese digit, after 第 or not
// (一 in 一、二、三产增加值, 第一 in 第一、二、三产业); 0 when none.
std::size_t ordinal_at(std::string_view v) {
  constexpr std::string_view kOrdinal = "第";
  std::size_t i = v.substr(0, kOrdinal.size()) == kOrdinal ? kOrdinal.size() : 0;
  if (i >= v.size()) return 0;
  const char32_t c = utf8::decode(v, i);
  return numerals::numeral(c).kind == numerals::NumeralKind::digit ? i : 0;
}

// An ordinal alone (一, 第一): it shares the rest of the last conjunct, which
// opens with an ordinal too.
bool is_ordinal(std::string_view v) {
  const std::size_t n = ordinal_at(v);
  return n > 0 && n == v.size();
}

// 一产增加值 -> 第一产业增加值: a short form that opens a name, in full.
Conjunct in_full(Conjunct c, const Cues& cues) {
  if (c.name.empty()) return c;
  if (Hit h = find_prefix(c.name, cues.scope(), cues.scope_role().abbreviation)) {
    c.name = h.cue->value + c.name.substr(h.end);
    c.span = Span{};
  }
  return c;
}

// 三次产业增长…: a collective noun read as its members (rows "members"),
// with the words around it (三次产业增加值 -> 第一产业增加值 …).
std::vector<Conjunct> members_of(std::string_view name, const Cues& cues) {
  std::vector<Conjunct> out;
  const Hit h = find_last(name, cues.scope(), cues.scope_role().members);
  if (!h) return out;
  const std::string_view list = h.cue->value;
  for (std::size_t from = 0; from <= list.size();) {
    std::size_t to = find_word(list, "、", from);
    if (to == std::string_view::npos) to = list.size();
    out.push_back(Conjunct{std::string(name.substr(0, h.start)) +
                               std::string(list.substr(from, to - from)) +
                               std::string(name.substr(h.end)),
                           Span{}});
    from = to + std::string_view("、").size();
  }
  return out;
}

}  // namespace

std::vector<Conjunct> coordinated_indicators(std::string_view text, Span phrase, const Cues& cues) {
  const Span whole = indicator_before(text, phrase, cues);
  std::vector<Conjunct> out;
  if (whole.empty()) return out;
  // Split at separators outside quotes.
  std::vector<Span> parts;
  std::string_view v = whole.of(text);
  std::size_t start = 0, i = 0;
  int quote = 0;
  while (i < v.size()) {
    std::size_t k = i;
    char32_t c = utf8::decode(v, k);
    if (c == U'“' || c == U'（' || c == U'(') ++quote;
    if ((c == U'”' || c == U'）' || c == U')') && quote > 0) --quote;
    if (std::size_t n = quote == 0 ? separator_at(v, i, c) : 0) {
      parts.push_back(Span{whole.start + start, whole.start + i});
      start = i + n;
      i += n;
      continue;
    }
    i = k;
  }
  parts.push_back(Span{whole.start + start, whole.end});
  for (Span& p : parts) p = trim(text, p);
  // 交通、水利和能源等结构性投资指标: 等 closes the list; what follows it
  // names the kind of the members, not another member.
  if (parts.size() > 1) {
    std::string_view lv = parts.back().of(text);
    if (std::size_t deng = find_word(lv, "等"); deng != std::string_view::npos && deng > 0)
      parts.back().end = parts.back().start + deng;
  }
  const std::string_view last = parts.back().of(text);
  if (parts.size() == 1) {
    if (auto members = members_of(last, cues); !members.empty()) return members;
  }
  for (std::size_t j = 0; j < parts.size(); ++j) {
    std::string_view name = parts[j].of(text);
    if (name.empty()) continue;
    if (const std::size_t rest = ordinal_at(last);
        j + 1 < parts.size() && is_ordinal(name) && rest > 0 && rest < last.size()) {
      // 一、二、三产增加值: 一 stands for 一产增加值, not 一增加值 (第一、第二、
      // 第三产业增加值: 第一产业增加值).
      out.push_back(Conjunct{std::string(name) + std::string(last.substr(rest)), Span{}});
      continue;
    }
    if (j + 1 < parts.size() && !has_head(name, cues) && char_count(name) < char_count(last)) {
      std::string_view head = drop_chars(last, char_count(name));
      std::size_t at = std::string_view::npos;
      // The rows of the role only (a role id, resolved once): not every
      // scope row with its role's name compared.
      for (const Cue* c : cues.scope().with_role(cues.scope_role().shared_head)) {
        std::size_t k = find_word(last, c->word);
        if (k != std::string_view::npos && k > 0 && (at == std::string_view::npos || k < at))
          at = k;
      }
      if (at != std::string_view::npos) {
        head = last.substr(at);
      } else if (char_count(name) > kMaxModifierChars || char_count(head) < 2) {
        // A long conjunct with no known head start, or a head of one
        // character (能源、水资源: 源): borrowing by length would cut a
        // word; keep it as written.
        out.push_back(Conjunct{std::string(name), parts[j]});
        continue;
      }
      out.push_back(Conjunct{std::string(name) + std::string(head), Span{}});
    } else {
      out.push_back(Conjunct{std::string(name), parts[j]});
    }
  }
  // 一产、二产、三产增加值: the members of a list in full (a single name is
  // kept as written, like any indicator read alone).
  if (parts.size() > 1)
    for (Conjunct& c : out) c = in_full(std::move(c), cues);
  return out;
}

}  // namespace mubiao::targets
