package highlight

import "strings"

// qAttributionWindow bounds how far from a quotation an attribution is
// looked for, in bytes.
const qAttributionWindow = 400

// qAttributionAfter reads the clause right after a quotation that ends at
// from, up to hi: "…,” he said", "…,” said Toner", "…,” according to X",
// "…” White House spokesman Josh Earnest told reporters". expects says the
// quotation ends with a comma, question or exclamation mark inside its
// marks, so that an attribution is due and a verb outside the reporting
// verbs may carry it ("…!” beamed Donald Hartley"). An "according to" in
// the same sentence names the source ("…,” Walker said, according to an
// Associated Press account"). It returns the qMention, if any, and where
// the clause ends.
func qAttributionAfter(text string, from, hi int, expects bool) (qMention, int) {
	toks := qTokenize(text, from, min(hi, from+qAttributionWindow))
	i := 0
	for i < len(toks) && !toks[i].word && strings.Contains(",—–-(", qTokenText(text, toks[i])) {
		i++
	}
	end := qClauseEnd(text, toks, i, hi)
	if i >= len(toks) {
		return qMention{}, end
	}
	m := qSpeakerAfter(text, toks, i)
	if !m.found() && expects {
		m = qLooseAttribution(text, toks, i)
	}
	if m.found() {
		if a := qAccordingInSentence(text, toks, i); a.found() {
			m = a
		}
	}
	return m, end
}

// qSpeakerAfter finds the speaker in the clause toks[i:] after a
// quotation.
func qSpeakerAfter(text string, toks []qToken, i int) qMention {
	switch t := toks[i]; {
	case qWordIn(text, t, qInvertibleVerbs) && !qIsCapitalized(text, t):
		return qPhraseAfter(text, toks, i, len(toks))
	case qIsAccordingTo(text, toks, i):
		return qPhraseAfter(text, toks, i+1, len(toks))
	}
	for k := i; k < len(toks) && k-i <= 20; k++ {
		t := toks[k]
		if !t.word {
			if qIsPunct(text, t, "(") {
				k = qSkipParens(text, toks, k)
				continue
			}
			if qIsPunct(text, t, ",") || qIsPunct(text, t, ")") || qAfterAbbreviation(text, toks, k) {
				continue
			}
			break
		}
		if qIsReportingVerb(text, t) && !qIsParticiple(text, t) {
			m := qSubjectBefore(text, toks, k, i)
			if qPlainPrefix(text, toks, i, m) {
				return m
			}
			if m.found() || k > i {
				if np := qNounPhraseSubject(text, toks, i, k); np.found() {
					return np // "a spokesman for committee Democrats said"
				}
				if n := qNameOfPlace(text, toks, i, k); n.found() {
					return n
				}
				break
			}
			// "state Sen. Jason Holsman said": a noun, not a verb
		}
	}
	if m := qAppositiveThenVerb(text, toks, i); m.found() {
		return m
	}
	return qSentenceFinal(text, toks, i)
}

// qNounPhraseSubject returns toks[i:k] as the subject of the verb toks[k]
// when it is one noun phrase: a determiner, then up to eight words with
// no verb form, pronoun or clause word among them ("a spokesman for
// committee Democrats said").
func qNounPhraseSubject(text string, toks []qToken, i, k int) qMention {
	if k-i < 2 || k-i > 9 || !qWordIn(text, toks[i], qSubjectDeterminers) {
		return qMention{}
	}
	for _, t := range toks[i+1 : k] {
		if !t.word || qWordIn(text, t, qSkippable) || qWordIn(text, t, qPronouns) || qWordIn(text, t, qRelativeSubjects) ||
			qLooksVerb(text, t) && !qIsCapitalized(text, t) && !strings.HasSuffix(qTokenText(text, t), "s") {
			return qMention{}
		}
	}
	return qMention{toks[i].start, toks[k-1].end}
}

// qPlaceWords link a name to the organisation or place after it.
var qPlaceWords = qSetOf("of", "from", "at")

