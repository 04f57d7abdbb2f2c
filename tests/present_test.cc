// The one presentation of a record (include/mubiao/present.h): schemas with
// names fit for JSON keys and Stata variables, exact value texts, and the
// invariants the writers rely on.
#define BOOST_TEST_MODULE present
#include <boost/test/unit_test.hpp>

#include <string>

#include "mubiao/pipeline.h"
#include "mubiao/present.h"
#include "test_support.h"

using namespace mubiao;

namespace {

const Pipeline& pipeline() {
  static const Pipeline p;
  return p;
}

bool identifier(std::string_view s) {
  if (s.empty() || s.size() > 32 || (s[0] >= '0' && s[0] <= '9')) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

}  // namespace

BOOST_AUTO_TEST_CASE(field_names_are_identifiers_and_described) {
  for (const Schema* s :
       {&unit_schema(Level::section), &unit_schema(Level::sentence), &word_schema(),
        &number_schema(), &target_schema(), &normalized_schema()}) {
    BOOST_TEST(s->fields.size() <= Row::kMaxFields);
    for (const FieldInfo& f : s->fields) {
      BOOST_TEST(identifier(f.name), s->kind << "." << f.name);
      BOOST_TEST(!f.description.empty(), s->kind << "." << f.name);
      BOOST_TEST((f.type == FieldType::label) == !f.labels.empty(), s->kind << "." << f.name);
      BOOST_TEST(s->find(f.name) < s->fields.size());
    }
    BOOST_TEST(s->find("no_such_field") == s->fields.size());
  }
  BOOST_TEST(unit_schema(Level::section).find("depth") < unit_schema(Level::section).fields.size());
}

BOOST_AUTO_TEST_CASE(a_range_target_has_an_exact_upper_text) {
  const std::string text = "今年地区生产总值增长6%－6.5%。";
  const Document doc = pipeline().segment(text);
  const auto targets = pipeline().targets(text, doc);
  BOOST_TEST_REQUIRE(targets.size() == 1u);
  BOOST_TEST(value_text(targets[0]) == "6");
  BOOST_TEST(upper_text(targets[0]) == "6.5");
  Row row;
  present(RecordSource{"r.txt", text, &doc}, targets[0], row);
  const Schema& s = target_schema();
  BOOST_TEST(&row.schema() == &s);
  BOOST_TEST(row[s.find("upper")].text == "6.5");
  BOOST_TEST(row[s.find("comparator")].text == "range");
  BOOST_TEST(row[s.find("doc")].text == "r.txt");
  BOOST_TEST(row[s.find("start")].count < row[s.find("end")].count);
}

BOOST_AUTO_TEST_CASE(optional_number_fields_are_absent_not_null) {
  const std::string text = "新增2至3万人，完成1.3万余个。";
  Row row;
  const auto mentions = pipeline().numbers().find(text);
  BOOST_TEST_REQUIRE(mentions.size() == 2u);
  const Schema& s = number_schema();
  present(RecordSource{"-", text, nullptr}, mentions[0], row);
  BOOST_TEST(row[s.find("upper")].state == Value::set);
  BOOST_TEST(row[s.find("upper")].text == "30000");
  present(RecordSource{"-", text, nullptr}, mentions[1], row);
  BOOST_TEST(row[s.find("value")].text == "13000");
  BOOST_TEST(row[s.find("upper")].state == Value::absent);
  BOOST_TEST(row[s.find("error")].state == Value::absent);
}

BOOST_AUTO_TEST_CASE(every_value_in_the_reports_has_its_exact_text) {
  // The writers and the C ABI print exact texts only: a value without one
  // would print as null.
  std::size_t values = 0;
  for (const auto& path : test::shared_reports()) {
    const std::string text = test::read_file(path);
    for (const Mention& m : pipeline().numbers().find(text)) {
      if (m.representable) BOOST_TEST(!value_text(m).empty(), m.span.of(text));
      if (m.upper) BOOST_TEST(!upper_text(m).empty(), m.span.of(text));
      ++values;
    }
    for (const Statement& s : pipeline().targets(text)) {
      BOOST_TEST(value_text(s).empty() == !s.value, s.span.of(text));
      BOOST_TEST(upper_text(s).empty() == !s.upper, s.span.of(text));
    }
  }
  if (values == 0) {
    std::printf("SKIPPED: no shared reports\n");
    std::exit(77);
  }
}
