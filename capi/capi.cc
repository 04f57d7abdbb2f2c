// The C ABI over the C++ API. Every fallible entry point runs inside
// guarded(), so that no exception crosses into C: each becomes a status and,
// when the caller asks for it, a mubiao_error.
//
// Results copy the input text and own everything their items point at, so
// views live exactly as long as the result handle and results are immutable
// once returned (safe to read from many threads).
#include "mubiao.h"

#include <algorithm>
#include <limits>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "fault_injection.h"
// Also checks, by redefinition, that both headers agree on the version.
#include "mubiao/mubiao.h"
#ifdef MUBIAO_WITH_READERS
#include "mubiao/read.h"
#endif

// ---------------------------------------------------------------------------
// Handles: in the global namespace, where the C header declares them.

struct mubiao_error {
  mubiao_status code;
  std::string message;
  std::size_t offset;
};

struct mubiao_options {
  mubiao::PipelineOptions options;
};

struct mubiao_pipeline {
  explicit mubiao_pipeline(const mubiao::PipelineOptions& o) : pipeline(o) {}
  mubiao::Pipeline pipeline;
};

// The copied input text and its segmentation, which items refer to.
struct mubiao_segmented {
  std::string text;
  mubiao::Document doc;
};

struct mubiao_section {
  const mubiao_segmented* owner;
  mubiao::Section section;
};

struct mubiao_unit {
  const mubiao_segmented* owner;
  mubiao::Unit unit;
};

struct mubiao_document : mubiao_segmented {
  std::vector<mubiao_section> sections;
  std::vector<mubiao_unit> units[4];  // indexed by mubiao_level
};

struct mubiao_word {
  const mubiao_words* owner;
  mubiao::Token token;
};

// Holds a copy of the input range only, so that cutting a long text into
// words sentence by sentence stays linear; `base` is where the copy starts.
struct mubiao_words {
  std::string text;
  std::size_t base = 0;
  std::vector<mubiao_word> items;
};

struct mubiao_number {
  const std::string* text;
  mubiao::Mention mention;
};

struct mubiao_numbers {
  std::string text;
  std::vector<mubiao_number> items;
};

struct mubiao_target {
  const mubiao_segmented* owner;
  mubiao::Statement statement;
};

struct mubiao_text {
  std::string text;
  const char* format = "text";
  std::string encoding;
  std::vector<std::string> warnings;
};

struct mubiao_targets : mubiao_segmented {
  std::vector<mubiao_target> items;
};

