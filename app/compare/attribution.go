package compare

import (
	"strings"

	"slant/highlight"
)

// reportingVerbs are the verbs that report speech or a charge without
// quotation marks: "Kerry said that …", "Kerry accused Russia of …".
var reportingVerbs = highlight.WordSet(`say says said saying tell tells told telling add adds added state states
stated accuse accuses accused accusing urge urges urged warn warns warned claim claims claimed insist
insists insisted argue argues argued note notes noted explain explains explained indicate indicates
indicated declare declares declared announce announces announced demand demands demanded blame blames
blamed blaming charge charges charged allege alleges alleged suggest suggests suggested stress stresses
stressed acknowledge acknowledged admit admits admitted describe describes described repeat repeated
reiterate reiterated confirm confirms confirmed deny denies denied complain complained maintain
maintains maintained assert asserted report reports reported according`)

// pronouns that can stand for a speaker.
var speakerPronouns = highlight.WordSet(`he she they`)

// attribution reads whether a paraphrasing sentence reports speech
// (a reporting verb, "according to") or states its content as a fact. A
// capitalised verb is part of a name ("Secretary of State Kerry said").
// SaidBy is the mention of who speaks, as the sentence writes it: after
// "according to" the name that follows; else the quotation's speaker when
// the sentence names them before the verb (not "Russia accused Kerry",
// where Kerry is the object); else the nearest pronoun or capitalised
// word before the verb, else the word before it.
func attribution(v *voice, speaker string) (Attribution, string) {
	verb := -1
	for i, t := range v.toks {
		if reportingVerbs[t.word] && !capitalised(v.text, t.Start) {
			verb = i
			break
		}
	}
	if verb < 0 {
		return Stated, ""
	}
	if v.toks[verb].word == "according" {
		return Indirect, accordingTo(v, verb)
	}
	if last := normWord(lastWord(speaker)); last != "" {
		for i := verb - 1; i >= 0; i-- {
			if v.toks[i].word == last {
				return Indirect, surface(v, i)
			}
		}
	}
	return Indirect, mentionBefore(v, verb)
}

// accordingTo returns who "according to" at toks[verb] names: the run of
// capitalised words after "to" (and a "the"), as written ("Médecins Sans
// Frontières", "the United Nations" → "United Nations"), else the one word
// after it ("officials"); "" when the sentence ends first.
func accordingTo(v *voice, verb int) string {
	i := verb + 2
	if i >= len(v.toks) || v.toks[verb+1].word != "to" {
		return ""
	}
	if v.toks[i].word == "the" && i+1 < len(v.toks) {
		i++
	}
	end := i
	for capitalised(v.text, v.toks[i].Start) && end+1 < len(v.toks) && capitalised(v.text, v.toks[end+1].Start) && adjacent(v, end, end+1) {
		end++
	}
	return v.text[v.toks[i].Start:v.toks[end].End]
}

// adjacent reports whether only spaces part tokens i and j of v (no
// punctuation, no quotation between them).
func adjacent(v *voice, i, j int) bool {
	return strings.TrimSpace(v.text[v.toks[i].End:v.toks[j].Start]) == ""
}

// mentionBefore returns who the reporting verb at toks[verb] attributes
// speech to: the nearest pronoun or capitalised word within a few words
// before the verb, else the word right before it ("" at the start of the
// sentence).
func mentionBefore(v *voice, verb int) string {
	toks := v.toks
	for i := verb - 1; i >= max(0, verb-6); i-- {
		if speakerPronouns[toks[i].word] || (i > 0 && capitalised(v.text, toks[i].Start)) {
			return surface(v, i)
		}
	}
	if verb > 0 {
		return surface(v, verb-1)
	}
	return ""
}

// surface is the text of token i of v as written (tokens hold only their
// range; the text is the sentence's document).
func surface(v *voice, i int) string { return v.text[v.toks[i].Start:v.toks[i].End] }
