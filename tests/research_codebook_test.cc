// The indicator codebook (lib/data/codebook.tsv): one case per code family,
// the table's own consistency, and the research fields that Pipeline::targets
// sets (code, real, headline, strive, upside).
#define BOOST_TEST_MODULE research_codebook
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "mubiao/pipeline.h"
#include "mubiao/research.h"
#include "research/headline.h"
#include "test_support.h"

namespace {

using mubiao::indicator_code;

const mubiao::Pipeline& pipeline() {
  static const mubiao::Pipeline p;
  return p;
}

}  // namespace

BOOST_AUTO_TEST_CASE(table_is_consistent) {
  const auto& book = mubiao::codebook();
  BOOST_TEST(book.size() >= 60u);
  std::set<std::string> codes, phrases;
  const std::set<std::string> kinds = {"output",     "industry",    "investment",  "consumption",
                                       "trade",      "fiscal",      "prices",      "labour",
                                       "income",     "agriculture", "environment", "energy",
                                       "innovation", "enterprise",  "social",      "finance"};
  for (const auto& e : book) {
    BOOST_TEST_CONTEXT(e.code) {
      BOOST_TEST(codes.insert(e.code).second);  // codes are unique
      BOOST_TEST(kinds.count(e.kind) == 1u);
      BOOST_TEST((e.basis == "real" || e.basis == "nominal" || e.basis == "-"));
      BOOST_TEST((e.better == "up" || e.better == "down"));
      BOOST_TEST(!e.name_zh.empty());
      BOOST_TEST(!e.name_en.empty());
      BOOST_TEST(!e.phrases.empty());
      for (const auto& p : e.phrases) BOOST_TEST(phrases.insert(p).second, p << " twice");
      // Its own Chinese name maps to the code.
      BOOST_TEST(indicator_code(e.name_zh) == e.code);
    }
  }
  BOOST_TEST(mubiao::codebook_entry("gdp") != nullptr);
  BOOST_TEST(mubiao::codebook_entry("no_such_code") == nullptr);
}

// One case per family: the phrasings reports use, and the neighbours that
// must not be confused (the longest phrase wins).
BOOST_AUTO_TEST_CASE(family_output) {
  BOOST_TEST(indicator_code("地区生产总值") == "gdp");
  BOOST_TEST(indicator_code("国内生产总值") == "gdp");
  BOOST_TEST(indicator_code("全市生产总值") == "gdp");
  BOOST_TEST(indicator_code("ＧＤＰ") == "gdp");
  BOOST_TEST(indicator_code("经济") == "gdp");
  BOOST_TEST(indicator_code("经济运行") == "");  // "=经济" is the whole word only
  BOOST_TEST(indicator_code("人均地区生产总值") == "gdp_per_capita");
  BOOST_TEST(indicator_code("服务业增加值") == "va_tertiary");
}
BOOST_AUTO_TEST_CASE(family_industry) {
  BOOST_TEST(indicator_code("规模以上工业增加值") == "industrial_va");
  BOOST_TEST(indicator_code("规上工业增加值") == "industrial_va");
  BOOST_TEST(indicator_code("建筑业总产值") == "construction_output");
}
BOOST_AUTO_TEST_CASE(family_investment) {
  BOOST_TEST(indicator_code("固定资产投资") == "fai");
  BOOST_TEST(indicator_code("全社会固定资产投资") == "fai");
  BOOST_TEST(indicator_code("工业投资") == "industrial_investment");
  BOOST_TEST(indicator_code("民间投资") == "private_investment");
}
BOOST_AUTO_TEST_CASE(family_consumption_and_trade) {
  BOOST_TEST(indicator_code("社会消费品零售总额") == "retail_sales");
  BOOST_TEST(indicator_code("外贸进出口总额") == "trade");
  BOOST_TEST(indicator_code("进出口") == "trade");
  BOOST_TEST(indicator_code("出口") == "exports");
  BOOST_TEST(indicator_code("实际使用外资") == "fdi");
  BOOST_TEST(indicator_code("实际利用外资") == "fdi");
}
BOOST_AUTO_TEST_CASE(family_fiscal) {
  BOOST_TEST(indicator_code("一般公共预算收入") == "budget_revenue");
  BOOST_TEST(indicator_code("地方一般公共预算收入") == "budget_revenue");
  BOOST_TEST(indicator_code("赤字率") == "deficit_ratio");
  BOOST_TEST(indicator_code("地方政府专项债券") == "special_bonds");
}
BOOST_AUTO_TEST_CASE(family_prices_and_labour) {
  BOOST_TEST(indicator_code("居民消费价格") == "cpi");
  BOOST_TEST(indicator_code("居民消费价格指数") == "cpi");
  BOOST_TEST(indicator_code("城镇调查失业率") == "unemployment_surveyed");
  BOOST_TEST(indicator_code("城镇调查失业率平") == "unemployment_surveyed");
  BOOST_TEST(indicator_code("城镇登记失业率") == "unemployment_registered");
  BOOST_TEST(indicator_code("城镇新增就业") == "new_urban_jobs");
}
BOOST_AUTO_TEST_CASE(family_income) {
  BOOST_TEST(indicator_code("居民人均可支配收入") == "income_per_capita");
  BOOST_TEST(indicator_code("城镇居民人均可支配收入") == "income_urban");
  BOOST_TEST(indicator_code("农村居民人均可支配收入") == "income_rural");
  BOOST_TEST(indicator_code("城乡居民人均可支配收入") == "income_urban_rural");
}
BOOST_AUTO_TEST_CASE(family_agriculture) {
  BOOST_TEST(indicator_code("粮食产量") == "grain_output");
  BOOST_TEST(indicator_code("粮食播种面积") == "grain_area");
  BOOST_TEST(indicator_code("高标准农田") == "farmland");
}
BOOST_AUTO_TEST_CASE(family_environment_and_energy) {
  BOOST_TEST(indicator_code("细颗粒物年均浓度") == "pm25");
  BOOST_TEST(indicator_code("PM2.5平均浓度") == "pm25");
  BOOST_TEST(indicator_code("空气质量优良天数比例") == "good_air_days");
  BOOST_TEST(indicator_code("单位国内生产总值能耗") == "energy_intensity");
  BOOST_TEST(indicator_code("单位地区生产总值二氧化碳排放") == "carbon_intensity");
  BOOST_TEST(indicator_code("森林覆盖率") == "forest_coverage");
}
BOOST_AUTO_TEST_CASE(family_innovation_and_enterprise) {
  BOOST_TEST(indicator_code("研究与试验发展经费投入强度") == "rd_intensity");
  BOOST_TEST(indicator_code("研发投入") == "rd_spending");
  BOOST_TEST(indicator_code("高新技术企业") == "hightech_firms");
  BOOST_TEST(indicator_code("技术合同成交额") == "tech_contracts");
  BOOST_TEST(indicator_code("新登记经营主体") == "market_entities");
}
BOOST_AUTO_TEST_CASE(family_social_and_finance) {
  BOOST_TEST(indicator_code("常住人口城镇化率") == "urbanisation");
  BOOST_TEST(indicator_code("城镇老旧小区") == "old_housing");
  BOOST_TEST(indicator_code("贷款余额") == "loans");
  BOOST_TEST(indicator_code("文化强市") == "");
}

