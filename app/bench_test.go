package app

import (
	"bytes"
	"os"
	"testing"
)

// readSeeds returns the seed files' names and bytes.
func readSeeds(b *testing.B) ([]string, [][]byte, int64) {
	paths := seedPaths(b)
	data := make([][]byte, len(paths))
	var n int64
	for i, p := range paths {
		var err error
		if data[i], err = os.ReadFile(p); err != nil {
			b.Fatal(err)
		}
		n += int64(len(data[i]))
	}
	return paths, data, n
}

// BenchmarkReadSeeds measures decoding and metadata guessing of the five
// seeds, without analysis.
func BenchmarkReadSeeds(b *testing.B) {
	paths, data, n := readSeeds(b)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for i := range paths {
			if _, err := ReadBytes(paths[i], data[i]); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkLoadSeeds measures loading the five seeds from disk, analysis
// included.
func BenchmarkLoadSeeds(b *testing.B) {
	paths, _, n := readSeeds(b)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paths {
			if _, err := Load(p); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkReadHTML measures readable-article extraction of the HTML
// fixture.
func BenchmarkReadHTML(b *testing.B) {
	data, err := os.ReadFile("testdata/article.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadBytes("article.html", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadMarkdown measures Markdown extraction of the fixture.
func BenchmarkReadMarkdown(b *testing.B) {
	data, err := os.ReadFile("testdata/article.md")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadBytes("article.md", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadOneMegabyte measures reading a 1 MB plain-text article (the
// seeds repeated), the size DESIGN.md asks to open smoothly.
func BenchmarkReadOneMegabyte(b *testing.B) {
	_, data, _ := readSeeds(b)
	big := bytes.Repeat(bytes.Join(data, []byte("\n\n")), 1+(1<<20)/(len(bytes.Join(data, nil))+8))
	b.SetBytes(int64(len(big)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadBytes("big.txt", big); err != nil {
			b.Fatal(err)
		}
	}
}
