// Command slant is a desktop reader for news that colours quotes, figures,
// actors and loaded terms. With a subcommand it works headless; see usage.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"slant/app"
	"slant/app/compare"
	"slant/app/export"
	"slant/app/search"
	"slant/ui"
)

const usage = `usage:
  slant                              open the app on the bundled sample library
  slant FILE...                      open the app on these files
  slant --compare A B                open the app on the comparison of two files
  slant analyze [--json] FILE...     spans of each file
  slant compare [--json] A B [C...]  the comparison of two or more accounts
  slant search [--json] QUERY FILE...  ranked fuzzy matches
  slant export [-o OUT.pdf] FILE [--compare OTHER]   a highlighted PDF
`

// commands are the headless subcommands; each returns the exit code.
var commands = map[string]func(stdout, stderr io.Writer, args []string) int{
	"analyze": analyze,
	"compare": compare.Command,
	"export":  export.Command,
	"search":  search.Command,
}

func main() {
	args := os.Args[1:]
	if len(args) > 0 {
		if cmd, ok := commands[args[0]]; ok {
			os.Exit(cmd(os.Stdout, os.Stderr, args[1:]))
		}
		switch args[0] {
		case "-h", "-help", "--help", "help":
			fmt.Print(usage)
			return
		case "--compare", "-compare":
			if len(args) != 3 {
				fmt.Fprint(os.Stderr, "usage: slant --compare A B\n")
				os.Exit(2)
			}
			ui.RunCompare(args[1], args[2])
			return
		}
	}
	ui.Run(args)
}

// analyze runs `slant analyze [--json] FILE...`.
func analyze(stdout, stderr io.Writer, args []string) int {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "one JSON object per file, per line")
	if err := fs.Parse(args); err != nil || fs.NArg() == 0 {
		fmt.Fprint(stderr, "usage: slant analyze [--json] FILE...\n")
		return 2
	}
	return app.AnalyzeFiles(stdout, stderr, fs.Args(), *asJSON)
}
