#!/usr/bin/env python3
"""Checks testdata/heldout4/acts/ (exit 1 on any problem). Python 3.11 stdlib only."""

import datetime as dt
import json
import re
import sys

sys.dont_write_bytecode = True
from collections import Counter, defaultdict
from pathlib import Path

ACTS = Path(__file__).resolve().parent.parent / "acts"
CATEGORIES = {"name", "pin", "passport", "phone", "email", "plate", "account", "property_code",
              "birth_date", "address"}
ROLES = {"defendant", "victim", "witness", "plaintiff", "respondent", "representative",
         "third_party", "unknown"}
KINDS = {"official", "court", "state_body", "organization", "statute", "case_number", "act_date",
         "amount", "place", "lookalike"}
OFFICIAL_ROLES = {"judge", "secretary", "prosecutor", "advocate", "investigator", "official"}
META_FIELDS = {"act_id", "revision", "court", "case_number", "kind", "case_category", "instance",
               "decision_date", "judges", "language"}
ID_RE = re.compile(r"^(ru|ky)-(decision|verdict|ruling|resolution)-[a-z]+-\d{3}$")
SHY = "\u00ad"
WORD = re.compile(r"[A-Za-zА-Яа-яЁёҢңӨөҮү\u00ad]+")

problems = []


def bad(act, msg):
    problems.append(f"{act}: {msg}")


def real_date(s):
    try:
        dt.date(int(s[4:8]), int(s[2:4]), int(s[0:2]))
        return True
    except ValueError:
        return False