// qOrgWords may stand in an organisation's name in lower case.
var qOrgWords = qSetOf("the", "of", "for", "and", "on", "in")

// qNameOfPlace returns the name that opens toks[i:k] when the rest, up
// to the verb toks[k], only says where the person is from: "Jeffrey Lewis
// of the James Martin Center for Nonproliferation Studies wrote".
func qNameOfPlace(text string, toks []qToken, i, k int) qMention {
	j := i
	for j < k && j-i < 4 && qIsCapitalized(text, toks[j]) {
		j++
	}
	if j == i || j >= k || !qWordIn(text, toks[j], qPlaceWords) {
		return qMention{}
	}
	for _, t := range toks[j+1 : k] {
		if !t.word || !qIsCapitalized(text, t) && !qWordIn(text, t, qOrgWords) {
			return qMention{}
		}
	}
	return qNameBefore(text, toks, j-1, i)
}

// qSentenceEndIndex returns the index of the token that ends the sentence
// starting at toks[i] (a full stop, question or exclamation mark, colon,
// semicolon or quotation mark), or len(toks).
func qSentenceEndIndex(text string, toks []qToken, i int) int {
	for ; i < len(toks); i++ {
		t := toks[i]
		if t.word {
			continue
		}
		if qIsQuoteMarkToken(text, t) || strings.Contains(".!?:;", qTokenText(text, t)) && !qAfterAbbreviation(text, toks, i) {
			return i
		}
	}
	return len(toks)
}

// qAccordingInSentence returns the source after an "according to" in the
// sentence starting at toks[i].
func qAccordingInSentence(text string, toks []qToken, i int) qMention {
	e := qSentenceEndIndex(text, toks, i)
	for k := i; k < e; k++ {
		if qIsAccordingTo(text, toks, k) {
			return qPhraseAfter(text, toks, k+1, e)
		}
	}
	return qMention{}
}

// qAppositiveThenVerb reads "…,” Katie Packer, who is chairman of Our
// Principles PAC, said in a statement": a name, an appositive after a comma
// and then, in the same sentence, a reporting verb.
func qAppositiveThenVerb(text string, toks []qToken, i int) qMention {
	j := i
	for j < len(toks) && toks[j].word && (qIsCapitalized(text, toks[j]) || j > i && qWordIn(text, toks[j], qNameJoiners)) {
		j++
	}
	if j == i || j >= len(toks) || !qIsPunct(text, toks[j], ",") {
		return qMention{}
	}
	e := qSentenceEndIndex(text, toks, j)
	for k := j + 1; k < e && k-j <= 40; k++ {
		if qIsReportingVerb(text, toks[k]) && !qIsParticiple(text, toks[k]) && qIsPunct(text, toks[k-1], ",") {
			return qNameBefore(text, toks, j-1, i)
		}
	}
	return qMention{}
}

// qLooseAttribution reads an attribution whose verb is not a reporting
// verb, right after a quotation that calls for one: "…!” beamed Donald
// Hartley", "…,” Bennett shot back", "…?” a Democratic staffer in the room
// wondered".
func qLooseAttribution(text string, toks []qToken, i int) qMention {
	e := qSentenceEndIndex(text, toks, i)
	t := toks[i]
	if !t.word || i+1 >= e {
		return qMention{}
	}
	if !qIsCapitalized(text, t) && strings.HasSuffix(qTokenText(text, t), "ed") && !qWordIn(text, t, qNotSubjects) {
		m := qPhraseAfter(text, toks, i, e)
		if m.found() && (qIsCapitalized(text, qToken{m.start, m.end, true}) || qWordIn(text, qToken{m.start, m.end, true}, qPronouns)) {
			return m
		}
		return qMention{}
	}
	j, m := qLooseSubject(text, toks, i, e)
	if !m.found() || j >= e || !toks[j].word || qIsCapitalized(text, toks[j]) || qWordIn(text, toks[j], qNotSubjects) && !qWordIn(text, toks[j], qSkippable) {
		return qMention{}
	}
	return m
}

