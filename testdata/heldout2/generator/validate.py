#!/usr/bin/env python3
"""Checks testdata/heldout2/acts/: formats, exact offsets, no overlaps, completeness.

Exit status 1 on any problem (each is printed with the act id, never a summary only).
"""

from __future__ import annotations

import json
import pathlib
import re
import sys
from datetime import date

ACTS = pathlib.Path(__file__).resolve().parent.parent / "acts"

CATEGORIES = {"name", "pin", "passport", "phone", "email", "plate", "account",
              "property_code", "birth_date", "address"}
ROLES = {"defendant", "victim", "witness", "plaintiff", "respondent", "representative",
         "third_party", "unknown"}
KINDS = {"official", "court", "state_body", "organization", "statute", "case_number",
         "act_date", "amount", "place", "lookalike"}
OFFICIAL_ROLES = {"judge", "secretary", "prosecutor", "advocate", "investigator", "official"}
META_FIELDS = {"act_id", "revision", "court", "case_number", "kind", "case_category",
               "instance", "decision_date", "judges", "language"}
KIND_VALUES = {"verdict", "decision", "resolution", "ruling"}
CAT_VALUES = {"criminal", "civil", "administrative", "economic", "misdemeanor"}
INST_VALUES = {"first", "appeal", "cassation"}

PIN_RE = re.compile(r"(?<!\d)(\d(?: ?\d){13})(?!\d)")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_RE = re.compile(r"(?<![\w])(?:\+996|0)[ (]*\d{3}[) -]*\d{2,3}[ -]?\d{1,2}[ -]?\d{2,3}(?!\d)")
WORD_RE = re.compile(r"[^\W\d_]+")


def real_date(dd, mm, yyyy):
    try:
        date(int(yyyy), int(mm), int(dd))
        return 1900 <= int(yyyy) <= 2026
    except ValueError:
        return False


