package highlight

// TEMPORARY placeholder until loaded.go lands; its owner deletes this file.

import "io/fs"

func newLoadedDetector(fs.FS) (detector, error) { return stubDetector{Loaded}, nil }
