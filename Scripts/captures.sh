#!/bin/sh
# Regenerates every capture in README.md and docs/ from the real program:
# each marked block (<!-- capture: 120x40 saywho seeds | keys: n -->) is the
# reader run in tmux at that size with those keys, or a command's output.
# DocCaptureTests compares the committed captures with fresh ones.
set -eu
cd "$(dirname "$0")/.."
command -v tmux >/dev/null || { echo "captures.sh: tmux is needed (apt-get install tmux)" >&2; exit 1; }
swift build --build-tests
SAYWHO_RECORD_CAPTURES=1 swift test --skip-build --filter DocCaptureTests
git diff --stat -- README.md docs
