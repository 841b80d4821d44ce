package export

import (
	"bytes"
	"strings"
	"testing"

	"slant/app/compare"
)

// TestComparisonPDF exports seed 000 against seed 001 and reads each
// column back on its own: each account's words come in order, and the
// quotations the comparison matched carry the same tag in both columns.
func TestComparisonPDF(t *testing.T) {
	a, b := analysed(t, seed000), analysed(t, seed001)
	r := compare.Compare(a, b, compare.Options{})
	p, err := renderComparison(a, b, r, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := p.f.Output(&buf); err != nil {
		t.Fatal(err)
	}
	path := savePDF(t, buf.Bytes())
	colW := (p.pageW - 2*margin - columnGap) / 2
	pages := pageCount(t, path)
	for i, d := range []string{a.Text, b.Text} {
		x := margin + float64(i)*(colW+columnGap)
		col := pdfText(t, path, int(x), 0, int(colW)+1, int(p.pageH))
		ww, gw := words(d), words(col)
		if miss, _ := inOrder(ww, gw); miss >= 0 {
			t.Errorf("column %c: word %d %q not found in order", 'A'+i, miss, ww[miss])
		}
	}
	all := pdfText(t, path)
	matched := 0
	for _, q := range r.Quotes {
		if _, ok := quoteSigns[q.Status]; ok {
			matched++
		}
	}
	if matched == 0 {
		t.Fatal("the comparison matched no quotation of 000 and 001")
	}
	for n := 1; n <= matched; n++ {
		tag := tagOf(r, n)
		if c := strings.Count(all, tag); c < 2 {
			t.Errorf("tag %q appears %d times, want one per column (and the summary)", tag, c)
		}
	}
	if !strings.Contains(all, "Comparison summary") || !strings.Contains(all, "page 1 of ") || pages < 2 {
		t.Errorf("summary or page numbers missing")
	}
}

// tagOf is the tag of the n-th matched quotation.
func tagOf(r *compare.Result, n int) string {
	i := 0
	for _, q := range r.Quotes {
		if sign, ok := quoteSigns[q.Status]; ok {
			if i++; i == n {
				return itoa(n) + sign
			}
		}
	}
	return ""
}
