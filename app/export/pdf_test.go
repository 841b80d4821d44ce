package export

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"slant/app"
	"slant/highlight"
)

// exportPDF renders d and returns the drawing record and the PDF's bytes.
func exportPDF(t testing.TB, d *app.Document, opt Options) (*pdfDoc, []byte) {
	t.Helper()
	p, err := renderArticle(d, opt)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := p.f.Output(&b); err != nil {
		t.Fatal(err)
	}
	return p, b.Bytes()
}

// marginLetters matches the margin's letter groups ("q", "qal", "fa").
var marginLetters = regexp.MustCompile(`^q?f?a?l?$`)

// furniture lists the words a page adds around the article's text.
func furniture(d *app.Document, pages int) func(string) bool {
	ok := map[string]bool{"page": true, "of": true}
	legend := strings.Join(cueNames[:], " ") + " Name who is quoted " + marginNote
	for _, w := range words(strings.Join([]string{d.Title, d.Outlet, d.Date, d.Byline, legend, "Quotes Figures Actors Loaded terms Q F A L"}, " ")) {
		ok[w] = true
	}
	for i := 1; i <= pages; i++ {
		ok[strconv.Itoa(i)] = true
	}
	return func(w string) bool { return ok[w] || marginLetters.MatchString(w) }
}

func TestPDFTextInOrder(t *testing.T) {
	for name, d := range map[string]*app.Document{"hand-made spans": seedDoc(t), "analysed": analysed(t, seed000)} {
		t.Run(name, func(t *testing.T) {
			_, pdf := exportPDF(t, d, Options{})
			path := savePDF(t, pdf)
			n := pageCount(t, path)
			got := pdfText(t, path)
			checkInOrder(t, d.Text, got, furniture(d, n))
			if !strings.Contains(got, "page 1 of "+strconv.Itoa(n)) || !strings.Contains(got, "page "+strconv.Itoa(n)+" of "+strconv.Itoa(n)) {
				t.Errorf("page numbers \"page i of %d\" missing", n)
			}
		})
	}
}

func TestPDFFontEmbedded(t *testing.T) {
	_, pdf := exportPDF(t, seedDoc(t), Options{})
	out := run(t, "pdffonts", savePDF(t, pdf))
	n := 0
	for _, ln := range strings.Split(out, "\n") {
		if !strings.Contains(strings.ToLower(ln), "dejavuserif") {
			continue
		}
		n++
		if f := strings.Fields(ln); len(f) < 7 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", ln)
		}
	}
	if n != 2 {
		t.Errorf("want the regular and bold DejaVu Serif, pdffonts says:\n%s", out)
	}
}

func TestPDFUnicode(t *testing.T) {
	text := "Kyiv and Москва\n\nМинистр сказал: «Мы потратили 5 млн € на помощь», and the café’s naïve “Ærø” sign said ½.\n"
	m := &marker{t: t, text: text}
	m.add("«Мы потратили 5 млн € на помощь»", 1, highlight.Span{Kind: highlight.Quote})
	m.add("5 млн €", 1, highlight.Span{Kind: highlight.Figure, Value: 5e6, HasValue: true, Unit: "EUR"})
	m.add("Москва", 1, highlight.Span{Kind: highlight.Actor, Actor: "Russia", ActorType: highlight.Place})
	highlight.SortSpans(m.spans)
	d := &app.Document{Title: "Kyiv and Москва", Text: text, Spans: m.spans}
	p, pdf := exportPDF(t, d, Options{})
	got := strings.Join(strings.Fields(pdfText(t, savePDF(t, pdf))), " ")
	for _, s := range []string{"Москва", "Министр сказал: «Мы потратили 5 млн € на помощь»", "café’s naïve “Ærø” sign said ½", "5,000,000"} {
		if !strings.Contains(got, s) {
			t.Errorf("PDF text lacks %q:\n%s", s, got)
		}
	}
	// The figure sits inside the quote: its band is inset (level 1) so the
	// quote's band still shows around it, on the same line.
	if !nested(p.drawn, highlight.Figure, highlight.Quote) {
		t.Errorf("figure inside quote not drawn nested: %+v", p.drawn)
	}
}

// nested reports whether a segment of kind inner was drawn at level 1
// within a segment of kind outer on the same line.
func nested(drawn []drawnSpan, inner, outer highlight.Kind) bool {
	for _, in := range drawn {
		for _, out := range drawn {
			if in.kind == inner && in.level == 1 && out.kind == outer && out.level == 0 &&
				in.page == out.page && in.y == out.y && out.x0 <= in.x0 && in.x1 <= out.x1 {
				return true
			}
		}
	}
	return false
}

func TestPDFHiddenKinds(t *testing.T) {
	hide := [numKinds]bool{highlight.Actor: true, highlight.Loaded: true}
	p, pdf := exportPDF(t, seedDoc(t), Options{Hide: hide})
	for _, ds := range p.drawn {
		if hide[ds.kind] {
			t.Fatalf("hidden kind %v drawn", ds.kind)
		}
	}
	got := pdfText(t, savePDF(t, pdf))
	for _, s := range []string{"Actors", "Loaded terms", "dotted underline", "unguided bombs"} {
		if strings.Contains(got, s) {
			t.Errorf("export with actors and loaded terms hidden still says %q", s)
		}
	}
	for _, s := range []string{"Quotes", "Figures", "Who is quoted", "260,000"} {
		if !strings.Contains(got, s) {
			t.Errorf("export lacks %q", s)
		}
	}
}

func TestPDFOddText(t *testing.T) {
	long := "https://example.org/" + strings.Repeat("averyveryverylongpath", 20)
	cases := map[string]*app.Document{
		"empty":        {},
		"blank":        {Text: " \n\n\t \r\n"},
		"crlf and tab": {Text: "T\r\n\r\nOne\ttwo\r\nthree", Spans: []highlight.Span{{Start: 6, End: 9, Kind: highlight.Figure}}},
		"long word":    {Text: "See " + long + " now.", Spans: []highlight.Span{{Start: 4, End: 4 + len(long), Kind: highlight.Actor}}},
		"bad spans": {Text: "Café au lait", Spans: []highlight.Span{
			{Start: 2, End: 4, Kind: highlight.Quote, SpeakerStart: 3, SpeakerEnd: 99}, // ends inside "é"
			{Start: -3, End: 2, Kind: highlight.Actor}, {Start: 5, End: 500, Kind: highlight.Loaded}, {Start: 7, End: 7, Kind: highlight.Figure}}},
	}
	for name, d := range cases {
		t.Run(name, func(t *testing.T) {
			_, pdf := exportPDF(t, d, Options{NoMarginLetters: true})
			got := strings.Join(strings.Fields(pdfText(t, savePDF(t, pdf))), "")
			if want := strings.Join(strings.Fields(d.Text), ""); !strings.Contains(got, want) {
				t.Errorf("text %q not in the PDF's text %q", want, got)
			}
		})
	}
}
