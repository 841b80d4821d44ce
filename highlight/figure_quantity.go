package highlight

// quantity matches a number with what follows it: a unit, a range, an
// ordinal suffix, a hyphenated compound, or the noun it counts.
func (s *figScanner) quantity(i int) (figure, bool) {
	n, ok := s.number(i)
	if !ok || !s.freeOnLeft(i, n) || n.words && !s.wordsFreeOnLeft(i) || s.citationYear(i, n) || s.slashCode(n.end) {
		return figure{}, false
	}
	f := figure{a: i, b: n.end, value: n.value, has: true}
	s.andAHalf(&f)
	if done, ok := s.suffixed(&f, n); done {
		return f, ok
	}
	if !s.freeOnRight(n.end) {
		return figure{}, false
	}
	s.unitAfter(&f)
	s.rangeAfter(&f, n)
	s.plusMinus(&f)
	if f.unit == "" {
		s.classify(&f, n)
	}
	if s.pronounOne(i, n, f) {
		return figure{}, false // "one of the", "no one came"
	}
	if s.nameNumber(i, n, f) || s.codeNumber(n) {
		return figure{}, false
	}
	return f, true
}

// freeOnLeft reports whether the number at token i stands free of a word
// glued before it: "C3", "MH17", "F-16" and "now.2" are not figures, while
// "mid-2015" and "(5" are.
func (s *figScanner) freeOnLeft(i int, n numMatch) bool {
	if n.words || !s.glued(i) {
		return true
	}
	switch p := s.tok(i - 1); {
	case s.kindAt(i-1) == ftWord:
		return false
	case p == "(":
		return !s.glued(i-1) || s.kindAt(i-2) != ftWord // "poly(3", "f(2"
	case p == "-" || p == "−" || p == "–" || p == "." || p == "_" || p == "/" || p == "#":
		if !s.glued(i - 1) {
			return true
		}
		return s.kindAt(i-2) == ftWord && p == "-" && figYearPrefixes[string(s.lower(i-2))]
	}
	return true
}

// wordsFreeOnLeft reports whether a number in words stands free of a word
// hyphened to it: "random-zero" is a name.
func (s *figScanner) wordsFreeOnLeft(i int) bool {
	return !(s.glued(i) && s.is(i-1, "-") && s.glued(i-1) && s.kindAt(i-2) == ftWord)
}

// nameNumber reports whether a bare integer at token i, with nothing
// after it, numbers a name: "Voyager 1", "Resolution 2254", "OMRON HEM
// 907". The word before must be capitalised and not one that can open a
// sentence before a figure ("In 2012", "About 40").
func (s *figScanner) nameNumber(i int, n numMatch, f figure) bool {
	named := f.b == n.end && (n.plain || n.words && s.isCap(i)) // "Uranium One"
	if !named || s.isCap(f.b) && !n.words || i == 0 || !s.near(i) || s.toks[i].gap != gapSpace {
		return false
	}
	if !s.isCap(i-1) && !s.isUpperWord(i-1) {
		return false
	}
	w := s.lower(i - 1)
	return !figStopWords[string(w)] && !figYearCues[string(w)] && !figApproxFirst[string(w)] && !figMeasureCues[string(w)]
}

// afterName reports whether token i follows a capitalised name or its
// abbreviation, as the chapter and verse of "Genesis 19:4" and "Lk. 12:3"
// do.
func (s *figScanner) afterName(i int) bool {
	p := i - 1
	if s.is(p, ".") && s.glued(p) {
		p--
	}
	if !s.near(i) || !s.isCap(p) {
		return false
	}
	w := s.lower(p)
	return !figStopWords[string(w)] && !figYearCues[string(w)] && !figApproxFirst[string(w)]
}

// figMeasureCues may stand capitalised before a figure: "Age 65", "AD
// 1850".
var figMeasureCues = WordSet(`age aged ad bc bce ce`)

// codeNumber reports whether a bare integer is a code rather than an
// amount: written with leading zeros ("SCD 004") or longer than nine
// digits without thousands commas (a tweet id).
func (s *figScanner) codeNumber(n numMatch) bool {
	t := s.tok(n.start)
	return n.plain && (len(t) >= 3 && t[0] == '0' || len(t) > 9)
}

