package app

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"slant/highlight"
)

// TestAnalyzeJSONContract checks DESIGN.md's contract on every seed: one
// JSON object per line, in argument order, and for UTF-8 plain text
// file[start:end] == text for every span and every speaker mention.
func TestAnalyzeJSONContract(t *testing.T) {
	paths := seedPaths(t)
	var out, errOut bytes.Buffer
	if code := AnalyzeFiles(&out, &errOut, paths, true); code != 0 {
		t.Fatalf("exit code %d, stderr %q", code, errOut.String())
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != len(paths) {
		t.Fatalf("%d lines for %d files", len(lines), len(paths))
	}
	total := 0
	for i, line := range lines {
		file, err := os.ReadFile(paths[i])
		if err != nil {
			t.Fatal(err)
		}
		total += checkJSONLine(t, line, paths[i], string(file))
	}
	if total == 0 {
		t.Error("no spans at all in the five seeds")
	}
}

// jsonLine is the shape of one line of `analyze --json`, read back.
type jsonLine struct {
	File, Title, Outlet, Date string
	Body                      *string
	Spans                     []map[string]any
}

// checkJSONLine checks one line against the file it describes (text is
// what the offsets must index) and returns its number of spans.
func checkJSONLine(t *testing.T, line, path, text string) int {
	t.Helper()
	var got jsonLine
	if err := json.Unmarshal([]byte(line), &got); err != nil {
		t.Fatalf("line for %s is not JSON: %v", path, err)
	}
	if got.File != path || got.Title == "" {
		t.Errorf("file %q title %q, want %q and a title", got.File, got.Title, path)
	}
	if got.Body != nil && strings.HasSuffix(path, ".txt") {
		t.Errorf("%s: plain UTF-8 text must not repeat its body", path)
	}
	if got.Body != nil {
		text = *got.Body
	}
	for _, s := range got.Spans {
		checkJSONSpan(t, s, text)
	}
	return len(got.Spans)
}

// checkJSONSpan checks one span's offsets and per-kind fields.
func checkJSONSpan(t *testing.T, s map[string]any, text string) {
	t.Helper()
	start, end := int(s["start"].(float64)), int(s["end"].(float64))
	if start < 0 || end > len(text) || start >= end || text[start:end] != s["text"] {
		t.Fatalf("span %v: text[%d:%d] is not its text", s, start, end)
	}
	switch s["kind"] {
	case "quote":
		if ss, ok := s["speaker_start"].(float64); ok {
			se := s["speaker_end"].(float64)
			if int(ss) < 0 || int(se) > len(text) || ss >= se || s["speaker"] == "" {
				t.Errorf("quote %v: bad speaker mention", s)
			}
		} else if _, ok := s["speaker"]; ok {
			t.Errorf("quote %v: speaker without its mention", s)
		}
	case "actor":
		if typ := s["type"]; typ != "person" && typ != "organization" && typ != "place" || s["actor"] == "" {
			t.Errorf("actor %v: bad type or name", s)
		}
	case "loaded":
		if _, ok := s["in_quote"].(bool); !ok || s["category"] == nil {
			t.Errorf("loaded %v: lacks in_quote or category", s)
		}
	case "figure":
	default:
		t.Errorf("span %v: unknown kind", s)
	}
}

func TestAnalyzeJSONBodyForExtractedFormats(t *testing.T) {
	var out, errOut bytes.Buffer
	paths := []string{"testdata/article.md", "testdata/article.html", "testdata/cp1252.txt"}
	if code := AnalyzeFiles(&out, &errOut, paths, true); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	sc := bufio.NewScanner(&out)
	for i := 0; sc.Scan(); i++ {
		var got jsonLine
		if err := json.Unmarshal(sc.Bytes(), &got); err != nil || got.Body == nil {
			t.Fatalf("%s: want a body (%v)", paths[i], err)
		}
		d, _ := Read(paths[i])
		if *got.Body != d.Text {
			t.Errorf("%s: body is not the extracted text", paths[i])
		}
		for _, s := range got.Spans {
			checkJSONSpan(t, s, *got.Body)
		}
	}
}

// TestSpanJSONFields checks the per-kind fields on hand-made spans, the
// omissions the contract asks for, and their order.
func TestSpanJSONFields(t *testing.T) {
	d := &Document{Path: "a.txt", Format: FormatText, Encoding: EncUTF8, Title: "T", Outlet: "O", Date: "5 February 2016",
		Text: "Moscow said “stop” about 260,000 and hundreds of dumb bombs"}
	d.Spans = []highlight.Span{
		spanAt(d.Text, "Moscow", highlight.Span{Kind: highlight.Actor, Actor: "Russia", ActorType: highlight.Place}),
		spanAt(d.Text, "“stop”", highlight.Span{Kind: highlight.Quote, Speaker: "Russia", SpeakerStart: 0, SpeakerEnd: 6}),
		spanAt(d.Text, "“stop”", highlight.Span{Kind: highlight.Quote}),
		spanAt(d.Text, "260,000", highlight.Span{Kind: highlight.Figure, Value: 260000, HasValue: true, Unit: "people"}),
		spanAt(d.Text, "hundreds of ", highlight.Span{Kind: highlight.Figure, Unit: "people"}),
		spanAt(d.Text, "dumb bombs", highlight.Span{Kind: highlight.Loaded, Category: "euphemism", Reason: "r", Neutral: "unguided bombs"}),
	}
	var b bytes.Buffer
	if err := WriteAnalysisJSON(&b, d); err != nil {
		t.Fatal(err)
	}
	want := `{"file":"a.txt","title":"T","outlet":"O","date":"5 February 2016","spans":[` +
		`{"kind":"actor","start":0,"end":6,"text":"Moscow","actor":"Russia","type":"place"},` +
		`{"kind":"quote","start":12,"end":22,"text":"“stop”","speaker":"Russia","speaker_start":0,"speaker_end":6},` +
		`{"kind":"quote","start":12,"end":22,"text":"“stop”"},` +
		`{"kind":"figure","start":29,"end":36,"text":"260,000","value":260000,"unit":"people"},` +
		`{"kind":"figure","start":41,"end":53,"text":"hundreds of ","unit":"people"},` +
		`{"kind":"loaded","start":53,"end":63,"text":"dumb bombs","category":"euphemism","reason":"r","neutral":"unguided bombs","in_quote":false}]}` + "\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestAnalyzeFilesReportsBadFilesAndKeepsOrder(t *testing.T) {
	seeds := seedPaths(t)
	paths := []string{seeds[4], "testdata/image.txt", "testdata/missing.txt", seeds[0]}
	var out, errOut bytes.Buffer
	if code := AnalyzeFiles(&out, &errOut, paths, true); code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], seeds[4]) || !strings.Contains(lines[1], seeds[0]) {
		t.Errorf("stdout must hold the two good files in order, got %d lines", len(lines))
	}
	msg := errOut.String()
	for _, want := range []string{"testdata/image.txt: it is not a text file", "testdata/missing.txt: there is no such file"} {
		if !strings.Contains(msg, want) {
			t.Errorf("stderr %q lacks %q", msg, want)
		}
	}
	if code := AnalyzeFiles(&out, &errOut, nil, false); code != 2 {
		t.Errorf("no files: exit code %d, want 2", code)
	}
}

