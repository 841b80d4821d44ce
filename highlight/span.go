package highlight

import "slices"

// Kind is what a span marks.
type Kind uint8

// The four kinds, in the order the detectors run and the legend lists them.
const (
	Quote Kind = iota
	Figure
	Actor
	Loaded
	numKinds
)

// Kinds lists every kind in display order.
var Kinds = [...]Kind{Quote, Figure, Actor, Loaded}

var kindNames = [...]string{"quote", "figure", "actor", "loaded"}

// String returns the kind's lower-case name as used in JSON ("quote", ...).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// ParseKind returns the kind named s, as printed by Kind.String.
func ParseKind(s string) (Kind, bool) {
	for i, n := range kindNames {
		if n == s {
			return Kind(i), true
		}
	}
	return 0, false
}

// ActorType says whether an actor is a person, an organization or a place.
type ActorType uint8

// Actor types, as printed in JSON.
const (
	Person ActorType = iota
	Organization
	Place
)

var actorTypeNames = [...]string{"person", "organization", "place"}

// String returns "person", "organization" or "place".
func (t ActorType) String() string {
	if int(t) < len(actorTypeNames) {
		return actorTypeNames[t]
	}
	return "unknown"
}

// Span is a byte range [Start, End) of the analysed text and what it is.
// Only the fields of its Kind are set.
type Span struct {
	Start, End int
	Kind       Kind

	// Quote: the canonical speaker and the byte range of the mention the
	// quote is attributed to (a name or a pronoun). SpeakerEnd == 0 when the
	// quote is unattributed.
	Speaker                  string
	SpeakerStart, SpeakerEnd int

	// Figure: a normalised value where one can be given, and its unit
	// ("people", "percent", "USD", "date", ...). HasValue is false for
	// vague amounts such as "hundreds of".
	Value    float64
	HasValue bool
	Unit     string

	// Actor: the canonical actor ("Russia" for "Moscow") and its type.
	Actor     string
	ActorType ActorType

	// Loaded: why the term judges, its category, and a neutral alternative.
	// InQuote is true when the term stands inside a quotation, i.e. in
	// someone else's voice rather than the outlet's.
	Category string
	Reason   string
	Neutral  string
	InQuote  bool
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Attributed reports whether a quote span has a speaker mention.
func (s Span) Attributed() bool { return s.SpeakerEnd > s.SpeakerStart }

// Text returns the span's text within text, or "" when the span does not
// lie inside text (a defect that must not crash whoever shows it).
func (s Span) Text(text string) string { return within(text, s.Start, s.End) }

// SpeakerText returns the words of text that name a quote's speaker (the
// mention it is attributed to), or "" when the quote is unattributed or
// the mention does not lie inside text.
func (s Span) SpeakerText(text string) string {
	if !s.Attributed() {
		return ""
	}
	return within(text, s.SpeakerStart, s.SpeakerEnd)
}

// within returns text[start:end], or "" when that is not a range of text.
func within(text string, start, end int) string {
	if start < 0 || end > len(text) || start > end {
		return ""
	}
	return text[start:end]
}

// SortSpans orders spans by start, then longer first, then by kind.
func SortSpans(spans []Span) {
	slices.SortStableFunc(spans, func(a, b Span) int {
		switch {
		case spanBefore(&a, &b):
			return -1
		case spanBefore(&b, &a):
			return 1
		}
		return 0
	})
}

// spanBefore is the order of SortSpans: by start, then longer first, then
// by kind.
func spanBefore(a, b *Span) bool {
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	if a.End != b.End {
		return a.End > b.End
	}
	return a.Kind < b.Kind
}
