package export

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"slant/app"
	"slant/highlight"
)

func TestWriteFileFailureKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "article.pdf")
	if err := os.WriteFile(path, []byte("the old export"), 0o640); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("disk on fire")
	err := WriteFile(path, func(w io.Writer) error {
		io.WriteString(w, "%PDF-1.3 half a file")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("error %v, want %v", err, boom)
	}
	if b, _ := os.ReadFile(path); string(b) != "the old export" {
		t.Errorf("old file now holds %q", b)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("temporary file left behind: %v", ents)
	}
	// A successful export replaces it and keeps its permissions.
	d := seedDoc(t)
	if err := WriteFile(path, func(w io.Writer) error { return WritePDF(w, d, Options{}) }); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	if !bytes.HasPrefix(b, []byte("%PDF-")) || !bytes.Contains(b[len(b)-32:], []byte("%%EOF")) {
		t.Errorf("new file is not a whole PDF")
	}
	if fi, _ := os.Stat(path); runtime.GOOS != "windows" && fi.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640 kept", fi.Mode().Perm())
	}
}

func TestWriteFileUnwritableFolder(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a-file")
	os.WriteFile(file, nil, 0o644)
	cases := map[string]string{
		"missing folder":     filepath.Join(dir, "no", "such", "folder"),
		"file, not a folder": file,
	}
	if runtime.GOOS == "linux" {
		cases["system folder"] = "/proc"
	}
	if os.Geteuid() != 0 && runtime.GOOS != "windows" {
		ro := filepath.Join(dir, "read-only")
		os.Mkdir(ro, 0o555)
		cases["read-only folder"] = ro
	} else {
		t.Log("running as root: the chmod 0555 case is left out (root writes anyway); /proc stands in")
	}
	for name, folder := range cases {
		err := WriteFile(filepath.Join(folder, "out.pdf"), func(w io.Writer) error { return nil })
		if err == nil || !strings.Contains(err.Error(), "cannot write in folder "+folder) {
			t.Errorf("%s: error %v, want one naming the folder %s", name, err, folder)
		}
	}
}

func TestCSV(t *testing.T) {
	d := seedDoc(t)
	var b bytes.Buffer
	if err := WriteCSV(&b, d, Options{}); err != nil {
		t.Fatal(err)
	}
	raw := b.String()
	if !strings.HasPrefix(raw, utf8BOM+"kind,start,end,text,detail\r\n") {
		t.Fatalf("want BOM, header and CRLF; got %q", raw[:min(60, len(raw))])
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(raw, utf8BOM))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(d.Spans)+1 {
		t.Fatalf("%d rows, want %d", len(rows), len(d.Spans)+1)
	}
	for i, s := range d.Spans {
		r := rows[i+1]
		if r[0] != s.Kind.String() || r[3] != d.Text[s.Start:s.End] {
			t.Errorf("row %d = %q, want %v %q", i+1, r, s.Kind, d.Text[s.Start:s.End])
		}
	}
	if !strings.Contains(raw, `"""Russia is using`) || !strings.Contains(raw, "speaker: John Kerry") || !strings.Contains(raw, "value: 260,000; unit: people") {
		t.Errorf("quotes not escaped or details missing:\n%s", raw)
	}
}

