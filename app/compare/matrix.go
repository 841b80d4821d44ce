package compare

import (
	"cmp"
	"slices"

	"slant/app"
)

// Reference marks the document whose version of a quotation a matrix row
// measures the others against.
const Reference QuoteStatus = "reference"

// MatrixCell is how one document carries one quotation.
type MatrixCell struct {
	// Quotes are the document's quotations in the row (indexes into
	// Matrix.Quotes for that document); empty when it does not carry it.
	Quotes []int `json:"quotes"`
	// Status is Reference for the row's reference document, else the
	// document's version against the reference: Identical, Partial or
	// Altered ("" when absent). A version linked to the reference only
	// through a third one counts as Partial.
	Status  QuoteStatus `json:"status,omitempty"`
	Speaker string      `json:"speaker,omitempty"`
}

// MatrixRow is one quotation across all the documents.
type MatrixRow struct {
	// Doc and Quote locate the reference version: the longest one, the
	// first document's on a tie. It is a yardstick, not the original: who
	// "altered" a quotation is only known against it.
	Doc   int          `json:"doc"`
	Quote int          `json:"quote"`
	Cells []MatrixCell `json:"cells"` // one per document, in order
	// SpeakerDiffers flags versions put in different mouths.
	SpeakerDiffers bool `json:"speaker_differs,omitempty"`
}

// Matrix sets the quotations of three or more documents against each
// other: which document carries which quotation, and who altered it.
type Matrix struct {
	Docs []DocInfo `json:"documents"`
	// Similarity[i][j] is Result.Similarity of documents i and j.
	Similarity [][]float64 `json:"similarity"`
	Quotes     [][]Quote   `json:"quotes"` // each document's quotations
	Rows       []MatrixRow `json:"rows"`   // quotations carried by two or more
	// Single counts, per document, the quotations no other one carries.
	Single []int `json:"single"`
}

// qref names quotation q of document d.
type qref struct{ d, q int }

// matrixBuilder gathers the pairwise quote matches of a Matrix.
type matrixBuilder struct {
	quotes  [][]quote
	parent  map[qref]qref
	linked  map[qref]bool
	matches map[[2]qref]QuoteMatch
}

// NewMatrix compares every pair of docs and gathers their quotations into
// rows of one quotation each.
func NewMatrix(docs []*app.Document) *Matrix {
	m := &Matrix{Similarity: make([][]float64, len(docs))}
	b := &matrixBuilder{parent: map[qref]qref{}, linked: map[qref]bool{}, matches: map[[2]qref]QuoteMatch{}}
	for i, d := range docs {
		m.Docs = append(m.Docs, info(d))
		b.quotes = append(b.quotes, quotesOf(d.Text, d.Spans))
		m.Quotes = append(m.Quotes, publicQuotes(b.quotes[i]))
		m.Similarity[i] = make([]float64, len(docs))
		m.Similarity[i][i] = 1
	}
	for i := range docs {
		for j := i + 1; j < len(docs); j++ {
			sa, sb := newSides(docs[i].Text, docs[j].Text)
			s := round3(align(sa, sb).sim)
			m.Similarity[i][j], m.Similarity[j][i] = s, s
			b.link(i, j)
		}
	}
	m.Rows, m.Single = b.rows(len(docs))
	return m
}

// link records the quote matches between documents i and j.
func (b *matrixBuilder) link(i, j int) {
	for _, qm := range matchQuotes(b.quotes[i], b.quotes[j]) {
		if qm.A < 0 || qm.B < 0 {
			continue
		}
		x, y := qref{i, qm.A}, qref{j, qm.B}
		b.matches[[2]qref{x, y}] = qm
		b.linked[x], b.linked[y] = true, true
		b.parent[b.find(x)] = b.find(y)
	}
}

// find returns the representative of x's group (union-find).
func (b *matrixBuilder) find(x qref) qref {
	for {
		p, ok := b.parent[x]
		if !ok || p == x {
			return x
		}
		if gp, ok := b.parent[p]; ok {
			b.parent[x] = gp
		}
		x = p
	}
}

// rows turns the groups of linked quotations into rows, in the order of
// their first appearance, and counts each document's unlinked ones.
func (b *matrixBuilder) rows(n int) ([]MatrixRow, []int) {
	groups := map[qref][]qref{}
	var order []qref
	single := make([]int, n)
	for d, qs := range b.quotes {
		for q := range qs {
			x := qref{d, q}
			if !b.linked[x] {
				single[d]++
				continue
			}
			root := b.find(x)
			if len(groups[root]) == 0 {
				order = append(order, root)
			}
			groups[root] = append(groups[root], x)
		}
	}
	rows := make([]MatrixRow, len(order))
	for k, root := range order {
		rows[k] = b.row(groups[root], n)
	}
	return rows, single
}

// row makes the row of one group of linked quotations.
func (b *matrixBuilder) row(members []qref, n int) MatrixRow {
	ref := slices.MaxFunc(members, func(x, y qref) int {
		return cmp.Or(cmp.Compare(b.quotes[x.d][x.q].Words, b.quotes[y.d][y.q].Words), cmp.Compare(y.d, x.d), cmp.Compare(y.q, x.q))
	})
	r := MatrixRow{Doc: ref.d, Quote: ref.q, Cells: make([]MatrixCell, n)}
	for _, x := range members {
		c := &r.Cells[x.d]
		c.Quotes = append(c.Quotes, x.q)
		c.Status = worse(c.Status, b.statusAgainst(x, ref))
		spk := b.quotes[x.d][x.q].Speaker
		if c.Speaker == "" {
			c.Speaker = spk
		}
		r.SpeakerDiffers = r.SpeakerDiffers || speakersDiffer(spk, b.quotes[ref.d][ref.q].Speaker)
	}
	return r
}

// statusAgainst is how quotation x stands against the reference ref.
func (b *matrixBuilder) statusAgainst(x, ref qref) QuoteStatus {
	if x.d == ref.d {
		return Reference
	}
	if m, ok := b.matches[[2]qref{x, ref}]; ok {
		return m.Status
	}
	if m, ok := b.matches[[2]qref{ref, x}]; ok {
		return m.Status
	}
	return Partial
}

// severity orders statuses from closest to furthest from the reference.
var severity = map[QuoteStatus]int{"": 0, Identical: 1, Partial: 2, Altered: 3, Reference: 4}

// worse returns the status further from the reference.
func worse(a, b QuoteStatus) QuoteStatus {
	if severity[b] > severity[a] {
		return b
	}
	return a
}
