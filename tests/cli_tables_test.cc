// `mubiao targets --format xlsx|dta --output FILE` read back: the dta file
// with ReadStat (variables, labels, value labels, every row equal to the
// JSON Lines records), the xlsx file unzipped (one sheet, a frozen header
// row, numbers stored as numbers).
#define BOOST_TEST_MODULE cli_tables
#include <boost/test/unit_test.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "cli_run.h"
#include "json_mini.h"
#include "mubiao/present.h"

#ifdef MUBIAO_TEST_DTA
#include <readstat.h>
#endif
#ifdef MUBIAO_TEST_XLSX
#include <zip.h>
#endif

namespace fs = std::filesystem;
using mubiao::test::quoted;
using mubiao::test::run;
using mubiao::test::temp_dir;

namespace {

fs::path sample() {
  return mubiao::test::test_data_dir() / ".." / ".." / "examples" / "data" / "sample-report.txt";
}

// The JSON Lines records of the same run, the reference for both formats.
std::vector<std::string> json_lines() {
  const std::string out = run("targets " + quoted(sample())).out;
  std::vector<std::string> lines;
  for (std::size_t at = 0, nl; (nl = out.find('\n', at)) != std::string::npos; at = nl + 1)
    lines.push_back(out.substr(at, nl - at));
  return lines;
}

}  // namespace

#ifdef MUBIAO_TEST_DTA
namespace {

struct DtaRead {
  std::vector<std::string> names, labels, label_sets;
  std::map<std::string, std::map<int, std::string>> value_labels;
  std::vector<std::vector<std::string>> rows;  // every value as text
  int version = 0;
};

int on_metadata(readstat_metadata_t* m, void* ctx) {
  static_cast<DtaRead*>(ctx)->version = readstat_get_file_format_version(m);
  return READSTAT_HANDLER_OK;
}
int on_variable(int, readstat_variable_t* v, const char* val_labels, void* ctx) {
  auto* d = static_cast<DtaRead*>(ctx);
  d->names.emplace_back(readstat_variable_get_name(v));
  d->labels.emplace_back(readstat_variable_get_label(v) ? readstat_variable_get_label(v) : "");
  d->label_sets.emplace_back(val_labels ? val_labels : "");
  return READSTAT_HANDLER_OK;
}
int on_value(int obs, readstat_variable_t* v, readstat_value_t value, void* ctx) {
  auto* d = static_cast<DtaRead*>(ctx);
  if (static_cast<std::size_t>(obs) >= d->rows.size()) d->rows.resize(obs + 1);
  auto& row = d->rows[obs];
  row.resize(d->names.size());
  std::string& cell = row[readstat_variable_get_index(v)];
  if (readstat_value_is_system_missing(value)) return READSTAT_HANDLER_OK;
  switch (readstat_value_type(value)) {
    case READSTAT_TYPE_STRING:
    case READSTAT_TYPE_STRING_REF: cell = readstat_string_value(value); break;
    case READSTAT_TYPE_INT8: cell = std::to_string(readstat_int8_value(value)); break;
    case READSTAT_TYPE_INT16: cell = std::to_string(readstat_int16_value(value)); break;
    case READSTAT_TYPE_INT32: cell = std::to_string(readstat_int32_value(value)); break;
    default: {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.17g", readstat_double_value(value));
      cell = buf;
    }
  }
  return READSTAT_HANDLER_OK;
}
int on_value_label(const char* set, readstat_value_t value, const char* label, void* ctx) {
  static_cast<DtaRead*>(ctx)->value_labels[set][readstat_int32_value(value)] = label;
  return READSTAT_HANDLER_OK;
}

DtaRead read_dta(const fs::path& path) {
  DtaRead d;
  readstat_parser_t* p = readstat_parser_init();
  readstat_set_metadata_handler(p, on_metadata);
  readstat_set_variable_handler(p, on_variable);
  readstat_set_value_handler(p, on_value);
  readstat_set_value_label_handler(p, on_value_label);
  const readstat_error_t e = readstat_parse_dta(p, path.c_str(), &d);
  readstat_parser_free(p);
  BOOST_TEST_REQUIRE(e == READSTAT_OK, readstat_error_message(e));
  return d;
}

}  // namespace

