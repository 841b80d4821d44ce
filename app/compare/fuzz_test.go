package compare

import (
	"os"
	"testing"

	"slant/app"
	"slant/highlight"
)

// FuzzCompare checks that any two texts, with any spans on them, compare
// without a panic and that every range the result gives lies in its
// document. The spans come from the fuzzer's bytes rather than from the
// detectors, so the target stays fast and reaches odd spans (cut through
// a character, overlapping, empty) the detectors never make.
func FuzzCompare(f *testing.F) {
	for _, pair := range [][2]string{{seed000, seed001}, {seed001, seed003}, {seed002, seed004}} {
		a, _ := os.ReadFile(seedPath(pair[0]))
		b, _ := os.ReadFile(seedPath(pair[1]))
		f.Add(string(a), string(b), []byte{0, 1, 40, 0, 9, 200, 20, 1, 60, 30, 5, 3}, []byte{2, 10, 30, 0, 7, 7, 7, 2})
	}
	f.Add(`“unclosed quote. "x" ‘y’…`, "", []byte{0, 0, 5, 0}, []byte(nil))
	f.Add("a.B.c.D\n\n\n“”\"\"", "…...…", []byte{1, 2, 3, 4, 5, 6, 7, 8}, []byte{255, 255, 255, 255})
	f.Fuzz(func(t *testing.T, ta, tb string, sa, sb []byte) {
		a := &app.Document{Text: ta, Spans: fuzzSpans(ta, sa)}
		b := &app.Document{Text: tb, Spans: fuzzSpans(tb, sb)}
		r := Compare(a, b, Options{Force: true})
		checkRanges(t, "passage A", a.Text, passageRanges(r.PassagesA))
		checkRanges(t, "passage B", b.Text, passageRanges(r.PassagesB))
		for _, m := range r.Quotes {
			for _, d := range m.Diff {
				checkRanges(t, "diff A", a.Text, []Range{d.A})
				checkRanges(t, "diff B", b.Text, []Range{d.B})
			}
		}
		if len(r.Rows) > 0 && len(r.Rows) < max(len(r.PassagesA), len(r.PassagesB)) {
			t.Errorf("%d rows for %d and %d passages", len(r.Rows), len(r.PassagesA), len(r.PassagesB))
		}
	})
}

// fuzzSpans makes spans on text from data, four bytes a span: start (in
// 1/256ths of the text), length, kind and value.
func fuzzSpans(text string, data []byte) []highlight.Span {
	var out []highlight.Span
	for ; len(data) >= 4; data = data[4:] {
		start := int(data[0]) * len(text) / 256
		end := min(start+int(data[1]), len(text))
		s := highlight.Span{Start: start, End: end, Kind: highlight.Kinds[int(data[2])%len(highlight.Kinds)]}
		s.Value, s.HasValue, s.Unit = float64(data[3]), data[3]%2 == 0, []string{"people", "date", ""}[data[3]%3]
		s.Speaker, s.Actor, s.InQuote = []string{"", "Kerry", "John Kerry"}[data[3]%3], "Russia", data[3]%2 == 1
		out = append(out, s)
	}
	return out
}

// passageRanges returns the passages' ranges.
func passageRanges(ps []Passage) []Range {
	out := make([]Range, len(ps))
	for i, p := range ps {
		out[i] = p.Range
	}
	return out
}

// checkRanges fails when a range lies outside text.
func checkRanges(t *testing.T, what, text string, rs []Range) {
	t.Helper()
	for _, r := range rs {
		if r.Start < 0 || r.End > len(text) || r.Start > r.End {
			t.Fatalf("%s range %v outside text of %d bytes", what, r, len(text))
		}
	}
}
