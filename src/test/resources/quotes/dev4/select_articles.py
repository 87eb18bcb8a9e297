"""Replay the draw order of candidates.json with the manual verdicts below and
the per-outlet cap, and print the selected ids. Verdict codes:
A = accepted (has real quotes); R:<reason> = replaced (no real quotation / other).
Articles not listed were never reached or were skipped by the cap (saudinewsnet)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import batch

V = {
 # ant-all
 'AL-culture-290-20180426': 'A', 'AL-internationalNews-1165-20180514': 'A', 'AL-technology-195-20180425': 'A',
 'BB-middleEast-671-20180627': 'A', 'BB-internationalNews-1180-20181011': 'A', 'BB-sport-320-20180901': 'A',
 'CN-economy-61-20180322': 'A', 'CN-middleEast-939-20180516': 'A', 'CN-middleEast-1002-20180522': 'A',
 'FR-middleEast-853-20180730': 'A', 'FR-internationalNews-232-20180303': 'A', 'FR-internationalNews-1079-20180504': 'A',
 'SK-sport-215-20180312': 'R:only names in marks (newspaper آس, club nickname الملكي, مجرة النجوم, الانتقال الكبير); no speech',
 'SK-technology-608-20180508': 'A', 'SK-middleEast-3474-20180819': 'A',
 'SK-middleEast-1669-20180514': 'R:only a campaign name (مسيرة العودة الكبرى) and one word (النكبة)',
 'SK-middleEast-185-20180309': 'A',
 # saudinewsnet
 'snn-c0500576fb3bfadc': 'R:opinion piece; a 2-word mark and a song line/saying (عيَّا لا يجيب المحبوب), nobody speaks',
 'snn-2687a89fae30121c': 'A',
 'snn-675f5e674e4496be': 'A',
 'snn-1a8fd8333bb00904': 'R:only an organisation name (إيقاد) and a 2-word mark (فاقد للشرعية)',
 'snn-108132d9cfc43535': 'R:only the play and film names',
 'snn-f986bcf2111b31bd': 'A',
 'snn-9a5930977a56572c': 'R:opinion piece; only 1-2 word marks',
 'snn-92518f3389a8bb65': 'R:only a campaign name and a league name',
 'snn-17a272f3716273a3': 'A',
 'snn-3256b94ca06f29bd': 'A',
 'snn-071d35f44e90f3db': 'A',
 'snn-b53e8cdb58917152': 'A',
 'snn-87469dba6bebbce0': 'R:opinion piece; only newspaper names',
 'snn-90e41eca62218124': 'R:opinion piece; only single-word marks',
 'snn-e28aa5c0525ccdf7': 'R:only names (family, newspaper, airport, aircraft type)',
 'snn-cfc59f3a2abb9faa': 'A',
 'snn-913572170d07b946': 'R:only names (داعش, الدولة الإسلامية) and one word (كنزا)',
 'snn-1236f4f51e05b27b': 'R:report; only place names, terms and a song title; the speech is unmarked',
 'snn-17c855352d8f3573': 'R:only company and place names',
 'snn-fa2f00d871413120': 'R:only 2-word marks',
 'snn-821a3606dd11ec27': 'A',
 'snn-3a68b022f999ae2c': 'A',
 'snn-559ede9a7917faac': 'A',
 'snn-a4246fdfff08160b': 'A',
 'snn-60069466e0984942': 'R:only app and site names',
 'snn-4185a2f976b5de25': 'R:film review; only actor and character names',
 'snn-3c3beec0548b9a7e': 'R:only product and site names',
 'snn-b87ec014bc4205fc': 'R:only the forum name and the titles of its sessions',
 'snn-7e03f1cd0caee7ce': 'R:only a platform name and a defined term (المستخدمون النشطون شهريا)',
 'snn-fbf8bd4d240a314e': 'R:only festival and team names',
 'snn-018eeff9cd6698b3': 'R:only the exhibition name',
 'snn-ff98513b5f0eb2ed': 'R:only stadium, media and club names',
 'snn-8c0b9be649962ae1': 'R:opinion piece; only single-word marks',
 'snn-09de48bd86d6dc76': 'A',
 'snn-5dc56e4cb18fe49e': 'A',
 'snn-42f24b67b8a3e1d6': 'A',
}
if __name__ == '__main__':
    batch.select(V)
