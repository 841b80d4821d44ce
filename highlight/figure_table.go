package highlight

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// Figures returns the figure spans of text alone, sorted and never
// overlapping, without running the other detectors.
func Figures(text string) []Span { return findFigures(text) }

// FigureRow is one expected figure in a hand-checked table: the file it is
// in, its text (white space compared loosely), its value (HasValue false
// for vague amounts) and its unit.
type FigureRow struct {
	File     string
	Text     string
	Value    float64
	HasValue bool
	Unit     string
}

// ParseFigureTable reads a figure table: one row per line, tab-separated
// file, text, value ("-" when vague) and unit, in the order the figures
// appear in each file; lines starting with "#" and blank lines are skipped.
func ParseFigureTable(r io.Reader) ([]FigureRow, error) {
	var rows []FigureRow
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		t := sc.Text()
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		row, err := parseFigureRow(t)
		if err != nil {
			return nil, fmt.Errorf("figure table line %d: %w", line, err)
		}
		rows = append(rows, row)
	}
	return rows, sc.Err()
}

func parseFigureRow(line string) (FigureRow, error) {
	f := strings.Split(line, "\t")
	if len(f) != 4 {
		return FigureRow{}, fmt.Errorf("want 4 tab-separated fields, have %d", len(f))
	}
	row := FigureRow{File: f[0], Text: f[1], Unit: f[3]}
	if f[2] == "-" {
		return row, nil
	}
	v, err := strconv.ParseFloat(f[2], 64)
	row.Value, row.HasValue = v, err == nil
	return row, err
}

// FigureCheck is the result of comparing a text's figures with its rows.
type FigureCheck struct {
	Missing []FigureRow // rows with no figure of the same text, value and unit
	Extra   []Span      // figures no row expects
}

// CheckFigures compares the figures found in text with the rows expected
// in it, taken in order.
func CheckFigures(text string, rows []FigureRow) FigureCheck {
	var c FigureCheck
	spans := findFigures(text)
	used := make([]bool, len(spans))
	next := 0
	for _, row := range rows {
		k := matchRow(text, spans, next, row)
		if k < 0 {
			c.Missing = append(c.Missing, row)
			continue
		}
		used[k], next = true, k+1
	}
	for k, s := range spans {
		if !used[k] {
			c.Extra = append(c.Extra, s)
		}
	}
	return c
}

// matchRow returns the index of the first span from index from on that
// matches row, or -1.
func matchRow(text string, spans []Span, from int, row FigureRow) int {
	want := strings.Join(strings.Fields(row.Text), " ")
	for k := from; k < len(spans); k++ {
		s := spans[k]
		if strings.Join(strings.Fields(s.Text(text)), " ") != want {
			continue
		}
		if s.HasValue == row.HasValue && (!row.HasValue || math.Abs(s.Value-row.Value) < 1e-6) && s.Unit == row.Unit {
			return k
		}
	}
	return -1
}
