// The baseline of the command-line benchmark (bench/cli_bench.sh): ICU's
// word BreakIterator (locale zh, UTF-8 UText) over a file, either as a bare
// break loop (--count) or writing the same JSON Lines as
// `mubiao segment --level word` through the same encoder (encode.cc):
// doc, level, start, end, text, section, type. ICU knows no sections, so
// section is "", which makes its records a little shorter than mubiao's.
// Labels are written from static strings, so the cache of repeated values
// applies as in the CLI.
//
//   mubiao_icu_words [--count] FILE > out.jsonl
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include "buffer.h"
#include "encode.h"
#include "mubiao/present.h"

namespace {

// word / number / punct / latin, as mubiao's token types, from ICU's rule
// status and the first byte; none for whitespace, which mubiao skips too.
const char* type_of(int32_t status, std::string_view word) {
  if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) return "number";
  if (status >= UBRK_WORD_LETTER && status < UBRK_WORD_LETTER_LIMIT)
    return static_cast<unsigned char>(word[0]) < 0x80 ? "latin" : "word";
  if (status >= UBRK_WORD_KANA && status < UBRK_WORD_IDEO_LIMIT) return "word";
  for (char c : word)
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return "punct";
  return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
  bool count_only = false;
  const char* path = nullptr;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--count"))
      count_only = true;
    else
      path = argv[i];
  }
  if (!path) {
    std::fprintf(stderr, "usage: mubiao_icu_words [--count] FILE\n");
    return 2;
  }
  std::ifstream in(path, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());

  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(
      icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  bi->setText(ut, status);
  if (U_FAILURE(status)) return 1;

  std::size_t n = 0;
  if (count_only) {
    for (int32_t p = bi->next(); p != icu::BreakIterator::DONE; p = bi->next()) ++n;
    std::printf("%zu\n", n);
    return 0;
  }
  using namespace mubiao;
  const Schema& schema = word_schema();
  const std::size_t doc = schema.find("doc"), level = schema.find("level"),
                    start = schema.find("start"), end = schema.find("end"),
                    word = schema.find("text"), section = schema.find("section"),
                    type = schema.find("type");
  Row row;
  cli::Buffer out(1 << 20);
  cli::JsonCache cache(path, text);  // as the CLI does per document
  int32_t from = 0;
  for (int32_t p = bi->next(); p != icu::BreakIterator::DONE; from = p, p = bi->next()) {
    const std::string_view w(text.data() + from, static_cast<std::size_t>(p - from));
    const char* t = type_of(bi->getRuleStatus(), w);
    if (!t) continue;
    row.reset(schema);
    row[doc].set_text(path);
    row[level].set_text("word");
    row[start].set_count(static_cast<std::uint64_t>(from));
    row[end].set_count(static_cast<std::uint64_t>(p));
    row[word].set_text(w);
    row[section].set_text("");
    row[type].set_text(t);
    cli::encode_json(row, out, &cache);
    if (out.size() >= (1 << 20)) {
      if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size()) return 1;
      out.clear();
    }
  }
  utext_close(ut);
  if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0)
    return 1;
  return 0;
}
