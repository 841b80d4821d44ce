package highlight

import "strings"

// Dates: "Feb. 5, 2016", "May 17, 2016", "February 06", "Sept 29",
// "March 2011", "5 February 2016", "5th of May", "2016-02-05". Value is
// YYYYMMDD with zero for a part the text does not give.

// figMonths maps month names and abbreviations, as capitalised in text, to
// month numbers.
var figMonths = map[string]int{
	"January": 1, "February": 2, "March": 3, "April": 4, "May": 5,
	"June": 6, "July": 7, "August": 8, "September": 9, "October": 10,
	"November": 11, "December": 12,
	"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
	"Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}

// figMonthAbbrevs are the abbreviations among figMonths, which may take
// a point ("Feb.").
var figMonthAbbrevs = WordSet(`Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`)

// date matches a date starting at token i.
func (s *figScanner) date(i int) (figure, bool) {
	if m, j, ok := s.month(i); ok {
		return s.monthFirst(i, m, j)
	}
	if s.kindAt(i) == ftNum {
		if f, ok := s.isoDate(i); ok {
			return f, true
		}
		if f, ok := s.clock(i); ok {
			return f, true
		}
		if f, ok := s.dottedDate(i); ok {
			return f, true
		}
		return s.dayFirst(i)
	}
	return figure{}, false
}

// month reads a month name at token i, with the point of an abbreviation,
// and returns its number and the index after it.
func (s *figScanner) month(i int) (int, int, bool) {
	if s.kindAt(i) != ftWord {
		return 0, 0, false
	}
	t := s.tok(i)
	m, ok := figMonths[t]
	if !ok {
		return 0, 0, false
	}
	j := i + 1
	if s.is(j, ".") && s.glued(j) && figMonthAbbrevs[t] {
		j++
	}
	return m, j, true
}

// monthFirst reads "Feb. 5, 2016", "February 06" and "March 2011" after a
// month ending at token j.
func (s *figScanner) monthFirst(i, m, j int) (figure, bool) {
	if !s.near(j) || s.kindAt(j) != ftNum || s.toks[j].gap == gapNone {
		return figure{}, false
	}
	if y, ok := s.yearAt(j); ok {
		return figure{a: i, b: j + 1, value: y*10000 + float64(m)*100, has: true, unit: "date"}, true
	}
	day, end, ok := s.dayAt(j)
	if !ok {
		return figure{}, false
	}
	f := figure{a: i, b: end, value: float64(m)*100 + day, has: true, unit: "date"}
	s.dayRange(&f)
	s.yearTail(&f)
	return f, true
}

// dayRange widens "April 21" over "-23" or "to 22"; the value stays the
// first day.
func (s *figScanner) dayRange(f *figure) {
	j := f.b
	if t := s.tok(j); (t == "-" || t == "–" || t == "to") && s.near(j) && s.near(j+1) {
		if _, end, ok := s.dayAt(j + 1); ok {
			f.b = end
		}
	}
}

// clock matches a time of day: "6:05 p.m.", "7 p.m.", "11:50", "3 am".
// Value is HHMM on a 24-hour clock; seconds are dropped.
func (s *figScanner) clock(i int) (figure, bool) {
	h, ok := s.smallInt(i, 2, 24)
	if !ok {
		return figure{}, false
	}
	f := figure{a: i, b: i + 1, value: h * 100, has: true, unit: "time"}
	minutes := s.is(i+1, ":") && s.glued(i+1) && s.glued(i+2) && len(s.tok(i+2)) == 2
	if minutes {
		m, ok := s.smallInt(i+2, 2, 59)
		if !ok {
			return figure{}, false
		}
		f.value, f.b = f.value+m, i+3
		if s.is(f.b, ":") && s.glued(f.b) && s.glued(f.b+1) && len(s.tok(f.b+1)) == 2 {
			f.b += 2
		}
	}
	end, pm, ok := s.meridiem(f.b)
	switch {
	case !ok && s.afterName(i):
		return figure{}, false // "Proverbs 6:17"
	case ok && h <= 12:
		f.b = end
		if pm && h < 12 {
			f.value += 1200
		} else if !pm && h == 12 {
			f.value -= 1200
		}
	case !minutes:
		return figure{}, false
	}
	return f, s.freeOnRight(f.b)
}

// smallInt reads an integer of at most digits digits, no more than max.
func (s *figScanner) smallInt(i, digits int, max float64) (float64, bool) {
	t := s.tok(i)
	if s.kindAt(i) != ftNum || len(t) > digits || !numIsInt(t) {
		return 0, false
	}
	v, _ := numParseDigits(t)
	return v, v <= max
}

// meridiem reads "a.m.", "p.m.", "am" or "pm" at token j and returns the
// index after it and whether it is afternoon.
func (s *figScanner) meridiem(j int) (int, bool, bool) {
	if !s.near(j) {
		return 0, false, false
	}
	t := string(s.lower(j))
	switch {
	case t == "am" || t == "pm":
		return j + 1, t == "pm", true
	case (t == "a" || t == "p") && s.is(j+1, ".") && s.glued(j+1) && s.is(j+2, "m") && s.glued(j+2):
		end := j + 3
		if s.is(end, ".") && s.glued(end) {
			end++
		}
		return end, t == "p", true
	}
	return 0, false, false
}

// dayFirst reads "5 February 2016" and "5th of May".
func (s *figScanner) dayFirst(i int) (figure, bool) {
	day, j, ok := s.dayAt(i)
	if !ok || !s.freeOnLeft(i, numMatch{}) {
		return figure{}, false
	}
	if s.is(j, "of") && s.near(j) {
		j++
	}
	m, end, ok := s.month(j)
	if !ok || !s.near(j) || s.toks[j].gap == gapNone {
		return figure{}, false
	}
	f := figure{a: i, b: end, value: float64(m)*100 + day, has: true, unit: "date"}
	s.yearTail(&f)
	return f, true
}

// dayAt reads a day of the month at token j ("5", "06", "17th") and
// returns it and the index after it.
func (s *figScanner) dayAt(j int) (float64, int, bool) {
	t := s.tok(j)
	if s.kindAt(j) != ftNum || len(t) > 2 || !numIsInt(t) {
		return 0, 0, false
	}
	day, _ := numParseDigits(t)
	if day < 1 || day > 31 {
		return 0, 0, false
	}
	end := j + 1
	if s.glued(end) && numOrdinalSuffix(t, s.tok(end)) {
		end++
	}
	if s.glued(end) && s.kindAt(end) != ftSym {
		return 0, 0, false // "5km", "17a"
	}
	return day, end, true
}

// yearAt reads a four-digit year at token j.
func (s *figScanner) yearAt(j int) (float64, bool) {
	t := s.tok(j)
	if s.kindAt(j) != ftNum || len(t) != 4 || !numIsInt(t) || s.glued(j+1) && s.kindAt(j+1) != ftSym {
		return 0, false
	}
	y, _ := numParseDigits(t)
	return y, y >= 1000 && y <= 2100
}

// yearTail widens a day-and-month date over ", 2016" or " 2016".
func (s *figScanner) yearTail(f *figure) {
	j := f.b
	if s.is(j, ",") && s.glued(j) {
		j++
	}
	if !s.near(j) || s.toks[j].gap == gapNone {
		return
	}
	if y, ok := s.yearAt(j); ok {
		f.value += y * 10000
		f.b = j + 1
	}
}

// isoDate reads "2016-02-05" or "2016/02/05".
func (s *figScanner) isoDate(i int) (figure, bool) {
	t, sep := s.tok(i), s.tok(i+1)
	if len(t) != 4 || !numIsInt(t) || sep != "-" && sep != "/" {
		return figure{}, false
	}
	y, _ := numParseDigits(t)
	for k := i + 1; k <= i+4; k++ {
		if !s.glued(k) {
			return figure{}, false
		}
	}
	if s.tok(i+3) != sep || len(s.tok(i+2)) != 2 || len(s.tok(i+4)) != 2 {
		return figure{}, false
	}
	m, _ := numParseDigits(s.tok(i + 2))
	d, _ := numParseDigits(s.tok(i + 4))
	if m < 1 || m > 12 || d < 1 || d > 31 || !numIsInt(s.tok(i+2)) || !numIsInt(s.tok(i+4)) {
		return figure{}, false
	}
	return figure{a: i, b: i + 5, value: y*10000 + m*100 + d, has: true, unit: "date"}, true
}

// dottedDate reads the day-first "06.02.2016" of European bylines; other
// dotted numbers ("3.1.3") are section numbers and no figure.
func (s *figScanner) dottedDate(i int) (figure, bool) {
	t := s.tok(i)
	if strings.Count(t, ".") != 2 {
		return figure{}, false
	}
	parts := strings.Split(t, ".")
	if len(parts) != 3 || len(parts[0]) > 2 || len(parts[1]) > 2 || len(parts[2]) != 4 {
		return figure{}, false
	}
	var v [3]float64
	for k, p := range parts {
		if !numIsInt(p) {
			return figure{}, false
		}
		v[k], _ = numParseDigits(p)
	}
	d, m, y := v[0], v[1], v[2]
	if d < 1 || d > 31 || m < 1 || m > 12 || y < 1000 || y > 2100 || !s.freeOnLeft(i, numMatch{}) || !s.freeOnRight(i+1) {
		return figure{}, false
	}
	return figure{a: i, b: i + 1, value: y*10000 + m*100 + d, has: true, unit: "date"}, true
}
