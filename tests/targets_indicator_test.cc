#define BOOST_TEST_MODULE targets_indicator
#include <boost/test/unit_test.hpp>

// Indicator phrases, counted nouns, measure cues and coordinated indicators
// (lib/targets/indicator.cc, coordination.cc).

#include <string>

#include "targets/coordination.h"
#include "targets/indicator.h"

using namespace mubiao;
using namespace mubiao::targets;

namespace {
const Cues& cues() { return Cues::builtin(); }
std::string before(const std::string& t) {
  return std::string(indicator_before(t, Span{0, t.size()}, cues()).of(t));
}
std::string after(const std::string& t) {
  return std::string(noun_after(t, Span{0, t.size()}, cues()).of(t));
}
std::vector<std::string> conj(const std::string& t) {
  std::vector<std::string> out;
  for (const auto& c : coordinated_indicators(t, Span{0, t.size()}, cues())) out.push_back(c.name);
  return out;
}
}  // namespace

BOOST_AUTO_TEST_CASE(frame_words_are_peeled) {
  BOOST_CHECK_EQUAL(before("全市各项招商引资指标均实现"), "招商引资指标");
  BOOST_CHECK_EQUAL(before("竞争性市属企业力争实现营业收入增长"), "营业收入");
  BOOST_CHECK_EQUAL(before("城镇调查失业率全年控制在"), "城镇调查失业率");
  BOOST_CHECK_EQUAL(before("工业总产值将冲击"), "工业总产值");
  BOOST_CHECK_EQUAL(before("城镇新增就业"), "城镇新增就业");  // 新增 is its own word here
  BOOST_CHECK_EQUAL(before("全年开发区规上工业增加值增长"), "开发区规上工业增加值");
  BOOST_CHECK_EQUAL(before("新建"), "");
  BOOST_CHECK_EQUAL(before("今年经济社会发展主要预期指标是：地区生产总值增长"), "地区生产总值");
}

BOOST_AUTO_TEST_CASE(counted_nouns) {
  BOOST_CHECK_EQUAL(after("院士工作站，"), "院士工作站");
  BOOST_CHECK_EQUAL(after("以上"), "");
  BOOST_CHECK_EQUAL(after("等政策"), "");
  BOOST_CHECK_EQUAL(after("叫得响、价值高、信誉好的品牌企业和产品"), "品牌企业和产品");
  BOOST_CHECK(ends_in_verb("多点布局开发", Span{0, 18}, cues()));
  BOOST_CHECK(!ends_in_verb("人均地区生产总值达到", Span{0, 30}, cues()));
}

BOOST_AUTO_TEST_CASE(measure_cues) {
  auto m = [](const std::string& t) {
    Hit h = measure_cue(t, cues());
    return h ? h.cue->value : std::string("none");
  };
  BOOST_CHECK_EQUAL(m("居民消费价格涨幅控制在"), "growth");  // a rate outranks a later level
  BOOST_CHECK_EQUAL(m("纳入培育库的企业达到"), "level");     // not 培育
  BOOST_CHECK_EQUAL(m("规上工业增加值"), "none");            // 增加值 is a word
  BOOST_CHECK_EQUAL(m("研发经费投入年均增长"), "avg_growth");
}

BOOST_AUTO_TEST_CASE(coordination_shares_heads) {
  BOOST_CHECK((conj("城镇和农村居民人均可支配收入") ==
               std::vector<std::string>{"城镇居民人均可支配收入", "农村居民人均可支配收入"}));
  // Short sector names in a list are written in full.
  BOOST_CHECK((conj("一产、二产、三产增加值") ==
               std::vector<std::string>{"第一产业增加值", "第二产业增加值", "第三产业增加值"}));
  BOOST_CHECK((conj("一、二、三产业增加值") ==
               std::vector<std::string>{"第一产业增加值", "第二产业增加值", "第三产业增加值"}));
  BOOST_CHECK((conj("三次产业") == std::vector<std::string>{"第一产业", "第二产业", "第三产业"}));
  // A name read alone is kept as written.
  BOOST_CHECK((conj("三产增加值") == std::vector<std::string>{"三产增加值"}));
  BOOST_CHECK((conj("绿化覆盖率、绿地率") == std::vector<std::string>{"绿化覆盖率", "绿地率"}));
  BOOST_CHECK((conj("高新技术、科技型中小企业数量") ==
               std::vector<std::string>{"高新技术企业数量", "科技型中小企业数量"}));
  BOOST_CHECK((conj("居民医保和基本公共卫生服务经费人均财政补助标准") ==
               std::vector<std::string>{"居民医保人均财政补助标准",
                                        "基本公共卫生服务经费人均财政补助标准"}));
  BOOST_CHECK((conj("地区生产总值") == std::vector<std::string>{"地区生产总值"}));
  BOOST_CHECK(conj("全市").empty());
}
