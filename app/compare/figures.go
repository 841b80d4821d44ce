package compare

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"slant/highlight"
)

// Figure is one figure of a document, as the figure detector found it.
type Figure struct {
	Range
	Value    float64 `json:"value,omitempty"`
	HasValue bool    `json:"has_value"`
	Unit     string  `json:"unit,omitempty"`
}

// FigureStatus says whether two figures about the same thing agree.
type FigureStatus string

// The figure statuses.
const (
	Agree    FigureStatus = "agree"
	Disagree FigureStatus = "disagree"
	// Vague: one account gives a number where the other gives only an
	// amount ("40,000" against "tens of thousands").
	Vague FigureStatus = "vague"
)

// FigureMatch pairs a figure of A with a figure of B about the same thing.
type FigureMatch struct {
	Status FigureStatus `json:"status"`
	A      int          `json:"a"` // index into Result.FiguresA
	B      int          `json:"b"` // index into Result.FiguresB
	// Context is how alike the words around the two figures are (tf-idf
	// cosine, plus pairBonus when they stand in paired passages).
	Context float64 `json:"context"`
}

// Figure matching thresholds.
const (
	// agreeMin is the least context for equal figures to be the same fact;
	// large equal counts agree whatever their context.
	agreeMin = 0.1
	// disagreeMin is the least context for different figures to be about
	// the same thing. On the seeds, 40,000 newly displaced (001) against
	// 70,000 who fled (003) scores 0.28; the next pair within maxRatio of
	// each other, 260,000 killed against 70,000 fled, 0.18.
	disagreeMin = 0.22
	// maxRatio is the largest ratio of two disagreeing figures: beyond it
	// they count different things (8 million displaced in five years
	// against 40,000 in a few days).
	maxRatio = 10
	// pairBonus is added to the context of figures in paired passages.
	pairBonus = 0.25
	// window is how many words either side of a figure make its context.
	window = 8
)

// calendarUnits are units that place an event in time; they can agree but
// a difference between them is not a disagreement about a fact.
var calendarUnits = highlight.WordSet("date year decade ordinal")

// concepts gathers stems that count the same kind of thing, so that
// "displaced" and "fled", "killed" and "deaths" meet.
var concepts = map[string]string{
	"displac": "#displaced", "fled": "#displaced", "fle": "#displaced", "refuge": "#displaced",
	"flock": "#displaced", "evacuat": "#displaced", "homeles": "#displaced",
	"kill": "#dead", "dead": "#dead", "death": "#dead", "di": "#dead", "casualti": "#dead", "toll": "#dead",
	"wound": "#hurt", "injur": "#hurt", "hurt": "#hurt",
	"sorti": "#strikes", "strik": "#strikes", "airstrik": "#strikes", "raid": "#strikes",
}

// figure is a Figure with the words around it.
type figure struct {
	Figure
	text string // as written
	sent int    // index of its sentence
	ctx  vec
}

// figuresOf returns the figures among spans with their contexts.
func figuresOf(s *side, spans []highlight.Span) []figure {
	var out []figure
	for _, sp := range spans {
		if sp.Kind != highlight.Figure || sp.Start < 0 || sp.End > len(s.text) {
			continue
		}
		f := figure{Figure: Figure{Range{sp.Start, sp.End}, sp.Value, sp.HasValue, sp.Unit}, text: sp.Text(s.text)}
		f.sent = sentenceAt(s.sents, sp.Start)
		f.ctx = context(s, f)
		out = append(out, f)
	}
	return out
}

// sentenceAt returns the index of the sentence holding off (or the last
// one starting before it).
func sentenceAt(sents []Range, off int) int {
	i, _ := slices.BinarySearchFunc(sents, off, func(r Range, off int) int { return cmp.Compare(r.Start, off+1) })
	return max(i-1, 0)
}

// context weighs the content words within window words of the figure, in
// its sentence, and the concepts they stand for.
func context(s *side, f figure) vec {
	voc := s.voc
	if f.sent >= len(s.sents) {
		return vec{}
	}
	toks := words(s.text, s.sents[f.sent])
	at := 0
	for at < len(toks) && toks[at].End <= f.Start {
		at++
	}
	var es []entry
	for k := max(at-window, 0); k < min(at+window, len(toks)); k++ {
		t := toks[k]
		if t.Start >= f.Start && t.End <= f.End || isStop(t.word) {
			continue
		}
		st := stem(t.word)
		if id, ok := voc.ids[st]; ok {
			es = append(es, entry{id, voc.idf(id)})
		}
		if c, ok := concepts[st]; ok {
			es = append(es, entry{voc.id(c), 3})
		}
	}
	return newVec(es)
}

// matchFigures pairs figures about the same thing. Each figure takes its
// best partner in the other document: an equal figure first (Agree), else,
// if it agrees with nothing, a different one in a like context (Disagree).
// A figure repeated in one document (a headline and its paragraph) may
// pair with the same partner.
func matchFigures(fa, fb []figure, al *alignment) []FigureMatch {
	m := &figureMatcher{fa: fa, fb: fb, paired: pairedSentences(al), seen: map[[2]int]bool{}, agreed: map[[2]int]bool{}}
	m.pass(Agree)
	m.pass(Disagree)
	m.pass(Vague)
	slices.SortStableFunc(m.out, func(x, y FigureMatch) int { return cmp.Or(cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B)) })
	return m.out
}

