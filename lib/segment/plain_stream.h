// A Document's plain text (Document::plain) made a part at a time, so that
// a reader that walks it once (the number scan) holds a window of it
// instead of a copy of the whole text. Document::plain is this stream read
// to the end: the two cannot differ.
#ifndef MUBIAO_LIB_SEGMENT_PLAIN_STREAM_H_
#define MUBIAO_LIB_SEGMENT_PLAIN_STREAM_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "mubiao/segment.h"

namespace mubiao {

class PlainStream {
 public:
  // text and noise as a Document holds them (Document::text, layout_noise).
  PlainStream(std::string_view text, const std::vector<Span>& noise) : text_(text), noise_(noise) {}

  // Appends the next bytes of the plain text to out: at least `want` of
  // them, fewer only at the end. Returns false once the end was reached.
  bool fill(std::string& out, std::size_t want);
  // Bytes of plain text made so far, and of the Document's text read for them.
  std::size_t made() const { return made_; }
  std::size_t input_read() const { return pos_; }
  // The map from plain to input offsets of everything made so far (see
  // PlainText::runs; plain offsets count from the plain text's start).
  const std::vector<PlainText::Run>& runs() const { return runs_; }
  std::vector<PlainText::Run> take_runs() { return std::move(runs_); }
  // The input span that plain[span) came from (PlainText::input_span), for
  // a span of what was made.
  Span input_span(Span plain) const;

 private:
  void start_run(std::size_t input);

  std::string_view text_;
  const std::vector<Span>& noise_;
  std::vector<PlainText::Run> runs_;
  std::size_t noise_at_ = 0;     // the next noise span to look at
  std::size_t pos_ = 0;          // input offset copied up to
  std::size_t copy_end_ = npos;  // end of the stretch being copied, or npos
  std::size_t made_ = 0;
  mutable std::size_t run_at_ = 0;  // the run of input_span's last answer
  bool done_ = false;
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
};

// A stretch of the input copied whole into the plain text (one run of a
// map of runs): input[input, input + size) is plain[plain, plain + size).
// The spans it holds map by a shift, both ways, to what the searches of
// the map (input_plain_span, plain_input_span) answer: a reader whose
// spans mostly lie between two breaks of layout maps them with no search.
struct PlainStretch {
  std::size_t input = static_cast<std::size_t>(-1);  // none: it holds no span
  std::size_t plain = 0;
  std::size_t size = 0;
  // Whether input_plain_span(in) is to_plain(in): in lies in the stretch
  // (it may end at the stretch's end).
  bool holds_input(Span in) const {
    return in.start >= input && in.start <= in.end && in.end - input <= size;
  }
  Span to_plain(Span in) const {
    return Span{plain + (in.start - input), plain + (in.end - input)};
  }
  // Whether plain_input_span(p) is to_input(p): p starts in the stretch
  // and ends in it or at its end.
  bool holds_plain(Span p) const {
    return p.start >= plain && p.start - plain < size && p.start <= p.end && p.end - plain <= size;
  }
  Span to_input(Span p) const { return Span{input + (p.start - plain), input + (p.end - plain)}; }
};

// The stretch of a map of runs of plain text plain_size bytes long (as
// input_plain_span takes them) in which input offset off lies, or none
// when off is before the first or in dropped layout (holds_input of a
// span that starts there is false). run_at as input_plain_span moves it.
PlainStretch input_stretch(const std::vector<PlainText::Run>& runs, std::size_t plain_size,
                           std::size_t off, std::size_t* run_at);

// PlainText::input_span over a map of runs (runs empty: the identity).
// cursor, when given, is where the search starts (the run of the last
// answer, for spans asked in text order) and is moved to this one's.
Span plain_input_span(const std::vector<PlainText::Run>& runs, Span plain, std::size_t* cursor);
// PlainText::plain_span over a map of runs of plain text plain_size bytes
// long (a stream's runs: exact for an input span that ends before
// input_read(), with plain_size its made()). run_at, when given, is where
// the search starts (the run of the last answer) and is moved to this one's.
Span input_plain_span(const std::vector<PlainText::Run>& runs, std::size_t plain_size, Span input,
                      std::size_t* run_at);

}  // namespace mubiao

#endif  // MUBIAO_LIB_SEGMENT_PLAIN_STREAM_H_
