// No lost output: every command and format reports a failed write (disk
// full) with a message and exit status 1; a closed pipe ends the run quietly;
// --output FILE is replaced only by a run that succeeded.
#define BOOST_TEST_MODULE cli_output
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "cli_run.h"
#include "json_mini.h"

namespace fs = std::filesystem;
using mubiao::test::quoted;
using mubiao::test::Run;
using mubiao::test::run;
using mubiao::test::temp_dir;
using mubiao::test::write_temp;

namespace {

fs::path sample() {
  return mubiao::test::test_data_dir() / ".." / ".." / "examples" / "data" / "sample-report.txt";
}

const std::vector<std::string>& stream_commands() {
  static const std::vector<std::string> c = {"segment --level section",
                                             "segment --level paragraph",
                                             "segment --level sentence",
                                             "segment --level clause",
                                             "segment --level word",
                                             "numbers",
                                             "normalize",
                                             "targets",
                                             "targets --format csv",
                                             "targets --format tsv",
                                             "targets --format csv --bom"};
  return c;
}

// Files left in the folder besides the ones named.
std::size_t files_in(const fs::path& dir) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
  return n;
}

}  // namespace

BOOST_AUTO_TEST_CASE(disk_full_is_an_error_for_every_command_and_format) {
  BOOST_TEST_REQUIRE(fs::exists("/dev/full"));
  for (const std::string& c : stream_commands()) {
    for (const bool option : {false, true}) {
      const std::string to = option ? "--output /dev/full" : "(standard output)";
      Run r = option ? run(c + " " + quoted(sample()) + " " + to)
                     : run(c + " " + quoted(sample()), "", "/dev/full");
      BOOST_TEST(r.status == 1, c << " " << to);
      BOOST_TEST(r.err.find("disk full") != std::string::npos, c << " " << to << ": " << r.err);
    }
  }
}

BOOST_AUTO_TEST_CASE(help_to_a_full_disk_is_an_error) {
  BOOST_TEST(run("--help", "", "/dev/full").status == 1);
  BOOST_TEST(run("--version", "", "/dev/full").status == 1);
}

BOOST_AUTO_TEST_CASE(a_closed_pipe_ends_quietly) {
  // Enough output to overflow the pipe after the reader has gone.
  std::string files;
  for (int i = 0; i < 40; ++i) files += " " + quoted(sample());
  for (const char* jobs : {"1", "2"}) {
    const fs::path err = temp_dir() / "pipe_err";
    const std::string cmd = "set -o pipefail; '" + std::string(MUBIAO_CLI) +
                            "' segment --level word --jobs " + jobs + files + " 2>" + quoted(err) +
                            " | head -c 100 >/dev/null";
    const fs::path script = write_temp("pipe.sh", cmd + "\n");
    const int s = std::system(("bash " + quoted(script)).c_str());
    BOOST_TEST(WIFEXITED(s));
    BOOST_TEST(WEXITSTATUS(s) == 0, "jobs " << jobs);
    BOOST_TEST(mubiao::test::read_file(err).empty(), "jobs " << jobs);
  }
}

