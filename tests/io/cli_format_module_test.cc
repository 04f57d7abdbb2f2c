// The command line's format module (examples/cli/format_module.h): UTF-8
// text in, JSON or CSV out loads none of the format libraries (nor ICU, nor
// the module); every other input loads the module and reads as before; a
// missing module is named with the file and where it was looked for; the
// install layout is found. What a run loaded is glibc's account of it
// (LD_DEBUG=files), robust to how the libraries are named or versioned.
#define BOOST_TEST_MODULE cli_format_module
#include <boost/test/unit_test.hpp>

#include <cstdio>
#include <filesystem>
#include <string>

#include "io_test_support.h"
#include "zip_writer.h"

using namespace mubiao::test;
namespace fs = std::filesystem;

namespace {

const std::string kReport = "今年地区生产总值增长5.5%左右，城镇新增就业10万人以上。\n";

struct Loaded {
  CliRun run;
  std::string files;  // the dynamic loader's trace: one line per object opened
};

// Runs `cli ARGS` with the loader's trace of the objects it opens.
Loaded run_traced(const fs::path& cli, const std::string& args) {
  const fs::path out = io_temp_dir() / "traced.out", err = io_temp_dir() / "traced.err",
                 trace = io_temp_dir() / "trace";
  for (const auto& e : fs::directory_iterator(io_temp_dir()))
    if (e.path().filename().string().rfind("trace.", 0) == 0) fs::remove(e.path());
  const std::string cmd = "LD_DEBUG=files LD_DEBUG_OUTPUT='" + trace.string() + "' '" +
                          cli.string() + "' " + args + " </dev/null >'" + out.string() + "' 2>'" +
                          err.string() + "'";
  Loaded l;
  const int s = std::system(cmd.c_str());
  l.run.status = WIFEXITED(s) ? WEXITSTATUS(s) : -1;
  l.run.out = read_file(out);
  l.run.err = read_file(err);
  for (const auto& e : fs::directory_iterator(io_temp_dir()))  // trace.PID
    if (e.path().filename().string().rfind("trace.", 0) == 0) l.files += read_file(e.path());
  return l;
}

// Whether the trace names a format library, ICU or the module.
std::string format_library_in(const std::string& files) {
  for (const char* lib : {"libmubiao_formats", "libpoppler", "libzip", "libexpat", "libgumbo",
                          "libxlsxwriter", "libreadstat", "libicu", "libpugixml"})
    if (files.find(lib) != std::string::npos) return lib;
  return "";
}

// The loader's trace works here (glibc): a .docx run shows the module.
void skip_without_trace() {
  const auto docx = write_temp_file("probe.docx", make_docx("<w:p><w:r><w:t>x</w:t></w:r></w:p>"));
  if (run_traced(MUBIAO_CLI, "text '" + docx.string() + "'").files.find("libmubiao_formats") ==
      std::string::npos) {
    std::printf("SKIPPED: no LD_DEBUG trace of dlopen (not glibc?)\n");
    std::exit(77);
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(utf8_text_loads_no_format_library) {
  skip_without_trace();
  const auto txt = write_temp_file("r.txt", kReport);
  for (const std::string args : {"numbers", "targets", "targets --format csv", "segment", "text"}) {
    Loaded l = run_traced(MUBIAO_CLI, args + " '" + txt.string() + "'");
    BOOST_TEST(l.run.status == 0);
    BOOST_TEST(!l.run.out.empty());
    BOOST_TEST(!l.files.empty());
    BOOST_TEST(format_library_in(l.files) == "", args << " loaded " << format_library_in(l.files));
  }
}

BOOST_AUTO_TEST_CASE(other_inputs_load_the_module_and_read_as_before) {
  skip_without_trace();
  const std::string body =
      "<w:p><w:r><w:t>" + kReport.substr(0, kReport.size() - 1) + "</w:t></w:r></w:p>";
  const fs::path inputs[] = {
      write_temp_file("gb.txt", iconv_from_utf8(kReport, "GB18030")),
      write_temp_file("u16.txt", iconv_from_utf8(kReport, "UTF-16")),  // with a BOM
      write_temp_file("p.html", "<html><body><p>" + kReport + "</p></body></html>"),
      write_temp_file("r.docx", make_docx(body)),
  };
  for (const fs::path& in : inputs) {
    Loaded l = run_traced(MUBIAO_CLI, "text '" + in.string() + "'");
    BOOST_TEST(l.run.status == 0, in << ": " << l.run.err);
    BOOST_TEST(l.run.out == kReport, in);
    BOOST_TEST(l.files.find("libmubiao_formats") != std::string::npos, in);
  }
}

BOOST_AUTO_TEST_CASE(a_missing_module_is_named_with_the_file) {
  const fs::path dir = io_temp_dir() / "alone";
  fs::create_directories(dir);
  const fs::path cli = dir / "mubiao";
  fs::copy_file(MUBIAO_CLI, cli, fs::copy_options::overwrite_existing);
  const auto txt = write_temp_file("alone.txt", kReport);
  const auto html =
      write_temp_file("alone.html", "<html><body><p>" + kReport + "</p></body></html>");
  Loaded ok = run_traced(cli, "numbers '" + txt.string() + "'");
  BOOST_TEST(ok.run.status == 0);
  BOOST_TEST(!ok.run.out.empty());
  Loaded missing = run_traced(cli, "numbers '" + html.string() + "' '" + txt.string() + "'");
  BOOST_TEST(missing.run.status == 1);
  BOOST_TEST(!missing.run.out.empty());  // the text file is still read
  const std::string want = html.string() +
                           ": HTML input needs mubiao's format module (libmubiao_formats.so), "
                           "not found at " +
                           (dir / "libmubiao_formats.so").string();
  BOOST_TEST(missing.run.err.find(want) != std::string::npos, missing.run.err);
}

BOOST_AUTO_TEST_CASE(the_install_layout_is_found) {
  const fs::path bin = io_temp_dir() / "prefix" / "bin";
  const fs::path lib = bin / MUBIAO_FORMATS_RELDIR;
  fs::create_directories(bin);
  fs::create_directories(lib);
  fs::copy_file(MUBIAO_CLI, bin / "mubiao", fs::copy_options::overwrite_existing);
  fs::copy_file(MUBIAO_FORMATS, lib / fs::path(MUBIAO_FORMATS).filename(),
                fs::copy_options::overwrite_existing);
  const auto html =
      write_temp_file("installed.html", "<html><body><p>" + kReport + "</p></body></html>");
  Loaded l = run_traced(bin / "mubiao", "text '" + html.string() + "'");
  BOOST_TEST(l.run.status == 0, l.run.err);
  BOOST_TEST(l.run.out == kReport);
}
