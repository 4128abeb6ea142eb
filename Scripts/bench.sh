#!/usr/bin/env bash
# Prints the reader's cost per keypress on a 1 MB article with thousands of quotes
# (release build). See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product saywho-bench >/dev/null
exec .build/release/saywho-bench
