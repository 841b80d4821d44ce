package highlight

import (
	"strings"
	"sync"
)

// The figure detector marks counts, amounts, percentages, measurements,
// dates and years, each with a normalised value and unit.
//
// What a figure span covers:
//   - the number with any approximation before it and any measurement unit
//     after it: "more than 260,000", "nearly 40,000", "5 km", "10 per cent",
//     "$5 million", "between 400 and 500", "five-year";
//   - not the noun it counts: in "14 doctors" the span is "14" and the Unit
//     is "doctors" (as in DESIGN.md's "260,000" with unit "people").
//
// Values and units:
//   - counts carry their value and, where a noun follows, the noun as Unit;
//   - ranges ("400-500", "5 to 10") carry their lower bound;
//   - percentages have Unit "percent"; money "USD", "EUR", "GBP", ...;
//   - durations "years", "months", "weeks", "days", "hours", "minutes",
//     "seconds"; other measurements their symbol ("km", "mg/kg", "°C");
//   - a calendar year has Unit "year" and the year as Value; a decade
//     ("the 1990s") Unit "decade";
//   - a date has Unit "date" and Value YYYYMMDD; a part the text does not
//     give is zero: "Feb. 25" is 225, "March 2011" is 20110300;
//   - a time of day ("6:05 p.m.") has Unit "time" and Value HHMM on a
//     24-hour clock; a numeric date whose order is unclear ("5/2/2016")
//     has Unit "date" and no value; fractions ("1/2", "two-thirds") have
//     Unit "fraction" and their value;
//   - ordinals ("20th", "second largest") have Unit "ordinal" and the rank;
//   - vague amounts ("hundreds of", "tens of thousands", "dozens") have
//     HasValue false.
//
// Not figures: "one" as a pronoun ("one of the"), an article as a number
// ("a single day", "a day and a half"), weekdays ("on Friday"), bare month
// names, numbers that name something ("Voyager 1", "Uranium One"),
// numbers glued into names or codes ("F-16", "C3", "MH17", file slugs,
// "9/11"), codes with leading zeros or of ten digits and more,
// figure, table, section and equation references, bracketed
// citation numbers and the years of author-year citations, and a digit
// glued between two words ("now.2Without").

// figureDetector finds figures.
type figureDetector struct{}

func newFigureDetector() detector { return figureDetector{} }

func (figureDetector) kind() Kind { return Figure }

func (figureDetector) detect(d *Doc) []Span { return findFigures(d.Text) }

// figScanners keeps scanners and their token buffers for reuse, so that
// analysis allocates little.
var figScanners = sync.Pool{New: func() any { return new(figScanner) }}

// findFigures returns the figure spans of text, sorted and non-overlapping.
func findFigures(text string) []Span {
	s := figScanners.Get().(*figScanner)
	out := s.run(text)
	s.reset()
	figScanners.Put(s)
	return out
}

// figure is a match in token indexes: the span covers tokens [a, b).
type figure struct {
	a, b  int
	value float64
	has   bool
	unit  string
}

// figScanner holds one text's tokens and the figures found so far.
type figScanner struct {
	text string
	toks []ftok
	out  []Span
	last int // index of the first token after the last figure
	key  [32]byte
}

func (s *figScanner) reset() {
	s.text, s.out, s.last = "", nil, 0
	s.toks = s.toks[:0]
}

// run scans text and returns its figures.
func (s *figScanner) run(text string) []Span {
	s.text = text
	s.toks = figTokenize(text, s.toks[:0])
	s.out = nil
	s.last = 0
	for i := 0; i < len(s.toks); {
		i = s.step(i)
	}
	return s.out
}

// step tries every pattern at token i and returns where to go on.
func (s *figScanner) step(i int) int {
	if !s.mayStart(i) {
		return i + 1
	}
	if next, skip := s.skipReference(i); skip {
		return next
	}
	for _, m := range figMatchers {
		if f, ok := m(s, i); ok {
			s.emit(f)
			return f.b
		}
	}
	if s.toks[i].kind == ftNum {
		return s.gluedEnd(i)
	}
	return i + 1
}

// mayStart reports whether a figure or a reference can start at token i:
// a number, a sign, a currency sign, a bracket or a word of figTriggers.
// Most words are turned away here with a single map lookup.
func (s *figScanner) mayStart(i int) bool {
	switch s.toks[i].kind {
	case ftNum:
		return true
	case ftWord:
		return figTriggerBits.hasHash(s.toks[i].hash) && figTriggers[string(s.lower(i))]
	}
	if t := s.tok(i); len(t) == 1 {
		return figSymStarts[t[0]]
	}
	switch s.tok(i) {
	case "[", "(", "{", "-", "−", "–", "+":
		return true
	}
	_, ok := figCurrencySigns[s.tok(i)]
	return ok
}

// figSymStarts marks the one-byte symbols that can start a figure or a
// reference: brackets, signs and the ASCII currency signs.
var figSymStarts = func() (t [256]bool) {
	for _, c := range []byte("[({-+") {
		t[c] = true
	}
	for sign := range figCurrencySigns {
		if len(sign) == 1 {
			t[sign[0]] = true
		}
	}
	return t
}()

// figTriggers are the lower-cased words that can start a figure or a
// reference, gathered from the tables the matchers use.
var figTriggers = buildFigTriggers()

// figTriggerBits is a Bloom filter over figTriggers: most words of a text
// miss it and are turned away without a map lookup.
var figTriggerBits = func() (b figBloom) {
	for w := range figTriggers {
		b.add(w)
	}
	return b
}()

// figBloom is a 16384-bit set of word hashes, ignoring ASCII case, probed
// twice per word. With the two hundred-odd trigger words, about one
// ordinary word in a thousand gets through.
type figBloom [256]uint64

