// Asking the kernel to back a large buffer with huge pages before it is
// first written. A 12 MB report read into memory, and its plain text, are
// otherwise first touched 4 KiB at a time: some 6000 page faults, a tenth
// of `mubiao numbers`. Where the kernel leaves transparent huge pages to
// madvise (the Debian default), a 2 MiB page faults in once. Only the
// 2 MiB-aligned middle of the buffer can take them; a buffer of less than
// a few of them is left alone, and so is everything where madvise or
// MADV_HUGEPAGE is unknown.
#ifndef MUBIAO_LIB_TEXT_HUGE_PAGES_H_
#define MUBIAO_LIB_TEXT_HUGE_PAGES_H_

#include <cstddef>
#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace mubiao {

inline void advise_huge_pages(const void* data, std::size_t size) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t kHuge = std::uintptr_t{2} << 20;
  if (size < 4 * kHuge) return;
  const auto begin = reinterpret_cast<std::uintptr_t>(data);
  const std::uintptr_t from = (begin + kHuge - 1) & ~(kHuge - 1);
  const std::uintptr_t to = (begin + size) & ~(kHuge - 1);
  // A hint: when the kernel declines, the pages are ordinary ones.
  if (from < to) ::madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);
#else
  (void)data;
  (void)size;
#endif
}

}  // namespace mubiao

#endif  // MUBIAO_LIB_TEXT_HUGE_PAGES_H_
