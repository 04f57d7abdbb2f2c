// Target extraction over the Document the Segmenter built: its sentences
// are read piece by piece, a piece being the clauses of a sentence up to a
// semicolon (ClauseEnd::semicolon: "…增长7%；…下降3%。" holds two lists of
// statements). Every piece that holds a number, or the words a benchmark
// shape needs, is read by the rules (rules.h) clause by clause, as the
// Document cut it. Everything is read on the Document's plain text (layout
// removed: a number or indicator split by a line or page break reads
// whole) and mapped back to the original bytes. The stance and the default
// horizon come from the report's parts (ReportParts); a horizon named at
// the start of a paragraph (未来五年，…) holds to the paragraph's end.
#include "targets/extractor.h"

#include <algorithm>

#include "data/structure_tables.h"
#include "numbers/scanner.h"
#include "targets/cues.h"
#include "targets/phrase.h"
#include "targets/rules.h"
#include "targets/stance.h"
#include "text/huge_pages.h"
#include "text/utf8.h"

namespace mubiao {

using targets::Cues;

namespace {

// A clause without the separator that ends it ("增长7%，" -> "增长7%"); end:
// clause_end of it.
Span without_separator(std::string_view text, const Unit& clause, ClauseEnd end) {
  Span s = clause.span;
  if (end == ClauseEnd::sentence || s.empty()) return s;
  std::size_t b = s.end;
  if (data::structure::is_clause_separator(utf8::decode_before(text, b))) s.end = b;
  return s;
}

Span map_back(const PlainText& plain, Span s) { return plain.input_span(s); }

// The mentions a statement can be read from: a number too large or too
// precise to represent (1e946) has no value, and a target without a value
// would pass for a benchmark, so it is no quantity.
std::vector<Mention> quantities(std::vector<Mention> mentions) {
  mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                [](const Mention& m) { return !m.representable; }),
                 mentions.end());
  return mentions;
}

// Reads the pieces of one document.
class PieceReader {
 public:
  PieceReader(const Document& doc, const ReportParts& parts, const Cues& cues,
              std::vector<Statement>& out)
      : doc_(doc),
        plain_(doc.plain()),
        mentions_(quantities(mubiao::numbers::mentions_in_valid(plain_.text))),
        parts_(parts),
        cues_(cues),
        out_(out) {}

  void run() {
    // Most records hold one number each: room for as many as there are
    // numbers spares a large document the doubling of its vector of
    // records (which holds the old and new buffers at once).
    out_.reserve(out_.size() + mentions_.size());
    advise_huge_pages(out_.data(), out_.capacity() * sizeof(Statement));
    const std::string_view text = doc_.text();
    const auto& sentences = doc_.units(Level::sentence);
    const auto& clauses = doc_.units(Level::clause);
    const auto& paragraphs = doc_.units(Level::paragraph);
    std::size_t ci = 0, pi = 0;
    std::size_t paragraph = static_cast<std::size_t>(-1);
    for (std::size_t si = 0; si < sentences.size(); ++si) {
      const Unit& sentence = sentences[si];
      while (pi + 1 < paragraphs.size() && paragraphs[pi].span.end <= sentence.span.start) ++pi;
      if (pi != paragraph) {
        paragraph = pi;
        period_.clear();
      }
      while (ci < clauses.size() && clauses[ci].span.start < sentence.span.start) ++ci;
      std::vector<Span>& piece = piece_;  // reused: one allocation, not one per sentence
      piece.clear();
      for (; ci < clauses.size() && clauses[ci].span.end <= sentence.span.end; ++ci) {
        const ClauseEnd end = clause_end(text, clauses[ci]);
        piece.push_back(plain_.plain_span(without_separator(text, clauses[ci], end)));
        if (end == ClauseEnd::semicolon) {
          read_piece(si, sentence, piece);
          piece.clear();
        }
      }
      if (!piece.empty()) read_piece(si, sentence, piece);
    }
  }

 private:
  void read_piece(std::size_t si, const Unit& sentence, const std::vector<Span>& clauses) {
    const std::string_view ptext = plain_.text;
    const Span piece = targets::trim(ptext, Span{clauses.front().start, clauses.back().end});
    if (piece.empty()) return;
    while (mi_ < mentions_.size() && mentions_[mi_].span.start < piece.start) ++mi_;
    std::size_t mj = mi_;
    while (mj < mentions_.size() && mentions_[mj].span.end <= piece.end) ++mj;
    const std::string_view pv = piece.of(ptext);
    // One walk of the piece for the benchmark words, the achievement words
    // and the period, not one for each.
    const Cues::PieceWords words = cues_.piece_words(pv);
    if (mj > mi_ || words.may_hold_benchmark) {
      targets::SentenceInput in;
      in.text = ptext;
      in.span = piece;
      in.clauses = clauses;
      in.sentence = si;
      in.may_hold_benchmark = words.may_hold_benchmark || !cues_.piece_holds_items();
      in.section = sentence.section;
      const std::size_t at = plain_.input_offset(piece.start);
      in.stance = targets::stance_of(parts_.part_at(at), pv, words.holds_achievement, cues_);
      in.horizon = period_.empty() ? parts_.period_at(at) : period_;
      // In a review, 全年 and 今年 are the year under review.
      in.year =
          in.stance == Stance::achievement && !in.horizon.empty() ? in.horizon : parts_.year();
      const std::size_t first = out_.size();
      targets::read_sentence(in, mentions_.data() + mi_, mentions_.data() + mj, cues_, out_);
      for (std::size_t k = first; k < out_.size(); ++k) {
        Statement& s = out_[k];
        s.span = map_back(plain_, s.span);
        s.indicator_span = map_back(plain_, s.indicator_span);
        s.value_span = map_back(plain_, s.value_span);
      }
    }
    if (words.period) period_ = words.period.cue->value;
    mi_ = mj;
  }

  const Document& doc_;
  const PlainText plain_;
  const std::vector<Mention> mentions_;
  const ReportParts& parts_;
  const Cues& cues_;
  std::vector<Statement>& out_;
  std::size_t mi_ = 0;  // first mention not before the current piece
  std::string period_;  // horizon named earlier in the paragraph
  std::vector<Span> piece_;
};

}  // namespace

struct TargetExtractor::Impl {
  const Cues& cues = Cues::builtin();
};

TargetExtractor::TargetExtractor() : impl_(std::make_unique<Impl>()) {}
TargetExtractor::~TargetExtractor() = default;

std::vector<Statement> TargetExtractor::extract(const Document& doc,
                                                const ReportParts& parts) const {
  std::vector<Statement> out;
  if (!doc.text().empty()) PieceReader(doc, parts, impl_->cues, out).run();
  return out;
}

}  // namespace mubiao