// qLooseSubject reads the subject opening toks[i:e]: a pronoun, a
// capitalised name, or a determiner and up to six words before a word
// that looks like a verb. It returns the index after it.
func qLooseSubject(text string, toks []qToken, i, e int) (int, qMention) {
	t := toks[i]
	switch {
	case qWordIn(text, t, qPronouns):
		return i + 1, qMention{t.start, t.end}
	case qIsCapitalized(text, t) && !qWordIn(text, t, qNotSubjects):
		j := i
		for j < e && toks[j].word && (qIsCapitalized(text, toks[j]) || j > i && qWordIn(text, toks[j], qNameJoiners)) {
			j++
		}
		return j, qNameBefore(text, toks, j-1, i)
	case qWordIn(text, t, qSubjectDeterminers):
		for j := i + 1; j < e && j-i <= 7 && toks[j].word; j++ {
			if qLooksVerb(text, toks[j]) && !qIsPossessive(text, toks[j]) {
				return j, qMention{t.start, toks[j-1].end}
			}
		}
	}
	return i, qMention{}
}

// qSentenceFinal reads an attribution closing the sentence that a
// quotation is part of: "“…” against homosexuality in the mosque, he
// said." or "…, said Toner.".
func qSentenceFinal(text string, toks []qToken, i int) qMention {
	e := i
	for ; e < len(toks); e++ {
		t := toks[e]
		if t.word {
			continue
		}
		if qIsQuoteMarkToken(text, t) {
			return qMention{}
		}
		if strings.Contains(".!?", qTokenText(text, t)) && !qAfterAbbreviation(text, toks, e) {
			break
		}
	}
	if e >= len(toks) {
		return qMention{}
	}
	for c := i + 1; c+1 < e; c++ {
		if qIsPunct(text, toks[c], ",") {
			if m := qAttributionAtComma(text, toks, c, e); m.found() {
				return m
			}
		}
	}
	return qMention{}
}

// qAttributionAtComma reads an attribution that opens after the comma
// toks[c] and ends the sentence at toks[e]: "…, said RoseAnn DeMoro, …",
// "…, according to X", "…, Republican candidate Ben Carson said after the
// attacks".
func qAttributionAtComma(text string, toks []qToken, c, e int) qMention {
	if v := c + 1; qWordIn(text, toks[v], qInvertibleVerbs) && !qIsCapitalized(text, toks[v]) {
		return qPhraseAfter(text, toks, v, e)
	}
	if qIsAccordingTo(text, toks, c+1) {
		return qPhraseAfter(text, toks, c+2, e)
	}
	for v := c + 2; v < e && v-c <= 8; v++ {
		t := toks[v]
		if !t.word {
			if qIsPunct(text, t, "(") || qIsPunct(text, t, ")") || qAfterAbbreviation(text, toks, v) {
				continue
			}
			return qMention{}
		}
		if qIsSpeechVerb(text, toks, v) && !qIsParticiple(text, t) {
			if m := qSubjectBefore(text, toks, v, c+1); m.found() && qPlainPrefix(text, toks, c+1, m) {
				return m
			}
			return qMention{}
		}
	}
	return qMention{}
}

// qPlainPrefix reports whether the words from toks[i] up to the mention m
// can belong to the speaker's noun phrase ("White House spokesman" before
// "Josh Earnest"), so that the clause is an attribution and not a sentence
// that goes on ("and humanitarian access remains denied").
func qPlainPrefix(text string, toks []qToken, i int, m qMention) bool {
	if !m.found() {
		return false
	}
	for first := i; i < len(toks) && toks[i].start < m.start; i++ {
		t := toks[i]
		if !t.word || qWordIn(text, t, qDeterminers) || qWordIn(text, t, qNameJoiners) || !qWordIn(text, t, qNotSubjects) {
			continue
		}
		if t.end-t.start > 1 && qIsCapitalized(text, t) && strings.ToUpper(qTokenText(text, t)) == qTokenText(text, t) {
			continue // "US Senator Jeff Sessions": an abbreviation, not "us"
		}
		if qTokenText(text, t) == "and" && i > first && qIsCapitalized(text, toks[i-1]) && i+1 < len(toks) && qIsCapitalized(text, toks[i+1]) {
			continue // "Senate leader Phil Berger and House Speaker Tim Moore"
		}
		return false
	}
	return true
}

