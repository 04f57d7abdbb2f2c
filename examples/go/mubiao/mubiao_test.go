package mubiao

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
)

func sample(t *testing.T) []byte {
	text, err := os.ReadFile("../../data/sample-report.txt")
	if err != nil {
		t.Fatal(err)
	}
	return text
}

func newPipeline(t *testing.T) *Pipeline {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Close)
	return p
}

func TestVersion(t *testing.T) {
	v := VersionString()
	var major, minor, patch int
	if n, _ := fmt.Sscanf(v, "%d.%d.%d", &major, &minor, &patch); n != 3 || Version() != major*10000+minor*100+patch {
		t.Fatalf("Version() = %d, VersionString() = %q", Version(), v)
	}
}

func TestUnitsAndWordsAreSpansOfTheInput(t *testing.T) {
	text := sample(t)
	p := newPipeline(t)
	d, err := p.Segment(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Sections) == 0 || len(d.Sentences) == 0 {
		t.Fatalf("%d sections, %d sentences", len(d.Sections), len(d.Sentences))
	}
	for _, s := range d.Sections {
		if s.Text != string(text[s.Start:s.End]) || s.Heading != string(text[s.HeadingSpan.Start:s.HeadingSpan.End]) {
			t.Errorf("section %+v is not its span", s.Span)
		}
	}
	for _, u := range append(append(d.Paragraphs, d.Sentences...), d.Clauses...) {
		if u.Text != string(text[u.Start:u.End]) || u.Section >= len(d.Sections) {
			t.Errorf("unit %+v is not its span", u.Span)
		}
	}
	words, err := p.Words(text, 0, len(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(words) < 100 {
		t.Fatalf("only %d words", len(words))
	}
	end := 0
	for _, w := range words {
		if w.Text != string(text[w.Start:w.End]) || w.Start < end {
			t.Errorf("word %+v out of place", w)
		}
		end = w.End
		switch w.Type {
		case "word", "number", "punct", "latin":
		default:
			t.Errorf("word type %q", w.Type)
		}
	}
}

func TestNumbersAndTargetsKeepTheirInvariants(t *testing.T) {
	text := sample(t)
	p := newPipeline(t)
	numbers, err := p.Numbers(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range numbers {
		if n.Text != string(text[n.Start:n.End]) || (n.Value != nil) != (n.ValueText != "") {
			t.Errorf("number %+v", n)
		}
	}
	targets, err := p.Targets(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range targets {
		if r.Text != string(text[r.Start:r.End]) || (r.Value != nil) != (r.ValueText != "") {
			t.Errorf("target %+v", r)
		}
		if r.Stance != "target" && r.Stance != "achievement" {
			t.Errorf("stance %q", r.Stance)
		}
	}
}

func TestInvalidUTF8IsAnErrorWithItsOffset(t *testing.T) {
	p := newPipeline(t)
	bad := []byte("增长\xff7%")
	_, e1 := p.Segment(bad)
	_, e2 := p.Words(bad, 0, len(bad))
	_, e3 := p.Numbers(bad)
	_, e4 := p.Targets(bad)
	for _, err := range []error{e1, e2, e3, e4} {
		var me *Error
		if !errors.As(err, &me) || me.Status != InvalidUTF8 || me.Offset != 6 ||
			!strings.Contains(me.Error(), "byte 6") {
			t.Errorf("got %v", err)
		}
	}
	if _, err := p.Words(bad, -1, 2); err == nil {
		t.Error("a negative range was accepted")
	}
}

func TestEmptyWordIsRejected(t *testing.T) {
	var me *Error
	if _, err := New(""); !errors.As(err, &me) || me.Status != InvalidArgument || me.Offset != -1 {
		t.Fatalf("got %v", err)
	}
	p, err := New("太忻一体化经济区")
	if err != nil {
		t.Fatal(err)
	}
	p.Close()
}

func TestCloseIsIdempotentAndLaterCallsFail(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	p.Close()
	p.Close()
	if _, err := p.Targets([]byte("增长7%")); err == nil {
		t.Fatal("a closed pipeline still works")
	}
}

func TestFinalizerFreesForgottenPipelines(t *testing.T) {
	for i := 0; i < 3; i++ {
		if _, err := New(); err != nil {
			t.Fatal(err)
		}
	}
	runtime.GC()
	runtime.GC()
}

func TestEmptyInput(t *testing.T) {
	p := newPipeline(t)
	if d, err := p.Segment(nil); err != nil || len(d.Sentences) != 0 {
		t.Fatalf("%v %v", d, err)
	}
	if ts, err := p.Targets([]byte{}); err != nil || len(ts) != 0 {
		t.Fatalf("%v %v", ts, err)
	}
}

func TestOnePipelineServesManyGoroutines(t *testing.T) {
	text := sample(t)
	p := newPipeline(t)
	want, err := p.Words(text, 0, len(text))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := p.Words(append([]byte(nil), text...), 0, len(text))
			if err != nil || len(got) != len(want) {
				t.Errorf("%d words, %v", len(got), err)
				return
			}
			for j := range got {
				if got[j] != want[j] {
					t.Errorf("word %d differs", j)
					return
				}
			}
		}()
	}
	wg.Wait()
}
