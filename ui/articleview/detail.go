package articleview

import (
	"strconv"
	"strings"

	"slant/app"
	"slant/highlight"
)

// Detail is what a reader is told about one span: its kind's name, its
// words (shortened) and labelled facts, e.g. {"Speaker", "John Kerry"}.
type Detail struct {
	Kind  highlight.Kind
	Name  string // the kind's name, e.g. "Quote"
	Words string // the span's text on one line, shortened
	Facts [][2]string
}

// kindNames name one span of each kind.
var kindNames = [numKinds]string{"Quote", "Figure", "Actor", "Loaded term"}

// maxWords is how many bytes of a span's text a Detail repeats.
const maxWords = 160

// Describe tells what span s of text is: the speaker of a quote, the
// canonical actor and its type, a figure's value and unit, or why a term is
// loaded, its neutral alternative and whether it stands in a quote.
func Describe(text string, s highlight.Span) Detail {
	d := Detail{Kind: s.Kind, Name: kindNames[s.Kind], Words: app.OneLine(s.Text(text), maxWords)}
	switch s.Kind {
	case highlight.Quote:
		d.Facts = quoteFacts(text, s)
	case highlight.Figure:
		d.Facts = figureFacts(s)
	case highlight.Actor:
		d.Facts = [][2]string{{"Actor", orUnknown(s.Actor)}, {"Type", s.ActorType.String()}}
	case highlight.Loaded:
		d.Facts = loadedFacts(s)
	}
	return d
}

func quoteFacts(text string, s highlight.Span) [][2]string {
	if !s.Attributed() {
		return [][2]string{{"Speaker", "not attributed in the text"}}
	}
	who := orUnknown(s.Speaker)
	if m := s.SpeakerText(text); m != "" && m != s.Speaker {
		who += " (“" + m + "”)"
	}
	return [][2]string{{"Speaker", who}}
}

func figureFacts(s highlight.Span) [][2]string {
	if !s.HasValue {
		return [][2]string{{"Value", "vague amount"}, {"Unit", orUnknown(s.Unit)}}
	}
	return [][2]string{{"Value", strconv.FormatFloat(s.Value, 'f', -1, 64)}, {"Unit", orUnknown(s.Unit)}}
}

func loadedFacts(s highlight.Span) [][2]string {
	voice := "the outlet's own words"
	if s.InQuote {
		voice = "inside a quote (someone else's words)"
	}
	return [][2]string{{"Category", orUnknown(s.Category)}, {"Why", orUnknown(s.Reason)},
		{"Neutral", orUnknown(s.Neutral)}, {"Voice", voice}}
}

// String renders the detail on a few lines, for the status line and tests.
func (d Detail) String() string {
	var b strings.Builder
	b.WriteString(d.Name + ": " + d.Quoted())
	for _, f := range d.Facts {
		b.WriteString("\n" + f[0] + ": " + f[1])
	}
	return b.String()
}

// Quoted returns the words in quotation marks, unless (as a quote's words
// usually do) they carry their own.
func (d Detail) Quoted() string {
	if d.Kind == highlight.Quote {
		return d.Words
	}
	return "“" + d.Words + "”"
}

func orUnknown(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
