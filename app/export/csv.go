package export

import (
	"encoding/csv"
	"io"
	"strconv"

	"slant/app"
)

// utf8BOM starts the CSV so that spreadsheet programs (Excel above all)
// read it as UTF-8 rather than the system's legacy code page.
const utf8BOM = "\uFEFF"

// WriteCSV writes the visible spans of d as CSV (RFC 4180: CRLF line ends,
// quoted fields where needed), UTF-8 with a byte-order mark, one row per
// span in text order under the header kind,start,end,text,detail. start
// and end are byte offsets into the document's text, as in the analyze
// JSON.
func WriteCSV(w io.Writer, d *app.Document, opt Options) error {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write([]string{"kind", "start", "end", "text", "detail"}); err != nil {
		return err
	}
	for _, s := range opt.visible(d) {
		row := []string{s.Kind.String(), strconv.Itoa(s.Start), strconv.Itoa(s.End), s.Text(d.Text), detail(d.Text, s)}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
