"""Check dev3.jsonl invariants against the corpus and print each quote in context."""
import json, sys
from show import load
ok = True
seen = set()
for line in open('dev3.jsonl', encoding='utf-8'):
    o = json.loads(line)
    assert o['id'] not in seen; seen.add(o['id'])
    body = load(o['source'])[o['id']]['text']
    prev = 0
    for q in o['quotes']:
        s, e = q['start'], q['end']
        c = [q['text'] == body[s:e], s >= prev, s < e, q['text'] == q['text'].strip(),
             isinstance(q['speaker'], str) and q['speaker'].strip() == q['speaker'] and '#' not in q['speaker'] and '_' not in q['speaker']]
        if not all(c): ok = False; print('FAIL', o['id'], s, c)
        prev = e
        if '-v' in sys.argv:
            print(o['id'], s, e, '|', q['speaker'], '|', q['role'])
            print('   ...' + body[max(0, s-60):s] + '[[' + q['text'][:50] + ' … ' + q['text'][-40:] + ']]' + body[e:e+15].replace('\n', '⏎'))
print('OK' if ok else 'ERRORS', len(seen))
