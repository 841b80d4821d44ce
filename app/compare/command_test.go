package compare

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// run runs Command and returns its exit status, stdout and stderr.
func run(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := Command(&out, &errb, args)
	return code, out.String(), errb.String()
}

func TestCommandText(t *testing.T) {
	code, out, errs := run(seedPath(seed000), seedPath(seed001))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"Verdict: these look like accounts of the same event (similarity 0.17)",
		"ALTERED",
		"ceasefire [could →] in fact [→ could] be implemented",
		`(moved: "could")`,
		"Voices: share of each document's quoted words",
		"Loaded terms",
		"Passages only in A",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text report lacks %q:\n%s", want, out)
		}
	}
}

func TestCommandDifferentEvents(t *testing.T) {
	_, out, _ := run(seedPath(seed002), seedPath(seed004))
	if !strings.Contains(out, "Verdict: these look like different events (similarity 0.0") {
		t.Errorf("no plain verdict of different events:\n%s", out)
	}
	if strings.Contains(out, "Passages only in A") {
		t.Errorf("passages listed as unpaired though no alignment was made")
	}
}

func TestCommandJSON(t *testing.T) {
	code, out, errs := run("--json", seedPath(seed001), seedPath(seed003))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if strings.Count(out, "\n") != 1 {
		t.Errorf("JSON is not one line")
	}
	var r jsonResult
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if !r.SameEvent || len(r.Pairs) == 0 || len(r.Quotes) == 0 || r.Similarity == 0 {
		t.Errorf("JSON misses parts: same %v, %d pairs, %d quotes", r.SameEvent, len(r.Pairs), len(r.Quotes))
	}
	text := string(mustRead(t, seedPath(seed003)))
	found := false
	for _, f := range r.Figures {
		if f.Status == Disagree && strings.Contains(f.A.Text, "40,000") && f.B.Text == text[f.B.Start:f.B.End] && strings.Contains(f.B.Sentence, "70,000 people have fled") {
			found = true
		}
	}
	if !found {
		t.Errorf("JSON figures lack 40,000 against 70,000 with offsets into the file: %+v", r.Figures)
	}
	for _, q := range r.Quotes {
		if q.Status == Altered && (len(q.Diff) == 0 || q.Summary == "") {
			t.Errorf("altered quote without diff or summary: %+v", q)
		}
	}
}

func TestCommandMatrix(t *testing.T) {
	code, out, errs := run(seedPath(seed000), seedPath(seed001), seedPath(seed003))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "1:ref     2:ALTERED 3:part") {
		t.Errorf("matrix lacks the constructive-ideas row (000 ref, 001 altered, 003 part):\n%s", out)
	}
	code, out, _ = run("--json", seedPath(seed000), seedPath(seed001), seedPath(seed003))
	var m jsonMatrix
	if err := json.Unmarshal([]byte(out), &m); code != 0 || err != nil {
		t.Fatalf("exit %d, %v", code, err)
	}
	if len(m.Docs) != 3 || len(m.Similarity) != 3 || len(m.Rows) == 0 || len(m.Rows[0].Cells) != 3 {
		t.Errorf("matrix JSON shape: %d docs, %d similarity rows, %d rows", len(m.Docs), len(m.Similarity), len(m.Rows))
	}
}

func TestCommandErrors(t *testing.T) {
	if code, _, errs := run(seedPath(seed000)); code != 2 || !strings.Contains(errs, "usage: slant compare") {
		t.Errorf("one file: exit %d, stderr %q; want usage and 2", code, errs)
	}
	if code, _, errs := run("--bogus", seedPath(seed000), seedPath(seed001)); code != 2 || errs == "" {
		t.Errorf("bad flag: exit %d, stderr %q", code, errs)
	}
	code, out, errs := run(seedPath(seed000), "no/such/file.txt")
	if code != 1 || out != "" || !strings.Contains(errs, "no/such/file.txt") {
		t.Errorf("missing file: exit %d, stdout %q, stderr %q; want 1, nothing, the file named", code, out, errs)
	}
}

// mustRead reads a file or fails the test.
func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
