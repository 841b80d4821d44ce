package highlight

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the quote scanner: a state-function lexer in the style of
// text/template/parse that walks the text once and reports each quotation
// as a byte range including its marks. It survives real text: curly and
// straight marks mixed, marks facing the wrong way, apostrophes, nested
// quotes, quotations running over paragraphs and quotations whose closing
// mark was lost.

// qQuotePart is one quotation as the scanner found it: [start, end)
// including its marks. closed is false when the closing mark was missing
// and the scanner ended the quotation itself; single is true for a
// quotation in single marks.
type qQuotePart struct {
	start, end int
	closed     bool
	single     bool
}

// qMarkKind is what a quotation mark does in its context.
type qMarkKind uint8

const (
	qMarkNone qMarkKind = iota
	qMarkOpen
	qMarkClose
	qMarkEither // both or neither flank: the scanner's state decides
)

// qQuoteScanner is the lexer's state.
type qQuoteScanner struct {
	text   string
	pos    int // next byte to read
	start  int // start of the current quotation
	single bool
	nested int // depth of quotes inside the current one
	parts  []qQuotePart
}

// qScanState is one state of the scanner; it returns the next state, or nil
// at the end of the text.
type qScanState func(*qQuoteScanner) qScanState

// qScanQuotes returns the quotations of text in order; they never overlap.
func qScanQuotes(text string) []qQuotePart {
	s := &qQuoteScanner{text: text}
	for state := qScanOutside; state != nil; {
		state = state(s)
	}
	return s.parts
}

// qScanOutside looks for an opening mark.
func qScanOutside(s *qQuoteScanner) qScanState {
	for {
		r, at, ok := s.nextMark()
		if !ok {
			return nil
		}
		if s.skipAttribute(r, at) || s.isExcerptMark(r, at) {
			continue
		}
		if qIsDouble(r) && s.classify(at, r) != qMarkClose && r != '”' || r == '”' && (s.classify(at, r) == qMarkOpen || s.opensParagraph(at)) {
			s.begin(at, false)
			return qScanInside
		}
		if r == '‘' && s.classify(at, r) == qMarkOpen {
			s.begin(at, true)
			return qScanInsideSingle
		}
	}
}

// skipAttribute passes over a markup attribute's value (author="@x"),
// which embedded tweets and other markup leave in extracted text, and
// reports whether the mark r at byte at opened one.
func (s *qQuoteScanner) skipAttribute(r rune, at int) bool {
	if r != '"' || at == 0 || s.text[at-1] != '=' {
		return false
	}
	rest := s.text[at+1 : min(len(s.text), at+1+qAttributeMax)]
	if p := strings.Index(rest, "\n\n"); p >= 0 {
		rest = rest[:p]
	}
	if end := strings.IndexByte(rest, '"'); end >= 0 {
		s.pos = at + 2 + end
	}
	return true
}

// isExcerptMark reports whether the straight mark r at byte at only marks
// a paragraph of an excerpt: it opens its paragraph, no straight mark
// closes it, and the paragraph quotes in curly marks that pair up ("Trump
// tried to laugh it off, “Only Rosie.” But Kelly was relentless.). The
// curly quotations inside are the quotations; a straight mark closed by a
// curly one ("I know,” Henry said.) is not an excerpt mark.
func (s *qQuoteScanner) isExcerptMark(r rune, at int) bool {
	if r != '"' || !s.opensParagraph(at) {
		return false
	}
	end := strings.IndexByte(s.text[at:], '\n')
	if end < 0 {
		end = len(s.text) - at
	}
	para := s.text[at+1 : at+end]
	opens, closes := strings.Count(para, "“"), strings.Count(para, "”")
	return opens > 0 && opens == closes && !strings.Contains(para, "\"")
}

