package highlight

import (
	"os"
	"path/filepath"
	"testing"
)

// TestSeedFigures checks every figure of the five seed articles against
// the hand-made table in testdata/seed_figures.tsv: each row must be found
// with its text, value and unit, and nothing outside the table may be
// marked.
func TestSeedFigures(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "seed_figures.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := ParseFigureTable(f)
	if err != nil {
		t.Fatal(err)
	}
	byFile := map[string][]FigureRow{}
	for _, r := range rows {
		byFile[r.File] = append(byFile[r.File], r)
	}
	if len(byFile) != 5 || len(rows) < 38 {
		t.Fatalf("table covers %d files and %d figures, want all 5 seeds and at least 38", len(byFile), len(rows))
	}
	for file, want := range byFile {
		b, err := os.ReadFile(filepath.Join("..", "assets", "samples", file))
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		c := CheckFigures(text, want)
		for _, m := range c.Missing {
			t.Errorf("%s: missing %q value %v unit %q", file, m.Text, m.Value, m.Unit)
		}
		for _, e := range c.Extra {
			t.Errorf("%s: unexpected figure %q value %v unit %q", file, e.Text(text), e.Value, e.Unit)
		}
	}
}

// TestSeedFigureSpotChecks pins the figures the issue names, with their
// byte offsets into the seed files.
func TestSeedFigureSpotChecks(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "assets", "samples", "000_a652a7b09379949b.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	found := false
	for _, s := range Figures(text) {
		if s.Text(text) == "more than 260,000" && s.Value == 260000 && s.Unit == "people" && s.HasValue {
			found = true
		}
	}
	if !found {
		t.Errorf("seed 000: no figure \"more than 260,000\" = 260000 people")
	}
}

func TestParseFigureTableErrors(t *testing.T) {
	for _, bad := range []string{"a\tb\tc\n", "a\tb\tx\tunit\n"} {
		if _, err := ParseFigureTable(stringsReader(bad)); err == nil {
			t.Errorf("ParseFigureTable(%q) succeeded", bad)
		}
	}
}
