package app

import (
	"io/fs"
	"path"
	"slices"
	"strings"

	"slant/assets"
)

// SamplesDir is the folder of assets.FS holding the bundled sample
// articles. A sample document's Path is "samples/<file name>".
const SamplesDir = "samples"

// Samples loads and analyses the bundled sample library (assets.FS
// samples/*.txt), sorted by file name.
func Samples() ([]*Document, error) { return samplesFrom(assets.FS) }

// samplesFrom loads the samples of fsys.
func samplesFrom(fsys fs.FS) ([]*Document, error) {
	names, err := fs.Glob(fsys, SamplesDir+"/*.txt")
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	docs := make([]*Document, 0, len(names))
	for _, name := range names {
		d, err := readFS(fsys, name)
		if err != nil {
			return docs, err
		}
		d.Analyze()
		docs = append(docs, d)
	}
	return docs, nil
}

// IsSample reports whether path names a bundled sample ("samples/x.txt"
// as Samples gives it) rather than a file on disk.
func IsSample(p string) bool {
	if !strings.HasPrefix(p, SamplesDir+"/") || path.Clean(p) != p {
		return false
	}
	_, err := fs.Stat(assets.FS, p)
	return err == nil
}

// readFS reads the file name of fsys, without analysing it.
func readFS(fsys fs.FS, name string) (*Document, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, osLoadErr(name, err)
	}
	return ReadBytes(name, data)
}
