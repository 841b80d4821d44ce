package ner

import (
	"bufio"
	"io"
	"strings"
)

// Document is a tokenised document with gold tags, as read from CoNLL
// data. Its Text joins the tokens with single spaces and the sentences with
// line breaks; Toks are byte ranges of Text.
type Document struct {
	Text  string
	Toks  []Token
	Sents []int // first token of each sentence, then len(Toks)
	Gold  []Tag
}

// ReadCoNLL reads CoNLL-2003 data ("token POS chunk tag" lines, blank lines
// between sentences, -DOCSTART- between documents). Unknown labels read
// as O.
func ReadCoNLL(r io.Reader) ([]Document, error) {
	var docs []Document
	var b docBuilder
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 0:
			b.endSentence()
		case f[0] == "-DOCSTART-":
			if d, ok := b.finish(); ok {
				docs = append(docs, d)
			}
		default:
			tag, _ := ParseTag(f[len(f)-1])
			b.add(f[0], tag)
		}
	}
	if d, ok := b.finish(); ok {
		docs = append(docs, d)
	}
	return docs, sc.Err()
}

// docBuilder accumulates one document's tokens.
type docBuilder struct {
	text  strings.Builder
	d     Document
	inSen bool
}

func (b *docBuilder) add(word string, tag Tag) {
	if b.inSen {
		b.text.WriteByte(' ')
	} else {
		if b.text.Len() > 0 {
			b.text.WriteByte('\n')
		}
		b.d.Sents = append(b.d.Sents, len(b.d.Toks))
		b.inSen = true
	}
	start := b.text.Len()
	b.text.WriteString(word)
	b.d.Toks = append(b.d.Toks, Token{start, b.text.Len()})
	b.d.Gold = append(b.d.Gold, tag)
}

func (b *docBuilder) endSentence() { b.inSen = false }

func (b *docBuilder) finish() (Document, bool) {
	d := b.d
	d.Text = b.text.String()
	d.Sents = append(d.Sents, len(d.Toks))
	*b = docBuilder{}
	return d, len(d.Toks) > 0
}