// qClauseEnd returns the byte offset just after the first sentence-ending
// mark in toks[i:], or hi.
func qClauseEnd(text string, toks []qToken, i, hi int) int {
	for ; i < len(toks); i++ {
		if t := toks[i]; !t.word && strings.Contains(".!?:;", qTokenText(text, t)) && !qAfterAbbreviation(text, toks, i) {
			return t.end
		}
		if t := toks[i]; !t.word && qIsQuoteMarkToken(text, t) {
			return t.start
		}
	}
	return hi
}

// qIsQuoteMarkToken reports whether t is a double quotation mark.
func qIsQuoteMarkToken(text string, t qToken) bool {
	switch qTokenText(text, t) {
	case "\"", "“", "”":
		return true
	}
	return false
}

// qIsAccordingTo reports whether toks[i:] starts with "according to".
func qIsAccordingTo(text string, toks []qToken, i int) bool {
	return i+1 < len(toks) && strings.EqualFold(qTokenText(text, toks[i]), "according") &&
		qTokenText(text, toks[i+1]) == "to"
}

// qIsReportingVerb reports whether t is a lower-case reporting verb.
func qIsReportingVerb(text string, t qToken) bool {
	return qVerbShapes.may(text, t) && !qIsCapitalized(text, t) && qWordIn(text, t, qReportingVerbs)
}

// qAttributionBefore reads the sentence before a quotation that starts at
// to, no further back than lo: "Kerry said at a press conference on
// Friday, “", "Earnest commented that "", "He said the coming days would
// determine "". The last reporting verb with a subject wins; a participle
// after a comma ("…, indicating that") defers to the clause before it.
func qAttributionBefore(text string, lo, to int) qMention {
	toks := qTokenize(text, max(lo, to-qAttributionWindow), to)
	start := qSentenceStart(text, toks)
	if m := qVerbAttribution(text, toks, start); m.found() {
		return qPreferNamedSubject(text, toks, start, m)
	}
	if m := qSentenceSubject(text, toks, start); m.found() {
		return m
	}
	return qSpeechOwner(text, toks, start)
}

// qPreferNamedSubject returns the sentence's named subject instead of a
// personal pronoun m in a "what he called" clause that stands for it
// ("Clinton says she appreciated … what she calls “…”", "Ban Ki-moon
// condemned what he called “…”"): the name is who is quoted.
func qPreferNamedSubject(text string, toks []qToken, start int, m qMention) qMention {
	k := start
	for k < len(toks) && toks[k].start < m.start {
		k++
	}
	if k == start || k >= len(toks) || !qWordIn(text, toks[k], qPersonPronouns) || qTokenText(text, toks[k-1]) != "what" {
		return m
	}
	if s := qSentenceSubject(text, toks, start); s.found() && s.end <= m.start && qIsCapitalized(text, qToken{s.start, s.end, true}) && !qWordIn(text, qToken{s.start, s.end, true}, qPronouns) {
		return s
	}
	return m
}

