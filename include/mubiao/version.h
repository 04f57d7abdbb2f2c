/* mubiao version, zstd style: the one place the version is written. The C
 * header <mubiao.h> includes this file (so it stays C99), the C++ headers
 * include it through <mubiao/mubiao.h>, and CMake reads project(VERSION)
 * from it. mubiao_version() tells a program the library it runs on from the
 * headers it was built with. */
#ifndef MUBIAO_VERSION_H_
#define MUBIAO_VERSION_H_

#define MUBIAO_VERSION_MAJOR 0
#define MUBIAO_VERSION_MINOR 1
#define MUBIAO_VERSION_PATCH 0
#define MUBIAO_VERSION_NUMBER \
  (MUBIAO_VERSION_MAJOR * 10000 + MUBIAO_VERSION_MINOR * 100 + MUBIAO_VERSION_PATCH)

#define MUBIAO_STRINGIFY_(x) #x
#define MUBIAO_STRINGIFY(x) MUBIAO_STRINGIFY_(x)
#define MUBIAO_VERSION_STRING            \
  MUBIAO_STRINGIFY(MUBIAO_VERSION_MAJOR) \
  "." MUBIAO_STRINGIFY(MUBIAO_VERSION_MINOR) "." MUBIAO_STRINGIFY(MUBIAO_VERSION_PATCH)

#endif /* MUBIAO_VERSION_H_ */
