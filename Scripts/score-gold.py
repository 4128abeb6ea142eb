#!/usr/bin/env python3
"""Score saywho on the project's own gold articles (Tests/Evaluation).

usage: score-gold.py GOLD.tsv ARTICLES.json QUOTES.json [--errors N]

GOLD.tsv is one gold quote a line, tab-separated, `#` lines are comments:

    FILE  QUOTE-WORDS  SPEAKER  CHANNEL

  FILE         the article's file name in the `articles/` folder beside it;
  QUOTE-WORDS  a run of the quote's own words, enough to tell it from the
               article's other quotes (compared without case, quote marks
               and spacing; the quote must contain them);
  SPEAKER      the speaker's full name as the article first gives it, or `-`
               when the quoted words are nobody's statement (scare quotes,
               titles of works): then no speaker is right;
  CHANNEL      the channel as the text names it (`Instagram`, `a statement`,
               `Coastline Radio`), or `-` when the text names none.
  Alternatives are separated by `|` (`Ada Quint|Quint`).

ARTICLES.json and QUOTES.json are `saywho articles --format json` and
`saywho quotes --format json` over the same folder.

Figures (each gold line counts once):
  speakers  lines whose speaker is right: the predicted quote containing the
            words is attributed to one of the alternatives (case and a
            leading determiner ignored), or for `-` nobody is;
  channels  of the lines with a speaker, those whose predicted channel is
            one of the alternatives, or none for `-`;
  missed    gold quotes no predicted quote contains.
The last line printed is "speakers <percent>".
"""
import argparse
import json
import re
import sys
import unicodedata

DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "our", "my",
               "un", "une", "le", "la", "les", "l'", "el", "los", "las",
               "ein", "eine", "einer", "der", "die", "das", "dem", "den"}
MARKS = "\"'“”‘’„‚«»‹›「」『』—–-"


def fold(text):
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = "".join(" " if c in MARKS else c for c in text)
    return " ".join(text.split())


def name_key(text):
    words = fold(text).split()
    while len(words) > 1 and words[0] in DETERMINERS:
        words = words[1:]
    return " ".join(words)


def alternatives(field):
    field = field.strip()
    return None if field in ("", "-") else [name_key(a) for a in field.split("|")]


def load_gold(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 4:
                sys.exit(f"{path}:{n}: expected 4 tab-separated fields, found {len(parts)}")
            file, words, speaker, channel = parts
            rows.append({"line": n, "file": file, "words": fold(words), "raw": words,
                         "speaker": alternatives(speaker), "channel": alternatives(channel)})
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("gold")
    parser.add_argument("articles")
    parser.add_argument("quotes")
    parser.add_argument("--errors", type=int, default=20)
    args = parser.parse_args()

    gold = load_gold(args.gold)
    articles = json.load(open(args.articles, encoding="utf-8"))
    quotes = json.load(open(args.quotes, encoding="utf-8"))
    by_file = {}
    for article in articles:
        by_file.setdefault(article["path"].rsplit("/", 1)[-1], article["id"])
    by_article = {}
    for quote in quotes:
        by_article.setdefault(quote["article"], []).append(quote)

    used = set()
    speakers_right = channels_right = channel_lines = missed = 0
    errors = []
    for row in gold:
        article = by_file.get(row["file"])
        if article is None:
            sys.exit(f"{args.gold}:{row['line']}: no article file {row['file']}")
        found = None
        for quote in by_article.get(article, []):
            if quote["id"] not in used and row["words"] in fold(quote["text"]):
                found = quote
                break
        if found is None:
            if row["speaker"] is None:
                speakers_right += 1  # nobody's words, and no quote with a speaker: right
            else:
                missed += 1
                channel_lines += 1
                errors.append(f"missed    {row['file']}: “{row['raw']}”")
            continue
        used.add(found["id"])
        predicted = found.get("speaker")
        if row["speaker"] is None:
            if predicted is None:
                speakers_right += 1
            else:
                errors.append(f"speaker   {row['file']}: “{row['raw']}” → {predicted}, expected nobody")
            continue
        if predicted is not None and name_key(predicted) in row["speaker"]:
            speakers_right += 1
        else:
            errors.append(f"speaker   {row['file']}: “{row['raw']}” → {predicted}, expected {' | '.join(row['speaker'])}")
        channel_lines += 1
        channel = found.get("channel")
        expected = row["channel"]
        if (expected is None and channel is None) or (expected and channel and name_key(channel) in expected):
            channels_right += 1
        else:
            want = " | ".join(expected) if expected else "none"
            errors.append(f"channel   {row['file']}: “{row['raw']}” → {channel}, expected {want}")

    extra = sum(1 for q in quotes if q["id"] not in used and q.get("speaker") is not None)
    for line in errors[: args.errors]:
        print(line)
    if len(errors) > args.errors:
        print(f"… and {len(errors) - args.errors} more")
    n = len(gold)
    pct = lambda a, b: f"{100 * a / b:.1f}" if b else "n/a"
    print(f"gold quotes {n} in {len({r['file'] for r in gold})} articles; missed {missed}; "
          f"attributed quotes outside the gold {extra}")
    print(f"channels {pct(channels_right, channel_lines)} ({channels_right}/{channel_lines})")
    print(f"speakers {pct(speakers_right, n)} ({speakers_right}/{n})")


if __name__ == "__main__":
    main()
