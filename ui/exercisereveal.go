package ui

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"slant/app"
	"slant/app/exercise"
	"slant/highlight"
	"slant/ui/articleview"
)

// The reveal draws each outcome in the article view's slot of one kind,
// whose colours revealTheme replaces: found marks in the quotes' slot
// (solid underline), missed ones in the actors' (dotted) and extra ones in
// the loaded terms' (wavy).
var outcomeSlot = [...]highlight.Kind{
	exercise.Found:  highlight.Quote,
	exercise.Missed: highlight.Actor,
	exercise.Extra:  highlight.Loaded,
}

// outcomeLook is how an outcome is shown: its name, its cue in words, and
// its background (light and dark themes) and ink, from the Okabe–Ito
// colour-blind-safe palette (bluish green, orange, reddish purple).
type outcomeLook struct {
	name, cue        string
	light, dark, ink color.NRGBA
}

var outcomeLooks = [...]outcomeLook{
	exercise.Found: {"Found", "solid line", color.NRGBA{0xB8, 0xE8, 0xD4, 0xFF},
		color.NRGBA{0x0B, 0x5E, 0x47, 0xFF}, color.NRGBA{0x00, 0x80, 0x5C, 0xFF}},
	exercise.Missed: {"Missed", "dotted line", color.NRGBA{0xF9, 0xDC, 0x9C, 0xFF},
		color.NRGBA{0x7A, 0x55, 0x00, 0xFF}, color.NRGBA{0xB0, 0x70, 0x00, 0xFF}},
	exercise.Extra: {"Extra", "wavy line", color.NRGBA{0xEE, 0xC4, 0xDC, 0xFF},
		color.NRGBA{0x6E, 0x2A, 0x52, 0xFF}, color.NRGBA{0xA8, 0x3E, 0x7E, 0xFF}},
}

// outcomes lists the outcomes in legend order.
var outcomes = [...]exercise.Outcome{exercise.Found, exercise.Missed, exercise.Extra}

// revealTheme is the app theme with, while revealing, the colours of the
// outcome slots replaced by the outcomes' own.
type revealTheme struct {
	fyne.Theme
	revealing bool
}

// Color is part of fyne.Theme.
func (t *revealTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.revealing {
		for _, o := range outcomes {
			look := outcomeLooks[o]
			switch n {
			case articleview.BackgroundName(outcomeSlot[o]):
				if v == theme.VariantDark {
					return look.dark
				}
				return look.light
			case articleview.InkName(outcomeSlot[o]):
				if v == theme.VariantDark {
					return look.light
				}
				return look.ink
			}
		}
	}
	return t.Theme.Color(n, v)
}

// judgedSpans turns judged marks of article art, of kind only (or of every
// kind when only is ""), into spans in the outcome slots.
func judgedSpans(r exercise.Report, art int, only string) []highlight.Span {
	var out []highlight.Span
	for _, j := range r.Marks {
		if j.Article == art && (only == "" || j.Kind == only) {
			out = append(out, highlight.Span{Start: j.Start, End: j.End, Kind: outcomeSlot[j.Outcome]})
		}
	}
	return out
}

// outcomeOf finds the judged mark a reveal span stands for.
func outcomeOf(r exercise.Report, art int, s highlight.Span) (exercise.Judged, bool) {
	for _, j := range r.Marks {
		if j.Article == art && j.Start == s.Start && j.End == s.End && outcomeSlot[j.Outcome] == s.Kind {
			return j, true
		}
	}
	return exercise.Judged{}, false
}

