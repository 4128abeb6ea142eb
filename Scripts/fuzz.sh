#!/usr/bin/env bash
# Fuzzes saywho's readers with libFuzzer: every article format, the JSON Lines reader, the
# extractor, bookmark import (JSON and CSV), and config and theme parsing.
#
# The library targets are built by SwiftPM with coverage and AddressSanitizer in a build folder
# of their own; Scripts/fuzz-harness.swift is linked against them into one binary, and
# FUZZ_TARGET picks the target. Each target starts from its seeds in Tests/Fuzz/corpus/TARGET/
# (copied, so the committed seeds never change) and checks its invariants: no crash, no
# sanitizer report, segments inside the text and in order, imports that keep no bad bookmark,
# and no input that takes longer than 10 s (libFuzzer's -timeout). A failure stops that target
# and leaves its input as crash-*, timeout-* or slow-unit-* in the target's work folder.
#
# usage: Scripts/fuzz.sh [SECONDS] [TARGET...]   (default 60 seconds a target, every target)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-60}"
shift || true
all=(plaintext markdown json jsonl extractor bookmarks-json bookmarks-csv config theme)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
work="${FUZZ_WORK:-$(mktemp -d)}"
build="${FUZZ_BUILD:-$root/.build/fuzz}"
mkdir -p "$work"
echo "fuzz: working in $work, building in $build" >&2

sanitize=(-Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address -Xcxx -fsanitize=fuzzer-no-link,address)
(cd "$root" && swift build --build-path "$build" "${sanitize[@]}" --target SaywhoUI >&2)
(cd "$root" && swift build --build-path "$build" "${sanitize[@]}" --target SaywhoAttribution >&2)
products="$build/debug"
objects=()
for module in SaywhoCore SaywhoAttribution SaywhoUI Yams CYaml TOMLKit CTOML; do
    while IFS= read -r object; do objects+=("$object"); done < <(find "$products/$module.build" -name '*.o')
done
swiftc -sanitize=fuzzer,address -parse-as-library -module-name SaywhoFuzz -I "$products/Modules" \
    -Xcc -fmodule-map-file="$build/checkouts/Yams/Sources/CYaml/include/module.modulemap" \
    -Xcc -fmodule-map-file="$products/CTOML.build/module.modulemap" \
    "$root/Scripts/fuzz-harness.swift" "${objects[@]}" -lstdc++ -o "$work/fuzz-saywho" >"$work/link.log" 2>&1 ||
    { grep -v 'Cannot export local symbol' "$work/link.log" >&2; exit 1; }

failed=()
for target in "${targets[@]}"; do
    seeds="$root/Tests/Fuzz/corpus/$target"
    [ -d "$seeds" ] || { echo "fuzz: no seeds for '$target' in Tests/Fuzz/corpus" >&2; exit 2; }
    mkdir -p "$work/$target/corpus"
    cp "$seeds"/* "$work/$target/corpus/"
    echo "fuzz: $target for $seconds s" >&2
    if ! (cd "$work/$target" && FUZZ_TARGET="$target" ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" \
        "$work/fuzz-saywho" corpus -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=16384 \
        -print_final_stats=1 >"$work/$target/log" 2>&1); then
        failed+=("$target")
        echo "fuzz: $target FAILED; see $work/$target/log and its crash-*, timeout-* files" >&2
        tail -n 30 "$work/$target/log" >&2
    else
        grep -E '^stat::number_of_executed_units' "$work/$target/log" | sed "s/^/fuzz: $target: /" >&2 || true
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: failed: ${failed[*]}" >&2
    exit 1
fi
echo "fuzz: every target ran $seconds s without a failure" >&2
