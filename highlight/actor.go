package highlight

import (
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"slant/highlight/ner"
)

// ModelPath is where the tagger's weights live in the assets.
const ModelPath = "model/ner.bin"

// actorDetector finds people, organisations and places with the
// statistical tagger, then names each by its canonical actor: the actor
// table's entry for an alias ("Moscow" → Russia), the country of a demonym
// ("Russian" → Russia), or, for a person, the fullest form of the name the
// document uses ("Kerry" → John Kerry).
type actorDetector struct {
	tagger *ner.Tagger
	table  actorTable
	given  hashedWords // given names: a name joined over a particle that starts with one is a person
	pool   sync.Pool   // of *actorScratch
}

// actorScratch holds the per-document buffers of detect, reused.
type actorScratch struct {
	toks      []token
	sents     []int
	nt        []ner.Token
	tags      []ner.Tag
	lowerSeen []bool
	ents      []ner.Entity
	mentions  []mention
	maps      mentionMaps
}

// mentionMaps are the per-document indexes of the mention passes, kept
// between documents (emptied, not freed) so that a document does not
// allocate and grow them afresh.
type mentionMaps struct {
	votes     map[uint64][3]int  // agreeTypes: type votes by words
	known     map[uint64]mention // recoverMissed: one-word mentions by words
	spelled   map[uint64]string  // resolvePeople: first spelling of each full name
	elsewhere map[uint64]bool    // dropUnsupported: words found outside headlines
	byLast    map[uint64][]int   // fullName: multi-word person mentions by last word
}

// reset empties the maps, making them on first use.
func (mm *mentionMaps) reset() {
	if mm.votes == nil {
		*mm = mentionMaps{votes: map[uint64][3]int{}, known: map[uint64]mention{}, spelled: map[uint64]string{},
			elsewhere: map[uint64]bool{}, byLast: map[uint64][]int{}}
		return
	}
	clear(mm.votes)
	clear(mm.known)
	clear(mm.spelled)
	clear(mm.elsewhere)
	clear(mm.byLast)
}

// newActorDetector loads the weights, the lexicon and the actor table
// from fsys.
func newActorDetector(fsys fs.FS) (detector, error) {
	data, err := fs.ReadFile(fsys, ModelPath)
	if err != nil {
		return nil, fmt.Errorf("actor model: %w", err)
	}
	model, err := ner.ReadModel(data)
	if err != nil {
		return nil, fmt.Errorf("actor model %s: %w", ModelPath, err)
	}
	lex, err := ner.LoadLexicon(fsys)
	if err != nil {
		return nil, fmt.Errorf("actor lexicon: %w", err)
	}
	return &actorDetector{
		tagger: ner.NewTagger(model, lex.Gazetteer()),
		table:  newActorTable(lex),
		given:  newHashedWords(strings.Join(lex.GivenNames, " ")),
	}, nil
}

func (a *actorDetector) kind() Kind { return Actor }

// detect tags the document and turns its entities into actor spans.
func (a *actorDetector) detect(d *Doc) []Span {
	sc, _ := a.pool.Get().(*actorScratch)
	if sc == nil {
		sc = new(actorScratch)
	}
	defer a.pool.Put(sc)
	toks := tokenize(d.Text, sc.toks[:0])
	sents := sentenceStarts(d.Text, toks, sc.sents[:0])
	nt := sc.nt[:0]
	for _, t := range toks {
		nt = append(nt, ner.Token{Start: t.Start, End: t.End})
	}
	lowerSeen := resized(sc.lowerSeen, len(toks))
	tags := a.tagger.TagCase(d.Text, nt, sents, sc.tags[:0], lowerSeen)
	ents := ner.Entities(tags, sc.ents[:0])
	ents = joinNameParticles(d.Text, toks, ents, a.given)
	ents = a.table.splitDemonymTail(d.Text, toks, ents)
	sc.toks, sc.sents, sc.nt, sc.tags, sc.lowerSeen, sc.ents = toks, sents, nt, tags, lowerSeen, ents
	sc.maps.reset()
	m := mentions{text: d.Text, toks: toks, list: sc.mentions[:0], maps: &sc.maps}
	defer func() { sc.mentions = m.list }()
	s, titled := -1, false
	for _, e := range ents {
		if s < 0 || sents[s+1] <= e.First {
			s = sentenceOf(sents, max(s, 0), e.First)
			titled = titleCased(d.Text, toks[sents[s]:sents[s+1]], lowerSeen[sents[s]:sents[s+1]])
		}
		x, ok := a.table.resolve(d.Text, toks, e)
		x.titled = titled
		m.add(x, ok)
	}
	m.agreeTypes()
	m.recoverMissed(tags, sents)
	m.resolvePeople()
	m.dropUnsupported()
	return m.spans()
}

