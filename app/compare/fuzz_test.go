package compare

import (
	"strings"
	"testing"
	"unicode/utf8"

	"slant/app"
	"slant/highlight"
)

// FuzzCompare checks that any two texts, with any spans on them, compare
// without a panic and that every range the result gives lies in its
// document, a paraphrase's sentence and words on character boundaries.
// The spans come from the fuzzer's bytes rather than from the detectors,
// so the target stays fast and reaches odd spans (cut through a
// character, overlapping, empty) the detectors never make. The seeds are
// short (whole articles run a few executions a minute): a quotation and
// its paraphrase both ways, quoted by both, and odd marks.
func FuzzCompare(f *testing.F) {
	quoted := "Kerry spoke in Washington.\n\n“The shelling of the old market destroyed two bakeries and a clinic,” Kerry said.\n"
	for _, other := range []string{
		"The shelling of the old market destroyed two bakeries and a clinic, according to Médecins Sans Frontières.\n",
		"Russia accused Kerry of lying. The old market’s bakeries and clinic were destroyed by shelling.\n",
		"Kerry said the shelling of the old market destroyed two bakeries and a clinic. “The shelling of the old market destroyed two bakeries,” he said.\n",
	} {
		f.Add(quoted, other, quoteSpan(quoted, "“The shelling"), quoteSpan(other, "“The shelling"))
		f.Add(other, quoted, quoteSpan(other, "“The shelling"), quoteSpan(quoted, "“The shelling"))
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
		checkParaphrases(t, r, a.Text, b.Text)
		if len(r.Rows) > 0 && len(r.Rows) < max(len(r.PassagesA), len(r.PassagesB)) {
			t.Errorf("%d rows for %d and %d passages", len(r.Rows), len(r.PassagesA), len(r.PassagesB))
		}
	})
}

// quoteSpan is fuzzSpans' four bytes for a quotation by Kerry starting at
// the first occurrence of start in text and running to the end of its
// line; none when text lacks start.
func quoteSpan(text, start string) []byte {
	i := strings.Index(text, start)
	if i < 0 {
		return nil
	}
	b := (i*256 + len(text) - 1) / len(text) // the least b with b*len/256 >= i
	at := b * len(text) / 256
	n := strings.IndexByte(text[at:], '\n')
	if n < 0 {
		n = len(text) - at
	}
	return []byte{byte(b), byte(min(n, 255)), 0, 1}
}

// checkParaphrases fails when a paraphrase's quotation index, sentence or
// words do not lie in their documents, on character boundaries, the
// words inside the sentence.
func checkParaphrases(t *testing.T, r *Result, textA, textB string) {
	t.Helper()
	for _, p := range r.Paraphrases {
		other, quotes := textB, r.QuotesA
		if p.Quoted == SideB {
			other, quotes = textA, r.QuotesB
		}
		if p.Quote < 0 || p.Quote >= len(quotes) {
			t.Fatalf("paraphrase of quotation %d; the side has %d", p.Quote, len(quotes))
		}
		checkRanges(t, "paraphrase sentence", other, []Range{p.Sentence})
		checkRanges(t, "paraphrase words", other, p.Words)
		for _, w := range append([]Range{p.Sentence}, p.Words...) {
			if !onBoundary(other, w.Start) || !onBoundary(other, w.End) {
				t.Fatalf("paraphrase range %v cuts a character of %q", w, other)
			}
			if w.Start < p.Sentence.Start || w.End > p.Sentence.End {
				t.Fatalf("paraphrase word %v outside its sentence %v", w, p.Sentence)
			}
		}
	}
}

// onBoundary reports whether byte offset off of text starts a character
// (or ends the text).
func onBoundary(text string, off int) bool {
	return off == len(text) || utf8.RuneStart(text[off])
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
