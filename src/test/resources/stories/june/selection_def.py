"""Recompute the selection: 5 sections, UTC date 2018-6-4 .. 2018-6-10 inclusive (../gold_week.py)."""
import os, sys
from datetime import date

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_week

START, END = date(2018,6,4), date(2018,6,10)

if __name__ == '__main__':
    gold_week.print_selection(START, END)
