// PLACEHOLDER: finds nothing. Replaced by the real recognizer.
#include "mubiao/numbers.h"

namespace mubiao {

namespace {
constexpr const char* kKindNames[] = {"cardinal", "decimal", "percent", "points", "ordinal",
                                      "multiple", "fraction", "range", "year", "month",
                                      "day", "quarter", "duration"};
constexpr const char* kQualifierNames[] = {"none", "over", "about", "at_least", "at_most", "nearly"};
}  // namespace

const char* number_kind_name(NumberKind kind) { return kKindNames[static_cast<int>(kind)]; }
const char* qualifier_name(Qualifier q) { return kQualifierNames[static_cast<int>(q)]; }

struct NumberRecognizer::Impl {};

NumberRecognizer::NumberRecognizer() : impl_(std::make_unique<Impl>()) {}
NumberRecognizer::~NumberRecognizer() = default;
NumberRecognizer::NumberRecognizer(NumberRecognizer&&) noexcept = default;
NumberRecognizer& NumberRecognizer::operator=(NumberRecognizer&&) noexcept = default;

std::vector<Mention> NumberRecognizer::find(std::string_view text) const {
  return find(text, Span{0, text.size()});
}

std::vector<Mention> NumberRecognizer::find(std::string_view text, Span range) const {
  require_utf8(text);
  (void)range;
  return {};
}

Span Normalized::input_span(Span output) const {
  return Span{source.at(output.start), source.at(output.end)};
}

Normalized normalize(const NumberRecognizer& recognizer, std::string_view text) {
  (void)recognizer.find(text);
  Normalized n;
  n.text = std::string(text);
  for (std::size_t i = 0; i <= text.size(); ++i) n.source.push_back(i);
  return n;
}

}  // namespace mubiao
