package highlight

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// fig describes an expected figure by its text, value and unit; value NaN
// means a vague amount (HasValue false).
type fig struct {
	text  string
	value float64
	unit  string
}

var vague = math.NaN()

// figCase is one sentence and every figure expected in it.
type figCase struct {
	in   string
	want []fig
}

func (f fig) String() string { return fmt.Sprintf("%q=%v %q", f.text, f.value, f.unit) }

// gotFigs renders the figures of in like the table rows.
func gotFigs(in string) []fig {
	var out []fig
	for _, s := range findFigures(in) {
		v := s.Value
		if !s.HasValue {
			v = vague
		}
		out = append(out, fig{s.Text(in), v, s.Unit})
	}
	return out
}

func sameFigs(a, b []fig) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		va, vb := a[i].value, b[i].value
		sameV := math.IsNaN(va) && math.IsNaN(vb) || math.Abs(va-vb) <= 1e-9*math.Max(1, math.Abs(vb))
		if a[i].text != b[i].text || a[i].unit != b[i].unit || !sameV {
			return false
		}
	}
	return true
}

func runFigCases(t *testing.T, cases []figCase) {
	t.Helper()
	for _, c := range cases {
		if got := gotFigs(c.in); !sameFigs(got, c.want) {
			t.Errorf("%q\n got  %v\n want %v", c.in, got, c.want)
		}
	}
}

func TestFigureCounts(t *testing.T) {
	runFigCases(t, []figCase{
		{"the war has killed 260,000 people", []fig{{"260,000", 260000, "people"}}},
		{"which exceeded 100 sorties on a single day", []fig{{"100", 100, "sorties"}}},
		{"there are now 14 doctors left", []fig{{"14", 14, "doctors"}}},
		{"40,000 newly displaced people have gathered", []fig{{"40,000", 40000, "people"}}},
		{"Red Cross: 14 Doctors Left", []fig{{"14", 14, "Doctors"}}},
		{"the 5318 participants", []fig{{"5318", 5318, "participants"}}},
		{"a mean of 2.84 was found", []fig{{"2.84", 2.84, ""}}},
		{"temperatures of −4 and +5", []fig{{"−4", -4, ""}, {"+5", 5, ""}}},
		{"it fell by .05 points", []fig{{".05", 0.05, "points"}}},
	})
}

func TestFigureNumberWords(t *testing.T) {
	runFigCases(t, []figCase{
		{"only nine deaths were confirmed", []fig{{"nine", 9, "deaths"}}},
		{"twenty-one hospitals", []fig{{"twenty-one", 21, "hospitals"}}},
		{"two million people", []fig{{"two million", 2e6, "people"}}},
		{"two hundred and fifty soldiers", []fig{{"two hundred and fifty", 250, "soldiers"}}},
		{"half a million refugees", []fig{{"half a million", 5e5, "refugees"}}},
		{"a dozen eggs", []fig{{"a dozen", 12, "eggs"}}},
		{"only two can operate", []fig{{"two", 2, ""}}},
		{"one of the largest", nil},
		{"It is one of those moments", nil},
		{"no one came", nil},
		{"for one year", []fig{{"one year", 1, "years"}}},
		{"a random-zero sphygmomanometer", nil},
	})
}

func TestFigureCompounds(t *testing.T) {
	runFigCases(t, []figCase{
		{"the five-year Syrian civil war", []fig{{"five-year", 5, "years"}}},
		{"a three-year opposition siege", []fig{{"three-year", 3, "years"}}},
		{"a 20-year-old man", []fig{{"20-year-old", 20, "years"}}},
		{"the 30-item scale", []fig{{"30-item", 30, "item"}}},
		{"two-thirds of voters", []fig{{"two-thirds", 2.0 / 3, "fraction"}}},
		{"two-dimensional scaling", nil},
		{"a one-sided view", nil},
	})
}

