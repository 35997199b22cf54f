#!/usr/bin/env bash
# Install a built bundle for the current user: the app in ~/.local/lib/simulacro, the command in ~/.local/bin,
# and the .desktop file and icons so that it appears in the desktop's application menu.
#
#   packaging/install-linux.sh [BUNDLE]       install (BUNDLE defaults to packaging/dist/simulacro)
#   packaging/install-linux.sh --uninstall    remove it again (the user's data folder is left alone)
#   PREFIX=/usr/local sudo -E packaging/install-linux.sh    system-wide
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${PREFIX:-$HOME/.local}"
TARGET="$PREFIX/lib/simulacro"
APPS="$PREFIX/share/applications"
ICONS="$PREFIX/share/icons/hicolor"

refresh() {
  if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$APPS" || true; fi
  # Only refresh an icon cache that is already there: a new one in a user's folder would hide later icons.
  if [ -f "$ICONS/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -f -t "$ICONS" || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$TARGET"
  rm -f "$PREFIX/bin/simulacro" "$APPS/simulacro.desktop" "$ICONS"/*/apps/simulacro.png "$ICONS"/*/apps/simulacro.svg
  refresh
  echo "Simulacro removed from $PREFIX (your exams and settings stay in your data folder)."
  exit 0
fi

BUNDLE="$(cd "${1:-$HERE/dist/simulacro}" && pwd)"
[ -x "$BUNDLE/simulacro" ] || { echo "no bundle at $BUNDLE: run packaging/build-linux.sh first" >&2; exit 1; }
SHARE="$BUNDLE/_internal/share"

rm -rf "$TARGET"
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$APPS"
cp -a "$BUNDLE" "$TARGET"
ln -sfn "$TARGET/simulacro" "$PREFIX/bin/simulacro"
for folder in "$SHARE"/icons/hicolor/*/apps; do
  size="$(basename "$(dirname "$folder")")"
  mkdir -p "$ICONS/$size/apps"
  cp "$folder"/simulacro.* "$ICONS/$size/apps/"
done
# The menu entry runs the installed copy by its full path: ~/.local/bin is not always on a desktop session's PATH.
sed -e "s|^Exec=simulacro|Exec=\"$TARGET/simulacro\"|" -e "s|^TryExec=simulacro|TryExec=$TARGET/simulacro|" \
  "$SHARE/applications/simulacro.desktop" > "$APPS/simulacro.desktop"
refresh
echo "Simulacro installed in $TARGET; start it from the application menu or with $PREFIX/bin/simulacro."
