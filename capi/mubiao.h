/*
 * mubiao C ABI: structured data from Chinese government work reports.
 * Installed as <mubiao.h>. Pure C99; includes only <stddef.h> and <stdint.h>.
 *
 *   mubiao_pipeline *p = NULL;
 *   mubiao_error *err = NULL;
 *   if (mubiao_pipeline_new(NULL, &p, &err) != MUBIAO_OK) { ... }
 *   mubiao_targets *t = NULL;
 *   if (mubiao_pipeline_targets(p, text, text_len, &t, &err) == MUBIAO_OK) {
 *     for (size_t i = 0; i < mubiao_targets_count(t); ++i) {
 *       const mubiao_target *r = NULL;
 *       mubiao_targets_get(t, i, &r, NULL);
 *       size_t n; const char *s = mubiao_target_indicator(r, &n);
 *       printf("%.*s\n", (int)n, s);
 *     }
 *   } else {
 *     fprintf(stderr, "%s\n", mubiao_error_message(err));
 *     mubiao_error_free(err);
 *   }
 *   mubiao_targets_free(t);
 *   mubiao_pipeline_free(p);
 *
 * Conventions, true of every function below unless its comment says otherwise:
 * - Input text is (const char *utf8, size_t len): not NUL-terminated, may hold
 *   NUL bytes; utf8 may be NULL only when len is 0. The text is copied: the
 *   caller may free or change it as soon as the call returns.
 * - Offsets are byte offsets into that input, end exclusive.
 * - Strings come back as a view: a pointer plus a length written to *len
 *   (len may be NULL). Views are valid UTF-8, NOT NUL-terminated (most point
 *   into the middle of the text), never NULL, and live until the result
 *   handle they came from is freed. Never free a view.
 * - Fallible calls return a mubiao_status. On failure they set *out to NULL
 *   (when out is not NULL) and, when `error` is not NULL, store in *error a
 *   new mubiao_error the caller owns and frees with mubiao_error_free; on
 *   success they set *error to NULL. Pass error = NULL to skip messages.
 * - Handles from mubiao_*_new and mubiao_pipeline_<stage> are owned by the
 *   caller and freed with the matching mubiao_*_free, which accepts NULL.
 *   Item pointers from mubiao_*_get are borrowed from their result.
 * - Accessors on a NULL item return 0 or an empty view; they never fail.
 * - Thread safety: a pipeline and every result are immutable once made, so
 *   any number of threads may use one at once; only freeing needs the
 *   caller's exclusive access. mubiao_options is not thread-safe while it
 *   is being changed.
 * - No C++ exception ever leaves a mubiao_ function.
 */
#ifndef MUBIAO_C_H_
#define MUBIAO_C_H_

#include <stddef.h>
#include <stdint.h>

/* Library version: MUBIAO_VERSION_MAJOR, _MINOR, _PATCH, _NUMBER (major *
 * 10000 + minor * 100 + patch) and _STRING ("0.1.0"), defined once in
 * <mubiao/version.h>, which is installed beside this header. */
#include "mubiao/version.h"

/* The ABI major: the shared library's SOVERSION (libmubiao.so.0). It changes
 * only when a function is removed or changes meaning; additions keep it. */
#define MUBIAO_ABI_MAJOR 0

/* Export marking: symbols are hidden unless marked. */
#ifndef MUBIAO_API
#if defined(_WIN32)
#if defined(MUBIAO_BUILDING_DLL)
#define MUBIAO_API __declspec(dllexport)
#elif defined(MUBIAO_DLL)
#define MUBIAO_API __declspec(dllimport)
#else
#define MUBIAO_API
#endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#define MUBIAO_API __attribute__((visibility("default")))
#else
#define MUBIAO_API
#endif
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------ */
/* Status codes. The numbers are stable: codes are only ever appended.       */

typedef int32_t mubiao_status;
#define MUBIAO_OK 0
#define MUBIAO_ERROR_INVALID_ARGUMENT \
  1 /* NULL handle or out pointer, NULL text with len > 0, unknown level */
