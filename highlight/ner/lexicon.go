package ner

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"
)

// Entry is a line of the actor table: a canonical name, its type
// ("person", "organization" or "place") and the other names the same
// actor goes by in text.
type Entry struct {
	Name    string
	Type    string
	Aliases []string
}

// Lexicon is the hand-written actor data under actors/ in the assets:
//
//	actors.txt       Name | type | alias | alias ...   (the canonical-actor table)
//	demonyms.txt     Country | demonym | demonym ...   (Russian → Russia)
//	places.txt       one place per line                (cities, regions, states)
//	given_names.txt  given names, any number a line    (evidence for persons)
//	titles.txt       one title a line                  (words before a person's name)
//
// Blank lines and lines starting with # are ignored. titles.txt may be
// missing.
type Lexicon struct {
	Actors     []Entry
	Demonyms   []Entry // Name is the country, Aliases its demonyms
	Places     []string
	GivenNames []string
	Titles     []string
}

// Dir is the folder of the lexicon within the assets.
const Dir = "actors"

// LoadLexicon reads the lexicon from fsys (laid out as the assets folder).
func LoadLexicon(fsys fs.FS) (*Lexicon, error) {
	l := &Lexicon{}
	err := eachLine(fsys, "actors.txt", func(f []string) error {
		if len(f) < 2 || classOfType(f[1]) == None {
			return fmt.Errorf("want Name | person/organization/place | aliases..., got %q", strings.Join(f, " | "))
		}
		l.Actors = append(l.Actors, Entry{Name: f[0], Type: f[1], Aliases: f[2:]})
		return nil
	})
	if err == nil {
		err = eachLine(fsys, "demonyms.txt", func(f []string) error {
			l.Demonyms = append(l.Demonyms, Entry{Name: f[0], Type: "place", Aliases: f[1:]})
			return nil
		})
	}
	if err == nil {
		err = eachLine(fsys, "places.txt", func(f []string) error {
			l.Places = append(l.Places, f...)
			return nil
		})
	}
	if err == nil {
		err = eachWord(fsys, "given_names.txt", func(w string) { l.GivenNames = append(l.GivenNames, w) })
	}
	if err == nil {
		err = scanFile(fsys, "titles.txt", func(line string) error {
			l.Titles = append(l.Titles, line)
			return nil
		})
		if errors.Is(err, fs.ErrNotExist) {
			err = nil
		}
	}
	return l, err
}

// classOfType maps an actor type to the tagger's class.
func classOfType(t string) Class {
	switch t {
	case "person":
		return Per
	case "organization":
		return Org
	case "place":
		return Loc
	}
	return None
}

// eachLine calls fn with the "|"-separated, trimmed fields of every data
// line of the named file.
func eachLine(fsys fs.FS, name string, fn func([]string) error) error {
	return scanFile(fsys, name, func(line string) error {
		f := strings.Split(line, "|")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		return fn(f)
	})
}

// eachWord calls fn with every whitespace-separated word of the named file.
func eachWord(fsys fs.FS, name string, fn func(string)) error {
	return scanFile(fsys, name, func(line string) error {
		for _, w := range strings.Fields(line) {
			fn(w)
		}
		return nil
	})
}

// scanFile calls fn with each non-blank, non-comment line of a lexicon
// file, and names the file and line in any error.
func scanFile(fsys fs.FS, name string, fn func(string) error) error {
	p := path.Join(Dir, name)
	f, err := fsys.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("%s:%d: %w", p, n, err)
		}
	}
	return sc.Err()
}

// Gazetteer builds the tagger's gazetteer from the lexicon: actor names and
// aliases with their type's class, places as LOC, given names as PER,
// demonyms as MISC (as CoNLL-2003 tags them) and titles as titles.
func (l *Lexicon) Gazetteer() *Gazetteer {
	g := NewGazetteer()
	for _, e := range l.Actors {
		c := classOfType(e.Type)
		g.Add(e.Name, c)
		for _, a := range e.Aliases {
			g.Add(a, c)
		}
	}
	for _, e := range l.Demonyms {
		for _, a := range e.Aliases {
			g.Add(a, Misc)
		}
	}
	for _, p := range l.Places {
		g.Add(p, Loc)
	}
	for _, n := range l.GivenNames {
		g.Add(n, Per)
	}
	for _, t := range l.Titles {
		g.AddTitle(t)
	}
	return g
}
