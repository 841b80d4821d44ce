package export

import (
	"testing"

	"slant/app"
	"slant/highlight"
)

func TestPieces(t *testing.T) {
	//        0         1         2         3
	//        0123456789012345678901234567890123456
	text := `He said "we lost 40,000 jobs" today.`
	spans := []highlight.Span{
		{Start: 0, End: 2, Kind: highlight.Actor},
		{Start: 8, End: 29, Kind: highlight.Quote, SpeakerStart: 0, SpeakerEnd: 2},
		{Start: 17, End: 28, Kind: highlight.Figure},
		{Start: 28, End: 99, Kind: highlight.Loaded}, // invalid: filtered by visible
	}
	spans = spans[:3]
	pcs := pieces(text, spans)
	want := []struct {
		start, end int
		kinds      []highlight.Kind
		speaker    bool
	}{
		{0, 2, []highlight.Kind{highlight.Actor}, true},
		{2, 8, nil, false},
		{8, 17, []highlight.Kind{highlight.Quote}, false},
		{17, 28, []highlight.Kind{highlight.Quote, highlight.Figure}, false},
		{28, 29, []highlight.Kind{highlight.Quote}, false},
		{29, 36, nil, false},
	}
	if len(pcs) != len(want) {
		t.Fatalf("%d pieces, want %d: %+v", len(pcs), len(want), pcs)
	}
	for i, w := range want {
		p := pcs[i]
		if p.start != w.start || p.end != w.end || p.speaker != w.speaker {
			t.Errorf("piece %d = [%d,%d) speaker %v, want [%d,%d) %v", i, p.start, p.end, p.speaker, w.start, w.end, w.speaker)
		}
		var got []highlight.Kind
		for k, s := range p.active {
			if s != none {
				got = append(got, highlight.Kind(k))
			}
		}
		if len(got) != len(w.kinds) {
			t.Errorf("piece %d kinds %v, want %v", i, got, w.kinds)
		}
	}
	if lv := nestLevels(spans, pcs); lv[2] != 1 || lv[1] != 0 {
		t.Errorf("nesting levels %v: the figure sits in the quote", lv)
	}
}

// FuzzPDF feeds odd text and odd spans to the PDF writer: it must return
// a PDF or an error, never panic.
func FuzzPDF(f *testing.F) {
	f.Add("Kerry said “stop”.\n\nМосква 5 €", 3, 12, 0)
	f.Add("\x00\r\n\t\uFEFFa", 0, 40, 2)
	f.Fuzz(func(t *testing.T, text string, start, end, kind int) {
		d := seedLike(text, start, end, kind)
		if err := WritePDF(discard{}, d, Options{}); err != nil {
			t.Skip(err)
		}
	})
}

type discard struct{}

func (discard) Write(b []byte) (int, error) { return len(b), nil }

// seedLike builds a document with one span of any validity.
func seedLike(text string, start, end, kind int) *app.Document {
	return &app.Document{Title: "t", Text: text, Spans: []highlight.Span{{Start: start, End: end, Kind: highlight.Kind(uint(kind) % 4), SpeakerStart: start - 1, SpeakerEnd: end}}}
}

func TestFormatValue(t *testing.T) {
	for _, c := range []struct {
		v    float64
		unit string
		want string
	}{
		{260000, "people", "260,000"}, {-1234.5, "USD", "-1,234.5"}, {0.25, "percent", "0.25"},
		{20160205, "date", "2016-02-05"}, {225, "date", "--02-25"}, {20160900, "date", "2016-09"}, {2016, "year", "2016"},
	} {
		if got := formatValue(c.v, c.unit); got != c.want {
			t.Errorf("formatValue(%v, %q) = %q, want %q", c.v, c.unit, got, c.want)
		}
	}
}

func TestSummarize(t *testing.T) {
	s := Summarize(seedDoc(t), Options{})
	if s.Counts != [numKinds]int{4, 4, 5, 3} {
		t.Errorf("counts %v", s.Counts)
	}
	want := []SpeakerStat{{"Josh Earnest", 1, 29}, {"John Kerry", 2, 14}, {"", 1, 3}}
	if len(s.Speakers) != len(want) {
		t.Fatalf("speakers %+v", s.Speakers)
	}
	for i, w := range want {
		if s.Speakers[i] != w {
			t.Errorf("speaker %d = %+v, want %+v", i, s.Speakers[i], w)
		}
	}
	if len(s.Loaded) != 2 || s.Loaded[1].Text != "regime" || s.Loaded[1].Own != 2 || s.Loaded[0].Quoted != 1 {
		t.Errorf("loaded terms %+v: want dumb bombs (quoted once) and regime (twice, own voice)", s.Loaded)
	}
	if s.Actors[0].Name != "Russia" || s.Actors[0].Mentions != 3 {
		t.Errorf("actors %+v: Russia, Moscow and the Russians are one actor", s.Actors)
	}
	hidden := Summarize(seedDoc(t), Options{Hide: [numKinds]bool{highlight.Quote: true}})
	if hidden.Counts[highlight.Quote] != 0 || len(hidden.Speakers) != 0 {
		t.Errorf("hidden quotes still summarised: %+v", hidden)
	}
}
