package search

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"slant/app"
	"slant/assets"
)

// testAliases returns the canonical-actor table's aliases plus, for every
// actor, an invented one ("zqjohnkerry"), found in no text: searching it
// finds only actors, and only while a document names them.
func testAliases(t *testing.T) AliasFunc {
	table, err := ActorAliases(assets.FS)
	if err != nil {
		t.Fatal(err)
	}
	return func(c string) []string {
		var b strings.Builder
		eachWord(c, func(s, e int) { b.WriteString(strings.ToLower(c[s:e])) })
		return append(table(c), "zq"+b.String())
	}
}

// pool returns the seeds and n synthetic articles, and for each a second
// version under the same path: the seeds analysed again with half their
// spans, the articles with another article's text.
func pool(t *testing.T, n int) (docs, versions []*app.Document) {
	docs = append(seeds(t), library(t, 2*n)...)
	gen := docs[5+n:]
	docs = docs[:5+n]
	for i, d := range docs {
		v := *d
		if i < 5 {
			v.Spans = d.Spans[:len(d.Spans)/2]
		} else {
			v.Text, v.Title, v.Spans = gen[i-5].Text, gen[i-5].Title, gen[i-5].Spans
		}
		versions = append(versions, &v)
	}
	return docs, versions
}

// equivalenceQueries are typed prefixes, broad and narrow, plus queries
// through speakers and aliases.
func equivalenceQueries() []string {
	return append(keystrokes(), "ker", "said", "russian", "moscow kremlin", "a", "lavrov said", "t", "s", "b", "zq", "zqs", "zqa", "zqb", "zqm")
}

// assertSameAsBuild checks that ix answers every query as a fresh Build of
// its documents (in another order) does, with and without filters.
func assertSameAsBuild(t *testing.T, step string, ix *Index, live map[string]*app.Document, rng *rand.Rand) {
	t.Helper()
	var docs []*app.Document
	for _, d := range live {
		docs = append(docs, d)
	}
	rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
	fresh := Build(docs, ix.aliases)
	if ix.Docs() != fresh.Docs() || ix.Len() != fresh.Len() {
		t.Fatalf("%s: %d documents, %d items; a fresh build has %d, %d", step, ix.Docs(), ix.Len(), fresh.Docs(), fresh.Len())
	}
	var filters []Filter
	if len(docs) > 0 {
		p := docs[rng.IntN(len(docs))].Path
		filters = []Filter{{}, {Kinds: []Kind{Sentence, Quote}}, {Docs: []int{ix.DocOf(p)}}}
	}
	for _, q := range equivalenceQueries() {
		for fi, f := range filters {
			for _, limit := range []int{0, 2} { // a short list makes ties at its end count
				want := fresh.Search(context.Background(), q, Options{Filter: withDocs(f, ix, fresh), Limit: limit})
				got := ix.Search(context.Background(), q, Options{Filter: f, Limit: limit})
				if !reflect.DeepEqual(normalized(t, ix, got), normalized(t, fresh, want)) {
					t.Fatalf("%s: %q (filter %d, limit %d) gives\n%s\nwhere a fresh build gives\n%s", step, q, fi, limit, describe(got), describe(want))
				}
			}
		}
	}
}

// withDocs maps f's document ids in ix to those of the same paths in other.
func withDocs(f Filter, ix, other *Index) Filter {
	g := f
	g.Docs = nil
	for _, id := range f.Docs {
		for _, sv := range ix.segs {
			if l, ok := sv.local[id]; ok && !sv.isRemoved(l) {
				g.Docs = append(g.Docs, other.DocOf(sv.docs[l].Path))
			}
		}
	}
	return g
}

// normalized checks that each result's id is its path's in ix and returns
// the results without ids, which differ between indexes.
func normalized(t *testing.T, ix *Index, rs []Result) []Result {
	t.Helper()
	out := slices.Clone(rs)
	for i := range out {
		if id := ix.DocOf(out[i].Path); id != out[i].Doc {
			t.Fatalf("result in %s has id %d; the index says %d", out[i].Path, out[i].Doc, id)
		}
		out[i].Doc = -1
	}
	return out
}

func describe(rs []Result) string {
	var s string
	for i, r := range rs {
		if i == 8 {
			return s + fmt.Sprintf("… %d in all\n", len(rs))
		}
		s += fmt.Sprintf("  %.4f %s %s %d-%d %q\n", r.Score, r.Kind, r.Path, r.Start, r.End, oneLine(r.Text, 50))
	}
	return s
}

