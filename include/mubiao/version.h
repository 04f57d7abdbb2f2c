// mubiao version, zstd style: compile-time macros plus a run-time query, so a
// program can tell the headers it was built with from the library it runs on.
#ifndef MUBIAO_VERSION_H_
#define MUBIAO_VERSION_H_

#define MUBIAO_VERSION_MAJOR 0
#define MUBIAO_VERSION_MINOR 1
#define MUBIAO_VERSION_PATCH 0
#define MUBIAO_VERSION_NUMBER \
  (MUBIAO_VERSION_MAJOR * 10000 + MUBIAO_VERSION_MINOR * 100 + MUBIAO_VERSION_PATCH)

#define MUBIAO_STRINGIFY_(x) #x
#define MUBIAO_STRINGIFY(x) MUBIAO_STRINGIFY_(x)
#define MUBIAO_VERSION_STRING           \
  MUBIAO_STRINGIFY(MUBIAO_VERSION_MAJOR) \
  "." MUBIAO_STRINGIFY(MUBIAO_VERSION_MINOR) "." MUBIAO_STRINGIFY(MUBIAO_VERSION_PATCH)

#endif  // MUBIAO_VERSION_H_
