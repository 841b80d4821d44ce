package app

import (
	"bytes"
	"errors"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"unicode/utf8"
)

// seedPaths are the bundled seed articles on disk.
func seedPaths(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob("../assets/samples/*.txt")
	if err != nil || len(paths) != 5 {
		t.Fatalf("want the 5 seeds in ../assets/samples, got %v (%v)", paths, err)
	}
	return paths
}

func TestLoadPlainTextIsTheFileUnchanged(t *testing.T) {
	for _, p := range seedPaths(t) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Load(p)
		if err != nil {
			t.Fatalf("Load(%s): %v", p, err)
		}
		if d.Text != string(data) || d.Format != FormatText || d.Encoding != EncUTF8 || !d.IndexesFile() {
			t.Errorf("%s: text must be the file's bytes unchanged (format %q, encoding %q)", p, d.Format, d.Encoding)
		}
		if d.Path != p {
			t.Errorf("Path = %q, want %q", d.Path, p)
		}
	}
}

func TestLoadMarkdown(t *testing.T) {
	d, err := Read("testdata/article.md")
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{
		"Kerry to Lavrov: Russia must stop Assad strikes",
		"US Secretary of State John Kerry has called on Russia to persuade the Syrian government to stop what he alleged to be strikes targeting civilians in Syria.",
		"What was said",
		`"We're not looking at joint operations," said Toner.`,
		"Kerry phoned Sergei Lavrov on Monday.",
		"The truce went into effect late February.",
		"Fish & chips inline html and code.",
	}, "\n\n")
	if d.Text != want {
		t.Errorf("text:\n%q\nwant\n%q", d.Text, want)
	}
	checkMeta(t, d, textMeta{Title: "Kerry to Lavrov: Russia must stop Assad strikes", Outlet: "Press TV",
		Byline: "Jane Roe", Date: "17 May 2016"})
	if d.Format != FormatMarkdown || d.IndexesFile() {
		t.Errorf("format %q, IndexesFile %v", d.Format, d.IndexesFile())
	}
}

func TestMarkdownTitleFromHeadingWithoutFrontMatter(t *testing.T) {
	d, err := ReadBytes("a.markdown", []byte("Intro line\n\n## Second\n\n# The Real Title\n\nBody *text* here.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "The Real Title" {
		t.Errorf("title %q, want the level-1 heading", d.Title)
	}
	if d.Text != "Intro line\n\nSecond\n\nThe Real Title\n\nBody text here." {
		t.Errorf("text %q", d.Text)
	}
}

func TestLoadHTML(t *testing.T) {
	d, err := Read("testdata/article.html")
	if err != nil {
		t.Fatal(err)
	}
	checkMeta(t, d, textMeta{Title: "Kerry to Lavrov: Russia must stop Assad strikes", Outlet: "Example News",
		Byline: "Jane Roe", Date: "17 May 2016"})
	for _, bad := range []string{"TRACKING", "STYLE RULE", "INLINE SCRIPT", "IMAGE ALT", "Home", "Menu header", "Copyright", "<", "&ldquo;", "By Jane Roe"} {
		if strings.Contains(d.Text, bad) {
			t.Errorf("article text contains %q:\n%s", bad, d.Text)
		}
	}
	if !strings.HasPrefix(d.Text, "Sergei Lavrov and John Kerry in Vienna.\n\nUS Secretary of State") {
		t.Errorf("the article must start with the caption, then the first paragraph:\n%s", d.Text)
	}
	for _, good := range []string{
		"Moscow has “special responsibility” over the strikes",
		"Mark Toner said.\nHe added",
		"\n\n\"We're not looking at joint operations,\" said Toner.",
	} {
		if !strings.Contains(d.Text, good) {
			t.Errorf("article text lacks %q:\n%s", good, d.Text)
		}
	}
	if strings.Contains(d.Text, "\n\n\n") || strings.TrimSpace(d.Text) != d.Text {
		t.Errorf("paragraphs must be separated by exactly one blank line: %q", d.Text)
	}
}

// TestHTMLNeverTouchesTheNetwork serves every resource a page refers to
// and checks that loading the page requests none of them.
func TestHTMLNeverTouchesTheNetwork(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Write([]byte("<p>fetched</p>"))
	}))
	defer srv.Close()
	page, err := os.ReadFile("testdata/article.html")
	if err != nil {
		t.Fatal(err)
	}
	page = bytes.ReplaceAll(page, []byte("http://127.0.0.1:1"), []byte(srv.URL))
	page = bytes.Replace(page, []byte("<head>"), []byte(`<head><base href="`+srv.URL+`/"><link rel="preload" href="`+srv.URL+`/x">`), 1)
	d, err := LoadBytes("page.html", page)
	if err != nil {
		t.Fatal(err)
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("loading the page made %d requests", n)
	}
	if strings.Contains(d.Text, "fetched") || strings.Contains(d.Text, srv.URL) {
		t.Errorf("fetched content or addresses in the text: %q", d.Text)
	}
}