// TestUpdatesAnswerAsAFreshBuild adds, removes and replaces documents at
// random, a few at a time, compacting now and then (directly, or by a
// compaction that finishes some steps later and is rebased), and after each step
// compares every query's results with those of a fresh Build. Actors are
// indexed with their aliases, which a removed document's words include.
func TestUpdatesAnswerAsAFreshBuild(t *testing.T) {
	docs, versions := pool(t, 16)
	rng := rand.New(rand.NewPCG(7, 11))
	ix := Build(docs[:8], testAliases(t))
	live := map[string]*app.Document{}
	for _, d := range docs[:8] {
		live[d.Path] = d
	}
	var base, compacted *Index
	for step := range 36 {
		var c Changes
		for range 1 + rng.IntN(3) {
			i := rng.IntN(len(docs))
			d, ok := live[docs[i].Path]
			switch {
			case !ok:
				c.Add = append(c.Add, docs[i])
				live[docs[i].Path] = docs[i]
			case rng.IntN(2) == 0 && !slices.Contains(c.Add, d):
				c.Remove = append(c.Remove, ix.DocOf(d.Path))
				delete(live, d.Path)
			case d == docs[i] && !slices.Contains(c.Add, d) && c.Replace[ix.DocOf(d.Path)] == nil:
				if c.Replace == nil {
					c.Replace = map[int]*app.Document{}
				}
				c.Replace[ix.DocOf(d.Path)] = versions[i]
				live[d.Path] = versions[i]
			}
		}
		ix = ix.Update(c)
		switch rng.IntN(4) {
		case 0:
			ix = ix.Compact()
		case 1: // a compaction starts from this index, and takes a while
			if base == nil {
				base, compacted = ix, ix.Compact()
			}
		case 2:
			if base != nil {
				ix, base = ix.Rebase(base, compacted), nil
			}
		}
		assertSameAsBuild(t, fmt.Sprintf("step %d (%d segments)", step, ix.Segments()), ix, live, rng)
	}
}

func TestReplacedDocumentKeepsItsID(t *testing.T) {
	docs, versions := pool(t, 0)
	ix := Build(docs, nil)
	id := ix.DocOf(docs[2].Path)
	ix = ix.Update(Changes{Replace: map[int]*app.Document{id: versions[2]}, Remove: []int{ix.DocOf(docs[0].Path)}})
	if got := ix.DocOf(docs[2].Path); got != id {
		t.Errorf("replaced document's id %d, was %d", got, id)
	}
	if ix.DocOf(docs[0].Path) != -1 || ix.Docs() != 4 {
		t.Errorf("removed document still found; %d documents", ix.Docs())
	}
	ix = ix.Update(Changes{Add: docs[:1]})
	if got := ix.DocOf(docs[0].Path); got != len(docs) {
		t.Errorf("document added again got id %d, want the next free one, %d", got, len(docs))
	}
}

func TestCompactKeepsSegmentsFew(t *testing.T) {
	docs, _ := pool(t, 27)
	ix := Build(nil, nil)
	for i, d := range docs {
		ix = ix.Update(Changes{Add: []*app.Document{d}}).Compact()
		if max := 2 + bitsLen(i+1); ix.Segments() > max {
			t.Fatalf("%d segments after %d single additions", ix.Segments(), i+1)
		}
	}
	if ix.Segments() > 3 {
		t.Errorf("%d segments for %d documents", ix.Segments(), len(docs))
	}
}

func bitsLen(n int) int {
	b := 0
	for ; n > 0; n >>= 1 {
		b++
	}
	return b
}

// TestSearchWhileUpdating runs searches on the latest index while one
// writer keeps updating it. What it checks is that searches and updates
// share no memory they write: only the race detector sees that, so it is
// skipped without -race (its own assertion, the final count, is covered
// elsewhere).
func TestSearchWhileUpdating(t *testing.T) {
	if !raceEnabled {
		t.Skip("meaningful only under the race detector (go test -race)")
	}
	docs, versions := pool(t, 6)
	var cur atomic.Pointer[Index]
	cur.Store(Build(docs[:3], nil))
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for range 2 {
		wg.Go(func() {
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				cur.Load().Search(context.Background(), equivalenceQueries()[i%20], Options{})
			}
		})
	}
	for i := 3; i < len(docs); i++ {
		ix := cur.Load()
		ix = ix.Update(Changes{Add: docs[i : i+1], Replace: map[int]*app.Document{ix.DocOf(docs[i-3].Path): versions[i-3]}})
		cur.Store(ix.Compact())
	}
	close(stop)
	wg.Wait()
	if got := cur.Load().Docs(); got != len(docs) {
		t.Errorf("%d documents, want %d", got, len(docs))
	}
}

// TestTombstoneDiscountsOnlyTheRemovedDocumentsWords checks that removing
// a document discounts, for each word, exactly its postings in that
// document, also when indexing it again yields a word its segment lacks
// (aliases that answer differently from when it was built, which the
// Index forbids but must not turn into another word's loss): that word is
// skipped, not charged to word 0.
func TestTombstoneDiscountsOnlyTheRemovedDocumentsWords(t *testing.T) {
	docs := seeds(t)
	ix := Build(docs, nil)
	sv := ix.segs[0]
	want := map[int32]int32{}
	for id, p := range sv.postings {
		for _, it := range p {
			if sv.items[it].doc == 1 {
				want[int32(id)]++
			}
		}
	}
	other := &Index{segs: ix.segs, next: ix.next, aliases: func(string) []string { return []string{"zqneverindexed"} }}
	for name, x := range map[string]*Index{"same aliases": ix, "other aliases": other} {
		got := x.tombstone(sv, []int32{1}).dead
		for id := range sv.vocab {
			if g, w := got[int32(id)], want[int32(id)]; g != w {
				t.Errorf("%s: word %q discounted %d times, want %d", name, sv.vocab[id], g, w)
			}
		}
	}
}
