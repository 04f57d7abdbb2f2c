#include "input.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <sstream>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef MUBIAO_WITH_READERS
#include "mubiao/read.h"
#endif

namespace mubiao::cli {

namespace fs = std::filesystem;

bool is_input_option(std::string_view o) {
  return o == "--input-format" || o == "--encoding" || o == "--name" || o == "-r" ||
         o == "--recursive";
}

bool input_option_takes_value(std::string_view o) { return o != "-r" && o != "--recursive"; }

bool set_input_option(InputOptions& input, std::string_view o, std::string_view value,
                      std::string& error) {
  if (o == "--input-format") {
#ifdef MUBIAO_WITH_READERS
    if (!parse_input_format(value)) {
#else
    if (value != "auto" && value != "text") {
#endif
      error = "unknown input format '" + std::string(value) + "' (auto, text, html, docx, pdf)";
      return false;
    }
    input.format = value;
  } else if (o == "--encoding") {
    if (value.empty()) {
      error = "--encoding needs a name";
      return false;
    }
    input.encoding = value;
  } else if (o == "--name") {
    input.name = value;
  } else {
    input.recursive = true;
  }
#ifndef MUBIAO_WITH_READERS
  if ((o == "--input-format" && value != "auto" && value != "text") || o == "--encoding") {
    error = "this mubiao was built without the readers (MUBIAO_WITH_READERS): UTF-8 text only";
    return false;
  }
#endif
  return true;
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& args,
                                       const InputOptions& input) {
  std::vector<std::string> files;
  for (const std::string& a : args) {
    std::error_code ec;
    if (!input.recursive || a == "-" || !fs::is_directory(a, ec)) {
      files.push_back(a);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(a, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) {
      files.push_back(a);
      continue;
    }  // read_input reports why
    for (; it != end; it.increment(ec)) {
      if (ec) break;
      const std::string leaf = it->path().filename().string();
      if (!leaf.empty() && leaf[0] == '.') {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec)) found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

namespace {

bool read_stdin(std::string& bytes, std::string& error) {
  std::ostringstream ss;
  ss << std::cin.rdbuf();
  if (std::cin.bad()) {
    error = "cannot read standard input";
    return false;
  }
  bytes = ss.str();
  return true;
}

#ifndef MUBIAO_WITH_READERS
// Without the readers the file is the text: read it as is.
bool read_plain(const std::string& file, std::string& bytes, std::string& error) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = std::strerror(errno);
    return false;
  }
  struct stat st;
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    error = "is a directory";
    return false;
  }
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error = std::strerror(errno);
      ::close(fd);
      return false;
    }
    if (n == 0) break;
    bytes.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return true;
}
#endif

}  // namespace

bool read_input(const std::string& file, const InputOptions& input, Input& in, std::string& error) {
  const bool is_stdin = file == "-";
  in.doc = is_stdin && !input.name.empty() ? input.name : file;
#ifdef MUBIAO_WITH_READERS
  ReadOptions options;
  options.format = *parse_input_format(input.format);
  options.encoding = input.encoding;
  // The command reuses its heap from file to file, on huge pages
  // (heap_setup.h): reading a file into it costs less than mapping it (3.5
  // MB: 1.4 ms against 3.3 ms with the unmapping, whose TLB shootdown also
  // stops the other workers). Only files past this size are mapped, to keep
  // their bytes in the page cache, which the kernel may drop, rather than
  // in the heap.
  options.map_from_bytes = std::size_t{64} << 20;
  try {
    if (is_stdin) {
      std::string bytes;
      if (!read_stdin(bytes, error)) return false;
      options.name = input.name;
      auto text = std::make_shared<std::string>(read_bytes(bytes, options).text);
      // read_bytes checked it, but hands out a string: checked again.
      in.text = CheckedText::check(*text);
      in.storage = std::move(text);
    } else {
      FileText r = read_file_text(file, options);
      in.text = r.text;
      in.storage = std::move(r.storage);
      in.mapped = r.mapped;
      in.warnings = std::move(r.warnings);
    }
  } catch (const ReadError& e) {
    error = e.what();
    if (e.reason() == ReadError::Reason::unreadable && e.what() == std::string("is a directory"))
      error += " (use -r to read the files in it)";
    return false;
  }
  return true;
#else
  auto text = std::make_shared<std::string>();
  if (!(is_stdin ? read_stdin(*text, error) : read_plain(file, *text, error))) return false;
  in.storage = text;
  in.text = CheckedText::check(*text);
  return true;
#endif
}

}  // namespace mubiao::cli
