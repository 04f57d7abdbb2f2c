#define BOOST_TEST_MODULE targets_eval
#include <boost/test/unit_test.hpp>

// Scores `Pipeline::targets` against the hand-made annotation of
// tests/data/targets (seed: every target statement; headline: the 主要预期目标
// paragraph of each corpus report). A system record matches a gold record
// when it comes from the same file, its span overlaps the gold evidence, its
// indicator is similar (bigram Dice >= 0.5 or containment) and its value is
// the same. Prints precision, recall, F1 and per-field accuracy; fails below
// the floors, which are what the extractor achieved when they were set, less
// a small margin. MUBIAO_EVAL_VERBOSE=1 lists misses and spurious records.

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>

#include "mubiao/pipeline.h"
#include "targets_gold.h"
#include "test_support.h"

using namespace mubiao;
using namespace mubiao::test;

namespace {

struct Score {
  std::size_t gold = 0, system = 0, matched = 0;
  std::size_t strict = 0;  // matched with comparator, unit and modality right
  std::size_t headline_gold = 0, headline_matched = 0;  // gold rows marked headline
  std::map<std::string, std::size_t> field_ok;
  double precision() const { return system ? double(matched) / system : 1; }
  double recall() const { return gold ? double(matched) / gold : 1; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  double strict_recall() const { return gold ? double(strict) / gold : 1; }
  double headline_recall() const {
    return headline_gold ? double(headline_matched) / headline_gold : 1;
  }
  double field(const std::string& f) const {
    auto it = field_ok.find(f);
    return matched ? double(it == field_ok.end() ? 0 : it->second) / matched : 1;
  }
  void add(const Score& o) {
    gold += o.gold;
    system += o.system;
    matched += o.matched;
    strict += o.strict;
    headline_gold += o.headline_gold;
    headline_matched += o.headline_matched;
    for (const auto& [k, v] : o.field_ok) field_ok[k] += v;
  }
};

bool overlaps(Span a, Span b) { return a.start < b.end && b.start < a.end; }

const Pipeline& pipeline() {
  static const Pipeline p;
  return p;
}

// The annotated part of `text`: everything, or [from, to) for a gold file with
// "# from:" / "# to:" lines.
Span annotated_part(const GoldFile& gold, const std::string& text, const std::string& file) {
  if (gold.part_from.empty()) return Span{0, text.size()};
  const std::size_t from = text.find(gold.part_from);
  BOOST_REQUIRE_MESSAGE(from != std::string::npos, file << ": part start not found");
  std::size_t to = text.size();
  if (!gold.part_to.empty()) {
    to = text.find(gold.part_to, from);
    BOOST_REQUIRE_MESSAGE(to != std::string::npos, file << ": part end not found");
  }
  return Span{from, to};
}

Score score_gold(const GoldFile& gold) {
  const bool verbose = std::getenv("MUBIAO_EVAL_VERBOSE") != nullptr;
  Score score;
  std::map<std::string, std::vector<const GoldRecord*>> by_file;
  for (const auto& g : gold.records) by_file[g.file].push_back(&g);
  for (const auto& [file, golds] : by_file) {
    const std::string text = read_file(shared_dir() / file);
    BOOST_REQUIRE_MESSAGE(!text.empty(), "cannot read " << file);
    const std::vector<Statement> sys = pipeline().targets(text);
    const Span part = annotated_part(gold, text, file);
    const bool part_scope = !gold.part_from.empty();
    std::vector<Span> evidence;
    for (const GoldRecord* g : golds) {
      std::size_t at = text.find(g->evidence, part.start);
      BOOST_REQUIRE_MESSAGE(at != std::string::npos && at < part.end,
                            file << ": evidence not found: " << g->evidence);
      evidence.push_back(Span{at, at + g->evidence.size()});
    }
    // System records in scope: targets of the whole file or of the annotated
    // part, or those that overlap an evidence snippet.
    std::vector<std::size_t> scope;
    for (std::size_t i = 0; i < sys.size(); ++i) {
      if (sys[i].stance != gold.stance) continue;
      bool in = gold.file_scope || (part_scope && overlaps(sys[i].span, part));
      for (Span e : evidence) in = in || overlaps(sys[i].span, e);
      if (in) scope.push_back(i);
    }
    score.system += scope.size();
    score.gold += golds.size();
    std::set<std::size_t> used;
    for (std::size_t k = 0; k < golds.size(); ++k) {
      const GoldRecord& g = *golds[k];
      score.headline_gold += g.headline;
      std::size_t best = sys.size();
      double best_sim = 0;
      for (std::size_t i : scope) {
        if (used.count(i) || !overlaps(sys[i].span, evidence[k])) continue;
        if (!same_value(sys[i].value, g.value)) continue;
        double sim = indicator_similarity(sys[i].indicator, g.indicator);
        if (sim >= 0.5 && sim > best_sim) {
          best = i;
          best_sim = sim;
        }
      }
      if (best == sys.size()) {
        if (verbose)
          std::printf("  MISS %s | %s %s\n", g.evidence.substr(0, 60).c_str(), g.indicator.c_str(),
                      g.value ? std::to_string(*g.value).c_str() : "null");
        continue;
      }
      used.insert(best);
      ++score.matched;
      score.headline_matched += g.headline;
      const Statement& s = sys[best];
      const bool cmp = g.comparator == comparator_name(s.comparator);
      const bool unit = g.unit == s.unit;
      const bool mod = g.modality == modality_name(s.modality);
      if (cmp && unit && mod) ++score.strict;
      score.field_ok["measure"] += g.measure == measure_name(s.measure);
      score.field_ok["comparator"] += cmp;
      score.field_ok["unit"] += unit;
      score.field_ok["modality"] += mod;
      score.field_ok["upper"] += same_value(g.upper, s.upper);
      score.field_ok["reference"] += g.reference == s.reference;
      if (verbose && !(cmp && unit && mod && g.measure == measure_name(s.measure)))
        std::printf("  FIELD %s: %s/%s %s/%s %s/%s %s/%s | %s [%s]\n", g.indicator.c_str(),
                    g.measure.c_str(), measure_name(s.measure), g.comparator.c_str(),
                    comparator_name(s.comparator), g.unit.c_str(), s.unit.c_str(),
                    g.modality.c_str(), modality_name(s.modality), g.evidence.c_str(),
                    s.rule.c_str());
    }
    if (verbose)
      for (std::size_t i : scope)
        if (!used.count(i))
          std::printf("  SPURIOUS %s | %s %s [%s]\n",
                      std::string(sys[i].span.of(text).substr(0, 60)).c_str(),
                      sys[i].indicator.c_str(), sys[i].exact.c_str(), sys[i].rule.c_str());
  }
  return score;
}

void print_score(const std::string& name, const Score& score) {
  std::printf(
      "%s: gold %zu, system %zu, matched %zu: P %.3f R %.3f F1 %.3f; "
      "recall with comparator+unit+modality %.3f\n",
      name.c_str(), score.gold, score.system, score.matched, score.precision(), score.recall(),
      score.f1(), score.strict_recall());
  std::printf(
      "  field accuracy on matches: measure %.3f comparator %.3f unit %.3f modality %.3f "
      "upper %.3f reference %.3f\n",
      score.field("measure"), score.field("comparator"), score.field("unit"),
      score.field("modality"), score.field("upper"), score.field("reference"));
}

Score evaluate(const std::string& gold_name) {
  const GoldFile gold = read_gold((test_data_dir() / "targets" / gold_name).string());
  BOOST_REQUIRE(!gold.records.empty());
  const Score score = score_gold(gold);
  print_score(gold_name, score);
  return score;
}

// Every city annotation of one batch (tests/data/targets/city/*.tsv with
// "# batch: NAME"), scored report by report; prints one row per report and
// returns the totals and the lowest per-report precision and recall.
struct CityScore {
  Score total;
  double min_precision = 1, min_recall = 1, min_headline_recall = 1;
  std::size_t reports = 0;
};

CityScore evaluate_city(const std::string& batch) {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(test_data_dir() / "targets" / "city"))
    if (e.path().extension() == ".tsv") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  CityScore out;
  std::printf(
      "city batch %s: report gold/system/matched P R | measure comparator unit modality | "
      "headline R\n",
      batch.c_str());
  for (const auto& f : files) {
    const GoldFile gold = read_gold(f.string());
    if (gold.batch != batch) continue;
    BOOST_REQUIRE(!gold.records.empty());
    const Score s = score_gold(gold);
    std::printf("  %s %zu/%zu/%zu P %.3f R %.3f | %.3f %.3f %.3f %.3f | %zu/%zu\n",
                f.stem().string().c_str(), s.gold, s.system, s.matched, s.precision(), s.recall(),
                s.field("measure"), s.field("comparator"), s.field("unit"), s.field("modality"),
                s.headline_matched, s.headline_gold);
    out.total.add(s);
    out.min_precision = std::min(out.min_precision, s.precision());
    out.min_recall = std::min(out.min_recall, s.recall());
    out.min_headline_recall = std::min(out.min_headline_recall, s.headline_recall());
    ++out.reports;
  }
  print_score("city batch " + batch, out.total);
  std::printf(
      "  headline recall %.3f (%zu/%zu); lowest per report: P %.3f R %.3f headline R %.3f\n",
      out.total.headline_recall(), out.total.headline_matched, out.total.headline_gold,
      out.min_precision, out.min_recall, out.min_headline_recall);
  return out;
}

// The floors of one city batch: what it achieved when they were set, less a
// small margin.
struct CityFloors {
  std::size_t reports;
  double precision, recall, headline_recall, measure;
};

CityScore check_city_batch(const std::string& batch, const CityFloors& f) {
  const CityScore c = evaluate_city(batch);
  BOOST_CHECK_EQUAL(c.reports, f.reports);
  BOOST_CHECK_GE(c.total.precision(), f.precision);
  BOOST_CHECK_GE(c.total.recall(), f.recall);
  BOOST_CHECK_GE(c.total.headline_recall(), f.headline_recall);
  BOOST_CHECK_GE(c.total.field("measure"), f.measure);
  return c;
}

}  // namespace