BOOST_AUTO_TEST_CASE(statements_carry_code_real_headline_strive_upside) {
  const std::string text =
      "一、2021年工作回顾\n"
      "全市地区生产总值实际增长7.5%，达到5121.6亿元。\n"
      "二、2022年工作安排\n"
      "今年经济社会发展的主要预期目标是：地区生产总值增长7%、力争实现7.5%，"
      "在实际工作中努力争取更好结果；城镇调查失业率5.5%左右；"
      "居民消费价格涨幅3%左右。\n"
      "新建5G基站3000个。\n";
  const auto st = pipeline().targets(text);
  std::map<std::string, const mubiao::Statement*> first;
  for (const auto& s : st) first.emplace(s.code + (s.headline ? "+" : "-"), &s);
  BOOST_TEST_REQUIRE(first.count("gdp-") == 1u);
  BOOST_TEST(first["gdp-"]->real);
  BOOST_TEST_REQUIRE(first.count("gdp+") == 1u);
  const auto& gdp = *first["gdp+"];
  BOOST_TEST(!gdp.real);
  BOOST_TEST(*gdp.value == 7.0);
  BOOST_TEST_REQUIRE(gdp.strive.has_value());
  BOOST_TEST(*gdp.strive == 7.5);
  BOOST_TEST(first.count("unemployment_surveyed+") == 1u);
  BOOST_TEST(!first["unemployment_surveyed+"]->upside);
  BOOST_TEST(first.count("cpi+") == 1u);
  BOOST_TEST(first.count("digital_infrastructure-") == 1u);  // after the passage
  // The upside clause follows the 7.5 record: it is the last figure before it.
  bool upside = false;
  for (const auto& s : st) upside = upside || (s.code == "gdp" && s.upside);
  BOOST_TEST(upside);
}

BOOST_AUTO_TEST_CASE(headline_passage_named_by_a_heading_line) {
  const std::string text =
      "二、2022年工作安排\n（一）主要目标\n地区生产总值增长6%以上。\n"
      "（二）重点工作\n新建学校10所。\n";
  const auto st = pipeline().targets(text);
  BOOST_TEST_REQUIRE(st.size() == 2u);
  BOOST_TEST(st[0].headline);
  BOOST_TEST(st[0].code == "gdp");
  BOOST_TEST(!st[1].headline);
}

BOOST_AUTO_TEST_CASE(no_passage_without_a_link) {
  // 完成主要目标任务 names no passage.
  const std::string text = "过去一年，全面完成主要目标任务，地区生产总值增长5%。\n";
  for (const auto& s : pipeline().targets(text)) BOOST_TEST(!s.headline);
}

