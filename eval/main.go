// Command eval scores Slant's detectors on the development splits in
// ../shared/eval (or the folder given by -data) and prints, per task,
// precision, recall, F1 and articles per second beside the peers' figures
// and Slant's targets. It is run by `make eval` and is not part of the tests.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"
)

// result is one task's score.
type result struct {
	Precision, Recall, F1 float64
	Docs                  int
	Elapsed               time.Duration
	Extra                 string // e.g. "speaker 0.87" for quotes
	Target                float64
	Peer                  string
	Met                   bool // every target of the task is met
}

// task scores one detector on the data under dir.
type task struct {
	name  string
	order int
	run   func(dir string) (result, error)
}

var tasks []task

// register adds a task; each task's file calls it from init.
func register(t task) { tasks = append(tasks, t) }

func main() {
	data := flag.String("data", filepath.Join("..", "shared", "eval"), "folder of the evaluation sets")
	only := flag.String("task", "", "run only this task")
	flag.Parse()
	if _, err := os.Stat(*data); err != nil {
		fmt.Printf("eval: skipped: no evaluation data at %s (it lives in ../shared/eval beside the project)\n", *data)
		return
	}
	sort.Slice(tasks, func(i, j int) bool { return tasks[i].order < tasks[j].order })
	fmt.Printf("%-8s %9s %7s %7s %7s %9s  %-22s %s\n", "task", "precision", "recall", "F1", "target", "docs/s", "peer", "notes")
	allMet := true
	for _, t := range tasks {
		if *only != "" && t.name != *only {
			continue
		}
		r, err := t.run(*data)
		if err != nil {
			fmt.Printf("%-8s error: %v\n", t.name, err)
			allMet = false
			continue
		}
		rate := float64(r.Docs) / r.Elapsed.Seconds()
		met := "MET"
		if !r.Met {
			met, allMet = "not met", false
		}
		fmt.Printf("%-8s %9.3f %7.3f %7.3f %7.2f %9.0f  %-22s %s %s\n", t.name, r.Precision, r.Recall, r.F1, r.Target, rate, r.Peer, met, r.Extra)
	}
	if !allMet {
		fmt.Println("eval: some targets are not met")
	}
}

// prf turns true-positive weights and counts into precision, recall and F1.
func prf(tpPred, nPred, tpGold, nGold float64) (p, r, f float64) {
	if nPred > 0 {
		p = tpPred / nPred
	}
	if nGold > 0 {
		r = tpGold / nGold
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}
