// Fuzz target: Segmenter::segment and Segmenter::words.
//
// Beyond "no crash", it checks what the API promises (include/mubiao/segment.h):
// every span in bounds and on UTF-8 boundaries; units of one level ordered and
// non-overlapping; sentences inside paragraphs and clauses inside sentences;
// the section tree well formed (parents precede children with a smaller depth
// and enclose them, headings inside their section); every unit assigned a
// section that holds its start; tokens of a clause inside that clause, never
// whitespace at their edges, with a known type.
#include <cstdint>
#include <string_view>

#include "invariants.h"
#include "mubiao/segment.h"

using namespace mubiao;

namespace {

// Layout whitespace no unit or token may start or end with (segment.h:
// "whitespace is not a token"; layout bytes are never at a unit's edge).
bool whitespace_edge(std::string_view t) {
  static constexpr std::string_view kBlanks[] = {" ",      "\t",     "\r",     "\n",
                                                 "\u3000", "\u200B", "\u00A0", "\uFEFF"};
  for (std::string_view b : kBlanks)
    if (t.size() >= b.size() && (t.substr(0, b.size()) == b || t.substr(t.size() - b.size()) == b))
      return true;
  return false;
}

void check_tokens(std::string_view text, const std::vector<Token>& tokens, Span range,
                  const char* what) {
  fuzz::check_ordered(
      text, tokens, [](const Token& t) { return t.span; }, what);
  for (const Token& t : tokens) {
    fuzz::check(!t.span.empty(), "empty token", t.span.start);
    fuzz::check(range.contains(t.span), "token outside its range", t.span.start, t.span.end);
    fuzz::check(static_cast<int>(t.type) >= 0 && static_cast<int>(t.type) <= 3, "token type");
    fuzz::check(!whitespace_edge(t.span.of(text)), "whitespace token edge", t.span.start);
  }
}

// Each inner unit lies inside one outer unit (both lists ordered).
void check_nested(const std::vector<Unit>& outer, const std::vector<Unit>& inner,
                  const char* what) {
  std::size_t o = 0;
  for (const Unit& u : inner) {
    while (o < outer.size() && outer[o].span.end <= u.span.start) ++o;
    fuzz::check(o < outer.size() && outer[o].span.contains(u.span), what, u.span.start, u.span.end);
  }
}

void check_sections(std::string_view text, const std::vector<Section>& sections) {
  std::size_t last_start = 0, last_top_end = 0;
  for (std::size_t i = 0; i < sections.size(); ++i) {
    const Section& s = sections[i];
    fuzz::check_span(text, s.span, "section span");
    fuzz::check_span(text, s.heading, "heading span");
    fuzz::check(s.span.contains(s.heading), "heading outside its section", i);
    fuzz::check(s.depth >= 0, "negative depth", i);
    fuzz::check(s.depth == 0 || !s.heading.empty(), "empty heading", i);
    fuzz::check(s.span.start >= last_start, "sections out of order", i);
    last_start = s.span.start;
    if (s.depth <= 1) {
      fuzz::check(s.parent == i, "top-level section with a parent", i, s.parent);
      fuzz::check(s.span.start >= last_top_end, "top-level sections overlap", i);
      last_top_end = s.span.end;
    } else {
      fuzz::check(s.parent < i, "section parent after child", i, s.parent);
      const Section& p = sections[s.parent];
      fuzz::check(p.depth < s.depth, "parent not shallower", i, s.parent);
      fuzz::check(p.span.contains(s.span), "section outside its parent", i, s.parent);
    }
  }
}

void check_document(std::string_view text, const Segmenter& segmenter, const Document& doc) {
  const auto& sections = doc.sections();
  check_sections(text, sections);
  for (Level level : {Level::section, Level::paragraph, Level::sentence, Level::clause}) {
    const auto& units = doc.units(level);
    if (level != Level::section)
      fuzz::check_ordered(
          text, units, [](const Unit& u) { return u.span; }, level_name(level));
    for (const Unit& u : units) {
      fuzz::check_span(text, u.span, level_name(level));
      fuzz::check(!u.span.empty(), "empty unit", u.span.start);
      fuzz::check(!whitespace_edge(u.span.of(text)), "whitespace at a unit edge", u.span.start,
                  u.span.end);
      fuzz::check(u.section < sections.size(), "unit section index", u.section);
      const Span home = sections[u.section].span;
      fuzz::check(home.start <= u.span.start && u.span.start < home.end,
                  "unit starts outside its section", u.span.start, u.section);
      const std::size_t top = doc.top_section(u);
      fuzz::check(top < sections.size() && sections[top].depth <= 1, "top_section", top);
    }
  }
  fuzz::check(doc.units(Level::section).size() == sections.size(), "section units");
  for (std::size_t i = 0; i < sections.size(); ++i)
    fuzz::check(doc.units(Level::section)[i].span == sections[i].span &&
                    doc.units(Level::section)[i].section == i,
                "section unit differs from its section", i);
  check_nested(doc.units(Level::paragraph), doc.units(Level::sentence),
               "sentence outside paragraphs");
  check_nested(doc.units(Level::sentence), doc.units(Level::clause), "clause outside sentences");
  for (const Span& n : doc.layout_noise()) fuzz::check_span(text, n, "layout noise");
  // Words of each clause, as the CLI asks for them.
  for (const Unit& c : doc.units(Level::clause))
    check_tokens(text, segmenter.words(text, c.span), c.span, "clause word");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Segmenter segmenter;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto bad = find_invalid_utf8(text);
  try {
    Document doc = segmenter.segment(text);
    fuzz::check(!bad, "invalid UTF-8 was segmented");
    fuzz::check(doc.text().data() == text.data() && doc.text().size() == size, "document text");
    check_document(text, segmenter, doc);
    const Span whole{0, size};
    check_tokens(text, segmenter.words(text), whole, "word");
  } catch (const InvalidUtf8& e) {
    fuzz::check(bad && *bad == e.offset(), "InvalidUtf8 offset", e.offset(), bad.value_or(0));
  }
  // A range that cuts a character is invalid UTF-8 at its edge: an error, not tokens.
  const Span middle{size / 3, size - size / 3};
  auto bad_middle = find_invalid_utf8(middle.of(text));
  try {
    auto tokens = segmenter.words(text, middle);
    fuzz::check(!bad_middle, "invalid range was tokenized", middle.start, middle.end);
    // Bytes after the range may be invalid: boundaries are judged up to its end.
    check_tokens(text.substr(0, middle.end), tokens, middle, "range word");
  } catch (const InvalidUtf8& e) {
    fuzz::check(bad_middle && middle.start + *bad_middle == e.offset(), "range InvalidUtf8 offset",
                e.offset(), middle.start + bad_middle.value_or(0));
  }
  return 0;
}
