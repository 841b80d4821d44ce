package highlight

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteDetector finds quotations and who they are attributed to. The
// scanner (quote_scan.go) finds each marked quotation; quote_block.go adds
// unmarked block quotations after "X said:"; attribution
// (quote_attribution.go, speaker.go, quote_words.go) finds the speaker
// mention before, after or inside each one; this file joins a quotation
// interrupted by its own attribution ("…,” he said. “…”) into one span and
// carries a speaker over to the quotation that continues a previous one;
// quote_names.go names each speaker: the canonical actor where the actor
// detector knows it, a pronoun resolved to the nearest person named before
// it.
type quoteDetector struct{}

func newQuoteDetector() detector { return quoteDetector{} }

func (quoteDetector) kind() Kind { return Quote }

// qQuote is a quotation on its way to becoming a span.
type qQuote struct {
	qQuotePart
	who       qMention
	clauseEnd int  // end of the attribution clause after the quotation
	after     bool // who was found after the quotation
}

func (quoteDetector) detect(d *Doc) []Span {
	parts := qDropNonQuotes(d.Text, qDropHeadlineSingles(qScanQuotes(d.Text)))
	quotes := qAttribute(d.Text, parts)
	quotes = qJoinInterrupted(d.Text, quotes)
	quotes = qJoinPartials(d.Text, quotes)
	qCarrySpeakers(d.Text, quotes)
	quotes = qDropUnspoken(d.Text, quotes)
	if blocks := qBlockQuotes(d.Text, parts); len(blocks) > 0 {
		quotes = append(quotes, blocks...)
		sort.Slice(quotes, func(i, j int) bool { return quotes[i].start < quotes[j].start })
	}
	return qToSpans(d, quotes)
}

// qDropHeadlineSingles drops the quotations in single marks from a text
// that quotes mostly in double marks: there single marks set off words in
// headlines (Trump Was ‘Mocking’ Clinton Camp), not speech. A text that
// quotes mostly in single marks (the British style) keeps them.
func qDropHeadlineSingles(parts []qQuotePart) []qQuotePart {
	singles := 0
	for _, p := range parts {
		if p.single {
			singles++
		}
	}
	if singles == 0 || 2*singles >= len(parts) {
		return parts
	}
	out := parts[:0]
	for _, p := range parts {
		if !p.single {
			out = append(out, p)
		}
	}
	return out
}

// qDropNonQuotes drops the marked stretches that are not quotations: the
// turns of a transcript set in quotation marks, one paragraph each
// ("WALLACE: Let's start …", "(CROSSTALK.)"), and the titles of works
// after a possessive (CNN’s “State of the Union”).
func qDropNonQuotes(text string, parts []qQuotePart) []qQuotePart {
	out := parts[:0]
	for _, p := range parts {
		if !qIsTranscriptTurn(text, p) && !qIsOwnedTitle(text, p) {
			out = append(out, p)
		}
	}
	return out
}

// qIsOwnedTitle reports whether the quotation p is a title in capitals
// right after a possessive: the name of a show, book or campaign (CNN’s
// “The Lead with Jake Tapper,”), not words anyone said.
func qIsOwnedTitle(text string, p qQuotePart) bool {
	before := strings.TrimRight(text[max(0, p.start-12):p.start], " \u00a0")
	if !strings.HasSuffix(before, "'s") && !strings.HasSuffix(before, "’s") {
		return false
	}
	return qIsTitleCase(text, p.start, p.end)
}

// qOnlyTitlesMarked reports whether every quotation mark in text[a:b]
// belongs to a title in capitals ("…,” Cuban said on NBC's “Meet the
// Press.” “…”): an attribution may name the show it was said on.
func qOnlyTitlesMarked(text string, a, b int) bool {
	open := -1
	for i, r := range text[a:b] {
		if !qIsDouble(r) {
			continue
		}
		if open < 0 {
			open = a + i
			continue
		}
		end := a + i + utf8.RuneLen(r)
		if !qIsTitleCase(text, open, end) {
			return false
		}
		open = -1
	}
	return open < 0
}

