package exercise

import (
	"fmt"
	"io"
	"sort"

	"slant/app/export"
)

// ClassRow is one student's tallies.
type ClassRow struct {
	Student string
	Tallies []Tally
}

// Class is several students' work on one exercise, scored.
type Class struct {
	Kinds []string
	Rows  []ClassRow
}

// Merge scores each work against ex and gathers the results per student,
// sorted by name.
func Merge(ex *Exercise, works []*Work) Class {
	c := Class{Kinds: ex.Kinds}
	for _, w := range works {
		c.Rows = append(c.Rows, ClassRow{Student: w.Student, Tallies: Score(ex, w).Tallies})
	}
	sort.SliceStable(c.Rows, func(i, j int) bool { return c.Rows[i].Student < c.Rows[j].Student })
	return c
}

// Hardest returns the kind the class found the smallest share of, and that
// share; "" when there is nothing to compare.
func (c Class) Hardest() (string, float64) {
	hardest, low := "", 2.0
	for i, k := range c.Kinds {
		found, total := 0, 0
		for _, r := range c.Rows {
			found += r.Tallies[i].Found
			total += r.Tallies[i].Key()
		}
		if total > 0 && float64(found)/float64(total) < low {
			hardest, low = k, float64(found)/float64(total)
		}
	}
	if hardest == "" {
		return "", 0
	}
	return hardest, low
}

// WriteCSV writes one row per student: found, missed and extra per kind,
// as a spreadsheet-safe CSV (see export.NewCSVWriter): a student name
// such as =HYPERLINK(…) in a work file is shown, never run.
func (c Class) WriteCSV(w io.Writer) error {
	cw, err := export.NewCSVWriter(w)
	if err != nil {
		return err
	}
	head := []string{"student"}
	for _, k := range c.Kinds {
		head = append(head, k+" found", k+" missed", k+" extra")
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, r := range c.Rows {
		row := []string{r.Student}
		for _, t := range r.Tallies {
			row = append(row, fmt.Sprint(t.Found), fmt.Sprint(t.Missed), fmt.Sprint(t.Extra))
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	return cw.Flush()
}
