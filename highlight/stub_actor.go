package highlight

// TEMPORARY placeholder until actor.go lands; its owner deletes this file.

import "io/fs"

func newActorDetector(fs.FS) (detector, error) { return stubDetector{Actor}, nil }
