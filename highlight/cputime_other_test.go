//go:build !unix

package highlight

// cpuSeconds is not measured on this system; benchmarks then report only
// wall-clock throughput.
func cpuSeconds() float64 { return 0 }
