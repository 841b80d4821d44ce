package app

import (
	"regexp"
	"strings"
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

// outletAlias matches any alias of any outlet as whole words; outletByAlias
// gives the outlet of each alias.
var (
	outletAlias   = aliasPattern(func(o outlet) []string { return o.aliases })
	seriesAlias   = aliasPattern(func(o outlet) []string { return o.series })
	outletByAlias = aliasIndex()
)

// aliasPattern compiles the names pick returns for every outlet into one
// whole-word pattern, longest first so "BBC News" wins over "BBC".
func aliasPattern(pick func(outlet) []string) *regexp.Regexp {
	var alts []string
	for _, o := range outlets {
		for _, a := range pick(o) {
			alts = append(alts, regexp.QuoteMeta(a))
		}
	}
	sortLongestFirst(alts)
	return regexp.MustCompile(`(?:^|[^\pL\pN])(` + strings.Join(alts, "|") + `)(?:$|[^\pL\pN])`)
}

// sortLongestFirst orders s by length, longest first.
func sortLongestFirst(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && len(s[j]) > len(s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

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

// findOutlet returns the first outlet line names (by an alias, or by a
// series name when series is set).
func findOutlet(line string, series bool) (*outlet, bool) {
	re := outletAlias
	if series {
		re = seriesAlias
	}
	m := re.FindStringSubmatch(line)
	if m == nil {
		return nil, false
	}
	return outletByAlias[m[1]], true
}

// outletName returns the canonical name of the outlet s names exactly, or s
// itself when s names no known outlet.
func outletName(s string) string {
	if o, ok := outletByAlias[s]; ok {
		return o.name
	}
	return s
}
