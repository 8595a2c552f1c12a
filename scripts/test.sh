#!/usr/bin/env bash
# Sets up what is missing, builds everything and runs every test: unit tests of each layer and the
# end-to-end tests of the built binary (headless, and full-screen in tmux).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --tests
swift build --build-tests
swift test --skip-build
