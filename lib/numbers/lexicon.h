// Word lists made from the rows of the data tables (lib/data/number_*.tsv,
// read by data/tables.h), with longest-match lookup at a byte position.
// Lookup is keyed by the word's first code point, so a miss costs one hash
// probe.
#ifndef MUBIAO_LIB_NUMBERS_LEXICON_H_
#define MUBIAO_LIB_NUMBERS_LEXICON_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "data/table.h"

namespace mubiao::numbers {

struct LexEntry {
  std::string word;
  std::string tag;    // the cell after the key: a unit's role, a qualifier's value
  std::string value;  // the cell after that (times 12: the 12)
};

class Lexicon {
 public:
  Lexicon() = default;
  // Entries from table rows: the word is each row's first cell, the tag the
  // cell at tag_column and the value the one after it.
  static Lexicon of(const std::vector<const data::TableRow*>& rows, std::size_t tag_column);

  // The longest entry that text[pos..] starts with, or nullptr.
  const LexEntry* match(std::string_view text, std::size_t pos) const;
  // The longest entry that text[..pos) ends with (not before floor), or nullptr.
  const LexEntry* match_before(std::string_view text, std::size_t pos, std::size_t floor = 0) const;
  bool starts_any(char32_t c) const { return by_first_.count(c) != 0; }
  bool contains(std::string_view word) const;
  // Every entry, longest first.
  const std::vector<LexEntry>& entries() const { return all_; }

 private:
  void add(LexEntry entry);
  std::unordered_map<char32_t, std::vector<LexEntry>> by_first_;  // longest first
  std::vector<LexEntry> all_;                                     // longest first
};

}  // namespace mubiao::numbers

#endif  // MUBIAO_LIB_NUMBERS_LEXICON_H_
