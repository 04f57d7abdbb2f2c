// The number scan's pass over Han text, eight characters at a time: most of
// a report is characters of three UTF-8 bytes of which almost none may
// start a number or an idiom (Tables::may_start3), and the scan's loop
// tests them one by one. Where the CPU has AVX2, eight of them are tested
// in one step: their bytes gathered into eight lanes, their bits of
// Tables::any_bits_ fetched with one gather.
#ifndef MUBIAO_LIB_NUMBERS_HAN_SKIP_H_
#define MUBIAO_LIB_NUMBERS_HAN_SKIP_H_

#include <cstddef>
#include <cstdint>

namespace mubiao::numbers {

// pos moved past the characters from pos that are of three bytes with
// their bit in `bits` clear (Tables::may_start3), eight at a time: to the
// first character that is not such (then the result + 28 <= stop), or as
// far as groups of eight whose 28 bytes (what a group reads) lie before
// stop reach. Without AVX2, pos itself: the caller's loop tests the rest a
// character at a time. `bits` is Tables::any_bits_.
std::size_t skip_han_groups(const unsigned char* bytes, std::size_t pos, std::size_t stop,
                            const std::uint64_t* bits);

}  // namespace mubiao::numbers

#endif  // MUBIAO_LIB_NUMBERS_HAN_SKIP_H_
