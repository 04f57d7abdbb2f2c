// The .docx reader: paragraphs in order, generated list numbers, text boxes,
// deleted text, and the ZIP files that are not Word documents.
#define BOOST_TEST_MODULE read_docx
#include <boost/test/unit_test.hpp>

#include <string>

#include "mubiao/read.h"
#include "zip_writer.h"

using namespace mubiao;

namespace {

std::string para(const std::string& text, const std::string& props = "") {
  return "<w:p>" + (props.empty() ? "" : "<w:pPr>" + props + "</w:pPr>") + "<w:r><w:t>" + text +
         "</w:t></w:r></w:p>";
}

std::string numbered(int num, int level) {
  return "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" +
         std::to_string(num) + "\"/></w:numPr>";
}

std::string message_of(const std::string& bytes) {
  try {
    read_bytes(bytes);
  } catch (const ReadError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

BOOST_AUTO_TEST_CASE(paragraphs_runs_breaks_and_tables) {
  const std::string body =
      "<w:p><w:r><w:t>地区生产总值</w:t></w:r><w:r><w:t "
      "xml:space=\"preserve\">增长5%</w:t></w:r></w:p>"
      "<w:p/>"
      "<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>"
      "<w:p><w:r><w:del><w:r><w:delText>删除的</w:delText></w:r></w:del><w:t>保留&amp;</w:t></"
      "w:r></w:p>"
      "<w:tbl><w:tr><w:tc>" +
      para("单元格") + "</w:tc></w:tr></w:tbl>";
  ReadResult r = read_bytes(test::make_docx(body));
  BOOST_TEST((r.format == InputFormat::docx));
  BOOST_TEST(r.text == "地区生产总值增长5%\n\n第一行\n第二行\n\n保留&\n\n单元格\n");
}

BOOST_AUTO_TEST_CASE(list_numbers_are_generated_as_word_shows_them) {
  const std::string numbering =
      "<w:abstractNum w:abstractNumId=\"0\">"
      "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText "
      "w:val=\"%1、\"/></w:lvl>"
      "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText "
      "w:val=\"（%2）\"/></w:lvl>"
      "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText "
      "w:val=\"%3.\"/></w:lvl>"
      "</w:abstractNum>"
      "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/>"
      "<w:lvlText w:val=\"\xEF\x82\xB7\"/></w:lvl></w:abstractNum>"
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
      "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>";
  const std::string styles = "<w:style w:type=\"paragraph\" w:styleId=\"H1\"><w:pPr>" +
                             numbered(1, 0) + "</w:pPr></w:style>";
  std::string body;
  body += para("过去一年工作回顾", "<w:pStyle w:val=\"H1\"/>");
  body += para("经济运行", numbered(1, 1));
  body += para("增长5%", numbered(1, 2));
  body += para("增长6%", numbered(1, 2));
  body += para("改革开放", numbered(1, 1));
  body += para("项目", numbered(2, 0));
  for (int i = 0; i < 10; ++i) body += para("工作", "<w:pStyle w:val=\"H1\"/>");
  const std::string t = read_bytes(test::make_docx(body, numbering, styles)).text;
  BOOST_TEST(t.rfind("一、过去一年工作回顾\n\n（一）经济运行\n\n1.增长5%\n\n2.增长6%"
                     "\n\n（二）改革开放\n\n项目\n\n二、工作",
                     0) == 0,
             t);
  BOOST_TEST(t.find("十一、工作") != std::string::npos, t);
  BOOST_TEST(t.find("十、工作") != std::string::npos, t);
}

BOOST_AUTO_TEST_CASE(text_boxes_are_read_once) {
  const std::string box =
      "<w:p><w:r><mc:AlternateContent "
      "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
      "<mc:Choice><w:txbxContent>" +
      para("框内") +
      "</w:txbxContent></mc:Choice>"
      "<mc:Fallback><w:txbxContent>" +
      para("框内") +
      "</w:txbxContent></mc:Fallback>"
      "</mc:AlternateContent></w:r><w:r><w:t>框外</w:t></w:r></w:p>";
  BOOST_TEST(read_bytes(test::make_docx(box)).text == "框内\n\n框外\n");
}

BOOST_AUTO_TEST_CASE(zip_files_that_are_not_word_documents_are_named) {
  BOOST_TEST(message_of(test::make_zip({{"xl/workbook.xml", "<x/>"}})).find("Excel") !=
             std::string::npos);
  BOOST_TEST(message_of(test::make_zip({{"a.txt", "x"}})).find("ZIP archive") != std::string::npos);
  BOOST_TEST(message_of(test::make_zip({{"mimetype", "x"}, {"content.xml", "<x/>"}}))
                 .find("OpenDocument") != std::string::npos);
}
