// `mubiao meta|panel|outcomes`: records in JSON Lines, CSV and TSV, the
// manifest option and its errors.
#define BOOST_TEST_MODULE research_cli
#include <boost/test/unit_test.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "test_support.h"

namespace {

namespace fs = std::filesystem;

struct Run {
  std::string out;
  int status = 0;
};

Run run_cli(const std::string& args) {
  Run r;
  FILE* p = popen((std::string(MUBIAO_CLI) + " " + args + " 2>&1").c_str(), "r");
  BOOST_REQUIRE(p != nullptr);
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  const int s = pclose(p);
  r.status = WIFEXITED(s) ? WEXITSTATUS(s) : -1;
  return r;
}

// Two reports of one city (its name only in the file names and the manifest).
struct Dir {
  // The process id in the name: two test runs at once must not share it.
  fs::path dir =
      fs::temp_directory_path() / ("mubiao_research_cli_test_" + std::to_string(::getpid()));
  Dir() {
    fs::create_directories(dir);
    std::ofstream(dir / "a2022.txt", std::ios::binary)
        << "各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2021年工作回顾\n全市地区生产总"
           "值增长7.5%。\n"
           "二、2022年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长7%、力争实现7.5%"
           "；"
           "居民消费价格涨幅3%左右。\n";
    std::ofstream(dir / "a2023.txt", std::ios::binary)
        << "各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2022年工作回顾\n"
           "全市地区生产总值增长6.8%，居民消费价格上涨2.1%。\n二、2023年工作安排\n"
           "主要预期目标是：地区生产总值增长6%左右。\n";
    std::ofstream(dir / "m.csv", std::ios::binary)
        << "doc,region,level\na2022.txt,甲市,prefecture\na2023.txt,甲市,prefecture\n";
    std::ofstream(dir / "bad.csv", std::ios::binary) << "doc,city\na2022.txt,甲市\n";
  }
  ~Dir() { fs::remove_all(dir); }
  std::string operator/(const char* f) const { return (dir / f).string(); }
};

}  // namespace

BOOST_AUTO_TEST_CASE(meta_jsonl_with_and_without_manifest) {
  Dir d;
  Run r = run_cli("meta " + (d / "a2022.txt"));
  BOOST_TEST(r.status == 0);
  BOOST_TEST(r.out.find("\"year\":2022") != std::string::npos, r.out);
  BOOST_TEST(r.out.find("\"level\":\"prefecture\"") != std::string::npos);
  BOOST_TEST(r.out.find("\"sources\":{\"title\":\"\",\"region\":\"\",\"level\":\"body\","
                        "\"year\":\"heading\"") != std::string::npos,
             r.out);
  r = run_cli("meta --meta " + (d / "m.csv") + " " + (d / "a2022.txt"));
  BOOST_TEST(r.status == 0);
  BOOST_TEST(r.out.find("\"region\":\"甲市\"") != std::string::npos, r.out);
  BOOST_TEST(r.out.find("\"region\":\"manifest\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(panel_csv_has_a_header_and_one_row_per_code) {
  Dir d;
  const Run r = run_cli("panel --format csv --meta " + (d / "m.csv") + " " + (d / "a2022.txt"));
  BOOST_TEST(r.status == 0);
  BOOST_TEST(r.out.rfind("doc,region,level,year,code,indicator,measure,comparator,value,upper,"
                         "unit,modality,strive,upside,real,start,end,text\r\n",
                         0) == 0u,
             r.out);
  BOOST_TEST(r.out.find(",甲市,prefecture,2022,gdp,地区生产总值,growth,eq,7,,%,plain,7.5,false,"
                        "false,") != std::string::npos,
             r.out);
  BOOST_TEST(r.out.find(",cpi,") != std::string::npos);
  std::size_t rows = 0;
  for (std::size_t k = r.out.find("\r\n"); k != std::string::npos; k = r.out.find("\r\n", k + 2))
    ++rows;
  BOOST_TEST(rows == 3u);  // header, gdp, cpi
}

BOOST_AUTO_TEST_CASE(outcomes_tsv_pairs_across_files) {
  Dir d;
  const Run r = run_cli("outcomes --format tsv --meta " + (d / "m.csv") + " " + (d / "a2023.txt") +
                        " " + (d / "a2022.txt"));
  BOOST_TEST(r.status == 0);
  BOOST_TEST(r.out.rfind("region\tcode\tyear\tcomparator\ttarget\tupper\toutcome\tmet\t", 0) == 0u,
             r.out);
  BOOST_TEST(r.out.find("甲市\tgdp\t2022\teq\t7\t\t6.8\tfalse\t") != std::string::npos, r.out);
  BOOST_TEST(r.out.find("甲市\tcpi\t2022\tapprox\t3\t\t2.1\ttrue\t") != std::string::npos, r.out);
  // Without the manifest the reports name no region: nothing can be paired.
  const Run none = run_cli("outcomes " + (d / "a2023.txt") + " " + (d / "a2022.txt"));
  BOOST_TEST(none.status == 0);
  BOOST_TEST(none.out.empty(), none.out);
}

BOOST_AUTO_TEST_CASE(errors_name_the_file) {
  Dir d;
  Run r = run_cli("panel --meta " + (d / "bad.csv") + " " + (d / "a2022.txt"));
  BOOST_TEST(r.status == 1);
  BOOST_TEST(r.out.find("bad.csv: line 1: unknown column 'city'") != std::string::npos, r.out);
  r = run_cli("meta --meta " + (d / "missing.csv") + " " + (d / "a2022.txt"));
  BOOST_TEST(r.status == 1);
  BOOST_TEST(r.out.find("missing.csv: cannot open manifest") != std::string::npos, r.out);
  r = run_cli("meta " + (d / "missing.txt"));
  BOOST_TEST(r.status == 1);
  BOOST_TEST(r.out.find("missing.txt") != std::string::npos, r.out);
  r = run_cli("targets --meta " + (d / "m.csv") + " " + (d / "a2022.txt"));
  BOOST_TEST(r.status == 2);  // --meta is for meta, panel and outcomes
}