// opensParagraph reports whether the mark at byte at is the first thing in
// its paragraph, where it can only open a quotation (” … what I learned",
// the closing mark an editor put before an ellipsis).
func (s *qQuoteScanner) opensParagraph(at int) bool {
	i := at
	for i > 0 {
		if c := s.text[i-1]; c == ' ' || c == '\t' {
			i--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s.text[:i])
		if !unicode.Is(unicode.Cf, r) { // a direction mark (U+202A) may come first
			break
		}
		i -= n
	}
	_, w := utf8.DecodeRuneInString(s.text[at:]) // ” or a straight "
	return (i == 0 || s.text[i-1] == '\n') && at+w < len(s.text) && s.text[at+w] != '\n'
}

// qAttributeMax bounds the length of a markup attribute's value, which
// may hold a line break but not a paragraph break.
const qAttributeMax = 1000

// begin starts a quotation at the mark at byte at.
func (s *qQuoteScanner) begin(at int, single bool) {
	s.start, s.single, s.nested = at, single, 0
}

// qScanInside reads a double-quoted quotation up to its closing mark, the end
// of its paragraph (continuing into the next paragraph when that one opens
// with a mark), or a new opening mark that shows the closing one was lost.
func qScanInside(s *qQuoteScanner) qScanState {
	for {
		r, at, ok := s.nextMark()
		if !ok {
			s.emitUnclosed(len(s.text))
			return nil
		}
		switch {
		case r == '\n':
			if s.continuesAfter(at) {
				continue
			}
			s.emitUnclosed(at)
			return qScanOutside
		case !qIsDouble(r):
			continue
		}
		switch k := s.classify(at, r); {
		case k == qMarkClose || k == qMarkEither && (r != '“' || s.nested == 0):
			if s.nested > 0 {
				s.nested--
				continue
			}
			s.emit(s.pos, true)
			return qScanOutside
		default: // an opening mark inside a quotation
			if end := s.lostClose(at); end > 0 {
				s.emit(end, false)
				s.begin(at, false)
				continue
			}
			s.nested++
		}
	}
}

// qScanInsideSingle reads a quotation in single marks, which must close
// within its paragraph; otherwise the opening mark is dropped.
func qScanInsideSingle(s *qQuoteScanner) qScanState {
	for {
		r, at, ok := s.nextMark()
		if !ok || r == '\n' {
			s.pos = s.start + len("‘")
			return qScanOutside
		}
		if r == '’' && s.classify(at, r) == qMarkClose {
			s.emit(s.pos, true)
			return qScanOutside
		}
	}
}

// nextMark advances to the next quotation mark or newline and returns it
// with its byte offset; s.pos is left just after it.
func (s *qQuoteScanner) nextMark() (rune, int, bool) {
	t := s.text
	for i := s.pos; i < len(t); i++ {
		switch c := t[i]; c {
		case '"', '\n':
			s.pos = i + 1
			return rune(c), i, true
		case 0xE2: // “ ” ‘ ’ are E2 80 9C..99
			if i+2 < len(t) && t[i+1] == 0x80 && t[i+2] >= 0x98 && t[i+2] <= 0x9D && t[i+2] != 0x9A && t[i+2] != 0x9B {
				r, n := utf8.DecodeRuneInString(t[i:])
				s.pos = i + n
				return r, i, true
			}
		}
	}
	s.pos = len(t)
	return 0, 0, false
}

// emit records the current quotation as ending at end.
func (s *qQuoteScanner) emit(end int, closed bool) {
	if end > s.start {
		s.parts = append(s.parts, qQuotePart{start: s.start, end: end, closed: closed, single: s.single})
	}
}

// emitUnclosed ends an unclosed quotation at the newline (or text end) at
// nl, trimming trailing spaces; a quotation that is only its mark is
// dropped.
func (s *qQuoteScanner) emitUnclosed(nl int) {
	end := nl
	for end > s.start && qIsSpaceByte(s.text[end-1]) {
		end--
	}
	if _, n := utf8.DecodeRuneInString(s.text[s.start:]); end > s.start+n {
		s.emit(end, false)
	}
}

