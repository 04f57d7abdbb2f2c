package mubiao

/*
#include <mubiao.h>
*/
import "C"

// Section is a heading and everything up to the next heading of the same or
// a higher rank; text before the first heading is a preamble of depth 0.
type Section struct {
	Span
	Text        string
	Heading     string
	HeadingSpan Span
	Depth       int // 0 preamble, 1 top level, 2, ...
	Parent      int // index of the enclosing section
}

// Unit is a paragraph, sentence or clause.
type Unit struct {
	Span
	Text           string
	Section        int    // index into Document.Sections of the innermost section
	SectionHeading string // heading of the top-level section, "" in the preamble
}

// Document is a text's segmentation.
type Document struct {
	Sections                       []Section
	Paragraphs, Sentences, Clauses []Unit
}

// Word is a word token.
type Word struct {
	Span
	Text string
	Type string // "word", "number", "punct", "latin"
}

// Number is a numeric expression, normalized.
type Number struct {
	Span
	Text        string
	Kind        string
	Value       *float64 // nil when not representable
	ValueText   string   // exact decimal text, "" when not representable
	Upper       *float64 // high end of a range
	UpperText   string
	Unit        string
	Qualifier   string
	Approximate bool
}

// Target is a quantitative statement: a target or a reported achievement.
type Target struct {
	Span
	Text           string
	Sentence       int
	Section        int
	SectionHeading string
	Stance         string
	Indicator      string
	IndicatorSpan  Span
	Measure        string
	Comparator     string
	Value          *float64
	ValueText      string
	Upper          *float64
	UpperText      string
	Unit           string
	ValueSpan      Span
	Modality       string
	Horizon        string
	Reference      string
	Rule           string
	Code           string
	Real           bool
	Headline       bool
}

// Segment cuts text (UTF-8 bytes) into sections, paragraphs, sentences and
// clauses.
func (p *Pipeline) Segment(text []byte) (*Document, error) {
	var d *C.mubiao_document
	if err := p.stage(text, func(h *C.mubiao_pipeline, data *C.char, n C.size_t, cerr **C.mubiao_error) C.mubiao_status {
		return C.mubiao_pipeline_segment(h, data, n, &d, cerr)
	}); err != nil {
		return nil, err
	}
	defer C.mubiao_document_free(d)
	var cerr *C.mubiao_error
	doc := &Document{}
	for i := C.size_t(0); i < C.mubiao_document_section_count(d); i++ {
		var s *C.mubiao_section
		if err := takeError(C.mubiao_document_section_get(d, i, &s, &cerr), cerr); err != nil {
			return nil, err
		}
		var start, end, hstart, hend, tn, hn C.size_t
		C.mubiao_section_span(s, &start, &end)
		C.mubiao_section_heading_span(s, &hstart, &hend)
		t := C.mubiao_section_text(s, &tn)
		hd := C.mubiao_section_heading(s, &hn)
		doc.Sections = append(doc.Sections, Section{
			Span: span(start, end), Text: goString(t, tn), Heading: goString(hd, hn),
			HeadingSpan: span(hstart, hend), Depth: int(C.mubiao_section_depth(s)),
			Parent: int(C.mubiao_section_parent(s)),
		})
	}
	levels := []struct {
		level C.mubiao_level
		units *[]Unit
	}{
		{C.MUBIAO_LEVEL_PARAGRAPH, &doc.Paragraphs},
		{C.MUBIAO_LEVEL_SENTENCE, &doc.Sentences},
		{C.MUBIAO_LEVEL_CLAUSE, &doc.Clauses},
	}
	for _, l := range levels {
		for i := C.size_t(0); i < C.mubiao_document_unit_count(d, l.level); i++ {
			var u *C.mubiao_unit
			if err := takeError(C.mubiao_document_unit_get(d, l.level, i, &u, &cerr), cerr); err != nil {
				return nil, err
			}
			var start, end, tn, hn C.size_t
			C.mubiao_unit_span(u, &start, &end)
			t := C.mubiao_unit_text(u, &tn)
			hd := C.mubiao_unit_section_heading(u, &hn)
			*l.units = append(*l.units, Unit{Span: span(start, end), Text: goString(t, tn),
				Section: int(C.mubiao_unit_section(u)), SectionHeading: goString(hd, hn)})
		}
	}
	return doc, nil
}

// Words gives the word tokens of text[start:end] (clamped to the text);
// offsets are into text.
func (p *Pipeline) Words(text []byte, start, end int) ([]Word, error) {
	if start < 0 || end < 0 {
		return nil, &Error{Status: InvalidArgument, Message: "mubiao: negative range", Offset: -1}
	}
	var ws *C.mubiao_words
	if err := p.stage(text, func(h *C.mubiao_pipeline, data *C.char, n C.size_t, cerr **C.mubiao_error) C.mubiao_status {
		return C.mubiao_pipeline_words(h, data, n, C.size_t(start), C.size_t(end), &ws, cerr)
	}); err != nil {
		return nil, err
	}
	defer C.mubiao_words_free(ws)
	var cerr *C.mubiao_error
	words := make([]Word, 0, int(C.mubiao_words_count(ws)))
	for i := C.size_t(0); i < C.mubiao_words_count(ws); i++ {
		var w *C.mubiao_word
		if err := takeError(C.mubiao_words_get(ws, i, &w, &cerr), cerr); err != nil {
			return nil, err
		}
		var s, e, tn, kn C.size_t
		C.mubiao_word_span(w, &s, &e)
		t := C.mubiao_word_text(w, &tn)
		k := C.mubiao_word_type(w, &kn)
		words = append(words, Word{Span: span(s, e), Text: goString(t, tn), Type: goString(k, kn)})
	}
	return words, nil
}