func TestHTMLFullOfScriptsGivesCleanText(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><head><script>var a = 1; function track(){ return 'SCRIPT'; }</script></head><body>")
	for range 200 {
		b.WriteString(`<script type="text/javascript">window.dataLayer.push({"event":"SCRIPT"}); if (a < 3) { a++ }</script>`)
		b.WriteString(`<noscript><img src="x.gif">NOSCRIPT</noscript><style>.x{color:red}</style>`)
	}
	b.WriteString("<div><p>Kerry said the bombing “has to stop”.</p></div>")
	b.WriteString("<script>document.write('<p>SCRIPT paragraph</p>')</script></body></html>")
	d, err := ReadBytes("scripts.htm", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != "Kerry said the bombing “has to stop”." {
		t.Errorf("text %q, want only the paragraph", d.Text)
	}
}

func TestHTMLMetadataFallbacks(t *testing.T) {
	page := `<html><head><title>Kerry presses Russia</title></head><body><article>
<p><time datetime="2016-02-06T10:00:00Z">Saturday</time></p>
<p>By DW</p><p>Secretary of State Kerry said in Washington that Russia's bombing campaign was killing women and children.</p>
</article></body></html>`
	d, err := ReadBytes("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	checkMeta(t, d, textMeta{Title: "Kerry presses Russia", Outlet: "DW", Date: "6 February 2016"})
}

func TestHTMLSniffedWithoutExtension(t *testing.T) {
	d, err := ReadBytes("download", []byte("<!DOCTYPE html><html><head><title>T</title></head><body><p>Hello there, reader.</p></body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Format != FormatHTML || d.Text != "Hello there, reader." || d.Title != "T" {
		t.Errorf("format %q text %q title %q", d.Format, d.Text, d.Title)
	}
}

func TestEncodings(t *testing.T) {
	tests := []struct {
		file, enc, contains, title string
	}{
		{"testdata/utf16le-bom.txt", EncUTF16LE, "“This has to stop,” and the UN counted 40,000 displaced — café talk.", ""},
		{"testdata/utf16be.txt", EncUTF16BE, "“This has to stop,” and the UN counted 40,000 displaced — café talk.", ""},
		{"testdata/cp1252.txt", Enc1252, "“This has to stop,” he said – in Washington on Feb. 5, 2016. Café owners… worried.", "Kerry blames Russia"},
		{"testdata/latin1.html", Enc1252, "“Dumb bombs” fell, café closed.", "Latin"},
		{"testdata/koi8r.html", "koi8-r", "Москва - столица России.", "Москва"},
	}
	for _, tt := range tests {
		d, err := Read(tt.file)
		if err != nil {
			t.Errorf("%s: %v", tt.file, err)
			continue
		}
		if d.Encoding != tt.enc || !strings.Contains(d.Text, tt.contains) || !utf8.ValidString(d.Text) {
			t.Errorf("%s: encoding %q, text %q; want %q containing %q", tt.file, d.Encoding, d.Text, tt.enc, tt.contains)
		}
		if tt.title != "" && d.Title != tt.title {
			t.Errorf("%s: title %q, want %q", tt.file, d.Title, tt.title)
		}
		if d.IndexesFile() {
			t.Errorf("%s: decoded text cannot index the file", tt.file)
		}
	}
}

func TestUTF8WithStrayBytesStaysUTF8(t *testing.T) {
	body := strings.Repeat("Kerry said Russia’s bombing campaign was killing women and children. ", 4)
	d, err := ReadBytes("stray.txt", []byte(body+"“Dumb bombs,” he said \x97 in café\xA0terms.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != body+"“Dumb bombs,” he said \uFFFD in café\uFFFDterms.\n" || d.Encoding != EncUTF8Fix || d.IndexesFile() {
		t.Errorf("text %q encoding %q", d.Text, d.Encoding)
	}
}

func TestUTF8BOMIsDropped(t *testing.T) {
	d, err := ReadBytes("bom.txt", []byte("\xEF\xBB\xBFTitle line\n\nBody."))
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != "Title line\n\nBody." || d.Encoding != EncUTF8BOM || d.Title != "Title line" {
		t.Errorf("text %q encoding %q title %q", d.Text, d.Encoding, d.Title)
	}
}

// writeTemp writes data to name in a fresh temporary folder.
func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	writeFile(t, p, data)
	return p
}

func TestBadInput(t *testing.T) {
	big := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxFileSize + 1); err != nil { // sparse: takes no disk space
		t.Fatal(err)
	}
	f.Close()
	undecodable := bytes.Repeat([]byte{'a', 0x81, 0x8D, 0x8F, 0x90, 0x9D, ' '}, 20)
	tests := []struct {
		name, path string
		want       error
		words      string
	}{
		{"folder", t.TempDir(), ErrFolder, "folder"},
		{"missing", filepath.Join(t.TempDir(), "nope.txt"), ErrNotFound, "no such file"},
		{"binary", "testdata/image.txt", ErrBinary, "binary"},
		{"nul bytes", writeTemp(t, "nul.txt", []byte("Kerry said\x00\x00\x00\x01\x02 hello")), ErrBinary, "binary"},
		{"16-bit numbers", writeTemp(t, "table.dat", bytes.Repeat([]byte{1, 0, 7, 0, 2, 0, 'a', 0, 3, 0}, 100)), ErrBinary, "binary"},
		{"control bytes", writeTemp(t, "ctl.dat", bytes.Repeat([]byte{1, 2, 3, 'a', 4, 5}, 100)), ErrBinary, "binary"},
		{"empty", writeTemp(t, "empty.txt", nil), ErrEmpty, "empty"},
		{"whitespace", writeTemp(t, "blank.md", []byte(" \n\t\r\n  \n")), ErrEmpty, "empty"},
		{"utf-16 whitespace", writeTemp(t, "blank16.txt", []byte{0xFF, 0xFE, ' ', 0, '\n', 0}), ErrEmpty, "empty"},
		{"too large", big, ErrTooLarge, "larger than 50 MB"},
		{"undecodable", writeTemp(t, "odd.txt", undecodable), ErrUndecodable, "encoding"},
		{"html without text", writeTemp(t, "empty.html", []byte("<html><body><script>x()</script><img src=a.png></body></html>")), ErrNoArticle, "no article text"},
		{"markdown of only html", writeTemp(t, "only.md", []byte("<div>raw</div>\n\n![img](a.png)\n")), ErrNoArticle, "no article text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Load(tt.path)
			checkLoadErr(t, d, err, tt.path, tt.want, tt.words)
		})
	}
}

// checkLoadErr checks that err is a *LoadError for path with reason want,
// whose message names the file and says words.
func checkLoadErr(t *testing.T, d *Document, err error, path string, want error, words string) {
	t.Helper()
	var le *LoadError
	if d != nil || !errors.As(err, &le) || !errors.Is(err, want) {
		t.Fatalf("got %v, %v; want a *LoadError wrapping %v", d, err, want)
	}
	msg := err.Error()
	if le.Path != path || !strings.Contains(msg, path) || !strings.Contains(msg, words) {
		t.Errorf("message %q must name %q and say %q", msg, path, words)
	}
}

func TestTooLargeBytes(t *testing.T) {
	_, err := ReadBytes("big.txt", make([]byte, MaxFileSize+1))
	checkLoadErr(t, nil, err, "big.txt", ErrTooLarge, "50 MB")
}

func TestPermissionDenied(t *testing.T) {
	var err error = osLoadErr("secret.txt", &fs.PathError{Op: "open", Path: "secret.txt", Err: fs.ErrPermission})
	checkLoadErr(t, nil, err, "secret.txt", ErrPermission, "permission denied")
	p := writeTemp(t, "locked.txt", []byte("text"))
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	if f, err := os.Open(p); err == nil {
		f.Close()
		t.Skip("running with privileges that ignore file permissions (root)")
	}
	d, err := Load(p)
	checkLoadErr(t, d, err, p, ErrPermission, "permission denied")
}

func TestLoadAllKeepsGoingPastBadFiles(t *testing.T) {
	seeds := seedPaths(t)
	paths := []string{seeds[0], "testdata/image.txt", t.TempDir(), seeds[1], "testdata/article.md"}
	docs, errs := LoadAll(paths)
	if len(docs) != 3 || len(errs) != 2 {
		t.Fatalf("got %d documents and %d errors, want 3 and 2: %v", len(docs), len(errs), errs)
	}
	for i, want := range []string{seeds[0], seeds[1], "testdata/article.md"} {
		if docs[i].Path != want {
			t.Errorf("document %d is %s, want %s (argument order)", i, docs[i].Path, want)
		}
	}
	if !errors.Is(errs[0], ErrBinary) || !errors.Is(errs[1], ErrFolder) {
		t.Errorf("errors %v", errs)
	}
}

func TestSamples(t *testing.T) {
	docs, err := Samples()
	if err != nil {
		t.Fatal(err)
	}
	seeds := seedPaths(t)
	if len(docs) != len(seeds) {
		t.Fatalf("%d samples, want %d", len(docs), len(seeds))
	}
	for i, d := range docs {
		want := "samples/" + filepath.Base(seeds[i])
		if d.Path != want || !IsSample(d.Path) {
			t.Errorf("sample %d path %q, want %q", i, d.Path, want)
		}
		again, err := Load(d.Path) // no such file on disk here: the embedded sample
		if err != nil || again.Text != d.Text || len(again.Spans) != len(d.Spans) {
			t.Errorf("Load(%q): %v", d.Path, err)
		}
	}
	for _, p := range []string{"samples/../samples/x.txt", "/samples/000.txt", "samples/none.txt", seeds[0]} {
		if IsSample(p) {
			t.Errorf("IsSample(%q) = true", p)
		}
	}
}
