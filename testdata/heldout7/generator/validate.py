#!/usr/bin/env python3
"""Checks testdata/heldout7/acts/ (Python 3.11 stdlib only). Exit 1 on any problem.
--selftest: injects an unannotated PIN, phone and e-mail into a copy of an act and checks
that each is caught."""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ACTS = os.environ.get("H7_ACTS", os.path.join(HERE, "..", "acts"))
CATS = {"name", "pin", "passport", "phone", "email", "plate", "account", "property_code", "birth_date", "address"}
ROLES = {"defendant", "victim", "witness", "plaintiff", "respondent", "representative", "third_party", "unknown"}
KINDS = {"official", "court", "state_body", "organization", "statute", "case_number", "act_date", "amount",
         "place", "lookalike"}
OFF_ROLES = {"judge", "secretary", "prosecutor", "advocate", "investigator", "interpreter", "expert", "specialist",
             "official"}
META_KEYS = ["act_id", "revision", "court", "case_number", "kind", "case_category", "instance", "decision_date",
             "judges", "language"]
SHY = "\u00ad"
STOP = {"Кошунасы"}

PIN_RE = re.compile(r"(?<!\d)([12])\s?(\d{2})(\d{2})\s?(\d{4})\s?(\d{5})(?!\d)")
PIN_SPACED_RE = re.compile(r"(?<!\d)[12](?: ?\d){13}(?!\d)")
EMAIL_RE = re.compile(r"[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+")
PHONE_RE = re.compile(r"(?:\+996|\+7|(?<![\d\w])8 \(|(?<![\d\w/.\-])0)[\d ()\-]{7,16}\d")


def is_date(d, m, y):
    try:
        dt.date(int(y), int(m), int(d))
        return 1900 <= int(y) <= 2025
    except ValueError:
        return False


def check_act(aid, txt_bytes, meta, gold, errs):
    def err(msg):
        errs.append(f"{aid}: {msg}")
    if txt_bytes.startswith(b"\xef\xbb\xbf"):
        err("BOM")
    if b"\r" in txt_bytes:
        err("CR in text")
    try:
        txt = txt_bytes.decode("utf-8")
    except UnicodeDecodeError:
        err("not UTF-8")
        return
    m = re.fullmatch(r"(ru|ky)-(verdict|decision|resolution|ruling)-([a-z]+(?:-[a-z]+)*)-(\d{3})", aid)
    if not m:
        err("bad id")
        return
    if list(meta) != META_KEYS:
        err("meta keys/order")
    if meta["act_id"] != aid or meta["language"] != m.group(1) or meta["kind"] != m.group(2):
        err("meta id/language/kind")
    if meta["case_category"] not in {"criminal", "civil", "administrative", "economic", "misdemeanor"}:
        err("case_category")
    if meta["instance"] not in {"first", "appeal", "cassation"}:
        err("instance")
    dt.date.fromisoformat(meta["decision_date"])
    nj = 1 if meta["instance"] == "first" else 3
    if len(meta["judges"]) != nj:
        err("judge count")
    if meta["case_number"] not in txt:
        err("meta case number not in text")
    if gold["id"] != aid or gold["language"] != meta["language"]:
        err("gold id/language")
    spans = []
    for kind, lst in (("m", gold["mentions"]), ("k", gold["kept"])):
        last = -1
        for s in lst:
            b = txt_bytes[s["start"]:s["end"]]
            try:
                t = b.decode("utf-8")
            except UnicodeDecodeError:
                err(f"span {s['start']} not on char boundary")
                continue
            if t != s["text"]:
                err(f"span text mismatch at {s['start']}")
            if t != t.strip() or t.startswith(SHY) or t.endswith(SHY) or not t:
                err(f"outer whitespace/shy in {t!r}")
            if s["start"] < last:
                err("spans not sorted")
            last = s["start"]
            spans.append((s["start"], s["end"], kind, s))
    spans.sort(key=lambda x: x[0])
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            err(f"overlap {a[3]['text']!r} / {b[3]['text']!r}")
    ent_cat = {}
    for s in gold["mentions"]:
        if s["category"] not in CATS:
            err("category " + s["category"])
        if s["category"] == "name":
            if s.get("role") not in ROLES:
                err("role " + str(s.get("role")))
            if not s["text"][0].isupper():
                err("name not capitalized " + s["text"])
        elif "role" in s:
            err("role on non-name")
        if ent_cat.setdefault(s["entity"], s["category"]) != s["category"]:
            err("entity with two categories " + s["entity"])
    judges = set()
    for s in gold["kept"]:
        if s["kind"] not in KINDS:
            err("kind " + s["kind"])
        if s["kind"] == "official":
            if s.get("role") not in OFF_ROLES:
                err("official role")
            if s.get("role") == "judge":
                judges.add(s["text"])
        elif "role" in s:
            err("role on non-official kept")
    for j in meta["judges"]:
        sur, ini = j.rsplit(" ", 1)
        if j not in judges and f"{ini} {sur}" not in judges:
            err("meta judge not kept in nominative: " + j)
    kinds = {s["kind"] for s in gold["kept"]}
    for need in ("court", "case_number", "act_date"):
        if need not in kinds:
            err("no kept " + need)
    if not any(s["category"] == "name" for s in gold["mentions"]):
        err("no name mention")
    # completeness heuristics (character offsets)
    b2c = {}
    pos = 0
    for i, ch in enumerate(txt):
        b2c[pos] = i
        pos += len(ch.encode("utf-8"))
    b2c[pos] = len(txt)
    cover = [(b2c[s["start"]], b2c[s["end"]], c, s) for s in gold["mentions"] for c in ("m",)]
    cover += [(b2c[s["start"]], b2c[s["end"]], "k", s) for s in gold["kept"]]

    def covered(a, b, only=None):
        return any(x <= a and b <= y and (only is None or (c == "m" and s["category"] == only))
                   for x, y, c, s in cover)
    for mt in PIN_SPACED_RE.finditer(txt):
        digits = re.sub(r"\D", "", mt.group(0))
        if len(digits) == 14 and is_date(digits[1:3], digits[3:5], digits[5:9]):
            if not covered(mt.start(), mt.end(), "pin"):
                err("unannotated PIN " + mt.group(0))
    for mt in EMAIL_RE.finditer(txt):
        if not covered(mt.start(), mt.end(), "email"):
            err("unannotated e-mail " + mt.group(0))
    for mt in PHONE_RE.finditer(txt):
        d = re.sub(r"\D", "", mt.group(0))
        if len(d) in (10, 11, 12) and not covered(mt.start(), mt.end()):
            err("unannotated phone-like number " + mt.group(0))
    stems = set()
    for s in gold["mentions"]:
        if s["category"] == "name":
            for w in re.findall(r"[\w\u00ad]+", s["text"]):
                w = w.replace(SHY, "")
                if len(w) >= 5 and w[0].isupper():
                    stems.add(w[:5].lower())
    clean = txt.replace(SHY, "\u2060")
    for mt in re.finditer(r"[\w\u2060]+", clean):
        w = mt.group(0).replace("\u2060", "")
        if len(w) >= 5 and w[0].isupper() and w[:5].lower() in stems and w not in STOP:
            if not any(x <= mt.start() and mt.end() <= y for x, y, _, _ in cover):
                err(f"capitalized word {w!r} shares a stem with a name but is not annotated")