#define MUBIAO_ERROR_INVALID_UTF8 2 /* the text is not well-formed UTF-8 */
#define MUBIAO_ERROR_OUT_OF_RANGE 3 /* index >= count */
#define MUBIAO_ERROR_OUT_OF_MEMORY 4
#define MUBIAO_ERROR_INTERNAL 5 /* a bug in mubiao; the message says more */
#define MUBIAO_ERROR_READ                                                              \
  6                                /* a file or buffer could not be read: the message  \
                                    * says why (the system's reason, an unsupported or \
                                    * damaged format, an encoding, a password, no text \
                                    * layer, a size limit) */
#define MUBIAO_ERROR_UNSUPPORTED 7 /* this library was built without the readers */

/* Unit levels for mubiao_document_unit_count / mubiao_document_unit_get;
 * the numbers are stable. */
typedef int32_t mubiao_level;
#define MUBIAO_LEVEL_SECTION 0
#define MUBIAO_LEVEL_PARAGRAPH 1
#define MUBIAO_LEVEL_SENTENCE 2
#define MUBIAO_LEVEL_CLAUSE 3

/* Opaque handles. */
typedef struct mubiao_error mubiao_error;
typedef struct mubiao_options mubiao_options;
typedef struct mubiao_pipeline mubiao_pipeline;
typedef struct mubiao_document mubiao_document;
typedef struct mubiao_section mubiao_section;
typedef struct mubiao_unit mubiao_unit;
typedef struct mubiao_words mubiao_words;
typedef struct mubiao_word mubiao_word;
typedef struct mubiao_numbers mubiao_numbers;
typedef struct mubiao_number mubiao_number;
typedef struct mubiao_targets mubiao_targets;
typedef struct mubiao_target mubiao_target;
typedef struct mubiao_text mubiao_text;

/* ------------------------------------------------------------------------ */
/* Version                                                                   */

/* MUBIAO_VERSION_NUMBER of the library actually loaded, which may differ
 * from the header the program was compiled with.
 * Ownership: none. Thread-safe. */
MUBIAO_API uint32_t mubiao_version(void);
/* "0.1.0" of the library actually loaded.
 * Ownership: a static NUL-terminated string; never free it. Thread-safe. */
MUBIAO_API const char *mubiao_version_string(void);

/* ------------------------------------------------------------------------ */
/* Errors                                                                    */

/* A short English name of a status ("ok", "invalid UTF-8", ...); "unknown
 * status" for codes this library does not know; never NULL.
 * Ownership: a static NUL-terminated string; never free it. Thread-safe. */
MUBIAO_API const char *mubiao_status_string(mubiao_status status);
/* The status the error came with; MUBIAO_ERROR_INVALID_ARGUMENT for NULL.
 * Ownership: borrows error. Thread-safe. */
MUBIAO_API mubiao_status mubiao_error_code(const mubiao_error *error);
/* An English message ("invalid UTF-8 at byte 6"); "" for NULL.
 * Ownership: NUL-terminated, borrowed from error, valid until it is freed.
 * Thread-safe. */
MUBIAO_API const char *mubiao_error_message(const mubiao_error *error);
/* For MUBIAO_ERROR_INVALID_UTF8, the byte offset of the first invalid byte;
 * SIZE_MAX for other errors and for NULL.
 * Ownership: borrows error. Thread-safe. */
MUBIAO_API size_t mubiao_error_offset(const mubiao_error *error);
/* Frees an error; NULL is a no-op.
 * Ownership: takes error. Thread-safe for distinct errors. */
MUBIAO_API void mubiao_error_free(mubiao_error *error);

/* ------------------------------------------------------------------------ */
/* Options and pipeline                                                      */

/* New pipeline options with the defaults.
 * Ownership: the caller owns *out; free it with mubiao_options_free.
 * Thread-safe. */
