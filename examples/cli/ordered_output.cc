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

void OrderedOutput::write_locked(std::string_view bytes) {
  if (stopped_ || bytes.empty()) return;
  try {
    if (!consume_(bytes)) stopped_ = true;
  } catch (...) {  // out of memory in a table writer: stop as for a failed write
    stopped_ = true;
  }
}

// Writes what the document queued: its chunks in memory, then its spill
// file. Not the spill file while its worker appends to it: the worker
// writes it when done (hand_over).
void OrderedOutput::drain_locked(Doc& d) {
  for (Buffer& b : d.queued) {
    queued_ -= b.size();
    write_locked(b.view());
  }
  d.queued.clear();  // the blocks go back to the pool
  if (d.spilling || !d.spill.is_open()) return;
  if (stopped_) {
    d.spill.close();
  } else if (!d.spill.replay(scratch_, [&](std::string_view bytes) {
               write_locked(bytes);
               return !stopped_;
             })) {
    stopped_ = true;
    error_ = d.spill.error();
  }
}

// Writes what the new head queued; moves past every finished document.
void OrderedOutput::advance_locked() {
  while (head_ < docs_.size()) {
    Doc& d = docs_[head_];
    drain_locked(d);
    if (!d.finished) break;
    ++head_;
  }
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
  if (!opened) {
    // Nothing of the document is in a file yet, so its chunks may stay in
    // memory, in order; it waits for its turn when the queue is full.
    can_spill_ = false;
    return false;
  }
  if (!ok) {
    if (!stopped_) error_ = d.spill.error();
    stopped_ = true;
    turn_.notify_all();
    throw Stopped();
  }
  spilled_ += buf.size();
  buf.clear();
  // The document became the head meanwhile: what it spilled comes first.
  if (doc == head_) drain_locked(d);
  return true;
}

void OrderedOutput::hand_over(std::size_t doc, Buffer& buf, bool last) {
  std::unique_lock<std::mutex> lock(mu_);
  if (stopped_) throw Stopped();
  Doc& d = docs_[doc];
  if (doc == head_) {
    drain_locked(d);  // a spill file the head's worker was writing when its turn came
    write_locked(buf.view());
    buf.clear();
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
        turn_.wait(lock, [&] { return stopped_ || doc == head_ || queued_ < budget_; });
    }
  }
  if (stopped_) throw Stopped();
}

void OrderedOutput::finish(std::size_t doc, Buffer& buf) {
  hand_over(doc, buf, true);
  std::lock_guard<std::mutex> lock(mu_);
  docs_[doc].finished = true;
  if (doc == head_) advance_locked();
  if (stopped_) throw Stopped();
}

void OrderedOutput::abandon(std::size_t doc) noexcept {
  std::lock_guard<std::mutex> lock(mu_);
  Doc& d = docs_[doc];
  for (Buffer& b : d.queued) queued_ -= b.size();
  d.queued.clear();
  d.spill.close();
  d.finished = true;
  if (doc == head_) advance_locked();
}

}  // namespace mubiao::cli
