package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzLoadBytes feeds LoadBytes arbitrary bytes under each format's name,
// seeded with the seeds and the test fixtures. It must never panic; it
// returns either a *LoadError or a document of valid UTF-8 text whose
// spans lie inside the text.
func FuzzLoadBytes(f *testing.F) {
	files, _ := filepath.Glob("../assets/samples/*.txt")
	fixtures, _ := filepath.Glob("testdata/*")
	for _, p := range append(files, fixtures...) {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(uint8(0), data)
			f.Add(uint8(1), data)
			f.Add(uint8(2), data)
		}
	}
	f.Add(uint8(3), []byte("\xff\xfe\x00\xd8"))
	f.Add(uint8(1), []byte("---\ntitle: x\n---\n# H\n\n<div>x</div>"))
	names := []string{"f.txt", "f.md", "f.html", "f"}
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		name := names[int(which)%len(names)]
		d, err := LoadBytes(name, data)
		if err != nil {
			if _, ok := err.(*LoadError); !ok || !strings.Contains(err.Error(), name) {
				t.Fatalf("error %v is not a *LoadError naming %s", err, name)
			}
			return
		}
		checkDocument(t, d)
	})
}

// checkDocument checks the invariants of a loaded document.
func checkDocument(t *testing.T, d *Document) {
	t.Helper()
	if !utf8.ValidString(d.Text) || strings.TrimSpace(d.Text) == "" {
		t.Fatalf("text %q is empty or not valid UTF-8", d.Text)
	}
	for _, s := range []string{d.Title, d.Outlet, d.Byline, d.Date, d.Credit} {
		if !utf8.ValidString(s) {
			t.Fatalf("metadata %q is not valid UTF-8", s)
		}
	}
	for _, s := range d.Spans {
		if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
			t.Fatalf("span %+v outside the text (%d bytes)", s, len(d.Text))
		}
	}
}
