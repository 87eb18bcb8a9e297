"""Recompute the selection: 5 sections, UTC date 2018-04-08..2018-04-14 inclusive."""
import gzip, json
from datetime import datetime, timezone, date

DATA = '/work/shared/data/news/ant-all.jsonl.gz'
SECTIONS = ['AL-internationalNews', 'BB-middleEast', 'CN-middleEast', 'FR-middleEast', 'SK-middleEast']
START, END = date(2018, 4, 8), date(2018, 4, 14)

def utc(pub):
    return datetime.fromisoformat(pub).astimezone(timezone.utc)

def section(aid):
    p = aid.split('-')
    return p[0] + '-' + p[1]

def load_all():
    with gzip.open(DATA, 'rt', encoding='utf-8') as f:
        for line in f:
            yield json.loads(line)

def selection():
    out = []
    for r in load_all():
        if section(r['id']) in SECTIONS and START <= utc(r['published']).date() <= END:
            out.append(r)
    out.sort(key=lambda r: (utc(r['published']), r['id']))
    return out

if __name__ == '__main__':
    s = selection()
    print(len(s))
    from collections import Counter
    print(Counter(r['outlet'] for r in s))
    print(sorted(Counter(utc(r['published']).date().isoformat() for r in s).items()))
