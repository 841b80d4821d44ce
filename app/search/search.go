// Package search finds a half-remembered phrase across every document of the
// library: titles, sentences, quotes (with their speaker), actors by any
// alias, figures and loaded terms.
//
// Matching is built on github.com/sahilm/fuzzy, which scans every candidate
// it is given on each query. Scanning every sentence of a 10,000-article
// library on each keystroke would take far longer than a keystroke allows,
// so the index works on words: each query word is matched fuzzily against the
// library's vocabulary (tens of thousands of short strings, prefiltered by a
// letter mask), and the items holding a matching word for every query word
// are scored from inverted lists. Only the few best items are then
// decorated with matched character positions for display.
//
// The index grows without being built again: it is a list of immutable
// segments, as in Lucene. Adding documents builds a small segment for
// them, removing one marks it gone in its segment, and Compact merges
// segments of similar size. A search runs over every segment and merges
// their best items, in an order that does not depend on the segments, so
// that an index updated many times answers exactly as one built at once.
package search

// Kind is what an item of the index is.
type Kind uint8

// The kinds of item, in the order results of equal score are listed.
const (
	Title Kind = iota
	Quote
	Actor
	Loaded
	Figure
	Sentence
	numKinds
)

var kindNames = [...]string{"title", "quote", "actor", "loaded", "figure", "sentence"}

// String returns the kind's lower-case name.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// ParseKind returns the kind named s.
func ParseKind(s string) (Kind, bool) {
	for i, n := range kindNames {
		if n == s {
			return Kind(i), true
		}
	}
	return 0, false
}

// Result is one match: a place in a document.
type Result struct {
	Doc     int    // the document's id in the index (see Build and Update)
	Path    string // the document's path
	Kind    Kind
	Start   int    // byte range of the matched item in the document's text
	End     int    //
	Text    string // the item as shown: a sentence, a quote, "Russia (Moscow, the Kremlin)", ...
	Detail  string // the quote's speaker, the actor's type and mention count, ...
	Matched []int  // byte offsets in Text of the characters the query matched
	Score   float64
}

// Filter narrows a search. A zero Filter lets everything through.
type Filter struct {
	Kinds []Kind // only these kinds; all when empty
	Docs  []int  // only these documents, by id; all when empty
}

// Options tune a search.
type Options struct {
	Filter
	Limit int // at most this many results; 50 when zero
}
