"""Replay the draw order of candidates.json with the manual verdicts below and
the per-outlet cap, and print the selected ids. Verdict codes:
A = accepted (has real quotes); R:<reason> = replaced (no real quotation / other).
Articles not listed were never reached or were skipped by the cap (saudinewsnet)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import batch

V = {
 # ant-all (the first 3 candidates of every outlet had real quotes: no replacement)
 'AL-internationalNews-217-20180226': 'A', 'AL-culture-199-20180325': 'A', 'AL-internationalNews-1870-20180709': 'A',
 'BB-culture-80-20180320': 'A', 'BB-middleEast-1039-20180923': 'A', 'BB-middleEast-480-20180509': 'A',
 'CN-economy-110-20180513': 'A', 'CN-middleEast-1341-20180910': 'A', 'CN-middleEast-583-20180411': 'A',
 'FR-internationalNews-2026-20180627': 'A', 'FR-internationalNews-1611-20180603': 'A', 'FR-internationalNews-1192-20180511': 'A',
 'SK-sport-2630-20180906': 'A', 'SK-sport-2911-20181015': 'A', 'SK-sport-2654-20180908': 'A',
 # saudinewsnet
 'snn-5d974e0182eed265': 'R:only the newspaper name in marks (the speech is unmarked)',
 'snn-bc405b22e0586e5d': 'R:only the newspaper name and a unit name (لواء تدخل سريع)',
 'snn-e53853bd4f48ac45': 'A',
 'snn-2807f06636becd6c': 'A',
 'snn-00d13ecb93963be7': 'R:opinion piece; only the writer own 1-2 word marks',
 'snn-4a01c93d8f9e2f4b': 'A', 'snn-fdd6d5af20e0f6b5': 'A', 'snn-9d4f83b2d0de535e': 'A', 'snn-865bf224f078bc86': 'A',
 'snn-dfa65cb0fdb0f2cb': 'A', 'snn-7cd25fa5dfab86a8': 'A', 'snn-624c1d1c0138cbb8': 'A', 'snn-47e7b3df638e56cd': 'A',
 'snn-3320c1cbae5575ef': 'A', 'snn-ff5c12b79ffcb4f9': 'A', 'snn-9adbe7fe9b5caff9': 'A',
 'snn-877007631dadd690': 'R:opinion piece; only names and single words',
 'snn-74825eefc79aa583': 'A', 'snn-0574b032f2feafb9': 'A',
}
if __name__ == '__main__':
    batch.select(V)
