#!/usr/bin/env python3
"""Writes testdata/heldout7/acts/: <id>.txt, <id>.meta.json, <id>.gold.json (Python 3.11 stdlib only)."""
import argparse
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core import Act, write_json  # noqa: E402
import fam_crim as C  # noqa: E402
import fam_civ as V  # noqa: E402
import fam_civ2 as V2  # noqa: E402

SEED = "heldout7-2026-12-01"

# family, function, ru count, ky count
FAMILIES = [
    ("verdict_plea_agreement", C.verdict_plea_agreement, 3, 2),
    ("verdict_online_loans", C.verdict_online_loans, 2, 3),
    ("verdict_labour_trafficking", C.verdict_labour_trafficking, 3, 2),
    ("resolution_probation_revocation", C.resolution_probation_revocation, 2, 3),
    ("resolution_search_authorization", C.resolution_search_authorization, 3, 2),
    ("ruling_foreign_judgment", V.ruling_foreign_judgment, 3, 2),
    ("ruling_expertise_appointment", V.ruling_expertise_appointment, 2, 3),
    ("decision_gift_revocation", V.decision_gift_revocation, 2, 3),
    ("decision_shared_construction", V.decision_shared_construction, 3, 2),
    ("decision_unauthorized_building", V.decision_unauthorized_building, 2, 3),
    ("ruling_appeal_child_residence", V2.ruling_appeal_child_residence, 3, 2),
    ("decision_privatization", V2.decision_privatization, 2, 3),
    ("resolution_illegal_taxi", V2.resolution_illegal_taxi, 3, 2),
    ("resolution_cassation_teacher", V2.resolution_cassation_teacher, 2, 3),
    ("decision_crop_damage", V2.decision_crop_damage, 2, 2),
]

# statutes written as plain text in templates become kept spans
STATUTE_RES = [
    r"(?:п\. \d+ )?(?:ч\. \d+ )?ст\.(?:ст\.)? \d+(?:(?:, |–)\d+)* (?:УПК|ГПК|УК|ГК|УИК) КР",
    r"КР (?:ЖПКнын|ЖААКтын|Жарандык кодексинин) \d+(?:(?:, |–)\d+)*-беренелерин\w*",
    r"КР (?:ЖПКнын|ЖААКтын|Жарандык кодексинин) \d+-беренесин\w*",
]


def auto_statutes(act):
    new = []
    rx = re.compile("|".join(STATUTE_RES))
    for t, ann in act.pieces:
        if ann is None:
            pos = 0
            for m in rx.finditer(t):
                if m.start() > pos:
                    new.append((t[pos:m.start()], None))
                new.append((m.group(0), {"k": "statute"}))
                pos = m.end()
            if pos < len(t):
                new.append((t[pos:], None))
        else:
            new.append((t, ann))
    act.pieces = [(t, a) for t, a in new if t]


def _drop_space(t, rng):
    """Hand typing: now and then the space after a sentence's full stop is missing."""
    return re.sub(r"(?<=[а-яөүң»)])\. (?=[А-ЯӨҮ])", lambda m: "." if rng.random() < 0.12 else ". ", t)


def plan():
    out = []
    for fam, fn, nru, nky in FAMILIES:
        kind, topic = fam.split("_", 1)
        for lang, n in (("ru", nru), ("ky", nky)):
            for i in range(1, n + 1):
                out.append((f"{lang}-{kind}-{topic.replace('_', '-')}-{i:03d}", lang, fam, fn))
    return out


def build(aid, lang, fam, fn):
    act = Act(random.Random(f"{SEED}:{aid}"), aid, lang, fam)
    fn(act)
    auto_statutes(act)
    lay = random.Random(f"{SEED}:{aid}:layout")
    wrap = lay.randint(76, 98) if lay.random() < 0.45 else None
    shy = lay.random() < 0.2
    typo = random.Random(f"{SEED}:{aid}:typo")
    act.pieces = [(_drop_space(t, typo) if a is None else t, a) for t, a in act.pieces]
    if shy:
        act.insert_name_shy(random.Random(f"{SEED}:{aid}:shy"))
    text, mentions, kept = act.compile(wrap=wrap, shy=shy)
    c = act.court
    meta = {
        "act_id": aid, "revision": 1,
        "court": {"code": c[0], "name": c[1] if lang == "ru" else c[3]},
        "case_number": act.case_number, "kind": act.kind, "case_category": act.category,
        "instance": act.instance, "decision_date": act.date.isoformat(),
        "judges": [j.judge_meta() for j in act.judges], "language": lang,
    }
    gold = {"id": aid, "family": fam, "language": lang, "mentions": mentions, "kept": kept}
    return text, meta, gold


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "acts"))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for name in os.listdir(a.out):
        if name.endswith((".txt", ".json")):
            os.remove(os.path.join(a.out, name))
    n = 0
    for aid, lang, fam, fn in plan():
        text, meta, gold = build(aid, lang, fam, fn)
        with open(os.path.join(a.out, aid + ".txt"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        write_json(os.path.join(a.out, aid + ".meta.json"), meta)
        write_json(os.path.join(a.out, aid + ".gold.json"), gold)
        n += 1
    print(f"wrote {n} acts to {os.path.normpath(a.out)}")


if __name__ == "__main__":
    main()
