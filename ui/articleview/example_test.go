package articleview_test

import (
	"fmt"

	"slant/highlight"
	"slant/ui/articleview"
)

func ExampleDescribe() {
	text := "Moscow must stop, said Kerry."
	moscow := highlight.Span{Start: 0, End: 6, Kind: highlight.Actor, Actor: "Russia", ActorType: highlight.Place}
	fmt.Println(articleview.Describe(text, moscow))
	// Output:
	// Actor: “Moscow”
	// Actor: Russia
	// Type: place
}
