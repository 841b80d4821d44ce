package export_test

import (
	"fmt"
	"strings"

	"slant/app"
	"slant/app/export"
	"slant/highlight"
)

func ExampleWriteCSV() {
	text := `Kerry said "this has to stop" after 260,000 deaths.`
	d := &app.Document{Text: text, Spans: []highlight.Span{
		{Start: 0, End: 5, Kind: highlight.Actor, Actor: "John Kerry", ActorType: highlight.Person},
		{Start: 11, End: 29, Kind: highlight.Quote, Speaker: "John Kerry", SpeakerStart: 0, SpeakerEnd: 5},
		{Start: 36, End: 43, Kind: highlight.Figure, Value: 260000, HasValue: true, Unit: "deaths"},
	}}
	var b strings.Builder
	export.WriteCSV(&b, d, export.Options{Hide: [4]bool{highlight.Actor: true}})
	// The file starts with a byte-order mark for spreadsheet programs.
	fmt.Print(strings.TrimPrefix(strings.ReplaceAll(b.String(), "\r\n", "\n"), "\uFEFF"))
	// Output:
	// kind,start,end,text,detail
	// quote,11,29,"""this has to stop""",speaker: John Kerry
	// figure,36,43,"260,000","value: 260,000; unit: deaths"
}
