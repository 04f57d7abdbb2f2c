// Where output bytes go, with every write checked. Standard output, or
// --output FILE written through a temporary file in FILE's folder that is
// renamed over FILE only when the whole run succeeded: a failed run leaves no
// partial file and keeps an earlier good one.
#ifndef MUBIAO_CLI_SINK_H_
#define MUBIAO_CLI_SINK_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace mubiao::cli {

class Sink {
 public:
  // Standard output when path is empty, else a temporary file beside path.
  // Throws std::runtime_error (with the reason) when it cannot be created.
  explicit Sink(std::string path);
  ~Sink();  // a sink neither committed nor discarded is discarded
  Sink(const Sink&) = delete;
  Sink& operator=(const Sink&) = delete;

  // Writes every byte; false once any write has failed (error() says why;
  // later writes do nothing).
  bool write(std::string_view bytes);
  // Flushes and closes; for a file also syncs and renames it into place.
  // False when that fails or any write failed before.
  bool commit();
  // Gives up: a temporary file is removed.
  void discard();

  bool failed() const { return failed_; }
  // The reader went away (EPIPE): not worth a message.
  bool pipe_closed() const { return pipe_closed_; }
  // "disk full (No space left on device)", naming the file when there is one.
  const std::string& error() const { return error_; }

  // For writers that open the file themselves (xlsx): the path to write,
  // the temporary file or the device; "" for standard output.
  const std::string& write_path() const { return in_place_ ? path_ : temp_; }

 private:
  void fail(int err, const char* what);

  std::string path_, temp_;
  int fd_ = -1;
  bool in_place_ = false;  // a device or pipe named by --output
  bool failed_ = false, pipe_closed_ = false, done_ = false;
  std::string error_;
};

}  // namespace mubiao::cli

#endif  // MUBIAO_CLI_SINK_H_
