package export

import (
	"io"

	"slant/app"
)

// WriteJSON writes d in the analyze JSON contract (app.WriteAnalysisJSON:
// one object on one line), holding only the spans opt shows.
func WriteJSON(w io.Writer, d *app.Document, opt Options) error {
	return app.WriteAnalysisJSON(w, opt.filtered(d))
}
