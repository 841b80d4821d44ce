package export

import (
	"fmt"
	"io"

	"slant/app"
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