BOOST_AUTO_TEST_CASE(seed_all_target_statements) {
  require_shared("seed/taiyuan-2022-work-report.txt");
  const Score s = evaluate("seed.tsv");
  // Achieved when set: P 0.975 R 0.988 F1 0.981, strict recall 0.975.
  BOOST_CHECK_GE(s.f1(), 0.93);
  BOOST_CHECK_GE(s.precision(), 0.92);
  BOOST_CHECK_GE(s.recall(), 0.92);
  BOOST_CHECK_GE(s.strict_recall(), 0.90);
}

BOOST_AUTO_TEST_CASE(headline_targets_of_every_report) {
  require_shared("corpus");
  const Score s = evaluate("headline.tsv");
  // Achieved when set: P 1.000 R 1.000, strict recall 1.000, measure 1.000.
  BOOST_CHECK_GE(s.recall(), 0.95);
  BOOST_CHECK_GE(s.precision(), 0.95);
  BOOST_CHECK_GE(s.strict_recall(), 0.95);
  BOOST_CHECK_GE(s.field("measure"), 0.95);
}

BOOST_AUTO_TEST_CASE(held_out_task_paragraphs) {
  require_shared("corpus");
  // Shaanxi rows: F1 0.970 when first run, 1.000 after the rate-over-enumeration
  // rule. With the national 2024 rows: 0.824 when first run (比上年 made the
  // budget sentences achievements), 0.966 after the weak/strong stance cues
  // and the comparison-base rule. With the Guangdong rows: 28 of 29 on first
  // contact. With the national 2022 rows: 14 of 17 on first contact, one more
  // after the thin-frame rule; overall 0.960.
  const Score s = evaluate("heldout.tsv");
  BOOST_CHECK_GE(s.f1(), 0.92);
}

