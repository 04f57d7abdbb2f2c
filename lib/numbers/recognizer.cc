// NumberRecognizer: the public face of scanner.cc (finding) and
// normalize.cc (rewriting).
#include "mubiao/numbers.h"

#include <algorithm>

#include "mubiao/segment.h"
#include "numbers/scanner.h"
#include "numbers/tables.h"
#include "text/huge_pages.h"
#include "text/utf8.h"

namespace mubiao {

namespace {
constexpr const char* kKindNames[] = {"cardinal", "decimal",  "percent", "points", "ordinal",
                                      "multiple", "fraction", "range",   "year",   "month",
                                      "day",      "quarter",  "duration"};
constexpr const char* kQualifierNames[] = {"none",     "over",    "about",
                                           "at_least", "at_most", "nearly"};

// The mentions in text[range) of valid UTF-8.
std::vector<Mention> mentions(const numbers::Tables& tables, std::string_view text, Span range) {
  // Room for one mention per 128 bytes (reports hold about one per 240):
  // reserved memory is not touched until used, while a vector that doubles
  // first-touches twice its final size.
  std::vector<Mention> out;
  out.reserve(range.size() / 128);
  advise_huge_pages(out.data(), out.capacity() * sizeof(Mention));
  numbers::scan_each(tables, text, range,
                     [&](numbers::Found&& f) { out.push_back(std::move(f.mention)); });
  return out;
}
}  // namespace

std::vector<Mention> numbers::mentions_in_valid(std::string_view text) {
  return mentions(Tables::get(), text, Span{0, text.size()});
}

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
  // The whole text is validated, so that its first invalid byte is reported
  // (the same offset as every other stage), not one inside a scanned range.
  require_utf8(text);
  return mentions(impl_->tables, text, Span{0, text.size()});
}

std::vector<Mention> NumberRecognizer::find(std::string_view text, Span range) const {
  // A range past the text is clamped, and an end that cuts a well-formed
  // character moves off it so that decoding never starts inside one. Only
  // the range is validated (the scanner reads nothing outside it), so that
  // scanning a text sentence by sentence stays linear; stray bytes at an
  // edge stay in the range and are reported there.
  range.end = std::min(range.end, text.size());
  range.start = std::min(range.start, range.end);
  range.start = std::min(utf8::past_cut_character(text, range.start), range.end);
  range.end = std::max(utf8::start_of_cut_character(text, range.end), range.start);
  if (auto bad = find_invalid_utf8(range.of(text))) throw InvalidUtf8(range.start + *bad);
  return mentions(impl_->tables, text, range);
}

std::vector<Mention> NumberRecognizer::find(const Document& doc) const {
  // A Document's text was validated when it was built.
  if (doc.layout_noise().empty()) return numbers::mentions_in_valid(doc.text());
  const PlainText plain = doc.plain();
  std::vector<Mention> out = numbers::mentions_in_valid(plain.text);
  for (Mention& m : out) m.span = plain.input_span(m.span);
  return out;
}

}  // namespace mubiao
