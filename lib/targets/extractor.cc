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
#include "numbers/tables.h"
#include "segment/plain_stream.h"
#include "targets/clause_ends.h"
#include "targets/cues.h"
#include "targets/phrase.h"
#include "targets/rules.h"
#include "targets/stance.h"
#include "text/huge_pages.h"
#include "text/utf8.h"

namespace mubiao {

using targets::Cues;

namespace {

// How much of the plain text around a piece the rules are given: they
// read a piece's clauses and the characters next to its numbers (a unit,
// a bracket, 的 after a count), never a sentence away, so that the text is
// read through a window (a copy of the whole, first touched, costs more
// than the rules' reading of it).
constexpr std::size_t kContextBytes = 16 * 1024;
// The plain text held at a time (and reused): the number scan reads up to
// kMaxExpressionBytes ahead of where it stands, the rules kContextBytes
// either side of a piece.
constexpr std::size_t kWindowBytes = 256 * 1024;
static_assert(kWindowBytes >
              2 * (numbers::kMaxExpressionBytes + numbers::kMaxLookBehind + 2 * kContextBytes));

// Reads the pieces of one document. The plain text (Document::plain) is
// made a window at a time (PlainStream), and its numbers are scanned as far
// as the piece being read (numbers::scan_part, the scan of the numbers
// command): neither the plain text nor its mentions are held whole.
class PieceReader {
 public:
  PieceReader(const Document& doc, const ReportParts& parts, const Cues& cues,
              std::vector<Statement>& out)
      : doc_(doc),
        ends_(doc.text()),
        stream_(doc.text(), doc.layout_noise()),
        tables_(numbers::Tables::get()),
        parts_(parts),
        cues_(cues),
        out_(out) {
    window_.reserve(kWindowBytes);
  }

  void run() {
    // Most records hold one number each: room for as many as a report holds
    // numbers (one per 240 bytes or so; reserved memory is not touched
    // until used) spares a large document the doubling of its vector of
    // records (which holds the old and new buffers at once).
    out_.reserve(out_.size() + doc_.text().size() / 128);
    advise_huge_pages(out_.data(), out_.capacity() * sizeof(Statement));
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
        const targets::ClauseEnds::Ending e = ends_.of(clauses[ci]);
        piece.push_back(e.span);
        if (e.end == ClauseEnd::semicolon) {
          read_piece(si, sentence, piece);
          piece.clear();
        }
      }
      if (!piece.empty()) read_piece(si, sentence, piece);
    }
  }

 private:
  // The plain span of input[span) (input offsets ascending from cursor's
  // run), the plain text made past input_end first. The map from input to
  // plain offsets does not change as more is made (PlainStream): a span is
  // mapped when it is needed, not when the stream passes it.
  Span plain_span(Span input, std::size_t* cursor) const {
    return input_plain_span(stream_.runs(), stream_.made(), input, cursor);
  }

  // The input span of plain[span) (plain offsets from the plain text's
  // start), by a shift when the stretch holds it.
  Span map_back(Span plain, const PlainStretch& stretch) const {
    return stretch.holds_plain(plain) ? stretch.to_input(plain) : stream_.input_span(plain);
  }

  // Makes the next part of the plain text, first dropping from the window
  // what neither the scan (kMaxLookBehind behind it) nor the rules
  // (kContextBytes before the piece) will read again.
  void fill() {
    const std::size_t keep_from = std::min(scan_.pos - std::min(scan_.pos, numbers::kMaxLookBehind),
                                           keep_from_ - std::min(keep_from_, base_));
    if (keep_from > window_.size() / 2) {
      window_.erase(0, keep_from);
      base_ += keep_from;
      scan_.pos -= keep_from;
      scan_.floor = scan_.floor > keep_from ? scan_.floor - keep_from : 0;
      // The numbers before keep_from are before the next piece: read or
      // never to be read.
      while (mi_ < mentions_.size() && mentions_[mi_].span.start < keep_from) ++mi_;
      mentions_.erase(mentions_.begin(), mentions_.begin() + mi_);
      mi_ = 0;
      for (Mention& m : mentions_) m.span = Span{m.span.start - keep_from, m.span.end - keep_from};
    }
    more_ = stream_.fill(window_, kWindowBytes - std::min(window_.size(), kWindowBytes / 2));
  }

  // Holds plain[..., plain_end + kContextBytes) in the window and the
  // numbers found up to plain_end (those that start before it) at least.
  void reach(std::size_t plain_end) {
    const std::size_t need = plain_end + std::max(numbers::kMaxExpressionBytes + 4, kContextBytes);
    while (more_ && base_ + window_.size() < need) fill();
    if (scan_.pos >= plain_end - base_) return;
    // As far as the window allows, not piece by piece: the scan's tables
    // and the rules' stay in the cache in turn.
    const std::size_t end = window_.size();
    const std::size_t stop = more_ ? end - numbers::kMaxExpressionBytes - 4 : end;
    numbers::scan_part(tables_, window_, 0, end, stop, scan_, [&](numbers::Found&& f) {
      // A number too large or too precise to represent (1e946) has no
      // value, and a target without a value would pass for a benchmark, so
      // it is no quantity.
      if (!f.mention.representable) return;
      mentions_.push_back(std::move(f.mention));
    });
  }

