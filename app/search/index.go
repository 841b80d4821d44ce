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
	doc        int32
	kind       Kind
	start, end int32
	display    string // "" when the range itself is shown
	detail     string
}

// Index is the searchable form of a set of documents. It is immutable once
// built and safe for concurrent searches.
type Index struct {
	docs     []docRef
	items    []item
	vocab    []string         // distinct lower-case words
	ids      map[string]int32 // word → index in vocab
	masks    []uint64         // letterMask of each vocab word
	byFirst  map[byte][]int32 // vocab ids by first byte
	postings [][]int32        // vocab id → items holding it, ascending
	static   []float32        // per item: its kind's bonus less a length penalty
	nShort   int32            // items below this id are not sentences
	aliases  func(string) []string
}

// AliasFunc returns every known name of a canonical actor ("Russia" →
// "Moscow", "the Kremlin", "Russian"), so a search for any alias finds the
// actor's mentions.
type AliasFunc func(canonical string) []string

// Build indexes docs. aliases may be nil.
func Build(docs []*app.Document, aliases AliasFunc) *Index {
	ix := &Index{docs: docRefs(docs), ids: map[string]int32{}, byFirst: map[byte][]int32{}, aliases: aliases}
	b := builder{ix: ix}
	for i, d := range docs {
		b.addDoc(int32(i), d)
	}
	ix.sentencesLast()
	ix.masks = make([]uint64, len(ix.vocab))
	for id, w := range ix.vocab {
		ix.masks[id] = letterMask(w)
		ix.byFirst[w[0]] = append(ix.byFirst[w[0]], int32(id))
	}
	ix.static = make([]float32, len(ix.items))
	for i, it := range ix.items {
		ix.static[i] = float32(kindBonus[it.kind] - 0.5*math.Log2(1+float64(it.end-it.start)/40))
	}
	return ix
}

// sentencesLast renumbers the items so that every sentence comes after
// every other item, keeping each group's order, and rewrites the postings.
// A query too broad to score every sentence can then stop each posting
// list at nShort (see accumulate).
func (ix *Index) sentencesLast() {
	newID := make([]int32, len(ix.items))
	items := make([]item, 0, len(ix.items))
	for pass := 0; pass < 2; pass++ {
		for i, it := range ix.items {
			if (it.kind == Sentence) == (pass == 1) {
				newID[i] = int32(len(items))
				items = append(items, it)
			}
		}
		if pass == 0 {
			ix.nShort = int32(len(items))
		}
	}
	ix.items = items
	for _, p := range ix.postings {
		for j, it := range p {
			p[j] = newID[it]
		}
		slices.Sort(p)
	}
}

// Len returns the number of items indexed.
func (ix *Index) Len() int { return len(ix.items) }

// Docs returns the number of documents indexed.
func (ix *Index) Docs() int { return len(ix.docs) }

// Words returns the size of the vocabulary.
func (ix *Index) Words() int { return len(ix.vocab) }

// builder adds documents' items and words to an Index.
type builder struct {
	ix  *Index
	buf []byte
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
	if b.ix.aliases != nil {
		words = append(words, b.ix.aliases(name)...)
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
	id := int32(len(b.ix.items))
	b.ix.items = append(b.ix.items, it)
	for _, t := range texts {
		eachWord(t, func(s, e int) {
			b.buf = fold(b.buf, t[s:e])
			b.post(b.wordID(b.buf), id)
		})
	}
}

func (b *builder) wordID(w []byte) int32 {
	if id, ok := b.ix.ids[string(w)]; ok {
		return id
	}
	id := int32(len(b.ix.vocab))
	s := string(w)
	b.ix.ids[s] = id
	b.ix.vocab = append(b.ix.vocab, s)
	b.ix.postings = append(b.ix.postings, nil)
	return id
}

func (b *builder) post(w, it int32) {
	p := b.ix.postings[w]
	if n := len(p); n > 0 && p[n-1] == it {
		return
	}
	b.ix.postings[w] = append(p, it)
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

// docSet returns a lookup of the documents in ds; nil means all.
func docSet(ds []int, n int) []bool {
	if len(ds) == 0 {
		return nil
	}
	set := make([]bool, n)
	for _, d := range ds {
		if d >= 0 && d < n {
			set[d] = true
		}
	}
	return set
}
