package export

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"slant/app"
	"slant/highlight"
)

// Format is an export file format.
type Format string

// The formats Slant exports.
const (
	PDF  Format = "pdf"
	HTML Format = "html"
	JSON Format = "json"
	CSV  Format = "csv"
)

// Formats lists every export format, PDF first.
var Formats = []Format{PDF, HTML, JSON, CSV}

// Ext returns the format's file extension with its dot (".pdf").
func (f Format) Ext() string { return "." + string(f) }

// ParseFormat returns the format named s ("pdf", "HTML", ...).
func ParseFormat(s string) (Format, error) {
	s = strings.ToLower(strings.TrimPrefix(s, "."))
	if s == "htm" {
		s = "html"
	}
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown format %q (want pdf, html, json or csv)", s)
}

// FormatOf guesses the format from a file name's extension, PDF when the
// extension names none.
func FormatOf(path string) Format {
	if f, err := ParseFormat(filepath.Ext(path)); err == nil {
		return f
	}
	return PDF
}

// Options say what an export leaves out and how a PDF page is laid out.
// The zero value exports everything on A4 paper.
type Options struct {
	// Hide[k] leaves kind k out, as when it is hidden in the reader.
	Hide [len(highlight.Kinds)]bool
	// Letter selects US Letter paper instead of A4.
	Letter bool
	// NoMarginLetters leaves out the small kind letters (Q, F, A, L) that the
	// PDF prints in the margin beside each line holding a span.
	NoMarginLetters bool
}

// ParseKinds turns a comma-separated list of kind names ("actor,loaded";
// plurals and the legend's letters are accepted too) into Hide flags.
func ParseKinds(list string) (hide [len(highlight.Kinds)]bool, err error) {
	for _, name := range strings.Split(list, ",") {
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "" {
			continue
		}
		k, ok := kindNamed(name)
		if !ok {
			return hide, fmt.Errorf("unknown kind %q (want quote, figure, actor or loaded)", name)
		}
		hide[k] = true
	}
	return hide, nil
}

// kindNamed accepts "quote", "quotes", "q" and the like.
func kindNamed(name string) (highlight.Kind, bool) {
	if k, ok := highlight.ParseKind(strings.TrimSuffix(name, "s")); ok {
		return k, true
	}
	for _, k := range highlight.Kinds {
		st := app.StyleOf(k)
		if strings.EqualFold(name, st.Letter) || strings.EqualFold(name, st.Name) {
			return k, true
		}
	}
	return 0, false
}

// visible returns the spans of d that the options show and whose offsets
// are valid for d.Text, sorted by highlight.SortSpans.
func (o Options) visible(d *app.Document) []highlight.Span {
	out := make([]highlight.Span, 0, len(d.Spans))
	for _, s := range d.Spans {
		if int(s.Kind) < len(o.Hide) && !o.Hide[s.Kind] && validSpan(s, d.Text) {
			out = append(out, s)
		}
	}
	highlight.SortSpans(out)
	return out
}

// validSpan reports whether s is a non-empty range inside text.
func validSpan(s highlight.Span, text string) bool {
	return s.Start >= 0 && s.Start < s.End && s.End <= len(text)
}

// filtered returns a shallow copy of d holding only the visible spans.
func (o Options) filtered(d *app.Document) *app.Document {
	c := *d
	c.Spans = o.visible(d)
	return &c
}

// Paper sizes by name, as the settings keep them.
const (
	PaperA4     = "a4"
	PaperLetter = "letter"
)

// IsLetter reports whether paper names US Letter: "letter" does, "a4"
// does not, and anything else (no choice made yet) follows the locale, as
// localeLetter reads it from getenv.
func IsLetter(paper string, getenv func(string) string) bool {
	switch strings.ToLower(paper) {
	case PaperLetter:
		return true
	case PaperA4:
		return false
	}
	return localeLetter(getenv)
}

// letterTerritories are the countries whose glibc locales print on US
// Letter (LC_PAPER height 279 mm); every other prints on A4.
var letterTerritories = []string{"BO", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE"}

// localeLetter reports whether the locale getenv names, in POSIX order
// (LC_ALL, then LC_PAPER, then LANG), is of a country that prints on US
// Letter: en_US.UTF-8, en_CA, fr_CA and es_MX are; en_GB, de_DE, C and an
// unset locale (as for most desktop apps on macOS and Windows) are not.
func localeLetter(getenv func(string) string) bool {
	for _, v := range []string{"LC_ALL", "LC_PAPER", "LANG"} {
		if loc := getenv(v); loc != "" {
			return slices.Contains(letterTerritories, territory(loc))
		}
	}
	return false
}

// territory is the country of a locale name, its last part: "US" of
// "en_US.UTF-8@euro", "en-us" or "zh-Hant-TW"; "" when it names none ("C",
// "POSIX", "en").
func territory(locale string) string {
	locale, _, _ = strings.Cut(locale, ".")
	locale, _, _ = strings.Cut(locale, "@")
	locale = strings.ReplaceAll(locale, "-", "_")
	i := strings.LastIndexByte(locale, '_')
	if i < 0 {
		return ""
	}
	return strings.ToUpper(locale[i+1:])
}
