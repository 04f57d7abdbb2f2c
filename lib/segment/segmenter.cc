// Segmenter: validation, then the structure builder and the word breaker.
#include <algorithm>

#include "mubiao/segment.h"
#include "segment/structure.h"
#include "segment/word_breaker.h"
#include "text/lazy.h"

namespace mubiao {

namespace {
constexpr const char* kLevelNames[] = {"section", "paragraph", "sentence", "clause", "word"};
constexpr const char* kTokenTypeNames[] = {"word", "number", "punct", "latin"};
}  // namespace

const char* level_name(Level level) { return kLevelNames[static_cast<int>(level)]; }

std::optional<Level> parse_level(std::string_view name) {
  for (int i = 0; i < 5; ++i)
    if (name == kLevelNames[i]) return static_cast<Level>(i);
  return std::nullopt;
}

const char* token_type_name(TokenType type) { return kTokenTypeNames[static_cast<int>(type)]; }

const std::vector<Unit>& Document::units(Level level) const {
  static const std::vector<Unit> kNone;
  switch (level) {
    case Level::section: return section_units_;
    case Level::paragraph: return paragraphs_;
    case Level::sentence: return sentences_;
    case Level::clause: return clauses_;
    case Level::word: break;
  }
  return kNone;
}

std::size_t Document::top_section(const Unit& unit) const {
  std::size_t s = unit.section;
  if (s >= sections_.size()) return 0;
  // Parents always precede their children, so this walk terminates.
  while (sections_[s].depth > 1 && sections_[s].parent < s) s = sections_[s].parent;
  return s;
}

std::string_view Document::top_heading(const Unit& unit) const {
  if (sections_.empty()) return {};
  const Section& top = sections_[top_section(unit)];
  return top.depth == 0 ? std::string_view() : top.heading.of(text_);
}

struct Segmenter::Impl {
  explicit Impl(const SegmenterOptions& o) : options(o) {}
  // The word lexicon is built when words are first asked for.
  const WordBreaker& words() const {
    return breaker.get([&] { return std::make_unique<WordBreaker>(options.extra_words); });
  }
  SegmenterOptions options;
  Lazy<WordBreaker> breaker;
};

Segmenter::Segmenter() : Segmenter(SegmenterOptions{}) {}
Segmenter::Segmenter(const SegmenterOptions& options) : impl_(std::make_unique<Impl>(options)) {}
Segmenter::~Segmenter() = default;
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;

Document Segmenter::segment(std::string_view text) const { return segment(text, Level::clause); }

Document Segmenter::segment(std::string_view text, Level finest) const {
  return segment(CheckedText::check(text), finest);
}

Document Segmenter::segment(CheckedText text, Level finest) const {
  return DocumentBuilder::build(text.view(), finest >= Level::clause);
}

std::vector<Token> Segmenter::words(std::string_view text) const {
  return words(text, Span{0, text.size()});
}

std::vector<Token> Segmenter::words(std::string_view text, Span range) const {
  range.end = std::min(range.end, text.size());
  range.start = std::min(range.start, range.end);
  // Only the range is validated, so that word-breaking sentence after
  // sentence of one text stays linear; a range that cuts a character is
  // invalid UTF-8 at its edge.
  if (auto bad = find_invalid_utf8(range.of(text))) throw InvalidUtf8(range.start + *bad);
  return impl_->words().tokens(text, range);
}

}  // namespace mubiao
