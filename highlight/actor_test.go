package highlight

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"slant/assets"
)

// allSeedsText returns the five seed articles concatenated.
func allSeedsText(tb testing.TB) string {
	tb.Helper()
	files, err := fs.Glob(assets.FS, "samples/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no seed articles: %v", err)
	}
	var b strings.Builder
	for _, f := range files {
		data, err := fs.ReadFile(assets.FS, f)
		if err != nil {
			tb.Fatal(err)
		}
		b.Write(data)
		b.WriteString("\n\n")
	}
	return b.String()
}

func loadActors(tb testing.TB) *actorDetector {
	tb.Helper()
	det, err := newActorDetector(assets.FS)
	if err != nil {
		tb.Fatal(err)
	}
	return det.(*actorDetector)
}

// actorsOf runs the actor detector on text and returns its spans.
func actorsOf(det *actorDetector, text string) []Span {
	return det.detect(&Doc{Text: text})
}

// want is an actor expected in a text: the span's words, the canonical
// actor and its type.
type want struct {
	text, actor string
	typ         ActorType
}

func TestActorsOnSeedSentences(t *testing.T) {
	det := loadActors(t)
	tests := []struct {
		in   string
		want []want
	}{
		{"US Secretary of State John Kerry accuses Russia of being responsible for latest civilian casualties in Syria and urges Moscow to immediately stop its bombing campaign",
			[]want{{"US", "United States", Place}, {"John Kerry", "John Kerry", Person}, {"Russia", "Russia", Place}, {"Syria", "Syria", Place}, {"Moscow", "Russia", Place}}},
		{"United States Secretary of State John Kerry said that constant Russian bombardment has recently killed many civilians in Syria.\n\"This has to stop,\" Kerry said.",
			[]want{{"United States", "United States", Place}, {"John Kerry", "John Kerry", Person}, {"Russian", "Russia", Place}, {"Syria", "Syria", Place}, {"Kerry", "John Kerry", Person}}},
		{"UN envoy Staffan de Mistura said they had not failed but urgently needed help from international backers led by the United States and Russia.",
			[]want{{"UN", "United Nations", Organization}, {"Staffan de Mistura", "Staffan de Mistura", Person}, {"United States", "United States", Place}, {"Russia", "Russia", Place}}},
		{"In addition, the Syrian regime’s recent advances near the northern city of Aleppo could worsen the country’s already dire humanitarian crisis, the White House said.",
			[]want{{"Syrian", "Syria", Place}, {"Aleppo", "Aleppo", Place}, {"White House", "United States", Place}}},
		{"\"That would obviously exacerbate a terrible humanitarian situation there,\" White House spokesman Josh Earnest told reporters.",
			[]want{{"White House", "United States", Place}, {"Josh Earnest", "Josh Earnest", Person}}},
		{"Alongside heavy Russian aerial support, the advances have been made possible by advances by Hezbollah militants from Lebanon.",
			[]want{{"Russian", "Russia", Place}, {"Hezbollah", "Hezbollah", Organization}, {"Lebanon", "Lebanon", Place}}},
		{"US Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov spoke by phone. Kerry again spoke with Lavrov on Thursday.",
			[]want{{"US", "United States", Place}, {"John Kerry", "John Kerry", Person}, {"Russian", "Russia", Place}, {"Sergei Lavrov", "Sergei Lavrov", Person}, {"Kerry", "John Kerry", Person}, {"Lavrov", "Sergei Lavrov", Person}}},
		{"However, Pentagon spokesman Navy Captain Jeff Davis rejected the appeal later that day.",
			[]want{{"Pentagon", "U.S. Department of Defense", Organization}, {"Jeff Davis", "Jeff Davis", Person}}},
		{"Following his trip, Secretary of State Kerry said in Washington on Feb 5 that the campaign must stop.",
			[]want{{"Kerry", "Kerry", Person}, {"Washington", "United States", Place}}},
		{"The Kremlin remained defiant. Spokesman Dmitry Peskov said Washington was to blame.",
			[]want{{"Kremlin", "Russia", Place}, {"Dmitry Peskov", "Dmitry Peskov", Person}, {"Washington", "United States", Place}}},
		// Names that run over a particle ("De", "al-") stay whole; a name
		// never ends in "of" and a demonym.
		{"The Geneva talks were aimed at securing a broad ceasefire, according to UN special envoy Staffan De Mistura.",
			[]want{{"Geneva", "Geneva", Place}, {"UN", "United Nations", Organization}, {"Staffan De Mistura", "Staffan De Mistura", Person}}},
		{"The strikes hit areas the West blames on the government of Bashar al-Assad.",
			[]want{{"West", "West", Place}, {"Bashar al-Assad", "Bashar al-Assad", Person}}},
		{"Russia criticized the jihadists of Jabhat Fatah al-Sham, formerly Jabhat al-Nusra.",
			[]want{{"Russia", "Russia", Place}, {"Jabhat Fatah al-Sham", "Jabhat al-Nusra", Organization}, {"Jabhat al-Nusra", "Jabhat al-Nusra", Organization}}},
		{"They denounced in the UN Security Council of Russian “barbarism”.",
			[]want{{"UN Security Council", "UN Security Council", Organization}, {"Russian", "Russia", Place}}},
	}
	for _, tc := range tests {
		got := actorsOf(det, tc.in)
		var gotW []want
		for _, s := range got {
			gotW = append(gotW, want{s.Text(tc.in), s.Actor, s.ActorType})
		}
		if !slices.Equal(gotW, tc.want) {
			t.Errorf("%q\n got %v\nwant %v", tc.in, gotW, tc.want)
		}
	}
}

