"""Replay the draw order of candidates.json with the manual verdicts below and
the per-outlet cap, and print the selected ids. Verdict codes:
A = accepted (has real quotes); R:<reason> = replaced (no real quotation / other).
Articles not listed were never reached or were skipped by the cap (saudinewsnet)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import batch

V = {
 # ant-all
 'AL-internationalNews-2000-20180720': 'A', 'AL-internationalNews-63-20140127': 'A',
 'AL-sport-182-20180222': 'R:only names/2-word marks', 'AL-internationalNews-9-20180218': 'A',
 'BB-sport-98-20180407': 'A', 'BB-technology-121-20180402': 'A', 'BB-internationalNews-995-20180818': 'A',
 'CN-sport-333-20180605': 'R:only nicknames/names', 'CN-middleEast-473-20180403': 'A',
 'CN-internationalNews-116-20180314': 'A', 'CN-middleEast-368-20180325': 'A',
 'FR-internationalNews-1504-20180529': 'A', 'FR-internationalNews-1052-20180503': 'A', 'FR-internationalNews-2518-20180730': 'A',
 'SK-internationalNews-1505-20180510': 'A', 'SK-sport-755-20180418': 'A', 'SK-internationalNews-387-20180316': 'A',
 # saudinewsnet
 'snn-574d171eecae55cd': 'R:only a play title and a 2-word mark',
 'snn-b0f5ec32beb71459': 'A',
 'snn-93af29d6fa9e869d': 'R:only quote is opened but never closed (end ambiguous); rest names',
 'snn-1d919ef9d895809a': 'A', 'snn-39cead6943219735': 'A', 'snn-b8d85654de3b3265': 'A',
 'snn-b45cc5d0b6fff0ba': 'R:opinion piece; only names, a hadith cited as scripture and a motto',
 'snn-4c230c689d21582e': 'R:only a 2-word mark and a name',
 'snn-77f1baa10e8ac6b3': 'R:near-duplicate of snn-39cead6943219735 (same press release, drawn earlier)',
 'snn-ccec3f0c59c9744c': 'R:only a seminar title and a 2-word mark',
 'snn-d9ce25aae17f397e': 'R:only a report title and a scare-quoted phrase',
 'snn-a50a5249ea329c6f': 'A',
 'snn-2b582233d357f8aa': 'R:opinion piece; only the writer own asides',
 'snn-d67667e72c3e5a66': 'A',
 'snn-700d93b0c508defb': 'R:fictional short story (dialogue of invented characters), not reported speech',
 'snn-05e63ffd4c870fd7': 'A',
 'snn-0086d101f7802a7c': 'R:opinion piece; only names and single words',
 'snn-072e73742ec8944f': 'A', 'snn-a72c5fbfabd87e5c': 'A', 'snn-838ade1de8488b0b': 'A', 'snn-29dc65119eb02f7b': 'A',
 'snn-b0389ba81848a42c': 'R:religious opinion piece; only hadith/Quran citations, unbalanced marks',
 'snn-dde8ab22794781a7': 'A', 'snn-f0bcce56e3d5099f': 'A',
 'snn-90f32639a9ecd1bb': 'R:speech not in marks; only company names',
 'snn-05980c292c99886a': 'R:opinion piece; only a song lyric and names',
 'snn-8bdea49cfb2dfed1': 'R:only a service name',
 'snn-f69859ead8be7a5f': 'R:only nicknames',
 'snn-b2e358432ba8d0ee': 'A', 'snn-9521a921d2b50ab5': 'A',
 # examined but capped when reached: snn-345fe2be70bc62e7, snn-d035e0db6baa7575, snn-d4a96e56eccbe72d (alyaum)
}
if __name__ == '__main__':
    batch.select(V)
