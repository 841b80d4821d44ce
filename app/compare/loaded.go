package compare

import (
	"cmp"
	"slices"
	"strings"

	"slant/highlight"
)

// LoadedTerm is one loaded term and how often each document uses it, in
// its own voice and inside quotations.
type LoadedTerm struct {
	Term     string `json:"term"` // as first written, lower-cased
	Category string `json:"category,omitempty"`
	Neutral  string `json:"neutral,omitempty"`
	OwnA     int    `json:"own_a"`
	QuotedA  int    `json:"quoted_a"`
	OwnB     int    `json:"own_b"`
	QuotedB  int    `json:"quoted_b"`
}

// LoadedRate is one document's use of loaded terms.
type LoadedRate struct {
	Words         int     `json:"words"`
	Own           int     `json:"own"`    // terms in the outlet's own voice
	Quoted        int     `json:"quoted"` // terms inside quotations
	OwnPer1000    float64 `json:"own_per_1000"`
	QuotedPer1000 float64 `json:"quoted_per_1000"`
}

// Loaded sets two documents' loaded terms side by side.
type Loaded struct {
	A     LoadedRate   `json:"a"`
	B     LoadedRate   `json:"b"`
	Terms []LoadedTerm `json:"terms"` // most used first
	// OnlyA and OnlyB are the terms only one document uses, in any voice.
	OnlyA []string `json:"only_a"`
	OnlyB []string `json:"only_b"`
}

// termKey files a term under the stems of its words, so that "regime"
// and "regime's" are one term.
func termKey(text string) string {
	ws := words(text, Range{0, len(text)})
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = stem(w.word)
	}
	return strings.Join(parts, " ")
}

// loadedTerms counts the loaded terms of a document (in the OwnA and
// QuotedA fields) and fills its rate.
func loadedTerms(text string, spans []highlight.Span) (map[string]*LoadedTerm, LoadedRate) {
	out := map[string]*LoadedTerm{}
	rate := LoadedRate{Words: wordCount(text)}
	for _, s := range spans {
		if s.Kind != highlight.Loaded || s.Start < 0 || s.End > len(text) {
			continue
		}
		t := s.Text(text)
		k := termKey(t)
		lt := out[k]
		if lt == nil {
			lt = &LoadedTerm{Term: strings.ToLower(t), Category: s.Category, Neutral: s.Neutral}
			out[k] = lt
		}
		if s.InQuote {
			lt.QuotedA++
			rate.Quoted++
		} else {
			lt.OwnA++
			rate.Own++
		}
	}
	rate.OwnPer1000, rate.QuotedPer1000 = per1000(rate.Own, rate.Words), per1000(rate.Quoted, rate.Words)
	return out, rate
}

// per1000 is n per thousand words, to two decimals.
func per1000(n, words int) float64 {
	if words == 0 {
		return 0
	}
	return float64(int(float64(n)*100000/float64(words)+0.5)) / 100
}

// compareLoaded joins two documents' loaded terms.
func compareLoaded(textA, textB string, spansA, spansB []highlight.Span) Loaded {
	ta, ra := loadedTerms(textA, spansA)
	tb, rb := loadedTerms(textB, spansB)
	l := Loaded{A: ra, B: rb, Terms: []LoadedTerm{}, OnlyA: []string{}, OnlyB: []string{}}
	for _, c := range joinKeys(ta, tb) {
		t := joinTerm(c[0], c[1])
		l.Terms = append(l.Terms, t)
		l.OnlyA, l.OnlyB = noteOnly(l.OnlyA, l.OnlyB, t.Term, t.OwnA+t.QuotedA, t.OwnB+t.QuotedB)
	}
	slices.SortFunc(l.Terms, func(x, y LoadedTerm) int {
		return cmp.Or(cmp.Compare(uses(y), uses(x)), cmp.Compare(x.Term, y.Term))
	})
	slices.Sort(l.OnlyA)
	slices.Sort(l.OnlyB)
	return l
}

// joinTerm makes one LoadedTerm of a term's counts in A and in B (each
// counted in the A fields of its own side).
func joinTerm(a, b *LoadedTerm) LoadedTerm {
	var t LoadedTerm
	if a != nil {
		t = *a
	}
	if b != nil {
		t.Term = cmp.Or(t.Term, b.Term)
		t.Category = cmp.Or(t.Category, b.Category)
		t.Neutral = cmp.Or(t.Neutral, b.Neutral)
		t.OwnB, t.QuotedB = b.OwnA, b.QuotedA
	}
	return t
}

// uses is how often both documents use a term.
func uses(t LoadedTerm) int { return t.OwnA + t.QuotedA + t.OwnB + t.QuotedB }
