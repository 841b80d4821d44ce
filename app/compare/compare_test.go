package compare

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"slant/app"
)

// The seed articles (../../assets/samples, see shared/seeds/README.md).
const (
	seed000 = "000_a652a7b09379949b.txt" // Kerry's press conference, Reuters/TRT
	seed001 = "001_496b24f0cfb8de73.txt" // the same, DW
	seed002 = "002_7cde9b3c88a5415a.txt" // Aleppo, September 2016, EA WorldView
	seed003 = "003_06334e2b46d6c5cd.txt" // the same press conference, EA WorldView
	seed004 = "004_1965c992d649c648.txt" // Kerry to Lavrov by phone, Press TV
)

var (
	seedMu    sync.Mutex
	seedCache = map[string]*app.Document{}
)

// seed loads and analyses a seed article once.
func seed(t testing.TB, name string) *app.Document {
	t.Helper()
	seedMu.Lock()
	defer seedMu.Unlock()
	if d, ok := seedCache[name]; ok {
		return d
	}
	d, err := app.Load(seedPath(name))
	if err != nil {
		t.Fatal(err)
	}
	seedCache[name] = d
	return d
}

// seedPath is the path of a seed article.
func seedPath(name string) string { return filepath.Join("..", "..", "assets", "samples", name) }

// quoteText returns the text of quote i of side s.
func (r *Result) quoteTextOf(d *app.Document, s Side, i int) string {
	q := r.QuotesA
	if s == SideB {
		q = r.QuotesB
	}
	return d.Text[q[i].Start:q[i].End]
}

func TestSeedSimilarities(t *testing.T) {
	names := []string{seed000, seed001, seed002, seed003, seed004}
	same := map[string]bool{seed000 + seed001: true, seed000 + seed003: true, seed001 + seed003: true}
	for i, a := range names {
		for _, b := range names[i+1:] {
			r := Compare(seed(t, a), seed(t, b), Options{})
			t.Logf("%s %s similarity %.3f cosine %.3f aligned %.3f", a[:3], b[:3], r.Similarity, r.Cosine, r.AlignedShare)
			if r.SameEvent != same[a+b] {
				t.Errorf("%s vs %s: same event = %v (similarity %.3f), want %v", a[:3], b[:3], r.SameEvent, r.Similarity, same[a+b])
			}
		}
	}
}

func TestSeed000vs001Quotes(t *testing.T) {
	a, b := seed(t, seed000), seed(t, seed001)
	r := Compare(a, b, Options{})
	shared, altered := 0, false
	for _, m := range r.Quotes {
		if m.A < 0 || m.B < 0 {
			continue
		}
		if strings.Contains(r.QuotesA[m.A].Speaker, "Kerry") {
			shared++
		}
		if m.Status == Altered && strings.Contains(r.quoteTextOf(a, SideA, m.A), "could in fact be implemented") {
			altered = true
			if got := summary(m.Diff); got != `moved: "could"` {
				t.Errorf("the altered Kerry quote's diff says %q, want the move of \"could\"", got)
			}
			if !strings.Contains(render(m.Diff), "ceasefire [could →] in fact [→ could] be implemented") {
				t.Errorf("render = %q", render(m.Diff))
			}
		}
	}
	if shared < 4 {
		t.Errorf("%d Kerry quotations of 000 found in 001, want at least 4 (dumb bombs, precision bombs, has to stop, constructive ideas)", shared)
	}
	if !altered {
		t.Errorf("the altered quotation (could in fact / in fact could) was not found: %+v", r.Quotes)
	}
	precision := false
	for _, m := range r.Quotes {
		if m.Status == Identical && strings.Contains(r.quoteTextOf(a, SideA, m.A), "They are not precision bombs") {
			precision = true
		}
	}
	if !precision {
		t.Errorf("\"They are not precision bombs…\" is not identical in 000 and 001")
	}
}

func TestSeed001vs003Figures(t *testing.T) {
	a, b := seed(t, seed001), seed(t, seed003)
	r := Compare(a, b, Options{})
	found := false
	for _, m := range r.Figures {
		fa, fb := r.FiguresA[m.A], r.FiguresB[m.B]
		ta, tb := a.Text[fa.Start:fa.End], b.Text[fb.Start:fb.End]
		t.Logf("%s: %q %q (context %.3f)", m.Status, ta, tb, m.Context)
		if m.Status == Disagree && strings.Contains(ta, "40,000") && strings.Contains(tb, "70,000") {
			found = true
		}
		if m.Status == Disagree && fa.Unit != fb.Unit {
			t.Errorf("disagreement across units: %q %s against %q %s", ta, fa.Unit, tb, fb.Unit)
		}
	}
	if !found {
		t.Errorf("40,000 newly displaced (001) against 70,000 who fled (003) not flagged")
	}
}

