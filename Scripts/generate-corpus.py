#!/usr/bin/env python3
"""Writes a synthetic corpus for the scale benchmarks, from the project's own seeds.

usage: generate-corpus.py COUNT OUT [--jsonl] [--seed N]

Each article is one of the seed articles (seeds/, every format) with its people
renamed, its outlet and date changed, and a paragraph of templated statements
added (said before and after the quote, pronouns, colons, unnamed sources,
organisations, channels), so that names, outlets, dates and quote styles vary
from article to article. With --jsonl, OUT is one JSON Lines file; without it,
OUT is a folder of Markdown files, a thousand to a subfolder.
"""
import argparse
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SEED_PEOPLE = ["Delia Ferreira", "Marisol Vance", "Owen Tate", "Kim Kardashian", "Carla Mendes",
               "Tomas Lindqvist", "Danny Roe", "Graham Pell", "Priya Sandhu", "Anita Kowalczyk",
               "Ellen Grady", "Joan Pritchard", "Mark Ellison", "Ray Donnelly", "Derek Vaughan",
               "Marcus Hale", "Sam Adeyemi"]
FIRST = ["Ada", "Tomas", "Priya", "Owen", "Carla", "Mei", "Kofi", "Ines", "Ray", "Lena", "Farid", "Noor",
         "Hugo", "Sione", "Aiko", "Bram", "Dalia", "Emeka", "Freya", "Goran", "Hana", "Idris", "Jolene", "Kasia"]
LAST = ["Quint", "Berg", "Sandhu", "Tate", "Mendes", "Tanaka", "Mensah", "Ortega", "Donnelly", "Okafor",
        "Lindqvist", "Haddad", "Novak", "Reyes", "Abebe", "Moreau", "Kowalski", "Fitzgerald", "Nakamura", "Silva"]
OUTLETS = ["The Calder Courier", "Harbour & Coast Report", "Valley Times", "Pulse Weekly", "The Skerry Post",
           "Northshore Daily", "Riverside Gazette", "Coastline Radio"]
ORGS = ["Brightwater Ferries", "the Calder Estuary Trust", "Nordhavn Lines", "the harbour board",
        "Millbrook District Council", "the ferry workers' union"]
TOPICS = ["the harbour fees", "the ferry rota", "the school roof", "the library budget", "the sea wall",
          "the new bus route", "the bridge repairs", "the summer festival"]
CHANNELS = ["in a statement", "on Instagram", "in an interview with Coastline Radio", "at a news conference",
            "in a letter to residents", "on X"]


def seed_articles():
    """The English seed articles as (title, text) pairs, read from every format."""
    out = []
    folder = os.path.join(ROOT, "seeds")
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        raw = open(path, encoding="utf-8").read()
        if name.endswith(".jsonl"):
            for line in raw.splitlines():
                if line.strip():
                    d = json.loads(line)
                    out.append((d.get("title"), d.get("lang") or d.get("language"), d["text"]))
        elif name.endswith(".json"):
            d = json.loads(raw)
            for item in d if isinstance(d, list) else [d]:
                out.append((item.get("title"), item.get("lang") or item.get("language"), item["text"]))
        elif name.endswith(".md"):
            m = re.match(r"---\n(.*?)\n---\n(.*)", raw, re.S)
            meta, body = (m.group(1), m.group(2)) if m else ("", raw)
            title = re.search(r"^title:\s*(.+)$", meta, re.M)
            lang = re.search(r"^lang(?:uage)?:\s*(.+)$", meta, re.M)
            out.append((title.group(1).strip().strip('"') if title else None, lang.group(1).strip() if lang else None, body))
        else:
            out.append((None, None, raw))
    return [(t, body) for t, lang, body in out if (lang or "en").startswith("en")]


def templated(rng, person, other, org, topic, channel):
    surname = person.split()[-1]
    pronoun = rng.choice(["she", "he"])
    styles = [
        f"“We will not walk away from {topic},” {person} said {channel}. “Not this year, not next year.”",
        f"{person} said {channel} that the town had waited long enough. “It is time,” {pronoun} said.",
        f"Asked about {topic}, {surname} was blunt: “Nobody here believes the figures any more.”",
        f"A source close to {org} said the decision was “closer than it looks.”",
        f"{org[0].upper() + org[1:]} said {channel} that it was “reviewing every option” on {topic}.",
        f"“I have lived here forty years and never seen it this bad,” said {other}, a resident.",
    ]
    rng.shuffle(styles)
    return "\n\n".join(styles[: rng.randint(2, 4)])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("count", type=int)
    parser.add_argument("out")
    parser.add_argument("--jsonl", action="store_true")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    seeds = seed_articles()
    if not seeds:
        sys.exit("generate-corpus.py: no English seed articles found")
    pattern = re.compile("|".join(re.escape(p) for p in sorted(SEED_PEOPLE, key=len, reverse=True)))
    surnames = re.compile(r"\b(" + "|".join(re.escape(p.split()[-1]) for p in SEED_PEOPLE) + r")\b")
    sink = open(args.out, "w", encoding="utf-8") if args.jsonl else None
    for n in range(args.count):
        title, body = seeds[n % len(seeds)]
        names = {}

        def rename(match):
            full = match.group(0)
            if full not in names:
                names[full] = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            return names[full]

        text = pattern.sub(rename, body)
        by_surname = {old.split()[-1]: new.split()[-1] for old, new in names.items()}
        text = surnames.sub(lambda m: by_surname.get(m.group(0), m.group(0)), text)
        person, other = f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        topic = rng.choice(TOPICS)
        text = text.rstrip() + "\n\n" + templated(rng, person, other, rng.choice(ORGS), topic, rng.choice(CHANNELS)) + "\n"
        date = f"{rng.randint(2015, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        outlet = rng.choice(OUTLETS)
        title = f"{(title or text.split(chr(10))[0])[:80]} ({n})"
        if sink:
            sink.write(json.dumps({"id": f"gen-{n:06d}", "title": title, "date": date, "publisher": outlet,
                                   "text": text}, ensure_ascii=False) + "\n")
        else:
            folder = os.path.join(args.out, f"{n // 1000:03d}")
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, f"gen-{n:06d}.md"), "w", encoding="utf-8") as f:
                f.write(f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\ndate: {date}\noutlet: {outlet}\n---\n{text}")
    if sink:
        sink.close()


if __name__ == "__main__":
    main()
