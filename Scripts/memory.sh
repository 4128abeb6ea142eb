#!/usr/bin/env bash
# Peak memory (maximum resident set size, from /usr/bin/time -v) of the first three rows of
# issue 15's memory table, on inputs this script writes under a temporary folder:
#   one large .txt article listed by `saywho articles`, one large JSON Lines line, and a
#   corpus of many articles listed by `saywho quotes --format json`.
#
# usage: Scripts/memory.sh [MEGABYTES] [SAYWHO]   (default 24, and the release build)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
megabytes="${1:-24}"
saywho="${2:-$root/.build/release/saywho}"
[ -x "$saywho" ] || { echo "memory: no $saywho; run swift build -c release first" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$megabytes" <<'PY'
import json, os, random, sys
work, size = sys.argv[1], int(sys.argv[2]) * 1_000_000
random.seed(7)
names = ["Delia Ferreira", "Owen Tate", "Mina Sorel", "Ana Lind", "Jo Park"]
def para(i):
    return (f"The harbour board met again on day {i} to talk about the dredging plan. "
            f"“We will keep the inner harbour open for every boat that needs it,” {random.choice(names)} said.")
with open(f"{work}/big.txt", "w") as f:
    f.write("date 2024-03-14 ")
    written, i = 0, 0
    while written < size:
        p = para(i) + "\n\n"; f.write(p); written += len(p.encode()); i += 1
lines, written, i = [], 0, 0
while written < size // 2:
    p = para(i); lines.append(p); written += len(p.encode()) + 2; i += 1
with open(f"{work}/line.jsonl", "w") as f:
    f.write(json.dumps({"id": "one", "text": "\n\n".join(lines)}, ensure_ascii=False) + "\n")
os.makedirs(f"{work}/corpus")
written, k = 0, 0
while written < size:
    body = "\n\n".join(para(i) for i in range(40))
    with open(f"{work}/corpus/{k:05d}.txt", "w") as f: f.write(body + "\n")
    written += len(body.encode()); k += 1
PY

measure() {
    local label="$1" input="$2"; shift 2
    /usr/bin/time -v "$saywho" "$@" > /dev/null 2> "$work/time"
    local kb bytes
    kb=$(awk -F: '/Maximum resident/ {gsub(/ /, "", $2); print $2}' "$work/time")
    bytes=$(du -sb "$input" | cut -f1)
    awk -v l="$label" -v kb="$kb" -v b="$bytes" \
        'BEGIN { printf "%-40s input %6.1f MB  peak %7.1f MB  (%.1fx)\n", l, b / 1e6, kb * 1024 / 1e6, kb * 1024 / b }'
}
measure "one .txt article, articles" "$work/big.txt" articles "$work/big.txt" --format json
measure "one JSON Lines line, articles" "$work/line.jsonl" articles "$work/line.jsonl" --format json
measure "a corpus, quotes --format json" "$work/corpus" quotes "$work/corpus" --format json
