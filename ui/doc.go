// Package ui is Slant's desktop interface: the main window with its
// library sidebar, the article view with its legend and detail panel,
// menus, shortcuts and the status line. The article widget itself lives in
// ui/articleview.
package ui
