package export

import (
	"io/fs"
	"strings"
	"testing"

	"slant/app"
	"slant/assets"
	"slant/highlight"
)

const seed000 = "samples/000_a652a7b09379949b.txt"

// seedText reads a seed article from the embedded samples.
func seedText(t testing.TB, name string) string {
	t.Helper()
	b, err := fs.ReadFile(assets.FS, name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// marker builds hand-made spans on a text by finding phrases in it, so
// the tests do not depend on the detectors being written alongside.
type marker struct {
	t     testing.TB
	text  string
	spans []highlight.Span
}

// at returns the offsets of the n-th (from 1) occurrence of s.
func (m *marker) at(s string, n int) (int, int) {
	m.t.Helper()
	from := 0
	for i := 1; ; i++ {
		j := strings.Index(m.text[from:], s)
		if j < 0 {
			m.t.Fatalf("%q occurrence %d not in text", s, n)
		}
		if i == n {
			return from + j, from + j + len(s)
		}
		from += j + len(s)
	}
}

// add marks the n-th occurrence of s as a span like proto.
func (m *marker) add(s string, n int, proto highlight.Span) *highlight.Span {
	proto.Start, proto.End = m.at(s, n)
	m.spans = append(m.spans, proto)
	return &m.spans[len(m.spans)-1]
}

// quote marks a quotation attributed to the n-th occurrence of mention.
// An empty mention leaves the quote unattributed.
func (m *marker) quote(s, speaker, mention string, n int) {
	q := highlight.Span{Kind: highlight.Quote, Speaker: speaker}
	if mention != "" {
		q.SpeakerStart, q.SpeakerEnd = m.at(mention, n)
	}
	m.add(s, 1, q)
}

// seedDoc is seed 000 with hand-made spans of all four kinds, including a
// loaded term and actors inside quotes.
func seedDoc(t testing.TB) *app.Document {
	text := seedText(t, seed000)
	m := &marker{t: t, text: text}
	m.quote("\"Russia is using what are called free-fall bombs -\u00a0dumb bombs,\"", "John Kerry", "he told", 1)
	m.quote(`"This has to stop,"`, "John Kerry", "he continued", 1)
	m.quote(`"Our principal concern about Aleppo right now is there's the possibility that government forces backed by the Russians would encircle that city and essentially lay siege to that city,"`, "Josh Earnest", "Josh Earnest", 1)
	m.quote(`"a broad ceasefire,"`, "", "", 0)
	m.add("Feb. 5, 2016", 1, highlight.Span{Kind: highlight.Figure, Value: 20160205, HasValue: true, Unit: "date"})
	m.add("100 sorties", 1, highlight.Span{Kind: highlight.Figure, Value: 100, HasValue: true, Unit: "sorties"})
	m.add("260,000 people", 1, highlight.Span{Kind: highlight.Figure, Value: 260000, HasValue: true, Unit: "people"})
	m.add("tens of thousands", 1, highlight.Span{Kind: highlight.Figure, Unit: "people"})
	m.add("John Kerry", 2, highlight.Span{Kind: highlight.Actor, Actor: "John Kerry", ActorType: highlight.Person})
	m.add("Russia", 4, highlight.Span{Kind: highlight.Actor, Actor: "Russia", ActorType: highlight.Place})
	m.add("Moscow", 2, highlight.Span{Kind: highlight.Actor, Actor: "Russia", ActorType: highlight.Place})
	m.add("Russians", 2, highlight.Span{Kind: highlight.Actor, Actor: "Russia", ActorType: highlight.Place})
	m.add("State Department", 2, highlight.Span{Kind: highlight.Actor, Actor: "US State Department", ActorType: highlight.Organization})
	m.add("dumb bombs", 1, highlight.Span{Kind: highlight.Loaded, Category: "slang", Reason: "colloquial, derisive", Neutral: "unguided bombs", InQuote: true})
	m.add("regime", 1, highlight.Span{Kind: highlight.Loaded, Category: "delegitimising label", Reason: "implies illegitimate rule", Neutral: "government"})
	m.add("regime", 2, highlight.Span{Kind: highlight.Loaded, Category: "delegitimising label", Reason: "implies illegitimate rule", Neutral: "government"})
	highlight.SortSpans(m.spans)
	return &app.Document{Path: seed000, Format: "text", Title: firstLine(text), Outlet: "TRT World", Date: "6 February 2016", Text: text, Spans: m.spans}
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return strings.TrimSpace(l)
}
