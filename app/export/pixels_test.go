package export

import (
	"bytes"
	"image"
	"image/color"
	"testing"

	"slant/app"
	"slant/app/compare"
	"slant/highlight"
)

const dpi = 150

// px converts points to pixels at dpi.
func px(pt float64) int { return int(pt*dpi/72 + 0.5) }

// modeColour is the commonest colour in r: inside a span's band, its
// background (glyphs cover less of it).
func modeColour(img image.Image, r image.Rectangle) color.RGBA {
	counts := map[color.RGBA]int{}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
			counts[c]++
		}
	}
	var best color.RGBA
	for c, n := range counts {
		if n > counts[best] {
			best = c
		}
	}
	return best
}

// near reports whether two colours differ by at most tol in each channel.
func near(a color.RGBA, b color.NRGBA, tol int) bool {
	d := func(x, y uint8) bool { return int(x)-int(y) <= tol && int(y)-int(x) <= tol }
	return d(a.R, b.R) && d(a.G, b.G) && d(a.B, b.B)
}

// band is the pixel rectangle of a drawn segment's own background, one
// pixel in from each edge.
func band(ds drawnSpan) image.Rectangle {
	inset := float64(ds.level) * bandInset * ds.size
	return image.Rect(px(ds.x0)+1, px(ds.y-bandTop*ds.size+inset)+1, px(ds.x1)-1, px(ds.y+bandBottom*ds.size-inset)-1)
}

