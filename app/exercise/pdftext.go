package exercise

import (
	"slices"
	"sort"
	"strconv"
	"unicode/utf8"

	"slant/app/export"
	"slant/highlight"
)

// textLine is one printed line of an article: a byte range of its text,
// and whether a paragraph starts with it.
type textLine struct {
	start, end int
	para       bool
}

// layout breaks text into lines of the text column in the body face.
// Worksheet and answer key lay out alike, so their line numbers agree.
func (p *paper) layout(text string) []textLine {
	p.setFont("", bodySize)
	var out []textLine
	for _, pr := range export.Paragraphs(text, [2]int{0, len(text)}) {
		first := len(out)
		out = p.wrap(text, pr, out)
		if len(out) > first {
			out[first].para = true
		}
	}
	return out
}

// wrap appends the lines of paragraph r to out, breaking greedily at
// blanks and cutting a word wider than the column between runes.
func (p *paper) wrap(text string, r [2]int, out []textLine) []textLine {
	w := p.textW()
	start, x := r[0], 0.0
	for i := r[0]; i < r[1]; {
		wordEnd := i + export.RunLen(text[i:r[1]], false)
		blankEnd := wordEnd + export.RunLen(text[wordEnd:r[1]], true)
		ww := p.width(text[i:wordEnd])
		if x > 0 && x+ww > w {
			out = append(out, textLine{start: start, end: highlight.TrimEnd(text, start, i)})
			start, x = i, 0
		}
		for ww > w && wordEnd-i > 1 { // a word wider than the column
			cut := p.fit(text[i:wordEnd], w)
			out = append(out, textLine{start: i, end: i + cut})
			i, start = i+cut, i+cut
			ww = p.width(text[i:wordEnd])
		}
		x += ww + p.width(text[wordEnd:blankEnd])
		i = blankEnd
	}
	if start < r[1] {
		out = append(out, textLine{start: start, end: highlight.TrimEnd(text, start, r[1])})
	}
	return out
}

// fit returns how many bytes of s, cut between runes, fit width w (at
// least one rune).
func (p *paper) fit(s string, w float64) int {
	n := 0
	for i, r := range s {
		if i > 0 && p.width(s[:i+utf8.RuneLen(r)]) > w {
			break
		}
		n = i + utf8.RuneLen(r)
	}
	return n
}

// width measures s as drawn, in the current font.
func (p *paper) width(s string) float64 { return p.f.GetStringWidth(export.Display(s)) }

// printArticle draws article i's text line by line with line numbers,
// calling decorate (when not nil) before each line's text is drawn, with
// the line and its baseline.
func (p *paper) printArticle(ex *Exercise, i int, decorate func(ln textLine, y float64)) {
	text := ex.Articles[i].Text
	if src := source(ex, i); src != "" {
		p.heading(src, 11)
	} else {
		p.y += lineH / 2
	}
	for n, ln := range p.layout(text) {
		if ln.para && n > 0 {
			p.y += 0.4 * lineH
		}
		p.ensure(lineH)
		base := p.y + 0.75*lineH
		if decorate != nil {
			decorate(ln, base)
		}
		if (n+1)%numberEvery == 0 || n == 0 {
			num := strconv.Itoa(n + 1)
			p.setFont("", 7.5)
			p.text("", 7.5, inkGrey, leftMargin-10-p.f.GetStringWidth(num), base, num)
		}
		p.text("", bodySize, inkBlack, leftMargin, base, export.Display(text[ln.start:ln.end]))
		p.y += lineH
	}
}

// lineOf returns the 1-based number of the line holding offset off.
func lineOf(lines []textLine, off int) int {
	i := sort.Search(len(lines), func(i int) bool { return lines[i].end > off })
	return min(i, len(lines)-1) + 1
}

// lineSpan is "12" or "12–13" for a mark running over several lines.
func lineSpan(lines []textLine, m Mark) string {
	a, b := lineOf(lines, m.Start), lineOf(lines, max(m.Start, m.End-1))
	if a == b {
		return strconv.Itoa(a)
	}
	return strconv.Itoa(a) + "–" + strconv.Itoa(b)
}

// sortedByLength orders marks longest first, so a short mark inside a long
// one is drawn over it and stays seen.
func sortedByLength(ms []Mark) []Mark {
	out := slices.Clone(ms)
	sort.SliceStable(out, func(i, j int) bool { return out[i].End-out[i].Start > out[j].End-out[j].Start })
	return out
}