BOOST_AUTO_TEST_CASE(seed_review_achievements) {
  require_shared("seed/taiyuan-2022-work-report.txt");
  // Achieved when set: P 1.000 R 1.000 (0.977 / 0.977 when first run);
  // R 0.977 since the parts of a programme are no quantities (政府承诺的
  // 12件民生实事全部兑现 is annotated as an achievement).
  const Score s = evaluate("seed_review.tsv");
  BOOST_CHECK_GE(s.f1(), 0.92);
  BOOST_CHECK_GE(s.field("measure"), 0.85);
}

BOOST_AUTO_TEST_CASE(city_reports_first_batch) {
  require_shared("corpus/city2024");
  // The plan part of 15 city reports of 15 provinces, annotated before the
  // extractor's output for them was looked at (tests/data/targets/city).
  // First contact: 1101 statements (154 in headline passages), P 0.895 R 0.886,
  // headline recall 0.766; measure 0.768, comparator 0.992, unit 0.995,
  // modality 0.982 on matches; 遂宁 gave no target at all (its review and plan
  // parts are unnumbered lines, so the plan was read as achievements).
  // After the rules for city reports (benchmarks of lists, assigned targets,
  // thresholds in words, category thresholds, capacities, work-done verbs):
  // P 0.969 R 0.974, headline recall 1.000 (154/154), measure 0.882. After
  // the third round (facts before 的, programme parts, measured time, counts
  // with no verb as increments, values listed with their members, GDP):
  // P 0.977 R 0.984, measure 0.953, lowest report recall 0.967. After the
  // fourth round (spelled round numbers, 争创 and the scope of modality cues,
  // the heldout3 error kinds): P 0.978 R 0.985, measure 0.953, modality 0.984.
  // Session 5 (counts of what exists, policy items, bare money thresholds,
  // and city7's lists and benchmarks): P 0.982 R 0.986. Session 6 (city9:
  // sets that exist under 支持/推动, names and sizes, the indicator's head as
  // the measure): P 0.984 R 0.988, measure 0.953 -> 0.981.
  const CityScore c = check_city_batch("first", {15, 0.977, 0.98, 0.99, 0.97});
  BOOST_CHECK_GE(c.min_recall, 0.95);
  BOOST_CHECK_GE(c.total.field("comparator"), 0.98);
  BOOST_CHECK_GE(c.total.field("modality"), 0.975);
}

