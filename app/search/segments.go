package search

import (
	"maps"
	"slices"

	"slant/app"
)

// Index is the searchable form of a set of documents: a list of segments,
// each indexing some of them, and the documents removed from each since it
// was built. An Index never changes: Update and Compact return a new one
// that shares what did not change, so searches may run on an Index while
// its successor is being made. Documents must not be changed once indexed
// (replace them instead), and their paths should differ: DocOf, and the
// order of results of equal score, go by path.
//
// Every document has an id, stable for as long as it is in the index:
// Build numbers its documents from 0, Update gives added documents the
// next free ids and replaced ones keep theirs.
type Index struct {
	segs    []*segView
	next    int // the id the next added document gets
	aliases AliasFunc
}

// segView is a segment with the documents removed from it since it was
// built (tombstones). Searches skip their items; the words only they held
// no longer count. They are purged when Compact merges the segment, or
// when Update finds most of it removed and builds it again.
type segView struct {
	*segment
	removed  []bool          // per document of the segment; nil when none is
	nRemoved int             // documents removed
	nItems   int             // items of the documents still in
	dead     map[int32]int32 // vocab id → its postings in removed documents
}

// Build indexes docs, giving them the ids 0, 1, 2, … in order. aliases
// may be nil.
func Build(docs []*app.Document, aliases AliasFunc) *Index {
	ids := make([]int, len(docs))
	for i := range ids {
		ids[i] = i
	}
	return (&Index{aliases: aliases}).apply(nil, docs, ids, len(docs))
}

// appendSegment appends a segment of docs to segs, unless docs is empty.
func (ix *Index) appendSegment(segs []*segView, docs []*app.Document, ids []int) []*segView {
	if len(docs) == 0 {
		return segs
	}
	sg := buildSegment(docs, ids, ix.aliases)
	return append(segs, &segView{segment: sg, nItems: len(sg.items)})
}

// Changes lists edits to an index's documents, made together by Update.
type Changes struct {
	Add     []*app.Document       // new documents; they get the next free ids, in order
	Remove  []int                 // documents to drop, by id
	Replace map[int]*app.Document // documents to swap for a new version, by id, which they keep
}

// Update returns an index with c made: removed and replaced documents are
// marked as gone in their segments, and the added and replacing documents
// form one new segment. It costs about what indexing the new documents
// does (plus, for each removal, indexing the removed document again to
// find its words); ix is unchanged. Ids not in the index are ignored.
// Call Compact now and then to keep the segments few.
func (ix *Index) Update(c Changes) *Index {
	gone := map[int]bool{}
	for _, id := range c.Remove {
		gone[id] = true
	}
	var docs []*app.Document
	var ids []int
	for _, id := range slices.Sorted(maps.Keys(c.Replace)) {
		if ix.has(id) {
			gone[id] = true
			docs, ids = append(docs, c.Replace[id]), append(ids, id)
		}
	}
	next := ix.next
	for range c.Add {
		ids = append(ids, next)
		next++
	}
	return ix.apply(gone, append(docs, c.Add...), ids, next)
}

// apply returns an index without the documents in gone and with docs, a
// new segment, whose ids are ids; next is its next free id.
func (ix *Index) apply(gone map[int]bool, docs []*app.Document, ids []int, next int) *Index {
	out := &Index{next: next, aliases: ix.aliases}
	for _, sv := range ix.segs {
		out.segs = out.removeFrom(out.segs, sv, gone)
	}
	out.segs = out.appendSegment(out.segs, docs, ids)
	return out
}

// Rebase returns ix with the merges compacted made: compacted is
// base.Compact(), made while ix was made from base by Updates, so that a
// long merge need not hold changes up. The changes from base to ix are
// made again on compacted, which costs what making them did.
func (ix *Index) Rebase(base, compacted *Index) *Index {
	was, now := base.byID(), ix.byID()
	gone := map[int]bool{}
	for id, d := range was {
		if now[id] != d {
			gone[id] = true
		}
	}
	var docs []*app.Document
	var ids []int
	for _, id := range slices.Sorted(maps.Keys(now)) {
		if was[id] != now[id] {
			docs, ids = append(docs, now[id]), append(ids, id)
		}
	}
	return compacted.apply(gone, docs, ids, max(ix.next, compacted.next))
}

// byID maps the ids of the documents in the index to them.
func (ix *Index) byID() map[int]*app.Document {
	m := make(map[int]*app.Document, ix.Docs())
	for _, sv := range ix.segs {
		docs, ids := sv.liveDocs(nil)
		for i, d := range docs {
			m[ids[i]] = d
		}
	}
	return m
}

// has reports whether document id is in the index.
func (ix *Index) has(id int) bool {
	for _, sv := range ix.segs {
		if l, ok := sv.local[id]; ok && !sv.isRemoved(l) {
			return true
		}
	}
	return false
}

func (sv *segView) isRemoved(l int32) bool { return sv.removed != nil && sv.removed[l] }

// live returns the number of documents still in the segment.
func (sv *segView) live() int { return len(sv.docs) - sv.nRemoved }

