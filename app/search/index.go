package search

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"slant/app"
	"slant/highlight"
)

// item is one searchable thing: a byte range of a document and, where what
// is shown differs from that range (titles, actors), its display text.
type item struct {
	doc        int32 // the document's place in its segment
	kind       Kind
	start, end int32
	display    string // "" when the range itself is shown
	detail     string
}

// segment is the searchable form of some documents: their items, their
// vocabulary and its inverted lists. It never changes once built; an
// Index is a list of segments (see segments.go).
type segment struct {
	docs     []*app.Document
	ids      []int            // each document's id in the Index
	local    map[int]int32    // document id → place in docs
	paths    map[string]int32 // document path → place in docs
	docItems []int32          // how many items each document has
	items    []item
	vocab    []string         // distinct lower-case words
	wordIDs  map[string]int32 // word → index in vocab
	masks    []uint64         // letterMask of each vocab word
	byFirst  map[byte][]int32 // vocab ids by first byte
	postings [][]int32        // vocab id → items holding it, ascending
	static   []float32        // per item: its kind's bonus less a length penalty
	nShort   int32            // items below this id are not sentences
}

// AliasFunc returns every known name of a canonical actor ("Russia" →
// "Moscow", "the Kremlin", "Russian"), so a search for any alias finds the
// actor's mentions.
type AliasFunc func(canonical string) []string

// buildSegment indexes docs, whose ids in the Index are ids. aliases may
// be nil.
func buildSegment(docs []*app.Document, ids []int, aliases AliasFunc) *segment {
	sg := &segment{docs: docs, ids: ids, local: make(map[int]int32, len(ids)), paths: make(map[string]int32, len(docs)),
		docItems: make([]int32, len(docs)), wordIDs: map[string]int32{}, byFirst: map[byte][]int32{}}
	b := builder{sg: sg, aliases: aliases}
	for i, d := range docs {
		sg.local[ids[i]] = int32(i)
		sg.paths[d.Path] = int32(i)
		n := len(sg.items)
		b.addDoc(int32(i), d)
		sg.docItems[i] = int32(len(sg.items) - n)
	}
	sg.sentencesLast()
	sg.masks = make([]uint64, len(sg.vocab))
	for id, w := range sg.vocab {
		sg.masks[id] = letterMask(w)
		sg.byFirst[w[0]] = append(sg.byFirst[w[0]], int32(id))
	}
	sg.static = make([]float32, len(sg.items))
	for i, it := range sg.items {
		sg.static[i] = float32(kindBonus[it.kind] - 0.5*math.Log2(1+float64(it.end-it.start)/40))
	}
	return sg
}

// sentencesLast renumbers the items so that every sentence comes after
// every other item, keeping each group's order, and rewrites the postings.
// A query too broad to score every sentence can then stop each posting
// list at nShort (see accumulate).
func (sg *segment) sentencesLast() {
	newID := make([]int32, len(sg.items))
	items := make([]item, 0, len(sg.items))
	for pass := 0; pass < 2; pass++ {
		for i, it := range sg.items {
			if (it.kind == Sentence) == (pass == 1) {
				newID[i] = int32(len(items))
				items = append(items, it)
			}
		}
		if pass == 0 {
			sg.nShort = int32(len(items))
		}
	}
	sg.items = items
	for _, p := range sg.postings {
		for j, it := range p {
			p[j] = newID[it]
		}
		slices.Sort(p)
	}
}

// builder adds documents' items and words to a segment.
type builder struct {
	sg      *segment
	aliases AliasFunc
	buf     []byte
}

func (b *builder) addDoc(doc int32, d *app.Document) {
	if d.Title != "" {
		s, e := titleRange(d)
		b.add(item{doc: doc, kind: Title, start: int32(s), end: int32(e), display: d.Title}, d.Title)
	}
	highlight.EachSentence(d.Text, func(s, e int) {
		b.add(item{doc: doc, kind: Sentence, start: int32(s), end: int32(e)}, d.Text[s:e])
	})
	b.addSpans(doc, d)
}