namespace {

constexpr std::size_t kNoOffset = std::numeric_limits<std::size_t>::max();

// Handed out when even the mubiao_error cannot be allocated;
// mubiao_error_free knows not to delete it.
mubiao_error kOutOfMemory{MUBIAO_ERROR_OUT_OF_MEMORY, "out of memory", kNoOffset};

mubiao_status fail(mubiao_error** error, mubiao_status code, std::string message,
                   std::size_t offset = kNoOffset) noexcept {
  if (error) {
    try {
      mubiao::capi::maybe_fail_error_allocation();
      *error = new mubiao_error{code, std::move(message), offset};
    } catch (...) {
      *error = &kOutOfMemory;
    }
  }
  return code;
}

mubiao_status invalid(mubiao_error** error, const char* what) noexcept {
  return fail(error, MUBIAO_ERROR_INVALID_ARGUMENT, what);
}

// Runs body() and turns every exception into a status. *out (when there is
// one) and *error start NULL, so a failure never leaves a stale handle.
template <typename Out, typename Body>
mubiao_status guarded(Out** out, mubiao_error** error, Body&& body) noexcept {
  if (out) *out = nullptr;
  if (error) *error = nullptr;
  try {
    mubiao::capi::maybe_throw();
    return body();
  } catch (const mubiao::InvalidUtf8& e) {
    return fail(error, MUBIAO_ERROR_INVALID_UTF8,
                "invalid UTF-8 at byte " + std::to_string(e.offset()), e.offset());
  } catch (const std::bad_alloc&) {
    return fail(error, MUBIAO_ERROR_OUT_OF_MEMORY, "out of memory");
  } catch (const std::exception& e) {
    return fail(error, MUBIAO_ERROR_INTERNAL, std::string("internal error: ") + e.what());
  } catch (...) {
    return fail(error, MUBIAO_ERROR_INTERNAL, "internal error: unknown exception");
  }
}

// Runs a pipeline stage: checks the arguments every stage shares, copies the
// text into a new result and lets fill() complete it. *out is set only when
// everything succeeded, so a failing call never hands back a partial result.
template <typename Result>
mubiao_status check_stage_arguments(const mubiao_pipeline* p, const char* utf8, std::size_t len,
                                    Result** out, mubiao_error** error) noexcept {
  if (!out) return invalid(error, "out is NULL");
  if (!p) return invalid(error, "pipeline is NULL");
  if (!utf8 && len > 0) return invalid(error, "text is NULL but its length is not 0");
  return MUBIAO_OK;
}

template <typename Result, typename Fill>
mubiao_status run_stage(const mubiao_pipeline* p, const char* utf8, std::size_t len, Result** out,
                        mubiao_error** error, Fill&& fill) noexcept {
  return guarded(out, error, [&] {
    mubiao_status bad = check_stage_arguments(p, utf8, len, out, error);
    if (bad != MUBIAO_OK) return bad;
    auto result = std::make_unique<Result>();
    if (len) result->text.assign(utf8, len);
    fill(p->pipeline, *result);
    *out = result.release();
    return MUBIAO_OK;
  });
}

// Item `index` of a result, or OUT_OF_RANGE.
template <typename Item>
mubiao_status get_item(const std::vector<Item>* items, std::size_t index, const Item** out,
                       mubiao_error** error) noexcept {
  return guarded(out, error, [&] {
    if (!out) return invalid(error, "out is NULL");
    if (!items) return invalid(error, "result is NULL");
    if (index >= items->size())
      return fail(error, MUBIAO_ERROR_OUT_OF_RANGE,
                  "index " + std::to_string(index) + " is out of range (count " +
                      std::to_string(items->size()) + ")");
    *out = &(*items)[index];
    return MUBIAO_OK;
  });
}

template <typename Item>
std::size_t count_of(const std::vector<Item>* items) {
  return items ? items->size() : 0;
}

const char* view(std::string_view s, std::size_t* len) {
  if (len) *len = s.size();
  return s.empty() ? "" : s.data();
}

const char* span_view(const std::string* text, const mubiao::Span& s, std::size_t* len) {
  return view(text ? s.of(*text) : std::string_view(), len);
}

void span_out(const mubiao::Span& s, std::size_t* start, std::size_t* end) {
  if (start) *start = s.start;
  if (end) *end = s.end;
}

int optional_out(const std::optional<double>& v, double* out) {
  if (!v) return 0;
  if (out) *out = *v;
  return 1;
}

const std::vector<mubiao_unit>* units_of(const mubiao_document* d, mubiao_level level) {
  if (!d || level < MUBIAO_LEVEL_SECTION || level > MUBIAO_LEVEL_CLAUSE) return nullptr;
  return &d->units[level];
}

mubiao::Level cxx_level(mubiao_level level) {
  switch (level) {
    case MUBIAO_LEVEL_SECTION: return mubiao::Level::section;
    case MUBIAO_LEVEL_PARAGRAPH: return mubiao::Level::paragraph;
    case MUBIAO_LEVEL_SENTENCE: return mubiao::Level::sentence;
    default: return mubiao::Level::clause;
  }
}

}  // namespace

// ---------------------------------------------------------------------------
// Version and errors

