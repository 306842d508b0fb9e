#!/bin/sh
# Install a built Linux bundle for the current user: the app under ~/.local/opt/rehabmeet, the
# `rehabmeet` command in ~/.local/bin, the menu entry and the icons under the app id.
# Usage: installers/install_linux.sh [BUNDLE_DIR]   (default build/dist/rehabmeet, from installers/build.sh)
set -eu
cd "$(dirname "$0")/.."
BUNDLE="${1:-build/dist/rehabmeet}"
APP_ID=dk.rehabmeet.RehabMeet
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
TARGET="$HOME/.local/opt/rehabmeet"
if [ ! -x "$BUNDLE/rehabmeet" ]; then
    echo "install: no bundle at $BUNDLE (run installers/build.sh first)" >&2
    exit 1
fi
rm -rf "$TARGET"
mkdir -p "$TARGET" "$HOME/.local/bin" "$DATA/applications"
cp -a "$BUNDLE/." "$TARGET/"
ln -sf "$TARGET/rehabmeet" "$HOME/.local/bin/rehabmeet"
for size in 16 32 48 64 128 256 512; do
    install -Dm644 "resources/icons/rehabmeet-$size.png" "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -Dm644 resources/icons/rehabmeet.svg "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
sed "s#^Exec=rehabmeet#Exec=$TARGET/rehabmeet#" "installers/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
install -Dm644 "installers/$APP_ID.metainfo.xml" "$DATA/metainfo/$APP_ID.metainfo.xml"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$DATA/applications" || true
echo "installed RehabMeet in $TARGET; start it from the menu or with: rehabmeet"
