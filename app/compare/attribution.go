package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// reportingVerbs are the verbs that report speech or a charge without
// quotation marks: "Kerry said that …", "Kerry accused Russia of …".
var reportingVerbs = toSet(`say says said saying tell tells told telling add adds added state states
stated accuse accuses accused accusing urge urges urged warn warns warned claim claims claimed insist
insists insisted argue argues argued note notes noted explain explains explained indicate indicates
indicated declare declares declared announce announces announced demand demands demanded blame blames
blamed blaming charge charges charged allege alleges alleged suggest suggests suggested stress stresses
stressed acknowledge acknowledged admit admits admitted describe describes described repeat repeated
reiterate reiterated confirm confirms confirmed deny denies denied complain complained maintain
maintains maintained assert asserted report reports reported according`)

// pronouns that can stand for a speaker.
var speakerPronouns = toSet(`he she they`)

// attribution reads whether a paraphrasing sentence reports speech
// (a reporting verb, "according to") or states its content as a fact.
// SaidBy is the mention of who speaks: the quotation's speaker when the
// sentence names them, else the nearest pronoun or capitalised word
// before the verb, else the word before it.
func attribution(v *voice, speaker string) (Attribution, string) {
	verb := -1
	for i, t := range v.toks {
		if reportingVerbs[t.word] {
			verb = i
			break
		}
	}
	if verb < 0 {
		return Stated, ""
	}
	last := strings.ToLower(lastWord(speaker))
	for _, t := range v.toks {
		if last != "" && t.word == last {
			return Indirect, lastWord(speaker)
		}
	}
	return Indirect, mentionBefore(v, verb)
}

// mentionBefore returns who the reporting verb at toks[verb] attributes
// speech to: after "according to" the next word, else the nearest
// pronoun or capitalised word within a few words before the verb, else
// the word right before it ("" at the start of the sentence).
func mentionBefore(v *voice, verb int) string {
	toks := v.toks
	if toks[verb].word == "according" {
		if verb+2 < len(toks) && toks[verb+1].word == "to" {
			return toks[verb+2].word
		}
		return ""
	}
	for i := verb - 1; i >= max(0, verb-6); i-- {
		if speakerPronouns[toks[i].word] || (i > 0 && isCapital(v, i)) {
			return surface(v, i)
		}
	}
	if verb > 0 {
		return surface(v, verb-1)
	}
	return ""
}

// isCapital reports whether token i starts with a capital letter.
func isCapital(v *voice, i int) bool {
	c, _ := utf8.DecodeRuneInString(surface(v, i))
	return unicode.IsUpper(c)
}

// surface is the text of token i of v as written (tokens hold only their
// range; the text is the sentence's document).
func surface(v *voice, i int) string { return v.text[v.toks[i].Start:v.toks[i].End] }