  // Reads a piece: clauses are its clauses' input spans, without their
  // separators. Only the piece's ends are mapped to the plain text for
  // every piece; its clauses only when the rules read it (a quarter of
  // pieces hold a number or a benchmark word).
  void read_piece(std::size_t si, const Unit& sentence, const std::vector<Span>& clauses) {
    while (more_ && stream_.input_read() <= clauses.back().end) fill();
    const std::size_t clause_cursor = run_at_;  // at or before the piece's first run
    // Plain offsets rise with input offsets: the piece's plain span is its
    // first clause's start to its last one's end. Most pieces lie in one
    // stretch that layout does not break, whose spans map by a shift.
    const Span input{clauses.front().start, clauses.back().end};
    // Consecutive pieces mostly lie in the same stretch: it is looked up
    // again only when it does not hold this one (the map's answers are
    // the same for any stretch that holds a span).
    if (!stretch_.holds_input(input))
      stretch_ = input_stretch(stream_.runs(), stream_.made(), input.start, &run_at_);
    const PlainStretch& stretch = stretch_;
    const bool shifted = stretch.holds_input(input);
    const Span plain = shifted ? stretch.to_plain(input) : plain_span(input, &run_at_);
    keep_from_ = plain.start - std::min(plain.start, kContextBytes);
    reach(plain.end);
    // The window from base_: plain offsets count from the plain text's start.
    const std::string_view wv = window_;
    auto local = [&](Span s) { return Span{s.start - base_, s.end - base_}; };
    const Span piece = targets::trim(wv, local(plain));
    if (piece.empty()) return;
    // mentions_[mi_...) holds the numbers from the last piece's on.
    std::size_t mi = mi_;
    while (mi < mentions_.size() && mentions_[mi].span.start < piece.start) ++mi;
    std::size_t mj = mi;
    while (mj < mentions_.size() && mentions_[mj].span.end <= piece.end) ++mj;
    const std::string_view pv = piece.of(wv);
    // Of a piece only the period, whether a benchmark may match and (for
    // the rules, when it holds a number) whether it holds an achievement
    // word are asked, which a walk of fewer words answers first: one piece
    // in thirty passes on to the whole walk.
    const Cues::PieceGate gate = cues_.gate_piece(pv, mj > mi);
    if (!gate.may_hold_benchmark && mj == mi) {
      if (gate.period) period_ = gate.period.cue->value;
      mi_ = mj;
      return;
    }
    // One walk of the piece for the benchmark words, the achievement words
    // and the period, not one for each. The places of its benchmark words
    // are kept for the rules: no clause or item of it is walked for them
    // again (they speak for every one when no benchmark word opens or ends
    // with what trim() removed). Not asked of a piece the gate stopped.
    words_.clear();
    Cues::PieceWords words{false, gate.holds_achievement, gate.period};
    if (gate.may_hold_benchmark) words = cues_.piece_words(pv, words_);
    for (targets::Hit& h : words_)
      h = targets::Hit{h.cue, piece.start + h.start, piece.start + h.end};
    if (mj > mi || words.may_hold_benchmark) {
      targets::SentenceInput in;
      // The rules see kContextBytes of the text either side of the piece.
      in.text = wv.substr(0, std::min(wv.size(), piece.end + kContextBytes));
      in.span = piece;
      in.clauses.swap(clauses_);  // reused: one allocation, not one per piece
      in.clauses.clear();
      std::size_t cursor = clause_cursor;
      for (const Span& c : clauses)
        in.clauses.push_back(local(shifted ? stretch.to_plain(c) : plain_span(c, &cursor)));
      in.sentence = si;
      in.may_hold_benchmark = words.may_hold_benchmark || !cues_.piece_holds_items();
      if (cues_.piece_holds_items()) in.benchmark_words = &words_;
      in.section = sentence.section;
      const std::size_t at =
          map_back(Span{base_ + piece.start, base_ + piece.start}, stretch).start;
      in.stance = targets::stance_of(parts_.part_at(at), pv, words.holds_achievement, cues_);
      in.horizon = period_.empty() ? parts_.period_at(at) : period_;
      // In a review, 全年 and 今年 are the year under review.
      in.year =
          in.stance == Stance::achievement && !in.horizon.empty() ? in.horizon : parts_.year();
      const std::size_t first = out_.size();
      targets::read_sentence(in, mentions_.data() + mi, mentions_.data() + mj, cues_, out_);
      clauses_.swap(in.clauses);
      // An empty span at the window's start is a field's "none" (Span{}):
      // no span the rules read lies kContextBytes before the piece.
      auto back = [&](Span s) {
        return map_back(s.empty() && s.start == 0 ? s : Span{base_ + s.start, base_ + s.end},
                        stretch);
      };
      for (std::size_t k = first; k < out_.size(); ++k) {
        Statement& s = out_[k];
        s.span = back(s.span);
        s.indicator_span = back(s.indicator_span);
        s.value_span = back(s.value_span);
      }
    }
    if (words.period) period_ = words.period.cue->value;
    mi_ = mj;
  }

  const Document& doc_;
  targets::ClauseEnds ends_;
  PlainStream stream_;
  std::string window_;  // plain[base_, base_ + window_.size())
  std::size_t base_ = 0;
  std::size_t run_at_ = 0;     // the run of a recent piece's start or end
  PlainStretch stretch_;       // the stretch of a recent piece
  bool more_ = true;           // the stream has more to make
  std::size_t keep_from_ = 0;  // plain offset the rules may still read from
  const numbers::Tables& tables_;
  numbers::ScanState scan_;        // offsets into the window
  std::vector<Mention> mentions_;  // found; offsets into the window
  std::size_t mi_ = 0;             // the first not read
  const ReportParts& parts_;
  const Cues& cues_;
  std::vector<Statement>& out_;
  std::string period_;               // horizon named earlier in the paragraph
  std::vector<Span> piece_;          // input spans of the piece's clauses
  std::vector<Span> clauses_;        // the piece's clauses, offsets into the window
  std::vector<targets::Hit> words_;  // the piece's benchmark words, offsets into the window
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
