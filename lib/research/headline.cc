// Main-targets passages (see headline.h).
#include "research/headline.h"

#include <algorithm>

#include "research/tables.h"
#include "text/utf8.h"

namespace mubiao::research {
namespace {

constexpr std::size_t kNearBytes = 600;  // ~200 characters

bool is_blank(char32_t c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0x3000; }

bool holds_digit(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = utf8::fold_width(utf8::decode(s, i));
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

// Where the passage's body starts after a headline cue ending at i: after a
// link word (blanks and line breaks between are layout: 主要预期目标\n是：),
// or on the next line when the cue ends a heading line ((一)主要目标\n…);
// npos when neither.
std::size_t link_after(std::string_view text, std::size_t i, std::size_t limit) {
  bool line_break = false;
  while (i < text.size()) {
    std::size_t k = i;
    const char32_t c = utf8::decode(text, k);
    if (!is_blank(c)) break;
    line_break = line_break || c == '\n';
    i = k;
  }
  if (i < limit) {
    if (targets::Hit h = cues().prefix(text.substr(i, limit - i), "link")) return i + h.end;
  }
  return line_break ? i : std::string_view::npos;
}

// The end of the passage that opens at `body` in paragraph p: the
// sentences that follow in the paragraph while each holds a figure (实现上述
// 目标，必须… ends it), over the next paragraph too when the opening
// paragraph's rest holds no figure (the list follows the colon).
std::size_t passage_end(std::string_view text, const std::vector<Unit>& paragraphs,
                        const std::vector<Unit>& sentences, std::size_t p, std::size_t body) {
  while (p + 1 < paragraphs.size() && body >= paragraphs[p].span.end) ++p;
  std::size_t par_end = std::max(paragraphs[p].span.end, body);
  // Looked for near the cue only, so that a huge paragraph of cues without
  // figures costs no more than its length.
  const std::size_t near = std::min(par_end - body, kNearBytes);
  if (!holds_digit(text.substr(body, near)) && p + 1 < paragraphs.size())
    par_end = paragraphs[p + 1].span.end;
  auto it = std::upper_bound(sentences.begin(), sentences.end(), body,
                             [](std::size_t o, const Unit& u) { return o < u.span.end; });
  std::size_t end = body;
  for (; it != sentences.end() && it->span.start < par_end; ++it) {
    const Span s{std::max(it->span.start, body), std::min(it->span.end, par_end)};
    if (s.start >= s.end) continue;
    if (end > body && !holds_digit(s.of(text))) break;
    end = s.end;
  }
  return end;
}

// Passages opened by role ("headline" or "lead") in the paragraphs. With
// asked (ascending offsets), only the paragraphs a passage from which may
// hold one of them are read, but every paragraph while none has opened a
// passage when until_one: for a reader that asks whether those offsets
// are in a passage (and whether there is one at all).
std::vector<Span> passages(std::string_view text, const Document& doc, std::string_view role,
                           const std::vector<std::size_t>* asked, bool until_one) {
  const auto& paragraphs = doc.units(Level::paragraph);
  const auto& sentences = doc.units(Level::sentence);
  const targets::Table& cues = research::cues();
  const data::CueRole cue_role = cues.role(role);
  const bool lead = role == "lead";
  std::vector<Span> out;
  std::size_t ai = 0;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    const Span par = paragraphs[p].span;
    if (par.end > text.size()) break;
    if (asked && !(until_one && out.empty())) {
      // A passage opened in paragraph p ends by the end of paragraph p + 2:
      // its body starts in p, or after blanks at the next paragraph's first
      // character (a paragraph starts with no blank), and runs to the end
      // of the paragraph after the body's at most (passage_end).
      const std::size_t reach =
          p + 2 < paragraphs.size() ? paragraphs[p + 2].span.end : static_cast<std::size_t>(-1);
      while (ai < asked->size() && (*asked)[ai] < par.start) ++ai;
      if (ai == asked->size() || (*asked)[ai] >= reach) continue;
    }
    std::size_t from = par.start;
    while (from < par.end) {
      targets::Hit h = cues.first(text.substr(from, par.end - from), cue_role);
      if (!h) break;
      const std::size_t start = from + h.start, end = from + h.end;
      from = end;
      const std::size_t body = lead ? end : link_after(text, end, par.end);
      if (body == std::string_view::npos) continue;
      const Span s{start, passage_end(text, paragraphs, sentences, p, body)};
      if (!out.empty() && out.back().end >= s.start)
        out.back().end = std::max(out.back().end, s.end);
      else
        out.push_back(s);
      from = std::max(from, s.end);
    }
  }
  return out;
}

}  // namespace

std::vector<Span> headline_passages(std::string_view text, const Document& doc) {
  std::vector<Span> out = passages(text, doc, "headline", nullptr, false);
  if (out.empty()) out = passages(text, doc, "lead", nullptr, false);
  return out;
}

std::vector<Span> headline_passages(std::string_view text, const Document& doc,
                                    const std::vector<std::size_t>& asked) {
  if (asked.empty()) return {};
  // Every paragraph is read until a headline passage opens: only then is
  // it known that the report has one, and the lead-ins are not read.
  std::vector<Span> out = passages(text, doc, "headline", &asked, true);
  if (out.empty()) out = passages(text, doc, "lead", &asked, false);
  return out;
}

}  // namespace mubiao::research