BOOST_AUTO_TEST_CASE(dta_reads_back_as_the_json_records) {
  const fs::path out = temp_dir() / "targets.dta";
  const auto r = run("targets --format dta --output " + quoted(out) + " " + quoted(sample()));
  BOOST_TEST_REQUIRE(r.status == 0, r.err);
  const DtaRead d = read_dta(out);
  BOOST_TEST(d.version == 118);
  const mubiao::Schema& schema = mubiao::target_schema();
  BOOST_TEST_REQUIRE(d.names.size() == schema.fields.size());
  for (std::size_t c = 0; c < schema.fields.size(); ++c) {
    BOOST_TEST(d.names[c] == schema.fields[c].name);
    BOOST_TEST(d.labels[c] == schema.fields[c].description);
  }
  const auto lines = json_lines();
  BOOST_TEST_REQUIRE(!lines.empty());
  BOOST_TEST_REQUIRE(d.rows.size() == lines.size());
  const std::size_t stance = schema.find("stance"), value = schema.find("value");
  BOOST_TEST(d.label_sets[stance] == "stance");
  BOOST_TEST(d.value_labels.at("stance").at(0) == "target");
  BOOST_TEST(d.value_labels.at("comparator").at(7) == "range");
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto json = mubiao::test::json::parse(lines[i]);
    BOOST_TEST(d.rows[i][schema.find("text")] == json.str("text"));
    BOOST_TEST(d.rows[i][schema.find("start")] == json.str("start"));
    BOOST_TEST(d.value_labels.at("stance").at(std::stoi(d.rows[i][stance])) == json.str("stance"));
    if (!json.str("value").empty())
      BOOST_TEST(std::stod(d.rows[i][value]) == std::stod(json.str("value")));
  }
}
#endif

#ifdef MUBIAO_TEST_XLSX
namespace {

std::string unzip(const fs::path& archive, const char* member) {
  int err = 0;
  zip_t* z = zip_open(archive.c_str(), ZIP_RDONLY, &err);
  BOOST_TEST_REQUIRE(z != nullptr);
  std::string out;
  if (zip_file_t* f = zip_fopen(z, member, 0)) {
    char buf[65536];
    zip_int64_t n;
    while ((n = zip_fread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
    zip_fclose(f);
  }
  zip_close(z);
  return out;
}

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

BOOST_AUTO_TEST_CASE(xlsx_has_one_sheet_a_frozen_header_and_numbers_as_numbers) {
  const fs::path out = temp_dir() / "targets.xlsx";
  const auto r = run("targets --format xlsx --output " + quoted(out) + " " + quoted(sample()));
  BOOST_TEST_REQUIRE(r.status == 0, r.err);
  const std::string book = unzip(out, "xl/workbook.xml");
  BOOST_TEST(count(book, "<sheet ") == 1u);
  const std::string sheet = unzip(out, "xl/worksheets/sheet1.xml");
  BOOST_TEST_REQUIRE(!sheet.empty());
  BOOST_TEST(sheet.find("ySplit=\"1\"") != std::string::npos);
  BOOST_TEST(sheet.find("state=\"frozen\"") != std::string::npos);
  const auto lines = json_lines();
  BOOST_TEST(count(sheet, "<row ") == lines.size() + 1);
  // The header, then B2 (start of the first record) as a number cell.
  BOOST_TEST(sheet.find(">doc<") != std::string::npos);
  const auto first = mubiao::test::json::parse(lines.at(0));
  BOOST_TEST(sheet.find("<c r=\"B2\"><v>" + first.str("start") + "</v></c>") != std::string::npos);
  BOOST_TEST(sheet.find(first.str("indicator")) != std::string::npos);
}
#endif

BOOST_AUTO_TEST_CASE(table_formats_fail_cleanly_on_a_full_disk) {
#if !defined(MUBIAO_TEST_DTA) && !defined(MUBIAO_TEST_XLSX)
  std::printf("SKIPPED: mubiao built without xlsx and dta\n");
  std::exit(77);
#endif
  for (const char* f : {"xlsx", "dta"}) {
#ifndef MUBIAO_TEST_XLSX
    if (std::string(f) == "xlsx") continue;
#endif
#ifndef MUBIAO_TEST_DTA
    if (std::string(f) == "dta") continue;
#endif
    const auto r =
        run(std::string("targets --format ") + f + " --output /dev/full " + quoted(sample()));
    BOOST_TEST(r.status == 1, f);
    BOOST_TEST(!r.err.empty(), f);
    // A failed run leaves an earlier file as it was, and no temporary file.
    const fs::path dir = temp_dir() / (std::string("keep_") + f);
    fs::create_directories(dir);
    const fs::path out = dir / (std::string("t.") + f);
    mubiao::test::write_temp("bad.txt", "\xFF");
    { std::ofstream(out) << "earlier"; }
    const auto bad = run(std::string("targets --format ") + f + " --output " + quoted(out) + " " +
                         quoted(sample()) + " " + quoted(temp_dir() / "bad.txt"));
    BOOST_TEST(bad.status == 1, f);
    BOOST_TEST(mubiao::test::read_file(out) == "earlier", f);
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++files;
    BOOST_TEST(files == 1u, f);
  }
}