// qVerbAttribution finds the speaker of the last reporting verb in
// toks[start:] that has one.
func qVerbAttribution(text string, toks []qToken, start int) qMention {
	for v := start; v+1 < len(toks); v++ {
		if qIsAccordingTo(text, toks, v) { // "According to ProPublica, Clinton praised …"
			if m := qPhraseAfter(text, toks, v+1, len(toks)); m.found() {
				return m
			}
		}
	}
	for v := len(toks) - 1; v >= start; v-- {
		if qIsAccordingTo(text, toks, v) {
			return qPhraseAfter(text, toks, v+1, len(toks))
		}
		if m := qPassiveAgent(text, toks, v, start); m.found() {
			return m
		}
		if !qIsSpeechVerb(text, toks, v) {
			continue
		}
		if qIsParticiple(text, toks[v]) {
			if m := qParticipleSubject(text, toks, v, start); m.found() {
				return m // "footage of Hillary Clinton asking, “…”"
			}
			continue // "…, saying": the subject is the clause's, found before
		}
		if m := qSubjectBefore(text, toks, v, start); m.found() {
			return m
		}
		if m := qInvertedBefore(text, toks, v); m.found() {
			return m
		}
		if m := qCoordinatedSubject(text, toks, v, start); m.found() {
			return m
		}
	}
	return qOpeningVerb(text, toks, start)
}

// qCoordinators join a second verb to the subject of the first ("Cruz
// thanked the crowd and said, “…”").
var qCoordinators = qSetOf("and", "but", "then")

// qCoordinatedSubject returns the subject of the sentence for a reporting
// verb toks[v] that a coordinator joins to an earlier verb: "Sanders
// thanked the nurses and said, “…”", or of the subordinate clause that
// opens the sentence.
func qCoordinatedSubject(text string, toks []qToken, v, start int) qMention {
	if v-1 <= start || !qWordIn(text, toks[v-1], qCoordinators) {
		return qMention{}
	}
	if !qWordIn(text, toks[start], qSubordinators) {
		return qSentenceSubject(text, toks, start)
	}
	for k := start + 1; k < v; k++ {
		if qIsPunct(text, toks[k], ",") { // "As the crowd chanted, Silverman … and joked"
			return qClauseSubject(text, toks, k+1)
		}
	}
	return qClauseSubject(text, toks, start+1) // "When Trump referred to … and said"
}

// qOpeningVerbs may open a sentence before their subject and the
// quotation ("Said Comey, “…”").
var qOpeningVerbs = qSetOf("said", "says", "added", "adds", "wrote", "writes")

// qOpeningVerb reads a sentence that opens with its reporting verb and
// then names the speaker, with or without an appositive, before the
// quotation: "Said Dorothy Poynter, who grew up nearby, “…”".
func qOpeningVerb(text string, toks []qToken, start int) qMention {
	if start >= len(toks) || !qWordIn(text, toks[start], qOpeningVerbs) || !qIsCapitalized(text, toks[start]) {
		return qMention{}
	}
	m := qPhraseAfter(text, toks, start, len(toks))
	if !m.found() || !qIsCapitalized(text, qToken{m.start, m.end, true}) && !qWordIn(text, qToken{m.start, m.end, true}, qPronouns) {
		return qMention{}
	}
	return m
}

// qSpeechOwner returns the owner of the last speech noun in toks[start:]
// ("… reinforced Lavrov’s declaration … that Moscow would continue: “…”").
func qSpeechOwner(text string, toks []qToken, start int) qMention {
	for v := len(toks) - 1; v > start; v-- {
		if m := qPossessorOfSpeech(text, toks, v, start); m.found() {
			return m
		}
	}
	return qMention{}
}

// qParticipleSubject returns the name right before the participle
// toks[v] ("Hillary Clinton asking"), unless it is a time or the object of
// a preposition ("on Wednesday saying", "wrote on Facebook, saying").
func qParticipleSubject(text string, toks []qToken, v, start int) qMention {
	for v-1 > start && qIsAdverb(text, toks[v-1]) {
		v-- // "Cruz recently promising"
	}
	if v-1 < start {
		return qMention{}
	}
	p := toks[v-1]
	if !qIsCapitalized(text, p) || qWordIn(text, p, qNotSubjects) || qWordIn(text, p, qTimeWords) || qWordIn(text, p, qMonths) {
		return qMention{}
	}
	m := qNameBefore(text, toks, v-1, start)
	if k := qTokenIndex(toks, m.start) - 1; k >= start && qWordIn(text, toks[k], qMediumPrepositions) {
		return qMention{}
	}
	return m
}

