package app

import "slant/highlight"

// Document is one article as Slant reads it: the extracted text, what the
// file says about it, and the spans found in the text.
type Document struct {
	Path   string // the file it came from; "" for text that came from elsewhere
	Format string // "text", "markdown" or "html"
	Title  string
	Outlet string
	Byline string
	Date   string
	Text   string           // the text analysed; span offsets index it
	Spans  []highlight.Span // sorted by highlight.SortSpans
}
