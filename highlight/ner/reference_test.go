package ner

import (
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// refScorer scores a tag after a history from all of the token's feature
// rows (features.static and features.dynamic), summed as plain integers:
// the definition that the tagger's per-word cache, shared previous-tag
// rows and packed sums must agree with.
type refScorer struct {
	m    *Model
	f    *features
	a, b int
	head bool
}

// plain is plainAfterO from the word's flags and closedClass, not the
// per-word flag the tagger stores.
func (s *refScorer) plain(i int) bool {
	fl := s.f.info[i].flags
	return fl&fAnyUpper == 0 || fl&fInitCap != 0 && closedClass.has(s.f.info[i].lower)
}

// score returns the scores of the tags at token i after prev2, prev.
func (s *refScorer) score(i int, prev, prev2 Tag) (out [NumTags]float32) {
	var stat [numStatic]uint32
	var dyn [numDynamic]uint32
	s.f.static(&stat, s.a, s.b, i, s.head)
	s.f.dynamic(&dyn, i, prev, prev2)
	var sum [NumTags]int32
	for _, b := range append(stat[:], dyn[:]...) {
		for t, x := range s.m.row(int(b)) {
			sum[t] += int32(x)
		}
	}
	for t, v := range sum {
		out[t] = float32(v)
	}
	return out
}

// refHyp is a history of refDecode: its score, last two tags and the
// index in the list of all histories of the one it extends.
type refHyp struct {
	score       float32
	prev, prev2 Tag
	back        int
}

// refDecode is the beam search of beam.decode written plainly: every
// history is kept in one list, token after token, every tag is offered
// after every history (an impossible one scoring -Inf), and a plain token
// is skipped only when every history ends in O.
func refDecode(s *refScorer, margin float32, out []Tag) {
	cur := []refHyp{{prev: O, prev2: O, back: -1}}
	var all []refHyp
	for i := s.a; i < s.b; i++ {
		base := len(all)
		all = append(all, cur...)
		plain, allO := s.plain(i), true
		for _, h := range cur {
			allO = allO && h.prev == O
		}
		var next []refHyp
		if plain && allO {
			next = []refHyp{{cur[0].score, O, O, base}}
		} else {
			next = refExtend(s, i, cur, base, plain, margin)
		}
		cur = refKeepBest(next, margin)
	}
	h := cur[0]
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = h.prev
		if h.back >= 0 {
			h = all[h.back]
		}
	}
}

// refExtend returns the extensions of the histories cur (the first of
// which is at base in the list of all) at token i within margin of the
// best, the best one (the first of equal ones) for each last two tags.
func refExtend(s *refScorer, i int, cur []refHyp, base int, plain bool, margin float32) []refHyp {
	scores := make([][NumTags]float32, len(cur))
	top := float32(math.Inf(-1))
	for k, h := range cur {
		scores[k] = s.score(i, h.prev, h.prev2)
		for t := range NumTags {
			if allowed(h.prev, t) && !(plain && t.Begins()) {
				scores[k][t] += h.score
				top = max(top, scores[k][t])
			} else {
				scores[k][t] = float32(math.Inf(-1))
			}
		}
	}
	var next []refHyp
	for k, h := range cur {
	offers:
		for t, v := range scores[k] {
			if v < top-margin || math.IsInf(float64(v), -1) {
				continue
			}
			for j := range next {
				if next[j].prev == Tag(t) && next[j].prev2 == h.prev {
					if v > next[j].score {
						next[j] = refHyp{v, Tag(t), h.prev, base + k}
					}
					continue offers
				}
			}
			next = append(next, refHyp{v, Tag(t), h.prev, base + k})
		}
	}
	return next
}

// refKeepBest returns the best beamWidth of hs by descending score, the
// earlier of equal ones first, less those below the best by more than
// margin.
func refKeepBest(hs []refHyp, margin float32) []refHyp {
	var best []refHyp
	for _, h := range hs {
		j := len(best)
		for j > 0 && h.score > best[j-1].score {
			j--
		}
		best = append(best[:j], append([]refHyp{h}, best[j:]...)...)
		best = best[:min(len(best), beamWidth)]
	}
	for len(best) > 1 && best[len(best)-1].score < best[0].score-margin {
		best = best[:len(best)-1]
	}
	return best
}

// seedDoc tokenizes the seed articles roughly (words, numbers and single
// punctuation marks; a sentence ends at . ! ? or a blank line), with
// case changed by recase.
func seedDoc(tb testing.TB, recase func(string) string) (string, []Token, []int) {
	tb.Helper()
	files, err := filepath.Glob("../../assets/samples/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no seed articles: %v", err)
	}
	var text strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		text.WriteString(recase(string(data)) + "\n\n")
	}
	s := text.String()
	var toks []Token
	sents := []int{0}
	for _, m := range seedToken.FindAllStringIndex(s, -1) {
		if w := s[m[0]:m[1]]; strings.Contains(w, "\n\n") || strings.ContainsAny(w, ".!?") && len(w) == 1 {
			if len(toks) > sents[len(sents)-1] {
				sents = append(sents, len(toks))
			}
			if len(w) > 1 {
				continue
			}
		}
		if !strings.HasPrefix(s[m[0]:m[1]], "\n") {
			toks = append(toks, Token{m[0], m[1]})
		}
	}
	if len(toks) > sents[len(sents)-1] {
		sents = append(sents, len(toks))
	}
	return s, toks, sents
}

var seedToken = regexp.MustCompile(`\n\s*\n|[\pL\pN][\pL\pN'’.\-]*[\pL\pN]|[\pL\pN]|[^\s]`)

// TestTaggerMatchesReference checks that the tagger chooses exactly the
// tags of the plain beam search over the plain sums of every feature row,
// on the seed articles as written, in upper case (headlines) and in lower
// case.
func TestTaggerMatchesReference(t *testing.T) {
	m, gaz := loadShipped(t)
	tg := NewTagger(m, gaz)
	for name, recase := range map[string]func(string) string{
		"as written": func(s string) string { return s }, "upper": strings.ToUpper, "lower": strings.ToLower,
	} {
		text, toks, sents := seedDoc(t, recase)
		got := tg.Tag(text, toks, sents, nil)
		var f features
		f.bits = m.bits
		f.prepare(text, toks, sents, gaz)
		want := make([]Tag, len(toks))
		entities := 0
		for s := 0; s+1 < len(sents); s++ {
			a, b := sents[s], sents[s+1]
			refDecode(&refScorer{m: m, f: &f, a: a, b: b, head: f.head[s]}, beamMargin/m.scale, want[a:b])
		}
		for i := range toks {
			if got[i] != want[i] {
				t.Fatalf("%s: token %d %q tagged %v, the reference tags %v", name, i, text[toks[i].Start:toks[i].End], got[i], want[i])
			}
			if want[i].Begins() {
				entities++
			}
		}
		if name != "lower" && entities < 50 {
			t.Errorf("%s: only %d entities in %d tokens", name, entities, len(toks))
		}
	}
}
