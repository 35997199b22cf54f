#!/usr/bin/env bash
# Build Simulacro's one-folder Linux bundle with PyInstaller, then check it (packaging/check_bundle.py).
#
#   packaging/build-linux.sh           set up packaging/build/venv, build packaging/dist/simulacro, check it
#   packaging/build-linux.sh --check   check the existing bundle only
#   PYTHON=python3.12 packaging/build-linux.sh
#
# Needs Python 3.11+ built with a shared libpython (Debian's python3 and the usual pyenv builds are), binutils
# (objdump, strip) and the Qt runtime libraries (scripts/system-deps.sh installs those). When run as root or with
# sudo it also installs patchelf (to clear the Python build's own library search path from the bundle) and strace
# (for the read/write checks) if missing. Everything it writes is under packaging/build and packaging/dist.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
PYTHON="${PYTHON:-python3}"
BUILD="$HERE/build"
DIST="$HERE/dist"
VENV="$BUILD/venv"
APP="$DIST/simulacro"
STAMP="$VENV/.installed"

apt_install() {  # apt_install PACKAGE...: install what is missing, when we may (Debian/Ubuntu, root or sudo)
  local missing=() sudo=""
  command -v dpkg-query >/dev/null || return 0
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "note: not installing ${missing[*]} (not root, no sudo)"; return 0; }
    sudo="sudo"
  fi
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

if [ "${1:-}" != "--check" ]; then
  "$ROOT/scripts/system-deps.sh"
  apt_install binutils patchelf strace

  if [ ! -f "$STAMP" ] || [ "$STAMP" -ot "$ROOT/pyproject.toml" ] || [ "$STAMP" -ot "$ROOT/constraints.txt" ] \
      || [ "$STAMP" -ot "$HERE/requirements-build.txt" ]; then
    "$PYTHON" - <<'EOF' || exit 1
import sys, sysconfig
if sys.version_info < (3, 11):
    sys.exit(f"Python 3.11+ is needed, not {sys.version.split()[0]} ({sys.executable}); set PYTHON=")
if not sysconfig.get_config_var("Py_ENABLE_SHARED"):
    sys.exit(f"{sys.executable} has no shared libpython, which PyInstaller needs; use another Python (PYTHON=)")
EOF
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    # The app's run-time packages only (no dev tools), at the versions constraints.txt pins.
    mapfile -t deps < <("$VENV/bin/python" -c \
      'import tomllib; print("\n".join(tomllib.load(open("'"$ROOT"'/pyproject.toml", "rb"))["project"]["dependencies"]))')
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
      -c "$ROOT/constraints.txt" -r "$HERE/requirements-build.txt" "${deps[@]}"
    touch "$STAMP"
  fi

  cd "$ROOT"
  "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$BUILD/work" "$HERE/simulacro.spec"

  # A pyenv-style Python stamps its own lib folder into libpython and its extension modules (RUNPATH): on a
  # user's machine that folder does not exist, and the bundle must not look outside itself. Clear it.
  if command -v patchelf >/dev/null; then
    while IFS= read -r -d '' lib; do
      if readelf -d "$lib" 2>/dev/null | grep -Eq '\((RUNPATH|RPATH)\).*\[/'; then
        kept="$(readelf -d "$lib" | sed -nE 's/.*\((RUNPATH|RPATH)\).*\[(.*)\]/\2/p' | tr ':' '\n' | grep -v '^/' \
          | paste -sd: - || true)"
        if [ -n "$kept" ]; then patchelf --set-rpath "$kept" "$lib"; else patchelf --remove-rpath "$lib"; fi
      fi
    done < <(find "$APP" -type f \( -name '*.so*' -o -name simulacro \) -print0)
  else
    echo "note: patchelf is not installed; libraries may keep the build Python's search path"
  fi
fi

checker="$VENV/bin/python"
[ -x "$checker" ] || checker="$PYTHON"
"$checker" "$HERE/check_bundle.py" "$APP"