// resized returns s resized to n elements, reusing its storage.
func resized[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// sentenceOf returns the sentence holding token i, searching sents (the
// first token of each sentence, then the token count) from sentence s on.
func sentenceOf(sents []int, s, i int) int {
	for sents[s+1] <= i {
		s++
	}
	return s
}

// titleCased reports whether a sentence is written in headline title case
// ("Kerry Warns Russia, But Moscow Keeps Bombing Aleppo"): every word of
// four letters or more capitalised, and at least two capitalised words,
// not first, that the document also writes in lower case ("But",
// "Bombing"; a list of names is not a headline), or one such word in a
// line of six long words or more. The tagger, trained on text where only
// names are capitalised, takes many words of such headlines for names.
func titleCased(text string, toks []token, lowerSeen []bool) bool {
	common, long := 0, 0
	for i, t := range toks {
		w := t.text(text)
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		if len(w) >= 4 {
			if !unicode.IsUpper(r) {
				return false
			}
			long++
		}
		if i > 0 && lowerSeen[i] {
			common++
		}
	}
	return common >= 2 || common == 1 && long >= 6
}

// mention is one entity found in the text before the document-wide
// resolution of people's names.
type mention struct {
	first, last int // token range, inclusive
	actor       string
	typ         ActorType
	key         uint64 // the hash of the mention's words
	fixed       bool   // named by the actor table; not re-resolved
	titled      bool   // in a title-case headline
	resolved    bool   // a short mention of a person named in full elsewhere
}

// mentions collects a document's entity mentions.
type mentions struct {
	text   string
	toks   []token
	list   []mention
	maps   *mentionMaps
	byName bool // maps.byLast is filled
}

// add keeps a mention unless its token range is empty (a dropped entity).
func (m *mentions) add(x mention, ok bool) {
	if ok && x.first <= x.last {
		m.list = append(m.list, x)
	}
}

// spans returns the mentions as actor spans, in text order.
func (m *mentions) spans() []Span {
	out := make([]Span, 0, len(m.list))
	for _, x := range m.list {
		out = append(out, Span{
			Start: m.toks[x.first].Start, End: m.toks[x.last].End,
			Kind: Actor, Actor: x.actor, ActorType: x.typ,
		})
	}
	return out
}

// agreeTypes gives the mentions of the same words the type the tagger
// chose most often for them in the document: a name is one kind of actor
// throughout an article.
func (m *mentions) agreeTypes() {
	votes := m.maps.votes
	for _, x := range m.list {
		if !x.fixed {
			v := votes[x.key]
			v[x.typ]++
			votes[x.key] = v
		}
	}
	for i := range m.list {
		x := &m.list[i]
		if !x.fixed {
			v := votes[x.key]
			for t, n := range v {
				if n > v[x.typ] {
					x.typ = ActorType(t)
				}
			}
		}
	}
}

// recoverMissed adds the one-word mentions the tagger left out where it
// tagged the same capitalised word, alone, elsewhere in the document.
func (m *mentions) recoverMissed(tags []ner.Tag, sents []int) {
	known := m.maps.known
	for _, x := range m.list {
		if x.first == x.last {
			known[x.key] = x
		}
	}
	if len(known) == 0 {
		return
	}
	s := 0
	n := len(m.list)
	for i := 1; i+1 < len(tags); i++ {
		if c := m.text[m.toks[i].Start]; c < utf8.RuneSelf && (c < 'A' || c > 'Z') {
			continue // not capitalised (the cheaper test first)
		}
		if tags[i-1] != ner.O || tags[i] != ner.O || tags[i+1] != ner.O {
			continue
		}
		s = sentenceOf(sents, s, i)
		r, _ := utf8.DecodeRuneInString(m.toks[i].text(m.text))
		if i == sents[s] || !unicode.IsUpper(r) {
			continue
		}
		if x, ok := known[tokensKey(m.text, m.toks[i:i+1])]; ok {
			x.first, x.last = i, i
			m.list = append(m.list, x)
		}
	}
	if len(m.list) > n {
		sort.Slice(m.list, func(a, b int) bool { return m.list[a].first < m.list[b].first })
	}
}

// resolvePeople names each short mention of a person by the full name of
// the document's person it belongs to: "Kerry" and "Secretary Kerry" by
// "John Kerry". A short mention takes the nearest full name before it, or
// else the first after it (a headline names people before the article
// does). A one-word mention the tagger typed otherwise becomes a person
// when it matches a person's surname and is no known alias.
func (m *mentions) resolvePeople() {
	spelled := m.maps.spelled // first spelling of each full name, by its lower-case hash
	for i := range m.list {
		x := &m.list[i]
		switch {
		case x.fixed:
		case x.first != x.last && x.typ == Person:
			h := ner.HashLower(x.actor)
			if first, ok := spelled[h]; ok {
				x.actor = first // "Staffan De Mistura" → "Staffan de Mistura"
			} else {
				spelled[h] = x.actor
			}
		case x.first == x.last:
			if full := m.fullName(i); full >= 0 {
				x.actor, x.typ, x.resolved = m.list[full].actor, Person, true
			}
		}
	}
}

// dropUnsupported removes the mentions of title-case headlines that
// nothing else supports: not in the actor table, not a person named in
// full elsewhere, and not found by the tagger outside such headlines.
func (m *mentions) dropUnsupported() {
	elsewhere := m.maps.elsewhere
	for _, x := range m.list {
		if !x.titled {
			elsewhere[x.key] = true
		}
	}
	kept := m.list[:0]
	for _, x := range m.list {
		if !x.titled || x.fixed || x.resolved || elsewhere[x.key] {
			kept = append(kept, x)
		}
	}
	m.list = kept
}

// fullName returns the index of the multi-word person mention whose last
// word is the single word of mention i, preferring the nearest one before
// it; -1 when there is none.
func (m *mentions) fullName(i int) int {
	if !m.byName {
		m.indexFullNames()
	}
	js := m.maps.byLast[ner.HashString(m.toks[m.list[i].first].text(m.text))]
	k := sort.SearchInts(js, i)
	switch {
	case k > 0:
		return js[k-1]
	case k < len(js):
		return js[k]
	}
	return -1
}

// indexFullNames indexes the multi-word person mentions by their last word.
func (m *mentions) indexFullNames() {
	m.byName = true
	for j, x := range m.list {
		if x.typ == Person && x.first != x.last {
			h := ner.HashString(m.toks[x.last].text(m.text))
			m.maps.byLast[h] = append(m.maps.byLast[h], j)
		}
	}
}

// actorTable maps aliases and demonyms to canonical actors. Keys hash the
// lower-case words of a phrase, so lookups build no strings.
type actorTable struct {
	alias   map[uint64]canonical
	demonym map[uint64]canonical
}

// canonical is an actor as the table names it.
type canonical struct {
	name string
	typ  ActorType
}

// newActorTable indexes the lexicon's actor table and demonyms.
func newActorTable(lex *ner.Lexicon) actorTable {
	t := actorTable{alias: map[uint64]canonical{}, demonym: map[uint64]canonical{}}
	types := map[string]ActorType{"person": Person, "organization": Organization, "place": Place}
	for _, e := range lex.Actors {
		c := canonical{e.Name, types[e.Type]}
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			if _, dup := t.alias[phraseKey(a)]; !dup {
				t.alias[phraseKey(a)] = c
			}
		}
	}
	for _, e := range lex.Demonyms {
		for _, a := range e.Aliases {
			t.demonym[phraseKey(a)] = canonical{e.Name, Place}
		}
	}
	return t
}

