#!/usr/bin/env bash
# Installs what building and testing ollama-tui needs on Debian/Ubuntu, or prints the command to run.
set -euo pipefail

if ! command -v swift >/dev/null 2>&1; then
    echo "ollama-tui needs Swift 6 (swift.org/install), which apt does not provide; install it, then run this again." >&2
    exit 1
fi

missing=()
have_package() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
have_package libncurses-dev || missing+=(libncurses-dev)
have_package ncurses-base || missing+=(ncurses-base)
have_package libcmark-gfm-dev || missing+=(libcmark-gfm-dev)
have_package libcmark-gfm-extensions-dev || missing+=(libcmark-gfm-extensions-dev)
have_package libsqlite3-dev || missing+=(libsqlite3-dev)
if [ "${1:-}" = "--tests" ]; then
    command -v tmux >/dev/null 2>&1 || missing+=(tmux)
fi

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo)
else
    echo "Missing packages: ${missing[*]}. Run:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi
echo "Installing ${missing[*]} ..." >&2
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
