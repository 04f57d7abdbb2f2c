#include "numbers/scanner.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>

#include "numbers/han_skip.h"
#include "text/utf8.h"

namespace mubiao::numbers {

namespace {
// Whether a word loaded from memory holds its first byte lowest.
constexpr bool little_endian() {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  return false;
#else
  return true;
#endif
}
}  // namespace

void scan_part(const Tables& t, std::string_view text, std::size_t first, std::size_t text_end,
               std::size_t stop, ScanState& state, const std::function<void(Found&&)>& take) {
  std::size_t pos = state.pos, floor = state.floor;
  // Where a read from pos must stop: nothing is read more than
  // kMaxExpressionBytes ahead (see scanner.h), and no character is cut.
  // Asked only where a number may start.
  auto reach = [&] {
    if (text_end - pos <= kMaxExpressionBytes) return text_end;
    std::size_t end = pos + kMaxExpressionBytes;
    while (end < text_end && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    return end;
  };
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::uint64_t* starts = t.any_bits_.data();
  while (pos < stop) {
    const auto b = static_cast<unsigned char>(text[pos]);
    // Han text, a character of three bytes at a time: one bit each says
    // whether it may start anything (the flags below are never all zero
    // for one that may).
    if ((b & 0xF0) == 0xE0 && !Tables::may_start3(bytes + pos, starts)) {
      // (A loop of its own for the run of them, three characters a turn:
      // their lead bytes tested in one word, their bits or'ed, one branch.
      // The nine bytes lie before stop: none past the text is read.)
      pos += 3;
      // Eight at a time where the CPU allows (han_skip.h), to the first
      // character that may start something; then three at a time.
      if (pos + 28 <= stop) {
        pos = skip_han_groups(bytes, pos, stop, starts);
        if (pos + 28 <= stop) continue;
      }
      constexpr std::uint64_t kLeads = 0xF0u | 0xF0ull << 24 | 0xF0ull << 48;
      constexpr std::uint64_t kThree = 0xE0u | 0xE0ull << 24 | 0xE0ull << 48;
      for (std::uint64_t word; pos + 9 <= stop; pos += 9) {
        std::memcpy(&word, bytes + pos, sizeof word);
        if (!little_endian() || (word & kLeads) != kThree ||
            (Tables::may_start3(bytes + pos, starts) | Tables::may_start3(bytes + pos + 3, starts) |
             Tables::may_start3(bytes + pos + 6, starts)))
          break;
      }
      while (pos + 3 < stop && (bytes[pos] & 0xF0) == 0xE0 && (bytes[pos + 3] & 0xF0) == 0xE0 &&
             !Tables::may_start3(bytes + pos, starts) &&
             !Tables::may_start3(bytes + pos + 3, starts))
        pos += 6;
      continue;
    }
    if (b < 0x80 && (b < '0' || b > '9')) {
      // A sign or a leading point can start a number too (-3.5, .5).
      const bool sign_or_point =
          (b == '-' || b == '.') && pos + 1 < text_end &&
          ((text[pos + 1] >= '0' && text[pos + 1] <= '9') || text[pos + 1] == '.');
      if (!sign_or_point ||
          (pos > first && std::isalnum(static_cast<unsigned char>(text[pos - 1])))) {
        ++pos;
        continue;
      }
    }
    std::size_t next = pos;
    const char32_t raw = utf8::decode(text, next);
    // One table lookup decides for almost every character (see Tables).
    const std::uint8_t flags = t.first_flags(raw);
    if (!flags) {
      pos = next;
      continue;
    }
    if (flags & Tables::kIdiomFirst) {
      // An idiom is far shorter than kMaxExpressionBytes: where reach() moves
      // off a cut character is no matter to it, nor to the digit test below.
      const std::size_t idiom_end = std::min(text_end, pos + kMaxExpressionBytes);
      const LexEntry* e = t.idioms.match(text.substr(0, idiom_end), pos);
      // A digit idiom (12345 hotline) must not be the head of a longer number.
      if (e && e->word.back() >= '0' && e->word.back() <= '9' && pos + e->word.size() < idiom_end &&
          text[pos + e->word.size()] >= '0' && text[pos + e->word.size()] <= '9')
        e = nullptr;
      if (e) {
        pos += e->word.size();
        continue;
      }
    }
    if (!(flags & Tables::kMayStart)) {
      pos = next;
      continue;
    }
    const std::size_t end = reach();
    ReadResult r = read_expression(t, text, pos, end, floor, state.rewrites);
    if (r.found) {
      floor = r.found->mention.span.end;
      take(std::move(*r.found));
    }
    pos = r.next > pos ? r.next : next;
  }
  state.pos = pos;
  state.floor = floor;
}

void scan_each(const Tables& t, std::string_view text, Span range,
               const std::function<void(Found&&)>& take) {
  ScanState state{range.start, range.start};
  scan_part(t, text, range.start, range.end, range.end, state, take);
}

std::vector<Found> scan(const Tables& t, std::string_view text, Span range) {
  std::vector<Found> out;
  ScanState state{range.start, range.start, true};
  scan_part(t, text, range.start, range.end, range.end, state,
            [&](Found&& f) { out.push_back(std::move(f)); });
  return out;
}

}  // namespace mubiao::numbers
