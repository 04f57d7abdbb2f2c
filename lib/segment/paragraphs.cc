#include "segment/paragraphs.h"

#include <algorithm>
#include <cctype>

#include "data/structure_tables.h"
#include "segment/lead_scan.h"
#include "text/utf8.h"

namespace mubiao::structure {

namespace tables = data::structure;

namespace {

char32_t last_char(std::string_view text, std::size_t start, std::size_t end) {
  if (end <= start) return 0;
  return utf8::decode_before(text, end);
}

char32_t first_char(std::string_view text, std::size_t start) { return utf8::decode(text, start); }

// Whether the open quotations and brackets (depth) close within the next
// few lines starting at lines[i]; bounded so that a stray opener cannot
// glue a document together.
bool closes_soon(const std::vector<long>& balance, std::size_t i, long depth) {
  for (std::size_t j = i; j < balance.size() && j < i + tables::kBracketLookaheadLines; ++j) {
    depth += balance[j];
    if (depth <= 0) return true;
  }
  return false;
}

// Whether a line ends in a word that never ends a title (的, 和, 与 …): the
// sentence goes on in the next line ("今年经济社会发展的\n主要预期目标").
bool ends_open(std::string_view text, Span line) {
  const std::string_view v = line.of(text);
  for (std::string_view w : tables::kOpenLineEnds)
    if (v.size() >= w.size() && v.substr(v.size() - w.size()) == w) return true;
  return false;
}

}  // namespace

bool ends_sentence(std::string_view text, std::size_t start, std::size_t end) {
  // Closing quotes, brackets and bold marks may follow the terminal.
  while (end > start) {
    std::size_t b = end;
    char32_t c = utf8::decode_before(text, b);
    if (c == U'*' || tables::is_closer(c)) {
      end = b;
      continue;
    }
    return tables::is_terminal(c);
  }
  return false;
}

bool continues_in_next_line(std::string_view text, Span line) {
  return !ends_sentence(text, line.start, line.end) &&
         !tables::is_line_final_stop(last_char(text, line.start, line.end));
}

// Whether a line holds a clause separator or an enumeration comma: a title
// is one phrase ("2024年工作安排"), a line with "，" is prose cut short.
bool holds_clause_marks(std::string_view text, Span line) {
  for (std::size_t i = next_lead(text, line.start, line.end, tables::kStructuralLeads);
       i < line.end; i = next_lead(text, i, line.end, tables::kStructuralLeads)) {
    const std::size_t at = i;
    const char32_t c = utf8::decode(text, i);
    // "09:45:30", "1,000": ASCII marks between letters or digits separate nothing.
    auto alnum = [&](std::size_t k) { return std::isalnum(static_cast<unsigned char>(text[k])); };
    if (c < 0x80 && at > line.start && i < line.end && alnum(at - 1) && alnum(i)) continue;
    if (tables::is_clause_separator(c) || c == tables::kEnumerationComma) return true;
  }
  return false;
}

bool is_title_line(std::string_view text, Span line, bool full) {
  return !full && !ends_sentence(text, line.start, line.end) && !holds_clause_marks(text, line) &&
         count_chars_upto(text, line, tables::kMaxTitleLineChars + 1) <=
             tables::kMaxTitleLineChars &&
         !ends_open(text, line);
}

void build_paragraphs(std::string_view text, const std::vector<Line>& lines,
                      const LineHeadings& headings, const std::vector<bool>& full,
                      const std::vector<long>& balance, std::vector<Unit>& out) {
  bool single_line = true;  // the open paragraph holds one line so far
  bool wrapped = true;      // every line of it before the last fills the wrap width
  long depth = 0;           // quotations and brackets left open in it
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    bool join = false;
    if (i > 0 && !headings.has(i)) {
      const Line& prev = lines[i - 1];
      const Span a = prev.content;
      const bool prev_heading_only = headings.has(i - 1) && headings.of(i - 1).heading_only;
      const char32_t a_last = last_char(text, a.start, a.end);
      if (prev_heading_only) {
        join = false;
      } else if (tables::is_non_starter(first_char(text, line.content.start)) ||
                 tables::is_opener(a_last) || (depth > 0 && closes_soon(balance, i, depth))) {
        join = true;  // "\n。", "\n）浓度", "根据《\n", "【字号：\n…\n】"
      } else if (ends_sentence(text, a.start, a.end)) {
        join = false;
      } else if (line.marker_before) {
        join = true;  // a page break tore the sentence
      } else if (tables::is_line_final_stop(a_last)) {
        join = false;  // "各位代表：", list items ending in "；"
      } else if (line.blank_before > tables::kMaxJoinedBlankLines) {
        join = false;
      } else if (single_line &&
                 count_chars_upto(text, a, tables::kShortLineChars) < tables::kShortLineChars) {
        join = false;  // "下载\n打印", "附件1\n…": short lines stand alone
      } else if (wrapped && is_title_line(text, a, full[i - 1])) {
        join = false;  // "2024年工作安排\n…", or the short last line of a wrapped paragraph
      } else {
        join = true;
      }
    }
    if (join) {
      out.back().span.end = line.content.end;
      single_line = false;
      wrapped = wrapped && full[i - 1];
    } else {
      out.push_back(Unit{line.content, 0});
      single_line = true;
      wrapped = true;
      depth = 0;
    }
    depth = std::max(0L, depth + balance[i]);
  }
}

}  // namespace mubiao::structure
