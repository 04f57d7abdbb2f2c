// The metadata manifest: CSV (RFC 4180) with a doc column and any of the
// metadata fields; its values override what the reports say.
#include <stdexcept>

#include "mubiao/research.h"
#include "research/meta_internal.h"

namespace mubiao {
namespace {

const char* const kFields[] = {"title", "region", "level", "year", "date", "meeting"};

// The records of a CSV text; throws std::invalid_argument on an unclosed
// quote. line[i] is the line record i starts on.
std::vector<std::vector<std::string>> csv_records(std::string_view csv, std::vector<int>& line) {
  std::vector<std::vector<std::string>> out;
  std::vector<std::string> record;
  std::string cell;
  bool quoted = false, any = false;
  int n = 1, start = 1;
  if (csv.substr(0, 3) == "\xEF\xBB\xBF") csv.remove_prefix(3);  // a BOM from Excel
  auto end_record = [&] {
    record.push_back(std::move(cell));
    cell.clear();
    bool blank = record.size() == 1 && record[0].empty();
    if (!blank) {
      out.push_back(std::move(record));
      line.push_back(start);
    }
    record.clear();
    any = false;
  };
  for (std::size_t i = 0; i < csv.size(); ++i) {
    const char c = csv[i];
    if (quoted) {
      if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"')
        quoted = false;
      else {
        if (c == '\n') ++n;
        cell += c;
      }
      continue;
    }
    if (!any) start = n;
    any = true;
    if (c == '"')
      quoted = true;
    else if (c == ',') {
      record.push_back(std::move(cell));
      cell.clear();
    } else if (c == '\r')
      continue;
    else if (c == '\n') {
      end_record();
      ++n;
    } else
      cell += c;
  }
  if (quoted) throw std::invalid_argument("line " + std::to_string(start) + ": unclosed quote");
  if (any) end_record();
  return out;
}

std::string trim(std::string s) {
  const auto a = s.find_first_not_of(" \t");
  const auto b = s.find_last_not_of(" \t");
  return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

std::string_view base_name(std::string_view path) {
  const std::size_t slash = path.find_last_of("/\\");
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string_view stem(std::string_view name) {
  const std::size_t dot = name.rfind('.');
  return dot == std::string_view::npos || dot == 0 ? name : name.substr(0, dot);
}

}  // namespace

std::vector<ManifestRow> parse_manifest(std::string_view csv) {
  std::vector<int> line;
  const auto records = csv_records(csv, line);
  if (records.empty()) throw std::invalid_argument("line 1: no header row");
  std::vector<std::string> header;
  int doc_column = -1;
  for (const std::string& h : records[0]) {
    const std::string name = trim(h);
    bool known = name == "doc";
    for (const char* f : kFields) known = known || name == f;
    if (!known)
      throw std::invalid_argument("line " + std::to_string(line[0]) + ": unknown column '" + name +
                                  "' (doc, title, region, level, year, date, meeting)");
    if (name == "doc") doc_column = static_cast<int>(header.size());
    header.push_back(name);
  }
  if (doc_column < 0) throw std::invalid_argument("line 1: no doc column");
  std::vector<ManifestRow> out;
  for (std::size_t r = 1; r < records.size(); ++r) {
    const auto& rec = records[r];
    const std::string where = "line " + std::to_string(line[r]);
    if (rec.size() != header.size())
      throw std::invalid_argument(where + ": " + std::to_string(rec.size()) +
                                  " cells, header has " + std::to_string(header.size()));
    ManifestRow row;
    row.doc = trim(rec[static_cast<std::size_t>(doc_column)]);
    if (row.doc.empty()) throw std::invalid_argument(where + ": empty doc");
    for (std::size_t c = 0; c < rec.size(); ++c) {
      if (static_cast<int>(c) == doc_column) continue;
      const std::string v = trim(rec[c]);
      if (v.empty()) continue;  // an empty cell leaves the report's own value
      if (header[c] == "year" && !research::parse_year(v))
        throw std::invalid_argument(where + ": year '" + v + "' is not a year");
      if (header[c] == "level" && v != "national" && v != "provincial" && v != "prefecture" &&
          v != "county")
        throw std::invalid_argument(where + ": level '" + v +
                                    "' is not national, provincial, prefecture or county");
      row.fields.emplace_back(header[c], v);
    }
    out.push_back(std::move(row));
  }
  return out;
}

bool apply_manifest(const std::vector<ManifestRow>& manifest, ReportMeta& meta) {
  const std::string_view base = base_name(meta.doc);
  const ManifestRow* match = nullptr;
  for (const ManifestRow& row : manifest) {
    if (row.doc == meta.doc) {
      match = &row;
      break;
    }
    const std::string_view rb = base_name(row.doc);
    if (!match && (rb == base || stem(rb) == stem(base))) match = &row;
  }
  if (!match) return false;
  auto& s = meta.sources;
  // The text fields a manifest column sets, with where their source is noted.
  struct TextField {
    const char* name;
    std::string ReportMeta::*value;
    std::string ReportMeta::Sources::*source;
  };
  static constexpr TextField kTextFields[] = {
      {"title", &ReportMeta::title, &ReportMeta::Sources::title},
      {"region", &ReportMeta::region, &ReportMeta::Sources::region},
      {"level", &ReportMeta::level, &ReportMeta::Sources::level},
      {"date", &ReportMeta::date, &ReportMeta::Sources::date},
      {"meeting", &ReportMeta::meeting, &ReportMeta::Sources::meeting},
  };
  bool level_given = false;
  for (const auto& [field, value] : match->fields) {
    for (const TextField& f : kTextFields) {
      if (field != f.name) continue;
      meta.*f.value = value;
      s.*f.source = "manifest";
    }
    if (field == "level") level_given = true;
    if (field == "year") {
      meta.year = research::parse_year(value);
      s.year = "manifest";
    }
  }
  // A region given without its level: the level its name says.
  if (!level_given && s.region == "manifest") {
    const std::string level = research::level_of_name(meta.region);
    if (!level.empty()) {
      meta.level = level;
      s.level = "manifest";
    }
  }
  return true;
}

}  // namespace mubiao
