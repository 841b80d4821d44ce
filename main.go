// Command slant is a desktop reader for news that colours quotes, figures,
// actors and loaded terms.
package main

import (
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("org.slant.reader")
	w := a.NewWindow("Slant")
	w.SetContent(widget.NewLabel("Slant"))
	w.ShowAndRun()
}