BOOST_AUTO_TEST_CASE(city_reports_held_out) {
  require_shared("corpus/city2024");
  // The plan part of 5 more city reports (5 more provinces), annotated
  // while the city rules were written and scored only once they were done.
  // First contact: 506 statements (50 headline), P 0.916 R 0.953, headline
  // recall 0.980 (49/50); measure 0.795, comparator 0.994, unit 0.994,
  // modality 0.979. After the third round: P 0.950 R 0.974, headline 50/50,
  // measure 0.921; after the fourth: P 0.952 R 0.978, measure 0.927; in
  // session 5: P 0.959 R 0.980.
  check_city_batch("heldout", {5, 0.955, 0.975, 0.99, 0.955});
}

BOOST_AUTO_TEST_CASE(city_reports_held_out_second) {
  require_shared("corpus/city2024");
  // The plan part of 5 more city reports (北京, 上海, 重庆: no municipality was
  // annotated before; 锡林郭勒 内蒙古, 牡丹江 黑龙江), annotated before the
  // extractor's output for them was looked at, after the rules of the first
  // two batches were done. First contact (per report in
  // tests/data/targets/city/README.md): 316 statements (35 headline), P 0.917
  // R 0.940, headline recall 0.886 (31/35); measure 0.875, comparator 0.997,
  // unit 1.000, modality 0.976. After the third round (whose rules saw these
  // reports' errors too): P 0.972 R 0.987, headline 35/35, measure 0.952;
  // after the fourth: P 0.975 R 0.991, measure 0.952.
  check_city_batch("heldout2", {5, 0.97, 0.985, 0.99, 0.955});
}