// explain says in words what a judged mark means, e.g. "Missed: a quote
// in the key — “This has to stop,”"; an extra mark where the key has
// another kind says so.
func explain(ex *exercise.Exercise, j exercise.Judged) string {
	text := ex.Articles[j.Article].Text
	words := shortQuote(text[j.Start:j.End])
	kind := strings.ToLower(kindName(exercise.KindOf(j.Mark)))
	switch j.Outcome {
	case exercise.Found:
		return "Found: a " + kind + " — " + words
	case exercise.Missed:
		return "Missed: a " + kind + " in the key — " + words
	}
	if key, ok := partOfKey(ex, j.Mark); ok {
		return "Extra: your " + kind + " " + words + " overlaps one in the key, " +
			shortQuote(text[key.Start:key.End]) + ", but covers less than half of it or reaches too far."
	}
	if other := keyKindAt(ex, j.Mark); other != "" {
		return "Extra: you marked a " + kind + "; the key has " + other + " here — " + words
	}
	return "Extra: you marked a " + kind + " the key does not have — " + words
}

// partOfKey returns a key mark of m's kind that m overlaps, too little
// to count as found.
func partOfKey(ex *exercise.Exercise, m exercise.Mark) (exercise.Mark, bool) {
	for _, k := range ex.Articles[m.Article].Key {
		if k.Kind == m.Kind && k.Start < m.End && m.Start < k.End {
			return k, true
		}
	}
	return exercise.Mark{}, false
}

// keyKindAt names the kinds of the key marks overlapping m ("a figure").
func keyKindAt(ex *exercise.Exercise, m exercise.Mark) string {
	var kinds []string
	for _, k := range ex.Articles[m.Article].Key {
		if k.Kind != m.Kind && k.Start < m.End && m.Start < k.End {
			name := "a " + strings.ToLower(kindName(exercise.KindOf(k)))
			if !strings.Contains(strings.Join(kinds, ","), name) {
				kinds = append(kinds, name)
			}
		}
	}
	return strings.Join(kinds, " and ")
}

// kindName names one mark of kind k: "Quote", "Loaded term".
func kindName(k highlight.Kind) string {
	return strings.TrimSuffix(app.StyleOf(k).Name, "s")
}

// shortQuote is text on one line, shortened, in curly quotes unless it
// starts with quotation marks of its own.
func shortQuote(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 90 {
		s = string(r[:88]) + "…"
	}
	if strings.ContainsRune("\"“”'‘«„", []rune(s + " ")[0]) {
		return s
	}
	return "“" + s + "”"
}

// revealLegend shows each outcome's colour, cue and count.
type revealLegend struct {
	box    *fyne.Container
	labels [len(outcomes)]*widget.Label
}

func newRevealLegend() *revealLegend {
	l := &revealLegend{box: container.NewVBox()}
	for _, o := range outcomes {
		l.labels[o] = widget.NewLabel(outcomeLooks[o].name)
		l.box.Add(container.NewHBox(newOutcomeSwatch(o), l.labels[o]))
	}
	return l
}

// setCounts shows how many marks had each outcome.
func (l *revealLegend) setCounts(r exercise.Report, only string) {
	var n [len(outcomes)]int
	for _, j := range r.Marks {
		if only == "" || j.Kind == only {
			n[j.Outcome]++
		}
	}
	for _, o := range outcomes {
		look := outcomeLooks[o]
		l.labels[o].SetText(fmt.Sprintf("%s %d (%s)", look.name, n[o], look.cue))
	}
}

// newOutcomeSwatch draws an outcome's background with its underline, as
// the text shows them in the current theme variant.
func newOutcomeSwatch(o exercise.Outcome) fyne.CanvasObject {
	look := outcomeLooks[o]
	bgColor, ink := look.light, look.ink
	if fyne.CurrentApp().Settings().ThemeVariant() == theme.VariantDark {
		bgColor, ink = look.dark, look.light
	}
	bg := canvas.NewRectangle(bgColor)
	bg.CornerRadius = 3
	bg.SetMinSize(fyne.NewSize(22, 18))
	line := canvas.NewRectangle(ink)
	line.SetMinSize(fyne.NewSize(22, 3))
	return container.NewCenter(container.NewVBox(bg, line))
}