func TestSeed002vs004DifferentEvents(t *testing.T) {
	r := Compare(seed(t, seed002), seed(t, seed004), Options{})
	if r.SameEvent || !strings.HasPrefix(r.Verdict, "these look like different events (similarity 0.0") {
		t.Errorf("verdict %q (similarity %.3f), want different events", r.Verdict, r.Similarity)
	}
	if len(r.Pairs) != 0 || len(r.Rows) != 0 || len(r.Figures) != 0 {
		t.Errorf("different events were aligned: %d pairs, %d rows, %d figure matches", len(r.Pairs), len(r.Rows), len(r.Figures))
	}
	forced := Compare(seed(t, seed002), seed(t, seed004), Options{Force: true})
	if len(forced.Rows) == 0 || !strings.Contains(forced.Verdict, "aligned anyway") {
		t.Errorf("Force did not align: %d rows, verdict %q", len(forced.Rows), forced.Verdict)
	}
}

func TestRowsShowEveryPassageOnceInOrder(t *testing.T) {
	r := Compare(seed(t, seed000), seed(t, seed001), Options{})
	nextA, nextB := 0, 0
	for _, row := range r.Rows {
		if row.A >= 0 {
			if row.A != nextA {
				t.Fatalf("row shows A passage %d, want %d", row.A, nextA)
			}
			nextA++
		}
		if row.B >= 0 {
			if row.B != nextB {
				t.Fatalf("row shows B passage %d, want %d", row.B, nextB)
			}
			nextB++
		}
		if row.A >= 0 && row.B >= 0 {
			p := r.Pairs[r.PassagesA[row.A].Pair]
			if !p.Level || p.B != row.B {
				t.Errorf("row %+v pairs passages that are not a level pair", row)
			}
		}
	}
	if nextA != len(r.PassagesA) || nextB != len(r.PassagesB) {
		t.Errorf("rows show %d/%d A and %d/%d B passages", nextA, len(r.PassagesA), nextB, len(r.PassagesB))
	}
}

func TestAlignmentPairsTheSameSentences(t *testing.T) {
	a, b := seed(t, seed000), seed(t, seed001)
	r := Compare(a, b, Options{})
	want := map[string]string{
		"They are not precision bombs":             "They are not precision bombs",
		"constructive ideas about how a ceasefire": "constructive ideas about how a ceasefire",
		"joint news conference":                    "joint news conference",
	}
	for inA, inB := range want {
		ok := false
		for _, p := range r.Pairs {
			if strings.Contains(a.Text[r.PassagesA[p.A].Start:r.PassagesA[p.A].End], inA) &&
				strings.Contains(b.Text[r.PassagesB[p.B].Start:r.PassagesB[p.B].End], inB) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("no pair joins A's %q with B's %q", inA, inB)
		}
	}
	// 001 says in two sentences ("…implemented,” he continued. “But if…")
	// what 000 says in one: the pair's B passage holds both.
	for _, p := range r.Pairs {
		pb := b.Text[r.PassagesB[p.B].Start:r.PassagesB[p.B].End]
		if strings.Contains(pb, "constructive ideas") && !strings.Contains(pb, "nobody is going to accept that") {
			t.Errorf("B passage %q did not absorb its second sentence", pb)
		}
	}
}

func TestCounterpartAt(t *testing.T) {
	a, b := seed(t, seed000), seed(t, seed001)
	r := Compare(a, b, Options{})
	off := strings.Index(a.Text, "could in fact be implemented")
	got, ok := r.CounterpartAt(SideA, off)
	if !ok || !strings.Contains(b.Text[got.Start:got.End], "in fact could be implemented") {
		t.Errorf("counterpart of A's altered quote = %q, %v", b.Text[got.Start:got.End], ok)
	}
	offB := strings.Index(b.Text, "joint news conference")
	got, ok = r.CounterpartAt(SideB, offB)
	if !ok || !strings.Contains(a.Text[got.Start:got.End], "joint news conference") {
		t.Errorf("counterpart of B's press-conference passage = %q, %v", a.Text[got.Start:got.End], ok)
	}
	if i := r.PassageAt(SideB, offB); r.RowOf(SideB, i) < 0 {
		t.Errorf("passage %d of B has no row", i)
	}
	if _, ok := r.CounterpartAt(SideA, strings.Index(a.Text, "Photo by")); ok {
		t.Errorf("the photo credit has a counterpart")
	}
}

