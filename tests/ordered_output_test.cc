// The command line's ordered output (examples/cli/ordered_output.cc): the
// documents' bytes reach the output in input order and in the chunks they
// were handed over in, whether a chunk waited in memory, in a spill file
// (past the memory budget) or not at all; without a spill folder a document
// waits for its turn instead; a spill file that fails stops the output with
// its reason.
#define BOOST_TEST_MODULE ordered_output
#include <boost/test/unit_test.hpp>

#include <sys/resource.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "mubiao/batch.h"
#include "ordered_output.h"

namespace {

using mubiao::cli::Buffer;
using mubiao::cli::OrderedOutput;

constexpr std::size_t kChunk = OrderedOutput::kChunk;

// Chunk k of document doc: kChunk + k bytes (so that a chunk is handed over
// at once), each telling whose it is.
std::string chunk_of(std::size_t doc, std::size_t k) {
  std::string s = "doc" + std::to_string(doc) + " chunk" + std::to_string(k) + " ";
  s.resize(kChunk + k, static_cast<char>('a' + doc % 26));
  return s;
}

// What consume saw: every chunk, as handed to it.
struct Sink {
  std::vector<std::string> chunks;
  OrderedOutput::Consume consume() {
    return [this](std::string_view b) {
      chunks.emplace_back(b);
      return true;
    };
  }
};

// Document doc, `chunks` chunks of it, through out; the last chunk by finish.
void write_doc(OrderedOutput& out, std::size_t doc, std::size_t chunks) {
  Buffer buf = out.chunk();
  for (std::size_t k = 0; k < chunks; ++k) {
    buf.append(chunk_of(doc, k));
    if (k + 1 < chunks) out.flush(doc, buf);
  }
  out.finish(doc, buf);
}

std::vector<std::string> expected(const std::vector<std::size_t>& chunks) {
  std::vector<std::string> e;
  for (std::size_t d = 0; d < chunks.size(); ++d)
    for (std::size_t k = 0; k < chunks[d]; ++k) e.push_back(chunk_of(d, k));
  return e;
}

std::string temp_folder() {
  char name[] = "/tmp/ordered-output-test-XXXXXX";
  BOOST_TEST_REQUIRE(::mkdtemp(name) != nullptr);
  return name;
}

}  // namespace

BOOST_AUTO_TEST_CASE(later_documents_spill_past_the_budget_and_come_out_in_order) {
  const std::string folder = temp_folder();
  Sink sink;
  // A budget of two chunks: the rest of documents 1 and 2 goes to files.
  OrderedOutput out(3, sink.consume(), 2 * kChunk, folder);
  write_doc(out, 2, 5);
  write_doc(out, 1, 4);
  BOOST_TEST(sink.chunks.empty());
  BOOST_TEST(out.spilled() > 0u);
  write_doc(out, 0, 3);
  BOOST_TEST(!out.stopped());
  BOOST_TEST(out.error().empty());
  BOOST_TEST_REQUIRE(sink.chunks.size() == 12u);
  BOOST_TEST(sink.chunks == expected({3, 4, 5}), "chunks in order and whole");
  ::rmdir(folder.c_str());  // empty: the spill files were unlinked at once
}

BOOST_AUTO_TEST_CASE(the_head_writes_straight_through) {
  Sink sink;
  OrderedOutput out(2, sink.consume(), 0, temp_folder());
  Buffer buf = out.chunk();
  buf.append(chunk_of(0, 0));
  out.flush(0, buf);
  BOOST_TEST(sink.chunks.size() == 1u);
  BOOST_TEST(buf.empty());
  out.finish(0, buf);
  BOOST_TEST(out.spilled() == 0u);
}

BOOST_AUTO_TEST_CASE(an_abandoned_document_leaves_nothing_even_when_spilled) {
  Sink sink;
  OrderedOutput out(3, sink.consume(), 0, temp_folder());
  Buffer buf = out.chunk();
  buf.append(chunk_of(1, 0));
  out.flush(1, buf);
  BOOST_TEST(out.spilled() > 0u);
  out.abandon(1);
  write_doc(out, 2, 2);
  write_doc(out, 0, 1);
  BOOST_TEST(sink.chunks ==
             std::vector<std::string>({chunk_of(0, 0), chunk_of(2, 0), chunk_of(2, 1)}));
}

BOOST_AUTO_TEST_CASE(without_a_spill_folder_a_document_waits_for_its_turn) {
  Sink sink;
  OrderedOutput out(2, sink.consume(), kChunk, "/nonexistent/folder");
  // Document 1 queues one chunk, then waits until document 0 is done.
  std::thread later([&] { write_doc(out, 1, 6); });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  write_doc(out, 0, 2);
  later.join();
  BOOST_TEST(out.spilled() == 0u);
  BOOST_TEST(out.error().empty());
  BOOST_TEST(sink.chunks == expected({2, 6}));
}

BOOST_AUTO_TEST_CASE(a_spill_file_that_fails_stops_the_output_with_its_reason) {
  const std::string folder = temp_folder();
  Sink sink;
  OrderedOutput out(2, sink.consume(), 0, folder);
  // Files of at most 64 KiB: the first chunk's write fails (EFBIG, the
  // signal ignored), as on a full disk.
  const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  rlimit old{};
  ::getrlimit(RLIMIT_FSIZE, &old);
  rlimit small = old;
  small.rlim_cur = 64 * 1024;
  ::setrlimit(RLIMIT_FSIZE, &small);
  Buffer buf = out.chunk();
  buf.append(chunk_of(1, 0));
  bool threw = false;
  try {
    out.flush(1, buf);
  } catch (const OrderedOutput::Stopped&) {
    threw = true;
  }
  ::setrlimit(RLIMIT_FSIZE, &old);
  std::signal(SIGXFSZ, old_handler);
  BOOST_TEST(threw);
  BOOST_TEST(out.stopped());
  const std::string e = out.error();
  BOOST_TEST(e.find("cannot write a temporary file in " + folder) == 0u, e);
  BOOST_TEST(e.find("File too large") != std::string::npos, e);
  out.abandon(1);
  Buffer head = out.chunk();
  head.append("x");
  BOOST_CHECK_THROW(out.finish(0, head), OrderedOutput::Stopped);
  BOOST_TEST(sink.chunks.empty());
  ::rmdir(folder.c_str());
}

// Many documents on two threads as the command runs them, with a budget of
// one chunk: chunks go to memory, to files and straight out in every mix,
// and a document may become the head while its worker appends to its file.
BOOST_AUTO_TEST_CASE(two_workers_keep_the_order) {
  const std::string folder = temp_folder();
  std::vector<std::size_t> chunks;
  for (std::size_t d = 0; d < 24; ++d) chunks.push_back(1 + (d * 7) % 5);
  for (int round = 0; round < 5; ++round) {
    Sink sink;
    OrderedOutput out(chunks.size(), sink.consume(), kChunk, folder);
    mubiao::run_batch(
        chunks.size(), 2, [&](std::size_t d) { write_doc(out, d, chunks[d]); }, nullptr);
    BOOST_TEST(!out.stopped());
    BOOST_TEST(sink.chunks == expected(chunks));
  }
  ::rmdir(folder.c_str());
}
