package ui

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"slant/app"
	"slant/app/search"
)

// articleFolder writes three seeds into a folder tree with a binary file
// among them.
func articleFolder(t *testing.T) (root string, paths []string) {
	t.Helper()
	root = t.TempDir()
	deep := filepath.Join(root, "2016", "october")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	paths = []string{seedFile(t, root, "a.txt", 1), seedFile(t, deep, "b.txt", 2), seedFile(t, deep, "c.txt", 3)}
	if err := os.WriteFile(filepath.Join(deep, "photo.txt"), []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01"), 0o644); err != nil {
		t.Fatal(err)
	}
	return root, paths
}

func TestOpenFolderAddsArticlesAndListsUnreadable(t *testing.T) {
	config := t.TempDir()
	root, paths := articleFolder(t)
	r := newTestReader(t, config)
	r.start(nil)
	r.folders.start(root)
	for _, p := range paths {
		if i := r.lib.index(p); i < 0 || r.lib.entries[i].doc == nil {
			t.Errorf("%s is not in the library, loaded", p)
		}
	}
	if r.lib.entries[r.shown].path != paths[1] { // 2016/october/b.txt sorts first
		t.Errorf("showing %s, want the folder's first article", r.lib.entries[r.shown].path)
	}
	if !strings.Contains(r.status.Text, "Added 3 articles") || !strings.Contains(r.status.Text, "skipped 1 file") {
		t.Errorf("status %q", r.status.Text)
	}
	if r.folders.box.Visible() || r.folders.running() {
		t.Error("the progress strip stayed up")
	}
	if !overlaySays(r.win, "1 file skipped") {
		t.Error("the unreadable file was not listed")
	}
	if line := skippedLine(firstFailure(t, root)); !strings.Contains(line, "photo.txt — it is not a text file") {
		t.Errorf("skipped file listed as %q", line)
	}
	r.search.show()
	test.Type(r.search.entry, "whining")
	if !slices.ContainsFunc(r.search.results, func(res search.Result) bool { return res.Path == paths[2] }) {
		t.Errorf("searching found nothing in the folder's article c.txt: %v", r.search.results)
	}
	again := newTestReader(t, config)
	again.start(nil)
	if again.lib.index(paths[1]) < 0 {
		t.Error("the folder's articles were not remembered for the next run")
	}
}

// firstFailure scans root and returns its first failure.
func firstFailure(t *testing.T, root string) error {
	t.Helper()
	scan, err := app.ScanFolder(context.Background(), root, nil)
	if err != nil || len(scan.Failed) == 0 {
		t.Fatalf("scan: %v, failures %v", err, scan.Failed)
	}
	return scan.Failed[0]
}

func TestStartNoticesChangedAndMissingFiles(t *testing.T) {
	config := t.TempDir()
	root, paths := articleFolder(t)
	r := newTestReader(t, config)
	r.start(nil)
	r.folders.start(root)
	if err := os.Remove(paths[0]); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(paths[1], []byte("Changed: Lavrov met Kerry in Geneva.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	again := newTestReader(t, config)
	again.start(nil)
	if again.lib.index(paths[0]) >= 0 {
		t.Error("a missing file stayed in the library")
	}
	i := again.lib.index(paths[1])
	if i < 0 {
		t.Fatal("a changed file left the library")
	}
	if d := again.lib.entries[i].doc; d == nil || !strings.HasPrefix(d.Text, "Changed:") {
		t.Error("the changed file was not read afresh")
	}
	msg := strings.Join(textsOn(again.win), "\n")
	for _, want := range []string{"read afresh (1):\n" + paths[1], "removed from the library (1):\n" + paths[0]} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q lacks %q", msg, want)
		}
	}
}

func TestCancelFolderScanKeepsWhatWasRead(t *testing.T) {
	root, _ := articleFolder(t)
	r := newTestReader(t, t.TempDir())
	r.start(nil)
	var queued []func()
	r.spawn = func(f func()) { queued = append(queued, f) }
	r.folders.start(root)
	if !r.folders.box.Visible() || !r.folders.running() {
		t.Fatal("no progress strip while reading")
	}
	r.folders.stop() // the Cancel button
	for _, f := range queued {
		f()
	}
	if !strings.HasPrefix(r.status.Text, "Cancelled. Added 0 articles") || len(r.lib.entries) != 5 {
		t.Errorf("after Cancel: status %q, %d entries", r.status.Text, len(r.lib.entries))
	}
	if r.folders.box.Visible() {
		t.Error("the progress strip stayed up")
	}
}
