#include "segment/word_dict.h"

#include <cstring>
#include <stdexcept>

namespace mubiao {

namespace data {
extern const unsigned char* const word_dict_blob;
extern const std::size_t word_dict_blob_size;
}  // namespace data

namespace {

// Reads the blob front to back; any disagreement with the generator's
// layout is a build defect, reported instead of read out of bounds.
class BlobReader {
 public:
  BlobReader(const unsigned char* p, std::size_t size) : p_(p), size_(size) {}
  template <class T>
  const T* take(std::size_t count) {
    static_assert(sizeof(T) == 4, "the blob holds 4-byte fields only");
    if (count > (size_ - at_) / 4) fail();
    const T* out = reinterpret_cast<const T*>(p_ + at_);
    at_ += count * 4;
    return out;
  }
  template <class T>
  T value() {
    T v;
    std::memcpy(&v, take<T>(1), 4);
    return v;
  }
  bool at_end() const { return at_ == size_; }
  [[noreturn]] static void fail() {
    throw std::logic_error("mubiao: the compiled word dictionary is corrupt (rebuild)");
  }

 private:
  const unsigned char* p_;
  std::size_t size_;
  std::size_t at_ = 0;
};

}  // namespace

WordDict::WordDict(const unsigned char* blob, std::size_t size) {
  if (reinterpret_cast<std::uintptr_t>(blob) % 4 != 0) BlobReader::fail();
  BlobReader r(blob, size);
  if (std::memcmp(r.take<std::uint32_t>(1), "MBWD", 4) != 0 || r.value<std::uint32_t>() != 2)
    BlobReader::fail();
  node_count_ = r.value<std::uint32_t>();
  emit_count_ = r.value<std::uint32_t>();
  unknown_logp_ = r.value<float>();
  for (float& v : start_) v = r.value<float>();
  for (auto& row : trans_)
    for (float& v : row) v = r.value<float>();
  nodes_ = reinterpret_cast<const Node*>(r.take<std::uint32_t>((std::size_t{node_count_} + 1) * 3));
  root_bmp_ = r.take<std::uint32_t>(0x10000);
  emit_cp_ = r.take<std::uint32_t>(emit_count_);
  emit_ = r.take<float>(std::size_t{emit_count_} * 4);
  if (!r.at_end() || node_count_ == 0 || nodes_[node_count_].child_begin != node_count_)
    BlobReader::fail();
  if (node_count_ >= (std::uint32_t{1} << Memo::kNodeBits))
    throw std::logic_error("mubiao: the word dictionary has more trie nodes than Memo names");
}

const WordDict& WordDict::builtin() {
  static const WordDict dict(data::word_dict_blob, data::word_dict_blob_size);
  return dict;
}

float WordDict::word_logp(const char32_t* cps, std::size_t n) const {
  float found = 0;
  for_each_prefix_word(cps, n, [&](std::size_t len, float lp) {
    if (len == n) found = lp;
  });
  return found;
}

bool WordDict::emit_logp(char32_t c, float out[4]) const {
  const std::uint32_t* last = emit_cp_ + emit_count_;
  const std::uint32_t* it = std::lower_bound(emit_cp_, last, static_cast<std::uint32_t>(c));
  if (it == last || *it != c) return false;
  std::memcpy(out, emit_ + (it - emit_cp_) * 4, 4 * sizeof(float));
  return true;
}

}  // namespace mubiao
