package ui

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// findBar is find in document (Ctrl+F): a bar above the article with the
// words to find, the count ("3 of 12"), previous and next. Enter and F3
// go to the next hit, with Shift to the previous; each hit is selected,
// scrolled into view and marked. Esc closes the bar.
type findBar struct {
	r     *reader
	entry *keyEntry
	count *widget.Label
	box   *fyne.Container
	hits  [][2]int // byte ranges of the hits in text
	cur   int      // the hit shown, -1 for none
	text  string   // the text the hits were found in
}

func newFindBar(r *reader) *findBar {
	f := &findBar{r: r, cur: -1, count: widget.NewLabel("")}
	f.entry = newKeyEntry(f.key)
	f.entry.SetPlaceHolder("Find in this article")
	f.entry.OnChanged = func(string) { f.search() }
	prev := widget.NewButtonWithIcon("", theme.MoveUpIcon(), f.previous)
	next := widget.NewButtonWithIcon("", theme.MoveDownIcon(), f.next)
	done := widget.NewButtonWithIcon("", theme.CancelIcon(), f.hide)
	buttons := container.NewHBox(f.count, prev, next, done)
	f.box = container.NewBorder(nil, widget.NewSeparator(), widget.NewIcon(theme.SearchIcon()), buttons, f.entry)
	f.box.Hide()
	return f
}

// object is the bar, to place above the article.
func (f *findBar) object() fyne.CanvasObject { return f.box }

// show opens the bar (or, when open, selects its words) and finds them
// again in the article shown.
func (f *findBar) show() {
	f.box.Show()
	f.r.win.Canvas().Focus(f.entry)
	f.entry.TypedShortcut(&fyne.ShortcutSelectAll{})
	f.search()
}

// hide closes the bar and gives the keyboard back to the article.
func (f *findBar) hide() {
	f.box.Hide()
	f.r.win.Canvas().Focus(f.r.view)
}

// key handles Enter, F3 (with Shift: backwards) and Esc in the field.
func (f *findBar) key(ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyEscape:
		f.hide()
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeyF3:
		if f.entry.shift {
			f.previous()
		} else {
			f.next()
		}
	default:
		return false
	}
	return true
}

// search finds every hit of the field's words in the article and shows
// the first one at or after the hit shown before.
func (f *findBar) search() {
	from := 0
	if f.cur >= 0 && f.text == f.r.view.Text() {
		from = f.hits[f.cur][0]
	}
	f.text = f.r.view.Text()
	f.hits = findFolded(f.text, f.entry.Text)
	f.cur = -1
	for i, h := range f.hits {
		if h[0] >= from {
			f.go2(i)
			break
		}
	}
	if f.cur < 0 && len(f.hits) > 0 {
		f.go2(0)
	}
	f.count.SetText(f.describe())
}

// next shows the next hit, wrapping round to the first.
func (f *findBar) next() { f.step(1) }

// previous shows the previous hit, wrapping round to the last.
func (f *findBar) previous() { f.step(-1) }

func (f *findBar) step(dir int) {
	if f.text != f.r.view.Text() { // another article is shown now
		f.cur = -1
		f.search()
		return
	}
	if n := len(f.hits); n > 0 {
		f.go2((f.cur + dir + n) % n)
	}
	f.count.SetText(f.describe())
}

// go2 selects hit i, brings it into view and marks it.
func (f *findBar) go2(i int) {
	f.cur = i
	h := f.hits[i]
	f.r.view.Select(h[0], h[1])
	f.r.view.MarkRange(h[0], h[1])
}

// describe is the count: "3 of 12", "No matches" or nothing.
func (f *findBar) describe() string {
	switch {
	case f.entry.Text == "":
		return ""
	case len(f.hits) == 0:
		return "No matches"
	}
	return fmt.Sprintf("%d of %d", f.cur+1, len(f.hits))
}

// documentShown forgets the hits of the article shown before.
func (f *findBar) documentShown() {
	f.hits, f.cur, f.text = nil, -1, ""
	if f.box.Visible() {
		f.search()
	}
}

// findAll returns the byte ranges where q occurs in text, ignoring case,
// without overlaps.
func findFolded(text, q string) [][2]int {
	if q == "" {
		return nil
	}
	var out [][2]int
	for i := 0; i < len(text); {
		if n, ok := foldPrefix(text[i:], q); ok {
			out = append(out, [2]int{i, i + n})
			i += n
			continue
		}
		_, w := utf8.DecodeRuneInString(text[i:])
		i += w
	}
	return out
}

// foldPrefix reports whether s starts with q, ignoring case, and how many
// bytes of s that prefix takes.
func foldPrefix(s, q string) (int, bool) {
	n := 0
	for _, qr := range q {
		if n >= len(s) {
			return 0, false
		}
		r, w := utf8.DecodeRuneInString(s[n:])
		if r != qr && foldRune(r) != foldRune(qr) {
			return 0, false
		}
		n += w
	}
	return n, true
}

// foldRune folds case, and curly quotation marks to straight ones, so that
// "assad's" finds "Assad’s".
func foldRune(r rune) rune {
	switch r {
	case '‘', '’':
		return '\''
	case '“', '”':
		return '"'
	}
	return unicode.ToLower(r)
}
