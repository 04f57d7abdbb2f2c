// Bounding how deep an HTML page nests before the HTML5 parser sees it: the
// parser's scope checks walk the stack of open elements, so 100 000 nested
// <div>s would take minutes. Tags deeper than the bound are dropped (their
// text stays), which keeps parsing linear.
#ifndef MUBIAO_LIB_IO_HTML_NESTING_H_
#define MUBIAO_LIB_IO_HTML_NESTING_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace mubiao::io {

// html with every start and end tag nested deeper than max_depth removed,
// or nullopt-like empty string with changed = false when nothing was.
std::string flatten_deep_nesting(std::string_view html, std::size_t max_depth, bool& changed);

}  // namespace mubiao::io

#endif  // MUBIAO_LIB_IO_HTML_NESTING_H_
