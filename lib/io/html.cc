// Web pages: decoded in their declared (or detected) charset, parsed with
// gumbo (an HTML5 parser), stripped of page furniture, and the article found
// as the smallest element that holds most of the page's text outside links.
// Block elements end paragraphs, <br> ends a line.
#include <algorithm>
#include <cctype>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <gumbo.h>

#include "data/embedded.h"
#include "io/formats.h"
#include "io/html_nesting.h"
#include "text/utf8.h"

MUBIAO_EMBEDDED_TEXT(html_boilerplate_tsv)

namespace mubiao::io {
namespace {

// lib/data/html_boilerplate.tsv, read once.
struct Boilerplate {
  std::unordered_set<std::string> tags;
  std::vector<std::string> classes;
  std::vector<std::string> lines;

  static const Boilerplate& get() {
    static const Boilerplate b = [] {
      Boilerplate t;
      std::string_view rest = data::html_boilerplate_tsv_text();
      while (!rest.empty()) {
        const std::size_t nl = std::min(rest.find('\n'), rest.size());
        std::string_view line = rest.substr(0, nl);
        rest.remove_prefix(std::min(nl + 1, rest.size()));
        if (line.empty() || line[0] == '#') continue;
        const std::size_t t1 = line.find('\t');
        const std::size_t t2 = line.find('\t', t1 + 1);
        if (t1 == std::string_view::npos) continue;
        const std::string_view kind = line.substr(0, t1);
        const std::string value(
            line.substr(t1 + 1, t2 == std::string_view::npos ? line.npos : t2 - t1 - 1));
        if (kind == "tag")
          t.tags.insert(value);
        else if (kind == "class")
          t.classes.push_back(value);
        else if (kind == "line")
          t.lines.push_back(value);
      }
      return t;
    }();
    return b;
  }
};

// Elements that end a paragraph before and after themselves.
bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT: return true;
    default: return false;
  }
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Whether an element is furniture by its tag, its class/id words, or being
// hidden.
bool is_furniture(const GumboElement& e) {
  const Boilerplate& b = Boilerplate::get();
  const char* name = gumbo_normalized_tagname(e.tag);
  if (e.tag == GUMBO_TAG_UNKNOWN) {
    GumboStringPiece piece = e.original_tag;
    gumbo_tag_from_original_text(&piece);
    if (b.tags.count(lower(std::string_view(piece.data, piece.length)))) return true;
  } else if (b.tags.count(name)) {
    return true;
  }
  for (const char* attr : {"class", "id", "role"}) {
    const GumboAttribute* a = gumbo_get_attribute(&e.attributes, attr);
    if (!a) continue;
    const std::string v = lower(a->value);
    std::size_t i = 0;
    while (i < v.size()) {  // each word: runs of letters and digits
      while (i < v.size() && !std::isalnum(static_cast<unsigned char>(v[i]))) ++i;
      std::size_t j = i;
      while (j < v.size() && std::isalnum(static_cast<unsigned char>(v[j]))) ++j;
      const std::string_view word(v.data() + i, j - i);
      for (const std::string& c : b.classes)
        if (word.size() >= c.size() && (word.compare(0, c.size(), c) == 0 ||
                                        word.compare(word.size() - c.size(), c.size(), c) == 0))
          return true;
      i = j;
    }
  }
  if (const GumboAttribute* style = gumbo_get_attribute(&e.attributes, "style")) {
    std::string s = lower(style->value);
    s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
    if (s.find("display:none") != std::string::npos) return true;
  }
  return gumbo_get_attribute(&e.attributes, "hidden") != nullptr;
}

// Characters other than whitespace in a UTF-8 string.
std::size_t visible_chars(const char* s) {
  std::size_t n = 0;
  for (const unsigned char* p = reinterpret_cast<const unsigned char*>(s); *p; ++p)
    if ((*p & 0xC0) != 0x80 && !std::isspace(*p)) ++n;
  return n;
}

struct Weight {
  std::size_t text = 0;  // visible characters under the element
  std::size_t link = 0;  // of which inside <a>
  std::size_t content() const { return text - link; }
};

// Visible text under every element that is not furniture, bottom-up,
// without recursion (pages nest deep).
std::unordered_map<const GumboNode*, Weight> weigh(const GumboNode* root) {
  std::unordered_map<const GumboNode*, Weight> w;
  struct Frame {
    const GumboNode* node;
    unsigned next;
  };
  std::vector<Frame> stack{{root, 0}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector& kids = f.node->v.element.children;
    if (f.next < kids.length) {
      const auto* child = static_cast<const GumboNode*>(kids.data[f.next++]);
      if (child->type == GUMBO_NODE_ELEMENT && !is_furniture(child->v.element)) {
        stack.push_back({child, 0});
      } else if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA) {
        w[f.node].text += visible_chars(child->v.text.text);
      }
      continue;
    }
    Weight& mine = w[f.node];
    if (f.node->v.element.tag == GUMBO_TAG_A) mine.link = mine.text;
    const GumboNode* node = f.node;
    stack.pop_back();
    if (!stack.empty()) {
      Weight& parent = w[stack.back().node];
      parent.text += w[node].text;
      parent.link += w[node].link;
    }
  }
  return w;
}

