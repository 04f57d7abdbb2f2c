#include "json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void put(json_buffer *b, const char *s, size_t n) {
  if (b->failed) return;
  if (b->size + n > b->capacity) {
    size_t cap = b->capacity ? b->capacity : 4096;
    char *grown;
    while (cap < b->size + n) cap *= 2;
    grown = (char *)realloc(b->data, cap);
    if (!grown) {
      b->failed = 1;
      return;
    }
    b->data = grown;
    b->capacity = cap;
  }
  memcpy(b->data + b->size, s, n);
  b->size += n;
}

static void puts0(json_buffer *b, const char *s) { put(b, s, strlen(s)); }

static void string_literal(json_buffer *b, const char *s, size_t n) {
  size_t i;
  put(b, "\"", 1);
  for (i = 0; i < n; ++i) {
    unsigned char c = (unsigned char)s[i];
    char esc[8];
    switch (c) {
      case '"': puts0(b, "\\\""); break;
      case '\\': puts0(b, "\\\\"); break;
      case '\n': puts0(b, "\\n"); break;
      case '\r': puts0(b, "\\r"); break;
      case '\t': puts0(b, "\\t"); break;
      default:
        if (c < 0x20 || c == 0x7F) {
          sprintf(esc, "\\u%04x", c);
          puts0(b, esc);
        } else {
          put(b, s + i, 1);
        }
    }
  }
  put(b, "\"", 1);
}

static void key(json_buffer *b, const char *k) {
  if (b->fields++) put(b, ",", 1);
  string_literal(b, k, strlen(k));
  put(b, ":", 1);
}

void json_begin(json_buffer *b) {
  b->fields = 0;
  put(b, "{", 1);
}
void json_end(json_buffer *b) { puts0(b, "}\n"); }

void json_str(json_buffer *b, const char *k, const char *s, size_t n) {
  key(b, k);
  string_literal(b, s, n);
}

void json_size(json_buffer *b, const char *k, size_t value) {
  char digits[32];
  key(b, k);
  sprintf(digits, "%zu", value);
  puts0(b, digits);
}

void json_raw(json_buffer *b, const char *k, const char *text, size_t n) {
  key(b, k);
  if (n)
    put(b, text, n);
  else
    puts0(b, "null");
}

void json_true(json_buffer *b, const char *k) {
  key(b, k);
  puts0(b, "true");
}

void json_free(json_buffer *b) {
  free(b->data);
  b->data = NULL;
  b->size = b->capacity = 0;
}
