package app

import (
	"errors"
	"fmt"
	"io/fs"
)

// The reasons a file cannot be loaded. A *LoadError wraps one of them, so
// callers can test the reason with errors.Is.
var (
	ErrFolder      = errors.New("it is a folder, not a file")
	ErrNotFound    = errors.New("there is no such file")
	ErrPermission  = errors.New("permission denied: Slant may not read it")
	ErrEmpty       = errors.New("it is empty (there is no text to read)")
	ErrTooLarge    = fmt.Errorf("it is larger than %d MB, the most Slant opens", MaxFileSize>>20)
	ErrBinary      = errors.New("it is not a text file (it holds binary data)")
	ErrUndecodable = errors.New("its text is in an encoding Slant cannot read (not UTF-8, UTF-16 or Windows-1252)")
	ErrNoArticle   = errors.New("no article text was found in it")
	ErrUnreadable  = errors.New("it could not be read")

	errNotRegular = errors.New("it is a device, pipe or socket, not a regular file")
)

// MaxFileSize is the largest file Load accepts, in bytes (50 MB).
const MaxFileSize = 50 << 20

// LoadError says which file could not be loaded and why, in plain words.
// Err is one of the Err* reasons above; Cause, when set, is the underlying
// system error.
type LoadError struct {
	Path  string
	Err   error
	Cause error
}

// Error returns the file's name and the reason, e.g.
// "cannot open notes/a.bin: it is not a text file (it holds binary data)".
func (e *LoadError) Error() string {
	return fmt.Sprintf("cannot open %s: %s", e.Path, e.Reason())
}

// Reason returns the plain-words reason without the file name.
func (e *LoadError) Reason() string {
	if e.Err == ErrUnreadable && e.Cause != nil {
		return fmt.Sprintf("%s (%v)", e.Err, e.Cause)
	}
	return e.Err.Error()
}

// Unwrap returns the reason, so errors.Is(err, ErrBinary) and the like work.
func (e *LoadError) Unwrap() error { return e.Err }

// loadErr makes a *LoadError for path with reason why.
func loadErr(path string, why error) *LoadError {
	return &LoadError{Path: path, Err: why}
}

// osLoadErr turns an error from the file system into a *LoadError with the
// closest plain reason.
func osLoadErr(path string, err error) *LoadError {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &LoadError{Path: path, Err: ErrNotFound, Cause: err}
	case errors.Is(err, fs.ErrPermission):
		return &LoadError{Path: path, Err: ErrPermission, Cause: err}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err // the path is already in the message
	}
	return &LoadError{Path: path, Err: ErrUnreadable, Cause: err}
}
