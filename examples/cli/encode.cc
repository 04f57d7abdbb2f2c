#include "encode.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace mubiao::cli {
namespace {

// Bytes a JSON string cannot hold as they are: '"', '\\' and controls.
constexpr std::array<bool, 256> kJsonEscaped = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = true;
  t['"'] = t['\\'] = t[0x7F] = true;
  return t;
}();

// Decimal digits two at a time (offsets are most of a word record).
constexpr char kDigitPairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

void append_count(std::uint64_t v, Buffer& out) {
  // Digits: log10 from the bit length (1233 / 4096 ~ log10(2)), corrected by
  // one comparison.
  static constexpr std::uint64_t kPow10[20] = {1u,
                                               10u,
                                               100u,
                                               1000u,
                                               10000u,
                                               100000u,
                                               1000000u,
                                               10000000u,
                                               100000000u,
                                               1000000000u,
                                               10000000000u,
                                               100000000000u,
                                               1000000000000u,
                                               10000000000000u,
                                               100000000000000u,
                                               1000000000000000u,
                                               10000000000000000u,
                                               100000000000000000u,
                                               1000000000000000000u,
                                               10000000000000000000u};
  const std::size_t bits = v ? 64 - static_cast<std::size_t>(__builtin_clzll(v)) : 1;
  std::size_t n = (bits * 1233) >> 12;  // digits - 1, or one less
  if (v >= kPow10[n]) ++n;
  if (n == 0) n = 1;
  char* w = out.reserve(20) + n;  // written backwards from the end, in place
  out.commit(n);
  while (v >= 100) {
    w -= 2;
    std::memcpy(w, kDigitPairs + 2 * (v % 100), 2);
    v /= 100;
  }
  if (v >= 10)
    std::memcpy(w - 2, kDigitPairs + 2 * v, 2);
  else
    w[-1] = static_cast<char>('0' + v);
}

void append_escape(unsigned char c, Buffer& out) {
  switch (c) {
    case '"': out.append("\\\""); return;
    case '\\': out.append("\\\\"); return;
    case '\n': out.append("\\n"); return;
    case '\r': out.append("\\r"); return;
    case '\t': out.append("\\t"); return;
    default: {
      static const char hex[] = "0123456789abcdef";
      char* w = out.reserve(6);
      std::memcpy(w, "\\u00", 4);
      w[4] = hex[c >> 4];
      w[5] = hex[c & 15];
      out.commit(6);
    }
  }
}

// A cell of CSV or TSV.
void append_cell(std::string_view v, char sep, Buffer& out) {
  if (sep == '\t') {
    char* w = out.reserve(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) {
      const char c = v[i];
      w[i] = (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
    }
    out.commit(v.size());
    return;
  }
  if (v.find_first_of(",\"\r\n") == std::string_view::npos) {
    out.append(v);
    return;
  }
  out.push('"');
  for (std::size_t at = 0;;) {
    const std::size_t q = v.find('"', at);
    if (q == std::string_view::npos) {
      out.append(v.substr(at));
      break;
    }
    out.append(v.substr(at, q + 1 - at));
    out.push('"');
    at = q + 1;
  }
  out.push('"');
}

template <typename T>
void put_raw(const T& v, Buffer& out) {
  std::memcpy(out.reserve(sizeof v), &v, sizeof v);
  out.commit(sizeof v);
}
template <typename T>
T get_raw(const char*& at) {
  T v;
  std::memcpy(&v, at, sizeof v);
  at += sizeof v;
  return v;
}

// The length of the run at the start of s that needs no escaping.
std::size_t plain_json_run(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
#if defined(__SSE2__)
  // 16 bytes at a time: controls (<= 0x1F), '"', '\\' and DEL; the bytes
  // of Han characters (0x80 and up) pass.
  const __m128i controls = _mm_set1_epi8(0x1F);
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i del = _mm_set1_epi8(0x7F);
  for (; end - p >= 16; p += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i hit = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(_mm_max_epu8(x, controls), controls), _mm_cmpeq_epi8(x, quote)),
        _mm_or_si128(_mm_cmpeq_epi8(x, backslash), _mm_cmpeq_epi8(x, del)));
    if (const int mask = _mm_movemask_epi8(hit))
      return static_cast<std::size_t>(p - reinterpret_cast<const unsigned char*>(s.data())) +
             static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
  }
