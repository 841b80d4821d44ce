package export

import (
	"bytes"
	"strings"
	"testing"

	"slant/app"
	"slant/app/compare"
	"slant/highlight"
)

// longDoc repeats seed 000 with its hand-made spans n times.
func longDoc(t testing.TB, n int) *app.Document {
	seed := seedDoc(t)
	var b strings.Builder
	var spans []highlight.Span
	for range n {
		off := b.Len()
		b.WriteString(seed.Text)
		b.WriteString("\n")
		for _, s := range seed.Spans {
			s.Start, s.End = s.Start+off, s.End+off
			if s.Attributed() {
				s.SpeakerStart, s.SpeakerEnd = s.SpeakerStart+off, s.SpeakerEnd+off
			}
			spans = append(spans, s)
		}
	}
	return &app.Document{Title: seed.Title, Outlet: seed.Outlet, Date: seed.Date, Text: b.String(), Spans: spans}
}

// BenchmarkPDF100Pages exports an article of about 100 pages (seed 000
// with its spans, 58 times over, 233 kB of text) plus its summary.
func BenchmarkPDF100Pages(b *testing.B) {
	d := longDoc(b, 58)
	var size, pages int
	b.ReportAllocs()
	for b.Loop() {
		p, err := renderArticle(d, Options{})
		if err != nil {
			b.Fatal(err)
		}
		var buf bytes.Buffer
		if err := p.f.Output(&buf); err != nil {
			b.Fatal(err)
		}
		size, pages = buf.Len(), p.f.PageNo()
	}
	b.ReportMetric(float64(size), "pdf-bytes")
	b.ReportMetric(float64(pages), "pages")
}

// BenchmarkPDFSeed exports seed 000 as analysed.
func BenchmarkPDFSeed(b *testing.B) {
	d := analysed(b, seed000)
	b.ReportAllocs()
	for b.Loop() {
		if err := WritePDF(discard{}, d, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkComparisonPDF exports seed 000 against seed 001, the
// comparison computed once outside the loop.
func BenchmarkComparisonPDF(b *testing.B) {
	a, o := analysed(b, seed000), analysed(b, seed001)
	r := compare.Compare(a, o, compare.Options{})
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteComparisonPDF(discard{}, a, o, r, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
