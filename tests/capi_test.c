/* The C ABI from C: every function of <mubiao.h> and every error path.
 * Compiled as C99 with -pedantic -Werror, to prove the header is plain C.
 *
 * usage: capi_test REPORT.txt
 *
 * Built twice: against libmubiao.so, and against the fault-injection build
 * (MUBIAO_TEST_FAULTS), which can make a call run out of memory or meet an
 * unexpected C++ exception, the paths no input can reach. */
#include <mubiao.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

#define CHECK(cond)                                                            \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
      ++failures;                                                              \
    }                                                                          \
  } while (0)

#ifdef MUBIAO_TEST_FAULTS
/* In the fault-injection build only; not part of <mubiao.h>. */
void mubiao_testing_inject(int fault);
#endif

/* A short report: a preamble, two top-level sections, a subsection, numbers. */
static const char kReport[] =
    "各位代表：\n"
    "现在，我代表市人民政府作报告。\n"
    "一、2021年工作回顾\n"
    "全市地区生产总值增长7.5%，达到5121.6亿元。\n"
    "二、2022年工作安排\n"
    "（一）主要目标\n"
    "地区生产总值增长7%左右，力争实现8%；城镇新增就业6万人以上。\n";

static int is_one_of(const char *s, size_t n, const char *const *names) {
  for (; *names; ++names)
    if (strlen(*names) == n && memcmp(*names, s, n) == 0) return 1;
  return 0;
}

/* A view [s, s+n) that is exactly text[start, end). */
static int is_span_of(const char *text, size_t text_len, const char *s, size_t n, size_t start,
                      size_t end) {
  return start <= end && end <= text_len && n == end - start &&
         (n == 0 || memcmp(text + start, s, n) == 0);
}

static int has(const char *message, const char *part) { return strstr(message, part) != NULL; }

/* Whether [s, s+n) occurs in text (memmem is not C99). */
static int occurs_in(const char *text, size_t len, const char *s, size_t n) {
  size_t i;
  for (i = 0; i + n <= len; ++i)
    if (memcmp(text + i, s, n) == 0) return 1;
  return 0;
}

/* Checks a failed call's status and error, then frees the error. */
static void expect_error(mubiao_status got, mubiao_error *err, mubiao_status want,
                         const char *message_part, int line) {
  if (got != want || err == NULL || mubiao_error_code(err) != want ||
      !has(mubiao_error_message(err), message_part)) {
    fprintf(stderr, "%s:%d: expected status %d (%s) with a message holding \"%s\", got %d: %s\n",
            __FILE__, line, (int)want, mubiao_status_string(want), message_part, (int)got,
            err ? mubiao_error_message(err) : "(no error)");
    ++failures;
  }
  mubiao_error_free(err);
}
/* The call runs first: it is what sets err. */
#define EXPECT_ERROR(call, err, want, part)                 \
  do {                                                      \
    mubiao_status status_ = (call);                         \
    expect_error(status_, (err), (want), (part), __LINE__); \
  } while (0)

static void test_version(void) {
  CHECK(mubiao_version() == MUBIAO_VERSION_NUMBER);
  CHECK(strcmp(mubiao_version_string(), MUBIAO_VERSION_STRING) == 0);
  CHECK(MUBIAO_ABI_MAJOR <= MUBIAO_VERSION_MAJOR);
}

static void test_status_and_error_accessors(void) {
  mubiao_status codes[] = {MUBIAO_OK,
                           MUBIAO_ERROR_INVALID_ARGUMENT,
                           MUBIAO_ERROR_INVALID_UTF8,
                           MUBIAO_ERROR_OUT_OF_RANGE,
                           MUBIAO_ERROR_OUT_OF_MEMORY,
                           MUBIAO_ERROR_INTERNAL,
                           MUBIAO_ERROR_READ,
                           MUBIAO_ERROR_UNSUPPORTED};
  size_t i, j;
  /* The numbering is part of the ABI. */
  CHECK(MUBIAO_OK == 0 && MUBIAO_ERROR_INVALID_ARGUMENT == 1 && MUBIAO_ERROR_INVALID_UTF8 == 2 &&
        MUBIAO_ERROR_OUT_OF_RANGE == 3 && MUBIAO_ERROR_OUT_OF_MEMORY == 4 &&
        MUBIAO_ERROR_INTERNAL == 5 && MUBIAO_ERROR_READ == 6 && MUBIAO_ERROR_UNSUPPORTED == 7);
  for (i = 0; i < sizeof codes / sizeof codes[0]; ++i) {
    CHECK(mubiao_status_string(codes[i]) != NULL);
    CHECK(strcmp(mubiao_status_string(codes[i]), "unknown status") != 0);
    for (j = 0; j < i; ++j)
      CHECK(strcmp(mubiao_status_string(codes[i]), mubiao_status_string(codes[j])) != 0);
  }
  CHECK(strcmp(mubiao_status_string(-1), "unknown status") == 0);
  CHECK(strcmp(mubiao_status_string(8), "unknown status") == 0);
  CHECK(mubiao_error_code(NULL) == MUBIAO_ERROR_INVALID_ARGUMENT);
  CHECK(strcmp(mubiao_error_message(NULL), "") == 0);
  CHECK(mubiao_error_offset(NULL) == SIZE_MAX);
  mubiao_error_free(NULL);
}