func TestHTML(t *testing.T) {
	d := seedDoc(t)
	d.Text += "\n<script>alert('x')</script> & more\n"
	var b bytes.Buffer
	if err := WriteHTML(&b, d, Options{Hide: [numKinds]bool{highlight.Actor: true}}); err != nil {
		t.Fatal(err)
	}
	h := b.String()
	for _, bad := range []string{"<script>", "http://", "https://", "<link", " src=", "@import", `class="actor"`} {
		if strings.Contains(h, bad) {
			t.Errorf("HTML contains %q", bad)
		}
	}
	for _, want := range []string{"&lt;script&gt;", "&amp; more", hexColor(app.StyleOf(highlight.Quote).Light), "underline wavy", `class="quote"`, `class="figure"`, `class="speaker"`, "Who is quoted"} {
		if !strings.Contains(h, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	if o, c := strings.Count(h, "<span"), strings.Count(h, "</span>"); o != c {
		t.Errorf("%d <span> against %d </span>", o, c)
	}
	// The loaded term inside the first quote nests inside it.
	if !strings.Contains(h, `free-fall bombs -`+"\u00a0"+`<span class="loaded"`) {
		t.Errorf("loaded term not nested in its quote")
	}
}

func TestCommand(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "kerry.txt")
	os.WriteFile(src, []byte(seedText(t, seed000)), 0o644)
	other := filepath.Join(dir, "dw.txt")
	os.WriteFile(other, []byte(seedText(t, seed001)), 0o644)
	out := filepath.Join(dir, "k.pdf")
	cases := []struct {
		args   []string
		code   int
		file   string
		prefix string
	}{
		{[]string{"-o", out, src}, 0, out, "%PDF-"},
		{[]string{src, "--format", "csv", "-o", out + ".csv"}, 0, out + ".csv", utf8BOM + "kind,"},
		{[]string{"-o", out + ".json", src, "--hide", "actor,loaded"}, 0, out + ".json", `{"file":`},
		{[]string{"-o", out + ".html", src}, 0, out + ".html", "<!DOCTYPE html>"},
		{[]string{"-o", filepath.Join(dir, "cmp.pdf"), src, "--compare", other}, 0, filepath.Join(dir, "cmp.pdf"), "%PDF-"},
		{[]string{src, "--hide", "nonsense"}, 2, "", ""},
		{[]string{}, 2, "", ""},
		{[]string{"-o", src, src}, 1, "", ""},
		{[]string{"-o", filepath.Join(dir, "nope", "x.pdf"), src}, 1, "", ""},
		{[]string{filepath.Join(dir, "missing.txt")}, 1, "", ""},
	}
	for _, c := range cases {
		var so, se bytes.Buffer
		if code := Command(&so, &se, c.args); code != c.code {
			t.Errorf("%v: exit %d, want %d (stderr %q)", c.args, code, c.code, se.String())
			continue
		}
		if c.file == "" {
			if se.Len() == 0 {
				t.Errorf("%v: no message on stderr", c.args)
			}
			continue
		}
		if so.String() != "wrote "+c.file+"\n" {
			t.Errorf("%v: stdout %q", c.args, so.String())
		}
		if b, _ := os.ReadFile(c.file); !strings.HasPrefix(string(b), c.prefix) {
			t.Errorf("%v: %s starts %q, want %q", c.args, c.file, b[:min(20, len(b))], c.prefix)
		}
	}
	if b, _ := os.ReadFile(out + ".json"); strings.Contains(string(b), `"kind":"actor"`) {
		t.Errorf("--hide actor left actors in the JSON")
	}
	if b, _ := os.ReadFile(src); string(b) != seedText(t, seed000) {
		t.Errorf("the input was overwritten")
	}
}

func TestDefaultName(t *testing.T) {
	if got := defaultName("/x/a.txt", "", PDF); got != "a.pdf" {
		t.Errorf("got %q", got)
	}
	if got := defaultName("a.md", "b/c.html", PDF); got != "a-vs-c.pdf" {
		t.Errorf("got %q", got)
	}
}

func TestSave(t *testing.T) {
	dir := t.TempDir()
	d := seedDoc(t)
	for _, f := range Formats {
		path := filepath.Join(dir, "seed"+f.Ext())
		if err := Save(path, f, d, Options{Letter: true}); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if fi, err := os.Stat(path); err != nil || fi.Size() < 500 {
			t.Errorf("%s: %v, %v", f, fi, err)
		}
		if got := FormatOf(path); got != f {
			t.Errorf("FormatOf(%s) = %s", path, got)
		}
	}
}
