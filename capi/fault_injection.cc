// Test-only: see fault_injection.h. Compiled only into the fault-injection
// build of the C ABI, never into the installed library.
#include "fault_injection.h"

#include <new>
#include <stdexcept>

namespace {
// The fault armed by mubiao_testing_inject (tests are single-threaded).
int g_fault = 0;
bool g_fail_error_allocation = false;
}  // namespace

// Declared by the test itself: not part of <mubiao.h>.
// 1: std::bad_alloc, 2: std::runtime_error, 3: a non-std exception,
// 4: std::bad_alloc and then no memory for the mubiao_error either.
extern "C" void mubiao_testing_inject(int fault) { g_fault = fault; }

namespace mubiao::capi {

void maybe_throw() {
  const int fault = g_fault;
  g_fault = 0;
  g_fail_error_allocation = fault == 4;
  switch (fault) {
    case 1:
    case 4: throw std::bad_alloc();
    case 2: throw std::runtime_error("injected fault");
    case 3: throw 42;
    default: break;
  }
}

void maybe_fail_error_allocation() {
  if (g_fail_error_allocation) {
    g_fail_error_allocation = false;
    throw std::bad_alloc();
  }
}

}  // namespace mubiao::capi
