"""Shared tools of the blind quote batches (dev2/, dev3/, dev4/), run from a batch's folder.

  python3 ../batch.py show SOURCE ID...      print articles and their marked spans (reading aid)
  python3 ../batch.py check FILE.jsonl [-v]  check a batch's invariants against the corpus
  python3 ../batch.py stats FILE.jsonl       counts for the batch's README
  python3 ../batch.py coverage FILE.jsonl    review aid: marked spans left out, marks inside quotes

A batch's draw.py, select_articles.py and annotate.py hold its seed, verdicts and annotations and
call draw(), select() and build() here. Only plain Python; no project code.
"""
import collections, gzip, json, random, re, sys

DATA = '/work/shared/data/news/'
SPAN = re.compile(r'«[^«»]*»|“[^“”]*”|"[^"]*"')
_cache = {}


def load(src):
    """The articles of one corpus file, by id."""
    if src not in _cache:
        d = {}
        for line in gzip.open(DATA + src, 'rt', encoding='utf-8'):
            r = json.loads(line); d[r['id']] = r
        _cache[src] = d
    return _cache[src]


def pairs(t):
    return min(t.count('«'), t.count('»')) + min(t.count('“'), t.count('”')) + t.count('"') // 2


def draw(seed):
    """Eligible articles (800-6000 characters, 2 mark pairs or more, id not in excluded_ids.txt),
    each stratum (ant-all per outlet; saudinewsnet whole) sorted by id and shuffled with its own
    random.Random(seed) -> candidates.json."""
    excluded = set(l.strip() for l in open('excluded_ids.txt', encoding='utf-8') if l.strip())

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
        random.Random(seed).shuffle(ids)
        cands['ant-all.jsonl.gz/' + outlet] = ids[:40]
        print(outlet, len(ids))
    snn = sorted(eligible('saudinewsnet.jsonl.gz'))
    print('snn', len(snn), collections.Counter(o for _, o in snn))
    random.Random(seed).shuffle(snn)
    cands['saudinewsnet.jsonl.gz'] = [[i, o] for i, o in snn[:200]]
    json.dump(cands, open('candidates.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=0)


def select(verdicts):
    """Replays candidates.json in draw order with the verdicts (A = accepted, R:<reason> =
    replaced): 3 per ant-all outlet; 15 from saudinewsnet, at most 2 per outlet (a candidate over
    the cap is skipped unread). Prints the log and writes selected.json."""
    cands = json.load(open('candidates.json', encoding='utf-8'))
    sel, log = [], []
    for key, lst in cands.items():
        src = key.split('/')[0]
        if src == 'ant-all.jsonl.gz':
            n = 0
            for i in lst:
                if n == 3: break
                v = verdicts[i]
                log.append((src, i, key.split('/')[1], v))
                if v == 'A': sel.append((src, i, key.split('/')[1])); n += 1
        else:
            per = {}; n = 0
            for i, o in lst:
                if n == 15: break
                if per.get(o, 0) >= 2:
                    log.append((src, i, o, 'cap')); continue
                v = verdicts[i]
                log.append((src, i, o, v))
                if v == 'A': sel.append((src, i, o)); n += 1; per[o] = per.get(o, 0) + 1
    for l in log: print(*l, sep='\t')
    print(len(sel))
    json.dump(sel, open('selected.json', 'w'), indent=0)


def build(annotations, out, opening='«“"', closing='»”"', unopened=lambda aid, snip: False):
    """The quotes of annotations (id -> [(start_snippet, end_snippet, speaker, role)]) as JSON
    lines in out: a span starts at the first occurrence of its start snippet after the previous
    quote and ends after the first occurrence of its end snippet from there, right inside
    quotation marks. Offsets are computed, never typed."""
    sel = [tuple(x) for x in json.load(open('selected.json'))]
    assert set(i for _, i, _ in sel) == set(annotations), set(i for _, i, _ in sel) ^ set(annotations)
    rows = []
    for src, aid, outlet in sel:
        r = load(src)[aid]; body = r['text']
        assert r['outlet'] == outlet
        cur, qs = 0, []
        for s_snip, e_snip, spk, role in annotations[aid]:
            s = body.index(s_snip, cur)
            e = body.index(e_snip, s) + len(e_snip)
            before = body[:s].rstrip(' ')[-1:]
            after = body[e:].lstrip(' ')[:1]
            assert unopened(aid, s_snip) or before in opening, (aid, s_snip, repr(before))
            assert after in closing, (aid, e_snip, repr(after))
            text = body[s:e]
            assert text == text.strip() and text
            assert s >= cur
            qs.append({'start': s, 'end': e, 'text': text, 'speaker': spk, 'role': role})
            cur = e
        rows.append({'source': src, 'id': aid, 'outlet': outlet, 'quotes': qs})
    with open(out, 'w', encoding='utf-8') as f:
        for o in rows:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(len(rows), sum(len(o['quotes']) for o in rows))


def check(path, verbose=False):
    ok = True
    seen = set()
    for line in open(path, encoding='utf-8'):
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
            if verbose:
                print(o['id'], s, e, '|', q['speaker'], '|', q['role'])
                print('   ...' + body[max(0, s-60):s] + '[[' + q['text'][:50] + ' … ' + q['text'][-40:] + ']]' + body[e:e+15].replace('\n', '⏎'))
    print('OK' if ok else 'ERRORS', len(seen))


def stats(path):
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
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


def show(src, ids):
    db = load(src)
    for i in ids:
        r = db[i]
        print('=' * 30, i, r['outlet'], len(r['text']))
        print('TITLE:', r['title'])
        print(r['text'])
        print('--- spans:')
        for m in SPAN.finditer(r['text']):
            print(' ', m.start(), len(m.group().split()), m.group()[:90])


def coverage(path):
    """For every article of a batch, list the marked spans of 3+ words (SPAN, naive pairing) that no
    annotated quote overlaps, the annotated quotes that contain a quotation mark inside, and the
    articles whose marks do not pair up. Each listed item is decided by hand (README, hard
    decisions)."""
    for line in open(path, encoding='utf-8'):
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
        t = body
        if t.count('«') != t.count('»') or t.count('“') != t.count('”') or t.count('"') % 2:
            print(o['id'], 'UNBALANCED', t.count('«'), t.count('»'), t.count('“'), t.count('”'),
                  t.count('"'))


if __name__ == '__main__':
    command, args = sys.argv[1], sys.argv[2:]
    if command == 'check':
        check(args[0], '-v' in args)
    elif command == 'stats':
        stats(args[0])
    elif command == 'show':
        show(args[0], args[1:])
    elif command == 'coverage':
        coverage(args[0])
    else:
        sys.exit('usage: batch.py check FILE [-v] | stats FILE | coverage FILE | show SOURCE ID...')
