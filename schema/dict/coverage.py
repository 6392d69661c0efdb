#!/usr/bin/env python3
"""Report gaps in the dated office terms of the person dictionaries.

Usage: python3 schema/dict/coverage.py [--from 2008-01-01] [--to 2026-11-22]
       [--roles head_of_state,head_of_government,...] [--countries A,B] [--min-days N]

For every UN member state (countries.jsonl, un_member true) and every role
asked, prints the stretches of the period that no dated term covers, with the
holders on either side, so the missing holders can be looked up and filled.
"""
import argparse, datetime, json, os
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))


def day(v, end=False):
    if not v:
        return datetime.date(9999, 12, 31) if end else datetime.date(1, 1, 1)
    p = [int(x) for x in v.split("-")]
    if len(p) == 1:
        return datetime.date(p[0], 1, 1)
    if len(p) == 2:
        d = datetime.date(p[0], p[1], 1)
        return d - datetime.timedelta(days=1) if end else d
    return datetime.date(*p)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="start", default="2008-01-01")
    ap.add_argument("--to", dest="stop", default=datetime.date.today().isoformat())
    ap.add_argument("--roles", default="head_of_state,head_of_government,foreign_minister,defense_minister")
    ap.add_argument("--countries", default="")
    ap.add_argument("--min-days", type=int, default=15)
    a = ap.parse_args()
    start, stop = day(a.start), day(a.stop)
    roles = a.roles.split(",")
    countries, terms = [], defaultdict(list)
    for fn in sorted(os.listdir(HERE)):
        if not fn.endswith(".jsonl"):
            continue
        for line in open(os.path.join(HERE, fn), encoding="utf-8"):
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            e = json.loads(line)
            if e.get("kind") == "country" and e.get("un_member"):
                countries.append(e["id"])
            for o in e.get("offices", []):
                terms[(o["role"], o["of"])].append(
                    (day(o.get("from")), day(o.get("to"), True), e["id"]))
    if a.countries:
        countries = a.countries.split(",")
    total = 0
    for c in countries:
        for r in roles:
            ts = sorted(terms.get((r, c), []))
            cur, prev = start, None
            gaps = []
            for f, t, who in ts:
                if t < start:
                    prev = who
                    continue
                if f > cur and (f - cur).days >= a.min_days and cur <= stop:
                    gaps.append((cur, min(f, stop), prev, who))
                if t > cur:
                    cur, prev = t, who
            if cur < stop and (stop - cur).days >= a.min_days:
                gaps.append((cur, stop, prev, None))
            for g in gaps:
                total += (g[1] - g[0]).days
                print(f"{c}\t{r}\t{g[0]}..{g[1]}\t{(g[1]-g[0]).days}d\tafter={g[2]}\tbefore={g[3]}")
    print(f"# total gap days: {total}")


if __name__ == "__main__":
    main()
