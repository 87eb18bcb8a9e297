#!/usr/bin/env python3
"""Standalone check of this week's gold stories (2018-4-8 .. 2018-4-14, UTC): recomputes the selection
from the raw data and checks gold-stories.tsv and story-labels.tsv against it, and with --second the second annotator's
files. Exit code 0 iff ERRORS: 0. The checks are in ../gold_week.py."""
import os, sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import gold_week

gold_week.main(HERE, date(2018,4,8), date(2018,4,14))
