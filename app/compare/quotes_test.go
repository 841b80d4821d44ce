package compare

import (
	"strings"
	"testing"
	"unicode/utf8"

	"slant/highlight"
)

// handQuotes marks each of qs in text as a quote span by the speaker, for
// tests of the matcher that must not depend on the quote detector.
func handQuotes(t *testing.T, text, speaker string, qs ...string) []highlight.Span {
	t.Helper()
	var out []highlight.Span
	for _, q := range qs {
		i := strings.Index(text, q)
		if i < 0 {
			t.Fatalf("%q not in text", q)
		}
		out = append(out, highlight.Span{Start: i, End: i + len(q), Kind: highlight.Quote, Speaker: speaker})
	}
	return out
}

// matchTexts matches the quotations qa of textA against qb of textB.
func matchTexts(t *testing.T, textA, spkA string, qa []string, textB, spkB string, qb []string) []QuoteMatch {
	t.Helper()
	return matchQuotes(quotesOf(textA, handQuotes(t, textA, spkA, qa...)), quotesOf(textB, handQuotes(t, textB, spkB, qb...)))
}

func TestQuoteStatuses(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       QuoteStatus
	}{
		{"marks, case, hyphens, contractions", `"Nobody's going to accept a cease-fire," he said.`, `“nobody is going to accept a ceasefire”`, Identical},
		{"fragment", `"This has to stop," he continued.`, `It “has to stop,” he said.`, Partial},
		{"reordered", `"how a ceasefire could in fact be implemented"`, `“how a ceasefire in fact could be implemented”`, Altered},
		{"elided", `“The Iranians confirmed in London just a day and a half ago they will support a ceasefire now.”`, `“The Iranians confirmed…they will support a cease-fire now.”`, Altered},
		{"one shared phrase is not one quotation", `"the more confident the regime gets the less of an incentive they have to engage"`, `“strengthening the regime only gives it less of an incentive to come to the table and act constructively in talks”`, OnlyA},
		{"different words", `"We will know that in the course of the next days"`, `“They are not precision bombs”`, OnlyA},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qa, qb := quoteIn(tt.a), quoteIn(tt.b)
			ms := matchTexts(t, tt.a, "John Kerry", []string{qa}, tt.b, "Kerry", []string{qb})
			if ms[0].Status != tt.want {
				t.Errorf("status = %s, want %s (diff %v)", ms[0].Status, tt.want, ms[0].Diff)
			}
			if ms[0].SpeakerDiffers {
				t.Errorf("John Kerry and Kerry flagged as different speakers")
			}
		})
	}
}

// quoteIn returns the quotation in s: from its first quotation mark to its
// last.
func quoteIn(s string) string {
	i := strings.IndexAny(s, "\"“")
	j := strings.LastIndexAny(s, "\"”")
	_, n := utf8.DecodeRuneInString(s[j:])
	return s[i : j+n]
}

func TestDiffShowsReordering(t *testing.T) {
	a := `"how a ceasefire could in fact be implemented"`
	b := `“how a ceasefire in fact could be implemented”`
	m := matchTexts(t, a, "", []string{a}, b, "", []string{b})[0]
	var moved []DiffOp
	for _, d := range m.Diff {
		switch d.Op {
		case MovedFrom, MovedTo:
			moved = append(moved, d)
		case Removed, Added, Elided:
			t.Errorf("unexpected %s %q", d.Op, d.Words)
		}
	}
	if len(moved) != 2 || moved[0].Op != MovedFrom || moved[1].Op != MovedTo || moved[0].Words != "could" {
		t.Fatalf("moves = %+v, want could moved from A to B", moved)
	}
	// Offsets: the moved word's ranges index each text, and each side of a
	// move points at the other.
	if a[moved[0].A.Start:moved[0].A.End] != "could" || b[moved[1].B.Start:moved[1].B.End] != "could" {
		t.Errorf("moved ranges %v %v do not cover \"could\"", moved[0].A, moved[1].B)
	}
	if moved[0].B != moved[1].B || moved[1].A != moved[0].A {
		t.Errorf("moved steps do not point at each other: %+v", moved)
	}
	if got := render(m.Diff); got != "how a ceasefire [could →] in fact [→ could] be implemented" {
		t.Errorf("render = %q", got)
	}
	if got := summary(m.Diff); got != `moved: "could"` {
		t.Errorf("summary = %q", got)
	}
}

func TestElisionDiff(t *testing.T) {
	a := `“The Iranians confirmed in London just a day and a half ago they will support a ceasefire now.”`
	b := `“The Iranians confirmed…they will support a cease-fire now.”`
	m := matchTexts(t, a, "", []string{a}, b, "", []string{b})[0]
	if got := summary(m.Diff); got != `cut at an ellipsis: "in london just a day and a half ago"` {
		t.Errorf("summary = %q", got)
	}
}

func TestSpeakerDiffers(t *testing.T) {
	a := `"They are not precision bombs," Kerry said.`
	b := `“They are not precision bombs,” Earnest said.`
	ms := matchTexts(t, a, "John Kerry", []string{quoteIn(a)}, b, "Josh Earnest", []string{quoteIn(b)})
	if ms[0].Status != Identical || !ms[0].SpeakerDiffers {
		t.Errorf("got %s, speaker differs %v; want identical words flagged for their speakers", ms[0].Status, ms[0].SpeakerDiffers)
	}
}

func TestAttributionInsideSpanIgnored(t *testing.T) {
	a := `“The Russians have made some ideas,” he continued. “But it is just talk.”`
	b := `"The Russians have made some ideas, but it is just talk," Kerry noted.`
	ms := matchTexts(t, a, "", []string{a}, b, "", []string{quoteIn(b)})
	if ms[0].Status != Identical {
		t.Errorf("status = %s, diff %v; the attribution inside A's span should not count", ms[0].Status, ms[0].Diff)
	}
}

func TestPartialOverlapRanges(t *testing.T) {
	a := `"The Russians have made some constructive ideas, but if it's just talk for the sake of talk, nobody's going to accept that."`
	b := `“If it’s just talk for the sake of talk, nobody’s going to accept that. And we will know.”`
	m := matchTexts(t, a, "", []string{a}, b, "", []string{b})[0]
	if m.Status != Partial {
		t.Fatalf("status = %s, want partial", m.Status)
	}
	if got := a[m.SharedA.Start:m.SharedA.End]; got != "if it's just talk for the sake of talk, nobody's going to accept that" {
		t.Errorf("shared A = %q", got)
	}
	if got := b[m.SharedB.Start:m.SharedB.End]; got != "If it’s just talk for the sake of talk, nobody’s going to accept that" {
		t.Errorf("shared B = %q", got)
	}
}
