#!/usr/bin/env python3
"""How far saywho's confidence means what it says, on a gold JSON Lines file.

usage: calibration.py GOLD.jsonl PRED.jsonl [--rules]

GOLD.jsonl and PRED.jsonl are as `score.py` reads them (`saywho extract` writes
the predictions, with each quote's `confidence` and `rule`). Every predicted
quote that names a speaker counts once: it is right when it matches a gold
quote (the prediction covers at least half of the gold span, one to one, as
score.py pairs them) whose gold speaker mention its own overlaps; a speaker
given to a quote the gold lacks, or to one the gold leaves unattributed, is
wrong.

Quotes are put in ten bins by confidence ([0, 0.1), …, [0.9, 1.0]); the
expected calibration error (ECE) is the mean, weighted by the bins' sizes, of
|share right − mean confidence|. `--rules` also prints, for each rule and
confidence, how many quotes it attributed and the share right: the figures
the rule set's reported confidences are fitted to.
The last line printed is "ECE <value>".
"""
import argparse
import json
import sys
from collections import defaultdict


def load(path):
    docs = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    d = json.loads(line)
                except json.JSONDecodeError as e:
                    sys.exit(f"{path}:{n}: not JSON: {e}")
                docs[d["id"]] = d
    return docs


def overlaps(a0, a1, b0, b1):
    return a0 is not None and b0 is not None and a0 < b1 and b0 < a1


def judged(gold, pred):
    """(confidence, rule, right) for every predicted quote with a speaker."""
    out = []
    for doc_id, p in pred.items():
        pq = p.get("quotes", [])
        gq = gold.get(doc_id, {}).get("quotes", [])
        pairs = []
        for i, q in enumerate(gq):
            for j, x in enumerate(pq):
                ov = min(q["end"], x["end"]) - max(q["start"], x["start"])
                if ov >= 0.5 * (q["end"] - q["start"]):
                    pairs.append((ov, i, j))
        match, used_g = {}, set()
        for ov, i, j in sorted(pairs, reverse=True):
            if i in used_g or j in match:
                continue
            used_g.add(i)
            match[j] = gq[i]
        for j, x in enumerate(pq):
            if x.get("speaker_start") is None or x.get("confidence") is None:
                continue
            q = match.get(j)
            right = q is not None and q.get("speaker") is not None and overlaps(
                q["speaker_start"], q["speaker_end"], x["speaker_start"], x["speaker_end"])
            out.append((float(x["confidence"]), x.get("rule") or "?", right))
    return out


def ece(rows, bins=10):
    filled = defaultdict(list)
    for confidence, _, right in rows:
        filled[min(int(confidence * bins), bins - 1)].append((confidence, right))
    total, lines = 0.0, []
    for b in sorted(filled):
        items = filled[b]
        mean = sum(c for c, _ in items) / len(items)
        share = sum(r for _, r in items) / len(items)
        total += len(items) * abs(share - mean)
        lines.append(f"  bin {b / bins:.1f}–{(b + 1) / bins:.1f}  quotes {len(items):5}  "
                     f"confidence {mean:.3f}  right {share:.3f}")
    return (total / len(rows) if rows else 0.0), lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--rules", action="store_true", help="also print each rule's share right per confidence")
    a = ap.parse_args()
    rows = judged(load(a.gold), load(a.pred))
    value, lines = ece(rows)
    print("\n".join(lines))
    if a.rules:
        by_rule = defaultdict(list)
        for confidence, rule, right in rows:
            by_rule[(rule, confidence)].append(right)
        for (rule, confidence), items in sorted(by_rule.items(), key=lambda kv: -len(kv[1])):
            print(f"  {len(items):5}  confidence {confidence:.2f}  right {sum(items) / len(items):.3f}  {rule}")
    print(f"quotes with a speaker {len(rows)}, right {sum(r for _, _, r in rows)}")
    print(f"ECE {value:.3f}")


if __name__ == "__main__":
    main()
