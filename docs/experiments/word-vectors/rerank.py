"""Leave-one-set-out R@1 of the reranker's 9 features plus word-vector features.

The learner is RerankerTraining's: listwise softmax over the first stage's top 30, features scaled
to unit variance, Adam, L2 1e-3. Trained on the other two sets alone and among the ant-all
distractors; tested on the held-out set both ways.
`feedback` needs no vectors, but the same files: a relevance model (RM3's) of the first stage's
top 10, each weighted by its softmaxed standardised score, and how much of it a unit holds.
WORK=/tmp/emb python3 rerank.py soft|kernels|feedback
(reads $WORK/SET.s.jsonl and $WORK/SET.d.s.jsonl)
"""
import collections, json, os, sys
import numpy as np

WORK = os.environ.get('WORK', '/tmp/emb')
MODE = sys.argv[1] if len(sys.argv) > 1 else 'soft'
E = np.load(WORK + '/E.npy')
vocab = open(WORK + '/vocab.txt').read().split('\n')
idx = {w: i for i, w in enumerate(vocab)}
freq = np.load(WORK + '/freq.npy')
TOT = freq.sum(); IDF = np.log(TOT / freq); MAXIDF = np.log(TOT)
MIN_SIM = 0.3
MUS = [1.0, 0.9, 0.7, 0.5, 0.3, 0.1, -0.1]  # kernel means; 1.0 is the exact match
SIGMA = 0.1


def idf(w):
    return IDF[idx[w]] if w in idx else MAXIDF


def soft(qs, us):
    """IDF-weighted coverage with similar words; the same over inexact words; centroid cosine."""
    qs = list(dict.fromkeys(qs))
    if not qs:
        return [0, 0, 0]
    uset = set(us); uv = [idx[u] for u in uset if u in idx]
    U = E[uv] if uv else None
    num = numne = den = 0
    for q in qs:
        w = idf(q); den += w
        if q in uset:
            num += w
            continue
        if U is not None and q in idx:
            s = float((U @ E[idx[q]]).max())
            s = s if s > MIN_SIM else 0.0
            num += w * s; numne += w * s
    qv = [idf(q) * E[idx[q]] for q in qs if q in idx]
    uvv = [idf(u) * E[idx[u]] for u in uset if u in idx]
    cs = 0.0
    if qv and uvv:
        a, b = sum(qv), sum(uvv)
        cs = float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b) + 1e-9))
    return [num / den, numne / den, cs]


def kernels(qs, us):
    """K-NRM style kernel pooling of question-word / unit-word similarities, and the best match."""
    qs = list(dict.fromkeys(qs)); uset = list(dict.fromkeys(us))
    out = np.zeros(len(MUS) + 1)
    if not qs or not uset:
        return list(out)
    den = sum(idf(q) for q in qs)
    uv = [idx[u] for u in uset if u in idx]; U = E[uv] if uv else None
    for q in qs:
        w = idf(q) / den
        sims = U @ E[idx[q]] if q in idx and U is not None else np.array([])
        exact = 1.0 if q in uset else 0.0
        for k, mu in enumerate(MUS):
            v = exact if mu == 1.0 else (
                float(np.exp(-(sims - mu) ** 2 / (2 * SIGMA ** 2)).sum()) if len(sims) else 0.0)
            out[k] += w * np.log1p(v)
        out[-1] += w * (float(sims.max()) if len(sims) else exact)
    return list(out)


FEATURES = soft if MODE == 'soft' else kernels
FEEDBACK_DEPTH = 10


def feedback(o):
    """Per candidate: the relevance model's mass on its non-question stems, IDF-weighted, and
    the same over the candidate with its neighbours."""
    cs, q = o['c'], set(o['qs'])
    scores = np.array([c['s'] for c in cs])
    weights = np.exp((scores - scores.max()) / (scores.std() + 1e-9))
    model = collections.Counter()
    for c, w in list(zip(cs, weights))[:FEEDBACK_DEPTH]:
        for t in c['ts']:
            model[t] += w / max(1, len(c['ts']))
    total = sum(model.values()) or 1
    out = []
    for c in cs:
        u = set(c['ts']); ctx = u | set(c['ps']) | set(c['ns'])
        out.append([sum(model[t] for t in u if t not in q) / total,
                    sum(model[t] * idf(t) for t in u if t not in q) / total,
                    sum(model[t] for t in ctx if t not in q) / total])
    return out


def load(path):
    if MODE == 'feedback':
        return load_feedback(path)
    X, Y = [], []
    for line in open(path):
        o = json.loads(line)
        fs, ys = [], []
        for c in o['c']:
            fs.append(c['f'] + FEATURES(o['qs'], c['ts'])
                      + FEATURES(o['qs'], c['ts'] + c['ps'] + c['ns']))
            ys.append(1 if c['y'] else 0)
        X.append(np.array(fs, dtype=np.float64)); Y.append(np.array(ys))
    return X, Y


def load_feedback(path):
    X, Y = [], []
    for line in open(path):
        o = json.loads(line)
        fb = feedback(o) if o['c'] else []
        X.append(np.array([c['f'] + f for c, f in zip(o['c'], fb)], dtype=np.float64))
        Y.append(np.array([1 if c['y'] else 0 for c in o['c']]))
    return X, Y


def train(X, Y, cols, epochs=300, l2=1e-3, lr=0.05):
    A = np.concatenate([x[:, cols] for x in X if len(x)])
    mu, sd = A.mean(0), A.std(0) + 1e-9
    w = np.zeros(len(cols)); m = np.zeros_like(w); v = np.zeros_like(w)
    data = [((x[:, cols] - mu) / sd, y) for x, y in zip(X, Y) if len(y) > 1 and y.sum() > 0]
    for t in range(1, epochs + 1):
        g = np.zeros_like(w)
        for x, y in data:
            s = x @ w; p = np.exp(s - s.max()); p /= p.sum()
            g += x.T @ (p - y / y.sum())
        g = g / len(data) + l2 * w
        m = 0.9 * m + 0.1 * g; v = 0.999 * v + 0.001 * g * g
        w -= lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w, mu, sd


def r1(X, Y, cols, model):
    w, mu, sd = model
    hits = sum(y[int(np.argmax(((x[:, cols] - mu) / sd) @ w))] for x, y in zip(X, Y) if len(y))
    return hits / len(X)


names = ['xquad-ar', 'arcd-train', 'mlqa-ar-dev']
alone = {n: load(f'{WORK}/{n}.s.jsonl') for n in names}
among = {n: load(f'{WORK}/{n}.d.s.jsonl') for n in names}
width = len(alone[names[0]][0][0][0]) - 9
half = width // 2
rows = [('9 features', list(range(9))),
        ('+ unit', list(range(9 + half))),
        ('+ unit and neighbours', list(range(9 + width)))]
if MODE == 'feedback':
    rows = [('9 features', list(range(9))), ('+ mass', [*range(9), 9]),
            ('+ IDF-weighted mass', [*range(9), 10]), ('+ mass with neighbours', [*range(9), 11]),
            ('+ all three', list(range(12)))]
for label, cols in rows:
    ra, rd = [], []
    for test in names:
        X = sum([alone[n][0] + among[n][0] for n in names if n != test], [])
        Y = sum([alone[n][1] + among[n][1] for n in names if n != test], [])
        model = train(X, Y, cols)
        ra.append(r1(*alone[test], cols, model)); rd.append(r1(*among[test], cols, model))
    print(f'{label:24s} alone', ' '.join(f'{r:.3f}' for r in ra),
          '| with ant-all', ' '.join(f'{r:.3f}' for r in rd), flush=True)
