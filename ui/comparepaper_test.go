package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"slant/app"
	"slant/app/export"
)

// TestCompareViewPrintsOnTheReadersPaper checks that a comparison opened
// by the reader exports on the reader's paper, as it is now, not on what
// the settings file says (here nothing: a British locale's A4), and that
// one opened with no reader at hand falls back to that file.
func TestCompareViewPrintsOnTheReadersPaper(t *testing.T) {
	setLocale(t, "en_GB.UTF-8")
	t.Setenv(app.ConfigDirEnv, t.TempDir())
	fa := test.NewTempApp(t)
	docs := seedDocs(t)
	st := app.Settings{Paper: export.PaperLetter}
	cv := openCompareOn(fa, docs[0], docs[1], nil, &paperPref{settings: &st})
	t.Cleanup(cv.win.Close)
	if !cv.letter() {
		t.Error("the reader's US Letter is not used")
	}
	st.Paper = export.PaperA4
	if cv.letter() {
		t.Error("the reader's change to A4 is not followed")
	}
	cv.paper = nil
	if cv.letter() {
		t.Error("with no reader and nothing saved, a British locale gives Letter")
	}
}
