"""Draw candidate articles for dev4 (seed 20261218) -> candidates.json: batch.draw, from
excluded_ids.txt (the rules are in ../batch.py and README.md)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import batch

batch.draw(20261218)