func TestFigureApproximations(t *testing.T) {
	runFigCases(t, []figCase{
		{"killed more than 260,000 people", []fig{{"more than 260,000", 260000, "people"}}},
		{"nearly 40,000 newly displaced", []fig{{"nearly 40,000", 40000, "displaced"}}},
		{"at least 8 million people", []fig{{"at least 8 million", 8e6, "people"}}},
		{"An estimated 70,000 people", []fig{{"An estimated 70,000", 70000, "people"}}},
		{"as few as 14 doctors", []fig{{"as few as 14", 14, "doctors"}}},
		{"less than five days", []fig{{"less than five days", 5, "days"}}},
		{"cooler by ∼1000 K", []fig{{"∼1000 K", 1000, "K"}}},
		{"a score ≥16", []fig{{"≥16", 16, ""}}},
		{"(p < 0.01)", []fig{{"< 0.01", 0.01, ""}}},
		{"up to 11.25 Mg ha−1 year−1", []fig{{"up to 11.25 Mg ha−1", 11.25, "Mg ha−1"}}},
	})
}

func TestFigureVague(t *testing.T) {
	runFigCases(t, []figCase{
		{"hundreds of civilians", []fig{{"hundreds", vague, "civilians"}}},
		{"tens of thousands of Syrians", []fig{{"tens of thousands", vague, "Syrians"}}},
		{"hundreds of thousands of people", []fig{{"hundreds of thousands", vague, "people"}}},
		{"scores of people were wounded", []fig{{"scores", vague, "people"}}},
		{"test scores rose", nil},
		{"dozens were hurt", []fig{{"dozens", vague, ""}}},
		{"several thousand troops", []fig{{"several thousand", vague, ""}}},
		{"a few hundred metres", []fig{{"a few hundred", vague, ""}}},
	})
}

func TestFigureRanges(t *testing.T) {
	runFigCases(t, []figCase{
		{"Between 400 and 500 people", []fig{{"Between 400 and 500", 400, "people"}}},
		{"400-500 people", []fig{{"400-500", 400, "people"}}},
		{"5 to 10 km", []fig{{"5 to 10 km", 5, "km"}}},
		{"from 1.4%–3.1%", []fig{{"1.4%–3.1%", 1.4, "percent"}}},
		{"between 0 and 0.5 m s−1", []fig{{"between 0 and 0.5 m s−1", 0, "m s−1"}}},
		{"two or three days", []fig{{"two or three days", 2, "days"}}},
		{"from 1985 to 1988", []fig{{"1985 to 1988", 1985, "year"}}},
		{"5.2 ± 0.3 mm", []fig{{"5.2 ± 0.3 mm", 5.2, "mm"}}},
	})
}

func TestFigureOrdinals(t *testing.T) {
	runFigCases(t, []figCase{
		{"Aleppo, the country's second largest city", []fig{{"second largest", 2, "ordinal"}}},
		{"the 20th century", []fig{{"20th", 20, "ordinal"}}},
		{"the 1st and 2nd rounds", []fig{{"1st", 1, "ordinal"}, {"2nd", 2, "ordinal"}}},
		{"its third consecutive win", []fig{{"third", 3, "ordinal"}}},
		{"on the first anniversary", []fig{{"first", 1, "ordinal"}}},
		{"for the first time", nil},
		{"the 2th", nil},
		{"wait a second", nil},
	})
}

func TestFigureDates(t *testing.T) {
	runFigCases(t, []figCase{
		{"in Washington on Feb. 5, 2016.", []fig{{"Feb. 5, 2016", 20160205, "date"}}},
		{"on May 17, 2016. (photos", []fig{{"May 17, 2016", 20160517, "date"}}},
		{"February 06 – Scott Lucas", []fig{{"February 06", 206, "date"}}},
		{"were paused until Feb. 25.", []fig{{"Feb. 25", 225, "date"}}},
		{"since March 2011.", []fig{{"March 2011", 20110300, "date"}}},
		{"on 5 February 2016", []fig{{"5 February 2016", 20160205, "date"}}},
		{"the 5th of May", []fig{{"5th of May", 505, "date"}}},
		{"released 2016-02-05", []fig{{"2016-02-05", 20160205, "date"}}},
		{"he said on Friday", nil},
		{"in late February", nil},
		{"you may go", nil},
		{"since 2012", []fig{{"2012", 2012, "year"}}},
		{"in the 1990s", []fig{{"1990s", 1990, "decade"}}},
		{"in mid-2015", []fig{{"2015", 2015, "year"}}},
	})
}

