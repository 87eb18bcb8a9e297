"""Draw candidate articles for dev3 (seed 20261208).

Eligibility: len(text) in [800, 6000], at least 2 quotation-mark pairs
(pairs = min(#«,#») + min(#“,#”) + #"//2), id not in excluded_ids.txt.
excluded_ids.txt = dev2's excluded_ids.txt + every article id in dev2.jsonl
(written by make_excluded.py).
Each stratum (ant-all per outlet; saudinewsnet as a whole) is sorted by id and
shuffled with its own random.Random(20261208); candidates are then taken in that
order. For saudinewsnet at most 2 articles per outlet are accepted (so 15
articles span >= 8 outlets). Output: candidates.json (ordered lists).
"""
import gzip, json, random, collections

DATA = '/work/shared/data/news/'
SEED = 20261208
excluded = set(l.strip() for l in open('excluded_ids.txt', encoding='utf-8') if l.strip())

def pairs(t):
    return min(t.count('«'), t.count('»')) + min(t.count('“'), t.count('”')) + t.count('"') // 2

def eligible(src):
    out = []
    for line in gzip.open(DATA + src, 'rt', encoding='utf-8'):
        r = json.loads(line)
        t = r['text']
        if 800 <= len(t) <= 6000 and pairs(t) >= 2 and r['id'] not in excluded:
            out.append((r['id'], r['outlet']))
    return out

cands = {}
ant = eligible('ant-all.jsonl.gz')
for outlet in ['alarabia', 'BBC', 'CNN', 'france24', 'skynews']:
    ids = sorted(i for i, o in ant if o == outlet)
    random.Random(SEED).shuffle(ids)
    cands['ant-all.jsonl.gz/' + outlet] = ids[:40]
    print(outlet, len(ids))
snn = sorted(eligible('saudinewsnet.jsonl.gz'))
print('snn', len(snn), collections.Counter(o for _, o in snn))
random.Random(SEED).shuffle(snn)
cands['saudinewsnet.jsonl.gz'] = [[i, o] for i, o in snn[:200]]
json.dump(cands, open('candidates.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
