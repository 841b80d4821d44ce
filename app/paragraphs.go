package app

import (
	"strings"
	"unicode"
)

// paragraphs builds extracted text: runs of white space collapse to one
// space, and paragraphs are separated by one blank line ("\n\n"). It is
// shared by the HTML and Markdown extractors.
type paragraphs struct {
	out   strings.Builder
	cur   strings.Builder
	space bool // a space is pending before the next word
}

// text adds running text, collapsing its white space.
func (p *paragraphs) text(s string) {
	for _, r := range s {
		if unicode.IsSpace(r) {
			p.space = p.cur.Len() > 0
			continue
		}
		if p.space {
			p.cur.WriteByte(' ')
			p.space = false
		}
		p.cur.WriteRune(r)
	}
}

// raw adds preformatted text as it is, keeping its line breaks.
func (p *paragraphs) raw(s string) {
	p.space = false
	p.cur.WriteString(strings.Trim(s, "\n"))
}

// lineBreak starts a new line within the paragraph.
func (p *paragraphs) lineBreak() {
	if p.cur.Len() > 0 {
		p.cur.WriteByte('\n')
	}
	p.space = false
}

// end closes the current paragraph, if it has any text.
func (p *paragraphs) end() {
	para := strings.TrimSpace(p.cur.String())
	p.cur.Reset()
	p.space = false
	if para == "" {
		return
	}
	if p.out.Len() > 0 {
		p.out.WriteString("\n\n")
	}
	p.out.WriteString(para)
}

// String closes the last paragraph and returns the whole text.
func (p *paragraphs) String() string {
	p.end()
	return p.out.String()
}
