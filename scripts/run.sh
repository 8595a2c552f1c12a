#!/usr/bin/env bash
# Sets up what is missing, builds the release binary and starts ollama-tui (arguments pass through).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --static-swift-stdlib --product ollama-tui >&2
exec .build/release/ollama-tui "$@"
