// Memory for the chunks of output that documents hand over while they wait
// for their turn (ordered_output.h). Fresh memory is dear: every 4 KiB page
// faults in on its first write, and on a virtual machine that returns free
// pages to its host each fault costs some 12 us (user + sys): the 64 MB a
// waiting document may queue cost 0.2 s of CPU, a third of the work of
// `segment --level word` on it. So the pool reserves one region, asks for
// huge pages there (one fault per 2 MiB: 64 MB in some 10 ms) and hands the
// same blocks out again, the most recently returned first, so that a run
// touches its queue memory once and keeps it warm in the cache.
#ifndef MUBIAO_CLI_CHUNK_POOL_H_
#define MUBIAO_CLI_CHUNK_POOL_H_

#include <cstddef>
#include <mutex>
#include <vector>

#include "buffer.h"

namespace mubiao::cli {

class ChunkPool : Buffer::Source {
 public:
  // Up to `blocks` blocks of block_size bytes. Reserves address space only:
  // a block is backed by memory when first written.
  ChunkPool(std::size_t blocks, std::size_t block_size);
  ~ChunkPool();  // every buffer taken must be gone (or hold other memory)
  ChunkPool(const ChunkPool&) = delete;
  ChunkPool& operator=(const ChunkPool&) = delete;

  // An empty buffer of block_size bytes, from the pool while it has blocks,
  // else from the heap. Any thread.
  Buffer take();

  std::size_t block_size() const { return block_; }

 private:
  void give_back(char* block) noexcept override;

  const std::size_t block_;
  char* region_ = nullptr;  // nullptr when it could not be reserved
  std::size_t size_ = 0;
  std::mutex mu_;
  char* next_ = nullptr;  // blocks [next_, end_) were never handed out
  char* end_ = nullptr;
  std::vector<char*> free_;  // returned blocks; the last one is reused first
};

}  // namespace mubiao::cli

#endif  // MUBIAO_CLI_CHUNK_POOL_H_
