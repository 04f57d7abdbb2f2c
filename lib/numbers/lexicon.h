// Word lists read from the embedded data tables (lib/data/number_*.txt), with
// longest-match lookup at a byte position. Each table line is
// "word[<TAB>tag]"; '#' starts a comment. Lookup is keyed by the word's first
// code point, so a miss costs one hash probe.
#ifndef MUBIAO_LIB_NUMBERS_LEXICON_H_
#define MUBIAO_LIB_NUMBERS_LEXICON_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mubiao::numbers {

struct LexEntry {
  std::string word;
  std::string tag;
};

class Lexicon {
 public:
  Lexicon() = default;
  // Parses table text; `columns` is the number of leading columns that form
  // the key: 1 for "word<TAB>tag", 2 for "section<TAB>word<TAB>tag" filtered
  // by `section`.
  static Lexicon parse(std::string_view table, std::string_view section = {});

  // The longest entry that text[pos..] starts with, or nullptr.
  const LexEntry* match(std::string_view text, std::size_t pos) const;
  // The longest entry that text[..pos) ends with (not before floor), or nullptr.
  const LexEntry* match_before(std::string_view text, std::size_t pos,
                               std::size_t floor = 0) const;
  bool starts_any(char32_t c) const { return by_first_.count(c) != 0; }
  bool contains(std::string_view word) const;
  // Every entry, longest first.
  const std::vector<LexEntry>& entries() const { return all_; }

 private:
  void add(std::string word, std::string tag);
  std::unordered_map<char32_t, std::vector<LexEntry>> by_first_;  // longest first
  std::vector<LexEntry> all_;                                     // longest first
};

}  // namespace mubiao::numbers

#endif  // MUBIAO_LIB_NUMBERS_LEXICON_H_