// qMediumPrepositions name where something was said, not who said it
// ("wrote on Facebook, saying").
var qMediumPrepositions = qSetOf("on", "in", "at", "via", "to", "from", "during", "for", "through")

// qMonths are the month names, which never speak.
var qMonths = qSetOf("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december")

// qPassiveAuxiliaries make a reporting verb passive ("was asked by").
var qPassiveAuxiliaries = qSetOf("was", "were", "been", "being", "is", "are")

// qPassiveAgent returns the agent of a passive reporting verb, who speaks
// ("Sanders was asked by host Bill Maher, “…”").
func qPassiveAgent(text string, toks []qToken, v, start int) qMention {
	if v-1 < start || v+1 >= len(toks) || qTokenText(text, toks[v+1]) != "by" || !qIsReportingVerb(text, toks[v]) || !qWordIn(text, toks[v-1], qPassiveAuxiliaries) {
		return qMention{}
	}
	return qPhraseAfter(text, toks, v+1, len(toks))
}

// qSpeechNouns name something said or written; their possessor is its
// speaker ("Lavrov’s declaration … that Moscow would continue: “…”").
var qSpeechNouns = qSetOf("statement", "statements", "declaration", "remarks", "comments", "comment",
	"words", "message", "warning", "claim", "claims", "announcement", "tweet", "tweets", "letter",
	"speech", "response", "reply", "argument", "assertion", "accusation", "promise", "pledge", "vow",
	"plea", "slogan", "motto", "question", "answer", "explanation", "assessment", "testimony", "memo",
	"email", "op-ed", "column", "editorial", "interview", "rhetoric", "criticism", "description", "post")

// qPossessorOfSpeech returns the name owning the speech noun toks[v]
// ("Lavrov’s declaration"), without its possessive ending.
func qPossessorOfSpeech(text string, toks []qToken, v, start int) qMention {
	if v-1 < start || !qWordIn(text, toks[v], qSpeechNouns) {
		return qMention{}
	}
	o := v - 1
	for o > start && v-o < 3 && toks[o].word && !qIsPossessive(text, toks[o]) && !qWordIn(text, toks[o], qNotSubjects) {
		o-- // "Bush's Facebook post"
	}
	p := toks[o]
	if !qIsPossessive(text, p) || !qIsCapitalized(text, p) {
		return qMention{}
	}
	m := qNameBefore(text, toks, o, start)
	m.end = p.end - len("’s")
	if strings.HasSuffix(qTokenText(text, p), "'s") {
		m.end = p.end - len("'s")
	}
	return m
}

// qIsSpeechVerb reports whether toks[v] is a reporting verb used as one: a
// weak verb ("continued", "called") only when punctuation, "that" or the
// end of the window follows it.
func qIsSpeechVerb(text string, toks []qToken, v int) bool {
	t := toks[v]
	if !t.word || !qIsReportingVerb(text, t) {
		return false
	}
	if !qWordIn(text, t, qWeakVerbs) {
		return true
	}
	if v > 0 && (qWordIn(text, toks[v-1], qNounMarkers) || qIsPossessive(text, toks[v-1])) || v > 1 && qWordIn(text, toks[v-2], qNounMarkers) {
		return false // "in somber comments,", "his remarks", "Rubio's claim"
	}
	if v+1 >= len(toks) {
		return true
	}
	next := toks[v+1]
	if !next.word && qWordIn(text, t, qNounLikeVerbs) && (v == 0 || !qWordIn(text, toks[v-1], qPronouns)) {
		return false // "in a heavily Democratic state.": a noun
	}
	return !next.word || qWordIn(text, next, qSpeechObjects) || qObjectThenQuote(text, toks, v) ||
		qTokenText(text, next) == "out" && qWordIn(text, t, qOutVerbs) || qAddresseeThenSpeech(text, toks, v)
}

