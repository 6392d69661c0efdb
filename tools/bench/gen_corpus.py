#!/usr/bin/env python3
"""Writes a seeded, reproducible corpus of French news pages for the benchmarks.

Each article recombines the sentence templates of corpus_fr.json (accusations,
criticism, requests for aid, troop deployments, warnings, support, meetings,
leadership and office appositions, membership) over actors of the
dictionaries (schema/dict/*.jsonl), wrapped in the boilerplate of a news site
(navigation, "Lire aussi", sharing links, comments, cookie banner).

Output: DIR/corpus-NNNN.jsonl shards of {"id","title","date","url","lang","text"}
(what `kzgraph ingest` reads) and DIR/manifest.json with the counts.

  gen_corpus.py --articles N [--seed S] [--shard-size K] --out DIR
"""
import argparse
import bisect
import datetime
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VOWELS = set("AEIOUYÂÊÎÔÛÉÈËÏÖÜÀaeiouyâêîôûéèëïöüà")


def load_jsonl(path):
    items = []
    if not os.path.exists(path):
        return items
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("//"):
                items.append(json.loads(line))
    return items


class NounPhrase:
    """An actor's surface form with the French article forms templates need."""

    def __init__(self, actor_id, kind, bare, article, feminine=False, plural=False):
        self.id = actor_id
        self.kind = kind
        self.bare = bare          # "Russie"
        self.article = article    # "la", "le", "l'", "les" or "" (no article)
        self.feminine = feminine
        self.plural = plural

    def base(self):
        if self.article == "":
            return self.bare
        if self.article == "l'":
            return "l'" + self.bare
        return self.article + " " + self.bare

    def de(self):
        if self.article == "le":
            return "du " + self.bare
        if self.article == "les":
            return "des " + self.bare
        if self.article == "":
            return ("d'" if self.bare[0] in VOWELS else "de ") + self.bare
        return "de " + self.base()

    def a(self):
        if self.article == "le":
            return "au " + self.bare
        if self.article == "les":
            return "aux " + self.bare
        return "à " + self.base()

    def en(self):
        """Where troops go: en Russie, au Mali, aux États-Unis, à Cuba."""
        if self.kind != "country":
            return "auprès " + self.de()
        if self.article == "les":
            return "aux " + self.bare
        if self.article == "":
            return "à " + self.bare
        if self.article == "le":
            return "au " + self.bare
        return "en " + self.bare


def elide(article, word):
    if article in ("le", "la") and word[0] in VOWELS:
        return "l'"
    return article


