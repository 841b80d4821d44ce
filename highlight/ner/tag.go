package ner

// Tag is a BIO label: O, or the beginning or inside of an entity of a class.
type Tag uint8

// The tags, in the order of the weight table's columns.
const (
	O Tag = iota
	BPer
	IPer
	BOrg
	IOrg
	BLoc
	ILoc
	BMisc
	IMisc
	NumTags
)

// Class is an entity class.
type Class uint8

// The entity classes of CoNLL-2003; None is the class of O.
const (
	None Class = iota
	Per
	Org
	Loc
	Misc
	numClasses
)

var classNames = [...]string{"", "PER", "ORG", "LOC", "MISC"}

// String returns the CoNLL name of the class ("PER", ...), "" for None.
func (c Class) String() string {
	if int(c) < len(classNames) {
		return classNames[c]
	}
	return ""
}

// ParseClass returns the class named s ("PER", "ORG", "LOC", "MISC").
func ParseClass(s string) (Class, bool) {
	for i, n := range classNames {
		if i > 0 && n == s {
			return Class(i), true
		}
	}
	return None, false
}

// Class returns the tag's entity class (None for O).
func (t Tag) Class() Class {
	if t == O || t >= NumTags {
		return None
	}
	return Class((t-1)/2 + 1)
}

// Begins reports whether the tag starts an entity.
func (t Tag) Begins() bool { return t != O && t < NumTags && (t-1)%2 == 0 }

// Begin returns the B- tag of class c (O for None).
func Begin(c Class) Tag {
	if c == None || c >= numClasses {
		return O
	}
	return Tag(2*c - 1)
}

// Inside returns the I- tag of class c (O for None).
func Inside(c Class) Tag {
	if c == None || c >= numClasses {
		return O
	}
	return Tag(2 * c)
}

// String returns the IOB2 label ("O", "B-PER", "I-LOC", ...).
func (t Tag) String() string {
	switch {
	case t == O:
		return "O"
	case t >= NumTags:
		return "?"
	case t.Begins():
		return "B-" + t.Class().String()
	}
	return "I-" + t.Class().String()
}

// ParseTag returns the tag of an IOB2 (or IOB1) label.
func ParseTag(s string) (Tag, bool) {
	if s == "O" {
		return O, true
	}
	if len(s) < 3 || s[1] != '-' {
		return O, false
	}
	c, ok := ParseClass(s[2:])
	if !ok {
		return O, false
	}
	if s[0] == 'B' {
		return Begin(c), true
	}
	return Inside(c), s[0] == 'I'
}

// allowed reports whether tag t may follow tag prev in IOB2: an I- tag only
// continues an entity of its own class.
func allowed(prev, t Tag) bool {
	if t == O || t.Begins() {
		return true
	}
	return prev != O && prev.Class() == t.Class()
}

// Token is a word or punctuation mark as a byte range [Start, End) of the
// tagged text.
type Token struct {
	Start, End int
}

// Entity is a tagged entity: tokens [First, Last] of a tag sequence.
type Entity struct {
	First, Last int
	Class       Class
}

// Entities returns the entities of a tag sequence. An I- tag that does not
// continue an entity of its class starts one (IOB1 tolerance).
func Entities(tags []Tag, dst []Entity) []Entity {
	for i := 0; i < len(tags); i++ {
		c := tags[i].Class()
		if c == None {
			continue
		}
		j := i
		for j+1 < len(tags) && tags[j+1].Class() == c && !tags[j+1].Begins() {
			j++
		}
		dst = append(dst, Entity{First: i, Last: j, Class: c})
		i = j
	}
	return dst
}
