package search

import (
	"github.com/sahilm/fuzzy"

	"slant/highlight"
)

func actorSpan(s, e int, canonical string) highlight.Span {
	return highlight.Span{Start: s, End: e, Kind: highlight.Actor, Actor: canonical, ActorType: highlight.Place}
}

func fuzzyFind(q string, data []string) int { return len(fuzzy.Find(q, data)) }
