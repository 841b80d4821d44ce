package compare

import (
	"math/rand/v2"
	"strings"
	"testing"

	"slant/app"
)

// longArticle builds an article of at least n words from the paragraphs
// of the seed articles, shuffled with the given seed, so that two calls
// give two long accounts sharing most passages in different orders.
func longArticle(tb testing.TB, n int, seedNum uint64) *app.Document {
	tb.Helper()
	var paras []string
	for _, name := range []string{seed000, seed001, seed002, seed003, seed004} {
		for p := range strings.SplitSeq(seed(tb, name).Text, "\n") {
			if strings.TrimSpace(p) != "" {
				paras = append(paras, p)
			}
		}
	}
	rng := rand.New(rand.NewPCG(seedNum, 7))
	var b strings.Builder
	for words := 0; words < n; {
		p := paras[rng.IntN(len(paras))]
		words += len(strings.Fields(p))
		b.WriteString(p)
		b.WriteString("\n\n")
	}
	d, err := app.LoadBytes("long.txt", []byte(b.String()))
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

func TestLongArticles(t *testing.T) {
	a, b := longArticle(t, 10000, 1), longArticle(t, 10000, 2)
	r := Compare(a, b, Options{})
	if r.A.Words < 10000 || r.B.Words < 10000 {
		t.Fatalf("articles of %d and %d words, want 10,000", r.A.Words, r.B.Words)
	}
	if !r.SameEvent || len(r.Pairs) == 0 || len(r.Quotes) == 0 {
		t.Errorf("two shuffles of the same paragraphs: same event %v, %d pairs, %d quote matches", r.SameEvent, len(r.Pairs), len(r.Quotes))
	}
}

// BenchmarkCompare10k compares two 10,000-word articles (analysis not
// counted: it is done once, before the loop).
func BenchmarkCompare10k(b *testing.B) {
	da, db := longArticle(b, 10000, 1), longArticle(b, 10000, 2)
	b.ReportAllocs()
	b.SetBytes(int64(len(da.Text) + len(db.Text)))
	for b.Loop() {
		Compare(da, db, Options{})
	}
}

// BenchmarkCompareSeeds compares two seed articles, the everyday case.
func BenchmarkCompareSeeds(b *testing.B) {
	da, db := seed(b, seed000), seed(b, seed001)
	b.ReportAllocs()
	for b.Loop() {
		Compare(da, db, Options{})
	}
}

// BenchmarkMatrix3 builds the quote matrix of the three accounts of one
// press conference.
func BenchmarkMatrix3(b *testing.B) {
	docs := []*app.Document{seed(b, seed000), seed(b, seed001), seed(b, seed003)}
	b.ReportAllocs()
	for b.Loop() {
		NewMatrix(docs)
	}
}
