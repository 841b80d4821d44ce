package highlight

import "strings"

// Annotators and careful readers mark loaded language as phrases, not lone
// words: "deeply disturbing", "a brutal crackdown". These rules widen a
// matched term to the words that carry its charge.

// lxBoosters are adverbs that strengthen the loaded word right after them
// and so belong to its span ("very grave", "utterly shameful").
var lxBoosters = WordSet(`very so too really deeply truly utterly totally extremely highly
	incredibly absolutely completely particularly especially increasingly thoroughly downright
	outright blatantly wildly hugely grossly most such truly terribly awfully insanely`)

// lxFunctionWords never extend a loaded phrase: articles, pronouns,
// prepositions, conjunctions, auxiliaries and other glue words.
var lxFunctionWords = WordSet(`a an the this that these those there here it its it's he she they
	we you i me him her them us my your his our their who whom whose which what when where why how
	and or but nor so yet if then than as because while although though since until unless whether
	of in on at by for with from to into onto upon over under about against between among through
	during before after above below up down out off again further once not no never also only just
	even still already very too more most less least much many some any all both each few other such
	own same is are was were be been being am has have had having do does did doing will would shall
	should can could may might must said says say told tells according now today yesterday tomorrow
	s t re ve ll d m`)

// WordSet makes a set of the space-separated words in s: the form of
// every word list of the detectors, and of app/compare's.
func WordSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(s) {
		set[w] = true
	}
	return set
}

// extendCategories are the categories whose terms describe the word after
// them ("brutal crackdown"), so that a second describing word may follow
// ("terrible humanitarian situation").
var extendCategories = map[string]bool{"intensifier": true}

// widen grows the match ws[i:next] to the phrase that carries its charge,
// as readers (and the PTC annotators) mark it: backward over boosters
// ("utterly shameful") and one more word of the same phrase ("Deep State
// DOJ", "corrupt cronies"), never before word floor, where the previous span
// ends; forward over the word it describes or that completes it ("ludicrous
// notion", "Clinton machine"). Measured on the PTC development split, one
// word each way raises F1 by about 0.01; a second word, or the articles
// "a" and "the", cost more precision than they win in recall.
func widen(text, low string, ws []lxWord, i, next, floor int, category string) (int, int) {
	verbal := actsOnSubject(wordAt(low, ws, i), category)
	for i > floor && joinsPrevious(text, ws, i) && lxBoosters[wordAt(low, ws, i-1)] {
		i--
	}
	if i > floor && tightJoin(text, ws, i) && isPhraseWord(text, low, ws, i-1) && !isCommonVerb(wordAt(low, ws, i-1)) &&
		(isContentWord(text, low, ws, i-1) || !verbal) {
		i--
	}
	if next < len(ws) && tightJoin(text, ws, next) && isPhraseWord(text, low, ws, next) &&
		(isContentWord(text, low, ws, next) || !verbal) &&
		!looksVerbal(wordAt(low, ws, next)) && !isCommonVerb(wordAt(low, ws, next)) {
		next++
		if extendCategories[category] && next < len(ws) && looksAdjective(wordAt(low, ws, next-1)) &&
			joinsPrevious(text, ws, next) && isContentWord(text, low, ws, next) {
			next++
		}
	}
	return i, next
}

// actsOnSubject reports whether a term starting with word w is a verb or
// an adverb of the clause ("claimed", "allegedly", "slammed"): a name
// before it is the clause's subject ("Kerry claimed") and a name after it
// its object ("slammed Moscow"), not part of the loaded phrase, so the
// span does not grow over either.
func actsOnSubject(w, category string) bool {
	return category == "emotive verb" || category == "doubt marker" || looksVerbal(w)
}

// looksVerbal reports whether w ends like a verb form or an adverb ("-ing",
// "-ed", "-ly"): after a loaded word such a word starts a new clause part
// ("regime trying", "terrorists currently") rather than completing the
// phrase.
func looksVerbal(w string) bool {
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly")
}

// adjectiveEndings are common endings of English adjectives. Without a
// part-of-speech tagger they tell "corrupt cronies" (widen) from "back
// terrorists" (do not).
var adjectiveEndings = []string{"ous", "ful", "ive", "al", "ic", "ish", "less", "able", "ible",
	"ant", "ent", "ary", "ian", "y"}

// looksAdjective reports whether w ends like an adjective.
func looksAdjective(w string) bool {
	for _, e := range adjectiveEndings {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return true
		}
	}
	return false
}

