// Readers still to come: each refuses its format clearly meanwhile.
#include "io/formats.h"

namespace mubiao::io {

void read_docx(std::string_view, const ReadOptions&, ReadResult&) {
  throw ReadError(ReadError::Reason::unsupported, ".docx is not read yet: save it as text");
}
void read_pdf(std::string_view, const ReadOptions&, ReadResult&) {
  throw ReadError(ReadError::Reason::unsupported, "PDF is not read yet: save it as text");
}

}  // namespace mubiao::io
