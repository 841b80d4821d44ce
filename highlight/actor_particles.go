package highlight

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"slant/highlight/ner"
)

// The tagger learned names from Reuters text, where the small words inside
// names are rare; news about the Middle East and Europe is full of them
// ("Bashar al-Assad", "Staffan de Mistura", "Jabhat Fatah al-Sham",
// "Mohammed bin Salman"). These rules join a name across such particles
// before the actor table names it.

// nameParticles are the small words inside names, standing alone ("de
// Mistura", "bin Salman"); none of them is an English word that could join
// two names ("at", "as").
var nameParticles = WordSet(`al el bin ibn bint abu de da di du del della dos das van von der den ter`)

// hyphenParticles are the particles written joined to a name by a hyphen
// ("al-Assad", "ash-Shabaab").
var hyphenParticles = WordSet(`al el ash as ad an ar at az`)

// joinNameParticles grows each entity over a following particle and the
// capitalised word after it ("Staffan" + "De Mistura", "Bashar" +
// "al-Assad"), merging an entity it reaches, and back over the capitalised
// word before an entity that opens with a hyphenated particle ("Busra" +
// "al-Sham"). A person's given name at the front makes the whole a
// person. It rewrites ents in place and returns it.
func joinNameParticles(text string, toks []token, ents []ner.Entity, given hashedWords) []ner.Entity {
	out := ents[:0]
	for k := 0; k < len(ents); k++ {
		e := ents[k]
		if len(out) == 0 || out[len(out)-1].Last < e.First-1 {
			e.First = particleStart(text, toks, e.First)
		}
		for {
			next := particleEnd(text, toks, e.Last)
			if next == e.Last {
				break
			}
			e.Last = next
			for k+1 < len(ents) && ents[k+1].First <= e.Last {
				k++
				e.Last = max(e.Last, ents[k].Last)
				if ents[k].Class == ner.Per {
					e.Class = ner.Per
				}
			}
			if given.has(toks[e.First].text(text)) {
				e.Class = ner.Per
			}
		}
		out = append(out, e)
	}
	return out
}

// particleEnd returns the last token of a name that continues after token
// last: over "al-Assad" (a hyphenated particle and a capital), or over one
// or two particle words and the capitalised word after them ("de
// Mistura", "von der Leyen"). It returns last when the name stops there.
func particleEnd(text string, toks []token, last int) int {
	j := last + 1
	if j >= len(toks) || !spaceBetween(text, toks, last) {
		return last
	}
	if hyphenParticle(toks[j].text(text)) {
		return j
	}
	for n := 0; n < 2 && j < len(toks) && nameParticles[strings.ToLower(toks[j].text(text))]; n++ {
		if j+1 >= len(toks) || !spaceBetween(text, toks, j) {
			return last
		}
		j++
		if capitalised(toks[j].text(text)) {
			return j
		}
	}
	return last
}

// particleStart returns the first token of a name whose entity starts at
// token first with a hyphenated particle ("al-Sham"): the capitalised word
// right before it when there is one that is no glue word ("Busra", not
// "In").
func particleStart(text string, toks []token, first int) int {
	if first == 0 || !hyphenParticle(toks[first].text(text)) || !spaceBetween(text, toks, first-1) {
		return first
	}
	prev := toks[first-1].text(text)
	if !capitalised(prev) || lxFunctionWords[strings.ToLower(prev)] {
		return first
	}
	return first - 1
}

// hyphenParticle reports whether w is a particle joined by a hyphen to a
// capitalised name: "al-Assad", "el-Sisi", "ash-Shabaab".
func hyphenParticle(w string) bool {
	p, rest, ok := strings.Cut(w, "-")
	return ok && hyphenParticles[p] && capitalised(rest)
}

// capitalised reports whether w starts with an upper-case letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// spaceBetween reports whether tokens i and i+1 are separated by exactly
// one space.
func spaceBetween(text string, toks []token, i int) bool {
	return toks[i+1].Start == toks[i].End+1 && text[toks[i].End] == ' '
}

// splitDemonymTail cuts a dangling "of <demonym>" off an organisation or
// place ("UN Security Council of Russian"), which names end with a noun,
// never with an adjective: the demonym becomes its own entity, named by
// its country. ents is returned, rewritten only when something is cut.
func (t *actorTable) splitDemonymTail(text string, toks []token, ents []ner.Entity) []ner.Entity {
	var out []ner.Entity
	for k, e := range ents {
		cut := (e.Class == ner.Org || e.Class == ner.Loc) && e.Last-e.First >= 2 &&
			strings.EqualFold(toks[e.Last-1].text(text), "of") && t.isDemonym(text, toks, e.Last)
		if !cut {
			if out != nil {
				out = append(out, e)
			}
			continue
		}
		if out == nil {
			out = append(make([]ner.Entity, 0, len(ents)+1), ents[:k]...)
		}
		out = append(out, ner.Entity{First: e.First, Last: e.Last - 2, Class: e.Class},
			ner.Entity{First: e.Last, Last: e.Last, Class: ner.Misc})
	}
	if out == nil {
		return ents
	}
	return out
}

// isDemonym reports whether token i is a demonym of the table ("Russian").
func (t *actorTable) isDemonym(text string, toks []token, i int) bool {
	_, ok := t.demonym[tokensKey(text, toks[i:i+1])]
	return ok
}
