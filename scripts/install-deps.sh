#!/usr/bin/env bash
# Installs what Slant needs to build (and, with --test, to run its tests) when
# it is missing. On Debian or Ubuntu it installs with apt-get (as root, or via
# sudo); elsewhere it says exactly what to install and stops.
set -euo pipefail

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

say() { printf 'install-deps: %s\n' "$*" >&2; }

if ! command -v go >/dev/null 2>&1; then
  say "Go is missing: install Go 1.26 or newer from the official Go downloads page, then run this again."
  exit 1
fi

case "$(uname -s)" in
  Darwin)
    if ! xcode-select -p >/dev/null 2>&1; then
      say "macOS: run 'xcode-select --install' (the C compiler and OpenGL headers Fyne needs), then run this again."
      exit 1
    fi
    exit 0 ;;
  MINGW*|MSYS*|CYGWIN*)
    if ! command -v gcc >/dev/null 2>&1; then
      say "Windows: install MSYS2, then in its MINGW64 shell: pacman -S mingw-w64-x86_64-gcc make; add C:\\msys64\\mingw64\\bin to PATH."
      exit 1
    fi
    exit 0 ;;
esac

# Debian / Ubuntu: the C compiler and the GL, X11 and Wayland headers Fyne's
# cgo build needs; for tests also Xvfb, ImageMagick (screenshots) and
# poppler-utils (pdftotext, pdftoppm, pdffonts).
build_pkgs=(gcc pkg-config libc6-dev libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev
  libxinerama-dev libxi-dev libxxf86vm-dev libxkbcommon-dev libwayland-dev)
test_pkgs=(xvfb libgl1-mesa-dri xauth imagemagick poppler-utils xdotool x11-utils fonts-dejavu-core)

pkgs=("${build_pkgs[@]}")
[ "$want_test" = 1 ] && pkgs+=("${test_pkgs[@]}")

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  say "not a Debian/Ubuntu system: install a C compiler and the OpenGL, X11 (Xcursor, Xrandr, Xinerama, Xi, Xxf86vm), xkbcommon and Wayland development headers with your package manager (Fedora: dnf install gcc libXcursor-devel libXrandr-devel mesa-libGL-devel libXi-devel libXinerama-devel libXxf86vm-devel libxkbcommon-devel wayland-devel)."
  exit 0
fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    say "missing packages: ${missing[*]}; run as root: apt-get install ${missing[*]}"
    exit 1
  fi
fi
say "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
