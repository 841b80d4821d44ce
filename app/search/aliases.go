package search

import (
	"io/fs"

	"slant/highlight/ner"
)

// ActorAliases reads the canonical-actor table and the demonyms from fsys
// (laid out as the assets folder) and returns an AliasFunc answering from
// them: "Russia" → "Russian Federation", "Moscow", "Kremlin", "Russian", ...
func ActorAliases(fsys fs.FS) (AliasFunc, error) {
	lex, err := ner.LoadLexicon(fsys)
	if err != nil {
		return nil, err
	}
	names := map[string][]string{}
	for _, e := range append(lex.Actors, lex.Demonyms...) {
		names[e.Name] = append(names[e.Name], e.Aliases...)
	}
	return func(canonical string) []string { return names[canonical] }, nil
}
