package export

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// needTool skips the test when a poppler-utils program is missing.
func needTool(t testing.TB, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		t.Skipf("%s not found: install poppler-utils (apt-get install poppler-utils) to run this test", name)
	}
}

// savePDF writes pdf bytes to a temporary file and returns its path.
func savePDF(t testing.TB, pdf []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// run runs a command and returns its standard output.
func run(t testing.TB, name string, args ...string) string {
	t.Helper()
	needTool(t, name)
	var out, errb bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, errb.String())
	}
	return out.String()
}

// pdfText extracts a PDF's text with pdftotext, optionally only within a
// region (x, y, w, h in points; w == 0 for the whole page).
func pdfText(t testing.TB, path string, region ...int) string {
	args := []string{"-enc", "UTF-8"}
	if len(region) == 4 {
		args = append(args, "-r", "72", "-x", strconv.Itoa(region[0]), "-y", strconv.Itoa(region[1]), "-W", strconv.Itoa(region[2]), "-H", strconv.Itoa(region[3]))
	}
	return run(t, "pdftotext", append(args, path, "-")...)
}

// render rasterises one page with pdftoppm, in colour or greyscale.
func render(t testing.TB, path string, page, dpi int, gray bool) image.Image {
	t.Helper()
	prefix := filepath.Join(t.TempDir(), "page")
	args := []string{"-png", "-r", strconv.Itoa(dpi), "-f", strconv.Itoa(page), "-l", strconv.Itoa(page), "-singlefile"}
	if gray {
		args = append(args, "-gray")
	}
	run(t, "pdftoppm", append(args, path, prefix)...)
	f, err := os.Open(prefix + ".png")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// pageCount asks pdfinfo how many pages a PDF has.
func pageCount(t testing.TB, path string) int {
	for _, ln := range strings.Split(run(t, "pdfinfo", path), "\n") {
		if v, ok := strings.CutPrefix(ln, "Pages:"); ok {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	t.Fatal("pdfinfo gave no page count")
	return 0
}

// words splits s into words reduced to their letters and digits, dropping
// tokens with neither (dashes, lone quote marks).
func words(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		w := strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return unicode.ToLower(r)
			}
			return -1
		}, f)
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// inOrder matches want against got word by word, skipping words of got
// that want lacks (headers, margin letters, the summary). It returns the
// index of the first word of want it could not place (-1 when all were
// placed) and the words skipped between the first and last placed word.
func inOrder(want, got []string) (missing int, skipped []string) {
	j := 0
	for i, w := range want {
		k := j
		for k < len(got) && got[k] != w {
			k++
		}
		if k == len(got) {
			return i, skipped
		}
		if i > 0 {
			skipped = append(skipped, got[j:k]...)
		}
		j = k + 1
	}
	return -1, skipped
}

// checkInOrder fails unless the words of want appear in got in order with
// nothing between them but words allowed says may come between (page
// furniture and margin letters).
func checkInOrder(t *testing.T, want, got string, allowed func(string) bool) {
	t.Helper()
	ww, gw := words(want), words(got)
	miss, skipped := inOrder(ww, gw)
	if miss >= 0 {
		t.Fatalf("word %d %q of the text not found in order in the PDF's text (context: %q)", miss, ww[miss], ww[max(0, miss-5):min(len(ww), miss+5)])
	}
	for _, s := range skipped {
		if !allowed(s) {
			t.Errorf("the PDF's text has %q among the article's words", s)
		}
	}
}
