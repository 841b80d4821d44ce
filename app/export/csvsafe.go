package export

import (
	"encoding/csv"
	"io"
	"strings"
)

// utf8BOM starts the CSV so that spreadsheet programs (Excel above all)
// read it as UTF-8 rather than the system's legacy code page.
const utf8BOM = "\uFEFF"

// formulaStart holds the characters that make a spreadsheet program read
// a cell as a formula, or may, when the cell starts with one: = + - @, tab
// and carriage return (OWASP, "CSV Injection"), and NUL (OWASP ASVS
// 1.2.10).
const formulaStart = "=+-@\t\r\x00"

// CSVWriter writes a CSV meant to be opened in a spreadsheet program:
// UTF-8 with a byte-order mark, RFC 4180 rows with CRLF line ends, and
// every cell passed through SafeCell. Both Slant's CSVs (the spans of an
// article, a class's exercise summary) are written through it.
type CSVWriter struct {
	cw  *csv.Writer
	row []string // reused for the guarded cells of each row
}

// NewCSVWriter writes the byte-order mark to w and returns a writer of
// guarded rows on it.
func NewCSVWriter(w io.Writer) (*CSVWriter, error) {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return nil, err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	return &CSVWriter{cw: cw}, nil
}

// Write writes one row, each cell made safe by SafeCell; row itself is
// left as it was.
func (c *CSVWriter) Write(row []string) error {
	c.row = c.row[:0]
	for _, cell := range row {
		c.row = append(c.row, SafeCell(cell))
	}
	return c.cw.Write(c.row)
}

// Flush writes out the buffered rows and returns the first error of any
// write.
func (c *CSVWriter) Flush() error {
	c.cw.Flush()
	return c.cw.Error()
}

// SafeCell returns s as a spreadsheet program should show it: a cell that
// starts with one of = + - @, tab, carriage return or NUL gets a leading
// single quote, which spreadsheets read as "this is text", so an article's
// `=HYPERLINK(…)` or `@SUM(…)` is shown, never run. Plain numbers are left
// alone (see plainNumber), so "-3.5" or "-1,200" stays a number the
// spreadsheet can add up. Every cell is guarded, whatever its column: the
// rule depends on the text alone, not on which columns are meant to hold
// numbers.
func SafeCell(s string) string {
	if s == "" || !strings.ContainsRune(formulaStart, rune(s[0])) || plainNumber(s) {
		return s
	}
	return "'" + s
}

// plainNumber reports whether s is a signed number written with digits and
// the separators . and , only, perhaps ending in %: "-3.5", "+12",
// "-1,234.5", "-3,5", "-0.5%". Such a cell can only ever be read as a
// number; anything with a letter, a bracket or a second operator is not
// plain, so "-1+1", "-Inf" and "-A1" are guarded.
func plainNumber(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	digits := 0
	s = strings.TrimSuffix(s, "%")
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r != '.' && r != ',':
			return false
		}
	}
	return digits > 0
}
