package compare

import "slant/highlight"

// sentences splits text into sentence ranges (see highlight.EachSentence).
func sentences(text string) []Range {
	var out []Range
	highlight.EachSentence(text, func(s, e int) { out = append(out, Range{s, e}) })
	return out
}