// slashed matches integers joined by slashes: "1/2" and "3/4" are
// fractions, "80/20" two shares of a hundred (Unit "percent", Value the
// first), "5/2/2016" a date whose order the text does not say (HasValue
// false), and "9/11" or "24/7" no figure at all.
func (s *figScanner) slashed(i int) (figure, bool) {
	if s.kindAt(i) != ftNum || !s.is(i+1, "/") || !s.glued(i+1) || s.kindAt(i+2) != ftNum || !s.glued(i+2) {
		return figure{}, false
	}
	a, okA := s.smallInt(i, 9, 1e9)
	b, okB := s.smallInt(i+2, 9, 1e9)
	if !okA || !okB || !s.freeOnLeft(i, numMatch{}) {
		return figure{}, false
	}
	if s.is(i+3, "/") && s.glued(i+3) && s.kindAt(i+4) == ftNum && s.glued(i+4) {
		return figure{a: i, b: i + 5, unit: "date"}, s.freeOnRight(i + 5)
	}
	if a+b == 100 {
		f := figure{a: i, b: i + 3, value: a, has: true, unit: "percent"}
		if s.is(f.b, "%") && s.glued(f.b) {
			f.b++
		}
		return f, s.freeOnRight(f.b) // "an 80/20 split": the first share
	}
	f := figure{a: i, b: i + 3, value: a / b, has: true, unit: "fraction"}
	if s.glued(f.b) && s.kindAt(f.b) == ftWord && numOrdinalSuffix(s.tok(i+2), s.tok(f.b)) {
		f.b++ // "1/100th"
	}
	return f, a < b && (b <= 10 || int(b)%10 == 0) && s.freeOnRight(f.b)
}

// isUpperWord reports whether token i is a word in capitals ("OAE").
func (s *figScanner) isUpperWord(i int) bool {
	t := s.tok(i)
	if s.kindAt(i) != ftWord || t == "" {
		return false
	}
	for k := 0; k < len(t); k++ {
		if t[k] >= 'a' && t[k] <= 'z' {
			return false
		}
	}
	return true
}

// figApproxFirst are the first words of the approximations in figApprox.
var figApproxFirst = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range figApprox {
		m[p[0]] = true
	}
	return m
}()

// figYearPrefixes may be glued to a number with a hyphen: "mid-2015".
var figYearPrefixes = map[string]bool{
	"mid": true, "pre": true, "post": true, "early": true, "late": true,
	"over": true, "under": true, "top": true, "sub": true, "non": true,
}

// freeOnRight reports whether the token after a number lets it stand: a
// word glued to it must be a unit ("5km", "3.4Rp"), not "2Without" or "3D".
func (s *figScanner) freeOnRight(j int) bool {
	if !s.glued(j) || s.kindAt(j) != ftWord {
		return true
	}
	_, unit := figUnitAtoms[s.tok(j)]
	_, glued := figGluedUnits[s.tok(j)]
	glued = glued && s.endsPhrase(j+1)
	_, word := figUnitWords[string(s.lower(j))]
	return unit || glued || word
}

// suffixed handles what is glued to a number and decides it on its own:
// ordinals ("20th"), decades ("1990s"), hyphenated compounds ("five-year",
// "30-item") and fractions ("two-thirds"). done reports whether it
// decided; ok whether f is a figure.
func (s *figScanner) suffixed(f *figure, n numMatch) (done, ok bool) {
	j := n.end
	if s.glued(j) && s.kindAt(j) == ftWord && n.plain {
		t := s.tok(j)
		if numOrdinalSuffix(s.tok(n.start), t) {
			f.b, f.unit = j+1, "ordinal"
			return true, true
		}
		if t == "s" && len(s.tok(n.start)) == 4 && f.value >= 1000 {
			f.b, f.unit = j+1, "decade"
			return true, true
		}
	}
	return s.hyphenCompound(f, n)
}

// hyphenCompound reads "five-year", "20-year-old", "30-item", "one-day"
// and "two-thirds", and turns down descriptions such as "two-dimensional".
func (s *figScanner) hyphenCompound(f *figure, n numMatch) (done, ok bool) {
	j := n.end
	if !s.is(j, "-") || !s.glued(j) || !s.glued(j+1) || !s.isLowerWord(j+1) {
		return false, false
	}
	w := string(s.lower(j + 1))
	if d, ok := figFractions[w]; ok {
		f.b, f.value, f.unit = j+2, f.value/d, "fraction"
		return true, true
	}
	unit, isUnit := figUnitWords[w]
	if _, number := numCardinals[w]; number {
		return true, false // "ten-forty-five", read as a name or a time
	}
	if !isUnit {
		if n.words && n.value == 1 || figAdjective(w) {
			return true, false // "one-sided", "two-dimensional"
		}
		unit = w
	}
	f.b, f.unit = j+2, unit
	for s.is(f.b, "-") && s.glued(f.b) && s.glued(f.b+1) && s.isLowerWord(f.b+1) {
		f.b += 2 // "20-year-old"
	}
	return true, true
}

