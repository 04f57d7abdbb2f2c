// Builds a Document's sections, paragraphs, sentences and clauses
// (everything but words) from validated UTF-8 text.
#ifndef MUBIAO_LIB_SEGMENT_STRUCTURE_H_
#define MUBIAO_LIB_SEGMENT_STRUCTURE_H_

#include <string_view>

#include "mubiao/segment.h"

namespace mubiao {

struct DocumentBuilder {
  // text must already be valid UTF-8. Without clauses, units(clause) stays
  // empty; everything else is the same. Without recorded offsets (as for a
  // text of 4 GiB or more: structure::offsets_fit), the splitters search the
  // text themselves; the Document is the same (tests compare the two).
  static Document build(std::string_view text, bool clauses = true, bool recorded_offsets = true);
};

}  // namespace mubiao

#endif  // MUBIAO_LIB_SEGMENT_STRUCTURE_H_
