package export

import (
	"fmt"
	"io"

	"slant/app"
	"slant/app/compare"
)

// Write writes d to w in format f, leaving out what opt hides.
func Write(w io.Writer, f Format, d *app.Document, opt Options) error {
	switch f {
	case PDF:
		return WritePDF(w, d, opt)
	case HTML:
		return WriteHTML(w, d, opt)
	case CSV:
		return WriteCSV(w, d, opt)
	case JSON:
		return WriteJSON(w, d, opt)
	}
	return fmt.Errorf("unknown format %q", f)
}

// Save writes d to the file at path in format f, atomically (see
// WriteFile). It is what File → Export… calls.
func Save(path string, f Format, d *app.Document, opt Options) error {
	return WriteFile(path, func(w io.Writer) error { return Write(w, f, d, opt) })
}

// SaveComparison writes r, the comparison of a and b, as a PDF at path,
// atomically.
func SaveComparison(path string, a, b *app.Document, r *compare.Result, opt Options) error {
	return WriteFile(path, func(w io.Writer) error { return WriteComparisonPDF(w, a, b, r, opt) })
}
