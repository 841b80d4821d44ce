package highlight

import (
	"sort"
	"strings"
)

// This file finds who a quotation is attributed to: the mention (a name, a
// noun phrase or a pronoun) that is the subject or object of a reporting
// verb next to the quotation, or that follows "according to".

// qMention is the byte range of a speaker mention; end == 0 means none.
type qMention struct{ start, end int }

// found reports whether m is a mention.
func (m qMention) found() bool { return m.end > m.start }

// qReportingVerbs are the verbs that attribute speech, in every form.
var qReportingVerbs = qSetOf(
	"say", "says", "said", "saying", "tell", "tells", "told", "telling",
	"add", "adds", "added", "adding", "warn", "warns", "warned", "warning",
	"insist", "insists", "insisted", "insisting", "claim", "claims", "claimed", "claiming",
	"note", "notes", "noted", "noting", "continue", "continues", "continued",
	"underline", "underlines", "underlined", "underlining", "state", "states", "stated", "stating",
	"explain", "explains", "explained", "explaining", "comment", "comments", "commented",
	"declare", "declares", "declared", "declaring", "announce", "announces", "announced",
	"argue", "argues", "argued", "arguing", "assert", "asserts", "asserted", "asserting",
	"write", "writes", "wrote", "writing", "tweet", "tweets", "tweeted", "tweeting",
	"ask", "asks", "asked", "asking", "reply", "replies", "replied", "replying",
	"respond", "responds", "responded", "responding", "recall", "recalls", "recalled", "recalling",
	"acknowledge", "acknowledges", "acknowledged", "acknowledging", "admit", "admits", "admitted",
	"suggest", "suggests", "suggested", "suggesting", "complain", "complains", "complained",
	"contend", "contends", "contended", "predict", "predicts", "predicted", "promise", "promised",
	"observe", "observes", "observed", "remark", "remarks", "remarked", "report", "reports", "reported",
	"quip", "quips", "quipped", "joke", "jokes", "joked", "concede", "concedes", "conceded",
	"conclude", "concludes", "concluded", "repeat", "repeats", "repeated", "stress", "stresses", "stressed",
	"emphasize", "emphasizes", "emphasized", "emphasise", "emphasised", "indicate", "indicates", "indicated", "indicating",
	"mention", "mentions", "mentioned", "urge", "urges", "urged", "urging", "vow", "vows", "vowed",
	"points", "pointed", "tout", "touts", "touted", "boast", "boasts", "boasted",
	"shout", "shouts", "shouted", "yell", "yelled", "scream", "screamed", "cry", "cried",
	"whisper", "whispered", "reiterate", "reiterated", "reiterates", "confirm", "confirms", "confirmed",
	"agree", "agrees", "agreed", "describe", "describes", "described",
	"call", "calls", "called", "post", "posted", "posts", "told", "thunder", "thundered",
	"begin", "began", "begins", "counter", "countered", "counters", "interject", "interjected",
	"charge", "charged", "charges", "allege", "alleged", "alleges", "opine", "opined",
	"recount", "recounted", "demand", "demanded", "demands", "plead", "pleaded", "pledge", "pledged",
	"predicts", "muse", "mused", "exclaim", "exclaimed", "retort", "retorted", "read", "reads",
	"ask", "hint", "hinted", "hints", "explain", "elaborate", "elaborated", "advise", "advised",
	"caution", "cautioned", "cautions", "wonder", "wondered", "wonders", "reason", "reasoned",
	"insisted", "proclaim", "proclaimed", "testify", "testified", "acknowledged", "texted", "emailed",
	"wrote", "put", "puts", "conceded", "bark", "barked", "snap", "snapped", "mock", "mocked",
	"lament", "lamented", "bemoan", "bemoaned", "scoff", "scoffed", "chime", "chimed", "gush", "gushed",
	"rail", "railed", "blast", "blasted", "slam", "slammed", "fume", "fumed", "sing", "sang", "sings",
	"chant", "chanted", "chanting", "answer", "answered", "answers", "stated", "decry", "decried",
	"praise", "praised", "criticize", "criticized", "accuse", "accused", "accuses", "told",
	"echo", "echoed", "echoes", "agree", "agrees",
)

