#!/usr/bin/env bash
# Builds saywho in release, extracts quotes from a JSON Lines file, scores the
# predictions when the scorer is present (and prints the expected calibration
# error, Scripts/calibration.py), and measures throughput on at least
# 50 MB of text (the input repeated into a temporary file, one timed run).
#
# usage: Scripts/eval.sh [FILE.jsonl]   (default: ../shared/eval/polnear-dev.jsonl)
#        Scripts/eval.sh --gold [LANG…]  scores the project's own gold articles,
#            Tests/Evaluation/LANG/{articles/,gold.tsv} (default: every language there)
# Environment: ERRORS=N prints N remaining errors from the scorer (default 0; 20 with --gold).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if [[ "${1:-}" == "--gold" ]]; then
    shift
    cd "$root"
    swift build -c release --product saywho >&2
    bin="$(swift build -c release --show-bin-path)/saywho"
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
    langs=("$@")
    if [[ ${#langs[@]} -eq 0 ]]; then
        for dir in Tests/Evaluation/*/; do [[ -f "$dir/gold.tsv" ]] && langs+=("$(basename "$dir")"); done
    fi
    [[ ${#langs[@]} -gt 0 ]] || { echo "eval.sh: no gold sets in Tests/Evaluation" >&2; exit 66; }
    for lang in "${langs[@]}"; do
        dir="Tests/Evaluation/$lang"
        [[ -f "$dir/gold.tsv" ]] || { echo "eval.sh: $dir/gold.tsv: no such file" >&2; exit 66; }
        echo "== $lang"
        "$bin" articles --format json "$dir/articles" > "$work/articles.json"
        "$bin" quotes --format json "$dir/articles" > "$work/quotes.json"
        python3 Scripts/score-gold.py "$dir/gold.tsv" "$work/articles.json" "$work/quotes.json" --errors "${ERRORS:-20}"
    done
    exit 0
fi
shared="$(cd "$root/.." && pwd)/shared/eval"
input="${1:-$shared/polnear-dev.jsonl}"
[[ -f "$input" ]] || { echo "eval.sh: $input: no such file" >&2; exit 66; }

cd "$root"
swift build -c release --product saywho >&2
bin="$(swift build -c release --show-bin-path)/saywho"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$bin" extract < "$input" > "$work/pred.jsonl"
if [[ -f "$shared/score.py" ]]; then
    python3 "$shared/score.py" "$input" "$work/pred.jsonl" --errors "${ERRORS:-0}"
    python3 "$root/Scripts/calibration.py" "$input" "$work/pred.jsonl" | tail -n 1
else
    echo "score.py not found beside the repository; predictions not scored"
fi

# Throughput: repeat the input until it holds at least 50 MB, then time one run.
size=$(wc -c < "$input")
[[ "$size" -gt 0 ]] || { echo "eval.sh: $input is empty" >&2; exit 65; }
times=$(( (50000000 + size - 1) / size ))
for ((i = 0; i < times; i++)); do cat "$input"; done > "$work/big.jsonl"
total=$(wc -c < "$work/big.jsonl")
start=$(date +%s.%N)
"$bin" extract < "$work/big.jsonl" > /dev/null
end=$(date +%s.%N)
# Two figures: bytes of the input file, and bytes of article text alone (UTF-8),
# since evaluation files also carry gold annotations that extraction only skips over.
text=$(python3 -c "import json, sys; print(sum(len(json.loads(l).get('text', '').encode()) for l in open(sys.argv[1]) if l.strip()))" "$input")
python3 -c "import sys; b, t, s = float(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]) - float(sys.argv[4]); print(f'throughput {b / 1e6 / s:.1f} MB/s of input ({b / 1e6:.1f} MB in {s:.2f} s, one core); {t / 1e6 / s:.1f} MB/s of article text')" "$total" "$(( text * times ))" "$end" "$start"
