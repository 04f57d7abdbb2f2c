// The number recognizer's linguistic knowledge, parsed once from the embedded
// tables in lib/data/number_*.tsv: units and measure words, qualifiers,
// non-numeric idioms and context cues.
#ifndef MUBIAO_LIB_NUMBERS_TABLES_H_
#define MUBIAO_LIB_NUMBERS_TABLES_H_

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

#include "numbers/lexicon.h"

namespace mubiao::numbers {

struct Tables {
  Lexicon units;              // word -> role (number_units.tsv)
  Lexicon prefix_qualifiers;  // word -> qualifier name
  Lexicon inner_qualifiers;
  Lexicon suffix_qualifiers;
  Lexicon not_prefix;  // 最近, 附近: words that end like a prefix qualifier
  Lexicon idioms;
  Lexicon ordinal_prefix, ordinal_suffix, party_congress_next, party_congress_prev, plan_suffix;
  Lexicon fraction_infix, multiple_prefix, multiple_suffix;
  Lexicon bare_fraction_infix;  // 份 of 二份一; 分 (tag "whole") of 一又十分一
  Lexicon range, product, negative;
  Lexicon between, between_close;  // 20和30之间
  Lexicon bound_joiner;            // 大于10并小于20
  Lexicon bare_magnitude_next;     // 冲击万亿大关: a bare 万亿 is a number
  Lexicon bare_magnitude_prev;     // 突破千亿: a bare round number is one
  Lexicon money_subunit;           // 角 -> 1, 分 -> 2 (places after the point)
  Lexicon half;                    // 一半, 1半, 半个: 0.5
  Lexicon list_suffix;             // 一是…, 十大工程: a label, not a quantity

  // The tables, parsed on first use (thread-safe) and shared.
  static const Tables& get();

  // What a code point may begin, for the scanner's one-lookup filter:
  // an idiom to skip, or a number (a numeral, 第, 翻, 负, 一半, '.', '-').
  static constexpr std::uint8_t kIdiomFirst = 1, kMayStart = 2;
  std::uint8_t first_flags(char32_t c) const {
    if (c < flags_.size()) return flags_[c];
    return (idioms.starts_any(c) ? kIdiomFirst : 0) | kMayStart;  // rare: decide later
  }
  // Whether a character of three UTF-8 bytes (p[0..2]) may start anything:
  // flags_ as one bit a code point, read from the bytes without decoding
  // them. Most of a report is such characters and almost none of them
  // starts anything. The word is found from the first two bytes as they
  // lie in memory, one 16-bit load masked to the bits that vary (the low 4
  // of the first byte, the low 6 of the second), not shifted and joined:
  // the table spreads over 128 KB, of which a report's characters touch a
  // few KB. The table is built with the same key (tables.cc), so the byte
  // order only chooses the mask.
  static std::size_t any_bits_key(const unsigned char* p) {
    std::uint16_t two;
    std::memcpy(&two, p, sizeof two);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return two & 0x0F3Fu;
#else
    return two & 0x3F0Fu;
#endif
  }
  static constexpr std::size_t kAnyBitsWords = 0x4000;  // past every key
  static bool may_start3(const unsigned char* p, const std::uint64_t* bits) {
    return (bits[any_bits_key(p)] >> (p[2] & 0x3Fu)) & 1u;
  }
  // Whether a word of range, product or between may start with c (by its
  // low 12 bits): after most numbers none does, answered with this one
  // test instead of a lookup in each list.
  bool partner_may_start(char32_t c) const { return partner_firsts_.test(c & 0xFFF); }
  std::bitset<0x1000> partner_firsts_;
  std::vector<std::uint8_t> flags_;      // indexed by BMP code point
  std::vector<std::uint64_t> any_bits_;  // bit p[2] & 0x3F of word any_bits_key(p): flags_[c] != 0
};

}  // namespace mubiao::numbers

#endif  // MUBIAO_LIB_NUMBERS_TABLES_H_
