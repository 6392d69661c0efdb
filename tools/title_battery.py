#!/usr/bin/env python3
"""Title battery: does a role title with no name resolve to the dictionary's
holder on the article's date?  For each office kind the dictionary holds and
several states and bodies, writes one small article per title form (French
and English, adjective, "de"/"of" + country, possessive, counterpart), dated
inside a term of a known holder, runs `kzgraph extract --format jsonl` on
them and lists the forms whose holder does not appear.  Near-misses (a date
outside every term of that holder, another state's title) must not give him.

  python3 tools/title_battery.py [--bin build/kzgraph] [-v]
"""
import argparse, datetime, glob, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def load_persons():
    offices = {}  # (role, of) -> [(from, to, id, gender)]
    for path in glob.glob(os.path.join(ROOT, "schema/dict/persons*.jsonl")):
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if not line or line.startswith("//"):
                continue
            a = json.loads(line)
            for o in a.get("offices", []):
                offices.setdefault((o["role"], o["of"]), []).append(
                    (o.get("from", ""), o.get("to", ""), a["id"], a.get("gender", "")))
    return offices

def norm(d, end=False):
    if not d:
        return d
    if len(d) == 4:
        return d + "-01-01"
    if len(d) == 7:
        return d + "-01"
    return d

def holders_on(offices, role, of, date):
    out = set()
    for f, t, pid, g in offices.get((role, of), []):
        f, t = norm(f), norm(t)
        if (not f or f <= date) and (not t or date < t):
            out.add(pid)
    return out

def pick(offices, role, of, nth=-1):
    """A holder of (role, of) and a date inside his term where he is alone;
    nth=-1 the latest term, -2 the one before."""
    terms = sorted(offices.get((role, of), []), key=lambda x: norm(x[0]) or "0")
    cands = []
    for f, t, pid, g in terms:
        f, t = norm(f), norm(t)
        if not f:
            continue
        d0 = datetime.date.fromisoformat(f)
        d1 = datetime.date.fromisoformat(t) if t else datetime.date(2025, 6, 1)
        if d1 <= d0:
            continue
        mid = (d0 + (d1 - d0) / 2).isoformat()
        if holders_on(offices, role, of, mid) == {pid}:
            cands.append((pid, g, mid, f, t))
    if not cands or len(cands) < -nth:
        return None
    return cands[nth]

MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
MONTHS_EN = "January February March April May June July August September October November December".split()

def dateline(date, lang):
    y, m, d = date.split("-")
    if lang == "fr":
        return "Publié le %d %s %s" % (int(d), MONTHS_FR[int(m) - 1], y)
    return "Published on %s %d, %s" % (MONTHS_EN[int(m) - 1], int(d), y)

# State: (id, adj_m_fr, adj_f_fr, "de"+country fr, adj_en, possessive owner en)
STATES = [
    ("Niger", "nigérien", "nigérienne", "du Niger", "Nigerien", "Niger"),
    ("Kenya", "kényan", "kényane", "du Kenya", "Kenyan", "Kenya"),
    ("Kazakhstan", "kazakh", "kazakhe", "du Kazakhstan", "Kazakh", "Kazakhstan"),
    ("Turkey", "turc", "turque", "de la Turquie", "Turkish", "Turkey"),
    ("France", "français", "française", "de la France", "French", "France"),
    ("Russia", "russe", "russe", "de la Russie", "Russian", "Russia"),
    ("Mali", "malien", "malienne", "du Mali", "Malian", "Mali"),
    ("Germany", "allemand", "allemande", "de l'Allemagne", "German", "Germany"),
    ("Ukraine", "ukrainien", "ukrainienne", "de l'Ukraine", "Ukrainian", "Ukraine"),
    ("Israel", "israélien", "israélienne", "d'Israël", "Israeli", "Israel"),
    ("Nigeria", "nigérian", "nigériane", "du Nigeria", "Nigerian", "Nigeria"),
    ("Iran", "iranien", "iranienne", "de l'Iran", "Iranian", "Iran"),
    ("United Kingdom", "britannique", "britannique", "du Royaume-Uni", "British", "Britain"),
    ("United States", "américain", "américaine", "des États-Unis", "American", "America"),
    ("Ethiopia", "éthiopien", "éthiopienne", "de l'Éthiopie", "Ethiopian", "Ethiopia"),
    ("Japan", "japonais", "japonaise", "du Japon", "Japanese", "Japan"),
]

def fem(g):
    return g == "f"

