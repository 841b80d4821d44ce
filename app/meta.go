package app

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// textMeta is what an article's own text shows about it.
type textMeta struct {
	Title, Outlet, Byline, Date, Credit string
}

// Limits of the guesses: how far into the text a header may reach, how
// many closing lines count as a footer, how long a title may grow.
const (
	headerLines = 10
	footerLines = 6
	maxTitle    = 200
)

var (
	// bylineRe matches a line that is only a byline: "By DW", "By Jane Roe".
	bylineRe = regexp.MustCompile(`^(?i:by)\s+([\pL][\pL\pN .'’&-]{0,58})$`)
	// creditRe matches a photo credit: "Photo by: Reuters", "(photos by AFP)".
	creditRe = regexp.MustCompile(`(?i:\b(photos?|images?|pictures?)\s+(?:by|credit|courtesy(?: of)?)\s*:?\s*)(\p{Lu}[\pL\pN&.-]*(?: \p{Lu}[\pL\pN&.-]*){0,3})`)
	// ownSiteRe matches an outlet naming its own website in a footer.
	ownSiteRe = regexp.MustCompile(`^(\p{Lu}[\pL\pN .&-]{1,38}?)(?:’|')s (?:website|web site|site)\b`)
	// wireRe matches a wire-service dateline: "WASHINGTON (Reuters) - ...".
	wireRe = regexp.MustCompile(`^\p{Lu}[\p{Lu}\s.,'-]{1,40}\s\(([\pL][\pL\pN .&-]{1,30})\)\s*[–—-]\s`)
	// dashRe splits a dateline: "February 06 – Scott Lucas – eaworldview – ...".
	dashRe = regexp.MustCompile(`\s+[–—-]\s+`)
	// labelRe matches lines that are captions or section labels, not titles.
	labelRe = regexp.MustCompile(`^(?:(?i:photos?|images?|pictures?|video|watch|read more|see also|related)\b.*|[\p{Lu}\s]{2,20}|[•·*▪►-].*)$`)
)

// guessMeta reads the title, outlet, byline, date and credits off a plain
// text, where the text shows them.
func guessMeta(text string) textMeta {
	lines := nonEmptyLines(text)
	var m textMeta
	rest := m.fromDateline(lines)
	m.fromWireDateline(lines)
	m.fromBylines(lines)
	m.fromCredits(lines)
	m.fromFooter(lines)
	m.fromSeries(lines)
	m.fromHeaderDate(lines)
	m.Title = guessTitle(lines, rest)
	return m
}

