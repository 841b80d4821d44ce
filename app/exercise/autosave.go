package exercise

import (
	"sync"
	"time"
)

// Saver keeps a student's work saved. Commit saves a change to the marks
// before it returns (a mark, unmark, undo or correction is one click and
// must survive a crash a moment later); Changed schedules a save a moment
// later, for edits that come in bursts such as typing, so many keystrokes
// cost one write; Flush saves what is pending at once (on closing the
// window). Saves are atomic (see Work.Save) and never run two at a time,
// so an older snapshot never lands over a newer one.
type Saver struct {
	work  *Work
	path  string
	delay time.Duration
	done  func(error) // told of each delayed or flushed save's outcome; may be nil

	mu      sync.Mutex // guards timer and dirty
	timer   *time.Timer
	dirty   bool
	writing sync.Mutex // held during a save
}

// NewSaver returns a saver of w to path that waits delay after the last
// change and tells done how each delayed save (from its own goroutine) or
// flush went.
func NewSaver(w *Work, path string, delay time.Duration, done func(error)) *Saver {
	return &Saver{work: w, path: path, delay: delay, done: done}
}

// Path returns where the work is saved.
func (s *Saver) Path() string { return s.path }

// Changed notes a change and (re)starts the wait before saving.
func (s *Saver) Changed() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dirty = true
	if s.timer != nil {
		s.timer.Stop()
	}
	s.timer = time.AfterFunc(s.delay, func() { s.save() })
}

// Commit notes a change and saves it, with any change still waiting,
// before it returns: once Commit returns nil the change is on disk,
// whatever happens to the process next. Its outcome is returned, not told
// to done, so the caller can report the change and its saving as one. A
// save is an atomic, flushed write of a small file: a few milliseconds
// (BenchmarkCommit).
func (s *Saver) Commit() error {
	s.mu.Lock()
	s.dirty = true
	s.mu.Unlock()
	s.stop()
	_, err := s.write()
	return err
}

// Flush saves now when there are unsaved changes, and tells done.
func (s *Saver) Flush() error {
	s.stop()
	return s.save()
}

// stop cancels the delayed save, if one is waiting.
func (s *Saver) stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.timer != nil {
		s.timer.Stop()
	}
}

// save writes the work when it is dirty and tells done.
func (s *Saver) save() error {
	wrote, err := s.write()
	if wrote && s.done != nil {
		s.done(err)
	}
	return err
}

// write writes the work when it is dirty, and reports whether it tried.
// A failed write leaves the work dirty, to be tried again with the next
// change or flush.
func (s *Saver) write() (bool, error) {
	s.writing.Lock()
	defer s.writing.Unlock()
	s.mu.Lock()
	dirty := s.dirty
	s.dirty = false
	s.mu.Unlock()
	if !dirty {
		return false, nil
	}
	err := s.work.Save(s.path)
	if err != nil {
		s.mu.Lock()
		s.dirty = true
		s.mu.Unlock()
	}
	return true, err
}
