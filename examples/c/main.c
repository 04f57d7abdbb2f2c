/* Prints what `mubiao targets FILE...` prints, through the C ABI:
 *
 *   mubiao_targets [--sentences | --words | --numbers] FILE...
 *
 * --sentences prints `mubiao segment --level sentence` records instead,
 * --words `mubiao segment --level word` and --numbers `mubiao numbers`. Each file's records are
 * written only when the whole file succeeded; a failing file gets a message on standard error and
 * exit status 1. */
#include <mubiao.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"

enum mode { TARGETS, SENTENCES, WORDS, NUMBERS };

static void span_fields(json_buffer *b, const char *doc, size_t start, size_t end, const char *text,
                        size_t text_len) {
  json_str(b, "doc", doc, strlen(doc));
  json_size(b, "start", start);
  json_size(b, "end", end);
  json_str(b, "text", text, text_len);
}

static mubiao_status print_targets(const mubiao_pipeline *p, const char *doc, const char *text,
                                   size_t len, json_buffer *b, mubiao_error **err) {
  mubiao_targets *ts = NULL;
  size_t i, n, start, end;
  const char *v;
  mubiao_status s = mubiao_pipeline_targets(p, text, len, &ts, err);
  for (i = 0; s == MUBIAO_OK && i < mubiao_targets_count(ts); ++i) {
    const mubiao_target *t = NULL;
    if ((s = mubiao_targets_get(ts, i, &t, err)) != MUBIAO_OK) break;
    json_begin(b);
    mubiao_target_span(t, &start, &end);
    v = mubiao_target_text(t, &n);
    span_fields(b, doc, start, end, v, n);
    v = mubiao_target_section_heading(t, &n);
    json_str(b, "section", v, n);
    v = mubiao_target_stance(t, &n);
    json_str(b, "stance", v, n);
    v = mubiao_target_indicator(t, &n);
    json_str(b, "indicator", v, n);
    v = mubiao_target_measure(t, &n);
    json_str(b, "measure", v, n);
    v = mubiao_target_comparator(t, &n);
    json_str(b, "comparator", v, n);
    v = mubiao_target_value_text(t, &n);
    json_raw(b, "value", v, n);
    v = mubiao_target_upper_text(t, &n);
    json_raw(b, "upper", v, n);
    v = mubiao_target_unit(t, &n);
    json_str(b, "unit", v, n);
    v = mubiao_target_modality(t, &n);
    json_str(b, "modality", v, n);
    v = mubiao_target_horizon(t, &n);
    json_str(b, "horizon", v, n);
    v = mubiao_target_reference(t, &n);
    json_str(b, "reference", v, n);
    v = mubiao_target_rule(t, &n);
    json_str(b, "rule", v, n);
    v = mubiao_target_code(t, &n);
    json_str(b, "code", v, n);
    json_raw(b, "real", mubiao_target_real(t) ? "true" : "false", mubiao_target_real(t) ? 4 : 5);
    json_raw(b, "headline", mubiao_target_headline(t) ? "true" : "false",
             mubiao_target_headline(t) ? 4 : 5);
    json_end(b);
  }
  mubiao_targets_free(ts);
  return s;
}

static void segment_fields(json_buffer *b, const char *doc, const char *level, size_t start,
                           size_t end, const char *text, size_t text_len, const char *section,
                           size_t section_len) {
  json_str(b, "doc", doc, strlen(doc));
  json_str(b, "level", level, strlen(level));
  json_size(b, "start", start);
  json_size(b, "end", end);
  json_str(b, "text", text, text_len);
  json_str(b, "section", section, section_len);
}

/* The words of one sentence, each with the sentence's section. */
static mubiao_status print_words(const mubiao_pipeline *p, const char *doc, const char *text,
                                 size_t len, const mubiao_unit *sentence, json_buffer *b,
                                 mubiao_error **err) {
  mubiao_words *ws = NULL;
  size_t i, n, section_len, start, end;
  const char *v, *section = mubiao_unit_section_heading(sentence, &section_len);
  mubiao_status s;
  mubiao_unit_span(sentence, &start, &end);
  s = mubiao_pipeline_words(p, text, len, start, end, &ws, err);
  for (i = 0; s == MUBIAO_OK && i < mubiao_words_count(ws); ++i) {
    const mubiao_word *w = NULL;
    if ((s = mubiao_words_get(ws, i, &w, err)) != MUBIAO_OK) break;
    json_begin(b);
    mubiao_word_span(w, &start, &end);
    v = mubiao_word_text(w, &n);
    segment_fields(b, doc, "word", start, end, v, n, section, section_len);
    v = mubiao_word_type(w, &n);
    json_str(b, "type", v, n);
    json_end(b);
  }
  mubiao_words_free(ws);
  return s;
}

