package app_test

import (
	"fmt"

	"slant/app"
)

// ReadBytes extracts an article's text and what it shows about itself
// without analysing it; LoadBytes does the same and also finds the spans.
func ExampleReadBytes() {
	page := []byte("February 06 – Scott Lucas – eaworldview – Kerry said Moscow wants a ceasefire.He spoke on Friday.")
	d, err := app.ReadBytes("kerry.txt", page)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s | %s | %s | %s\n", d.Title, d.Outlet, d.Byline, d.Date)
	_, err = app.ReadBytes("empty.txt", []byte("  \n"))
	fmt.Println(err)
	// Output:
	// Kerry said Moscow wants a ceasefire | EA WorldView | Scott Lucas | 6 February
	// cannot open empty.txt: it is empty (there is no text to read)
}
