"""Checks the four built-in questionnaires (version 2): parse, EN/FR shape, per-dimension rules, ids (format,
retired ids never reused), markers (scored, not reversed), outcomes, French typography and
elision, and where typical answer patterns land on each ladder."""
import argparse, math, re, sys, tomllib
from pathlib import Path

_parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
_parser.add_argument("folder", nargs="?", type=Path,
                     default=Path(__file__).resolve().parent.parent / "questionnaires",
                     help="the folder of the four questionnaire files [default: questionnaires/]")
_args = _parser.parse_args()
if str(_args.folder).startswith("-"):
    _parser.error("a folder name may not start with '-'")
D = _args.folder
DIMS = ["common-language", "common-vision", "discretion", "receptivity", "closeness",
        "reciprocity", "attribution", "feedback"]
ELIDING = {"de", "que", "le", "la", "je", "ne", "se", "ce", "me", "te", "lorsque", "puisque",
           "quoique", "jusque"}
# Ids that were used by an earlier version (v1) or an earlier v2 draft and whose statement
# was replaced: they must never come back, whatever the new statement says.
RETIRED = {
    "trust": {
        # v1
        "common-language.explain", "discretion.leaks", "receptivity.listens",
        "receptivity.considers", "closeness.distant", "attribution.credit", "attribution.claims",
        "feedback.blame",
        # v2 draft, replaced after review
        "common-language.jargon", "discretion.repeated", "receptivity.rephrases",
        "closeness.workonly", "reciprocity.onesided", "attribution.taken", "feedback.repeat",
        "outcome.initiative", "outcome.mistakes",
    },
    "community": {
        # v1
        "common-language.announcements", "common-language.jargon", "common-vision.direction",
        "common-vision.against", "discretion.care", "discretion.private", "discretion.exposed",
        "receptivity.answers", "receptivity.considered", "receptivity.talks", "closeness.names",
        "closeness.silence", "reciprocity.returned", "reciprocity.takes", "attribution.source",
        "attribution.thanks", "attribution.claims", "feedback.admit", "feedback.learn",
        "feedback.report", "feedback.blame",
        # v2 draft, replaced after review
        "common-language.meant", "common-vision.interests", "discretion.disclosed",
        "receptivity.oneway", "closeness.known", "closeness.belonging", "reciprocity.ambassadors",
        "attribution.taken", "feedback.repeat",
    },
}
errors = []
def err(m): errors.append(m)

def shown(x):
    """A score as the app shows it: Rust's f64::round, half away from zero (74.5 -> 75)."""
    return math.floor(x + 0.5)

def load(n): return tomllib.load(open(D / n, "rb"))

def worded(v):
    """list of (side or None, value)"""
    return list(v.items()) if isinstance(v, dict) else [(None, v)]

def texts(q):
    out = []
    for k in ("title",):
        out.append(("title", q[k]))
    for side, t in worded(q.get("intro", "")):
        out.append((f"intro[{side}]", t))
    for s in q.get("sides", []):
        out.append((f"side {s['id']}", s["name"]))
    out += [("label", l) for l in q["scale"]["labels"]]
    for d in q["dimensions"]:
        out += [(f"{d['id']}.name", d["name"]), (f"{d['id']}.about", d["about"])]
        for side, adv in worded(d["advice"]):
            out += [(f"{d['id']}.advice[{side}]", a) for a in adv]
    for i in q["items"]:
        for side, t in worded(i["text"]):
            out.append((f"{i['id']}[{side}]", t))
    for s in q.get("stages", []):
        out += [(f"stage {s['min']}.name", s["name"]), (f"stage {s['min']}.about", s["about"])]
    return out

def shape(q):
    items = [(i["id"], i.get("dimension"), i.get("reverse", False), i.get("outcome", False),
              isinstance(i["text"], dict) and sorted(i["text"])) for i in q["items"]]
    dims = [(d["id"], d["group"], isinstance(d["advice"], dict) and sorted(d["advice"]),
             [len(a) for _, a in worded(d["advice"])]) for d in q["dimensions"]]
    stages = [(s["min"], s.get("markers")) for s in q.get("stages", [])]
    sides = [s["id"] for s in q.get("sides", [])]
    return dict(items=items, dims=dims, stages=stages, sides=sides, id=q["id"],
                version=q["version"], scale=(q["scale"]["min"], q["scale"]["max"]),
                intro=isinstance(q.get("intro"), dict) and sorted(q["intro"]))