func TestFigureMoney(t *testing.T) {
	runFigCases(t, []figCase{
		{"a $5 million grant", []fig{{"$5 million", 5e6, "USD"}}},
		{"it cost €3bn", []fig{{"€3bn", 3e9, "EUR"}}},
		{"just £20.", []fig{{"£20", 20, "GBP"}}},
		{"US$ 1.2 billion", []fig{{"US$ 1.2 billion", 1.2e9, "USD"}}},
		{"a £20m deal", []fig{{"£20m", 2e7, "GBP"}}},
		{"$5-10 million", []fig{{"$5-10 million", 5e6, "USD"}}},
		{"5 million dollars", []fig{{"5 million dollars", 5e6, "USD"}}},
	})
}

func TestFigurePercentages(t *testing.T) {
	runFigCases(t, []figCase{
		{"up 10% on the year", []fig{{"10%", 10, "percent"}}},
		{"by 10 per cent", []fig{{"10 per cent", 10, "percent"}}},
		{"by 10 percent", []fig{{"10 percent", 10, "percent"}}},
		{"by 2 percentage points", []fig{{"2 percentage points", 2, "percentage points"}}},
	})
}

func TestFigureMeasurements(t *testing.T) {
	runFigCases(t, []figCase{
		{"a 5 km walk", []fig{{"5 km", 5, "km"}}},
		{"a 5km walk", []fig{{"5km", 5, "km"}}},
		{"at 20 °C", []fig{{"20 °C", 20, "°C"}}},
		{"at −4°C", []fig{{"−4°C", -4, "°C"}}},
		{"3.5 mg/kg daily", []fig{{"3.5 mg/kg", 3.5, "mg/kg"}}},
		{"bins of 1 m s−1.", []fig{{"1 m s−1", 1, "m s−1"}}},
		{"an area of 3 m2", []fig{{"3 m2", 3, "m2"}}},
		{"about 1.2 × 10−3 mol", []fig{{"about 1.2 × 10−3 mol", 1.2e-3, "mol"}}},
		{"within 72 hours", []fig{{"within 72 hours", 72, "hours"}}},
		{"radius of 3.4Rp", []fig{{"3.4Rp", 3.4, "Rp"}}},
	})
}

func TestFigureNotFigures(t *testing.T) {
	runFigCases(t, []figCase{
		{"a cease-fire now.2Without naming", nil},
		{"an F-16 and a Su-24 and MH17", nil},
		{"C3 model and H2O", nil},
		{"busra-al-sham-protest-09-16-2", nil},
		{"see Fig. 8 and Figs. 2 and 3", nil},
		{"from Eqs. (18), (19), (24) and (27) that", nil},
		{"see Section 3.1.3 and Table S1", nil},
		{"as shown in [13] and [1, 2, 5–7]", nil},
		{"predicted symptoms (7). However", nil},
		{"medication use (26,29,49). These", nil},
		{"(Garcia Munoz, 2007; Penz et al., 2008; Khan et al., 2010, 2011)", nil},
		{"Trammell et al. (2011) and Knox 1998 showed", nil},
		{"Voyager 1 and Resolution 2254", nil},
		{"core 22/10a-4 lithology", nil},
		{"3D printing", nil},
	})
}

