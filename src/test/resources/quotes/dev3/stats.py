"""Counts for README.md."""
import json, collections
rows = [json.loads(l) for l in open('dev3.jsonl', encoding='utf-8')]
q = [(r['source'], r['outlet'], x) for r in rows for x in r['quotes']]
print('articles', len(rows), 'quotes', len(q))
print('null speakers', sum(x['speaker'] is None for *_, x in q), 'null roles', sum(x['role'] is None for *_, x in q))
print('distinct speakers', len({x['speaker'] for *_, x in q}))
for src in ['ant-all.jsonl.gz', 'saudinewsnet.jsonl.gz']:
    rs = [r for r in rows if r['source'] == src]
    print(src, 'articles', len(rs), 'quotes', sum(len(r['quotes']) for r in rs),
          'distinct speakers', len({x['speaker'] for r in rs for x in r['quotes']}))
    c = collections.Counter(r['outlet'] for r in rs); cq = collections.Counter()
    for r in rs: cq[r['outlet']] += len(r['quotes'])
    for o in c: print('  ', o, c[o], 'articles', cq[o], 'quotes')