def state_forms(role, st, g):
    """(lang, title) forms of a state's office."""
    sid, am, af, de, aen, own = st
    a = af if fem(g) else am
    le = "la" if fem(g) else "le"
    F, E = [], []
    if role == "foreign_minister":
        mi = "ministre"
        F += ["%s %s %s des Affaires étrangères" % (le, mi, a), "%s %s des Affaires étrangères %s" % (le, mi, de),
              "le chef de la diplomatie %s" % af, "%s cheffe de la diplomatie %s" % ("la", af) if fem(g) else "le patron de la diplomatie %s" % af,
              "%s %s %s des affaires étrangères" % (le, mi, a)]
        E += ["the %s foreign minister" % aen, "%s's foreign minister" % own, "the foreign minister of %s" % own,
              "%s's top diplomat" % own, "the %s minister of foreign affairs" % aen, "the %s foreign affairs minister" % aen]
        if sid == "France":
            F += ["%s %s %s de l'Europe et des Affaires étrangères" % (le, mi, a), "%s %s de l'Europe et des Affaires étrangères" % (le, mi)]
        if sid == "United Kingdom":
            E += ["the British Foreign Secretary", "Britain's foreign secretary"]
        if sid == "United States":
            E += ["the US Secretary of State", "America's top diplomat"]
            F += ["%s secrétaire d'État %s" % (le, a)]
    elif role == "defense_minister":
        F += ["%s ministre %s de la Défense" % (le, a), "%s ministre de la Défense %s" % (le, de)]
        E += ["the %s defence minister" % aen, "the %s defense minister" % aen, "%s's defence minister" % own,
              "the defence minister of %s" % own, "the %s minister of defence" % aen]
        if sid == "France":
            F += ["%s ministre %s des Armées" % (le, a)]
        if sid == "United States":
            E += ["the US Secretary of Defense", "the Pentagon chief"]
            F += ["le secrétaire américain à la Défense", "le chef du Pentagone"]
        if sid == "United Kingdom":
            E += ["the British Defence Secretary"]
    elif role == "interior_minister":
        F += ["%s ministre %s de l'Intérieur" % (le, a), "%s ministre de l'Intérieur %s" % (le, de)]
        E += ["the %s interior minister" % aen, "%s's interior minister" % own, "the interior minister of %s" % own,
              "the %s minister of the interior" % aen, "the %s minister of interior" % aen]
        if sid == "United Kingdom":
            E += ["the British Home Secretary", "Britain's home secretary"]
    elif role == "head_of_state":
        pres = "présidente" if fem(g) else "président"
        F += ["%s %s %s" % (le, pres, a), "%s %s %s" % (le, pres, de), "le chef de l'État %s" % am,
              "le numéro un %s" % am, "le dirigeant %s" % am if not fem(g) else "la dirigeante %s" % af]
        E += ["the %s president" % aen, "%s's president" % own, "the president of %s" % own,
              "the %s head of state" % aen, "the %s leader" % aen]
    elif role == "head_of_government":
        pm = "première ministre" if fem(g) else "premier ministre"
        F += ["%s %s %s" % (le, pm, a), "%s %s %s" % (le, pm, de), "le chef du gouvernement %s" % am]
        E += ["the %s prime minister" % aen, "%s's prime minister" % own, "the prime minister of %s" % own]
        if sid == "Germany":
            F += ["%s %s allemand%s" % (le, "chancelière" if fem(g) else "chancelier", "e" if fem(g) else "")]
            E += ["the German chancellor", "Germany's chancellor"]
    return F, E