// qTitleSmallWords stay lower case inside a title.
var qTitleSmallWords = qSetOf("a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "from", "as", "is", "vs")

// qDropUnspoken drops the quotations that nobody is said to say and that
// are not speech (see qIsUnspoken).
func qDropUnspoken(text string, quotes []qQuote) []qQuote {
	out := quotes[:0]
	for _, q := range quotes {
		if q.who.found() || !qIsUnspoken(text, q.qQuotePart) {
			out = append(out, q)
		}
	}
	return out
}

// qIsUnspoken reports whether the unattributed quotation p reads as no
// one's words: a title in capitals of four words or more (“The Late Show
// with Stephen Colbert”, “DIVISIVE, STUPID AND WRONG”), a headline
// credited to its writer ("Pop-up art show opens," by DNAinfo's Eddie
// Small), or a quotation whose closing mark never comes (a stray mark, or
// an excerpt that opens each paragraph with a mark). A short one stays: a
// nickname or slogan ("Lyin' Ted") is words someone used, and "by" after
// it names who used them (“a witch hunt” by Democrats).
func qIsUnspoken(text string, p qQuotePart) bool {
	if !p.closed {
		return true
	}
	return qCountWords(text, p.start, p.end) >= ShortQuoteWords && (qIsTitleCase(text, p.start, p.end) || qIsCredited(text, p.end))
}

// qIsCredited reports whether "by" and a capitalised name follow the
// quotation ending at end: the byline of a headline or a book.
func qIsCredited(text string, end int) bool {
	toks := qTokenize(text, end, min(len(text), end+30))
	if len(toks) < 2 || qTokenText(text, toks[0]) != "by" {
		return false
	}
	if qTokenText(text, toks[1]) == "the" && len(toks) > 2 {
		return qIsCapitalized(text, toks[2]) // "by the Gazette's Ann Lee"
	}
	return qIsCapitalized(text, toks[1])
}

// qCountWords counts the words of text[a:b] as qTokenize splits them
// (it’s, al-Assad and U.S. are one word each), without allocating.
func qCountWords(text string, a, b int) int {
	n, inWord := 0, false
	for i, r := range text[a:b] {
		switch {
		case qIsWordRune(r):
			if !inWord {
				n++
			}
			inWord = true
		case inWord && qIsWordJoiner(r):
			next, _ := utf8.DecodeRuneInString(text[a+i+utf8.RuneLen(r) : b])
			inWord = qIsWordRune(next)
		default:
			inWord = false
		}
	}
	return n
}

// qIsTitleCase reports whether every word of text[a:b] is capitalised but
// the small words of a title, and the first one is.
func qIsTitleCase(text string, a, b int) bool {
	toks := qTokenize(text, a, b)
	words := 0
	for _, t := range toks {
		if !t.word {
			continue
		}
		if !qIsCapitalized(text, t) && (words == 0 || !qWordIn(text, t, qTitleSmallWords)) {
			if r, _ := utf8.DecodeRuneInString(text[t.start:]); unicode.IsLetter(r) {
				return false
			}
		}
		words++
	}
	return words > 0
}

// qIsTranscriptTurn reports whether the quotation p opens its paragraph
// with a speaker's label in capitals and a colon, or a stage direction in
// parentheses.
func qIsTranscriptTurn(text string, p qQuotePart) bool {
	if p.single || strings.TrimSpace(text[qParagraphStart(text, p.start):p.start]) != "" {
		return false
	}
	_, n := utf8.DecodeRuneInString(text[p.start:])
	body := text[p.start+n : p.end]
	if strings.HasPrefix(body, "(") {
		return len(body) > 2 && body[1] >= 'A' && body[1] <= 'Z' && body[2] >= 'A' && body[2] <= 'Z'
	}
	label, _, ok := strings.Cut(body, ":")
	if !ok || len(label) < 2 || len(label) > 30 {
		return false
	}
	for _, r := range label {
		if !unicode.IsUpper(r) && r != ' ' && r != '.' && r != '-' && r != '\'' {
			return false
		}
	}
	return true
}

// qAttribute finds the speaker mention of each quotation.
func qAttribute(text string, parts []qQuotePart) []qQuote {
	quotes := make([]qQuote, len(parts))
	for i, p := range parts {
		q := qQuote{qQuotePart: p}
		next := len(text)
		if i+1 < len(parts) {
			next = parts[i+1].start
		}
		if p.closed && !qEndsSentenceBefore(text, p) && !qInSubordinateClause(text, p) {
			q.who, q.clauseEnd = qAttributionAfter(text, p.end, min(next, qParagraphEnd(text, p.end)), qExpectsAttribution(text, p))
			if !q.who.found() {
				q.who = qDashSignature(text, p.end)
			}
			q.after = q.who.found()
		}
		if !q.after {
			q.who = qAttributionBeforeQuote(text, parts, i, quotes)
		}
		quotes[i] = q
	}
	return quotes
}

// qSubordinators open a clause that comes before the main one ("When
// Trump said he would “…,” the crowd applauded").
var qSubordinators = qSetOf("when", "while", "as", "although", "though", "if", "after", "before",
	"since", "because", "once", "until", "whereas", "whether")

// qInSubordinateClause reports whether the quotation p ends a clause that
// opens its sentence with a subordinator and a finite reporting verb (its
// own subject's), with no comma before the quotation: the words after p
// are the main clause, not p's attribution ("While Sanders admitted that
// it would be “very hard” …, his campaign has argued …").
func qInSubordinateClause(text string, p qQuotePart) bool {
	from := max(qParagraphStart(text, p.start), p.start-qAttributionWindow)
	if !qHasCapitalSubordinator(text[from:p.start]) {
		return false // most quotations: no need to tokenize
	}
	toks := qTokenize(text, from, p.start)
	start := qSentenceStart(text, toks)
	if start >= len(toks) || !qWordIn(text, toks[start], qSubordinators) || !qIsCapitalized(text, toks[start]) {
		return false
	}
	verb := false
	for _, t := range toks[start+1:] {
		if !t.word && !qIsPunct(text, t, ".") {
			return false // a comma or a mark: the main clause has begun
		}
		verb = verb || qIsReportingVerb(text, t) && !qIsParticiple(text, t) // not "After saying her foot was “…,” she …"
	}
	return verb
}

// qHasCapitalSubordinator reports whether a capitalised subordinator
// ("When", "While") opens a word of s, without allocating.
func qHasCapitalSubordinator(s string) bool {
	var buf [24]byte
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' || i > 0 && s[i-1] != ' ' && s[i-1] != '\n' {
			continue
		}
		j := i + 1
		for j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
			j++
		}
		if k := qLowerKey(&buf, s[i:j]); k != nil && qSubordinators[string(k)] {
			return true
		}
		i = j - 1
	}
	return false
}

