// A part built on its first use, once, safely from several threads. A
// Pipeline holds stages that one command never calls (`mubiao numbers` cuts
// no words and extracts no targets): building the word lexicon and the
// target cues only when asked keeps them out of every other command's
// start-up.
#ifndef MUBIAO_LIB_TEXT_LAZY_H_
#define MUBIAO_LIB_TEXT_LAZY_H_

#include <memory>
#include <mutex>

namespace mubiao {

template <class T>
class Lazy {
 public:
  // The part, made by make() (returning a std::unique_ptr<T>) on the first
  // call. A make() that throws leaves it unmade for the next call.
  template <class Make>
  const T& get(const Make& make) const {
    std::call_once(once_, [&] { part_ = make(); });
    return *part_;
  }

 private:
  mutable std::once_flag once_;
  mutable std::unique_ptr<T> part_;
};

}  // namespace mubiao

#endif  // MUBIAO_LIB_TEXT_LAZY_H_
