package highlight

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedText reads a seed article from the bundled samples.
func seedText(tb testing.TB, prefix string) string {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "assets", "samples", prefix+"*.txt"))
	if len(files) != 1 {
		tb.Fatalf("seed %s: found %d files", prefix, len(files))
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// detectQuotes runs the quote detector alone (no actor spans, so speakers
// are named by its own fallback).
func detectQuotes(text string) []Span {
	return quoteDetector{}.detect(&Doc{Text: text})
}

// quoteWith returns the quote span whose text contains sub.
func quoteWith(tb testing.TB, text string, spans []Span, sub string) Span {
	tb.Helper()
	for _, s := range spans {
		if strings.Contains(s.Text(text), sub) {
			return s
		}
	}
	tb.Fatalf("no quote contains %q", sub)
	return Span{}
}

func TestQuoteSpeakersOnSeeds(t *testing.T) {
	cases := []struct {
		seed, quote     string
		speaker, mentio string // speaker is matched as a substring
	}{
		{"000", "This has to stop", "Kerry", "he"},
		{"000", "Russia is using what are called free-fall bombs", "Kerry", "he"},
		{"000", "Our principal concern about Aleppo", "Josh Earnest", "Josh Earnest"},
		{"000", "That would obviously exacerbate", "Josh Earnest", "he"},
		{"000", "the more confident the Assad regime gets", "Earnest", "Earnest"},
		{"000", "whether or not people are serious", "Kerry", "He"},
		{"000", "The Russians have made some constructive ideas", "Kerry", "Kerry"},
		{"000", "a broad ceasefire", "Staffan De Mistura", "Staffan De Mistura"},
		{"001", "Russia has indicated to me very directly", "Kerry", "Kerry"},
		{"001", "There is no denying that the efforts", "Earnest", "Earnest"},
		{"001", "The attacks and bombings by the Russian planes", "Ahmed Davutoglu", "Ahmed Davutoglu"},
		{"002", "continue the operation of its air force", "Dmitry Peskov", "Dmitry Peskov"},
		{"003", "Russia has indicated to me very directly", "Kerry", "Kerry"},
		{"003", "We now have to have", "Kerry", "he"},
		{"003", "I recognize that people can argue", "John Kirby", "John Kirby"},
		{"004", "Russia has a special responsibility", "Mark Toner", "Mark Toner"},
		{"004", "We're not looking at joint operations", "Toner", "Toner"},
		{"004", "We do not collaborate or coordinate", "Jeff Davis", "Jeff Davis"},
	}
	for _, c := range cases {
		text := seedText(t, c.seed)
		q := quoteWith(t, text, detectQuotes(text), c.quote)
		if !q.Attributed() {
			t.Errorf("%s %q: no speaker", c.seed, c.quote)
			continue
		}
		if got := text[q.SpeakerStart:q.SpeakerEnd]; got != c.mentio {
			t.Errorf("%s %q: mention %q, want %q", c.seed, c.quote, got, c.mentio)
		}
		if !strings.Contains(q.Speaker, c.speaker) {
			t.Errorf("%s %q: speaker %q, want %q", c.seed, c.quote, q.Speaker, c.speaker)
		}
	}
}

func TestQuoteBoundsOnSeeds(t *testing.T) {
	cases := []struct {
		seed, quote string
		begins      string // the quote's text starts with this
		ends        string // and ends with this
	}{
		// the attribution inside joins the two parts into one quotation
		{"004", "We're not looking", "\"We're not looking", "not talking about joint operations.\""},
		// a stray "2" where the closing mark was lost: end at the sentence
		{"003", "Russia has indicated", "“Russia has indicated", "support a cease-fire now."},
		// a quotation that never closes ends with its paragraph
		{"003", "Russian airstrikes will not cease", "“Russian airstrikes", "over terrorist groups."},
		// a closing mark facing the wrong way still closes
		{"003", "bad taste", "“bad taste", "taste“"},
		// apostrophes inside do not end or open anything
		{"000", "nobody's going to accept", "\"The Russians have made", "course of the next days,\""},
		// the marked-less block after "said on Friday:"
		{"003", "I recognize", "I recognize", "not an exacerbation of it."},
	}
	for _, c := range cases {
		text := seedText(t, c.seed)
		got := quoteWith(t, text, detectQuotes(text), c.quote).Text(text)
		if !strings.HasPrefix(got, c.begins) || !strings.HasSuffix(got, c.ends) {
			t.Errorf("%s: quote %q, want %q … %q", c.seed, got, c.begins, c.ends)
		}
	}
}

func TestUnclosedQuoteDoesNotSwallow(t *testing.T) {
	text := seedText(t, "003")
	q := quoteWith(t, text, detectQuotes(text), "Russian airstrikes will not cease")
	if strings.Contains(q.Text(text), "However, Kerry indicated") {
		t.Errorf("unclosed quote runs into the next paragraph: %q", q.Text(text))
	}
	q = quoteWith(t, text, detectQuotes(text), "Russia has indicated")
	if strings.Contains(q.Text(text), "Without naming") {
		t.Errorf("quote with a lost closing mark swallows the narrative: %q", q.Text(text))
	}
}

func TestQuoteScanner(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"curly", `He said “it’s over” today.`, []string{"“it’s over”"}},
		{"straight", `He said "it's over" today.`, []string{`"it's over"`}},
		{"apostrophes", `Aleppo's siege and the Russians' planes, "it's bad," he said.`, []string{`"it's bad,"`}},
		{"nested single", `“He told me ‘no way’ and left,” she said.`, []string{"“He told me ‘no way’ and left,”"}},
		{"nested straight", `"She called it "a farce" twice," he said.`, []string{`"She called it "a farce" twice,"`}},
		{"mixed marks", `“One,” he said. "Two." `, []string{"“One,”", `"Two."`}},
		{"over paragraphs", "“First part.\n\n“Second part,” he said.\n\nNext.", []string{"“First part.\n\n“Second part,”"}},
		{"unclosed", "“Never closed here.\n\nPlain narrative follows.", []string{"“Never closed here."}},
		{"top-level single", `Kerry: ‘This has to stop’`, []string{"‘This has to stop’"}},
		{"no quotes", `Plain text with it's and Russians' only.`, nil},
	}
	for _, c := range cases {
		var got []string
		for _, p := range qScanQuotes(c.text) {
			got = append(got, c.text[p.start:p.end])
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestQuoteOffsets checks exact byte offsets; the other tests check text,
// which is easier to write.
func TestQuoteOffsets(t *testing.T) {
	text := "Kerry said: “We – all of us – agree,” he added. Then \"no,\" Lavrov said."
	spans := detectQuotes(text)
	if len(spans) != 2 {
		t.Fatalf("got %d quotes, want 2", len(spans))
	}
	first, second := spans[0], spans[1]
	if want := strings.Index(text, "“We"); first.Start != want {
		t.Errorf("first.Start = %d, want %d", first.Start, want)
	}
	if want := strings.Index(text, "agree,”") + len("agree,”"); first.End != want {
		t.Errorf("first.End = %d, want %d", first.End, want)
	}
	if want := strings.Index(text, "he added"); first.SpeakerStart != want || first.SpeakerEnd != want+2 {
		t.Errorf("first speaker at %d:%d, want %d:%d", first.SpeakerStart, first.SpeakerEnd, want, want+2)
	}
	if first.Speaker != "Kerry" {
		t.Errorf("first.Speaker = %q, want Kerry", first.Speaker)
	}
	if want := strings.Index(text, `"no,"`); second.Start != want || second.End != want+5 {
		t.Errorf("second at %d:%d, want %d:%d", second.Start, second.End, want, want+5)
	}
	if want := strings.Index(text, "Lavrov"); second.SpeakerStart != want || second.SpeakerEnd != want+len("Lavrov") {
		t.Errorf("second speaker at %d:%d, want %d", second.SpeakerStart, second.SpeakerEnd, want)
	}
}

// checkQuoteSpans reports a broken invariant of the quote spans of text.
func checkQuoteSpans(t *testing.T, text string, spans []Span) {
	t.Helper()
	if err := checkSpans(text, spans); err != nil {
		t.Fatal(err)
	}
	for _, s := range spans {
		if s.Kind != Quote {
			t.Fatalf("span %+v is not a quote", s)
		}
	}
}

func TestQuoteSpansOnSeedsAreWellFormed(t *testing.T) {
	for _, seed := range []string{"000", "001", "002", "003", "004"} {
		text := seedText(t, seed)
		checkQuoteSpans(t, text, detectQuotes(text))
	}
}

func FuzzQuotes(f *testing.F) {
	for _, seed := range []string{"000", "001", "002", "003", "004"} {
		f.Add(seedText(f, seed))
	}
	f.Add("“a\n\n“b ‘c’ \"d\" it’s”")
	f.Add("\"\"\"“”‘’'\n:\n")
	for _, s := range []string{"\u202a”Hi,” he said", `"a," Will`, "“A,” said “", "Update: \"", "X (D): “", "\"“a”\n\"b “c” d”", "“A B C D” by"} {
		f.Add(s) // excerpt marks, titles, labels and lost punctuation
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkQuoteSpans(t, text, detectQuotes(text))
	})
}

func BenchmarkQuotes(b *testing.B) {
	benchDetector(b, quoteDetector{}, Doc{Text: allSeedsText(b)})
}

// TestQuoteSpeakersWithActors runs the whole pipeline, so speakers are
// named by the actor detector's canonical actors.
func TestQuoteSpeakersWithActors(t *testing.T) {
	cases := []struct{ seed, quote, speaker string }{
		{"000", "This has to stop", "Kerry"},
		{"000", "Our principal concern about Aleppo", "Earnest"},
		{"001", "They are not precision bombs", "Kerry"},
		{"004", "We're not looking at joint operations", "Toner"},
		// "He" after "a phone call to … Sergei Lavrov": the subject, not the object
		{"002", "grave concern", "Kerry"},
	}
	for _, c := range cases {
		text := seedText(t, c.seed)
		var quotes []Span
		for _, s := range Analyze(text) {
			if s.Kind == Quote {
				quotes = append(quotes, s)
			}
		}
		q := quoteWith(t, text, quotes, c.quote)
		if !strings.Contains(q.Speaker, c.speaker) {
			t.Errorf("%s %q: speaker %q (mention %q), want %q", c.seed, c.quote, q.Speaker, text[q.SpeakerStart:q.SpeakerEnd], c.speaker)
		}
	}
}

func TestIsShortQuote(t *testing.T) {
	text := seedText(t, "000")
	spans := detectQuotes(text)
	if q := quoteWith(t, text, spans, "a broad ceasefire"); !IsShortQuote(text, q) {
		t.Errorf("%q is not short", q.Text(text))
	}
	if q := quoteWith(t, text, spans, "This has to stop"); IsShortQuote(text, q) {
		t.Errorf("%q is short", q.Text(text))
	}
}

// BenchmarkQuotesWithActors times the quote detector as the pipeline runs
// it: with the actor detector's spans already in the Doc, so speakers are
// named from them rather than by the detector's own fallback.
func BenchmarkQuotesWithActors(b *testing.B) {
	text := allSeedsText(b)
	a := Default()
	d := &Doc{Text: text}
	for _, det := range a.detectors {
		if det.kind() == Actor {
			d.Spans[Actor] = det.detect(d)
		}
	}
	benchDetector(b, quoteDetector{}, *d)
}

// TestQuoteJoins checks how quotations are joined into one span or kept
// apart: partial quotations linked by a few words join; a new
// introduction, a second reporting verb or an attribution of their own
// keeps them apart; an unattributed paragraph after an attribution
// continues the quotation.
func TestQuoteJoins(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // the quote spans' texts
	}{
		{"partials", `He said the deal was “a big, big problem” but “nobody wants to talk about it.”`,
			[]string{"“a big, big problem” but “nobody wants to talk about it.”"}},
		{"partials with a pronoun between", `She said it was “very swollen,” she was “rushed off to hospital” then.`,
			[]string{"“very swollen,”", "“rushed off to hospital”"}},
		{"interrupted", `“We will win,” Kerry said. “And we will win big.”`,
			[]string{"“We will win,” Kerry said. “And we will win big.”"}},
		{"colon", `“We will win,” Kerry said, adding: “The talks go on.”`,
			[]string{"“We will win,”", "“The talks go on.”"}},
		{"second verb", `“We will win,” Kerry said, adding, “The talks go on.”`,
			[]string{"“We will win,”", "“The talks go on.”"}},
		{"own attribution", `“Look at this,” Franken said. Silverman replied, “Not now.”`,
			[]string{"“Look at this,”", "“Not now.”"}},
		{"next paragraph", "“The ceasefire has to hold,” said John Kirby.\n\n“Nobody can afford another winter of this.”\n\nThe talks resume on Monday.",
			[]string{"“The ceasefire has to hold,” said John Kirby.\n\n“Nobody can afford another winter of this.”"}},
	}
	for _, c := range cases {
		if got, want := quoteTexts(c.text), strings.Join(c.want, "|"); got != want {
			t.Errorf("%s: got %q, want %q", c.name, got, want)
		}
	}
}

