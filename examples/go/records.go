package main

import (
	"fmt"
	"strconv"
	"strings"
)

// record builds one JSON Lines record encoded byte for byte as the mubiao
// CLI encodes it (examples/cli/records.cc): fields in order, minimal
// escapes, UTF-8 as is. encoding/json would escape <, > and & differently.
type record struct{ b strings.Builder }

func (r *record) key(k string) {
	if r.b.Len() == 0 {
		r.b.WriteByte('{')
	} else {
		r.b.WriteByte(',')
	}
	writeString(&r.b, k)
	r.b.WriteByte(':')
}

func (r *record) str(k, v string) *record     { r.key(k); writeString(&r.b, v); return r }
func (r *record) num(k string, v int) *record { r.key(k); r.b.WriteString(strconv.Itoa(v)); return r }

// raw writes a number the library already formatted; null when empty.
func (r *record) raw(k, v string) *record {
	r.key(k)
	if v == "" {
		v = "null"
	}
	r.b.WriteString(v)
	return r
}

func (r *record) yes(k string) *record { r.key(k); r.b.WriteString("true"); return r }

func (r *record) end(out *strings.Builder) {
	r.b.WriteString("}\n")
	out.WriteString(r.b.String())
}

func writeString(b *strings.Builder, s string) {
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			b.WriteString(`\"`)
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c == 0x7f:
			fmt.Fprintf(b, `\u%04x`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
}
