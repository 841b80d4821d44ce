package app

import (
	"path/filepath"
	"testing"
)

// checkMeta compares a document's metadata with want.
func checkMeta(t *testing.T, d *Document, want textMeta) {
	t.Helper()
	got := textMeta{Title: d.Title, Outlet: d.Outlet, Byline: d.Byline, Date: d.Date, Credit: d.Credit}
	if want.Credit == "" {
		got.Credit = ""
	}
	if got != want {
		t.Errorf("%s metadata:\n got  %+v\n want %+v", d.Path, got, want)
	}
}

// TestSeedMetadata checks each seed against the table in
// shared/seeds/README.md: the outlet as the text shows it and the date
// where the text gives one.
func TestSeedMetadata(t *testing.T) {
	want := map[string]textMeta{
		"000_a652a7b09379949b.txt": { // photo credit Reuters; closing sources "TRTWorld, AA"
			Title: "Kerry blames Russia for civilian casualties in Syria", Outlet: "TRT World",
			Date: "5 February 2016", Credit: "Photo: Reuters; Sources: TRTWorld, AA"},
		"001_496b24f0cfb8de73.txt": { // "By DW"; the text shows no date
			Title:  "US Secretary of State John Kerry has called on Russia to implement a ceasefire and end its bombing of Syria",
			Outlet: "DW"},
		"002_7cde9b3c88a5415a.txt": { // "Syria Daily", EA WorldView's series; "See Syria Daily, Sept 29"
			Title:  "US Secretary of State John Kerry has repeated his threat to cut off talks with Russia over Syria’s conflict, protesting the ongoing Russian-regime bombing of opposition areas of Aleppo city",
			Outlet: "EA WorldView", Date: "29 September"},
		"003_06334e2b46d6c5cd.txt": { // "February 06 – Scott Lucas – eaworldview – ..."
			Title:  "Despite Russian bombing across Syria that undermined the short-lived Geneva talks this week, US Secretary of State John Kerry has assured that Moscow wants a ceasefire",
			Outlet: "EA WorldView", Byline: "Scott Lucas", Date: "6 February"},
		"004_1965c992d649c648.txt": { // "Press TV’s website ..."; caption "on May 17, 2016. (photos by AFP)"
			Title:  "Kerry to Lavrov: Russia must stop Assad strikes",
			Outlet: "Press TV", Date: "17 May 2016", Credit: "Photos: AFP"},
	}
	for _, p := range seedPaths(t) {
		d, err := Read(p)
		if err != nil {
			t.Fatal(err)
		}
		w, ok := want[filepath.Base(p)]
		if !ok {
			t.Fatalf("no expectation for %s", p)
		}
		checkMeta(t, d, w)
		if w.Credit == "" && d.Credit != "" {
			t.Errorf("%s: unexpected credit %q", p, d.Credit)
		}
	}
}

func TestGuessMeta(t *testing.T) {
	tests := []struct {
		name, text string
		want       textMeta
	}{
		{"byline person", "A headline\n\nBy Jane Roe\n\nBody text.", textMeta{Title: "A headline", Byline: "Jane Roe"}},
		{"byline agency", "A headline\nBy AFP\nBody.", textMeta{Title: "A headline", Outlet: "AFP"}},
		{"dateline with year and site", "March 3, 2020 - Ann Lee - example.com - First words here. More.",
			textMeta{Title: "First words here", Outlet: "example.com", Byline: "Ann Lee", Date: "3 March 2020"}},
		{"wire dateline", "Kerry presses Russia\n\nWASHINGTON (Reuters) - U.S. Secretary of State John Kerry said on Friday.",
			textMeta{Title: "Kerry presses Russia", Outlet: "Reuters"}},
		{"dateline without byline", "Feb. 5, 2016 — Kerry said the bombing has to stop. He spoke in Washington.",
			textMeta{Title: "Kerry said the bombing has to stop", Date: "5 February 2016"}},
		{"own website in footer", "Title\n\nBody.\n\nDaily Planet's website is also at planet.example\n",
			textMeta{Title: "Title", Outlet: "Daily Planet"}},
		{"label lines skipped", "PHOTO: a caption\nBREAKING\n• bullet\nReal title here\n", textMeta{Title: "Real title here"}},
		{"run-together sentences", "He said so.The next one starts here and goes on for quite a while to make this line longer than a title should be, surely.",
			textMeta{Title: "He said so"}},
		{"abbreviations do not end a sentence", "Mr. Smith met U.S. officials on Feb. 5 in Washington and talked at length about the many things they disagreed on. Then left.",
			textMeta{Title: "Mr. Smith met U.S. officials on Feb. 5 in Washington and talked at length about the many things they disagreed on", Date: ""}},
		{"iso date in header", "Title\n\nPublished 2019-11-30\n\nBody.", textMeta{Title: "Title", Date: "30 November 2019"}},
		{"day month year", "Title\n\nUpdated 4 July 2021\n", textMeta{Title: "Title", Date: "4 July 2021"}},
		{"no false date", "Title\n\nIn March 2011 the war began. May the best win.\n", textMeta{Title: "Title"}},
		{"empty", "", textMeta{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := guessMeta(tt.text); got != tt.want {
				t.Errorf("guessMeta(%q)\n got  %+v\n want %+v", tt.text, got, tt.want)
			}
		})
	}
}

func TestFindDates(t *testing.T) {
	tests := []struct{ text, want string }{
		{"on Feb. 5, 2016.", "5 February 2016"},
		{"February 06 –", "6 February"},
		{"See Syria Daily, Sept 29:", "29 September"},
		{"on May 17, 2016", "17 May 2016"},
		{"the 1st of nothing, 31 December 1999", "31 December 1999"},
		{"2016-02-31 is no date but 2016-02-29 is", "29 February 2016"},
	}
	for _, tt := range tests {
		d, ok := firstDate(tt.text, false)
		if !ok || d.String() != tt.want {
			t.Errorf("firstDate(%q) = %v, %v; want %s", tt.text, d, ok, tt.want)
		}
	}
	for _, s := range []string{"since March 2011", "Decision 5", "may 5", "May 45", "1999-13-01"} {
		if d, ok := firstDate(s, false); ok {
			t.Errorf("firstDate(%q) = %v, want none", s, d)
		}
	}
}
