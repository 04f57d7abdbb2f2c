// The HTML reader: entities, breaks, scripts and page furniture, declared
// charsets, deep nesting.
#define BOOST_TEST_MODULE read_html
#include <boost/test/unit_test.hpp>

#include <string>

#include "io_test_support.h"
#include "mubiao/read.h"

using namespace mubiao;

namespace {

std::string page_text(const std::string& html) {
  ReadOptions o;
  o.format = InputFormat::html;
  return read_bytes(html, o).text;
}

}  // namespace

BOOST_AUTO_TEST_CASE(entities_are_decoded_and_blocks_break_lines) {
  const std::string t = page_text(
      "<html><body><h2>一、目标</h2><p>地区生产总值增长5.5&#37;左右&nbsp;，"
      "居民收入&lt;同步&gt;增长。</p><p>第一行<br>第二行<br/>第三行</p></body></html>");
  BOOST_TEST(
      t ==
      "一、目标\n\n地区生产总值增长5.5%左右，居民收入<同步>增长。\n\n第一行\n第二行\n第三行\n");
}

BOOST_AUTO_TEST_CASE(whitespace_collapses_and_vanishes_between_chinese) {
  BOOST_TEST(page_text("<p>增长\n    5%，  GDP   growth</p>") == "增长5%，GDP growth\n");
}

BOOST_AUTO_TEST_CASE(table_cells_are_set_apart_by_a_space_only_between_latin_text) {
  // A cell starts with a space: kept between Latin or digits, dropped next
  // to Chinese, as whitespace is elsewhere.
  BOOST_TEST(page_text("<table><tr><td>GDP</td><td>5.5%</td></tr></table>") == "GDP 5.5%\n");
  BOOST_TEST(page_text("<table><tr><th>指标</th><th>目标</th></tr></table>") == "指标目标\n");
}

BOOST_AUTO_TEST_CASE(scripts_styles_and_furniture_are_dropped) {
  const std::string t = page_text(
      "<html><head><title>标题2024</title><style>p{x:1}</style></head><body>"
      "<div class=\"topNav\"><a href=/>首页</a><a>机构 2024</a></div>"
      "<div class=\"crumb\">当前位置：首页 &gt; 政务公开</div>"
      "<script>var growth = '增长9%';</script>"
      "<div class=\"article-content\"><p>城镇新增就业10万人。</p><p>粮食产量稳定在60亿斤。</p>"
      "<p style=\"display: none\">隐藏的增长8%</p></div>"
      "<div class=\"bshare-custom\">分享到：微信</div>"
      "<p>【打印本页】【关闭窗口】</p>"
      "<footer>网站标识码1400000001 晋ICP备05001234号 电话：0351-4040000</footer>"
      "</body></html>");
  BOOST_TEST(t == "城镇新增就业10万人。\n\n粮食产量稳定在60亿斤。\n");
}

BOOST_AUTO_TEST_CASE(the_declared_charset_is_honoured) {
  const std::string html =
      "<html><head><meta charset=\"gbk\"></head><body><p>增长6%</p></body></html>";
  ReadResult r = read_bytes(test::iconv_from_utf8(html, "GBK"));
  BOOST_TEST((r.format == InputFormat::html));
  BOOST_TEST(r.encoding == "GB18030");
  BOOST_TEST(r.text == "增长6%\n");
  const std::string http_equiv =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
      "</head><body>粮食</body></html>";
  BOOST_TEST(read_bytes(test::iconv_from_utf8(http_equiv, "GB2312")).text == "粮食\n");
  // A page that lies about its charset is detected instead, with a warning.
  const std::string lying = "<html><head><meta charset=utf-8></head><body>增长</body></html>";
  ReadResult l = read_bytes(test::iconv_from_utf8(lying, "GB18030"));
  BOOST_TEST(l.text == "增长\n");
  BOOST_TEST(!l.warnings.empty());
}

BOOST_AUTO_TEST_CASE(deep_nesting_is_read_in_linear_time) {
  // 100 000 nested elements of three kinds; the ctest TIMEOUT guards time.
  for (const std::string tag : {"div", "b", "span"}) {
    std::string html = "<html><body>";
    for (int i = 0; i < 100000; ++i) html += "<" + tag + ">";
    html += "增长5%";
    for (int i = 0; i < 100000; ++i) html += "</" + tag + ">";
    ReadOptions o;
    ReadResult r = read_bytes(html, o);
    BOOST_TEST(r.text == "增长5%\n");
    BOOST_TEST(!r.warnings.empty());
  }
}

BOOST_AUTO_TEST_CASE(pages_are_sniffed) {
  BOOST_TEST((read_bytes("<!DOCTYPE html><p>a</p>").format == InputFormat::html));
  BOOST_TEST((read_bytes("  <!-- x --><HTML><body>a</body>").format == InputFormat::html));
  BOOST_TEST((read_bytes("a < b").format == InputFormat::text));
  ReadOptions o;
  o.name = "page.htm";
  BOOST_TEST((read_bytes("<p>a</p>", o).format == InputFormat::html));
}
