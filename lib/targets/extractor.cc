// PLACEHOLDER: extracts nothing. Replaced by the real extractor.
#include "targets/extractor.h"

namespace mubiao {

struct TargetExtractor::Impl {};
TargetExtractor::TargetExtractor() : impl_(std::make_unique<Impl>()) {}
TargetExtractor::~TargetExtractor() = default;

std::vector<Statement> TargetExtractor::extract(std::string_view, const Document&,
                                                const Segmenter&,
                                                const NumberRecognizer&) const {
  return {};
}

}  // namespace mubiao
