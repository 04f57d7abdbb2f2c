#include "spill_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace mubiao::cli {

std::string SpillFile::default_folder() {
  const char* t = std::getenv("TMPDIR");
  return t && *t ? t : "/tmp";
}

SpillFile& SpillFile::operator=(SpillFile&& o) noexcept {
  if (this != &o) {
    close();
    fd_ = std::exchange(o.fd_, -1);
    folder_ = std::move(o.folder_);
    chunks_ = std::move(o.chunks_);
    bytes_ = std::exchange(o.bytes_, 0);
    error_ = std::move(o.error_);
    o.chunks_.clear();
  }
  return *this;
}

bool SpillFile::fail(const char* what, int err) {
  error_ = std::string(what) + " a temporary file in " + folder_ + ": " + std::strerror(err);
  if (err == ENOSPC || err == EFBIG || err == EDQUOT) error_ += " (set TMPDIR to a larger folder)";
  return false;
}

bool SpillFile::open(const std::string& folder) {
  close();
  folder_ = folder;
  std::string pattern = folder + "/mubiao-spill-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  fd_ = ::mkstemp(name.data());
  if (fd_ < 0) return fail("cannot create", errno);
  // Unlinked at once: the file is gone however the run ends.
  ::unlink(name.data());
  ::fcntl(fd_, F_SETFD, FD_CLOEXEC);
  return true;
}

bool SpillFile::append(std::string_view chunk) {
  const std::size_t n = chunk.size();
  while (!chunk.empty()) {
    const ssize_t k = ::write(fd_, chunk.data(), chunk.size());
    if (k < 0) {
      if (errno == EINTR) continue;
      return fail("cannot write", errno);
    }
    chunk.remove_prefix(static_cast<std::size_t>(k));
  }
  chunks_.push_back(n);
  bytes_ += n;
  return true;
}

bool SpillFile::replay(Buffer& scratch, const std::function<bool(std::string_view)>& write) {
  off_t at = 0;
  bool ok = true;
  for (const std::size_t n : chunks_) {
    scratch.clear();
    char* p = scratch.reserve(n);
    for (std::size_t got = 0; got < n;) {
      const ssize_t k = ::pread(fd_, p + got, n - got, at + static_cast<off_t>(got));
      if (k < 0 && errno == EINTR) continue;
      if (k <= 0) {
        ok = fail("cannot read", k < 0 ? errno : EIO);
        break;
      }
      got += static_cast<std::size_t>(k);
    }
    if (!ok) break;
    scratch.commit(n);
    at += static_cast<off_t>(n);
    if (!write(scratch.view())) break;
  }
  scratch.clear();
  close();
  return ok;
}

void SpillFile::close() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  chunks_.clear();
  bytes_ = 0;
}

}  // namespace mubiao::cli
