"""Compares two runs of `naba quotes --json` quote by quote.

Usage: python3 compare.py BEFORE.jsonl AFTER.jsonl [BEFORE2.jsonl AFTER2.jsonl ...]

Each pair holds the same articles extracted by two jars, e.g.
  ./naba quotes --json ../shared/data/news/ant-all.jsonl.gz > before-ant-all.jsonl
Prints every quote (article id, start) whose speaker or role differs, or that only one run
found, as "ID START | (speaker, role) -> (speaker, role)", then the number of quotes compared.
"""
import json
import sys


def load(path):
    quotes = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            for q in article["quotes"]:
                quotes[(article["id"], q["start"], q["end"])] = (q["speaker"], q["role"])
    return quotes


def main(paths):
    if len(paths) % 2:
        sys.exit("give the runs in pairs: BEFORE AFTER")
    compared = 0
    changed = 0
    for before_path, after_path in zip(paths[::2], paths[1::2]):
        before, after = load(before_path), load(after_path)
        compared += len(before)
        for key in sorted(set(before) | set(after)):
            if before.get(key) != after.get(key):
                changed += 1
                print(key[0], key[1], "|", before.get(key), "->", after.get(key))
    print(f"{changed} of {compared} quotes changed", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
