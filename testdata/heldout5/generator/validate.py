#!/usr/bin/env python3
"""Check testdata/heldout5/acts: format, exact spans, completeness heuristics. Exit 1 on a problem."""
import datetime
import json
import os
import re
import sys

ACTS = os.path.join(os.path.dirname(__file__), "..", "acts")
CATS = {"name", "pin", "passport", "phone", "email", "plate", "account", "property_code", "birth_date", "address"}
ROLES = {"defendant", "victim", "witness", "plaintiff", "respondent", "representative", "third_party", "unknown"}
KINDS = {"official", "court", "state_body", "organization", "statute", "case_number", "act_date", "amount", "place", "lookalike"}
OFF_ROLES = {"judge", "secretary", "prosecutor", "advocate", "investigator", "interpreter", "expert", "specialist", "official"}
META = ["act_id", "revision", "court", "case_number", "kind", "case_category", "instance", "decision_date", "judges", "language"]
ID_RE = re.compile(r"^(ru|ky)-(verdict|decision|resolution|ruling)-[a-z-]+-\d{3}$")
errors = []


def err(aid, msg):
    errors.append(f"{aid}: {msg}")


def pin_like(d):
    d = d.replace(" ", "")
    if len(d) != 14 or d[0] not in "12":
        return False
    try:
        datetime.date(int(d[5:9]), int(d[3:5]), int(d[1:3]))
        return True
    except ValueError:
        return False


def norm(w):
    return w.replace("\u00ad", "").lower()


def main():
    ids = sorted(f[:-4] for f in os.listdir(ACTS) if f.endswith(".txt"))
    fams = set()
    for aid in ids:
        if not ID_RE.match(aid):
            err(aid, "bad id")
        raw = open(os.path.join(ACTS, aid + ".txt"), "rb").read()
        if raw.startswith(b"\xef\xbb\xbf") or b"\r" in raw:
            err(aid, "BOM or CR")
        txt = raw.decode("utf-8")
        meta = json.load(open(os.path.join(ACTS, aid + ".meta.json"), encoding="utf-8"))
        gold = json.load(open(os.path.join(ACTS, aid + ".gold.json"), encoding="utf-8"))
        if list(meta) != META:
            err(aid, f"meta fields {list(meta)}")
        lang, kind = aid.split("-")[:2]
        if meta["act_id"] != aid or meta["language"] != lang or meta["kind"] != kind or gold["id"] != aid or gold["language"] != lang:
            err(aid, "id/lang/kind mismatch")
        datetime.date.fromisoformat(meta["decision_date"])
        if meta["case_number"] not in txt:
            err(aid, "case number not in text")
        if meta["instance"] == "first" and len(meta["judges"]) != 1:
            err(aid, "first instance needs one judge")
        if meta["case_category"] not in {"criminal", "civil", "administrative", "economic", "misdemeanor"}:
            err(aid, "case_category")
        fams.add(gold["family"])
        spans = []
        ent_cat = {}
        for m in gold["mentions"]:
            if m["category"] not in CATS:
                err(aid, f"category {m['category']}")
            if m["category"] == "name":
                if m.get("role") not in ROLES:
                    err(aid, f"role {m.get('role')}")
                if not m["text"][0].isupper():
                    err(aid, f"name not capitalized {m['text']!r}")
            elif "role" in m:
                err(aid, "role on non-name")
            if ent_cat.setdefault(m["entity"], m["category"]) != m["category"]:
                err(aid, f"entity {m['entity']} with two categories")
            spans.append(m)
        kinds = set()
        for k in gold["kept"]:
            kinds.add(k["kind"])
            if k["kind"] not in KINDS:
                err(aid, f"kind {k['kind']}")
            if k["kind"] == "official" and k.get("role") not in OFF_ROLES:
                err(aid, f"official role {k.get('role')}")
            spans.append(k)
        for need in ("court", "case_number", "act_date"):
            if need not in kinds:
                err(aid, f"no kept {need}")
        for key in ("mentions", "kept"):
            st = [s["start"] for s in gold[key]]
            if st != sorted(st):
                err(aid, f"{key} not sorted")
        for s in spans:
            a, b = s["start"], s["end"]
            try:
                t = raw[a:b].decode("utf-8")
            except UnicodeDecodeError:
                err(aid, f"span {a}-{b} not on char boundary")
                continue
            if t != s["text"]:
                err(aid, f"span text {s['text']!r} != {t!r}")
            if t != t.strip() or not t:
                err(aid, f"outer whitespace {t!r}")
        spans.sort(key=lambda s: s["start"])
        for x, y in zip(spans, spans[1:]):
            if y["start"] < x["end"]:
                err(aid, f"overlap {x['text']!r} / {y['text']!r}")
        judges_kept = [k["text"] for k in gold["kept"] if k.get("role") == "judge"]
        for j in meta["judges"]:
            stem = j.split(" ")[0][:5]
            if not any(stem in k for k in judges_kept):
                err(aid, f"meta judge {j} not kept")
        # completeness heuristics, on byte ranges
        covered = [(s["start"], s["end"]) for s in spans]
        ment = [(m["start"], m["end"]) for m in gold["mentions"]]

        def inside(a, b, rng):
            return any(x <= a and b <= y for x, y in rng)

        def bpos(ci):
            return len(txt[:ci].encode("utf-8"))

        for mt in re.finditer(r"(?<!\d)\d[\d ]{12,17}\d(?!\d)", txt):
            d = mt.group()
            if len(d.replace(" ", "")) == 14 and pin_like(d) and not inside(bpos(mt.start()), bpos(mt.end()), ment):
                err(aid, f"PIN-like number not a mention at {mt.start()}")
        for mt in re.finditer(r"[\w.]+@[\w.]+\.\w+", txt):
            if not inside(bpos(mt.start()), bpos(mt.end()), ment):
                err(aid, "e-mail not a mention")
        for mt in re.finditer(r"(\+996|\+7|\b0)[\s(]*\d{3,4}\)?[\s-]*\d{2,3}[\s-]*\d{2}[\s-]*\d{2}\b", txt):
            s0, e0 = bpos(mt.start()), bpos(mt.end())
            if not inside(s0, e0, covered):
                err(aid, f"phone-like {mt.group()!r} not annotated")
        stems = set()
        for m in gold["mentions"]:
            if m["category"] == "name":
                for w in re.findall(r"[^\W\d_]+", norm(m["text"])):
                    if len(w) >= 5:
                        stems.add(w[:5])
        for mt in re.finditer(r"[^\W\d_][^\W\d_\u00ad]*(?:\u00ad[^\W\d_]+)*", txt):
            w = mt.group()
            if w[0].isupper() and len(norm(w)) >= 5 and norm(w)[:5] in stems:
                if not inside(bpos(mt.start()), bpos(mt.end()), covered):
                    err(aid, f"capitalized {w!r} shares a stem with a name and is not annotated")
    if len(ids) < 60:
        err("set", f"only {len(ids)} acts")
    if len(fams) < 12:
        err("set", f"only {len(fams)} families")
    for e in errors:
        print(e)
    print(f"{len(ids)} acts, {len(fams)} families, {len(errors)} problems")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
