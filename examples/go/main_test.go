package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"mubiaoexample/mubiao"
)

// Every record the command prints is one JSON object whose text is
// input[start:end].
func TestRecordsAreJSONLinesOverTheInput(t *testing.T) {
	text, err := os.ReadFile("../data/sample-report.txt")
	if err != nil {
		t.Fatal(err)
	}
	p, err := mubiao.New()
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	for _, mode := range []string{"", "--sentences", "--words", "--numbers"} {
		var out strings.Builder
		if err := run(p, mode, "r.txt", text, &out); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
		if mode == "--words" && len(lines) < 100 {
			t.Fatalf("%s: only %d records", mode, len(lines))
		}
		for _, line := range lines {
			if line == "" {
				continue
			}
			var r struct {
				Doc        string
				Start, End int
				Text       string
			}
			if err := json.Unmarshal([]byte(line), &r); err != nil {
				t.Fatalf("%s: %v: %s", mode, err, line)
			}
			if r.Doc != "r.txt" || !bytes.Equal([]byte(r.Text), text[r.Start:r.End]) {
				t.Fatalf("%s: record is not its span: %s", mode, line)
			}
		}
	}
}

func TestStringsAreEscapedAsTheCLIDoes(t *testing.T) {
	var out strings.Builder
	(&record{}).str("text", "a\"b\\c\n\r\t\x01\x7f<&>中").end(&out)
	want := `{"text":"a\"b\\c\n\r\t\u0001\u007f<&>中"}` + "\n"
	if out.String() != want {
		t.Fatalf("got %s want %s", out.String(), want)
	}
}
