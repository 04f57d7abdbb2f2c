#include "numbers/tables.h"

#include "data/tables.h"
#include "numbers/grammar.h"
#include "text/utf8.h"

#include <cstddef>
#include <cstring>
#include <string_view>

namespace mubiao::numbers {

namespace {
Tables load() {
  using data::TableId;
  const data::Table& units = data::table(TableId::number_units);
  const data::Table& quals = data::table(TableId::number_qualifiers);
  const data::Table& cues = data::table(TableId::number_cues);
  // A table read whole keys on the role; the rows of one role on the value.
  auto role = [](const data::Table& t, std::string_view r) {
    return Lexicon::of(t.with_role(r), 2);
  };
  Tables t;
  t.units = Lexicon::of(units.every_row(), 1);
  t.prefix_qualifiers = role(quals, "prefix");
  t.inner_qualifiers = role(quals, "inner");
  t.suffix_qualifiers = role(quals, "suffix");
  t.not_prefix = role(quals, "not_prefix");
  t.idioms = Lexicon::of(data::table(TableId::number_idioms).every_row(), 1);
  t.ordinal_prefix = role(cues, "ordinal_prefix");
  t.ordinal_suffix = role(cues, "ordinal_suffix");
  t.party_congress_next = role(cues, "party_congress_next");
  t.party_congress_prev = role(cues, "party_congress_prev");
  t.plan_suffix = role(cues, "plan_suffix");
  t.fraction_infix = role(cues, "fraction_infix");
  t.bare_fraction_infix = role(cues, "bare_fraction_infix");
  t.multiple_prefix = role(cues, "multiple_prefix");
  t.multiple_suffix = role(cues, "multiple_suffix");
  t.range = role(cues, "range");
  t.product = role(cues, "product");
  t.negative = role(cues, "negative");
  t.list_suffix = role(cues, "list_suffix");
  t.half = role(cues, "half");
  t.money_subunit = role(cues, "money_subunit");
  t.bare_magnitude_next = role(cues, "bare_magnitude_next");
  t.bare_magnitude_prev = role(cues, "bare_magnitude_prev");
  t.between = role(cues, "between");
  t.between_close = role(cues, "between_close");
  t.bound_joiner = role(cues, "bound_joiner");
  for (const Lexicon* lex : {&t.range, &t.product, &t.between})
    for (const LexEntry& e : lex->entries()) {
      std::size_t i = 0;
      t.partner_firsts_.set(utf8::decode(e.word, i) & 0xFFF);
    }
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
  // Every code point whose width-folded form is a numeral character (not
  // the point): one of the numeral table's characters or an ASCII digit,
  // or the full-width form of one (fold_width maps nothing else onto
  // them). Asked of those candidates, not of all 65,536 code points (a
  // loop that was a third of the tables' start-up).
  auto numeral_start = [&](char32_t c) {
    const NumChar k = classify(utf8::fold_width(c)).kind;
    if (c < t.flags_.size() && k != NumChar::none && k != NumChar::point)
      t.flags_[c] |= Tables::kMayStart;
  };
  auto numeral_and_wide = [&](char32_t c) {
    numeral_start(c);
    if (c >= 0x21 && c <= 0x7E) numeral_start(c + 0xFEE0);
  };
  for (char32_t d = U'0'; d <= U'9'; ++d) numeral_and_wide(d);
  for (const numerals::NumeralChar& n : numerals::kNumeralChars) numeral_and_wide(n.c);
  t.flags_[U'.'] |= Tables::kMayStart;    // .5
  t.flags_[0xFF0E] |= Tables::kMayStart;  // full-width point
  // The bits of the three-byte characters with flags, found a word of
  // eight flags at a time (almost every word is zero).
  t.any_bits_.assign(Tables::kAnyBitsWords, 0);
  for (char32_t base = 0x800; base < 0x10000; base += 8) {
    std::uint64_t eight;
    std::memcpy(&eight, t.flags_.data() + base, sizeof eight);
    if (!eight) continue;
    for (char32_t c = base; c < base + 8; ++c) {
      if (!t.flags_[c]) continue;
      const unsigned char b[3] = {static_cast<unsigned char>(0xE0 | (c >> 12)),
                                  static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F)),
                                  static_cast<unsigned char>(0x80 | (c & 0x3F))};
      t.any_bits_[Tables::any_bits_key(b)] |= std::uint64_t{1} << (b[2] & 0x3F);
    }
  }
  return t;
}
}  // namespace

const Tables& Tables::get() {
  static const Tables tables = load();
  return tables;
}

}  // namespace mubiao::numbers