static mubiao_pipeline *test_options_and_pipeline(void) {
  mubiao_options *o = NULL;
  mubiao_pipeline *p = NULL;
  mubiao_error *err = NULL;

  EXPECT_ERROR(mubiao_options_new(NULL, &err), err, MUBIAO_ERROR_INVALID_ARGUMENT, "out");
  CHECK(mubiao_options_new(NULL, NULL) == MUBIAO_ERROR_INVALID_ARGUMENT);
  CHECK(mubiao_options_new(&o, &err) == MUBIAO_OK && o != NULL && err == NULL);

  EXPECT_ERROR(mubiao_options_add_word(NULL, "太忻", 6, &err), err, MUBIAO_ERROR_INVALID_ARGUMENT,
               "options");
  EXPECT_ERROR(mubiao_options_add_word(o, "", 0, &err), err, MUBIAO_ERROR_INVALID_ARGUMENT,
               "empty");
  EXPECT_ERROR(mubiao_options_add_word(o, NULL, 3, &err), err, MUBIAO_ERROR_INVALID_ARGUMENT,
               "empty");
  /* "太" followed by a lone continuation byte: invalid at byte 3. */
  EXPECT_ERROR(mubiao_options_add_word(o, "\xe5\xa4\xaa\x80", 4, &err), err,
               MUBIAO_ERROR_INVALID_UTF8, "byte 3");
  CHECK(mubiao_options_add_word(o, "\xe5\xa4\xaa\x80", 4, NULL) == MUBIAO_ERROR_INVALID_UTF8);
  err = NULL;
  CHECK(mubiao_options_add_word(o, "太忻一体化经济区", strlen("太忻一体化经济区"), &err) ==
        MUBIAO_OK);
  CHECK(err == NULL);

  EXPECT_ERROR(mubiao_pipeline_new(o, NULL, &err), err, MUBIAO_ERROR_INVALID_ARGUMENT, "out");
  CHECK(mubiao_pipeline_new(o, &p, &err) == MUBIAO_OK && p != NULL && err == NULL);
  mubiao_options_free(o); /* the pipeline copied them */
  mubiao_options_free(NULL);
  mubiao_pipeline_free(p);
  mubiao_pipeline_free(NULL);

  p = NULL;
  CHECK(mubiao_pipeline_new(NULL, &p, NULL) == MUBIAO_OK && p != NULL);
  return p;
}

/* Every stage rejects the same bad arguments the same way. */
static void test_stage_arguments(const mubiao_pipeline *p) {
  const char bad[] = "增长\xff"; /* invalid at byte 6 */
  mubiao_error *err = NULL;
  static char sentinel;
  mubiao_document *d = (mubiao_document *)(void *)&sentinel; /* failures reset it to NULL */
  mubiao_words *w = NULL;
  mubiao_numbers *n = NULL;
  mubiao_targets *t = NULL;

  EXPECT_ERROR(mubiao_pipeline_segment(NULL, "a", 1, &d, &err), err, MUBIAO_ERROR_INVALID_ARGUMENT,
               "pipeline");
  CHECK(d == NULL);
  EXPECT_ERROR(mubiao_pipeline_segment(p, "a", 1, NULL, &err), err, MUBIAO_ERROR_INVALID_ARGUMENT,
               "out");
  EXPECT_ERROR(mubiao_pipeline_segment(p, NULL, 1, &d, &err), err, MUBIAO_ERROR_INVALID_ARGUMENT,
               "NULL");
  EXPECT_ERROR(mubiao_pipeline_segment(p, bad, sizeof bad - 1, &d, &err), err,
               MUBIAO_ERROR_INVALID_UTF8, "byte 6");
  CHECK(d == NULL);
  CHECK(mubiao_pipeline_segment(p, bad, sizeof bad - 1, &d, &err) == MUBIAO_ERROR_INVALID_UTF8);
  CHECK(mubiao_error_offset(err) == 6);
  mubiao_error_free(err);
  CHECK(mubiao_pipeline_segment(p, bad, sizeof bad - 1, &d, NULL) == MUBIAO_ERROR_INVALID_UTF8);

  EXPECT_ERROR(mubiao_pipeline_words(NULL, "a", 1, 0, SIZE_MAX, &w, &err), err,
               MUBIAO_ERROR_INVALID_ARGUMENT, "pipeline");
  EXPECT_ERROR(mubiao_pipeline_words(p, "a", 1, 0, SIZE_MAX, NULL, &err), err,
               MUBIAO_ERROR_INVALID_ARGUMENT, "out");
  EXPECT_ERROR(mubiao_pipeline_words(p, NULL, 2, 0, SIZE_MAX, &w, &err), err,
               MUBIAO_ERROR_INVALID_ARGUMENT, "NULL");
  EXPECT_ERROR(mubiao_pipeline_words(p, bad, sizeof bad - 1, 0, SIZE_MAX, &w, &err), err,
               MUBIAO_ERROR_INVALID_UTF8, "byte 6");
  /* A range that cuts "增" after its first byte is not UTF-8. */
  EXPECT_ERROR(mubiao_pipeline_words(p, bad, sizeof bad - 1, 1, 6, &w, &err), err,
               MUBIAO_ERROR_INVALID_UTF8, "byte 1");
  CHECK(w == NULL);

  EXPECT_ERROR(mubiao_pipeline_numbers(NULL, "a", 1, &n, &err), err, MUBIAO_ERROR_INVALID_ARGUMENT,
               "pipeline");
  EXPECT_ERROR(mubiao_pipeline_numbers(p, "a", 1, NULL, &err), err, MUBIAO_ERROR_INVALID_ARGUMENT,
               "out");
  EXPECT_ERROR(mubiao_pipeline_numbers(p, NULL, 1, &n, &err), err, MUBIAO_ERROR_INVALID_ARGUMENT,
               "NULL");
  EXPECT_ERROR(mubiao_pipeline_numbers(p, bad, sizeof bad - 1, &n, &err), err,
               MUBIAO_ERROR_INVALID_UTF8, "byte 6");
  CHECK(n == NULL);

  EXPECT_ERROR(mubiao_pipeline_targets(NULL, "a", 1, &t, &err), err, MUBIAO_ERROR_INVALID_ARGUMENT,
               "pipeline");
  EXPECT_ERROR(mubiao_pipeline_targets(p, "a", 1, NULL, &err), err, MUBIAO_ERROR_INVALID_ARGUMENT,
               "out");
  EXPECT_ERROR(mubiao_pipeline_targets(p, NULL, 1, &t, &err), err, MUBIAO_ERROR_INVALID_ARGUMENT,
               "NULL");
  EXPECT_ERROR(mubiao_pipeline_targets(p, bad, sizeof bad - 1, &t, &err), err,
               MUBIAO_ERROR_INVALID_UTF8, "byte 6");
  CHECK(t == NULL);
}

