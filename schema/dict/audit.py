#!/usr/bin/env python3
"""Audit the dictionaries for completeness (check.py checks consistency).

Usage: python3 schema/dict/audit.py [--verbose]

1. Every country entry: English and French names, the French adjective in
   each gender and number its ending calls for (-e: 2 forms; -s/-x: 3;
   otherwise 4), an English adjective, French and English demonyms, and a
   capital or seat among the metonyms (unless `audit_exempt.tsv` lists why
   not: a capital that is also the country's name or another body's seat).
2. Every form of `expected_names.tsv` (id, then name forms; lines of
   "#" are comments) resolves to that id and to no other, as check.py
   resolves names (acronyms exact, other forms case- and accent-folded).
3. No name begins where a form with an article ends: "the Sudan" (Sudan)
   would take "the Sudan Liberation Movement" from its group unless the
   group also lists "the Sudan Liberation Movement" (the longest match is
   taken from the first word on).
Prints the gaps by kind and their counts; exit status 0 always.
"""
import json, os, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from check import load, fold, NAME_FIELDS  # noqa: E402


def french_forms_needed(masc):
    if masc.endswith("e") and not masc.endswith("é"):
        return 2
    if masc.endswith(("s", "x")):
        return 3
    return 4


def main(verbose):
    errors, entries = load()
    by_id = {e["id"]: e for e in entries}
    folded, exact = defaultdict(set), defaultdict(set)
    for e in entries:
        forms = [e["id"]]
        for fld in NAME_FIELDS:
            v = e.get(fld)
            forms += [v] if isinstance(v, str) else (v or [])
        for f in forms:
            folded[fold(f)].add(e["id"])
        for a in e.get("acronyms", []):
            exact[a].add(e["id"])

    exempt = defaultdict(set)  # (id) -> kinds of gap accepted
    ex_path = os.path.join(HERE, "audit_exempt.tsv")
    if os.path.exists(ex_path):
        for line in open(ex_path, encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                parts = line.rstrip("\n").split("\t")
                exempt[parts[0]].add(parts[1])

    gaps = defaultdict(list)
    for e in entries:
        if e.get("kind") != "country":
            continue
        i = e["id"]
        if not e.get("name_fr"):
            gaps["name_fr"].append(i)
        adjs = e.get("adjectives", [])
        fr = [a for a in adjs if a[:1].islower()]
        en = [a for a in adjs if a[:1].isupper()]
        if "adjective" not in exempt[i]:
            if not fr:
                gaps["adjective_fr"].append(i)
            elif len(set(fr)) < french_forms_needed(fr[0]):
                gaps["adjective_fr_forms"].append(f"{i} ({', '.join(fr)})")
            if not en:
                gaps["adjective_en"].append(i)
        dem = e.get("demonyms", [])
        if "demonym" not in exempt[i]:
            if not any(d.endswith(("s", "x")) for d in dem):
                gaps["demonym_plural"].append(i)
        if "metonym" not in exempt[i] and not e.get("metonyms"):
            gaps["metonym"].append(i)

    exp_path = os.path.join(HERE, "expected_names.tsv")
    checked = 0
    for n, line in enumerate(open(exp_path, encoding="utf-8"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.rstrip("\n").split("\t")
        i, forms = parts[0], [f for f in parts[1:] if f]
        if i not in by_id:
            gaps["missing_entry"].append(i)
            continue
        kind = by_id[i]["kind"]
        for f in forms:
            checked += 1
            r = exact.get(f, set()) | folded.get(fold(f), set())
            if r != {i}:
                gaps[f"unresolved_{kind}" if not r else f"ambiguous_{kind}"].append(
                    f"{f!r} -> {i}" + (f" (got {sorted(r)})" if r else ""))
    arts = ("the ", "le ", "la ", "les ", "l'")
    forms = []
    for e in entries:
        for fld in ("name", "name_fr", "aliases", "metonyms"):
            v = e.get(fld)
            forms += [(fold(f), e["id"]) for f in ([v] if isinstance(v, str) else (v or []))]
    heads = defaultdict(set)  # the rest of a form with an article -> (article, id)
    for f, i in forms:
        for a in arts:
            if f.startswith(a) and len(f) > len(a):
                heads[f[len(a):]].add((a, i))
    for f, i in forms:
        words = f.split(" ")
        for k in range(1, len(words)):
            for a, j in heads.get(" ".join(words[:k]), ()):
                if j != i and i not in folded.get(a + f, set()):
                    gaps["article_overlap"].append(f"{a + f!r}: {j} would take it from {i}")
    total = 0
    for k in sorted(gaps):
        total += len(gaps[k])
        print(f"{k}: {len(gaps[k])}")
        if verbose:
            for g in gaps[k]:
                print("   ", g)
    print(f"expected forms checked: {checked}; gaps: {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main("--verbose" in sys.argv or "-v" in sys.argv))
