package exercise

import (
	"sync"
	"time"
)

// Saver keeps a student's work saved: Changed schedules a save a moment
// later, so a burst of marks costs one write, and Flush saves at once
// (on closing the window). Saves are atomic (see Work.Save) and never run
// two at a time, so an older snapshot never lands over a newer one.
type Saver struct {
	work  *Work
	path  string
	delay time.Duration
	done  func(error) // told of each save's outcome; may be nil

	mu      sync.Mutex // guards timer and dirty
	timer   *time.Timer
	dirty   bool
	writing sync.Mutex // held during a save
}

// NewSaver returns a saver of w to path that waits delay after the last
// change and tells done (from its own goroutine) how each save went.
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

// Flush saves now when there are unsaved changes.
func (s *Saver) Flush() error {
	s.mu.Lock()
	if s.timer != nil {
		s.timer.Stop()
	}
	s.mu.Unlock()
	return s.save()
}

// save writes the work when it is dirty and tells done.
func (s *Saver) save() error {
	s.writing.Lock()
	defer s.writing.Unlock()
	s.mu.Lock()
	dirty := s.dirty
	s.dirty = false
	s.mu.Unlock()
	if !dirty {
		return nil
	}
	err := s.work.Save(s.path)
	if err != nil {
		s.mu.Lock()
		s.dirty = true // try again with the next change or flush
		s.mu.Unlock()
	}
	if s.done != nil {
		s.done(err)
	}
	return err
}