#endif
  // Eight bytes at once (the short values: a number's text, a unit), none
  // read past the end: the same four tests as bit tricks on one word, each
  // of them exact as to whether any byte passes.
  if (end - p >= 8) {
    std::uint64_t x;
    std::memcpy(&x, p, sizeof x);
    constexpr std::uint64_t kOnes = 0x0101010101010101u, kHighs = 0x8080808080808080u;
    const auto has_zero = [&](std::uint64_t v) { return (v - kOnes) & ~v & kHighs; };
    const std::uint64_t hits = ((x - kOnes * 0x20) & ~x & kHighs) | has_zero(x ^ (kOnes * '"')) |
                               has_zero(x ^ (kOnes * '\\')) | has_zero(x ^ (kOnes * 0x7F));
    if (!hits) p += 8;
  }
  while (p < end && !kJsonEscaped[*p]) ++p;
  return static_cast<std::size_t>(p - reinterpret_cast<const unsigned char*>(s.data()));
}

}  // namespace

void encode_json_string(std::string_view s, Buffer& out) {
  // Most strings need no escaping: one copy between the quotes (when it
  // fits: a longer one goes through append, which may spill it in pieces).
  if (s.size() + 2 <= out.room() && plain_json_run(s) == s.size()) {
    char* w = out.reserve(s.size() + 2);
    w[0] = '"';
    if (!s.empty()) std::memcpy(w + 1, s.data(), s.size());
    w[s.size() + 1] = '"';
    out.commit(s.size() + 2);
    return;
  }
  out.push('"');
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    const auto* run = p;
    while (p < end && !kJsonEscaped[*p]) ++p;
    out.append(std::string_view(reinterpret_cast<const char*>(run), p - run));
    if (p < end) append_escape(*p++, out);
  }
  out.push('"');
}

std::string_view JsonCache::find(std::size_t i, std::string_view v) const {
  const Entry& e = entries_[i];
  return e.data == v.data() && e.size == v.size() ? e.escaped.view() : std::string_view();
}

void JsonCache::keep(std::size_t i, FieldType type, std::string_view v, std::string_view escaped) {
  // A label is one of a few names and comes again; a view into the text
  // may not (the text of each number is its own): its escaped form is
  // copied only when the same bytes come a second time in a row (a
  // section's heading on each of its records), and until then find misses.
  Entry& e = entries_[i];
  const bool again = e.data == v.data() && e.size == v.size();
  e.data = v.data();
  e.size = v.size();
  e.escaped.clear();
  if (!again && type != FieldType::label) return;
  const bool stable =
      type == FieldType::label || (v.data() == doc_.data() && v.size() == doc_.size()) ||
      (v.data() >= text_.data() && v.data() + v.size() <= text_.data() + text_.size());
  if (stable && v.size() <= 256) e.escaped.append(escaped);
}

const JsonCache::Key* JsonCache::keys(const Schema& schema) {
  if (keys_of_ == &schema) return keys_;
  for (std::size_t i = 0; i < schema.fields.size() && i < Row::kMaxFields; ++i) {
    const std::string_view name = schema.fields[i].name;
    Key& k = keys_[i];
    k = Key();
    if (name.size() + 4 > kKeyRoom) continue;
    k.bytes[0] = ',';
    k.bytes[1] = '"';
    std::memcpy(k.bytes + 2, name.data(), name.size());
    k.bytes[name.size() + 2] = '"';
    k.bytes[name.size() + 3] = ':';
    k.size = name.size() + 4;
  }
  keys_of_ = &schema;
  return keys_;
}

