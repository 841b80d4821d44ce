package compare

import (
	"encoding/json"
	"strings"
	"testing"

	"slant/app"
)

// paraphraseWords returns the words a paraphrase shares, as the
// paraphrasing document writes them, and the text of its quotation.
func paraphraseWords(r *Result, p Paraphrase, a, b *app.Document) (quote string, words []string) {
	quoted, other := a, b
	if p.Quoted == SideB {
		quoted, other = b, a
	}
	q := r.QuoteOf(p)
	for _, w := range p.Words {
		words = append(words, other.Text[w.Start:w.End])
	}
	return quoted.Text[q.Start:q.End], words
}

func TestSeedParaphraseKerry(t *testing.T) {
	a, b := seed(t, seed000), seed(t, seed001)
	r := Compare(a, b, Options{})
	found := false
	for _, p := range r.Paraphrases {
		q, ws := paraphraseWords(r, p, a, b)
		sent := b.Text[p.Sentence.Start:p.Sentence.End]
		if p.Quoted != SideA || !strings.Contains(q, "including women and children") || !strings.Contains(sent, "killing women and children") {
			continue
		}
		found = true
		if got := strings.Join(ws, " "); !strings.Contains(got, "killing women children large numbers") {
			t.Errorf("shared words %q, want killing women children large numbers among them", got)
		}
		if p.Attribution != Indirect || p.SaidBy != "Kerry" {
			t.Errorf("DW's \"Kerry said in Washington that…\" read as %s by %q, want indirect speech by Kerry", p.Attribution, p.SaidBy)
		}
		if !p.AlsoQuoted {
			t.Errorf("DW quotes the sentence too; AlsoQuoted is false")
		}
	}
	if notQuoted, also := r.ParaphrasedQuotes(); notQuoted != 0 || also != 1 {
		t.Errorf("000/001: %d paraphrased quotations counted as not quoted by the other, %d as quoted too; want 0 and 1 (DW quotes Kerry's words as well)", notQuoted, also)
	}
	if _, out, _ := run(seedPath(seed000), seedPath(seed001)); !strings.Contains(out, "never quotes: 0, quotes too: 1") {
		t.Errorf("the text report counts DW's paraphrase of a quote it also quotes as not quoted:\n%s", out)
	}
	if !found {
		t.Errorf("000's Kerry quote \"…women and children, being killed…\" not linked to 001's \"killing women and children in large numbers\": %+v", r.Paraphrases)
	}
}

// TestSeedParaphrases lists every link on the seed pairs: the three
// accounts of the press conference carry the four links judged in the
// package README (all but the Davutoglu one plainly right); the articles
// on other events carry none, even held to the lower bar of one event.
func TestSeedParaphrases(t *testing.T) {
	names := []string{seed000, seed001, seed002, seed003, seed004}
	same := map[string]int{seed000 + seed001: 1, seed000 + seed003: 1, seed001 + seed003: 2}
	for i, na := range names {
		for _, nb := range names[i+1:] {
			a, b := seed(t, na), seed(t, nb)
			r := Compare(a, b, Options{})
			sa, sb := newSides(a.Text, b.Text)
			qa, qb := quotesOf(a.Text, a.Spans), quotesOf(b.Text, b.Spans)
			r.Paraphrases = paraphrases(sa, sb, qa, qb, r.Quotes, true)
			for _, p := range r.Paraphrases {
				q, ws := paraphraseWords(r, p, a, b)
				t.Logf("%s/%s quoted in %d: %.60s | %s %s: %s", na[:3], nb[:3], p.Quoted, q, p.Attribution, p.SaidBy, strings.Join(ws, ", "))
			}
			if len(r.Paraphrases) != same[na+nb] {
				t.Errorf("%s vs %s: %d paraphrase links, want %d", na[:3], nb[:3], len(r.Paraphrases), same[na+nb])
			}
		}
	}
}

func TestSeedParaphraseStated(t *testing.T) {
	a, b := seed(t, seed001), seed(t, seed003)
	r := Compare(a, b, Options{})
	var attr = map[string]Attribution{}
	for _, p := range r.Paraphrases {
		q, _ := paraphraseWords(r, p, a, b)
		attr[r.QuoteOf(p).Speaker] = p.Attribution
		if p.Quoted == SideA && strings.Contains(q, "Russian planes") {
			got, ok := r.CounterpartAt(SideA, r.QuoteOf(p).Start+5)
			if !ok || got != p.Sentence {
				t.Errorf("a click on Davutoglu's quotation outlines %v, want the sentence paraphrasing it %v", got, p.Sentence)
			}
		}
	}
	if attr["Ahmed Davutoglu"] != Stated || attr["John Kerry"] != Indirect {
		t.Errorf("attributions %v: want EA WorldView to state Davutoglu's charge as fact (\"70,000 people have fled the Russian and regime attacks\") and report Kerry's words as his", attr)
	}
}