class Vocabulary:
    def __init__(self, dict_dir, rng):
        self.data = json.load(open(os.path.join(HERE, "corpus_fr.json"), encoding="utf-8"))
        grammar = self.data["country_grammar"]
        self.countries = {}
        self.country_adj = {}
        for c in load_jsonl(os.path.join(dict_dir, "countries.jsonl")):
            name = c.get("name_fr") or c["name"]
            if name in grammar["no_article"]:
                np = NounPhrase(c["id"], "country", name, "")
            elif name in grammar["plural"]:
                np = NounPhrase(c["id"], "country", name, "les", plural=True)
            else:
                head = re.split(r"[ -]", name)[0]  # "Corée du Sud", "Guinée-Bissau"
                fem = head.endswith("e") and name not in grammar["masculine_ending_in_e"]
                np = NounPhrase(c["id"], "country", name, elide("la" if fem else "le", name), feminine=fem)
            self.countries[c["id"]] = np
            adjs = c.get("adjectives") or []
            self.country_adj[c["id"]] = (adjs[0] if adjs else "de " + name, adjs[1] if len(adjs) > 1 else (adjs[0] if adjs else ""))
        feminine_heads = self.data["organization_feminine_heads"]
        self.organizations = {}
        self.org_members = {}
        for o in load_jsonl(os.path.join(dict_dir, "organizations.jsonl")):
            name = o.get("name_fr") or o["name"]
            head = name.split(" ")[0]
            fem = head in feminine_heads
            plural = head in self.data["organization_plural_heads"]
            if plural:
                article = "les"
            elif fem or head in self.data["organization_masculine_heads"]:
                article = "la" if fem else "le"
            else:
                article = ""  # a proper name: Hamas, Gazprom, Meduza, "Le Monde"
            forms = [NounPhrase(o["id"], "organization", name, elide(article, name) if article else "",
                                feminine=fem, plural=plural)]
            for acr in (o.get("acronyms") or [])[:1]:
                forms.append(NounPhrase(o["id"], "organization", acr, elide(article, acr) if article else "",
                                        feminine=fem, plural=plural))
            self.organizations[o["id"]] = forms
            for m in o.get("members") or []:
                self.org_members.setdefault(m, []).append(o["id"])
        self.groups = {}
        for g in load_jsonl(os.path.join(dict_dir, "groups.jsonl")):
            name = g.get("name_fr") or g["name"]
            m = re.match(r"^(l'|le |la |les )(.*)$", name)
            if m:
                art = m.group(1).strip()
                np = NounPhrase(g["id"], "group", m.group(2), art, plural=(art == "les"))
            elif name.endswith(("s", "x")):
                np = NounPhrase(g["id"], "group", name, "les", plural=True)
            else:
                np = NounPhrase(g["id"], "group", name, elide("le", name))
            self.groups[g["id"]] = np
        self.cities = self.data["cities"]
        self.persons = self._persons(dict_dir, rng)
        if not self.countries:
            sys.exit("gen_corpus.py: no countries in %s/countries.jsonl" % dict_dir)
        # Popularity order: shuffled once, then drawn by a Zipf law, so a few
        # actors recur across the corpus as in real news.
        self.order = {}
        for kind, ids in (("country", list(self.countries)), ("organization", list(self.organizations)),
                          ("group", list(self.groups)), ("person", list(range(len(self.persons))))):
            ids = sorted(ids, key=str)
            rng.shuffle(ids)
            self.order[kind] = ids
        self.zipf_cdf = {}
        for kind, ids in self.order.items():
            total, cdf = 0.0, []
            for r in range(len(ids)):
                total += 1.0 / (r + 1) ** 0.9
                cdf.append(total)
            self.zipf_cdf[kind] = [c / total for c in cdf] if cdf else []

    def _persons(self, dict_dir, rng):
        persons = []
        for p in load_jsonl(os.path.join(dict_dir, "persons.jsonl")):
            name = p.get("name_fr") or p["name"]
            offices = [o for o in p.get("offices") or [] if o.get("of")]
            # The surname is the shortest alias that ends the name ("von der Leyen").
            tails = [a for a in p.get("aliases") or [] if name.endswith(" " + a) and "." not in a]
            surname = min(tails, key=len) if tails else name.split()[-1]
            persons.append({"id": p["id"], "name": name, "surname": surname,
                            "female": p.get("gender") == "f", "offices": offices})
        if persons:
            return persons
        fb = self.data["fallback_persons"]
        roles = list(self.data["roles"])
        countries = sorted(self.countries)
        orgs = sorted(self.organizations)
        for i in range(200):
            female = i % 3 == 0
            first = rng.choice(fb["first_f"] if female else fb["first_m"])
            last = rng.choice(fb["last"])
            if female and last.endswith("ov"):
                last += "a"
            role = rng.choice(roles)
            of = rng.choice(orgs) if role in ("secretary_general", "chair") and orgs else rng.choice(countries)
            name = "%s %s" % (first, last)
            persons.append({"id": name, "name": name, "surname": last, "female": female,
                            "offices": [{"role": role, "of": of}]})
        return persons

    def draw(self, kind, rng):
        ids = self.order[kind]
        if not ids:
            return None
        i = bisect.bisect_left(self.zipf_cdf[kind], rng.random())
        return ids[min(i, len(ids) - 1)]

    def role_phrase(self, person, rng):
        """("le président kazakh", office) for a person with an office, else None."""
        if not person["offices"]:
            return None, None
        office = rng.choice(person["offices"])
        forms = self.data["roles"].get(office["role"])
        if not forms:
            return None, None
        form = forms[1 if person["female"] else 0]
        of = office["of"]
        if "{adj}" in form:
            if of not in self.country_adj:
                return None, None
            adj_m, adj_f = self.country_adj[of]
            return form.replace("{adj}", adj_f if person["female"] else adj_m), office
        org = self.organizations.get(of)
        np = org[0] if org else self.countries.get(of)
        if np is None:
            return None, None
        return form.replace("{O_de}", np.de()), office

    def actor(self, kinds, rng):
        """A NounPhrase of one of `kinds` (persons as 'M. X', 'X' or 'le président russe X')."""
        kind = rng.choice(kinds)
        for _ in range(4):
            if kind == "country" and self.countries:
                np = self.countries[self.draw("country", rng)]
                # A plural country as subject takes a plural verb; its capital does not.
                return np
            if kind == "organization" and self.organizations:
                return rng.choice(self.organizations[self.draw("organization", rng)])
            if kind == "group" and self.groups:
                return self.groups[self.draw("group", rng)]
            if kind == "person" and self.persons:
                p = self.persons[self.draw("person", rng)]
                style = rng.random()
                if style < 0.4:
                    role, _ = self.role_phrase(p, rng)
                    if role:
                        art, rest = role.split(" ", 1)
                        return NounPhrase(p["id"], "person", rest + " " + p["name"], elide(art, rest),
                                          feminine=p["female"])
                if style < 0.7:
                    return NounPhrase(p["id"], "person", ("Mme " if p["female"] else "M. ") + p["surname"], "",
                                      feminine=p["female"])
                return NounPhrase(p["id"], "person", p["name"], "", feminine=p["female"])
            kind = rng.choice(["country", "organization"])
        return self.countries[self.draw("country", rng)]