// pronounOne reports whether "one" stands for a thing rather than an
// amount: "one of the", "no one came", "the one".
func (s *figScanner) pronounOne(i int, n numMatch, f figure) bool {
	if !n.words || n.value != 1 || n.scaled || f.b != n.end {
		return false
	}
	return f.unit == "" || figOneDeterminers[string(s.lower(i-1))]
}

var figOneDeterminers = WordSet(`no any every each the this that which no-one`)

// figFractions are the denominators of "two-thirds", "three-quarters".
var figFractions = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4,
	"quarters": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
}

// unitAfter widens f over a unit after its number, if there is one.
func (s *figScanner) unitAfter(f *figure) {
	if end, unit, ok := s.unitAt(f.b); ok {
		f.b, f.unit = end, unit
	}
}

// rangeAfter widens f over the second half of a range: "400-500",
// "5 to 10 km", "between 400 and 500", "1.4%–3.1%", "1 or 0". The value
// stays the lower bound.
func (s *figScanner) rangeAfter(f *figure, n numMatch) {
	j := f.b
	if !s.near(j) || !s.near(j+1) || !s.rangeWord(j, f.a) {
		return
	}
	m, ok := s.number(j + 1)
	if !ok || m.words != n.words || !s.freeOnRight(m.end) {
		return
	}
	f.b = m.end
	if s.yearLike(n) && m.plain && len(s.tok(m.start)) == 2 {
		return // "2015-16": the second year is abbreviated
	}
	if m.value < f.value {
		f.value = m.value
	}
	if end, unit, ok := s.unitAt(f.b); ok && (f.unit == "" || f.unit == unit) {
		f.b, f.unit = end, unit
	}
}

// rangeWord reports whether token j joins the two ends of a range that
// starts at token a.
func (s *figScanner) rangeWord(j, a int) bool {
	switch s.tok(j) {
	case "-", "–", "—":
		return (s.toks[j].gap == gapNone) == s.glued(j+1) // not "3.7 -0.5"
	case "to", "or":
		return true
	case "and":
		return s.is(a-1, "between")
	}
	return false
}

// plusMinus widens f over "± 0.3" and the unit after it.
func (s *figScanner) plusMinus(f *figure) {
	j := f.b
	if (s.tok(j) != "±" && s.tok(j) != "+/-") || !s.near(j) {
		return
	}
	m, ok := s.number(j + 1)
	if !ok || !s.near(j+1) {
		return
	}
	f.b = m.end
	if end, unit, ok := s.unitAt(f.b); ok && (f.unit == "" || f.unit == unit) {
		f.b, f.unit = end, unit
	}
}

// classify gives a unit-less number its unit: a calendar year, or the noun
// it counts ("14 doctors"), which stays outside the span.
func (s *figScanner) classify(f *figure, n numMatch) {
	noun, hasNoun := s.countNoun(f.b)
	if s.yearLike(n) && (!hasNoun || s.yearCue(f.a-1) || !figPlural(noun)) {
		f.unit = "year"
		return
	}
	if hasNoun {
		f.unit = noun
	}
}

// yearLike reports whether n could be a calendar year: a bare integer of
// four digits between 1000 and 2100.
func (s *figScanner) yearLike(n numMatch) bool {
	return n.plain && len(s.tok(n.start)) == 4 && n.value >= 1000 && n.value <= 2100
}

// yearCue reports whether the word at i introduces a year ("in 2012").
func (s *figScanner) yearCue(i int) bool {
	return figYearCues[string(s.lower(i))]
}

var figYearCues = map[string]bool{
	"in": true, "since": true, "from": true, "until": true, "till": true,
	"by": true, "during": true, "before": true, "after": true, "of": true,
	"the": true, "year": true, "between": true, "circa": true, "early": true,
	"late": true, "mid": true, "spring": true, "summer": true, "autumn": true,
	"fall": true, "winter": true, "through": true, "to": true, "and": true,
}