// qNounLikeVerbs are bare verb forms that are nouns as often ("the
// state.", "a comment,"): before punctuation they report speech only after
// a pronoun ("we note,").
var qNounLikeVerbs = qSetOf("state", "note", "comment", "claim", "report", "post", "tweet", "answer",
	"reply", "charge", "remark", "demand", "pledge", "vow", "promise", "stress", "reason", "caution",
	"counter", "mention", "call", "repeat", "warning")

// qOutVerbs report speech with "out" after them ("pointed out, “…”").
var qOutVerbs = qSetOf("points", "pointed", "call", "calls", "called")

// qAddresseeVerbs name who is spoken to before what is said ("told Fox
// News anchor Megyn Kelly that …").
var qAddresseeVerbs = qSetOf("tell", "tells", "told", "telling", "ask", "asks", "asked", "asking", "warn", "warns", "warned")

// qAddresseeThenSpeech reports whether the verb toks[v] that names its
// addressee is followed, within six words, by "that", a comma or a
// colon: the addressee, then what was said.
func qAddresseeThenSpeech(text string, toks []qToken, v int) bool {
	if !qWordIn(text, toks[v], qAddresseeVerbs) {
		return false
	}
	for k := v + 1; k < len(toks) && k-v <= 7; k++ {
		t := toks[k]
		switch {
		case qTokenText(text, t) == "that" || qIsPunct(text, t, ",") || qIsPunct(text, t, ":"):
			return k > v+1
		case !t.word && !qAfterAbbreviation(text, toks, k) || qWordIn(text, t, qSkippable) || qIsReportingVerb(text, t):
			return false
		}
	}
	return false
}

// qObjectThenQuote reports whether at most four words, no punctuation,
// stand between the weak verb toks[v] and the quotation at the end of toks:
// the verb names what the quotation calls something ("called the Indiana
// governor “…”", "described the plan as “…”").
func qObjectThenQuote(text string, toks []qToken, v int) bool {
	n := len(toks) - v - 1
	if w := qTokenText(text, toks[v]); n > 4 || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s") {
		return false // a bare form is a noun as often as a verb ("mental state is")
	}
	for _, t := range toks[v+1:] {
		if !t.word || qWordIn(text, t, qSkippable) {
			return false
		}
	}
	return true
}

// qSpeechObjects after a weak verb make it report words: "that" ("noted
// that"), or the thing named ("called him “the grownup”").
var qSpeechObjects = qSetOf("that", "him", "her", "it", "them", "himself", "herself", "itself", "themselves")

// qNounMarkers before a weak verb's form show it is a noun ("in somber
// comments", "his remarks", "the reports").
var qNounMarkers = qSetOf("in", "the", "a", "an", "his", "her", "their", "its", "our", "my",
	"of", "these", "those", "with", "by", "after", "before", "for")

// qColonName reads "… doesn’t surprise Republican pollster Daron Shaw: “…”":
// the capitalised name that ends the text before a quotation, right before
// a colon. A sentence that is only a name, as in a transcript or a list of
// answers, labels its speaker ("Clinton: “…”", "Rep. Trey Gowdy
// (R-S.C.): “…”").
func qColonName(text string, toks []qToken, start int) qMention {
	n := len(toks)
	if n-2 < start || !qIsPunct(text, toks[n-1], ":") {
		return qMention{}
	}
	j := qBeforeParens(text, toks, n-2, start)
	if j >= start && qIsSpeakerLabel(text, toks[start:j+1]) {
		return qNameBefore(text, toks, j, start)
	}
	if !qIsCapitalized(text, toks[n-2]) || n-2 == start {
		return qMention{}
	}
	return qNameBefore(text, toks, n-2, start+1)
}

