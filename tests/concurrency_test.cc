// One Pipeline shared by many threads gives the same results as one thread.
// Built normally it checks determinism; under -fsanitize=thread (the CI's
// TSan job) it also checks that the shared pipeline is free of data races.
#define BOOST_TEST_MODULE concurrency
#include <boost/test/unit_test.hpp>

#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "mubiao/pipeline.h"
#include "test_support.h"

using namespace mubiao;

namespace {

// Everything the pipeline says about a text, flattened for comparison.
std::string fingerprint(const Pipeline& p, const std::string& text) {
  std::ostringstream out;
  Document doc = p.segment(text);
  for (Level level : {Level::section, Level::paragraph, Level::sentence, Level::clause})
    for (const Unit& u : doc.units(level)) out << u.span.start << '-' << u.span.end << ' ';
  for (const Unit& s : doc.units(Level::sentence))
    for (const Token& t : p.segmenter().words(text, s.span))
      out << t.span.start << ':' << static_cast<int>(t.type) << ' ';
  for (const Mention& m : p.numbers().find(text))
    out << m.span.start << '=' << m.exact << m.unit << ' ';
  for (const Statement& s : p.targets(text, doc))
    out << s.span.start << s.indicator << s.exact << s.rule << ' ';
  return out.str();
}

std::vector<std::string> inputs() {
  std::vector<std::string> texts;
  for (const auto& path : test::shared_reports()) texts.push_back(test::read_file(path));
  if (texts.empty())  // the shared corpus is absent: use the bundled sample
    texts.push_back(test::read_file(test::test_data_dir() / ".." / ".." / "examples" / "data" /
                                    "sample-report.txt"));
  return texts;
}

}  // namespace

// First in this file, so that the tables are first built here: prepare()
// on one thread while others read, as the command line does.
BOOST_AUTO_TEST_CASE(prepare_beside_readers_changes_no_result) {
  const std::vector<std::string> texts = inputs();
  BOOST_TEST_REQUIRE(!texts.empty());
  const Pipeline pipeline;
  std::vector<std::string> got(2 * texts.size());
  std::vector<std::thread> threads;
  threads.emplace_back([&] {
    for (auto stage : {Pipeline::Stage::targets, Pipeline::Stage::words, Pipeline::Stage::numbers})
      pipeline.prepare(stage);
  });
  for (std::size_t k = 0; k < 2; ++k)
    threads.emplace_back([&, k] {
      for (std::size_t i = 0; i < texts.size(); ++i)
        got[k * texts.size() + i] = fingerprint(pipeline, texts[i]);
    });
  for (auto& t : threads) t.join();
  const Pipeline unprepared;
  for (std::size_t i = 0; i < got.size(); ++i)
    BOOST_TEST(got[i] == fingerprint(unprepared, texts[i % texts.size()]), "text " << i);
  BOOST_TEST(got[0].find('=') != std::string::npos);  // numbers were read
}

BOOST_AUTO_TEST_CASE(eight_threads_agree_with_one) {
  const Pipeline pipeline;
  const std::vector<std::string> texts = inputs();
  BOOST_TEST_REQUIRE(!texts.empty());
  BOOST_TEST_REQUIRE(!texts[0].empty());

  std::vector<std::string> expected;
  for (const auto& t : texts) expected.push_back(fingerprint(pipeline, t));

  constexpr int kThreads = 8;
  std::vector<std::vector<std::string>> got(kThreads);
  std::vector<std::thread> threads;
  for (int k = 0; k < kThreads; ++k) {
    threads.emplace_back([&, k] {
      // Each thread walks the texts from a different starting point so that
      // different documents are in flight at once.
      got[k].resize(texts.size());
      for (std::size_t i = 0; i < texts.size(); ++i) {
        std::size_t j = (i + k) % texts.size();
        got[k][j] = fingerprint(pipeline, texts[j]);
      }
    });
  }
  for (auto& t : threads) t.join();
  for (int k = 0; k < kThreads; ++k)
    for (std::size_t j = 0; j < texts.size(); ++j)
      BOOST_TEST(got[k][j] == expected[j], "thread " << k << " text " << j);
}

BOOST_AUTO_TEST_CASE(pipelines_can_be_built_concurrently) {
  std::vector<std::thread> threads;
  std::vector<std::size_t> sentences(4);
  for (int k = 0; k < 4; ++k)
    threads.emplace_back([&, k] {
      Pipeline p;
      sentences[k] = p.segment("第一句。第二句！第三句？").units(Level::sentence).size();
    });
  for (auto& t : threads) t.join();
  for (std::size_t n : sentences) BOOST_TEST(n == sentences[0]);
  BOOST_TEST(sentences[0] >= 1u);
}
