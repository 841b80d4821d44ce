//go:build smoke

// Package smoke starts the real slant binary under Xvfb, waits for its
// window, takes screenshots until the first highlighted frame appears, and
// checks that the screen is not blank and shows every kind's colour. It is
// run by `make smoke` (part of `make test`) and skips when Xvfb is absent.
package smoke

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"slant/app"
	"slant/highlight"
)

const display = ":97"

func TestAppShowsHighlightedSample(t *testing.T) {
	for _, tool := range []string{"Xvfb", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("smoke test skipped: %s is not installed (make test-deps installs it)", tool)
		}
	}
	bin, err := filepath.Abs("../slant")
	if err != nil || !exists(bin) {
		t.Fatalf("no ../slant binary: run `make build` first")
	}
	stopX := startXvfb(t)
	defer stopX()

	home := t.TempDir() // a fresh user: no saved library or settings
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "DISPLAY="+display, "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"), "SLANT_CONFIG_DIR="+filepath.Join(home, "slant"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatalf("start slant: %v", err)
	}
	defer func() { _ = cmd.Process.Kill(); _, _ = cmd.Process.Wait() }()

	shot := filepath.Join(os.TempDir(), "slant-smoke.png")
	var found [4]int
	var img image.Image
	deadline := start.Add(60 * time.Second)
	for time.Now().Before(deadline) {
		img = screenshot(t, shot)
		if img != nil {
			found = countKinds(img)
			if all(found) {
				break
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	elapsed := time.Since(start)
	if img == nil {
		t.Fatalf("no screenshot could be taken; slant stderr:\n%s", stderr.String())
	}
	t.Logf("screenshot: %s", shot)
	if blank(img) {
		t.Fatalf("the screen is blank after %v; slant stderr:\n%s", elapsed, stderr.String())
	}
	for _, k := range highlight.Kinds {
		if found[k] == 0 {
			t.Errorf("no %s highlight colour on screen (pixels per kind %v); slant stderr:\n%s", k, found, stderr.String())
		}
	}
	if !t.Failed() {
		fmt.Printf("smoke: launch to first highlighted frame: %v (pixels per kind %v)\n", elapsed.Round(time.Millisecond), found)
	}
}

func startXvfb(t *testing.T) func() {
	x := exec.Command("Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
	if err := x.Start(); err != nil {
		t.Fatalf("start Xvfb: %v", err)
	}
	for i := 0; i < 50; i++ {
		if exec.Command("xdpyinfo", "-display", display).Run() == nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	return func() { _ = x.Process.Kill(); _, _ = x.Process.Wait() }
}

func screenshot(t *testing.T, path string) image.Image {
	out, err := exec.Command("import", "-display", display, "-window", "root", path).CombinedOutput()
	if err != nil {
		if !strings.Contains(string(out), "unable") {
			t.Logf("import: %v %s", err, out)
		}
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return nil
	}
	return img
}

// countKinds counts the pixels close to each kind's light-theme background.
func countKinds(img image.Image) [4]int {
	var n [4]int
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			c := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
			for _, k := range highlight.Kinds {
				if near(c, app.Styles[k].Light) || near(c, app.Styles[k].Dark) {
					n[k]++
				}
			}
		}
	}
	return n
}

func near(a, b color.NRGBA) bool {
	d := func(x, y uint8) int {
		if x > y {
			return int(x - y)
		}
		return int(y - x)
	}
	return d(a.R, b.R)+d(a.G, b.G)+d(a.B, b.B) <= 12
}

func all(n [4]int) bool {
	for _, v := range n {
		if v < 20 {
			return false
		}
	}
	return true
}

// blank reports whether the image is (nearly) one colour.
func blank(img image.Image) bool {
	b := img.Bounds()
	first := img.At(b.Min.X, b.Min.Y)
	r0, g0, b0, _ := first.RGBA()
	for y := b.Min.Y; y < b.Max.Y; y += 4 {
		for x := b.Min.X; x < b.Max.X; x += 4 {
			r, g, bb, _ := img.At(x, y).RGBA()
			if r != r0 || g != g0 || bb != b0 {
				return false
			}
		}
	}
	return true
}

func exists(p string) bool { _, err := os.Stat(p); return err == nil }