// qIsSpeakerLabel reports whether toks, a whole sentence before a colon,
// are a name: capitalised words, joiners and abbreviation stops, none of
// them a sentence opener ("However") or a heading word ("Update").
func qIsSpeakerLabel(text string, toks []qToken) bool {
	words := 0
	for _, t := range toks {
		switch {
		case !t.word && qTokenText(text, t) == ".":
		case !t.word || !qIsCapitalized(text, t) && !qWordIn(text, t, qNameJoiners):
			return false
		case qWordIn(text, t, qDiscourse) || qWordIn(text, t, qNotLabels) || qWordIn(text, t, qNotSubjects) && !qWordIn(text, t, qNameJoiners):
			return false
		default:
			words++
		}
	}
	return words > 0 && words <= 5
}

// qNotLabels head a line before a colon without naming a speaker.
var qNotLabels = qSetOf("update", "updated", "note", "correction", "editor", "editors", "breaking",
	"quote", "quotes", "source", "sources", "question", "answer", "q", "excerpt", "excerpts",
	"transcript", "statement", "headline", "caption", "photo", "video", "watch", "read", "listen",
	"disclaimer", "warning", "verdict", "translation", "context", "background", "summary", "example",
	"bottom", "line", "related", "tweet", "text", "full", "key")

// qInvertedBefore reads "said Toner:" right before a quotation: the phrase
// after the verb must run up to the quotation, with only punctuation left.
func qInvertedBefore(text string, toks []qToken, v int) qMention {
	if !qWordIn(text, toks[v], qInvertibleVerbs) || len(toks)-v > 12 {
		return qMention{}
	}
	if w := qTokenText(text, toks[v]); w == "say" || w == "add" || w == "ask" {
		return qMention{} // "refusing to say the words “…”"
	}
	m := qPhraseAfter(text, toks, v, len(toks))
	if !m.found() || !qIsCapitalized(text, qToken{m.start, m.end, true}) && !qWordIn(text, qToken{m.start, m.end, true}, qPronouns) {
		return qMention{}
	}
	for _, t := range toks[v+1:] {
		if t.start >= m.end && t.word {
			return qMention{}
		}
	}
	return m
}

// qSentenceStart returns the index of the first token of the last sentence
// in toks.
func qSentenceStart(text string, toks []qToken) int {
	for i := len(toks) - 2; i >= 0; i-- {
		t := toks[i]
		if t.word || !strings.Contains(".!?", qTokenText(text, t)) {
			continue
		}
		if qAfterAbbreviation(text, toks, i) {
			continue
		}
		next := toks[i+1]
		if qIsCapitalized(text, next) || !next.word && !strings.Contains(",)]", qTokenText(text, next)) {
			return i + 1
		}
	}
	return 0
}

// qAfterAbbreviation reports whether the full stop toks[i] ends an
// abbreviation ("Mr.", "Feb.") rather than a sentence.
func qAfterAbbreviation(text string, toks []qToken, i int) bool {
	if i == 0 || qTokenText(text, toks[i]) != "." || !toks[i-1].word || toks[i-1].end != toks[i].start {
		return false
	}
	prev := toks[i-1]
	initial := prev.end-prev.start == 1 && qIsCapitalized(text, prev) || qIsInitials(qTokenText(text, prev))
	if initial || qWordIn(text, prev, qAbbreviations) {
		return true
	}
	// "N.C., who", "R-Ky., said": a comma or a lower-case word after the
	// stop shows the sentence goes on.
	if i+1 >= len(toks) {
		return false
	}
	next := toks[i+1]
	return next.start == toks[i].end && qIsPunct(text, next, ",") || next.word && !qIsCapitalized(text, next) && qIsLetterWord(text, next)
}

// qIsInitials reports whether w is single letters joined by stops
// ("G.K", "H.W").
func qIsInitials(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; i%2 == 1 && c != '.' || i%2 == 0 && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return true
}

// qSkipParens returns the index of the ")" closing the "(" at toks[k]
// ("Sen. Claire McCaskill (D-Mo.) said"), or k when there is none nearby.
func qSkipParens(text string, toks []qToken, k int) int {
	for j := k + 1; j < len(toks) && j-k <= 8; j++ {
		if qIsPunct(text, toks[j], ")") {
			return j
		}
	}
	return k
}