// qExpectsAttribution reports whether the quotation p ends with a comma,
// question or exclamation mark inside its closing mark: the sentence goes
// on, usually with its attribution.
func qExpectsAttribution(text string, p qQuotePart) bool {
	_, n := utf8.DecodeLastRuneInString(text[p.start:p.end])
	inner := strings.TrimRight(text[p.start:p.end-n], " ")
	return strings.HasSuffix(inner, ",") || strings.HasSuffix(inner, "?") || strings.HasSuffix(inner, "!")
}

// qSentenceBreakAfter reports whether a sentence ends with the quotation
// p: it ends with a full stop, question or exclamation mark inside its
// closing mark and a capitalised word follows ("… “unhinged.” Japanese
// officials …").
func qSentenceBreakAfter(text string, p qQuotePart) bool {
	_, n := utf8.DecodeLastRuneInString(text[p.start:p.end])
	inner := strings.TrimRight(text[p.start:p.end-n], " ")
	if !strings.HasSuffix(inner, ".") && !strings.HasSuffix(inner, "?") && !strings.HasSuffix(inner, "!") {
		return false
	}
	toks := qTokenize(text, p.end, min(len(text), p.end+40))
	return len(toks) > 0 && qIsCapitalized(text, toks[0])
}

// qEndsSentenceBefore reports whether the quotation p ends with a full
// stop inside its closing mark and a new sentence starts after it, with
// text of its own sentence before it ("…, said Nunberg was “looking for free
// publicity.” He said …"): the words after it begin another sentence, not
// its attribution.
func qEndsSentenceBefore(text string, p qQuotePart) bool {
	_, n := utf8.DecodeLastRuneInString(text[p.start:p.end])
	inner := strings.TrimRight(text[p.start:p.end-n], " ")
	if !strings.HasSuffix(inner, ".") {
		return false
	}
	toks := qTokenize(text, p.end, min(len(text), p.end+40))
	if len(toks) == 0 || !qIsCapitalized(text, toks[0]) {
		return false
	}
	lo := qParagraphStart(text, p.start)
	return strings.TrimSpace(text[lo:p.start]) != ""
}

