// A mapped input (mubiao::read_file_text maps large text files; the command
// maps those of 64 MiB or more, input.cc) that is cut
// short while it is read, by `cp` or `>` onto it, takes the pages the
// command is reading: touching them raises SIGBUS. The command then stops
// with a message that names the file and exit status 1, rather than dying
// of the signal.
#ifndef MUBIAO_CLI_MAPPED_GUARD_H_
#define MUBIAO_CLI_MAPPED_GUARD_H_

#include <string>
#include <string_view>

namespace mubiao::cli {

// Installs the SIGBUS handler; once, before any file is read.
void install_mapped_guard();

// While it lives, a SIGBUS inside text is reported as file shrinking.
class MappedGuard {
 public:
  MappedGuard(std::string_view text, const std::string& file);
  ~MappedGuard();
  MappedGuard(const MappedGuard&) = delete;
  MappedGuard& operator=(const MappedGuard&) = delete;

 private:
  int slot_ = -1;  // none free: the signal kills the process as before
  std::string message_;
};

}  // namespace mubiao::cli

#endif  // MUBIAO_CLI_MAPPED_GUARD_H_
