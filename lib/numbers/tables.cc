#include "numbers/tables.h"

#include "data/embedded.h"
#include "numbers/grammar.h"
#include "text/utf8.h"

#include <cstddef>
#include <string_view>

MUBIAO_EMBEDDED_TEXT(number_units)
MUBIAO_EMBEDDED_TEXT(number_qualifiers)
MUBIAO_EMBEDDED_TEXT(number_idioms)
MUBIAO_EMBEDDED_TEXT(number_cues)

namespace mubiao::numbers {

namespace {
Tables load() {
  using namespace mubiao::data;
  std::string_view units = number_units_text();
  std::string_view quals = number_qualifiers_text();
  std::string_view idioms = number_idioms_text();
  std::string_view cues = number_cues_text();
  Tables t;
  t.units = Lexicon::parse(units);
  t.prefix_qualifiers = Lexicon::parse(quals, "prefix");
  t.inner_qualifiers = Lexicon::parse(quals, "inner");
  t.suffix_qualifiers = Lexicon::parse(quals, "suffix");
  t.not_prefix = Lexicon::parse(quals, "not_prefix");
  t.idioms = Lexicon::parse(idioms);
  t.ordinal_prefix = Lexicon::parse(cues, "ordinal_prefix");
  t.ordinal_suffix = Lexicon::parse(cues, "ordinal_suffix");
  t.party_congress_next = Lexicon::parse(cues, "party_congress_next");
  t.party_congress_prev = Lexicon::parse(cues, "party_congress_prev");
  t.plan_suffix = Lexicon::parse(cues, "plan_suffix");
  t.fraction_infix = Lexicon::parse(cues, "fraction_infix");
  t.bare_fraction_infix = Lexicon::parse(cues, "bare_fraction_infix");
  t.multiple_prefix = Lexicon::parse(cues, "multiple_prefix");
  t.multiple_suffix = Lexicon::parse(cues, "multiple_suffix");
  t.range = Lexicon::parse(cues, "range");
  t.product = Lexicon::parse(cues, "product");
  t.negative = Lexicon::parse(cues, "negative");
  t.list_suffix = Lexicon::parse(cues, "list_suffix");
  t.half = Lexicon::parse(cues, "half");
  t.money_subunit = Lexicon::parse(cues, "money_subunit");
  t.bare_magnitude_next = Lexicon::parse(cues, "bare_magnitude_next");
  t.between = Lexicon::parse(cues, "between");
  t.between_close = Lexicon::parse(cues, "between_close");
  t.bound_joiner = Lexicon::parse(cues, "bound_joiner");
  // The scanner's filter: every code point that may start something.
  t.flags_.assign(0x10000, 0);
  auto mark = [&](const Lexicon& lex, std::uint8_t flag) {
    for (const LexEntry& entry : lex.entries()) {
      const LexEntry* e = &entry;
      std::size_t i = 0;
      char32_t c = utf8::decode(e->word, i);
      if (c < t.flags_.size()) t.flags_[c] |= flag;
    }
  };
  mark(t.idioms, Tables::kIdiomFirst);
  for (const Lexicon* lex : {&t.ordinal_prefix, &t.multiple_prefix, &t.negative, &t.half})
    mark(*lex, Tables::kMayStart);
  for (char32_t c = 0; c < 0x10000; ++c) {
    NumChar k = classify(utf8::fold_width(c)).kind;
    if (k != NumChar::none && k != NumChar::point) t.flags_[c] |= Tables::kMayStart;
  }
  t.flags_[U'.'] |= Tables::kMayStart;   // .5
  t.flags_[0xFF0E] |= Tables::kMayStart;  // full-width point
  return t;
}
}  // namespace

const Tables& Tables::get() {
  static const Tables tables = load();
  return tables;
}

}  // namespace mubiao::numbers