// The smallest element holding at least 85% of the page's text outside
// links: the article, without the menus, title bars and footers around it.
const GumboNode* find_article(const GumboNode* body,
                              const std::unordered_map<const GumboNode*, Weight>& w) {
  auto content = [&](const GumboNode* n) {
    auto it = w.find(n);
    return it == w.end() ? std::size_t{0} : it->second.content();
  };
  const std::size_t total = content(body);
  const GumboNode* at = body;
  for (;;) {
    const GumboNode* best = nullptr;
    const GumboVector& kids = at->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type == GUMBO_NODE_ELEMENT && content(k) * 100 >= total * 85) best = k;
    }
    if (!best) return at;
    at = best;
  }
}

// Accumulates text with HTML's whitespace rules, made for Chinese: a run of
// whitespace becomes one space, none at all next to a wide character.
class TextBuilder {
 public:
  void text(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
      const std::size_t start = i;
      const char32_t c = utf8::decode(s, i);
      if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == 0xA0) {
        space_ = true;
        continue;
      }
      if (breaks_ > 0 && !out_.empty())
        out_.append(static_cast<std::size_t>(breaks_), '\n');
      else if (space_ && !out_.empty() && out_.back() != '\n' && !wide(last_) && !wide(c))
        out_ += ' ';
      breaks_ = 0;
      space_ = false;
      out_.append(s.substr(start, i - start));
      last_ = c;
    }
  }
  // What text(" ") does, without decoding a literal (GCC 12 at -O3 warns
  // of the longer sequences' bytes past a one-byte string).
  void space() { space_ = true; }
  // n = 1: a line break; n = 2: a paragraph break. Breaks do not add up
  // beyond a blank line.
  void line_break(int n) {
    breaks_ = std::min(2, breaks_ + n);
    space_ = false;
  }
  std::string take() { return std::move(out_); }
  std::size_t size() const { return out_.size(); }

 private:
  static bool wide(char32_t c) { return c >= 0x2E80; }
  std::string out_;
  int breaks_ = 0;
  bool space_ = false;
  char32_t last_ = 0;
};

// The text of the article, furniture and link-dense blocks left out.
std::string article_text(const GumboNode* article,
                         const std::unordered_map<const GumboNode*, Weight>& w,
                         const ReadOptions& options) {
  TextBuilder out;
  struct Frame {
    const GumboNode* node;
    unsigned next;
  };
  std::vector<Frame> stack{{article, 0}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboElement& e = f.node->v.element;
    if (f.next < e.children.length) {
      const auto* child = static_cast<const GumboNode*>(e.children.data[f.next++]);
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA ||
          child->type == GUMBO_NODE_WHITESPACE) {
        out.text(child->v.text.text);
        check_text_size(out.size(), options, "the page");
        continue;
      }
      if (child->type != GUMBO_NODE_ELEMENT) continue;
      const GumboElement& ce = child->v.element;
      if (ce.tag == GUMBO_TAG_BR) {
        out.line_break(1);
        continue;
      }
      if (is_furniture(ce)) continue;
      // A block that is mostly links is a list of links (related articles,
      // a menu without a telling class), not report text.
      auto it = w.find(child);
      if (is_block(ce.tag) && it != w.end() && it->second.link * 2 > it->second.text) continue;
      if (is_block(ce.tag))
        out.line_break(2);
      else if (ce.tag == GUMBO_TAG_TD || ce.tag == GUMBO_TAG_TH)
        out.space();
      stack.push_back({child, 0});
      continue;
    }
    if (is_block(e.tag)) out.line_break(2);
    stack.pop_back();
  }
  return out.take();
}

