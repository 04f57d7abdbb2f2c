// Linguistic and typographic tables of the structure builder: which
// characters end sentences and clauses, which brackets pair, what a heading
// numbering or a newspaper page marker looks like, and the few thresholds
// the layout repair uses. Code in lib/segment reads these; it holds no
// character lists of its own.
#ifndef MUBIAO_LIB_DATA_STRUCTURE_TABLES_H_
#define MUBIAO_LIB_DATA_STRUCTURE_TABLES_H_

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

#include "text/numerals.h"

namespace mubiao::data::structure {

// ---- Punctuation ---------------------------------------------------------

// End a sentence (runs such as ？！ are one end). ASCII '.' and the
// full-width '．' never do: they are decimal points and list markers.
inline constexpr char32_t kSentenceTerminals[] = {U'。', U'！', U'？', U'!', U'?', U'｡'};

// Opening and closing brackets and quotation marks, as pairs. A terminal
// inside a pair does not end the sentence unless the closer follows it
// immediately. ASCII '"' is left out: it does not say which side it is on.
struct BracketPair {
  char32_t open, close;
};
inline constexpr BracketPair kBracketPairs[] = {
    {U'“', U'”'},   {U'‘', U'’'},   {U'（', U'）'}, {U'(', U')'},   {U'【', U'】'}, {U'《', U'》'},
    {U'〈', U'〉'}, {U'「', U'」'}, {U'『', U'』'}, {U'[', U']'},   {U'〔', U'〕'}, {U'［', U'］'},
    {U'｛', U'｝'}, {U'{', U'}'},   {U'〖', U'〗'}, {U'﹁', U'﹂'}, {U'﹃', U'﹄'}};

// End a clause inside a sentence. 、 is left out on purpose: it joins the
// items of an enumeration ("绿化覆盖率、绿地率"). ASCII ones count only when
// not between two ASCII letters or digits ("1,000", "09:45").
inline constexpr char32_t kEnumerationComma = U'、';
inline constexpr char32_t kClauseSeparators[] = {U'，', U'；', U'：', U',', U';',
                                                 U':',  U'﹐', U'﹔', U'﹕'};

// Which separator ends a clause: a semicolon closes a whole item of a list of
// statements ("…增长7%；…下降3%。"), a colon announces what follows.
inline constexpr char32_t kSemicolons[] = {U'；', U';', U'﹔'};
inline constexpr char32_t kColons[] = {U'：', U':', U'﹕'};

// A line that begins with one of these continues the previous line ("\n。",
// "\n、", "\n）浓度"), besides the closers and terminals above.
inline constexpr char32_t kNonStarters[] = {U'，', U'、', U'；', U'：', U',',
                                            U';',  U'％', U'%',  U'．', U'·'};

// A line that ends with one of these before a line break ends its
// paragraph even though no terminal is there ("各位代表：", list items "…；").
inline constexpr char32_t kLineFinalStops[] = {U'：', U'；', U':', U';'};

// Layout, not language: never at the edge of a unit; inside a sentence,
// listed by Document::layout_noise().
inline constexpr char32_t kWhitespace[] = {
    U' ',      U'\t',     U'\n',     U'\r',     U'\f',     U'\v',     U'\u00A0',
    U'\u1680', U'\u2000', U'\u2001', U'\u2002', U'\u2003', U'\u2004', U'\u2005',
    U'\u2006', U'\u2007', U'\u2008', U'\u2009', U'\u200A', U'\u200B', U'\u2028',
    U'\u2029', U'\u202F', U'\u205F', U'\u3000', U'\uFEFF'};

// Markdown emphasis mark; bold lead sentences ("**坚持生态优先，…。**") are
// sub-headings and the marks belong to no sentence edge.
inline constexpr std::string_view kBoldMark = "**";
inline constexpr char kMarkdownHeadingMark = '#';
inline constexpr int kMaxMarkdownLevel = 6;

// ---- Headings --------------------------------------------------------------

// Numerals a heading number is written in.
enum class Numeral { han, arabic, any, circled };
// (Han numerals: the everyday digits, zeros and 十百千 of lib/text/numerals.h.)
inline constexpr std::size_t kMaxNumeralChars = 4;  // "二十三" yes, a long number no

// Numbering styles, highest rank (smallest value) first. A lower rank value
// encloses a higher one: 一、 holds （一）, which holds 1.
struct NumberingStyle {
  std::string_view prefix;
  Numeral numeral;
  std::string_view suffix;
  int rank;
};
inline constexpr NumberingStyle kNumberingStyles[] = {
    {"第", Numeral::any, "编", 100},  {"第", Numeral::any, "部分", 100},
    {"第", Numeral::any, "章", 200},  {"第", Numeral::any, "节", 300},
    {"", Numeral::han, "、", 400},    {"（", Numeral::han, "）", 500},
    {"(", Numeral::han, ")", 500},    {"〔", Numeral::han, "〕", 500},
    {"", Numeral::arabic, ".", 600},  {"", Numeral::arabic, "．", 600},
    {"", Numeral::arabic, "、", 600}, {"（", Numeral::arabic, "）", 700},
    {"(", Numeral::arabic, ")", 700}, {"", Numeral::circled, "", 800},
};

// A line holding only one of these words (plus an optional number and
// colon) opens back matter; it encloses everything after it, so a numbered
// list in an appendix nests below it instead of continuing the report.
inline constexpr std::string_view kAppendixWords[] = {"附件", "附录", "附表", "名词解释", "注释"};
inline constexpr int kAppendixRank = 0;
// Markdown '#' levels without a numbering to take their rank from.
inline constexpr int kMarkdownRankStep = 10;      // '#' 10, '##' 20, ... above every numbering
inline constexpr int kUnknownLevelRankStep = 50;  // next to a known level's numbering rank
// Bold lead sentences rank below every numbering: they are sub-headings of
// the numbered section that holds them.
inline constexpr int kBoldRank = 10000;

// The heading of a numbered line ends at the first of these (included), or
// at the end of the line; the rest is a run-in body.
inline constexpr char32_t kHeadingTerminals[] = {U'。', U'！', U'？', U'!', U'?', U'：', U':'};
// A numbered line whose heading would be longer than this is a body
// sentence that happens to begin with a number ("一、…" long prose).
inline constexpr std::size_t kMaxHeadingChars = 60;

// ---- Layout repair -----------------------------------------------------------

// Newspaper page markers: "(上接第1版)", "（下转第三版）", "【接A2版】".
inline constexpr char32_t kPageMarkerOpeners[] = {U'(', U'（', U'[', U'［', U'【', U'〔'};
inline constexpr char32_t kPageMarkerClosers[] = {U')', U'）', U']', U'］', U'】', U'〕'};
inline constexpr std::string_view kPageMarkerLeads[] = {
    "上接", "下转", "接上", "转下", "紧接", "下接", "上转", "续接", "转接", "接", "转", "续"};
inline constexpr std::string_view kPageMarkerOrdinal = "第";
inline constexpr std::string_view kPageMarkerUnits[] = {"版", "页", "面"};
inline constexpr std::size_t kMaxPageMarkerBytes = 64;

// A line shorter than this that begins a paragraph does not pull the next
// line into it: web-page debris ("下载", "打印") and title blocks are lines
// of their own, while a long line cut mid-sentence continues.
inline constexpr std::size_t kShortLineChars = 8;
// More blank lines than this are a deliberate break, not a column break.
inline constexpr std::size_t kMaxJoinedBlankLines = 2;
// A line of at most this many characters that does not end a sentence is a
// title line ("2024年工作安排", "市人民政府市长 葛斌") and ends its paragraph,
// unless it fills the width the text around it is hard-wrapped to.
inline constexpr std::size_t kMaxTitleLineChars = 30;
// Hard-wrapped text (a PDF or a web page as extracted) has lines of about one
// width; lines longer than this are paragraphs, never wraps.
inline constexpr std::size_t kMaxWrappedLineChars = 120;
// A line "fills" its width when it holds at least this share (in percent)
// of the longest of the two lines before it, or of the two after it: a line
// cut by the wrap, not a title or the last line of a paragraph.
inline constexpr std::size_t kFullLinePercent = 85;
inline constexpr std::size_t kWrapNeighbourLines = 2;
// Narrower blocks of short lines are title blocks and web-page debris
// ("2026年四川省人民政府工作报告\n2026年02月10日 07时41分"), not wraps.
inline constexpr std::size_t kMinWrapChars = 20;
// A line ending in one of these words is never a title line: the sentence
// goes on ("今年经济社会发展的\n主要预期目标").
inline constexpr std::string_view kOpenLineEnds[] = {"的", "和", "与", "及", "或", "并", "在",
                                                     "对", "把", "将", "从", "向", "为", "以",
                                                     "之", "是", "等", "、", "——"};

// Page numbers and running heads that PDF extraction leaves between pages:
// "— 3 —", "- 12 -", "第3页", "第 3 页 共 20 页", "3/20". A line holding only
// one of these is layout noise. Dashes around a number:
inline constexpr char32_t kPageNumberDashes[] = {U'—', U'-', U'–', U'－', U'―', U'─', U'━'};
inline constexpr std::size_t kMaxPageNumberDigits = 4;
// A short line repeated next to page breaks at least this many times is a
// running header or footer.
inline constexpr std::size_t kMinRunningHeadRepeats = 3;
inline constexpr std::size_t kMaxRunningHeadChars = 30;
// How many lines ahead a quotation or bracket left open at a line end may
// close for the lines between to be one paragraph.
inline constexpr std::size_t kBracketLookaheadLines = 8;
// How far down the open-bracket stack a closer looks for its opener; keeps
// matching linear on hostile input while tolerating a stray opener.
inline constexpr std::size_t kBracketRecoveryDepth = 8;

// ---- Lookups ---------------------------------------------------------------

// Most characters of a report are Han ideographs or ASCII letters and
// digits, and none of the punctuation tables above holds one of them
// (checked below): rejecting them first spares the table scans.
constexpr bool is_plain_letter(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') ||
         (c >= U'A' && c <= U'Z');
}

template <std::size_t N>
constexpr bool in(const char32_t (&table)[N], char32_t c) {
  if (is_plain_letter(c)) return false;
  for (char32_t t : table)
    if (t == c) return true;
  return false;
}

template <std::size_t N>
constexpr bool holds_no_plain_letter(const char32_t (&table)[N]) {
  for (char32_t t : table)
    if (is_plain_letter(t)) return false;
  return true;
}
constexpr bool brackets_hold_no_plain_letter() {
  for (const BracketPair& p : kBracketPairs)
    if (is_plain_letter(p.open) || is_plain_letter(p.close)) return false;
  return true;
}
static_assert(holds_no_plain_letter(kSentenceTerminals) &&
                  holds_no_plain_letter(kClauseSeparators) && holds_no_plain_letter(kNonStarters) &&
                  holds_no_plain_letter(kLineFinalStops) && holds_no_plain_letter(kWhitespace) &&
                  holds_no_plain_letter(kHeadingTerminals) &&
                  holds_no_plain_letter(kPageMarkerOpeners) &&
                  holds_no_plain_letter(kPageMarkerClosers) && brackets_hold_no_plain_letter(),
              "the lookups below reject plain letters before scanning a table");

// The first bytes E4..E9 lead the characters U+4000..U+9FFF (the common Han
// block): no punctuation, bracket or separator, so scans pass them undecoded.
constexpr unsigned char kHanLeadFirst = 0xE4, kHanLeadLast = 0xE9;
constexpr bool leads_han(unsigned char b) { return b >= kHanLeadFirst && b <= kHanLeadLast; }
// The first UTF-8 byte of each character of a table: a scan may skip every
// character whose first byte is not in the set without decoding it.
struct LeadBytes {
  bool has[256] = {};
  constexpr bool operator()(char byte) const { return has[static_cast<unsigned char>(byte)]; }
  // Whether the set holds no continuation byte and no first byte of a
  // U+4000..U+9FFF character, which lets a scan dismiss Han text in bulk.
  constexpr bool leaves_han_text() const {
    for (int b = 0x80; b < 0xC0; ++b)
      if (has[b]) return false;
    for (int b = kHanLeadFirst; b <= kHanLeadLast; ++b)
      if (has[b]) return false;
    return true;
  }
};
constexpr unsigned char utf8_lead_byte(char32_t c) {
  return static_cast<unsigned char>(c < 0x80      ? c
                                    : c < 0x800   ? 0xC0 | (c >> 6)
                                    : c < 0x10000 ? 0xE0 | (c >> 12)
                                                  : 0xF0 | (c >> 18));
}
template <std::size_t N>
constexpr LeadBytes lead_bytes(const char32_t (&table)[N]) {
  LeadBytes out;
  for (char32_t t : table) out.has[utf8_lead_byte(t)] = true;
  return out;
}

// First bytes of every character the sentence and clause splitters look at
// (whitespace, terminals, separators, brackets, page-marker openers and the
// markdown marks). A character whose first byte is not among them (every Han
// ideograph, ASCII letters and digits) is plain text to all of them.
constexpr LeadBytes structural_leads() {
  LeadBytes out;
  for (const LeadBytes& t :
       {lead_bytes(kWhitespace), lead_bytes(kSentenceTerminals), lead_bytes(kClauseSeparators),
        lead_bytes(kNonStarters), lead_bytes(kLineFinalStops), lead_bytes(kHeadingTerminals),
        lead_bytes(kPageMarkerOpeners), lead_bytes(kPageMarkerClosers)})
    for (int b = 0; b < 256; ++b) out.has[b] = out.has[b] || t.has[b];
  for (const BracketPair& p : kBracketPairs)
    out.has[utf8_lead_byte(p.open)] = out.has[utf8_lead_byte(p.close)] = true;
  out.has[static_cast<unsigned char>(kMarkdownHeadingMark)] = true;
  out.has[static_cast<unsigned char>(kBoldMark[0])] = true;
  return out;
}
inline constexpr LeadBytes kStructuralLeads = structural_leads();
static_assert(kStructuralLeads.leaves_han_text(), "structure passes skip Han text in bulk");

// Which characters of three UTF-8 bytes (U+0800..U+FFFF: CJK punctuation,
// brackets, most whitespace) are in a set, one bit each: a scan that stopped
// at a character with a structural first byte (，、。 share theirs with the
// brackets) tells from its three bytes, without decoding it, whether the
// character is one its pass acts on.
struct ThreeByteSet {
  std::uint64_t word[0x10000 / 64] = {};
  // p points at the first of the character's three bytes.
  bool holds(const unsigned char* p) const {
    return (word[((p[0] & 0x0Fu) << 6) | (p[1] & 0x3Fu)] >> (p[2] & 0x3Fu)) & 1u;
  }
  constexpr void add(char32_t c) {
    if (c >= 0x800 && c < 0x10000) word[c / 64] |= std::uint64_t{1} << (c % 64);
  }
  template <std::size_t N>
  constexpr void add_all(const char32_t (&table)[N]) {
    for (char32_t c : table) add(c);
  }
  constexpr void add_brackets() {
    for (const BracketPair& p : kBracketPairs) add(p.open), add(p.close);
  }
};
// Whether b leads a character of three bytes.
constexpr bool leads_three_bytes(unsigned char b) { return (b & 0xF0) == 0xE0; }
// Quotes and brackets, and the page-marker openers (all of them brackets):
// a bracket walk acts on nothing else.
constexpr ThreeByteSet bracket_set() {
  ThreeByteSet s;
  s.add_brackets();
  s.add_all(kPageMarkerOpeners);
  return s;
}
// What the sentence splitter acts on: whitespace, terminals, and the quotes
// and brackets (pairs, and the openers page markers start with).
constexpr ThreeByteSet sentence_stop_set() {
  ThreeByteSet s;
  s.add_all(kWhitespace);
  s.add_all(kSentenceTerminals);
  s.add_brackets();
  s.add_all(kPageMarkerOpeners);
  return s;
}
// Whitespace: its first bytes tell most unit edges at once, and a unit's
// last character of three bytes (。，；) is told by its bytes, undecoded.
inline constexpr LeadBytes kWhitespaceLeads = lead_bytes(kWhitespace);
constexpr ThreeByteSet whitespace_set() {
  ThreeByteSet s;
  s.add_all(kWhitespace);
  return s;
}
inline constexpr ThreeByteSet kWhitespaceSet = whitespace_set();
inline constexpr ThreeByteSet kBracketSet = bracket_set();
inline constexpr ThreeByteSet kSentenceStopSet = sentence_stop_set();
// The clause separators: the layout scan tells them from the other
// characters of three bytes with a structural first byte (（）％ share ，'s).
constexpr ThreeByteSet clause_separator_set() {
  ThreeByteSet s;
  s.add_all(kClauseSeparators);
  return s;
}
inline constexpr ThreeByteSet kClauseSeparatorSet = clause_separator_set();
// What the layout scan stops at and records: the sentence splitter's stops
// and the clause separators (no character is both).
constexpr ThreeByteSet layout_stop_set() {
  ThreeByteSet s = sentence_stop_set();
  s.add_all(kClauseSeparators);
  return s;
}
inline constexpr ThreeByteSet kLayoutStopSet = layout_stop_set();
// What a separator takes into its clause after it: more separators and
// closing quotes and brackets ("，”", "：）").
constexpr ThreeByteSet clause_tail_set() {
  ThreeByteSet s;
  s.add_all(kClauseSeparators);
  for (const BracketPair& p : kBracketPairs) s.add(p.close);
  return s;
}
inline constexpr ThreeByteSet kClauseTailSet = clause_tail_set();

// The punctuation tables above folded into one lookup for the Unicode
// blocks they draw on (ASCII, General Punctuation, CJK Symbols, Small Form
// and Halfwidth/Fullwidth Forms); a character elsewhere is looked up in the
// tables themselves. Built at compile time from the same tables.
namespace lookup {
enum : unsigned char {
  kWhitespaceBit = 1,
  kTerminalBit = 2,
  kClauseBit = 4,
  kNonStarterBit = 8,
  kLineFinalBit = 16,
  kHeadingTerminalBit = 32,
};
struct CharInfo {
  unsigned char bits = 0;
  signed char open = -1, close = -1;  // bracket pair index
};
inline constexpr int kSlots = 0x80 + 0x70 + 0x40 + 0x70 + 0x100;
constexpr int slot(char32_t c) {
  if (c < 0x80) return static_cast<int>(c);
  if (c >= 0x2000 && c < 0x2070) return static_cast<int>(0x80 + (c - 0x2000));
  if (c >= 0x3000 && c < 0x3040) return static_cast<int>(0xF0 + (c - 0x3000));
  if (c >= 0xFE00 && c < 0xFE70) return static_cast<int>(0x130 + (c - 0xFE00));
  if (c >= 0xFF00 && c < 0x10000) return static_cast<int>(0x1A0 + (c - 0xFF00));
  return -1;
}
struct CharInfoTable {
  CharInfo at[kSlots] = {};
};
template <std::size_t N>
constexpr void mark(CharInfoTable& t, const char32_t (&table)[N], unsigned char bit) {
  for (char32_t c : table)
    if (int s = slot(c); s >= 0) t.at[s].bits = static_cast<unsigned char>(t.at[s].bits | bit);
}
constexpr CharInfoTable build() {
  CharInfoTable t;
  mark(t, kWhitespace, kWhitespaceBit);
  mark(t, kSentenceTerminals, kTerminalBit);
  mark(t, kClauseSeparators, kClauseBit);
  mark(t, kNonStarters, kNonStarterBit);
  mark(t, kLineFinalStops, kLineFinalBit);
  mark(t, kHeadingTerminals, kHeadingTerminalBit);
  // Backwards, so that the first pair naming a character wins, as in a scan.
  for (int i = static_cast<int>(std::size(kBracketPairs)) - 1; i >= 0; --i) {
    if (int s = slot(kBracketPairs[i].open); s >= 0) t.at[s].open = static_cast<signed char>(i);
    if (int s = slot(kBracketPairs[i].close); s >= 0) t.at[s].close = static_cast<signed char>(i);
  }
  return t;
}
inline constexpr CharInfoTable kTable = build();

template <std::size_t N>
constexpr bool has(const char32_t (&table)[N], unsigned char bit, char32_t c) {
  if (int s = slot(c); s >= 0) return kTable.at[s].bits & bit;
  return in(table, c);
}
// The folded table answers as the tables do, for every character it covers.
template <std::size_t N>
constexpr bool agrees(const char32_t (&table)[N], unsigned char bit, char32_t c) {
  bool listed = false;
  for (char32_t t : table) listed = listed || t == c;
  return ((kTable.at[slot(c)].bits & bit) != 0) == listed;
}
constexpr bool agrees_everywhere() {
  for (char32_t c = 0; c < 0x10000; ++c) {
    if (slot(c) < 0) continue;
    if (!agrees(kWhitespace, kWhitespaceBit, c) || !agrees(kSentenceTerminals, kTerminalBit, c) ||
        !agrees(kClauseSeparators, kClauseBit, c) || !agrees(kNonStarters, kNonStarterBit, c) ||
        !agrees(kLineFinalStops, kLineFinalBit, c) ||
        !agrees(kHeadingTerminals, kHeadingTerminalBit, c))
      return false;
    int open = -1, close = -1;
    for (int i = static_cast<int>(std::size(kBracketPairs)) - 1; i >= 0; --i) {
      if (kBracketPairs[i].open == c) open = i;
      if (kBracketPairs[i].close == c) close = i;
    }
    if (kTable.at[slot(c)].open != open || kTable.at[slot(c)].close != close) return false;
  }
  return true;
}
static_assert(agrees_everywhere(), "the folded punctuation table matches its source tables");
}  // namespace lookup

constexpr bool is_whitespace(char32_t c) {
  return lookup::has(kWhitespace, lookup::kWhitespaceBit, c);
}
constexpr bool is_terminal(char32_t c) {
  return lookup::has(kSentenceTerminals, lookup::kTerminalBit, c);
}
constexpr bool is_clause_separator(char32_t c) {
  return lookup::has(kClauseSeparators, lookup::kClauseBit, c);
}
constexpr bool is_line_final_stop(char32_t c) {
  return lookup::has(kLineFinalStops, lookup::kLineFinalBit, c);
}
constexpr bool is_heading_terminal(char32_t c) {
  return lookup::has(kHeadingTerminals, lookup::kHeadingTerminalBit, c);
}

// Index of the bracket pair c opens or closes, or -1.
constexpr int opener_index(char32_t c) {
  if (int s = lookup::slot(c); s >= 0) return lookup::kTable.at[s].open;
  if (is_plain_letter(c)) return -1;
  for (std::size_t i = 0; i < std::size(kBracketPairs); ++i)
    if (kBracketPairs[i].open == c) return static_cast<int>(i);
  return -1;
}
constexpr int closer_index(char32_t c) {
  if (int s = lookup::slot(c); s >= 0) return lookup::kTable.at[s].close;
  if (is_plain_letter(c)) return -1;
  for (std::size_t i = 0; i < std::size(kBracketPairs); ++i)
    if (kBracketPairs[i].close == c) return static_cast<int>(i);
  return -1;
}
constexpr bool is_opener(char32_t c) { return opener_index(c) >= 0; }
constexpr bool is_closer(char32_t c) { return closer_index(c) >= 0; }
constexpr bool is_non_starter(char32_t c) {
  return lookup::has(kNonStarters, lookup::kNonStarterBit, c) || is_closer(c) || is_terminal(c);
}

constexpr bool is_han_numeral(char32_t c) {
  const numerals::Numeral n = numerals::numeral(c);
  return (n.use & numerals::kEveryday) &&
         (n.kind == numerals::NumeralKind::digit || n.kind == numerals::NumeralKind::zero ||
          n.kind == numerals::NumeralKind::small);
}
constexpr bool is_arabic_digit(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９');
}
constexpr bool is_circled_number(char32_t c) {
  return (c >= U'①' && c <= U'⑳') || (c >= U'㉑' && c <= U'㉟') || (c >= U'㊱' && c <= U'㊿');
}

}  // namespace mubiao::data::structure

#endif  // MUBIAO_LIB_DATA_STRUCTURE_TABLES_H_
