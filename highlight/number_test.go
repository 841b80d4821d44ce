package highlight

import "testing"

func TestNumParseDigits(t *testing.T) {
	for _, c := range []struct {
		in   string
		want float64
		ok   bool
	}{
		{"260,000", 260000, true},
		{"3.5", 3.5, true},
		{".05", 0.05, true},
		{"10,308", 10308, true},
		{"0", 0, true},
		{"3.1.3", 0, false},
		{"1,000.25", 1000.25, true},
		{"", 0, false},
		{"12a", 0, false},
	} {
		got, ok := numParseDigits(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("numParseDigits(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestNumOrdinalSuffix(t *testing.T) {
	for _, c := range []struct {
		digits, suf string
		want        bool
	}{
		{"1", "st", true}, {"2", "nd", true}, {"3", "rd", true}, {"4", "th", true},
		{"11", "th", true}, {"12", "th", true}, {"13", "th", true}, {"21", "st", true},
		{"22", "nd", true}, {"20", "th", true}, {"11", "st", false}, {"2", "th", false},
		{"1", "ST", true}, {"x", "th", false},
	} {
		if got := numOrdinalSuffix(c.digits, c.suf); got != c.want {
			t.Errorf("numOrdinalSuffix(%q, %q) = %v", c.digits, c.suf, got)
		}
	}
}

func TestFigureWordNumbers(t *testing.T) {
	for _, c := range []struct {
		in   string
		want float64
	}{
		{"five", 5}, {"twenty-one", 21}, {"ninety-nine", 99}, {"two million", 2e6},
		{"one hundred thousand", 1e5}, {"three hundred and six", 306},
		{"a million", 1e6}, {"half a million", 5e5}, {"two dozen", 24},
	} {
		var s figScanner
		s.text = c.in
		s.toks = figTokenize(c.in, nil)
		n, ok := s.number(0)
		if !ok || n.value != c.want || n.end != len(s.toks) {
			t.Errorf("%q: got %v (ok %v, end %d of %d), want %v", c.in, n.value, ok, n.end, len(s.toks), c.want)
		}
	}
}

func TestFigTokenize(t *testing.T) {
	text := "Feb. 5, 2016: 260,000 (3.5%) 1,2 .05\nend"
	want := []string{"Feb", ".", "5", ",", "2016", ":", "260,000", "(", "3.5", "%", ")", "1", ",", "2", ".05", "end"}
	toks := figTokenize(text, nil)
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens, want %d", len(toks), len(want))
	}
	for i, tk := range toks {
		if got := text[tk.start:tk.end]; got != want[i] {
			t.Errorf("token %d = %q, want %q", i, got, want[i])
		}
	}
	if toks[0].gap != gapLine || toks[1].gap != gapNone || toks[2].gap != gapSpace || toks[len(toks)-1].gap != gapLine {
		t.Errorf("gaps wrong: %+v", toks)
	}
}
