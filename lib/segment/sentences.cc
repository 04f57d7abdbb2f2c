#include "segment/sentences.h"

#include <algorithm>

#include "data/structure_tables.h"
#include "text/utf8.h"

namespace mubiao::structure {

namespace tables = data::structure;

CharWalker::CharWalker(std::string_view text, Span range, const std::vector<Span>& markers)
    : text_(text), pos_(range.start), end_(range.end), markers_(markers) {
  set_marker(static_cast<std::size_t>(
      std::lower_bound(markers.begin(), markers.end(), range.start,
                       [](const Span& m, std::size_t off) { return m.start < off; }) -
      markers.begin()));
}

Span tidy_unit_edges(std::string_view text, Span s) {
  const std::string_view mark = tables::kBoldMark;
  // Whitespace starts with one of few bytes: most edges are told by one.
  constexpr const tables::LeadBytes& kWhitespaceLeads = tables::kWhitespaceLeads;
  // Units nearly always end in a character of three bytes (。，；) whose
  // first byte also leads some whitespace: told by its bytes, undecoded.
  constexpr const tables::ThreeByteSet& kWhitespaceSet = tables::kWhitespaceSet;
  const auto* u = reinterpret_cast<const unsigned char*>(text.data());
  for (;;) {
    while (s.start < s.end && kWhitespaceLeads(text[s.start])) {
      std::size_t w = s.start;
      if (!tables::is_whitespace(utf8::decode(text, w))) break;
      s.start = w;
    }
    while (s.end > s.start) {
      // A first byte of three bytes before the end leads the last character.
      if (s.end - s.start >= 3 && tables::leads_three_bytes(u[s.end - 3])) {
        if (!kWhitespaceSet.holds(u + s.end - 3)) break;
        s.end -= 3;
        continue;
      }
      std::size_t b = s.end - 1;
      while (b > s.start && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
      if (!kWhitespaceLeads(text[b])) break;
      b = s.end;
      if (!tables::is_whitespace(utf8::decode_before(text, b))) break;
      s.end = b;
    }
    const std::string_view t = s.of(text);
    // Nearly every unit has no mark at either edge: told by one byte each.
    if (t.size() < mark.size() || (t.front() != mark.front() && t.back() != mark.back())) return s;
    if (t.size() >= mark.size() && t.substr(0, mark.size()) == mark &&
        t.find(mark, mark.size()) == std::string_view::npos) {
      s.start += mark.size();  // the bold run closes after this unit
      continue;
    }
    if (t.size() >= mark.size() && t.substr(t.size() - mark.size()) == mark &&
        t.substr(0, t.size() - mark.size()).find(mark) == std::string_view::npos) {
      s.end -= mark.size();  // the bold run opened before this unit
      continue;
    }
    return s;
  }
}

namespace {

class SentenceSplitter {
 public:
  SentenceSplitter(std::string_view text, Span paragraph, const std::vector<Span>& markers,
                   const std::vector<BracketEvent>& brackets, std::vector<Span>& out,
                   std::vector<Span>& noise, OffsetCursor* stops)
      : text_(text),
        paragraph_(paragraph),
        walker_(text, paragraph, markers),
        brackets_(brackets),
        out_(out),
        noise_(noise),
        stops_(stops) {}

  void run() {
    while (!walker_.done()) {
      const std::size_t pos = walker_.pos();
      if (walker_.skip_marker()) {
        end_space_run(pos);
        continue;
      }
      const char32_t c = walker_.peek();
      if (tables::is_whitespace(c)) {
        if (start_ != npos && space_ == npos) space_ = pos;
        walker_.next();
        continue;
      }
      if (start_ == npos) {
        if (skip_leading_markup(pos, c)) continue;
        start_ = pos;
      } else {
        end_space_run(pos);
        noise_.insert(noise_.end(), pending_.begin(), pending_.end());
        pending_.clear();
      }
      take(pos);
      if (tables::is_terminal(c)) {
        take_terminal_tail();
        if (depth_ <= 0) emit();
      } else if (skip_inert()) {
        last_ = walker_.pos();  // taken as a whole: these change no state
      }
    }
    if (start_ != npos) emit();
  }

 private:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  // A markdown heading's '#' run is markup, not words.
  bool skip_leading_markup(std::size_t pos, char32_t c) {
    if (c == static_cast<char32_t>(tables::kMarkdownHeadingMark) && pos == paragraph_.start) {
      while (!walker_.done() &&
             walker_.peek() == static_cast<char32_t>(tables::kMarkdownHeadingMark))
        walker_.next();
      return true;
    }
    return false;
  }

  // Whether the splitter does nothing with c but take it into the open
  // sentence: no whitespace, terminal, quote or bracket (the only
  // characters a bracket event or a page marker starts at). For characters
  // of three bytes, tables::kSentenceStopSet answers the same.
  static bool inert(char32_t c) {
    namespace lookup = tables::lookup;
    if (const int s = lookup::slot(c); s >= 0) {  // one lookup for the usual punctuation
      const lookup::CharInfo& i = lookup::kTable.at[s];
      return !(i.bits & (lookup::kWhitespaceBit | lookup::kTerminalBit)) && i.open < 0 &&
             i.close < 0;
    }
    return !tables::is_whitespace(c) && !tables::is_terminal(c) && !tables::is_opener(c) &&
           !tables::is_closer(c);
  }

  // Steps over plain characters and inert ones (，、“ in Han text stop the
  // lead scan every few characters) right after a character was taken
  // into the open sentence, as taking them one by one would; false when
  // the walker did not move.
  bool skip_inert() {
    bool moved = false;
    for (;;) {
      moved = (stops_ ? walker_.skip_until(stops_->from(walker_.pos()))
                      : walker_.skip_to(tables::kSentenceStopSet)) ||
              moved;
      // Characters of three bytes stop the walker only when in the set.
      if (walker_.done() || walker_.at_marker() || tables::leads_three_bytes(walker_.byte()) ||
          !inert(walker_.peek()))
        return moved;
      walker_.next();
      moved = true;
    }
  }

  // Consumes the character at pos into the open sentence.
  void take(std::size_t pos) {
    while (event_ < brackets_.size() && brackets_[event_].offset < pos) ++event_;
    if (event_ < brackets_.size() && brackets_[event_].offset == pos)
      depth_ += brackets_[event_++].delta;
    walker_.next();
    last_ = walker_.pos();
  }

  // More terminals ("？！") and the closers right after them ("。”）").
  void take_terminal_tail() {
    while (!walker_.done()) {
      const std::size_t pos = walker_.pos();
      if (walker_.skip_marker()) {
        end_space_run(pos);
        break;  // the walker stepped over it; the next sentence starts after
      }
      const char32_t d = walker_.peek();
      if (!tables::is_terminal(d) && !tables::is_closer(d)) break;
      take(pos);
    }
  }

  void end_space_run(std::size_t pos) {
    if (space_ != npos) pending_.push_back(Span{space_, pos});
    space_ = npos;
  }

  void emit() {
    Span s = tidy_unit(text_, Span{start_, last_});
    if (!s.empty()) out_.push_back(s);
    start_ = npos;
    space_ = npos;
    pending_.clear();
  }

  std::string_view text_;
  Span paragraph_;
  CharWalker walker_;
  const std::vector<BracketEvent>& brackets_;
  std::vector<Span>& out_;
  std::vector<Span>& noise_;
  OffsetCursor* stops_;
  std::size_t event_ = 0;
  int depth_ = 0;
  std::size_t start_ = npos, last_ = 0, space_ = npos;
  std::vector<Span> pending_;  // whitespace runs since the last character taken
};

}  // namespace

void split_sentences(std::string_view text, Span paragraph, const std::vector<Span>& markers,
                     const std::vector<BracketEvent>& brackets, std::vector<Span>& out,
                     std::vector<Span>& noise, OffsetCursor* stops) {
  SentenceSplitter(text, paragraph, markers, brackets, out, noise, stops).run();
}

}  // namespace mubiao::structure
