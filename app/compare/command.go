package compare

import (
	"flag"
	"fmt"
	"io"

	"slant/app"
)

// Command runs `slant compare [--json] [--force] A B [C...]` with args
// being the words after "compare". Two files give their comparison; three
// or more the matrix of their quotations, with their pairwise
// similarities. It writes the report (text, or JSON as README.md
// describes) to stdout and errors to stderr, and returns the exit status:
// 0 on success, 1 when a file cannot be read, 2 on bad usage.
func Command(stdout, stderr io.Writer, args []string) int {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print JSON instead of text")
	force := fs.Bool("force", false, "align even documents that look like different events")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: slant compare [--json] [--force] A B [C...]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() < 2 {
		fs.Usage()
		return 2
	}
	docs, failed := app.LoadReporting(stderr, "compare", fs.Args())
	if failed { // a comparison needs every file
		return 1
	}
	if err := report(stdout, docs, *asJSON, Options{Force: *force}); err != nil {
		fmt.Fprintln(stderr, "slant compare:", err)
		return 1
	}
	return 0
}

// report writes the comparison of docs as text or JSON.
func report(w io.Writer, docs []*app.Document, asJSON bool, opt Options) error {
	if len(docs) == 2 {
		r := Compare(docs[0], docs[1], opt)
		if asJSON {
			return app.NewJSONLines(w).Encode(resultJSON(r, docs[0], docs[1]))
		}
		return writeText(w, r, docs[0], docs[1])
	}
	m := NewMatrix(docs)
	if asJSON {
		return app.NewJSONLines(w).Encode(matrixJSON(m, docs))
	}
	return writeMatrixText(w, m, docs)
}
