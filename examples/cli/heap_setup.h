// How the command's heap keeps memory between documents. glibc's default
// gives every block past a threshold (128 KiB, raised to the largest block
// freed so far) its own mapping, unmapped when freed, and hands free memory
// at the top of a heap back to the kernel past twice that threshold. A
// document's working set is a few large vectors (units, plain text,
// statements: megabytes each), so each document after the first faulted its
// pages in afresh, and each worker of --jobs did so in its own heap: on
// this VM a fault costs some 10 us, and `targets --jobs 2` on four 3.5 MB
// files took 5000 faults where 2200 do. Unmapping also costs the other
// worker a TLB shootdown.
#ifndef MUBIAO_CLI_HEAP_SETUP_H_
#define MUBIAO_CLI_HEAP_SETUP_H_

#include <cstddef>

namespace mubiao::cli {

// Blocks up to this size come from the heap (glibc's largest allowed value
// on 64-bit systems): a document's vectors, once freed, serve the next.
constexpr std::size_t kHeapBlockMax = std::size_t{32} << 20;
// Free memory a heap keeps rather than returning it to the kernel: more than
// one document's working set, so that the next reuses its pages. A command
// runs once and exits, so memory kept is not memory held for long; peak
// memory is unchanged (bench/cli_bench.sh checks it).
constexpr std::size_t kHeapKeep = std::size_t{256} << 20;

// Sets both (mallopt) for the whole process; before the first document.
// False where the C library does not take them (not glibc): then nothing
// changes but the speed.
bool keep_freed_memory();

// Even reused, a document's working set is first written 4 KiB at a time:
// some 1000 page faults for four 3.5 MB files through `numbers` (of ~110
// ms, ~15 ms), and with --jobs each worker faults its own heap in. Where
// the kernel leaves transparent huge pages to madvise (Debian's default),
// a 2 MiB page faults in at once. advise_huge_heap() grows the calling
// thread's heap (glibc gives each thread of a process its own) by
// kHeapAdvised bytes, asks for huge pages on the mapping that holds them,
// keeps the rest of the 2 MiB range where the heap's free top began taken
// (that range has pages already, a worker's bookkeeping, and would go on
// faulting 4 KiB at a time), and frees the blocks: kept by the heap when
// keep_freed_memory() has been called, so the next blocks come from there.
// Nothing is written: memory is taken only as the documents touch it, 2
// MiB at a time (peak RSS of `targets` on the seed 8.5 -> 10.3 MB). Call it
// on each thread that reads documents; it does nothing before
// keep_freed_memory() has taken. False where nothing was advised (not
// Linux, not glibc, settings not taken, no memory, mapping not found).
constexpr std::size_t kHeapAdvised = 2 * (kHeapBlockMax - (std::size_t{1} << 20));
bool advise_huge_heap();

}  // namespace mubiao::cli

#endif  // MUBIAO_CLI_HEAP_SETUP_H_