// titleRange finds the title in the text (plain-text titles are its first
// line); the empty range at 0 when it is not there.
func titleRange(d *app.Document) (int, int) {
	if i := strings.Index(d.Text, d.Title); i >= 0 {
		return i, i + len(d.Title)
	}
	return 0, 0
}

func (b *builder) addSpans(doc int32, d *app.Document) {
	actors := map[string]*actorGroup{}
	var order []string
	for _, sp := range d.Spans {
		text := d.Text[sp.Start:sp.End]
		it := item{doc: doc, start: int32(sp.Start), end: int32(sp.End)}
		switch sp.Kind {
		case highlight.Quote:
			it.kind, it.detail = Quote, sp.Speaker
			b.add(it, text, sp.Speaker)
		case highlight.Figure:
			it.kind, it.detail = Figure, figureDetail(sp)
			b.add(it, text)
		case highlight.Loaded:
			it.kind, it.detail = Loaded, loadedDetail(sp)
			b.add(it, text)
		case highlight.Actor:
			g := actors[sp.Actor]
			if g == nil {
				g = &actorGroup{first: sp}
				actors[sp.Actor] = g
				order = append(order, sp.Actor)
			}
			g.add(text)
		}
	}
	for _, name := range order {
		b.addActor(doc, name, actors[name])
	}
}

// actorGroup gathers one document's mentions of one canonical actor.
type actorGroup struct {
	first    highlight.Span
	mentions []string
	count    int
}

func (g *actorGroup) add(text string) {
	g.count++
	for _, m := range g.mentions {
		if m == text {
			return
		}
	}
	g.mentions = append(g.mentions, text)
}

func (b *builder) addActor(doc int32, name string, g *actorGroup) {
	display := name
	var others []string
	for _, m := range g.mentions {
		if !strings.Contains(name, m) { // "Lavrov" adds nothing to "Sergei Lavrov"
			others = append(others, m)
		}
	}
	if len(others) > 0 {
		display += " (" + strings.Join(others, ", ") + ")"
	}
	detail := g.first.ActorType.String() + ", " + plural(g.count, "mention")
	words := append([]string{name}, g.mentions...)
	if b.aliases != nil {
		words = append(words, b.aliases(name)...)
	}
	b.add(item{doc: doc, kind: Actor, start: int32(g.first.Start), end: int32(g.first.End), display: display, detail: detail}, words...)
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

func figureDetail(sp highlight.Span) string {
	if !sp.HasValue {
		return sp.Unit
	}
	v := strconv.FormatFloat(sp.Value, 'f', -1, 64)
	if sp.Unit == "" {
		return v
	}
	return v + " " + sp.Unit
}

func loadedDetail(sp highlight.Span) string {
	d := sp.Category
	if sp.Neutral != "" {
		d += " → " + sp.Neutral
	}
	if sp.InQuote {
		d += " (in a quote)"
	}
	return d
}

// add appends it and posts each distinct word of texts to it.
func (b *builder) add(it item, texts ...string) {
	id := int32(len(b.sg.items))
	b.sg.items = append(b.sg.items, it)
	for _, t := range texts {
		eachWord(t, func(s, e int) {
			b.buf = fold(b.buf, t[s:e])
			b.post(b.wordID(b.buf), id)
		})
	}
}

func (b *builder) wordID(w []byte) int32 {
	if id, ok := b.sg.wordIDs[string(w)]; ok {
		return id
	}
	id := int32(len(b.sg.vocab))
	s := string(w)
	b.sg.wordIDs[s] = id
	b.sg.vocab = append(b.sg.vocab, s)
	b.sg.postings = append(b.sg.postings, nil)
	return id
}

func (b *builder) post(w, it int32) {
	p := b.sg.postings[w]
	if n := len(p); n > 0 && p[n-1] == it {
		return
	}
	b.sg.postings[w] = append(p, it)
}

// kindSet returns the kinds in ks, or all kinds, as a lookup table.
func kindSet(ks []Kind) [numKinds]bool {
	var set [numKinds]bool
	if len(ks) == 0 {
		for i := range set {
			set[i] = true
		}
	}
	for _, k := range ks {
		if k < numKinds {
			set[k] = true
		}
	}
	return set
}