BOOST_AUTO_TEST_CASE(city_reports_held_out_third_a) {
  require_shared("corpus/city2024");
  // The plan part of 3 more city reports (深圳 广东, 赣州 江西, 甘孜 四川: a
  // sub-provincial city, a prefecture and an autonomous prefecture),
  // annotated before the extractor's output for them was looked at, after
  // the rules of main at 88addd5. First contact (per report in
  // tests/data/targets/city/README.md): 361 statements (25 headline), 361
  // records, 354 matched: P 0.981 R 0.981, headline recall 0.960 (24/25);
  // measure 0.932, comparator 0.994, unit 1.000, modality 0.989. No
  // annotation slip was found, so the corrected figures are the same.
  check_city_batch("heldout3a", {3, 0.99, 0.985, 0.95, 0.965});
}

BOOST_AUTO_TEST_CASE(city_gdp_growth_target_found) {
  require_shared("corpus/city2024");
  // The issue's own check: in how many city reports of 2024 is a growth target
  // for 地区生产总值 (or GDP) found with stance target.
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(shared_dir() / "corpus" / "city2024"))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::size_t found = 0;
  for (const auto& f : files) {
    const std::string text = read_file(f);
    bool hit = false;
    for (const Statement& s : pipeline().targets(text)) {
      const bool gdp = s.indicator.find("生产总值") != std::string::npos ||
                       s.indicator.find("GDP") != std::string::npos;
      const bool per_capita = s.indicator.find("人均") != std::string::npos ||
                              s.indicator.find("单位") != std::string::npos;
      if (s.stance == Stance::target && s.measure == Measure::growth && gdp && !per_capita &&
          s.value)
        hit = true;
    }
    found += hit;
    if (!hit && std::getenv("MUBIAO_EVAL_VERBOSE"))
      std::printf("  no GDP target: %s\n", f.filename().string().c_str());
  }
  std::printf("city2024: GDP growth target found in %zu of %zu reports\n", found, files.size());
  // 101 of 110 when first measured with this criterion (the issue counted
  // 102); 102 once 2024年总体目标和重点任务 opened a plan part; 106 with GDP
  // as an indicator, a rate after 百分点 kept a rate and 做好今年… opening a
  // plan after a lost heading; 107 since spelled round numbers before a unit
  // of measure or a threshold are read (潜江 跨越千亿台阶，增长7%以上). Left:
  // 日照 has no plan part, 资阳 高于全省平均水平 without a number; 108 since
  // 凉山's 增速“保8争9” is read (secure 8, strive for 9).
  BOOST_CHECK_GE(found, 108u);
}

BOOST_AUTO_TEST_CASE(city_reports_held_out_third_b) {
  require_shared("corpus/city2024");
  // The plan part of 3 more city reports (青岛 山东, 阳泉 山西, 宁波 浙江),
  // annotated before the extractor's output for them was looked at, with the
  // rules of main at 88addd5. First contact (per report in
  // tests/data/targets/city/README.md): 268 statements (29 headline), 267
  // records, 257 matched: P 0.963 R 0.959, headline recall 0.862 (25/29);
  // measure 0.969, comparator 0.984, unit 1.000, modality 0.996. With the one
  // annotation slip fixed (an indicator that left out the noun after its
  // number): 258 matched, P 0.966 R 0.963, headline 25/29.
  // After the fourth round: P 0.996 R 0.989; with the items of a policy put
  // in force (落实…, 支持民营经济发展23条) as background: P 1.000 R 0.989.
  // Session 6 (city8): 宁波's 保持全国占比份额 row removed as a guide change
  // (a share kept without a number is no row, as four other annotators read
  // it): 268 statements, P 1.000 R 0.996, headline 28/28.
  const CityScore c = check_city_batch("heldout3b", {3, 0.99, 0.985, 0.99, 0.98});
  BOOST_CHECK_GE(c.min_headline_recall, 0.97);
}

