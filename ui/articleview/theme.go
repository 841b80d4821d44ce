package articleview

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"slant/app"
	"slant/highlight"
)

// Theme colour and size names the article view resolves through the
// current theme. Kind colours come from app.Styles: the light tint in the
// light variant, the deep tone in the dark one.
const (
	colorPrefix = "slant."

	// ColorNameMark is the outline drawn around a briefly marked range.
	ColorNameMark fyne.ThemeColorName = "slant.mark"
	// SizeNameArticleText is the body text size of the article.
	SizeNameArticleText fyne.ThemeSizeName = "slant.articleText"
)

// BackgroundName is the theme colour name of kind k's background.
func BackgroundName(k highlight.Kind) fyne.ThemeColorName {
	if int(k) < numKinds {
		return bgNames[k]
	}
	return kindColorName("bg.", k)
}

// InkName is the theme colour name of kind k's underline and swatch border.
func InkName(k highlight.Kind) fyne.ThemeColorName {
	if int(k) < numKinds {
		return inkNames[k]
	}
	return kindColorName("ink.", k)
}

// bgNames and inkNames are each kind's colour names, made once: the
// renderers resolve them on every refresh.
var bgNames, inkNames = kindColorNames("bg."), kindColorNames("ink.")

func kindColorNames(part string) (names [numKinds]fyne.ThemeColorName) {
	for _, k := range highlight.Kinds {
		names[k] = kindColorName(part, k)
	}
	return names
}

func kindColorName(part string, k highlight.Kind) fyne.ThemeColorName {
	return fyne.ThemeColorName(colorPrefix + part + k.String())
}

// kindColor resolves the Slant colour names from app.Styles.
func kindColor(n fyne.ThemeColorName, v fyne.ThemeVariant) (color.Color, bool) {
	rest, ok := strings.CutPrefix(string(n), colorPrefix)
	if !ok {
		return nil, false
	}
	switch rest {
	case "mark":
		return markColor(v), true
	case "selection":
		return selectionColor(v), true
	}
	part, kind, _ := strings.Cut(rest, ".")
	k, ok := highlight.ParseKind(kind)
	if !ok {
		return nil, false
	}
	st := app.StyleOf(k)
	switch {
	case part == "bg" && v == theme.VariantDark:
		return st.Dark, true
	case part == "bg":
		return st.Light, true
	case part == "ink" && v == theme.VariantDark:
		// The deep inks vanish on a dark page; the light tint reads there.
		return st.Light, true
	case part == "ink":
		return st.Ink, true
	}
	return nil, false
}

// markColor is a strong neutral outline: black on light, white on dark.
func markColor(v fyne.ThemeVariant) color.Color {
	if v == theme.VariantDark {
		return color.NRGBA{0xFF, 0xFF, 0xFF, 0xE0}
	}
	return color.NRGBA{0x10, 0x10, 0x10, 0xE0}
}

// ColorNameSelection is the selection tint: a neutral grey, so that
// selected text is never mistaken for a quote (sky blue, like the default
// selection) or any other kind.
const ColorNameSelection fyne.ThemeColorName = "slant.selection"

func selectionColor(v fyne.ThemeVariant) color.Color {
	if v == theme.VariantDark {
		return color.NRGBA{0xFF, 0xFF, 0xFF, 0x48}
	}
	return color.NRGBA{0x30, 0x30, 0x30, 0x38}
}

// Theme wraps a base theme with Slant's kind colours and reading sizes.
type Theme struct {
	fyne.Theme
}

var _ fyne.Theme = (*Theme)(nil)

// NewTheme returns base extended with the Slant colour and size names.
func NewTheme(base fyne.Theme) *Theme { return &Theme{Theme: base} }

// Color returns the Slant colours for Slant names (and for the selection)
// and the base's otherwise.
func (t *Theme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNameSelection {
		n = ColorNameSelection
	}
	if c, ok := kindColor(n, v); ok {
		return c
	}
	return t.Theme.Color(n, v)
}

// Size returns the article text size for SizeNameArticleText and the base's
// sizes otherwise.
func (t *Theme) Size(n fyne.ThemeSizeName) float32 {
	if n == SizeNameArticleText {
		return defaultArticleTextSize
	}
	return t.Theme.Size(n)
}

// defaultArticleTextSize is larger than the UI's 14 for long reading.
const defaultArticleTextSize = 17

// resolveColor asks th for n, falling back to the Slant palette when th does
// not know the name (a plain theme answers transparent).
func resolveColor(th fyne.Theme, n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if c := th.Color(n, v); c != nil {
		if _, _, _, a := c.RGBA(); a != 0 {
			return c
		}
	}
	c, _ := kindColor(n, v)
	if c == nil {
		return color.Transparent
	}
	return c
}

// resolveSize asks th for n, falling back to def for an unknown name.
func resolveSize(th fyne.Theme, n fyne.ThemeSizeName, def float32) float32 {
	if s := th.Size(n); s > 0 {
		return s
	}
	return def
}
