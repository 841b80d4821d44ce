package highlight

import (
	"io/fs"
	"strings"
	"sync"
)

// loadedDetector marks loaded terms: words and phrases from the lexicon
// that judge while they report ("regime", "massacre", "dumb bombs",
// "purportedly"). Matching is by words, ignoring case; where patterns
// compete, the longest wins and spans never overlap.
type loadedDetector struct {
	m *lxMatcher
}

// newLoadedDetector builds the detector from the lexicon in fsys.
func newLoadedDetector(fsys fs.FS) (detector, error) {
	lex, err := LoadLexicon(fsys)
	if err != nil {
		return nil, err
	}
	return newLoadedFromLexicon(lex), nil
}

// newLoadedFromLexicon compiles a snapshot of lex.
func newLoadedFromLexicon(lex *Lexicon) *loadedDetector {
	return &loadedDetector{m: newLxMatcher(lex.Entries())}
}

// WithLexicon returns a copy of the analyzer that marks loaded terms from
// lex instead of its own lexicon. Later edits to lex do not affect the
// returned analyzer; call WithLexicon again to apply them.
func (a *Analyzer) WithLexicon(lex *Lexicon) *Analyzer {
	b := &Analyzer{detectors: append([]detector(nil), a.detectors...)}
	for i, d := range b.detectors {
		if d.kind() == Loaded {
			b.detectors[i] = newLoadedFromLexicon(lex)
		}
	}
	return b
}

func (l *loadedDetector) kind() Kind { return Loaded }

// lxScratch is the per-call working memory of detect, pooled to keep the
// detector allocation-light.
type lxScratch struct {
	buf []byte
	ws  []lxWord
}

var lxScratchPool = sync.Pool{New: func() any { return new(lxScratch) }}

func (l *loadedDetector) detect(d *Doc) []Span {
	s := lxScratchPool.Get().(*lxScratch)
	defer lxScratchPool.Put(s)
	s.buf, s.ws = lxWords(d.Text, s.buf, s.ws)
	low := string(s.buf)
	var out []Span
	floor := 0
	for i := 0; i < len(s.ws); {
		en, next := l.entryAt(d.Text, low, s.ws, i)
		if en == nil {
			i++
			continue
		}
		if en.Category == ExceptionCategory {
			// An ordinary phrase that contains a loaded word ("claimed
			// responsibility", "hate crime"): its words are used up unmarked.
			i, floor = next, next
			continue
		}
		first, next := widen(d.Text, low, s.ws, i, next, floor, en.Category)
		out = append(out, loadedSpan(en, s.ws[first].start, s.ws[next-1].end))
		i, floor = next, next
	}
	markInQuote(out, d.Spans[Quote])
	return out
}

// entryAt returns the entry of the longest lexicon term starting at word i
// and the index of the word after it, or nil.
func (l *loadedDetector) entryAt(text, low string, ws []lxWord, i int) (*LexiconEntry, int) {
	if e, next, ok := l.m.match(text, low, ws, i); ok && !inArabicName(text, ws[i].start) {
		return &l.m.entries[e], next
	}
	return nil, i
}

// arabicParticles are the article forms that open Arabic names ("Jabhat
// Fatah al-Sham", "ash-Shabaab"); a word right after one is part of a name,
// not a loaded term ("Sham" is not "sham").
var arabicParticles = []string{"al-", "el-", "Al-", "El-", "ash-", "as-", "ad-", "an-", "ar-"}

// inArabicName reports whether the word at byte start follows such a
// particle.
func inArabicName(text string, start int) bool {
	before := text[:start]
	for _, p := range arabicParticles {
		if strings.HasSuffix(before, p) && (len(before) == len(p) || !lxASCIIWord(before[len(before)-len(p)-1])) {
			return true
		}
	}
	return false
}

// loadedSpan makes the Loaded span for entry en over text[start:end].
func loadedSpan(en *LexiconEntry, start, end int) Span {
	return Span{Start: start, End: end, Kind: Loaded,
		Category: en.Category, Reason: en.Reason, Neutral: en.Neutral}
}

// markInQuote sets InQuote on each span lying wholly inside one of quotes.
// Both lists are sorted by Start and neither overlaps itself.
func markInQuote(spans, quotes []Span) {
	q := 0
	for i := range spans {
		s := &spans[i]
		for q < len(quotes) && quotes[q].End <= s.Start {
			q++
		}
		s.InQuote = q < len(quotes) && quotes[q].Start <= s.Start && s.End <= quotes[q].End
	}
}
