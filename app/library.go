package app

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"slant/assets"
)

// ConfigDirEnv names the environment variable that, when set, replaces
// Slant's configuration folder (for tests and portable use).
const ConfigDirEnv = "SLANT_CONFIG_DIR"

// ConfigDir returns the folder holding Slant's library and settings:
// $SLANT_CONFIG_DIR, else os.UserConfigDir()/slant.
func ConfigDir() (string, error) {
	if dir := os.Getenv(ConfigDirEnv); dir != "" {
		return dir, nil
	}
	base, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("no folder for Slant's settings: %w", err)
	}
	return filepath.Join(base, "slant"), nil
}

// DefaultLibraryFile returns where the library is kept: library.json in
// ConfigDir.
func DefaultLibraryFile() (string, error) { return configFile("library.json") }

// configFile returns the path of name in ConfigDir.
func configFile(name string) (string, error) {
	dir, err := ConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, name), nil
}

// LibraryEntry is one file of the library and how it was when last read,
// so that a later change can be noticed.
type LibraryEntry struct {
	Path    string    `json:"path"` // absolute, or "samples/…" for a bundled sample
	Size    int64     `json:"size"`
	ModTime time.Time `json:"mod_time"`
	Added   time.Time `json:"added"`
}

// FileState is how a library file compares with what was recorded.
type FileState uint8

// The states of a library file.
const (
	Unchanged FileState = iota // same size and modification time
	Changed                    // size or modification time differ
	Missing                    // the file is gone or cannot be looked at
)

// String returns "unchanged", "changed" or "missing".
func (s FileState) String() string {
	return [...]string{"unchanged", "changed", "missing"}[min(int(s), 2)]
}

// LibraryStatus pairs an entry with its file's state now.
type LibraryStatus struct {
	LibraryEntry
	State FileState
}

// ErrLibraryDamaged is returned (wrapped) by OpenLibrary when the library
// file is not valid JSON; the damaged file is kept beside it as ".bad".
var ErrLibraryDamaged = errors.New("the library file is damaged")

// libraryFile is the JSON layout of the library file.
type libraryFile struct {
	Version int            `json:"version"`
	Files   []LibraryEntry `json:"files"`
}

// Library is the user's list of article files, remembered between runs in
// a JSON file. Every change is saved at once, atomically. It is safe for
// concurrent use.
type Library struct {
	mu      sync.Mutex
	file    string
	entries []LibraryEntry
}

// OpenLibrary reads the library kept in file; a missing file gives an
// empty library. If the file is damaged, OpenLibrary moves it aside to
// file+".bad" and returns an empty, usable library together with an error
// wrapping ErrLibraryDamaged.
func OpenLibrary(file string) (*Library, error) {
	l := &Library{file: file}
	data, err := os.ReadFile(file)
	if errors.Is(err, fs.ErrNotExist) {
		return l, nil
	}
	if err != nil {
		return l, fmt.Errorf("reading the library %s: %w", file, err)
	}
	var lf libraryFile
	if err := json.Unmarshal(data, &lf); err != nil {
		_ = os.Rename(file, file+".bad")
		return l, fmt.Errorf("%w (%s, kept as %s.bad): %v", ErrLibraryDamaged, file, file, err)
	}
	l.entries = lf.Files
	return l, nil
}

// Entries returns a copy of the library's entries, in the order added.
func (l *Library) Entries() []LibraryEntry {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.entries)
}

// Paths returns the library's file paths, in the order added.
func (l *Library) Paths() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make([]string, len(l.entries))
	for i, e := range l.entries {
		out[i] = e.Path
	}
	return out
}

// Contains reports whether path is in the library.
func (l *Library) Contains(path string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.index(libraryPath(path)) >= 0
}