MUBIAO_API mubiao_status mubiao_options_new(mubiao_options **out, mubiao_error **error);
/* Adds a word to the built-in lexicon (a local place or programme name).
 * INVALID_UTF8 unless the word is well-formed UTF-8, INVALID_ARGUMENT for an
 * empty word or NULL options; the options are unchanged on failure.
 * Ownership: copies the word; borrows options. Not thread-safe: one thread
 * at a time may change one mubiao_options. */
MUBIAO_API mubiao_status mubiao_options_add_word(mubiao_options *options, const char *utf8,
                                                 size_t len, mubiao_error **error);
/* Frees options; NULL is a no-op. Pipelines made from them are unaffected.
 * Ownership: takes options. Not thread-safe with other uses of them. */
MUBIAO_API void mubiao_options_free(mubiao_options *options);

/* Loads the lexicon and rules, once. options may be NULL for the defaults.
 * Ownership: copies options (free them whenever you like); the caller owns
 * *out and frees it with mubiao_pipeline_free. Thread-safe. The pipeline is
 * immutable: any number of threads may use one at once. */
MUBIAO_API mubiao_status mubiao_pipeline_new(const mubiao_options *options, mubiao_pipeline **out,
                                             mubiao_error **error);
/* Frees a pipeline; NULL is a no-op. Results made with it stay valid.
 * Ownership: takes pipeline. Not thread-safe with other uses of it: free it
 * only when no other thread is using it. */
MUBIAO_API void mubiao_pipeline_free(mubiao_pipeline *pipeline);

/* ------------------------------------------------------------------------ */
/* Results                                                                   */
/*                                                                           */
/* mubiao_pipeline_segment, _words, _numbers and _targets make result        */
/* handles. For every one of them:                                           */
/* - Ownership: the input is copied; the caller owns *out and frees it with  */
/*   the matching mubiao_*_free (NULL is a no-op), which also ends every     */
/*   item and view taken from it.                                            */
/* - Thread-safe: any number of threads may run stages on one pipeline at    */
/*   once, and read one result at once (results are immutable); freeing a   */
/*   result must not race with reading it.                                   */
/* - *_count returns 0 for NULL. *_get hands back an item borrowed from the  */
/*   result (INVALID_ARGUMENT for a NULL result or out, OUT_OF_RANGE when    */
/*   index >= count). Item accessors borrow the item: views stay valid until */
/*   the result is freed; a NULL item gives 0 or an empty view.              */

/* -- Segmentation: sections, paragraphs, sentences, clauses --------------- */

/* Segments a text. INVALID_UTF8 (the error's offset says where) when the
 * text is not UTF-8. Ownership and thread safety: see Results. */
MUBIAO_API mubiao_status mubiao_pipeline_segment(const mubiao_pipeline *pipeline, const char *utf8,
                                                 size_t len, mubiao_document **out,
                                                 mubiao_error **error);
/* Frees a document and every item and view taken from it. Takes document. */
MUBIAO_API void mubiao_document_free(mubiao_document *document);

/* Sections in document order. A section is a heading and everything up to
 * the next heading of the same or a higher rank; text before the first
 * heading is a preamble section of depth 0. Borrows document. Thread-safe. */
MUBIAO_API size_t mubiao_document_section_count(const mubiao_document *document);
/* Section `index`. Ownership: *out is borrowed from document. Thread-safe. */
MUBIAO_API mubiao_status mubiao_document_section_get(const mubiao_document *document, size_t index,
                                                     const mubiao_section **out,
                                                     mubiao_error **error);
/* The section's bytes, heading and body. Thread-safe. */
MUBIAO_API void mubiao_section_span(const mubiao_section *section, size_t *start, size_t *end);
/* input[start, end). A view borrowed from the document. Thread-safe. */
MUBIAO_API const char *mubiao_section_text(const mubiao_section *section, size_t *len);
/* The heading's words (markdown marks excluded); "" in the preamble. A view
 * borrowed from the document. Thread-safe. */
