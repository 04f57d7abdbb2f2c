#include "records.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace mubiao::cli {

std::string json_string(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += ch;
        }
    }
  }
  out += '"';
  return out;
}

namespace {
std::string format_double(double v) {
  if (!std::isfinite(v)) return "null";
  if (v == std::floor(v) && std::fabs(v) < 1e15) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", v);
    return buf;
  }
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}
}  // namespace

Record& Record::str(std::string_view key, std::string_view value) {
  fields_.push_back(Field{std::string(key), json_string(value), std::string(value)});
  return *this;
}
Record& Record::num(std::string_view key, std::size_t value) {
  std::string v = std::to_string(value);
  fields_.push_back(Field{std::string(key), v, v});
  return *this;
}
Record& Record::num(std::string_view key, double value) {
  std::string v = format_double(value);
  fields_.push_back(Field{std::string(key), v, v == "null" ? "" : v});
  return *this;
}
Record& Record::exact(std::string_view key, std::string_view decimal) {
  if (decimal.empty()) return null(key);
  fields_.push_back(Field{std::string(key), std::string(decimal), std::string(decimal)});
  return *this;
}
Record& Record::null(std::string_view key) {
  fields_.push_back(Field{std::string(key), "null", ""});
  return *this;
}

Record& Record::boolean(std::string_view key, bool value) {
  fields_.push_back(Field{std::string(key), value ? "true" : "false", value ? "true" : "false"});
  return *this;
}

Record& Record::object(std::string_view key,
                       const std::vector<std::pair<std::string_view, std::string_view>>& fields) {
  std::string json = "{", plain;
  for (const auto& [k, v] : fields) {
    if (json.size() > 1) json += ',', plain += ';';
    json += json_string(k) + ':' + json_string(v);
    plain.append(k).append("=").append(v);
  }
  json += '}';
  fields_.push_back(Field{std::string(key), std::move(json), std::move(plain)});
  return *this;
}

void Record::append_json(std::string& out) const {
  out += '{';
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    if (i) out += ',';
    out += json_string(fields_[i].key);
    out += ':';
    out += fields_[i].json;
  }
  out += "}\n";
}

namespace {
void append_cell(std::string& out, std::string_view v, char sep) {
  if (sep == '\t') {
    for (char c : v) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
    return;
  }
  if (v.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += v;
    return;
  }
  out += '"';
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}
}  // namespace

void Record::append_header(std::string& out, char sep) const {
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    if (i) out += sep;
    append_cell(out, fields_[i].key, sep);
  }
  out += sep == '\t' ? "\n" : "\r\n";
}

void Record::append_row(std::string& out, char sep) const {
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    if (i) out += sep;
    append_cell(out, fields_[i].plain, sep);
  }
  out += sep == '\t' ? "\n" : "\r\n";
}

namespace {
Record base(std::string_view doc_name, std::string_view text, Span span) {
  Record r;
  r.str("doc", doc_name).num("start", span.start).num("end", span.end).str("text", span.of(text));
  return r;
}
}  // namespace

Record segment_record(std::string_view doc_name, std::string_view text, const Document& doc,
                      Level level, const Unit& unit) {
  Record r;
  r.str("doc", doc_name).str("level", level_name(level)).num("start", unit.span.start)
      .num("end", unit.span.end).str("text", unit.span.of(text)).str("section", doc.top_heading(unit));
  if (level == Level::section && unit.section < doc.sections().size()) {
    const Section& s = doc.sections()[unit.section];
    r.str("heading", s.heading.of(text)).num("depth", static_cast<std::size_t>(s.depth));
  }
  return r;
}

Record word_record(std::string_view doc_name, std::string_view text, const Document& doc,
                   const Token& token, std::size_t section) {
  Record r;
  r.str("doc", doc_name).str("level", "word").num("start", token.span.start)
      .num("end", token.span.end).str("text", token.span.of(text))
      .str("section", doc.top_heading(Unit{token.span, section}))
      .str("type", token_type_name(token.type));
  return r;
}

Record number_record(std::string_view doc_name, std::string_view text, const Mention& m) {
  Record r = base(doc_name, text, m.span);
  r.str("kind", number_kind_name(m.kind));
  if (m.representable) r.exact("value", m.exact.empty() ? format_double(m.value) : m.exact);
  else r.null("value");
  r.str("unit", m.unit).str("qualifier", qualifier_name(m.qualifier));
  if (m.upper) r.exact("upper", m.exact_upper.empty() ? format_double(*m.upper) : m.exact_upper);
  if (m.approximate) r.boolean("approximate", true);
  if (!m.representable) r.str("error", "unrepresentable");
  return r;
}

Record target_record(std::string_view doc_name, std::string_view text, const Document& doc,
                     const Statement& s) {
  Record r = base(doc_name, text, s.span);
  const auto& sentences = doc.units(Level::sentence);
  std::string_view section;
  if (s.sentence < sentences.size()) section = doc.top_heading(sentences[s.sentence]);
  r.str("section", section).str("stance", stance_name(s.stance)).str("indicator", s.indicator)
      .str("measure", measure_name(s.measure)).str("comparator", comparator_name(s.comparator));
  if (s.value) r.exact("value", s.exact.empty() ? format_double(*s.value) : s.exact);
  else r.null("value");
  if (s.upper) r.num("upper", *s.upper);
  else r.null("upper");
  r.str("unit", s.unit).str("modality", modality_name(s.modality)).str("horizon", s.horizon)
      .str("reference", s.reference).str("rule", s.rule).str("code", s.code)
      .boolean("real", s.real).boolean("headline", s.headline);
  return r;
}

}  // namespace mubiao::cli
