#define BOOST_TEST_MODULE numbers_recognizer
#include <boost/test/unit_test.hpp>

// The number recognizer, form by form (issue 3), plus hostile input.

#include <cmath>
#include <string>
#include <vector>

#include "mubiao/numbers.h"

namespace {

using mubiao::Mention;
using mubiao::NumberKind;
using mubiao::Qualifier;

const mubiao::NumberRecognizer& rec() {
  static const mubiao::NumberRecognizer r;
  return r;
}

// The only mention in text (fails the test when there is not exactly one).
Mention one(const std::string& text) {
  std::vector<Mention> ms = rec().find(text);
  BOOST_REQUIRE_MESSAGE(ms.size() == 1, text << ": " << ms.size() << " mentions");
  return ms[0];
}

void expect(const std::string& text, const std::string& span, NumberKind kind,
            const std::string& exact, const std::string& unit = "", Qualifier q = Qualifier::none) {
  BOOST_TEST_CONTEXT(text) {
    Mention m = one(text);
    BOOST_TEST(std::string(m.span.of(text)) == span);
    BOOST_TEST(mubiao::number_kind_name(m.kind) == mubiao::number_kind_name(kind));
    BOOST_TEST(m.exact == exact);
    BOOST_TEST(m.unit == unit);
    BOOST_TEST(mubiao::qualifier_name(m.qualifier) == mubiao::qualifier_name(q));
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(arabic_chinese_and_mixed_numerals) {
  expect("共55992名", "55992名", NumberKind::cardinal, "55992", "名");
  expect("1,100万", "1,100万", NumberKind::cardinal, "11000000");
  expect("一百二十三", "一百二十三", NumberKind::cardinal, "123");
  expect("两千", "两千", NumberKind::cardinal, "2000");
  expect("三万五千", "三万五千", NumberKind::cardinal, "35000");
  expect("十二", "十二", NumberKind::cardinal, "12");
  expect("廿", "廿", NumberKind::cardinal, "20");
  expect("卅三", "卅三", NumberKind::cardinal, "33");
  expect("壹佰贰拾叁", "壹佰贰拾叁", NumberKind::cardinal, "123");
  expect("１２３．５", "１２３．５", NumberKind::decimal, "123.5");
  expect("1.3万", "1.3万", NumberKind::cardinal, "13000");
  expect("5.66万亿", "5.66万亿", NumberKind::cardinal, "5660000000000");
  expect("1.4万亿斤", "1.4万亿斤", NumberKind::cardinal, "1400000000000", "斤");
  expect("三点五", "三点五", NumberKind::decimal, "3.5");
}

BOOST_AUTO_TEST_CASE(magnitudes) {
  expect("十万零一千", "十万零一千", NumberKind::cardinal, "101000");
  expect("13万2", "13万2", NumberKind::cardinal, "132000");
  expect("两千五", "两千五", NumberKind::cardinal, "2500");
  expect("三亿五千万", "三亿五千万", NumberKind::cardinal, "350000000");
  expect("二十万亿", "二十万亿", NumberKind::cardinal, "20000000000000");
  expect("一百零五", "一百零五", NumberKind::cardinal, "105");
  expect("300亿元", "300亿元", NumberKind::cardinal, "30000000000", "元");
  expect("46万亩", "46万亩", NumberKind::cardinal, "460000", "亩");
  // Precision: beyond double's 15-16 digits, exact stays exact.
  expect("123456789012345678901234567890", "123456789012345678901234567890", NumberKind::cardinal,
         "123456789012345678901234567890");
  expect("9.87654321012345亿", "9.87654321012345亿", NumberKind::decimal, "987654321.012345");
}

BOOST_AUTO_TEST_CASE(approximate_and_vague_ranges) {
  Mention a = one("十几万");
  BOOST_TEST(a.approximate);
  BOOST_TEST(a.exact == "100000");
  Mention r = one("三四十万人");
  BOOST_TEST(mubiao::number_kind_name(r.kind) == std::string("range"));
  BOOST_TEST(r.exact == "300000");
  BOOST_TEST(r.exact_upper == "400000");
  BOOST_TEST(r.approximate);
  BOOST_TEST(r.unit == "人");
}

BOOST_AUTO_TEST_CASE(qualifiers) {
  expect("1.3万余个", "1.3万余个", NumberKind::cardinal, "13000", "个", Qualifier::over);
  expect("100多家", "100多家", NumberKind::cardinal, "100", "家", Qualifier::over);
  expect("80%左右", "80%左右", NumberKind::percent, "80", "%", Qualifier::about);
  expect("约100人", "约100人", NumberKind::cardinal, "100", "人", Qualifier::about);
  expect("近5年", "近5年", NumberKind::duration, "5", "年", Qualifier::nearly);
  expect("90%以上", "90%以上", NumberKind::percent, "90", "%", Qualifier::at_least);
  expect("3岁以下", "3岁以下", NumberKind::cardinal, "3", "岁", Qualifier::at_most);
  expect("30公里以内", "30公里以内", NumberKind::cardinal, "30", "公里", Qualifier::at_most);
  expect("不低于55%", "不低于55%", NumberKind::percent, "55", "%", Qualifier::at_least);
  expect("不少于10家", "不少于10家", NumberKind::cardinal, "10", "家", Qualifier::at_least);
  expect("不超过3%", "不超过3%", NumberKind::percent, "3", "%", Qualifier::at_most);
  expect("超过1000亿元", "超过1000亿元", NumberKind::cardinal, "100000000000", "元",
         Qualifier::over);
  expect("3千多万", "3千多万", NumberKind::cardinal, "30000000", "", Qualifier::over);
}

BOOST_AUTO_TEST_CASE(percent_fraction_multiple) {
  expect("增长7.5%", "7.5%", NumberKind::percent, "7.5", "%");
  expect("５％", "５％", NumberKind::percent, "5", "%");
  expect("百分之五十", "百分之五十", NumberKind::percent, "50", "%");
  expect("百分之百", "百分之百", NumberKind::percent, "100", "%");
  expect("千分之三", "千分之三", NumberKind::percent, "0.3", "%");
  expect("高8个百分点", "8个百分点", NumberKind::points, "8", "百分点");
  expect("三分之一", "三分之一", NumberKind::fraction, "0.333333333333333");
  expect("翻一番", "翻一番", NumberKind::multiple, "2", "倍");
  expect("翻两番", "翻两番", NumberKind::multiple, "4", "倍");
  expect("实现翻番", "翻番", NumberKind::multiple, "2", "倍");
  expect("七成", "七成", NumberKind::percent, "70", "%");
}

BOOST_AUTO_TEST_CASE(ranges_and_products) {
  Mention a = one("2至3年");
  BOOST_TEST(mubiao::number_kind_name(a.kind) == std::string("range"));
  BOOST_TEST(a.exact == "2");
  BOOST_TEST(a.exact_upper == "3");
  BOOST_TEST(a.unit == "年");
  Mention b = one("增长6%－6.5%");
  BOOST_TEST(std::string(b.span.of("增长6%－6.5%")) == "6%－6.5%");
  BOOST_TEST(b.exact == "6");
  BOOST_TEST(b.exact_upper == "6.5");
  BOOST_TEST(b.unit == "%");
  Mention c = one("4.5%—5%");
  BOOST_TEST(c.exact_upper == "5");
  Mention d = one("5~10");
  BOOST_TEST(d.exact == "5");
  BOOST_TEST(d.exact_upper == "10");
  Mention e = one("2至3万");
  BOOST_TEST(e.exact == "20000");
  BOOST_TEST(e.exact_upper == "30000");
  expect("2×100万千瓦", "2×100万千瓦", NumberKind::cardinal, "2000000", "千瓦");
}

BOOST_AUTO_TEST_CASE(ordinals_and_time_words) {
  expect("第十二次", "第十二次", NumberKind::ordinal, "12", "次");
  expect("党的二十大精神", "二十大", NumberKind::ordinal, "20", "大");
  expect("“十四五”规划", "十四五", NumberKind::ordinal, "14");
  expect("2022年", "2022年", NumberKind::year, "2022", "年");
  expect("二〇二四年", "二〇二四年", NumberKind::year, "2024", "年");
  expect("3月份", "3月份", NumberKind::month, "3", "月份");
  expect("三季度", "三季度", NumberKind::quarter, "3", "季度");
  expect("两年内", "两年内", NumberKind::duration, "2", "年", Qualifier::at_most);
  expect("未来五年", "五年", NumberKind::duration, "5", "年");
  std::vector<Mention> md = rec().find("12月31日");
  BOOST_REQUIRE_EQUAL(md.size(), 2u);
  BOOST_TEST((md[0].kind == NumberKind::month));
  BOOST_TEST((md[1].kind == NumberKind::day));
  BOOST_TEST(md[1].exact == "31");
}

BOOST_AUTO_TEST_CASE(units_fold_magnitudes) {
  expect("1.5万美元", "1.5万美元", NumberKind::cardinal, "15000", "美元");
  expect("35微克/立方米", "35微克/立方米", NumberKind::cardinal, "35", "微克/立方米");
  expect("5万余人次", "5万余人次", NumberKind::cardinal, "50000", "人次", Qualifier::over);
  expect("149.73公里", "149.73公里", NumberKind::decimal, "149.73", "公里");
  expect("3千米", "3千米", NumberKind::cardinal, "3", "千米");
  expect("向万亿元迈进", "万亿元", NumberKind::cardinal, "1000000000000", "元");
}

BOOST_AUTO_TEST_CASE(spelled_round_numbers_before_a_unit_of_measure) {
  // A round 百万/千亿 with no digit is a quantity before a unit of measure
  // (number_units.tsv role measure) that ends its phrase, or at a threshold.
  expect("突破千亿元，", "千亿元", NumberKind::cardinal, "100000000000", "元");
  expect("稳定在千万亩以上", "千万亩以上", NumberKind::cardinal, "10000000", "亩",
         Qualifier::at_least);
  expect("年到发旅客突破千万人次。", "千万人次", NumberKind::cardinal, "10000000", "人次");
  expect("迈上百亿斤台阶", "百亿斤", NumberKind::cardinal, "10000000000", "斤");
  expect("跨越千亿台阶", "千亿", NumberKind::cardinal, "100000000000");
  expect("产值率先突破千亿。", "千亿", NumberKind::cardinal, "100000000000");
  // Before a counter, a noun or a quotation it names a class or a programme.
  for (const char* s : {"实施百亿项目", "千万市民", "百万家庭", "迈入千亿县", "千亿元级产业",
                        "千亿斤粮食产能提升行动", "百万亩“吨半粮”示范区", "千亿立方米产能基地",
                        "“千万工程”", "百亿级产业集群", "千亿产业"})
    BOOST_TEST(rec().find(s).empty(), s);
}

BOOST_AUTO_TEST_CASE(non_numbers_stay_out) {
  for (const char* s :
       {"一些", "一体化", "统一", "一带一路", "5G建设", "劣Ⅴ类", "进一步", "一批项目", "“四治”一体",
        "三次产业", "“两山”理论", "“六稳”“六保”", "第一方阵"}) {
    std::vector<Mention> ms = rec().find(s);
    bool only_ordinal = true;
    for (const Mention& m : ms) only_ordinal = only_ordinal && m.kind == NumberKind::ordinal;
    BOOST_TEST((ms.empty() || (std::string(s) == "第一方阵" && only_ordinal)), s);
  }
  BOOST_TEST(rec().find("PM2.5浓度").empty());
  BOOST_TEST(rec().find("12345政务服务便民热线").empty());
  BOOST_TEST(rec().find("一、总体要求").empty());
  BOOST_TEST(rec().find("（二）坚定转型").empty());
}

BOOST_AUTO_TEST_CASE(malformed_and_overflow) {
  // 1..2万: no number has two points; 1 and 2万 are read apart, never 1.2万.
  for (const Mention& m : rec().find("1..2万")) BOOST_TEST(m.exact != "12000");
  BOOST_TEST(rec().find("万万万").empty());
  BOOST_TEST(rec().find("").empty());
  // Too large for a double: no value, flagged, never inf/NaN.
  std::string huge(400, '9');
  Mention h = one(huge);
  BOOST_TEST(!h.representable);
  BOOST_TEST(h.value == 0);
  BOOST_TEST(h.exact.empty());
  Mention big = one("9999999.5万亿");
  BOOST_TEST(big.representable);
  BOOST_TEST(big.exact == "9999999500000000000");
  BOOST_CHECK_THROW(rec().find(std::string("12\xFF")), mubiao::InvalidUtf8);
}

BOOST_AUTO_TEST_CASE(boundaries) {
  std::string s = "5%";
  Mention a = one(s);
  BOOST_TEST(a.span.start == 0u);
  BOOST_TEST(a.span.end == s.size());
  s = "增长5";
  Mention b = one(s);
  BOOST_TEST(b.span.end == s.size());
  // find(text, range) stays inside the range, offsets relative to text.
  std::string t = "前有12个，后有34个";
  std::vector<Mention> ms = rec().find(t, mubiao::Span{t.find("后"), t.size()});
  BOOST_REQUIRE_EQUAL(ms.size(), 1u);
  BOOST_TEST(std::string(ms[0].span.of(t)) == "34个");
  std::vector<Mention> cut = rec().find(t, mubiao::Span{0, t.find("个")});
  BOOST_REQUIRE_EQUAL(cut.size(), 1u);
  BOOST_TEST(std::string(cut[0].span.of(t)) == "12");
}

BOOST_AUTO_TEST_CASE(linear_time_on_hostile_runs) {
  // Sizes that a quadratic path could not finish within the ctest TIMEOUT;
  // no timing here (performance is measured in bench/).
  auto in_bounds = [](const std::string& s) {
    std::vector<Mention> ms = rec().find(s);
    std::size_t last = 0;
    for (const Mention& m : ms) {
      if (m.span.start < last || m.span.end > s.size()) return false;
      last = m.span.end;
    }
    return true;
  };
  std::string ones, mags, digits, mixed;
  for (int i = 0; i < 200000; ++i) ones += "一";
  for (int i = 0; i < 100000; ++i) mags += "万亿";
  digits.assign(600000, '7');
  for (int i = 0; i < 100000; ++i) mixed += "三百万零五千亿，";
  BOOST_TEST(in_bounds(ones));
  BOOST_TEST(in_bounds(mags));
  BOOST_TEST(in_bounds(digits));
  BOOST_TEST(in_bounds(mixed));
}

BOOST_AUTO_TEST_CASE(normalize_maps_offsets) {
  std::string in = "增长百分之五，新增1.3万余个，第十二次";
  mubiao::Normalized n = mubiao::normalize(rec(), in);
  BOOST_TEST(n.text == "增长5%，新增13000余个，第12次");
  BOOST_REQUIRE_EQUAL(n.source.size(), n.text.size() + 1);
  std::size_t at = n.text.find("13000");
  mubiao::Span back = n.input_span(mubiao::Span{at, at + 5});
  BOOST_TEST(back.start == in.find("1.3万"));
  BOOST_TEST(n.source.back() == in.size());
  mubiao::Normalized same = mubiao::normalize(rec(), "没有数字");
  BOOST_TEST(same.text == "没有数字");
}

BOOST_AUTO_TEST_CASE(vague_pairs_anywhere) {
  Mention a = one("十五六");
  BOOST_TEST(a.exact == "15");
  BOOST_TEST(a.exact_upper == "16");
  Mention b = one("一万六七");
  BOOST_TEST(b.exact == "16000");
  BOOST_TEST(b.exact_upper == "17000");
  Mention c = one("七百三四十分钟");
  BOOST_TEST(c.exact == "730");
  BOOST_TEST(c.exact_upper == "740");
  BOOST_TEST(c.unit == "分钟");
  Mention d = one("两三年");
  BOOST_TEST(d.exact == "2");
  BOOST_TEST(d.exact_upper == "3");
  // A digit string glued after a unit is not 10 + 56.
  for (const Mention& m : rec().find("十五六")) BOOST_TEST(m.exact != "66");
}

BOOST_AUTO_TEST_CASE(comparison_bounds) {
  Mention a = one("大于10小于20");
  BOOST_TEST(mubiao::number_kind_name(a.kind) == std::string("range"));
  BOOST_TEST(a.exact == "10");
  BOOST_TEST(a.exact_upper == "20");
  Mention b = one("1000以上，1500以下");
  BOOST_TEST(b.exact_upper == "1500");
  // Different units are two statements, not one range.
  BOOST_TEST(rec().find("降到35微克/立方米以下，300天以上").size() == 2u);
  // Upper below lower: two bounds.
  BOOST_TEST(rec().find("大于50小于12").size() == 2u);
  expect("位于20和30之间", "20和30之间", NumberKind::range, "20");
}

BOOST_AUTO_TEST_CASE(money_halves_names_and_dates) {
  expect("玖仟陆佰陆拾伍圆壹角捌分", "玖仟陆佰陆拾伍圆壹角捌分", NumberKind::decimal, "9665.18",
         "圆");
  expect("超过一半", "超过一半", NumberKind::fraction, "0.5", "", Qualifier::over);
  BOOST_TEST(rec().find("自贸区3.0版谈判").empty());
  expect("嫦娥四号", "四号", NumberKind::ordinal, "4", "号");
  BOOST_TEST(rec().find("一二三次产业").empty());
  BOOST_TEST(rec().find("3个万亿级产业").size() == 1u);
  std::vector<Mention> d = rec().find("时间：2026-02-09");
  BOOST_REQUIRE_EQUAL(d.size(), 1u);
  BOOST_TEST(d[0].exact == "2026");
  expect("二十点一万", "二十点一万", NumberKind::cardinal, "201000");
  expect("百分之负三点八", "百分之负三点八", NumberKind::percent, "-3.8", "%");
}

BOOST_AUTO_TEST_CASE(random_numeral_soup_keeps_invariants) {
  // Strings drawn from numeral characters, units, qualifiers and
  // punctuation: every mention must be in order, inside the text, on
  // character boundaries, with a finite value and an exact form when
  // representable.
  const std::vector<std::string> pieces = {
      "一",   "二", "两", "三", "十",   "百",     "千", "万", "亿", "零", "〇", "点", "几", "余",
      "多",   "第", "翻", "番", "分之", "百分之", "%",  "％", "个", "年", "月", "日", "元", "左右",
      "以上", "至", "-",  "—",  "~",    "×",      "/",  "1",  "0",  "9",  ".",  ",",  "５", "．",
      " ",    "，", "“",  "”",  "负",   "又",     "半", "k",  "G",  "e",  "成", "折"};
  unsigned seed = 12345;
  auto next = [&]() { return seed = seed * 1103515245u + 12345u; };
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    int n = 1 + static_cast<int>(next() % 24);
    for (int i = 0; i < n; ++i) s += pieces[(next() >> 8) % pieces.size()];
    std::vector<Mention> ms = rec().find(s);
    std::size_t last_end = 0;
    for (const Mention& m : ms) {
      BOOST_TEST_CONTEXT(s) {
        BOOST_TEST(m.span.start >= last_end);
        BOOST_TEST(m.span.start < m.span.end);
        BOOST_TEST(m.span.end <= s.size());
        BOOST_TEST(
            (m.span.end == s.size() || (static_cast<unsigned char>(s[m.span.end]) & 0xC0) != 0x80));
        BOOST_TEST(std::isfinite(m.value));
        BOOST_TEST((!m.representable || !m.exact.empty()));
        if (m.upper) BOOST_TEST(std::isfinite(*m.upper));
      }
      last_end = m.span.end;
    }
    mubiao::Normalized norm = mubiao::normalize(rec(), s);
    BOOST_TEST(norm.source.size() == norm.text.size() + 1);
  }
}

BOOST_AUTO_TEST_CASE(ranges_are_clamped_to_characters) {
  std::string t = "共12个项目";
  // Past the end: clamped. Inside a character: moved to the next boundary.
  BOOST_TEST(rec().find(t, mubiao::Span{0, 1000}).size() == 1u);
  BOOST_TEST(rec().find(t, mubiao::Span{1, t.size()}).size() == 1u);
  BOOST_TEST(rec().find(t, mubiao::Span{5, 2}).empty());
}

BOOST_AUTO_TEST_CASE(enumeration_markers_only_open_lines) {
  std::vector<Mention> a = rec().find("总量连续迈上4万亿、5万亿两个台阶");
  BOOST_REQUIRE_EQUAL(a.size(), 3u);
  BOOST_TEST(a[0].exact == "4000000000000");
  BOOST_TEST(a[1].exact == "5000000000000");
  BOOST_TEST(a[2].exact == "2");
  BOOST_TEST(a[2].unit == "个");
  BOOST_TEST(rec().find("推进5、6月份工作").size() == 2u);
  BOOST_TEST(rec().find("\n1、加强\n2、推进").empty());
}

BOOST_AUTO_TEST_CASE(no_unbounded_recursion_on_repeated_forms) {
  auto repeat = [](const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
  };
  // Each of these would nest one read inside the next if reads recursed
  // freely; they must finish, in order, without exhausting the stack.
  for (const std::string& s : {repeat("负", 300000) + "1", repeat("三又", 200000) + "三分之一",
                               repeat("大于1小于2", 100000), repeat("-", 300000) + "5",
                               repeat("第", 300000) + "一", repeat("百分之", 200000) + "五"}) {
    std::vector<Mention> ms = rec().find(s);
    std::size_t last = 0;
    for (const Mention& m : ms) {
      BOOST_TEST(m.span.start >= last);
      last = m.span.end;
    }
  }
  // Negation still works one level down.
  expect("负3.9%", "负3.9%", NumberKind::percent, "-3.9", "%");
}

BOOST_AUTO_TEST_CASE(rates_keep_their_denominator) {
  expect("劳动生产率达58万元/人", "58万元/人", NumberKind::cardinal, "580000", "元/人");
  expect("3000元／吨", "3000元／吨", NumberKind::cardinal, "3000", "元/吨");
}

BOOST_AUTO_TEST_CASE(prefix_words_that_are_not_qualifiers) {
  expect("最近3年", "3年", NumberKind::duration, "3", "年");
  expect("签约100个项目", "100个", NumberKind::cardinal, "100", "个");
  expect("近3年", "近3年", NumberKind::duration, "3", "年", Qualifier::nearly);
}

namespace {

// The spans of every mention in text, with their exact values: "三份=3 一=1".
std::string spans(const std::string& text) {
  std::string out;
  for (const Mention& m : rec().find(text))
    out += (out.empty() ? "" : " ") + std::string(m.span.of(text)) + "=" + m.exact;
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(fractions_without_zhi) {
  // Cantonese X份Y = Y/X, between two whole numerals standing alone.
  expect("二份一", "二份一", NumberKind::fraction, "0.5");
  expect("十份十一", "十份十一", NumberKind::fraction, "1.1");
  expect("占三份一，其余", "三份一", NumberKind::fraction, "0.333333333333333");
  expect("4份3", "4份3", NumberKind::fraction, "0.75");
  // X分Y only as the fraction of a whole after 又; X份Y there too.
  expect("一又十分一", "一又十分一", NumberKind::fraction, "1.1");
  expect("一又二份一", "一又二份一", NumberKind::fraction, "1.5");
  // 份 as a measure word and 十分 as "very" stay what they are.
  BOOST_TEST(spans("意见十分一致") == "");
  BOOST_TEST(spans("上下一又十分一致") == "");
  BOOST_TEST(spans("十分一") == "");
  BOOST_TEST(spans("印发三份文件") == "三份=3");
  BOOST_TEST(spans("形成一份报告") == "一份=1");
  BOOST_TEST(spans("这三份一样") == "三份=3");
  BOOST_TEST(spans("分成三份一份上交") == "三份=3 一份=1");
  BOOST_TEST(spans("共3份1页") == "3份=3 1=1");
  BOOST_TEST(spans("完成3份10%") == "3份=3 10%=10");
  BOOST_TEST(spans("零份一") == "零份=0 一=1");  // no zero denominator
  // A ratio, range or Arabic fraction after Y: 份 stays a measure word.
  for (const std::string text : {"3份1:1000", "3份1-2", "3份1/2", "三份一至二"})
    for (const Mention& m : rec().find(text))
      BOOST_TEST((m.kind != NumberKind::fraction || m.span.start > 0), text);
}

BOOST_AUTO_TEST_CASE(halves) {
  expect("1半", "1半", NumberKind::fraction, "0.5");
  expect("一半半", "一半半", NumberKind::fraction, "0.5");
  expect("超过1半", "超过1半", NumberKind::fraction, "0.5", "", Qualifier::over);
  // A half word never takes the head of an idiom.
  BOOST_TEST(spans("其中一半半导体企业") == "一半=0.5");
  BOOST_TEST(spans("增长11半").find("=0.5") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(pairs_count_pairs_and_dozens_items) {
  // 对/双 count pairs (Recognizers-Text, and reports: 结对帮扶120对); 打 is 12.
  BOOST_TEST(spans("结对帮扶120对") == "120对=120");
  BOOST_TEST(spans("三双") == "三双=3");
  BOOST_TEST(spans("五打") == "五打=60");
  BOOST_TEST(spans("对口支援三县") == "三县=3");
}

BOOST_AUTO_TEST_CASE(a_word_ending_in_fu_is_no_minus_sign) {
  // 负 before a number is a sign only when it stands alone (负3.9%); in 减负,
  // 担负, 辜负 it ends a word (number_idioms.tsv): 为企业减负230亿元 relieves
  // enterprises of 230亿元, it is not -230亿元.
  BOOST_TEST(spans("全年为企业减负230亿元以上") == "230亿元以上=23000000000");
  BOOST_TEST(spans("落实教师减负18条") == "18条=18");
  BOOST_TEST(spans("增速为负3.9%") == "负3.9%=-3.9");
  BOOST_TEST(spans("不辜负3000万人民") == "3000万人=30000000");
}
