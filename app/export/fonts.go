package export

import (
	"fmt"
	"io/fs"
	"sync"

	"codeberg.org/go-pdf/fpdf"

	"slant/assets"
)

// FontFamily is the family name AddFonts registers the embedded typeface
// under (DejaVu Serif, licence in assets/fonts/LICENSE): it covers Latin
// with accents, Greek, Cyrillic, curly quotes and the € sign.
const FontFamily = "DejaVuSerif"

// The embedded typeface's files in assets.FS.
const (
	regularFile = "fonts/DejaVuSerif.ttf"
	boldFile    = "fonts/DejaVuSerif-Bold.ttf"
)

// fontData holds the TrueType files, read from assets.FS once.
type fontData struct {
	regular, bold []byte
}

var (
	fontsOnce sync.Once
	fonts     fontData
	fontsErr  error
)

// loadFonts returns the embedded fonts.
func loadFonts() (fontData, error) {
	fontsOnce.Do(func() { fonts, fontsErr = readFonts(assets.FS) })
	return fonts, fontsErr
}

// readFonts reads the regular and bold faces from fsys.
func readFonts(fsys fs.FS) (fontData, error) {
	var fd fontData
	var err error
	if fd.regular, err = fs.ReadFile(fsys, regularFile); err != nil {
		return fd, fmt.Errorf("export font: %w", err)
	}
	if fd.bold, err = fs.ReadFile(fsys, boldFile); err != nil {
		return fd, fmt.Errorf("export font: %w", err)
	}
	return fd, nil
}

// AddFonts registers the embedded regular ("") and bold ("B") faces with f
// under FontFamily. Slant's other printed papers (the classroom exercise)
// use it to set type as the export does.
func AddFonts(f *fpdf.Fpdf) error {
	fd, err := loadFonts()
	if err != nil {
		return err
	}
	f.AddUTF8FontFromBytes(FontFamily, "", fd.regular)
	f.AddUTF8FontFromBytes(FontFamily, "B", fd.bold)
	return f.Error()
}
