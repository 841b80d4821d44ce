// Package assets holds the data Slant ships inside its binary: the sample
// articles, the loaded-term lexicon, gazetteers and the canonical-actor
// table, the tagger's weights, fonts and the icon. Everything is reached
// through FS, so code and tests can swap in another fs.FS.
package assets

import "embed"

// FS is the embedded asset tree, with paths relative to this folder
// (e.g. "samples/000_a652a7b09379949b.txt").
//
//go:embed all:samples fonts lexicon model actors icon.png
var FS embed.FS
