package exercise

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"slant/highlight"
)

// pdftotext returns the text poppler reads from the PDF at path, skipping
// the test when poppler-utils is not installed.
func pdftotext(t *testing.T, path string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed; install it to check the PDFs' text")
	}
	out, err := exec.Command("pdftotext", append(append(args, path), "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

// writePaper saves the worksheet or answer key of ex to a temporary file.
func writePaper(t *testing.T, ex *Exercise, save func(string, *Exercise, PaperOptions) error, name string) string {
	t.Helper()
	return writePaperOn(t, ex, save, name, PaperOptions{})
}

// writePaperOn is writePaper on the paper opt says.
func writePaperOn(t *testing.T, ex *Exercise, save func(string, *Exercise, PaperOptions) error, name string, opt PaperOptions) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := save(path, ex, opt); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("SLANT_EXERCISE_PDF_DIR"); dir != "" { // to look at them
		data, _ := os.ReadFile(path)
		_ = os.WriteFile(filepath.Join(dir, name), data, 0o644)
	}
	return path
}

func TestWorksheetHasTextLineNumbersAndNoKey(t *testing.T) {
	ex := fixture(t)
	text := pdftotext(t, writePaper(t, ex, SaveWorksheet, "worksheet.pdf"), "-layout")
	for _, want := range []string{"Kerry on Syria", "Find the quotes and the figures.", "Find and mark:",
		"Quotes (Q)", "Figures (F)", "Name", "Your answers", "The words quoted", "Who said them",
		"Staffan de Mistura", "Moscow’s", "100 sorties"} {
		if !strings.Contains(text, want) {
			t.Errorf("worksheet lacks %q", want)
		}
	}
	if strings.Contains(text, "Actors (A)") {
		t.Error("the worksheet asks for actors, which the exercise does not")
	}
	// Every fifth line is numbered: "5", "10", ... down the left margin.
	for _, n := range []string{"5", "10", "15", "20"} {
		if !regexp.MustCompile(`(?m)^\s*` + n + `\s{2,}\S`).MatchString(text) {
			t.Errorf("no line numbered %s in the margin", n)
		}
	}
	if strings.Contains(text, "in the key") {
		t.Error("the worksheet gives the key away")
	}
}

func TestAnswerKeyListsKeyWithWorksheetLines(t *testing.T) {
	for _, opt := range []PaperOptions{{}, {Letter: true}} {
		t.Run(paperName(opt), func(t *testing.T) { keyAgreesWithWorksheet(t, opt) })
	}
}

func paperName(opt PaperOptions) string {
	if opt.Letter {
		return "letter"
	}
	return "a4"
}

// keyAgreesWithWorksheet checks, on the paper opt says, that the answer
// key lists the key with the worksheet's line numbers, and that both
// papers are of that size.
func keyAgreesWithWorksheet(t *testing.T, opt PaperOptions) {
	ex := fixture(t)
	sheetPath := writePaperOn(t, ex, SaveWorksheet, "worksheet-"+paperName(opt)+".pdf", opt)
	keyPath := writePaperOn(t, ex, SaveAnswerKey, "key-"+paperName(opt)+".pdf", opt)
	want := map[bool]string{false: "595.28 x 841.89 pts (A4)", true: "612 x 792 pts (letter)"}[opt.Letter]
	for _, p := range []string{sheetPath, keyPath} {
		if got := pageSize(t, p); got != want {
			t.Errorf("%s: page size %q, want %q", filepath.Base(p), got, want)
		}
	}
	sheet := pdftotext(t, sheetPath, "-layout")
	key := pdftotext(t, keyPath, "-layout")
	for _, want := range []string{"Answer key", "The key, kind by kind", "Quotes (1)", "Figures (3)",
		"1 in the key", "3 in the key", "260,000", "100 sorties"} {
		if !strings.Contains(key, want) {
			t.Errorf("answer key lacks %q", want)
		}
	}
	// The key names the line of "This has to stop"; the worksheet has the
	// words on the line of that number.
	m := regexp.MustCompile(`(?m)^\s*(\d+)\s+"This has to stop,"`).FindStringSubmatch(key)
	if m == nil {
		t.Fatalf("the key does not list the quote with its line:\n%s", key)
	}
	if got := lineNumbered(t, sheet, m[1]); !strings.Contains(got, "This has to stop") {
		t.Errorf("the key says line %s; on the worksheet that line is %q", m[1], got)
	}
}

// pageSize is the size pdfinfo gives a PDF's first page.
func pageSize(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Skipf("pdfinfo (poppler-utils): %v", err)
	}
	for _, ln := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(ln, "Page size:"); ok {
			return strings.TrimSpace(v)
		}
	}
	t.Fatal("pdfinfo gave no page size")
	return ""
}