void encode_json(const Row& row, Buffer& out, JsonCache* cache) {
  const auto& fields = row.schema().fields;
  const JsonCache::Key* keys = cache ? cache->keys(row.schema()) : nullptr;
  out.push('{');
  bool first = true;
  for (std::size_t i = 0; i < row.size(); ++i) {
    const Value& v = row[i];
    if (v.state == Value::absent) continue;
    if (keys && keys[i].size) {
      // A fixed-size copy (no call), the comma left out before the first.
      const std::size_t skip = first ? 1 : 0;
      std::memcpy(out.reserve(JsonCache::kKeyRoom), keys[i].bytes + skip, JsonCache::kKeyRoom);
      out.commit(keys[i].size - skip);
      first = false;
    } else {
      if (!first) out.push(',');
      first = false;
      // Names are ASCII identifiers (present.h): no escaping needed.
      const std::string_view name = fields[i].name;
      char* w = out.reserve(name.size() + 3);
      w[0] = '"';
      std::memcpy(w + 1, name.data(), name.size());
      w[name.size() + 1] = '"';
      w[name.size() + 2] = ':';
      out.commit(name.size() + 3);
    }
    if (v.state == Value::null) {
      out.append("null");
      continue;
    }
    switch (fields[i].type) {
      case FieldType::text:
      case FieldType::label: {
        if (!cache) {
          encode_json_string(v.text, out);
          break;
        }
        if (const std::string_view hit = cache->find(i, v.text); !hit.empty()) {
          out.append(hit);
          break;
        }
        const std::size_t at = out.size(), spills = out.spills();
        encode_json_string(v.text, out);
        if (out.spills() == spills) cache->keep(i, fields[i].type, v.text, out.view().substr(at));
        break;
      }
      case FieldType::count: append_count(v.count, out); break;
      case FieldType::decimal:
      case FieldType::json: out.append(v.text); break;
      case FieldType::boolean: out.append(v.boolean ? "true" : "false"); break;
    }
  }
  out.append("}\n");
}

void encode_header(const Schema& schema, char sep, Buffer& out) {
  for (std::size_t i = 0; i < schema.fields.size(); ++i) {
    if (i) out.push(sep);
    append_cell(schema.fields[i].name, sep, out);
  }
  out.append(sep == '\t' ? "\n" : "\r\n");
}

void encode_delimited(const Row& row, char sep, Buffer& out) {
  const auto& fields = row.schema().fields;
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (i) out.push(sep);
    const Value& v = row[i];
    if (v.state != Value::set) continue;
    switch (fields[i].type) {
      case FieldType::text:
      case FieldType::label:
      case FieldType::decimal:
      case FieldType::json: append_cell(v.text, sep, out); break;
      case FieldType::count: append_count(v.count, out); break;
      case FieldType::boolean: out.append(v.boolean ? "true" : "false"); break;
    }
  }
  out.append(sep == '\t' ? "\n" : "\r\n");
}

void encode_binary(const Row& row, Buffer& out) {
  const auto& fields = row.schema().fields;
  for (std::size_t i = 0; i < row.size(); ++i) {
    const Value& v = row[i];
    out.push(static_cast<char>(v.state));
    if (v.state != Value::set) continue;
    switch (fields[i].type) {
      case FieldType::text:
      case FieldType::label:
      case FieldType::decimal:
      case FieldType::json:
        put_raw<std::uint64_t>(v.text.size(), out);
        out.append(v.text);
        break;
      case FieldType::count: put_raw(v.count, out); break;
      case FieldType::boolean: out.push(v.boolean ? 1 : 0); break;
    }
  }
}

void decode_binary(const Schema& schema, const char*& at, Row& row) {
  row.reset(schema);
  for (std::size_t i = 0; i < row.size(); ++i) {
    Value& v = row[i];
    v.state = static_cast<Value::State>(*at++);
    if (v.state != Value::set) continue;
    switch (schema.fields[i].type) {
      case FieldType::text:
      case FieldType::label:
      case FieldType::decimal:
      case FieldType::json: {
        const auto n = get_raw<std::uint64_t>(at);
        v.text = std::string_view(at, n);
        at += n;
        break;
      }
      case FieldType::count: v.count = get_raw<std::uint64_t>(at); break;
      case FieldType::boolean: v.boolean = *at++ != 0; break;
    }
  }
}

}  // namespace mubiao::cli
