// Turning library results into the output contract's records
// (../shared/spec/OUTPUT.md): JSON Lines for every command, CSV/TSV for targets.
#ifndef MUBIAO_CLI_RECORDS_H_
#define MUBIAO_CLI_RECORDS_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mubiao/numbers.h"
#include "mubiao/segment.h"
#include "mubiao/targets.h"

namespace mubiao::cli {

// One record: an ordered list of fields, each already encoded as JSON.
class Record {
 public:
  Record& str(std::string_view key, std::string_view value);
  Record& num(std::string_view key, std::size_t value);
  Record& num(std::string_view key, double value);
  // An exact decimal literal ("30000000000"), or null when empty.
  Record& exact(std::string_view key, std::string_view decimal);
  Record& null(std::string_view key);
  Record& boolean(std::string_view key, bool value);
  // A flat object of strings: nested in JSON, "k=v;k=v" in CSV/TSV.
  Record& object(std::string_view key,
                 const std::vector<std::pair<std::string_view, std::string_view>>& fields);

  void append_json(std::string& out) const;
  // CSV (RFC 4180, sep ',') or TSV (sep '\t': tabs and newlines in values
  // become spaces, since TSV has no quoting).
  void append_header(std::string& out, char sep) const;
  void append_row(std::string& out, char sep) const;

 private:
  struct Field {
    std::string key;
    std::string json;   // encoded JSON value
    std::string plain;  // the value for CSV/TSV
  };
  std::vector<Field> fields_;
};

Record segment_record(std::string_view doc_name, std::string_view text, const Document& doc,
                      Level level, const Unit& unit);
Record word_record(std::string_view doc_name, std::string_view text, const Document& doc,
                   const Token& token, std::size_t section);
Record number_record(std::string_view doc_name, std::string_view text, const Mention& m);
Record target_record(std::string_view doc_name, std::string_view text, const Document& doc,
                     const Statement& s);

// A JSON string literal, quotes included.
std::string json_string(std::string_view utf8);

}  // namespace mubiao::cli

#endif  // MUBIAO_CLI_RECORDS_H_
