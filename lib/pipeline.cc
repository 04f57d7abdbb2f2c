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

namespace {

// A short report whose reading reaches every table the stages build on first
// use: the year's headings, a review and a plan, targets with numbers, units,
// hedges and ceilings.
constexpr std::string_view kSampleReport =
    "2025年政府工作报告\n\n一、2024年工作回顾\n\n全年地区生产总值增长5.2%，粮食产量1.3万亿斤。\n\n"
    "二、2025年经济社会发展总体要求和主要目标\n\n"
    "地区生产总值增长5%左右；城镇调查失业率控制在5.5%以内；居民消费价格涨幅2%左右。\n";

}  // namespace

Pipeline::Pipeline() : Pipeline(PipelineOptions{}) {}
Pipeline::Pipeline(const PipelineOptions& options) : impl_(std::make_unique<Impl>(options)) {}
Pipeline::~Pipeline() = default;
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;

const Segmenter& Pipeline::segmenter() const { return impl_->segmenter; }
const NumberRecognizer& Pipeline::numbers() const { return impl_->numbers; }

Document Pipeline::segment(std::string_view text) const { return impl_->segmenter.segment(text); }

void Pipeline::prepare(Stage stage) const {
  switch (stage) {
    case Stage::words: impl_->segmenter.words(kSampleReport); break;
    case Stage::numbers: impl_->numbers.find(kSampleReport); break;
    case Stage::targets: targets(kSampleReport); break;
  }
}

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
