#include "segment/clauses.h"

#include <algorithm>

#include "data/structure_tables.h"
#include "mubiao/segment.h"
#include "text/utf8.h"

namespace mubiao::structure {

namespace tables = data::structure;

namespace {

bool ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// "1,000", "09:45" and "a;b" are not clause boundaries.
bool inside_ascii_token(std::string_view text, Span sentence, std::size_t pos) {
  return pos > sentence.start && pos + 1 < sentence.end && ascii_alnum(text[pos - 1]) &&
         ascii_alnum(text[pos + 1]);
}

// The separator reading steps over a separator by its first byte.
constexpr bool separators_are_ascii_or_three_bytes() {
  for (char32_t c : tables::kClauseSeparators)
    if (!(c < 0x80 || (c >= 0x800 && c < 0x10000))) return false;
  return true;
}
static_assert(separators_are_ascii_or_three_bytes(), "a separator is one byte or three");

}  // namespace

void split_clauses_by_walk(std::string_view text, Span sentence, const std::vector<Span>& markers,
                           const std::vector<BracketEvent>& brackets, std::vector<Span>& out) {
  constexpr std::size_t npos = static_cast<std::size_t>(-1);
  std::size_t event = static_cast<std::size_t>(
      std::lower_bound(brackets.begin(), brackets.end(), sentence.start,
                       [](const BracketEvent& e, std::size_t off) { return e.offset < off; }) -
      brackets.begin());
  int depth = 0;
  std::size_t start = npos, last = 0;
  CharWalker w(text, sentence, markers);
  auto take = [&](std::size_t pos) {
    if (event < brackets.size() && brackets[event].offset == pos) depth += brackets[event++].delta;
    w.next();
    last = w.pos();
  };
  auto emit = [&] {
    Span s = tidy_unit(text, Span{start, last});
    if (!s.empty()) out.push_back(s);
    start = npos;
  };
  while (!w.done()) {
    const std::size_t pos = w.pos();
    if (w.skip_marker()) continue;
    const char32_t c = w.peek();
    if (tables::is_whitespace(c)) {
      w.next();
      continue;
    }
    if (start == npos) start = pos;
    take(pos);
    if (depth == 0 && tables::is_clause_separator(c) &&
        !(c < 0x80 && inside_ascii_token(text, sentence, pos))) {
      while (!w.done()) {
        const std::size_t p = w.pos();
        const char32_t d = w.peek();
        if (!tables::is_closer(d) && !tables::is_clause_separator(d)) break;
        take(p);
      }
      if (depth <= 0) emit();
    }
    // Plain text inside an open clause changes no state: take it as a whole.
    if (start != npos && w.skip_plain()) last = w.pos();
  }
  if (start != npos) emit();
}

// What the walk does, read off the separators. Quotes and brackets pair up
// properly nested (match_brackets), so the walk's depth at a character is
// the sum of the sentence's events before it, and a separator at depth 0
// ends its clause after the closers that follow (which only lower the
// depth). The walk skips whitespace before a clause's first character and
// after its last, and tidy_unit trims the same whitespace off a span that
// holds it: a clause is the tidied span from the end of the previous
// separator run to the end of its own (the last one to the sentence end).
// The walk steps over the page markers that start inside a sentence: those
// sentences are walked.
void split_clauses(std::string_view text, const std::vector<Span>& sentences,
                   const std::vector<Span>& markers, const std::vector<BracketEvent>& brackets,
                   OffsetCursor* separators, std::vector<Unit>& out) {
  const auto* u = reinterpret_cast<const unsigned char*>(text.data());
  // The end of the character at pos when the separator run goes on there.
  auto tail_end = [&](std::size_t pos) {
    if (tables::leads_three_bytes(u[pos]))
      return tables::kClauseTailSet.holds(u + pos) ? pos + 3 : pos;
    std::size_t next = pos;
    const char32_t d = utf8::decode(text, next);
    return tables::is_closer(d) || tables::is_clause_separator(d) ? next : pos;
  };
  auto emit = [&](Span s) {
    s = tidy_unit(text, s);
    if (!s.empty()) out.push_back(Unit{s, 0});
  };
  std::size_t event = 0, marker = 0;
  std::vector<Span> walked;
  for (const Span& sentence : sentences) {
    while (event < brackets.size() && brackets[event].offset < sentence.start) ++event;
    while (marker < markers.size() && markers[marker].start < sentence.start) ++marker;
    if (!separators || (marker < markers.size() && markers[marker].start < sentence.end)) {
      walked.clear();
      split_clauses_by_walk(text, sentence, markers, brackets, walked);
      for (const Span& c : walked) out.push_back(Unit{c, 0});
      continue;
    }
    int depth = 0;
    std::size_t start = sentence.start;
    for (std::size_t pos = separators->from(start); pos < sentence.end;
         pos = separators->from(pos)) {
      while (event < brackets.size() && brackets[event].offset < pos)
        depth += brackets[event++].delta;
      if (depth != 0 || (u[pos] < 0x80 && inside_ascii_token(text, sentence, pos))) {
        pos += u[pos] < 0x80 ? 1 : 3;
        continue;
      }
      std::size_t end = pos + (u[pos] < 0x80 ? 1 : 3);
      for (std::size_t next; end < sentence.end && (next = tail_end(end)) != end;) end = next;
      emit(Span{start, end});
      start = pos = end;
    }
    emit(Span{start, sentence.end});
  }
}

}  // namespace mubiao::structure

namespace mubiao {

ClauseEnd clause_end(std::string_view text, const Unit& clause) {
  namespace tables = data::structure;
  // The separator is the last character before the closers that follow it.
  std::size_t end = std::min(clause.span.end, text.size());
  while (end > clause.span.start) {
    std::size_t b = end;
    const char32_t c = utf8::decode_before(text, b);
    if (tables::is_closer(c)) {
      end = b;
      continue;
    }
    if (tables::in(tables::kSemicolons, c)) return ClauseEnd::semicolon;
    if (tables::in(tables::kColons, c)) return ClauseEnd::colon;
    if (tables::is_clause_separator(c)) return ClauseEnd::comma;
    return ClauseEnd::sentence;
  }
  return ClauseEnd::sentence;
}

}  // namespace mubiao
