// Package app holds Slant's documents and what is done with them: loading
// files of several formats and encodings, the library, search, comparison
// and export. It knows nothing of any user interface (it never imports fyne).
package app
