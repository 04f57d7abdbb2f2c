// Rows of presented fields (include/mubiao/present.h) encoded for output:
// JSON Lines, CSV (RFC 4180) and TSV text, and a compact binary form that
// carries rows from the workers to the xlsx and dta writers. Every encoder
// writes straight into a Buffer and allocates nothing per record.
#ifndef MUBIAO_CLI_ENCODE_H_
#define MUBIAO_CLI_ENCODE_H_

#include <string_view>

#include "buffer.h"
#include "mubiao/present.h"

namespace mubiao::cli {

// Escaped JSON strings of the values that repeat from record to record of a
// document (its name, section headings, labels such as "word"), so that they
// are escaped once. A value is reused only when it is the very same bytes:
// a label (static), or a view into the document's name or text, which do not
// change while the document is written; such a view is kept once it comes
// twice in a row (most views into the text come once). Make one per document.
class JsonCache {
 public:
  JsonCache(std::string_view doc, std::string_view text) : doc_(doc), text_(text) {}
  // The escaped form of field i's value v, or empty when it must be escaped.
  std::string_view find(std::size_t i, std::string_view v) const;
  void keep(std::size_t i, FieldType type, std::string_view v, std::string_view escaped);

  // Field i's name as JSON, ,"name": (kKeyRoom bytes readable, size of
  // them meant; size 0 for a name too long to hold), for a row of schema.
  static constexpr std::size_t kKeyRoom = 32;
  struct Key {
    char bytes[kKeyRoom + 1] = {};
    std::size_t size = 0;
  };
  const Key* keys(const Schema& schema);

 private:
  struct Entry {
    const char* data = nullptr;
    std::size_t size = 0;
    Buffer escaped;
  };
  std::string_view doc_, text_;
  Entry entries_[Row::kMaxFields];
  const Schema* keys_of_ = nullptr;
  Key keys_[Row::kMaxFields];
};

// {"doc":"r.txt","start":0,...}\n; absent fields are left out.
void encode_json(const Row& row, Buffer& out, JsonCache* cache = nullptr);
// sep ',': CSV with CRLF line ends, quoted where needed; sep '\t': TSV, where
// tabs and line breaks in values become spaces since TSV has no quoting.
void encode_header(const Schema& schema, char sep, Buffer& out);
void encode_delimited(const Row& row, char sep, Buffer& out);
// A JSON string literal, quotes included.
void encode_json_string(std::string_view utf8, Buffer& out);

// The binary form: decode_binary reads one row encoded by encode_binary at
// `at` (advancing it); the row's texts view the encoded bytes.
void encode_binary(const Row& row, Buffer& out);
void decode_binary(const Schema& schema, const char*& at, Row& row);

}  // namespace mubiao::cli

#endif  // MUBIAO_CLI_ENCODE_H_
