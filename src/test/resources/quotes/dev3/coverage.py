"""Review aid: for every article of dev3.jsonl, list the marked spans of 3+ words
(show.SPAN, naive pairing) that no annotated quote overlaps, and the annotated
quotes that contain a quotation mark inside. Each listed item was decided by hand
(README.md, hard decisions)."""
import json
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import batch
from batch import load, SPAN
for line in open('dev3.jsonl', encoding='utf-8'):
    o = json.loads(line)
    body = load(o['source'])[o['id']]['text']
    qs = [(q['start'], q['end']) for q in o['quotes']]
    for m in SPAN.finditer(body):
        a, b = m.start() + 1, m.end() - 1
        if len(m.group().split()) >= 3 and not any(s < b and a < e for s, e in qs):
            print(o['id'], 'UNANNOTATED', a, repr(m.group()[:80]))
    for q in o['quotes']:
        if any(c in q['text'] for c in '«»“”"'):
            print(o['id'], 'MARK INSIDE', q['start'], repr(q['text'][:80]))
    # stray marks: counts per family
    t = body
    if t.count('«') != t.count('»') or t.count('“') != t.count('”') or t.count('"') % 2:
        print(o['id'], 'UNBALANCED', t.count('«'), t.count('»'), t.count('“'), t.count('”'), t.count('"'))