// figureMatcher holds the state of matchFigures.
type figureMatcher struct {
	fa, fb []figure
	paired map[[2]int]bool // sentence pairs in paired passages
	seen   map[[2]int]bool // figure pairs already matched
	agreed map[[2]int]bool // {0, i} for A's figure i, {1, j} for B's j
	out    []FigureMatch
}

// score is the context score of A's figure i and B's figure j.
func (m *figureMatcher) score(i, j int) float64 {
	s := cosine(m.fa[i].ctx, m.fb[j].ctx)
	if m.paired[[2]int{m.fa[i].sent, m.fb[j].sent}] {
		s += pairBonus
	}
	return round3(s)
}

// pass gives each figure of either side its best partner for status st.
func (m *figureMatcher) pass(st FigureStatus) {
	for i := range m.fa {
		m.best(st, 0, i, len(m.fb), func(j int) (int, int) { return i, j })
	}
	for j := range m.fb {
		m.best(st, 1, j, len(m.fa), func(i int) (int, int) { return i, j })
	}
	for _, x := range m.out {
		if x.Status == Agree {
			m.agreed[[2]int{0, x.A}], m.agreed[[2]int{1, x.B}] = true, true
		}
	}
}

// best matches figure k of side s (0 for A, 1 for B) with its best
// partner among the n figures of the other side; ij turns a partner's
// index into the (A, B) pair.
func (m *figureMatcher) best(st FigureStatus, s, k, n int, ij func(int) (int, int)) {
	if m.agreed[[2]int{s, k}] {
		return
	}
	top := FigureMatch{Status: st, A: -1, Context: -1}
	for p := range n {
		i, j := ij(p)
		if m.agreed[[2]int{1 - s, p}] {
			continue
		}
		if !comparable(st, &m.fa[i], &m.fb[j]) {
			continue
		}
		if sc := m.score(i, j); sc > top.Context && related(st, &m.fa[i], &m.fb[j], sc) {
			top.A, top.B, top.Context = i, j, sc
		}
	}
	if top.A >= 0 && !m.seen[[2]int{top.A, top.B}] {
		m.seen[[2]int{top.A, top.B}] = true
		m.out = append(m.out, top)
	}
}

// comparable reports whether two figures count in one unit and have what
// status st needs: values on both sides, or for Vague on one side only.
func comparable(st FigureStatus, f, g *figure) bool {
	if st == Vague {
		return f.HasValue != g.HasValue && f.Unit != "" && unitClass(f.Unit) == unitClass(g.Unit)
	}
	return f.HasValue && g.HasValue && strings.EqualFold(f.Unit, g.Unit)
}

// vagueAmounts gives the range of each vague amount, longest phrase first.
var vagueAmounts = []struct {
	phrase string
	lo, hi float64
}{
	{"hundreds of thousands", 1e5, 1e6}, {"tens of thousands", 1e4, 1e5}, {"thousands", 1e3, 1e4},
	{"hundreds", 100, 1000}, {"dozens", 24, 100}, {"scores", 40, 100}, {"millions", 1e6, 1e7},
}

// withinVague reports whether the precise one of f and g lies in the
// range the vague one names ("40,000" in "tens of thousands"); otherwise
// they likely count different things ("8 million" against "hundreds of
// thousands").
func withinVague(f, g *figure) bool {
	if f.HasValue {
		f, g = g, f
	}
	for _, v := range vagueAmounts {
		if strings.Contains(strings.ToLower(f.text), v.phrase) {
			return g.Value >= v.lo && g.Value < v.hi
		}
	}
	return false
}

// personNouns are units that count people.
var personNouns = highlight.WordSet("people persons civilians refugees residents children women men migrants soldiers fighters syrians")

// unitClass files units that count people under "people" ("Syrians",
// "civilians"), and any other unit under its lower-case self.
func unitClass(u string) string {
	l := strings.ToLower(u)
	if personNouns[l] || (u != l && (strings.HasSuffix(l, "ans") || strings.HasSuffix(l, "is"))) {
		return "people"
	}
	return l
}

// related reports whether comparable figures f and g, with context score
// s, are about the same thing with status st.
func related(st FigureStatus, f, g *figure, s float64) bool {
	if st == Vague {
		return s >= disagreeMin && withinVague(f, g)
	}
	same := f.Value == g.Value || (!calendarUnits[f.Unit] && math.Abs(f.Value-g.Value) <= 0.005*math.Max(math.Abs(f.Value), math.Abs(g.Value)))
	if st == Agree {
		return same && (s >= agreeMin || (f.Value >= 1000 && !calendarUnits[f.Unit]))
	}
	lo, hi := math.Min(f.Value, g.Value), math.Max(f.Value, g.Value)
	return !same && !calendarUnits[f.Unit] && s >= disagreeMin && lo > 0 && hi/lo <= maxRatio
}

// pairedSentences returns the set of (A sentence, B sentence) pairs that
// lie in paired passages.
func pairedSentences(al *alignment) map[[2]int]bool {
	out := map[[2]int]bool{}
	for _, l := range al.links {
		for i := l.a.lo; i <= l.a.hi; i++ {
			for j := l.b.lo; j <= l.b.hi; j++ {
				out[[2]int{i, j}] = true
			}
		}
	}
	return out
}
