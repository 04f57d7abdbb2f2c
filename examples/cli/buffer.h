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
  // Where a buffer's memory goes back to when it is not from new[] (a pool
  // of chunks, chunk_pool.h): on destruction, or when the buffer grows
  // past it.
  class Source {
   public:
    virtual void give_back(char* block) noexcept = 0;

   protected:
    ~Source() = default;
  };

 private:
  struct Release {
    Release() noexcept : source(nullptr) {}
    explicit Release(Source* s) noexcept : source(s) {}
    Source* source;
    void operator()(char* p) const noexcept {
      if (source)
        source->give_back(p);
      else
        delete[] p;
    }
  };

 public:
  Buffer() = default;
  explicit Buffer(std::size_t capacity) { grow(capacity); }
  // An empty buffer over block (capacity bytes) of source.
  Buffer(char* block, std::size_t capacity, Source* source)
      : data_(block, Release{source}), cap_(capacity) {}
  // Moving moves the bytes; the spill stays with the variable it was set on.
  Buffer(Buffer&& o) noexcept { take(o); }
  Buffer& operator=(Buffer&& o) noexcept {
    take(o);
    return *this;
  }

  const char* data() const { return data_.get(); }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  void clear() { size_ = 0; }
  std::string_view view() const { return {data_.get(), size_}; }

  // Where the bytes go when the buffer is full, instead of growing: spill
  // hands them on and leaves the buffer empty. So one huge record (the
  // whole text in `mubiao normalize`) streams out in pieces. Only for
  // output that may be cut anywhere (text, not the binary rows).
  class Spill {
   public:
    virtual void operator()(Buffer& full) = 0;

   protected:
    ~Spill() = default;
  };
  void set_spill(Spill* spill) { spill_ = spill; }
  // How many times the buffer spilled: bytes written before a spill are gone.
  std::size_t spills() const { return spills_; }

  // Room for n more bytes; write them at the returned pointer, then commit.
  char* reserve(std::size_t n) {
    if (cap_ - size_ < n) make_room(n);
    return data_.get() + size_;
  }
  void commit(std::size_t n) { size_ += n; }
  // Bytes that fit without growing or spilling.
  std::size_t room() const { return cap_ - size_; }

  void append(std::string_view s) {
    if (s.size() <= cap_ - size_) {  // the common case, inline
      if (!s.empty()) std::memcpy(data_.get() + size_, s.data(), s.size());
      size_ += s.size();
      return;
    }
    append_past_room(s);
  }
  void push(char c) {
    *reserve(1) = c;
    ++size_;
  }

 private:
  [[gnu::noinline]] void append_past_room(std::string_view s) {
    // A piece larger than the room left is cut, when there is a spill.
    while (spill_ && s.size() > cap_ - size_ && cap_ > size_) {
      const std::size_t k = cap_ - size_;
      std::memcpy(data_.get() + size_, s.data(), k);
      size_ += k;
      s.remove_prefix(k);
      ++spills_;
      (*spill_)(*this);
    }
    std::memcpy(reserve(s.size()), s.data(), s.size());
    size_ += s.size();
  }
  void take(Buffer& o) {
    data_ = std::move(o.data_);
    size_ = o.size_;
    cap_ = o.cap_;
    o.size_ = o.cap_ = 0;
  }
  // Out of line, so that reserve() stays small enough to inline into the
  // encoders' loops (inlined, make_room made the compiler call reserve).
  [[gnu::noinline]] void make_room(std::size_t n) {
    if (spill_ && size_ > 0) {
      ++spills_;
      (*spill_)(*this);
      if (cap_ - size_ >= n) return;
    }
    grow(size_ + n);
  }
  void grow(std::size_t need) {
    std::size_t cap = cap_ ? cap_ : 256;
    while (cap < need) cap *= 2;
    std::unique_ptr<char[], Release> d(new char[cap]);
    if (size_) std::memcpy(d.get(), data_.get(), size_);
    data_ = std::move(d);  // the old block goes back to its source
    cap_ = cap;
  }

  std::unique_ptr<char[], Release> data_;
  std::size_t size_ = 0, cap_ = 0;
  Spill* spill_ = nullptr;
  std::size_t spills_ = 0;
};

}  // namespace mubiao::cli

#endif  // MUBIAO_CLI_BUFFER_H_