// nonEmptyLines returns the text's lines with surrounding space trimmed,
// leaving out blank ones.
func nonEmptyLines(text string) []string {
	var out []string
	for line := range strings.Lines(text) {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// fromDateline reads a dateline opening the first line, "February 06 –
// Scott Lucas – eaworldview – Despite ...", and returns what follows it
// ("" when there is no dateline).
func (m *textMeta) fromDateline(lines []string) string {
	if len(lines) == 0 {
		return ""
	}
	parts := dashRe.Split(lines[0], 4)
	if len(parts) < 2 || !isDateOnly(parts[0]) {
		return ""
	}
	d, _ := firstDate(parts[0], false)
	m.Date = d.String()
	for _, p := range parts[1 : len(parts)-1] {
		m.placeDatelinePart(p)
	}
	return parts[len(parts)-1]
}

// fromWireDateline reads the outlet off a wire-service dateline opening
// the text or its first paragraph: "WASHINGTON (Reuters) - ...".
func (m *textMeta) fromWireDateline(lines []string) {
	for _, line := range head(lines, 3) {
		if sub := wireRe.FindStringSubmatch(line); sub != nil {
			m.setOutlet(outletName(sub[1]))
			return
		}
	}
}

// isDateOnly reports whether s is nothing but a date.
func isDateOnly(s string) bool {
	d, ok := firstDate(s, false)
	return ok && d.at == 0 && utf8.RuneCountInString(s) <= 20
}

// placeDatelinePart files one part of a dateline as the outlet (a known
// outlet or a web address) or the byline (a name).
func (m *textMeta) placeDatelinePart(p string) {
	if o, ok := outletByAlias[p]; ok {
		m.Outlet = o.name
		return
	}
	if strings.Contains(p, ".") && !strings.Contains(p, " ") || isLowerWord(p) {
		m.setOutlet(p)
		return
	}
	if m.Byline == "" && looksLikeName(p) {
		m.Byline = p
	}
}

// fromBylines reads "By X" lines in the header: X is the outlet when it is
// a known outlet or a short upper-case name ("By DW"), else the byline.
func (m *textMeta) fromBylines(lines []string) {
	for _, line := range head(lines, headerLines) {
		sub := bylineRe.FindStringSubmatch(line)
		if sub == nil {
			continue
		}
		who := strings.TrimSpace(sub[1])
		if _, known := outletByAlias[who]; known || isAcronym(who) {
			m.setOutlet(outletName(who))
		} else if m.Byline == "" {
			m.Byline = who
		}
	}
}

// fromCredits collects photo credits anywhere in the text, and a closing
// line listing sources ("TRTWorld, AA").
func (m *textMeta) fromCredits(lines []string) {
	var credits []string
	for _, line := range lines {
		if !mayCredit(line) {
			continue
		}
		for _, sub := range creditRe.FindAllStringSubmatch(line, -1) {
			credits = appendNew(credits, creditLabel(sub[1])+strings.TrimRight(sub[2], ".-"))
		}
	}
	if n := len(lines); n > 0 && isSourceList(lines[n-1]) {
		credits = appendNew(credits, "Sources: "+lines[n-1])
		m.outletFromSources(lines[n-1])
	}
	m.Credit = strings.Join(credits, "; ")
}

// outletFromSources takes as the outlet the first known outlet of a
// closing source list that is not a wire agency: "TRTWorld, AA" is TRT
// World's article with material from Anadolu Agency.
func (m *textMeta) outletFromSources(line string) {
	for _, f := range strings.FieldsFunc(line, func(r rune) bool { return r == ',' || r == '/' }) {
		if o, ok := outletByAlias[strings.TrimSpace(f)]; ok && !o.agency {
			m.setOutlet(o.name)
			return
		}
	}
}

// mayCredit is a quick test that line holds a word creditRe looks for.
func mayCredit(line string) bool {
	return containsFold(line, "photo") || containsFold(line, "image") || containsFold(line, "picture")
}

// containsFold reports whether s contains the lower-case ASCII word w in
// any case.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i]|0x20 == w[0] && strings.EqualFold(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

// creditLabel is "Photo: " or "Photos: " after the word the text used.
func creditLabel(word string) string {
	if strings.HasSuffix(strings.ToLower(word), "s") {
		return "Photos: "
	}
	return "Photo: "
}

// isSourceList reports whether line lists a few sources and nothing else,
// like "TRTWorld, AA" or "Reuters/AFP".
func isSourceList(line string) bool {
	if len(line) > 40 || !strings.ContainsAny(line, ",/") {
		return false
	}
	for _, f := range strings.FieldsFunc(line, func(r rune) bool { return r == ',' || r == '/' }) {
		f = strings.TrimSpace(f)
		if _, known := outletByAlias[f]; !known && (strings.Contains(f, " ") || !startsUpper(f)) {
			return false
		}
	}
	return true
}

// fromFooter finds the outlet naming itself in the closing lines: "Press
// TV’s website can also be accessed at ...".
func (m *textMeta) fromFooter(lines []string) {
	for _, line := range tail(lines, footerLines) {
		if sub := ownSiteRe.FindStringSubmatch(line); sub != nil {
			m.setOutlet(outletName(strings.TrimSpace(sub[1])))
			return
		}
	}
}

// fromSeries finds the name of an outlet's series anywhere ("See Syria
// Daily, Sept 29: ...") and takes a date given with it.
func (m *textMeta) fromSeries(lines []string) {
	for _, line := range lines {
		o, ok := findSeries(line)
		if !ok {
			continue
		}
		m.setOutlet(o.name)
		if d, ok := firstDate(line, false); ok && m.Date == "" {
			m.Date = d.String()
		}
		return
	}
}

// fromHeaderDate takes the first full date (with a year) in the header,
// such as a photo caption's "on Feb. 5, 2016".
func (m *textMeta) fromHeaderDate(lines []string) {
	if m.Date != "" {
		return
	}
	for _, line := range head(lines, headerLines) {
		if d, ok := firstDate(line, true); ok {
			m.Date = d.String()
			return
		}
	}
}

// setOutlet sets the outlet unless one was already found.
func (m *textMeta) setOutlet(name string) {
	if m.Outlet == "" {
		m.Outlet = name
	}
}

// guessTitle returns the first line that reads as a title (not a caption,
// label or byline), cut to its first sentence when it is long. rest, when
// set, is the text after a dateline and is used first.
func guessTitle(lines []string, rest string) string {
	if rest != "" {
		return titleOf(rest)
	}
	for _, line := range lines {
		if labelRe.MatchString(line) || bylineRe.MatchString(line) || creditRe.MatchString(line) {
			continue
		}
		return titleOf(line)
	}
	return ""
}

// titleOf makes a title of a line: a short line whole, a long one cut to
// its first sentence and then, if still too long, at a word.
func titleOf(line string) string {
	if len(line) <= 120 && !strings.ContainsAny(line, ".!?") {
		return line
	}
	s := strings.TrimSuffix(firstSentence(line), ".")
	if len(s) <= maxTitle {
		return s
	}
	cut := strings.LastIndexByte(s[:maxTitle], ' ')
	if cut <= 0 {
		cut = maxTitle
	}
	return strings.ToValidUTF8(s[:cut], "") + "…"
}

// abbrevs are words ending in a full stop that do not end a sentence.
var abbrevs = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Gen": true, "Sen": true, "Rep": true,
	"Gov": true, "Lt": true, "Col": true, "Capt": true, "Prof": true, "No": true, "Jan": true, "Feb": true,
	"Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true, "Sep": true, "Sept": true,
	"Oct": true, "Nov": true, "Dec": true, "U.S": true, "U.N": true, "U.K": true, "vs": true,
}

// firstSentence returns s up to the end of its first sentence: a full stop,
// question or exclamation mark followed by a space or, as in text whose
// spaces were lost, directly by a capital letter.
func firstSentence(s string) string {
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune(".!?", rune(s[i])) || i+1 >= len(s) {
			continue
		}
		next, _ := utf8.DecodeRuneInString(s[i+1:])
		if (next == ' ' || unicode.IsUpper(next)) && !endsAbbrev(s[:i]) {
			return strings.TrimSpace(s[:i+1])
		}
	}
	return s
}

// endsAbbrev reports whether s ends with an abbreviation or an initial.
func endsAbbrev(s string) bool {
	w := s[strings.LastIndexAny(s, " (\"“")+1:]
	if abbrevs[w] {
		return true
	}
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// looksLikeName reports whether s is two to four capitalised words.
func looksLikeName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !startsUpper(w) {
			return false
		}
	}
	return true
}

// isAcronym reports whether s is a short upper-case name like "DW" or "AFP".
func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isLowerWord reports whether s is one lower-case word, like a site's name
// written as its address ("eaworldview").
func isLowerWord(s string) bool {
	if s == "" || strings.ContainsAny(s, " ") {
		return false
	}
	for _, r := range s {
		if !unicode.IsLower(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// startsUpper reports whether s starts with an upper-case letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// appendNew appends s to list unless it is already there.
func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// head returns the first n elements of s, or all of them.
func head(s []string, n int) []string { return s[:min(len(s), n)] }

// tail returns the last n elements of s, or all of them.
func tail(s []string, n int) []string { return s[max(0, len(s)-n):] }
