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
	actors  []Span    // the actor detector's spans, sorted by Start
	persons []qPerson // the actor detector's persons
	built   bool
	named   []qPerson // else the people the text names, up to scanned
	scanned int
}

// qPerson is a person mention that a pronoun may stand for; object says
// it is the object of a preposition or a possessive, not a subject.
type qPerson struct {
	m      qMention
	name   string
	object bool
}

// qNewPerson makes the person mentioned at m in text, called name.
func qNewPerson(text string, m qMention, name string) qPerson {
	return qPerson{m, name, qIsObjectMention(text, m)}
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
	case qRelativeSubjects[lw]:
		if a := n.antecedent(m.start); a != "" {
			return a
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

// antecedent names the noun phrase that a relative pronoun at pos stands
// for ("Barack Obama, who called …"): the actor or capitalised name
// ending right before it, or "".
func (n *qSpeakerNames) antecedent(pos int) string {
	toks := qTokenize(n.text, max(0, pos-120), pos)
	j := len(toks) - 1
	if j >= 0 && qIsPunct(n.text, toks[j], ",") {
		j--
	}
	if j < 0 || !qIsCapitalized(n.text, toks[j]) {
		return ""
	}
	m := qNameBefore(n.text, toks, j, 0)
	if a, ok := n.actorAt(m); ok && a.Actor != "" {
		return a.Actor
	}
	return n.fullName(n.text[m.start:m.end], m.start)
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
// outside any quotation: among the actor detector's persons when it found
// any, else among the names the text itself marks as people, looked for in
// growing windows before pos.
func (n *qSpeakerNames) personBefore(pos int, quotes []qQuote) (string, bool) {
	n.build()
	if len(n.persons) > 0 {
		return qLastOutside(n.persons, pos, quotes)
	}
	if pos > n.scanned {
		n.named = append(n.named, qNamedSpeakers(n.text, n.scanned, pos)...)
		n.scanned = pos
	}
	if p, ok := qLastOutside(n.named, pos, quotes); ok {
		return n.fullName(p, pos), true
	}
	return "", false
}

// qLastOutside returns the name of the last person in persons (sorted)
// ending before pos and standing outside the quotations, preferring one
// who can be a subject: a pronoun stands for the subject of an earlier
// sentence more often than for the object of a preposition ("Kerry made
// the call to Foreign Minister Sergei Lavrov. He expressed …").
func qLastOutside(persons []qPerson, pos int, quotes []qQuote) (string, bool) {
	i := sort.Search(len(persons), func(i int) bool { return persons[i].m.end > pos })
	first := ""
	for i--; i >= 0; i-- {
		p := persons[i]
		if qInsideQuote(p.m.start, quotes) {
			continue
		}
		if !p.object {
			return p.name, true
		}
		if first == "" {
			first = p.name
		}
	}
	return first, first != ""
}

// qObjectWords before a name make it an object, not a subject.
var qObjectWords = qSetOf("to", "with", "from", "by", "of", "for", "against", "at", "about", "toward",
	"towards", "into", "than", "between", "and", "or", "on")

// qIsObjectMention reports whether the person mention m is the object of a
// preposition (past any capitalised title words before it) or a
// possessive.
func qIsObjectMention(text string, m qMention) bool {
	if rest := text[m.end:min(len(text), m.end+4)]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		return true
	}
	i := m.start
	for {
		w, start := qWordBefore(text, i)
		if w == "" {
			return false
		}
		if w[0] < 'A' || w[0] > 'Z' {
			var buf [24]byte
			k := qLowerKey(&buf, w)
			return k != nil && qObjectWords[string(k)]
		}
		i = start
	}
}

// qWordBefore returns the ASCII word ending right before offset i, past
// spaces and abbreviation stops, and where it starts; "" when punctuation
// or a non-ASCII letter comes first.
func qWordBefore(text string, i int) (string, int) {
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '.') {
		i--
	}
	end := i
	for i > 0 && qASCIIWord[text[i-1]] {
		i--
	}
	return text[i:end], i
}

// qInsideQuote reports whether offset i falls inside a quotation.
func qInsideQuote(i int, quotes []qQuote) bool {
	k := sort.Search(len(quotes), func(k int) bool { return quotes[k].end > i })
	return k < len(quotes) && quotes[k].start <= i
}

// build collects the actor detector's persons.
func (n *qSpeakerNames) build() {
	if n.built {
		return
	}
	n.built = true
	for _, a := range n.actors {
		if a.ActorType == Person {
			n.persons = append(n.persons, qNewPerson(n.text, qMention{a.Start, a.End}, a.Actor))
		}
	}
}

// qNamedSpeakers finds the people a pronoun may stand for when the actor
// detector found none: names after a personal title ("Ambassador Vitaly
// Churkin") and capitalised subjects of reporting verbs ("Kerry said").
func qNamedSpeakers(text string, lo, hi int) []qPerson {
	toks := qTokenize(text, lo, hi)
	var out []qPerson
	for v, t := range toks {
		if !t.word || t.end-t.start < 2 {
			continue
		}
		if m := qTitledName(text, toks, v); m.found() {
			out = append(out, qNewPerson(text, m, text[m.start:m.end]))
			continue
		}
		if c := text[t.start]; c < 'a' || c > 'z' || !qIsReportingVerb(text, t) || qIsParticiple(text, t) {
			continue
		}
		m := qSubjectBefore(text, toks, v, max(0, v-12))
		if m.found() && qIsCapitalized(text, qToken{m.start, m.end, true}) && !qPronouns[strings.ToLower(text[m.start:m.end])] && !qPhraseStops[strings.ToLower(text[m.start:m.end])] {
			out = append(out, qNewPerson(text, m, text[m.start:m.end]))
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
	if v+1 >= len(toks) || !toks[v+1].word || !qTitleShapes.may(text, toks[v]) || !qWordIn(text, toks[v], qPersonTitles) {
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

// fullName completes a one-word name from its first use with a first name
// before pos ("Kerry" after "John Kerry").
func (n *qSpeakerNames) fullName(w string, pos int) string {
	if strings.ContainsRune(w, ' ') || w == "" {
		return w
	}
	for from := 0; from < pos; {
		k := strings.Index(n.text[from:pos], w)
		if k < 0 {
			break
		}
		at := from + k
		from = at + len(w)
		if first := qFirstNameBefore(n.text, at); first != "" && qWordBoundaryAt(n.text, from) {
			return first + " " + w
		}
	}
	return w
}

// qFirstNameBefore returns the capitalised word, not a title, that stands
// right before offset at, separated by one space.
func qFirstNameBefore(text string, at int) string {
	if at < 2 || text[at-1] != ' ' {
		return ""
	}
	start := at - 1
	for start > 0 && qASCIIWord[text[start-1]] {
		start--
	}
	word := text[start : at-1]
	if len(word) < 2 || word[0] < 'A' || word[0] > 'Z' || qTitles[strings.ToLower(word)] || qNotSubjects[strings.ToLower(word)] {
		return ""
	}
	return word
}

// qWordBoundaryAt reports whether no letter or digit follows offset i.
func qWordBoundaryAt(text string, i int) bool {
	return i >= len(text) || !qASCIIWord[text[i]]
}
