#include "heap_setup.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace mubiao::cli {

bool keep_freed_memory() {
#if defined(__GLIBC__)
  // Either setting turns off glibc's own moving of the thresholds.
  return ::mallopt(M_MMAP_THRESHOLD, static_cast<int>(kHeapBlockMax)) == 1 &&
         ::mallopt(M_TRIM_THRESHOLD, static_cast<int>(kHeapKeep)) == 1;
#else
  return false;
#endif
}

}  // namespace mubiao::cli