BOOST_AUTO_TEST_CASE(output_file_is_written_only_by_a_run_that_succeeded) {
  const fs::path dir = temp_dir() / "out";
  fs::create_directories(dir);
  const fs::path out = dir / "targets.csv";
  const fs::path bad = write_temp("bad.txt", "增长7%\xFF。");

  Run good = run("targets --format csv --output " + quoted(out) + " " + quoted(sample()));
  BOOST_TEST_REQUIRE(good.status == 0);
  BOOST_TEST(good.out.empty());
  const std::string first = mubiao::test::read_file(out);
  BOOST_TEST(first == run("targets --format csv " + quoted(sample())).out);
  BOOST_TEST(first.find("\r\n") != std::string::npos);

  // A file that fails: the earlier good file stays, and no temporary file.
  Run failed = run("targets --format csv --output " + quoted(out) + " " + quoted(sample()) + " " +
                   quoted(bad));
  BOOST_TEST(failed.status == 1);
  BOOST_TEST(failed.err.find("bad.txt") != std::string::npos);
  BOOST_TEST(failed.err.find("not written") != std::string::npos);
  BOOST_TEST(mubiao::test::read_file(out) == first);
  BOOST_TEST(files_in(dir) == 1u);

  // A run that succeeds replaces it.
  Run tsv = run("targets --format tsv --output " + quoted(out) + " " + quoted(sample()));
  BOOST_TEST(tsv.status == 0);
  BOOST_TEST(mubiao::test::read_file(out).rfind("doc\tstart\tend", 0) == 0);
  BOOST_TEST(files_in(dir) == 1u);

  // A folder that does not exist: a message naming the file.
  Run nowhere = run("targets --output " + quoted(dir / "no" / "such.csv") + " " + quoted(sample()));
  BOOST_TEST(nowhere.status == 1);
  BOOST_TEST(nowhere.err.find("such.csv") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(bom_starts_csv_and_tsv_only) {
  Run csv = run("targets --format csv --bom " + quoted(sample()));
  BOOST_TEST(csv.status == 0);
  BOOST_TEST(csv.out.rfind("\xEF\xBB\xBF"
                           "doc,start,end",
                           0) == 0);
  BOOST_TEST(csv.out.find("\xEF\xBB\xBF", 3) == std::string::npos);
  Run tsv = run("targets --format tsv --bom " + quoted(sample()));
  BOOST_TEST(tsv.out.rfind("\xEF\xBB\xBF"
                           "doc\tstart",
                           0) == 0);
  BOOST_TEST(run("targets --bom " + quoted(sample())).status == 2);
  BOOST_TEST(run("segment --bom " + quoted(sample())).status == 2);
}

BOOST_AUTO_TEST_CASE(file_formats_need_an_output_file) {
  BOOST_TEST(run("targets --format xlsx " + quoted(sample())).status == 2);
  BOOST_TEST(run("targets --format dta " + quoted(sample())).status == 2);
}

BOOST_AUTO_TEST_CASE(output_streams_in_input_order_with_many_jobs) {
  // Files of very different sizes finish out of order on several threads.
  std::string files;
  for (int i = 0; i < 12; ++i) {
    std::string text;
    for (int k = 0; k < (i % 3 == 0 ? 400 : 1); ++k)
      text += "第" + std::to_string(i) + "句增长7%。";
    files += " " + quoted(write_temp("order" + std::to_string(i) + ".txt", text));
  }
  Run one = run("segment --level word --jobs 1" + files);
  Run four = run("segment --level word --jobs 4" + files);
  BOOST_TEST(one.status == 0);
  BOOST_TEST(one.out.size() > 100000u);
  BOOST_TEST(one.out == four.out);
}

BOOST_AUTO_TEST_CASE(a_record_larger_than_the_buffer_streams_out_whole) {
  // normalize writes the whole text twice in one record, cut into chunks.
  std::string text;
  while (text.size() < 1500000) text += "增长百分之五，\"引号\"\t制表。\n";
  const fs::path big = write_temp("big.txt", text);
  for (const char* jobs : {"1", "2"}) {
    Run r = run(std::string("normalize --jobs ") + jobs + " " + quoted(big) + " " + quoted(big));
    BOOST_TEST_REQUIRE(r.status == 0);
    std::size_t lines = 0;
    for (std::size_t at = 0, nl; (nl = r.out.find('\n', at)) != std::string::npos; at = nl + 1) {
      const auto v = mubiao::test::json::parse(std::string_view(r.out).substr(at, nl - at));
      BOOST_TEST(v.str("text") == text);
      BOOST_TEST(v.str("normalized").find("增长5%") == 0u);
      ++lines;
    }
    BOOST_TEST(lines == 2u);
  }
}