def load(d):
    out = {}
    for name in sorted(os.listdir(d)):
        if name.endswith(".txt"):
            aid = name[:-4]
            with open(os.path.join(d, name), "rb") as fh:
                tb = fh.read()
            try:
                with open(os.path.join(d, aid + ".meta.json"), encoding="utf-8") as fh:
                    meta = json.load(fh)
                with open(os.path.join(d, aid + ".gold.json"), encoding="utf-8") as fh:
                    gold = json.load(fh)
            except FileNotFoundError:
                out[aid] = None
                continue
            out[aid] = (tb, meta, gold)
    return out


def validate(d):
    errs = []
    acts = load(d)
    fams = set()
    for aid, v in acts.items():
        if v is None:
            errs.append(f"{aid}: missing meta or gold")
            continue
        fams.add(v[2]["family"])
        check_act(aid, *v, errs)
    if len(acts) < 70:
        errs.append(f"only {len(acts)} acts")
    if len(fams) < 15:
        errs.append(f"only {len(fams)} families")
    return acts, errs


def selftest(acts):
    aid = sorted(a for a in acts if acts[a])[0]
    tb, meta, gold = acts[aid]
    caught = 0
    for inj in ("\nКонтрольный ПИН 21503198800123.\n", "\nКонтрольный тел. 0555 123 456.\n",
                "\nКонтрольный адрес test.person@mail.ru.\n"):
        e = []
        check_act(aid, tb + inj.encode("utf-8"), meta, gold, e)
        if e:
            caught += 1
        else:
            print("selftest: injection not caught:", inj.strip())
    return caught == 3


def main():
    acts, errs = validate(ACTS)
    for e in errs[:200]:
        print(e)
    ok = not errs
    if "--selftest" in sys.argv:
        st = selftest(acts)
        print("selftest:", "ok (3 of 3 injections caught)" if st else "FAILED")
        ok = ok and st
    print(f"{len(acts)} acts, {len(errs)} problems")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
