#define BOOST_TEST_MODULE numbers_window
#include <boost/test/unit_test.hpp>

// NumberRecognizer::find(Document) scans the plain text through a window
// that it slides along (lib/numbers/recognizer.cc) instead of copying the
// whole plain text. Its mentions must be those of a scan of the whole of
// Document::plain, with spans mapped back: checked here on texts of
// several windows, dense with numbers, hard-wrapped at varied widths (so
// that numbers are split by line breaks and page numbers) around every
// place a window may end.

#include <stdexcept>
#include <string>
#include <vector>

#include "mubiao/numbers.h"
#include "mubiao/pipeline.h"
#include "mubiao/segment.h"
#include "test_support.h"

using namespace mubiao;

namespace {

const Pipeline& pipeline() {
  static const Pipeline p;
  return p;
}

// About `bytes` of report-like paragraphs, full of numbers, wrapped every
// few dozen characters with a page number now and then.
std::string wrapped_report(std::size_t bytes, unsigned seed) {
  static const std::vector<std::string> kSentences = {
      "全市地区生产总值完成3500.6亿元，增长5.2%左右。",
      "城镇新增就业1.3万余人，城镇调查失业率控制在5.5%以内。",
      "粮食总产量稳定在百分之九十五以上，达到二十五万吨。",
      "居民人均可支配收入增长6%-6.5%，约为3万元/人。",
      "完成造林绿化三分之一，新建5G基站2000个，PM2.5浓度下降0.5个百分点。",
      "第十二次全会提出，“十四五”时期实现翻一番，投资2至3年内超过1000亿元。",
      "二〇二四年第三季度，规上工业增加值增长十几万，大于10并小于20家。",
      "力争到2026年，研发经费投入强度达到2.8%，新增高新技术企业300家以上。",
  };
  return test::wrapped_paragraphs("", kSentences, bytes, seed);
}

void same(const Mention& a, const Mention& b) {
  BOOST_TEST(a.span.start == b.span.start);
  BOOST_TEST(a.span.end == b.span.end);
  BOOST_TEST(static_cast<int>(a.kind) == static_cast<int>(b.kind));
  BOOST_TEST(a.exact == b.exact);
  BOOST_TEST(a.exact_upper == b.exact_upper);
  BOOST_TEST(a.unit == b.unit);
  BOOST_TEST(static_cast<int>(a.qualifier) == static_cast<int>(b.qualifier));
  BOOST_TEST(a.approximate == b.approximate);
  BOOST_TEST(a.representable == b.representable);
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_window_finds_what_the_whole_plain_text_holds) {
  for (unsigned seed : {1u, 2u, 3u}) {
    const std::string t = wrapped_report(1200000 + seed * 77777, seed);
    const Document d = pipeline().segmenter().segment(t, Level::sentence);
    BOOST_TEST_REQUIRE(!d.layout_noise().empty());
    const PlainText plain = d.plain();
    std::vector<Mention> want = pipeline().numbers().find(plain.text);
    for (Mention& m : want) m.span = plain.input_span(m.span);
    BOOST_TEST_REQUIRE(want.size() > 10000u);

    const std::vector<Mention> got = pipeline().numbers().find(d);
    BOOST_TEST_REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < got.size(); ++i) same(got[i], want[i]);

    std::vector<Mention> streamed;
    pipeline().numbers().find(d, [&](const Mention& m) { streamed.push_back(m); });
    BOOST_TEST_REQUIRE(streamed.size() == want.size());
    for (std::size_t i = 0; i < streamed.size(); ++i) same(streamed[i], want[i]);
  }
}

BOOST_AUTO_TEST_CASE(an_exception_from_the_callback_ends_the_scan) {
  const std::string t = wrapped_report(600000, 9);
  const Document d = pipeline().segmenter().segment(t, Level::sentence);
  std::size_t seen = 0;
  BOOST_CHECK_THROW(pipeline().numbers().find(d,
                                              [&](const Mention&) {
                                                if (++seen == 5) throw std::runtime_error("stop");
                                              }),
                    std::runtime_error);
  BOOST_TEST(seen == 5u);
}
