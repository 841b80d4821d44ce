package export

import (
	"encoding/json"
	"io"
	"path/filepath"

	"slant/app"
	"slant/highlight"
)

// WriteJSON writes d in the analyze JSON contract (one object on one
// line), holding only the spans opt shows.
//
// TEMPORARY: app.WriteAnalysisJSON, the contract's single home, has not
// landed yet; until it does this writes the contract itself. Replace the
// body with `return app.WriteAnalysisJSON(w, opt.filtered(d))`.
func WriteJSON(w io.Writer, d *app.Document, opt Options) error {
	d = opt.filtered(d)
	out := jsonDoc{File: filepath.Base(d.Path), Title: d.Title, Outlet: d.Outlet, Date: d.Date, Spans: []jsonSpan{}}
	if d.Format != "" && d.Format != "text" {
		out.Body = d.Text
	}
	for _, s := range d.Spans {
		out.Spans = append(out.Spans, toJSON(d.Text, s))
	}
	return json.NewEncoder(w).Encode(out)
}

type jsonDoc struct {
	File   string     `json:"file"`
	Title  string     `json:"title"`
	Outlet string     `json:"outlet"`
	Date   string     `json:"date"`
	Body   string     `json:"body,omitempty"`
	Spans  []jsonSpan `json:"spans"`
}

type jsonSpan struct {
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
	InQuote      bool     `json:"in_quote,omitempty"`
}

func toJSON(text string, s highlight.Span) jsonSpan {
	j := jsonSpan{Kind: s.Kind.String(), Start: s.Start, End: s.End, Text: s.Text(text)}
	switch s.Kind {
	case highlight.Quote:
		j.Speaker = s.Speaker
		if s.Attributed() {
			j.SpeakerStart, j.SpeakerEnd = &s.SpeakerStart, &s.SpeakerEnd
		}
	case highlight.Figure:
		if s.HasValue {
			j.Value = &s.Value
		}
		j.Unit = s.Unit
	case highlight.Actor:
		j.Actor, j.Type = s.Actor, s.ActorType.String()
	case highlight.Loaded:
		j.Category, j.Reason, j.Neutral, j.InQuote = s.Category, s.Reason, s.Neutral, s.InQuote
	}
	return j
}
