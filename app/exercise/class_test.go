package exercise

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

// TestClassCSVGuardsStudentNames writes the class summary of students
// whose names (typed by the students, read from their work files) are
// formulas, and reads it back with encoding/csv: each name comes back
// behind one quote mark, so a spreadsheet shows it as text.
func TestClassCSVGuardsStudentNames(t *testing.T) {
	ex := fixture(t)
	names := []string{`=HYPERLINK("http://x","click")`, "+1+cmd|' /C calc'!A0", "@SUM(A1)", "-Ana", "Ben"}
	var works []*Work
	for _, n := range names {
		works = append(works, NewWork(ex, n))
	}
	var buf bytes.Buffer
	if err := Merge(ex, works).WriteCSV(&buf); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, r := range rows[1:] {
		got[r[0]] = true
		if r[1] != "0" || r[5] != "3" {
			t.Errorf("row %q: counts changed by the guard", r)
		}
	}
	for _, n := range names {
		want := "'" + n
		if n == "Ben" {
			want = n
		}
		if !got[want] {
			t.Errorf("student %q not written as %q; rows %q", n, want, rows)
		}
	}
}
