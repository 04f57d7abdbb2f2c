// Target extraction over a segmented document and its number mentions.
#ifndef MUBIAO_LIB_TARGETS_EXTRACTOR_H_
#define MUBIAO_LIB_TARGETS_EXTRACTOR_H_

#include <memory>
#include <vector>

#include "mubiao/segment.h"
#include "mubiao/targets.h"

namespace mubiao {

class TargetExtractor {
 public:
  TargetExtractor();
  ~TargetExtractor();
  // The statements of doc's text, with the report's parts already read (the
  // pipeline reads them once for extraction and for periods).
  std::vector<Statement> extract(const Document& doc, const ReportParts& parts) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace mubiao

#endif  // MUBIAO_LIB_TARGETS_EXTRACTOR_H_
