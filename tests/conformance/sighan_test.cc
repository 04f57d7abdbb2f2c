// SIGHAN 2005 bakeoff word segmentation (PKU and MSR test sets), scored the
// bakeoff's way: every token, punctuation included, counts; a token is right
// when its span matches a gold word exactly. Fails below the committed F1
// floors. The data are evaluation anchors only: nothing here (or in the
// lexicons) is derived from them.
#define BOOST_TEST_MODULE sighan
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "mubiao/segment.h"
#include "test_support.h"

namespace {

using mubiao::test::lines_of;

// Below these the word level has regressed (measured 0.881 / 0.852 when
// committed; the issue asks for at least 0.83 on both).
constexpr double kFloorPku = 0.875;
constexpr double kFloorMsr = 0.845;

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Spans in "bytes that are not ASCII whitespace" coordinates, so that raw
// and gold (which adds "  " between words) compare directly.
struct SpanSet {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
};

SpanSet gold_spans(std::string_view line) {
  SpanSet out;
  std::size_t pos = 0, i = 0;
  while (i < line.size()) {
    while (i < line.size() && is_space_byte(line[i])) ++i;
    std::size_t start = pos;
    while (i < line.size() && !is_space_byte(line[i])) ++i, ++pos;
    if (pos > start) out.spans.emplace_back(start, pos);
  }
  return out;
}

SpanSet predicted_spans(const mubiao::Segmenter& seg, std::string_view line) {
  // squeezed[i]: offset of byte i once ASCII whitespace is removed.
  std::vector<std::size_t> squeezed(line.size() + 1);
  std::size_t pos = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    squeezed[i] = pos;
    if (!is_space_byte(line[i])) ++pos;
  }
  squeezed[line.size()] = pos;
  SpanSet out;
  for (const mubiao::Token& t : seg.words(line)) {
    std::size_t s = squeezed[t.span.start], e = squeezed[t.span.end];
    if (e > s) out.spans.emplace_back(s, e);
  }
  return out;
}

struct Score {
  std::size_t gold = 0, predicted = 0, correct = 0, bytes = 0;
  double seconds = 0;
  double p() const { return predicted ? double(correct) / predicted : 0; }
  double r() const { return gold ? double(correct) / gold : 0; }
  double f1() const { return p() + r() > 0 ? 2 * p() * r() / (p() + r()) : 0; }
};

Score score(const mubiao::Segmenter& seg, const std::string& corpus) {
  const auto dir = mubiao::test::shared_dir() / "anchors" / "sighan2005";
  const std::string raw = mubiao::test::read_file(dir / (corpus + "_test.utf8"));
  const std::string gold = mubiao::test::read_file(dir / (corpus + "_test_gold.utf8"));
  const auto raw_lines = lines_of(raw);
  const auto gold_lines = lines_of(gold);
  BOOST_REQUIRE_EQUAL(raw_lines.size(), gold_lines.size());
  Score s;
  for (std::size_t k = 0; k < raw_lines.size(); ++k) {
    const auto t0 = std::chrono::steady_clock::now();
    const SpanSet pred = predicted_spans(seg, raw_lines[k]);
    s.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const SpanSet want = gold_spans(gold_lines[k]);
    s.bytes += raw_lines[k].size();
    s.gold += want.spans.size();
    s.predicted += pred.spans.size();
    // Both lists are in order and non-overlapping: one merge pass.
    std::size_t a = 0, b = 0;
    while (a < pred.spans.size() && b < want.spans.size()) {
      if (pred.spans[a] == want.spans[b]) {
        ++s.correct, ++a, ++b;
      } else if (pred.spans[a].first < want.spans[b].first ||
                 (pred.spans[a].first == want.spans[b].first &&
                  pred.spans[a].second < want.spans[b].second)) {
        ++a;
      } else {
        ++b;
      }
    }
  }
  return s;
}

}  // namespace

BOOST_AUTO_TEST_CASE(pku_and_msr_f1_above_floors) {
  mubiao::test::require_shared("anchors/sighan2005/pku_test_gold.utf8");
  const mubiao::Segmenter seg;
  std::printf("%-6s %8s %8s %8s %7s %7s %7s %8s\n", "corpus", "gold", "pred", "correct", "P", "R",
              "F1", "MB/s");
  const std::pair<const char*, double> corpora[] = {{"pku", kFloorPku}, {"msr", kFloorMsr}};
  for (const auto& [name, floor] : corpora) {
    const Score s = score(seg, name);
    std::printf("%-6s %8zu %8zu %8zu %7.4f %7.4f %7.4f %8.2f\n", name, s.gold, s.predicted,
                s.correct, s.p(), s.r(), s.f1(), s.bytes / 1e6 / s.seconds);
    BOOST_TEST_CONTEXT(name) {
      BOOST_TEST(s.gold > 100000u);  // the whole test set was read
      BOOST_TEST(s.f1() >= floor);
    }
  }
}
