package export

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"slant/app"
)

const seed001 = "samples/001_496b24f0cfb8de73.txt"

// analysed loads a seed through app.LoadBytes, with the real detectors.
func analysed(t testing.TB, name string) *app.Document {
	t.Helper()
	d, err := app.LoadBytes(name, []byte(seedText(t, name)))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestLook writes sample exports into $SLANT_LOOK_DIR, for a person to
// look at; it is skipped when the variable is unset.
func TestLook(t *testing.T) {
	dir := os.Getenv("SLANT_LOOK_DIR")
	if dir == "" {
		t.Skip("set SLANT_LOOK_DIR to write sample exports there")
	}
	d := seedDoc(t)
	for _, f := range Formats {
		look(t, filepath.Join(dir, "seed000"+f.Ext()), func(w io.Writer) error { return Write(w, f, d, Options{}) })
	}
	real0, real1 := analysed(t, seed000), analysed(t, seed001)
	look(t, filepath.Join(dir, "real000.pdf"), func(w io.Writer) error { return WritePDF(w, real0, Options{}) })
	look(t, filepath.Join(dir, "compare000-001.pdf"), func(w io.Writer) error { return WriteComparePDF(w, real0, real1, Options{}) })
	real3 := analysed(t, "samples/003_06334e2b46d6c5cd.txt")
	look(t, filepath.Join(dir, "compare001-003.pdf"), func(w io.Writer) error { return WriteComparePDF(w, real1, real3, Options{}) })
}

func look(t *testing.T, path string, write func(io.Writer) error) {
	t.Helper()
	if err := WriteFile(path, write); err != nil {
		t.Fatal(err)
	}
}
