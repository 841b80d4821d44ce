package export

import (
	"sort"
	"unicode/utf8"

	"slant/highlight"
)

const numKinds = len(highlight.Kinds)

// none marks a kind with no span over a piece.
const none = -1

// piece is a stretch of text [start, end) over which the same spans are
// active: active[k] indexes the span of kind k covering it, or is none.
// speaker is set inside the mention a visible quote is attributed to.
type piece struct {
	start, end int
	active     [numKinds]int
	speaker    bool
}

// pieces cuts text at every span and speaker-mention boundary. spans must
// be valid for text; the pieces cover text exactly, in order.
func pieces(text string, spans []highlight.Span) []piece {
	cuts := boundaries(text, spans)
	byKind := spansByKind(spans)
	speakers := speakerRanges(spans, len(text))
	var next [numKinds]int
	out := make([]piece, 0, len(cuts))
	for i := 0; i+1 < len(cuts); i++ {
		p := piece{start: cuts[i], end: cuts[i+1], speaker: covered(speakers, cuts[i])}
		for k := range byKind {
			p.active[k] = activeAt(spans, byKind[k], &next[k], p.start)
		}
		out = append(out, p)
	}
	return out
}

// boundaries returns 0, len(text) and every span and speaker edge, moved to
// a rune start, sorted and without repeats.
func boundaries(text string, spans []highlight.Span) []int {
	cuts := []int{0, len(text)}
	for _, s := range spans {
		cuts = append(cuts, s.Start, s.End)
		if s.Kind == highlight.Quote && s.Attributed() {
			cuts = append(cuts, s.SpeakerStart, s.SpeakerEnd)
		}
	}
	for i, c := range cuts {
		cuts[i] = runeStart(text, min(max(c, 0), len(text)))
	}
	sort.Ints(cuts)
	out := cuts[:1]
	for _, c := range cuts[1:] {
		if c != out[len(out)-1] {
			out = append(out, c)
		}
	}
	return out
}

// runeStart moves i back to the start of the rune it falls in.
func runeStart(text string, i int) int {
	for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

// spansByKind lists, per kind, the indexes of spans in spans of that kind,
// in order of start.
func spansByKind(spans []highlight.Span) [numKinds][]int {
	var by [numKinds][]int
	for i, s := range spans {
		by[s.Kind] = append(by[s.Kind], i)
	}
	return by
}

// activeAt returns the index of the span among idx (by start) that covers
// pos, advancing *next past spans that end at or before pos.
func activeAt(spans []highlight.Span, idx []int, next *int, pos int) int {
	for *next < len(idx) && spans[idx[*next]].End <= pos {
		*next++
	}
	for j := *next; j < len(idx) && spans[idx[j]].Start <= pos; j++ {
		if spans[idx[j]].End > pos {
			return idx[j]
		}
	}
	return none
}

// speakerRanges returns the valid speaker mentions of the quotes in spans.
func speakerRanges(spans []highlight.Span, n int) [][2]int {
	var out [][2]int
	for _, s := range spans {
		if s.Kind == highlight.Quote && s.Attributed() && s.SpeakerStart >= 0 && s.SpeakerEnd <= n {
			out = append(out, [2]int{s.SpeakerStart, s.SpeakerEnd})
		}
	}
	return out
}

// covered reports whether pos lies inside one of ranges.
func covered(ranges [][2]int, pos int) bool {
	for _, r := range ranges {
		if r[0] <= pos && pos < r[1] {
			return true
		}
	}
	return false
}
