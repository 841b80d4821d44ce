package app

import (
	"encoding/json"
	"fmt"
	"io"
)

// NewJSONLines returns an encoder that writes each value as one line of
// JSON to w, with <, > and & left as they are: the texts are articles, not
// HTML. The --json output of every command is written through one.
func NewJSONLines(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}

// LoadReporting loads paths as LoadAll does and writes each failure to
// stderr as "slant CMD: error" (the error names the file); failed reports
// whether any path did not load.
func LoadReporting(stderr io.Writer, cmd string, paths []string) (docs []*Document, failed bool) {
	docs, errs := LoadAll(paths)
	for _, err := range errs {
		fmt.Fprintf(stderr, "slant %s: %v\n", cmd, err)
	}
	return docs, len(errs) > 0
}
