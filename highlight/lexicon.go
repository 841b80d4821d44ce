package highlight

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"sync"
	"unicode"

	"slant/assets"
)

// LexiconPath is where the loaded-term lexicon lives inside an asset tree.
const LexiconPath = "lexicon/loaded.tsv"

// lexiconHeader is the column line every lexicon file starts with.
const lexiconHeader = "term\tcategory\treason\tneutral"

// Categories lists the categories the bundled lexicon uses, in the order a
// lexicon editor should offer them. Entries may use other categories too.
var Categories = []string{
	"label", "name-calling", "intensifier", "dysphemism", "emotive verb",
	"euphemism", "doubt marker", "metaphor", ExceptionCategory,
}

// ExceptionCategory marks lexicon entries that are not loaded: set phrases
// that contain a loaded word in an ordinary sense ("claimed responsibility",
// "hate crime", "horror film"). Being longer, they win over the loaded word
// and the detector leaves their words unmarked.
const ExceptionCategory = "not loaded"

// LexiconEntry is one loaded term: the pattern to look for, what kind of
// loaded language it is, why it judges, and a neutral way to say it.
//
// Term is one or more words separated by spaces (a hyphen counts as a
// space, so "so-called" also finds "so called"). A word ending in "*"
// matches any word starting with the letters before it ("massacre*"), and a
// word ending in a bracketed suffix makes that ending optional
// ("bomb(s)" matches "bomb" and "bombs"). Matching ignores case. Where
// terms overlap, the longest match wins, then the one with fewer wildcard
// words, then the earlier entry. Entries in ExceptionCategory are matched
// but never shown.
type LexiconEntry struct {
	Term     string
	Category string
	Reason   string
	Neutral  string
}

// Lexicon is an editable list of loaded terms. The zero value is an empty
// lexicon ready to use. A Lexicon is not safe for concurrent modification;
// an Analyzer built from it (WithLexicon) keeps its own compiled copy.
type Lexicon struct {
	entries []LexiconEntry
}

// LexiconError is a problem on one line of a lexicon file.
type LexiconError struct {
	Line int
	Msg  string
}

