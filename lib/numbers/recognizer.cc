// NumberRecognizer: the public face of scanner.cc (finding) and
// normalize.cc (rewriting).
#include "mubiao/numbers.h"

#include <algorithm>

#include "mubiao/segment.h"
#include "numbers/scanner.h"
#include "numbers/tables.h"

namespace mubiao {

namespace {
constexpr const char* kKindNames[] = {"cardinal", "decimal", "percent", "points", "ordinal",
                                      "multiple", "fraction", "range", "year", "month",
                                      "day", "quarter", "duration"};
constexpr const char* kQualifierNames[] = {"none", "over", "about", "at_least", "at_most", "nearly"};
}  // namespace

const char* number_kind_name(NumberKind kind) { return kKindNames[static_cast<int>(kind)]; }
const char* qualifier_name(Qualifier q) { return kQualifierNames[static_cast<int>(q)]; }

struct NumberRecognizer::Impl {
  const numbers::Tables& tables = numbers::Tables::get();
};

NumberRecognizer::NumberRecognizer() : impl_(std::make_unique<Impl>()) {}
NumberRecognizer::~NumberRecognizer() = default;
NumberRecognizer::NumberRecognizer(NumberRecognizer&&) noexcept = default;
NumberRecognizer& NumberRecognizer::operator=(NumberRecognizer&&) noexcept = default;

std::vector<Mention> NumberRecognizer::find(std::string_view text) const {
  return find(text, Span{0, text.size()});
}

std::vector<Mention> NumberRecognizer::find(std::string_view text, Span range) const {
  // A range past the text is clamped, and its ends are moved onto character
  // boundaries so that decoding never starts inside a character. Only the
  // range is validated (the scanner reads nothing outside it), so that
  // scanning a text sentence by sentence stays linear.
  auto continuation = [&](std::size_t i) {
    return i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
  };
  range.end = std::min(range.end, text.size());
  range.start = std::min(range.start, range.end);
  while (continuation(range.start) && range.start < range.end) ++range.start;
  while (continuation(range.end) && range.end > range.start) --range.end;
  if (auto bad = find_invalid_utf8(range.of(text))) throw InvalidUtf8(range.start + *bad);
  std::vector<Mention> out;
  for (numbers::Found& f : numbers::scan(impl_->tables, text, range))
    out.push_back(std::move(f.mention));
  return out;
}

std::vector<Mention> NumberRecognizer::find(const Document& doc) const {
  if (doc.layout_noise().empty()) return find(doc.text());
  const PlainText plain = doc.plain();
  std::vector<Mention> out = find(plain.text);
  for (Mention& m : out) m.span = plain.input_span(m.span);
  return out;
}

}  // namespace mubiao
