package search

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"slant/app"
	"slant/highlight"
)

// library generates n articles of about 5 KB each from the seeds' sentences,
// shuffled, with one word in eight replaced by an invented one so that the
// vocabulary grows the way a real library's does.
func library(tb testing.TB, n int) []*app.Document {
	var sentences []string
	for _, d := range seeds(tb) {
		highlight.EachSentence(d.Text, func(s, e int) { sentences = append(sentences, d.Text[s:e]) })
	}
	rng := rand.New(rand.NewPCG(1, 2))
	docs := make([]*app.Document, n)
	var b strings.Builder
	for i := range docs {
		b.Reset()
		for b.Len() < 5000 {
			b.WriteString(mutate(rng, sentences[rng.IntN(len(sentences))]))
			b.WriteString(" ")
			if rng.IntN(4) == 0 {
				b.WriteString("\n\n")
			}
		}
		d, err := app.LoadBytes(fmt.Sprintf("gen/%05d.txt", i), []byte(b.String()))
		if err != nil {
			tb.Fatal(err)
		}
		docs[i] = d
	}
	return docs
}

var syllables = []string{"ka", "lo", "mi", "ran", "tes", "vo", "shi", "en", "dar", "qu", "bel", "nor", "ix", "ut", "pra"}

func mutate(rng *rand.Rand, s string) string {
	words := strings.Fields(s)
	for i := range words {
		if rng.IntN(8) == 0 {
			var w strings.Builder
			for k := 2 + rng.IntN(3); k > 0; k-- {
				w.WriteString(syllables[rng.IntN(len(syllables))])
			}
			words[i] = w.String()
		}
	}
	return strings.Join(words, " ")
}

var (
	bigOnce sync.Once
	bigDocs []*app.Document
)

func bigLibrary(tb testing.TB) []*app.Document {
	bigOnce.Do(func() { bigDocs = library(tb, 10000) })
	return bigDocs
}

// keystrokes returns every prefix of each query, as typed.
func keystrokes() []string {
	queries := []string{"dumb bombs", "kery", "special responsib", "geneva talks", "russia", "aleppo siege", "humanitarian aid", "260,000", "the"}
	var out []string
	for _, q := range queries {
		for i := 1; i <= len(q); i++ {
			out = append(out, q[:i])
		}
	}
	return out
}

// BenchmarkKeystroke10k measures one keystroke's search over a 10,000-article
// library and reports the 95th percentile and the index's size: built at
// once (one segment), built from 9,900 articles then given the last 100
// one at a time with Compact after each (the palette's way), and the same
// without Compact (100 extra segments, the worst case).
func BenchmarkKeystroke10k(b *testing.B) {
	docs := bigLibrary(b)
	b.Run("one-segment", func(b *testing.B) {
		benchKeystrokes(b, func() *Index { return Build(docs, nil) })
	})
	for _, compact := range []bool{true, false} {
		name := map[bool]string{true: "after-100-adds", false: "after-100-adds-uncompacted"}[compact]
		b.Run(name, func(b *testing.B) {
			benchKeystrokes(b, func() *Index {
				ix := Build(docs[:len(docs)-100], nil)
				for _, d := range docs[len(docs)-100:] {
					if ix = ix.Update(Changes{Add: []*app.Document{d}}); compact {
						ix = ix.Compact()
					}
				}
				return ix
			})
		})
	}
}

// benchKeystrokes measures the keystrokes' searches on the index build
// makes, and reports the time build took and the memory the index holds.
func benchKeystrokes(b *testing.B, build func() *Index) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	ix := build()
	took := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	keys := keystrokes()
	var wall, cpu []time.Duration
	runtime.LockOSThread() // so the thread's CPU time is this goroutine's
	defer runtime.UnlockOSThread()
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		t, c := time.Now(), threadCPU()
		ix.Search(context.Background(), keys[i%len(keys)], Options{})
		wall, cpu = append(wall, time.Since(t)), append(cpu, threadCPU()-c)
		i++
	}
	b.StopTimer()
	b.ReportMetric(p95ms(wall), "p95-ms")
	b.ReportMetric(p95ms(cpu), "p95-cpu-ms")
	b.ReportMetric(took.Seconds(), "build-s")
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "index-MB")
	b.ReportMetric(float64(ix.Len()), "items")
	b.ReportMetric(float64(ix.Words()), "words")
	b.ReportMetric(float64(ix.Segments()), "segments")
}

// BenchmarkUpdate10k measures one change to a 10,000-article index:
// adding an article, and replacing one (its old version is marked
// removed, which indexes it once more to find its words). Compact's cost
// after a change is measured apart: it merges nothing here.
func BenchmarkUpdate10k(b *testing.B) {
	docs := bigLibrary(b)
	ix := Build(docs[:len(docs)-1], nil)
	extra := docs[len(docs)-1]
	b.Run("add", func(b *testing.B) {
		for b.Loop() {
			ix.Update(Changes{Add: []*app.Document{extra}})
		}
	})
	b.Run("replace", func(b *testing.B) {
		for b.Loop() {
			ix.Update(Changes{Replace: map[int]*app.Document{5: extra}})
		}
	})
	b.Run("remove", func(b *testing.B) {
		for b.Loop() {
			ix.Update(Changes{Remove: []int{5}})
		}
	})
}

// BenchmarkAdd100 measures adding 100 articles one at a time to a
// 9,900-article index, compacting after each, as the palette does: the
// mean per article, and the slowest one (when merges cascade).
func BenchmarkAdd100(b *testing.B) {
	docs := bigLibrary(b)
	base := Build(docs[:len(docs)-100], nil)
	var slowest time.Duration
	for b.Loop() {
		ix := base
		for _, d := range docs[len(docs)-100:] {
			t := time.Now()
			ix = ix.Update(Changes{Add: []*app.Document{d}}).Compact()
			slowest = max(slowest, time.Since(t))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N)/100, "ms/article")
	b.ReportMetric(float64(slowest.Microseconds())/1000, "slowest-ms")
}

// BenchmarkBuild10k measures indexing a 10,000-article library (analysis
// excluded: the documents come analysed).
func BenchmarkBuild10k(b *testing.B) {
	docs := bigLibrary(b)
	b.ReportAllocs()
	for b.Loop() {
		Build(docs, nil)
	}
}

// BenchmarkScanAll is the design's baseline: sahilm/fuzzy over every
// sentence of the library on each keystroke, as a naive palette would do.
func BenchmarkScanAll(b *testing.B) {
	docs := bigLibrary(b)
	var sentences []string
	for _, d := range docs {
		highlight.EachSentence(d.Text, func(s, e int) { sentences = append(sentences, d.Text[s:e]) })
	}
	keys := keystrokes()
	i := 0
	for b.Loop() {
		fuzzyFind(keys[i%len(keys)], sentences)
		i++
	}
}

// p95ms returns the 95th percentile of ds in milliseconds.
func p95ms(ds []time.Duration) float64 {
	slices.Sort(ds)
	return float64(ds[len(ds)*95/100].Microseconds()) / 1000
}
