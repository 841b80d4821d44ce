package app

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// articleTree writes a folder of seed articles, nested two deep, with a
// binary file posing as text and files the scan must pass over.
func articleTree(t *testing.T, seeds int) string {
	t.Helper()
	root := t.TempDir()
	files, _ := filepath.Glob("../assets/samples/*.txt")
	if len(files) < seeds {
		t.Fatalf("only %d samples", len(files))
	}
	for i := range seeds {
		data, err := os.ReadFile(files[i])
		if err != nil {
			t.Fatal(err)
		}
		dir := filepath.Join(root, strings.Repeat("sub/", i%3))
		writeFile(t, filepath.Join(dir, filepath.Base(files[i])), data)
	}
	writeFile(t, filepath.Join(root, "sub", "image.txt"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"))
	writeFile(t, filepath.Join(root, "notes.pdf"), []byte("%PDF-1.4 not an article"))
	writeFile(t, filepath.Join(root, ".hidden", "secret.txt"), []byte("Hidden words."))
	return root
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestScanFolderFindsArticlesRecursively(t *testing.T) {
	root := articleTree(t, 5)
	var reports []ScanProgress
	scan, err := ScanFolder(context.Background(), root, func(p ScanProgress) { reports = append(reports, p) })
	if err != nil {
		t.Fatal(err)
	}
	if len(scan.Docs) != 5 {
		t.Fatalf("loaded %d documents, want the 5 seeds", len(scan.Docs))
	}
	deep := 0
	for _, d := range scan.Docs {
		if strings.Contains(d.Path, "sub/sub/") {
			deep++
		}
		if len(d.Spans) == 0 {
			t.Errorf("%s was not analysed", d.Path)
		}
	}
	if deep == 0 {
		t.Error("no document found two folders down")
	}
	if len(reports) != 6 || reports[5].Done != 6 || reports[5].Total != 6 {
		t.Errorf("progress reports %+v, want 1..6 of 6", reports)
	}
	for i, p := range reports {
		if p.Done != i+1 || (p.Doc == nil) == (p.Err == nil) {
			t.Errorf("report %d: %+v", i, p)
		}
	}
}

func TestScanFolderListsBinaryFileAsUnreadable(t *testing.T) {
	root := articleTree(t, 1)
	scan, err := ScanFolder(context.Background(), root, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(scan.Failed) != 1 {
		t.Fatalf("failed %v, want only the binary file", scan.Failed)
	}
	var le *LoadError
	if !errors.As(scan.Failed[0], &le) || !errors.Is(le, ErrBinary) || filepath.Base(le.Path) != "image.txt" {
		t.Errorf("failure %v, want image.txt as binary", scan.Failed[0])
	}
	if !strings.Contains(le.Reason(), "binary") {
		t.Errorf("reason %q does not say binary", le.Reason())
	}
}

func TestScanFolderStopsOnCancel(t *testing.T) {
	root := t.TempDir()
	data, err := os.ReadFile(seedPaths(t)[0])
	if err != nil {
		t.Fatal(err)
	}
	for i := range 200 {
		writeFile(t, filepath.Join(root, "d"+string(rune('a'+i%10)), "a"+strings.Repeat("x", i/10)+".txt"), data)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := 0
	scan, err := ScanFolder(ctx, root, func(p ScanProgress) {
		done = p.Done
		if p.Done == 3 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v, want context.Canceled", err)
	}
	if done >= 200 || len(scan.Docs) != done {
		t.Errorf("went on to %d of 200 files after the cancel, kept %d documents", done, len(scan.Docs))
	}
}

func TestScanFolderRefusesFile(t *testing.T) {
	if _, err := ScanFolder(context.Background(), seedPaths(t)[0], nil); err == nil {
		t.Error("scanning a file gave no error")
	}
	if _, err := ScanFolder(context.Background(), filepath.Join(t.TempDir(), "gone"), nil); !errors.Is(err, ErrNotFound) {
		t.Errorf("scanning a missing folder gave %v", err)
	}
}