BOOST_AUTO_TEST_CASE(city_reports_held_out_fourth) {
  require_shared("corpus/city2024");
  // The plan part of 4 more city reports (武汉 湖北, 合肥 安徽, 玉林 广西, 黔东南
  // 贵州), annotated before any output for them was looked at and kept off
  // main until the rules of the fourth round were done; scored once, on main
  // at 805a117. First contact (per report in tests/data/targets/city/README.md):
  // 405 statements (39 headline), 419 records, 384 matched: P 0.916 R 0.948,
  // headline recall 0.897 (35/39); measure 0.969, comparator 0.992, unit
  // 1.000, modality 0.995. After the fourth round: P 0.922 R 0.960; with
  // counts of a set that exists as background (做强4个产业集群, 用好…等86个
  // 科普场馆): P 0.931 R 0.960; with quality classes as benchmarks (水质保持Ⅲ类,
  // the guide settled after scoring): P 0.931 R 0.968, headline 39/39; with
  // bounds after a count naming its noun (超230个50户以上木质房屋连片村寨): P
  // 0.938 R 0.973; with policy items and spelled classes (联动万家科创企业) as no
  // quantities: P 0.943 R 0.973; with bare money thresholds (引进50亿以上重大
  // 项目): P 0.947.
  check_city_batch("heldout4", {4, 0.96, 0.97, 0.97, 0.975});
}

BOOST_AUTO_TEST_CASE(city_reports_held_out_fifth) {
  require_shared("corpus/city2024");
  // The plan part of 4 more city reports (长沙 湖南, 苏州 江苏, 阿坝 四川, 菏泽
  // 山东), annotated and scored like the fourth round, on the same rules.
  // First contact: 314 statements (45 headline), 317 records, 301 matched:
  // P 0.950 R 0.959, headline recall 0.911 (41/45); measure 0.957, comparator
  // 0.993, unit 1.000, modality 1.000. After the fourth round: P 0.959 R
  // 0.971; with counts of a set that exists as background: P 0.968 R 0.971;
  // with quality classes as benchmarks: P 0.969 R 0.984, headline 45/45;
  // with policy items (支持民营经济发展31条, 工作要点40条) and spelled classes
  // (万家丽路) as no quantities: P 0.975 R 0.984; with sets taken as the means
  // (以9个省级化工园区为载体): P 0.978.
  check_city_batch("heldout5", {4, 0.975, 0.975, 0.97, 0.975});
}

BOOST_AUTO_TEST_CASE(city_reports_held_out_sixth) {
  require_shared("corpus/city2024");
  // The plan part of 12 more city reports (杭州 无锡 烟台 十堰; 遵义 柳州 南充
  // 郴州; 芜湖 宜春 潍坊 攀枝花), annotated by three annotators who wrote no
  // rules, kept off main and out of every corpus diff the rules' authors read
  // while the fifth round of rules was written; scored once, on main at
  // af89153 (per report in tests/data/targets/city/README.md). First contact,
  // no gold row changed: 1059 statements (113 headline), 1072 records, 1026
  // matched: P 0.957 R 0.969, headline recall 0.965 (109/113; 芜湖 5/9);
  // measure 0.946, comparator 0.999, unit 1.000, modality 0.995.
  // Session 6 (city8: 与经济增长相匹配, 完成省下达指标, 一半以上, 10000P, 水质
  // 目标, 达到考核要求): P 0.958 R 0.977, headline 113/113 (芜湖 9/9); with
  // lists (省级及以上, values after a comma given to the list before it, a
  // margin over a benchmark said of a list): P 0.962 R 0.985. With city9's
  // (sets that exist under 支持/推动/保障, names and sizes such as 220kV and
  // 万载, batches and list markers in indicators, the indicator's head as the
  // measure): P 0.980 R 0.990, measure 0.983.
  const CityScore c = check_city_batch("heldout6", {12, 0.97, 0.98, 0.99, 0.97});
  BOOST_CHECK_GE(c.min_headline_recall, 0.97);
}