MUBIAO_API const char *mubiao_section_heading(const mubiao_section *section, size_t *len);
/* Where the heading is. Thread-safe. */
MUBIAO_API void mubiao_section_heading_span(const mubiao_section *section, size_t *start,
                                            size_t *end);
/* 0 preamble, 1 top level (二、), 2 (（一）), ... Thread-safe. */
MUBIAO_API int32_t mubiao_section_depth(const mubiao_section *section);
/* Index of the enclosing section (the section itself at depth <= 1).
 * Thread-safe. */
MUBIAO_API size_t mubiao_section_parent(const mubiao_section *section);

/* Units of one level in document order; 0 for an unknown level.
 * Paragraphs, sentences and clauses never overlap; sections nest (the
 * units of MUBIAO_LEVEL_SECTION are the sections' spans).
 * Borrows document. Thread-safe. */
MUBIAO_API size_t mubiao_document_unit_count(const mubiao_document *document, mubiao_level level);
/* Unit `index` of `level`; INVALID_ARGUMENT for an unknown level.
 * Ownership: *out is borrowed from document. Thread-safe. */
MUBIAO_API mubiao_status mubiao_document_unit_get(const mubiao_document *document,
                                                  mubiao_level level, size_t index,
                                                  const mubiao_unit **out, mubiao_error **error);
/* The unit's bytes. Thread-safe. */
MUBIAO_API void mubiao_unit_span(const mubiao_unit *unit, size_t *start, size_t *end);
/* input[start, end). A view borrowed from the document. Thread-safe. */
MUBIAO_API const char *mubiao_unit_text(const mubiao_unit *unit, size_t *len);
/* Index of the innermost section that holds the unit. Thread-safe. */
MUBIAO_API size_t mubiao_unit_section(const mubiao_unit *unit);
/* Heading of the enclosing top-level section, "" in the preamble (the CLI's
 * "section" field). A view borrowed from the document. Thread-safe. */
MUBIAO_API const char *mubiao_unit_section_heading(const mubiao_unit *unit, size_t *len);

/* -- Words ---------------------------------------------------------------- */

/* Word tokens of input[start, end) (the range is clamped to the text; pass
 * 0, SIZE_MAX for all of it). Offsets are into the whole input. Whitespace
 * is not a token; numbers and dates are single tokens. INVALID_UTF8 when the
 * range is not UTF-8 (a range that cuts a character is not).
 * Ownership: only the range is copied, so cutting a text sentence by
 * sentence (the sentence spans of mubiao_pipeline_segment) costs time
 * linear in the text; otherwise see Results. Thread-safe. */
MUBIAO_API mubiao_status mubiao_pipeline_words(const mubiao_pipeline *pipeline, const char *utf8,
                                               size_t len, size_t start, size_t end,
                                               mubiao_words **out, mubiao_error **error);
/* Frees words and every item and view taken from them. Takes words. */
MUBIAO_API void mubiao_words_free(mubiao_words *words);
/* Borrows words. Thread-safe. */
MUBIAO_API size_t mubiao_words_count(const mubiao_words *words);
/* Word `index`. Ownership: *out is borrowed from words. Thread-safe. */
MUBIAO_API mubiao_status mubiao_words_get(const mubiao_words *words, size_t index,
                                          const mubiao_word **out, mubiao_error **error);
/* The token's bytes. Thread-safe. */
MUBIAO_API void mubiao_word_span(const mubiao_word *word, size_t *start, size_t *end);
/* input[start, end). A view borrowed from words. Thread-safe. */
MUBIAO_API const char *mubiao_word_text(const mubiao_word *word, size_t *len);
/* "word", "number", "punct" or "latin". A static view. Thread-safe. */
MUBIAO_API const char *mubiao_word_type(const mubiao_word *word, size_t *len);

/* -- Numbers -------------------------------------------------------------- */

/* Every numeric expression of the text, in order, non-overlapping, read
 * through the layout as `mubiao numbers` does (page markers and running heads
 * are not read). Ownership and thread safety: see Results. */
