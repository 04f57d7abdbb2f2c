// Records as mubiao writes them, presented once: for each kind of result (a
// segment unit, a word, a number mention, a target statement, a normalized
// text) the ordered fields with their names, types, descriptions and exact
// texts. The command line writes these rows as JSON Lines, CSV, TSV, xlsx or
// dta and the C ABI hands out the same texts, so a value or a section heading
// is computed in one place. ../shared/spec/OUTPUT.md is the contract.
//
//   mubiao::Row row;
//   const mubiao::RecordSource src{"r.txt", text, &doc};
//   for (const mubiao::Statement& s : pipeline.targets(text, doc)) {
//     mubiao::present(src, s, row);
//     for (std::size_t i = 0; i < row.size(); ++i)
//       std::cout << row.schema().fields[i].name << "=" << row[i].text << "\n";
//   }
//
// Rows view the text, the document and the result they were made from: keep
// those alive while the row is read. Schemas are static and thread-safe.
#ifndef MUBIAO_PRESENT_H_
#define MUBIAO_PRESENT_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "mubiao/numbers.h"
#include "mubiao/research.h"
#include "mubiao/segment.h"
#include "mubiao/targets.h"

namespace mubiao {

enum class FieldType : unsigned char {
  text,     // a string
  count,    // a non-negative whole number (offsets, depth)
  decimal,  // a number, as exact decimal text ("30000000000", "7.5")
  boolean,
  label,  // one of a fixed list of names (FieldInfo::labels): stance, measure ...
  json,   // a JSON object as text: nested in JSON Lines, a text cell elsewhere
};

struct FieldInfo {
  std::string_view name;  // JSON key and column name: ASCII letters, digits, '_'
  FieldType type = FieldType::text;
  std::string_view description;          // one line of English (variable labels)
  std::vector<std::string_view> labels;  // for FieldType::label: every possible value
};

// The fields of one kind of record, in output order.
struct Schema {
  std::string_view kind;  // "unit", "word", "number", "target", "normalized" ...
  std::vector<FieldInfo> fields;
  // Index of the field called name, or fields.size().
  std::size_t find(std::string_view name) const;
};

// One field of one record.
struct Value {
  enum State : unsigned char {
    absent,  // an optional field this record does not have: left out of JSON
    null,    // JSON null, an empty cell
    set,
  };
  State state = absent;
  std::string_view text;  // text, decimal and label fields
  std::uint64_t count = 0;
  bool boolean = false;

  void set_text(std::string_view v) { state = set, text = v; }
  void set_count(std::uint64_t v) { state = set, count = v; }
  void set_boolean(bool v) { state = set, boolean = v; }
  // An exact decimal; null when empty.
  void set_decimal(std::string_view v) { v.empty() ? void(state = null) : set_text(v); }
};

// A record: one Value per field of its schema. Reuse one Row for many
// records: presenting into it allocates nothing.
class Row {
 public:
  static constexpr std::size_t kMaxFields = 40;

  // Starts a record of the given schema with every value absent.
  void reset(const Schema& schema);
  const Schema& schema() const { return *schema_; }
  std::size_t size() const { return size_; }
  const Value& operator[](std::size_t i) const { return values_[i]; }
  Value& operator[](std::size_t i) { return values_[i]; }

 private:
  const Schema* schema_ = nullptr;
  std::size_t size_ = 0;
  std::array<Value, kMaxFields> values_;
};

// Where the records of one document come from.
struct RecordSource {
  std::string_view doc;                // the document's name as given ("-": standard input)
  std::string_view text;               // the text every offset points into
  const Document* document = nullptr;  // for section headings; none: headings are ""
};

const Schema& unit_schema(Level level);  // Level::section adds heading and depth
const Schema& word_schema();
const Schema& number_schema();
const Schema& target_schema();
const Schema& normalized_schema();

void present(const RecordSource& src, Level level, const Unit& unit, Row& row);
// A word of the sentence unit `sentence` (which gives its section).
void present(const RecordSource& src, const Token& word, const Unit& sentence, Row& row);
void present(const RecordSource& src, const Mention& number, Row& row);
void present(const RecordSource& src, const Statement& target, Row& row);
// The whole text of src and its normalized form (normalize_text()).
void present_normalized(const RecordSource& src, std::string_view normalized, Row& row);

// The research records (research.h): `mubiao meta`, `panel`, `outcomes`.
const Schema& meta_schema();
const Schema& panel_schema();
const Schema& outcome_schema();
// sources: storage for the meta's "sources" object, which the row views.
void present(const ReportMeta& meta, std::string& sources, Row& row);
// text: the text of the panel row's report.
void present(const PanelRow& panel, std::string_view text, Row& row);
void present(const OutcomeRow& outcome, std::string_view target_text, std::string_view outcome_text,
             Row& row);

// Single fields of those records, for callers that want only one (the C ABI).
// Exact decimal texts; "" when there is none (or the value is unrepresentable).
std::string_view value_text(const Mention& m);
std::string_view upper_text(const Mention& m);
std::string_view value_text(const Statement& s);
std::string_view upper_text(const Statement& s);
// The heading of the top-level section that holds the statement; "" in the preamble.
std::string_view section_heading(const Document& doc, const Statement& s);

}  // namespace mubiao

#endif  // MUBIAO_PRESENT_H_
