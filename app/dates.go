package app

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// monthPat matches an English month name or its abbreviation.
const monthPat = `(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`

// The date forms a text shows: "Feb. 5, 2016", "February 06", "5 February
// 2016", "2016-02-05".
var (
	monthDayRe = regexp.MustCompile(`\b` + monthPat + `\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`)
	dayMonthRe = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+` + monthPat + `(?:,?\s+(\d{4})\b)?`)
	isoDateRe  = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
)

// textDate is a date as a text shows it: year 0 when the text gives none.
type textDate struct {
	year  int
	month time.Month
	day   int
	at    int // byte offset of the match in the searched string
}

// String formats d as "5 February 2016", or "6 February" without a year.
func (d textDate) String() string {
	if d.year == 0 {
		return fmt.Sprintf("%d %s", d.day, d.month)
	}
	return fmt.Sprintf("%d %s %d", d.day, d.month, d.year)
}

// findDates returns every plausible date in s, in order of position.
func findDates(s string) []textDate {
	if !strings.ContainsAny(s, "0123456789") {
		return nil
	}
	var out []textDate
	for _, m := range monthDayRe.FindAllStringSubmatchIndex(s, -1) {
		out = appendDate(out, s, m, 2, 4, 6)
	}
	for _, m := range dayMonthRe.FindAllStringSubmatchIndex(s, -1) {
		out = appendDate(out, s, m, 4, 2, 6)
	}
	for _, m := range isoDateRe.FindAllStringSubmatchIndex(s, -1) {
		out = appendISODate(out, s, m)
	}
	sortDates(out)
	return out
}

// appendDate adds the date a monthDayRe or dayMonthRe match gives, where
// mi, di and yi are the submatch index pairs of month, day and year.
func appendDate(out []textDate, s string, m []int, mi, di, yi int) []textDate {
	month := monthOf(s[m[mi]:m[mi+1]])
	day, _ := strconv.Atoi(s[m[di]:m[di+1]])
	year := 0
	if m[yi] >= 0 {
		year, _ = strconv.Atoi(s[m[yi]:m[yi+1]])
	}
	return appendValid(out, textDate{year: year, month: month, day: day, at: m[0]})
}

// appendISODate adds the date of an isoDateRe match.
func appendISODate(out []textDate, s string, m []int) []textDate {
	year, _ := strconv.Atoi(s[m[2]:m[3]])
	month, _ := strconv.Atoi(s[m[4]:m[5]])
	day, _ := strconv.Atoi(s[m[6]:m[7]])
	return appendValid(out, textDate{year: year, month: time.Month(month), day: day, at: m[0]})
}

// appendValid adds d when it is a real calendar date (29 February only
// in a leap year, or with no year given).
func appendValid(out []textDate, d textDate) []textDate {
	if d.year != 0 && (d.year < 1800 || d.year > 2200) || d.month < 1 || d.month > 12 {
		return out
	}
	year := d.year
	if year == 0 {
		year = 2000 // a leap year: "29 February" alone is a date
	}
	if t := time.Date(year, d.month, d.day, 0, 0, 0, 0, time.UTC); d.day < 1 || t.Day() != d.day {
		return out
	}
	return append(out, d)
}

// monthOf returns the month a name or abbreviation stands for.
func monthOf(name string) time.Month {
	name = strings.ToLower(strings.TrimSuffix(name, "."))
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(strings.ToLower(m.String()), name[:min(len(name), 3)]) {
			return m
		}
	}
	return 0
}

// sortDates orders dates by position (insertion sort: there are few).
func sortDates(d []textDate) {
	for i := 1; i < len(d); i++ {
		for j := i; j > 0 && d[j].at < d[j-1].at; j-- {
			d[j], d[j-1] = d[j-1], d[j]
		}
	}
}

// firstDate returns the first date in s, preferring one with a year when
// withYear is set.
func firstDate(s string, withYear bool) (textDate, bool) {
	for _, d := range findDates(s) {
		if !withYear || d.year != 0 {
			return d, true
		}
	}
	return textDate{}, false
}

// formatTime formats a time from page metadata as Document.Date does.
func formatTime(t time.Time) string {
	return textDate{year: t.Year(), month: t.Month(), day: t.Day()}.String()
}
