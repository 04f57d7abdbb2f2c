#include "mapped_guard.h"

#include <atomic>
#include <csignal>
#include <cstdint>

#include <unistd.h>

namespace mubiao::cli {

namespace {

// One slot per file being read at once (one per job); a slot is claimed by
// setting its message, then its range is published.
struct Slot {
  std::atomic<const char*> message{nullptr};
  std::atomic<std::uintptr_t> begin{0}, end{0};
};
constexpr int kSlots = 256;
Slot slots[kSlots];

extern "C" void on_sigbus(int sig, siginfo_t* info, void*) {
  const auto at = reinterpret_cast<std::uintptr_t>(info->si_addr);
  for (Slot& s : slots) {
    const char* message = s.message.load();
    if (!message || at < s.begin.load() || at >= s.end.load()) continue;
    std::size_t n = 0;
    while (message[n]) ++n;
    // Only async-signal-safe calls from here.
    [[maybe_unused]] const ssize_t w = ::write(2, message, n);
    ::_exit(1);
  }
  ::signal(sig, SIG_DFL);  // not a mapped input's: the default, a crash
  ::raise(sig);
}

}  // namespace

void install_mapped_guard() {
  struct sigaction sa = {};
  sa.sa_sigaction = on_sigbus;
  sa.sa_flags = SA_SIGINFO | SA_RESETHAND;
  sigemptyset(&sa.sa_mask);
  ::sigaction(SIGBUS, &sa, nullptr);
}

MappedGuard::MappedGuard(std::string_view text, const std::string& file)
    : message_("mubiao: " + file +
               ": the file was cut short while it was read (written to in place); "
               "stopped\n") {
  for (int i = 0; i < kSlots; ++i) {
    const char* none = nullptr;
    if (!slots[i].message.compare_exchange_strong(none, message_.c_str())) continue;
    slots[i].end.store(0);
    slots[i].begin.store(reinterpret_cast<std::uintptr_t>(text.data()));
    slots[i].end.store(reinterpret_cast<std::uintptr_t>(text.data() + text.size()));
    slot_ = i;
    return;
  }
}

MappedGuard::~MappedGuard() {
  if (slot_ < 0) return;
  slots[slot_].end.store(0);
  slots[slot_].begin.store(0);
  slots[slot_].message.store(nullptr);
}

}  // namespace mubiao::cli
