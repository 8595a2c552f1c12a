#!/usr/bin/env bash
# Sets up what is missing, checks the formatting, builds everything and runs every test: unit tests
# of each layer and the end-to-end tests of the built binary (headless, and full-screen in tmux).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --tests
# The committed formatter configuration (.swift-format) is the style: any difference fails.
swift format lint --strict --recursive Sources Tests Package.swift
swift build --build-tests
swift test --skip-build