extern "C" {

uint32_t mubiao_version(void) { return MUBIAO_VERSION_NUMBER; }
const char* mubiao_version_string(void) { return MUBIAO_VERSION_STRING; }

const char* mubiao_status_string(mubiao_status status) {
  switch (status) {
    case MUBIAO_OK: return "ok";
    case MUBIAO_ERROR_INVALID_ARGUMENT: return "invalid argument";
    case MUBIAO_ERROR_INVALID_UTF8: return "invalid UTF-8";
    case MUBIAO_ERROR_OUT_OF_RANGE: return "index out of range";
    case MUBIAO_ERROR_OUT_OF_MEMORY: return "out of memory";
    case MUBIAO_ERROR_INTERNAL: return "internal error";
    case MUBIAO_ERROR_READ: return "cannot read input";
    case MUBIAO_ERROR_UNSUPPORTED: return "not supported by this build";
    default: return "unknown status";
  }
}

mubiao_status mubiao_error_code(const mubiao_error* e) {
  return e ? e->code : MUBIAO_ERROR_INVALID_ARGUMENT;
}
const char* mubiao_error_message(const mubiao_error* e) { return e ? e->message.c_str() : ""; }
size_t mubiao_error_offset(const mubiao_error* e) { return e ? e->offset : kNoOffset; }
void mubiao_error_free(mubiao_error* e) {
  if (e != &kOutOfMemory) delete e;
}

// ---------------------------------------------------------------------------
// Options and pipeline

mubiao_status mubiao_options_new(mubiao_options** out, mubiao_error** error) {
  return guarded(out, error, [&] {
    if (!out) return invalid(error, "out is NULL");
    *out = new mubiao_options();
    return MUBIAO_OK;
  });
}

mubiao_status mubiao_options_add_word(mubiao_options* o, const char* utf8, size_t len,
                                      mubiao_error** error) {
  return guarded(static_cast<void**>(nullptr), error, [&] {
    if (!o) return invalid(error, "options is NULL");
    if (!utf8 || len == 0) return invalid(error, "the word is empty");
    std::string_view word(utf8, len);
    mubiao::require_utf8(word);
    o->options.segmenter.extra_words.emplace_back(word);
    return MUBIAO_OK;
  });
}

void mubiao_options_free(mubiao_options* o) { delete o; }

mubiao_status mubiao_pipeline_new(const mubiao_options* o, mubiao_pipeline** out,
                                  mubiao_error** error) {
  return guarded(out, error, [&] {
    if (!out) return invalid(error, "out is NULL");
    *out = new mubiao_pipeline(o ? o->options : mubiao::PipelineOptions{});
    return MUBIAO_OK;
  });
}

void mubiao_pipeline_free(mubiao_pipeline* p) { delete p; }

// ---------------------------------------------------------------------------
// Segmentation

mubiao_status mubiao_pipeline_segment(const mubiao_pipeline* p, const char* utf8, size_t len,
                                      mubiao_document** out, mubiao_error** error) {
  return run_stage(p, utf8, len, out, error, [](const mubiao::Pipeline& pl, mubiao_document& d) {
    d.doc = pl.segment(d.text);
    for (const mubiao::Section& s : d.doc.sections()) d.sections.push_back({&d, s});
    for (mubiao_level l = MUBIAO_LEVEL_SECTION; l <= MUBIAO_LEVEL_CLAUSE; ++l)
      for (const mubiao::Unit& u : d.doc.units(cxx_level(l))) d.units[l].push_back({&d, u});
  });
}

void mubiao_document_free(mubiao_document* d) { delete d; }

size_t mubiao_document_section_count(const mubiao_document* d) {
  return count_of(d ? &d->sections : nullptr);
}
mubiao_status mubiao_document_section_get(const mubiao_document* d, size_t index,
                                          const mubiao_section** out, mubiao_error** error) {
  return get_item(d ? &d->sections : nullptr, index, out, error);
}
void mubiao_section_span(const mubiao_section* s, size_t* start, size_t* end) {
  span_out(s ? s->section.span : mubiao::Span{}, start, end);
}
const char* mubiao_section_text(const mubiao_section* s, size_t* len) {
  return s ? span_view(&s->owner->text, s->section.span, len) : view({}, len);
}
const char* mubiao_section_heading(const mubiao_section* s, size_t* len) {
  return s ? span_view(&s->owner->text, s->section.heading, len) : view({}, len);
}
void mubiao_section_heading_span(const mubiao_section* s, size_t* start, size_t* end) {
  span_out(s ? s->section.heading : mubiao::Span{}, start, end);
}
int32_t mubiao_section_depth(const mubiao_section* s) { return s ? s->section.depth : 0; }
size_t mubiao_section_parent(const mubiao_section* s) { return s ? s->section.parent : 0; }

size_t mubiao_document_unit_count(const mubiao_document* d, mubiao_level level) {
  return count_of(units_of(d, level));
}
mubiao_status mubiao_document_unit_get(const mubiao_document* d, mubiao_level level, size_t index,
                                       const mubiao_unit** out, mubiao_error** error) {
  if (d && !units_of(d, level)) {
    if (out) *out = nullptr;
    if (error) *error = nullptr;
    return invalid(error, "unknown level");
  }
  return get_item(units_of(d, level), index, out, error);
}
void mubiao_unit_span(const mubiao_unit* u, size_t* start, size_t* end) {
  span_out(u ? u->unit.span : mubiao::Span{}, start, end);
}
const char* mubiao_unit_text(const mubiao_unit* u, size_t* len) {
  return u ? span_view(&u->owner->text, u->unit.span, len) : view({}, len);
}
size_t mubiao_unit_section(const mubiao_unit* u) { return u ? u->unit.section : 0; }
const char* mubiao_unit_section_heading(const mubiao_unit* u, size_t* len) {
  return view(u ? u->owner->doc.top_heading(u->unit) : std::string_view(), len);
}

// ---------------------------------------------------------------------------
// Words

mubiao_status mubiao_pipeline_words(const mubiao_pipeline* p, const char* utf8, size_t len,
                                    size_t start, size_t end, mubiao_words** out,
                                    mubiao_error** error) {
  return guarded(out, error, [&] {
    mubiao_status bad = check_stage_arguments(p, utf8, len, out, error);
    if (bad != MUBIAO_OK) return bad;
    const std::string_view text(len ? utf8 : "", len);
    end = std::min(end, len);
    start = std::min(start, end);
    auto w = std::make_unique<mubiao_words>();
    // The segmenter sees the caller's whole text; the result keeps the range.
    for (const mubiao::Token& t : p->pipeline.segmenter().words(text, mubiao::Span{start, end}))
      w->items.push_back({w.get(), t});
    w->base = start;
    w->text.assign(text.substr(start, end - start));
    *out = w.release();
    return MUBIAO_OK;
  });
}

void mubiao_words_free(mubiao_words* w) { delete w; }
size_t mubiao_words_count(const mubiao_words* w) { return count_of(w ? &w->items : nullptr); }
mubiao_status mubiao_words_get(const mubiao_words* w, size_t index, const mubiao_word** out,
                               mubiao_error** error) {
  return get_item(w ? &w->items : nullptr, index, out, error);
}
void mubiao_word_span(const mubiao_word* w, size_t* start, size_t* end) {
  span_out(w ? w->token.span : mubiao::Span{}, start, end);
}
const char* mubiao_word_text(const mubiao_word* w, size_t* len) {
  if (!w) return view({}, len);
  const mubiao::Span& s = w->token.span;
  return view(std::string_view(w->owner->text).substr(s.start - w->owner->base, s.size()), len);
}
const char* mubiao_word_type(const mubiao_word* w, size_t* len) {
  return view(w ? mubiao::token_type_name(w->token.type) : "", len);
}

// ---------------------------------------------------------------------------
// Numbers

mubiao_status mubiao_pipeline_numbers(const mubiao_pipeline* p, const char* utf8, size_t len,
                                      mubiao_numbers** out, mubiao_error** error) {
  return run_stage(p, utf8, len, out, error, [](const mubiao::Pipeline& pl, mubiao_numbers& n) {
    // Read through the layout, as the CLI does: a number wrapped across lines
    // is one mention, page markers and running heads are none.
    for (mubiao::Mention& m : pl.numbers().find(pl.segment(n.text)))
      n.items.push_back({&n.text, std::move(m)});
  });
}

void mubiao_numbers_free(mubiao_numbers* n) { delete n; }
size_t mubiao_numbers_count(const mubiao_numbers* n) { return count_of(n ? &n->items : nullptr); }
mubiao_status mubiao_numbers_get(const mubiao_numbers* n, size_t index, const mubiao_number** out,
                                 mubiao_error** error) {
  return get_item(n ? &n->items : nullptr, index, out, error);
}
void mubiao_number_span(const mubiao_number* n, size_t* start, size_t* end) {
  span_out(n ? n->mention.span : mubiao::Span{}, start, end);
}
const char* mubiao_number_text(const mubiao_number* n, size_t* len) {
  return n ? span_view(n->text, n->mention.span, len) : view({}, len);
}
const char* mubiao_number_kind(const mubiao_number* n, size_t* len) {
  return view(n ? mubiao::number_kind_name(n->mention.kind) : "", len);
}
int mubiao_number_value(const mubiao_number* n, double* value) {
  return optional_out(
      n && n->mention.representable ? std::optional<double>(n->mention.value) : std::nullopt,
      value);
}
const char* mubiao_number_value_text(const mubiao_number* n, size_t* len) {
  return view(n ? mubiao::value_text(n->mention) : std::string_view(), len);
}
int mubiao_number_upper(const mubiao_number* n, double* upper) {
  return optional_out(n ? n->mention.upper : std::nullopt, upper);
}
const char* mubiao_number_upper_text(const mubiao_number* n, size_t* len) {
  return view(n ? mubiao::upper_text(n->mention) : std::string_view(), len);
}
const char* mubiao_number_unit(const mubiao_number* n, size_t* len) {
  return view(n ? std::string_view(n->mention.unit) : std::string_view(), len);
}
const char* mubiao_number_qualifier(const mubiao_number* n, size_t* len) {
  return view(n ? mubiao::qualifier_name(n->mention.qualifier) : "", len);
}
int mubiao_number_approximate(const mubiao_number* n) {
  return n && n->mention.approximate ? 1 : 0;
}

// ---------------------------------------------------------------------------
// Targets

mubiao_status mubiao_pipeline_targets(const mubiao_pipeline* p, const char* utf8, size_t len,
                                      mubiao_targets** out, mubiao_error** error) {
  return run_stage(p, utf8, len, out, error, [](const mubiao::Pipeline& pl, mubiao_targets& t) {
    t.doc = pl.segment(t.text);
    for (mubiao::Statement& s : pl.targets(t.text, t.doc)) t.items.push_back({&t, std::move(s)});
  });
}

void mubiao_targets_free(mubiao_targets* t) { delete t; }
size_t mubiao_targets_count(const mubiao_targets* t) { return count_of(t ? &t->items : nullptr); }
mubiao_status mubiao_targets_get(const mubiao_targets* t, size_t index, const mubiao_target** out,
                                 mubiao_error** error) {
  return get_item(t ? &t->items : nullptr, index, out, error);
}
void mubiao_target_span(const mubiao_target* t, size_t* start, size_t* end) {
  span_out(t ? t->statement.span : mubiao::Span{}, start, end);
}
const char* mubiao_target_text(const mubiao_target* t, size_t* len) {
  return t ? span_view(&t->owner->text, t->statement.span, len) : view({}, len);
}
size_t mubiao_target_sentence(const mubiao_target* t) { return t ? t->statement.sentence : 0; }
size_t mubiao_target_section(const mubiao_target* t) { return t ? t->statement.section : 0; }
const char* mubiao_target_section_heading(const mubiao_target* t, size_t* len) {
  return view(t ? mubiao::section_heading(t->owner->doc, t->statement) : std::string_view(), len);
}
const char* mubiao_target_stance(const mubiao_target* t, size_t* len) {
  return view(t ? mubiao::stance_name(t->statement.stance) : "", len);
}
const char* mubiao_target_indicator(const mubiao_target* t, size_t* len) {
  return view(t ? std::string_view(t->statement.indicator) : std::string_view(), len);
}
void mubiao_target_indicator_span(const mubiao_target* t, size_t* start, size_t* end) {
  span_out(t ? t->statement.indicator_span : mubiao::Span{}, start, end);
}
const char* mubiao_target_measure(const mubiao_target* t, size_t* len) {
  return view(t ? mubiao::measure_name(t->statement.measure) : "", len);
}
const char* mubiao_target_comparator(const mubiao_target* t, size_t* len) {
  return view(t ? mubiao::comparator_name(t->statement.comparator) : "", len);
}
int mubiao_target_value(const mubiao_target* t, double* value) {
  return optional_out(t ? t->statement.value : std::nullopt, value);
}
const char* mubiao_target_value_text(const mubiao_target* t, size_t* len) {
  return view(t ? mubiao::value_text(t->statement) : std::string_view(), len);
}
int mubiao_target_upper(const mubiao_target* t, double* upper) {
  return optional_out(t ? t->statement.upper : std::nullopt, upper);
}
const char* mubiao_target_upper_text(const mubiao_target* t, size_t* len) {
  return view(t ? mubiao::upper_text(t->statement) : std::string_view(), len);
}
const char* mubiao_target_unit(const mubiao_target* t, size_t* len) {
  return view(t ? std::string_view(t->statement.unit) : std::string_view(), len);
}
void mubiao_target_value_span(const mubiao_target* t, size_t* start, size_t* end) {
  span_out(t ? t->statement.value_span : mubiao::Span{}, start, end);
}
const char* mubiao_target_modality(const mubiao_target* t, size_t* len) {
  return view(t ? mubiao::modality_name(t->statement.modality) : "", len);
}
const char* mubiao_target_horizon(const mubiao_target* t, size_t* len) {
  return view(t ? std::string_view(t->statement.horizon) : std::string_view(), len);
}
const char* mubiao_target_reference(const mubiao_target* t, size_t* len) {
  return view(t ? std::string_view(t->statement.reference) : std::string_view(), len);
}
const char* mubiao_target_rule(const mubiao_target* t, size_t* len) {
  return view(t ? std::string_view(t->statement.rule) : std::string_view(), len);
}
const char* mubiao_target_code(const mubiao_target* t, size_t* len) {
  return view(t ? std::string_view(t->statement.code) : std::string_view(), len);
}
int mubiao_target_real(const mubiao_target* t) { return t && t->statement.real ? 1 : 0; }
int mubiao_target_headline(const mubiao_target* t) { return t && t->statement.headline ? 1 : 0; }
int mubiao_target_strive(const mubiao_target* t, double* strive) {
  return optional_out(t ? t->statement.strive : std::nullopt, strive);
}
int mubiao_target_upside(const mubiao_target* t) { return t && t->statement.upside ? 1 : 0; }

}  // extern "C"