// qDashSignature reads a signature after a quotation that ends at end:
// on the rest of its line ("…” ― Sonya Herridge") or, when the quotation
// ends its paragraph, on the next line ("\n\n- Sanders.", "— Hillary
// Clinton").
func qDashSignature(text string, end int) qMention {
	i := end
	if strings.TrimSpace(text[end:qParagraphEnd(text, end)]) == "" {
		i = qParagraphEnd(text, end)
	}
	for i < len(text) && qIsSpaceByte(text[i]) {
		i++
	}
	line := strings.TrimLeftFunc(text[i:qParagraphEnd(text, i)], unicode.IsSpace)
	i = qParagraphEnd(text, i) - len(line)
	rest := strings.TrimLeftFunc(line, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("-–—―", r) })
	if len(rest) == len(line) || len(strings.Fields(rest)) > 6 {
		return qMention{}
	}
	from := i + len(line) - len(rest)
	toks := qTokenize(text, from, from+len(rest))
	if len(toks) == 0 || !qIsCapitalized(text, toks[0]) {
		return qMention{}
	}
	j := 0
	for j+1 < len(toks) {
		switch next := toks[j+1]; {
		case next.word && qIsCapitalized(text, next):
			j++
		case qAfterAbbreviation(text, toks, j+1) && j+2 < len(toks) && qIsCapitalized(text, toks[j+2]):
			j += 2 // an initial: "Edwin G. Monroy"
		default:
			return qMention{toks[0].start, toks[j].end}
		}
	}
	return qMention{toks[0].start, toks[j].end}
}

// qAttributionBeforeQuote looks for the attribution in the sentence before
// quotation i, or, when the quotation opens its paragraph, at the end of
// the previous paragraph if that ends with a colon ("He said:").
func qAttributionBeforeQuote(text string, parts []qQuotePart, i int, quotes []qQuote) qMention {
	p := parts[i]
	lo := qParagraphStart(text, p.start)
	if i > 0 && parts[i-1].end > lo {
		lo = parts[i-1].end
	}
	if strings.TrimSpace(text[lo:p.start]) != "" {
		return qAttributionInSentence(text, lo, p.start, i, parts, quotes)
	}
	prevEnd := strings.TrimRight(text[:lo], " \t\r\n")
	if i > 0 && parts[i-1].end > len(prevEnd)-1 {
		return qMention{}
	}
	ps := qParagraphStart(text, len(prevEnd))
	if strings.HasSuffix(prevEnd, ":") {
		return qAttributionBefore(text, ps, len(prevEnd))
	}
	if i > 0 && parts[i-1].end > ps || strings.Count(text[len(prevEnd):lo], "\n") > 2 || qIsTitleCase(text, p.start, p.end) {
		return qMention{} // a heading in capitals is nobody's speech
	}
	return qReportedSpeechBefore(text, ps, len(prevEnd))
}

// qReportedSpeechBefore returns the speaker of the reported speech that
// ends the paragraph text[ps:end] before a quotation opening the next one:
// the quotation goes on in the speaker's own words ("Carter said the
// United States would not withdraw.\n\n“That’s because …”").
func qReportedSpeechBefore(text string, ps, end int) qMention {
	toks := qTokenize(text, max(ps, end-qAttributionWindow), end)
	return qVerbAttribution(text, toks, qSentenceStart(text, toks))
}

// qAttributionInSentence reads the text from lo to quotation i: a
// reporting verb there names the speaker; failing that, a quotation
// earlier in the same sentence lends its speaker ("Kerry said that “…” and
// … : “…”"); failing that, the sentence's subject.
func qAttributionInSentence(text string, lo, to, i int, parts []qQuotePart, quotes []qQuote) qMention {
	toks := qTokenize(text, max(lo, to-qAttributionWindow), to)
	start := qSentenceStart(text, toks)
	if m := qVerbAttribution(text, toks, start); m.found() {
		return qPreferNamedSubject(text, toks, start, m)
	}
	if i > 0 && quotes[i-1].who.found() && qSameSentence(text, parts[i-1].end, to) && !qSentenceBreakAfter(text, parts[i-1]) {
		return quotes[i-1].who
	}
	if m := qColonName(text, toks, start); m.found() {
		return m
	}
	if m := qSentenceSubject(text, toks, start); m.found() {
		return m
	}
	return qSpeechOwner(text, toks, start)
}

