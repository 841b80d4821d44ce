package highlight

import (
	"strings"
	"testing"

	"slant/assets"
)

// lxDetect runs the default lexicon's detector over d.
func lxDetect(d *Doc) []Span {
	return newLoadedFromLexicon(DefaultLexicon()).detect(d)
}

// lxSpanTexts lists the text of each span.
func lxSpanTexts(text string, spans []Span) []string {
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = s.Text(text)
	}
	return out
}

func TestLoadedSeeds(t *testing.T) {
	tests := []struct {
		seed, want, category, neutral string
	}{
		{"000", "dumb bombs", "dysphemism", "unguided bombs"},
		{"000", "regime forces", "label", "government forces"},
		{"000", "regime", "label", "government"},
		{"001", "Dumb bombs", "dysphemism", "unguided bombs"},
		{"002", "barbarism", "dysphemism", "violence / attacks"},
		{"002", "massacre", "dysphemism", ""},
		{"002", "terrorist", "label", ""},
		{"003", "terrorists", "label", ""},
		{"003", "whining", "emotive verb", ""},
		{"004", "purportedly", "doubt marker", ""},
		{"004", "alleged", "doubt marker", ""},
		{"004", "Takfir", "label", ""},
		{"004", "terrorists", "label", ""},
	}
	for _, tt := range tests {
		text := seedText(t, tt.seed)
		spans := lxDetect(&Doc{Text: text})
		found := false
		// Spans grow to the phrase around a term ("Syrian regime forces"),
		// so the term must lie inside a span of its entry.
		for _, s := range spans {
			if !strings.Contains(s.Text(text), tt.want) || s.Category != tt.category {
				continue
			}
			if s.Reason == "" || s.Neutral == "" || tt.neutral != "" && s.Neutral != tt.neutral {
				continue
			}
			found = true
		}
		if !found {
			t.Errorf("seed %s: %q (%s, %q) not marked; got %q", tt.seed, tt.want, tt.category, tt.neutral, lxSpanTexts(text, spans))
		}
	}
}

func TestLoadedSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// A term grows by one word each way to the phrase that carries it.
		{"Takfiri militants attacked the town.", []string{"Takfiri militants"}},
		{"The so-called ceasefire collapsed.", []string{"so-called ceasefire"}},
		{"The so, called ceasefire.", nil},
		{"They massacred villagers in a brutal crackdown.", []string{"massacred villagers", "brutal crackdown"}},
		{"It was a very shocking decision.", []string{"very shocking decision"}},
		{"Officials said corrupt cronies took the money.", []string{"corrupt cronies"}},
		{"They were accused of backing terrorists.", []string{"backing terrorists"}},
		{"Islamic terrorists released a video.", []string{"Islamic terrorists"}},
		// ...but not over common verbs, glue words, "-ing"/"-ed"/"-ly" words
		// after it, or a spaced dash.
		{"The regime's forces advanced.", []string{"regime"}},
		{"Regimes fall; REGIME falls.", []string{"Regimes", "REGIME"}},
		{"The regime gets its way.", []string{"regime"}},
		{"Terrorists reportedly fled.", []string{"Terrorists"}},
		{"Bombs - terrorists fled.", []string{"terrorists"}},
		// Set phrases in the lexicon's "not loaded" category win over the
		// loaded word inside them.
		{"Ünbelievable — the ünbelievable “regime” claimed victory.", []string{"regime"}},
		{"The group claimed responsibility; he claimed it was staged.", []string{"claimed"}},
		{"Police called it a hate crime.", nil},
		{"A video grab shows the convoy.", nil},
		// Of equally long matches the more specific pattern wins:
		// "destroyer(s)" (not loaded) over "destroy*".
		{"The destroyer sailed; they destroyed the village.", []string{"destroyed"}},
		// Idioms are matched whole.
		{"He was caught red-handed doing the dirty work.", []string{"caught red-handed", "dirty work"}},
		{"It was a game of chicken, adding insult to injury.", []string{"game of chicken", "adding insult to injury"}},
		{"The committee met on Tuesday to discuss the budget.", nil},
		{"That would exacerbate a terrible humanitarian situation there.", []string{"terrible humanitarian situation"}},
		{"Jabhat Fatah al-Sham denied it was a sham.", []string{"sham"}},
		// A name before a verb or a doubt marker is its subject, not part
		// of the loaded phrase.
		{"Kerry claimed the talks had failed.", []string{"claimed"}},
		{"Moscow slammed the decision.", []string{"slammed"}},
		{"Kerry slammed Moscow.", []string{"slammed"}},
		{"Kerry claimed Russia was bombing.", []string{"claimed"}},
		// Legal hedges, designations and technical senses are the careful
		// words, not verdicts; the doubt-casting uses still count.
		{"The alleged victims sued; prosecutors alleged that he lied.", nil},
		{"He allegedly stabbed a guard.", nil},
		{"This is what he alleged to be strikes on civilians.", []string{"alleged"}},
		{"The sanctions regime tightened on the regime in Damascus.", []string{"regime"}},
		{"Iran is a state sponsor of terrorism, the department said.", nil},
	}
	for _, tt := range tests {
		got := lxSpanTexts(tt.text, lxDetect(&Doc{Text: tt.text}))
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestLoadedOffsets checks byte offsets separately from the table above.
func TestLoadedOffsets(t *testing.T) {
	text := "“Dumb bombs” fell; the régime’s terrorists fled."
	spans := lxDetect(&Doc{Text: text})
	want := [][2]int{
		{strings.Index(text, "Dumb"), strings.Index(text, "”")},
		{strings.Index(text, "terrorists"), strings.Index(text, " fled")},
	}
	if len(spans) != len(want) {
		t.Fatalf("got %q, want %d spans", lxSpanTexts(text, spans), len(want))
	}
	for i, s := range spans {
		if s.Start != want[i][0] || s.End != want[i][1] || s.Kind != Loaded {
			t.Errorf("span %d = %d..%d kind %v, want %v", i, s.Start, s.End, s.Kind, want[i])
		}
	}
}

func TestLoadedInQuote(t *testing.T) {
	text := `Kerry said: "This massacre has to stop." The regime denied it, calling critics "terrorists".`
	q1 := strings.Index(text, `"This`)
	q1end := strings.Index(text, `stop."`) + len(`stop."`)
	q2 := strings.Index(text, `"terrorists"`)
	d := &Doc{Text: text}
	d.Spans[Quote] = []Span{
		{Start: q1, End: q1end, Kind: Quote},
		{Start: q2, End: q2 + len(`"terrorists"`), Kind: Quote},
	}
	want := map[string]bool{"massacre": true, "regime": false, "terrorists": true}
	spans := lxDetect(d)
	if len(spans) != len(want) {
		t.Fatalf("got %q", lxSpanTexts(text, spans))
	}
	for _, s := range spans {
		if w := want[s.Text(text)]; s.InQuote != w {
			t.Errorf("%q: InQuote = %v, want %v", s.Text(text), s.InQuote, w)
		}
	}
}

func TestLoadedNoQuotesMeansOwnVoice(t *testing.T) {
	text := seedText(t, "002")
	for _, s := range lxDetect(&Doc{Text: text}) {
		if s.InQuote {
			t.Errorf("%q marked InQuote with no quote spans", s.Text(text))
		}
	}
}

func TestWithLexicon(t *testing.T) {
	text := "The regime announced a ceasefire."
	lex := DefaultLexicon()
	if !lex.Remove("regime(s)") {
		t.Fatal("default lexicon lacks regime(s)")
	}
	if err := lex.Add(LexiconEntry{Term: "ceasefire*", Category: "label", Reason: "test", Neutral: "truce"}); err != nil {
		t.Fatal(err)
	}
	an, err := New(assets.FS)
	if err != nil {
		t.Fatal(err)
	}
	custom := an.WithLexicon(lex)
	var got []string
	for _, s := range custom.Analyze(text) {
		if s.Kind == Loaded {
			got = append(got, s.Text(text)+"/"+s.Neutral)
		}
	}
	if strings.Join(got, ",") != "ceasefire/truce" {
		t.Errorf("custom analyzer: got %q", got)
	}
	for _, s := range an.Analyze(text) {
		if s.Kind == Loaded && s.Text(text) != "regime" {
			t.Errorf("original analyzer changed: %q", s.Text(text))
		}
	}
}

// lxCheckSpans fails when spans break the detector's contract.
func lxCheckSpans(t *testing.T, text string, spans []Span) {
	t.Helper()
	if err := checkSpans(text, spans); err != nil {
		t.Fatal(err)
	}
	for _, s := range spans {
		if s.Kind != Loaded || s.Category == "" || s.Reason == "" || s.Neutral == "" {
			t.Fatalf("span %+v lacks its detail", s)
		}
	}
}

func FuzzLoaded(f *testing.F) {
	for _, p := range []string{"000", "001", "002", "003", "004"} {
		f.Add(seedText(f, p))
	}
	f.Add("so-called - - brutal\xffregime\u00a0forces “massacre*”")
	det := newLoadedFromLexicon(DefaultLexicon())
	f.Fuzz(func(t *testing.T, text string) {
		d := &Doc{Text: text}
		if n := len(text); n > 2 {
			d.Spans[Quote] = []Span{{Start: 0, End: n / 2, Kind: Quote}}
		}
		lxCheckSpans(t, text, det.detect(d))
	})
}

// BenchmarkLoaded measures the loaded-term detector alone on the seeds. It
// also reports MB per second of CPU time used by the process (cpu-MB/s),
// which stays meaningful when other work shares the machine.
func BenchmarkLoaded(b *testing.B) {
	benchDetector(b, newLoadedFromLexicon(DefaultLexicon()), Doc{Text: allSeedsText(b)})
}