/* Empty input, NULL with length 0 included, is a correct empty result. */
static void test_empty_input(const mubiao_pipeline *p) {
  mubiao_document *d = NULL;
  mubiao_words *w = NULL;
  mubiao_numbers *n = NULL;
  mubiao_targets *t = NULL;
  mubiao_level level;
  CHECK(mubiao_pipeline_segment(p, NULL, 0, &d, NULL) == MUBIAO_OK && d != NULL);
  for (level = MUBIAO_LEVEL_PARAGRAPH; level <= MUBIAO_LEVEL_CLAUSE; ++level)
    CHECK(mubiao_document_unit_count(d, level) == 0);
  CHECK(mubiao_pipeline_words(p, "", 0, 0, SIZE_MAX, &w, NULL) == MUBIAO_OK);
  CHECK(mubiao_words_count(w) == 0);
  CHECK(mubiao_pipeline_numbers(p, NULL, 0, &n, NULL) == MUBIAO_OK);
  CHECK(mubiao_numbers_count(n) == 0);
  CHECK(mubiao_pipeline_targets(p, NULL, 0, &t, NULL) == MUBIAO_OK);
  CHECK(mubiao_targets_count(t) == 0);
  mubiao_document_free(d);
  mubiao_words_free(w);
  mubiao_numbers_free(n);
  mubiao_targets_free(t);
}

