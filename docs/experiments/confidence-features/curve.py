"""How well the first answers' confidence separates right from wrong, over `naba eval --rows` files
(aggregate figures only: the script reads confidences and labels, never prints a question).

    python3 curve.py ROWS.tsv [ROWS.tsv ...]

Prints the AUC among the reader questions, the AUC with the out-of-scope questions counted wrong,
and the precision of the surest first answers at a coverage of 0.3, 0.4 and 0.5 of the reader
questions. The thirteenth session's test figures (docs/CONFIDENCE.md) are this over the rows of
reader-test*/out-of-scope-test* with each jar.
"""
import sys
import numpy as np
from loso import auc

def load(files):
    conf, right, oos = [], [], []
    for f in files:
        for i, l in enumerate(open(f, encoding='utf-8')):
            if i == 0:
                continue
            c = l.rstrip('\n').split('\t')
            conf.append(float(c[4])); right.append(c[5] == 'true'); oos.append(c[2] == 'out_of_scope')
    return np.array(conf), np.array(right), np.array(oos)

if __name__ == '__main__':
    c, r, o = load(sys.argv[1:]); ins = ~o
    line = f"AUC in-scope {auc(c[ins], r[ins].astype(float)):.3f}, with out-of-scope {auc(c, (r & ins).astype(float)):.3f};"
    for cov in (0.3, 0.4, 0.5):
        k = int(round(cov * ins.sum())); top = np.argsort(-c[ins])[:k]
        line += f" precision at coverage {cov} {r[ins][top].mean():.3f}"
    print(line)
