package highlight

import "strings"

// Block quotations: some outlets set a long quotation as its own
// paragraphs with no marks at all, introduced by a paragraph that ends
// with an attribution and a colon ("State Department spokesman John Kirby
// said on Friday:"). The block runs over the next paragraph and any
// following ones that still speak in the first person.

// qBlockMinWords is the fewest words a block paragraph has; shorter lines
// after a colon are headings or captions.
const qBlockMinWords = 8

// qBlockQuotes finds the block quotations of text outside the marked
// quotations parts.
func qBlockQuotes(text string, parts []qQuotePart) []qQuote {
	var out []qQuote
	for i := strings.Index(text, ":\n"); i >= 0; {
		if q, ok := qBlockAfter(text, i, parts); ok {
			out = append(out, q)
		}
		next := strings.Index(text[i+2:], ":\n")
		if next < 0 {
			break
		}
		i += 2 + next
	}
	return out
}

// qBlockAfter reads the block quotation introduced by the colon at byte
// colon, if the sentence before it attributes speech.
func qBlockAfter(text string, colon int, parts []qQuotePart) (qQuote, bool) {
	lo := qParagraphStart(text, colon)
	if qOverlapsParts(lo, colon, parts) {
		return qQuote{}, false
	}
	toks := qTokenize(text, max(lo, colon-qAttributionWindow), colon)
	who := qVerbAttribution(text, toks, qSentenceStart(text, toks))
	if !who.found() {
		return qQuote{}, false
	}
	start, end := qBlockParagraph(text, colon+1)
	if end == 0 || qOverlapsParts(start, end, parts) {
		return qQuote{}, false
	}
	for {
		s, e := qBlockParagraph(text, end)
		if e == 0 || qOverlapsParts(s, e, parts) || !qFirstPerson(text[s:e]) {
			break
		}
		end = e
	}
	return qQuote{qQuotePart: qQuotePart{start: start, end: end, closed: true}, who: who}, true
}

// qBlockParagraph returns the next paragraph after offset i when it can be
// part of a block quotation: long enough, with no quotation marks, ending
// as a sentence does. end is 0 when it cannot.
func qBlockParagraph(text string, i int) (start, end int) {
	for i < len(text) && qIsSpaceByte(text[i]) {
		i++
	}
	e := qParagraphEnd(text, i)
	p := strings.TrimRight(text[i:e], " \t\r\u00a0")
	if len(strings.Fields(p)) < qBlockMinWords || !qEndsWithSentenceMark(p) || strings.ContainsAny(p, "\"“”") {
		return 0, 0
	}
	return i, i + len(p)
}

// qEndsWithSentenceMark reports whether paragraph p ends as prose does,
// with a full stop, question or exclamation mark; a list item, heading or
// introduction ending in a colon does not.
func qEndsWithSentenceMark(p string) bool {
	return strings.HasSuffix(p, ".") || strings.HasSuffix(p, "?") || strings.HasSuffix(p, "!") || strings.HasSuffix(p, "…")
}

// qFirstPerson reports whether a paragraph speaks in the first person.
func qFirstPerson(p string) bool {
	for _, w := range strings.Fields(p) {
		switch strings.Trim(strings.ToLower(w), ".,;:!?’'") {
		case "i", "we", "our", "us", "my", "me", "i’m", "we’re", "i'm", "we're":
			return true
		}
	}
	return false
}

// qOverlapsParts reports whether [a, b) overlaps a marked quotation.
func qOverlapsParts(a, b int, parts []qQuotePart) bool {
	for _, p := range parts {
		if p.start < b && a < p.end {
			return true
		}
	}
	return false
}