// qWeakVerbs report speech only when punctuation, "that" or the quotation
// follows them ("he continued, “…”"), not with an object ("would continue
// its attacks").
var qWeakVerbs = qSetOf("continue", "continues", "continued", "call", "calls", "called", "describe",
	"describes", "described", "read", "reads", "put", "puts", "post", "posts", "posted", "report",
	"reports", "reported", "points", "pointed", "begin", "began", "begins", "indicate",
	"indicates", "indicated", "indicating", "urge", "urges", "urged", "urging", "promise", "promised",
	"demand", "demanded", "demands", "agree", "agrees", "agreed", "tweet", "tweets", "answer", "answers",
	"reply", "replies", "post",
	"confirm", "confirms", "confirmed", "recall", "recalls", "recalled", "repeat", "repeats",
	"repeated", "state", "states", "stated", "note", "notes", "noted", "add", "adds", "added",
	"charge", "charged", "charges", "allege", "alleged", "alleges", "reason", "reasoned", "stress",
	"stresses", "stressed", "remark", "remarks", "comment", "comments", "claim", "claims", "warn",
	"warns", "warning", "advise", "advised", "caution", "cautioned", "cautions", "wonder",
	"wondered", "wonders", "mention", "mentions", "mentioned", "vow", "vows", "vowed", "pledge",
	"pledged", "plead", "pleaded", "counter", "counters", "countered", "joke", "jokes", "observe",
	"observes", "observed", "hint", "hints", "hinted", "reiterate", "reiterates", "reiterated", "ask", "asks", "asked", "asking", "tell",
	"tells", "telling", "tout", "touts", "touted")

// qInvertibleVerbs may come before their subject right after a quotation
// ("…,” said Toner).
var qInvertibleVerbs = qSetOf("say", "says", "said", "add", "adds", "added", "continued", "continues",
	"noted", "notes", "wrote", "writes", "asked", "asks", "replied", "replies", "explained",
	"explains", "recalled", "recalls", "insisted", "insists", "warned", "warns", "argued", "argues",
	"declared", "stated", "states", "claimed", "claims", "observed", "remarked", "quipped",
	"concluded", "stressed", "tweeted", "countered", "offered", "joked", "admitted", "conceded",
	"suggested", "responded", "read", "reads", "predicted", "announced", "agrees", "agreed",
	"echoed", "echoes", "chimed", "shot", "fired", "retorted", "snapped", "barked", "cautioned")

// qPronouns may stand for a speaker.
var qPronouns = qSetOf("he", "she", "they", "it", "i", "we", "you")

// qRelativeSubjects open a relative clause as its subject ("Obama, who
// called …"); the speaker is the noun phrase before them.
var qRelativeSubjects = qSetOf("who", "which")

// qPersonPronouns stand for a person.
var qPersonPronouns = qSetOf("he", "she")

// qSkippable words stand between a subject and its verb ("he later said",
// "Trump has also said").
var qSkippable = qSetOf("has", "have", "had", "was", "is", "were", "would", "will", "also", "later",
	"then", "again", "previously", "once", "recently", "repeatedly", "just", "further", "often",
	"still", "even", "never", "did", "does", "do", "may", "might", "could", "should", "can", "not",
	"reportedly", "had", "already", "too", "herself", "himself", "themselves", "itself", "all",
	"both", "first", "last", "simply", "only", "soon", "publicly", "privately")

// qTimeWords name a time that may stand between a subject and its verb
// ("Priebus later Thursday told", "Sanders on Tuesday night warned").
var qTimeWords = qSetOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"today", "yesterday", "tonight", "night", "morning", "afternoon", "evening", "week", "weekend")

// qTimeLeads open a time phrase before a verb ("on Tuesday", "last week").
var qTimeLeads = qSetOf("on", "last", "this", "late", "early", "that")

// qIsTimeBefore reports whether toks[j] belongs to a time phrase that ends
// right before a verb: a time word, or a lead word before one.
func qIsTimeBefore(text string, toks []qToken, j, lo int) bool {
	if qWordIn(text, toks[j], qTimeWords) {
		return j > lo
	}
	return j+1 < len(toks) && qWordIn(text, toks[j], qTimeLeads) && qWordIn(text, toks[j+1], qTimeWords) && j > lo
}

// qDeterminers open a noun phrase ("a source", "the campaign").
var qDeterminers = qSetOf("a", "an", "the", "another", "one", "two", "three", "some", "many",
	"several", "other", "his", "her", "their", "its", "our", "this", "that", "these", "those", "most")

