package highlight

import (
	"sort"
	"strings"
)

// qSpeakerNames turns speaker mentions into names: the canonical actor where
// the actor detector found one, a pronoun resolved to the nearest person
// named before it, a surname completed from a full name met earlier.
type qSpeakerNames struct {
	text    string
	actors  []Span // the actor detector's spans, sorted by Start
	persons []qPerson
	built   bool
}

// qPerson is a person mention that a pronoun may stand for.
type qPerson struct {
	m    qMention
	name string
}

func qNewSpeakerNames(d *Doc) *qSpeakerNames {
	return &qSpeakerNames{text: d.Text, actors: d.Spans[Actor]}
}

// resolve names the speaker mentioned at m.
func (n *qSpeakerNames) resolve(m qMention, quotes []qQuote) string {
	if a, ok := n.actorAt(m); ok && a.Actor != "" {
		return a.Actor
	}
	w := n.text[m.start:m.end]
	lw := strings.ToLower(w)
	switch {
	case qPersonPronouns[lw]:
		if p, ok := n.personBefore(m.start, quotes); ok {
			return p
		}
	case lw == "it" || lw == "they":
		if a, ok := n.actorBefore(m.start, Organization); ok {
			return a.Actor
		}
	case !qPronouns[lw]:
		return n.fullName(w, m.start)
	}
	return w
}

// actorAt returns the actor span overlapping m.
func (n *qSpeakerNames) actorAt(m qMention) (Span, bool) {
	i := sort.Search(len(n.actors), func(i int) bool { return n.actors[i].End > m.start })
	for ; i < len(n.actors) && n.actors[i].Start < m.end; i++ {
		if n.actors[i].ActorType != Place {
			return n.actors[i], true
		}
	}
	return Span{}, false
}

// actorBefore returns the last actor of type t ending before pos.
func (n *qSpeakerNames) actorBefore(pos int, t ActorType) (Span, bool) {
	i := sort.Search(len(n.actors), func(i int) bool { return n.actors[i].End > pos })
	for i--; i >= 0; i-- {
		if n.actors[i].ActorType == t {
			return n.actors[i], true
		}
	}
	return Span{}, false
}

// personBefore returns the name of the nearest person mentioned before pos
// outside any quotation.
func (n *qSpeakerNames) personBefore(pos int, quotes []qQuote) (string, bool) {
	n.build()
	i := sort.Search(len(n.persons), func(i int) bool { return n.persons[i].m.end > pos })
	for i--; i >= 0; i-- {
		if !qInsideQuote(n.persons[i].m.start, quotes) {
			return n.persons[i].name, true
		}
	}
	return "", false
}

// qInsideQuote reports whether offset i falls inside a quotation.
func qInsideQuote(i int, quotes []qQuote) bool {
	k := sort.Search(len(quotes), func(k int) bool { return quotes[k].end > i })
	return k < len(quotes) && quotes[k].start <= i
}

// build collects the person mentions: the actor detector's persons, or,
// when it found none, the capitalised subjects of reporting verbs.
func (n *qSpeakerNames) build() {
	if n.built {
		return
	}
	n.built = true
	for _, a := range n.actors {
		if a.ActorType == Person {
			n.persons = append(n.persons, qPerson{qMention{a.Start, a.End}, a.Actor})
		}
	}
	if len(n.persons) == 0 {
		n.persons = qNamedSpeakers(n.text)
		for i := range n.persons {
			n.persons[i].name = n.fullName(n.persons[i].name, n.persons[i].m.start)
		}
	}
}

// qNamedSpeakers finds the people a pronoun may stand for when the actor
// detector found none: names after a personal title ("Ambassador Vitaly
// Churkin") and capitalised subjects of reporting verbs ("Kerry said").
func qNamedSpeakers(text string) []qPerson {
	toks := qTokenize(text, 0, len(text))
	var out []qPerson
	for v, t := range toks {
		if !t.word || t.end-t.start < 2 {
			continue
		}
		if m := qTitledName(text, toks, v); m.found() {
			out = append(out, qPerson{m, text[m.start:m.end]})
			continue
		}
		if c := text[t.start]; c < 'a' || c > 'z' || !qIsReportingVerb(text, t) || qIsParticiple(text, t) {
			continue
		}
		m := qSubjectBefore(text, toks, v, max(0, v-12))
		if m.found() && qIsCapitalized(text, qToken{m.start, m.end, true}) && !qPronouns[strings.ToLower(text[m.start:m.end])] && !qPhraseStops[strings.ToLower(text[m.start:m.end])] {
			out = append(out, qPerson{m, text[m.start:m.end]})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].m.start < out[j].m.start })
	return out
}

// qPersonTitles are titles that only people hold.
var qPersonTitles = qSetOf("president", "secretary", "minister", "senator", "sen", "rep", "gov",
	"governor", "ambassador", "spokesman", "spokeswoman", "spokesperson", "gen", "general", "dr",
	"mr", "mrs", "ms", "captain", "envoy", "chairman", "chairwoman", "mayor", "judge", "pope",
	"king", "queen", "prince", "colonel", "commander", "admiral", "professor", "adviser", "aide",
	"candidate", "nominee", "leader")

// qTitledName returns the name after the personal title toks[v], when the
// next word after the title run is capitalised.
func qTitledName(text string, toks []qToken, v int) qMention {
	if v+1 >= len(toks) || !toks[v+1].word || !qWordIn(text, toks[v], qPersonTitles) {
		return qMention{}
	}
	j := v + 1
	for j < len(toks) && (qWordIn(text, toks[j], qTitles) || qTokenText(text, toks[j]) == "of") {
		j++
	}
	k := j
	for k < len(toks) && toks[k].word && (qIsCapitalized(text, toks[k]) || qWordIn(text, toks[k], qNameJoiners) && k > j) && k-j < 4 {
		k++
	}
	if k == j || !qIsCapitalized(text, toks[k-1]) {
		return qMention{}
	}
	return qMention{toks[j].start, toks[k-1].end}
}

// fullName completes a one-word name from the longest name ending with
// that word met before pos ("Kerry" after "John Kerry").
func (n *qSpeakerNames) fullName(w string, pos int) string {
	if strings.ContainsRune(w, ' ') {
		return w
	}
	n.build()
	best := w
	for _, p := range n.persons {
		if p.m.start >= pos {
			break
		}
		full := n.text[p.m.start:p.m.end]
		if len(full) > len(best) && strings.HasSuffix(full, " "+w) {
			best = full
		}
	}
	return best
}