def check_act(stem: pathlib.Path, errors: list[str]):
    aid = stem.name
    err = lambda msg: errors.append(f"{aid}: {msg}")  # noqa: E731
    raw = stem.with_suffix(".txt").read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("BOM")
    if b"\r" in raw:
        err("CR in text")
    txt = raw.decode("utf-8")
    meta = json.loads(pathlib.Path(f"{stem}.meta.json").read_text(encoding="utf-8"))
    gold = json.loads(pathlib.Path(f"{stem}.gold.json").read_text(encoding="utf-8"))
    if set(meta) != META_FIELDS:
        err(f"meta fields {sorted(set(meta) ^ META_FIELDS)}")
    if meta.get("act_id") != aid or gold.get("id") != aid:
        err("id mismatch")
    if meta.get("kind") not in KIND_VALUES or meta.get("case_category") not in CAT_VALUES \
            or meta.get("instance") not in INST_VALUES or meta.get("language") not in ("ru", "ky"):
        err("meta enum value")
    if gold.get("language") != meta.get("language"):
        err("language mismatch")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("decision_date", "")):
        err("decision_date")
    if not isinstance(meta.get("court"), dict) or set(meta["court"]) != {"code", "name"}:
        err("meta court")

    spans = []
    for kind, items in (("mention", gold["mentions"]), ("kept", gold["kept"])):
        prev = -1
        for it in items:
            s, e, t = it["start"], it["end"], it["text"]
            if not (0 <= s < e <= len(raw)):
                err(f"{kind} {s}..{e} out of range")
                continue
            try:
                piece = raw[s:e].decode("utf-8")
            except UnicodeDecodeError:
                err(f"{kind} {s}..{e} not on character boundaries")
                continue
            if piece != t:
                err(f"{kind} {s}..{e} text {t!r} != slice {piece!r}")
            if t != t.strip():
                err(f"{kind} {t!r} has outer whitespace")
            if s < prev:
                err(f"{kind} spans not sorted at {s}")
            prev = s
            if kind == "mention":
                if it["category"] not in CATEGORIES:
                    err(f"unknown category {it['category']}")
                if it["category"] == "name" and it.get("role") not in ROLES:
                    err(f"name {t!r} role {it.get('role')}")
                if not it.get("entity"):
                    err(f"mention {t!r} without entity")
            else:
                if it["kind"] not in KINDS:
                    err(f"unknown kind {it['kind']}")
                if it["kind"] == "official" and it.get("role") not in OFFICIAL_ROLES:
                    err(f"official {t!r} role {it.get('role')}")
            spans.append((s, e, kind, t))
    spans.sort()
    for (s1, e1, k1, t1), (s2, e2, k2, t2) in zip(spans, spans[1:]):
        if s2 < e1:
            err(f"overlap {k1} {t1!r} / {k2} {t2!r}")

    cat_of = {}
    for m in gold["mentions"]:
        if cat_of.setdefault(m["entity"], m["category"]) != m["category"]:
            err(f"entity {m['entity']} has two categories")

    kept_officials = {k["text"] for k in gold["kept"]
                      if k["kind"] == "official" and k.get("role") == "judge"}
    for j in meta.get("judges", []):
        if j not in kept_officials:
            err(f"meta judge {j!r} is not a kept judge in the text")
    kinds = {k["kind"] for k in gold["kept"]}
    for need in ("court", "case_number", "act_date"):
        if need not in kinds:
            err(f"no kept {need}")

    # --- completeness heuristics (character offsets -> byte offsets) -------------
    def byte_span(m):
        return len(txt[:m.start()].encode()), len(txt[:m.end()].encode())

    def inside(bs, be, kinds_=("mention", "kept")):
        return any(s <= bs and be <= e and k in kinds_ for s, e, k, _ in spans)

    for m in PIN_RE.finditer(txt):
        digits = m.group(1).replace(" ", "")
        if digits[0] in "12" and real_date(digits[1:3], digits[3:5], digits[5:9]):
            bs, be = byte_span(m)
            if not any(s <= bs and be <= e and k == "mention" for s, e, k, _ in spans):
                err(f"PIN-like {m.group(1)!r} not a mention")
        if digits[0] == "0" and real_date(digits[1:3], digits[3:5], digits[5:9]):
            bs, be = byte_span(m)
            if not inside(bs, be, ("kept",)):
                err(f"0-led 14-digit number {m.group(1)!r} not kept")
    for rx, what in ((EMAIL_RE, "e-mail"), (PHONE_RE, "phone")):
        for m in rx.finditer(txt):
            bs, be = byte_span(m)
            if not inside(bs, be, ("mention",)):
                err(f"{what} {m.group(0)!r} not a mention")
    # every capitalized word that starts with the stem of an annotated surname
    stems = set()
    for mm in gold["mentions"]:
        if mm["category"] != "name":
            continue
        for w in WORD_RE.findall(mm["text"]):
            if len(w) >= 5 and w[0].isupper() and not w.isupper():
                stems.add(w[:5].lower())
    for m in WORD_RE.finditer(txt):
        w = m.group(0)
        if len(w) >= 5 and w[0].isupper() and w[:5].lower() in stems:
            bs, be = byte_span(m)
            if not inside(bs, be):
                err(f"capitalized {w!r} looks like an annotated name but is not annotated")
    # a name mention must start with a capital letter or an initial
    for mm in gold["mentions"]:
        if mm["category"] == "name" and not mm["text"][0].isupper():
            err(f"name mention {mm['text']!r} does not start with a capital")


def main():
    stems = sorted(p.with_suffix("") for p in ACTS.glob("*.txt"))
    if not stems:
        print(f"no acts in {ACTS}")
        return 1
    errors: list[str] = []
    for stem in stems:
        for suf in (".meta.json", ".gold.json"):
            if not pathlib.Path(f"{stem}{suf}").exists():
                errors.append(f"{stem.name}: missing {suf}")
        check_act(stem, errors)
    for e in errors:
        print(e)
    n_m = n_k = 0
    for stem in stems:
        g = json.loads(pathlib.Path(f"{stem}.gold.json").read_text(encoding="utf-8"))
        n_m += len(g["mentions"])
        n_k += len(g["kept"])
    print(f"{len(stems)} acts, {n_m} mentions, {n_k} kept; {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
