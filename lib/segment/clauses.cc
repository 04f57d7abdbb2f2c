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

}  // namespace

void split_clauses(std::string_view text, Span sentence, const std::vector<Span>& markers,
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
