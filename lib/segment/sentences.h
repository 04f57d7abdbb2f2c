// Sentences: split a paragraph at 。！？ (runs like ？！ are one end), with
// closing quotes and brackets absorbed into the sentence they close. A
// terminal inside a matched pair of quotes or brackets ends nothing unless
// the closer follows it at once. Page markers and whitespace are skipped:
// no unit starts or ends with them, and those inside a sentence are layout
// noise.
#ifndef MUBIAO_LIB_SEGMENT_SENTENCES_H_
#define MUBIAO_LIB_SEGMENT_SENTENCES_H_

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

#include "data/structure_tables.h"
#include "mubiao/text.h"
#include "segment/brackets.h"
#include "segment/lead_scan.h"
#include "segment/offset_cursor.h"
#include "text/utf8.h"

namespace mubiao::structure {

// Walks the characters of text[range) in order, stepping over page markers.
class CharWalker {
 public:
  CharWalker(std::string_view text, Span range, const std::vector<Span>& markers);
  bool done() const { return pos_ >= end_; }
  std::size_t pos() const { return pos_; }
  // The byte at pos() (done() must be false).
  unsigned char byte() const { return static_cast<unsigned char>(text_[pos_]); }
  // The character at pos() (done() must be false); next() moves past it.
  // Inline: they run once or twice per character of the text.
  char32_t peek() {
    if (peeked_at_ != pos_) {
      peeked_next_ = pos_;
      peeked_ = utf8::decode(text_, peeked_next_);
      peeked_at_ = pos_;
    }
    return peeked_;
  }
  std::size_t next_pos() {
    peek();
    return peeked_next_;
  }
  void next() { pos_ = next_pos(); }
  // Steps over a run of plain characters (tables::kStructuralLeads), which
  // no splitter acts on and no page marker starts with; false when pos()
  // holds none.
  bool skip_plain() {
    const std::size_t from = pos_;
    pos_ = next_lead(text_, pos_, end_, data::structure::kStructuralLeads);
    return pos_ != from;
  }
  // Steps over a run of characters the caller does not act on: plain ones,
  // and those of three bytes not in acted_on. Never past the next page
  // marker's start. False when pos() holds none.
  bool skip_to(const data::structure::ThreeByteSet& acted_on) {
    sync_marker();
    const std::size_t limit = std::min(end_, marker_start_);
    const std::size_t from = pos_;
    pos_ = next_acted_on(text_, pos_, limit, data::structure::kStructuralLeads, acted_on);
    return pos_ != from;
  }
  // Steps to stop (where the caller's pass acts next, not before pos()),
  // never past the next page marker's start nor the end. False when the
  // walker did not move.
  bool skip_until(std::size_t stop) {
    sync_marker();
    const std::size_t to = std::min({stop, end_, marker_start_});
    if (to <= pos_) return false;
    pos_ = to;
    return true;
  }
  // Whether pos() begins a page marker (left where it is).
  bool at_marker() {
    sync_marker();
    return marker_start_ == pos_;
  }
  // Whether pos() begins a page marker, which is then skipped.
  bool skip_marker() {
    sync_marker();
    if (marker_start_ == pos_) {
      pos_ = std::min(markers_[marker_].end, end_);
      set_marker(marker_ + 1);
      return true;
    }
    return false;
  }

 private:
  static constexpr std::size_t kNoMarker = static_cast<std::size_t>(-1);
  // The walk asks about the next marker at every stop, and a report has
  // few: its start is kept at hand (kNoMarker past the last).
  void set_marker(std::size_t m) {
    marker_ = m;
    marker_start_ = m < markers_.size() ? markers_[m].start : kNoMarker;
  }
  void sync_marker() {
    while (marker_start_ < pos_) set_marker(marker_ + 1);
  }

  std::string_view text_;
  std::size_t pos_, end_;
  const std::vector<Span>& markers_;
  std::size_t marker_;        // first marker not before pos_ (once synced)
  std::size_t marker_start_;  // its start, or kNoMarker
  std::size_t peeked_at_ = static_cast<std::size_t>(-1), peeked_next_ = 0;
  char32_t peeked_ = 0;
};

// Sentence spans of one paragraph, appended to out; whitespace runs inside
// them appended to noise. With stops (Layout::stops: every offset at which
// next_acted_on with tables::kStructuralLeads and tables::kSentenceStopSet
// would stop), the walk jumps from one to the next; without, it looks for
// them itself (the same sentences).
void split_sentences(std::string_view text, Span paragraph, const std::vector<Span>& markers,
                     const std::vector<BracketEvent>& brackets, std::vector<Span>& out,
                     std::vector<Span>& noise, OffsetCursor* stops = nullptr);

// Trims whitespace off text[s), and a bold mark "**" at either edge whose
// partner lies outside the unit ("**坚持生态优先，" is a clause of a bold
// lead sentence; "**精神**，" keeps both marks).
Span tidy_unit_edges(std::string_view text, Span s);

// The same, inline for the usual unit (every sentence and clause is
// tidied): one that starts with no whitespace or bold mark and ends with a
// character of three bytes that is no whitespace (。，；) is kept whole.
inline Span tidy_unit(std::string_view text, Span s) {
  namespace tables = data::structure;
  const auto* u = reinterpret_cast<const unsigned char*>(text.data());
  if (s.end >= s.start + 3 && !tables::kWhitespaceLeads(text[s.start]) &&
      text[s.start] != tables::kBoldMark[0] && tables::leads_three_bytes(u[s.end - 3]) &&
      !tables::kWhitespaceSet.holds(u + s.end - 3))
    return s;
  return tidy_unit_edges(text, s);
}

}  // namespace mubiao::structure

#endif  // MUBIAO_LIB_SEGMENT_SENTENCES_H_
