package highlight

import (
	"strings"
	"testing"
)

func TestEachSentence(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Moscow wants a ceasefire.Kerry said on Feb. 5 that it was late. \"Stop!\" he said.\nNext line",
			"Moscow wants a ceasefire.|Kerry said on Feb. 5 that it was late.|\"Stop!\" he said.|Next line"},
		{"The U.S. said so. Then it didn't.", "The U.S. said so.|Then it didn't."},
		{"a cease-fire now.2Without naming them, he went on.", "a cease-fire now.2|Without naming them, he went on."},
		{"  \n\n ", ""},
	}
	for _, tt := range tests {
		var got []string
		EachSentence(tt.text, func(s, e int) { got = append(got, tt.text[s:e]) })
		if strings.Join(got, "|") != tt.want {
			t.Errorf("EachSentence(%q)\n got %q\nwant %q", tt.text, strings.Join(got, "|"), tt.want)
		}
	}
}