static void test_document(const mubiao_pipeline *p, const char *text, size_t len) {
  mubiao_document *d = NULL;
  mubiao_error *err = NULL;
  const mubiao_section *s = NULL;
  const mubiao_unit *u = NULL;
  size_t i, count, start, end, n, prev_start, prev_end;
  const char *v;
  mubiao_level level;

  CHECK(mubiao_pipeline_segment(p, text, len, &d, &err) == MUBIAO_OK && err == NULL);
  count = mubiao_document_section_count(d);
  CHECK(count >= 1);
  for (i = 0; i < count; ++i) {
    CHECK(mubiao_document_section_get(d, i, &s, &err) == MUBIAO_OK && s != NULL);
    mubiao_section_span(s, &start, &end);
    v = mubiao_section_text(s, &n);
    CHECK(is_span_of(text, len, v, n, start, end));
    v = mubiao_section_heading(s, &n);
    mubiao_section_heading_span(s, &start, &end);
    CHECK(is_span_of(text, len, v, n, start, end));
    CHECK(mubiao_section_depth(s) >= 0);
    CHECK(mubiao_section_parent(s) <= i);
  }
  EXPECT_ERROR(mubiao_document_section_get(d, count, &s, &err), err, MUBIAO_ERROR_OUT_OF_RANGE,
               "out of range");
  CHECK(s == NULL);
  EXPECT_ERROR(mubiao_document_section_get(d, 0, NULL, &err), err, MUBIAO_ERROR_INVALID_ARGUMENT,
               "out");
  EXPECT_ERROR(mubiao_document_section_get(NULL, 0, &s, &err), err, MUBIAO_ERROR_INVALID_ARGUMENT,
               "NULL");

  for (level = MUBIAO_LEVEL_SECTION; level <= MUBIAO_LEVEL_CLAUSE; ++level) {
    count = mubiao_document_unit_count(d, level);
    CHECK(level == MUBIAO_LEVEL_SECTION || count >= 1);
    prev_start = prev_end = 0;
    for (i = 0; i < count; ++i) {
      CHECK(mubiao_document_unit_get(d, level, i, &u, NULL) == MUBIAO_OK);
      mubiao_unit_span(u, &start, &end);
      v = mubiao_unit_text(u, &n);
      CHECK(is_span_of(text, len, v, n, start, end));
      /* In order; sections nest, other units never overlap. */
      CHECK(start >= (level == MUBIAO_LEVEL_SECTION ? prev_start : prev_end));
      prev_start = start;
      prev_end = end;
      CHECK(mubiao_unit_section(u) < mubiao_document_section_count(d));
      v = mubiao_unit_section_heading(u, &n);
      CHECK(v != NULL && (n == 0 || occurs_in(text, len, v, n)));
    }
    EXPECT_ERROR(mubiao_document_unit_get(d, level, count, &u, &err), err,
                 MUBIAO_ERROR_OUT_OF_RANGE, "out of range");
  }
  CHECK(mubiao_document_unit_count(d, -1) == 0 && mubiao_document_unit_count(d, 4) == 0);
  CHECK(mubiao_document_unit_count(NULL, MUBIAO_LEVEL_SENTENCE) == 0);
  EXPECT_ERROR(mubiao_document_unit_get(d, 4, 0, &u, &err), err, MUBIAO_ERROR_INVALID_ARGUMENT,
               "level");
  CHECK(u == NULL);
  EXPECT_ERROR(mubiao_document_unit_get(d, MUBIAO_LEVEL_SENTENCE, 0, NULL, &err), err,
               MUBIAO_ERROR_INVALID_ARGUMENT, "out");
  EXPECT_ERROR(mubiao_document_unit_get(NULL, MUBIAO_LEVEL_SENTENCE, 0, &u, &err), err,
               MUBIAO_ERROR_INVALID_ARGUMENT, "NULL");
  mubiao_document_free(d);
  mubiao_document_free(NULL);
}

static void test_words(const mubiao_pipeline *p, const char *text, size_t len) {
  static const char *const kTypes[] = {"word", "number", "punct", "latin", NULL};
  mubiao_words *w = NULL;
  mubiao_error *err = NULL;
  const mubiao_word *word = NULL;
  size_t i, count, start, end, n, prev_end = 0, range_start = len / 3, range_end = len / 2;
  const char *v;

  CHECK(mubiao_pipeline_words(p, text, len, 0, SIZE_MAX, &w, &err) == MUBIAO_OK);
  count = mubiao_words_count(w);
  CHECK(count >= 10);
  for (i = 0; i < count; ++i) {
    CHECK(mubiao_words_get(w, i, &word, &err) == MUBIAO_OK);
    mubiao_word_span(word, &start, &end);
    v = mubiao_word_text(word, &n);
    CHECK(is_span_of(text, len, v, n, start, end) && n > 0);
    CHECK(start >= prev_end);
    prev_end = end;
    v = mubiao_word_type(word, &n);
    CHECK(is_one_of(v, n, kTypes));
  }
  EXPECT_ERROR(mubiao_words_get(w, count, &word, &err), err, MUBIAO_ERROR_OUT_OF_RANGE,
               "out of range");
  EXPECT_ERROR(mubiao_words_get(w, 0, NULL, &err), err, MUBIAO_ERROR_INVALID_ARGUMENT, "out");
  EXPECT_ERROR(mubiao_words_get(NULL, 0, &word, &err), err, MUBIAO_ERROR_INVALID_ARGUMENT, "NULL");
  CHECK(mubiao_words_count(NULL) == 0);
  mubiao_words_free(w);
  mubiao_words_free(NULL);

  /* A range: tokens stay inside it, offsets into the whole text. Move the
   * range edges onto character boundaries first. */
  while (range_start < len && (text[range_start] & 0xC0) == 0x80) ++range_start;
  while (range_end < len && (text[range_end] & 0xC0) == 0x80) ++range_end;
  w = NULL;
  CHECK(mubiao_pipeline_words(p, text, len, range_start, range_end, &w, NULL) == MUBIAO_OK);
  CHECK(mubiao_words_count(w) >= 1);
  for (i = 0; i < mubiao_words_count(w); ++i) {
    CHECK(mubiao_words_get(w, i, &word, NULL) == MUBIAO_OK);
    mubiao_word_span(word, &start, &end);
    CHECK(range_start <= start && end <= range_end);
  }
  mubiao_words_free(w);
}

