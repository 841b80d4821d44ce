package highlight

import (
	"strings"
	"testing"
)

// tokenTexts returns the tokens of s as strings, joined by " | ".
func tokenTexts(s string) string {
	var words []string
	for _, t := range tokenize(s, nil) {
		words = append(words, t.text(s))
	}
	return strings.Join(words, " | ")
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The U.S. said", "The | U.S. | said"},
		{"Kerry's remarks", "Kerry | 's | remarks"},
		{"Moscow’s air strikes", "Moscow | ’s | air | strikes"},
		{"nobody's going to accept that", "nobody | 's | going | to | accept | that"},
		{"They don't know", "They | do | n't | know"},
		{"more than 260,000 people.", "more | than | 260,000 | people | ."},
		{"exceeded 100 sorties on a single day", "exceeded | 100 | sorties | on | a | single | day"},
		{"(not pictured)", "( | not | pictured | )"},
		{`"This has to stop," he continued.`, `" | This | has | to | stop | , | " | he | continued | .`},
		{"free-fall bombs - dumb bombs", "free-fall | bombs | - | dumb | bombs"},
		{"on Feb. 5, 2016.", "on | Feb. | 5 | , | 2016 | ."},
		{"Bashar al Assad's regime", "Bashar | al | Assad | 's | regime"},
		{"Jabhat Fatah al-Sham, formerly", "Jabhat | Fatah | al-Sham | , | formerly"},
		{"UN-mediated talks", "UN-mediated | talks"},
		{"stop.The next", "stop | . | The | next"},
		{"3.5 percent and 12%", "3.5 | percent | and | 12 | %"},
		{"wait... what", "wait | ... | what"},
		{"Mr. Earnest", "Mr. | Earnest"},
		{"J. Smith", "J. | Smith"},
		{"O'Neill said", "O'Neill | said"},
		{"“grave concern”", "“ | grave | concern | ”"},
		{"Côte d'Ivoire", "Côte | d'Ivoire"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := tokenTexts(tc.in); got != tc.want {
			t.Errorf("tokenize(%q)\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

// TestTokenOffsets checks the byte offsets themselves, including text with
// multi-byte runes and odd spacing.
func TestTokenOffsets(t *testing.T) {
	s := "  Moscow’s\u00a0“bombs” \n(U.S.)"
	want := []token{{2, 8}, {8, 12}, {14, 17}, {17, 22}, {22, 25}, {27, 28}, {28, 32}, {32, 33}}
	got := tokenize(s, nil)
	if len(got) != len(want) {
		t.Fatalf("tokenize(%q) = %v, want %v", s, got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d = %v (%q), want %v", i, got[i], got[i].text(s), want[i])
		}
	}
}

func TestTokenizeNeverSplitsRunes(t *testing.T) {
	for _, s := range []string{"\xff\xfeabc", "a\u200bb", "日本語のテキスト。", "x'", "'", "n't", "..", "-\n-"} {
		prev := 0
		for _, tk := range tokenize(s, nil) {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("tokenize(%q): bad token %v after %d", s, tk, prev)
			}
			prev = tk.End
		}
	}
}

func TestSentenceStarts(t *testing.T) {
	s := "Kerry spoke in Washington. He said \"stop.\" Then he left.\nNext line"
	toks := tokenize(s, nil)
	var got []string
	starts := sentenceStarts(s, toks, nil)
	for _, i := range starts[:len(starts)-1] {
		got = append(got, toks[i].text(s))
	}
	if strings.Join(got, ",") != "Kerry,He,Then,Next" {
		t.Errorf("sentences start at %v", got)
	}
	if starts[len(starts)-1] != len(toks) {
		t.Errorf("last entry %d, want %d", starts[len(starts)-1], len(toks))
	}
}

func BenchmarkTokenize(b *testing.B) {
	text := allSeedsText(b)
	toks := make([]token, 0, len(text)/4)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		toks = tokenize(text, toks[:0])
	}
}