BOOST_AUTO_TEST_CASE(a_document_of_other_text_gives_the_same_records) {
  // Pipeline::targets(text, doc) with a Document of other text (here an
  // empty one) segments text anew; every field, the headline flag and the
  // period included, must be what targets(text) gives.
  const std::string text =
      "一、2023年工作回顾\n\n全年地区生产总值增长5%。\n\n二、2024年工作安排\n\n"
      "今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，"
      "城镇调查失业率控制在5.5%以内。\n";
  const auto whole = pipeline().targets(text);
  const auto given = pipeline().targets(text, mubiao::Document{});
  BOOST_REQUIRE_EQUAL(whole.size(), given.size());
  BOOST_REQUIRE(!whole.empty());
  for (std::size_t i = 0; i < whole.size(); ++i) {
    BOOST_TEST(whole[i].indicator == given[i].indicator);
    BOOST_TEST(whole[i].headline == given[i].headline);
    BOOST_TEST(whole[i].horizon == given[i].horizon);
    BOOST_TEST(whole[i].code == given[i].code);
  }
}

// annotate looks each indicator of a report up once and keeps its code:
// compared with indicator_code on random lists of statements whose
// indicators repeat (in and out of order), differ only in width, case or
// quotes, or are empty.
BOOST_AUTO_TEST_CASE(annotate_gives_each_statement_its_indicators_code) {
  std::vector<std::string> names = {"",
                                    "地区生产总值",
                                    "ＧＤＰ",
                                    "gdp",
                                    "GDP",
                                    "“专精特新”企业",
                                    "专精特新企业",
                                    "粮食产量",
                                    "粮食",
                                    "PM2.5",
                                    "ＰＭ２.５平均浓度",
                                    "城镇新增就业",
                                    "研发经费投入强度",
                                    "甲乙丙"};
  for (const mubiao::CodebookEntry& e : mubiao::codebook())
    for (const std::string& p : e.phrases) names.push_back(p[0] == '=' ? p.substr(1) : p);
  const std::string text(64, 'x');
  const mubiao::Document doc = mubiao::test::segmenter().segment(text);
  std::mt19937 rng(5);
  std::size_t coded = 0;
  for (int round = 0; round < 200; ++round) {
    std::vector<mubiao::Statement> statements(1 + rng() % 300);
    for (mubiao::Statement& s : statements) {
      s.indicator = names[rng() % (rng() % 4 ? 12 : names.size())];
      s.span = mubiao::Span{0, 1};
    }
    mubiao::annotate(text, doc, statements);
    for (const mubiao::Statement& s : statements) {
      BOOST_TEST_REQUIRE(s.code == indicator_code(s.indicator), s.indicator);
      coded += !s.code.empty();
    }
  }
  BOOST_TEST(coded > 10000u);
}

namespace {

bool in_any(const std::vector<mubiao::Span>& spans, std::size_t pos) {
  for (const mubiao::Span& s : spans)
    if (s.start <= pos && pos < s.end) return true;
  return false;
}

}  // namespace

// annotate asks the headline passages of its statements' starts only, and
// the paragraphs whose passages could hold none of them are not read: on
// random reports of headline cues, links, lead-ins, figures, blank lines
// and indents, every offset asked is in a passage of the restricted
// reading exactly when it is in one of the whole reading.
BOOST_AUTO_TEST_CASE(headline_passages_of_the_offsets_asked_agree_with_the_whole_reading) {
  const std::vector<std::string> pieces = {"主要预期目标",
                                           "主要目标",
                                           "是",
                                           "：",
                                           "为",
                                           "综合考虑各方面因素",
                                           "增长6%",
                                           "左右",
                                           "，",
                                           "。",
                                           "；",
                                           "\n",
                                           "\n\n",
                                           "　　",
                                           " ",
                                           "工作",
                                           "实现上述目标，必须",
                                           "8万人",
                                           "（一）",
                                           "\n（二）主要目标\n",
                                           "预期目标"};
  std::mt19937 rng(17);
  std::size_t asked_in = 0, asked_out = 0, restricted_fewer = 0;
  for (int round = 0; round < 400; ++round) {
    const std::string t = mubiao::test::random_concat(rng, pieces, 20 + rng() % 200);
    const mubiao::Document d = mubiao::test::segmenter().segment(t);
    const std::vector<mubiao::Span> whole = mubiao::research::headline_passages(t, d);
    std::vector<std::size_t> asked;
    const std::size_t n = rng() % 8;
    for (std::size_t k = 0; k < n; ++k) asked.push_back(rng() % (t.size() + 1));
    std::sort(asked.begin(), asked.end());
    const std::vector<mubiao::Span> part = mubiao::research::headline_passages(t, d, asked);
    restricted_fewer += part.size() < whole.size();
    for (std::size_t x : asked) {
      BOOST_TEST_REQUIRE(in_any(part, x) == in_any(whole, x), "offset " << x << " of " << t);
      (in_any(whole, x) ? asked_in : asked_out) += 1;
    }
  }
  BOOST_TEST(asked_in > 100u);
  BOOST_TEST(asked_out > 100u);
  BOOST_TEST(restricted_fewer > 20u);
}
