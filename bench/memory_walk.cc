// What the machine gives a second thread that walks memory: each thread
// writes its own block of MB megabytes once, then reads and writes one byte
// per 64-byte line of it PASSES times. Run with 1 and with 2 threads: when
// the blocks of both threads fit the caches they share, two take as long as
// one; past that, the second thread slows both (bench/jobs_ceiling.sh prints
// the ratios beside --jobs 2's).
//
// usage: mubiao_memory_walk MB THREADS PASSES   (prints the slowest walk in ms)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

// The walk's time in ms (the block's first writing, which the kernel's page
// faults dominate, left out); the sum keeps the walk from being left out.
double walk(std::size_t bytes, int passes, unsigned long& out) {
  std::vector<unsigned char> block(bytes, 1);
  unsigned long sum = 0;  // local: the threads' results share a cache line
  const auto t0 = Clock::now();
  for (int p = 0; p < passes; ++p)
    for (std::size_t i = 0; i < bytes; i += 64) {
      sum += block[i];
      block[i] = static_cast<unsigned char>(sum);
    }
  const auto t1 = Clock::now();
  out = sum;
  return std::chrono::duration<double, std::milli>(t1 - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: mubiao_memory_walk MB THREADS PASSES\n");
    return 2;
  }
  const std::size_t bytes = std::strtoul(argv[1], nullptr, 10) << 20;
  const int threads = std::atoi(argv[2]), passes = std::atoi(argv[3]);
  if (bytes == 0 || threads < 1 || threads > 64 || passes < 1) {
    std::fprintf(stderr, "mubiao_memory_walk: MB, THREADS (1-64) and PASSES must be positive\n");
    return 2;
  }
  std::vector<std::thread> pool;
  std::vector<double> ms(static_cast<std::size_t>(threads));
  std::vector<unsigned long> sums(static_cast<std::size_t>(threads));
  for (std::size_t t = 0; t < ms.size(); ++t)
    pool.emplace_back([&, t] { ms[t] = walk(bytes, passes, sums[t]); });
  for (auto& t : pool) t.join();
  double slowest = 0;
  unsigned long all = 0;
  for (std::size_t t = 0; t < ms.size(); ++t) {
    slowest = ms[t] > slowest ? ms[t] : slowest;
    all += sums[t];
  }
  std::printf("%.1f %lu\n", slowest, all % 10);  // the slowest thread's walk, in ms
  return 0;
}
