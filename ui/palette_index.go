package ui

import (
	"fmt"
	"os"
	"sync"

	"fyne.io/fyne/v2"

	"slant/app"
	"slant/app/search"
	"slant/assets"
)

// libraryIndex keeps a search index of every document in the library. It
// is rebuilt in the background when the library changes; files the
// library only remembers are loaded for it first. Its fields belong to
// the Fyne main goroutine.
type libraryIndex struct {
	r        *reader
	ix       *search.Index   // nil until first built
	paths    []string        // the library's paths when ix was built
	docs     []*app.Document // their documents then, nil where one did not load
	byPath   map[string]int  // path → document number in ix
	building bool
	onBuilt  func()
}

func newLibraryIndex(r *reader, onBuilt func()) *libraryIndex {
	return &libraryIndex{r: r, onBuilt: onBuilt}
}

// refresh rebuilds the index in the background when the library has
// changed since it was built. A change made while it builds is picked up
// when it is done.
func (li *libraryIndex) refresh() {
	if li.building || !li.stale() {
		return
	}
	li.building = true
	paths, docs := li.snapshot()
	li.r.spawn(func() {
		docs = loadMissing(paths, docs)
		ix := search.Build(loadedDocs(docs), actorAliases())
		fyne.Do(func() { li.install(ix, paths, docs) })
	})
}

// stale reports whether the library differs from what was indexed.
func (li *libraryIndex) stale() bool {
	es := li.r.lib.entries
	if li.ix == nil || len(es) != len(li.paths) {
		return true
	}
	for i, e := range es {
		if e.path != li.paths[i] || e.doc != nil && e.doc != li.docs[i] {
			return true
		}
	}
	return false
}

// snapshot copies the library's paths and the documents loaded so far.
func (li *libraryIndex) snapshot() ([]string, []*app.Document) {
	es := li.r.lib.entries
	paths, docs := make([]string, len(es)), make([]*app.Document, len(es))
	for i, e := range es {
		paths[i], docs[i] = e.path, e.doc
	}
	return paths, docs
}

// install takes a newly built index, hands the documents it loaded to the
// library's entries, and builds again if the library changed meanwhile.
func (li *libraryIndex) install(ix *search.Index, paths []string, docs []*app.Document) {
	li.ix, li.paths, li.docs, li.building = ix, paths, docs, false
	li.byPath = make(map[string]int, len(docs))
	for i, d := range docs {
		if d == nil {
			continue
		}
		li.byPath[paths[i]] = len(li.byPath)
		if j := li.r.lib.index(paths[i]); j >= 0 && li.r.lib.entries[j].doc == nil {
			li.r.lib.entries[j].doc = d
		}
	}
	li.r.lib.list.Refresh()
	li.onBuilt()
	li.refresh()
}

// docOf returns the document number of path in the index, or -1.
func (li *libraryIndex) docOf(path string) int {
	if i, ok := li.byPath[path]; ok {
		return i
	}
	return -1
}

// loadMissing loads the documents not loaded yet; those that fail stay nil
// (opening them from the sidebar reports why).
func loadMissing(paths []string, docs []*app.Document) []*app.Document {
	var missing []string
	for i, d := range docs {
		if d == nil {
			missing = append(missing, paths[i])
		}
	}
	if len(missing) == 0 {
		return docs
	}
	loaded, _ := app.LoadAll(missing)
	byPath := make(map[string]*app.Document, len(loaded))
	for _, d := range loaded {
		byPath[d.Path] = d
	}
	for i, d := range docs {
		if d == nil {
			docs[i] = byPath[paths[i]]
		}
	}
	return docs
}

// present returns the documents that are not nil.
func loadedDocs(docs []*app.Document) []*app.Document {
	out := make([]*app.Document, 0, len(docs))
	for _, d := range docs {
		if d != nil {
			out = append(out, d)
		}
	}
	return out
}

var (
	aliasOnce sync.Once
	aliases   search.AliasFunc
)

// actorAliases returns the canonical-actor table's aliases, read once,
// so that "Kremlin" finds Russia; nil (names only) if it cannot be read.
func actorAliases() search.AliasFunc {
	aliasOnce.Do(func() {
		var err error
		if aliases, err = search.ActorAliases(assets.FS); err != nil {
			fmt.Fprintln(os.Stderr, "slant: actor aliases:", err)
		}
	})
	return aliases
}