// ---------------------------------------------------------------------------
// Readers

namespace {

mubiao_status read_input(const char* bytes, std::size_t len, const char* path, const char* format,
                         const char* encoding, mubiao_text** out, mubiao_error** error) noexcept {
  return guarded(out, error, [&]() -> mubiao_status {
    if (!out) return invalid(error, "out is NULL");
#ifdef MUBIAO_WITH_READERS
    if (!path && !bytes && len > 0) return invalid(error, "bytes is NULL but len is not 0");
    mubiao::ReadOptions options;
    if (format) {
      auto f = mubiao::parse_input_format(format);
      if (!f) return invalid(error, "unknown format (auto, text, html, docx or pdf)");
      options.format = *f;
    }
    if (encoding) options.encoding = encoding;
    try {
      mubiao::ReadResult r = path ? mubiao::read_file(path, options)
                                  : mubiao::read_bytes(std::string_view(bytes, len), options);
      auto result = std::make_unique<mubiao_text>();
      result->text = std::move(r.text);
      result->format = mubiao::format_name(r.format);
      result->encoding = std::move(r.encoding);
      result->warnings = std::move(r.warnings);
      *out = result.release();
      return MUBIAO_OK;
    } catch (const mubiao::ReadError& e) {
      return fail(error, MUBIAO_ERROR_READ, path ? std::string(path) + ": " + e.what() : e.what());
    }
#else
    (void)bytes, (void)len, (void)path, (void)format, (void)encoding;
    return fail(error, MUBIAO_ERROR_UNSUPPORTED,
                "this mubiao was built without the readers (MUBIAO_WITH_READERS)");
#endif
  });
}

}  // namespace

