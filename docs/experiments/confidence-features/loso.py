"""Leave-one-set-out check of confidence features over the rows `naba train-confidence --dump`
writes: the same weighted, ridge-penalised logistic regression as org.naba.tools.eval
(LogisticRegression, lambda 1, SQuAD sets weighted 0.2), fitted on every set but one and scored on
that one; a set asked over the seeds alone (`NAME@alone`) is held out with NAME. Prints, per set,
the AUC of the first answers "as is", how many of them reach 0.5, their precision, and how many
"left out" first answers reach 0.5. Columns named in `drop` are left out, sets in `exclude` unread.

    python3 loso.py ROWS.tsv            # the thirteenth session's table (docs/CONFIDENCE.md)
"""
import numpy as np, sys, csv
def load(path):
    rows=[l.rstrip('\n').split('\t') for l in open(path,encoding='utf-8')]
    hdr=rows[0]; data=rows[1:]
    return hdr,data
def fit(X,y,w,lam=1.0):
    mean=(w[:,None]*X).sum(0)/w.sum(); sd=np.sqrt((w[:,None]*(X-mean)**2).sum(0)/w.sum()); sd[sd<1e-12]=1
    Z=np.hstack([(X-mean)/sd,np.ones((len(X),1))]); d=Z.shape[1]; beta=np.zeros(d)
    for it in range(50):
        p=1/(1+np.exp(-Z@beta)); s=w*np.maximum(p*(1-p),1e-12)
        g=Z.T@(w*(p-y)); H=(Z*s[:,None]).T@Z
        reg=np.full(d,lam); reg[-1]=0; g+=reg*beta; H+=np.diag(reg)
        step=np.linalg.solve(H,g); beta-=step
        if np.abs(step).max()<1e-9: break
    return lambda Xn: 1/(1+np.exp(-(np.hstack([(Xn-mean)/sd,np.ones((len(Xn),1))])@beta)))
def auc(p,y):
    pos=p[y==1]; neg=p[y==0]
    if len(pos)==0 or len(neg)==0: return float('nan')
    return ((pos[:,None]>neg[None,:]).sum()+0.5*(pos[:,None]==neg[None,:]).sum())/(len(pos)*len(neg))
def family(s):
    return s[:-len('@alone')] if s.endswith('@alone') else s
def run(path, drop=(), extra=None, train_sets=None, exclude=(), label=''):
    hdr,data=load(path)
    fcols=hdr[6:]
    keep=[i for i,n in enumerate(fcols) if n not in drop]
    rows=[r for r in data if r[4]=='RANKED' and len(r)>6 and r[0] not in exclude]
    sets=np.array([r[0] for r in rows]); fams=np.array([family(s) for s in sets]); X=np.array([[float(r[6+i]) for i in keep] for r in rows])
    if extra: X=np.hstack([X,extra(hdr,rows)])
    y=np.array([1.0 if r[5]=='true' else 0.0 for r in rows]); w=np.array([0.2 if s in('xquad-ar','arcd-train','mlqa-ar-dev') else 1.0 for s in sets])
    first=np.array([r[3]=='1' for r in rows]); lo=np.array([r[2]=='true' for r in rows])
    out={}
    for s in ['reader-dev','reader-dev2','reader-dev3','ant-iraq','seeds','seeds@alone','xquad-ar','mlqa-ar-dev']:
        tr=(fams!=family(s)) if train_sets is None else np.isin(sets,train_sets)&(fams!=family(s))
        if s not in sets: continue
        m=fit(X[tr],y[tr],w[tr]); te=(sets==s)&first
        p=m(X[te]); yy=y[te]; l=lo[te]
        a=auc(p[~l],yy[~l])
        ans=(p>=0.5)&~l; prec=yy[ans].mean() if ans.sum() else float('nan')
        out[s]=(a,ans.sum(),prec,((p>=0.5)&l).sum())
    print(label.ljust(14),' '.join(f"{k}:{v[0]:.3f}/{v[1]}/{v[2]:.2f}/{v[3]}" for k,v in out.items()))
if __name__ == '__main__':
    p=sys.argv[1]
    run(p,drop=('after_lead','words'),exclude=('seeds@alone',),label='25 features')
    run(p,exclude=('seeds@alone',),label='+position')
    run(p,label='+seeds alone')