// qJoinInterrupted joins a quotation to the next one when only its own
// attribution stands between them ("…,” he said. “…”) and the next one has
// no attribution of its own: annotators and readers take them as one
// quotation with the attribution inside.
func qJoinInterrupted(text string, quotes []qQuote) []qQuote {
	out := quotes[:0]
	for _, q := range quotes {
		if n := len(out); n > 0 && qInterrupts(text, out[n-1], q) {
			out[n-1].end, out[n-1].closed = q.end, q.closed
			out[n-1].clauseEnd = q.clauseEnd
			continue
		}
		out = append(out, q)
	}
	return out
}

// qInterrupts reports whether q continues prev past prev's attribution: in
// the same paragraph, with only that attribution between them ("…,” said
// Patrick McGinley, a law professor who … . “…”). A new introduction
// ends the quotation instead: a colon ("…,” he said, adding: “…”), a second
// reporting verb ("…,” he said, adding, “…”) or an attribution of q's own
// after prev's clause ("…,” Franken said. Silverman responded, “…”).
func qInterrupts(text string, prev, q qQuote) bool {
	if !prev.after || q.after || prev.single || q.single || !prev.closed {
		return false
	}
	gap := strings.TrimRight(text[prev.end:q.start], " \t\u00a0")
	if strings.ContainsRune(gap, '\n') {
		return qContinuesNextParagraph(text, prev, q)
	}
	if len(gap) == 0 || len(gap) > 300 || !qOnlyTitlesMarked(text, prev.end, prev.end+len(gap)) {
		return false
	}
	if q.who.found() && q.who.start >= prev.clauseEnd || strings.HasSuffix(gap, ":") {
		return false
	}
	if strings.HasSuffix(gap, ",") && qCountReportingVerbs(text, prev.end, q.start) > 1 {
		return false
	}
	gap = strings.TrimRight(gap, "\"”") // a title ends the clause: on NBC's "Meet the Press."
	lower := strings.ToLower(gap)
	return gap != "" && strings.ContainsAny(gap[len(gap)-1:], ",.;—-") || strings.HasSuffix(lower, " but") || strings.HasSuffix(lower, " and") ||
		qEndsWithReportingVerb(text, prev.end, prev.end+len(gap))
}

// qEndsWithReportingVerb reports whether text[a:b] is a short attribution
// that ends with a verb of saying and lost its punctuation ("…,” Trump
// said “…”); a verb that takes the next quotation as its object does not
// count ("…,” the crowd chanted “…”).
func qEndsWithReportingVerb(text string, a, b int) bool {
	toks := qTokenize(text, a, b)
	if len(toks) < 2 || len(toks) > 4 {
		return false
	}
	last := toks[len(toks)-1]
	return qIsReportingVerb(text, last) && qWordIn(text, last, qInvertibleVerbs)
}

// qContinuesNextParagraph reports whether q, opening the paragraph after
// the one that prev's attribution ends, continues prev: it has no
// attribution of its own and nothing but that attribution stands between
// them ("…,” said Jake Sullivan.\n\n“This has gone …”).
func qContinuesNextParagraph(text string, prev, q qQuote) bool {
	if q.who.found() || prev.clauseEnd <= prev.end || prev.clauseEnd > q.start {
		return false
	}
	gap := strings.TrimLeftFunc(text[prev.end:prev.clauseEnd], unicode.IsSpace)
	if len(gap) > 300 || strings.ContainsAny(gap, "\n\"“”") || strings.IndexAny(gap, "-–—―") == 0 {
		return false // a signature ("― Name") closes its quotation
	}
	return strings.TrimSpace(text[prev.clauseEnd:q.start]) == "" && strings.Count(text[prev.clauseEnd:q.start], "\n") <= 2
}

// qCountReportingVerbs counts the reporting verbs in text[a:b].
func qCountReportingVerbs(text string, a, b int) int {
	n := 0
	for _, t := range qTokenize(text, a, b) {
		if qIsReportingVerb(text, t) {
			n++
		}
	}
	return n
}

// qPartialMaxGap is the most words that may stand between two partial
// quotations of one sentence that belong to one statement.
const qPartialMaxGap = 6

// qJoinPartials joins partial quotations that a few words of the same
// sentence link into one statement (“a big, big problem” but “nobody has
// the guts to talk about it”): readers and annotators take them as one
// quotation with one speaker.
func qJoinPartials(text string, quotes []qQuote) []qQuote {
	out := quotes[:0]
	for _, q := range quotes {
		if n := len(out); n > 0 && qLinksPartials(text, out[n-1], q) {
			out[n-1].end, out[n-1].closed = q.end, q.closed
			if !out[n-1].who.found() {
				out[n-1].who = q.who
			}
			continue
		}
		out = append(out, q)
	}
	return out
}

