package compare

import (
	"fmt"

	"slant/app"
)

// SameEventMin is the least Similarity at which two documents are taken to
// report the same event. On the seed articles, the three accounts of one
// press conference score 0.132 to 0.170 pairwise and the seven pairs of
// different events 0.019 to 0.059 (see TestSeedSimilarities).
const SameEventMin = 0.09

// Options tune a comparison.
type Options struct {
	// Force aligns passages and figures even when the documents look like
	// different events.
	Force bool
}

// DocInfo describes one compared document.
type DocInfo struct {
	Path   string `json:"file"`
	Title  string `json:"title"`
	Outlet string `json:"outlet"`
	Date   string `json:"date"`
	Words  int    `json:"words"`
}

// Summary is what a comparison of two documents says before any detail:
// who they are and whether they tell one event. The JSON printed by
// `slant compare --json` opens with it.
type Summary struct {
	A DocInfo `json:"a"`
	B DocInfo `json:"b"`

	// Similarity measures how much the two tell the same story: the share
	// of their content with a close counterpart in the other, weighed by
	// closeness (see SameEventMin). Cosine is the plain tf-idf cosine of
	// the two documents and AlignedShare the share of content words in
	// paired passages, both given for reference.
	Similarity   float64 `json:"similarity"`
	Cosine       float64 `json:"cosine"`
	AlignedShare float64 `json:"aligned_share"`
	SameEvent    bool    `json:"same_event"`
	// Verdict says in a sentence whether this is one event.
	Verdict string `json:"verdict"`
}

// Result is the comparison of two documents, A and B. Indexes in its
// parts point into its lists (PassagesA, QuotesB, ...); ranges are byte
// offsets into each document's Text. It is printed as JSON in the form of
// json.go, which adds the text of each range.
type Result struct {
	Summary

	// Passages cut each document into sentences, a paired run of
	// sentences being one passage. Pairs and Rows are empty when the
	// documents look like different events (unless Options.Force): the
	// two columns are then shown each on its own.
	PassagesA []Passage
	PassagesB []Passage
	Pairs     []Pair
	Rows      []Row

	QuotesA []Quote
	QuotesB []Quote
	Quotes  []QuoteMatch
	// Paraphrases link quotations of either document to sentences of the
	// other that carry them in the outlet's own voice, A's quotations
	// first.
	Paraphrases []Paraphrase

	FiguresA []Figure
	FiguresB []Figure
	Figures  []FigureMatch

	Voices Voices
	Loaded Loaded
}

// Compare compares two analysed documents.
func Compare(a, b *app.Document, opt Options) *Result {
	sa, sb := newSides(a.Text, b.Text)
	al := align(sa, sb)
	r := &Result{Summary: Summary{
		A: info(a), B: info(b),
		Similarity: round3(al.sim), Cosine: round3(al.docSim), AlignedShare: round3(al.share),
	}}
	r.SameEvent = r.Similarity >= SameEventMin
	r.Verdict = verdict(r.SameEvent, r.Similarity, opt.Force)
	qa, qb := quotesOf(a.Text, a.Spans), quotesOf(b.Text, b.Spans)
	r.QuotesA, r.QuotesB = publicQuotes(qa), publicQuotes(qb)
	r.Quotes = matchQuotes(qa, qb)
	r.Paraphrases = paraphrases(sa, sb, qa, qb, r.Quotes, r.SameEvent)
	fa, fb := figuresOf(sa, a.Spans), figuresOf(sb, b.Spans)
	r.FiguresA, r.FiguresB = publicFigures(fa), publicFigures(fb)
	if !r.SameEvent && !opt.Force {
		al.links = nil
	} else {
		r.Figures = matchFigures(fa, fb, al)
	}
	lay := newLayout(al)
	r.PassagesA, r.PassagesB, r.Pairs = lay.passagesA, lay.passagesB, lay.pairs
	if len(al.links) > 0 {
		r.Rows = lay.rows
	}
	r.Voices = compareVoices(a.Spans, b.Spans, qa, qb)
	r.Loaded = compareLoaded(a.Text, b.Text, a.Spans, b.Spans)
	return r
}

// info describes a document.
func info(d *app.Document) DocInfo {
	return DocInfo{Path: d.Path, Title: d.Title, Outlet: d.Outlet, Date: d.Date, Words: wordCount(d.Text)}
}

// verdict says in words whether two documents report one event.
func verdict(same bool, sim float64, forced bool) string {
	switch {
	case same:
		return fmt.Sprintf("these look like accounts of the same event (similarity %.2f)", sim)
	case forced:
		return fmt.Sprintf("these look like different events (similarity %.2f); aligned anyway, as asked", sim)
	}
	return fmt.Sprintf("these look like different events (similarity %.2f); their passages were not aligned", sim)
}

// publicQuotes strips the working fields off quotes.
func publicQuotes(qs []quote) []Quote {
	out := make([]Quote, len(qs))
	for i, q := range qs {
		out[i] = q.Quote
	}
	return out
}

// publicFigures strips the working fields off figures.
func publicFigures(fs []figure) []Figure {
	out := make([]Figure, len(fs))
	for i, f := range fs {
		out[i] = f.Figure
	}
	return out
}
