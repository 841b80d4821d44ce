package ner

import (
	"strings"
	"testing"
	"testing/fstest"
)

// tableScores is a stepScorer reading scores from a table, per token and
// previous tag, and counting the histories it scores.
type tableScores struct {
	byPrev map[Tag][][NumTags]float32 // previous tag → token → scores
	plains map[int]bool
	calls  int
}

func (s *tableScores) plain(i int) bool { return s.plains[i] }

func (s *tableScores) scores(i int, hs []hyp, out *[beamWidth][NumTags]float32) {
	for k, h := range hs {
		s.calls++
		rows, ok := s.byPrev[h.prev]
		if !ok {
			rows = s.byPrev[O]
		}
		out[k] = rows[i]
	}
}

// scoreRow returns a row scoring the given tags, others -10.
func scoreRow(tags map[Tag]float32) (r [NumTags]float32) {
	for k := range r {
		r[k] = -10
	}
	for t, v := range tags {
		r[t] = v
	}
	return r
}

// TestBeamFindsBetterSequence checks that the beam keeps a history that
// scores lower at the first token and wins at the second, where greedy
// decoding would commit to the first token's best tag ("Navy" as an
// organisation before it sees that "Jeff Davis" is a person).
func TestBeamFindsBetterSequence(t *testing.T) {
	sc := &tableScores{byPrev: map[Tag][][NumTags]float32{
		O:    {scoreRow(map[Tag]float32{BOrg: 5, BPer: 4}), scoreRow(map[Tag]float32{O: 0})},
		BOrg: {{}, scoreRow(map[Tag]float32{O: -20, IOrg: -20})},
		BPer: {{}, scoreRow(map[Tag]float32{IPer: 10})},
	}}
	var bm beam
	out := make([]Tag, 2)
	bm.decode(sc, 0, 2, 1000, out)
	if out[0] != BPer || out[1] != IPer {
		t.Errorf("beam chose %v, want [B-PER I-PER]", out)
	}
	bm.decode(sc, 0, 2, 0.5, out) // a margin that keeps only the best history
	if out[0] != BOrg {
		t.Errorf("with a narrow margin the beam chose %v, want B-ORG first", out)
	}
}

// TestBeamSkipsPlainTokens checks that a plain token is not scored when
// every history ends in O, and is scored (with no entity beginning on it)
// when one does not.
func TestBeamSkipsPlainTokens(t *testing.T) {
	rows := [][NumTags]float32{scoreRow(map[Tag]float32{O: 1}), scoreRow(map[Tag]float32{BLoc: 50, O: 0})}
	sc := &tableScores{byPrev: map[Tag][][NumTags]float32{O: rows}, plains: map[int]bool{1: true}}
	var bm beam
	out := make([]Tag, 2)
	bm.decode(sc, 0, 2, 5, out) // the histories ending in an entity fall out
	if sc.calls != 1 || out[1] != O {
		t.Errorf("plain token after O: %d calls, tags %v; want 1 call and O", sc.calls, out)
	}
	sc.byPrev[O][0] = scoreRow(map[Tag]float32{BPer: 5})
	sc.byPrev[BPer] = [][NumTags]float32{{}, scoreRow(map[Tag]float32{BLoc: 50, IPer: 3, O: 1})}
	sc.calls = 0
	bm.decode(sc, 0, 2, 1000, out)
	if out[0] != BPer || out[1] != IPer {
		t.Errorf("plain token after a name: tags %v, want [B-PER I-PER] (no entity begins on a plain token)", out)
	}
}

// TestRuns checks the runs of capitalised words and the run features.
func TestRuns(t *testing.T) {
	var b docBuilder
	for _, w := range strings.Fields("BORROWER - Mitsubishi Gas Chemical Co Ltd said 1996 Paris") {
		b.add(w, O)
	}
	d, _ := b.finish()
	var f features
	f.bits = 12
	f.prepare(d.Text, d.Toks, d.Sents, nil)
	want := []span{{0, 1}, {}, {2, 7}, {2, 7}, {2, 7}, {2, 7}, {2, 7}, {}, {}, {9, 10}}
	for i, w := range want {
		if f.run[i] != w {
			t.Errorf("token %d %q: run %v, want %v", i, d.Text[d.Toks[i].Start:d.Toks[i].End], f.run[i], w)
		}
	}
	end, _ := f.runFeatures(2)
	if end != pair(HashLower("Ltd"), 0) {
		t.Error("the first word of a run does not see the run's last word")
	}
	if end, _ := f.runFeatures(9); end != 0 {
		t.Error("a one-word run has a last-word feature")
	}
}

func TestSplitHoldout(t *testing.T) {
	docs := make([]Document, 20)
	for i := range docs {
		docs[i].Text = string(rune('a' + i))
	}
	train, held := SplitHoldout(docs, HoldoutFraction)
	if len(train) != 17 || len(held) != 3 || held[0].Text != "r" {
		t.Errorf("split 20 documents into %d and %d (held out from %q), want 17 and the last 3", len(train), len(held), held[0].Text)
	}
	if train, held := SplitHoldout(docs[:1], 0.5); len(train) != 1 || held != nil {
		t.Error("a single document was held out")
	}
}

func TestTitles(t *testing.T) {
	fsys := fstest.MapFS{
		"actors/actors.txt":      {Data: []byte("Russia | place\n")},
		"actors/demonyms.txt":    {Data: []byte("Russia | Russian\n")},
		"actors/places.txt":      {Data: []byte("Aleppo\n")},
		"actors/given_names.txt": {Data: []byte("John\n")},
	}
	lex, err := LoadLexicon(fsys)
	if err != nil || len(lex.Titles) != 0 {
		t.Fatalf("without titles.txt: %v, %d titles", err, len(lex.Titles))
	}
	fsys["actors/titles.txt"] = &fstest.MapFile{Data: []byte("# titles\nSecretary of State\nPresident\n")}
	if lex, err = LoadLexicon(fsys); err != nil {
		t.Fatal(err)
	}
	g := lex.Gazetteer()
	if g.Lookup("SECRETARY", "of", "State") != gazTitle || g.Lookup("President") != gazTitle || g.Lookup("Secretary") != 0 {
		t.Errorf("titles: %v %v %v", g.Lookup("Secretary", "of", "State"), g.Lookup("President"), g.Lookup("Secretary"))
	}
}