func (b *figBloom) add(w string) {
	h1, h2 := figProbes(figWordHash(w))
	b[h1>>6] |= 1 << (h1 & 63)
	b[h2>>6] |= 1 << (h2 & 63)
}

// has reports whether w may be in the set; false is certain.
func (b *figBloom) has(w string) bool { return b.hasHash(figWordHash(w)) }

// hasHash is has for a word whose figWordHash is h.
func (b *figBloom) hasHash(h uint32) bool {
	h1, h2 := figProbes(h)
	return b[h1>>6]&(1<<(h1&63)) != 0 && b[h2>>6]&(1<<(h2&63)) != 0
}

// figWordHash is the FNV-1a hash of w with ASCII letters in lower case;
// figTokenize computes it for every word as it reads it (ftok.hash).
func figWordHash(w string) uint32 {
	h := uint32(figHashOffset)
	for i := 0; i < len(w); i++ {
		h = figHashByte(h, w[i])
	}
	return h
}

const figHashOffset = 2166136261

// figHashByte adds byte c, in lower case, to the FNV-1a state h.
func figHashByte(h uint32, c byte) uint32 { return (h ^ uint32(numLower(c))) * 16777619 }

// figProbes returns the filter's two 14-bit probes for a word hash,
// scrambled by a multiplication so that both are good.
func figProbes(h uint32) (uint32, uint32) {
	h *= 0x9E3779B1
	return h >> 18, h >> 4 & 16383
}

func buildFigTriggers() map[string]bool {
	m := map[string]bool{"a": true, "an": true, "half": true, "several": true,
		"few": true, "many": true, "p": true, "pp": true, "no": true, "nos": true}
	for _, words := range []map[string]bool{figRefWords, figWeakRefWords} {
		for w := range words {
			m[w] = true
		}
	}
	for _, table := range []map[string]float64{numCardinals, numOrdinals} {
		for w := range table {
			m[w] = true
		}
	}
	for w := range numVague {
		m[w] = true
	}
	for w := range figMonths {
		m[strings.ToLower(w)] = true
	}
	for w := range figDollarPrefixes {
		m[strings.ToLower(w)] = true
	}
	for w := range figCurrencySigns {
		m[strings.ToLower(w)] = true
	}
	return m
}

// figMatchers are tried in order at each token; the first match wins.
var figMatchers = []func(*figScanner, int) (figure, bool){
	(*figScanner).date,
	(*figScanner).money,
	(*figScanner).slashed,
	(*figScanner).ratio,
	(*figScanner).quantity,
	(*figScanner).vague,
	(*figScanner).ordinalWord,
}

// emit widens f over an approximation before it ("more than") and adds it.
func (s *figScanner) emit(f figure) {
	if f.b <= f.a {
		return
	}
	if f.unit != "date" && f.unit != "time" {
		f.a = s.approxStart(f.a)
	}
	s.out = append(s.out, Span{
		Start:    s.toks[f.a].start,
		End:      s.toks[f.b-1].end,
		Kind:     Figure,
		Value:    f.value,
		HasValue: f.has,
		Unit:     f.unit,
	})
	s.last = f.b
}

// tok returns token i's text, or "" when i is out of range.
func (s *figScanner) tok(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.text[s.toks[i].start:s.toks[i].end]
}

// is reports whether token i is the word or mark w, ignoring ASCII case.
func (s *figScanner) is(i int, w string) bool { return numFold(s.tok(i), w) }

// kindAt returns token i's kind; out of range reads as a symbol.
func (s *figScanner) kindAt(i int) ftKind {
	if i < 0 || i >= len(s.toks) {
		return ftSym
	}
	return s.toks[i].kind
}

// glued reports whether token i exists and touches the token before it.
func (s *figScanner) glued(i int) bool {
	return i > 0 && i < len(s.toks) && s.toks[i].gap == gapNone
}

// near reports whether token i exists and is on the same line as the one
// before it.
func (s *figScanner) near(i int) bool {
	return i > 0 && i < len(s.toks) && s.toks[i].gap != gapLine
}

// lower returns token i lower-cased in the scanner's buffer; the result
// is valid until the next call and must not be kept.
func (s *figScanner) lower(i int) []byte {
	t := s.tok(i)
	if len(t) > len(s.key) {
		return nil
	}
	b := s.key[:len(t)]
	for k := 0; k < len(t); k++ {
		b[k] = numLower(t[k])
	}
	return b
}

// gluedEnd returns the index after the run of tokens glued to token i, so
// that a rejected code such as "protest-09-16" is skipped whole.
func (s *figScanner) gluedEnd(i int) int {
	j := i + 1
	for s.glued(j) {
		switch {
		case s.kindAt(j) != ftSym:
			j++ // a glued word or number
		case s.glued(j+1) && s.kindAt(j+1) != ftSym:
			j += 2 // a mark inside the code: "-16", "/10a"
		default:
			return j
		}
	}
	return j
}

// isCap reports whether token i is a word starting with an upper-case
// ASCII letter.
func (s *figScanner) isCap(i int) bool {
	t := s.tok(i)
	return s.kindAt(i) == ftWord && t != "" && t[0] >= 'A' && t[0] <= 'Z'
}

// isLowerWord reports whether token i is a word of lower-case ASCII
// letters.
func (s *figScanner) isLowerWord(i int) bool {
	t := s.tok(i)
	if s.kindAt(i) != ftWord || t == "" {
		return false
	}
	for k := 0; k < len(t); k++ {
		if t[k] < 'a' || t[k] > 'z' {
			return false
		}
	}
	return true
}