// Numbers gives every numeric expression of text, normalized.
func (p *Pipeline) Numbers(text []byte) ([]Number, error) {
	var ns *C.mubiao_numbers
	if err := p.stage(text, func(h *C.mubiao_pipeline, data *C.char, n C.size_t, cerr **C.mubiao_error) C.mubiao_status {
		return C.mubiao_pipeline_numbers(h, data, n, &ns, cerr)
	}); err != nil {
		return nil, err
	}
	defer C.mubiao_numbers_free(ns)
	var cerr *C.mubiao_error
	numbers := make([]Number, 0, int(C.mubiao_numbers_count(ns)))
	for i := C.size_t(0); i < C.mubiao_numbers_count(ns); i++ {
		var m *C.mubiao_number
		if err := takeError(C.mubiao_numbers_get(ns, i, &m, &cerr), cerr); err != nil {
			return nil, err
		}
		var s, e, l C.size_t
		var value, upper C.double
		C.mubiao_number_span(m, &s, &e)
		num := Number{Span: span(s, e)}
		num.Text = goString(C.mubiao_number_text(m, &l), l)
		num.Kind = goString(C.mubiao_number_kind(m, &l), l)
		num.Value = optional(C.mubiao_number_value(m, &value), value)
		num.ValueText = goString(C.mubiao_number_value_text(m, &l), l)
		num.Upper = optional(C.mubiao_number_upper(m, &upper), upper)
		num.UpperText = goString(C.mubiao_number_upper_text(m, &l), l)
		num.Unit = goString(C.mubiao_number_unit(m, &l), l)
		num.Qualifier = goString(C.mubiao_number_qualifier(m, &l), l)
		num.Approximate = C.mubiao_number_approximate(m) != 0
		numbers = append(numbers, num)
	}
	return numbers, nil
}

// Targets gives the quantitative statements of text, as `mubiao targets`.
func (p *Pipeline) Targets(text []byte) ([]Target, error) {
	var ts *C.mubiao_targets
	if err := p.stage(text, func(h *C.mubiao_pipeline, data *C.char, n C.size_t, cerr **C.mubiao_error) C.mubiao_status {
		return C.mubiao_pipeline_targets(h, data, n, &ts, cerr)
	}); err != nil {
		return nil, err
	}
	defer C.mubiao_targets_free(ts)
	var cerr *C.mubiao_error
	targets := make([]Target, 0, int(C.mubiao_targets_count(ts)))
	for i := C.size_t(0); i < C.mubiao_targets_count(ts); i++ {
		var t *C.mubiao_target
		if err := takeError(C.mubiao_targets_get(ts, i, &t, &cerr), cerr); err != nil {
			return nil, err
		}
		var s, e, l C.size_t
		var value, upper C.double
		C.mubiao_target_span(t, &s, &e)
		r := Target{Span: span(s, e)}
		r.Text = goString(C.mubiao_target_text(t, &l), l)
		r.Sentence = int(C.mubiao_target_sentence(t))
		r.Section = int(C.mubiao_target_section(t))
		r.SectionHeading = goString(C.mubiao_target_section_heading(t, &l), l)
		r.Stance = goString(C.mubiao_target_stance(t, &l), l)
		r.Indicator = goString(C.mubiao_target_indicator(t, &l), l)
		C.mubiao_target_indicator_span(t, &s, &e)
		r.IndicatorSpan = span(s, e)
		r.Measure = goString(C.mubiao_target_measure(t, &l), l)
		r.Comparator = goString(C.mubiao_target_comparator(t, &l), l)
		r.Value = optional(C.mubiao_target_value(t, &value), value)
		r.ValueText = goString(C.mubiao_target_value_text(t, &l), l)
		r.Upper = optional(C.mubiao_target_upper(t, &upper), upper)
		r.UpperText = goString(C.mubiao_target_upper_text(t, &l), l)
		r.Unit = goString(C.mubiao_target_unit(t, &l), l)
		C.mubiao_target_value_span(t, &s, &e)
		r.ValueSpan = span(s, e)
		r.Modality = goString(C.mubiao_target_modality(t, &l), l)
		r.Horizon = goString(C.mubiao_target_horizon(t, &l), l)
		r.Reference = goString(C.mubiao_target_reference(t, &l), l)
		r.Rule = goString(C.mubiao_target_rule(t, &l), l)
		r.Code = goString(C.mubiao_target_code(t, &l), l)
		r.Real = C.mubiao_target_real(t) != 0
		r.Headline = C.mubiao_target_headline(t) != 0
		targets = append(targets, r)
	}
	return targets, nil
}