MUBIAO_API mubiao_status mubiao_pipeline_numbers(const mubiao_pipeline *pipeline, const char *utf8,
                                                 size_t len, mubiao_numbers **out,
                                                 mubiao_error **error);
/* Frees numbers and every item and view taken from them. Takes numbers. */
MUBIAO_API void mubiao_numbers_free(mubiao_numbers *numbers);
/* Borrows numbers. Thread-safe. */
MUBIAO_API size_t mubiao_numbers_count(const mubiao_numbers *numbers);
/* Number `index`. Ownership: *out is borrowed from numbers. Thread-safe. */
MUBIAO_API mubiao_status mubiao_numbers_get(const mubiao_numbers *numbers, size_t index,
                                            const mubiao_number **out, mubiao_error **error);
/* The whole expression, qualifiers and unit included. Thread-safe. */
MUBIAO_API void mubiao_number_span(const mubiao_number *number, size_t *start, size_t *end);
/* input[start, end). A view borrowed from numbers. Thread-safe. */
MUBIAO_API const char *mubiao_number_text(const mubiao_number *number, size_t *len);
/* "cardinal", "decimal", "percent", "points", "ordinal", "multiple",
 * "fraction", "range", "year", "month", "day", "quarter" or "duration".
 * A static view. Thread-safe. */
MUBIAO_API const char *mubiao_number_kind(const mubiao_number *number, size_t *len);
/* Returns 1 and stores the value (base units; percent scale for %) in *value
 * (value may be NULL); returns 0 when the value cannot be represented.
 * Thread-safe. */
MUBIAO_API int mubiao_number_value(const mubiao_number *number, double *value);
/* The value as decimal text: the exact decimal ("30000000000") when known,
 * else the shortest form that reads back as the double; "" when the value
 * cannot be represented. A view borrowed from numbers. Thread-safe. */
MUBIAO_API const char *mubiao_number_value_text(const mubiao_number *number, size_t *len);
/* Returns 1 and stores the high end of a range in *upper (upper may be
 * NULL); 0 when there is none. Thread-safe. */
MUBIAO_API int mubiao_number_upper(const mubiao_number *number, double *upper);
/* The high end as decimal text; "" when none. A view borrowed from numbers.
 * Thread-safe. */
MUBIAO_API const char *mubiao_number_upper_text(const mubiao_number *number, size_t *len);
/* "亩", "元", "%", "百分点", "个", "" ... A view borrowed from numbers.
 * Thread-safe. */
MUBIAO_API const char *mubiao_number_unit(const mubiao_number *number, size_t *len);
/* "none", "over", "about", "at_least", "at_most" or "nearly". A static view.
 * Thread-safe. */
MUBIAO_API const char *mubiao_number_qualifier(const mubiao_number *number, size_t *len);
/* 1 for a vague quantity (十几万, 三四十万), else 0. Thread-safe. */
MUBIAO_API int mubiao_number_approximate(const mubiao_number *number);

/* -- Targets -------------------------------------------------------------- */

/* The quantitative statements of the text (targets and achievements), the
 * records of the CLI's `mubiao targets`. Ownership and thread safety: see
 * Results. */
MUBIAO_API mubiao_status mubiao_pipeline_targets(const mubiao_pipeline *pipeline, const char *utf8,
                                                 size_t len, mubiao_targets **out,
                                                 mubiao_error **error);
/* Frees targets and every item and view taken from them. Takes targets. */
MUBIAO_API void mubiao_targets_free(mubiao_targets *targets);
/* Borrows targets. Thread-safe. */
MUBIAO_API size_t mubiao_targets_count(const mubiao_targets *targets);
/* Target `index`. Ownership: *out is borrowed from targets. Thread-safe. */
MUBIAO_API mubiao_status mubiao_targets_get(const mubiao_targets *targets, size_t index,
                                            const mubiao_target **out, mubiao_error **error);
