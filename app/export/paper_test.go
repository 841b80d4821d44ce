package export

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

func TestLocaleLetter(t *testing.T) {
	for _, tt := range []struct {
		env  map[string]string
		want bool
	}{
		{map[string]string{"LANG": "en_US.UTF-8"}, true},
		{map[string]string{"LANG": "en_CA.UTF-8"}, true},
		{map[string]string{"LANG": "fr_CA"}, true},
		{map[string]string{"LANG": "es_MX.utf8@x"}, true},
		{map[string]string{"LANG": "en-us"}, true},
		{map[string]string{"LANG": "en_GB.UTF-8"}, false},
		{map[string]string{"LANG": "de_DE.UTF-8"}, false},
		{map[string]string{"LANG": "C.UTF-8"}, false},
		{map[string]string{"LANG": "en"}, false},
		{map[string]string{}, false},
		{map[string]string{"LANG": "en_US.UTF-8", "LC_PAPER": "de_DE.UTF-8"}, false},  // LC_PAPER over LANG
		{map[string]string{"LC_PAPER": "en_GB.UTF-8", "LC_ALL": "en_US.UTF-8"}, true}, // LC_ALL over all
	} {
		if got := localeLetter(func(k string) string { return tt.env[k] }); got != tt.want {
			t.Errorf("%v: Letter %v, want %v", tt.env, got, tt.want)
		}
	}
}

func TestIsLetterPrefersTheChoiceMade(t *testing.T) {
	us := func(string) string { return "en_US.UTF-8" }
	if IsLetter(PaperA4, us) || !IsLetter(PaperLetter, func(string) string { return "" }) || !IsLetter("", us) {
		t.Error("a chosen paper should win over the locale, which decides only when none is chosen")
	}
}

// pageSize is the size pdfinfo gives a PDF's first page ("612 x 792 pts
// (letter)").
func pageSize(t testing.TB, path string) string {
	t.Helper()
	for _, ln := range strings.Split(run(t, "pdfinfo", path), "\n") {
		if v, ok := strings.CutPrefix(ln, "Page size:"); ok {
			return strings.TrimSpace(v)
		}
	}
	t.Fatal("pdfinfo gave no page size")
	return ""
}

// TestPaperSizeOfEachPDF checks with pdfinfo that Options.Letter changes
// the pages of the article PDF and of the comparison PDF.
func TestPaperSizeOfEachPDF(t *testing.T) {
	d := seedDoc(t)
	for _, tt := range []struct {
		letter bool
		want   string
	}{{false, "595.28 x 841.89 pts (A4)"}, {true, "612 x 792 pts (letter)"}} {
		opt := Options{Letter: tt.letter}
		for name, write := range map[string]func(io.Writer) error{
			"article":    func(w io.Writer) error { return WritePDF(w, d, opt) },
			"comparison": func(w io.Writer) error { return WriteComparePDF(w, d, d, opt) },
		} {
			var buf bytes.Buffer
			if err := write(&buf); err != nil {
				t.Fatal(err)
			}
			if got := pageSize(t, savePDF(t, buf.Bytes())); got != tt.want {
				t.Errorf("%s PDF, Letter %v: page size %q, want %q", name, tt.letter, got, tt.want)
			}
		}
	}
}