func TestMatrix000_001_003(t *testing.T) {
	docs := []*app.Document{seed(t, seed000), seed(t, seed001), seed(t, seed003)}
	m := NewMatrix(docs)
	find := func(words string) *MatrixRow {
		for k := range m.Rows {
			row := &m.Rows[k]
			ref := m.Quotes[row.Doc][row.Quote]
			if strings.Contains(docs[row.Doc].Text[ref.Start:ref.End], words) {
				return row
			}
		}
		t.Fatalf("no row for %q", words)
		return nil
	}
	row := find("could in fact be implemented")
	if row.Doc != 0 || row.Cells[1].Status != Altered || row.Cells[2].Status != Partial {
		t.Errorf("constructive-ideas row: ref %d, cells %+v; want 000 the reference, 001 altered, 003 a part", row.Doc, row.Cells)
	}
	row = find("They are not precision bombs")
	for d, c := range row.Cells {
		if len(c.Quotes) == 0 {
			t.Errorf("document %d does not carry \"They are not precision bombs\"", d)
		}
	}
	row = find("Russia has indicated to me very directly")
	if row.Cells[0].Status != "" || row.Cells[2].Status != Altered {
		t.Errorf("Russia-has-indicated row cells %+v; want absent from 000, altered (cut) in 003", row.Cells)
	}
	for i := range m.Similarity {
		for j := range m.Similarity {
			if i != j && m.Similarity[i][j] < SameEventMin {
				t.Errorf("similarity %d-%d = %.3f, below the same-event line", i, j, m.Similarity[i][j])
			}
		}
	}
}

func TestVoicesAndLoaded(t *testing.T) {
	a, b := seed(t, seed000), seed(t, seed001)
	r := Compare(a, b, Options{})
	var kerry *Voice
	total := 0.0
	for k, v := range r.Voices.Speakers {
		total += v.ShareA
		if strings.Contains(v.Speaker, "Kerry") {
			kerry = &r.Voices.Speakers[k]
		}
	}
	if kerry == nil || kerry.QuotesA == 0 || kerry.QuotesB == 0 {
		t.Fatalf("Kerry is not quoted in both: %+v", r.Voices.Speakers)
	}
	if total < 0.99 || total > 1.01 {
		t.Errorf("A's speaker shares add up to %.3f, want 1", total)
	}
	if !contains(r.Voices.VoicesOnlyB, "Davutoglu") {
		t.Errorf("Davutoglu, quoted by DW only, not among B's own voices: %v", r.Voices.VoicesOnlyB)
	}
	l := r.Loaded
	if l.A.Words == 0 || l.A.Own+l.A.Quoted == 0 {
		t.Fatalf("no loaded terms counted in 000: %+v", l.A)
	}
	if want := per1000(l.A.Own, l.A.Words); l.A.OwnPer1000 != want {
		t.Errorf("own rate %.2f, want %.2f", l.A.OwnPer1000, want)
	}
	for _, term := range l.OnlyA {
		for _, x := range l.Terms {
			if x.Term == term && x.OwnB+x.QuotedB > 0 {
				t.Errorf("%q listed as A's only, but B uses it", term)
			}
		}
	}
}

// contains reports whether some element of xs contains s.
func contains(xs []string, s string) bool {
	for _, x := range xs {
		if strings.Contains(x, s) {
			return true
		}
	}
	return false
}

func ExampleResult_CounterpartAt() {
	a, _ := app.LoadBytes("a.txt", []byte(`Kerry spoke in Washington. "Russia is using dumb bombs," he said.`))
	b, _ := app.LoadBytes("b.txt", []byte(`Kerry said Russia used “dumb bombs” in Syria. He spoke in Washington.`))
	r := Compare(a, b, Options{Force: true})
	got, ok := r.CounterpartAt(SideA, strings.Index(a.Text, "dumb"))
	fmt.Println(ok, b.Text[got.Start:got.End])
	// Output: true dumb bombs
}

func TestSelfComparison(t *testing.T) {
	d := seed(t, seed003)
	r := Compare(d, d, Options{})
	if r.Similarity < 0.9 || !r.SameEvent {
		t.Errorf("a document against itself: similarity %.3f", r.Similarity)
	}
	for _, p := range r.Pairs {
		if !p.Level || r.PassagesA[p.A] != r.PassagesB[p.B] {
			t.Errorf("pair %+v joins different passages of one text", p)
		}
	}
	self := map[int]bool{}
	for _, m := range r.Quotes {
		if m.Status == Identical && m.A == m.B {
			self[m.A] = true
		}
		if m.Status == OnlyA || m.Status == OnlyB || m.Status == Altered {
			t.Errorf("quote %d/%d is %s against itself", m.A, m.B, m.Status)
		}
	}
	for i, q := range r.QuotesA {
		if q.Words >= 2 && !self[i] {
			t.Errorf("quote %q not identical to itself", d.Text[q.Start:q.End])
		}
	}
}