// TestFigureOffsets checks byte offsets on text with multi-byte runes
// before and inside figures.
func TestFigureOffsets(t *testing.T) {
	text := "“Ça va” – über 5 km, then €3bn and 20 °C; 1.4%–3.1% of 10,308 employees."
	want := []string{"5 km", "€3bn", "20 °C", "1.4%–3.1%", "10,308"}
	spans := findFigures(text)
	if len(spans) != len(want) {
		t.Fatalf("got %d spans, want %d: %v", len(spans), len(want), gotFigs(text))
	}
	for i, s := range spans {
		if got := text[s.Start:s.End]; got != want[i] {
			t.Errorf("span %d = %q [%d,%d), want %q", i, got, s.Start, s.End, want[i])
		}
		if wantStart := strings.Index(text, want[i]); s.Start != wantStart {
			t.Errorf("span %d starts at %d, want %d", i, s.Start, wantStart)
		}
		if s.Kind != Figure {
			t.Errorf("span %d kind %v", i, s.Kind)
		}
	}
}

// TestFigureDetector checks the detector through the Analyzer's interface.
func TestFigureDetector(t *testing.T) {
	d := newFigureDetector()
	if d.kind() != Figure {
		t.Fatalf("kind %v", d.kind())
	}
	for range 2 { // the pooled scanner must not leak state between texts
		got := d.detect(&Doc{Text: "more than 260,000 people"})
		if len(got) != 1 || got[0].Value != 260000 || got[0].Unit != "people" {
			t.Fatalf("got %+v", got)
		}
	}
}

func TestFigureTimesAndSlashes(t *testing.T) {
	runFigCases(t, []figCase{
		{"___. 6:05 p.m. Donald Trump", []fig{{"6:05 p.m.", 1805, "time"}}},
		{"at 7 p.m. EDT", []fig{{"7 p.m.", 1900, "time"}}},
		{"a 3 a.m. call", []fig{{"3 a.m.", 300, "time"}}},
		{"at 12 am", []fig{{"12 am", 0, "time"}}},
		{"around 11:50 the vote", []fig{{"11:50", 1150, "time"}}},
		{"the 1:27:54 mark", []fig{{"1:27:54", 127, "time"}}},
		{"After the 9/11 attacks, 24/7", nil},
		{"half (1/2) of it", []fig{{"1/2", 0.5, "fraction"}}},
		{"1/100th of the material", []fig{{"1/100th", 0.01, "fraction"}}},
		{"on 5/2/2016 at", []fig{{"5/2/2016", vague, "date"}}},
		{"around April 21-23, 2008, the", []fig{{"April 21-23, 2008", 20080421, "date"}}},
		{"between January 1 and September 18", []fig{{"January 1", 101, "date"}, {"September 18", 918, "date"}}},
	})
}

func TestFigureNewsEdges(t *testing.T) {
	runFigCases(t, []figCase{
		{`<tweet tweet-id="783492272595750912">`, nil},
		{"the Uranium One deal", nil},
		{"Jared Diamond's 2005 best seller", []fig{{"2005", 2005, "year"}}},
		{"2000 people marched", []fig{{"2000", 2000, "people"}}},
		{"in the state's three largest counties", []fig{{"three", 3, "counties"}}},
		{"rate 4.2 3.7 -0.5 pts.", []fig{{"4.2", 4.2, ""}, {"3.7", 3.7, ""}, {"-0.5", -0.5, "pts"}}},
		{"600 rounds of .308 tracer", []fig{{"600", 600, "rounds"}, {".308", 0.308, "tracer"}}},
	})
}

func TestFigureCountNouns(t *testing.T) {
	runFigCases(t, []figCase{
		{"That two well-known American cable networks", []fig{{"two", 2, ""}}},
		{"two well-known networks", []fig{{"two", 2, "networks"}}},
		{"conducted from Sept. 19 to 22, surveying", []fig{{"Sept. 19 to 22", 919, "date"}}},
	})
}

func TestFigureMoreNews(t *testing.T) {
	runFigCases(t, []figCase{
		{"fled in 2015-16.", []fig{{"2015-16", 2015, "year"}}},
		{"reached 45C / 113F on 12 July.", []fig{{"45C", 45, "°C"}, {"113F", 113, "°F"}, {"12 July", 712, "date"}}},
		{"GDP grew 0.5pc.", []fig{{"0.5pc", 0.5, "percent"}}},
		{"for two and a half hours", []fig{{"two and a half hours", 2.5, "hours"}}},
		{"a ratio of 3:1 in", []fig{{"3:1", 3, "ratio"}}},
		{"Rs 500 each", []fig{{"Rs 500", 500, "INR"}}},
		{"the G20 summit; Article 50; COVID-19 cases", nil},
	})
}