func TestAnalyzeText(t *testing.T) {
	d := &Document{Path: "a.txt", Format: FormatText, Encoding: EncUTF8, Title: "Title", Outlet: "DW",
		Text: "Moscow said “stop” and 260,000 fled the regime"}
	d.Spans = []highlight.Span{
		spanAt(d.Text, "Moscow", highlight.Span{Kind: highlight.Actor, Actor: "Russia", ActorType: highlight.Place}),
		spanAt(d.Text, "“stop”", highlight.Span{Kind: highlight.Quote, Speaker: "Russia", SpeakerStart: 0, SpeakerEnd: 6}),
		spanAt(d.Text, "260,000", highlight.Span{Kind: highlight.Figure, Value: 260000, HasValue: true, Unit: "people"}),
		spanAt(d.Text, "regime", highlight.Span{Kind: highlight.Loaded, Category: "labelling", Reason: "delegitimises", Neutral: "government"}),
	}
	var b bytes.Buffer
	if err := WriteAnalysisText(&b, d); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"a.txt\n  Title\n", "outlet: DW", "1 quotes, 1 figures, 1 actors, 1 loaded terms",
		"0-6      actor  Moscow  → Russia (place)",
		"“stop”  — Russia (\"Moscow\")",
		"260,000  = 260000 people",
		"regime  [labelling] delegitimises; neutral: government",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("text report lacks %q:\n%s", want, b.String())
		}
	}
}

// spanAt returns s placed on the first occurrence of sub in text.
func spanAt(text, sub string, s highlight.Span) highlight.Span {
	s.Start = strings.Index(text, sub)
	s.End = s.Start + len(sub)
	return s
}

// TestAnalyzeSeedsFindsTheIssueExamples checks, end to end through the
// JSON output, what issue 2 asks `slant analyze --json` to find in the
// seeds.
func TestAnalyzeSeedsFindsTheIssueExamples(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := AnalyzeFiles(&out, &errOut, seedPaths(t), true); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	found := map[string]bool{}
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var line jsonLine
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatal(err)
		}
		for _, s := range line.Spans {
			text, _ := s["text"].(string)
			switch {
			case s["kind"] == "quote" && strings.Contains(text, "This has to stop") && s["speaker"] == "John Kerry":
				found["quote"] = true
			case s["kind"] == "figure" && strings.Contains(text, "260,000") && s["value"] == 260000.0:
				found["figure"] = true
			case s["kind"] == "actor" && text == "Moscow" && s["actor"] == "Russia" && s["type"] == "place":
				found["actor"] = true
			case s["kind"] == "loaded" && strings.EqualFold(text, "dumb bombs"):
				found["loaded"] = true
			}
		}
	}
	for _, k := range []string{"quote", "figure", "actor", "loaded"} {
		if !found[k] {
			t.Errorf("the seeds' JSON lacks the %s the issue names", k)
		}
	}
}