static void test_numbers(const mubiao_pipeline *p, const char *text, size_t len) {
  static const char *const kKinds[] = {"cardinal", "decimal",  "percent",  "points", "ordinal",
                                       "multiple", "fraction", "range",    "year",   "month",
                                       "day",      "quarter",  "duration", NULL};
  static const char *const kQualifiers[] = {"none",    "over",   "about", "at_least",
                                            "at_most", "nearly", NULL};
  mubiao_numbers *ns = NULL;
  mubiao_error *err = NULL;
  const mubiao_number *num = NULL;
  size_t i, count, start, end, n;
  const char *v;
  double value, upper;

  CHECK(mubiao_pipeline_numbers(p, text, len, &ns, &err) == MUBIAO_OK);
  count = mubiao_numbers_count(ns);
  for (i = 0; i < count; ++i) {
    CHECK(mubiao_numbers_get(ns, i, &num, NULL) == MUBIAO_OK);
    mubiao_number_span(num, &start, &end);
    v = mubiao_number_text(num, &n);
    CHECK(is_span_of(text, len, v, n, start, end) && n > 0);
    v = mubiao_number_kind(num, &n);
    CHECK(is_one_of(v, n, kKinds));
    v = mubiao_number_qualifier(num, &n);
    CHECK(is_one_of(v, n, kQualifiers));
    mubiao_number_value_text(num, &n);
    CHECK(mubiao_number_value(num, &value) == (n > 0));
    CHECK(mubiao_number_value(num, NULL) == (n > 0));
    mubiao_number_upper_text(num, &n);
    CHECK(mubiao_number_upper(num, &upper) == (n > 0));
    CHECK(mubiao_number_upper(num, NULL) == (n > 0));
    v = mubiao_number_unit(num, &n);
    CHECK(v != NULL);
    CHECK(mubiao_number_approximate(num) == 0 || mubiao_number_approximate(num) == 1);
  }
  EXPECT_ERROR(mubiao_numbers_get(ns, count, &num, &err), err, MUBIAO_ERROR_OUT_OF_RANGE,
               "out of range");
  EXPECT_ERROR(mubiao_numbers_get(ns, 0, NULL, &err), err, MUBIAO_ERROR_INVALID_ARGUMENT, "out");
  EXPECT_ERROR(mubiao_numbers_get(NULL, 0, &num, &err), err, MUBIAO_ERROR_INVALID_ARGUMENT, "NULL");
  CHECK(mubiao_numbers_count(NULL) == 0);
  mubiao_numbers_free(ns);
  mubiao_numbers_free(NULL);
}

static void test_targets(const mubiao_pipeline *p, const char *text, size_t len) {
  static const char *const kStances[] = {"target", "achievement", NULL};
  static const char *const kMeasures[] = {"level",     "growth",   "avg_growth", "decline",
                                          "increment", "multiple", NULL};
  static const char *const kComparators[] = {"eq",     "ge",     "gt",    "le", "lt",
                                             "approx", "toward", "range", NULL};
  static const char *const kModalities[] = {"plain", "firm", "strive", NULL};
  mubiao_targets *ts = NULL;
  mubiao_error *err = NULL;
  const mubiao_target *t = NULL;
  size_t i, count, start, end, n, headline_gdp = 0;
  const char *v;
  double value, upper;

  CHECK(mubiao_pipeline_targets(p, text, len, &ts, &err) == MUBIAO_OK);
  count = mubiao_targets_count(ts);
  for (i = 0; i < count; ++i) {
    CHECK(mubiao_targets_get(ts, i, &t, NULL) == MUBIAO_OK);
    mubiao_target_span(t, &start, &end);
    v = mubiao_target_text(t, &n);
    CHECK(is_span_of(text, len, v, n, start, end) && n > 0);
    (void)mubiao_target_sentence(t);
    (void)mubiao_target_section(t);
    v = mubiao_target_section_heading(t, &n);
    CHECK(n == 0 || occurs_in(text, len, v, n));
    v = mubiao_target_stance(t, &n);
    CHECK(is_one_of(v, n, kStances));
    v = mubiao_target_indicator(t, &n);
    CHECK(v != NULL);
    mubiao_target_indicator_span(t, &start, &end);
    CHECK(start <= end && end <= len);
    v = mubiao_target_measure(t, &n);
    CHECK(is_one_of(v, n, kMeasures));
    v = mubiao_target_comparator(t, &n);
    CHECK(is_one_of(v, n, kComparators));
    mubiao_target_value_text(t, &n);
    CHECK(mubiao_target_value(t, &value) == (n > 0));
    mubiao_target_upper_text(t, &n);
    CHECK(mubiao_target_upper(t, &upper) == (n > 0));
    CHECK(mubiao_target_unit(t, &n) != NULL);
    mubiao_target_value_span(t, &start, &end);
    CHECK(start <= end && end <= len);
    v = mubiao_target_modality(t, &n);
    CHECK(is_one_of(v, n, kModalities));
    CHECK(mubiao_target_horizon(t, &n) != NULL);
    CHECK(mubiao_target_reference(t, &n) != NULL);
    CHECK(mubiao_target_rule(t, &n) != NULL);
    v = mubiao_target_code(t, &n);
    CHECK(v != NULL && strlen(v) == n);
    CHECK(mubiao_target_real(t) == 0 || mubiao_target_real(t) == 1);
    CHECK(mubiao_target_upside(t) == 0 || mubiao_target_upside(t) == 1);
    if (mubiao_target_strive(t, &value)) {
      CHECK(mubiao_target_headline(t) == 1 || mubiao_target_headline(t) == 0);
    }
    if (mubiao_target_headline(t) && n == 3 && memcmp(v, "gdp", 3) == 0) ++headline_gdp;
  }
  CHECK(headline_gdp >= 1);
  EXPECT_ERROR(mubiao_targets_get(ts, count, &t, &err), err, MUBIAO_ERROR_OUT_OF_RANGE,
               "out of range");
  EXPECT_ERROR(mubiao_targets_get(ts, 0, NULL, &err), err, MUBIAO_ERROR_INVALID_ARGUMENT, "out");
  EXPECT_ERROR(mubiao_targets_get(NULL, 0, &t, &err), err, MUBIAO_ERROR_INVALID_ARGUMENT, "NULL");
  CHECK(mubiao_targets_count(NULL) == 0);
  mubiao_targets_free(ts);
  mubiao_targets_free(NULL);
}