int mubiao_has_readers(void) {
#ifdef MUBIAO_WITH_READERS
  return 1;
#else
  return 0;
#endif
}

mubiao_status mubiao_read_bytes(const char* bytes, size_t len, const char* format,
                                const char* encoding, mubiao_text** out, mubiao_error** error) {
  return read_input(bytes, len, nullptr, format, encoding, out, error);
}

mubiao_status mubiao_read_file(const char* path, const char* format, const char* encoding,
                               mubiao_text** out, mubiao_error** error) {
  if (!path) {
    if (out) *out = nullptr;
    if (error) *error = nullptr;
    return invalid(error, "path is NULL");
  }
  return read_input(nullptr, 0, path, format, encoding, out, error);
}

void mubiao_text_free(mubiao_text* text) { delete text; }

const char* mubiao_text_utf8(const mubiao_text* text, size_t* len) {
  if (len) *len = text ? text->text.size() : 0;
  return text ? text->text.data() : "";
}

const char* mubiao_text_format(const mubiao_text* text) { return text ? text->format : ""; }

const char* mubiao_text_encoding(const mubiao_text* text) {
  return text ? text->encoding.c_str() : "";
}

size_t mubiao_text_warning_count(const mubiao_text* text) {
  return text ? text->warnings.size() : 0;
}

const char* mubiao_text_warning(const mubiao_text* text, size_t index) {
  return text && index < text->warnings.size() ? text->warnings[index].c_str() : "";
}
