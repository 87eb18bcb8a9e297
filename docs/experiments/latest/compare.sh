#!/usr/bin/env bash
# Compares the first five answers of "آخر تصريحات X" between two jars, for the most quoted speakers
# of a store, and prints what each jar lists that the other does not.
# Usage: compare.sh BEFORE.jar AFTER.jar DATA_DIR [SPEAKERS]
#   SPEAKERS: how many of the store's most quoted speakers (default 18; names opening with ال,
#   roles and institutions, are left out).
set -euo pipefail
before=$1 after=$2 data=$3 count=${4:-18}
java=${JAVA:-java}
out=$(mktemp -d)
sqlite3 "$data/naba.db" \
  "select speaker from quotes where speaker is not null and speaker not like 'ال%'
   group by speaker order by count(*) desc limit $count" > "$out/speakers"
while IFS= read -r name; do
  for jar in "$before" "$after"; do
    NABA_ANSWERS_TODAY=${NABA_ANSWERS_TODAY:-2018-10-20} "$java" -jar "$jar" ask --data "$data" \
      --json "آخر تصريحات $name" 2>/dev/null \
      | python3 -c '
import json, sys
d = json.load(sys.stdin)
for a in d["answers"][:5]:
    print(sys.argv[1] + "\t" + sys.argv[2] + "\t" + a["kind"] + "\t" + a["text"][:150].replace("\n", " "))
' "$([ "$jar" = "$before" ] && echo before || echo after)" "$name" >> "$out/answers"
  done
done < "$out/speakers"
python3 - "$out/answers" <<'PY'
import collections, sys
lists = collections.defaultdict(lambda: {"before": [], "after": []})
for line in open(sys.argv[1], encoding="utf-8"):
    side, name, kind, text = line.rstrip("\n").split("\t", 3)
    lists[name][side].append(kind + ": " + text)
gone = new = 0
for name, sides in lists.items():
    for text in sides["before"]:
        if text not in sides["after"]:
            print("only before |", name, "|", text)
            gone += 1
    for text in sides["after"]:
        if text not in sides["before"]:
            print("only after  |", name, "|", text)
            new += 1
print(f"{len(lists)} speakers: {gone} answers only before, {new} only after", file=sys.stderr)
PY
rm -r "$out"
