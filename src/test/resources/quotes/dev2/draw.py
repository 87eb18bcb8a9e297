"""Draw candidate articles for dev2 (seed 20261207) -> candidates.json: batch.draw, from
excluded_ids.txt (the rules are in ../batch.py and README.md)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import batch

batch.draw(20261207)
