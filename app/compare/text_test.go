package compare

import (
	"slices"
	"strings"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"run together", "Moscow wants a ceasefire.Kerry said at a press conference", []string{"Moscow wants a ceasefire.", "Kerry said at a press conference"}},
		{"closing quote kept", `He said “it has to stop.” Then he left.`, []string{`He said “it has to stop.”`, "Then he left."}},
		{"initials", "The U.S. Secretary of State spoke.", []string{"The U.S. Secretary of State spoke."}},
		{"abbreviated month", "Talks were paused until Feb. 25. Nobody spoke.", []string{"Talks were paused until Feb. 25.", "Nobody spoke."}},
		{"line breaks", "Photo by: Reuters\n\nKerry spoke", []string{"Photo by: Reuters", "Kerry spoke"}},
		{"lost closing mark", "they will support a cease-fire now.2Without naming", []string{"they will support a cease-fire now.2", "Without naming"}},
		{"decimal", "It grew 2.5 percent. Then fell.", []string{"It grew 2.5 percent.", "Then fell."}},
		{"ellipsis inside", "The Iranians confirmed…they will support it.", []string{"The Iranians confirmed…they will support it."}},
		{"empty", " \n \n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range sentences(tt.text) {
				got = append(got, tt.text[r.Start:r.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("sentences(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestWords(t *testing.T) {
	text := `“Cease-fire,” he said: 40,000 people… it’s U.S.-led; end.`
	var got []string
	for _, w := range words(text, Range{0, len(text)}) {
		got = append(got, w.word)
		if normWord(text[w.Start:w.End]) != w.word {
			t.Errorf("token %q at %v does not cover its word %q", text[w.Start:w.End], w.Range, w.word)
		}
	}
	want := []string{"ceasefire", "he", "said", "40000", "people", "it's", "u", "s", "led", "end"}
	if !slices.Equal(got, want) {
		t.Errorf("words = %q, want %q", got, want)
	}
	toks := words(text, Range{0, len(text)})
	if !toks[4].elided || toks[3].elided {
		t.Errorf("ellipsis after %q not marked", toks[4].word)
	}
}

func TestStem(t *testing.T) {
	groups := [][]string{
		{"bomb", "bombs", "bombing", "bombed"},
		{"displaced", "displace", "displacement"},
		{"stop", "stopped", "stopping", "stops"},
		{"casualties", "casualty"},
	}
	for _, g := range groups {
		for _, w := range g[1:] {
			if stem(w) != stem(g[0]) {
				t.Errorf("stem(%q) = %q, stem(%q) = %q; want equal", w, stem(w), g[0], stem(g[0]))
			}
		}
	}
	if stem("bus") == stem("bu") || stem("crisis") != "crisis" {
		t.Errorf("stem strips -s from -us/-is words: bus %q, crisis %q", stem("bus"), stem("crisis"))
	}
}

func TestExpandContractions(t *testing.T) {
	text := "nobody's going, it's Moscow's, we don't, they'd"
	var got []string
	for _, tk := range expand(words(text, Range{0, len(text)})) {
		got = append(got, tk.word)
	}
	want := []string{"nobody", "is", "going", "it", "is", "moscow's", "we", "do", "not", "they", "would"}
	if !slices.Equal(got, want) {
		t.Errorf("expand = %q, want %q", got, want)
	}
}

func TestQuotedWords(t *testing.T) {
	tests := []struct{ text, want string }{
		{`“The Russians have made ideas,” he continued. “But it is talk.”`, "the russians have made ideas but it is talk"},
		{`“bad taste“`, "bad taste"},
		{`going to accept that” he said`, "going to accept that"},
		{`We are on the verge of suspending the discussion.`, "we are on the verge of suspending the discussion"},
		{`"straight," he said, "marks"`, "straight marks"},
		{`“unclosed at the end`, "unclosed at the end"},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range quotedWords(tt.text, Range{0, len(tt.text)}) {
			got = append(got, tk.word)
		}
		if s := strings.Join(got, " "); s != tt.want {
			t.Errorf("quotedWords(%q) = %q, want %q", tt.text, s, tt.want)
		}
	}
}
