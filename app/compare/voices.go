package compare

import (
	"cmp"
	"slices"
	"strings"

	"slant/highlight"
)

// ActorCount is how often each document mentions one actor.
type ActorCount struct {
	Actor string `json:"actor"` // canonical name ("Russia" for "Moscow")
	Type  string `json:"type"`  // "person", "organization" or "place"
	A     int    `json:"a"`
	B     int    `json:"b"`
}

// Voice is one speaker's quotations in each document.
type Voice struct {
	Speaker string `json:"speaker"` // "" for unattributed quotations
	QuotesA int    `json:"quotes_a"`
	QuotesB int    `json:"quotes_b"`
	WordsA  int    `json:"words_a"`
	WordsB  int    `json:"words_b"`
	// ShareA and ShareB are the speaker's part of all quoted words of
	// each document, in [0, 1].
	ShareA float64 `json:"share_a"`
	ShareB float64 `json:"share_b"`
}

// Voices sums up who is mentioned and who speaks in two documents.
type Voices struct {
	Actors   []ActorCount `json:"actors"`   // most mentioned first
	Speakers []Voice      `json:"speakers"` // most quoted first
	// ActorsOnlyA and ActorsOnlyB name the actors only one account
	// mentions; VoicesOnlyA and VoicesOnlyB the speakers only one quotes.
	ActorsOnlyA []string `json:"actors_only_a"`
	ActorsOnlyB []string `json:"actors_only_b"`
	VoicesOnlyA []string `json:"voices_only_a"`
	VoicesOnlyB []string `json:"voices_only_b"`
}

// actorCounts counts the mentions of each actor in spans.
func actorCounts(spans []highlight.Span) map[string]*ActorCount {
	out := map[string]*ActorCount{}
	for _, s := range spans {
		if s.Kind != highlight.Actor || s.Actor == "" {
			continue
		}
		c := out[s.Actor]
		if c == nil {
			c = &ActorCount{Actor: s.Actor, Type: s.ActorType.String()}
			out[s.Actor] = c
		}
		c.A++
	}
	return out
}

// speakerKey files speakers under the last word of their name, so that
// "Kerry" and "John Kerry" are one voice.
func speakerKey(s string) string { return strings.ToLower(lastWord(s)) }

// speakerCounts sums each speaker's quotations and quoted words in qs.
func speakerCounts(qs []quote) map[string]*Voice {
	out := map[string]*Voice{}
	for _, q := range qs {
		k := speakerKey(q.Speaker)
		v := out[k]
		if v == nil {
			v = &Voice{Speaker: q.Speaker}
			out[k] = v
		}
		if len(q.Speaker) > len(v.Speaker) {
			v.Speaker = q.Speaker
		}
		v.QuotesA++
		v.WordsA += q.Words
	}
	return out
}

// compareVoices joins the two documents' actor and speaker counts.
func compareVoices(spansA, spansB []highlight.Span, qa, qb []quote) Voices {
	v := Voices{Actors: []ActorCount{}, Speakers: []Voice{}, ActorsOnlyA: []string{}, ActorsOnlyB: []string{}, VoicesOnlyA: []string{}, VoicesOnlyB: []string{}}
	actA, actB := actorCounts(spansA), actorCounts(spansB)
	for k, c := range joinKeys(actA, actB) {
		a, b := c[0], c[1]
		n := ActorCount{Actor: k, A: countOf(a, func(x *ActorCount) int { return x.A }), B: countOf(b, func(x *ActorCount) int { return x.A })}
		n.Type = cmp.Or(typeOf(a), typeOf(b))
		v.Actors = append(v.Actors, n)
		v.ActorsOnlyA, v.ActorsOnlyB = noteOnly(v.ActorsOnlyA, v.ActorsOnlyB, k, n.A, n.B)
	}
	spkA, spkB := speakerCounts(qa), speakerCounts(qb)
	totalA, totalB := wordsQuoted(qa), wordsQuoted(qb)
	for _, c := range joinKeys(spkA, spkB) {
		v.Speakers = append(v.Speakers, joinVoice(c[0], c[1], totalA, totalB))
	}
	for _, s := range v.Speakers {
		if s.Speaker != "" {
			v.VoicesOnlyA, v.VoicesOnlyB = noteOnly(v.VoicesOnlyA, v.VoicesOnlyB, s.Speaker, s.QuotesA, s.QuotesB)
		}
	}
	v.sort()
	return v
}

// joinKeys pairs the entries of two maps by key; a side may be nil.
func joinKeys[T any](a, b map[string]*T) map[string][2]*T {
	out := map[string][2]*T{}
	for k, x := range a {
		out[k] = [2]*T{x, b[k]}
	}
	for k, y := range b {
		if a[k] == nil {
			out[k] = [2]*T{nil, y}
		}
	}
	return out
}

// countOf returns f(x), or 0 when x is nil.
func countOf[T any](x *T, f func(*T) int) int {
	if x == nil {
		return 0
	}
	return f(x)
}

// typeOf returns an actor count's type, or "".
func typeOf(c *ActorCount) string {
	if c == nil {
		return ""
	}
	return c.Type
}

// joinVoice makes one Voice of a speaker's counts in A and in B (each
// counted in the QuotesA and WordsA fields of its own side).
func joinVoice(a, b *Voice, totalA, totalB int) Voice {
	v := Voice{}
	if a != nil {
		v.Speaker, v.QuotesA, v.WordsA = a.Speaker, a.QuotesA, a.WordsA
	}
	if b != nil {
		v.QuotesB, v.WordsB = b.QuotesA, b.WordsA
		if len(b.Speaker) > len(v.Speaker) {
			v.Speaker = b.Speaker
		}
	}
	v.ShareA, v.ShareB = share(v.WordsA, totalA), share(v.WordsB, totalB)
	return v
}

// share is n/total rounded to three decimals, 0 when total is 0.
func share(n, total int) float64 {
	if total == 0 {
		return 0
	}
	return round3(float64(n) / float64(total))
}

// wordsQuoted is the number of words in all quotations.
func wordsQuoted(qs []quote) int {
	n := 0
	for _, q := range qs {
		n += q.Words
	}
	return n
}

// noteOnly adds name to onlyA or onlyB when one of its counts is zero.
func noteOnly(onlyA, onlyB []string, name string, a, b int) ([]string, []string) {
	switch {
	case a > 0 && b == 0:
		onlyA = append(onlyA, name)
	case b > 0 && a == 0:
		onlyB = append(onlyB, name)
	}
	return onlyA, onlyB
}

// sort orders actors and speakers by weight, then name, for stable output.
func (v *Voices) sort() {
	slices.SortFunc(v.Actors, func(x, y ActorCount) int {
		return cmp.Or(cmp.Compare(y.A+y.B, x.A+x.B), cmp.Compare(x.Actor, y.Actor))
	})
	slices.SortFunc(v.Speakers, func(x, y Voice) int {
		return cmp.Or(cmp.Compare(y.WordsA+y.WordsB, x.WordsA+x.WordsB), cmp.Compare(x.Speaker, y.Speaker))
	})
	for _, l := range [][]string{v.ActorsOnlyA, v.ActorsOnlyB, v.VoicesOnlyA, v.VoicesOnlyB} {
		slices.Sort(l)
	}
}
