package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"
)

// Fyne's save dialog opens the file chosen for writing — truncating it —
// before it calls back (dialog/file.go calls storage.Writer, which asks the
// repository registered for the "file" scheme). Every save flow here only
// takes the path from that writer, closes it and writes the file atomically
// (app.WriteFileAtomic, export.Save), so a failed save would still leave an
// existing file empty. installLazyFileWriters wraps the "file" repository
// so that its writers touch the file only when first written to.

// fileRepository is what Fyne's desktop "file" repository implements
// (internal/repository.FileRepository in Fyne v2.8.1).
type fileRepository interface {
	repository.AppendableRepository
	repository.DeleteAllRepository
	repository.HierarchicalRepository
	repository.ListableRepository
	repository.CopyableRepository
	repository.MovableRepository
}

// lazyFileRepository is the "file" repository with lazy writers; every
// other method (listing folders, reading, copying…) is the original's.
type lazyFileRepository struct {
	fileRepository
}

// installLazyFileWriters replaces the "file" repository by one whose
// writers create or truncate nothing until written to. It must run after
// the app is made (its driver registers the original) and before any save
// dialog. It reports whether the repository is now lazy: a platform whose
// "file" repository lacks one of Fyne's desktop capabilities (or adds a
// custom URI parser) is left alone rather than half-forwarded.
func installLazyFileWriters() bool {
	orig, err := repository.ForScheme("file")
	if err != nil {
		return false
	}
	if _, done := orig.(*lazyFileRepository); done {
		return true
	}
	full, ok := orig.(fileRepository)
	if _, custom := orig.(repository.CustomURIRepository); !ok || custom {
		return false
	}
	repository.Register("file", &lazyFileRepository{full})
	return true
}

// Writer returns a writer to u that opens (and so creates or truncates)
// the file only at its first Write. Closed without a Write it leaves the
// file as it was — unlike storage.Writer's contract, under which closing
// at once makes an existing file empty.
func (r *lazyFileRepository) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	return &lazyWriter{uri: u, open: r.fileRepository.Writer}, nil
}

// Destroy is called when the "file" scheme is registered anew. It does
// nothing: installing this wrapper already called the original's Destroy
// (repository.Register does so; Fyne's desktop one does nothing), and the
// original must not be torn down twice.
func (r *lazyFileRepository) Destroy(string) {}

// lazyWriter is a writer to uri opened at its first Write.
type lazyWriter struct {
	uri  fyne.URI
	open func(fyne.URI) (fyne.URIWriteCloser, error)
	w    fyne.URIWriteCloser // nil until the first Write
}

// URI returns the URI written to.
func (l *lazyWriter) URI() fyne.URI { return l.uri }

// Write opens the file at the first call, then writes p to it.
func (l *lazyWriter) Write(p []byte) (int, error) {
	if l.w == nil {
		w, err := l.open(l.uri)
		if err != nil {
			return 0, err
		}
		l.w = w
	}
	return l.w.Write(p)
}

// Close closes the file if it was opened; otherwise there is nothing to do.
func (l *lazyWriter) Close() error {
	if l.w == nil {
		return nil
	}
	return l.w.Close()
}
