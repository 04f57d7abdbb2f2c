// Package mubiao is a cgo binding to mubiao's C ABI (<mubiao.h>, libmubiao),
// found with pkg-config (set PKG_CONFIG_PATH for a private install).
//
//	p, err := mubiao.New()
//	if err != nil { ... }
//	defer p.Close()
//	targets, err := p.Targets(text)
//
// A Pipeline owns C memory: Close it when done (a finalizer frees a
// forgotten one, as a safety net). It is safe for concurrent use, but Close
// must not race with other calls. Results are copied into Go values and the
// C results freed before each method returns, so they need no closing.
package mubiao

/*
#cgo pkg-config: mubiao
#include <stdlib.h>
#include <mubiao.h>
*/
import "C"

import (
	"runtime"
	"sync"
	"unsafe"
)

// Status is why a call failed; the numbers are the C ABI's.
type Status int

const (
	InvalidArgument Status = C.MUBIAO_ERROR_INVALID_ARGUMENT
	InvalidUTF8     Status = C.MUBIAO_ERROR_INVALID_UTF8
	OutOfRange      Status = C.MUBIAO_ERROR_OUT_OF_RANGE
	OutOfMemory     Status = C.MUBIAO_ERROR_OUT_OF_MEMORY
	Internal        Status = C.MUBIAO_ERROR_INTERNAL
)

func (s Status) String() string { return C.GoString(C.mubiao_status_string(C.mubiao_status(s))) }

// Error is a failed call: its status, the library's message and, for
// invalid UTF-8, the byte offset of the first bad byte (-1 otherwise).
type Error struct {
	Status  Status
	Message string
	Offset  int
}

func (e *Error) Error() string { return e.Message }

// takeError turns a status and its mubiao_error (possibly NULL) into an
// *Error, freeing the C error.
func takeError(status C.mubiao_status, e *C.mubiao_error) error {
	if status == C.MUBIAO_OK {
		return nil
	}
	defer C.mubiao_error_free(e)
	err := &Error{Status: Status(status), Message: C.GoString(C.mubiao_error_message(e)), Offset: -1}
	if e == nil {
		err.Message = Status(status).String()
	}
	if off := C.mubiao_error_offset(e); off != C.size_t(^uint(0)) {
		err.Offset = int(off)
	}
	return err
}

// Version is the loaded library's MAJOR*10000 + MINOR*100 + PATCH.
func Version() int { return int(C.mubiao_version()) }

// VersionString is the loaded library's "MAJOR.MINOR.PATCH".
func VersionString() string { return C.GoString(C.mubiao_version_string()) }

// Pipeline holds the lexicon and rules, loaded once.
type Pipeline struct {
	mu sync.Mutex // guards p against a double Close
	p  *C.mubiao_pipeline
}

// New makes a pipeline whose lexicon also knows words (local place or
// programme names); an empty word is an error.
func New(words ...string) (*Pipeline, error) {
	var opts *C.mubiao_options
	var cerr *C.mubiao_error
	if err := takeError(C.mubiao_options_new(&opts, &cerr), cerr); err != nil {
		return nil, err
	}
	defer C.mubiao_options_free(opts)
	for _, w := range words {
		cw := C.CString(w) // Go strings cannot be passed to C directly
		status := C.mubiao_options_add_word(opts, cw, C.size_t(len(w)), &cerr)
		C.free(unsafe.Pointer(cw))
		if err := takeError(status, cerr); err != nil {
			return nil, err
		}
	}
	var raw *C.mubiao_pipeline
	if err := takeError(C.mubiao_pipeline_new(opts, &raw, &cerr), cerr); err != nil {
		return nil, err
	}
	p := &Pipeline{p: raw}
	runtime.SetFinalizer(p, (*Pipeline).Close)
	return p, nil
}

// Close frees the pipeline. Calling it again does nothing.
func (p *Pipeline) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.p != nil {
		C.mubiao_pipeline_free(p.p)
		p.p = nil
		runtime.SetFinalizer(p, nil)
	}
}

var errClosed = &Error{Status: InvalidArgument, Message: "mubiao: pipeline is closed", Offset: -1}

// handle returns the C pipeline, or an error once closed.
func (p *Pipeline) handle() (*C.mubiao_pipeline, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.p == nil {
		return nil, errClosed
	}
	return p.p, nil
}

// stage runs one pipeline stage on text: f calls the C function with the
// pipeline, the text and the error pointer, and stores the result itself.
func (p *Pipeline) stage(text []byte, f func(h *C.mubiao_pipeline, data *C.char, n C.size_t, cerr **C.mubiao_error) C.mubiao_status) error {
	h, err := p.handle()
	if err != nil {
		return err
	}
	var cerr *C.mubiao_error
	data, n := cText(text)
	status := f(h, data, n, &cerr)
	runtime.KeepAlive(p) // no finalizer may free the pipeline during the call
	return takeError(status, cerr)
}

// cText is a Go byte slice as the C ABI's (utf8, len); the library copies
// it during the call.
func cText(text []byte) (*C.char, C.size_t) {
	if len(text) == 0 {
		return nil, 0
	}
	return (*C.char)(unsafe.Pointer(&text[0])), C.size_t(len(text))
}

// goString copies a view.
func goString(data *C.char, n C.size_t) string {
	if n == 0 {
		return ""
	}
	return C.GoStringN(data, C.int(n))
}

// Span is a half-open byte range [Start, End) of the input.
type Span struct{ Start, End int }

func span(start, end C.size_t) Span { return Span{int(start), int(end)} }

func optional(has C.int, v C.double) *float64 {
	if has == 0 {
		return nil
	}
	f := float64(v)
	return &f
}