/* Every accessor accepts a NULL item and gives 0 or an empty view. */
static void test_null_items(void) {
  size_t start = 7, end = 7, n = 7;
  double x = 7;
  CHECK(*mubiao_section_text(NULL, &n) == '\0' && n == 0);
  CHECK(*mubiao_section_heading(NULL, NULL) == '\0');
  mubiao_section_span(NULL, &start, &end);
  CHECK(start == 0 && end == 0);
  mubiao_section_heading_span(NULL, NULL, NULL);
  CHECK(mubiao_section_depth(NULL) == 0 && mubiao_section_parent(NULL) == 0);
  mubiao_unit_span(NULL, NULL, &end);
  CHECK(*mubiao_unit_text(NULL, NULL) == '\0' && mubiao_unit_section(NULL) == 0);
  CHECK(*mubiao_unit_section_heading(NULL, NULL) == '\0');
  mubiao_word_span(NULL, NULL, NULL);
  CHECK(*mubiao_word_text(NULL, NULL) == '\0' && *mubiao_word_type(NULL, NULL) == '\0');
  mubiao_number_span(NULL, NULL, NULL);
  CHECK(*mubiao_number_text(NULL, NULL) == '\0' && *mubiao_number_kind(NULL, NULL) == '\0');
  CHECK(mubiao_number_value(NULL, &x) == 0 && mubiao_number_upper(NULL, &x) == 0 && x == 7);
  CHECK(*mubiao_number_value_text(NULL, NULL) == '\0');
  CHECK(*mubiao_number_upper_text(NULL, NULL) == '\0');
  CHECK(*mubiao_number_unit(NULL, NULL) == '\0' && *mubiao_number_qualifier(NULL, NULL) == '\0');
  CHECK(mubiao_number_approximate(NULL) == 0);
  mubiao_target_span(NULL, NULL, NULL);
  mubiao_target_indicator_span(NULL, NULL, NULL);
  mubiao_target_value_span(NULL, NULL, NULL);
  CHECK(*mubiao_target_text(NULL, NULL) == '\0' && mubiao_target_sentence(NULL) == 0);
  CHECK(mubiao_target_section(NULL) == 0 && *mubiao_target_section_heading(NULL, NULL) == '\0');
  CHECK(*mubiao_target_stance(NULL, NULL) == '\0' && *mubiao_target_indicator(NULL, NULL) == '\0');
  CHECK(*mubiao_target_measure(NULL, NULL) == '\0');
  CHECK(*mubiao_target_comparator(NULL, NULL) == '\0');
  CHECK(mubiao_target_value(NULL, NULL) == 0 && mubiao_target_upper(NULL, NULL) == 0);
  CHECK(*mubiao_target_value_text(NULL, NULL) == '\0');
  CHECK(*mubiao_target_upper_text(NULL, NULL) == '\0');
  CHECK(*mubiao_target_unit(NULL, NULL) == '\0' && *mubiao_target_modality(NULL, NULL) == '\0');
  CHECK(*mubiao_target_horizon(NULL, NULL) == '\0' && *mubiao_target_reference(NULL, NULL) == '\0');
  CHECK(*mubiao_target_rule(NULL, NULL) == '\0' && *mubiao_target_code(NULL, NULL) == '\0');
  CHECK(mubiao_target_real(NULL) == 0 && mubiao_target_headline(NULL) == 0);
  CHECK(mubiao_target_strive(NULL, &x) == 0 && x == 7 && mubiao_target_upside(NULL) == 0);
}

/* Results copy their input: views stay valid after the caller's buffer is
 * overwritten and freed. NUL bytes are ordinary text. */
