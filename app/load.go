package app

// TEMPORARY minimal loader (plain UTF-8 text only) so other packages can be
// built against the API; the loading work replaces this file.

import (
	"os"
	"strings"

	"slant/highlight"
)

// Load reads the file at path, extracts its text and metadata, and analyses it.
func Load(path string) (*Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return LoadBytes(path, data)
}

// LoadBytes is Load for data already read; name gives the format by extension.
func LoadBytes(name string, data []byte) (*Document, error) {
	text := string(data)
	title, _, _ := strings.Cut(text, "\n")
	d := &Document{Path: name, Format: "text", Title: strings.TrimSpace(title), Text: text}
	d.Spans = highlight.Analyze(text)
	return d, nil
}
