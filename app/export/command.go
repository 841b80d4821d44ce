package export

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"slant/app"
)

const commandUsage = "usage: slant export [-o OUT] [--format pdf|html|json|csv] [--hide KINDS] [--letter] FILE [--compare OTHER]"

// request is a parsed `slant export` command line.
type request struct {
	out, compareWith string
	format           Format
	opt              Options
	file             string
}

// Command runs `slant export` with args being the words after "export":
// it loads FILE, analyses it and writes it as a highlighted PDF (or HTML,
// JSON, CSV), or, with --compare, the comparison of FILE and OTHER as a
// PDF. Flags may come before or after the files. Without -o the output is
// named after FILE (FILE-vs-OTHER with --compare) in the current folder;
// "-o -" writes to stdout. It says on stdout which file it wrote, reports
// errors on stderr, and returns 0 on success, 1 on failure and 2 on bad
// usage.
func Command(stdout, stderr io.Writer, args []string) int {
	req, err := parseArgs(args, stderr)
	if err != nil {
		if err != flag.ErrHelp {
			fmt.Fprintln(stderr, "slant export:", err)
		}
		fmt.Fprintln(stderr, commandUsage)
		return 2
	}
	write, err := req.writer()
	if err != nil {
		fmt.Fprintln(stderr, "slant export:", err)
		return 1
	}
	if req.out == "-" {
		err = write(stdout)
	} else {
		err = WriteFile(req.out, write)
	}
	if err != nil {
		fmt.Fprintln(stderr, "slant export:", err)
		return 1
	}
	if req.out != "-" {
		fmt.Fprintf(stdout, "wrote %s\n", req.out)
	}
	return 0
}

// parseArgs reads flags and files in any order.
func parseArgs(args []string, stderr io.Writer) (request, error) {
	var req request
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&req.out, "o", "", "the file to write (\"-\" for stdout)")
	fs.StringVar(&req.compareWith, "compare", "", "compare FILE with this other account")
	format := fs.String("format", "", "pdf, html, json or csv (default: from -o's extension, else pdf)")
	hide := fs.String("hide", "", "kinds to leave out, comma-separated: quote,figure,actor,loaded")
	fs.BoolVar(&req.opt.Letter, "letter", false, "US Letter paper instead of A4")
	fs.BoolVar(&req.opt.NoMarginLetters, "no-margin-letters", false, "leave out the kind letters in the PDF margin")
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return req, err
		}
		if fs.NArg() == 0 {
			break
		}
		files, args = append(files, fs.Arg(0)), fs.Args()[1:]
	}
	if len(files) != 1 {
		return req, fmt.Errorf("want exactly one FILE, got %d", len(files))
	}
	req.file = files[0]
	var err error
	if req.opt.Hide, err = ParseKinds(*hide); err != nil {
		return req, err
	}
	return req, req.settle(*format)
}

// settle picks the format and the output name.
func (req *request) settle(format string) error {
	switch {
	case format != "":
		f, err := ParseFormat(format)
		if err != nil {
			return err
		}
		req.format = f
	case req.out != "" && req.out != "-":
		req.format = FormatOf(req.out)
	default:
		req.format = PDF
	}
	if req.compareWith != "" && req.format != PDF {
		return fmt.Errorf("--compare exports PDF only, not %s", req.format)
	}
	if req.out == "" {
		req.out = defaultName(req.file, req.compareWith, req.format)
	}
	return nil
}

// defaultName names the output after the input(s), in the current folder.
func defaultName(file, other string, f Format) string {
	name := stem(file)
	if other != "" {
		name += "-vs-" + stem(other)
	}
	return name + f.Ext()
}

// stem is a path's base name without its extension.
func stem(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// writer loads the documents and returns what writes the export.
func (req *request) writer() (func(io.Writer) error, error) {
	if err := checkNotInput(req.out, req.file, req.compareWith); err != nil {
		return nil, err
	}
	d, err := app.Load(req.file)
	if err != nil {
		return nil, err
	}
	if req.compareWith == "" {
		return func(w io.Writer) error { return Write(w, req.format, d, req.opt) }, nil
	}
	other, err := app.Load(req.compareWith)
	if err != nil {
		return nil, err
	}
	return func(w io.Writer) error { return WriteComparePDF(w, d, other, req.opt) }, nil
}

// checkNotInput refuses to write the export over one of its inputs.
func checkNotInput(out string, inputs ...string) error {
	oi, err := os.Stat(out)
	if err != nil {
		return nil
	}
	for _, in := range inputs {
		if ii, err := os.Stat(in); err == nil && os.SameFile(oi, ii) {
			return fmt.Errorf("%s is an input; choose another output with -o", out)
		}
	}
	return nil
}