// qLinksPartials reports whether only a short stretch of the same sentence,
// with no reporting verb, stands between prev and q.
func qLinksPartials(text string, prev, q qQuote) bool {
	if prev.single || q.single || !prev.closed || prev.after || q.after && q.who != prev.who && prev.who.found() {
		return false
	}
	if strings.ContainsAny(text[prev.end:q.start], "\n\"“”") || qSentenceBreakAfter(text, prev.qQuotePart) {
		return false
	}
	words := 0
	for _, t := range qTokenize(text, prev.end, q.start) {
		if !t.word {
			if strings.Contains(".!?:;", qTokenText(text, t)) {
				return false
			}
			continue
		}
		if words++; words > qPartialMaxGap || qIsReportingVerb(text, t) || qWordIn(text, t, qPronouns) {
			return false
		}
	}
	return true
}

// qCarrySpeakers gives a quotation with no attribution of its own the
// speaker of the quotation just before it, in the same paragraph or the
// one before: the same voice continues.
func qCarrySpeakers(text string, quotes []qQuote) {
	for i := 1; i < len(quotes); i++ {
		q, prev := &quotes[i], quotes[i-1]
		if q.who.found() || !prev.who.found() || q.single || prev.single {
			continue
		}
		from := prev.end
		if prev.after {
			from = max(from, min(prev.clauseEnd, q.start))
		}
		if qAdjacentParagraphs(text, from, q.start) && !(!prev.after && qSentenceBreakAfter(text, prev.qQuotePart) && qSameSentence(text, from, q.start)) {
			q.who = prev.who // not across "“…” Cruz promised “…”", a new sentence
		}
	}
}

// qAdjacentParagraphs reports whether the text between a and b is at most
// one paragraph break and contains no other words.
func qAdjacentParagraphs(text string, a, b int) bool {
	gap := text[a:b]
	if strings.Count(gap, "\n") == 0 {
		return len(strings.Fields(gap)) <= 3 || qSameSentence(text, a, b)
	}
	ps := qParagraphStart(text, b)
	return strings.TrimSpace(text[ps:b]) == "" && strings.TrimSpace(text[a:ps]) == ""
}

// qParagraphStart returns the offset of the line that holds offset i.
func qParagraphStart(text string, i int) int {
	return strings.LastIndexByte(text[:i], '\n') + 1
}

// qParagraphEnd returns the offset of the newline ending the line that holds
// offset i, or len(text).
func qParagraphEnd(text string, i int) int {
	if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(text)
}

// qToSpans turns quotations into spans with resolved speakers.
func qToSpans(d *Doc, quotes []qQuote) []Span {
	if len(quotes) == 0 {
		return nil
	}
	names := qNewSpeakerNames(d)
	out := make([]Span, 0, len(quotes))
	for _, q := range quotes {
		s := Span{Start: q.start, End: q.end, Kind: Quote}
		if q.who.found() {
			s.SpeakerStart, s.SpeakerEnd = q.who.start, q.who.end
			s.Speaker = names.resolve(q.who, quotes)
		}
		out = append(out, s)
	}
	return out
}

// qSameSentence reports whether offsets a and b lie in one sentence of one
// paragraph.
func qSameSentence(text string, a, b int) bool {
	return !strings.ContainsRune(text[a:b], '\n') && !qHasSentenceEnd(text, a, b)
}

// qHasSentenceEnd reports whether a sentence ends between a and b.
func qHasSentenceEnd(text string, a, b int) bool {
	toks := qTokenize(text, a, b)
	return qSentenceStart(text, toks) > 0
}

// ShortQuoteWords is the number of words below which a quotation is a
// short or scare quote ("a broad ceasefire", “dumb bombs”): a phrase held
// at a distance rather than a statement attributed to someone.
const ShortQuoteWords = 4

// IsShortQuote reports whether the quote span s of text has fewer than
// ShortQuoteWords words, marks excluded.
func IsShortQuote(text string, s Span) bool {
	return s.Kind == Quote && len(strings.Fields(strings.Trim(s.Text(text), "\"“”‘’' "))) < ShortQuoteWords
}
