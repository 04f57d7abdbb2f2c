#include "io/html_nesting.h"

#include <algorithm>
#include <cctype>

namespace mubiao::io {
namespace {

// Elements that never hold others, or that the parser closes implicitly when
// a sibling starts: they add no depth.
bool adds_no_depth(std::string_view name) {
  static const std::string_view kFlat[] = {
      "area",  "base",   "br",    "col",  "embed", "hr",    "img",   "input", "link", "meta",
      "param", "source", "track", "wbr",  "p",     "li",    "td",    "th",    "tr",   "dt",
      "dd",    "option", "html",  "head", "body",  "tbody", "thead", "tfoot"};
  return std::find(std::begin(kFlat), std::end(kFlat), name) != std::end(kFlat);
}

// Elements whose content is raw text: tags inside them are not tags.
bool raw_text(std::string_view name) {
  return name == "script" || name == "style" || name == "textarea" || name == "title" ||
         name == "xmp" || name == "noscript" || name == "iframe" || name == "noembed";
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Case-insensitive search for needle (lower case) from pos.
std::size_t find_ci(std::string_view h, std::string_view needle, std::size_t pos) {
  for (; pos + needle.size() <= h.size(); ++pos) {
    std::size_t k = 0;
    while (k < needle.size() && std::tolower(static_cast<unsigned char>(h[pos + k])) == needle[k])
      ++k;
    if (k == needle.size()) return pos;
  }
  return std::string_view::npos;
}

}  // namespace

std::string flatten_deep_nesting(std::string_view html, std::size_t max_depth, bool& changed) {
  changed = false;
  std::string out;
  std::size_t depth = 0, copied = 0, i = 0;
  auto drop = [&](std::size_t from, std::size_t to) {
    if (!changed) {
      changed = true;
      out.reserve(html.size());
    }
    out.append(html.substr(copied, from - copied));
    copied = to;
  };
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.compare(i, 4, "<!--") == 0) {
      const std::size_t end = html.find("-->", i + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    const bool closing = i + 1 < html.size() && html[i + 1] == '/';
    std::size_t n = i + (closing ? 2 : 1), name_end = n;
    while (name_end < html.size() && std::isalnum(static_cast<unsigned char>(html[name_end])))
      ++name_end;
    if (name_end == n) {
      ++i;
      continue;
    }  // "<" in text, "<!doctype", "<?xml"
    const std::string name = lower(html.substr(n, name_end - n));
    // The tag ends at the first '>' outside quotes.
    std::size_t end = name_end;
    char quote = 0;
    for (; end < html.size(); ++end) {
      const char c = html[end];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'')
        quote = c;
      else if (c == '>')
        break;
    }
    if (end >= html.size()) break;
    const bool self_closing = html[end - 1] == '/';
    ++end;
    if (!closing && raw_text(name)) {
      const std::size_t close = find_ci(html, "</" + name, end);
      i = close == std::string_view::npos ? html.size() : close;
      continue;
    }
    if (adds_no_depth(name) || (self_closing && !closing)) {
      i = end;
      continue;
    }
    if (closing) {
      if (depth > max_depth) drop(i, end);
      if (depth > 0) --depth;
    } else {
      ++depth;
      if (depth > max_depth) drop(i, end);
    }
    i = end;
  }
  if (changed) out.append(html.substr(copied));
  return out;
}

}  // namespace mubiao::io