// Drops short lines that name page furniture ("打印本页 关闭窗口",
// "网站标识码", "ICP备…"): what the structure alone did not give away.
std::string drop_furniture_lines(const std::string& text) {
  const Boilerplate& b = Boilerplate::get();
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t nl = text.find('\n', i);
    if (nl == std::string::npos) nl = text.size();
    const std::string_view line(text.data() + i, nl - i);
    bool furniture = false;
    if (line.size() < 80 * 3)
      for (const std::string& marker : b.lines)
        if (line.find(marker) != std::string_view::npos) furniture = true;
    if (!furniture) out.append(line);
    if (nl < text.size()) out += '\n';
    i = nl + 1;
  }
  // Blank lines left by dropped lines close up to one.
  std::string tidy;
  int newlines = 0;
  for (char c : out) {
    if (c == '\n') {
      if (++newlines > 2) continue;
    } else {
      newlines = 0;
    }
    tidy += c;
  }
  while (!tidy.empty() && tidy.front() == '\n') tidy.erase(tidy.begin());
  while (!tidy.empty() && tidy.back() == '\n') tidy.pop_back();
  if (!tidy.empty()) tidy += '\n';
  return tidy;
}

// The charset a page declares in <meta charset> or <meta http-equiv> within
// its first 4 KiB, lower case; empty when none.
std::string declared_charset(std::string_view bytes) {
  const std::string head = lower(bytes.substr(0, 4096));
  std::size_t at = head.find("charset");
  while (at != std::string::npos) {
    std::size_t i = at + 7;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\t')) ++i;
    if (i < head.size() && head[i] == '=') {
      ++i;
      while (i < head.size() && (head[i] == ' ' || head[i] == '"' || head[i] == '\'')) ++i;
      std::size_t j = i;
      while (j < head.size() && (std::isalnum(static_cast<unsigned char>(head[j])) ||
                                 head[j] == '-' || head[j] == '_' || head[j] == ':'))
        ++j;
      if (j > i) return head.substr(i, j - i);
    }
    at = head.find("charset", at + 7);
  }
  return "";
}

// The page as UTF-8: a forced encoding, a byte-order mark, the declared
// charset (GB2312 and GBK read as their superset GB18030, as browsers do),
// or detection as for plain text.
std::string decode_page(std::string_view bytes, const ReadOptions& options, ReadResult& result) {
  std::string charset = options.encoding;
  if (charset.empty() && bytes.substr(0, 2) != "\xFF\xFE" && bytes.substr(0, 2) != "\xFE\xFF" &&
      bytes.substr(0, 3) != "\xEF\xBB\xBF") {
    charset = declared_charset(bytes);
    if (charset == "gb2312" || charset == "gbk" || charset == "x-gbk" || charset == "gb_2312-80")
      charset = "GB18030";
  }
  if (!charset.empty()) {
    try {
      result.encoding = charset;
      return convert_to_utf8(bytes, charset, options);
    } catch (const ReadError& e) {
      if (!options.encoding.empty() || e.reason() != ReadError::Reason::bad_encoding) throw;
      result.warnings.push_back("the page declares charset " + charset +
                                " but is not valid in it: " + e.what() + "; detecting instead");
    }
  }
  ReadResult detected;
  ReadOptions o = options;
  o.encoding.clear();
  read_text(bytes, o, detected);
  result.encoding = detected.encoding;
  result.warnings.insert(result.warnings.end(), detected.warnings.begin(), detected.warnings.end());
  return std::move(detected.text);
}

struct OutputDeleter {
  void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

}  // namespace

void read_html(std::string_view bytes, const ReadOptions& options, ReadResult& result) {
  std::string page = decode_page(bytes, options, result);
  constexpr std::size_t kMaxDepth = 400;
  bool flattened = false;
  std::string flat = flatten_deep_nesting(page, kMaxDepth, flattened);
  if (flattened) {
    page = std::move(flat);
    result.warnings.push_back("elements nested more than " + std::to_string(kMaxDepth) +
                              " deep were read as if not nested");
  }
  GumboOptions gopts = kGumboDefaultOptions;
  gopts.max_errors = 100;  // errors are not reported; collecting them all costs time
  std::unique_ptr<GumboOutput, OutputDeleter> doc(
      gumbo_parse_with_options(&gopts, page.data(), page.size()));
  if (!doc) throw ReadError(ReadError::Reason::corrupt, "the page could not be parsed");
  // gumbo always builds <html><head/><body/></html>.
  const GumboNode* body = nullptr;
  const GumboVector& top = doc->root->v.element.children;
  for (unsigned i = 0; i < top.length; ++i) {
    const auto* n = static_cast<const GumboNode*>(top.data[i]);
    if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == GUMBO_TAG_BODY) body = n;
  }
  if (!body) return;
  const auto weights = weigh(body);
  result.text = drop_furniture_lines(article_text(find_article(body, weights), weights, options));
}

}  // namespace mubiao::io