// continuesAfter reports whether the quotation open at the newline at nl
// continues in the next paragraph: the next non-blank line opens with a
// double mark (the convention for a quotation over several paragraphs). If
// so the scanner moves past that mark.
func (s *qQuoteScanner) continuesAfter(nl int) bool {
	i := nl + 1
	for i < len(s.text) && qIsSpaceByte(s.text[i]) {
		i++
	}
	r, n := utf8.DecodeRuneInString(s.text[i:])
	if i >= len(s.text) || !qIsDouble(r) || s.classify(i, r) == qMarkClose || s.isExcerptMark(r, i) {
		return false
	}
	s.pos, s.nested = i+n, 0
	return true
}

// lostClose decides whether the opening mark at byte at, met inside a
// quotation, means the closing mark was lost. A nested quote is followed in
// its paragraph by its own closing mark and then the outer one; a lost
// closing mark leaves at most one. It returns where the open quotation
// should end (just after its last sentence end, else just before the
// mark), or 0 for a nested quote.
func (s *qQuoteScanner) lostClose(at int) int {
	if s.marksAhead(at) >= 2 {
		return 0
	}
	for i := at - 1; i > s.start+1; i-- {
		switch s.text[i] {
		case '.', '!', '?':
			if i+1 < at && qIsSentenceStartByte(s.text[i+1]) {
				return i + 1
			}
		}
	}
	end := at
	for end > s.start+1 && qIsSpaceByte(s.text[end-1]) {
		end--
	}
	return end
}

// marksAhead counts the double marks after the mark at byte at, up to the
// end of its paragraph.
func (s *qQuoteScanner) marksAhead(at int) int {
	_, size := utf8.DecodeRuneInString(s.text[at:])
	n := 0
	for _, r := range s.text[at+size:] {
		if r == '\n' {
			break
		}
		if qIsDouble(r) {
			n++
		}
	}
	return n
}

// qIsSentenceStartByte reports whether c may begin a sentence glued to the
// previous one's full stop (a lost closing mark shows as "now.2Without").
func qIsSentenceStartByte(c byte) bool {
	return c == ' ' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// classify reads the mark r at byte at from its neighbours: a mark after a
// space and before a word opens; a mark after a word and before a space or
// punctuation closes.
func (s *qQuoteScanner) classify(at int, r rune) qMarkKind {
	prev, _ := utf8.DecodeLastRuneInString(s.text[:at])
	next, _ := utf8.DecodeRuneInString(s.text[at+utf8.RuneLen(r):])
	if at == 0 {
		prev = ' '
	}
	if at+utf8.RuneLen(r) >= len(s.text) {
		next = ' '
	}
	left := qOpensAfter(prev) && !unicode.IsSpace(next)
	right := !unicode.IsSpace(prev) && qClosesBefore(next)
	if r == '’' || r == '‘' {
		return qClassifySingle(prev, next, left, right)
	}
	switch {
	case left && !right:
		return qMarkOpen
	case right && !left:
		return qMarkClose
	}
	return qMarkEither
}

// qClassifySingle reads a single mark: between letters it is an apostrophe
// (it’s), never a quotation mark.
func qClassifySingle(prev, next rune, left, right bool) qMarkKind {
	if unicode.IsLetter(prev) && unicode.IsLetter(next) {
		return qMarkNone
	}
	switch {
	case left && !right:
		return qMarkOpen
	case right && !left && !unicode.IsLetter(next) && !unicode.IsDigit(next):
		return qMarkClose
	}
	return qMarkNone
}

// qOpensAfter reports whether an opening mark may follow r.
func qOpensAfter(r rune) bool {
	return unicode.IsSpace(r) || qIsDouble(r) || r == '‘' || r == '\'' || unicode.Is(unicode.Ps, r) ||
		r == '—' || r == '–' || r == '-' || r == ':' || r == '/'
}

// qClosesBefore reports whether a closing mark may precede r.
func qClosesBefore(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r) && !unicode.Is(unicode.Ps, r) || r == utf8.RuneError
}

// qIsDouble reports whether r is a double quotation mark the scanner reads.
func qIsDouble(r rune) bool { return r == '"' || r == '“' || r == '”' }

// qIsSpaceByte reports whether c is ASCII white space.
func qIsSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