def check(txt_path):
    act = txt_path.name[:-4]
    if not ID_RE.match(act):
        bad(act, "id does not match <lang>-<kind>-<topic>-NNN")
    raw = txt_path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        bad(act, "BOM")
    if b"\r" in raw:
        bad(act, "CR in text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        bad(act, "not UTF-8")
        return None
    meta = json.loads((ACTS / f"{act}.meta.json").read_text("utf-8"))
    gold = json.loads((ACTS / f"{act}.gold.json").read_text("utf-8"))
    if set(meta) != META_FIELDS:
        bad(act, f"meta fields {sorted(set(meta) ^ META_FIELDS)}")
    if meta["act_id"] != act or gold["id"] != act:
        bad(act, "act_id / gold id")
    if meta["language"] != act[:2] or gold["language"] != act[:2]:
        bad(act, "language")
    if meta["kind"] != act.split("-")[1]:
        bad(act, "kind")
    if meta["case_category"] not in {"criminal", "civil", "administrative", "economic", "misdemeanor"}:
        bad(act, "case_category")
    if meta["instance"] not in {"first", "appeal", "cassation"}:
        bad(act, "instance")
    dt.date.fromisoformat(meta["decision_date"])
    if not isinstance(meta["revision"], int) or set(meta["court"]) != {"code", "name"}:
        bad(act, "revision / court")
    if meta["case_number"] not in text.replace(SHY, "-"):
        bad(act, "meta case number not in the text")
    if meta["instance"] == "first" and len(meta["judges"]) != 1 or meta["instance"] != "first" and len(meta["judges"]) != 3:
        bad(act, "number of judges")
    b = text.encode("utf-8")
    spans = []
    for m in gold["mentions"]:
        spans.append((m["start"], m["end"], "M", m))
        if m["category"] not in CATEGORIES:
            bad(act, f"category {m['category']}")
        if m["category"] == "name":
            if m.get("role") not in ROLES:
                bad(act, f"role {m.get('role')}")
            if not m["text"][0].isupper():
                bad(act, f"name mention does not start with a capital: {m['text']!r}")
        elif "role" in m:
            bad(act, "role on a non-name mention")
    for k in gold["kept"]:
        spans.append((k["start"], k["end"], "K", k))
        if k["kind"] not in KINDS:
            bad(act, f"kind {k['kind']}")
        if k["kind"] == "official" and k.get("role") not in OFFICIAL_ROLES:
            bad(act, f"official role {k.get('role')}")
    for s, e, _, item in spans:
        try:
            piece = b[s:e].decode("utf-8")
        except UnicodeDecodeError:
            bad(act, f"span {s}..{e} not on char boundaries")
            continue
        if piece != item["text"]:
            bad(act, f"span {s}..{e} text mismatch {piece!r} != {item['text']!r}")
        if piece != piece.strip() or not piece:
            bad(act, f"outer whitespace in {piece!r}")
    for lst in (gold["mentions"], gold["kept"]):
        if [x["start"] for x in lst] != sorted(x["start"] for x in lst):
            bad(act, "spans not sorted")
    spans.sort(key=lambda t: (t[0], t[1]))
    for (s1, e1, *_), (s2, e2, *_) in zip(spans, spans[1:]):
        if s2 < e1:
            bad(act, f"overlap {s1}..{e1} / {s2}..{e2}")
    cat_of = {}
    for m in gold["mentions"]:
        if cat_of.setdefault(m["entity"], m["category"]) != m["category"]:
            bad(act, f"entity {m['entity']} has two categories")
    kept_judges = {k["text"] for k in gold["kept"] if k.get("role") == "judge"}
    for j in meta["judges"]:
        if j not in kept_judges:
            bad(act, f"meta judge {j} not a kept judge in the text")
    kinds = Counter(k["kind"] for k in gold["kept"])
    for need in ("court", "case_number", "act_date"):
        if not kinds[need]:
            bad(act, f"no kept {need}")

    # completeness heuristics, on character offsets
    covered = []
    char_at = {}
    pos = 0
    for i, c in enumerate(text):
        char_at[pos] = i
        pos += len(c.encode("utf-8"))
    char_at[pos] = len(text)
    for s, e, kind, item in spans:
        covered.append((char_at[s], char_at[e], kind, item))

    def inside(s, e, want=None):
        return any(a <= s and e <= z and (want is None or want(k, it)) for a, z, k, it in covered)

    flat = text.replace(SHY, "-")
    for mt in re.finditer(r"(?<![\d])[12](?:[ ]?\d){13}(?!\d)", flat):
        digits = re.sub(r"\D", "", mt.group())
        if real_date(digits[1:9]) and not inside(mt.start(), mt.end(), lambda k, it: k == "M" and it["category"] == "pin"):
            bad(act, f"PIN-like number not annotated at {mt.start()}")
    for mt in re.finditer(r"(?<![\d])0(?:[ ]?\d){13}(?!\d)", flat):
        if not inside(mt.start(), mt.end(), lambda k, it: k == "K"):
            bad(act, f"0-led 14-digit number not kept at {mt.start()}")
    for mt in re.finditer(r"[\w.\-]+@[\w\-]+\.[a-z]{2,}", flat):
        if not inside(mt.start(), mt.end(), lambda k, it: k == "M" and it["category"] == "email"):
            bad(act, f"e-mail not annotated at {mt.start()}")
    for mt in re.finditer(r"(?:\+996|\+7|(?<![\d\w])0)[\s\-(]*\d{3}[\s\-)]*\d{2,3}[\s\-]?\d{2}[\s\-]?\d{2,3}(?!\d)", flat):
        if not inside(mt.start(), mt.end(), lambda k, it: k == "M"):
            bad(act, f"phone-like number not annotated at {mt.start()}: {mt.group()!r}")
    stems = set()
    for m in gold["mentions"]:
        if m["category"] == "name":
            for w in WORD.findall(m["text"].replace(SHY, "")):
                if len(w) >= 5 and w[0].isupper() and w.lower() not in ("уулу", "кызы", "угли", "кизи"):
                    stems.add(w[:5].lower())
    for mt in WORD.finditer(text):
        w = mt.group().replace(SHY, "")
        if len(w) >= 5 and w[0].isupper() and w[:5].lower() in stems and not inside(mt.start(), mt.end()):
            bad(act, f"capitalized word {w!r} shares a name stem but is not annotated")
    return gold


def main():
    txts = sorted(ACTS.glob("*.txt"))
    fams = set()
    totals, kept_totals, roles, off_roles = Counter(), Counter(), Counter(), Counter()
    langs = Counter()
    for t in txts:
        act = t.name[:-4]
        for ext in (".meta.json", ".gold.json"):
            if not (ACTS / f"{act}{ext}").exists():
                bad(act, f"missing {ext}")
        g = check(t)
        if g is None:
            continue
        fams.add(g["family"])
        langs[g["language"]] += 1
        totals.update(m["category"] for m in g["mentions"])
        roles.update(m["role"] for m in g["mentions"] if m["category"] == "name")
        kept_totals.update(k["kind"] for k in g["kept"])
        off_roles.update(k["role"] for k in g["kept"] if k["kind"] == "official")
    if len(txts) < 60:
        bad("set", f"only {len(txts)} acts")
    if len(fams) < 12:
        bad("set", f"only {len(fams)} families")
    print(f"{len(txts)} acts ({langs['ru']} ru, {langs['ky']} ky), {len(fams)} families")
    print(f"mentions {sum(totals.values())}: " + ", ".join(f"{k} {v}" for k, v in totals.most_common()))
    print(f"kept {sum(kept_totals.values())}: " + ", ".join(f"{k} {v}" for k, v in kept_totals.most_common()))
    print("officials: " + ", ".join(f"{k} {v}" for k, v in off_roles.most_common()))
    print("name roles: " + ", ".join(f"{k} {v}" for k, v in roles.most_common()))
    if problems:
        print(f"{len(problems)} problems:")
        for p in problems[:200]:
            print("  " + p)
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
