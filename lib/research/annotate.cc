// Research fields of target statements: code, real, headline, strive, upside.
#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "data/structure_tables.h"
#include "mubiao/research.h"
#include "research/headline.h"
#include "research/tables.h"
#include "text/utf8.h"

namespace mubiao {
namespace {

// How far after a figure its strive figure or upside clause may be: ~40
// characters (the clause 在实际工作中努力争取更好结果 is 13), so that a long
// piece without punctuation costs no more than its length.
constexpr std::size_t kFollowBytes = 120;
constexpr std::size_t kFollowStatements = 4;

// The end of the statement's sentence piece: the next 。！？； after pos.
std::size_t clause_end(std::string_view text, std::size_t pos, std::size_t limit) {
  for (std::size_t i = pos; i < limit;) {
    const std::size_t here = i;
    // The marks are ';' and characters led by E3 and EF: a Han character
    // (E4..E9) is passed over without decoding.
    if (data::structure::leads_han(static_cast<unsigned char>(text[i]))) {
      i += 3;
      continue;
    }
    char32_t c = utf8::decode(text, i);
    if (c == U'。' || c == U'；' || c == U'！' || c == U'？' || c == ';') return here;
  }
  return limit;
}

// pos moved back to the start of the character it is in.
std::size_t char_start(std::string_view text, std::size_t pos) {
  while (pos > 0 && pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80)
    --pos;
  return std::min(pos, text.size());
}

// Where a statement's figure is: its number mention, or the end of its
// evidence when the mention is not kept (ranges).
Span figure(const Statement& s) {
  return s.value_span.empty() ? Span{s.span.end, s.span.end} : s.value_span;
}

// The codes of a report's indicators, each looked up in the codebook once
// (indicator_code folds it and walks its characters): a report names the
// same indicators again and again (地区生产总值 in its review, its targets,
// its lists). Open addressing over the statements' own indicator strings.
class Codes {
 public:
  explicit Codes(const std::vector<Statement>& statements) {
    std::size_t n = 16;
    while (n < 2 * statements.size()) n *= 2;
    slots_.resize(n);
  }
  const std::string& of(const std::string& indicator) {
    const std::size_t h = std::hash<std::string_view>{}(indicator);
    for (std::size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      Slot& s = slots_[i];
      if (!s.indicator) {
        s = Slot{&indicator, h, indicator_code(indicator)};
        return s.code;
      }
      if (s.hash == h && *s.indicator == indicator) return s.code;
    }
  }

 private:
  struct Slot {
    const std::string* indicator = nullptr;  // none: an empty slot
    std::size_t hash = 0;
    std::string code;
  };
  std::vector<Slot> slots_;  // at most half full: one indicator per statement
};

bool in_any(const std::vector<Span>& spans, std::size_t pos) {
  auto it = std::upper_bound(spans.begin(), spans.end(), pos,
                             [](std::size_t p, const Span& s) { return p < s.start; });
  return it != spans.begin() && pos < std::prev(it)->end;
}

}  // namespace

void annotate(std::string_view text, const Document& doc, std::vector<Statement>& statements) {
  const auto& cues = research::cues();
  static const data::CueRole real = cues.role("real"), upside = cues.role("upside");
  // Only the statements' starts are asked of the headline passages.
  std::vector<std::size_t> starts;
  starts.reserve(statements.size());
  for (const Statement& s : statements)
    if (s.span.end <= text.size()) starts.push_back(s.span.start);
  if (!std::is_sorted(starts.begin(), starts.end())) std::sort(starts.begin(), starts.end());
  const std::vector<Span> passages = research::headline_passages(text, doc, starts);
  Codes codes(statements);
  for (std::size_t i = 0; i < statements.size(); ++i) {
    Statement& s = statements[i];
    if (s.span.end > text.size()) continue;
    s.code = codes.of(s.indicator);
    s.headline = in_any(passages, s.span.start);
    // 实际增长: a growth rate whose indicator or predicate says so (the
    // indicator may hold the word: 地区生产总值实际).
    const std::size_t to = !s.value_span.empty() ? s.value_span.start : s.span.end;
    std::size_t from = !s.indicator_span.empty() ? s.indicator_span.start : s.span.start;
    if (to > from + kFollowBytes) from = char_start(text, to - kFollowBytes);
    s.real = (s.measure == Measure::growth || s.measure == Measure::avg_growth) && from < to &&
             cues.first(text.substr(from, to - from), real);
    s.strive.reset();
    s.upside = false;
  }
  // Strive and upside look at the statements that follow in the same piece.
  for (std::size_t i = 0; i < statements.size(); ++i) {
    Statement& s = statements[i];
    if (s.span.end > text.size() || !s.value) continue;
    const Span f = figure(s);
    const std::size_t limit = clause_end(text, f.end, char_start(text, f.end + kFollowBytes));
    std::size_t next = limit;
    for (std::size_t j = i + 1; j < statements.size() && j <= i + kFollowStatements; ++j) {
      const Statement& t = statements[j];
      const Span g = figure(t);
      if (!t.value || g.start <= f.start) continue;
      if (g.start >= limit) break;
      // 增长7%、力争7.5%: the next figure of the same indicator, striven for.
      if (s.modality != Modality::strive && t.modality == Modality::strive &&
          t.indicator == s.indicator && t.measure == s.measure && t.unit == s.unit)
        s.strive = t.value;
      next = std::min(next, g.start);
      break;
    }
    // The upside clause follows the figure, before the next figure.
    const std::size_t stop = std::max(next, f.end);
    if (cues.first(text.substr(f.end, stop - f.end), upside)) s.upside = true;
  }
}

}  // namespace mubiao
