// PLACEHOLDER: one preamble section, one paragraph, one sentence, one clause.
// Replaced by the real structure builder.
#include "segment/structure.h"

namespace mubiao {

Document DocumentBuilder::build(std::string_view text) {
  Document d;
  d.text_ = text;
  if (text.empty()) return d;
  Span all{0, text.size()};
  d.sections_.push_back(Section{all, Span{0, 0}, 0, 0});
  d.section_units_.push_back(Unit{all, 0});
  d.paragraphs_.push_back(Unit{all, 0});
  d.sentences_.push_back(Unit{all, 0});
  d.clauses_.push_back(Unit{all, 0});
  return d;
}

}  // namespace mubiao
