#include "chunk_pool.h"

#include <sys/mman.h>

#include <cstdint>

namespace mubiao::cli {

namespace {
constexpr std::size_t kHugePage = std::size_t{2} << 20;
}

ChunkPool::ChunkPool(std::size_t blocks, std::size_t block_size) : block_(block_size) {
  if (blocks == 0 || block_size == 0) return;
  // One huge page more than the blocks need, so that they start on a huge
  // page boundary. MAP_NORESERVE: the region is address space until
  // written, and a run whose documents never wait touches none of it.
  size_ = blocks * block_size + kHugePage;
  void* p = ::mmap(nullptr, size_, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) return;  // every buffer comes from the heap
  region_ = static_cast<char*>(p);
  const auto at = reinterpret_cast<std::uintptr_t>(region_);
  next_ = region_ + ((kHugePage - at % kHugePage) % kHugePage);
  end_ = next_ + blocks * block_size;
#ifdef MADV_HUGEPAGE
  // A hint (transparent huge pages in madvise mode, the Debian default):
  // where the kernel declines, the pages are ordinary ones.
  ::madvise(next_, end_ - next_, MADV_HUGEPAGE);
#endif
  free_.reserve(blocks);
}

ChunkPool::~ChunkPool() {
  if (region_) ::munmap(region_, size_);
}

Buffer ChunkPool::take() {
  char* block = nullptr;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!free_.empty()) {
      block = free_.back();
      free_.pop_back();
    } else if (next_ != end_) {
      block = next_;
      next_ += block_;
    }
  }
  if (!block) return Buffer(block_);
  return Buffer(block, block_, this);
}

void ChunkPool::give_back(char* block) noexcept {
  std::lock_guard<std::mutex> lock(mu_);
  free_.push_back(block);  // reserved for every block: cannot throw
}

}  // namespace mubiao::cli
