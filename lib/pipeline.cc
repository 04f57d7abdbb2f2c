// Pipeline: owns one of each stage and chains them.
#include "mubiao/pipeline.h"

#include <optional>

#include "mubiao/research.h"
#include "research/meta_internal.h"
#include "targets/extractor.h"
#include "text/lazy.h"

namespace mubiao {

struct Pipeline::Impl {
  explicit Impl(const PipelineOptions& o) : segmenter(o.segmenter) {}
  Segmenter segmenter;
  NumberRecognizer numbers;
  // The target cues are built when targets are first asked for.
  const TargetExtractor& targets() const {
    return extractor.get([] { return std::make_unique<TargetExtractor>(); });
  }
  Lazy<TargetExtractor> extractor;
};

Pipeline::Pipeline() : Pipeline(PipelineOptions{}) {}
Pipeline::Pipeline(const PipelineOptions& options) : impl_(std::make_unique<Impl>(options)) {}
Pipeline::~Pipeline() = default;
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;

const Segmenter& Pipeline::segmenter() const { return impl_->segmenter; }
const NumberRecognizer& Pipeline::numbers() const { return impl_->numbers; }

Document Pipeline::segment(std::string_view text) const { return impl_->segmenter.segment(text); }

std::vector<Statement> Pipeline::targets(std::string_view text) const {
  return targets(text, segment(text));
}

std::vector<Statement> Pipeline::targets(std::string_view text, const Document& doc) const {
  // Only Segmenter::segment builds a non-empty Document, and it validates its
  // text first: a Document that views these very bytes needs no second pass.
  const bool validated = doc.text().data() == text.data() && doc.text().size() == text.size();
  if (!validated) require_utf8(text);
  ReportMeta meta;
  if (int y = research::report_year(text, nullptr)) meta.year = y;
  // A Document of other text than this one is of no use: segment text anew,
  // and read everything (statements, headline, periods) from that one.
  std::optional<Document> own;
  if (doc.text() != text) own.emplace(impl_->segmenter.segment(text));
  const Document& read = own ? *own : doc;
  // The report's parts are read once, for the stance of each statement and
  // for its period.
  const ReportParts parts(read);
  std::vector<Statement> out = impl_->targets().extract(read, parts);
  annotate(text, read, out);
  // 今年 and 全年 become the report's year (a year before in its review).
  research::resolve_periods(parts, meta, out);
  return out;
}

}  // namespace mubiao
