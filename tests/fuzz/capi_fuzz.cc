// Fuzz target: the C ABI (capi/mubiao.h), called as a C program would. One
// pipeline for the whole run; every stage on the input, every accessor of
// every item, every handle freed (and the NULL frees that must be no-ops).
// Views must be valid UTF-8, span accessors must agree with their text
// accessors (text == input[start, end)), statuses must be known codes, and
// a failure must leave *out NULL and an error with a message.
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "data/structure_tables.h"
#include "invariants.h"
#include "mubiao.h"
#include "text/utf8.h"

namespace {

using mubiao::fuzz::check;

std::string_view input;  // the text of the current run

// len is read inside, after the accessor has written it (the order in
// which arguments are evaluated is unspecified).
std::string_view view(const char* p, const size_t* len, const char* what) {
  check(p != nullptr, what);
  std::string_view v(p, *len);
  check(!mubiao::find_invalid_utf8(v), what, *len);
  return v;
}

#define VIEW(fn, item) view(fn(item, &n), &n, #fn)

// A span accessor and its text accessor: in bounds, on boundaries, the same
// bytes as the input there.
// Boundaries are judged within input[0, limit): a words range of a text may
// end where invalid bytes follow it.
void check_span_text(size_t start, size_t end, std::string_view text, const char* what,
                     size_t limit = SIZE_MAX) {
  mubiao::fuzz::check_span(input.substr(0, limit), mubiao::Span{start, end}, what);
  check(text == input.substr(start, end - start), what, start, end);
}

void check_status(mubiao_status st, mubiao_error* err, const void* out) {
  check(st >= MUBIAO_OK && st <= MUBIAO_ERROR_INTERNAL, "unknown status", static_cast<size_t>(st));
  check(std::strcmp(mubiao_status_string(st), "unknown status") != 0, "status without name");
  if (st == MUBIAO_OK) {
    check(err == nullptr, "error set on success");
    check(out != nullptr, "no result on success");
    return;
  }
  check(out == nullptr, "result left on failure");
  check(err != nullptr, "no error on failure");
  check(mubiao_error_code(err) == st, "error code != status");
  check(mubiao_error_message(err) != nullptr && *mubiao_error_message(err), "empty message");
  // Only INVALID_UTF8 is expected from well-formed calls, at the first bad byte.
  check(st == MUBIAO_ERROR_INVALID_UTF8, "unexpected failure", static_cast<size_t>(st));
  auto bad = mubiao::find_invalid_utf8(input);
  check(bad && *bad == mubiao_error_offset(err), "InvalidUtf8 offset", mubiao_error_offset(err));
  mubiao_error_free(err);
}

void check_out_of_range(mubiao_status st, const void* out) {
  check(st == MUBIAO_ERROR_OUT_OF_RANGE && out == nullptr, "get past the end");
}

void walk_document(const mubiao_document* d) {
  size_t n, s, e;
  const size_t sections = mubiao_document_section_count(d);
  for (size_t i = 0; i < sections; ++i) {
    const mubiao_section* sec = nullptr;
    check(mubiao_document_section_get(d, i, &sec, nullptr) == MUBIAO_OK && sec, "section get");
    mubiao_section_span(sec, &s, &e);
    check_span_text(s, e, VIEW(mubiao_section_text, sec), "section text");
    std::string_view heading = VIEW(mubiao_section_heading, sec);
    mubiao_section_heading_span(sec, &s, &e);
    mubiao::fuzz::check_span(input, mubiao::Span{s, e}, "heading span");
    const int32_t depth = mubiao_section_depth(sec);
    check(depth >= 0, "negative depth");
    // The preamble (depth 0) has no heading; every other section has one.
    check((depth == 0) == heading.empty(), "heading iff depth > 0", i, static_cast<size_t>(depth));
    check(mubiao_section_parent(sec) < sections, "section parent", mubiao_section_parent(sec));
  }
  const mubiao_section* none = nullptr;
  check_out_of_range(mubiao_document_section_get(d, sections, &none, nullptr), none);
  for (mubiao_level level :
       {MUBIAO_LEVEL_SECTION, MUBIAO_LEVEL_PARAGRAPH, MUBIAO_LEVEL_SENTENCE, MUBIAO_LEVEL_CLAUSE}) {
    const size_t units = mubiao_document_unit_count(d, level);
    size_t last_end = 0;
    for (size_t i = 0; i < units; ++i) {
      const mubiao_unit* u = nullptr;
      check(mubiao_document_unit_get(d, level, i, &u, nullptr) == MUBIAO_OK && u, "unit get");
      mubiao_unit_span(u, &s, &e);
      check_span_text(s, e, VIEW(mubiao_unit_text, u), "unit text");
      if (level != MUBIAO_LEVEL_SECTION) check(s >= last_end, "units overlap", s, last_end);
      last_end = e;
      check(mubiao_unit_section(u) < sections, "unit section");
      VIEW(mubiao_unit_section_heading, u);
    }
    const mubiao_unit* past = nullptr;
    check_out_of_range(mubiao_document_unit_get(d, level, units, &past, nullptr), past);
  }
  check(mubiao_document_unit_count(d, 4) == 0 && mubiao_document_unit_count(d, -1) == 0,
        "unknown level has units");
  const mubiao_unit* u = nullptr;
  mubiao_error* err = nullptr;
  check(mubiao_document_unit_get(d, 7, 0, &u, &err) == MUBIAO_ERROR_INVALID_ARGUMENT && !u && err,
        "unknown level accepted");
  mubiao_error_free(err);
}

void walk_words(const mubiao_words* w, size_t from, size_t to) {
  size_t n, s, e, last_end = from;
  const size_t count = mubiao_words_count(w);
  for (size_t i = 0; i < count; ++i) {
    const mubiao_word* word = nullptr;
    check(mubiao_words_get(w, i, &word, nullptr) == MUBIAO_OK && word, "word get");
    mubiao_word_span(word, &s, &e);
    check_span_text(s, e, VIEW(mubiao_word_text, word), "word text", to);
    check(s >= last_end && e <= to && s < e, "word outside range or overlapping", s, e);
    last_end = e;
    std::string_view type = VIEW(mubiao_word_type, word);
    check(type == "word" || type == "number" || type == "punct" || type == "latin", "word type");
  }
  const mubiao_word* past = nullptr;
  check_out_of_range(mubiao_words_get(w, count, &past, nullptr), past);
}

void walk_numbers(const mubiao_numbers* ns) {
  size_t n, s, e, last_end = 0;
  const size_t count = mubiao_numbers_count(ns);
  for (size_t i = 0; i < count; ++i) {
    const mubiao_number* num = nullptr;
    check(mubiao_numbers_get(ns, i, &num, nullptr) == MUBIAO_OK && num, "number get");
    mubiao_number_span(num, &s, &e);
    check_span_text(s, e, VIEW(mubiao_number_text, num), "number text");
    check(s >= last_end && s < e, "numbers overlap", s, e);
    last_end = e;
    check(!VIEW(mubiao_number_kind, num).empty(), "number kind");
    check(!VIEW(mubiao_number_qualifier, num).empty(), "number qualifier");
    VIEW(mubiao_number_unit, num);
    double v = NAN, up = NAN;
    const int has_value = mubiao_number_value(num, &v);
    check(has_value == (mubiao_number_value(num, nullptr)), "value with NULL out");
    check(has_value == !VIEW(mubiao_number_value_text, num).empty(), "value text iff value");
    if (has_value) check(std::isfinite(v), "number value");
    const int has_upper = mubiao_number_upper(num, &up);
    check(has_upper == !VIEW(mubiao_number_upper_text, num).empty(), "upper text iff upper");
    if (has_upper) check(std::isfinite(up), "number upper");
    const int approx = mubiao_number_approximate(num);
    check(approx == 0 || approx == 1, "approximate");
  }
  const mubiao_number* past = nullptr;
  check_out_of_range(mubiao_numbers_get(ns, count, &past, nullptr), past);
}

// A text field read at [s, e) is those bytes with the layout removed (line
// breaks, page numbers): its bytes appear there in order, a space standing
// for removed whitespace.
void check_layout_free(size_t s, size_t e, std::string_view field, const char* what) {
  mubiao::fuzz::check_span(input, mubiao::Span{s, e}, what);
  const std::string_view src = input.substr(s, e - s);
  std::size_t j = 0;
  // A space in a field may stand for layout the plain text removed (a line
  // break, a run of blanks between two Latin words): it maps to the first
  // byte of that whitespace (lib/segment/plain_text.cc).
  auto starts_whitespace = [&](std::size_t at) {
    if ((static_cast<unsigned char>(src[at]) & 0xC0) == 0x80) return false;  // inside a character
    std::size_t k = at;
    return mubiao::data::structure::is_whitespace(mubiao::utf8::decode(src, k));
  };
  for (char c : field) {
    while (j < src.size() && src[j] != c && !(c == ' ' && starts_whitespace(j))) ++j;
    check(j < src.size(), what, s, e);
    ++j;
  }
  check(field.find('\n') == std::string_view::npos, what, s, e);
}

void walk_targets(const mubiao_targets* ts) {
  size_t n, s, e;
  const size_t count = mubiao_targets_count(ts);
  for (size_t i = 0; i < count; ++i) {
    const mubiao_target* t = nullptr;
    check(mubiao_targets_get(ts, i, &t, nullptr) == MUBIAO_OK && t, "target get");
    mubiao_target_span(t, &s, &e);
    check_span_text(s, e, VIEW(mubiao_target_text, t), "target text");
    const size_t ev_start = s, ev_end = e;
    VIEW(mubiao_target_section_heading, t);
    std::string_view stance = VIEW(mubiao_target_stance, t);
    check(stance == "target" || stance == "achievement", "stance");
    std::string_view indicator = VIEW(mubiao_target_indicator, t);
    check(!indicator.empty(), "empty indicator");
    mubiao_target_indicator_span(t, &s, &e);
    if (s != e) check_layout_free(s, e, indicator, "indicator span");
    check(!VIEW(mubiao_target_measure, t).empty(), "measure");
    check(!VIEW(mubiao_target_comparator, t).empty(), "comparator");
    check(!VIEW(mubiao_target_modality, t).empty(), "modality");
    check(!VIEW(mubiao_target_rule, t).empty(), "rule");
    VIEW(mubiao_target_unit, t);
    VIEW(mubiao_target_horizon, t);
    std::string_view reference = VIEW(mubiao_target_reference, t);
    double v = NAN, up = NAN;
    const int has_value = mubiao_target_value(t, &v);
    check(has_value == !VIEW(mubiao_target_value_text, t).empty(), "value text iff value");
    check(has_value == reference.empty(), "value iff no benchmark reference");
    if (has_value) check(std::isfinite(v), "target value");
    const int has_upper = mubiao_target_upper(t, &up);
    check(has_upper == !VIEW(mubiao_target_upper_text, t).empty(), "upper text iff upper");
    if (has_upper) check(std::isfinite(up) && has_value, "target upper");
    mubiao_target_value_span(t, &s, &e);
    mubiao::fuzz::check_span(input, mubiao::Span{s, e}, "value span");
    // A value is read from a number in the text (its span), except a
    // benchmark's threshold stated in words (正增长: gt 0), which has none.
    const bool benchmark = VIEW(mubiao_target_rule, t).substr(0, 10) == "benchmark:";
    check((s != e) == !benchmark, "value span iff not a benchmark");
    check(has_value || s == e, "value span without value");
    if (s != e) check(ev_start <= s && e <= ev_end, "value outside evidence", s, e);
    (void)mubiao_target_sentence(t);
    (void)mubiao_target_section(t);
  }
  const mubiao_target* past = nullptr;
  check_out_of_range(mubiao_targets_get(ts, count, &past, nullptr), past);
}

// Accessors on NULL items give 0 or an empty view and never fail.
void check_null_items() {
  size_t n = 7, s = 1, e = 2;
  check(VIEW(mubiao_target_indicator, nullptr).empty() &&
            VIEW(mubiao_number_text, nullptr).empty() && VIEW(mubiao_word_text, nullptr).empty() &&
            VIEW(mubiao_unit_text, nullptr).empty() &&
            VIEW(mubiao_section_heading, nullptr).empty(),
        "NULL item view");
  mubiao_target_span(nullptr, &s, &e);
  check(s == 0 && e == 0, "NULL item span");
  check(mubiao_targets_count(nullptr) == 0 && mubiao_numbers_count(nullptr) == 0 &&
            mubiao_words_count(nullptr) == 0 && mubiao_document_section_count(nullptr) == 0,
        "NULL result count");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static mubiao_pipeline* pipeline = [] {
    mubiao_pipeline* p = nullptr;
    if (mubiao_pipeline_new(nullptr, &p, nullptr) != MUBIAO_OK) mubiao::fuzz::fail("pipeline_new");
    return p;
  }();
  const char* text = size ? reinterpret_cast<const char*>(data) : nullptr;
  input = std::string_view(reinterpret_cast<const char*>(data), size);

  mubiao_error* err = reinterpret_cast<mubiao_error*>(1);  // must be overwritten
  mubiao_document* doc = reinterpret_cast<mubiao_document*>(1);
  mubiao_status st = mubiao_pipeline_segment(pipeline, text, size, &doc, &err);
  check_status(st, err, doc);
  if (doc) walk_document(doc);

  // Words of the whole text, then of a middle third (the library clamps the
  // range and may refuse one that cuts a character).
  mubiao_words* words = nullptr;
  err = reinterpret_cast<mubiao_error*>(1);
  st = mubiao_pipeline_words(pipeline, text, size, 0, SIZE_MAX, &words, &err);
  check_status(st, err, words);
  if (words) walk_words(words, 0, size);
  mubiao_words_free(words);
  words = nullptr;
  const size_t a = size / 3, b = size - size / 3;
  st = mubiao_pipeline_words(pipeline, text, size, a, b, &words, nullptr);
  check(st == MUBIAO_OK || st == MUBIAO_ERROR_INVALID_UTF8, "words of a range",
        static_cast<size_t>(st));
  check((st == MUBIAO_OK) == (words != nullptr), "words out");
  if (words) walk_words(words, a, b);
  mubiao_words_free(words);

  mubiao_numbers* numbers = nullptr;
  err = reinterpret_cast<mubiao_error*>(1);
  st = mubiao_pipeline_numbers(pipeline, text, size, &numbers, &err);
  check_status(st, err, numbers);
  if (numbers) walk_numbers(numbers);

  mubiao_targets* targets = nullptr;
  err = reinterpret_cast<mubiao_error*>(1);
  st = mubiao_pipeline_targets(pipeline, text, size, &targets, &err);
  check_status(st, err, targets);
  if (targets) walk_targets(targets);

  // A result outlives what made it: read again after the others are freed.
  mubiao_document_free(doc);
  mubiao_numbers_free(numbers);
  if (targets) walk_targets(targets);
  mubiao_targets_free(targets);

  check_null_items();
  mubiao_document_free(nullptr);
  mubiao_words_free(nullptr);
  mubiao_numbers_free(nullptr);
  mubiao_targets_free(nullptr);
  mubiao_error_free(nullptr);
  mubiao_options_free(nullptr);
  return 0;
}
