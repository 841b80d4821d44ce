package highlight

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

const lxTestHeader = "term\tcategory\treason\tneutral\n"

func TestParseLexiconErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		msg      string
	}{
		{"no header", "regime\tlabel\tr\tgovernment\n", 1, "header"},
		{"empty", "# only a comment\n", 1, "missing header"},
		{"three fields", "# c\n" + lxTestHeader + "regime\tlabel\tgovernment\n", 3, "4 tab-separated fields"},
		{"empty reason", lxTestHeader + "ok\tlabel\tr\tn\nregime\tlabel\t \tgovernment\n", 3, "empty reason"},
		{"short wildcard", lxTestHeader + "\nab*\tlabel\tr\tn\n", 3, "wildcard"},
		{"bad ending", lxTestHeader + "bomb(s\tlabel\tr\tn\n", 2, "optional ending"},
		{"punctuation", lxTestHeader + "don't\tlabel\tr\tn\n", 2, "letters and digits"},
		{"duplicate", lxTestHeader + "so-called\tdoubt marker\tr\tn\nSo Called\tlabel\tr\tn\n", 3, "already defined on line 2"},
	}
	for _, tt := range tests {
		_, err := ParseLexicon(strings.NewReader(tt.in))
		var le *LexiconError
		if !errors.As(err, &le) {
			t.Errorf("%s: err = %v, want a LexiconError", tt.name, err)
			continue
		}
		if le.Line != tt.line || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s: got %q (line %d), want line %d containing %q", tt.name, err, le.Line, tt.line, tt.msg)
		}
	}
}

func TestParseLexiconFormat(t *testing.T) {
	in := "\ufeff# comment\r\n\r\n" + strings.ReplaceAll(lxTestHeader, "\n", "\r\n") +
		"dumb bomb(s)\tdysphemism\tMocking name.\tunguided bombs\r\n"
	lex, err := ParseLexicon(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []LexiconEntry{{"dumb bomb(s)", "dysphemism", "Mocking name.", "unguided bombs"}}
	if !reflect.DeepEqual(lex.Entries(), want) {
		t.Errorf("got %+v", lex.Entries())
	}
}

func TestLexiconRoundTrip(t *testing.T) {
	lex := DefaultLexicon()
	var buf bytes.Buffer
	n, err := lex.WriteTo(&buf)
	if err != nil || n != int64(buf.Len()) {
		t.Fatalf("WriteTo: %d, %v (wrote %d)", n, err, buf.Len())
	}
	back, err := ParseLexicon(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Entries(), lex.Entries()) {
		t.Error("entries differ after a round trip")
	}
}

func TestDefaultLexicon(t *testing.T) {
	lex := DefaultLexicon()
	if lex.Len() < 300 {
		t.Errorf("default lexicon has %d entries, want hundreds", lex.Len())
	}
	cats := map[string]bool{}
	for _, c := range Categories {
		cats[c] = true
	}
	for _, e := range lex.Entries() {
		if !cats[e.Category] {
			t.Errorf("%q: category %q not in Categories", e.Term, e.Category)
		}
	}
	for _, term := range []string{"dumb bomb(s)", "regime(s)", "terrorist(s)", "massacre*", "barbarism",
		"purported*", "alleged", "takfiri*", "whin*", "so-called", "collateral damage", "propaganda"} {
		if _, ok := lex.Lookup(term); !ok {
			t.Errorf("default lexicon lacks %q", term)
		}
	}
	lex.Remove("regime(s)")
	if _, ok := DefaultLexicon().Lookup("regime(s)"); !ok {
		t.Error("editing a DefaultLexicon copy changed the next one")
	}
}

func TestLexiconEdits(t *testing.T) {
	lex := &Lexicon{}
	e := LexiconEntry{Term: " Dumb  bomb(s) ", Category: "label", Reason: "r", Neutral: "unguided bombs"}
	if err := lex.Add(e); err != nil {
		t.Fatal(err)
	}
	if err := lex.Add(LexiconEntry{Term: "x*", Category: "label", Reason: "r", Neutral: "n"}); err == nil {
		t.Error("Add accepted a one-letter wildcard")
	}
	if err := lex.Recategorise("dumb-bomb(s)", "dysphemism"); err != nil {
		t.Fatal(err)
	}
	if err := lex.Recategorise("nope", "label"); !errors.Is(err, errNoLexTerm) {
		t.Errorf("Recategorise of a missing term: %v", err)
	}
	if got, _ := lex.Lookup("dumb bomb(s)"); got.Category != "dysphemism" || got.Term != "Dumb  bomb(s)" {
		t.Errorf("after recategorise: %+v", got)
	}
	e.Reason = "new reason"
	if err := lex.Add(e); err != nil || lex.Len() != 1 {
		t.Errorf("re-adding replaced nothing: %v, %d entries", err, lex.Len())
	}
	if !lex.Remove("DUMB BOMB(S)") || lex.Remove("dumb bomb(s)") || lex.Len() != 0 {
		t.Error("Remove did not remove exactly once")
	}
}

func TestLoadLexiconFromFS(t *testing.T) {
	fsys := fstest.MapFS{LexiconPath: {Data: []byte(lxTestHeader + "ceasefire\tlabel\tr\ttruce\n")}}
	det, err := newLoadedDetector(fsys)
	if err != nil {
		t.Fatal(err)
	}
	text := "A ceasefire, not a regime."
	got := lxSpanTexts(text, det.detect(&Doc{Text: text}))
	if strings.Join(got, ",") != "ceasefire" {
		t.Errorf("got %q", got)
	}
	if _, err := newLoadedDetector(fstest.MapFS{}); err == nil {
		t.Error("no error for a missing lexicon")
	}
}

// TestDefaultLexiconTermsHaveContent guards against entries made only of
// glue words ("has been"), which would mark ordinary grammar everywhere.
func TestDefaultLexiconTermsHaveContent(t *testing.T) {
	for _, e := range DefaultLexicon().Entries() {
		toks, err := lxCompileTerm(e.Term)
		if err != nil {
			t.Fatalf("%q: %v", e.Term, err)
		}
		content := false
		for _, tok := range toks {
			if tok.prefix != "" {
				content = true
			}
			for _, w := range tok.words {
				content = content || !lxFunctionWords[w]
			}
		}
		if !content {
			t.Errorf("%q has only glue words", e.Term)
		}
	}
}
