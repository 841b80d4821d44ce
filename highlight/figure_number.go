package highlight

import "math"

// numMatch is a number read from the tokens [start, end).
type numMatch struct {
	start, end int
	value      float64
	words      bool    // written in words ("five"), not digits
	plain      bool    // a bare integer in digits: no sign, scale or decimals
	scaled     bool    // a scale word followed ("two million")
	mult       float64 // the product of the scale words, 1 without
}

// number reads the number starting at token i: a signed digit string with
// an optional exponent and scale ("−4", "2.5 million", "3bn", "1.2 × 10−3"),
// or number words ("twenty-one", "two hundred and fifty", "half a million").
func (s *figScanner) number(i int) (numMatch, bool) {
	switch s.kindAt(i) {
	case ftNum:
		return s.digitNumber(i, i, 1)
	case ftWord:
		return s.wordNumber(i)
	}
	if sign, ok := s.signAt(i); ok {
		return s.digitNumber(i, i+1, sign)
	}
	return numMatch{}, false
}

// signAt reports whether token i is a sign glued to the number after it
// and standing free on its left ("−4°C", but not the dash of "400-500").
func (s *figScanner) signAt(i int) (float64, bool) {
	if s.kindAt(i+1) != ftNum || !s.glued(i+1) {
		return 0, false
	}
	if i > 0 && s.toks[i].gap == gapNone && !figSignAfter[s.tok(i-1)] {
		return 0, false
	}
	switch s.tok(i) {
	case "-", "−", "–":
		return -1, true
	case "+":
		return 1, true
	}
	return 0, false
}

// digitNumber reads the digit string at token d (the number starts at
// token start, which may be a sign) and any exponent and scale after it.
func (s *figScanner) digitNumber(start, d int, sign float64) (numMatch, bool) {
	v, ok := numParseDigits(s.tok(d))
	if !ok {
		return numMatch{}, false
	}
	n := numMatch{start: start, end: d + 1, value: sign * v, mult: 1}
	n.plain = start == d && numIsInt(s.tok(d))
	if e, end, ok := s.exponent(n.end); ok {
		n.value *= math.Pow(10, e)
		n.end, n.plain = end, false
	}
	s.scale(&n)
	return n, true
}

// exponent reads "× 10−3", "x 10^5" or "e-5" after a number at token i and
// returns the power of ten and the index after it.
func (s *figScanner) exponent(i int) (float64, int, bool) {
	t := s.tok(i)
	if (t == "e" || t == "E") && s.glued(i) {
		return s.power(i + 1)
	}
	if (t == "×" || t == "x") && s.is(i+1, "10") && s.near(i+1) {
		return s.power(i + 2)
	}
	return 0, 0, false
}

// power reads an exponent glued to the token before i: "−3", "^5", "³".
func (s *figScanner) power(i int) (float64, int, bool) {
	if !s.glued(i) {
		return 0, 0, false
	}
	if s.is(i, "^") {
		i++
	}
	sign := 1.0
	if t := s.tok(i); t == "-" || t == "−" || t == "⁻" {
		sign, i = -1, i+1
	} else if t == "+" {
		i++
	}
	if s.kindAt(i) == ftNum && s.glued(i) {
		v, ok := numParseDigits(s.tok(i))
		return sign * v, i + 1, ok
	}
	if v, end, ok := s.superscripts(i); ok {
		return sign * v, end, true
	}
	return 0, 0, false
}

// superscripts reads glued superscript digits ("³", "¹⁰") at token i.
func (s *figScanner) superscripts(i int) (float64, int, bool) {
	v, j := 0.0, i
	for j < len(s.toks) && (j == i || s.glued(j)) {
		d := superDigit(s.tok(j))
		if d < 0 {
			break
		}
		v, j = v*10+float64(d), j+1
	}
	return v, j, j > i
}

// superDigit returns the value of a superscript digit, or -1.
func superDigit(t string) int {
	switch t {
	case "⁰":
		return 0
	case "¹":
		return 1
	case "²":
		return 2
	case "³":
		return 3
	case "⁴":
		return 4
	case "⁵":
		return 5
	case "⁶":
		return 6
	case "⁷":
		return 7
	case "⁸":
		return 8
	case "⁹":
		return 9
	}
	return -1
}

// scale applies the scale words after n ("million", "bn"), one or more.
func (s *figScanner) scale(n *numMatch) {
	for s.near(n.end) {
		m, ok := numScales[string(s.lower(n.end))]
		if !ok {
			return
		}
		n.value *= m
		n.mult *= m
		n.end++
		n.plain, n.scaled = false, true
	}
}

// wordNumber reads a number written in words at token i.
func (s *figScanner) wordNumber(i int) (numMatch, bool) {
	n := numMatch{start: i, end: i, words: true, mult: 1}
	switch {
	case s.is(i, "half") && (s.is(i+1, "a") || s.is(i+1, "an")) && s.isScale(i+2):
		n.value, n.end = 0.5, i+2
	case s.is(i, "a") || s.is(i, "an"):
		if !s.isScale(i + 1) {
			return n, false
		}
		n.value, n.end = 1, i+1
	default:
		v, ok := numCardinals[string(s.lower(i))]
		if !ok {
			return n, false
		}
		n.value, n.end = s.compound(i, v)
	}
	s.scale(&n)
	s.andTail(&n)
	return n, true
}

// isScale reports whether token i is a scale word such as "million".
func (s *figScanner) isScale(i int) bool {
	_, ok := numScales[string(s.lower(i))]
	return ok && s.near(i)
}

// compound joins "twenty" "-" "one" into 21; it returns the value and the
// index after the number.
func (s *figScanner) compound(i int, v float64) (float64, int) {
	if v < 20 || int(v)%10 != 0 || !s.is(i+1, "-") || !s.glued(i+1) || !s.glued(i+2) {
		return v, i + 1
	}
	u, ok := numCardinals[string(s.lower(i+2))]
	if !ok || u < 1 || u > 9 {
		return v, i + 1
	}
	return v + u, i + 3
}

// andTail reads "and fifty" after "two hundred".
func (s *figScanner) andTail(n *numMatch) {
	if !n.scaled || !s.is(n.end, "and") || !s.near(n.end+1) {
		return
	}
	u, ok := numCardinals[string(s.lower(n.end+1))]
	if !ok || u >= 100 {
		return
	}
	u, end := s.compound(n.end+1, u)
	n.value += u
	n.end = end
}

// figSignAfter are the marks a sign may be glued to: "(−4", "=−4", "<−60".
var figSignAfter = WordSet(`( = < > ≤ ≥ ~ ∼ ≈ ±`)
