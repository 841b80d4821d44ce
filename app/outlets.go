package app

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// outlet is a news outlet or agency and the ways a text names it.
type outlet struct {
	name    string   // the canonical name shown in Slant
	aliases []string // spellings the text may use, matched case-sensitively as whole words
	series  []string // names of the outlet's own series ("Syria Daily"): naming one anywhere shows the outlet
	agency  bool     // a wire agency: credited for photos and sources rather than being the outlet
}

// outlets lists the outlets Slant recognises by name. Outlets not listed
// are still found where the text says "By X" or "X's website".
var outlets = []outlet{
	{name: "EA WorldView", aliases: []string{"EA WorldView", "EA Worldview", "eaworldview", "eaworldview.com"},
		series: []string{"Syria Daily", "Iran Daily", "Turkey Daily"}},
	{name: "DW", aliases: []string{"DW", "Deutsche Welle", "dw.com"}},
	{name: "Press TV", aliases: []string{"Press TV", "PressTV", "presstv.com", "presstv.ir", "presstv.co.uk"}},
	{name: "TRT World", aliases: []string{"TRT World", "TRTWorld", "trtworld.com"}},
	{name: "Al Jazeera", aliases: []string{"Al Jazeera", "aljazeera.com"}},
	{name: "BBC", aliases: []string{"BBC", "BBC News", "bbc.com", "bbc.co.uk"}},
	{name: "CNN", aliases: []string{"CNN", "cnn.com"}},
	{name: "RT", aliases: []string{"RT", "Russia Today", "rt.com"}},
	{name: "Sputnik", aliases: []string{"Sputnik", "Sputnik News"}},
	{name: "The Guardian", aliases: []string{"The Guardian", "theguardian.com"}},
	{name: "The New York Times", aliases: []string{"The New York Times", "New York Times", "nytimes.com"}},
	{name: "The Washington Post", aliases: []string{"The Washington Post", "Washington Post"}},
	{name: "Middle East Eye", aliases: []string{"Middle East Eye"}},
	{name: "Al-Monitor", aliases: []string{"Al-Monitor"}},
	{name: "France 24", aliases: []string{"France 24", "FRANCE 24"}},
	{name: "Euronews", aliases: []string{"Euronews", "euronews"}},
	{name: "SANA", aliases: []string{"SANA"}},
	{name: "Reuters", aliases: []string{"Reuters", "REUTERS"}, agency: true},
	{name: "AFP", aliases: []string{"AFP", "Agence France-Presse"}, agency: true},
	{name: "AP", aliases: []string{"AP", "Associated Press"}, agency: true},
	{name: "Anadolu Agency", aliases: []string{"AA", "Anadolu Agency", "Anadolu"}, agency: true},
	{name: "TASS", aliases: []string{"TASS"}, agency: true},
	{name: "Xinhua", aliases: []string{"Xinhua"}, agency: true},
}

// outletByAlias gives the outlet of each alias and series name.
var outletByAlias = aliasIndex()

// aliasIndex maps every alias and series name to its outlet.
func aliasIndex() map[string]*outlet {
	m := map[string]*outlet{}
	for i := range outlets {
		o := &outlets[i]
		for _, a := range append(append([]string(nil), o.aliases...), o.series...) {
			m[a] = o
		}
	}
	return m
}

// findSeries returns the outlet whose series line names as whole words
// ("See Syria Daily, Sept 29" names EA WorldView's "Syria Daily").
func findSeries(line string) (*outlet, bool) {
	for i := range outlets {
		for _, name := range outlets[i].series {
			if containsWord(line, name) {
				return &outlets[i], true
			}
		}
	}
	return nil, false
}

// containsWord reports whether s contains w with no letter or digit
// directly before or after it.
func containsWord(s, w string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(w):])
		if !isWordChar(before) && !isWordChar(after) {
			return true
		}
		from = i + 1
	}
}

// isWordChar reports whether r is a letter or digit.
func isWordChar(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// outletName returns the canonical name of the outlet s names exactly, or s
// itself when s names no known outlet.
func outletName(s string) string {
	if o, ok := outletByAlias[s]; ok {
		return o.name
	}
	return s
}