var furniture = regexp.MustCompile(`Slant · (worksheet|answer key)|^\s*(Worksheet|Answer key) · `)

// lineNumbered finds line n of the article in pdftotext -layout output: the
// text line numbered n, or the one that many lines below the last number.
func lineNumbered(t *testing.T, layout, n string) string {
	t.Helper()
	want := 0
	for _, c := range n {
		want = want*10 + int(c-'0')
	}
	num := regexp.MustCompile(`^\s*(\d+)\s{2,}(\S.*)$`)
	var body []string // lines of the article, in order, from line 1
	counting := false
	for _, ln := range strings.Split(layout, "\n") {
		if m := num.FindStringSubmatch(ln); m != nil {
			k := 0
			for _, c := range m[1] {
				k = k*10 + int(c-'0')
			}
			if k == 1 {
				counting, body = true, nil
			}
		}
		if furniture.MatchString(ln) {
			continue // running heads and footers between pages
		}
		if counting && strings.TrimSpace(ln) != "" {
			body = append(body, ln)
		}
		if counting && len(body) >= want {
			return body[want-1]
		}
	}
	t.Fatalf("no line %d on the worksheet", want)
	return ""
}

func TestPapersOfTwoArticles(t *testing.T) {
	a, b := seed(t, "000_a652a7b09379949b.txt"), seed(t, "001_496b24f0cfb8de73.txt")
	ex := New("Two accounts", "Compare the quotes.", []highlight.Kind{highlight.Quote, highlight.Loaded}, a, b)
	key := pdftotext(t, writePaper(t, ex, SaveAnswerKey, "key2.pdf"))
	sheet := pdftotext(t, writePaper(t, ex, SaveWorksheet, "sheet2.pdf"))
	for _, want := range []string{"Text A", "Text B", "Loaded terms ("} {
		if !strings.Contains(key, want) || !strings.Contains(sheet, want) {
			t.Errorf("papers of two articles lack %q", want)
		}
	}
	if !regexp.MustCompile(`(?m)^B \d+`).MatchString(key) {
		t.Error("the key does not name lines of the second text as B n")
	}
}

func TestPapersOfOddText(t *testing.T) {
	for _, text := range []string{"", "one", strings.Repeat("x", 3000), "tab\there\r\nand\x00nul \xff bad"} {
		ex := &Exercise{Format: ExerciseFormat, Version: FormatVersion, Title: "odd",
			Kinds: []string{"quote"}, Articles: []Article{{Text: text}}}
		if text != "" {
			_ = ex.AddKey(Mark{Start: 0, End: min(3, len(text)), Kind: "quote"})
		}
		var buf bytes.Buffer
		if err := WriteWorksheet(&buf, ex, PaperOptions{Letter: true}); err != nil || buf.Len() == 0 {
			t.Errorf("worksheet of %.20q: %v", text, err)
		}
		buf.Reset()
		if err := WriteAnswerKey(&buf, ex, PaperOptions{}); err != nil || buf.Len() == 0 {
			t.Errorf("answer key of %.20q: %v", text, err)
		}
	}
}