// phraseKey hashes a phrase's words (as the tokenizer splits them), in
// lower case, dropping a leading "the".
func phraseKey(phrase string) uint64 {
	toks := tokenize(phrase, nil)
	if len(toks) > 1 && strings.EqualFold(toks[0].text(phrase), "the") {
		toks = toks[1:]
	}
	return tokensKey(phrase, toks)
}

// tokensKey hashes the lower-case words of toks.
func tokensKey(text string, toks []token) uint64 {
	h := uint64(0x9E3779B97F4A7C15)
	for _, t := range toks {
		h = (h ^ ner.HashLower(t.text(text))) * 0x100000001B3
	}
	return h
}

// classTypes maps the tagger's classes to actor types.
var classTypes = [...]ActorType{ner.Per: Person, ner.Org: Organization, ner.Loc: Place}

// resolve turns an entity into a mention: a person's title words trimmed,
// an alias named by its canonical actor, a demonym by its country; other
// MISC entities are dropped (ok false).
func (t *actorTable) resolve(text string, toks []token, e ner.Entity) (mention, bool) {
	words := toks[e.First : e.Last+1]
	key := tokensKey(text, words)
	x := mention{first: e.First, last: e.Last, key: key}
	if e.Class == ner.Misc {
		c, ok := t.demonym[key]
		x.actor, x.typ, x.fixed = c.name, c.typ, true
		return x, ok
	}
	x.typ = classTypes[e.Class]
	if c, ok := t.alias[key]; ok && compatible(x.typ, c.typ) {
		x.actor, x.typ, x.fixed = c.name, c.typ, true
		return x, true
	}
	if x.typ == Person {
		x.first = skipTitles(text, toks, x.first, x.last)
	}
	if x.first == x.last && notActor(text, toks, x.first) {
		return x, false
	}
	x.actor = joinWords(text, toks[x.first:x.last+1])
	return x, true
}

