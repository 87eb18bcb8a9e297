"""excluded_ids.txt = ../dev3/excluded_ids.txt | article ids of ../dev3/dev3.jsonl (sorted, one per line)."""
import json
ex = set(l.strip() for l in open('../dev3/excluded_ids.txt', encoding='utf-8') if l.strip())
d3 = {json.loads(l)['id'] for l in open('../dev3/dev3.jsonl', encoding='utf-8')}
u = sorted(ex | d3)
open('excluded_ids.txt', 'w', encoding='utf-8').write('\n'.join(u) + '\n')
print(len(ex), len(d3), len(u))
