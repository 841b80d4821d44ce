//go:build unix

package highlight

import (
	"syscall"
	"time"
)

// processCPU returns the user and system CPU time the process has used,
// so that a benchmark on a busy machine can report throughput per CPU
// second beside its wall-clock figure.
func processCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
