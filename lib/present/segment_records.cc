// Records of `mubiao segment`: units of every level, and words.
#include "mubiao/present.h"
#include "present/fields.h"

namespace mubiao {
namespace {

using presentation::Field;

struct UnitRecord {
  Level level;
  const Unit& unit;
};
struct WordRecord {
  const Token& word;
  const Unit& sentence;
};

std::string_view heading_of(const RecordSource& src, const Unit& u) {
  return src.document ? src.document->top_heading(u) : std::string_view();
}

const std::vector<Field<UnitRecord>>& unit_fields(bool section) {
  static const auto make = [](bool with_heading) {
    std::vector<Field<UnitRecord>> f = {
        {{"doc", FieldType::text, presentation::kDocDescription, {}},
         [](const RecordSource& s, const UnitRecord&, Value& v) { presentation::doc_name(s, v); }},
        {{"level", FieldType::label, "unit level", presentation::names_of(level_name, 5)},
         [](const RecordSource&, const UnitRecord& r, Value& v) {
           v.set_text(level_name(r.level));
         }},
        {{"start", FieldType::count, "byte offset where the unit starts", {}},
         [](const RecordSource&, const UnitRecord& r, Value& v) {
           v.set_count(r.unit.span.start);
         }},
        {{"end", FieldType::count, "byte offset where the unit ends (exclusive)", {}},
         [](const RecordSource&, const UnitRecord& r, Value& v) { v.set_count(r.unit.span.end); }},
        {{"text", FieldType::text, "the unit's text", {}},
         [](const RecordSource& s, const UnitRecord& r, Value& v) {
           v.set_text(r.unit.span.of(s.text));
         }},
        {{"section", FieldType::text, "heading of the enclosing top-level section", {}},
         [](const RecordSource& s, const UnitRecord& r, Value& v) {
           v.set_text(heading_of(s, r.unit));
         }},
    };
    if (with_heading) {
      f.push_back({{"heading", FieldType::text, "the section's own heading", {}},
                   [](const RecordSource& s, const UnitRecord& r, Value& v) {
                     const Document* d = s.document;
                     if (d && r.unit.section < d->sections().size())
                       v.set_text(d->sections()[r.unit.section].heading.of(s.text));
                   }});
      f.push_back({{"depth", FieldType::count, "0 preamble, 1 top level, 2 ...", {}},
                   [](const RecordSource& s, const UnitRecord& r, Value& v) {
                     const Document* d = s.document;
                     if (d && r.unit.section < d->sections().size())
                       v.set_count(static_cast<std::uint64_t>(d->sections()[r.unit.section].depth));
                   }});
    }
    return f;
  };
  static const auto sections = make(true), others = make(false);
  return section ? sections : others;
}

const std::vector<Field<WordRecord>>& word_fields() {
  static const std::vector<Field<WordRecord>> f = {
      {{"doc", FieldType::text, presentation::kDocDescription, {}},
       [](const RecordSource& s, const WordRecord&, Value& v) { presentation::doc_name(s, v); }},
      {{"level", FieldType::label, "unit level", presentation::names_of(level_name, 5)},
       [](const RecordSource&, const WordRecord&, Value& v) {
         v.set_text(level_name(Level::word));
       }},
      {{"start", FieldType::count, "byte offset where the word starts", {}},
       [](const RecordSource&, const WordRecord& r, Value& v) { v.set_count(r.word.span.start); }},
      {{"end", FieldType::count, "byte offset where the word ends (exclusive)", {}},
       [](const RecordSource&, const WordRecord& r, Value& v) { v.set_count(r.word.span.end); }},
      {{"text", FieldType::text, "the word", {}},
       [](const RecordSource& s, const WordRecord& r, Value& v) {
         v.set_text(r.word.span.of(s.text));
       }},
      {{"section", FieldType::text, "heading of the enclosing top-level section", {}},
       [](const RecordSource& s, const WordRecord& r, Value& v) {
         v.set_text(heading_of(s, r.sentence));
       }},
      {{"type", FieldType::label, "word, number, punct or latin",
        presentation::names_of(token_type_name, 4)},
       [](const RecordSource&, const WordRecord& r, Value& v) {
         v.set_text(token_type_name(r.word.type));
       }},
  };
  return f;
}

}  // namespace

const Schema& unit_schema(Level level) {
  static const Schema sections = presentation::make_schema("unit", unit_fields(true));
  static const Schema others = presentation::make_schema("unit", unit_fields(false));
  return level == Level::section ? sections : others;
}

const Schema& word_schema() {
  static const Schema s = presentation::make_schema("word", word_fields());
  return s;
}

void present(const RecordSource& src, Level level, const Unit& unit, Row& row) {
  const bool section = level == Level::section;
  presentation::fill(unit_schema(level), unit_fields(section), src, UnitRecord{level, unit}, row);
}

void present(const RecordSource& src, const Token& word, const Unit& sentence, Row& row) {
  presentation::fill(word_schema(), word_fields(), src, WordRecord{word, sentence}, row);
}

}  // namespace mubiao