// removeFrom appends sv to segs without the documents in gone: sv itself
// when it holds none of them, nothing when it holds only them, a segment
// built again from the rest when they are most of it, and otherwise sv
// with tombstones.
func (ix *Index) removeFrom(segs []*segView, sv *segView, gone map[int]bool) []*segView {
	var drop []int32
	for id := range gone {
		if l, ok := sv.local[id]; ok && !sv.isRemoved(l) {
			drop = append(drop, l)
		}
	}
	switch {
	case len(drop) == 0:
		return append(segs, sv)
	case 2*(sv.nRemoved+len(drop)) > len(sv.docs):
		skip := make([]bool, len(sv.docs))
		for _, l := range drop {
			skip[l] = true
		}
		docs, ids := sv.liveDocs(skip)
		return ix.appendSegment(segs, docs, ids)
	}
	return append(segs, ix.tombstone(sv, drop))
}

// liveDocs returns the segment's documents still in, less those skip
// marks (skip may be nil), with their ids.
func (sv *segView) liveDocs(skip []bool) ([]*app.Document, []int) {
	var docs []*app.Document
	var ids []int
	for l, d := range sv.docs {
		if !sv.isRemoved(int32(l)) && (skip == nil || !skip[l]) {
			docs, ids = append(docs, d), append(ids, sv.ids[l])
		}
	}
	return docs, ids
}

// tombstone returns a copy of sv with the documents drop marked removed.
// Each one's words are found by indexing it again on its own: its postings
// of each word are as many as there. Indexing is deterministic, so every
// such word is in sv's vocabulary; one that is not (a document changed
// after it was indexed, or aliases that answer differently) has no
// postings in sv to discount, and is skipped rather than charged to
// another word.
func (ix *Index) tombstone(sv *segView, drop []int32) *segView {
	out := &segView{segment: sv.segment, removed: make([]bool, len(sv.docs)), nRemoved: sv.nRemoved, nItems: sv.nItems, dead: maps.Clone(sv.dead)}
	if sv.removed != nil {
		copy(out.removed, sv.removed)
	}
	if out.dead == nil {
		out.dead = map[int32]int32{}
	}
	for _, l := range drop {
		out.removed[l] = true
		out.nRemoved++
		out.nItems -= int(sv.docItems[l])
		one := buildSegment(sv.docs[l:l+1], []int{0}, ix.aliases)
		for w, id := range one.wordIDs {
			if sid, ok := sv.wordIDs[w]; ok {
				out.dead[sid] += int32(len(one.postings[id]))
			}
		}
	}
	return out
}

// livePostings returns how many items of documents still in hold vocab
// word id.
func (sv *segView) livePostings(id int32) int {
	n := len(sv.postings[id])
	if sv.dead != nil {
		n -= int(sv.dead[id])
	}
	return n
}

// mergeRatio is how much larger than the next a segment may be and still
// be merged with it.
const mergeRatio = 2

// Compact returns an index whose small segments are merged, so that
// searches keep scanning few vocabularies. With the segments in order of
// size, largest first, the last one (at first the smallest, then the
// result of the previous merge) is merged with the one before it while
// that one holds at most mergeRatio times its documents, as a carry runs
// through a binary counter. Merging indexes the merged documents again
// and drops the removed ones. It returns ix when there is nothing to
// merge.
func (ix *Index) Compact() *Index {
	segs := slices.Clone(ix.segs)
	slices.SortStableFunc(segs, func(a, b *segView) int { return b.live() - a.live() })
	merged := false
	for n := len(segs); n >= 2 && segs[n-2].live() <= mergeRatio*segs[n-1].live(); n = len(segs) {
		a, b := segs[n-2], segs[n-1]
		docs, ids := a.liveDocs(nil)
		bd, bi := b.liveDocs(nil)
		segs = ix.appendSegment(segs[:n-2], append(docs, bd...), append(ids, bi...))
		merged = true
	}
	if !merged {
		return ix
	}
	return &Index{segs: segs, next: ix.next, aliases: ix.aliases}
}

// Segments returns the number of segments the index is made of.
func (ix *Index) Segments() int { return len(ix.segs) }

// DocOf returns the id of the document at path, or -1 when none is indexed.
func (ix *Index) DocOf(path string) int {
	for _, sv := range ix.segs {
		if l, ok := sv.paths[path]; ok && !sv.isRemoved(l) {
			return sv.ids[l]
		}
	}
	return -1
}

// Len returns the number of items indexed.
func (ix *Index) Len() int {
	n := 0
	for _, sv := range ix.segs {
		n += sv.nItems
	}
	return n
}

// Docs returns the number of documents indexed.
func (ix *Index) Docs() int {
	n := 0
	for _, sv := range ix.segs {
		n += sv.live()
	}
	return n
}

// Words returns the size of the segments' vocabularies, summed (a word in
// two segments counts twice).
func (ix *Index) Words() int {
	n := 0
	for _, sv := range ix.segs {
		n += len(sv.vocab)
	}
	return n
}
