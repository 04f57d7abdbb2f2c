// NumberRecognizer: the public face of scanner.cc (finding) and
// normalize.cc (rewriting).
#include "mubiao/numbers.h"

#include <algorithm>

#include "mubiao/segment.h"
#include "numbers/scanner.h"
#include "numbers/tables.h"
#include "segment/plain_stream.h"
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

// The tables are parsed on first use (Tables::get), not when a Pipeline
// that may never read a number is made.
struct NumberRecognizer::Impl {};

NumberRecognizer::NumberRecognizer() : impl_(std::make_unique<Impl>()) {}
NumberRecognizer::~NumberRecognizer() = default;
NumberRecognizer::NumberRecognizer(NumberRecognizer&&) noexcept = default;
NumberRecognizer& NumberRecognizer::operator=(NumberRecognizer&&) noexcept = default;

std::vector<Mention> NumberRecognizer::find(std::string_view text) const {
  // The whole text is validated, so that its first invalid byte is reported
  // (the same offset as every other stage), not one inside a scanned range.
  require_utf8(text);
  return mentions(numbers::Tables::get(), text, Span{0, text.size()});
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
  return mentions(numbers::Tables::get(), text, range);
}

namespace {

// The plain text's bytes held at a time (and reused): the window the scan
// walks, kMaxExpressionBytes of it read ahead of the last position scanned.
constexpr std::size_t kWindowBytes = 256 * 1024;
static_assert(kWindowBytes > 2 * (numbers::kMaxExpressionBytes + numbers::kMaxLookBehind));

// The mentions of a Document's plain text, with spans into its text, scanned
// through a window of the plain text: the same mentions as a scan of
// Document::plain (the scan reads no further ahead or behind than the
// window holds: see scanner.h) without a copy of the whole text, whose first
// touch (12 MB for a 12 MB report) costs more than the scan's reading.
void scan_plain(const Document& doc, const std::function<void(Mention&)>& take) {
  const numbers::Tables& tables = numbers::Tables::get();
  PlainStream plain(doc.text(), doc.layout_noise());
  std::string window;  // plain[base, base + window.size())
  window.reserve(kWindowBytes);
  std::size_t base = 0;
  numbers::ScanState state;  // offsets into the window
  auto found = [&](numbers::Found&& f) {
    Mention& m = f.mention;
    m.span = plain.input_span(Span{base + m.span.start, base + m.span.end});
    take(m);
  };
  for (bool more = true; more;) {
    more = plain.fill(window, kWindowBytes - window.size());
    const std::size_t end = window.size();
    // A read from before stop ends before the window does (at a character
    // boundary up to 3 bytes past kMaxExpressionBytes: scanner.h).
    const std::size_t stop = more ? end - numbers::kMaxExpressionBytes - 4 : end;
    numbers::scan_part(tables, window, 0, end, stop, state, found);
    if (!more) break;
    // Keep what the next part may look back at; the floor behind it is
    // never reached (see scanner.h).
    const std::size_t drop = state.pos - numbers::kMaxLookBehind;
    window.erase(0, drop);
    base += drop;
    state.pos -= drop;
    state.floor = state.floor > drop ? state.floor - drop : 0;
  }
}

}  // namespace

std::vector<Mention> NumberRecognizer::find(const Document& doc) const {
  // A Document's text was validated when it was built.
  if (doc.layout_noise().empty()) return numbers::mentions_in_valid(doc.text());
  std::vector<Mention> out;
  out.reserve(doc.text().size() / 128);
  advise_huge_pages(out.data(), out.capacity() * sizeof(Mention));
  scan_plain(doc, [&](Mention& m) { out.push_back(std::move(m)); });
  return out;
}

void NumberRecognizer::find(const Document& doc,
                            const std::function<void(const Mention&)>& take) const {
  if (doc.layout_noise().empty()) {
    numbers::scan_each(numbers::Tables::get(), doc.text(), Span{0, doc.text().size()},
                       [&](numbers::Found&& f) { take(f.mention); });
    return;
  }
  scan_plain(doc, [&](Mention& m) { take(m); });
}

}  // namespace mubiao