// wordAt returns word j, lower-cased.
func wordAt(low string, ws []lxWord, j int) string { return low[ws[j].lo:ws[j].hi] }

// joinsPrevious reports whether word j continues a phrase with word j-1.
func joinsPrevious(text string, ws []lxWord, j int) bool {
	return lxJoinable(text[ws[j-1].end:ws[j].start])
}

// tightJoin reports whether word j follows word j-1 inside one phrase:
// separated only by spaces, or by a single hyphen ("regime-held"), not by a
// dash between spaces ("bombs - dumb bombs").
func tightJoin(text string, ws []lxWord, j int) bool {
	gap := text[ws[j-1].end:ws[j].start]
	switch gap {
	case "-", "\u2010", "\u2011":
		return true
	}
	return gap != "" && strings.Trim(gap, " \u00a0") == ""
}

// lxCommonVerbs are frequent English verbs that are seldom nouns, with the
// irregular forms of some: a loaded phrase does not grow over them ("the
// regime gets", "backing terrorists" stays "terrorists"). Regular endings
// are stripped by isCommonVerb.
var lxCommonVerbs = WordSet(`
	accept achieve add admit agree allow appear apply argue arrive ask assume avoid become begin
	believe belong bring build buy carry cause choose claim come consider contain continue create
	decide deny depend describe destroy develop die disappear discover discuss do draw drive eat
	emerge enable encourage enjoy ensure enter establish examine exist expect explain express face
	fail fall feel fight find finish follow forget get give go grow happen hate have hear help
	hide hit hold hope identify ignore imagine improve include increase indicate insist intend
	introduce involve join keep kill know lack last lead learn leave let lie like live look lose
	love maintain make manage mean meet mention mind move need notice obtain occur offer open own
	pay perform pick place plan play point prefer prepare present prevent produce promise protect
	prove provide publish pull push put raise reach read realise realize receive recognise
	recognize reduce refer refuse reject relate release remain remember remove repeat replace
	reply report represent require reveal rise run save say see seek seem sell send serve set
	shoot show sit sleep speak spend stand start stay steal stop suffer suggest support suppose
	take talk teach tell tend think throw touch treat try turn understand use visit wait walk want
	warn watch wear win wish wonder work worry write
	got gotten made took taken gave given went gone came saw seen said told knew known thought
	brought bought built caught chose chosen drew drawn drove driven ate eaten fell fallen felt
	fought found forgot forgotten grew grown held heard hid hidden kept left led lost meant met
	paid put ran rose risen sold sent set shot showed shown sat slept spoke spoken spent stood
	stole stolen taught threw thrown understood wore worn won wrote written began begun became`)

// isCommonVerb reports whether w is a form of one of lxCommonVerbs.
func isCommonVerb(w string) bool {
	if lxCommonVerbs[w] {
		return true
	}
	for _, x := range [...]struct{ suffix, restore string }{
		{"s", ""}, {"es", ""}, {"ies", "y"}, {"ed", ""}, {"ed", "e"}, {"ied", "y"}, {"d", ""}, {"ing", ""}, {"ing", "e"},
	} {
		if stem, ok := strings.CutSuffix(w, x.suffix); ok && len(stem) > 1 && lxCommonVerbs[stem+x.restore] {
			return true
		}
	}
	// Doubled consonant: "stopped", "hitting".
	for _, suffix := range []string{"ed", "ing"} {
		if stem, ok := strings.CutSuffix(w, suffix); ok && len(stem) > 2 && stem[len(stem)-1] == stem[len(stem)-2] && lxCommonVerbs[stem[:len(stem)-1]] {
			return true
		}
	}
	return false
}

// isPhraseWord reports whether word j can belong to a loaded phrase: a
// content word, or a capitalised word that is not a glue word (a name or a
// label: "Islamic", "Clinton").
func isPhraseWord(text, low string, ws []lxWord, j int) bool {
	c := text[ws[j].start]
	return isContentWord(text, low, ws, j) || 'A' <= c && c <= 'Z' && !lxFunctionWords[wordAt(low, ws, j)]
}

// isContentWord reports whether word j is lower case in the text and not a
// glue word, i.e. a word that can carry a phrase's meaning.
func isContentWord(text, low string, ws []lxWord, j int) bool {
	c := text[ws[j].start]
	return 'a' <= c && c <= 'z' && !lxFunctionWords[wordAt(low, ws, j)]
}