// qNotSubjects are words that end a noun phrase rather than head it.
var qNotSubjects = qSetOf("that", "which", "who", "whom", "and", "or", "but", "as", "to", "of",
	"in", "on", "at", "for", "with", "by", "from", "about", "if", "when", "while", "because",
	"so", "what", "where", "how", "why", "there", "here", "this", "these", "those", "not", "been",
	"being", "be", "than", "then", "also", "after", "before", "since", "until", "into", "over",
	"under", "during", "through", "against", "without", "within", "between", "among", "per",
	"some", "any", "no", "yes", "said", "says", "say", "told", "tell", "just", "a", "an", "the",
	"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should",
	"may", "might", "must", "do", "does", "did", "him", "her", "them", "me", "us", "whose",
	"all", "each", "every", "both", "either", "neither", "like", "unlike", "way", "time")

// qPhraseStops end a noun phrase after a verb ("said Toner in a statement").
var qPhraseStops = qSetOf("who", "in", "on", "at", "during", "after", "before", "while", "when",
	"adding", "to", "that", "as", "from", "with", "and", "but", "because", "since", "last",
	"this", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "told", "speaking", "referring", "via", "where", "which",
	"about", "if", "than", "though", "although", "following", "before", "earlier", "later", "recently")

// qTitles are words of a title before a name ("Secretary of State John Kerry").
var qTitles = qSetOf("president", "secretary", "state", "minister", "foreign", "prime", "defense",
	"defence", "press", "senator", "sen", "rep", "representative", "gov", "governor", "ambassador",
	"spokesman", "spokeswoman", "spokesperson", "general", "gen", "dr", "mr", "mrs", "ms", "captain",
	"navy", "chief", "envoy", "special", "deputy", "vice", "former", "chairman", "chairwoman", "chair",
	"director", "leader", "mayor", "judge", "justice", "pope", "king", "queen", "prince", "sheikh",
	"colonel", "col", "lt", "commander", "admiral", "sergeant", "officer", "official", "democratic",
	"republican", "candidate", "nominee", "speaker", "majority", "minority", "house", "white",
	"department", "ministry", "un", "us", "u.s", "attorney", "host", "anchor", "professor", "prof",
	"executive", "ceo", "founder", "analyst", "rev", "reverend", "sir", "lord", "lady", "dame",
	"correspondent", "editor", "reporter", "columnist", "presidential", "assistant", "adviser",
	"advisor", "aide", "strategist", "pollster", "economist", "activist", "lawyer", "attorney-general")

// qNameJoiners may stand inside a name ("Staffan de Mistura", "Bashar al Assad").
var qNameJoiners = qSetOf("de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "al",
	"el", "bin", "ibn", "la", "le", "st", "of")

// qAbbreviations end with a full stop that does not end a sentence.
var qAbbreviations = qSetOf("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "st",
	"jr", "sr", "no", "vs", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "aug", "sept",
	"sep", "oct", "nov", "dec", "prof", "rev", "capt", "cmdr", "adm", "sgt", "maj", "u.s", "d.c",
	"u.k", "u.n", "mt", "ft", "a.m", "p.m", "r", "d", "i")

// qIsParticiple reports whether the verb t is an -ing form, which takes its
// subject from the clause before ("…, indicating that").
func qIsParticiple(text string, t qToken) bool {
	return strings.HasSuffix(qTokenText(text, t), "ing")
}

// qIsPunct reports whether t is the punctuation mark p.
func qIsPunct(text string, t qToken, p string) bool {
	return !t.word && qTokenText(text, t) == p
}

// qSubjectBefore finds the subject of the reporting verb toks[v], looking no
// further back than toks[lo].
func qSubjectBefore(text string, toks []qToken, v, lo int) qMention {
	j := v - 1
	if j >= lo && qIsNameNotAuxiliary(text, toks[j]) {
		return qNameBefore(text, toks, j, lo) // "Will wrote", "May said"
	}
	for j >= lo && toks[j].word && (qWordIn(text, toks[j], qSkippable) || qIsAdverb(text, toks[j]) || qIsTimeBefore(text, toks, j, lo) || qIsNegatedAuxiliary(text, toks[j])) {
		j--
	}
	j = qBeforeParens(text, toks, j, lo) // "Sen. John Cornyn (R-Texas) told"
	if j < lo {
		return qMention{}
	}
	t := toks[j]
	switch {
	case qWordIn(text, t, qPronouns) || qWordIn(text, t, qRelativeSubjects) && j > lo:
		return qMention{t.start, t.end} // "Obama, who called it “…”"
	case qIsPunct(text, t, ","):
		return qAppositiveSubject(text, toks, j, lo)
	case qIsCapitalized(text, t) && !qWordIn(text, t, qNotSubjects):
		return qNameBefore(text, toks, j, lo)
	case t.word && !qWordIn(text, t, qNotSubjects):
		m := qNounPhraseBefore(text, toks, j, lo)
		if k := qTokenIndex(toks, m.start) - 1; k > lo && qWordIn(text, toks[k], qPlacePrepositions) {
			return qSubjectBefore(text, toks, k, lo) // "Trump in his announcement speech called"
		}
		return m
	}
	return qMention{}
}

