// The whole chain in one object: validation, segmentation, numbers, targets.
// Build one Pipeline per process (lexicon and rules are loaded once) and share
// it: every method is const and safe to call from many threads at once.
#ifndef MUBIAO_PIPELINE_H_
#define MUBIAO_PIPELINE_H_

#include <memory>
#include <string_view>
#include <vector>

#include "mubiao/numbers.h"
#include "mubiao/segment.h"
#include "mubiao/targets.h"
#include "mubiao/text.h"

namespace mubiao {

struct PipelineOptions {
  SegmenterOptions segmenter;
};

class Pipeline {
 public:
  Pipeline();
  explicit Pipeline(const PipelineOptions& options);
  ~Pipeline();
  Pipeline(Pipeline&&) noexcept;
  Pipeline& operator=(Pipeline&&) noexcept;

  const Segmenter& segmenter() const;
  const NumberRecognizer& numbers() const;

  // Throw InvalidUtf8.
  Document segment(std::string_view text) const;
  std::vector<Statement> targets(std::string_view text) const;
  // When the caller already has the Document of text.
  std::vector<Statement> targets(std::string_view text, const Document& doc) const;

  // What prepare() makes ready: the tables that a stage builds on its first
  // use (the word dictionary, the number word lists, the target cues).
  enum class Stage { words, numbers, targets };
  // Builds now what the first document would build for stage, by reading a
  // short built-in report. For a program that reads documents on several
  // threads: called on a thread with nothing else to do while the first
  // documents are read and segmented, it spares the workers from waiting
  // while one of them builds the tables. Thread-safe; the results are the
  // same with or without it.
  void prepare(Stage stage) const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace mubiao

#endif  // MUBIAO_PIPELINE_H_
