package highlight

// TEMPORARY placeholder until actor.go lands; its owner deletes this file.

import "io/fs"

type stubDetector struct{ k Kind }

func (s stubDetector) kind() Kind         { return s.k }
func (s stubDetector) detect(*Doc) []Span { return nil }

func newActorDetector(fs.FS) (detector, error) { return stubDetector{Actor}, nil }
