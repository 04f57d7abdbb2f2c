// Records of many documents written in input order while the documents are
// processed on several threads (mubiao::run_batch). The document at the head
// of the order writes straight through as its records are made; later ones
// queue theirs, up to a budget of bytes, and then wait for their turn. So
// memory is bounded by the budget and one chunk per worker, not by the
// size of the output, and one file of any size streams.
#ifndef MUBIAO_CLI_ORDERED_OUTPUT_H_
#define MUBIAO_CLI_ORDERED_OUTPUT_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <string_view>
#include <vector>

#include "buffer.h"

namespace mubiao::cli {

class OrderedOutput {
 public:
  // consume(bytes) writes bytes in order; returning false stops the output
  // (every later flush throws Stopped).
  using Consume = std::function<bool(std::string_view)>;
  struct Stopped {};

  static constexpr std::size_t kChunk = 256 * 1024;

  OrderedOutput(std::size_t documents, Consume consume, std::size_t budget);

  // Call after each record of document doc, encoded into buf: hands buf over
  // once it holds a chunk (buf is then empty again). May block while later
  // documents wait for their turn. Throws Stopped.
  void flush(std::size_t doc, Buffer& buf) {
    if (buf.size() >= kChunk) hand_over(doc, buf, false);
  }
  // The document is complete: its last records are in buf. Throws Stopped.
  void finish(std::size_t doc, Buffer& buf);
  // The document failed, or its worker stops: nothing more of it is written
  // and what it queued is dropped. Every document that starts must end in
  // finish or abandon, or the documents after it wait for ever.
  void abandon(std::size_t doc) noexcept;
  // True once consume has returned false.
  bool stopped() const;

 private:
  struct Doc {
    std::deque<Buffer> queued;
    bool finished = false;
  };
  void hand_over(std::size_t doc, Buffer& buf, bool last);
  void write_locked(Buffer& buf);  // consume, and recycle the chunk
  void advance_locked();
  Buffer spare_locked();

  Consume consume_;
  const std::size_t budget_;
  mutable std::mutex mu_;
  std::condition_variable turn_;
  std::vector<Doc> docs_;
  std::size_t head_ = 0;    // the document that writes now
  std::size_t queued_ = 0;  // bytes queued by documents after the head
  bool stopped_ = false;
  std::vector<Buffer> spares_;  // written chunks, for reuse
};

}  // namespace mubiao::cli

#endif  // MUBIAO_CLI_ORDERED_OUTPUT_H_
