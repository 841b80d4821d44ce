package app

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"

	"slant/highlight"
)

// Settings are the reader's preferences, kept in settings.json beside the
// library.
type Settings struct {
	HiddenKinds []string `json:"hidden_kinds,omitempty"` // kinds switched off in the legend, by name ("quote", ...)
	LastOpened  string   `json:"last_opened,omitempty"`  // the document shown when the app last closed
	Paper       string   `json:"paper,omitempty"`        // the paper PDFs are printed on, "a4" or "letter"; "" follows the locale
}

// DefaultSettingsFile returns where the settings are kept: settings.json in
// ConfigDir.
func DefaultSettingsFile() (string, error) { return configFile("settings.json") }

// LoadSettings reads the settings kept in file; a missing file gives the
// defaults (everything shown). A damaged file gives the defaults and an
// error.
func LoadSettings(file string) (Settings, error) {
	var s Settings
	data, err := os.ReadFile(file)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return s, fmt.Errorf("reading the settings %s: %w", file, err)
	}
	if err := json.Unmarshal(data, &s); err != nil {
		return Settings{}, fmt.Errorf("the settings file %s is damaged: %w", file, err)
	}
	return s, nil
}

// Save writes the settings to file atomically.
func (s Settings) Save(file string) error { return writeJSONAtomic(file, s) }

// Hidden reports whether kind k is switched off.
func (s Settings) Hidden(k highlight.Kind) bool {
	return slices.Contains(s.HiddenKinds, k.String())
}

// SetHidden switches kind k off (hidden) or on.
func (s *Settings) SetHidden(k highlight.Kind, hidden bool) {
	name := k.String()
	s.HiddenKinds = slices.DeleteFunc(s.HiddenKinds, func(n string) bool { return n == name })
	if hidden {
		s.HiddenKinds = append(s.HiddenKinds, name)
	}
}
