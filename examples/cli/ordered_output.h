// Records of many documents written in input order while the documents are
// processed on several threads (mubiao::run_batch). The document at the head
// of the order writes straight through as its records are made; later ones
// queue theirs in memory, up to a budget of bytes, and beyond it in a
// temporary file (spill_file.h), so that no worker stops to wait for its
// turn: `segment --level word` makes some 23 bytes of output per byte of
// input, more than any budget holds for a document of a few MB. When the
// head finishes, its worker writes out the next document's queue without
// holding the lock, while that document's worker goes on queueing; then
// that document writes straight through. Memory is bounded by the budget
// and one chunk per worker, not by the size of the output, and one file of
// any size streams.
#ifndef MUBIAO_CLI_ORDERED_OUTPUT_H_
#define MUBIAO_CLI_ORDERED_OUTPUT_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "buffer.h"
#include "chunk_pool.h"
#include "spill_file.h"

namespace mubiao::cli {

class OrderedOutput {
 public:
  // consume(bytes) writes bytes in order; returning false stops the output
  // (every later flush throws Stopped). It sees the chunks as they were
  // handed over, so a chunk of whole binary rows stays whole.
  using Consume = std::function<bool(std::string_view)>;
  struct Stopped {};

  static constexpr std::size_t kChunk = 256 * 1024;

  // Spills go to spill_folder; when no file can be made there, a document
  // past the budget waits for its turn instead.
  OrderedOutput(std::size_t documents, Consume consume, std::size_t budget,
                std::string spill_folder = SpillFile::default_folder());

  // An empty buffer to encode a document's records into (its memory is
  // recycled from chunks written before).
  Buffer chunk() { return pool_.take(); }

  // Call after each record of document doc, encoded into buf: hands buf over
  // once it holds a chunk (buf is then empty again). May block while the
  // queue is full and no spill file can be made. Throws Stopped.
  void flush(std::size_t doc, Buffer& buf) {
    if (buf.size() >= kChunk) hand_over(doc, buf, false);
  }
  // The document is complete: its last records are in buf. Throws Stopped.
  void finish(std::size_t doc, Buffer& buf);
  // The document failed, or its worker stops: nothing more of it is written
  // and what it queued is dropped. Every document that starts must end in
  // finish or abandon, or the documents after it wait for ever.
  void abandon(std::size_t doc) noexcept;
  // True once consume has returned false or a spill file failed.
  bool stopped() const;
  // Why the output stopped when it was not consume: a spill file that
  // failed ("cannot write a temporary file in /tmp: ..."); else "".
  std::string error() const;
  // Bytes that waited in spill files so far.
  std::size_t spilled() const;

 private:
  struct Doc {
    std::deque<Buffer> queued;  // its first chunks, in memory
    SpillFile spill;            // the chunks after them, once the budget is spent
    bool spilling = false;      // its worker appends to spill, outside the lock
    bool finished = false;
  };
  void hand_over(std::size_t doc, Buffer& buf, bool last);
  bool spill(std::size_t doc, Buffer& buf, std::unique_lock<std::mutex>& lock);
  bool write(std::string_view bytes);  // consume; false when it failed
  void advance(std::unique_lock<std::mutex>& lock);
  // The document writes its chunks itself, as they come: it is the head
  // and no other thread is writing out what it queued before.
  bool writes_through(std::size_t doc) const { return doc == head_ && !draining_; }

  Consume consume_;
  const std::size_t budget_;
  const std::string spill_folder_;
  ChunkPool pool_;  // before the buffers that give their blocks back to it
  mutable std::mutex mu_;
  std::condition_variable turn_;
  std::vector<Doc> docs_;
  std::size_t head_ = 0;    // the document whose bytes go out now
  bool draining_ = false;   // advance writes the head's queue, outside the lock
  std::size_t queued_ = 0;  // bytes queued in memory by documents after the head
  std::size_t spilled_ = 0;
  bool can_spill_ = true;  // false once no spill file could be made
  bool stopped_ = false;
  std::string error_;
  Buffer scratch_;  // a spilled chunk read back (by advance only)
};

}  // namespace mubiao::cli

#endif  // MUBIAO_CLI_ORDERED_OUTPUT_H_
