//go:build !unix

package highlight

import "time"

// processCPU is not available here; benchmarks report wall-clock only.
func processCPU() (time.Duration, bool) { return 0, false }
