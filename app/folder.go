package app

import (
	"context"
	"fmt"
	"os"
	"runtime"
)

// ScanProgress is reported after each file of a folder scan: how many of
// the folder's article files are done, and what became of the last one.
type ScanProgress struct {
	Done, Total int
	Path        string
	Doc         *Document // the file's document, nil when it failed
	Err         error     // why it failed (a *LoadError), nil when it loaded
}

// FolderScan is what a folder scan found: the documents that loaded, in
// path order, and the files (and sub-folders) that could not be read.
type FolderScan struct {
	Docs   []*Document
	Failed []error // each a *LoadError naming the path and the reason
}

// ScanFolder finds the article files under root and its sub-folders (as
// FindArticles does) and loads them on all cores, in path order. It calls
// progress, when not nil, after each file, from the calling goroutine.
// When ctx is cancelled it stops within a few files and returns what it
// loaded so far together with ctx.Err(); a root that is not a readable
// folder is an error too.
func ScanFolder(ctx context.Context, root string, progress func(ScanProgress)) (FolderScan, error) {
	var scan FolderScan
	if err := checkFolder(root); err != nil {
		return scan, err
	}
	paths, errs := FindArticles(root)
	scan.Failed = errs
	batch := 2 * runtime.GOMAXPROCS(0)
	for start := 0; start < len(paths); start += batch {
		if err := ctx.Err(); err != nil {
			return scan, err
		}
		part := paths[start:min(start+batch, len(paths))]
		loadOrdered(part, func(i int, d *Document, err error) {
			scan.add(d, err)
			if progress != nil {
				progress(ScanProgress{Done: start + i + 1, Total: len(paths), Path: part[i], Doc: d, Err: err})
			}
		})
	}
	return scan, ctx.Err()
}

// add records one file's outcome.
func (s *FolderScan) add(d *Document, err error) {
	if err != nil {
		s.Failed = append(s.Failed, err)
		return
	}
	s.Docs = append(s.Docs, d)
}

// checkFolder reports why root cannot be scanned, or nil.
func checkFolder(root string) error {
	info, err := os.Stat(root)
	if err != nil {
		return osLoadErr(root, err)
	}
	if !info.IsDir() {
		return fmt.Errorf("cannot scan %s: it is a file, not a folder", root)
	}
	return nil
}
