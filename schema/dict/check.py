#!/usr/bin/env python3
"""Validate the actor dictionaries of this folder.

Usage: python3 schema/dict/check.py [GOLD.json ...]

Checks: every line parses as JSON; `kind` matches its file; ids are unique
across files; required fields are present; every office's `of` names an
existing country or organization id and its `role` is from the README list;
a location's `of` names an existing country id, and a `disputed` place has none;
dates are ISO 8601 and real calendar dates; two persons never hold one
single-holder office (head of state or government, foreign, defence or
interior minister, secretary general, chair) of the same body on the same
day, since the extractor then resolves the role to nobody; no name form (case- and accent-folded; acronyms exact)
is claimed by two different entries.  With gold files, also checks that every
id and alias of the gold catalog (kinds country, organization, person, group,
location) resolves to the same id, except discovered ministries/forces.
Exit status 1 on any error.
"""
import datetime, json, os, re, sys, unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"countries.jsonl": "country", "organizations.jsonl": "organization",
         "persons.jsonl": "person", "groups.jsonl": "group",
         "locations.jsonl": "location"}
# Regional person files written beside persons.jsonl (persons_<region>.jsonl).
FILES.update({fn: "person" for fn in sorted(os.listdir(HERE))
              if fn.startswith("persons_") and fn.endswith(".jsonl")})
ROLES = {"head_of_state", "head_of_government", "foreign_minister",
         "defense_minister", "interior_minister", "minister", "spokesperson",
         "secretary_general", "chair", "official"}
NAME_FIELDS = ("name", "name_fr", "aliases", "adjectives", "demonyms", "metonyms")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# Offices one person holds at a time; the extractor resolves "le président
# kazakh" only when exactly one person holds the office on the article's date.
SINGLE_HOLDER = {"head_of_state", "head_of_government", "foreign_minister",
                 "defense_minister", "interior_minister", "secretary_general", "chair"}

# Bodies with two real heads at once, where "the leader" rightly pins nobody:
# Iran's Supreme Leader and its president.
SHARED_OFFICES = {("head_of_state", "Iran")}