func TestFigureIsotopesAreNotTemperatures(t *testing.T) {
	runFigCases(t, []figCase{
		{"anomalous 14C ages and 13C/12C analyses of [11C]PK11195", nil},
		{"highs of 14C on Friday", []fig{{"14C", 14, "°C"}}},
	})
}

func TestFigureVersesAndModifiers(t *testing.T) {
	runFigCases(t, []figCase{
		{"(Proverbs 6:17) and (Lk. 12:3) and Genesis 19:4-5", nil},
		{"at 6:17 the train left", []fig{{"6:17", 617, "time"}}},
		{"around ten-forty-five p.m.", nil},
		{"it lists 80 different attacks", []fig{{"80", 80, "attacks"}}},
		{"three main parameters", []fig{{"three", 3, "parameters"}}},
	})
}

func TestFigureSharesAndEras(t *testing.T) {
	runFigCases(t, []figCase{
		{"an 85/15% split and a 60/40 deal", []fig{{"85/15%", 85, "percent"}, {"60/40", 60, "percent"}}},
		{"the AD 1850 horizon", []fig{{"1850", 1850, "year"}}},
		{"Whilst 10 native trees were", []fig{{"10", 10, "trees"}}},
		{"has one extremely large coherent cluster", []fig{{"one", 1, "cluster"}}},
	})
}

// TestFigTriggerBits checks that the Bloom filter never turns away a
// trigger word, and that it does turn away most ordinary words; and that
// the tokenizer's word hashes are those of the words.
func TestFigTriggerBits(t *testing.T) {
	text := "Über 300 Straßen, the Fünf and JANUARY café-owners"
	for _, tk := range figTokenize(text, nil) {
		if w := text[tk.start:tk.end]; tk.kind == ftWord && tk.hash != figWordHash(w) {
			t.Errorf("token %q hashed %#x, want %#x", w, tk.hash, figWordHash(w))
		}
	}
	for w := range figTriggers {
		if !figTriggerBits.has(w) {
			t.Errorf("trigger %q missing from the filter", w)
		}
	}
	passed := 0
	words := strings.Fields("the government said that forces backed by the russians would encircle that city and essentially lay siege to it while aid organizations wait")
	for _, w := range words {
		if figTriggerBits.has(w) {
			passed++
		}
	}
	if passed > len(words)/10 {
		t.Errorf("%d of %d ordinary words pass the filter", passed, len(words))
	}
}

func TestFigureDottedDates(t *testing.T) {
	runFigCases(t, []figCase{
		{"DW, 06.02.2016, Bonn", []fig{{"06.02.2016", 20160206, "date"}}},
		{"see 3.1.3 and 1.2.34567", nil},
	})
}

// TestFigWordTables checks what currency, vague and ordinalWord assume to
// turn tokens away early: currency signs and codes start as
// figCurrencyStart says, and no key of their tables is a number token.
func TestFigWordTables(t *testing.T) {
	var keys []string
	for k := range figCurrencySigns {
		keys = append(keys, k)
	}
	for k := range figDollarPrefixes {
		keys = append(keys, k)
	}
	for _, k := range keys {
		if !figCurrencyStart(k[0]) {
			t.Errorf("currency key %q starts with a byte figCurrencyStart turns away", k)
		}
	}
	for k := range numVague {
		keys = append(keys, k)
	}
	for k := range numOrdinals {
		keys = append(keys, k)
	}
	keys = append(keys, "a", "several", "few", "many")
	for _, k := range keys {
		if toks := figTokenize(k, nil); len(toks) > 0 && toks[0].kind == ftNum {
			t.Errorf("table key %q starts with a number token", k)
		}
	}
}
