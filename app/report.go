package app

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"slant/highlight"
)

// analysisJSON is one line of `slant analyze --json`, as DESIGN.md fixes it.
type analysisJSON struct {
	File   string     `json:"file"`
	Title  string     `json:"title"`
	Outlet string     `json:"outlet"`
	Date   string     `json:"date"`
	Spans  []spanJSON `json:"spans"`
	Body   *string    `json:"body,omitempty"`
}

// spanJSON is one span of analysisJSON; only its kind's fields are set.
type spanJSON struct {
	Kind         string   `json:"kind"`
	Start        int      `json:"start"`
	End          int      `json:"end"`
	Text         string   `json:"text"`
	Speaker      string   `json:"speaker,omitempty"`
	SpeakerStart *int     `json:"speaker_start,omitempty"`
	SpeakerEnd   *int     `json:"speaker_end,omitempty"`
	Value        *float64 `json:"value,omitempty"`
	Unit         string   `json:"unit,omitempty"`
	Actor        string   `json:"actor,omitempty"`
	Type         string   `json:"type,omitempty"`
	Category     string   `json:"category,omitempty"`
	Reason       string   `json:"reason,omitempty"`
	Neutral      string   `json:"neutral,omitempty"`
	InQuote      *bool    `json:"in_quote,omitempty"`
}

// WriteAnalysisJSON writes d as one line of JSON: file, title, outlet,
// date, spans and, when the offsets do not index the file's own bytes
// (Markdown, HTML, or text that was not UTF-8), the whole text as "body".
func WriteAnalysisJSON(w io.Writer, d *Document) error {
	out := analysisJSON{File: d.Path, Title: d.Title, Outlet: d.Outlet, Date: d.Date,
		Spans: make([]spanJSON, len(d.Spans))}
	for i, s := range d.Spans {
		out.Spans[i] = spanToJSON(d.Text, s)
	}
	if !d.IndexesFile() {
		out.Body = &d.Text
	}
	return NewJSONLines(w).Encode(out)
}

// IndexesFile reports whether span offsets index the file's own bytes:
// true for UTF-8 plain text without a byte order mark, whose text is the
// file unchanged.
func (d *Document) IndexesFile() bool {
	return d.Format == FormatText && d.Encoding == EncUTF8
}

// spanToJSON gives s the JSON form of its kind.
func spanToJSON(text string, s highlight.Span) spanJSON {
	j := spanJSON{Kind: s.Kind.String(), Start: s.Start, End: s.End, Text: s.Text(text)}
	switch s.Kind {
	case highlight.Quote:
		if s.Attributed() {
			j.Speaker = s.Speaker
			j.SpeakerStart, j.SpeakerEnd = &s.SpeakerStart, &s.SpeakerEnd
		}
	case highlight.Figure:
		if s.HasValue && !math.IsNaN(s.Value) && !math.IsInf(s.Value, 0) {
			j.Value = &s.Value
		}
		j.Unit = s.Unit
	case highlight.Actor:
		j.Actor, j.Type = s.Actor, s.ActorType.String()
	case highlight.Loaded:
		j.Category, j.Reason, j.Neutral = s.Category, s.Reason, s.Neutral
		j.InQuote = &s.InQuote
	}
	return j
}

// maxShown is how many bytes of a span's text the text report shows.
const maxShown = 70

// WriteAnalysisText writes d for a person to read: a header with the title,
// outlet, byline and date, then one line per span with its offsets, kind,
// text and detail.
func WriteAnalysisText(w io.Writer, d *Document) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n  %s\n", d.Path, orDash(d.Title))
	fmt.Fprintf(&b, "  outlet: %s   byline: %s   date: %s   format: %s (%s)\n",
		orDash(d.Outlet), orDash(d.Byline), orDash(d.Date), d.Format, d.Encoding)
	if d.Credit != "" {
		fmt.Fprintf(&b, "  credit: %s\n", d.Credit)
	}
	fmt.Fprintf(&b, "  %s\n", countLine(d.Spans))
	for _, s := range d.Spans {
		fmt.Fprintf(&b, "  %6d-%-6d %-6s %s%s\n", s.Start, s.End, s.Kind, shown(s.Text(d.Text)), detail(d.Text, s))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// countLine gives the number of spans of each kind.
func countLine(spans []highlight.Span) string {
	var n [len(highlight.Kinds)]int
	for _, s := range spans {
		if int(s.Kind) < len(n) {
			n[s.Kind]++
		}
	}
	parts := make([]string, len(highlight.Kinds))
	for i, k := range highlight.Kinds {
		parts[i] = fmt.Sprintf("%d %s", n[i], strings.ToLower(StyleOf(k).Name))
	}
	return strings.Join(parts, ", ")
}

// detail describes what a span's kind adds: the speaker, value, actor or
// the reason a term is loaded.
func detail(text string, s highlight.Span) string {
	switch s.Kind {
	case highlight.Quote:
		if s.Attributed() {
			return fmt.Sprintf("  — %s (%q)", s.Speaker, shown(s.SpeakerText(text)))
		}
		return "  — unattributed"
	case highlight.Figure:
		if s.HasValue {
			return strings.TrimRight("  = "+strconv.FormatFloat(s.Value, 'f', -1, 64)+" "+s.Unit, " ")
		}
		return strings.TrimRight("  ~ "+s.Unit, " ~")
	case highlight.Actor:
		return fmt.Sprintf("  → %s (%s)", s.Actor, s.ActorType)
	case highlight.Loaded:
		return loadedDetail(s)
	}
	return ""
}

// loadedDetail describes a loaded term: category, reason, neutral word and
// whether it stands in a quotation.
func loadedDetail(s highlight.Span) string {
	out := fmt.Sprintf("  [%s] %s", s.Category, s.Reason)
	if s.Neutral != "" {
		out += "; neutral: " + s.Neutral
	}
	if s.InQuote {
		out += " (in a quote)"
	}
	return out
}

// shown is a span's text on one line, shortened to maxShown bytes.
func shown(s string) string { return OneLine(s, maxShown) }

// OneLine puts s on one line, each run of white space becoming one space,
// and cuts it between runes to at most max bytes, ending in "…" when cut.
func OneLine(s string, max int) string {
	s = clean(s)
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// orDash returns s, or "—" when s is empty.
func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// AnalyzeFiles is `slant analyze`: it loads and analyses each path and
// writes the results to stdout in argument order, as JSON lines when
// asJSON is set, else as text. Files that cannot be loaded are reported on
// stderr and do not stop the others. It returns the process exit code: 0
// when every file was analysed, 1 when any failed, 2 when no file was
// given.
func AnalyzeFiles(stdout, stderr io.Writer, paths []string, asJSON bool) int {
	if len(paths) == 0 {
		fmt.Fprintln(stderr, "slant analyze: no files given\nusage: slant analyze [--json] FILE...")
		return 2
	}
	code := 0
	loadOrdered(paths, func(_ int, d *Document, err error) {
		if err == nil {
			err = writeAnalysis(stdout, d, asJSON)
		}
		if err != nil {
			fmt.Fprintf(stderr, "slant analyze: %v\n", err)
			code = 1
		}
	})
	return code
}

// writeAnalysis writes one document in the chosen form.
func writeAnalysis(w io.Writer, d *Document, asJSON bool) error {
	if asJSON {
		return WriteAnalysisJSON(w, d)
	}
	if err := WriteAnalysisText(w, d); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
