// Test-only fault injection for the C ABI. The production library compiles
// these hooks to nothing; the static test build (MUBIAO_CAPI_FAULT_INJECTION)
// lets tests/capi_test.c make the next call fail the ways it otherwise never
// would (out of memory, an unexpected exception), so that every error path of
// the boundary is exercised.
#ifndef MUBIAO_CAPI_FAULT_INJECTION_H_
#define MUBIAO_CAPI_FAULT_INJECTION_H_

namespace mubiao::capi {

#ifdef MUBIAO_CAPI_FAULT_INJECTION
// Throws what the armed fault asks for, once.
void maybe_throw();
// Throws std::bad_alloc when the armed fault includes failing to allocate the
// mubiao_error itself.
void maybe_fail_error_allocation();
#else
inline void maybe_throw() {}
inline void maybe_fail_error_allocation() {}
#endif

}  // namespace mubiao::capi

#endif  // MUBIAO_CAPI_FAULT_INJECTION_H_
