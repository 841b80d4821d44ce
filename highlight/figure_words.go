package highlight

import "unicode/utf8"

// Money, vague amounts and ordinal words.

// figCurrencySigns maps currency signs to ISO codes.
var figCurrencySigns = map[string]string{
	"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB",
	"₺": "TRY", "₩": "KRW", "USD": "USD", "EUR": "EUR", "GBP": "GBP",
	"Rs": "INR", "INR": "INR", "JPY": "JPY", "CNY": "CNY", "CHF": "CHF",
	"RUB": "RUB", "AUD": "AUD", "CAD": "CAD",
}

// figDollarPrefixes name the dollar in "US$", "A$", "C$".
var figDollarPrefixes = map[string]string{
	"US": "USD", "A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD",
	"NZ": "NZD", "HK": "HKD", "S": "SGD",
}

// money matches "$5 million", "US$ 20", "€3bn", "£20m", "$5-10 million".
func (s *figScanner) money(i int) (figure, bool) {
	unit, j, ok := s.currency(i)
	if !ok || !s.near(j) || s.toks[j].gap == gapLine {
		return figure{}, false
	}
	n, ok := s.number(j)
	if !ok || n.words {
		return figure{}, false
	}
	f := figure{a: i, b: n.end, value: n.value, has: true, unit: unit}
	s.moneyScale(&f, n)
	s.moneyRange(&f, n)
	return f, true
}

// currency reads a currency sign or code at token i.
func (s *figScanner) currency(i int) (string, int, bool) {
	t := s.tok(i)
	if t == "" || !figCurrencyStart(t[0]) {
		return "", 0, false
	}
	if code, ok := figDollarPrefixes[t]; ok && s.is(i+1, "$") && s.glued(i+1) {
		return code, i + 2, true
	}
	if code, ok := figCurrencySigns[t]; ok {
		return code, i + 1, true
	}
	return "", 0, false
}

// figCurrencyStart reports whether a currency sign or code (or a dollar
// prefix) can start with byte c: '$', a capital letter or a non-ASCII
// sign (TestFigWordTables). Most tokens are turned away here without a
// map lookup.
func figCurrencyStart(c byte) bool { return c == '$' || c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf }

// moneyScale reads the short scales of money: "$20m", "£5k", "$3 bn".
func (s *figScanner) moneyScale(f *figure, n numMatch) {
	if n.scaled || !s.glued(f.b) {
		return
	}
	if m, ok := numMoneyScales[string(s.lower(f.b))]; ok {
		f.value *= m
		f.b++
	}
}

// moneyRange widens "$5" over "-10 million" or " to $10"; first is the
// amount before the dash. "$5-10 million" shares the scale: 5 million.
func (s *figScanner) moneyRange(f *figure, first numMatch) {
	j := f.b
	if !s.near(j) || !s.rangeWord(j, f.a) || s.is(j, "or") {
		return
	}
	k := j + 1
	if _, next, ok := s.currency(k); ok {
		k = next
	}
	n, ok := s.number(k)
	if !ok || n.words || !s.near(k) {
		return
	}
	g := figure{b: n.end, value: n.value}
	s.moneyScale(&g, n)
	f.b = g.b
	if !first.scaled && f.value == first.value && n.scaled {
		f.value *= n.mult
	}
	f.value = min(f.value, g.value)
}

// vague matches amounts without a value: "hundreds", "tens of thousands",
// "dozens", "scores of", "several thousand", "a few hundred".
func (s *figScanner) vague(i int) (figure, bool) {
	if s.kindAt(i) == ftNum {
		return figure{}, false // vague amounts are words (TestFigWordTables)
	}
	f := figure{a: i}
	switch {
	case s.isQuantifier(i) && s.isScale(i+1) && s.toks[i+1].gap == gapSpace:
		f.b = i + 2
	case s.is(i, "a") && s.is(i+1, "few") && s.isScale(i+2):
		f.b = i + 3
	default:
		v, ok := numVague[string(s.lower(i))]
		if !ok || v.needOf && !s.is(i+1, "of") {
			return figure{}, false
		}
		f.b = i + 1
	}
	for s.is(f.b, "of") && s.isPluralScale(f.b+1) {
		f.b += 2 // "tens of thousands"
	}
	if s.is(f.b, "of") && s.near(f.b) {
		f.unit, _ = s.countNoun(f.b + 1)
		if f.unit == "" && s.isCap(f.b+1) && s.near(f.b+1) {
			f.unit = s.tok(f.b + 1) // "thousands of Syrians"
		}
	}
	return f, true
}

// isQuantifier reports whether token i is "several", "few" or "many".
func (s *figScanner) isQuantifier(i int) bool {
	return s.is(i, "several") || s.is(i, "few") || s.is(i, "many")
}

// isPluralScale reports whether token i is "thousands", "millions", ...
func (s *figScanner) isPluralScale(i int) bool {
	switch string(s.lower(i)) {
	case "hundreds", "thousands", "millions", "billions":
		return true
	}
	return false
}

// ordinalWord matches ordinal words where they count: "second largest",
// "third consecutive", "first anniversary".
func (s *figScanner) ordinalWord(i int) (figure, bool) {
	if s.kindAt(i) == ftNum {
		return figure{}, false // ordinal words are words (TestFigWordTables)
	}
	rank, ok := numOrdinals[string(s.lower(i))]
	if !ok || !s.near(i+1) || s.toks[i+1].gap == gapNone || !s.isLowerWord(i+1) {
		return figure{}, false
	}
	next := string(s.lower(i + 1))
	f := figure{a: i, b: i + 1, value: rank, has: true, unit: "ordinal"}
	switch {
	case rank == 1:
		return f, next == "anniversary"
	case figSuperlative(next):
		f.b = i + 2
		return f, true
	}
	return f, figOrdinalNouns[next]
}

// figSuperlative reports whether w is a superlative ("largest", "most").
func figSuperlative(w string) bool {
	if w == "most" || w == "least" {
		return true
	}
	n := len(w)
	return n > 5 && w[n-3:] == "est" && w != "interest" && w != "protest" && w != "request" && w != "contest"
}

// figOrdinalNouns follow an ordinal that counts.
var figOrdinalNouns = map[string]bool{
	"anniversary": true, "consecutive": true, "straight": true, "round": true,
	"term": true, "time": true, "day": true, "week": true, "month": true,
	"year": true, "quarter": true, "century": true, "place": true,
	"wave": true, "successive": true, "highest": true, "anniversaries": true,
}
