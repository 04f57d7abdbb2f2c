// One validation: every stage, every C ABI entry point that takes text and
// every CLI command report the same first invalid byte of a broken input,
// and that byte is the one written down here (not only what
// find_invalid_utf8 says, so that the validator itself is checked too).
#define BOOST_TEST_MODULE utf8_agreement
#include <boost/test/unit_test.hpp>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "cli_run.h"
#include "mubiao.h"
#include "mubiao/mubiao.h"
#include "test_support.h"

namespace fs = std::filesystem;
using mubiao::InvalidUtf8;

namespace {

struct Broken {
  const char* name;
  std::string text;
  std::size_t first_bad;
};

// A paragraph long enough that a stage validating only what it scans would
// report a later byte than the first.
std::string body() {
  std::string s = "一、主要预期目标\n";
  for (int i = 0; i < 40; ++i) s += "地区生产总值增长7%左右，城镇新增就业11万人以上。\n";
  return s;
}

std::vector<Broken> broken_inputs() {
  const std::string b = body();
  return {
      // The case: a continuation byte first, the last character cut short.
      {"continuation first, truncated last", "\x80" + b + "\xE5\xA2", 0},
      {"truncated last character", b + "\xE5\xA2", b.size()},
      {"truncated 4-byte character first", "\xF0\x9F\x98" + b, 0},
      {"overlong inside a number", "增长7\xC0\xAF%", 7},
      {"surrogate after a heading", "一、总体要求\n\xED\xA0\x80。", 19},
      {"0xFF between sentences", "增长7%。\xFF后文增长8%。", 11},
      {"stray byte in text without numbers", "前言\xFF没有数字。" + b, 6},
      {"lead without continuation", "城镇\xE5\x41新增就业11万人", 6},
      {"above U+10FFFF", b + "\xF4\x90\x80\x80", b.size()},
      {"lone 0xF5 only", "\xF5", 0},
  };
}

// Offsets as reported: the byte, or kNoError, or kOtherError.
constexpr long long kNoError = -1, kOtherError = -2;

long long offset_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const InvalidUtf8& e) {
    return static_cast<long long>(e.offset());
  }
  return kNoError;
}

// The offset a C ABI call reports (a result is freed).
template <typename Result>
long long capi_offset(mubiao_status st, Result* out, mubiao_error* err,
                      void (*free_result)(Result*)) {
  if (st == MUBIAO_OK) {
    free_result(out);
    return kNoError;
  }
  long long r = kOtherError;
  if (st == MUBIAO_ERROR_INVALID_UTF8) r = static_cast<long long>(mubiao_error_offset(err));
  mubiao_error_free(err);
  return r;
}

const mubiao::Pipeline& pipeline() {
  static const mubiao::Pipeline p;
  return p;
}

const mubiao_pipeline* c_pipeline() {
  static mubiao_pipeline* p = [] {
    mubiao_pipeline* q = nullptr;
    if (mubiao_pipeline_new(nullptr, &q, nullptr) != MUBIAO_OK) std::abort();
    return q;
  }();
  return p;
}

// Runs the CLI on a file holding text; returns its exit status and stderr.
std::pair<int, std::string> run_cli(const std::string& args, const std::string& text) {
  const fs::path in = mubiao::test::write_temp("input.txt", text);
  const mubiao::test::Run r = mubiao::test::run(args + " " + mubiao::test::quoted(in));
  return {r.status, r.err};
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_validator_finds_the_written_down_byte) {
  for (const Broken& in : broken_inputs()) {
    BOOST_TEST_CONTEXT(in.name) {
      auto bad = mubiao::find_invalid_utf8(in.text);
      BOOST_TEST_REQUIRE(bad.has_value());
      BOOST_TEST(*bad == in.first_bad);
    }
  }
}

