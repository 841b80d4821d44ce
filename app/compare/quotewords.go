package compare

import (
	"strings"
	"unicode/utf8"

	"slant/highlight"
)

// Quote is one quotation of a document, as the quote detector found it.
type Quote struct {
	Range
	Speaker string `json:"speaker,omitempty"` // canonical speaker; "" when unattributed
	Words   int    `json:"words"`
}

// quote is a Quote with its words, contractions spelt out.
type quote struct {
	Quote
	toks    []token
	content map[string]bool // its content words
}

// quotesOf returns the quotations among spans, in text order.
func quotesOf(text string, spans []highlight.Span) []quote {
	var out []quote
	for _, s := range spans {
		if s.Kind != highlight.Quote || s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			continue
		}
		toks := expand(quotedWords(text, Range{s.Start, s.End}))
		q := quote{Quote: Quote{Range{s.Start, s.End}, s.Speaker, len(toks)}, toks: toks, content: map[string]bool{}}
		for _, t := range toks {
			if !isStop(t.word) {
				q.content[t.word] = true
			}
		}
		out = append(out, q)
	}
	return out
}

// quotedWords returns the words of a quotation span, leaving out what
// stands outside its quotation marks: the detector joins a quotation
// interrupted by its attribution ("…,” he said. “…”) into one span, and
// "he said" is not part of what was said. Double marks alternate between
// opening and closing whatever their shape (“bad taste“ has two opening
// marks); a span whose first mark is a closing one ” after some words
// opens inside the quotation. A span without double marks (a block
// quotation) is taken whole.
func quotedWords(text string, r Range) []token {
	var out []token
	inside, start, seen := false, r.Start, false
	for i, c := range text[r.Start:r.End] {
		if c != '“' && c != '”' && c != '"' && c != '„' {
			continue
		}
		at := r.Start + i
		closes := inside || (!seen && c == '”' && len(words(text, Range{start, at})) > 0)
		if closes {
			out = append(out, words(text, Range{start, at})...)
		}
		inside, seen, start = !closes, true, at+utf8.RuneLen(c)
	}
	if !seen || inside {
		out = append(out, words(text, Range{start, r.End})...)
	}
	return out
}

// contractions spells out the contractions whose reading is not in doubt.
var contractions = map[string][]string{
	"won't": {"will", "not"}, "can't": {"can", "not"}, "shan't": {"shall", "not"},
	"let's": {"let", "us"}, "ain't": {"is", "not"},
}

// suffixes are contraction endings and what they stand for.
var suffixes = []struct{ suf, full string }{
	{"n't", "not"}, {"'re", "are"}, {"'ve", "have"}, {"'ll", "will"}, {"'m", "am"}, {"'d", "would"},
}

// isWords are the words whose "'s" means "is" ("it's", "nobody's"); after
// any other word it is a possessive and stays.
var isWords = highlight.WordSet(`it that there here he she what who where nobody everybody somebody anybody
everyone someone anyone nothing everything something this`)

// expand spells out contractions so that "nobody's going" and "nobody is
// going" compare equal. Both parts keep the contraction's byte range.
func expand(toks []token) []token {
	out := make([]token, 0, len(toks))
	for _, t := range toks {
		parts := spellOut(t.word)
		if parts == nil {
			out = append(out, t)
			continue
		}
		for k, p := range parts {
			e := t
			e.word = p
			e.elided = t.elided && k == len(parts)-1
			out = append(out, e)
		}
	}
	return out
}

// spellOut returns the words a contraction stands for, or nil.
func spellOut(w string) []string {
	if p, ok := contractions[w]; ok {
		return p
	}
	if base, ok := strings.CutSuffix(w, "'s"); ok && isWords[base] {
		return []string{base, "is"}
	}
	for _, s := range suffixes {
		if base, ok := strings.CutSuffix(w, s.suf); ok && base != "" {
			return []string{base, s.full}
		}
	}
	return nil
}