static void test_results_own_their_text(const mubiao_pipeline *p) {
  const char original[] = "一、总体要求\n全年增长\0五个百分点。\n";
  const size_t len = sizeof original - 1;
  char *buffer = (char *)malloc(len);
  mubiao_words *w = NULL;
  mubiao_document *d = NULL;
  const mubiao_word *word = NULL;
  const mubiao_unit *u = NULL;
  size_t i, start, end, n, covered = 0;
  const char *v;

  CHECK(buffer != NULL);
  if (!buffer) return;
  memcpy(buffer, original, len);
  CHECK(mubiao_pipeline_words(p, buffer, len, 0, SIZE_MAX, &w, NULL) == MUBIAO_OK);
  CHECK(mubiao_pipeline_segment(p, buffer, len, &d, NULL) == MUBIAO_OK);
  memset(buffer, 'x', len);
  free(buffer);
  for (i = 0; i < mubiao_words_count(w); ++i) {
    CHECK(mubiao_words_get(w, i, &word, NULL) == MUBIAO_OK);
    mubiao_word_span(word, &start, &end);
    v = mubiao_word_text(word, &n);
    CHECK(is_span_of(original, len, v, n, start, end));
    covered += n;
  }
  CHECK(covered >= len - 3); /* all but whitespace and the NUL byte */
  CHECK(mubiao_document_unit_count(d, MUBIAO_LEVEL_SENTENCE) >= 1);
  CHECK(mubiao_document_unit_get(d, MUBIAO_LEVEL_SENTENCE, 0, &u, NULL) == MUBIAO_OK);
  mubiao_unit_span(u, &start, &end);
  v = mubiao_unit_text(u, &n);
  CHECK(is_span_of(original, len, v, n, start, end));
  mubiao_words_free(w);
  mubiao_document_free(d);
}

#ifdef MUBIAO_TEST_FAULTS
/* Out of memory and unexpected exceptions become statuses, never a crash,
 * and never a half-made result. */
static void test_faults(const mubiao_pipeline *p) {
  /* Non-NULL to start with: a failing call must reset them. */
  static char sentinel;
  mubiao_error *err = NULL;
  mubiao_targets *t = (mubiao_targets *)(void *)&sentinel;
  mubiao_options *o = (mubiao_options *)(void *)&sentinel;
  mubiao_pipeline *q = (mubiao_pipeline *)(void *)&sentinel;
  const mubiao_target *item = (const mubiao_target *)(void *)&sentinel;

  mubiao_testing_inject(1);
  EXPECT_ERROR(mubiao_pipeline_targets(p, kReport, sizeof kReport - 1, &t, &err), err,
               MUBIAO_ERROR_OUT_OF_MEMORY, "out of memory");
  CHECK(t == NULL);
  mubiao_testing_inject(2);
  EXPECT_ERROR(mubiao_pipeline_new(NULL, &q, &err), err, MUBIAO_ERROR_INTERNAL, "injected fault");
  CHECK(q == NULL);
  mubiao_testing_inject(3);
  EXPECT_ERROR(mubiao_options_new(&o, &err), err, MUBIAO_ERROR_INTERNAL, "unknown exception");
  CHECK(o == NULL);
  /* No memory even for the error: a static one comes back, and freeing it
   * is harmless. */
  mubiao_testing_inject(4);
  EXPECT_ERROR(mubiao_targets_get(NULL, 0, &item, &err), err, MUBIAO_ERROR_OUT_OF_MEMORY,
               "out of memory");
  CHECK(item == NULL);
  mubiao_testing_inject(2);
  EXPECT_ERROR(mubiao_options_add_word(NULL, "a", 1, &err), err, MUBIAO_ERROR_INTERNAL,
               "injected fault");
  mubiao_testing_inject(1);
  CHECK(mubiao_pipeline_segment(p, "a", 1, NULL, NULL) == MUBIAO_ERROR_OUT_OF_MEMORY);
  /* One-shot: the next call is normal again. */
  CHECK(mubiao_pipeline_targets(p, kReport, sizeof kReport - 1, &t, NULL) == MUBIAO_OK);
  mubiao_targets_free(t);
}
#endif

static char *read_file(const char *name, size_t *len) {
  FILE *f = fopen(name, "rb");
  char *data = NULL;
  size_t cap = 0, got;
  *len = 0;
  if (!f) return NULL;
  for (;;) {
    char *grown;
    if (*len == cap) {
      cap = cap ? 2 * cap : 65536;
      grown = (char *)realloc(data, cap);
      if (!grown) break;
      data = grown;
    }
    got = fread(data + *len, 1, cap - *len, f);
    *len += got;
    if (got == 0) break;
  }
  fclose(f);
  return data;
}

/* The readers: bytes or a file in, a text handle out, whose text the
 * pipeline reads. Without the readers every call says so. */
