// The schemas of the embedded tables: which roles each table's rows may have.
// A role is added here and in the table's header comment, where it is
// explained, before rows use it.
#include "data/tables.h"

#include "data/embedded.h"

MUBIAO_EMBEDDED_TEXT(number_units_tsv)
MUBIAO_EMBEDDED_TEXT(number_qualifiers_tsv)
MUBIAO_EMBEDDED_TEXT(number_idioms_tsv)
MUBIAO_EMBEDDED_TEXT(number_cues_tsv)
MUBIAO_EMBEDDED_TEXT(target_cues_tsv)
MUBIAO_EMBEDDED_TEXT(target_scope_tsv)
MUBIAO_EMBEDDED_TEXT(target_sections_tsv)
MUBIAO_EMBEDDED_TEXT(target_benchmarks_tsv)
MUBIAO_EMBEDDED_TEXT(target_false_friends_tsv)
MUBIAO_EMBEDDED_TEXT(codebook_tsv)
MUBIAO_EMBEDDED_TEXT(research_cues_tsv)
MUBIAO_EMBEDDED_TEXT(regions_tsv)

namespace mubiao::data {

namespace {

Table load(TableId id) {
  switch (id) {
    case TableId::number_units:
      return Table({"number_units.tsv",
                    1,
                    {"", "percent", "permille", "points", "multiple", "year_or_duration", "year",
                     "month", "day", "day_or_name", "quarter", "duration", "ordinal", "tenth",
                     "discount", "times", "money", "version", "measure"},
                    1,
                    3},
                   number_units_tsv_text());
    case TableId::number_qualifiers:
      return Table({"number_qualifiers.tsv", 1, {"prefix", "inner", "suffix", "not_prefix"}, 2, 3},
                   number_qualifiers_tsv_text());
    case TableId::number_idioms:
      return Table({"number_idioms.tsv", 1, {""}, 1, 1}, number_idioms_tsv_text());
    case TableId::number_cues:
      return Table({"number_cues.tsv",
                    1,
                    {"ordinal_prefix",
                     "ordinal_suffix",
                     "party_congress_next",
                     "party_congress_prev",
                     "plan_suffix",
                     "fraction_infix",
                     "bare_fraction_infix",
                     "multiple_prefix",
                     "multiple_suffix",
                     "range",
                     "product",
                     "negative",
                     "list_suffix",
                     "half",
                     "money_subunit",
                     "bare_magnitude_next",
                     "bare_magnitude_prev",
                     "between",
                     "between_close",
                     "bound_joiner"},
                    2,
                    3},
                   number_cues_tsv_text());
    case TableId::target_cues:
      return Table(
          {"target_cues.tsv",
           1,
           {"measure", "before", "after", "modality", "horizon", "period", "word", "achievement",
            "skip_before", "skip", "respectively", "time", "stock", "existing"},
           2,
           3},
          target_cues_tsv_text());
    case TableId::target_scope:
      return Table({"target_scope.tsv",
                    1,
                    {"lead", "cut", "trail", "head", "shared_head", "not_noun", "compare", "level",
                     "abbreviation", "members", "goal", "manner"},
                    2,
                    3},
                   target_scope_tsv_text());
    case TableId::target_sections:
      return Table({"target_sections.tsv", 1, {"review", "plan"}, 2, 3},
                   target_sections_tsv_text());
    case TableId::target_benchmarks:
      // comparator<TAB>open<TAB>close<TAB>rule[<TAB>value<TAB>unit], and
      // head/assigner/place<TAB>word rows, class*<TAB>word[<TAB>comparator].
      return Table({"target_benchmarks.tsv",
                    0,
                    {"gt", "ge", "eq", "lt", "le", "head", "assigner", "place", "class",
                     "class_verb", "class_adverb", "class_tail"},
                    2,
                    6},
                   target_benchmarks_tsv_text());
    case TableId::target_false_friends:
      return Table(
          {"target_false_friends.tsv",
           1,
           {"after",        "before",       "unit",           "threshold_head", "capacity_unit",
            "time_measure", "fact_before",  "plan_before",    "count_unit",     "counter",
            "part_head",    "rate_head",    "work_head",      "policy_before",  "means_after",
            "rate_base",    "support_verb", "existing_after", "name_tail",      "light_verb",
            "measure_head", "quoted"},
           2,
           3},
          target_false_friends_tsv_text());
    case TableId::codebook:
      // code, zh, en, unit, kind (the role: the code's family), basis, better, phrases.
      return Table({"codebook.tsv",
                    4,
                    {"output", "industry", "investment", "consumption", "trade", "fiscal", "prices",
                     "labour", "income", "agriculture", "environment", "energy", "innovation",
                     "enterprise", "social", "finance"},
                    8,
                    8},
                   codebook_tsv_text());
    case TableId::research_cues:
      return Table({"research_cues.tsv",
                    1,
                    {"headline", "lead", "link", "real", "upside", "period", "self_close", "self",
                     "scope", "year_review", "year_plan"},
                    2,
                    3},
                   research_cues_tsv_text());
    case TableId::regions:
      // name, level (the role), short name, province.
      return Table({"regions.tsv", 1, {"provincial", "prefecture", "county"}, 4, 4},
                   regions_tsv_text());
  }
  throw TableError("unknown table id");
}

template <TableId id>
const Table& loaded() {
  static const Table t = load(id);
  return t;
}

}  // namespace

const Table& table(TableId id) {
  switch (id) {
    case TableId::number_units: return loaded<TableId::number_units>();
    case TableId::number_qualifiers: return loaded<TableId::number_qualifiers>();
    case TableId::number_idioms: return loaded<TableId::number_idioms>();
    case TableId::number_cues: return loaded<TableId::number_cues>();
    case TableId::target_cues: return loaded<TableId::target_cues>();
    case TableId::target_scope: return loaded<TableId::target_scope>();
    case TableId::target_sections: return loaded<TableId::target_sections>();
    case TableId::target_benchmarks: return loaded<TableId::target_benchmarks>();
    case TableId::target_false_friends: return loaded<TableId::target_false_friends>();
    case TableId::codebook: return loaded<TableId::codebook>();
    case TableId::research_cues: return loaded<TableId::research_cues>();
    case TableId::regions: return loaded<TableId::regions>();
  }
  throw TableError("unknown table id");
}

const std::vector<TableId>& all_tables() {
  static const std::vector<TableId> all = {
      TableId::number_units,    TableId::number_qualifiers, TableId::number_idioms,
      TableId::number_cues,     TableId::target_cues,       TableId::target_scope,
      TableId::target_sections, TableId::target_benchmarks, TableId::target_false_friends,
      TableId::codebook,        TableId::research_cues,     TableId::regions};
  return all;
}

}  // namespace mubiao::data