// TestQuoteNonQuotes checks that marked stretches that are not quotations
// are left out: headline single quotes in a text that quotes in double
// marks, transcript turns, titles after a possessive and markup attribute
// values.
func TestQuoteNonQuotes(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"headline singles", "Kerry Says Russia Is ‘Bombing Civilians Without Any Care’.\n\n“This has to stop,” Kerry said. “Nobody can accept it.”\n\nLavrov called it “a lie.”",
			[]string{"“This has to stop,” Kerry said. “Nobody can accept it.”", "“a lie.”"}},
		{"british singles kept", "‘This has to stop,’ Kerry said. ‘It is a disgrace.’",
			[]string{"‘This has to stop,’", "‘It is a disgrace.’"}},
		{"transcript", "\"WALLACE: Why would he do that? Tell me about it.\n\n\"PENCE: Well, look, it is serious business.\n\n\"(CROSSTALK.)",
			nil},
		{"owned title", `Earnest told CNN’s “State of the Union Weekly Show” that “the bombing must stop at once.”`,
			[]string{"“the bombing must stop at once.”"}},
		{"attribute", `<tweet author="@StateDept" date="Feb 5">“We will not stop,” said Kerry.`,
			[]string{"“We will not stop,”"}},
	}
	for _, c := range cases {
		if got, want := quoteTexts(c.text), strings.Join(c.want, "|"); got != want {
			t.Errorf("%s: got %q, want %q", c.name, got, want)
		}
	}
}

