#include "ordered_output.h"

#include <utility>

namespace mubiao::cli {

OrderedOutput::OrderedOutput(std::size_t documents, Consume consume, std::size_t budget)
    : consume_(std::move(consume)), budget_(budget), docs_(documents) {}

bool OrderedOutput::stopped() const {
  std::lock_guard<std::mutex> lock(mu_);
  return stopped_;
}

void OrderedOutput::write_locked(Buffer& buf) {
  if (!stopped_ && !buf.empty()) {
    try {
      if (!consume_(buf.view())) stopped_ = true;
    } catch (...) {  // out of memory in a table writer: stop as for a failed write
      stopped_ = true;
    }
  }
  buf.clear();
}

Buffer OrderedOutput::spare_locked() {
  if (spares_.empty()) return Buffer(kChunk + kChunk / 4);
  Buffer b = std::move(spares_.back());
  spares_.pop_back();
  return b;
}

// Writes what the new head queued; moves past every finished document.
void OrderedOutput::advance_locked() {
  while (head_ < docs_.size()) {
    Doc& d = docs_[head_];
    for (Buffer& b : d.queued) {
      queued_ -= b.size();
      write_locked(b);
      spares_.push_back(std::move(b));
    }
    d.queued.clear();
    if (!d.finished) break;
    ++head_;
  }
  turn_.notify_all();
}

void OrderedOutput::hand_over(std::size_t doc, Buffer& buf, bool last) {
  std::unique_lock<std::mutex> lock(mu_);
  if (stopped_) throw Stopped();
  if (doc == head_) {
    write_locked(buf);
  } else {
    queued_ += buf.size();
    docs_[doc].queued.push_back(std::move(buf));
    buf = spare_locked();
    // Wait for the turn, unless the queue still has room. The head's worker
    // never waits, so the head always moves on.
    if (!last) turn_.wait(lock, [&] { return stopped_ || doc == head_ || queued_ < budget_; });
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
  d.finished = true;
  if (doc == head_) advance_locked();
}

}  // namespace mubiao::cli
