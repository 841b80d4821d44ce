package export

import (
	"image"
	"image/color"
	"testing"

	"slant/app"
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

// TestPDFColours renders the first page of seed 000 and finds each kind's
// background colour where the layout put its spans.
func TestPDFColours(t *testing.T) {
	p, pdf := exportPDF(t, seedDoc(t), Options{})
	img := render(t, savePDF(t, pdf), 1, dpi, false)
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
			t.Errorf("%v: greyscale shows cue %s, want %s", ds.kind, cueNames[cue], cueNames[want])
		}
		if other, dup := found[cue]; dup && other != ds.kind {
			t.Errorf("%v and %v look alike in greyscale", other, ds.kind)
		}
		found[cue] = ds.kind
		t.Logf("%v: background grey %d, cue %s", ds.kind, grey(modeColour(img, band(ds))), cueNames[cue])
	}
	if len(found) != numKinds {
		t.Errorf("read %d distinct cues, want %d", len(found), numKinds)
	}
}

func grey(c color.RGBA) int { return int(c.R) }

// readCue classifies the marks under a segment's baseline: two solid rows
// make a double underline, one a solid underline; otherwise ink in every
// column makes a wave, ink in some columns dots.
func readCue(img image.Image, ds drawnSpan) app.Cue {
	x0, x1 := px(ds.x0)+2, px(ds.x1)-2
	y0, y1 := px(ds.y)+1, px(ds.y+0.62*ds.size)
	var runs int
	inRun := false
	anyInk := make([]bool, x1-x0)
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
	switch {
	case runs >= 2:
		return app.CueDouble
	case runs == 1:
		return app.CueSolid
	}
	if share(anyInk) > 0.9 {
		return app.CueWavy
	}
	return app.CueDotted
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