# Which kinds may fill each relation's subject and object.
RELATION_KINDS = {
    "accuses": (["person", "country", "organization", "person"], ["person", "country", "organization", "group"]),
    "criticizes": (["person", "country", "organization", "person"], ["person", "country", "organization", "group"]),
    "requests_aid": (["country", "person"], ["country", "organization"]),
    "sends_troops": (["country", "organization"], ["country"]),
    "warns": (["person", "country", "organization"], ["person", "country", "organization", "group"]),
    "supports": (["person", "country", "organization"], ["person", "country", "organization", "group"]),
    "meets": (["person"], ["person"]),
    "member_of": (["country"], ["organization"]),
}
RELATION_SHARE = {"accuses": 14, "criticizes": 16, "requests_aid": 6, "sends_troops": 5, "warns": 10,
                  "supports": 16, "meets": 14, "member_of": 5}


# French contractions left when a slot's value starts with an article.
CONTRACTIONS = [(re.compile(r"\bde les "), "des "), (re.compile(r"\bde le "), "du "),
                (re.compile(r"\bà les "), "aux "), (re.compile(r"\bà le "), "au ")]


def cap(s):
    return s[0].upper() + s[1:] if s else s


class Writer:
    def __init__(self, vocab, seed):
        self.v = vocab
        self.d = vocab.data
        self.rng = random.Random(seed)
        self.types = list(RELATION_SHARE)
        self.weights = [RELATION_SHARE[t] for t in self.types]

    def fill(self, template, subject=None, obj=None, extra=None):
        rng = self.rng
        t = re.sub(r"\bà \{O\}", "{O_a}", template)
        t = re.sub(r"\bde \{O\}", "{O_de}", t)
        values = {"city": rng.choice(self.v.cities), "topic": rng.choice(self.d["topics"]),
                  "day": rng.choice(self.d["days"]), "e": ""}
        if subject is not None:
            subj = subject.base()
            if subject.plural and subject.kind != "person":
                # Keep singular verbs: "Washington" would need metonyms; the
                # government of the country reads naturally.
                if subject.kind == "country":
                    subj = "le gouvernement " + self.v.country_adj.get(subject.id, ("",))[0]
                else:
                    subj = "le porte-parole " + subject.de()
            values["S"] = subj
            values["e"] = "e" if subject.feminine and not subject.plural else ""
        if obj is not None:
            values.update(O=obj.base(), O_de=obj.de(), O_a=obj.a(), O_en=obj.en())
        if extra:
            values.update(extra)
        text = re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), t)
        for loose, contracted in CONTRACTIONS:
            text = loose.sub(contracted, text)
        return cap(text)

    def relation_sentence(self, rel):
        s_kinds, o_kinds = RELATION_KINDS[rel]
        rng = self.rng
        subject = self.v.actor(s_kinds, rng)
        if rel == "member_of" and subject.id in self.v.org_members and rng.random() < 0.8:
            obj = rng.choice(self.v.organizations[rng.choice(self.v.org_members[subject.id])])
        else:
            obj = self.v.actor(o_kinds, rng)
        for _ in range(3):
            if obj.id != subject.id:
                break
            obj = self.v.actor(o_kinds, rng)
        return self.fill(rng.choice(self.d["relations"][rel]), subject, obj), subject, obj

    def apposition_sentence(self):
        rng = self.rng
        if not self.v.persons:
            return None
        p = self.v.persons[self.v.draw("person", rng)]
        role, office = self.v.role_phrase(p, rng)
        if not role:
            return None
        head = office["role"] in ("head_of_state", "head_of_government", "secretary_general", "chair")
        template = rng.choice(self.d["leads"] if head else self.d["official_of"])
        np = NounPhrase(p["id"], "person", p["name"], "", feminine=p["female"])
        return self.fill(template.replace("{P}", p["name"]).replace("{ROLE_CAP}", cap(role)).replace("{ROLE}", role), np)

    def headline(self):
        rng = self.rng
        subject = self.v.actor(["country", "person", "organization"], rng)
        obj = self.v.actor(["country", "organization"], rng)
        return self.fill(rng.choice(self.d["titles"]), subject, obj)

    def article(self, index, date):
        """(record, sentence count)."""
        rng = self.rng
        title = self.headline()
        section = rng.choice(self.d["sections"])
        lines = [self.fill(rng.choice(self.d["navigation"]), extra={"section": section})
                 for _ in range(rng.randint(1, 2))]
        lines.append(title)
        lines.append("%s Publié le %s à %02dh%02d" % (rng.choice(self.d["bylines"]), date.strftime("%d/%m/%Y"),
                                                    rng.randint(6, 22), rng.randint(0, 59)))
        lines.append(" | ".join(rng.sample(self.d["share"], 3)))
        sentences = 1  # the title
        body_count = rng.randint(8, 22)
        paragraph = []
        for i in range(body_count):
            r = rng.random()
            sentence = None
            if r < 0.6:
                rel = rng.choices(self.types, self.weights)[0]
                sentence, _, _ = self.relation_sentence(rel)
            elif r < 0.72:
                sentence = self.apposition_sentence()
            if sentence is None:
                sentence = self.fill(rng.choice(self.d["filler"]))
            paragraph.append(sentence)
            sentences += 1
            if len(paragraph) >= rng.randint(2, 4) or i == body_count - 1:
                lines.append(" ".join(paragraph))
                paragraph = []
                if rng.random() < 0.15:
                    lines.append(self.fill(rng.choice(self.d["read_also"]), extra={"headline": self.headline()}))
        lines.append("Article précédent " + self.headline())
        lines.append("Article suivant " + self.headline())
        n_comments = rng.randint(0, 3)
        lines.append("Commentaires (%d)" % n_comments)
        for _ in range(n_comments):
            lines.append("%s : %s" % (rng.choice(self.d["comment_authors"]), rng.choice(self.d["comments"])))
        lines.append(self.d["cookie"])
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower().encode("ascii", "ignore").decode())[:60].strip("-")
        record = {"id": "bench-fr-%07d" % index, "title": title, "date": date.isoformat(),
                  "url": "https://news.example.org/%s/%s/%s-%07d" % (section.lower(), date.strftime("%Y/%m/%d"), slug, index),
                  "lang": "fr", "text": "\n\n".join(lines) + "\n"}
        return record, sentences


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, required=True)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--shard-size", type=int, default=200, help="articles per JSONL file")
    ap.add_argument("--dict-dir", default=os.path.join(HERE, "..", "..", "schema", "dict"))
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for old in os.listdir(args.out):
        if old.startswith("corpus-") and old.endswith(".jsonl"):
            os.remove(os.path.join(args.out, old))
    vocab = Vocabulary(args.dict_dir, random.Random(args.seed))
    writer = Writer(vocab, args.seed + 1)
    start = datetime.date(2019, 1, 1)
    sentences = 0
    nbytes = 0
    shard = None
    shards = 0
    for i in range(args.articles):
        if i % args.shard_size == 0:
            if shard:
                shard.close()
            shard = open(os.path.join(args.out, "corpus-%04d.jsonl" % shards), "w", encoding="utf-8")
            shards += 1
        # Several articles a day, each with its own date and time-free id.
        record, n = writer.article(i, start + datetime.timedelta(days=i // 7))
        sentences += n
        nbytes += len(record["text"].encode("utf-8"))
        shard.write(json.dumps(record, ensure_ascii=False) + "\n")
    if shard:
        shard.close()
    manifest = {"articles": args.articles, "seed": args.seed, "shards": shards, "sentences": sentences,
                "text_bytes": nbytes, "persons_from": "dict" if os.path.exists(os.path.join(args.dict_dir, "persons.jsonl")) else "fallback"}
    with open(os.path.join(args.out, "manifest.json"), "w") as f:
        json.dump(manifest, f)
    print(json.dumps(manifest))


if __name__ == "__main__":
    main()
