package articleview

import (
	"fyne.io/fyne/v2"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"slant/highlight"
)

// blockStyle is how a block of text is set.
type blockStyle uint8

const (
	styleBody    blockStyle = iota // a paragraph
	styleSubhead                   // a one-line heading inside the article
	styleTitle                     // the article's title, its first block
	numStyles
)

// block is a paragraph or heading: the byte range [start, end) of the text
// between blank lines.
type block struct {
	start, end int
	style      blockStyle
}

// line is one wrapped line: the bytes [start, end) drawn from x 0 at y,
// the top of the line box in content coordinates.
type line struct {
	start, end int
	y          float32
	style      blockStyle
}

// layout is the text wrapped to one width.
type layout struct {
	width  float32
	lines  []line
	height float32
}

// typography holds the measures of each block style.
type typography struct {
	fonts  [numStyles]*metrics
	lineH  [numStyles]float32 // line box height
	gap    float32            // space between blocks
	head   *metrics           // the header line's font
	headH  float32            // the header line's height
	column float32            // the widest comfortable line
}

// splitBlocks cuts text at blank lines. The first block is the title when it
// is one line and matches title (or title is empty); a later short line
// with no closing punctuation that starts with a capital is a subheading.
func splitBlocks(text, title string) []block {
	blocks := splitRange(text, 0, len(text))
	styleBlocks(text, title, blocks)
	return blocks
}

// splitRange cuts text[from:to] at blank lines into body blocks.
func splitRange(text string, from, to int) []block {
	var blocks []block
	start := -1
	for i := from; i <= to; {
		j := strings.IndexByte(text[i:to], '\n')
		end := to
		if j >= 0 {
			end = i + j
		}
		blank := strings.TrimSpace(text[i:end]) == ""
		switch {
		case blank && start >= 0:
			blocks = append(blocks, block{start: start, end: highlight.TrimEnd(text, start, i)})
			start = -1
		case !blank && start < 0:
			start = i
		}
		if j < 0 {
			break
		}
		i = end + 1
	}
	if start >= 0 {
		blocks = append(blocks, block{start: start, end: highlight.TrimEnd(text, start, to)})
	}
	return blocks
}

// styleBlocks marks the title and subheadings.
func styleBlocks(text, title string, blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		s := text[b.start:b.end]
		switch {
		case i == 0 && isTitle(s, title):
			b.style = styleTitle
		case i > 0 && i < len(blocks)-1 && isSubhead(s):
			b.style = styleSubhead
		}
	}
}

func isTitle(s, title string) bool {
	if strings.Contains(s, "\n") || len(s) > 300 {
		return false
	}
	return title == "" || strings.TrimSpace(title) == strings.TrimSpace(s)
}

// isSubhead reports whether block s reads as a heading: one short line of
// three or more words that starts with a capital (after any opening quote)
// and has no closing punctuation, and is not a credit or a pointer such as
// "By DW", "Photo by: Reuters" or "See Syria Daily".
func isSubhead(s string) bool {
	if len(s) < 4 || len(s) > 80 || strings.Contains(s, "\n") {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 3 || isCredit(words[0]) || strings.Contains(strings.ToLower(s), "by:") {
		return false
	}
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, "‘“'\""))
	last, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsUpper(first) && !strings.ContainsRune(".,;:!?\"”’)…", last)
}

// creditWords open lines that credit or point elsewhere rather than head
// a section.
var creditWords = map[string]bool{"by": true, "photo": true, "photos": true, "image": true,
	"images": true, "picture": true, "credit": true, "credits": true, "source": true,
	"sources": true, "via": true, "see": true, "watch": true, "video": true, "related": true}

func isCredit(word string) bool {
	return creditWords[strings.ToLower(strings.TrimRight(word, ":"))]
}

