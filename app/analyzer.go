package app

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sync/atomic"

	"slant/highlight"
)

// analyzer is the analyser Document.Analyze uses; nil means
// highlight.Default().
var analyzer atomic.Pointer[highlight.Analyzer]

// SetAnalyzer makes a the analyser that Document.Analyze (and so Load,
// LoadAll and Samples) uses from now on, e.g. highlight.Default() with the
// user's lexicon. A nil a restores highlight.Default(). Documents analysed
// before keep their spans until analysed again. It is safe to call while
// documents load.
func SetAnalyzer(a *highlight.Analyzer) { analyzer.Store(a) }

// CurrentAnalyzer returns the analyser Document.Analyze uses.
func CurrentAnalyzer() *highlight.Analyzer {
	if a := analyzer.Load(); a != nil {
		return a
	}
	return highlight.Default()
}

// UseLexicon makes Document.Analyze mark loaded terms from lex (with the
// default detectors otherwise); a nil lex restores the bundled lexicon.
func UseLexicon(lex *highlight.Lexicon) {
	if lex == nil {
		SetAnalyzer(nil)
		return
	}
	SetAnalyzer(highlight.Default().WithLexicon(lex))
}

// DefaultLexiconFile returns where the user's loaded-term lexicon is kept:
// lexicon.tsv in ConfigDir, in the plain format of highlight.ParseLexicon.
func DefaultLexiconFile() (string, error) { return configFile("lexicon.tsv") }

// LoadLexiconFile reads the user's lexicon kept in file. A missing file
// gives nil and no error: the user has not edited the bundled lexicon. A
// damaged file gives an error naming the file and the line.
func LoadLexiconFile(file string) (*highlight.Lexicon, error) {
	f, err := os.Open(file)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the lexicon %s: %w", file, err)
	}
	defer f.Close()
	lex, err := highlight.ParseLexicon(f)
	if err != nil {
		return nil, fmt.Errorf("the lexicon %s: %w", file, err)
	}
	return lex, nil
}

// SaveLexiconFile writes lex to file atomically, in the plain format
// LoadLexiconFile reads.
func SaveLexiconFile(file string, lex *highlight.Lexicon) error {
	return WriteFileAtomic(file, func(w io.Writer) error {
		_, err := lex.WriteTo(w)
		return err
	})
}

// RemoveLexiconFile deletes the user's lexicon file, so the bundled
// lexicon applies again; a file already gone is not an error.
func RemoveLexiconFile(file string) error {
	if err := os.Remove(file); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("removing the lexicon %s: %w", file, err)
	}
	return nil
}
