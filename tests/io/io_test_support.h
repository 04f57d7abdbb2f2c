// Helpers for the reader tests: encoding copies made with glibc's iconv (an
// implementation independent of the ICU converters under test) and running
// the command line.
#ifndef MUBIAO_TESTS_IO_IO_TEST_SUPPORT_H_
#define MUBIAO_TESTS_IO_IO_TEST_SUPPORT_H_

#include <iconv.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include "test_support.h"

namespace mubiao::test {

// text (UTF-8) in the named glibc charset; unmappable characters throw.
inline std::string iconv_from_utf8(const std::string& text, const char* charset) {
  iconv_t cd = iconv_open(charset, "UTF-8");
  if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("iconv_open");
  std::string out(text.size() * 4 + 16, '\0');
  char* in = const_cast<char*>(text.data());
  std::size_t in_left = text.size();
  char* o = out.data();
  std::size_t out_left = out.size();
  const std::size_t r = iconv(cd, &in, &in_left, &o, &out_left);
  iconv_close(cd);
  if (r == static_cast<std::size_t>(-1)) throw std::runtime_error("iconv: unmappable text");
  out.resize(out.size() - out_left);
  return out;
}

inline std::filesystem::path io_temp_dir() {
  static std::filesystem::path dir = [] {
    auto d =
        std::filesystem::temp_directory_path() / ("mubiao_io_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(d);
    return d;
  }();
  return dir;
}

inline std::filesystem::path write_temp_file(const std::string& name, const std::string& bytes) {
  auto p = io_temp_dir() / name;
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << bytes;
  return p;
}

struct CliRun {
  int status = -1;
  std::string out, err;
};

// Runs `mubiao ARGS` (a shell command line suffix) with stdin_bytes.
inline CliRun run_cli(const std::string& args, const std::string& stdin_bytes = "") {
  auto in = write_temp_file("stdin", stdin_bytes);
  auto out = io_temp_dir() / "stdout", err = io_temp_dir() / "stderr";
  const std::string cmd = std::string("'") + MUBIAO_CLI + "' " + args + " <'" + in.string() +
                          "' >'" + out.string() + "' 2>'" + err.string() + "'";
  CliRun r;
  const int s = std::system(cmd.c_str());
  r.status = WIFEXITED(s) ? WEXITSTATUS(s) : -1;
  r.out = read_file(out);
  r.err = read_file(err);
  return r;
}

}  // namespace mubiao::test

#endif  // MUBIAO_TESTS_IO_IO_TEST_SUPPORT_H_