// doc analyses a short text.
func doc(t *testing.T, text string) *app.Document {
	t.Helper()
	d, err := app.LoadBytes("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestParaphraseBothWays(t *testing.T) {
	quoted := doc(t, "Kerry spoke in Washington on Friday.\n\n“The shelling of the old market destroyed two bakeries and a clinic,” Kerry said.\n")
	stated := doc(t, "The shelling of the old market destroyed two bakeries and a clinic, witnesses reported later.\n\nThe clinic had no power.\n")
	plain := doc(t, "Kerry spoke in Washington on Friday.\n\nThe old market's bakeries and clinic were destroyed by shelling.\n")
	for _, c := range []struct {
		a, b   *app.Document
		quoted Side
		attr   Attribution
	}{
		{quoted, stated, SideA, Indirect},
		{stated, quoted, SideB, Indirect},
		{quoted, plain, SideA, Stated},
		{plain, quoted, SideB, Stated},
	} {
		r := Compare(c.a, c.b, Options{})
		if len(r.Paraphrases) != 1 {
			t.Errorf("%d paraphrase links, want 1: %+v", len(r.Paraphrases), r.Paraphrases)
			continue
		}
		if p := r.Paraphrases[0]; p.Quoted != c.quoted || p.Attribution != c.attr {
			t.Errorf("quoted on side %d, %s; want side %d, %s", p.Quoted, p.Attribution, c.quoted, c.attr)
		}
	}
	if r := Compare(quoted, quoted, Options{}); len(r.Paraphrases) != 0 {
		t.Errorf("a text against itself: its quotation's own sentence counted as a paraphrase: %+v", r.Paraphrases)
	}
}

func TestParaphraseJSONAndText(t *testing.T) {
	_, out, _ := run("--json", seedPath(seed000), seedPath(seed001))
	var r jsonResult
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Paraphrases) == 0 {
		t.Fatalf("no paraphrases in the JSON")
	}
	p := r.Paraphrases[0]
	if p.QuotedIn != "a" || !strings.Contains(p.Quote.Text, "women and children") || !strings.Contains(p.Sentence.Text, "killing women") ||
		len(p.Words) == 0 || p.Words[0].Text != "bombing" || p.Attribution != Indirect || p.SaidBy != "Kerry" {
		t.Errorf("paraphrase JSON %+v", p)
	}
	_, out, _ = run(seedPath(seed001), seedPath(seed003))
	for _, want := range []string{
		"Paraphrased: what one quotes and the other says in its own words (2; quotations the other never quotes: 1, quotes too: 1)",
		"B states it as fact, attributed to no one: An estimated 70,000 people have fled",
		"A reports it as indirect speech, without quotation marks, attributed to Kerry, and quotes it too, elsewhere:",
		"shared words: Russian, regime, attacks",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text report lacks %q", want)
		}
	}
}

func TestParaphraseNeedsMoreThanNames(t *testing.T) {
	quoted := doc(t, "Voters spoke to us in Raleigh.\n\n“Donald Trump and Ted Cruz scare me,” Harry Bond said.\n")
	names := doc(t, "Ted Cruz and Donald Trump scare the party's donors.\n")
	if r := Compare(quoted, names, Options{}); len(r.Paraphrases) != 0 {
		t.Errorf("four names and one word shared taken for a paraphrase: %+v", r.Paraphrases)
	}
}

// saidBy compares a text quoting Kerry with one paraphrasing him in the
// sentence given, and returns who the paraphrase is attributed to.
func saidBy(t *testing.T, sentence string) string {
	t.Helper()
	quoted := doc(t, "Kerry spoke in Washington on Friday.\n\n“The shelling of the old market destroyed two bakeries and a clinic,” Kerry said.\n")
	other := doc(t, sentence+"\n\nThe clinic had no power.\n")
	r := Compare(quoted, other, Options{})
	if len(r.Paraphrases) != 1 || r.Paraphrases[0].Attribution != Indirect {
		t.Fatalf("%q: want one link as indirect speech, got %+v", sentence, r.Paraphrases)
	}
	return r.Paraphrases[0].SaidBy
}

func TestParaphraseSaidBy(t *testing.T) {
	for _, c := range []struct{ sentence, want string }{
		// "according to": the whole name, as written.
		{"The shelling of the old market destroyed two bakeries and a clinic, according to Médecins Sans Frontières.", "Médecins Sans Frontières"},
		{"The shelling of the old market destroyed two bakeries and a clinic, according to the United Nations.", "United Nations"},
		{"The shelling of the old market destroyed two bakeries and a clinic, according to officials.", "officials"},
		// The quotation's speaker only as the subject, before the verb.
		{"Russia accused Kerry of lying that the shelling of the old market destroyed two bakeries and a clinic.", "Russia"},
		{"Secretary Kerry said the shelling of the old market destroyed two bakeries and a clinic.", "Kerry"},
	} {
		if got := saidBy(t, c.sentence); got != c.want {
			t.Errorf("%q attributed to %q, want %q", c.sentence, got, c.want)
		}
	}
}
