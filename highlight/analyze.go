package highlight

import (
	"io/fs"
	"sync"

	"slant/assets"
)

// Doc is the state the detectors of one analysis share: the text and the
// spans found so far, by kind. Detectors run in a fixed order (actors,
// quotes, figures, loaded terms), so a later one may read an earlier one's
// spans: quotes resolve speakers to actors, loaded terms ask whether they
// stand inside a quote.
type Doc struct {
	Text  string
	Spans [numKinds][]Span
}

// detector finds the spans of one kind. It must not panic on any input and
// must return spans of its kind that do not overlap, sorted by Start.
type detector interface {
	kind() Kind
	detect(d *Doc) []Span
}

// Analyzer runs the four detectors. It is safe for concurrent use.
type Analyzer struct {
	detectors []detector
}

// New builds an Analyzer from the data in fsys (lexicons, gazetteers, the
// actor table and the tagger's weights), laid out as in the assets folder.
func New(fsys fs.FS) (*Analyzer, error) {
	actors, err := newActorDetector(fsys)
	if err != nil {
		return nil, err
	}
	loaded, err := newLoadedDetector(fsys)
	if err != nil {
		return nil, err
	}
	return &Analyzer{detectors: []detector{
		actors,
		newQuoteDetector(),
		newFigureDetector(),
		loaded,
	}}, nil
}

var (
	defaultOnce     sync.Once
	defaultAnalyzer *Analyzer
	defaultErr      error
)

// Default returns the Analyzer built from the embedded assets. It is built
// once, on first use.
func Default() *Analyzer {
	defaultOnce.Do(func() {
		defaultAnalyzer, defaultErr = New(assets.FS)
	})
	if defaultErr != nil {
		// The embedded data is part of the binary and covered by tests; a
		// failure here is a build defect, not bad input.
		panic("highlight: embedded assets: " + defaultErr.Error())
	}
	return defaultAnalyzer
}

// Analyze finds the spans of text with the default Analyzer.
func Analyze(text string) []Span { return Default().Analyze(text) }

// Analyze returns the spans of text, sorted by SortSpans.
func (a *Analyzer) Analyze(text string) []Span {
	d := &Doc{Text: text}
	n := 0
	for _, det := range a.detectors {
		spans := det.detect(d)
		d.Spans[det.kind()] = spans
		n += len(spans)
	}
	return mergeSpans(&d.Spans, n)
}

// mergeSpans returns the spans of all kinds in SortSpans order. Each
// detector returns its spans sorted, so a merge of the per-kind lists
// gives that order without sorting (and moves each large Span once); should
// a list be out of order, it falls back to SortSpans.
func mergeSpans(byKind *[numKinds][]Span, n int) []Span {
	out := make([]Span, 0, n)
	var pos [numKinds]int
	for _, spans := range byKind {
		if !spansSorted(spans) {
			for _, spans := range byKind {
				out = append(out, spans...)
			}
			SortSpans(out)
			return out
		}
	}
	for {
		k := -1
		for j := range byKind {
			if pos[j] < len(byKind[j]) && (k < 0 || spanBefore(&byKind[j][pos[j]], &byKind[k][pos[k]])) {
				k = j
			}
		}
		if k < 0 {
			return out
		}
		out = append(out, byKind[k][pos[k]])
		pos[k]++
	}
}

// spansSorted reports whether spans are in SortSpans order.
func spansSorted(spans []Span) bool {
	for i := 1; i < len(spans); i++ {
		if spanBefore(&spans[i], &spans[i-1]) {
			return false
		}
	}
	return true
}