// Add puts files into the library (as absolute paths) with their current
// size and modification time, or refreshes those already there, and saves.
// A path that cannot be looked at is left out and reported in the error;
// the others are still added.
func (l *Library) Add(paths ...string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	var errs []error
	for _, p := range paths {
		if err := l.record(libraryPath(p)); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(append(errs, l.save())...)
}

// Remove takes files out of the library and saves it.
func (l *Library) Remove(paths ...string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, p := range paths {
		if i := l.index(libraryPath(p)); i >= 0 {
			l.entries = slices.Delete(l.entries, i, i+1)
		}
	}
	return l.save()
}

// Check compares each entry with its file now: unchanged, changed since it
// was recorded, or missing.
func (l *Library) Check() []LibraryStatus {
	entries := l.Entries()
	out := make([]LibraryStatus, len(entries))
	for i, e := range entries {
		out[i] = LibraryStatus{LibraryEntry: e, State: stateOf(e)}
	}
	return out
}

// stateOf compares e with its file on disk.
func stateOf(e LibraryEntry) FileState {
	info, err := statPath(e.Path)
	switch {
	case err != nil:
		return Missing
	case info.Size() != e.Size || !info.ModTime().Equal(e.ModTime):
		return Changed
	}
	return Unchanged
}

// record adds or refreshes the entry of an absolute path.
func (l *Library) record(path string) error {
	info, err := statPath(path)
	if err != nil {
		return osLoadErr(path, err)
	}
	if info.IsDir() {
		return loadErr(path, ErrFolder)
	}
	e := LibraryEntry{Path: path, Size: info.Size(), ModTime: info.ModTime(), Added: time.Now()}
	if i := l.index(path); i >= 0 {
		e.Added = l.entries[i].Added
		l.entries[i] = e
		return nil
	}
	l.entries = append(l.entries, e)
	return nil
}

// index returns the position of path among the entries, or -1.
func (l *Library) index(path string) int {
	return slices.IndexFunc(l.entries, func(e LibraryEntry) bool { return e.Path == path })
}

// save writes the library to its file.
func (l *Library) save() error {
	return writeJSONAtomic(l.file, libraryFile{Version: 1, Files: l.entries})
}

// libraryPath is how the library names a file: a bundled sample by its
// "samples/…" path (unless such a file exists on disk), anything else by
// its absolute path.
func libraryPath(p string) string {
	if IsSample(p) {
		if _, err := os.Stat(p); err != nil {
			return p
		}
	}
	return absPath(p)
}

// statPath looks at a library path: an embedded sample or a file on disk.
func statPath(p string) (fs.FileInfo, error) {
	if !filepath.IsAbs(p) && IsSample(p) {
		return fs.Stat(assets.FS, p)
	}
	return os.Stat(p)
}

// absPath returns path made absolute and clean; it keeps path as it is if
// the working folder is unknown.
func absPath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

// writeJSONAtomic writes v as indented JSON to file with WriteFileAtomic,
// so a crash never leaves half a file. The folder is created if needed.
func writeJSONAtomic(file string, v any) error {
	if err := os.MkdirAll(filepath.Dir(file), 0o700); err != nil {
		return fmt.Errorf("saving %s: %w", file, err)
	}
	return WriteFileAtomic(file, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	})
}

// articleExts are the file extensions FindArticles collects.
var articleExts = setOf(".txt", ".text", ".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".html", ".htm", ".xhtml")

// FindArticles walks the folder root and its sub-folders and returns the
// article files in it (by extension: text, Markdown, HTML), sorted by path,
// leaving out hidden files and folders. Folders that cannot be read are
// reported in errs; the walk goes on past them.
func FindArticles(root string) (paths []string, errs []error) {
	walk := func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, osLoadErr(p, err))
			return nil
		}
		hidden := p != root && strings.HasPrefix(d.Name(), ".")
		switch {
		case d.IsDir() && hidden:
			return filepath.SkipDir
		case !d.IsDir() && !hidden && articleExts[strings.ToLower(filepath.Ext(p))]:
			paths = append(paths, p)
		}
		return nil
	}
	if err := filepath.WalkDir(root, walk); err != nil {
		errs = append(errs, osLoadErr(root, err))
	}
	return paths, errs
}