// TestActorOffsets checks byte offsets, apart from the table test above:
// a title before a name, multi-byte runes before a span, a possessive.
func TestActorOffsets(t *testing.T) {
	det := loadActors(t)
	text := "“Secretary of State John Kerry’s trip,” said the White House."
	got := actorsOf(det, text)
	wantSpans := [][2]int{{22, 32}, {55, 66}}
	if len(got) != len(wantSpans) {
		t.Fatalf("got %d spans %v, want %v", len(got), got, wantSpans)
	}
	for i, w := range wantSpans {
		if got[i].Start != w[0] || got[i].End != w[1] || got[i].Kind != Actor {
			t.Errorf("span %d = [%d,%d) %q, want [%d,%d)", i, got[i].Start, got[i].End, got[i].Text(text), w[0], w[1])
		}
	}
}

func TestActorsOnSeeds(t *testing.T) {
	det := loadActors(t)
	text := allSeedsText(t)
	spans := actorsOf(det, text)
	counts := map[string]int{}
	prevEnd := 0
	for _, s := range spans {
		if s.Start < prevEnd || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("span %v overlaps the previous one or leaves the text", s)
		}
		prevEnd = s.End
		counts[s.Actor+"/"+s.ActorType.String()]++
		if w := s.Text(text); strings.Contains(w, "Warns") || strings.Contains(w, "Keeps") || strings.Contains(w, "Continue") {
			t.Errorf("title-case headline words taken for an actor: %q", w)
		}
	}
	for _, k := range []string{"John Kerry/person", "Russia/place", "United States/place", "Sergei Lavrov/person", "Aleppo/place", "Josh Earnest/person", "Syria/place"} {
		if counts[k] < 2 {
			t.Errorf("%s found %d times in the seeds, want at least 2", k, counts[k])
		}
	}
	if counts["Kerry/person"] != 0 {
		t.Errorf("a short mention of Kerry was not resolved to John Kerry %d times", counts["Kerry/person"])
	}
}

