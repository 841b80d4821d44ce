package export

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestLook writes the sample exports into $SLANT_LOOK_DIR, for a person to
// look at; it does nothing when the variable is unset.
func TestLook(t *testing.T) {
	dir := os.Getenv("SLANT_LOOK_DIR")
	if dir == "" {
		t.Skip("set SLANT_LOOK_DIR to write sample exports there")
	}
	d := seedDoc(t)
	for _, f := range Formats {
		if f == JSON {
			continue
		}
		out := filepath.Join(dir, "seed000"+f.Ext())
		if err := WriteFile(out, func(w io.Writer) error { return Write(w, f, d, Options{}) }); err != nil {
			t.Fatal(err)
		}
	}
}
