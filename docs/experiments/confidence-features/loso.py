"""Leave-one-set-out check of confidence features over the rows `naba train-confidence --dump`
writes: the same weighted, ridge-penalised logistic regression as org.naba.tools.eval
(LogisticRegression, lambda 1, SQuAD sets weighted 0.2), fitted on every set but one and scored on
that one. Prints, per set, the AUC of the first answers "as is", how many of them reach 0.5, their
precision, and how many "left out" first answers reach 0.5. Columns named in `drop` are left out.

    python3 loso.py ROWS.tsv            # all features against the dump's own
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
def run(path, drop=(), extra=None, train_sets=None, label=''):
    hdr,data=load(path)
    fcols=hdr[6:]
    keep=[i for i,n in enumerate(fcols) if n not in drop]
    rows=[r for r in data if r[4]=='RANKED' and len(r)>6]
    sets=np.array([r[0] for r in rows]); X=np.array([[float(r[6+i]) for i in keep] for r in rows])
    if extra: X=np.hstack([X,extra(hdr,rows)])
    y=np.array([1.0 if r[5]=='true' else 0.0 for r in rows]); w=np.array([0.2 if s in('xquad-ar','arcd-train','mlqa-ar-dev') else 1.0 for s in sets])
    first=np.array([r[3]=='1' for r in rows]); lo=np.array([r[2]=='true' for r in rows])
    out={}
    for s in ['reader-dev','reader-dev2','reader-dev3','ant-iraq','seeds','xquad-ar','mlqa-ar-dev']:
        tr=(sets!=s) if train_sets is None else np.isin(sets,train_sets)&(sets!=s)
        if s not in sets: continue
        m=fit(X[tr],y[tr],w[tr]); te=(sets==s)&first
        p=m(X[te]); yy=y[te]; l=lo[te]
        a=auc(p[~l],yy[~l])
        ans=(p>=0.5)&~l; prec=yy[ans].mean() if ans.sum() else float('nan')
        out[s]=(a,ans.sum(),prec,((p>=0.5)&l).sum())
    print(label.ljust(14),' '.join(f"{k}:{v[0]:.3f}/{v[1]}/{v[2]:.2f}/{v[3]}" for k,v in out.items()))
if __name__ == '__main__':
    run(sys.argv[1], label='all')
def variants(p):
    run(p,drop=('lead','after_lead'),label='base')
    run(p,drop=('after_lead',),label='+lead')
    run(p,drop=('lead',),label='+after')
    run(p,label='+both')
