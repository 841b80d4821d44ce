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

// libraryIndex keeps a search index of every document in the library.
// It is built in the background the first time; after that each change to
// the library (documents added, removed, or replaced by a new version) is
// applied to it as such, which takes about as long as indexing the new
// documents. Its segments are compacted in the background meanwhile: a
// long merge holds no change up, it is folded in once done (see
// compacted). Files the library only remembers are loaded for it first.
// Its fields belong to the Fyne main goroutine.
type libraryIndex struct {
	r           *reader
	ix          *search.Index   // nil until first built
	paths       []string        // the library's paths when ix was made
	docs        []*app.Document // their documents then, nil where one did not load
	updating    bool            // an update (or a rebase) is under way
	compacting  bool            // a compaction is under way
	uncompacted bool            // ix has segments added since the last compaction began
	merged      *merged         // a compaction of an earlier index, to fold into ix
	onBuilt     func()
}

// merged is a finished compaction of base.
type merged struct{ base, compacted *search.Index }

func newLibraryIndex(r *reader, onBuilt func()) *libraryIndex {
	return &libraryIndex{r: r, onBuilt: onBuilt}
}

// refresh starts the index's next background job, unless an update is
// under way (it calls refresh when done): an update when the library has
// changed since the index was made, else folding in a compaction, else
// compacting.
func (li *libraryIndex) refresh() {
	if li.updating {
		return
	}
	switch {
	case li.stale():
		li.update()
	case li.merged != nil:
		li.rebase()
	case li.uncompacted && !li.compacting:
		li.compact()
	}
}

// update builds the index, or applies the library's changes to it.
func (li *libraryIndex) update() {
	li.updating = true
	old, oldPaths, oldDocs := li.ix, li.paths, li.docs
	paths, docs := li.snapshot()
	li.r.spawn(func() {
		docs = loadMissing(paths, docs)
		ix := updated(old, indexedByPath(oldPaths, oldDocs), paths, docs)
		fyne.Do(func() { li.install(ix, paths, docs) })
	})
}

// stale reports whether the library differs from what was indexed: paths
// added, removed or moved, documents replaced, or documents forgotten to
// be read afresh (changed on disk).
func (li *libraryIndex) stale() bool {
	es := li.r.lib.entries
	if li.ix == nil || len(es) != len(li.paths) {
		return true
	}
	for i, e := range es {
		if e.path != li.paths[i] || e.doc != li.docs[i] {
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

// indexedByPath maps the paths of an index's documents to them.
func indexedByPath(paths []string, docs []*app.Document) map[string]*app.Document {
	m := make(map[string]*app.Document, len(docs))
	for i, d := range docs {
		if d != nil {
			m[paths[i]] = d
		}
	}
	return m
}

// updated returns an index of docs: built afresh when there is no index
// yet, else old with the differences from what it indexed (indexed, by
// path) applied.
func updated(old *search.Index, indexed map[string]*app.Document, paths []string, docs []*app.Document) *search.Index {
	if old == nil {
		return search.Build(loadedDocs(docs), actorAliases())
	}
	return old.Update(indexChanges(old, indexed, paths, docs))
}

// indexChanges returns what turns the index ix of the documents indexed
// (by path) into one of docs: documents at new paths are added, those
// whose path left the library or that no longer load are removed, and
// those whose document changed are replaced.
func indexChanges(ix *search.Index, indexed map[string]*app.Document, paths []string, docs []*app.Document) search.Changes {
	var c search.Changes
	now := make(map[string]bool, len(paths))
	for i, d := range docs {
		if d == nil {
			continue
		}
		now[paths[i]] = true
		switch was := indexed[paths[i]]; {
		case was == nil:
			c.Add = append(c.Add, d)
		case was != d:
			if c.Replace == nil {
				c.Replace = map[int]*app.Document{}
			}
			c.Replace[ix.DocOf(paths[i])] = d
		}
	}
	for p := range indexed {
		if !now[p] {
			c.Remove = append(c.Remove, ix.DocOf(p))
		}
	}
	return c
}

// install takes a newly made index, hands the documents it loaded to the
// library's entries, and starts the next job.
func (li *libraryIndex) install(ix *search.Index, paths []string, docs []*app.Document) {
	li.ix, li.paths, li.docs = ix, paths, docs
	li.updating, li.uncompacted = false, true
	handOver(li.r.lib.entries, paths, docs)
	li.r.lib.list.Refresh()
	li.onBuilt()
	li.refresh()
}

// handOver gives the documents docs, loaded for paths, to the entries es
// of those paths that have none. Entries are looked for in the same
// place first; once the library's order differs (an entry removed or
// added meanwhile), by a map of their paths, made once, so that the whole
// stays linear in the library's size.
func handOver(es []*entry, paths []string, docs []*app.Document) {
	var byPath map[string]int
	for i, d := range docs {
		if d == nil {
			continue
		}
		j := i
		if j >= len(es) || es[j].path != paths[i] {
			if byPath == nil {
				byPath = make(map[string]int, len(es))
				for k, e := range es {
					byPath[e.path] = k
				}
			}
			var ok bool
			if j, ok = byPath[paths[i]]; !ok {
				continue
			}
		}
		if es[j].doc == nil {
			es[j].doc = d
		}
	}
}

// compact merges the index's small segments in the background.
func (li *libraryIndex) compact() {
	li.compacting, li.uncompacted = true, false
	base := li.ix
	li.r.spawn(func() {
		c := base.Compact()
		fyne.Do(func() { li.compacted(base, c) })
	})
}

// compacted takes the compaction c of base. It indexes the same
// documents as base, so it replaces the index when that is still base;
// when updates were made meanwhile, they are made again on c (rebase).
func (li *libraryIndex) compacted(base, c *search.Index) {
	li.compacting = false
	switch {
	case c == base: // nothing to merge
	case li.ix == base && !li.updating:
		li.ix = c
	default:
		li.merged = &merged{base, c}
	}
	li.refresh()
}

// rebase folds a compaction of an earlier index into the index, in the
// background.
func (li *libraryIndex) rebase() {
	li.updating = true
	m, ix := li.merged, li.ix
	li.merged = nil
	li.r.spawn(func() {
		ix = ix.Rebase(m.base, m.compacted)
		fyne.Do(func() {
			li.ix, li.updating, li.uncompacted = ix, false, true
			li.refresh()
		})
	})
}

// docOf returns the id of the document at path in the index, or -1.
func (li *libraryIndex) docOf(path string) int {
	if li.ix == nil {
		return -1
	}
	return li.ix.DocOf(path)
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

// loadedDocs returns the documents that are not nil.
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
