// Fuzz target: Pipeline::targets.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "invariants.h"
#include "mubiao/pipeline.h"

using namespace mubiao;

namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

void check_statement(std::string_view text, const Document& doc, const Statement& s) {
  fuzz::check_span(text, s.span, "statement span");
  fuzz::check(!s.span.empty(), "empty evidence", s.span.start);
  fuzz::check_span(text, s.value_span, "statement value span");
  fuzz::check_span(text, s.indicator_span, "indicator span");
  fuzz::check(s.value_span.empty() || s.span.contains(s.value_span), "value outside evidence",
              s.value_span.start, s.span.start);
  const auto& sentences = doc.units(Level::sentence);
  fuzz::check(s.sentence < sentences.size(), "statement sentence index", s.sentence);
  fuzz::check(s.section < doc.sections().size(), "statement section index", s.section);
  // The evidence lies in its sentence (Statement::span: clauses of it).
  fuzz::check(sentences[s.sentence].span.contains(s.span), "evidence outside its sentence",
              s.span.start, s.span.end);
  fuzz::check(static_cast<int>(s.stance) >= 0 && s.stance <= Stance::achievement, "stance");
  fuzz::check(static_cast<int>(s.measure) >= 0 && s.measure <= Measure::multiple, "measure");
  fuzz::check(static_cast<int>(s.comparator) >= 0 && s.comparator <= Comparator::range,
              "comparator");
  fuzz::check(static_cast<int>(s.modality) >= 0 && s.modality <= Modality::strive, "modality");
  fuzz::check(stance_name(s.stance) && measure_name(s.measure) && comparator_name(s.comparator) &&
                  modality_name(s.modality),
              "enum name");
  fuzz::check(!s.rule.empty(), "statement without rule");
  fuzz::check(!s.indicator.empty(), "statement without indicator", s.span.start);
  for (std::string_view v :
       {std::string_view(s.indicator), std::string_view(s.unit), std::string_view(s.horizon),
        std::string_view(s.reference), std::string_view(s.exact)})
    fuzz::check(!find_invalid_utf8(v), "field not UTF-8", s.span.start);
  // An indicator read in one place is the text there with the layout removed.
  fuzz::check(s.indicator.find('\n') == std::string::npos, "line break in indicator", s.span.start);
  if (!s.indicator_span.empty())
    fuzz::check(s.indicator == doc.plain_text(s.indicator_span), "indicator != its span",
                s.indicator_span.start, s.indicator_span.end);
  // A benchmark (高于全国平均水平) has a reference and no number, or states its
  // threshold in words (正增长: gt 0) with no reference; either way its value
  // is read from no number in the text. Every other record has a number read
  // from the text and no reference.
  const bool benchmark = starts_with(s.rule, "benchmark:");
  fuzz::check(s.value.has_value() == s.reference.empty(), "value iff no reference", s.span.start);
  fuzz::check(benchmark || s.reference.empty(), "reference only on a benchmark", s.span.start);
  fuzz::check(benchmark == s.value_span.empty(), "value span iff not a benchmark", s.span.start);
  if (s.value) fuzz::check_finite(*s.value, "statement value");
  if (s.upper) {
    fuzz::check(s.value.has_value(), "upper without value", s.span.start);
    fuzz::check_finite(*s.upper, "statement upper");
  }
  if (!s.exact.empty()) {
    fuzz::check(s.value.has_value(), "exact without value", s.span.start);
    const double parsed = std::strtod(s.exact.c_str(), nullptr);
    if (std::isfinite(parsed) && s.value)
      fuzz::check(std::fabs(parsed - *s.value) <=
                      1e-9 * std::max(1.0, std::max(std::fabs(parsed), std::fabs(*s.value))),
                  "exact != value", s.span.start);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Pipeline pipeline;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto bad = find_invalid_utf8(text);
  try {
    Document doc = pipeline.segment(text);
    auto statements = pipeline.targets(text, doc);
    fuzz::check(!bad, "invalid UTF-8 was extracted");
    for (const Statement& s : statements) check_statement(text, doc, s);
  } catch (const InvalidUtf8& e) {
    fuzz::check(bad && *bad == e.offset(), "InvalidUtf8 offset", e.offset(), bad.value_or(0));
  }
  return 0;
}
