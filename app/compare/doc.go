// Package compare sets accounts of one event side by side: it aligns their
// passages by content, matches their quotes word by word, finds where one
// outlet says in its own voice what the other quotes (and whether it
// attributes it or states it as fact), sets their figures against each
// other, and sums up who is mentioned, who speaks and which loaded words
// each outlet uses. It also says plainly when two documents do not report
// the same event.
//
// The package reads the spans the highlight detectors put on each
// app.Document and relies on exactly these fields:
//
//   - Quote spans (Kind highlight.Quote): Start and End cover the quotation
//     (its marks may be included; they are ignored), Speaker is the
//     canonical speaker ("" when unattributed).
//   - Figure spans (highlight.Figure): Value and HasValue, Unit ("people",
//     "percent", "date", ...). Figures without a value take part only as
//     context.
//   - Actor spans (highlight.Actor): Actor, the canonical name, and
//     ActorType.
//   - Loaded spans (highlight.Loaded): the span's own text is the term;
//     InQuote tells the outlet's voice from a quoted one.
//
// Everything else (sentences, words, stems) the package derives from the
// text itself. All positions are byte offsets into Document.Text, End
// exclusive, as everywhere in Slant. The JSON printed by `slant compare
// --json` is described in README.md beside this file.
package compare
