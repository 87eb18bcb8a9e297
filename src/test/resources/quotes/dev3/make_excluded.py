"""excluded_ids.txt = ../quotes-dev2/excluded_ids.txt | article ids of ../quotes-dev2/dev2.jsonl (sorted, one per line)."""
import json
ex = set(l.strip() for l in open('../quotes-dev2/excluded_ids.txt', encoding='utf-8') if l.strip())
d2 = {json.loads(l)['id'] for l in open('../quotes-dev2/dev2.jsonl', encoding='utf-8')}
u = sorted(ex | d2)
open('excluded_ids.txt', 'w', encoding='utf-8').write('\n'.join(u) + '\n')
print(len(ex), len(d2), len(u))
