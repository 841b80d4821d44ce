package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"slant/app"
	"slant/app/search"
	"slant/highlight"
)

// searchIndex returns the paths of the palette index's results for q.
func searchIndex(r *reader, q string) []string {
	var paths []string
	for _, res := range r.search.index.ix.Search(context.Background(), q, search.Options{Limit: 100}) {
		paths = append(paths, res.Path)
	}
	return paths
}

func TestPaletteIndexAppliesLibraryChangesWithoutRebuilding(t *testing.T) {
	r := openPalette(t)
	li := r.search.index
	built := li.ix
	if built == nil || built.Docs() != len(r.lib.entries) {
		t.Fatalf("index of %v documents for %d entries", built, len(r.lib.entries))
	}
	sample := r.lib.entries[1].path
	sampleID := li.docOf(sample)

	// A new file: added as a segment of its own, the samples keep their ids.
	p := seedFile(t, t.TempDir(), "added.txt", 0)
	r.lib.add(&entry{path: p})
	li.refresh()
	if li.ix.Segments() != 2 || li.docOf(sample) != sampleID {
		t.Errorf("after one addition: %d segments, sample id %d (was %d); want 2 and unchanged", li.ix.Segments(), li.docOf(sample), sampleID)
	}
	if got := searchIndex(r, "dumb bombs"); !slices.Contains(got, p) {
		t.Fatalf("the added file is not found: %v", got)
	}

	// The file changes on disk: the library forgets its document, the index
	// reads it again and replaces it under the same id.
	id := li.docOf(p)
	if err := os.WriteFile(p, []byte("Zanzibar Quillfeather\n\nThe zanzibar quillfeather said nothing at all.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r.lib.entries[r.lib.index(p)].doc = nil
	li.refresh()
	if got := searchIndex(r, "quillfeather"); len(got) == 0 || got[0] != p || li.docOf(p) != id {
		t.Errorf("changed file: results %v, id %d (was %d)", got, li.docOf(p), id)
	}
	if got := searchIndex(r, "dumb bombs"); slices.Contains(got, p) {
		t.Errorf("the file's old text is still found: %v", got)
	}

	// A document analysed again (a new *app.Document for the same path)
	// replaces the old one: its actors go with the old analysis.
	old := r.lib.entries[1].doc
	actor := firstActor(old)
	only := search.Options{Filter: search.Filter{Kinds: []search.Kind{search.Actor}, Docs: []int{sampleID}}}
	if rs := li.ix.Search(context.Background(), actor, only); len(rs) == 0 {
		t.Fatalf("actor %q of %s not found", actor, sample)
	}
	d := *old
	d.Spans = nil
	r.lib.entries[1].doc = &d
	li.refresh()
	if rs := li.ix.Search(context.Background(), actor, only); len(rs) != 0 || li.docOf(sample) != sampleID {
		t.Errorf("after analysing %s again without actors: %d actors found, id %d (was %d)", sample, len(rs), li.docOf(sample), sampleID)
	}

	// A file leaving the library leaves the index.
	r.lib.forget(p)
	li.refresh()
	if got := searchIndex(r, "quillfeather"); len(got) != 0 || li.docOf(p) != -1 || li.ix.Docs() != len(r.lib.entries) {
		t.Errorf("forgotten file still indexed: %v, id %d, %d documents", got, li.docOf(p), li.ix.Docs())
	}
}

func TestPaletteIndexChangesDiffByPathAndDocument(t *testing.T) {
	a, b, c := &app.Document{Path: "a"}, &app.Document{Path: "b"}, &app.Document{Path: "c"}
	ix := search.Build([]*app.Document{a, b}, nil)
	b2 := *b
	got := indexChanges(ix, map[string]*app.Document{"a": a, "b": b}, []string{"b", "c", "d"}, []*app.Document{&b2, c, nil})
	if len(got.Add) != 1 || got.Add[0] != c {
		t.Errorf("added %v, want c", got.Add)
	}
	if len(got.Remove) != 1 || got.Remove[0] != ix.DocOf("a") {
		t.Errorf("removed %v, want a's id %d", got.Remove, ix.DocOf("a"))
	}
	if len(got.Replace) != 1 || got.Replace[ix.DocOf("b")] != &b2 {
		t.Errorf("replaced %v, want b's new version", got.Replace)
	}
}

// firstActor returns the text of d's first actor mention.
func firstActor(d *app.Document) string {
	for _, sp := range d.Spans {
		if sp.Kind == highlight.Actor {
			return d.Text[sp.Start:sp.End]
		}
	}
	return ""
}

func TestPaletteIndexFoldsInACompactionMadeWhileUpdating(t *testing.T) {
	r := openPalette(t)
	li := r.search.index
	var queued []func()
	r.spawn = func(f func()) { queued = append(queued, f) }
	run := func(i int) { // runs the i-th job queued
		f := queued[i]
		queued = slices.Delete(queued, i, i+1)
		f()
	}
	dir := t.TempDir()
	add := func(name string, n int) {
		r.lib.add(&entry{path: seedFile(t, dir, name, n)})
		li.refresh()
	}
	add("a.txt", 0)
	run(0) // the update; a compaction (with nothing to merge) follows
	run(0)
	add("b.txt", 1)
	run(0) // the update; the compaction of [5 1 1] is queued
	add("c.txt", 2)
	if len(queued) != 2 {
		t.Fatalf("%d jobs queued, want the compaction and c's update", len(queued))
	}
	run(1) // c's update, made while the compaction runs
	run(0) // the compaction, of the index before c: folded in by a rebase
	run(0)
	if li.ix.Segments() != 3 || li.ix.Docs() != 8 {
		t.Errorf("after the rebase: %d segments, %d documents; want 3 (samples, a+b, c) and 8", li.ix.Segments(), li.ix.Docs())
	}
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		if li.docOf(filepath.Join(dir, name)) < 0 {
			t.Errorf("%s is not indexed", name)
		}
	}
	run(0) // the next compaction merges everything
	if li.ix.Segments() != 1 || li.ix.Docs() != 8 || len(queued) != 0 {
		t.Errorf("finally %d segments, %d documents, %d jobs queued; want 1, 8, 0", li.ix.Segments(), li.ix.Docs(), len(queued))
	}
}

// BenchmarkPaletteIndexAddOne10k measures the background work of adding
// one article to a 10,000-article library's index: finding what changed,
// then search.Update (short unanalysed texts: the diff's cost is the
// point; BenchmarkUpdate10k in app/search has real articles).
func BenchmarkPaletteIndexAddOne10k(b *testing.B) {
	paths, docs := make([]string, 10001), make([]*app.Document, 10001)
	for i := range docs {
		paths[i] = fmt.Sprintf("lib/%05d.txt", i)
		docs[i] = &app.Document{Path: paths[i], Title: "Article", Text: fmt.Sprintf("Article %d\n\nThe minister said talks would resume.", i)}
	}
	ix := updated(nil, nil, paths[:10000], docs[:10000])
	indexed := indexedByPath(paths[:10000], docs[:10000])
	for b.Loop() {
		updated(ix, indexed, paths, docs)
	}
}

// shiftedLibrary returns n entries without documents and, for the library
// as it was before its first entry was removed, their paths and a
// document for each.
func shiftedLibrary(n int) (es []*entry, paths []string, docs []*app.Document) {
	for i := range n + 1 {
		p := fmt.Sprintf("/lib/%05d.txt", i)
		paths, docs = append(paths, p), append(docs, &app.Document{Path: p})
		es = append(es, &entry{path: p})
	}
	return es[1:], paths, docs
}

// TestHandOverFindsEntriesThatMoved gives an update's documents to a
// library whose first entry was removed meanwhile: every other entry gets
// its own document, and one that loaded already keeps its own.
func TestHandOverFindsEntriesThatMoved(t *testing.T) {
	es, paths, docs := shiftedLibrary(50)
	kept := &app.Document{Path: es[7].path}
	es[7].doc = kept
	docs[20] = nil // did not load
	handOver(es, paths, docs)
	for i, e := range es {
		want := docs[i+1]
		if i == 7 {
			want = kept
		}
		if e.doc != want {
			t.Fatalf("entry %d (%s) has %v, want %v", i, e.path, e.doc, want)
		}
	}
}

// BenchmarkHandOverAfterARemoval is handOver on 10,000 entries all moved
// by one: linear (a map made once), where looking each entry up by a scan
// of the library made some 5·10⁷ comparisons on the main goroutine.
func BenchmarkHandOverAfterARemoval(b *testing.B) {
	es, paths, docs := shiftedLibrary(10000)
	for b.Loop() {
		for _, e := range es {
			e.doc = nil
		}
		handOver(es, paths, docs)
	}
}
