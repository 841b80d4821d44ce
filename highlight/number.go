package highlight

import (
	"strconv"
	"strings"
)

// Number words and digit strings: the parsing the figure detector builds on.

// numCardinals maps the number words that stand alone ("five",
// "twenty") to their values. Compounds ("twenty-one") and scales ("two
// million") are put together by the figure scanner.
var numCardinals = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// numScales multiply the number before them: "two million", "$3bn".
var numScales = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9,
	"trillion": 1e12, "dozen": 12, "bn": 1e9, "mn": 1e6, "mln": 1e6, "tn": 1e12,
}

// numMoneyScales are the short scales read only after an amount of money
// ("$20m", "£5k"), where "m" cannot mean metres.
var numMoneyScales = map[string]float64{"m": 1e6, "k": 1e3, "b": 1e9}

// numOrdinals maps ordinal words to their rank.
var numOrdinals = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
	"sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
	"eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
	"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
	"fortieth": 40, "fiftieth": 50, "hundredth": 100,
}

// numVague are plural amounts without a value: "hundreds of
// civilians", "tens of thousands". needOf marks the words that count only
// when "of" follows ("scores of people", not "test scores").
var numVague = map[string]struct{ needOf bool }{
	"tens": {true}, "dozens": {false}, "scores": {true},
	"hundreds": {false}, "thousands": {false}, "millions": {false},
	"billions": {false},
}

// numParseDigits reads a digit string as the tokenizer cuts it: digits with
// thousands commas ("260,000") and at most one decimal point ("3.5",
// ".05"). It reports false for anything else, such as "3.1.3".
func numParseDigits(s string) (float64, bool) {
	var whole, frac, scale float64 = 0, 0, 1
	dot, digits := false, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
			if dot {
				scale /= 10
				frac += float64(c-'0') * scale
			} else {
				whole = whole*10 + float64(c-'0')
			}
		case c == '.' && !dot:
			dot = true
		case c == ',' && !dot:
		default:
			return 0, false
		}
	}
	if digits == 0 {
		return 0, false
	}
	if dot && !strings.Contains(s, ",") {
		if v, err := strconv.ParseFloat(s, 64); err == nil {
			return v, true // exact decimals: ".308" is 0.308
		}
	}
	return whole + frac, true
}

// numIsInt reports whether s is only ASCII digits.
func numIsInt(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// numOrdinalSuffix reports whether suf ("st", "nd", "rd", "th") is the right
// English suffix for the integer written in digits.
func numOrdinalSuffix(digits, suf string) bool {
	if !numIsInt(digits) {
		return false
	}
	last := digits[len(digits)-1]
	teen := len(digits) > 1 && digits[len(digits)-2] == '1'
	want := "th"
	switch {
	case teen:
	case last == '1':
		want = "st"
	case last == '2':
		want = "nd"
	case last == '3':
		want = "rd"
	}
	return numFold(suf, want)
}

// numFold compares an ASCII word case-insensitively.
func numFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if numLower(a[i]) != numLower(b[i]) {
			return false
		}
	}
	return true
}

func numLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