// qIsNameNotAuxiliary reports whether t, right before a reporting verb, is
// a name spelt like an auxiliary ("Will wrote", "May said"): capitalised,
// where an auxiliary in that place would be lower case.
func qIsNameNotAuxiliary(text string, t qToken) bool {
	return qIsCapitalized(text, t) && qWordIn(text, t, qModalNames)
}

// qModalNames are auxiliaries that are also names.
var qModalNames = qSetOf("will", "may")

// qPlacePrepositions open a phrase that may stand between a subject and its
// verb ("Trump in his speech called", "Clinton at a rally said").
var qPlacePrepositions = qSetOf("in", "on", "at", "during", "after", "before", "through", "over")

// qTokenIndex returns the index of the token starting at byte start.
func qTokenIndex(toks []qToken, start int) int {
	return sort.Search(len(toks), func(i int) bool { return toks[i].start >= start })
}

// qBeforeParens returns the index before the parenthesis that toks[j]
// closes, or j when toks[j] is not ")".
func qBeforeParens(text string, toks []qToken, j, lo int) int {
	if j < lo || !qIsPunct(text, toks[j], ")") {
		return j
	}
	for k := j - 1; k >= lo && j-k <= 8; k-- {
		if qIsPunct(text, toks[k], "(") {
			return k - 1
		}
	}
	return j
}

