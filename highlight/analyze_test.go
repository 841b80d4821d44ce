package highlight

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// find returns the first span of kind k whose text is text.
func find(text string, spans []Span, k Kind, want string) (Span, bool) {
	for _, s := range spans {
		if s.Kind == k && strings.Contains(text[s.Start:s.End], want) {
			return s, true
		}
	}
	return Span{}, false
}

// TestPipelineOnSeed000 is issue 2's acceptance check: the whole analysis
// of seed 000 finds Kerry's quote, the 260,000 dead, Moscow as Russia and
// "dumb bombs" as loaded.
func TestPipelineOnSeed000(t *testing.T) {
	text := seedText(t, "000")
	spans := Analyze(text)
	if q, ok := find(text, spans, Quote, "This has to stop"); !ok || q.Speaker != "John Kerry" {
		t.Errorf("quote \"This has to stop\": %+v found=%v, want speaker John Kerry", q, ok)
	}
	if f, ok := find(text, spans, Figure, "260,000"); !ok || f.Value != 260000 {
		t.Errorf("figure 260,000: %+v found=%v", f, ok)
	}
	if a, ok := find(text, spans, Actor, "Moscow"); !ok || a.Actor != "Russia" || a.ActorType != Place {
		t.Errorf("actor Moscow: %+v found=%v, want Russia (place)", a, ok)
	}
	l, ok := find(text, spans, Loaded, "dumb bombs")
	if !ok || l.Neutral == "" || l.Reason == "" || !l.InQuote {
		t.Errorf("loaded \"dumb bombs\": %+v found=%v, want a reason, a neutral term, inside a quote", l, ok)
	}
}

// TestPipelineInvariants checks every seed's spans: inside the text, on rune
// boundaries, sorted, and never overlapping within a kind.
func TestPipelineInvariants(t *testing.T) {
	for _, p := range []string{"000", "001", "002", "003", "004"} {
		text := seedText(t, p)
		if err := checkSpans(text, Analyze(text)); err != nil {
			t.Errorf("seed %s: %v", p, err)
		}
	}
}

// checkSpans reports the first span that breaks the contract every
// detector keeps: inside text and on rune boundaries (as Go decodes text,
// an invalid byte counting as one rune), sorted by start, no overlap
// within a kind, and an attributed quote's speaker mention on rune
// boundaries inside text.
func checkSpans(text string, spans []Span) error {
	boundary := runeBoundaries(text)
	var last [numKinds]int
	for i, s := range spans {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			return fmt.Errorf("span %d (%s) %d-%d outside the text of %d bytes", i, s.Kind, s.Start, s.End, len(text))
		}
		if !boundary[s.Start] || !boundary[s.End] {
			return fmt.Errorf("span %d (%s) %d-%d splits a rune", i, s.Kind, s.Start, s.End)
		}
		if i > 0 && spans[i-1].Start > s.Start {
			return fmt.Errorf("spans %d and %d out of order", i-1, i)
		}
		if s.Start < last[s.Kind] {
			return fmt.Errorf("span %d (%s) %d-%d overlaps the previous %s", i, s.Kind, s.Start, s.End, s.Kind)
		}
		if s.Attributed() && (s.SpeakerStart < 0 || s.SpeakerEnd > len(text) || !boundary[s.SpeakerStart] || !boundary[s.SpeakerEnd]) {
			return fmt.Errorf("span %d (%s) has a bad speaker mention %d-%d", i, s.Kind, s.SpeakerStart, s.SpeakerEnd)
		}
		last[s.Kind] = s.End
	}
	return nil
}

func FuzzAnalyze(f *testing.F) {
	for _, p := range []string{"000", "001", "002", "003", "004"} {
		text := seedText(f, p)
		f.Add(text[:min(len(text), 600)])
	}
	f.Add("\"unclosed ‘quote “ 5 million % $ Feb. 30, 2016 the regime")
	f.Fuzz(func(t *testing.T, text string) {
		if err := checkSpans(text, Analyze(text)); err != nil {
			t.Fatal(err)
		}
	})
}

// BenchmarkAnalyze measures the whole analysis (all four detectors) over
// the five seeds; MB/s is the figure DESIGN.md sets at ≥ 10.
func BenchmarkAnalyze(b *testing.B) {
	text := allSeedsText(b)
	Analyze(text) // build the default analyzer outside the timing
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu0 := cpuSeconds()
	for b.Loop() {
		Analyze(text)
	}
	reportCPURate(b, len(text), cpu0)
}

// benchDetector measures det alone over the text of prepared (with any
// spans of earlier kinds it holds), reporting MB/s and cpu-MB/s.
func benchDetector(b *testing.B, det detector, prepared Doc) {
	b.SetBytes(int64(len(prepared.Text)))
	b.ReportAllocs()
	cpu0 := cpuSeconds()
	for b.Loop() {
		d := prepared
		det.detect(&d)
	}
	reportCPURate(b, len(prepared.Text), cpu0)
}

// reportCPURate reports megabytes analysed per second of the process's CPU
// time since cpu0 (cpu-MB/s): unlike MB/s, it does not drop when other work
// shares the machine's cores.
func reportCPURate(b *testing.B, bytesPerOp int, cpu0 float64) {
	if used := cpuSeconds() - cpu0; cpu0 > 0 && used > 0 {
		b.ReportMetric(float64(b.N)*float64(bytesPerOp)/used/1e6, "cpu-MB/s")
	}
}

func ExampleAnalyze() {
	text := `"This has to stop," Kerry said of the bombing by Moscow, which has killed 260,000 people.`
	for _, s := range Analyze(text) {
		fmt.Printf("%s %q\n", s.Kind, text[s.Start:s.End])
	}
	// Output:
	// quote "\"This has to stop,\""
	// actor "Kerry"
	// actor "Moscow"
	// figure "260,000"
}

// TestMergeSpans checks that merging the per-kind lists gives exactly the
// order SortSpans gives, on every seed and on a list a detector returned
// out of order.
func TestMergeSpans(t *testing.T) {
	a := Default()
	for _, p := range []string{"000", "001", "002", "003", "004"} {
		d := &Doc{Text: seedText(t, p)}
		n := 0
		for _, det := range a.detectors {
			d.Spans[det.kind()] = det.detect(d)
			n += len(d.Spans[det.kind()])
		}
		var want []Span
		for _, spans := range d.Spans {
			want = append(want, spans...)
		}
		SortSpans(want)
		if got := mergeSpans(&d.Spans, n); !reflect.DeepEqual(got, want) {
			t.Errorf("seed %s: merged spans differ from sorted ones", p)
		}
	}
	var byKind [numKinds][]Span
	byKind[Figure] = []Span{{Start: 9, End: 12, Kind: Figure}, {Start: 2, End: 4, Kind: Figure}}
	byKind[Actor] = []Span{{Start: 2, End: 6, Kind: Actor}, {Start: 9, End: 12, Kind: Actor}}
	got := mergeSpans(&byKind, 4)
	want := []Span{byKind[Actor][0], byKind[Figure][1], byKind[Figure][0], byKind[Actor][1]}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("unsorted input: got %v, want %v", got, want)
	}
}
