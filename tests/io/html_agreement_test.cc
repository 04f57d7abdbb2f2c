// Reports published as web pages: each shared report is wrapped in our own
// government-site templates (tests/io/templates: menus, breadcrumbs, share and
// print bars, footers with ICP and phone numbers, entities, <br>-separated
// lines, a GB2312-declared page) and read back. The records must agree with
// those of the text (F1 >= 0.98) and no line may come from the template.
#define BOOST_TEST_MODULE html_agreement
#include <boost/test/unit_test.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include "agreement.h"
#include "io_test_support.h"
#include "mubiao/read.h"

namespace fs = std::filesystem;
using namespace mubiao;

namespace {

std::vector<fs::path> reports() {
  std::vector<fs::path> out = test::shared_reports();
  std::vector<fs::path> city;
  for (const auto& e : fs::directory_iterator(test::shared_dir() / "corpus" / "city2024"))
    if (e.path().extension() == ".txt") city.push_back(e.path());
  std::sort(city.begin(), city.end());
  out.insert(out.end(), city.begin(), city.end());
  return out;
}

// The non-blank lines of a text: its paragraphs.
std::vector<std::string> paragraphs(const std::string& text) {
  std::vector<std::string> out;
  for (std::string_view line : test::lines_of(text))
    if (line.find_first_not_of(" \t") != std::string_view::npos) out.emplace_back(line);
  return out;
}

// HTML-escapes a paragraph, spelling some characters as entities the way
// site editors do.
std::string escape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '%')
      out += "&#37;";
    else if (s.compare(i, 3, "“") == 0) {
      out += "&ldquo;";
      i += 2;
    } else if (s.compare(i, 3, "”") == 0) {
      out += "&rdquo;";
      i += 2;
    } else
      out += c;
  }
  return out;
}

// s without whitespace: HTML collapses it, so lines are compared without.
std::string squeeze(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n') continue;
    if (s.compare(i, 3, "\u3000") == 0) {
      i += 2;
      continue;
    }
    if (s.compare(i, 2, "\u00A0") == 0) {
      i += 1;
      continue;
    }
    out += s[i];
  }
  return out;
}

std::string fill(std::string page, const std::string& title, const std::string& body) {
  page.replace(page.find("{{TITLE}}"), 9, title);
  page.replace(page.find("{{TITLE}}"), 9, title);
  page.replace(page.find("{{BODY}}"), 8, body);
  return page;
}

struct Template {
  const char* file;
  bool br_lines;  // paragraphs as <br>-separated lines instead of <p>
  bool gb18030;   // the page is encoded as its meta tag says (gb2312, read as GB18030)
};

}  // namespace

BOOST_AUTO_TEST_CASE(pages_agree_with_their_text) {
  test::require_shared("corpus/city2024");
  const Template templates[] = {{"portal.html", false, false}, {"legacy_gbk.html", true, true}};
  const Pipeline pipeline;
  for (const Template& t : templates) {
    const std::string shell = test::read_file(fs::path(MUBIAO_IO_TEST_DIR) / "templates" / t.file);
    test::Agreement agreement;
    int leaked_lines = 0, pages = 0;
    for (const fs::path& report : reports()) {
      const std::string text = test::read_file(report);
      const auto paras = paragraphs(text);
      std::string body;
      for (const std::string& p : paras)
        body += t.br_lines ? "&nbsp;&nbsp;&nbsp;&nbsp;" + escape(p) + "<br />\n"
                           : "<p style=\"text-indent:2em\">" + escape(p) + "</p>\n";
      std::string page = fill(shell, report.stem().string(), body);
      if (t.gb18030) page = test::iconv_from_utf8(page, "GB18030");
      ReadResult r = read_bytes(page);
      BOOST_TEST_REQUIRE((r.format == InputFormat::html));
      ++pages;
      // Every line read must be a line of the report: nothing from the template.
      const std::string squeezed = squeeze(text);
      for (const std::string& line : paragraphs(r.text)) {
        if (squeezed.find(squeeze(line)) == std::string::npos) {
          if (++leaked_lines <= 5)
            BOOST_TEST_MESSAGE(t.file << " " << report.filename()
                                      << ": not in the report: " << line.substr(0, 120));
        }
      }
      agreement.add(test::record_keys(pipeline, text), test::record_keys(pipeline, r.text));
    }
    std::printf(
        "%s: %d pages, records %ld expected, %ld read, %ld matched, F1 %.4f, %d lines "
        "not in the report\n",
        t.file, pages, agreement.expected, agreement.found, agreement.matched, agreement.f1(),
        leaked_lines);
    BOOST_TEST(agreement.f1() >= 0.98, t.file << " F1 " << agreement.f1());
    BOOST_TEST(leaked_lines == 0, t.file);
  }
}
