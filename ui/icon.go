package ui

import (
	"io/fs"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"slant/assets"
)

// Icon returns Slant's icon (assets/icon.png), or a generic document icon
// when the build embeds none.
func Icon() fyne.Resource {
	data, err := fs.ReadFile(assets.FS, "icon.png")
	if err != nil {
		return theme.DocumentIcon()
	}
	return fyne.NewStaticResource("icon.png", data)
}
