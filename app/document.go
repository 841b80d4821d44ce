package app

import "slant/highlight"

// Document is one article as Slant reads it: the extracted text, what the
// file says about it, and the spans found in the text.
type Document struct {
	Path     string // the file it came from; "" for text that came from elsewhere
	Format   string // "text", "markdown" or "html"
	Encoding string // what the file's bytes were decoded from: "utf-8", "utf-16le", "windows-1252", ...
	Title    string
	Outlet   string
	Byline   string
	Date     string           // as "5 February 2016", or "6 February" when the text gives no year; "" if unknown
	Credit   string           // photo and source credits the text shows, e.g. "Photo: Reuters"
	Text     string           // the text analysed; span offsets index it
	Spans    []highlight.Span // sorted by highlight.SortSpans
}