def typography(name, t):
    chars = list(t)
    for i, c in enumerate(chars):
        before = chars[i - 1] if i else None
        after = chars[i + 1] if i + 1 < len(chars) else None
        ends = after is None or after in " \n"
        if c == ":" and ends and before != "\u00a0": err(f"{name}: ':' without nbsp in {t!r}")
        if c in ";?!" and ends and i > 0 and before != "\u202f": err(f"{name}: '{c}' without narrow nbsp in {t!r}")
        if c == "«" and after != "\u202f": err(f"{name}: '«' without narrow nbsp in {t!r}")
        if c == "»" and before != "\u202f": err(f"{name}: '»' without narrow nbsp in {t!r}")
        if c == "\u00a0" and after != ":": err(f"{name}: nbsp not before ':' in {t!r}")
        if c == "\u202f" and not (after in ";?!»" or before == "«"):
            err(f"{name}: narrow nbsp out of place in {t!r}")
    if "'" in t: err(f"{name}: straight apostrophe in {t!r}")
    for mark in (" :", " ;", " ?", " !", "« ", " »", "  "):
        if mark in t: err(f"{name}: {mark!r} in {t!r}")

def colons(name, t, french):
    depth, n, cap = 0, 0, False
    for c in t:
        if c in "«“{" : depth += 1
        elif c in "»”}" and depth: depth -= 1
        if depth: cap = False; continue
        if c == ":": n += 1; cap = True
        elif cap and not c.isspace():
            if french and c.isupper(): err(f"{name}: capital after ':' in {t!r}")
            cap = False
    if n > 1: err(f"{name}: {n} colons in {t!r}")

def elision(name, t):
    for m in re.finditer(r"\{subject\}", t):
        before = t[:m.start()]
        if before.endswith(("'", "’")):
            w = re.search(r"(\w+)[’']$", before)
            err(f"{name}: elided '{w.group(0) if w else '?'}' before {{subject}} in {t!r}")
        elif before[-1:].isspace():
            w = re.search(r"(\w+)\s*$", before)
            if w and w.group(1).lower() in ELIDING:
                err(f"{name}: '{w.group(1)}' before {{subject}} in {t!r}")

def ladder(q, values):
    """values: dict item id -> 1..5; returns the reached stage name"""
    lo, hi = q["scale"]["min"], q["scale"]["max"]
    def pos(i):
        v = values.get(i["id"]);
        if v is None: return None
        p = (v - lo) / (hi - lo) * 100
        return 100 - p if i.get("reverse") else p
    byid = {i["id"]: i for i in q["items"]}
    dscores = []
    for d in q["dimensions"]:
        ps = [pos(i) for i in q["items"] if i.get("dimension") == d["id"]]
        ps = [p for p in ps if p is not None]
        if ps: dscores.append(sum(ps) / len(ps))
    overall = sum(dscores) / len(dscores)
    reached = 0
    for k, s in enumerate(q["stages"]):
        if k == 0: continue
        ok = shown(overall) >= s["min"]
        if s.get("markers"):
            ms = [pos(byid[m]) for m in s["markers"]]
            ms = [p for p in ms if p is not None]
            # as in the app: at least two answered markers (or all, if fewer)
            ok = ok and len(ms) >= min(2, len(s["markers"])) and shown(sum(ms) / len(ms)) >= s["min"]
        if ok and reached == k - 1: reached = k
    return round(overall, 1), q["stages"][reached]["name"]

