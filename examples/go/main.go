// Command mubiaoexample prints what `mubiao targets FILE...` prints (or
// `mubiao segment --level sentence|word`, `mubiao numbers` with --sentences,
// --words, --numbers), through the C ABI:
//
//	go run . [--sentences | --words | --numbers] FILE...
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"mubiaoexample/mubiao"
)

func run(p *mubiao.Pipeline, mode, doc string, text []byte, out *strings.Builder) error {
	switch mode {
	case "--sentences", "--words":
		d, err := p.Segment(text)
		if err != nil {
			return err
		}
		for _, s := range d.Sentences {
			if mode == "--sentences" {
				(&record{}).str("doc", doc).str("level", "sentence").num("start", s.Start).
					num("end", s.End).str("text", s.Text).str("section", s.SectionHeading).end(out)
				continue
			}
			words, err := p.Words(text, s.Start, s.End)
			if err != nil {
				return err
			}
			for _, w := range words {
				(&record{}).str("doc", doc).str("level", "word").num("start", w.Start).
					num("end", w.End).str("text", w.Text).str("section", s.SectionHeading).
					str("type", w.Type).end(out)
			}
		}
	case "--numbers":
		numbers, err := p.Numbers(text)
		if err != nil {
			return err
		}
		for _, n := range numbers {
			r := (&record{}).str("doc", doc).num("start", n.Start).num("end", n.End).
				str("text", n.Text).str("kind", n.Kind).raw("value", n.ValueText).
				str("unit", n.Unit).str("qualifier", n.Qualifier)
			if n.Upper != nil {
				r.raw("upper", n.UpperText)
			}
			if n.Approximate {
				r.yes("approximate")
			}
			if n.Value == nil {
				r.str("error", "unrepresentable")
			}
			r.end(out)
		}
	default:
		targets, err := p.Targets(text)
		if err != nil {
			return err
		}
		for _, t := range targets {
			(&record{}).str("doc", doc).num("start", t.Start).num("end", t.End).str("text", t.Text).
				str("section", t.SectionHeading).str("stance", t.Stance).
				str("indicator", t.Indicator).str("measure", t.Measure).
				str("comparator", t.Comparator).raw("value", t.ValueText).raw("upper", t.UpperText).
				str("unit", t.Unit).str("modality", t.Modality).str("horizon", t.Horizon).
				str("reference", t.Reference).str("rule", t.Rule).str("code", t.Code).
				raw("real", strconv.FormatBool(t.Real)).raw("headline", strconv.FormatBool(t.Headline)).end(out)
		}
	}
	return nil
}

func main() {
	args := os.Args[1:]
	mode := ""
	if len(args) > 0 && (args[0] == "--sentences" || args[0] == "--words" || args[0] == "--numbers") {
		mode, args = args[0], args[1:]
	}
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: mubiaoexample [--sentences | --words | --numbers] FILE...")
		os.Exit(2)
	}
	p, err := mubiao.New()
	if err != nil {
		fmt.Fprintf(os.Stderr, "mubiao: %v\n", err)
		os.Exit(1)
	}
	defer p.Close()
	status := 0
	for _, name := range args {
		text, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintf(os.Stderr, "mubiao: %s: cannot read file\n", name)
			status = 1
			continue
		}
		var out strings.Builder
		if err := run(p, mode, name, text, &out); err != nil {
			fmt.Fprintf(os.Stderr, "mubiao: %s: %v\n", name, err)
			status = 1
			continue
		}
		if _, err := os.Stdout.WriteString(out.String()); err != nil {
			fmt.Fprintln(os.Stderr, "mubiao: cannot write output")
			status = 1
			break
		}
	}
	p.Close()
	os.Exit(status)
}
