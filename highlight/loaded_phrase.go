package highlight

import "strings"

// Annotators and careful readers mark loaded language as phrases, not lone
// words: "deeply disturbing", "a brutal crackdown". These rules widen a
// matched term to the words that carry its charge.

// lxBoosters are adverbs that strengthen the loaded word right after them
// and so belong to its span ("very grave", "utterly shameful").
var lxBoosters = wordSet(`very so too really deeply truly utterly totally extremely highly
	incredibly absolutely completely particularly especially increasingly thoroughly downright
	outright blatantly wildly hugely grossly most such truly terribly awfully insanely`)

// lxFunctionWords never extend a loaded phrase: articles, pronouns,
// prepositions, conjunctions, auxiliaries and other glue words.
var lxFunctionWords = wordSet(`a an the this that these those there here it its it's he she they
	we you i me him her them us my your his our their who whom whose which what when where why how
	and or but nor so yet if then than as because while although though since until unless whether
	of in on at by for with from to into onto upon over under about against between among through
	during before after above below up down out off again further once not no never also only just
	even still already very too more most less least much many some any all both each few other such
	own same is are was were be been being am has have had having do does did doing will would shall
	should can could may might must said says say told tells according now today yesterday tomorrow
	s t re ve ll d m`)

// wordSet makes a set of the space-separated words in s.
func wordSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(s) {
		set[w] = true
	}
	return set
}

// extendCategories are the categories whose terms describe the word after
// them ("brutal crackdown"), so that word joins the span. Measured on the
// PTC development split, widening other categories forward gains nothing.
var extendCategories = map[string]bool{"intensifier": true}

// nounCategories are the categories whose terms name people or things,
// so a describing word right before them joins the span ("corrupt cronies").
var nounCategories = map[string]bool{"label": true, "name-calling": true, "dysphemism": true}

// widen grows the match ws[i:next]: backward over boosters and, for a
// one-word name, over the describing word before it (never before word
// floor, where the previous span ends); forward, for describing words, over
// the content word they describe.
func widen(text, low string, ws []lxWord, i, next, floor int, category string) (int, int) {
	for i > floor && joinsPrevious(text, ws, i) && lxBoosters[wordAt(low, ws, i-1)] {
		i--
	}
	if nounCategories[category] && i == next-1 && i > floor && joinsPrevious(text, ws, i) &&
		isContentWord(text, low, ws, i-1) && looksAdjective(wordAt(low, ws, i-1)) {
		i--
	}
	if extendCategories[category] && next < len(ws) && joinsPrevious(text, ws, next) && isContentWord(text, low, ws, next) {
		next++
		// "terrible humanitarian situation": an adjective takes its noun along.
		if next < len(ws) && looksAdjective(wordAt(low, ws, next-1)) && joinsPrevious(text, ws, next) && isContentWord(text, low, ws, next) {
			next++
		}
	}
	return i, next
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

// isContentWord reports whether word j is lower case in the text and not a
// glue word, i.e. a word that can carry a phrase's meaning.
func isContentWord(text, low string, ws []lxWord, j int) bool {
	c := text[ws[j].start]
	return 'a' <= c && c <= 'z' && !lxFunctionWords[wordAt(low, ws, j)]
}
