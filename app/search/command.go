package search

import (
	"context"
	"flag"
	"fmt"
	"io"

	"slant/app"
	"slant/assets"
)

// Command runs `slant search [--json] [--kind K] [--limit N] QUERY FILE...`
// and returns the exit code: 0 when it ran (even with no match), 1 when a
// file could not be read (the others are still searched), 2 on bad usage.
func Command(stdout, stderr io.Writer, args []string) int {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print one JSON object per match")
	kind := fs.String("kind", "", "only this kind: title, quote, actor, loaded, figure or sentence")
	limit := fs.Int("limit", 20, "at most this many matches")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: slant search [--json] [--kind K] [--limit N] QUERY FILE...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() < 2 {
		fs.Usage()
		return 2
	}
	opt := Options{Limit: *limit}
	if *kind != "" {
		k, ok := ParseKind(*kind)
		if !ok {
			fmt.Fprintf(stderr, "slant search: unknown kind %q\n", *kind)
			return 2
		}
		opt.Kinds = []Kind{k}
	}
	docs, failed := app.LoadReporting(stderr, "search", fs.Args()[1:])
	code := 0
	if failed {
		code = 1
	}
	aliases, _ := ActorAliases(assets.FS) // without the table, actors match by their own names
	results := Build(docs, aliases).Search(context.Background(), fs.Arg(0), opt)
	if err := write(stdout, results, *asJSON); err != nil {
		fmt.Fprintf(stderr, "slant search: %v\n", err)
		return 1
	}
	return code
}

// jsonResult is a match as printed by --json.
type jsonResult struct {
	File   string  `json:"file"`
	Kind   string  `json:"kind"`
	Start  int     `json:"start"`
	End    int     `json:"end"`
	Text   string  `json:"text"`
	Detail string  `json:"detail,omitempty"`
	Score  float64 `json:"score"`
}

func write(w io.Writer, results []Result, asJSON bool) error {
	enc := app.NewJSONLines(w)
	for _, r := range results {
		var err error
		if asJSON {
			err = enc.Encode(jsonResult{r.Path, r.Kind.String(), r.Start, r.End, r.Text, r.Detail, round(r.Score)})
		} else {
			_, err = fmt.Fprintf(w, "%6.2f  %-8s %s:%d-%d  %s%s\n", r.Score, r.Kind, r.Path, r.Start, r.End, oneLine(r.Text, 100), detail(r.Detail))
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func round(x float64) float64 { return float64(int(x*100+0.5)) / 100 }

func detail(d string) string {
	if d == "" {
		return ""
	}
	return "  [" + d + "]"
}

// oneLine shortens s to at most n runes on one line.
func oneLine(s string, n int) string {
	out := make([]rune, 0, n)
	for _, r := range s {
		if r == '\n' || r == '\r' || r == '\t' {
			r = ' '
		}
		if len(out) == n-1 {
			return string(out) + "…"
		}
		out = append(out, r)
	}
	return string(out)
}