// qIsNegatedAuxiliary reports whether t is an auxiliary with "n't"
// ("didn't", "won’t").
func qIsNegatedAuxiliary(text string, t qToken) bool {
	w := qTokenText(text, t)
	return strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// qIsAdverb reports whether t is a lower-case -ly word ("he flatly said").
func qIsAdverb(text string, t qToken) bool {
	w := qTokenText(text, t)
	return len(w) > 3 && strings.HasSuffix(w, "ly") && !qIsCapitalized(text, t)
}

// qAppositiveSubject reads "Soe Min, a USDP member, said" and "The EU's
// foreign affairs chief, Federica Mogherini, said": the subject is the name
// on either side of the appositive ending at the comma toks[c], else the
// phrase before it. With no opening comma ("Spokesman Dmitry Peskov,
// said") it is the name before the comma.
func qAppositiveSubject(text string, toks []qToken, c, lo int) qMention {
	k := c - 1
	for k > lo && c-k <= 25 && (toks[k].word || !qIsPunct(text, toks[k], ",")) {
		if !toks[k].word && !strings.Contains("’'().", qTokenText(text, toks[k])) {
			break
		}
		k--
	}
	if k <= lo || !qIsPunct(text, toks[k], ",") {
		j := qBeforeParens(text, toks, c-1, lo)
		if j >= lo && qIsCapitalized(text, toks[j]) {
			return qNameBefore(text, toks, j, lo)
		}
		return qMention{}
	}
	if qIsNameRun(text, toks[k+1:c]) {
		return qNameBefore(text, toks, c-1, k+1)
	}
	return qHeadBefore(text, toks, k-1, lo)
}

// qHeadBefore returns the pronoun, name or noun phrase ending at toks[j].
func qHeadBefore(text string, toks []qToken, j, lo int) qMention {
	j = qBeforeParens(text, toks, j, lo)
	if j < lo {
		return qMention{}
	}
	switch t := toks[j]; {
	case qWordIn(text, t, qPronouns):
		return qMention{t.start, t.end}
	case qIsCapitalized(text, t) && !qWordIn(text, t, qNotSubjects):
		return qNameBefore(text, toks, j, lo)
	case t.word && !qWordIn(text, t, qNotSubjects):
		return qNounPhraseBefore(text, toks, j, lo)
	}
	return qMention{}
}

// qIsNameRun reports whether toks are all capitalised words or name joiners,
// the last capitalised.
func qIsNameRun(text string, toks []qToken) bool {
	if len(toks) == 0 || len(toks) > 5 || !qIsCapitalized(text, toks[len(toks)-1]) {
		return false
	}
	for _, t := range toks {
		if !qIsCapitalized(text, t) && !qWordIn(text, t, qNameJoiners) {
			return false
		}
	}
	return true
}

// qSentenceSubject returns the subject that opens the sentence toks[lo:]
// when it is a pronoun or a name ("However, Pentagon spokesman Navy Captain
// Jeff Davis rejected …", "He expressed …"): the speaker of a partial
// quotation whose verb is not a reporting verb.
func qSentenceSubject(text string, toks []qToken, lo int) qMention {
	if m := qClauseSubject(text, toks, lo); m.found() {
		return m
	}
	// "Last month, FBI Director James Comey called …": past an opening
	// phrase that ends in a comma.
	for k := lo; k < len(toks) && k-lo <= 20; k++ {
		if qIsPunct(text, toks[k], ",") {
			return qClauseSubject(text, toks, k+1)
		}
	}
	return qMention{}
}

// qClauseSubject returns the subject opening the clause at toks[lo].
func qClauseSubject(text string, toks []qToken, lo int) qMention {
	i := lo
	for i < len(toks) && (!toks[i].word || qWordIn(text, toks[i], qDiscourse)) {
		i++
	}
	if i >= len(toks) {
		return qMention{}
	}
	t := toks[i]
	switch {
	case qWordIn(text, t, qPersonPronouns):
		return qMention{t.start, t.end}
	case qWordIn(text, t, qSubjectDeterminers):
		return qDeterminedSubject(text, toks, i)
	case qWordIn(text, t, qNotSubjects) || qWordIn(text, t, qPhraseStops) || !qIsLetterWord(text, t) || qIsParticiple(text, t) ||
		qWordIn(text, t, qTimeWords) || qIsOpeningAdverb(text, toks, i):
		return qMention{}
	}
	j := qNameRunEnd(text, toks, i)
	if j == i || j >= len(toks) || !qIsCapitalized(text, toks[j-1]) {
		return qMention{}
	}
	if qIsPossessive(text, toks[j-1]) {
		return qPossessiveSubject(text, toks, i, j)
	}
	k := qSkipParens(text, toks, j) // "Sen. Pat Toomey (R-Pa.) refused"
	if k > j {
		k++
	}
	if k >= len(toks) || !qLeadsPredicate(text, toks[k]) {
		return qMention{}
	}
	return qNameBefore(text, toks, j-1, i)
}

// qIsOpeningAdverb reports whether the -ly word toks[i] that opens a
// clause is an adverb ("Finally, …", "clearly") rather than a name ending
// the same way ("Carly Fiorina threw …", "Kelly said …"): lower case, or
// followed by a comma.
func qIsOpeningAdverb(text string, toks []qToken, i int) bool {
	if !strings.HasSuffix(qTokenText(text, toks[i]), "ly") {
		return false
	}
	return !qIsCapitalized(text, toks[i]) || i+1 < len(toks) && qIsPunct(text, toks[i+1], ",")
}

// qNameRunEnd returns the index after the subject's name that starts at
// toks[i]: capitalised words, title words, name joiners and abbreviation
// stops ("Former Florida Gov. Jeb Bush"), and lower-case descriptors before
// a name ("Republican presidential front-runner Donald Trump").
func qNameRunEnd(text string, toks []qToken, i int) int {
	j, end := i, i
	for j < len(toks) && j-i < 10 {
		t := toks[j]
		switch {
		case t.word && (qIsCapitalized(text, t) || qWordIn(text, t, qNameJoiners) && j > i):
			j++
			end = j
			continue
		case t.word && qIsDescriptor(text, t):
			j++
			continue
		case j > i && qAfterAbbreviation(text, toks, j) && j+1 < len(toks) && qIsCapitalized(text, toks[j+1]):
			j++
			continue
		}
		break
	}
	return end
}

// qIsDescriptor reports whether the lower-case word t can describe a name
// that follows it ("presidential", "front-runner", "former"): a title
// word, or a word that is neither a function word nor a verb form.
func qIsDescriptor(text string, t qToken) bool {
	if qWordIn(text, t, qTitles) {
		return true
	}
	return !qWordIn(text, t, qNotSubjects) && !qWordIn(text, t, qSkippable) && !qLooksVerb(text, t) &&
		!qIsReportingVerb(text, t) && !qIsParticiple(text, t) && qIsLetterWord(text, t)
}

// qPossessiveSubject reads a subject owned by the name toks[i:j] ("Hoff’s
// letter makes a case"): the name and up to three lower-case words before a
// word that looks like a verb.
func qPossessiveSubject(text string, toks []qToken, i, j int) qMention {
	if m := qPossessorOfSpeech(text, toks, j, i); m.found() {
		return m // "Donald Trump's accusation that …"
	}
	for k := j; k < len(toks) && k-j < 4 && toks[k].word && !qIsCapitalized(text, toks[k]); k++ {
		if k > j && (qLooksVerb(text, toks[k]) || qWordIn(text, toks[k], qSkippable) || qIsReportingVerb(text, toks[k])) {
			return qMention{toks[i].start, toks[k-1].end}
		}
		if qWordIn(text, toks[k], qNotSubjects) {
			break
		}
	}
	if j+1 < len(toks) && !qIsContraction(text, toks[j-1]) && qIsPlainLower(text, toks[j]) && qIsPlainLower(text, toks[j+1]) && !qIsParticiple(text, toks[j+1]) {
		return qMention{toks[i].start, toks[j].end} // "Clinton's campaign took": one noun, then its verb
	}
	return qMention{}
}

// qContracted are the words whose 's is "is" or "us", not a possessive
// ("It's become", "Let's").
var qContracted = qSetOf("it", "that", "what", "there", "here", "he", "she", "who", "let", "where", "how")

// qIsContraction reports whether the word t ending in 's is a contraction.
func qIsContraction(text string, t qToken) bool {
	w := qTokenText(text, t)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return qContracted[strings.ToLower(w)]
}

// qIsPlainLower reports whether t is a lower-case letter word that is
// neither a function word, a determiner nor an auxiliary.
func qIsPlainLower(text string, t qToken) bool {
	return t.word && !qIsCapitalized(text, t) && qIsLetterWord(text, t) && !qWordIn(text, t, qNotSubjects) && !qWordIn(text, t, qSkippable) &&
		!qWordIn(text, t, qDeterminers)
}

// qLeadsPredicate reports whether t, right after a name, can begin what is
// said about it: a lower-case word that is not a preposition or
// conjunction, or the comma of an appositive ("Trump, who …, mocked").
func qLeadsPredicate(text string, t qToken) bool {
	if !t.word {
		return qIsPunct(text, t, ",")
	}
	return !qIsCapitalized(text, t) && (qWordIn(text, t, qSkippable) || !qWordIn(text, t, qNotSubjects))
}

// qSubjectDeterminers open a noun-phrase subject ("The Florida senator is
// telling reporters …").
var qSubjectDeterminers = qSetOf("the", "a", "an", "another", "these", "those", "his", "her",
	"their", "its", "many", "some", "several", "most")

// qDeterminedSubject returns the noun phrase opened by the determiner
// toks[i]: up to five words, ending before an auxiliary, a preposition, a
// reporting verb or a word that looks like a verb (-ed, -s) once a noun
// has been seen.
func qDeterminedSubject(text string, toks []qToken, i int) qMention {
	j := i + 1
	for j < len(toks) && j-i <= 5 && toks[j].word {
		t := toks[j]
		if qWordIn(text, t, qSkippable) || qWordIn(text, t, qNotSubjects) || j > i+1 && (qIsReportingVerb(text, t) || qLooksVerb(text, t)) {
			break
		}
		j++
	}
	if j == i+1 || j-i > 5 || j >= len(toks) || !toks[j].word && !qIsPunct(text, toks[j], ",") {
		return qMention{}
	}
	return qMention{toks[i].start, toks[j-1].end} // "The 43-year-old former congressman, who …"
}

// qLooksVerb reports whether the lower-case word t looks like a verb in
// the past or present tense.
func qLooksVerb(text string, t qToken) bool {
	w := qTokenText(text, t)
	return !qIsCapitalized(text, t) && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"))
}

// qDiscourse are sentence openers that are not the subject.
var qDiscourse = qSetOf("however", "but", "and", "meanwhile", "still", "instead", "yet", "also", "even", "only",
	"so", "then", "later", "earlier", "now", "moreover", "indeed", "separately", "previously", "first",
	"second", "third", "finally", "again", "overall", "ultimately", "elsewhere", "amid", "despite",
	"following", "ask", "asked", "there", "here", "thus", "therefore", "nevertheless", "nonetheless")

// qNameBefore returns the capitalised name ending at toks[j], without the
// title words before it ("Secretary of State John Kerry" gives "John
// Kerry"), or the whole run when it is all title.
func qNameBefore(text string, toks []qToken, j, lo int) qMention {
	k := j
	for k-1 >= lo {
		if k-2 >= lo && qAfterAbbreviation(text, toks, k-1) && qIsCapitalized(text, toks[k-2]) {
			k -= 2 // "Rep. G.K. Butterfield"
			continue
		}
		if !toks[k-1].word || !qIsCapitalized(text, toks[k-1]) && !(qWordIn(text, toks[k-1], qNameJoiners) && k-2 >= lo && qIsCapitalized(text, toks[k-2])) {
			break
		}
		if qWordIn(text, toks[k-1], qNotSubjects) && !qWordIn(text, toks[k-1], qNameJoiners) || qWordIn(text, toks[k-1], qDiscourse) {
			break // "After Scalia", "Although Weiner": a sentence's first word
		}
		k--
	}
	first := k
	for i := j; i >= k; i-- {
		if qWordIn(text, toks[i], qTitles) || qWordIn(text, toks[i], qNameJoiners) && qTokenText(text, toks[i]) == "of" {
			break
		}
		if toks[i].word {
			first = i
		}
	}
	if first > j || !qIsCapitalized(text, toks[first]) {
		first = k
	}
	return qMention{toks[first].start, toks[j].end}
}

// qNounPhraseBefore returns the noun phrase whose head is toks[j]: back to
// a determiner or at most four words ("a senior campaign official").
func qNounPhraseBefore(text string, toks []qToken, j, lo int) qMention {
	k := j
	for k-1 >= lo && j-k < 4 && toks[k-1].word {
		if qWordIn(text, toks[k-1], qDeterminers) {
			k--
			break
		}
		if qWordIn(text, toks[k-1], qNotSubjects) {
			break
		}
		k--
	}
	return qMention{toks[k].start, toks[j].end}
}

// qPhraseAfter returns the speaker named after the verb toks[v] ("said
// Democratic pollster Geoff Garin, who …"): a pronoun, else the last name in
// the phrase, else the phrase up to a stop word, at most toks[hi-1].
func qPhraseAfter(text string, toks []qToken, v, hi int) qMention {
	i := v + 1
	if i < hi && qIsPunct(text, toks[i], ",") {
		i++
	}
	if i >= hi || !toks[i].word {
		return qMention{}
	}
	if qWordIn(text, toks[i], qPronouns) {
		return qMention{toks[i].start, toks[i].end}
	}
	if !qIsNameNotAuxiliary(text, toks[i]) && (qWordIn(text, toks[i], qNotSubjects) && !qWordIn(text, toks[i], qDeterminers) || qWordIn(text, toks[i], qPhraseStops)) {
		return qMention{}
	}
	end := i
	for end < hi && end-i < 10 && (toks[end].word || end > i && end+1 < hi && toks[end+1].word && qAfterAbbreviation(text, toks, end)) && !(end > i && qWordIn(text, toks[end], qPhraseStops)) {
		if w := qTokenText(text, toks[end]); end > i && (w == "for" || w == "of") {
			break
		}
		end++
	}
	if end == i {
		return qMention{}
	}
	if n := qLastName(text, toks, i, end); n.found() {
		return n
	}
	return qMention{toks[i].start, toks[end-1].end}
}

// qLastName returns the last capitalised name in toks[i:end].
func qLastName(text string, toks []qToken, i, end int) qMention {
	for j := end - 1; j >= i; j-- {
		if qIsCapitalized(text, toks[j]) {
			return qNameBefore(text, toks, j, i)
		}
	}
	return qMention{}
}

// qIsPossessive reports whether the word t ends in 's or ’s.
func qIsPossessive(text string, t qToken) bool {
	w := qTokenText(text, t)
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// qIsLetterWord reports whether the word t starts with a letter and is not
// a number word ("Twenty-nine").
func qIsLetterWord(text string, t qToken) bool {
	w := strings.ToLower(qTokenText(text, t))
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	for _, n := range []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "dozen"} {
		if strings.HasPrefix(w, n) {
			return false
		}
	}
	return !strings.HasSuffix(w, "teen")
}
