// Package articleview is Slant's reading widget: an article's text,
// word-wrapped to the width, with a background and an underline cue per
// highlighted span, mouse selection and copy, keyboard scrolling, span
// detail on hover and click, and navigation from one highlight to the next.
//
// The text is wrapped once per width (or document, or theme) change and only
// the lines in view are drawn, so a 1 MB article scrolls as smoothly as a
// short one.
//
// Block is the same text for one range (a passage, a quotation) as tall as
// its lines instead of scrolling, with marks drawn over the highlights: the
// comparison sets its rows and side panel with it. A View and a Block share
// their measuring, wrapping, drawing, hit-testing and selection.
package articleview
