package search

import (
	"context"
	"io/fs"
	"strings"
	"testing"

	"slant/app"
	"slant/assets"
)

// seeds loads the bundled sample articles.
func seeds(t testing.TB) []*app.Document {
	t.Helper()
	names, err := fs.Glob(assets.FS, "samples/*.txt")
	if err != nil || len(names) != 5 {
		t.Fatalf("samples: %v %v", names, err)
	}
	var docs []*app.Document
	for _, n := range names {
		data, err := fs.ReadFile(assets.FS, n)
		if err != nil {
			t.Fatal(err)
		}
		d, err := app.LoadBytes(n, data)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

func TestTypedQueriesFindTheirTargetFirst(t *testing.T) {
	ix := Build(seeds(t), nil)
	tests := []struct {
		query, doc, contains string
	}{
		{"dumb bomb", "000_", "dumb bombs"},
		{"kery", "", "Kerry"},
		{"special responsib", "004_", "special responsibility"},
		{"Geneva talks", "", "Geneva talks"},
		{"mistura", "", "Mistura"},
		{"260,000", "000_", "260,000"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			rs := ix.Search(context.Background(), tt.query, Options{})
			if len(rs) == 0 {
				t.Fatalf("no results")
			}
			r := rs[0]
			if !strings.Contains(r.Text, tt.contains) || !strings.Contains(r.Path, tt.doc) {
				t.Errorf("first result %s %s %q; want %q in %q", r.Kind, r.Path, r.Text, tt.contains, tt.doc)
			}
			if len(r.Matched) == 0 {
				t.Errorf("no matched characters marked in %q", r.Text)
			}
		})
	}
}

func TestMatchedOffsetsPointAtQueryLetters(t *testing.T) {
	ix := Build(seeds(t), nil)
	rs := ix.Search(context.Background(), "dumb bomb", Options{Limit: 5})
	if len(rs) == 0 {
		t.Fatal("no results")
	}
	var got strings.Builder
	for _, i := range rs[0].Matched {
		got.WriteByte(rs[0].Text[i] | 0x20)
	}
	if got.String() != "dumbbomb" {
		t.Errorf("marked letters %q in %q, want dumbbomb", got.String(), rs[0].Text)
	}
}

func TestEveryWordMustMatch(t *testing.T) {
	ix := Build(seeds(t), nil)
	if rs := ix.Search(context.Background(), "kerry zzyzx", Options{}); len(rs) != 0 {
		t.Errorf("got %d results for a query with a word found nowhere", len(rs))
	}
	if rs := ix.Search(context.Background(), "  ,, ", Options{}); rs != nil {
		t.Errorf("got results for a query with no words")
	}
}

func TestResultsPointIntoTheirDocument(t *testing.T) {
	docs := seeds(t)
	ix := Build(docs, nil)
	for _, q := range []string{"russia", "bomb", "civil", "said"} {
		for _, r := range ix.Search(context.Background(), q, Options{Limit: 100}) {
			text := docs[r.Doc].Text
			if r.Start < 0 || r.End > len(text) || r.Start > r.End {
				t.Fatalf("%q: range %d-%d outside %d bytes", q, r.Start, r.End, len(text))
			}
			if r.Kind == Sentence && text[r.Start:r.End] != r.Text {
				t.Errorf("%q: sentence text differs from its range", q)
			}
		}
	}
}

func TestFilters(t *testing.T) {
	docs := seeds(t)
	ix := Build(docs, nil)
	rs := ix.Search(context.Background(), "russia", Options{Filter: Filter{Kinds: []Kind{Sentence}, Docs: []int{1}}, Limit: 100})
	if len(rs) == 0 {
		t.Fatal("no sentence about Russia in seed 001")
	}
	for _, r := range rs {
		if r.Kind != Sentence || r.Doc != 1 {
			t.Errorf("result %s in doc %d passed a filter for sentences of doc 1", r.Kind, r.Doc)
		}
	}
}

func TestAliasesFindTheActor(t *testing.T) {
	docs := []*app.Document{{Path: "a.txt", Text: "Moscow said no.", Spans: nil}}
	docs[0].Spans = append(docs[0].Spans, actorSpan(0, 6, "Russia"))
	aliases := func(c string) []string {
		if c == "Russia" {
			return []string{"the Kremlin", "Moscow", "Russian"}
		}
		return nil
	}
	rs := Build(docs, aliases).Search(context.Background(), "kremlin", Options{})
	if len(rs) != 1 || rs[0].Kind != Actor || !strings.HasPrefix(rs[0].Text, "Russia") {
		t.Fatalf("kremlin: got %+v, want the actor Russia", rs)
	}
}

func TestCancelledSearchReturnsNothing(t *testing.T) {
	ix := Build(seeds(t), nil)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if rs := ix.Search(ctx, "kerry", Options{}); rs != nil {
		t.Errorf("a stale query returned %d results", len(rs))
	}
}
