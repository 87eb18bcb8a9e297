#!/usr/bin/env python3
"""Shared by the gold weeks of story clustering (april/, june/): recompute a week's selection from the
raw data (five sections, UTC date of `published`) and check a week's annotation files against it.
Each week's selection_def.py and check_gold.py call this module with the week's dates."""
import gzip, json, sys, os
from collections import Counter
from datetime import datetime, timezone

DATA = '/work/shared/data/news/ant-all.jsonl.gz'
SECTIONS = {'AL-internationalNews', 'BB-middleEast', 'CN-middleEast', 'FR-middleEast', 'SK-middleEast'}


def utc(pub):
    return datetime.fromisoformat(pub).astimezone(timezone.utc)


def section(aid):
    return '-'.join(aid.split('-')[:2])


def selection(start, end):
    """The week's articles, sorted by (UTC time, id)."""
    out = []
    with gzip.open(DATA, 'rt', encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            if section(r['id']) in SECTIONS and start <= utc(r['published']).date() <= end:
                out.append(r)
    out.sort(key=lambda r: (utc(r['published']), r['id']))
    return out


def print_selection(start, end):
    s = selection(start, end)
    print(len(s))
    print(Counter(r['outlet'] for r in s))
    print(sorted(Counter(utc(r['published']).date().isoformat() for r in s).items()))


def check(here, start, end, gold='gold-stories.tsv', label_file='story-labels.tsv'):
    """Checks `gold` and `label_file` in folder `here` against the selection; exits 0 iff no error."""
    errors = []

    def err(msg):
        errors.append(msg)
        if len(errors) <= 30:
            print('ERROR:', msg)

    # 1. raw data and selection
    data, selected = {}, set()
    with gzip.open(DATA, 'rt', encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            data[r['id']] = r
            sec = section(r['id'])
            if sec in SECTIONS and start <= utc(r['published']).date() <= end:
                selected.add(r['id'])
    print('selection size (recomputed from data):', len(selected))

    # 2. gold rows
    rows = []
    with open(os.path.join(here, gold), encoding='utf-8') as f:
        header = f.readline().rstrip('\n').split('\t')
        if header != ['article_id', 'story', 'outlet', 'published', 'title']:
            err(f'bad header in {gold}: {header}')
        for n, line in enumerate(f, 2):
            parts = line.rstrip('\n').split('\t')
            if len(parts) != 5:
                err(f'line {n}: {len(parts)} fields')
                continue
            rows.append(parts)
    ids = [p[0] for p in rows]
    cnt = Counter(ids)
    for a, c in cnt.items():
        if c > 1:
            err(f'{a} appears {c} times')
    for a in selected - set(ids):
        err(f'selected article missing from gold: {a}')
    for a in set(ids) - selected:
        err(f'gold id outside the selection: {a}')
    for a, story, outlet, pub, title in rows:
        r = data.get(a)
        if r is None:
            err(f'id not in data: {a}')
            continue
        if r['outlet'] != outlet:
            err(f'{a}: outlet {outlet!r} != data {r["outlet"]!r}')
        if r['published'] != pub:
            err(f'{a}: published {pub!r} != data {r["published"]!r}')
        if not story.startswith('s') or not story[1:].isdigit():
            err(f'{a}: bad story id {story!r}')
    # sorted by UTC publication time
    times = [utc(p[3]) for p in rows if p[0] in data]
    if any(t2 < t1 for t1, t2 in zip(times, times[1:])):
        err('gold rows are not sorted by UTC publication time')

    # 3. labels
    labels = {}
    with open(os.path.join(here, label_file), encoding='utf-8') as f:
        if f.readline().rstrip('\n').split('\t') != ['story', 'label']:
            err(f'bad header in {label_file}')
        for n, line in enumerate(f, 2):
            parts = line.rstrip('\n').split('\t')
            if len(parts) != 2 or not parts[1].strip():
                err(f'{label_file} line {n}: bad row {parts}')
                continue
            if parts[0] in labels:
                err(f'story {parts[0]} labelled twice')
            labels[parts[0]] = parts[1]
    stories = {p[1] for p in rows}
    for s in stories - set(labels):
        err(f'story {s} has no label')
    for s in set(labels) - stories:
        err(f'label {s} is not used')

    # story ids numbered by the time of each story's first article
    first = {}
    for a, story, outlet, pub, title in rows:
        first.setdefault(story, len(first))
    if [s for s, _ in sorted(first.items(), key=lambda x: x[1])] != [f's{i+1:03d}' for i in range(len(first))]:
        err('story ids are not numbered s001.. by the time of their first article')

    # 4. counts
    size = Counter(p[1] for p in rows)
    outlets = {}
    for a, story, outlet, pub, title in rows:
        outlets.setdefault(story, set()).add(outlet)
    dist = Counter(size.values())
    print(f'rows in gold: {len(rows)}; unique ids: {len(cnt)}; stories: {len(stories)}; labels: {len(labels)}')
    print(f'singletons: {dist[1]}; stories with >=2 articles: {sum(1 for s in size if size[s] > 1)}; '
          f'multi-outlet stories: {sum(1 for s in outlets if len(outlets[s]) > 1)}')
    print('stories by number of outlets:', dict(sorted(Counter(len(o) for o in outlets.values()).items())))
    print('outlet counts:', dict(Counter(p[2] for p in rows)))
    print('articles per UTC day:', dict(sorted(Counter(utc(p[3]).date().isoformat() for p in rows).items())))
    print('story size distribution:', dict(sorted(dist.items())))
    print('largest stories:')
    for s, n in size.most_common(12):
        print(f'  {s}\t{n}\t{len(outlets[s])} outlets\t{labels.get(s, "")[:90]}')
    print('ERRORS:', len(errors))
    sys.exit(1 if errors else 0)


def main(here, start, end):
    """A week's check_gold.py: the first annotation, or with --second the second annotator's files."""
    if '--second' in sys.argv:
        check(here, start, end, 'second-annotator.tsv', 'second-annotator-labels.tsv')
    else:
        check(here, start, end)
