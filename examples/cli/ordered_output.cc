#include "ordered_output.h"

#include <utility>

namespace mubiao::cli {

namespace {
// Room past a chunk for the record that fills it.
constexpr std::size_t kBlock = OrderedOutput::kChunk + OrderedOutput::kChunk / 8;
// Blocks beyond the budget: the chunk each worker fills, and the one a
// document hands over past the budget.
constexpr std::size_t kSpareBlocks = 16;
}  // namespace

OrderedOutput::OrderedOutput(std::size_t documents, Consume consume, std::size_t budget,
                             std::string spill_folder)
    : consume_(std::move(consume)),
      budget_(budget),
      spill_folder_(std::move(spill_folder)),
      pool_(budget / kChunk + kSpareBlocks, kBlock),
      docs_(documents) {}

bool OrderedOutput::stopped() const {
  std::lock_guard<std::mutex> lock(mu_);
  return stopped_;
}

std::string OrderedOutput::error() const {
  std::lock_guard<std::mutex> lock(mu_);
  return error_;
}

std::size_t OrderedOutput::spilled() const {
  std::lock_guard<std::mutex> lock(mu_);
  return spilled_;
}

bool OrderedOutput::write(std::string_view bytes) {
  if (bytes.empty()) return true;
  try {
    return consume_(bytes);
  } catch (...) {  // out of memory in a table writer: stop as for a failed write
    return false;
  }
}

// The head document is finished: writes what the documents after it queued,
// outside the lock, so that their workers queue on meanwhile instead of
// waiting for the lock; moves past every finished document. The next
// unfinished one then writes straight through.
void OrderedOutput::advance(std::unique_lock<std::mutex>& lock) {
  draining_ = true;
  while (docs_[head_].finished && ++head_ < docs_.size()) {
    Doc& d = docs_[head_];
    for (;;) {
      // A chunk its worker is appending to the spill file comes with it.
      turn_.wait(lock, [&] { return !d.spilling; });
      if (d.queued.empty() && !d.spill.is_open()) break;
      std::deque<Buffer> chunks;
      chunks.swap(d.queued);  // the chunks in memory come before the file
      SpillFile spill = std::move(d.spill);
      std::size_t bytes = 0;
      for (const Buffer& b : chunks) bytes += b.size();
      bool ok = !stopped_;
      lock.unlock();
      for (const Buffer& b : chunks) ok = ok && write(b.view());
      chunks.clear();  // the blocks go back to the pool
      std::string failed;
      if (ok && spill.is_open()) {
        if (!spill.replay(scratch_, [&](std::string_view b) { return ok = write(b); })) {
          failed = spill.error();
          ok = false;
        }
      }
      spill.close();
      lock.lock();
      queued_ -= bytes;
      if (!ok) {
        if (!failed.empty() && !stopped_) error_ = failed;
        stopped_ = true;
      }
      turn_.notify_all();  // room in the queue
    }
  }
  draining_ = false;
  turn_.notify_all();
}

// Appends buf to the document's spill file, outside the lock, so that the
// head writes meanwhile. False when no spill file can be made (buf is kept):
// the caller queues it in memory instead. Throws Stopped when a write fails.
bool OrderedOutput::spill(std::size_t doc, Buffer& buf, std::unique_lock<std::mutex>& lock) {
  Doc& d = docs_[doc];
  d.spilling = true;
  lock.unlock();
  bool opened = true, ok = true;
  if (!d.spill.is_open()) opened = ok = d.spill.open(spill_folder_);
  if (ok) ok = d.spill.append(buf.view());
  lock.lock();
  d.spilling = false;
  turn_.notify_all();  // advance may wait for the file
  if (!opened) {
    // Nothing of the document is in a file yet, so its chunks may stay in
    // memory, in order; it waits for its turn when the queue is full.
    can_spill_ = false;
    return false;
  }
  if (!ok) {
    if (!stopped_) error_ = d.spill.error();
    stopped_ = true;
    throw Stopped();
  }
  spilled_ += buf.size();
  buf.clear();
  return true;
}

void OrderedOutput::hand_over(std::size_t doc, Buffer& buf, bool last) {
  std::unique_lock<std::mutex> lock(mu_);
  if (stopped_) throw Stopped();
  Doc& d = docs_[doc];
  if (writes_through(doc)) {
    // Nothing of it is queued (advance hands over with the queue empty),
    // and no other thread writes until this one finishes the document: so
    // without the lock, which the other workers take to queue meanwhile.
    lock.unlock();
    const bool ok = write(buf.view());
    buf.clear();
    if (ok) return;
    lock.lock();
    stopped_ = true;
  } else {
    // Once a document spills, the rest of it follows into the file.
    const bool to_file = d.spill.is_open() || (queued_ >= budget_ && can_spill_);
    if (!to_file || !spill(doc, buf, lock)) {
      // In memory: within the budget, or when no spill file can be made.
      queued_ += buf.size();
      d.queued.push_back(std::move(buf));
      buf = pool_.take();
      // Without a spill file, wait for the turn unless the queue still has
      // room. The head's worker never waits, so the head always moves on.
      if (!last && !can_spill_)
        turn_.wait(lock, [&] { return stopped_ || writes_through(doc) || queued_ < budget_; });
    }
  }
  if (stopped_) throw Stopped();
}

void OrderedOutput::finish(std::size_t doc, Buffer& buf) {
  hand_over(doc, buf, true);
  std::unique_lock<std::mutex> lock(mu_);
  docs_[doc].finished = true;
  if (writes_through(doc)) advance(lock);
  if (stopped_) throw Stopped();
}

void OrderedOutput::abandon(std::size_t doc) noexcept {
  std::unique_lock<std::mutex> lock(mu_);
  Doc& d = docs_[doc];
  for (Buffer& b : d.queued) queued_ -= b.size();
  d.queued.clear();
  d.spill.close();
  d.finished = true;
  if (writes_through(doc)) advance(lock);
}

}  // namespace mubiao::cli
