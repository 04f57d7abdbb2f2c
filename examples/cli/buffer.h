// A growable byte buffer that records are encoded straight into: unlike
// std::string it never zero-fills what it reserves, and a cleared buffer
// keeps its memory, so encoding a record allocates nothing once warm.
#ifndef MUBIAO_CLI_BUFFER_H_
#define MUBIAO_CLI_BUFFER_H_

#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>

namespace mubiao::cli {

class Buffer {
 public:
  Buffer() = default;
  explicit Buffer(std::size_t capacity) { grow(capacity); }

  const char* data() const { return data_.get(); }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  void clear() { size_ = 0; }
  std::string_view view() const { return {data_.get(), size_}; }

  // Room for n more bytes; write them at the returned pointer, then commit.
  char* reserve(std::size_t n) {
    if (cap_ - size_ < n) grow(size_ + n);
    return data_.get() + size_;
  }
  void commit(std::size_t n) { size_ += n; }

  void append(std::string_view s) {
    std::memcpy(reserve(s.size()), s.data(), s.size());
    size_ += s.size();
  }
  void push(char c) {
    *reserve(1) = c;
    ++size_;
  }

 private:
  void grow(std::size_t need) {
    std::size_t cap = cap_ ? cap_ : 256;
    while (cap < need) cap *= 2;
    std::unique_ptr<char[]> d(new char[cap]);
    if (size_) std::memcpy(d.get(), data_.get(), size_);
    data_ = std::move(d);
    cap_ = cap;
  }

  std::unique_ptr<char[]> data_;
  std::size_t size_ = 0, cap_ = 0;
};

}  // namespace mubiao::cli

#endif  // MUBIAO_CLI_BUFFER_H_
