"""Print an article and the marked spans it contains (for reading only)."""
import gzip, json, re, sys
DATA = '/work/shared/data/news/'
_cache = {}
def load(src):
    if src not in _cache:
        d = {}
        for line in gzip.open(DATA + src, 'rt', encoding='utf-8'):
            r = json.loads(line); d[r['id']] = r
        _cache[src] = d
    return _cache[src]
SPAN = re.compile(r'«[^«»]*»|“[^“”]*”|"[^"]*"')
if __name__ == '__main__':
    src = sys.argv[1]
    db = load(src)
    for i in sys.argv[2:]:
        r = db[i]
        print('=' * 30, i, r['outlet'], len(r['text']))
        print('TITLE:', r['title'])
        print(r['text'])
        print('--- spans:')
        for m in SPAN.finditer(r['text']):
            print(' ', m.start(), len(m.group().split()), m.group()[:90])