def valid_date(v):
    """ISO 8601 year, year-month or a real calendar day."""
    if not DATE.match(v):
        return False
    parts = [int(x) for x in v.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def overlapping_terms(entries):
    """(role, of, person a, term a, person b, term b) for two persons holding
    one single-holder office at once; a shared handover day is allowed."""
    terms = defaultdict(list)
    for e in entries:
        if e.get("kind") != "person":
            continue
        for o in e.get("offices", []):
            if o.get("role") in SINGLE_HOLDER and (o.get("role"), o.get("of")) not in SHARED_OFFICES:
                start = o.get("from") or "0000"
                end = o.get("to") or "9999"
                terms[(o["role"], o.get("of"))].append((start, end, e["id"], e["_where"]))
    out = []
    for (role, of), ts in terms.items():
        ts.sort()
        for i in range(len(ts)):
            for j in range(i + 1, len(ts)):
                a, b = ts[i], ts[j]
                if a[2] != b[2] and b[0] < a[1]:  # b starts before a ends
                    out.append(f"{b[3]}: {role} of {of}: {b[2]} [{b[0]}..{b[1]}] overlaps {a[2]} [{a[0]}..{a[1]}] ({a[3]})")
    return out
# Gold catalog entries the extractor builds from patterns, not from the dictionary.
DISCOVERED = {"Russian Foreign Ministry", "Kazakh Interior Ministry", "Kazakh security forces"}


def fold(s):
    s = s.replace("\u2019", "'").replace("\u00a0", " ")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return " ".join(s.casefold().split())


def load():
    errors, entries = [], []
    # Regional person files (persons_<region>.jsonl) join persons.jsonl.
    extra = {fn: "person" for fn in sorted(os.listdir(HERE))
             if fn.startswith("persons_") and fn.endswith(".jsonl")}
    for fn, kind in {**FILES, **extra}.items():
        path = os.path.join(HERE, fn)
        if not os.path.exists(path):
            errors.append(f"missing file {fn}")
            continue
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip() or line.lstrip().startswith("//"):
                    continue
                try:
                    e = json.loads(line)
                except json.JSONDecodeError as ex:
                    errors.append(f"{fn}:{n}: bad JSON: {ex}")
                    continue
                e["_where"] = f"{fn}:{n}"
                if e.get("kind") != kind:
                    errors.append(f"{fn}:{n}: kind {e.get('kind')!r}, expected {kind!r}")
                if not e.get("id") or not e.get("name"):
                    errors.append(f"{fn}:{n}: id and name are required")
                for fld in ("aliases", "acronyms", "adjectives", "demonyms", "metonyms", "members"):
                    if fld in e and not (isinstance(e[fld], list) and all(isinstance(x, str) and x for x in e[fld])):
                        errors.append(f"{fn}:{n}: {fld} must be a list of non-empty strings")
                entries.append(e)
    return errors, entries


def main(gold_paths):
    errors, entries = load()
    warnings = []
    by_id = {}
    for e in entries:
        if e.get("id") in by_id:
            errors.append(f"{e['_where']}: duplicate id {e['id']!r} (also {by_id[e['id']]['_where']})")
        by_id[e.get("id")] = e
    targets = {i for i, e in by_id.items() if e.get("kind") in ("country", "organization")}
    for e in entries:
        k = e.get("kind")
        if k == "country":
            if "un_member" in e and not isinstance(e["un_member"], bool):
                errors.append(f"{e['_where']}: un_member must be boolean")
        if k == "organization":
            for m in e.get("members", []):
                if by_id.get(m, {}).get("kind") != "country":
                    errors.append(f"{e['_where']}: member {m!r} is not a country id")
        if k == "location":
            # `of`: the country the place lies in; `disputed`: a place whose
            # state is the issue, which therefore names no country.
            if "of" in e and by_id.get(e["of"], {}).get("kind") != "country":
                errors.append(f"{e['_where']}: location of {e['of']!r}, which is not a country id")
            if "disputed" in e and not isinstance(e["disputed"], bool):
                errors.append(f"{e['_where']}: disputed must be boolean")
            if e.get("disputed") and "of" in e:
                errors.append(f"{e['_where']}: a disputed place names no country (drop \"of\")")
            # `de_jure`: the state a disputed place is recognised in.
            if "de_jure" in e and (not e.get("disputed") or
                                   by_id.get(e["de_jure"], {}).get("kind") != "country"):
                errors.append(f"{e['_where']}: de_jure must name a country id, on a disputed place")
        elif k != "person" and ("disputed" in e or ("of" in e and k != "location")):
            errors.append(f"{e['_where']}: \"of\" and \"disputed\" belong to locations")
        if k == "person":
            if e.get("gender") not in ("m", "f"):
                errors.append(f"{e['_where']}: gender must be m or f")
            for o in e.get("offices", []):
                if o.get("role") not in ROLES:
                    errors.append(f"{e['_where']}: bad role {o.get('role')!r}")
                if o.get("of") not in targets:
                    errors.append(f"{e['_where']}: office of unknown {o.get('of')!r}")
                for d in ("from", "to"):
                    v = o.get(d, "")
                    if v and not valid_date(v):
                        errors.append(f"{e['_where']}: bad date {d}={v!r}")
                if o.get("from") and o.get("to") and o["to"] < o["from"]:
                    errors.append(f"{e['_where']}: office ends before it starts {o}")

    errors += overlapping_terms(entries)

    # name forms
    folded = defaultdict(set)   # folded name -> ids
    exact = defaultdict(set)    # acronym -> ids
    for e in entries:
        i = e.get("id")
        forms = [i]
        for fld in NAME_FIELDS:
            v = e.get(fld)
            if isinstance(v, str):
                forms.append(v)
            elif isinstance(v, list):
                forms += v
        for f in forms:
            if f:
                folded[fold(f)].add(i)
        for a in e.get("acronyms", []):
            exact[a].add(i)
    for f, ids in sorted(folded.items()):
        if len(ids) > 1:
            errors.append(f"name form {f!r} claimed by {sorted(ids)}")
    for a, ids in sorted(exact.items()):
        if len(ids) > 1:
            errors.append(f"acronym {a!r} claimed by {sorted(ids)}")
        other = folded.get(fold(a), set()) - ids
        if other:
            warnings.append(f"acronym {a!r} of {sorted(ids)} folds to a name of {sorted(other)}")

    def resolve(s):
        return (exact.get(s, set()) | folded.get(fold(s), set()))

    for gp in gold_paths:
        gold = json.load(open(gp, encoding="utf-8"))
        for c in gold.get("catalog", []):
            if c["kind"] not in ("country", "organization", "person", "group", "location"):
                continue
            if c["id"] in DISCOVERED:
                continue
            if c["id"] not in by_id:
                errors.append(f"gold id {c['id']!r} missing")
                continue
            if by_id[c["id"]].get("kind") != c["kind"]:
                errors.append(f"gold id {c['id']!r} has kind {by_id[c['id']].get('kind')!r}, gold says {c['kind']!r}")
            for a in [c["id"]] + c.get("aliases", []):
                r = resolve(a)
                if r != {c["id"]}:
                    errors.append(f"gold alias {a!r} of {c['id']!r} resolves to {sorted(r)}")

    counts = defaultdict(int)
    for e in entries:
        counts[e.get("kind")] += 1
    for w in warnings:
        print("warning:", w)
    for er in errors:
        print("ERROR:", er)
    print("entries:", dict(counts), "total", len(entries))
    print("errors:", len(errors), "warnings:", len(warnings))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