// countNoun returns the noun a count at token j counts: the next word,
// past adverbs and participles ("40,000 newly displaced people").
func (s *figScanner) countNoun(j int) (string, bool) {
	for skip := 0; skip < 4; skip++ {
		if !s.near(j) || len(s.tok(j)) < 3 {
			return "", false
		}
		if !s.isLowerWord(j) {
			return s.titleNoun(j)
		}
		w := s.lower(j)
		if figStopWords[string(w)] {
			return "", false
		}
		if s.is(j+1, "-") && s.glued(j+1) && s.glued(j+2) && s.kindAt(j+2) == ftWord {
			j += 3 // "two well-known cable networks"
			continue
		}
		if !figModifier(w) && !figSuperlative(string(w)) || !s.isLowerWord(j+1) || !s.near(j+1) {
			return s.tok(j), true
		}
		j++
	}
	return "", false
}

// figModifier reports whether w looks like an adverb or participle that
// may stand between a number and its noun.
func figModifier(w []byte) bool {
	if figModifiers[string(w)] {
		return true
	}
	n := len(w)
	if n <= 4 {
		return false
	}
	switch string(w[n-2:]) {
	case "ly", "ed", "al", "ic", "nt":
		return true
	}
	return string(w[n-3:]) == "ive" || string(w[n-3:]) == "ous" || string(w[n-3:]) == "ful"
}

// figModifiers are adjectives that may stand between a number and its noun.
var figModifiers = WordSet(`other different additional separate new more
further extra young small large big major key top main former remaining
unidentified innocent significant few many old`)

// titleNoun accepts a capitalised plural as a counted noun, as in the
// headline "14 Doctors Left".
func (s *figScanner) titleNoun(j int) (string, bool) {
	t := s.tok(j)
	ok := s.isCap(j) && len(t) > 3 && t[len(t)-1] == 's' && !figStopWords[string(s.lower(j))]
	if ok {
		return t, true
	}
	return "", false
}

// figAdjective reports whether w looks like an adjective, which makes a
// hyphenated compound a description rather than an amount:
// "two-dimensional", "1-like", "three-pronged".
func figAdjective(w string) bool {
	for _, suf := range []string{"al", "ic", "like", "ed", "ive", "ous", "ary", "ing"} {
		if len(w) > len(suf)+2 && w[len(w)-len(suf):] == suf {
			return true
		}
	}
	return w == "like"
}

// slashCode reports whether a number ending before token j goes on with a
// slash or colon and another number: "9/11", "24/7", the code "22/10a-4",
// the verse "Lk. 12:3". (Fractions, dates, times and ratios among them are
// matched first, by slashed, clock and ratio.)
func (s *figScanner) slashCode(j int) bool {
	return (s.is(j, "/") || s.is(j, ":")) && s.glued(j) && s.kindAt(j+1) == ftNum && s.glued(j+1)
}

// figPlural reports whether a counted noun is plural, which tells "2000
// people" (a count) from "the 2005 best seller" (a year).
func figPlural(w string) bool {
	switch w {
	case "people", "children", "men", "women", "police", "staff", "personnel", "cattle":
		return true
	}
	n := len(w)
	return n > 3 && w[n-1] == 's' && w[n-2] != 's'
}

// andAHalf widens "two" over "and a half".
func (s *figScanner) andAHalf(f *figure) {
	j := f.b
	if s.is(j, "and") && s.is(j+1, "a") && s.is(j+2, "half") && s.near(j) && s.near(j+1) && s.near(j+2) {
		f.b, f.value = j+3, f.value+0.5
	}
}

// ratio matches "3:1" (a time such as "6:05" is matched first, by clock):
// Unit "ratio" and Value a/b.
func (s *figScanner) ratio(i int) (figure, bool) {
	if s.kindAt(i) != ftNum || !s.is(i+1, ":") || !s.glued(i+1) || s.kindAt(i+2) != ftNum || !s.glued(i+2) {
		return figure{}, false
	}
	a, okA := numParseDigits(s.tok(i))
	b, okB := numParseDigits(s.tok(i + 2))
	if !okA || !okB || !s.freeOnLeft(i, numMatch{}) || !s.freeOnRight(i+3) || s.afterName(i) {
		return figure{}, false
	}
	f := figure{a: i, b: i + 3, unit: "ratio"}
	if b != 0 {
		f.value, f.has = a/b, true
	}
	return f, true
}