BODIES = {  # (role, of) -> (fr forms, en forms)
    ("chair", "US House of Representatives"): (
        ["le président de la Chambre des représentants américaine", "la présidente de la Chambre des représentants des États-Unis",
         "le président de la Chambre des représentants"],
        ["the speaker of the US House of Representatives", "the House Speaker", "the Speaker of the House",
         "the US House speaker", "the speaker of the House of Representatives"]),
    ("chair", "Knesset"): (["le président de la Knesset"], ["the Knesset speaker", "the speaker of the Knesset"]),
    ("chair", "Bundestag"): (["le président du Bundestag", "la présidente du Bundestag"],
                             ["the Bundestag president", "the president of the Bundestag", "the speaker of the Bundestag"]),
    ("chair", "Verkhovna Rada"): (["le président de la Rada", "le président du Parlement ukrainien", "le président de la Verkhovna Rada"],
                                  ["the speaker of the Verkhovna Rada", "the Ukrainian parliament speaker", "Ukraine's parliament speaker"]),
    ("chair", "French National Assembly"): (["le président de l'Assemblée nationale", "la présidente de l'Assemblée nationale française"],
                                            ["the speaker of the French National Assembly", "the French parliament speaker"]),
    ("chair", "State Duma"): (["le président de la Douma", "le président de la Douma d'État"],
                              ["the speaker of the State Duma", "the Duma speaker", "the Russian parliament speaker"]),
    ("secretary_general", "CIA"): (["le directeur de la CIA", "le patron de la CIA", "le chef de la CIA"],
                                   ["the head of the CIA", "the CIA director", "the director of the CIA", "the CIA chief"]),
    ("secretary_general", "FBI"): (["le directeur du FBI", "le patron du FBI"], ["the FBI director", "the director of the FBI", "the head of the FBI"]),
    ("secretary_general", "Mossad"): (["le patron du Mossad", "le chef du Mossad", "le directeur du Mossad"],
                                      ["the Mossad chief", "the head of Mossad", "the director of the Mossad"]),
    ("secretary_general", "Shin Bet"): (["le chef du Shin Bet", "le patron du Shin Bet"], ["the Shin Bet chief", "the head of the Shin Bet"]),
    ("secretary_general", "MI6"): (["le chef du MI6", "le patron du MI6"], ["the head of MI6", "the MI6 chief"]),
    ("secretary_general", "ISI"): (["le chef de l'ISI", "le directeur de l'ISI"], ["the ISI chief", "the head of the ISI"]),
    ("secretary_general", "BND"): (["le chef du BND", "le président du BND"], ["the head of the BND", "the BND chief"]),
    ("secretary_general", "DGSE"): (["le patron de la DGSE", "le directeur de la DGSE"], ["the head of the DGSE", "the DGSE chief"]),
    ("secretary_general", "UN"): (["le secrétaire général de l'ONU", "le patron de l'ONU", "le chef de l'ONU"],
                                  ["the UN secretary-general", "the UN chief", "the head of the United Nations"]),
    ("secretary_general", "NATO"): (["le secrétaire général de l'Otan", "le patron de l'Otan", "le chef de l'OTAN"],
                                    ["the NATO secretary general", "the NATO chief", "the head of NATO"]),
    ("secretary_general", "CSTO"): (["le secrétaire général de l'OTSC"], ["the CSTO secretary general", "the head of the CSTO"]),
    ("foreign_minister", "EU"): (["le chef de la diplomatie européenne", "la cheffe de la diplomatie de l'UE"],
                                 ["the EU foreign policy chief", "the EU's top diplomat", "the European Union's foreign policy chief"]),
    ("spokesperson", "Russian Foreign Ministry"): (["la porte-parole du ministère russe des Affaires étrangères"],
                                                  ["the Russian foreign ministry spokeswoman"]),
    ("chair", "African Union"): (["le président en exercice de l'Union africaine"], ["the AU chairman", "the chairman of the African Union"]),
    ("secretary_general", "MONUSCO"): (["le chef de la Monusco", "la cheffe de la Monusco"], ["the head of MONUSCO", "the MONUSCO chief"]),
}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "build/kzgraph"))
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    offices = load_persons()
    cases = []  # (lang, text, date, expect_id or None, forbid_id or None, label)
    # A verb with no country after it: the page's focus stays the title's own.
    verbs = {"fr": "%s a déclaré mardi que les discussions reprendraient.",
             "en": "%s said on Tuesday that talks would resume."}
    def add(lang, title, date, expect, forbid, label):
        t = title[0].upper() + title[1:]
        cases.append((lang, verbs[lang] % t, date, expect, forbid, label))
    for role in ["head_of_state", "head_of_government", "foreign_minister", "defense_minister", "interior_minister"]:
        for st in STATES:
            p = pick(offices, role, st[0])
            if not p:
                print("no dated holder: %s %s" % (role, st[0]))
                continue
            pid, g, date, f, t = p
            F, E = state_forms(role, st, g)
            for x in F:
                add("fr", x, date, pid, None, "%s/%s" % (role, st[0]))
            for x in E:
                add("en", x, date, pid, None, "%s/%s" % (role, st[0]))
            # Near-miss: before the holder's first term of this office.
            first = min(norm(x[0]) for x in offices[(role, st[0])] if x[2] == pid and x[0])
            d0 = datetime.date.fromisoformat(first) - datetime.timedelta(days=40)
            add("en", E[0], d0.isoformat(), None, pid, "before-term %s/%s" % (role, st[0]))
            add("fr", F[0], d0.isoformat(), None, pid, "before-term %s/%s" % (role, st[0]))
            # Near-miss: "former" holder title.
            add("en", E[0].replace("the ", "the former ", 1), date, None, pid, "former %s/%s" % (role, st[0]))
            add("fr", F[0].replace("le ", "l'ancien ", 1).replace("la ", "l'ancienne ", 1), date, None, pid, "former %s/%s" % (role, st[0]))
    for (role, of), (F, E) in BODIES.items():
        p = pick(offices, role, of)
        if not p:
            print("no dated holder: %s %s" % (role, of))
            continue
        pid, g, date, f, t = p
        for x in F:
            add("fr", x, date, pid, None, "%s/%s" % (role, of))
        for x in E:
            add("en", x, date, pid, None, "%s/%s" % (role, of))
        d0 = datetime.date.fromisoformat(f) - datetime.timedelta(days=40)
        add("en", E[0], d0.isoformat(), None, pid, "before-term %s/%s" % (role, of))
    # Counterparts: a named foreign minister meets "his X counterpart".
    pairs = [("Turkey", "Kazakhstan"), ("Russia", "Mali"), ("France", "Niger"), ("Germany", "Ukraine"),
             ("Kenya", "Ethiopia"), ("Iran", "Turkey")]
    stmap = {s[0]: s for s in STATES}
    for a, b in pairs:
        for role in ["foreign_minister", "defense_minister"]:
            for nth in (-1, -2):
                pa = pick(offices, role, a, nth)
                if not pa:
                    continue
                date = pa[2]
                hb = holders_on(offices, role, b, date)
                if len(hb) != 1:
                    continue
                bid = next(iter(hb))
                name = pa[0]
                sb = stmap[b]
                poss = "sa" if pa[1] == "f" else "son"
                cases.append(("fr", "%s a rencontré %s homologue %s à Genève." % (name, poss, sb[1]), date, bid, None, "counterpart %s %s->%s" % (role, a, b)))
                cases.append(("en", "%s met %s %s counterpart in Geneva." % (name, "her" if pa[1] == "f" else "his", sb[4]), date, bid, None, "counterpart %s %s->%s" % (role, a, b)))
                cases.append(("en", "%s met %s %s opposite number in Geneva." % (name, "her" if pa[1] == "f" else "his", sb[4]), date, bid, None, "counterpart %s %s->%s" % (role, a, b)))
                break
    # Spokespersons: the State Department's.
    p = pick(offices, "spokesperson", "US State Department")
    if p:
        for x in ["the State Department spokesman", "the State Department spokesperson", "the US State Department spokesperson"]:
            add("en", x, p[2], p[0], None, "spokesperson/US State Department")
        add("fr", "le porte-parole du département d'État américain", p[2], p[0], None, "spokesperson/US State Department")
    tmp = tempfile.mkdtemp(prefix="titlebat")
    for k, (lang, text, date, expect, forbid, label) in enumerate(cases):
        with open(os.path.join(tmp, "c%04d.txt" % k), "w", encoding="utf-8") as fh:
            head = "Dépêche" if lang == "fr" else "Dispatch"
            fh.write("%s\n\n%s\n\n%s\n" % (head, dateline(date, lang), text))
    out = subprocess.run([args.bin, "extract", "--format", "jsonl", tmp], capture_output=True, text=True, cwd=ROOT,
                         env=dict(os.environ, KZGRAPH_SCHEMA=os.path.join(ROOT, "schema"))).stdout
    ents, subj = {}, {}
    for line in out.splitlines():
        r = json.loads(line)
        k = int(os.path.basename(r["doc"])[1:5])
        if r["type"] == "entity" and r["kind"] == "person":
            ents.setdefault(k, set()).add(r["id"])
    ok = bad = 0
    fails = []
    for k, (lang, text, date, expect, forbid, label) in enumerate(cases):
        got = ents.get(k, set())
        good = (expect is None or expect in got) and (forbid is None or forbid not in got)
        if good:
            ok += 1
        else:
            bad += 1
            fails.append("%-45s %s  [%s] want=%s forbid=%s got=%s" % (label, text, date, expect, forbid, sorted(got)))
        if args.v and good:
            print("ok   %-45s %s" % (label, text))
    for f in fails:
        print("MISS " + f)
    print("%d/%d resolved as expected" % (ok, ok + bad))

if __name__ == "__main__":
    main()
