// Running the mubiao command line from a test: a shell command line suffix,
// standard input from a string, standard output and error captured.
#ifndef MUBIAO_TESTS_CLI_RUN_H_
#define MUBIAO_TESTS_CLI_RUN_H_

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "test_support.h"

namespace mubiao::test {

struct Run {
  int status = -1;
  std::string out, err;
};

// A folder of this test process's own (its id in the name: two test runs at
// once must not share it), made on first use and removed at exit.
inline std::filesystem::path temp_dir() {
  struct Folder {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("mubiao_cli_test_" + std::to_string(::getpid()));
    Folder() { std::filesystem::create_directories(path); }
    ~Folder() {
      std::error_code ec;
      std::filesystem::remove_all(path, ec);
    }
  };
  static const Folder folder;
  return folder.path;
}

inline std::filesystem::path write_temp(const std::string& name, const std::string& bytes) {
  std::filesystem::path p = temp_dir() / name;
  std::ofstream(p, std::ios::binary) << bytes;
  return p;
}

inline std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

// Runs `mubiao ARGS` through the shell. Standard output goes to the file
// stdout_to when one is given (then Run::out is empty).
inline Run run(const std::string& args, const std::string& stdin_bytes = "",
               const std::string& stdout_to = "") {
  const std::filesystem::path in = write_temp("stdin", stdin_bytes);
  const std::filesystem::path out = temp_dir() / "stdout", err = temp_dir() / "stderr";
  const std::string cmd = std::string("'") + MUBIAO_CLI + "' " + args + " <" + quoted(in) + " >" +
                          quoted(stdout_to.empty() ? out : std::filesystem::path(stdout_to)) +
                          " 2>" + quoted(err);
  Run r;
  const int s = std::system(cmd.c_str());
  r.status = WIFEXITED(s) ? WEXITSTATUS(s) : -1;
  r.out = stdout_to.empty() ? read_file(out) : std::string();
  r.err = read_file(err);
  return r;
}

}  // namespace mubiao::test

#endif  // MUBIAO_TESTS_CLI_RUN_H_
