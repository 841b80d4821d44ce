package export

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
	"testing"

	"slant/app"
	"slant/highlight"
)

func TestSafeCell(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`=HYPERLINK("http://x","click")`, `'=HYPERLINK("http://x","click")`},
		{"+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"},
		{"\t=1+1", "'\t=1+1"},
		{"\r=1+1", "'\r=1+1"},
		{"\x00=1+1", "'\x00=1+1"},
		{"-", "'-"},
		{"-Inf", "'-Inf"},
		{"-1+1", "'-1+1"},
		{"--3", "'--3"},
		{"-A1", "'-A1"},
		{"- 3.5", "'- 3.5"},
		// Plain numbers stay numbers.
		{"-3.5", "-3.5"},
		{"+12", "+12"},
		{"-1,234.5", "-1,234.5"},
		{"-3,5", "-3,5"},
		{"-0.5%", "-0.5%"},
		{"-.5", "-.5"},
		// Anything else is left as it is.
		{"", ""},
		{"quote", "quote"},
		{"1=1", "1=1"},
		{" =1+1", " =1+1"},
		{"'=already text", "'=already text"},
		{"speaker: =X", "speaker: =X"},
	} {
		if got := SafeCell(tt.in); got != tt.want {
			t.Errorf("SafeCell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// hostileDoc is an article written to attack whoever opens its CSV: a
// formula as its title, a quote that starts with +, a loaded term that is
// a function call (as a user's own lexicon could make it), a speaker and
// an actor named by formulas, and a negative figure, which must stay a
// number.
func hostileDoc() *app.Document {
	title := `=HYPERLINK("http://x","click")`
	text := title + "\n\n" +
		`Officials said +cmd|' /C calc'!A0 was fine. Critics called it @SUM(A1). ` +
		`-Mallory agreed with =Eve. The index fell by -3.5 points.`
	at := func(s string) (int, int) { i := strings.Index(text, s); return i, i + len(s) }
	var spans []highlight.Span
	add := func(s string, sp highlight.Span) {
		sp.Start, sp.End = at(s)
		spans = append(spans, sp)
	}
	add(title, highlight.Span{Kind: highlight.Actor, Actor: title, ActorType: highlight.Organization})
	add("+cmd|' /C calc'!A0", highlight.Span{Kind: highlight.Quote, Speaker: "=Eve"})
	add("@SUM(A1)", highlight.Span{Kind: highlight.Loaded, Category: "=1+1", Neutral: "@A2"})
	add("-Mallory", highlight.Span{Kind: highlight.Actor, Actor: "-Mallory", ActorType: highlight.Person})
	add("-3.5", highlight.Span{Kind: highlight.Figure, Value: -3.5, HasValue: true})
	highlight.SortSpans(spans)
	return &app.Document{Title: title, Text: text, Spans: spans}
}

// TestCSVGuardsAHostileArticle reads the CSV of a hostile article back
// with encoding/csv: no cell may start like a formula except the plain
// number, and each guarded cell is its text behind one quote mark.
func TestCSVGuardsAHostileArticle(t *testing.T) {
	d := hostileDoc()
	var b bytes.Buffer
	if err := WriteCSV(&b, d, Options{}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(b.String(), utf8BOM))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(d.Spans)+1 {
		t.Fatalf("%d rows, want %d", len(rows), len(d.Spans)+1)
	}
	guarded := 0
	for i, s := range d.Spans {
		text := rows[i+1][3]
		want := s.Text(d.Text)
		if text != want {
			guarded++
			want = "'" + want
		}
		if text != want {
			t.Errorf("row %d text %q, want %q", i+1, text, want)
		}
		for _, cell := range rows[i+1] {
			if cell != "" && strings.ContainsRune(formulaStart, rune(cell[0])) && cell != "-3.5" {
				t.Errorf("row %d: cell %q would run as a formula", i+1, cell)
			}
		}
	}
	if guarded != 4 {
		t.Errorf("%d text cells guarded, want 4 (title actor, quote, loaded term, -Mallory):\n%s", guarded, b.String())
	}
	if !strings.Contains(b.String(), "\r\nfigure,") || !strings.Contains(b.String(), ",-3.5,value: -3.5\r\n") {
		t.Errorf("the negative figure is not a plain -3.5 cell:\n%s", b.String())
	}
}

func ExampleSafeCell() {
	for _, cell := range []string{`=HYPERLINK("http://x","click")`, "@SUM(A1)", "-3.5", "Kerry"} {
		fmt.Println(SafeCell(cell))
	}
	// Output:
	// '=HYPERLINK("http://x","click")
	// '@SUM(A1)
	// -3.5
	// Kerry
}
