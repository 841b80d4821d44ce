package export

import (
	"sort"
	"strings"
	"unicode"

	"slant/app"
	"slant/highlight"
)

// Summary is what the last page of an export tells about a document: how
// many spans of each kind, who is quoted and how much, the figures, the
// actors and the loaded terms. It counts only the spans exported.
type Summary struct {
	Counts   [numKinds]int
	Speakers []SpeakerStat
	Figures  []FigureRow
	Actors   []ActorStat
	Loaded   []LoadedRow
}

// SpeakerStat is how much one speaker is quoted. Name is "" for quotes
// attributed to no one.
type SpeakerStat struct {
	Name   string
	Quotes int
	Words  int
}

// FigureRow is one figure as the text gives it and as normalised.
type FigureRow struct {
	Text     string
	Value    float64
	HasValue bool
	Unit     string
}

// ActorStat is one canonical actor and how often it is mentioned.
type ActorStat struct {
	Name     string
	Type     string
	Mentions int
}

// LoadedRow is one loaded term (as first written; later uses that differ
// only in case count with it) with why it judges, what to say instead, and
// how often it stands in the outlet's own voice and inside quotations.
type LoadedRow struct {
	Text, Category, Reason, Neutral string
	Own, Quoted                     int
}

// Summarize builds the summary of the spans of d that opt shows.
func Summarize(d *app.Document, opt Options) Summary {
	return summarize(d.Text, opt.visible(d))
}

// summarize builds the summary of spans (valid for text).
func summarize(text string, spans []highlight.Span) Summary {
	var s Summary
	speakers, actors, loaded := map[string]int{}, map[string]int{}, map[string]int{}
	for _, sp := range spans {
		s.Counts[sp.Kind]++
		switch sp.Kind {
		case highlight.Quote:
			i := index(speakers, speakerName(text, sp), func(n string) { s.Speakers = append(s.Speakers, SpeakerStat{Name: n}) })
			s.Speakers[i].Quotes++
			s.Speakers[i].Words += countWords(sp.Text(text))
		case highlight.Figure:
			s.Figures = append(s.Figures, FigureRow{sp.Text(text), sp.Value, sp.HasValue, sp.Unit})
		case highlight.Actor:
			i := index(actors, actorName(text, sp), func(n string) { s.Actors = append(s.Actors, ActorStat{Name: n, Type: sp.ActorType.String()}) })
			s.Actors[i].Mentions++
		case highlight.Loaded:
			key := strings.ToLower(sp.Text(text)) + "\x00" + sp.Category + "\x00" + sp.Neutral
			i := index(loaded, key, func(string) {
				s.Loaded = append(s.Loaded, LoadedRow{Text: sp.Text(text), Category: sp.Category, Reason: sp.Reason, Neutral: sp.Neutral})
			})
			if sp.InQuote {
				s.Loaded[i].Quoted++
			} else {
				s.Loaded[i].Own++
			}
		}
	}
	sortSpeakers(s.Speakers)
	sortActors(s.Actors)
	return s
}

// index returns the position of name in a list kept beside by, calling add
// to append it when it is new.
func index(by map[string]int, name string, add func(string)) int {
	if i, ok := by[name]; ok {
		return i
	}
	by[name] = len(by)
	add(name)
	return by[name]
}

// speakerName is the quote's canonical speaker, else the text of its
// speaker mention, else "" for an unattributed quote.
func speakerName(text string, sp highlight.Span) string {
	if sp.Speaker != "" {
		return sp.Speaker
	}
	return strings.TrimSpace(sp.SpeakerText(text))
}

// actorName is the actor's canonical name, else its own text.
func actorName(text string, sp highlight.Span) string {
	if sp.Actor != "" {
		return sp.Actor
	}
	return sp.Text(text)
}

// countWords counts the words of s: runs of non-space holding a letter or
// a digit (a lone dash or quote mark is not a word).
func countWords(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if strings.IndexFunc(f, isWordRune) >= 0 {
			n++
		}
	}
	return n
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// sortSpeakers orders speakers by words quoted, the unattributed last.
func sortSpeakers(a []SpeakerStat) {
	sort.SliceStable(a, func(i, j int) bool {
		if (a[i].Name == "") != (a[j].Name == "") {
			return a[j].Name == ""
		}
		return a[i].Words > a[j].Words
	})
}

// sortActors orders actors by mentions, then name.
func sortActors(a []ActorStat) {
	sort.SliceStable(a, func(i, j int) bool {
		if a[i].Mentions != a[j].Mentions {
			return a[i].Mentions > a[j].Mentions
		}
		return a[i].Name < a[j].Name
	})
}
