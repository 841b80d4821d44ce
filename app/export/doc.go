// Package export writes a Document as a file a reader can keep or print: a
// highlighted PDF that still tells the four kinds apart in black and white,
// a self-contained HTML page, the analyze JSON and a CSV of spans.
//
// Every writer takes an io.Writer; WriteFile wraps one so that a file on
// disk is replaced atomically (a failed or interrupted export never leaves
// a broken file over an existing one). Command is the `slant export`
// subcommand.
//
// AddFonts, FillBand, DrawCue, Display, Paragraphs, Clip and RunLen are the PDF
// primitives Slant's other printed papers (app/exercise) share, so that
// they set type and mark spans as the export does. NewCSVWriter is the one
// CSV writer of both the span export and the class summary, so every CSV
// Slant writes guards cells against formula injection the same way (see
// SafeCell).
package export
