package highlight

import (
	"strings"
	"testing"
)

// quoteTexts returns the texts of the quote spans the detector finds in
// text, joined by "|".
func quoteTexts(text string) string {
	var got []string
	for _, s := range detectQuotes(text) {
		got = append(got, s.Text(text))
	}
	return strings.Join(got, "|")
}

// TestQuoteTitlesDropped checks that the names of works and headlines set
// in quotation marks, with nobody saying them, are not taken as quotes,
// nor is an unattributed quotation whose closing mark never comes, while
// short nicknames and attributed words in capitals stay.
func TestQuoteTitlesDropped(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"show name", `Two hours after the interview aired on “The Late Show with Stephen Colbert” the governor changed course.`, ""},
		{"headline in capitals", "Leaders met in Hanoi on Monday.\n“EVERY VOTE WILL COUNT IN THE END”\nThe count went on.", ""},
		{"heading after reported speech", "Obama also announced new aid for the region.\n“VOTERS WILL DECIDE IN THE END”\nMore followed.", ""},
		{"credited headline", `TONIGHT—"Old theatre on Main Street will close its doors in March," by the Gazette's Ann Lee: "The owners said costs rose."`,
			`"The owners said costs rose."`},
		{"nickname stays", `He kept calling his rival “Little Marco” at rallies.`, "“Little Marco”"},
		{"attributed capitals stay", `“This Is Not Over Yet,” Kerry said.`, "“This Is Not Over Yet,”"},
		{"passive agent is no byline", `The hearings were called “a partisan witch hunt” by Democrats.`, "“a partisan witch hunt”"},
		{"unclosed excerpt", "From Ann Lee writing at the Gazette:\n\n\"The mill closed in the spring and the town has not been the same since.\n\nNobody expected the vote to go this way.", ""},
		{"unclosed with a speaker stays", "Lee said: \"The mill closed in the spring and the town never recovered\n\nNobody expected the vote.",
			"\"The mill closed in the spring and the town never recovered"},
	}
	for _, c := range cases {
		if got := quoteTexts(c.text); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestQuoteSpeakerForms checks speaker mentions that the seeds do not
// show: a name ending in -ly opening the sentence, a sentence opening
// with its reporting verb, a name alone before a colon, a verb that names
// its addressee first, "pointed out", a name spelt like an auxiliary, and
// speakers after the quotation with an abbreviation in capitals in their
// title, a second speaker joined by "and", or the place they are from;
// the speaker of reported speech ending the paragraph before, the owner
// of a post, and the subject of a subordinate clause that holds the
// quotation rather than the main clause after it.
func TestQuoteSpeakerForms(t *testing.T) {
	cases := []mentionCase{
		{"-ly name", `Kelly Ayotte threw her support behind the bill on Monday, calling it a “sensible step for working families.”`, "sensible step", "Kelly Ayotte"},
		{"-ly adverb", `The vote was close. Finally, the senator conceded that it was “a bitter night for all of us.”`, "bitter night", "the senator"},
		{"opening verb", `The old school was torn down in May. Said Maria Ortiz, who taught there for years, “We all cried that day.”`, "cried that day", "Maria Ortiz"},
		{"label", "Both candidates were asked about the war.\n\nSanders: \"We have to end it, and end it soon.\"", "end it soon", "Sanders"},
		{"label with party", `Sen. Tim Kaine (D-Va.): "That is simply not what the law says."`, "not what the law", "Tim Kaine"},
		{"opener is no label", `Update: "The polls will stay open until nine tonight."`, "polls will stay", ""},
		{"addressee then that", `Months later, Warren tells radio host Dan Moore that rivals who lose should "toughen up and move on."`, "toughen up", "Warren"},
		{"name spelt like an auxiliary", `"The party has lost its way on trade," Will wrote in his column.`, "lost its way", "Will"},
		{"capitals abbreviation in the title", `"We will vote for him on the first ballot!" US Senator Ann Lee said as the roll call began.`, "first ballot", "Ann Lee"},
		{"two speakers", `"This ruling is a loss for every voter," state Senate leader Phil Berg and House Speaker Tom Moss, both Democrats, said in a statement.`, "every voter", "Tom Moss"},
		{"name of a place", `"The test would be a stretch for them," Jeffrey Lee of the Center for Arms Control Studies wrote in May.`, "a stretch", "Jeffrey Lee"},
		{"reported speech before the paragraph", "Carter said the United States would not leave the region.\n\n“That is because this region matters more than any other.”", "this region matters", "Carter"},
		{"noun spelt like a verb", "Lee praised the governor for his work in a heavily Democratic state.\n\n“We need someone who can get things done.”", "get things done", "Lee"},
		{"possessor of a post", `From Bush's Facebook post: "We must move past the anger in this race."`, "move past", "Bush"},
		{"subordinate clause", `While Warren admitted on Monday that a win would be "very hard" this year, her campaign has argued otherwise.`, "very hard", "Warren"},
		{"subordinate clause with a coordinated verb", `When Lee later turned to the shooting and said he would "protect every one of you," the crowd cheered.`, "protect every", "Lee"},
		{"participle after the subordinator", `After saying her knee was "so swollen I could barely walk," she was rushed to a hospital.`, "so swollen", "she"},
		{"main clause after the comma", `As the crowd began to chant, Lee joined the senator on stage and joked, "You are all being ridiculous tonight."`, "ridiculous", "Lee"},
		{"long opening phrase", `Addressing the members of the state party at their annual dinner on Thursday, Warren described a city of "honesty and hard work."`, "honesty and hard work", "Warren"},
		{"possessive subject with an irregular verb", `In responding on Friday, Warren's campaign took the unusual step of accusing the agencies of "secrecy run amok."`, "secrecy run amok", "Warren's campaign"},
		{"contraction is no possessive", `It's become clear that nobody has "a plan for the coming winter."`, "a plan for", ""},
		{"pointed out", `As the columnist Ann Lee pointed out in May, "No campaign has ever won without the suburbs."`, "No campaign", "Ann Lee"},
	}
	checkMentions(t, cases)
}

// TestQuoteJoinAcrossShowTitle checks that a quotation interrupted by an
// attribution that names a show in quotation marks is joined like any
// other interrupted quotation, and that only marks around titles let an
// attribution clause through.
func TestQuoteJoinAcrossShowTitle(t *testing.T) {
	text := `"We are not going anywhere," Warren said on CBS's "Face the Nation." "This fight is just starting."`
	if got := quoteTexts(text); got != text {
		t.Errorf("show title: got %q", got)
	}
	marks := []struct {
		gap  string
		want bool
	}{
		{`Warren said on CBS's "Face the Nation."`, true},
		{`Warren said, calling it "a disgrace."`, false},
		{`Warren said on "Face the Nation`, false},
		{`Warren said.`, true},
	}
	for _, m := range marks {
		if got := qOnlyTitlesMarked(m.gap, 0, len(m.gap)); got != m.want {
			t.Errorf("qOnlyTitlesMarked(%q) = %v, want %v", m.gap, got, m.want)
		}
	}
}

// TestQuoteScannerDirectionMark checks that a paragraph opening with a
// direction mark and then a closing mark facing the wrong way still opens
// a quotation, as it does with no direction mark.
func TestQuoteScannerDirectionMark(t *testing.T) {
	for _, lead := range []string{"", "\u202a"} {
		text := "Readers answered at once.\n\n" + lead + "”Stay safe out there, all of you!!” wrote Ann Lee."
		got := quoteTexts(text)
		if got != "”Stay safe out there, all of you!!”" {
			t.Errorf("lead %q: got %q", lead, got)
		}
	}
}

// TestQuoteJoinLostPunctuation checks that a quotation interrupted by an
// attribution that lost its punctuation, or that goes on with a
// capitalised "But", is joined, while a verb that takes the next
// quotation as its object keeps the two apart.
func TestQuoteJoinLostPunctuation(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"no full stop", `“We are going to win this,” Lee said “And nobody will stop us.”`,
			`“We are going to win this,” Lee said “And nobody will stop us.”`},
		{"capital but", `“It is not over,” he said outside the hall. But “we have work to do.”`,
			`“It is not over,” he said outside the hall. But “we have work to do.”`},
		{"object of the verb", `“Go home, Lee,” the protesters chanted “Lee must go now.”`,
			`“Go home, Lee,”|“Lee must go now.”`},
	}
	for _, c := range cases {
		if got := quoteTexts(c.text); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestQuoteExcerptMarks checks that straight marks opening each paragraph
// of an excerpt, with curly quotations inside, do not make the paragraphs
// quotations, while a straight mark closed by a curly one still opens a
// quotation.
func TestQuoteExcerptMarks(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"excerpt", "From Ann Lee writing at the Gazette:\n\n\"The mayor tried to laugh it off, saying, “Only on a Tuesday.” But the council was not amused.\n\n\"Nobody on the council called it “a serious plan for the town.”",
			"“Only on a Tuesday.”|“a serious plan for the town.”"},
		{"mixed marks", "\"I know. I know. That is why this is a dangerous moment,” Henry said.",
			"\"I know. I know. That is why this is a dangerous moment,”"},
	}
	for _, c := range cases {
		if got := quoteTexts(c.text); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
