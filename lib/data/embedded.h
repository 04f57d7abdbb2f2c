// Access to the text tables that cmake/EmbedText.cmake compiles into the
// library. MUBIAO_EMBEDDED_TEXT(name) at namespace scope declares the table
// `name` and an accessor mubiao::data::name_text() returning it as a view.
#ifndef MUBIAO_LIB_DATA_EMBEDDED_H_
#define MUBIAO_LIB_DATA_EMBEDDED_H_

#include <cstddef>
#include <string_view>

#define MUBIAO_EMBEDDED_TEXT(name)                                      \
  namespace mubiao::data {                                              \
  extern const char name[];                                             \
  extern const std::size_t name##_size;                                 \
  inline std::string_view name##_text() { return {name, name##_size}; } \
  }

#endif  // MUBIAO_LIB_DATA_EMBEDDED_H_