func TestActorModelLoads(t *testing.T) {
	det := loadActors(t)
	if det.tagger == nil || len(det.table.alias) < 200 || len(det.table.demonym) < 100 {
		t.Fatalf("actor data looks incomplete: %d aliases, %d demonyms", len(det.table.alias), len(det.table.demonym))
	}
	if _, err := newActorDetector(fstest.MapFS{}); err == nil {
		t.Error("newActorDetector on an empty FS did not fail")
	}
	broken := fstest.MapFS{ModelPath: {Data: []byte("not a model")}}
	if _, err := newActorDetector(broken); err == nil {
		t.Error("newActorDetector with a corrupt model did not fail")
	}
}

func TestActorsOddInput(t *testing.T) {
	det := loadActors(t)
	for _, s := range []string{"", " ", "\n\n", "\xff\xfe\xfd", "Mr.", "THE UNITED NATIONS", strings.Repeat("Kerry ", 1000)} {
		for _, sp := range actorsOf(det, s) {
			if sp.Start < 0 || sp.End > len(s) || sp.Start >= sp.End {
				t.Errorf("%q: bad span %v", s, sp)
			}
		}
	}
}

func BenchmarkActorLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := newActorDetector(assets.FS); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkActorDetect measures the actor detector alone on the seeds. It
// also reports MB per second of CPU time used by the process (cpu-MB/s),
// which stays meaningful when other work shares the machine.
func BenchmarkActorDetect(b *testing.B) {
	benchDetector(b, loadActors(b), Doc{Text: allSeedsText(b)})
}

// FuzzActors checks that the actor detector never panics and returns
// sorted, non-overlapping spans on rune boundaries with an actor name.
func FuzzActors(f *testing.F) {
	det := loadActors(f)
	for _, s := range strings.Split(allSeedsText(f), "\n\n") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		boundary := runeBoundaries(text)
		prev := 0
		for _, s := range actorsOf(det, text) {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("bad span [%d,%d) after %d in %q", s.Start, s.End, prev, text)
			}
			if !boundary[s.Start] || !boundary[s.End] {
				t.Fatalf("span [%d,%d) splits a rune in %q", s.Start, s.End, text)
			}
			if s.Actor == "" || s.Kind != Actor {
				t.Fatalf("span %+v has no actor", s)
			}
			prev = s.End
		}
	})
}

// runeBoundaries marks the byte offsets where a rune starts as
// utf8.DecodeRuneInString steps through s (an invalid byte counts as one
// rune), and len(s).
func runeBoundaries(s string) []bool {
	b := make([]bool, len(s)+1)
	for i := 0; i < len(s); {
		b[i] = true
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	b[len(s)] = true
	return b
}

func TestSingleSpaced(t *testing.T) {
	for s, want := range map[string]bool{
		"John Kerry": true, "Kerry": true, "": true, "U.S. Army": true, "Zürich Café": true,
		"John  Kerry": false, "John\nKerry": false, "John\tKerry": false, "John\u00a0Kerry": false, "John Kerry\r": false,
	} {
		if got := singleSpaced(s); got != want {
			t.Errorf("singleSpaced(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTitleCased checks the title-case test on headlines and on lines of
// names, with the words the document writes in lower case marked.
func TestTitleCased(t *testing.T) {
	tests := []struct {
		line   string
		common string // the capitalised words the document also writes in lower case
		want   bool
	}{
		{"Kerry Warns Russia, But Moscow Keeps Bombing Aleppo", "But Bombing", true},
		{"See Syria Daily, Sept 29: Kerry Warns Russia, But Moscow Keeps Bombing Aleppo", "But", true},
		{"Kerry Warns Russia, But Moscow Acts", "But", false},
		{"Seattle Mariners, New York Yankees, Boston Red Sox", "", false},
		{"Kerry warns Russia, but Moscow keeps bombing Aleppo", "But", false},
	}
	for _, tc := range tests {
		toks := tokenize(tc.line, nil)
		seen := make([]bool, len(toks))
		for i, tk := range toks {
			seen[i] = strings.Contains(" "+tc.common+" ", " "+tk.text(tc.line)+" ")
		}
		if got := titleCased(tc.line, toks, seen); got != tc.want {
			t.Errorf("titleCased(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