// wrap lays the blocks of text out at width.
func wrap(text string, blocks []block, t *typography, width float32) layout {
	lay := layout{width: width}
	if len(blocks) > 0 {
		lay.lines = make([]line, 0, (blocks[len(blocks)-1].end-blocks[0].start)/60+len(blocks))
	}
	var y float32
	for i, b := range blocks {
		if i > 0 {
			y += t.gap
		}
		m, lh := t.fonts[b.style], t.lineH[b.style]
		for hs := b.start; hs <= b.end; {
			he := strings.IndexByte(text[hs:b.end], '\n')
			if he < 0 {
				he = b.end
			} else {
				he += hs
			}
			wrapLine(text, skipIndent(text, hs, he), highlight.TrimEnd(text, hs, he), m, width, func(s, e int) {
				lay.lines = append(lay.lines, line{start: s, end: e, y: y, style: b.style})
				y += lh
			})
			hs = he + 1
		}
	}
	lay.height = y
	return lay
}

// shift moves every line down by dy.
func (l *layout) shift(dy float32) {
	if dy == 0 {
		return
	}
	for i := range l.lines {
		l.lines[i].y += dy
	}
	l.height += dy
}

// skipIndent moves start past spaces and tabs, not beyond end.
func skipIndent(text string, start, end int) int {
	for start < end && (text[start] == ' ' || text[start] == '\t') {
		start++
	}
	return start
}

// wrapLine breaks text[start:end], which holds no newline, into lines no
// wider than width, at spaces or after dashes where it can and inside a word
// where it must, and calls emit for each line (without its trailing spaces).
func wrapLine(text string, start, end int, m *metrics, width float32, emit func(s, e int)) {
	lineStart, x := start, float32(0)
	cand, candNext := -1, -1 // where the line may end, and where the next begins
	for i := start; i < end; {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:end])
		}
		w := m.runeWidth(r)
		if r == ' ' || r == '\t' {
			if candNext != i {
				cand = i
			}
			candNext = i + n
		} else if x+w > width && i > lineStart {
			if cand > lineStart { // break at the last space or dash
				emit(lineStart, cand)
				lineStart = candNext
				x = m.width(text[lineStart:i])
			}
			if x+w > width && i > lineStart { // the word alone is too wide
				emit(lineStart, i)
				lineStart, x = i, 0
			}
			cand, candNext = -1, -1
		}
		x += w
		i += n
		if r == '-' || r == '—' || r == '–' || r == '/' {
			cand, candNext = i, i
		}
	}
	emit(lineStart, highlight.TrimEnd(text, lineStart, end))
}

// lineAt returns the index of the line at content y, clamped to the lines.
func (l *layout) lineAt(y float32, t *typography) int {
	i := sort.Search(len(l.lines), func(i int) bool {
		ln := l.lines[i]
		return ln.y+t.lineH[ln.style] > y
	})
	return min(i, len(l.lines)-1)
}

// lineOf returns the index of the line holding byte offset off.
func (l *layout) lineOf(off int) int {
	i := sort.Search(len(l.lines), func(i int) bool { return l.lines[i].end >= off })
	return max(0, min(i, len(l.lines)-1))
}

// offsetAt returns the byte offset in line ln nearest to x.
func offsetAt(text string, ln line, m *metrics, x float32) int {
	var acc float32
	for i := ln.start; i < ln.end; {
		r, n := utf8.DecodeRuneInString(text[i:ln.end])
		w := m.runeWidth(r)
		if x < acc+w/2 {
			return i
		}
		acc += w
		i += n
	}
	return ln.end
}

// xAt returns the x of byte offset off, clamped to line ln.
func xAt(text string, ln line, m *metrics, off int) float32 {
	off = max(ln.start, min(off, ln.end))
	return m.width(text[ln.start:off])
}

// newTypography sets the block styles for body text of size px.
func newTypography(size float32) *typography {
	t := &typography{gap: round(size * 0.85), column: round(size * 36)}
	headSize := round(size * 0.82)
	t.head, t.headH = metricsFor(headSize, fyne.TextStyle{}), round(headSize*1.5)
	sizes := [numStyles]float32{styleBody: size, styleSubhead: round(size * 1.1), styleTitle: round(size * 1.55)}
	leading := [numStyles]float32{styleBody: 1.65, styleSubhead: 1.45, styleTitle: 1.3}
	for s := range numStyles {
		t.fonts[s] = metricsFor(sizes[s], fyneStyle(s))
		t.lineH[s] = round(sizes[s] * leading[s])
	}
	return t
}

func round(f float32) float32 { return float32(int(f + 0.5)) }
