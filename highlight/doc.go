// Package highlight finds what a careful reader looks for in a news text:
// quotations and their speakers, figures, actors and loaded terms.
//
// Text goes in, spans come out. A Span is a byte range into the text plus
// what it is; the text is never copied. Analysis never fails: odd input gives
// fewer spans, never an error or a panic. Spans of different kinds may
// overlap (a figure inside a quote); spans of one kind never do.
//
// The package is pure Go (standard library and golang.org/x/text) and knows
// nothing of loading files or of any user interface.
package highlight
