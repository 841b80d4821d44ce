package export

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

// WriteFile writes the file at path with write, atomically: the bytes go
// to a temporary file in the same folder, which is flushed to disk and then
// renamed over path. If write fails, or the process dies part-way, path is
// left as it was and the temporary file is removed (or, after a crash,
// left as a hidden ".NAME.tmp-*" beside it). An existing file keeps its
// permissions; a new one gets 0666 less the umask, as os.Create gives.
func WriteFile(path string, write func(w io.Writer) error) error {
	dir := filepath.Dir(path)
	tmp, err := createTemp(dir, filepath.Base(path))
	if err != nil {
		return folderError(dir, err)
	}
	if err := fill(tmp, write); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := keepMode(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("replacing %s: %w", path, err)
	}
	syncDir(dir)
	return nil
}

// fill writes through a buffer into f, flushes it to disk and closes it.
func fill(f *os.File, write func(w io.Writer) error) error {
	bw := bufio.NewWriterSize(f, 64<<10)
	err := write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// createTemp creates a new hidden file beside name in dir, with the mode
// os.Create would give (os.CreateTemp's 0600 would hide the export from
// other users of a shared folder).
func createTemp(dir, name string) (*os.File, error) {
	var err error
	for range 10 {
		var f *os.File
		p := filepath.Join(dir, "."+name+".tmp-"+strconv.FormatUint(rand.Uint64(), 36))
		f, err = os.OpenFile(p, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, err
}

// keepMode gives the temporary file the permissions of the file it
// replaces, if there is one.
func keepMode(tmp, path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return nil
	}
	if !fi.Mode().IsRegular() {
		return fmt.Errorf("%s exists and is not a regular file", path)
	}
	return os.Chmod(tmp, fi.Mode().Perm())
}

// folderError explains why no file can be created in dir.
func folderError(dir string, err error) error {
	abs, aerr := filepath.Abs(dir)
	if aerr != nil {
		abs = dir
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("cannot write in folder %s: it does not exist", abs)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("cannot write in folder %s: permission denied", abs)
	}
	return fmt.Errorf("cannot write in folder %s: %w", abs, unwrapPath(err))
}

// unwrapPath drops the temporary file's name from a *fs.PathError, which
// would only confuse the reader.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// syncDir flushes the folder entry of the renamed file where the system
// allows it (not on Windows, where a folder cannot be opened for sync).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
