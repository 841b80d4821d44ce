package ner

import (
	"bytes"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"
)

// modelPath is the shipped weight file, relative to this package.
const modelPath = "../../assets/model/ner.bin"

func loadShipped(tb testing.TB) (*Model, *Gazetteer) {
	tb.Helper()
	data, err := os.ReadFile(modelPath)
	if err != nil {
		tb.Fatal(err)
	}
	m, err := ReadModel(data)
	if err != nil {
		tb.Fatal(err)
	}
	lex, err := LoadLexicon(os.DirFS("../../assets"))
	if err != nil {
		tb.Fatal(err)
	}
	return m, lex.Gazetteer()
}

// tagWords tags a space-separated sentence and returns its entities as
// "words/CLASS".
func tagWords(tg *Tagger, sentence string) []string {
	var b docBuilder
	for _, w := range strings.Fields(sentence) {
		b.add(w, O)
	}
	d, _ := b.finish()
	var out []string
	for _, e := range Entities(tg.Tag(d.Text, d.Toks, d.Sents, nil), nil) {
		words := d.Text[d.Toks[e.First].Start:d.Toks[e.Last].End]
		out = append(out, words+"/"+e.Class.String())
	}
	return out
}

func TestShippedModelTags(t *testing.T) {
	m, gaz := loadShipped(t)
	tg := NewTagger(m, gaz)
	tests := []struct{ in, want string }{
		{"UN envoy Staffan de Mistura said talks in Geneva were paused .", "UN/ORG Staffan de Mistura/PER Geneva/LOC"},
		{"Russian Foreign Minister Sergei Lavrov met John Kerry in Moscow .", "Russian/MISC Sergei Lavrov/PER John Kerry/PER Moscow/LOC"},
		{"Daewoo Information Systems Co Ltd said on Monday it would sell shares .", "Daewoo Information Systems Co Ltd/ORG"},
		{"Pentagon spokesman Navy Captain Jeff Davis rejected the appeal .", "Pentagon/ORG Navy/ORG Jeff Davis/PER"},
	}
	for _, tc := range tests {
		if got := strings.Join(tagWords(tg, tc.in), " "); got != tc.want {
			t.Errorf("%q\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

func TestModelRoundTrip(t *testing.T) {
	m, _ := loadShipped(t)
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if shipped, _ := os.ReadFile(modelPath); !bytes.Equal(buf.Bytes(), shipped) {
		t.Error("the shipped model read and written again differs from its file")
	}
	m2, err := ReadModel(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if m2.bits != m.bits || m2.scale != m.scale || !slices.Equal(m.w, m2.w) {
		t.Error("weights changed in a write and read")
	}
	for _, bad := range [][]byte{nil, []byte("SLNR"), buf.Bytes()[:buf.Len()/2], append(buf.Bytes()[:buf.Len():buf.Len()], 0)} {
		if _, err := ReadModel(bad); err == nil {
			t.Errorf("ReadModel accepted %d corrupt bytes", len(bad))
		}
	}
}

func TestTrainLearnsToyData(t *testing.T) {
	conll := "-DOCSTART- -X- O O\n\nJohn NNP B-NP B-PER\nSmith NNP I-NP I-PER\nvisited VBD B-VP O\nParis NNP B-NP B-LOC\n. . O O\n\n" +
		"Acme NNP B-NP B-ORG\nCorp NNP I-NP I-ORG\nhired VBD B-VP O\nJohn NNP B-NP B-PER\nSmith NNP I-NP I-PER\n. . O O\n"
	docs, err := ReadCoNLL(strings.NewReader(conll))
	if err != nil || len(docs) != 1 || len(docs[0].Sents) != 3 {
		t.Fatalf("ReadCoNLL: %v, %d docs", err, len(docs))
	}
	tr := NewTrainer(12, NewGazetteer(), 1)
	for range 5 {
		tr.Epoch(docs)
	}
	s := Evaluate(NewTagger(tr.Model(0), nil), docs)
	if p, r, _ := s[None].F1(); p != 1 || r != 1 {
		t.Errorf("a model trained on its own data scores P %.2f R %.2f:\n%s", p, r, s)
	}
}

func TestTagAndEntities(t *testing.T) {
	tags := []Tag{O, BPer, IPer, O, ILoc, BOrg, BOrg, IOrg}
	got := Entities(tags, nil)
	want := []Entity{{1, 2, Per}, {4, 4, Loc}, {5, 5, Org}, {6, 7, Org}}
	if len(got) != len(want) {
		t.Fatalf("Entities = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("entity %d = %v, want %v", i, got[i], want[i])
		}
	}
	for _, s := range []string{"O", "B-PER", "I-ORG", "B-LOC", "I-MISC"} {
		if tag, ok := ParseTag(s); !ok || tag.String() != s {
			t.Errorf("ParseTag(%q) = %v, %v", s, tag, ok)
		}
	}
}

func TestLexicon(t *testing.T) {
	good := fstest.MapFS{
		"actors/actors.txt":      {Data: []byte("# comment\nRussia | place | Moscow | the Kremlin\nUnited Nations | organization | UN\n")},
		"actors/demonyms.txt":    {Data: []byte("Russia | Russian | Russians\n")},
		"actors/places.txt":      {Data: []byte("Aleppo\nNew York\n")},
		"actors/given_names.txt": {Data: []byte("John Sergei\n")},
	}
	lex, err := LoadLexicon(good)
	if err != nil {
		t.Fatal(err)
	}
	g := lex.Gazetteer()
	checks := []struct {
		words []string
		want  Class
	}{{[]string{"Kremlin"}, Loc}, {[]string{"KREMLIN"}, Loc}, {[]string{"UN"}, Org}, {[]string{"Russians"}, Misc},
		{[]string{"New", "York"}, Loc}, {[]string{"Sergei"}, Per}}
	for _, c := range checks {
		if g.Lookup(c.words...)&(1<<c.want) == 0 {
			t.Errorf("gazetteer lacks %v as %v", c.words, c.want)
		}
	}
	if g.Lookup("New") != 0 || g.Lookup("York") != 0 {
		t.Error("a prefix of a phrase matched as a phrase")
	}
	bad := fstest.MapFS{"actors/actors.txt": {Data: []byte("Russia | country\n")}}
	if _, err := LoadLexicon(bad); err == nil || !strings.Contains(err.Error(), "actors/actors.txt:1") {
		t.Errorf("a bad type gave %v, want an error naming actors/actors.txt:1", err)
	}
}

func BenchmarkReadModel(b *testing.B) {
	data, err := os.ReadFile(modelPath)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadModel(data); err != nil {
			b.Fatal(err)
		}
	}
}

// TestScoresMatchSums checks the packed row sums against plain int32 sums
// of the same rows, on random rows including the extremes -128 and 127.
func TestScoresMatchSums(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	m := newModel(8, 1)
	for r := range m.numRows() {
		var row [NumTags]int8
		for k := range row {
			row[k] = int8(rng.IntN(256) - 128)
			if rng.IntN(8) == 0 {
				row[k] = []int8{-128, 127}[rng.IntN(2)]
			}
		}
		m.setRow(r, row)
		if m.row(r) != row {
			t.Fatalf("row %d stored %v, read back %v", r, row, m.row(r))
		}
	}
	for range 2000 {
		buckets := make([]uint32, numFeatures)
		var sum [NumTags]int32
		for j := range buckets {
			buckets[j] = uint32(rng.IntN(m.numRows()))
			for k, x := range m.row(int(buckets[j])) {
				sum[k] += int32(x)
			}
		}
		var sc scores
		sc.add(m, buckets)
		for k, v := range sc.values() {
			if got := int64(v) - 128*numFeatures; got != int64(sum[k]) {
				t.Fatalf("tag %d: packed sum %d, want %d", k, got, sum[k])
			}
		}
	}
}

// TestDescribeASCII checks the ASCII fast path against the general one.
func TestDescribeASCII(t *testing.T) {
	words := []string{"", "a", "I", "-", "--", "a-", "-a", "a-b", "U.S.", "Kerry", "KERRY", "260,000", "1996-08-30",
		"all-rounder", "Mr.", "x1", "e-mail", "O'Neil", "...", "$", "ABCDEFGHIJKLMNOP", "n't", "'s", "3.5%"}
	for _, w := range words {
		got, ok := describeASCII(w)
		if want := describeRunes(w); !ok || got != want {
			t.Errorf("describeASCII(%q) = %+v, %v; want %+v", w, got, ok, want)
		}
		checkASCIIHashes(t, w)
	}
	if _, ok := describeASCII("Zürich"); ok {
		t.Error("describeASCII took a non-ASCII word")
	}
}

// checkASCIIHashes checks the ASCII fast paths of HashLower and titleHash
// against their general forms.
func checkASCIIHashes(t *testing.T, w string) {
	t.Helper()
	if HashLower(w) != hashLowerRunes(w) || titleHash(w) != titleHashRunes(w) {
		t.Errorf("hashes of %q differ from their general forms", w)
	}
}

func FuzzDescribe(f *testing.F) {
	f.Add("a-b")
	f.Add("U.S.")
	f.Fuzz(func(t *testing.T, w string) {
		if got, ok := describeASCII(w); ok && got != describeRunes(w) {
			t.Fatalf("describeASCII(%q) = %+v, want %+v", w, got, describeRunes(w))
		}
		checkASCIIHashes(t, w)
	})
}

// TestGeneralPunct checks that the General Punctuation block, which
// shapeClass, lowerRune and the highlight tokenizers skip, has no
// letters, digits, marks or case.
func TestGeneralPunct(t *testing.T) {
	for r := rune(0x2000); r <= 0x206F; r++ {
		if !IsGeneralPunct(r) || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || unicode.IsUpper(r) || unicode.ToLower(r) != r {
			t.Errorf("%U is not plain punctuation", r)
		}
	}
}

// TestPackWord checks that packed keys are equal exactly when the words
// are, for words of every length up to 16 bytes and across the end of
// the text.
func TestPackWord(t *testing.T) {
	text := "a ab abc the The thé 12345678 123456789 1234567890123456 12345678901234567 ab abc"
	keys := map[wordKey]string{}
	for start := 0; start < len(text); start++ {
		for end := start; end <= len(text) && end-start <= 17; end++ {
			k, ok := packWord(text, start, end)
			if !ok {
				if end-start <= 16 && start+16 <= len(text) {
					t.Errorf("packWord(%q) refused a short word", text[start:end])
				}
				continue
			}
			w := text[start:end]
			if prev, seen := keys[k]; seen && prev != w {
				t.Fatalf("%q and %q have the same key", prev, w)
			}
			keys[k] = w
		}
	}
	a, _ := packWord(text, 2, 4) // "ab"
	i := strings.Index(text, "abc")
	b, ok := packWord(text, i, i+2) // "ab" again, in "abc"
	if text[i:i+2] != "ab" || !ok || a != b {
		t.Errorf("equal words, different keys: %v %v", a, b)
	}
}