/* The evidence: the clause(s) the record was read from. Thread-safe. */
MUBIAO_API void mubiao_target_span(const mubiao_target *target, size_t *start, size_t *end);
/* input[start, end). A view borrowed from targets. Thread-safe. */
MUBIAO_API const char *mubiao_target_text(const mubiao_target *target, size_t *len);
/* Index of the sentence (MUBIAO_LEVEL_SENTENCE) of the text's segmentation.
 * Thread-safe. */
MUBIAO_API size_t mubiao_target_sentence(const mubiao_target *target);
/* Index of the innermost section of the text's segmentation. Thread-safe. */
MUBIAO_API size_t mubiao_target_section(const mubiao_target *target);
/* Heading of the top-level section of the sentence, "" in the preamble.
 * A view borrowed from targets. Thread-safe. */
MUBIAO_API const char *mubiao_target_section_heading(const mubiao_target *target, size_t *len);
/* "target" or "achievement". A static view. Thread-safe. */
MUBIAO_API const char *mubiao_target_stance(const mubiao_target *target, size_t *len);
/* The shortest phrase naming what is measured. A view borrowed from
 * targets. Thread-safe. */
MUBIAO_API const char *mubiao_target_indicator(const mubiao_target *target, size_t *len);
/* Where the indicator was read; empty when it was composed from coordinated
 * parts. The indicator is those bytes with the layout removed (line breaks
 * and page numbers of extracted text). Thread-safe. */
MUBIAO_API void mubiao_target_indicator_span(const mubiao_target *target, size_t *start,
                                             size_t *end);
/* "level", "growth", "avg_growth", "decline", "increment" or "multiple".
 * A static view. Thread-safe. */
MUBIAO_API const char *mubiao_target_measure(const mubiao_target *target, size_t *len);
/* "eq", "ge", "gt", "le", "lt", "approx", "toward" or "range". A static
 * view. Thread-safe. */
MUBIAO_API const char *mubiao_target_comparator(const mubiao_target *target, size_t *len);
/* Returns 1 and stores the value in *value (value may be NULL); 0 for a
 * benchmark with no number. Thread-safe. */
MUBIAO_API int mubiao_target_value(const mubiao_target *target, double *value);
/* The value as decimal text (exact when known); "" when there is none.
 * A view borrowed from targets. Thread-safe. */
MUBIAO_API const char *mubiao_target_value_text(const mubiao_target *target, size_t *len);
/* Returns 1 and stores the high end of a range in *upper (upper may be
 * NULL); 0 when there is none. Thread-safe. */
MUBIAO_API int mubiao_target_upper(const mubiao_target *target, double *upper);
/* The high end as decimal text; "" when none. A view borrowed from targets.
 * Thread-safe. */
MUBIAO_API const char *mubiao_target_upper_text(const mubiao_target *target, size_t *len);
/* "%", "亿元", "" ... A view borrowed from targets. Thread-safe. */
MUBIAO_API const char *mubiao_target_unit(const mubiao_target *target, size_t *len);
/* Where the number was read; empty when there is none. Thread-safe. */
MUBIAO_API void mubiao_target_value_span(const mubiao_target *target, size_t *start, size_t *end);
/* "plain", "firm" (确保, 必须) or "strive" (力争, 争取). A static view.
 * Thread-safe. */
MUBIAO_API const char *mubiao_target_modality(const mubiao_target *target, size_t *len);
/* The period covered: "2022", "未来五年", "年内", "" ... A view borrowed from
 * targets. Thread-safe. */
MUBIAO_API const char *mubiao_target_horizon(const mubiao_target *target, size_t *len);
/* The benchmark phrase ("全国平均水平"), "" when none. A view borrowed from
 * targets. Thread-safe. */
MUBIAO_API const char *mubiao_target_reference(const mubiao_target *target, size_t *len);
/* Name of the pattern that produced the record. A view borrowed from
 * targets. Thread-safe. */
MUBIAO_API const char *mubiao_target_rule(const mubiao_target *target, size_t *len);
/* The indicator's code from the codebook (lib/data/codebook.tsv: "gdp",
 * "cpi", "unemployment_surveyed" ...), "" when unmapped. A view borrowed
 * from targets. Thread-safe. */
