#!/usr/bin/env bash
# The index at scale: generates corpora of 10,000 articles (Markdown files) and 100,000
# articles (one JSON Lines file) with Scripts/generate-corpus.py, then prints, for each,
# cold index time and MB/s, the speed-up over `saywho extract` on one core, the warm time
# of `saywho articles --format json`, its peak memory, and the reader's time to its first
# full frame (through tmux), cold and warm. Release build. See docs/benchmarks.md.
#
# usage: Scripts/bench-scale.sh [SIZES…]   (default: 10000 100000)
# Environment: WORK=DIR keeps the corpora there between runs (default: a temporary folder).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
swift build -c release --product saywho >&2
bin="$(swift build -c release --show-bin-path)/saywho"
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10000 100000)
work="${WORK:-$(mktemp -d)}"
[[ -n "${WORK:-}" ]] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work"

seconds() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$2"; }
now() { date +%s.%N; }

# Time from starting the reader until its first frame with the article list, through tmux.
first_frame() {
    local corpus="$1" cache="$2" session="bench-scale-$$"
    tmux kill-session -t "$session" 2>/dev/null || true
    local start; start=$(now)
    tmux new-session -d -s "$session" -x 160 -y 50 "XDG_CACHE_HOME='$cache' TERM=xterm-256color LANG=C.UTF-8 '$bin' '$corpus'"
    while ! tmux capture-pane -p -t "$session" 2>/dev/null | grep -q "Articles"; do sleep 0.01; done
    local end; end=$(now)
    local pid; pid=$(tmux list-panes -t "$session" -F '#{pane_pid}')
    local rss; rss=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    tmux kill-session -t "$session"
    echo "$(seconds "$start" "$end") s, peak RSS $((rss / 1024)) MB"
}

for size in "${sizes[@]}"; do
    if (( size >= 50000 )); then corpus="$work/corpus-$size.jsonl"; flag=--jsonl; else corpus="$work/corpus-$size"; flag=; fi
    [[ -e "$corpus" ]] || python3 Scripts/generate-corpus.py "$size" "$corpus" $flag
    bytes=$(du -sb "$corpus" | cut -f1)
    cache="$work/cache-$size"
    rm -rf "$cache"
    echo "== $size articles, $((bytes / 1000000)) MB ($( [[ -n "$flag" ]] && echo "one JSON Lines file" || echo "Markdown files"))"
    start=$(now); XDG_CACHE_HOME="$cache" "$bin" index "$corpus" > /dev/null; end=$(now)
    cold=$(seconds "$start" "$end")
    echo "cold index: $cold s, $(python3 -c "print(f'{$bytes / 1e6 / $cold:.1f}')") MB/s on $(nproc) cores"
    if [[ -n "$flag" ]]; then
        start=$(now); taskset -c 0 "$bin" extract < "$corpus" > /dev/null; end=$(now)
        one=$(seconds "$start" "$end")
        echo "saywho extract on one core: $one s; index speed-up over it: $(python3 -c "print(f'{$one / $cold:.2f}')")x"
    fi
    start=$(now); XDG_CACHE_HOME="$cache" "$bin" index "$corpus" > /dev/null; end=$(now)
    echo "warm index (nothing changed): $(seconds "$start" "$end") s"
    start=$(now); XDG_CACHE_HOME="$cache" "$bin" articles --format json "$corpus" | tail -1 > /dev/null; end=$(now)
    echo "warm articles --format json: $(seconds "$start" "$end") s"
    rss=$( { XDG_CACHE_HOME="$cache" /usr/bin/time -f "%M" "$bin" articles --format json "$corpus" > /dev/null; } 2>&1 | tail -1)
    echo "warm articles peak RSS: $((rss / 1024)) MB"
    start=$(now); "$bin" articles --no-index --format json "$corpus" | tail -1 > /dev/null; end=$(now)
    echo "articles --no-index: $(seconds "$start" "$end") s"
    if command -v tmux > /dev/null; then
        echo "reader, first frame, warm index: $(first_frame "$corpus" "$cache")"
        echo "reader, first frame, --no-index equivalent (cold cache): $(first_frame "$corpus" "$work/cold-$size-$$")"
        rm -rf "$work/cold-$size-$$"
    fi
done
