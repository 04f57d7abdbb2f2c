// Target extraction: walks the document's sentences once, cuts each at 。！？；
// (and at the end of heading lines), and reads the statements of every piece
// that holds a number, or the words a benchmark shape needs (rules.h; no
// word breaking: a piece without either is never read). The stance and the
// default horizon come from the report's parts (stance.h); a horizon named
// at the start of a paragraph (未来五年，…) holds to the paragraph's end.
#include "targets/extractor.h"

#include <algorithm>

#include "targets/cues.h"
#include "targets/phrase.h"
#include "targets/rules.h"
#include "targets/stance.h"
#include "text/utf8.h"

namespace mubiao {

using targets::Cues;

namespace {

constexpr std::size_t kMaxHeadingLineBytes = 90;  // ~30 characters

bool ends_sentence(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'!' || c == U'?' ||
         c == U';';
}

// A line break ends a sentence after sentence-final punctuation, after a
// short (heading) line, or before a markdown heading; elsewhere it is
// layout inside a sentence (转化一流\n\n科技成果).
bool breaks_sentence(std::string_view text, std::size_t nl, std::size_t line_start) {
  std::size_t i = nl;
  while (i > line_start) {
    std::size_t k = i;
    char32_t c = utf8::decode_before(text, k);
    if (c != ' ' && c != '\r' && c != '\t' && c != '*' && c != 0x3000) {
      if (ends_sentence(c) || c == U'：' || c == U'”' || c == U'）') return true;
      break;
    }
    i = k;
  }
  if (nl - line_start <= kMaxHeadingLineBytes) return true;
  std::size_t j = nl + 1;
  while (j < text.size() && (text[j] == '\n' || text[j] == ' ' || text[j] == '\r')) ++j;
  return j < text.size() && text[j] == '#';
}

struct Piece {
  Span span;
  std::size_t line_start;  // start of the line (paragraph) the piece begins in
};

// Pieces of a sentence span, cut after 。！？； and at sentence-ending line
// breaks. line_start: on entry the start of the line s.start is in, on exit
// the start of the line s.end is in.
std::vector<Piece> pieces(std::string_view text, Span s, std::size_t& line_start) {
  std::vector<Piece> out;
  std::size_t start = s.start, start_line = line_start;
  auto flush = [&](std::size_t end) {
    Span p = targets::trim(text, Span{start, end});
    if (p.empty()) return;
    std::size_t ls = start_line;
    for (std::size_t j = start; j < p.start; ++j)
      if (text[j] == '\n') ls = j + 1;
    out.push_back(Piece{p, ls});
  };
  for (std::size_t i = s.start; i < s.end;) {
    // A character whose first byte is E4..E9 (U+4000..U+9FFF: Han) neither
    // ends a piece nor breaks a line.
    if (const auto b = static_cast<unsigned char>(text[i]); b >= 0xE4 && b <= 0xE9) {
      i += 3;
      continue;
    }
    std::size_t k = i;
    char32_t c = utf8::decode(text, k);
    bool cut = ends_sentence(c);
    if (c == '\n') {
      cut = breaks_sentence(text, i, line_start);
      line_start = k;
    }
    if (cut) {
      flush(k);
      start = k;
      start_line = line_start;
    }
    i = k;
  }
  flush(s.end);
  return out;
}

}  // namespace

struct TargetExtractor::Impl {
  const Cues& cues = Cues::builtin();
};

TargetExtractor::TargetExtractor() : impl_(std::make_unique<Impl>()) {}
TargetExtractor::~TargetExtractor() = default;

std::vector<Statement> TargetExtractor::extract(std::string_view text, const Document& doc,
                                                const Segmenter&,
                                                const NumberRecognizer& numbers) const {
  std::vector<Statement> out;
  if (text.empty()) return out;
  const Cues& cues = impl_->cues;
  std::vector<Mention> mentions = numbers.find(text);
  const targets::ReportParts parts(text, cues);

  const auto& sentences = doc.units(Level::sentence);
  std::size_t mi = 0;            // first mention not before the current piece
  std::size_t line_start = 0;    // start of the line being walked
  std::size_t scanned = 0;       // text before this has been scanned for line starts
  std::size_t paragraph = 0;     // start of the current paragraph
  std::string period;            // horizon named earlier in the paragraph
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    const Unit& sentence = sentences[si];
    if (sentence.span.end > text.size()) break;
    for (; scanned < sentence.span.start; ++scanned)
      if (text[scanned] == '\n') line_start = scanned + 1;
    scanned = std::max(scanned, sentence.span.end);
    for (const Piece& p : pieces(text, sentence.span, line_start)) {
      const Span piece = p.span;
      if (p.line_start != paragraph) {
        paragraph = p.line_start;
        period.clear();
      }
      while (mi < mentions.size() && mentions[mi].span.start < piece.start) ++mi;
      std::size_t mj = mi;
      while (mj < mentions.size() && mentions[mj].span.end <= piece.end) ++mj;
      const std::string_view pv = piece.of(text);
      if (mj > mi || cues.may_hold_benchmark(pv)) {
        targets::SentenceInput in;
        in.text = text;
        in.span = piece;
        in.sentence = si;
        in.section = sentence.section;
        in.stance = targets::stance_of(parts.part_at(piece.start), pv, cues);
        in.horizon = period.empty() ? parts.horizon_at(piece.start) : period;
        // In a review, 全年 and 今年 are the year under review.
        in.year = in.stance == Stance::achievement && !in.horizon.empty() ? in.horizon : parts.year();
        std::vector<Mention> local(mentions.begin() + static_cast<std::ptrdiff_t>(mi),
                                   mentions.begin() + static_cast<std::ptrdiff_t>(mj));
        targets::read_sentence(in, local, cues, out);
      }
      if (targets::Hit h = cues.last(pv, "period")) period = h.cue->value;
      mi = mj;
    }
  }
  return out;
}

}  // namespace mubiao
