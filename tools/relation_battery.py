#!/usr/bin/env python3
"""Relation battery: one-sentence articles, each with the edges it must give
and the edges it must not give, run through `kzgraph extract --format jsonl`
in one call.  The batteries (tests/battery/*.tsv) are written from what
journalists write, in French and English, not from the lexicon, so their
pass rate measures how general the vocabulary and the constructions are.

Battery lines (tab-separated; '#' starts a comment line):
  lang  date  sentence  must  must_not  [title]
where must and must_not are ';'-separated edges "Subject predicate Object"
with dictionary ids ("Putin criticizes NATO", "United States warns Iran"),
or empty.  Each line is its own article, dated `date`.  A literal two-character
"\\n" in the sentence is read as a line break (a headline above its lead, a
dateline, a live-blog time stamp on its own line).  The optional sixth column
`title` is passed as the article's title (a headline apart from its body);
without it the title is empty and the extractor takes the text itself as the page.

  python3 tools/relation_battery.py [--bin build/kzgraph] [-v] [FILE ...]
"""
import argparse, collections, glob, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREDICATES = ("accuses", "criticizes", "requests_aid", "sends_troops", "warns",
              "supports", "meets", "leads", "official_of", "member_of")


def symmetric_types():
    # As the scorer does: an edge of a symmetric type (meets) matches either way.
    with open(os.path.join(ROOT, "schema/ontology.json"), encoding="utf-8") as f:
        onto = json.load(f)
    return {t["name"] for t in onto.get("relation_types", onto.get("relations", []))
            if isinstance(t, dict) and t.get("symmetric")}


def canon(edge, symmetric):
    s, p, o = edge
    return (o, p, s) if p in symmetric and o < s else edge


def parse_edges(field, where):
    edges = []
    for part in field.split(";"):
        part = part.strip()
        if not part:
            continue
        words = part.split(" ")
        at = [i for i, w in enumerate(words) if w in PREDICATES]
        if len(at) != 1 or at[0] == 0 or at[0] == len(words) - 1:
            sys.exit(f"{where}: cannot read the edge '{part}' (want 'Subject predicate Object')")
        i = at[0]
        edges.append((" ".join(words[:i]), words[i], " ".join(words[i + 1:])))
    return edges


def load(paths):
    cases = []
    for path in paths:
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            where = f"{os.path.relpath(path, ROOT)}:{n}"
            if len(cols) < 4 or len(cols) > 6:
                sys.exit(f"{where}: want 4 to 6 tab-separated columns, got {len(cols)}")
            lang, date, sentence, must = cols[:4]
            must_not = cols[4] if len(cols) >= 5 else ""
            title = cols[5].strip() if len(cols) == 6 else ""
            cases.append({"where": where, "lang": lang, "date": date,
                          "text": sentence.replace("\\n", "\n"), "title": title,
                          "must": parse_edges(must, where),
                          "must_not": parse_edges(must_not, where)})
    return cases


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "build/kzgraph"))
    ap.add_argument("-v", action="store_true", help="list every failing line")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    files = a.files or sorted(glob.glob(os.path.join(ROOT, "tests/battery/*.tsv")))
    cases = load(files)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for i, c in enumerate(cases):
            # An empty title: the extractor takes the sentence itself as the page.
            f.write(json.dumps({"id": f"b{i}", "title": c["title"], "date": c["date"], "url": "",
                                "lang": c["lang"], "text": c["text"]}, ensure_ascii=False) + "\n")
        path = f.name
    try:
        out = subprocess.run([a.bin, "extract", "--format", "jsonl", path],
                             capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(path)
    symmetric = symmetric_types()
    found = collections.defaultdict(set)
    for line in out.splitlines():
        r = json.loads(line)
        if r.get("type") == "relation":
            found[r["doc"]].add(canon((r["subject"], r["predicate"], r["object"]), symmetric))
    per_file = collections.defaultdict(lambda: [0, 0])
    per_pred = collections.defaultdict(lambda: [0, 0, 0])  # found, missed, false
    passed = 0
    for i, c in enumerate(cases):
        got = found[f"b{i}"]
        missed = [e for e in c["must"] if canon(e, symmetric) not in got]
        false = [e for e in c["must_not"] if canon(e, symmetric) in got]
        for e in c["must"]:
            per_pred[e[1]][0 if canon(e, symmetric) in got else 1] += 1
        for e in false:
            per_pred[e[1]][2] += 1
        ok = not missed and not false
        passed += ok
        key = c["where"].rsplit(":", 1)[0]
        per_file[key][0] += ok
        per_file[key][1] += 1
        if not ok and a.v:
            print(f"FAIL {c['where']} [{c['lang']} {c['date']}] {c['text']}")
            for e in missed:
                print("     missing:", " ".join(e))
            for e in false:
                print("     false:  ", " ".join(e))
            print("     got:    ", "; ".join(" ".join(e) for e in sorted(got)) or "-")
    for key, (ok, n) in sorted(per_file.items()):
        print(f"{key}: {ok}/{n} lines pass")
    for p, (f_, m, x) in sorted(per_pred.items()):
        print(f"  {p:13} required found {f_}/{f_ + m}, forbidden given {x}")
    print(f"{passed}/{len(cases)} lines pass")


if __name__ == "__main__":
    main()
