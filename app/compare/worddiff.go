package compare

import (
	"strings"
	"sync"
)

// Op is what a diff step does to the words of A to give those of B.
type Op string

// The diff operations.
const (
	Equal Op = "equal" // the words stand in both, in this order
	// Removed words stand in A only; Added words in B only.
	Removed Op = "removed"
	Added   Op = "added"
	// MovedFrom marks words of A that B has elsewhere in the quotation, and
	// MovedTo the place B has them: "could in fact be implemented" against
	// "in fact could be implemented" moves "could".
	MovedFrom Op = "moved_from"
	MovedTo   Op = "moved_to"
	// Elided words stand in one version where the other marks a cut with
	// an ellipsis ("The Iranians confirmed…they will").
	Elided Op = "elided"
)

// DiffOp is one step of a word-level diff of two quotations.
type DiffOp struct {
	Op    Op     `json:"op"`
	Words string `json:"words"` // the words, normalised and space-separated
	// A and B are the step's bytes in each document; a side the step does
	// not touch is the zero Range. For moved words, the other side's range
	// is where the words went or came from.
	A Range `json:"a"`
	B Range `json:"b"`
}

// gapMax is the most words one version may add between two shared words
// before the shared words count as separate passages (unless the other
// version marks an ellipsis there).
const gapMax = 4

// lcsPool holds the tables of lcs for reuse.
var lcsPool = sync.Pool{New: func() any { return new([]int32) }}

// wordMatch pairs the word at a[i] with the word at b[j].
type wordMatch struct{ i, j int }

// lcs returns a longest common subsequence of the words of a and b, as
// index pairs in order. When two alignments are equally long it keeps A's
// earlier words unmatched first, so a moved word is left out rather than
// the run around it.
func lcs(a, b []token) []wordMatch {
	buf := lcsPool.Get().(*[]int32)
	defer lcsPool.Put(buf)
	L, w := lcsTable(a, b, buf)
	var out []wordMatch
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].word == b[j].word:
			out = append(out, wordMatch{i, j})
			i, j = i+1, j+1
		case L[(i+1)*w+j] >= L[i*w+j+1]:
			i++
		default:
			j++
		}
	}
	return out
}

// lcsTable fills, in *buf, the table of the lengths of the longest common
// subsequences of a[i:] and b[j:] at i*w+j, and returns it with its width w.
func lcsTable(a, b []token, buf *[]int32) ([]int32, int) {
	n, m := len(a), len(b)
	w := m + 1
	if cap(*buf) < (n+1)*w {
		*buf = make([]int32, (n+1)*w)
	}
	L := (*buf)[:(n+1)*w]
	clear(L[n*w:])
	for i := n - 1; i >= 0; i-- {
		L[i*w+m] = 0
		for j := m - 1; j >= 0; j-- {
			switch {
			case a[i].word == b[j].word:
				L[i*w+j] = L[(i+1)*w+j+1] + 1
			case L[(i+1)*w+j] >= L[i*w+j+1]:
				L[i*w+j] = L[(i+1)*w+j]
			default:
				L[i*w+j] = L[i*w+j+1]
			}
		}
	}
	return L, w
}

// bestCluster splits the matches into runs whose gaps stay within gapMax
// words on both sides (or cross an ellipsis) and returns the run with most
// matches: the stretch the two versions share.
func bestCluster(a, b []token, ms []wordMatch) []wordMatch {
	var best []wordMatch
	start := 0
	for k := 1; k <= len(ms); k++ {
		if k < len(ms) && joined(a, b, ms[k-1], ms[k]) {
			continue
		}
		if k-start > len(best) {
			best = ms[start:k]
		}
		start = k
	}
	return best
}

// joined reports whether two consecutive matches belong to one stretch.
func joined(a, b []token, p, q wordMatch) bool {
	gapA, gapB := q.i-p.i-1, q.j-p.j-1
	return (gapA <= gapMax || b[p.j].elided) && (gapB <= gapMax || a[p.i].elided)
}

// longestRun is the longest run of consecutive matches.
func longestRun(ms []wordMatch) int {
	best, run := 0, 0
	for k := range ms {
		if k > 0 && ms[k].i == ms[k-1].i+1 && ms[k].j == ms[k-1].j+1 {
			run++
		} else {
			run = 1
		}
		best = max(best, run)
	}
	return best
}

// diff lists the steps from a to b over the stretch of a cluster: shared
// words are Equal, the words between them Removed or Added (Elided when
// the other side marks an ellipsis there), and a removed word that the
// other side adds elsewhere becomes a MovedFrom / MovedTo pair.
func diff(a, b []token, cl []wordMatch) []DiffOp {
	ops := make([]DiffOp, 0, len(cl)+8)
	for k, m := range cl {
		if k > 0 {
			p := cl[k-1]
			ops = appendSide(ops, a[p.i+1:m.i], Removed, b[p.j].elided, true)
			ops = appendSide(ops, b[p.j+1:m.j], Added, a[p.i].elided, false)
		}
		ops = append(ops, DiffOp{Op: Equal, Words: a[m.i].word, A: a[m.i].Range, B: b[m.j].Range})
	}
	markMoves(ops)
	return mergeOps(ops)
}

// appendSide adds one step per word of toks, all on side A (isA) or B.
func appendSide(ops []DiffOp, toks []token, op Op, elided, isA bool) []DiffOp {
	if elided {
		op = Elided
	}
	for _, t := range toks {
		d := DiffOp{Op: op, Words: t.word}
		if isA {
			d.A = t.Range
		} else {
			d.B = t.Range
		}
		ops = append(ops, d)
	}
	return ops
}

// markMoves pairs each removed word with an added copy of it, if any.
func markMoves(ops []DiffOp) {
	for i := range ops {
		if ops[i].Op != Removed {
			continue
		}
		for j := range ops {
			if ops[j].Op == Added && ops[j].Words == ops[i].Words {
				ops[i].Op, ops[j].Op = MovedFrom, MovedTo
				ops[i].B, ops[j].A = ops[j].B, ops[i].A
				break
			}
		}
	}
}

// mergeOps joins neighbouring steps of one kind into one step; moved words
// stay single, each with its own partner.
func mergeOps(ops []DiffOp) []DiffOp {
	var out []DiffOp
	var ws []string
	flush := func() {
		if n := len(out); n > 0 && len(ws) > 1 {
			out[n-1].Words = strings.Join(ws, " ")
		}
		ws = ws[:0]
	}
	for _, d := range ops {
		n := len(out)
		if n == 0 || out[n-1].Op != d.Op || d.Op == MovedFrom || d.Op == MovedTo {
			flush()
			out = append(out, d)
			ws = append(ws, d.Words)
			continue
		}
		ws = append(ws, d.Words)
		last := &out[n-1]
		last.A = extend(last.A, d.A)
		last.B = extend(last.B, d.B)
	}
	flush()
	return out
}

// extend grows r to cover s; a zero range is empty.
func extend(r, s Range) Range {
	switch {
	case s == Range{}:
		return r
	case r == Range{}:
		return s
	}
	return Range{min(r.Start, s.Start), max(r.End, s.End)}
}

// changed reports whether a diff has any step other than Equal.
func changed(ops []DiffOp) bool {
	for _, d := range ops {
		if d.Op != Equal {
			return true
		}
	}
	return false
}
