package app

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"slant/assets"
)

// The formats a document can be read from, as recorded in Document.Format.
const (
	FormatText     = "text"
	FormatMarkdown = "markdown"
	FormatHTML     = "html"
)

// Load reads the file at path, extracts its text and metadata, and
// analyses the text. Any failure is a *LoadError naming the file and the
// reason in plain words. Opening a file never touches the network.
func Load(path string) (*Document, error) {
	d, err := Read(path)
	if err != nil {
		return nil, err
	}
	d.Analyze()
	return d, nil
}

// LoadBytes is Load for data already read; name gives the format by its
// extension and is recorded as the document's Path.
func LoadBytes(name string, data []byte) (*Document, error) {
	d, err := ReadBytes(name, data)
	if err != nil {
		return nil, err
	}
	d.Analyze()
	return d, nil
}

// Read is Load without the analysis: the document comes back with its text
// and metadata but no spans. A bundled sample's path as Samples gives it
// ("samples/000_….txt") reads the embedded sample when no such file is on
// disk.
func Read(path string) (*Document, error) {
	data, err := readFile(path)
	if errors.Is(err, ErrNotFound) && IsSample(path) {
		return readFS(assets.FS, path)
	}
	if err != nil {
		return nil, err
	}
	return ReadBytes(path, data)
}

// ReadBytes is LoadBytes without the analysis.
func ReadBytes(name string, data []byte) (*Document, error) {
	if len(data) > MaxFileSize {
		return nil, loadErr(name, ErrTooLarge)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, loadErr(name, ErrEmpty)
	}
	format := formatByName(name)
	text, enc, err := decode(data, format == FormatHTML || (format == "" && sniffHTML(data)))
	if err != nil {
		return nil, loadErr(name, err)
	}
	if format == "" {
		format = sniffFormat(text)
	}
	return extract(name, format, enc, text)
}

// Analyze finds the document's spans with the analyser in use (see
// SetAnalyzer; highlight.Default() unless changed).
func (d *Document) Analyze() { d.Spans = CurrentAnalyzer().Analyze(d.Text) }

// extract builds the document of decoded text in the given format.
func extract(name, format, enc, text string) (*Document, error) {
	if strings.TrimSpace(text) == "" {
		return nil, loadErr(name, ErrEmpty)
	}
	var m textMeta
	switch format {
	case FormatHTML:
		var err error
		if text, m, err = extractHTML(text); err != nil {
			return nil, loadErr(name, ErrNoArticle)
		}
	case FormatMarkdown:
		text, m = extractMarkdown(text)
	default:
		m = guessMeta(text)
	}
	if strings.TrimSpace(text) == "" {
		return nil, loadErr(name, ErrNoArticle)
	}
	return &Document{Path: name, Format: format, Encoding: enc, Title: m.Title, Outlet: m.Outlet,
		Byline: m.Byline, Date: m.Date, Credit: m.Credit, Text: text}, nil
}

// readFile reads a regular file of at most MaxFileSize bytes, checking the
// size before reading.
func readFile(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, osLoadErr(path, err)
	}
	switch {
	case info.IsDir():
		return nil, loadErr(path, ErrFolder)
	case !info.Mode().IsRegular():
		return nil, &LoadError{Path: path, Err: ErrUnreadable, Cause: errNotRegular}
	case info.Size() > MaxFileSize:
		return nil, loadErr(path, ErrTooLarge)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, osLoadErr(path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, osLoadErr(path, err)
	}
	return data, nil
}

// formatByName returns the format a file name's extension gives, or "" when
// the extension says nothing (the content decides).
func formatByName(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return FormatHTML
	case ".md", ".markdown", ".mdown", ".mkd", ".mkdn":
		return FormatMarkdown
	case ".txt", ".text":
		return FormatText
	}
	return ""
}

// sniffHTML reports whether raw bytes start like an HTML page.
func sniffHTML(data []byte) bool {
	return sniffFormat(string(data[:min(len(data), 512)])) == FormatHTML
}

// sniffFormat returns FormatHTML for text that starts like an HTML page and
// FormatText for anything else.
func sniffFormat(text string) string {
	start := strings.ToLower(strings.TrimLeft(text[:min(len(text), 512)], "\ufeff \t\r\n"))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<?xml version"} {
		if strings.HasPrefix(start, p) && (p != "<?xml version" || strings.Contains(start, "<html")) {
			return FormatHTML
		}
	}
	return FormatText
}

// LoadAll loads every path, in order, using the machine's cores. It
// returns the documents that loaded, in the order of paths, and the
// errors of those that did not: one bad file never stops the others.
func LoadAll(paths []string) ([]*Document, []error) {
	var docs []*Document
	var errs []error
	loadOrdered(paths, func(_ int, d *Document, err error) {
		if err != nil {
			errs = append(errs, err)
		} else {
			docs = append(docs, d)
		}
	})
	return docs, errs
}

// loadOrdered loads paths on all cores and calls emit for each path in
// order, as soon as it and every path before it are done, so results can
// be written while later files still load.
func loadOrdered(paths []string, emit func(i int, d *Document, err error)) {
	docs := make([]*Document, len(paths))
	errs := make([]error, len(paths))
	done := make([]chan struct{}, len(paths))
	for i := range done {
		done[i] = make(chan struct{})
	}
	next := make(chan int, len(paths))
	for i := range paths {
		next <- i
	}
	close(next)
	for range min(runtime.GOMAXPROCS(0), len(paths)) {
		go func() {
			for i := range next {
				docs[i], errs[i] = Load(paths[i])
				close(done[i])
			}
		}()
	}
	for i := range paths {
		<-done[i]
		emit(i, docs[i], errs[i])
		docs[i] = nil // let the garbage collector have it
	}
}