BOOST_AUTO_TEST_CASE(every_cxx_stage_reports_the_first_invalid_byte) {
  const mubiao::Pipeline& p = pipeline();
  for (const Broken& in : broken_inputs()) {
    BOOST_TEST_CONTEXT(in.name) {
      const std::string& t = in.text;
      const long long want = static_cast<long long>(in.first_bad);
      BOOST_TEST(offset_of([&] { mubiao::require_utf8(t); }) == want);
      BOOST_TEST(offset_of([&] { p.segmenter().segment(t); }) == want);
      BOOST_TEST(offset_of([&] { p.segmenter().words(t); }) == want);
      BOOST_TEST(offset_of([&] { p.numbers().find(t); }) == want);
      BOOST_TEST(offset_of([&] { mubiao::normalize(p.numbers(), t); }) == want);
      BOOST_TEST(offset_of([&] { p.segment(t); }) == want);
      BOOST_TEST(offset_of([&] { p.targets(t); }) == want);
      BOOST_TEST(offset_of([&] { p.targets(t, mubiao::Document()); }) == want);
      // Ranges that cover the whole text are the whole text.
      const mubiao::Span all{0, t.size()};
      BOOST_TEST(offset_of([&] { p.segmenter().words(t, all); }) == want);
      BOOST_TEST(offset_of([&] { p.numbers().find(t, all); }) == want);
    }
  }
}

BOOST_AUTO_TEST_CASE(every_c_abi_entry_point_reports_the_first_invalid_byte) {
  const mubiao_pipeline* p = c_pipeline();
  for (const Broken& in : broken_inputs()) {
    BOOST_TEST_CONTEXT(in.name) {
      const char* t = in.text.data();
      const std::size_t n = in.text.size();
      const long long want = static_cast<long long>(in.first_bad);
      mubiao_error* err = nullptr;
      {
        mubiao_document* out = nullptr;
        auto st = mubiao_pipeline_segment(p, t, n, &out, &err);
        BOOST_TEST(capi_offset(st, out, err, mubiao_document_free) == want);
      }
      {
        mubiao_words* out = nullptr;
        auto st = mubiao_pipeline_words(p, t, n, 0, n, &out, &err);
        BOOST_TEST(capi_offset(st, out, err, mubiao_words_free) == want);
      }
      {
        mubiao_numbers* out = nullptr;
        auto st = mubiao_pipeline_numbers(p, t, n, &out, &err);
        BOOST_TEST(capi_offset(st, out, err, mubiao_numbers_free) == want);
      }
      {
        mubiao_targets* out = nullptr;
        auto st = mubiao_pipeline_targets(p, t, n, &out, &err);
        BOOST_TEST(capi_offset(st, out, err, mubiao_targets_free) == want);
      }
      {
        mubiao_options* options = nullptr;
        BOOST_TEST_REQUIRE(mubiao_options_new(&options, nullptr) == MUBIAO_OK);
        auto st = mubiao_options_add_word(options, t, n, &err);
        BOOST_TEST(st == MUBIAO_ERROR_INVALID_UTF8);
        if (st != MUBIAO_OK) {
          BOOST_TEST(mubiao_error_offset(err) == in.first_bad);
          mubiao_error_free(err);
        }
        mubiao_options_free(options);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(every_cli_command_reports_the_first_invalid_byte) {
  const char* commands[] = {"segment --level section",
                            "segment --level sentence",
                            "segment --level clause",
                            "segment --level word",
                            "numbers",
                            "normalize",
                            "targets",
                            "targets --format csv"};
  for (const Broken& in : broken_inputs()) {
    const std::string want = "byte " + std::to_string(in.first_bad);
    for (const char* command : commands) {
      BOOST_TEST_CONTEXT(in.name << ", mubiao " << command) {
        // Without --encoding the CLI would guess a legacy charset for bytes
        // that are not UTF-8 (examples/cli input side); the text is UTF-8.
        auto [status, err] = run_cli(std::string(command) + " --encoding UTF-8", in.text);
        BOOST_TEST(status == 1);
        std::string lower = err;
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        BOOST_TEST(lower.find("utf-8") != std::string::npos, err);
        // "byte 0" must not match "byte 02998": the offset ends the number.
        const std::size_t at = err.find(want);
        BOOST_TEST_REQUIRE(at != std::string::npos, err);
        const std::size_t after = at + want.size();
        BOOST_TEST((after == err.size() || !std::isdigit(static_cast<unsigned char>(err[after]))),
                   err);
      }
    }
  }
  fs::remove_all(mubiao::test::temp_dir());
}
