// Where a document's output waits for its turn once the memory budget of
// the queue is spent (ordered_output.h): an unlinked temporary file in
// TMPDIR (as sort(1) does), appended chunk by chunk and read back in the
// same chunks. Writing to a file costs the kernel some 0.2 ms per MB (a
// copy into the page cache), a fraction of what fresh anonymous memory
// costs, and the memory it takes is the page cache's, which the kernel may
// write out, not the process's. So a document never stops to wait, and
// memory stays bounded. Chunks keep their bounds because binary rows
// (xlsx/dta) must reach their writer whole.
#ifndef MUBIAO_CLI_SPILL_FILE_H_
#define MUBIAO_CLI_SPILL_FILE_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "buffer.h"

namespace mubiao::cli {

class SpillFile {
 public:
  SpillFile() = default;
  ~SpillFile() { close(); }
  // Moving hands the file over (to the thread that writes it out).
  SpillFile(SpillFile&& o) noexcept { *this = std::move(o); }
  SpillFile& operator=(SpillFile&& o) noexcept;

  // $TMPDIR, else /tmp.
  static std::string default_folder();

  // Creates the file in folder; false (error() says why) when it cannot.
  bool open(const std::string& folder);
  bool is_open() const { return fd_ >= 0; }
  // Appends one chunk; false (error() says why) when the write fails.
  bool append(std::string_view chunk);
  // Calls write with every chunk, in order, read into scratch; stops at the
  // first write that returns false. False (error() says why) when a read
  // fails. Then the file is closed.
  bool replay(Buffer& scratch, const std::function<bool(std::string_view)>& write);
  // Drops what it holds.
  void close();

  std::size_t bytes() const { return bytes_; }
  const std::string& error() const { return error_; }

 private:
  bool fail(const char* what, int err);

  int fd_ = -1;
  std::string folder_;
  std::vector<std::size_t> chunks_;  // the length of each chunk appended
  std::size_t bytes_ = 0;
  std::string error_;
};

}  // namespace mubiao::cli

#endif  // MUBIAO_CLI_SPILL_FILE_H_
