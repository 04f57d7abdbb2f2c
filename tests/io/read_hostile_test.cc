// Hostile files for the readers: each ends in a clear error (or a correct
// result) in bounded time and memory. Time is guarded by the ctest TIMEOUT,
// memory by the peak resident size at the end.
#define BOOST_TEST_MODULE read_hostile
#include <boost/test/unit_test.hpp>

#include <sys/resource.h>

#include <string>

#include "io_test_support.h"
#include "mubiao/read.h"
#include "zip_writer.h"

using namespace mubiao;

namespace {

struct Outcome {
  bool ok = false;
  ReadError::Reason reason = ReadError::Reason::corrupt;
  std::string message;
};

Outcome read(const std::string& bytes, const ReadOptions& o = {}) {
  Outcome out;
  try {
    read_bytes(bytes, o);
    out.ok = true;
  } catch (const ReadError& e) {
    out.reason = e.reason();
    out.message = e.what();
  }
  return out;
}

// A PDF whose objects are listed at the given offsets.
std::string pdf(const std::vector<std::string>& objects, bool good_xref) {
  std::string out = "%PDF-1.4\n";
  std::vector<std::size_t> at;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    at.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t a : at) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", good_xref ? a : a + 7777);
    out += line;
  }
  out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(good_xref ? xref : xref + 12345) +
         "\n%%EOF\n";
  return out;
}

const std::string kPage =
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
    "/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>";
const std::string kContent =
    "<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 700 Td (growth 5%) Tj ET\nendstream";

}  // namespace

BOOST_AUTO_TEST_CASE(zip_bomb) {
  // 64 MB of one character deflates to about 64 KB; the reader stops at
  // the limit without inflating the rest.
  const std::string filler(64u << 20, ' ');
  const std::string bomb =
      test::make_zip({{"word/document.xml", "<w:document xmlns:w=\"w\">" + filler}});
  BOOST_TEST(bomb.size() < (2u << 20));
  ReadOptions o;
  o.max_text_bytes = 8u << 20;
  Outcome r = read(bomb, o);
  BOOST_TEST(!r.ok);
  BOOST_TEST((r.reason == ReadError::Reason::too_large));
  BOOST_TEST(r.message.find("zip bomb") != std::string::npos, r.message);
}

BOOST_AUTO_TEST_CASE(truncated_zip) {
  const std::string docx = test::make_docx("<w:p><w:r><w:t>增长5%</w:t></w:r></w:p>");
  for (std::size_t keep : {docx.size() / 2, docx.size() - 10, std::size_t{30}, std::size_t{4}}) {
    Outcome r = read(docx.substr(0, keep));
    BOOST_TEST(!r.ok, keep);
    BOOST_TEST(r.message.find("damaged or truncated") != std::string::npos,
               keep << ": " << r.message);
  }
}

BOOST_AUTO_TEST_CASE(xml_entity_expansion) {
  const std::string laughs =
      "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
      "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
      "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
      "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
      "<!ENTITY lol9 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>"
      "<w:document "
      "xmlns:w=\"w\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>";
  Outcome r = read(test::make_zip({{"word/document.xml", laughs}}));
  BOOST_TEST(!r.ok);
  BOOST_TEST(r.message.find("entity expansion is refused") != std::string::npos, r.message);
}

BOOST_AUTO_TEST_CASE(nested_html) {
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div><font>";
  html += "增长5%";
  Outcome r = read(html);
  BOOST_TEST(r.ok, r.message);
}

BOOST_AUTO_TEST_CASE(corrupt_pdf_xref) {
  const std::vector<std::string> objects = {"<< /Type /Catalog /Pages 2 0 R >>",
                                            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", kPage,
                                            kContent};
  Outcome good = read(pdf(objects, true));
  BOOST_TEST(good.ok, good.message);
  // Wrong offsets everywhere: poppler rebuilds the table or the reader says
  // the file is damaged; either way no crash and a message.
  Outcome bad = read(pdf(objects, false));
  BOOST_TEST((bad.ok || bad.reason == ReadError::Reason::corrupt), bad.message);
  Outcome truncated = read(pdf(objects, true).substr(0, 200));
  BOOST_TEST((truncated.ok || !truncated.message.empty()));
  Outcome garbage = read("%PDF-1.7\n" + std::string(5000, '\x9c'));
  BOOST_TEST(!garbage.ok);
  BOOST_TEST(!garbage.message.empty());
}

BOOST_AUTO_TEST_CASE(a_100000_page_pdf) {
  // Pages inherit their size from the page tree: 100 000 small objects.
  std::string kids;
  std::vector<std::string> objects = {"<< /Type /Catalog /Pages 2 0 R >>", ""};
  for (int i = 0; i < 100000; ++i) {
    kids += std::to_string(i + 3) + " 0 R ";
    objects.push_back("<< /Type /Page /Parent 2 0 R >>");
  }
  objects[1] = "<< /Type /Pages /MediaBox [0 0 612 792] /Kids [" + kids + "] /Count 100000 >>";
  Outcome r = read(pdf(objects, true));
  BOOST_TEST(!r.ok);
  BOOST_TEST((r.reason == ReadError::Reason::too_large));
  BOOST_TEST(r.message.find("100000 pages") != std::string::npos, r.message);
}

BOOST_AUTO_TEST_CASE(memory_stayed_bounded) {
  struct rusage u;
  getrusage(RUSAGE_SELF, &u);
  // The zip bomb's own 64 MB filler is the largest thing this test makes.
  BOOST_TEST(u.ru_maxrss < 400L * 1024, "peak " << u.ru_maxrss << " KiB");
}
