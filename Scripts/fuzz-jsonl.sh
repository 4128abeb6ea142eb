#!/usr/bin/env bash
# Fuzzes the JSON Lines reader against Foundation's JSONSerialization with libFuzzer:
# compiles the reader's sources with a small harness (Scripts/fuzz-jsonl-harness.swift)
# under -sanitize=fuzzer,address, seeds it with a few lines, and runs it. A line the two
# read differently, or a crash, stops the run and leaves the input as crash-* in the
# work folder, which is printed.
#
# usage: Scripts/fuzz-jsonl.sh [SECONDS]   (default 120)  [extra libFuzzer flags...]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-120}"
shift || true
work="${FUZZ_WORK:-$(mktemp -d)}"
mkdir -p "$work/corpus"
echo "fuzz-jsonl: working in $work" >&2

core="$root/Sources/SaywhoCore"
swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name SaywhoFuzz \
    "$core/Formats/JSONLineReader.swift" "$core/Formats/JSONCursor.swift" "$core/Formats/JSONLineError.swift" "$core/Formats/ArticleField.swift" \
    "$core/Model/Article.swift" "$core/Model/Language.swift" "$core/Model/TextRange.swift" "$root/Scripts/fuzz-jsonl-harness.swift" \
    -o "$work/fuzz-jsonl"

# Seeds: lines of the kind saywho reads, written here (never taken from the evaluation corpus).
n=0
while IFS= read -r line; do
    n=$((n + 1))
    printf '%s' "$line" > "$work/corpus/seed-$n"
done <<'SEEDS'
{"id": "a1", "title": "Harbour vote", "date": "2024-03-14", "outlet": "Courier", "text": "“We are ready,” said Jo Park.\n\nShe left."}
{"id": 7, "body": "a\"b\\c\/d\u00e9\ud83d\ude00\t", "quotes": [{"start": 1, "end": 2.5e3, "ok": true, "no": null}], "x": {}}
{"content": "x", "text": "", "headline": "h", "publication_date": -0.5E-2, "tags": [[], [1, ], {"a": [false]}],}
{"t\u0065xt": "é 述べた 😀", "link": "u", "byline": "b", "source": "s", "published": "p", "publisher": 12345678901234567890}
[1, "two", {"text": "not an article"}]
SEEDS

cat > "$work/json.dict" <<'DICT'
"\""
"\\"
"\\u"
"\\ud83d\\ude00"
"\\ud800"
"\\udc00"
"\\u0000"
"{"
"}"
"["
"]"
","
":"
"true"
"false"
"null"
"-0.5e-3"
"1e400"
"\"text\""
"\"body\""
"\"content\""
"\"id\""
"\"title\""
"\"date\""
"\xe2\x80\x9c"
"\xf0\x9f\x98\x80"
"\xed\xa0\x80"
DICT

cd "$work"
ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" ./fuzz-jsonl corpus -dict=json.dict -max_total_time="$seconds" -max_len=4096 \
    -print_final_stats=1 "$@"
