package export

import (
	"io"

	"slant/app"
)

// WriteFile writes the file at path with write, atomically (see
// app.WriteFileAtomic): the bytes go to a temporary file in the same
// folder, flushed to disk and renamed over path, so a failed or
// interrupted export never leaves a broken file over an existing one. A
// folder that cannot be written gives an error naming it.
func WriteFile(path string, write func(w io.Writer) error) error {
	return app.WriteFileAtomic(path, write)
}
