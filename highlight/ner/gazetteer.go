package ner

import "strings"

// Gazetteer is a set of phrases (sequences of words, matched without
// regard to case) with the entity classes each may name. Lookups hash the
// words of the text; no string is built.
type Gazetteer struct {
	// m maps the hash of a phrase's first k words to a class mask (bit c
	// set when a phrase of class c ends there) and gazPrefix when a longer
	// phrase continues.
	m hashTable[uint8]
}

const gazPrefix = 0x80

// NewGazetteer returns an empty gazetteer.
func NewGazetteer() *Gazetteer { return &Gazetteer{} }

// Add adds a phrase of class c. Its words are separated by spaces and
// written as the tokenizer splits them ("U.S.", "Guinea-Bissau"); a
// leading "the" is dropped.
func (g *Gazetteer) Add(phrase string, c Class) {
	if c != None && c < numClasses {
		g.add(phrase, 1<<c)
	}
}

// gazTitle is the mask bit of a title ("Secretary of State", "Prime
// Minister"): words that precede a person's name without being part of it.
const gazTitle = 1 << numClasses

// AddTitle adds a title phrase (a class of its own, which no entity has).
func (g *Gazetteer) AddTitle(phrase string) { g.add(phrase, gazTitle) }

// add adds a phrase with the given class mask bits.
func (g *Gazetteer) add(phrase string, bits uint8) {
	words := strings.Fields(phrase)
	if len(words) > 1 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	if len(words) == 0 {
		return
	}
	h := uint64(gazSeed)
	for i, w := range words {
		h = pair(h, HashLower(w))
		if i < len(words)-1 {
			*g.m.ref(h) |= gazPrefix
		}
	}
	*g.m.ref(h) |= bits
}

const gazSeed = 0x2545F4914F6CDD1D

// Len returns the number of distinct word sequences the gazetteer holds
// (phrases and their prefixes).
func (g *Gazetteer) Len() int { return g.m.used }

// match returns the length in words and class mask of the longest phrase
// starting at word i of a sentence whose lower-case word hashes are lower.
func (g *Gazetteer) match(lower []uint64, i int) (n int, mask uint8) {
	if g == nil || g.m.used == 0 {
		return 0, 0
	}
	h := uint64(gazSeed)
	for j := i; j < len(lower); j++ {
		h = pair(h, lower[j])
		v, ok := g.m.get(h)
		if !ok {
			break
		}
		if v&^gazPrefix != 0 {
			n, mask = j-i+1, v&^gazPrefix
		}
		if v&gazPrefix == 0 {
			break
		}
	}
	return n, mask
}

// Lookup returns the class mask (bit c set for class c, gazTitle for a
// title) of the phrase of exactly these words, 0 when it is not in the
// gazetteer.
func (g *Gazetteer) Lookup(words ...string) uint8 {
	h := uint64(gazSeed)
	for _, w := range words {
		h = pair(h, HashLower(w))
	}
	v, _ := g.m.get(h)
	return v &^ gazPrefix
}
