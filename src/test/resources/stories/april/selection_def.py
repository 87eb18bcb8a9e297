"""Recompute the selection: 5 sections, UTC date 2018-4-8 .. 2018-4-14 inclusive (../gold_week.py)."""
import os, sys
from datetime import date

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gold_week

START, END = date(2018,4,8), date(2018,4,14)

if __name__ == '__main__':
    gold_week.print_selection(START, END)