// TestPDFColours renders the first page of seed 000 and of its
// comparison with seed 001 and finds each kind's background colour where
// the layout put its spans.
func TestPDFColours(t *testing.T) {
	article, pdf := exportPDF(t, seedDoc(t), Options{})
	checkColours(t, article, savePDF(t, pdf))
	a, b := analysed(t, seed000), analysed(t, seed001)
	cmp, err := renderComparison(a, b, compare.Compare(a, b, compare.Options{}), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := cmp.f.Output(&buf); err != nil {
		t.Fatal(err)
	}
	checkColours(t, cmp, savePDF(t, buf.Bytes()))
}

// checkColours samples page 1 of a rendered PDF under every span segment
// the layout recorded there, and wants every kind seen.
func checkColours(t *testing.T, p *pdfDoc, path string) {
	t.Helper()
	img := render(t, path, 1, dpi, false)
	var seen [numKinds]int
	for _, ds := range p.drawn {
		if ds.page != 1 || ds.x1-ds.x0 < 20 {
			continue
		}
		want := app.StyleOf(ds.kind).Light
		if got := modeColour(img, band(ds)); !near(got, want, 8) {
			t.Errorf("%v span at (%.0f, %.0f): background %v, want %v", ds.kind, ds.x0, ds.y, got, want)
		}
		seen[ds.kind]++
	}
	for k, n := range seen {
		if n == 0 {
			t.Errorf("no %v span sampled on page 1", highlight.Kind(k))
		}
	}
}

// cueText has one span of each kind on words without descenders, so that
// only the cue marks the rows under the baseline.
const cueText = "Notes\n\nThe minister said: «none of the aid ever came in.» Some 200 000 euros. Moscow then answered that the shameless monsters are criminal.\n"

func cueDoc(t testing.TB) *app.Document {
	m := &marker{t: t, text: cueText}
	m.add("«none of the aid ever came in.»", 1, highlight.Span{Kind: highlight.Quote})
	m.add("200 000 euros", 1, highlight.Span{Kind: highlight.Figure, Value: 200000, HasValue: true, Unit: "EUR"})
	m.add("Moscow", 1, highlight.Span{Kind: highlight.Actor, Actor: "Russia", ActorType: highlight.Place})
	m.add("shameless monsters", 1, highlight.Span{Kind: highlight.Loaded, Category: "dehumanising"})
	highlight.SortSpans(m.spans)
	return &app.Document{Title: "Notes", Text: cueText, Spans: m.spans}
}

// TestPDFGreyscaleCues prints in greyscale and reads each kind's cue back
// from the pixels under its words: the four kinds must stay apart.
func TestPDFGreyscaleCues(t *testing.T) {
	p, pdf := exportPDF(t, cueDoc(t), Options{})
	img := render(t, savePDF(t, pdf), 1, dpi, true)
	found := map[app.Cue]highlight.Kind{}
	for _, ds := range p.drawn {
		if ds.page != 1 {
			continue
		}
		cue := readCue(img, ds)
		if want := app.StyleOf(ds.kind).Cue; cue != want {
			t.Errorf("%v: greyscale shows cue %d, want %s", ds.kind, cue, cueNames[want])
		}
		if other, dup := found[cue]; dup && other != ds.kind {
			t.Errorf("%v and %v look alike in greyscale", other, ds.kind)
		}
		found[cue] = ds.kind
		t.Logf("%v: background grey %d, cue %d", ds.kind, grey(modeColour(img, band(ds))), cue)
	}
	if len(found) != numKinds {
		t.Errorf("read %d distinct cues, want %d", len(found), numKinds)
	}
}

func grey(c color.RGBA) int { return int(c.R) }

// noCue is what readCue returns when it finds no mark.
const noCue app.Cue = 255

// laneSplit parts the rows of the inner spans' cues (above) from the
// quotes' solid line (below), as a fraction of the type size under the
// baseline: the wave reaches 0.41, the solid line starts at 0.50.
const laneSplit = 0.455

// readCue classifies the marks under a segment's baseline in the lanes of
// its own kind. Above laneSplit, two inked rows make a double underline,
// ink in every column a wave, ink in a good part of the columns dots (the
// lanes of figures, actors and loaded terms); below it, an inked row is
// the quotes' solid line. A quote holding an actor shows both; it is read
// by its own lane.
func readCue(img image.Image, ds drawnSpan) app.Cue {
	x0, x1 := px(ds.x0)+2, px(ds.x1)-2
	mid := px(ds.y + laneSplit*ds.size)
	if ds.kind == highlight.Quote {
		if runs, _ := inkRows(img, x0, x1, mid, px(ds.y+0.65*ds.size)); runs > 0 {
			return app.CueSolid
		}
		return noCue
	}
	runs, anyInk := inkRows(img, x0, x1, px(ds.y)+1, mid-1)
	switch {
	case runs >= 2:
		return app.CueDouble
	case runs == 1:
		return app.CueSolid
	case share(anyInk) > 0.9:
		return app.CueWavy
	case share(anyInk) > 0.3:
		return app.CueDotted
	}
	return noCue
}

// inkRows scans rows y0..y1 between x0 and x1: it counts the runs of
// rows inked across (85% of the columns or more) and marks the columns
// with any ink.
func inkRows(img image.Image, x0, x1, y0, y1 int) (runs int, anyInk []bool) {
	anyInk = make([]bool, max(x1-x0, 0))
	inRun := false
	for y := y0; y <= y1; y++ {
		dark := 0
		for x := x0; x < x1; x++ {
			if g := color.GrayModel.Convert(img.At(x, y)).(color.Gray).Y; g < 170 {
				dark++
				anyInk[x-x0] = true
			}
		}
		full := float64(dark) > 0.85*float64(x1-x0)
		if full && !inRun {
			runs++
		}
		inRun = full
	}
	return runs, anyInk
}

// share is the fraction of true values.
func share(b []bool) float64 {
	n := 0
	for _, v := range b {
		if v {
			n++
		}
	}
	return float64(n) / float64(max(len(b), 1))
}

// TestComparisonGreyscale reads the cues back from a greyscale print of
// the first page comparing seed 000 with 001: real words have descenders
// that cross the lanes, so nine in ten must read right, for every kind.
func TestComparisonGreyscale(t *testing.T) {
	a, b := analysed(t, seed000), analysed(t, seed001)
	p, err := renderComparison(a, b, compare.Compare(a, b, compare.Options{}), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := p.f.Output(&buf); err != nil {
		t.Fatal(err)
	}
	img := render(t, savePDF(t, buf.Bytes()), 1, dpi, true)
	var right, all [numKinds]int
	for _, ds := range p.drawn {
		if ds.page == 1 && ds.x1-ds.x0 >= 8 {
			all[ds.kind]++
			if readCue(img, ds) == app.StyleOf(ds.kind).Cue {
				right[ds.kind]++
			}
		}
	}
	for k := range all {
		if all[k] == 0 || float64(right[k]) < 0.9*float64(all[k]) {
			t.Errorf("%v: %d of %d segments read back with their cue", highlight.Kind(k), right[k], all[k])
		}
	}
	t.Logf("cues read right: %v of %v", right, all)
}
