#include "sink.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace mubiao::cli {

Sink::Sink(std::string path) : path_(std::move(path)) {
  if (path_.empty()) {
    fd_ = STDOUT_FILENO;
    return;
  }
  // A device or pipe (/dev/stdout, /dev/full, a fifo) is written in place:
  // there is nothing to replace atomically, and root must not rename a
  // regular file over a device.
  struct stat st;
  if (::stat(path_.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    fd_ = ::open(path_.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd_ < 0) throw std::runtime_error("cannot open " + path_ + ": " + std::strerror(errno));
    in_place_ = true;
    return;
  }
  // mkstemp in the target's folder, so that the final rename stays within
  // one file system and is atomic.
  std::string pattern = path_ + ".tmp-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  fd_ = ::mkstemp(name.data());
  if (fd_ < 0) throw std::runtime_error("cannot create " + path_ + ": " + std::strerror(errno));
  temp_ = name.data();
  // mkstemp makes the file private; give it the usual permissions.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd_, 0666 & ~mask);
}

Sink::~Sink() {
  if (!done_) discard();
}

void Sink::fail(int err, const char* what) {
  if (failed_) return;
  failed_ = true;
  pipe_closed_ = err == EPIPE;
  error_ = std::string(what) + " " + (path_.empty() ? "standard output" : path_) + ": " +
           (err == ENOSPC ? "disk full (" + std::string(std::strerror(err)) + ")"
                          : std::string(std::strerror(err)));
}

bool Sink::write(std::string_view bytes) {
  if (failed_) return false;
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(errno, "cannot write to");
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

bool Sink::commit() {
  if (done_) return !failed_;
  if (in_place_) {
    if (::close(fd_) != 0 && !failed_ && errno != EINTR) fail(errno, "cannot write to");
  } else if (!temp_.empty()) {
    if (!failed_ && ::fsync(fd_) != 0) fail(errno, "cannot write to");
    if (::close(fd_) != 0) fail(errno, "cannot write to");
    fd_ = -1;
    if (!failed_ && ::rename(temp_.c_str(), path_.c_str()) != 0) fail(errno, "cannot create");
    if (failed_) ::unlink(temp_.c_str());
  } else if (::close(fd_) != 0 && !failed_ && errno != EINTR) {
    // Some file systems (NFS) report a failed write only at close.
    fail(errno, "cannot write to");
  }
  done_ = true;
  return !failed_;
}

void Sink::discard() {
  if (done_) return;
  done_ = true;
  if (in_place_) {
    ::close(fd_);
  } else if (!temp_.empty()) {
    ::close(fd_);
    ::unlink(temp_.c_str());
  }
}

}  // namespace mubiao::cli
