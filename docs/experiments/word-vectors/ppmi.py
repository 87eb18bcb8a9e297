"""Word vectors of light stems from the news corpora: PPMI over a +-W word window, truncated SVD.

WORK=/tmp/emb python3 ppmi.py [W=4] [K=200]  (reads $WORK/corpus.txt from StemDump.java)
"""
import collections, os, sys, time
import numpy as np, scipy.sparse as sp, scipy.sparse.linalg as sla

WORK = os.environ.get('WORK', '/tmp/emb')
W = int(sys.argv[1]) if len(sys.argv) > 1 else 4
K = int(sys.argv[2]) if len(sys.argv) > 2 else 200
MIN_FREQ = 10
t = time.time()
cnt = collections.Counter()
docs = []
for line in open(WORK + '/corpus.txt'):
    toks = line.split()
    docs.append(toks)
    cnt.update(toks)
vocab = [w for w, c in cnt.items() if c >= MIN_FREQ and w != '_']  # '_' marks a function word
idx = {w: i for i, w in enumerate(vocab)}
V = len(vocab)
seq = []
for toks in docs:
    seq.extend(idx.get(w, -1) for w in toks)
    seq.extend([-1] * W)  # no window crosses articles
seq = np.array(seq, dtype=np.int64)
del docs
rows, cols = [], []
for d in range(1, W + 1):
    a, b = seq[:-d], seq[d:]
    m = (a >= 0) & (b >= 0)
    rows.append(a[m]); cols.append(b[m])
r = np.concatenate(rows + cols); c = np.concatenate(cols + rows)
M = sp.coo_matrix((np.ones(len(r), dtype=np.float32), (r, c)), shape=(V, V)).tocsr()
M.sum_duplicates()
tot = M.sum(); rs = np.asarray(M.sum(1)).ravel()
cs = np.asarray(M.sum(0)).ravel() ** 0.75; cs = cs / cs.sum()  # context distribution smoothing
M = M.tocoo()
pmi = np.log(M.data / tot / (rs[M.row] / tot) / cs[M.col])
keep = pmi > 0
P = sp.csr_matrix((pmi[keep].astype(np.float32), (M.row[keep], M.col[keep])), shape=(V, V))
U, S, _ = sla.svds(P, k=K)
E = U * np.sqrt(S)
E /= np.linalg.norm(E, axis=1, keepdims=True) + 1e-9
np.save(WORK + '/E.npy', E.astype(np.float32))
open(WORK + '/vocab.txt', 'w').write('\n'.join(vocab))
np.save(WORK + '/freq.npy', np.array([cnt[w] for w in vocab]))
print('vocabulary', V, 'ppmi cells', P.nnz, 'seconds', round(time.time() - t, 1))
