package export

import (
	"strings"

	"slant/highlight"
)

// detail describes what a span says beyond its text, as one line:
// "speaker: John Kerry", "value: 260,000; unit: people",
// "actor: Russia (place)", "category: …; neutral: …; in a quote".
func detail(text string, s highlight.Span) string {
	var b []string
	add := func(k, v string) {
		if v != "" {
			b = append(b, k+": "+v)
		}
	}
	switch s.Kind {
	case highlight.Quote:
		add("speaker", firstNonEmpty(speakerName(text, s), "not attributed"))
	case highlight.Figure:
		if s.HasValue {
			add("value", formatValue(s.Value, s.Unit))
		}
		add("unit", s.Unit)
	case highlight.Actor:
		add("actor", firstNonEmpty(s.Actor, s.Text(text))+" ("+s.ActorType.String()+")")
	case highlight.Loaded:
		add("category", s.Category)
		add("neutral", s.Neutral)
		add("why", s.Reason)
		if s.InQuote {
			b = append(b, "in a quote")
		}
	}
	return strings.Join(b, "; ")
}
