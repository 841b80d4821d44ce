package articleview

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzWrap checks that any text (invalid UTF-8 included) wraps into
// ordered lines inside the text, none wider than the column unless it holds
// a single rune, and that hit-testing every line never panics.
func FuzzWrap(f *testing.F) {
	files, _ := filepath.Glob("../../assets/samples/*.txt")
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(string(data[:min(len(data), 2000)]), float32(300))
		}
	}
	f.Add("a\n\n\n  b\tc\r\nd\xff\xfe", float32(5))
	newApp(f)
	ty := newTypography(17)
	f.Fuzz(func(t *testing.T, text string, width float32) {
		if width < 1 || width > 5000 {
			return
		}
		lay := wrap(text, splitBlocks(text, ""), ty, width)
		prev := 0
		for _, ln := range lay.lines {
			if ln.start < prev || ln.end < ln.start || ln.end > len(text) {
				t.Fatalf("line %d–%d after %d in %d bytes", ln.start, ln.end, prev, len(text))
			}
			prev = ln.end
			m := ty.fonts[ln.style]
			if w := xAt(text, ln, m, ln.end); w > width+0.01 && utf8.RuneCountInString(text[ln.start:ln.end]) > 1 {
				t.Fatalf("line %q is %.1f wide, over %.1f", text[ln.start:ln.end], w, width)
			}
			_ = offsetAt(text, ln, m, width/2)
		}
		if len(lay.lines) > 0 {
			_ = lay.lineAt(lay.height/2, ty)
		}
	})
}