// Error returns the message with its line number, e.g. "line 7: ...".
func (e *LexiconError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// ParseLexicon reads a lexicon in Slant's plain format: UTF-8 text, lines
// starting with "#" and blank lines ignored, then the header line
// "term<TAB>category<TAB>reason<TAB>neutral", then one entry per line with
// those four tab-separated fields, none of them empty. Errors name the line.
func ParseLexicon(r io.Reader) (*Lexicon, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	lex := &Lexicon{}
	seen := map[string]int{}
	header := false
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !header {
			if line != lexiconHeader {
				return nil, &LexiconError{n, fmt.Sprintf("want the header %q, got %q", lexiconHeader, line)}
			}
			header = true
			continue
		}
		e, err := parseEntry(line)
		if err != nil {
			return nil, &LexiconError{n, err.Error()}
		}
		key := lexTermKey(e.Term)
		if prev, dup := seen[key]; dup {
			return nil, &LexiconError{n, fmt.Sprintf("term %q already defined on line %d", e.Term, prev)}
		}
		seen[key] = n
		lex.entries = append(lex.entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if !header {
		return nil, &LexiconError{1, "missing header line " + fmt.Sprintf("%q", lexiconHeader)}
	}
	return lex, nil
}

// parseEntry splits and checks one entry line.
func parseEntry(line string) (LexiconEntry, error) {
	f := strings.Split(line, "\t")
	if len(f) != 4 {
		return LexiconEntry{}, fmt.Errorf("want 4 tab-separated fields (term, category, reason, neutral), got %d", len(f))
	}
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	e := LexiconEntry{Term: f[0], Category: f[1], Reason: f[2], Neutral: f[3]}
	return e, e.Validate()
}

// Validate reports whether the entry can be used: every field non-empty and
// free of tabs and line breaks, and a term pattern that parses.
func (e LexiconEntry) Validate() error {
	names := [4]string{"term", "category", "reason", "neutral"}
	for i, v := range [4]string{e.Term, e.Category, e.Reason, e.Neutral} {
		if strings.TrimSpace(v) == "" {
			return fmt.Errorf("empty %s", names[i])
		}
		if strings.ContainsAny(v, "\t\r\n") {
			return fmt.Errorf("%s %q contains a tab or line break", names[i], v)
		}
	}
	_, err := lxCompileTerm(e.Term)
	return err
}

// LoadLexicon reads the lexicon at LexiconPath in fsys.
func LoadLexicon(fsys fs.FS) (*Lexicon, error) {
	f, err := fsys.Open(LexiconPath)
	if err != nil {
		return nil, fmt.Errorf("loaded-term lexicon: %w", err)
	}
	defer f.Close()
	lex, err := ParseLexicon(f)
	if err != nil {
		return nil, fmt.Errorf("loaded-term lexicon %s: %w", LexiconPath, err)
	}
	return lex, nil
}

var (
	defaultLexOnce sync.Once
	defaultLex     *Lexicon
	defaultLexErr  error
)

// DefaultLexicon returns a fresh, editable copy of the lexicon embedded in
// the binary.
func DefaultLexicon() *Lexicon {
	defaultLexOnce.Do(func() { defaultLex, defaultLexErr = LoadLexicon(assets.FS) })
	if defaultLexErr != nil {
		// The embedded lexicon is covered by tests; failing here is a build
		// defect, as in Default.
		panic("highlight: embedded lexicon: " + defaultLexErr.Error())
	}
	return defaultLex.Clone()
}

// WriteTo writes the lexicon in the format ParseLexicon reads, so that
// ParseLexicon(WriteTo(lex)) gives back the same entries in the same order.
func (l *Lexicon) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	var n int64
	put := func(s string) {
		k, _ := bw.WriteString(s)
		n += int64(k)
	}
	put("# Slant loaded-term lexicon: one entry per line, four tab-separated fields.\n")
	put("# term: words; word* = any ending; word(s) = optional ending. Lines starting with # are comments.\n")
	put(lexiconHeader + "\n")
	for _, e := range l.entries {
		put(e.Term + "\t" + e.Category + "\t" + e.Reason + "\t" + e.Neutral + "\n")
	}
	return n, bw.Flush()
}

// Len returns the number of entries.
func (l *Lexicon) Len() int { return len(l.entries) }

// Entries returns a copy of the entries, in file order.
func (l *Lexicon) Entries() []LexiconEntry {
	return append([]LexiconEntry(nil), l.entries...)
}

// Clone returns an independent copy of the lexicon.
func (l *Lexicon) Clone() *Lexicon { return &Lexicon{entries: l.Entries()} }

// Lookup returns the entry whose term is term (ignoring case and spacing).
func (l *Lexicon) Lookup(term string) (LexiconEntry, bool) {
	i := l.index(term)
	if i < 0 {
		return LexiconEntry{}, false
	}
	return l.entries[i], true
}

// Add adds an entry, or replaces the entry with the same term. It returns
// an error, and changes nothing, when the entry is not valid.
func (l *Lexicon) Add(e LexiconEntry) error {
	e.Term, e.Category = strings.TrimSpace(e.Term), strings.TrimSpace(e.Category)
	e.Reason, e.Neutral = strings.TrimSpace(e.Reason), strings.TrimSpace(e.Neutral)
	if err := e.Validate(); err != nil {
		return err
	}
	if i := l.index(e.Term); i >= 0 {
		l.entries[i] = e
		return nil
	}
	l.entries = append(l.entries, e)
	return nil
}

// Remove deletes the entry for term and reports whether there was one.
func (l *Lexicon) Remove(term string) bool {
	i := l.index(term)
	if i < 0 {
		return false
	}
	l.entries = append(l.entries[:i], l.entries[i+1:]...)
	return true
}

// errNoLexTerm is returned when an edit names a term the lexicon lacks.
var errNoLexTerm = errors.New("no such term in the lexicon")

// Recategorise moves the entry for term to category.
func (l *Lexicon) Recategorise(term, category string) error {
	category = strings.TrimSpace(category)
	if category == "" || strings.ContainsAny(category, "\t\r\n") {
		return fmt.Errorf("bad category %q", category)
	}
	i := l.index(term)
	if i < 0 {
		return fmt.Errorf("%q: %w", term, errNoLexTerm)
	}
	l.entries[i].Category = category
	return nil
}

// index finds the entry for term, or returns -1.
func (l *Lexicon) index(term string) int {
	key := lexTermKey(term)
	for i, e := range l.entries {
		if lexTermKey(e.Term) == key {
			return i
		}
	}
	return -1
}

// lexTermKey normalises a term for comparison: lower case, hyphens as spaces,
// single spaces.
func lexTermKey(term string) string {
	f := strings.FieldsFunc(strings.ToLower(term), func(r rune) bool {
		return unicode.IsSpace(r) || r == '-'
	})
	return strings.Join(f, " ")
}