// mentionCase is a quotation in a text and the speaker mention expected
// for it ("" for none).
type mentionCase struct{ name, text, quote, mention string }

// checkMentions detects the quotations of each case's text and checks
// the speaker mention of the one holding the case's quote words.
func checkMentions(t *testing.T, cases []mentionCase) {
	t.Helper()
	for _, c := range cases {
		q := quoteWith(t, c.text, detectQuotes(c.text), c.quote)
		got := ""
		if q.Attributed() {
			got = c.text[q.SpeakerStart:q.SpeakerEnd]
		}
		if got != c.mention {
			t.Errorf("%s: mention %q, want %q", c.name, got, c.mention)
		}
	}
}

// TestQuoteAttributionForms checks speaker mentions in forms the seeds do
// not have.
func TestQuoteAttributionForms(t *testing.T) {
	cases := []mentionCase{
		{"signature on the line", "“We need law and order in this country.” ― Maria Lopez\n“Trump scares me every single day.”\u00a0― Jose Ruiz", "scares me", "Jose Ruiz"},
		{"next sentence is not the attribution", `Toner called the strikes "a clear violation of the agreement." He said Moscow must stop.`, "clear violation", "Toner"},
		{"loose verb", `"This is fantastic!" beamed Donald Hartley of Madison.`, "fantastic", "Donald Hartley"},
		{"loose subject", `"Look at all these people here," Bennett shot back with a laugh.`, "all these people", "Bennett"},
		{"appositive", `"It is a disgrace," Katie Packer, who chairs the group, said in a statement.`, "disgrace", "Katie Packer"},
		{"according to", `"Delegates may vote as they wish," Walker said, according to an Associated Press account.`, "Delegates", "Associated Press"},
		{"parenthesis before appositive", `"They would just go get them," Rep. Jim Jordan (R-Ohio), an oversight panel member, said.`, "go get them", "Jim Jordan"},
		{"abbreviation then comma", `"Both of them scare me," Harry Bond, 30, of Raleigh, N.C., who was polled, said in an interview.`, "scare me", "Harry Bond"},
		{"time word", `Priebus later Thursday told Fox News: "Both of them are meeting next week."`, "meeting next week", "Priebus"},
		{"descriptors before the name", `Republican presidential front-runner Donald Trump is asking whether he would have gone "if it were held in a mosque."`, "in a mosque", "Donald Trump"},
		{"initials", `"This is a disgusting day," said Rep. G.K. Butterfield (D-N.C.), head of the caucus.`, "disgusting day", "G.K. Butterfield"},
		{"participle after a name", `The ad uses footage of Hillary Clinton asking, "Why aren't I far ahead, you might ask?"`, "far ahead", "Hillary Clinton"},
		{"comma then subject and verb", `"Boots on the ground" would be appropriate, Republican candidate Ben Carson said after the attacks.`, "Boots", "Ben Carson"},
		{"comma then inverted verb", `"We are extremely happy" about the decision, said RoseAnn DeMoro, director of the union, a group that left.`, "extremely happy", "RoseAnn DeMoro"},
		{"noun phrase after", `"The facts have not changed," a spokesman for committee Democrats said.`, "facts have not", "a spokesman for committee Democrats"},
		{"noun that is a verb", `"We are tying their hands," state Sen. Jason Holsman (D) said on Tuesday.`, "tying their hands", "Jason Holsman"},
		{"no carry into a new sentence", `Trump called it "a disaster." Both men have used rough language lately, with one of them vowing to "bomb them all into oblivion."`, "oblivion", ""},
	}
	checkMentions(t, cases)
}

func TestQuoteRelativeSpeaker(t *testing.T) {
	text := `The move drew a rebuke from Barack Obama, who called the plan "unfit for a great nation."`
	q := quoteWith(t, text, detectQuotes(text), "unfit for")
	if got := text[q.SpeakerStart:q.SpeakerEnd]; got != "who" {
		t.Errorf("mention %q, want who", got)
	}
	if q.Speaker != "Barack Obama" {
		t.Errorf("speaker %q, want Barack Obama", q.Speaker)
	}
}

func TestQuotePassiveSpeaker(t *testing.T) {
	text := `Sanders was asked by host Bill Maher, who backs him, "Now, will you endorse her?"`
	q := quoteWith(t, text, detectQuotes(text), "will you endorse")
	if got := text[q.SpeakerStart:q.SpeakerEnd]; got != "Bill Maher" {
		t.Errorf("mention %q, want Bill Maher", got)
	}
}
