// Fuzz target: Segmenter::segment and Segmenter::words.
#include <cstdint>
#include <string_view>

#include "invariants.h"
#include "mubiao/segment.h"

using namespace mubiao;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Segmenter segmenter;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto bad = find_invalid_utf8(text);
  try {
    Document doc = segmenter.segment(text);
    fuzz::check(!bad, "invalid UTF-8 was segmented");
    const auto& sections = doc.sections();
    for (std::size_t i = 0; i < sections.size(); ++i) {
      fuzz::check_span(text, sections[i].span, "section span");
      fuzz::check_span(text, sections[i].heading, "heading span");
      fuzz::check(sections[i].parent <= i, "section parent after child", i, sections[i].parent);
    }
    for (Level level : {Level::section, Level::paragraph, Level::sentence, Level::clause}) {
      const auto& units = doc.units(level);
      if (level != Level::section)
        fuzz::check_ordered(text, units, [](const Unit& u) { return u.span; }, level_name(level));
      for (const Unit& u : units) {
        fuzz::check_span(text, u.span, level_name(level));
        fuzz::check(sections.empty() || u.section < sections.size(), "unit section index");
        fuzz::check(!u.span.empty(), "empty unit", u.span.start);
      }
    }
    // Every sentence lies inside one paragraph.
    const auto& paragraphs = doc.units(Level::paragraph);
    std::size_t p = 0;
    for (const Unit& s : doc.units(Level::sentence)) {
      while (p < paragraphs.size() && paragraphs[p].span.end <= s.span.start) ++p;
      fuzz::check(p < paragraphs.size() && paragraphs[p].span.contains(s.span),
                  "sentence outside paragraphs", s.span.start, s.span.end);
    }
    auto tokens = segmenter.words(text);
    fuzz::check_ordered(text, tokens, [](const Token& t) { return t.span; }, "word");
    for (const Token& t : tokens) fuzz::check(!t.span.empty(), "empty token", t.span.start);
  } catch (const InvalidUtf8& e) {
    fuzz::check(bad && *bad == e.offset(), "InvalidUtf8 offset", e.offset(), bad.value_or(0));
  }
  return 0;
}
