#!/usr/bin/env python3
"""Classifies the relation false negatives of kzgraph on the dev sets.

For each gold edge the extractor missed: do both actors occur in one sentence,
is a trigger of the edge's type there (an approximation of the lexicon's
matching: verb stems plus endings, noun phrases), in which order, how far
apart, in one clause; else across two adjacent sentences or via the speaker.
Usage: tools/fn_analysis.py [--build build] [--show] dev dev2 ...
Never pass a held-out set (HELD_OUT below): they are measured, never diagnosed.
"""
import argparse
import collections
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, "/work/shared/eval")
import score  # noqa: E402

# The sets kept from rule writing (README.md, "Quality and speed").
HELD_OUT = {"dev6", "dev7", "dev9", "dev17", "dev18", "dev21", "dev22", "dev23", "dev24", "dev25",
            "dev26", "dev27", "dev28", "dev32", "dev34", "dev35",
            "dev36", "dev42"}


def fold(text):
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def tokens(text):
    """Folded words with their character offsets; punctuation kept as tokens."""
    out = []
    for m in re.finditer(r"\w+|[^\w\s]", text):
        out.append((fold(m.group()), m.start(), m.end()))
    return out


def load_triggers():
    """type -> list of (first-word matcher, rest words)."""
    trig = collections.defaultdict(list)
    for path in sorted((ROOT / "schema/lexicon").glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 3:
                continue
            cls, phrase, kv = parts[0], parts[1], dict(
                p.split("=", 1) for p in parts[2].split() if "=" in p)
            if cls == "role":
                typ = kv.get("rel")
            elif cls == "trigger":
                typ = kv.get("type")
            else:
                continue
            if not typ:
                continue
            extra = set()
            for group in kv.get("forms", "").split(";"):
                if ":" in group:
                    extra.update(fold(f) for f in group.split(":", 1)[1].split(","))
            for variant in phrase.split("|"):
                words = [t[0] for t in tokens(variant) if re.match(r"\w", t[0])]
                if not words:
                    continue
                verb = kv.get("pos") == "verb"
                first = words[0]
                stem = first
                if verb and kv.get("conj") != "none":
                    if kv.get("lang") == "fr" and first[-2:] in ("er", "ir", "re"):
                        stem = first[:-2]
                    elif kv.get("lang") == "en" and first.endswith("e"):
                        stem = first[:-1]
                trig[typ].append((verb, stem, extra | {first}, words[1:]))
    return trig


def trigger_positions(toks, entries):
    words = [t[0] for t in toks]
    hits = []
    for i, w in enumerate(words):
        for verb, stem, forms, rest in entries:
            ok = w in forms
            if not ok and verb and len(stem) >= 4 and w.startswith(stem):
                ok = len(w) - len(stem) <= 6
            if not ok and not verb and (w == stem + "s"):
                ok = True
            if not ok:
                continue
            j = i + 1
            good = True
            for r in rest:
                # allow clitics/elisions inside ("l aide")
                if j < len(words) and (words[j] == r or words[j] == r + "s"):
                    j += 1
                else:
                    good = False
                    break
            if good:
                hits.append(i)
                break
    return hits


BOUNDARY = {",", ";", ":", "qui", "que", "which", "who", "whom", "mais", "but", "tandis",
            "while", "whereas", "alors", "(", ")", "«", "»", '"'}


def parse_explain(text, cat):
    """doc -> list of sentences {text, mentions [(cb, ce, id, kind, pronoun)], speaker}."""
    docs = {}
    cur = None
    sent = None
    for line in text.splitlines():
        if line.startswith("# "):
            name = Path(line[2:].split()[0]).name
            cur = docs.setdefault(name, [])
            sent = None
            continue
        m = re.match(r"^\[(\d+)\] (.*)$", line)
        if m and cur is not None:
            sent = {"text": m.group(2), "mentions": [], "speaker": None, "cursor": 0,
                    "last": None}
            cur.append(sent)
            continue
        if sent is None:
            continue
        m = re.match(r"^  mention (\d+)-(\d+) '(.*)' -> (.*) \[(\w*), ([^\]]*)\]$", line)
        if m:
            b, e, surf, ident, kind, rule = m.groups()
            key = (b, e)
            if sent["last"] and sent["last"][0] == key:
                cb, ce = sent["last"][1]
            else:
                pos = sent["text"].find(surf, sent["cursor"])
                if pos < 0:
                    pos = sent["text"].find(surf)
                if pos < 0:
                    continue
                cb, ce = pos, pos + len(surf)
                sent["cursor"] = ce
            sent["last"] = (key, (cb, ce))
            pronoun = ident.startswith("(")
            rid = None if pronoun else cat.resolve(ident, surf)
            sent["mentions"].append((cb, ce, rid, kind, pronoun, rule))
            continue
        m = re.match(r"^  speaker (.*?) \(", line)
        if m:
            sent["speaker"] = cat.resolve(m.group(1))
    return docs


def classify(sent, s_id, o_id, typ, trig):
    toks = tokens(sent["text"])

    def tok_at(c):
        for i, t in enumerate(toks):
            if t[1] <= c < t[2] or t[1] >= c:
                return i
        return len(toks) - 1

    s_pos = [tok_at(m[0]) for m in sent["mentions"] if m[2] == s_id]
    o_pos = [tok_at(m[0]) for m in sent["mentions"] if m[2] == o_id]
    t_pos = trigger_positions(toks, trig[typ])
    speaker = sent["speaker"] == s_id
    if not t_pos:
        return "no-trigger", None
    # the pair (s, t, o) with the smallest span
    best = None
    for t in t_pos:
        for o in o_pos:
            cands = s_pos or ([-1] if speaker else [])
            for s in cands:
                lo = min(x for x in (s, t, o) if x >= 0)
                hi = max(s, t, o)
                span = hi - lo
                if best is None or span < best[0]:
                    best = (span, s, t, o)
    if best is None:
        return "no-pair", None
    _, s, t, o = best
    if s < 0:
        shape = "speaker-T-O" if t < o else "speaker-O-T"
    else:
        order = sorted([("S", s), ("T", t), ("O", o)], key=lambda x: (x[1], x[0] != "T"))
        shape = "-".join(x[0] for x in order)
    lo = min(x for x in (s, t, o) if x >= 0)
    hi = max(s, t, o)
    words = [w for w, _, _ in toks]
    # clause check between trigger and object, and subject and trigger
    def clean(a, b):
        a, b = min(a, b), max(a, b)
        return not any(w in BOUNDARY for w in words[a + 1:b])
    same_clause_to = clean(t, o)
    same_clause_st = s < 0 or clean(s, t)
    between = 0
    a, b = min(t, o), max(t, o)
    for m in sent["mentions"]:
        p = tok_at(m[0])
        if a < p < b and m[2] not in (s_id, o_id) and not m[4]:
            between += 1
    return "trigger", {"shape": shape, "t_o": abs(o - t), "s_t": abs(t - s) if s >= 0 else -1,
                       "clause_to": same_clause_to, "clause_st": same_clause_st,
                       "between": between}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--build", default=str(ROOT / "build"))
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    trig = load_triggers()
    totals = collections.Counter()
    shapes = collections.Counter()
    by_type = collections.defaultdict(collections.Counter)
    detail = collections.Counter()
    for name in args.sets:
        # The honest held-out sets are measured by the lead alone, never diagnosed.
        assert name not in HELD_OUT, f"{name} is a held-out set: measure it, never diagnose it"
        gold = json.load(open(ROOT / f"samples/{name}.gold.json"))
        cat = score.Catalog(gold["catalog"])
        sym = set(gold.get("symmetric", []))
        exe = Path(args.build) / "kzgraph"
        out = subprocess.run([str(exe), "extract", "--format", "jsonl", str(ROOT / "samples" / name)],
                             capture_output=True, text=True).stdout
        tmp = Path(f"/tmp/fn_{name}.jsonl")
        tmp.write_text(out)
        pred, _ = score.load_pred(tmp)
        expl = subprocess.run([str(exe), "extract", "--explain", str(ROOT / "samples" / name)],
                              capture_output=True, text=True)
        docs = parse_explain(expl.stdout + expl.stderr, cat)
        for art in gold["articles"]:
            pd = pred.get(art["file"], {"entities": {}, "relations": []})
            ents = pd["entities"]

            def res(ref):
                e = ents.get(str(ref))
                if e is not None:
                    return cat.resolve(e.get("id"), e.get("name"), *(e.get("aliases") or []))
                return cat.resolve(ref)
            gold_r = {score.key(tuple(cat.resolve(x) if i != 1 else x for i, x in enumerate(t)), sym)
                      for t in art["relations"]}
            pred_r = {score.key((res(r["subject"]), r["predicate"], res(r["object"])), sym)
                      for r in pd["relations"]}
            sents = docs.get(art["file"], [])
            for s_id, typ, o_id in sorted(gold_r - pred_r):
                totals["fn"] += 1
                by_type[typ]["fn"] += 1
                pairs = [(s_id, o_id)] + ([(o_id, s_id)] if typ in sym else [])
                best = None
                where = "none"
                for si, sent in enumerate(sents):
                    ids = {m[2] for m in sent["mentions"]}
                    for a, b in pairs:
                        if b in ids and (a in ids or sent["speaker"] == a):
                            cls, info = classify(sent, a, b, typ, trig)
                            rank = {"trigger": 0, "no-trigger": 1, "no-pair": 2}[cls]
                            if best is None or rank < best[0] or (
                                    rank == 0 and best[0] == 0 and
                                    info["t_o"] + max(info["s_t"], 0) <
                                    best[2]["t_o"] + max(best[2]["s_t"], 0)):
                                best = (rank, cls, info, si)
                all_ids = {m[2] for sent in sents for m in sent["mentions"]}
                if best is None and (s_id not in all_ids or o_id not in all_ids):
                    where = "actor-unmentioned:" + ("both" if s_id not in all_ids and o_id not in all_ids
                                                   else "subject" if s_id not in all_ids else "object")
                elif best is not None:
                    where = "same-sentence:" + best[1]
                    if best[1] == "trigger":
                        info = best[2]
                        shapes[info["shape"]] += 1
                        near = info["t_o"] <= 8 and (info["s_t"] <= 12)
                        clause = info["clause_to"] and info["clause_st"]
                        detail[(info["shape"], "near" if near else "far",
                                "1clause" if clause else "2clauses",
                                "clear" if info["between"] == 0 else "3rd-actor")] += 1
                elif where == "none":
                    # adjacent sentences: object with trigger here, subject in the previous
                    for si, sent in enumerate(sents):
                        ids = {m[2] for m in sent["mentions"]}
                        for a, b in pairs:
                            if b in ids and si > 0:
                                prev = {m[2] for m in sents[si - 1]["mentions"]}
                                toks = tokens(sent["text"])
                                if a in prev and trigger_positions(toks, trig[typ]):
                                    pron = any(m[4] for m in sent["mentions"])
                                    where = "adjacent:" + ("pronoun" if pron else "no-pronoun")
                totals[where] += 1
                by_type[typ][where] += 1
                if args.show:
                    print(name, art["file"], s_id, typ, o_id, where,
                          best[2] if best and best[2] else "",
                          sents[best[3]]["text"][:220] if best else "")
    print("\nFN total:", totals["fn"])
    for k, v in sorted(totals.items(), key=lambda x: -x[1]):
        if k != "fn":
            print(f"  {k:40s} {v}")
    print("\nBy type (fn / same-sentence+trigger / same-sentence no trigger / adjacent / actor unmentioned / other):")
    for t, c in sorted(by_type.items()):
        adj = sum(v for k, v in c.items() if k.startswith("adjacent"))
        unm = sum(v for k, v in c.items() if k.startswith("actor-unmentioned"))
        print(f"  {t:14s} {c['fn']:4d} {c['same-sentence:trigger']:4d} "
              f"{c['same-sentence:no-trigger'] + c['same-sentence:no-pair']:4d} {adj:4d} {unm:4d} {c['none']:4d}")
    print("\nShapes (same sentence, trigger present):")
    for k, v in shapes.most_common():
        print(f"  {k:16s} {v}")
    print("\nShape x distance (t-o<=8, s-t<=12) x clause x third actor between T and O:")
    for k, v in sorted(detail.items(), key=lambda x: -x[1]):
        print("  ", " ".join(k), v)


if __name__ == "__main__":
    main()