// compatible reports whether the tagger's type allows the table's:
// organisations and places stand for each other ("Moscow said", "the
// Kremlin"), and the table knows organisations the tagger may take for
// people ("Hezbollah"), but a person is never renamed as a place (Michael
// Jordan's "Jordan") nor anything as a person.
func compatible(tagged, table ActorType) bool {
	switch {
	case tagged == table:
		return true
	case tagged == Person:
		return table == Organization
	}
	return table != Person
}

// skipTitles returns the first token of a person's name after any title
// words the tagger included ("President", "Mr.").
func skipTitles(text string, toks []token, first, last int) int {
	for first < last && titles.has(toks[first].text(text)) {
		first++
	}
	return first
}

// hashedWords is a set of words, matched without regard to case or a final
// period, by hash: lookups build no strings.
type hashedWords map[uint64]struct{}

// newHashedWords returns the set of the space-separated words of list.
func newHashedWords(list string) hashedWords {
	s := hashedWords{}
	for _, w := range strings.Fields(list) {
		s[ner.HashLower(w)] = struct{}{}
	}
	return s
}

// has reports whether w, less a final period, is in the set.
func (s hashedWords) has(w string) bool {
	_, ok := s[ner.HashLower(strings.TrimSuffix(w, "."))]
	return ok
}

// titles are words that precede a person's name without being part of it.
var titles = newHashedWords(`mr mrs ms dr president secretary minister prime foreign general gen
	senator sen rep governor gov king queen prince pope sheikh ayatollah spokesman spokeswoman
	envoy chancellor mayor judge colonel col lt captain capt sir lord lady professor prof
	ambassador chairman ceo admiral adm commander lieutenant sergeant major navy army`)

// calendarWords are month and weekday names and their short forms ("May"
// is left out: it is also a name).
var calendarWords = newHashedWords(`jan january feb february mar march apr april jun june jul july
	aug august sep sept september oct october nov november dec december
	monday tuesday wednesday thursday friday saturday sunday`)

// notActor reports whether the one-word mention at token i is no actor:
// a title left alone ("Captain" of "Navy Captain"), a month or weekday, or
// the "State" of "Secretary of State".
func notActor(text string, toks []token, i int) bool {
	w := toks[i].text(text)
	if titles.has(w) || calendarWords.has(w) {
		return true
	}
	return strings.EqualFold(w, "state") && i >= 2 && strings.EqualFold(toks[i-1].text(text), "of") &&
		strings.EqualFold(toks[i-2].text(text), "secretary")
}

// singleSpaced reports whether s separates its words by single spaces
// only: no double space, line break, tab or no-break space. (One pass over
// the bytes; strings.ContainsAny is slow with a non-ASCII set.)
func singleSpaced(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return false
			}
		case '\n', '\t', '\r':
			return false
		case 0xC2: // the first byte of U+00A0 in UTF-8
			if i+1 < len(s) && s[i+1] == 0xA0 {
				return false
			}
		}
	}
	return true
}

// joinWords returns the words of toks joined by single spaces, or the
// text itself when the words are already so joined.
func joinWords(text string, toks []token) string {
	s := text[toks[0].Start:toks[len(toks)-1].End]
	if singleSpaced(s) {
		return s
	}
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && t.Start > toks[i-1].End {
			b.WriteByte(' ')
		}
		b.WriteString(t.text(text))
	}
	return b.String()
}
