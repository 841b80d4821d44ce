package export

import (
	"io"
	"strconv"

	"slant/app"
)

// WriteCSV writes the visible spans of d as CSV (RFC 4180: CRLF line ends,
// quoted fields where needed), UTF-8 with a byte-order mark, one row per
// span in text order under the header kind,start,end,text,detail. start
// and end are byte offsets into the document's text, as in the analyze
// JSON. Cells that a spreadsheet would run as a formula are guarded (see
// SafeCell): an article's text is not trusted.
func WriteCSV(w io.Writer, d *app.Document, opt Options) error {
	cw, err := NewCSVWriter(w)
	if err != nil {
		return err
	}
	if err := cw.Write([]string{"kind", "start", "end", "text", "detail"}); err != nil {
		return err
	}
	for _, s := range opt.visible(d) {
		row := []string{s.Kind.String(), strconv.Itoa(s.Start), strconv.Itoa(s.End), s.Text(d.Text), detail(d.Text, s)}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	return cw.Flush()
}