static void test_readers(const mubiao_pipeline *p, const char *report_path) {
  /* "增长5%" in GB18030. */
  static const char gb[] =
      "\xd4\xf6\xb3\xa4"
      "5%";
  static const char page[] =
      "<html><body><div class=nav>首页 2024</div><p>增长5&#37;</p></body></html>";
  mubiao_text *t = NULL;
  mubiao_error *err = NULL;
  size_t n = 0;
  const char *s;
  if (!mubiao_has_readers()) {
    EXPECT_ERROR(mubiao_read_bytes(gb, sizeof gb - 1, NULL, NULL, &t, &err), err,
                 MUBIAO_ERROR_UNSUPPORTED, "without the readers");
    EXPECT_ERROR(mubiao_read_file(report_path, NULL, NULL, &t, &err), err, MUBIAO_ERROR_UNSUPPORTED,
                 "without the readers");
    CHECK(t == NULL);
    return;
  }
  CHECK(mubiao_read_bytes(gb, sizeof gb - 1, NULL, NULL, &t, &err) == MUBIAO_OK && err == NULL);
  s = mubiao_text_utf8(t, &n);
  CHECK(n == strlen("增长5%") && memcmp(s, "增长5%", n) == 0);
  CHECK(strcmp(mubiao_text_format(t), "text") == 0);
  CHECK(strcmp(mubiao_text_encoding(t), "GB18030") == 0);
  CHECK(mubiao_text_warning_count(t) >= 1); /* six bytes: a guess */
  CHECK(strstr(mubiao_text_warning(t, 0), "--encoding") != NULL);
  CHECK(strcmp(mubiao_text_warning(t, 99), "") == 0);
  mubiao_text_free(t);

  CHECK(mubiao_read_bytes(page, sizeof page - 1, "auto", NULL, &t, NULL) == MUBIAO_OK);
  s = mubiao_text_utf8(t, &n);
  CHECK(n == strlen("增长5%\n") && memcmp(s, "增长5%\n", n) == 0);
  CHECK(strcmp(mubiao_text_format(t), "html") == 0);
  {
    mubiao_numbers *nums = NULL;
    CHECK(mubiao_pipeline_numbers(p, s, n, &nums, NULL) == MUBIAO_OK);
    CHECK(mubiao_numbers_count(nums) == 1);
    mubiao_numbers_free(nums);
  }
  mubiao_text_free(t);

  CHECK(mubiao_read_file(report_path, "text", NULL, &t, &err) == MUBIAO_OK && err == NULL);
  CHECK(strcmp(mubiao_text_encoding(t), "UTF-8") == 0);
  mubiao_text_utf8(t, NULL);
  mubiao_text_free(t);

  EXPECT_ERROR(mubiao_read_file("/nonexistent/mubiao.txt", NULL, NULL, &t, &err), err,
               MUBIAO_ERROR_READ, "No such file or directory");
  CHECK(t == NULL);
  EXPECT_ERROR(mubiao_read_file("/", NULL, NULL, &t, &err), err, MUBIAO_ERROR_READ,
               "is a directory");
  EXPECT_ERROR(mubiao_read_bytes("\x89PNG\r\n\x1a\nxxxx", 12, NULL, NULL, &t, &err), err,
               MUBIAO_ERROR_READ, "PNG image");
  EXPECT_ERROR(mubiao_read_bytes(gb, sizeof gb - 1, "doc", NULL, &t, &err), err,
               MUBIAO_ERROR_INVALID_ARGUMENT, "unknown format");
  EXPECT_ERROR(mubiao_read_bytes(gb, 1, "text", "no-such-charset", &t, &err), err,
               MUBIAO_ERROR_READ, "unknown encoding");
  EXPECT_ERROR(mubiao_read_bytes(NULL, 3, NULL, NULL, &t, &err), err, MUBIAO_ERROR_INVALID_ARGUMENT,
               "NULL");
  EXPECT_ERROR(mubiao_read_file(NULL, NULL, NULL, &t, &err), err, MUBIAO_ERROR_INVALID_ARGUMENT,
               "NULL");
  EXPECT_ERROR(mubiao_read_bytes(gb, 1, NULL, NULL, NULL, &err), err, MUBIAO_ERROR_INVALID_ARGUMENT,
               "NULL");
  /* Accessors on NULL never fail. */
  CHECK(strcmp(mubiao_text_format(NULL), "") == 0 && strcmp(mubiao_text_encoding(NULL), "") == 0);
  CHECK(mubiao_text_warning_count(NULL) == 0);
  mubiao_text_free(NULL);
}

int main(int argc, char **argv) {
  mubiao_pipeline *p;
  char *report = NULL;
  size_t report_len = 0;

  if (argc != 2) {
    fprintf(stderr, "usage: %s REPORT.txt\n", argv[0]);
    return 2;
  }
  report = read_file(argv[1], &report_len);
  CHECK(report != NULL && report_len > 1000);

  test_version();
  test_status_and_error_accessors();
  p = test_options_and_pipeline();
  test_stage_arguments(p);
  test_empty_input(p);
  test_null_items();
  test_results_own_their_text(p);
  test_document(p, kReport, sizeof kReport - 1);
  test_words(p, kReport, sizeof kReport - 1);
  test_numbers(p, kReport, sizeof kReport - 1);
  test_targets(p, kReport, sizeof kReport - 1);
  if (report) {
    test_document(p, report, report_len);
    test_words(p, report, report_len);
    test_numbers(p, report, report_len);
    test_targets(p, report, report_len);
  }
  test_readers(p, argv[1]);
#ifdef MUBIAO_TEST_FAULTS
  test_faults(p);
#endif
  mubiao_pipeline_free(p);
  free(report);
  if (failures) fprintf(stderr, "%d check(s) failed\n", failures);
  return failures ? 1 : 0;
}
