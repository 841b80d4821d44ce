package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"slant/highlight"
	"slant/ui/articleview"
)

// detailWidth is the width of the detail panel beside the article.
const detailWidth = 270

// detailPanel tells what the highlights under the pointer, or last
// clicked, are.
type detailPanel struct {
	box    *fyne.Container
	scroll *container.Scroll
}

const detailHint = "Point at or click a highlight to see who said it, which actor it names, " +
	"what a figure counts, or why a term is loaded and a neutral alternative.\n\n" +
	"F3 / Shift+F3 (or Ctrl+. / Ctrl+,) go to the next or previous highlight."

func newDetailPanel() *detailPanel {
	d := &detailPanel{box: container.NewVBox()}
	d.scroll = container.NewVScroll(d.box)
	d.show("", nil)
	return d
}

// object is the panel, at a fixed width.
func (d *detailPanel) object() fyne.CanvasObject {
	head := widget.NewLabelWithStyle("Details", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.New(&fixedWidth{detailWidth}, container.NewBorder(head, nil, nil, nil, d.scroll))
}

// show describes spans of text, or the hint when there are none.
func (d *detailPanel) show(text string, spans []highlight.Span) {
	d.box.RemoveAll()
	if len(spans) == 0 {
		d.box.Add(wrapped(detailHint, fyne.TextStyle{Italic: true}))
	}
	for _, s := range spans {
		d.addDetail(articleview.Describe(text, s))
	}
	d.box.Refresh()
	d.scroll.ScrollToTop()
}

func (d *detailPanel) addDetail(det articleview.Detail) {
	name := widget.NewLabelWithStyle(det.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	d.box.Add(container.NewHBox(newSwatch(det.Kind), name))
	d.box.Add(wrapped(det.Quoted(), fyne.TextStyle{Italic: true}))
	for _, f := range det.Facts {
		d.box.Add(wrapped(f[0]+": "+f[1], fyne.TextStyle{}))
	}
	d.box.Add(widget.NewSeparator())
}

func wrapped(s string, style fyne.TextStyle) *widget.Label {
	l := widget.NewLabelWithStyle(s, fyne.TextAlignLeading, style)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// fixedWidth lays its objects out filling the space, asking for a fixed
// width.
type fixedWidth struct{ width float32 }

var _ fyne.Layout = (*fixedWidth)(nil)

func (f *fixedWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	layout.NewStackLayout().Layout(objs, size)
}

func (f *fixedWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(f.width, layout.NewStackLayout().MinSize(objs).Height)
}