for qid in ("trust", "community"):
    en, fr = load(f"{qid}.en.toml"), load(f"{qid}.fr.toml")
    if shape(en) != shape(fr):
        a, b = shape(en), shape(fr)
        for k in a:
            if a[k] != b[k]: err(f"{qid}: EN/FR differ in {k}: {a[k]} / {b[k]}")
    for q in (en, fr):
        tag = f"{qid}.{q['lang']}"
        if q["version"] != 2: err(f"{tag}: version")
        if [d["id"] for d in q["dimensions"]] != DIMS: err(f"{tag}: dimension ids/order")
        sides = sorted(s["id"] for s in q.get("sides", []))
        for d in q["dimensions"]:
            if not 0 < len(d["short"]) <= 12: err(f"{tag}: short {d['short']}")
            for side, adv in worded(d["advice"]):
                if len(adv) != 3: err(f"{tag}: {d['id']} advice[{side}] has {len(adv)}")
            if isinstance(d["advice"], dict) and sorted(d["advice"]) != sides: err(f"{tag}: {d['id']} advice sides")
            its = [i for i in q["items"] if i.get("dimension") == d["id"]]
            if not 3 <= len(its) <= 4: err(f"{tag}: {d['id']} has {len(its)} items")
            if sum(i.get("reverse", False) for i in its) != 1: err(f"{tag}: {d['id']} reversed count")
            for i in its:
                if not i["id"].startswith(d["id"] + "."): err(f"{tag}: {i['id']} id/dimension")
        seen = set()
        for i in q["items"]:
            if i["id"] in seen: err(f"{tag}: duplicate {i['id']}")
            seen.add(i["id"])
            if i["id"] in RETIRED[qid]: err(f"{tag}: retired id {i['id']} reused")
            head = "outcome" if i.get("outcome") else i.get("dimension")
            if not re.fullmatch(rf"{re.escape(str(head))}\.[a-z]+", i["id"]): err(f"{tag}: id {i['id']} is not dimension.word")
            if i.get("outcome") and i.get("reverse") is None: err(f"{tag}: {i['id']} lacks reverse")
            if i.get("outcome") and "dimension" in i: err(f"{tag}: outcome with dimension {i['id']}")
            if not i.get("outcome") and "dimension" not in i: err(f"{tag}: no dimension {i['id']}")
            if isinstance(i["text"], dict) and sorted(i["text"]) != sides: err(f"{tag}: {i['id']} text sides")
            for side, t in worded(i["text"]):
                if "{subject}" not in t: err(f"{tag}: {i['id']}[{side}] lacks {{subject}}")
        scored = {i["id"] for i in q["items"] if not i.get("outcome")}
        reversed_ = {i["id"] for i in q["items"] if i.get("reverse")}
        mins = [s["min"] for s in q["stages"]]
        if mins[0] != 0 or mins != sorted(set(mins)): err(f"{tag}: stage mins {mins}")
        for s in q["stages"]:
            ms = s.get("markers", [])
            if len(ms) != len(set(ms)): err(f"{tag}: duplicate marker in stage {s['min']}")
            for m in ms:
                if m not in scored: err(f"{tag}: marker {m} not a scored item")
                if m in reversed_: err(f"{tag}: marker {m} is reversed")
        for n, t in texts(q):
            if re.search(r"\{(?!subject\})", t): err(f"{tag}: {n}: odd brace in {t!r}")
            colons(f"{tag} {n}", t, q["lang"] == "fr")
            if q["lang"] == "fr":
                typography(f"{tag} {n}", t); elision(f"{tag} {n}", t)
                if re.search(r"\b(à|de|du|au|aux|des)\s+\{subject\}", t):
                    err(f"{tag} {n}: preposition that contracts before {{subject}}: {t!r}")
            else:
                if "’" in t: pass
    if qid == "community":
        for k in (1, 2):
            if len(en["stages"][k].get("markers", [])) < 2: err(f"community: rung {k+1} has <2 markers")
    # where answer patterns land
    print(f"== {qid}: {len([i for i in en['items'] if not i.get('outcome')])} scored items, "
          f"{len([i for i in en['items'] if i.get('outcome')])} outcome; stage mins {[s['min'] for s in en['stages']]}")
    sc = [i for i in en["items"] if not i.get("outcome")]
    for label, f in [("all 1 (raw)", lambda i: 1), ("all 'disagree' (keyed)", lambda i: 2 if not i.get("reverse") else 4),
                     ("all neutral", lambda i: 3), ("all 'agree' (keyed)", lambda i: 4 if not i.get("reverse") else 2),
                     ("all 'agree' raw (acquiescence)", lambda i: 4),
                     ("all 'strongly agree' raw (acquiescence)", lambda i: 5),
                     ("positives neutral, reversed denied (1)", lambda i: 3 if not i.get("reverse") else 1),
                     ("positives 'disagree', reversed denied (1)", lambda i: 2 if not i.get("reverse") else 1),
                     ("positives 'agree', reversed neutral", lambda i: 4 if not i.get("reverse") else 3),
                     ("half agree/half strongly (keyed)", lambda i: (5 if sc.index(i) % 2 else 4) if not i.get("reverse") else 2),
                     ("all 'strongly agree' (keyed)", lambda i: 5 if not i.get("reverse") else 1)]:
        print(f"   {label:42} -> {ladder(en, {i['id']: f(i) for i in sc})}")
    if qid == "trust":
        # the psychologist's C3 profile: language and vision at 25, every other dimension at 100
        low = ("common-language", "common-vision")
        base = {i["id"]: ((2 if not i.get("reverse") else 4) if i["dimension"] in low
                          else (5 if not i.get("reverse") else 1)) for i in sc}
        print(f"   {'language+vision 25, the rest 100':42} -> {ladder(en, base)}")
    if qid == "community":
        base = {i["id"]: (4 if not i.get("reverse") else 2) for i in sc}
        for m in en["stages"][2]["markers"]: base[m] = 3
        print(f"   {'agree except co-creation markers neutral':42} -> {ladder(en, base)}")
        base = {i["id"]: (4 if not i.get("reverse") else 2) for i in sc}
        for m in en["stages"][1]["markers"]: base[m] = 3
        print(f"   {'agree except rung-2 markers neutral':42} -> {ladder(en, base)}")

print("\n".join(errors) if errors else "no problems found")
sys.exit(1 if errors else 0)