static mubiao_status print_sentences(const mubiao_pipeline *p, const char *doc, const char *text,
                                     size_t len, int words, json_buffer *b, mubiao_error **err) {
  mubiao_document *d = NULL;
  size_t i, n, start, end, section_len;
  const char *v, *section;
  mubiao_status s = mubiao_pipeline_segment(p, text, len, &d, err);
  for (i = 0; s == MUBIAO_OK && i < mubiao_document_unit_count(d, MUBIAO_LEVEL_SENTENCE); ++i) {
    const mubiao_unit *u = NULL;
    if ((s = mubiao_document_unit_get(d, MUBIAO_LEVEL_SENTENCE, i, &u, err)) != MUBIAO_OK) break;
    if (words) {
      s = print_words(p, doc, text, len, u, b, err);
      continue;
    }
    json_begin(b);
    mubiao_unit_span(u, &start, &end);
    v = mubiao_unit_text(u, &n);
    section = mubiao_unit_section_heading(u, &section_len);
    segment_fields(b, doc, "sentence", start, end, v, n, section, section_len);
    json_end(b);
  }
  mubiao_document_free(d);
  return s;
}

static mubiao_status print_numbers(const mubiao_pipeline *p, const char *doc, const char *text,
                                   size_t len, json_buffer *b, mubiao_error **err) {
  mubiao_numbers *ns = NULL;
  size_t i, n, start, end;
  const char *v;
  mubiao_status s = mubiao_pipeline_numbers(p, text, len, &ns, err);
  for (i = 0; s == MUBIAO_OK && i < mubiao_numbers_count(ns); ++i) {
    const mubiao_number *m = NULL;
    if ((s = mubiao_numbers_get(ns, i, &m, err)) != MUBIAO_OK) break;
    json_begin(b);
    mubiao_number_span(m, &start, &end);
    v = mubiao_number_text(m, &n);
    span_fields(b, doc, start, end, v, n);
    v = mubiao_number_kind(m, &n);
    json_str(b, "kind", v, n);
    v = mubiao_number_value_text(m, &n);
    json_raw(b, "value", v, n);
    v = mubiao_number_unit(m, &n);
    json_str(b, "unit", v, n);
    v = mubiao_number_qualifier(m, &n);
    json_str(b, "qualifier", v, n);
    if (mubiao_number_upper(m, NULL)) {
      v = mubiao_number_upper_text(m, &n);
      json_raw(b, "upper", v, n);
    }
    if (mubiao_number_approximate(m)) json_true(b, "approximate");
    if (!mubiao_number_value(m, NULL)) json_str(b, "error", "unrepresentable", 15);
    json_end(b);
  }
  mubiao_numbers_free(ns);
  return s;
}

static char *read_file(const char *name, size_t *len) {
  FILE *f = fopen(name, "rb");
  char *data = NULL;
  size_t cap = 0;
  *len = 0;
  if (!f) return NULL;
  for (;;) {
    size_t got;
    if (*len == cap) {
      char *grown = (char *)realloc(data, cap = cap ? 2 * cap : 65536);
      if (!grown) {
        free(data);
        data = NULL;
        break;
      }
      data = grown;
    }
    got = fread(data + *len, 1, cap - *len, f);
    *len += got;
    if (got == 0) break;
  }
  if (ferror(f)) {
    free(data);
    data = NULL;
  }
  fclose(f);
  return data;
}

int main(int argc, char **argv) {
  enum mode mode = TARGETS;
  mubiao_pipeline *p = NULL;
  mubiao_error *err = NULL;
  int i = 1, status = 0;

  if (i < argc && strcmp(argv[i], "--sentences") == 0)
    mode = SENTENCES, ++i;
  else if (i < argc && strcmp(argv[i], "--words") == 0)
    mode = WORDS, ++i;
  else if (i < argc && strcmp(argv[i], "--numbers") == 0)
    mode = NUMBERS, ++i;
  if (i >= argc) {
    fprintf(stderr, "usage: %s [--sentences | --words | --numbers] FILE...\n", argv[0]);
    return 2;
  }
  if (mubiao_pipeline_new(NULL, &p, &err) != MUBIAO_OK) {
    fprintf(stderr, "mubiao: %s\n", mubiao_error_message(err));
    mubiao_error_free(err);
    return 1;
  }
  for (; i < argc; ++i) {
    json_buffer out = {NULL, 0, 0, 0, 0};
    size_t len;
    char *text = read_file(argv[i], &len);
    mubiao_status s;
    if (!text) {
      fprintf(stderr, "mubiao: %s: cannot read file\n", argv[i]);
      status = 1;
      continue;
    }
    s = mode == TARGETS   ? print_targets(p, argv[i], text, len, &out, &err)
        : mode == NUMBERS ? print_numbers(p, argv[i], text, len, &out, &err)
                          : print_sentences(p, argv[i], text, len, mode == WORDS, &out, &err);
    free(text);
    if (s != MUBIAO_OK || out.failed) {
      fprintf(stderr, "mubiao: %s: %s\n", argv[i],
              s != MUBIAO_OK ? mubiao_error_message(err) : "out of memory");
      mubiao_error_free(err);
      err = NULL;
      status = 1;
    } else if (out.size && fwrite(out.data, 1, out.size, stdout) != out.size) {
      status = 1;
    }
    json_free(&out);
  }
  mubiao_pipeline_free(p);
  if (fflush(stdout) != 0) {
    fprintf(stderr, "mubiao: cannot write output\n");
    status = 1;
  }
  return status;
}