BOOST_AUTO_TEST_CASE(city_reports_held_out_seventh) {
  require_shared("corpus/city2024");
  // The whole plan part of 12 more city reports (滨州 鄂州 泰州 百色; 眉山 湖州
  // 黄山 益阳; 黔南 淄博 荆门 广安) whose headline passages were in headline6a/b,
  // annotated by three annotators who wrote no rules and read a second time by
  // three more, kept off main and out of every corpus diff the rules' authors
  // read in session 6; scored once, on main at 950140c. First contact, no gold
  // row changed: 847 statements (100 headline), 840 records, 806 matched:
  // P 0.960 R 0.952, headline recall 1.000 (100/100); measure 0.973,
  // comparator 0.996, unit 1.000, modality 0.993.
  const CityScore c = check_city_batch("heldout7", {12, 0.955, 0.945, 0.99, 0.965});
  BOOST_CHECK_GE(c.min_headline_recall, 0.97);
}

BOOST_AUTO_TEST_CASE(city_headline_passages_a) {
  require_shared("corpus/city2024");
  // The headline passage (the 主要预期目标 paragraph, benchmark targets
  // included) of 29 more city reports (tests/data/targets/city/*.headline.tsv,
  // batch headline6a; per report in tests/data/targets/city/README.md),
  // annotated before any output for them was looked at (commit a57e861).
  // First contact, on main at ec8968d: 279 statements (58 benchmarks without
  // a number), 266 records, 265 matched: P 0.996 R 0.950, headline recall
  // 0.950 (265/279), 8 of 29 reports below 0.97; measure 0.981, comparator
  // 0.974, unit 1.000, modality 1.000. No annotation slip was found, so the
  // corrected figures are the same. 12 of the 14 misses are benchmarks.
  // Current (main at fd9504a, no rule change yet): the same. After the
  // headline rules of city7 (benchmark spellings 全省平均, GDP增速, 省定范围,
  // 目标范围; 分别 bounds; 万元 as a rate base; assigned targets as levels):
  // P 1.000 R 0.989, headline 276/279 (left: 保8争9, 完成年度任务), measure 0.996.
  // Session 6 (city8: 节能减排完成年度任务, “保8争9”, 跨越千亿台阶 gt): P 1.000
  // R 1.000, headline 279/279, comparator 1.000.
  const CityScore c = check_city_batch("headline6a", {23, 0.99, 0.99, 0.99, 0.98});
  BOOST_CHECK_GE(c.min_headline_recall, 0.97);
}

BOOST_AUTO_TEST_CASE(city_headline_passages_b) {
  require_shared("corpus/city2024");
  // The headline passage of 29 more city reports (batch headline6b; per report
  // in tests/data/targets/city/README.md), annotated before any output for
  // them was looked at (commit 3718f98). First contact, on main at ec8968d:
  // 284 statements (88 benchmarks without a number), 271 records, 270
  // matched: P 0.996 R 0.951, headline recall 0.951 (270/284), 10 of 29
  // reports below 0.97; measure 0.970, comparator 0.985, unit 1.000, modality
  // 1.000. No annotation slip was found, so the corrected figures are the
  // same. All 14 misses have no number (12 benchmarks, 2 与上年持平).
  // Current (main at 0305057): P R and headline recall the same, comparator
  // 0.996 (a trailing 左右 after a 分别 list now covers it). After the
  // headline rules of city7 (省均, 省控线, 在省控范围内, 与上年持平, 不高于,
  // long lists kept whole, margins in 百分点 as rates): P 0.996 R 0.989,
  // headline 281/284, measure 0.996.
  // Session 6 (city8: a bare 下降 takes the assigned benchmark of the next
  // clause; an item with a goal of its own is no member of a benchmark list):
  // P 1.000 R 1.000, headline 284/284.
  const CityScore c = check_city_batch("headline6b", {23, 0.99, 0.99, 0.99, 0.98});
  BOOST_CHECK_GE(c.min_headline_recall, 0.97);
}
