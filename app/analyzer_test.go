package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"slant/highlight"
)

// loadedTexts returns the text of each loaded-term span of d, lower-cased.
func loadedTexts(d *Document) []string {
	var out []string
	for _, s := range d.Spans {
		if s.Kind == highlight.Loaded {
			out = append(out, strings.ToLower(d.Text[s.Start:s.End]))
		}
	}
	return out
}

// countOf counts the texts that contain word, leaving out those holding
// one of the longer terms skip.
func countOf(list []string, word string, skip ...string) int {
	n := 0
	for _, v := range list {
		if strings.Contains(v, word) && !containsAny(v, skip) {
			n++
		}
	}
	return n
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// seed000 reads the first sample without analysing it.
func seed000(t *testing.T) *Document {
	t.Helper()
	d, err := Read("samples/000_a652a7b09379949b.txt")
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestUseLexiconChangesAnalyze(t *testing.T) {
	t.Cleanup(func() { SetAnalyzer(nil) })
	d := seed000(t)
	d.Analyze()
	if n := countOf(loadedTexts(d), "regime", "regime forces"); n == 0 {
		t.Fatalf("bundled lexicon: no \"regime\" in %q", loadedTexts(d))
	}
	if countOf(loadedTexts(d), "opposition") != 0 {
		t.Fatal("\"opposition\" flagged before it was added")
	}
	lex := highlight.DefaultLexicon()
	lex.Remove("regime(s)")
	if err := lex.Add(highlight.LexiconEntry{Term: "opposition", Category: "label",
		Reason: "test reason", Neutral: "rebels"}); err != nil {
		t.Fatal(err)
	}
	UseLexicon(lex)
	d.Analyze()
	got := loadedTexts(d)
	if n := countOf(got, "regime", "regime forces"); n != 0 {
		t.Errorf("\"regime\" removed but flagged %d times", n)
	}
	if countOf(got, "opposition") == 0 {
		t.Errorf("added \"opposition\" not flagged: %q", got)
	}
	UseLexicon(nil)
	d.Analyze()
	if countOf(loadedTexts(d), "regime", "regime forces") == 0 {
		t.Error("UseLexicon(nil) did not restore the bundled lexicon")
	}
}

func TestLexiconFileRoundTrip(t *testing.T) {
	file := filepath.Join(t.TempDir(), "lexicon.tsv")
	lex, err := LoadLexiconFile(file)
	if lex != nil || err != nil {
		t.Fatalf("missing file: %v, %v; want nil, nil", lex, err)
	}
	want := highlight.DefaultLexicon()
	want.Remove("regime(s)")
	if err := want.Recategorise("bloodbath", "intensifier"); err != nil {
		t.Fatal(err)
	}
	if err := SaveLexiconFile(file, want); err != nil {
		t.Fatal(err)
	}
	got, err := LoadLexiconFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if got.Len() != want.Len() {
		t.Errorf("read back %d entries, wrote %d", got.Len(), want.Len())
	}
	if _, ok := got.Lookup("regime(s)"); ok {
		t.Error("removed entry came back")
	}
	if e, _ := got.Lookup("bloodbath"); e.Category != "intensifier" {
		t.Errorf("bloodbath category %q", e.Category)
	}
	if err := RemoveLexiconFile(file); err != nil {
		t.Fatal(err)
	}
	if err := RemoveLexiconFile(file); err != nil {
		t.Errorf("removing twice: %v", err)
	}
}

func TestLexiconFileDamaged(t *testing.T) {
	file := filepath.Join(t.TempDir(), "lexicon.tsv")
	data := "term\tcategory\treason\tneutral\nregime\tlabel\tonly three fields\n"
	if err := os.WriteFile(file, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := LoadLexiconFile(file)
	if err == nil || !strings.Contains(err.Error(), "line 2") || !strings.Contains(err.Error(), file) {
		t.Errorf("error %v should name the file and line 2", err)
	}
}

// BenchmarkUseLexicon measures applying an edited lexicon: compiling the
// bundled lexicon into a new analyser.
func BenchmarkUseLexicon(b *testing.B) {
	b.Cleanup(func() { SetAnalyzer(nil) })
	lex := highlight.DefaultLexicon()
	b.ReportAllocs()
	for b.Loop() {
		UseLexicon(lex)
	}
}

// BenchmarkSaveLexiconFile measures keeping the user's lexicon after an
// edit (an atomic write with its flush to disk).
func BenchmarkSaveLexiconFile(b *testing.B) {
	file := filepath.Join(b.TempDir(), "lexicon.tsv")
	lex := highlight.DefaultLexicon()
	b.ReportAllocs()
	for b.Loop() {
		if err := SaveLexiconFile(file, lex); err != nil {
			b.Fatal(err)
		}
	}
}
