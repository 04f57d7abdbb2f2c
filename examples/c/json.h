/* JSON Lines records, encoded byte for byte as the mubiao CLI encodes them
 * (examples/cli/encode.cc): fields in the order added, strings escaped
 * minimally, UTF-8 passed through. */
#ifndef MUBIAO_EXAMPLE_JSON_H_
#define MUBIAO_EXAMPLE_JSON_H_

#include <stddef.h>

/* A growing output buffer; `failed` is set when memory ran out. */
typedef struct {
  char *data;
  size_t size, capacity;
  int failed;
  int fields; /* fields in the current record */
} json_buffer;

void json_begin(json_buffer *b);
void json_end(json_buffer *b);
void json_str(json_buffer *b, const char *key, const char *s, size_t n);
void json_size(json_buffer *b, const char *key, size_t value);
/* A number already in JSON form; null when text is empty. */
void json_raw(json_buffer *b, const char *key, const char *text, size_t n);
void json_true(json_buffer *b, const char *key);
void json_free(json_buffer *b);

#endif