MUBIAO_API const char *mubiao_target_code(const mubiao_target *target, size_t *len);
/* 1 when the growth is stated as real (实际增长), else 0. Thread-safe. */
MUBIAO_API int mubiao_target_real(const mubiao_target *target);
/* 1 when the record is in the report's main-targets passage (主要预期目标
 * and its equivalents), else 0. Thread-safe. */
MUBIAO_API int mubiao_target_headline(const mubiao_target *target);
/* Returns 1 and stores in *strive (strive may be NULL) the 力争 figure that
 * follows the target (增长7%、力争7.5% -> 7.5); 0 when there is none.
 * Thread-safe. */
MUBIAO_API int mubiao_target_strive(const mubiao_target *target, double *strive);
/* 1 when the target is followed by an upside clause (在实际工作中努力争取
 * 更好结果), else 0. Thread-safe. */
MUBIAO_API int mubiao_target_upside(const mubiao_target *target);

/* ------------------------------------------------------------------------ */
/* Readers: a file or a buffer in any format a report is published in (text
 * in UTF-8, GB18030/GBK, Big5 or UTF-16; HTML; .docx; PDF) in, the UTF-8
 * text every pipeline function reads out. Offsets the pipeline reports for
 * such an input point into this text. These functions need the readers
 * (CMake option MUBIAO_WITH_READERS, on by default); without them they fail
 * with MUBIAO_ERROR_UNSUPPORTED and mubiao_has_readers() returns 0.       */

/* 1 when this library was built with the readers, else 0. Thread-safe. */
MUBIAO_API int mubiao_has_readers(void);
/* Reads len bytes (copied; NULL only when len is 0). format is NULL or
 * "auto" (sniffed from the bytes), "text", "html", "docx" or "pdf";
 * encoding is NULL (detected) or an encoding name for text and pages
 * without a declared charset ("GB18030", "Big5", "UTF-16LE", ...).
 * MUBIAO_ERROR_INVALID_ARGUMENT for an unknown format, MUBIAO_ERROR_READ when
 * the input cannot be read. Ownership: *out is the caller's, freed with
 * mubiao_text_free. Thread-safe. */
MUBIAO_API mubiao_status mubiao_read_bytes(const char *bytes, size_t len, const char *format,
                                           const char *encoding, mubiao_text **out,
                                           mubiao_error **error);
/* The same for the file at path (NUL-terminated; a directory is refused).
 * The file's name extension helps to sniff its format. */
MUBIAO_API mubiao_status mubiao_read_file(const char *path, const char *format,
                                          const char *encoding, mubiao_text **out,
                                          mubiao_error **error);
/* Frees a text; NULL is a no-op. Ownership: takes text. Thread-safe for
 * distinct texts. */
MUBIAO_API void mubiao_text_free(mubiao_text *text);
/* The UTF-8 text (valid UTF-8, what `mubiao text FILE` prints), to pass to
 * the mubiao_pipeline_ functions. A view borrowed from text. Thread-safe. */
MUBIAO_API const char *mubiao_text_utf8(const mubiao_text *text, size_t *len);
/* The format read: "text", "html", "docx" or "pdf". A static NUL-terminated
 * string. Thread-safe. */
MUBIAO_API const char *mubiao_text_format(const mubiao_text *text);
/* The source encoding ("UTF-8", "GB18030", ...; "" for docx and pdf).
 * NUL-terminated, borrowed from text. Thread-safe. */
MUBIAO_API const char *mubiao_text_encoding(const mubiao_text *text);
/* Warnings for a user (an encoding that had to be guessed, ...): their
 * count, and each as a NUL-terminated string borrowed from text ("" when
 * index >= count). Thread-safe. */
MUBIAO_API size_t mubiao_text_warning_count(const mubiao_text *text);
MUBIAO_API const char *mubiao_text_warning(const mubiao_text *text, size_t index);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* MUBIAO_C_H_ */
