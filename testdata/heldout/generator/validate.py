#!/usr/bin/env python3
"""Checks the held-out acts: exact offsets, no overlaps, known categories, and
completeness heuristics. Exit status 1 on any problem."""

import datetime as dt
import json
import pathlib
import re
import sys

ACTS = pathlib.Path(__file__).resolve().parent.parent / "acts"
CATEGORIES = {"name", "pin", "passport", "phone", "email", "plate", "account",
              "property_code", "birth_date", "address"}
ROLES = {"defendant", "victim", "witness", "plaintiff", "respondent", "representative",
         "third_party", "unknown"}
KINDS = {"official", "court", "state_body", "organization", "statute", "case_number",
         "act_date", "amount", "place", "lookalike"}
OFFICIAL_ROLES = {"judge", "secretary", "prosecutor", "advocate", "investigator", "official"}
META = {"act_id", "revision", "court", "case_number", "kind", "case_category", "instance",
        "decision_date", "judges", "language"}
ROLE_WORDS = {"истец", "истца", "ответчик", "свидетель", "судья", "адвокат", "прокурор",
              "доогер", "жоопкер", "күбө", "потерпевший", "потерпевшая", "подсудимый"}
WORD = re.compile(r"[A-Za-zА-Яа-яЁёӨөҮүҢң]+")
PIN = re.compile(r"(?<!\d)([0-2])\s?(\d{2})(\d{2})(\d{4})\s?(\d{5})(?!\d)")


def real_date(dd, mm, yyyy):
    try:
        dt.date(int(yyyy), int(mm), int(dd))
        return 1900 <= int(yyyy) <= 2025
    except ValueError:
        return False


def stems(text):
    """Stems of the capitalized words of a name mention (initials and уулу/кызы aside)."""
    out = set()
    for w in WORD.findall(text):
        if len(w) < 4 or not w[0].isupper() or w.isupper():
            continue
        out.add(w[: max(4, len(w) - 3)])
    return out


def check(stem):
    errs = []
    tb = (ACTS / f"{stem}.txt").read_bytes()
    if tb.startswith(b"\xef\xbb\xbf") or b"\r" in tb:
        errs.append("BOM or CR in the text")
    text = tb.decode("utf-8")
    gold = json.loads((ACTS / f"{stem}.gold.json").read_text(encoding="utf-8"))
    meta = json.loads((ACTS / f"{stem}.meta.json").read_text(encoding="utf-8"))
    if set(meta) != META:
        errs.append(f"meta fields {sorted(set(meta) ^ META)}")
    if meta["act_id"] != stem or gold["id"] != stem:
        errs.append("id mismatch")
    spans = []
    for kind, items in (("m", gold["mentions"]), ("k", gold["kept"])):
        last = -1
        for it in items:
            s, e = it["start"], it["end"]
            try:
                sl = tb[s:e].decode("utf-8")
            except UnicodeDecodeError:
                errs.append(f"{s}..{e} not on character boundaries")
                continue
            if sl != it["text"] or s >= e:
                errs.append(f"{s}..{e} text {it['text']!r} != slice {sl!r}")
            if sl != sl.strip():
                errs.append(f"{s}..{e} {sl!r} has outer whitespace")
            if s < last:
                errs.append(f"{s}..{e} not sorted")
            last = s
            spans.append((s, e, kind, it))
            if kind == "m":
                if it["category"] not in CATEGORIES:
                    errs.append(f"category {it['category']}")
                if it["category"] == "name":
                    if it.get("role") not in ROLES:
                        errs.append(f"role {it.get('role')} of {sl!r}")
                    if WORD.findall(sl.lower())[:1] and WORD.findall(sl.lower())[0] in ROLE_WORDS:
                        errs.append(f"role word inside {sl!r}")
                elif "role" in it:
                    errs.append(f"role on a {it['category']}")
            else:
                if it["kind"] not in KINDS:
                    errs.append(f"kind {it['kind']}")
                if it["kind"] == "official" and it.get("role") not in OFFICIAL_ROLES:
                    errs.append(f"official {sl!r} without a known role")
    spans.sort(key=lambda x: (x[0], x[1]))
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            errs.append(f"overlap {a[3]['text']!r} / {b[3]['text']!r}")
    # one entity, one category
    cat_of = {}
    for m in gold["mentions"]:
        if cat_of.setdefault(m["entity"], m["category"]) != m["category"]:
            errs.append(f"entity {m['entity']} in two categories")
    # judges of meta are kept officials
    judges = [" ".join(k["text"].split()).lower() for k in gold["kept"]
              if k["kind"] == "official" and k.get("role") == "judge"]
    for j in meta["judges"]:
        if not any(j.split()[0][:4].lower() in k for k in judges):
            errs.append(f"judge {j!r} of meta not kept as an official in the text")

    def covered(s, e):
        return any(a <= s and e <= b for a, b, _, _ in spans)

    # every personal PIN is a pin mention; every 0-led 14 digits is a kept organisation
    for mt in PIN.finditer(text):
        s = len(text[: mt.start()].encode("utf-8"))
        e = s + len(mt.group(0).encode("utf-8"))
        first = mt.group(1)
        if not real_date(mt.group(2), mt.group(3), mt.group(4)):
            continue
        want = "pin" if first in "12" else "organization"
        ok = any(a <= s and e <= b and (it.get("category") == want or it.get("kind") == want)
                 for a, b, _, it in spans)
        if not ok:
            errs.append(f"14-digit {mt.group(0)!r} is not a {want}")
    # e-mails, phones, plates: any such token must be annotated
    for rx, what in ((r"[\w.]+@[\w.]+\w", "email"), (r"\+996[\d ()-]{9,}\d", "phone"),
                     (r"\b0\d{3}[ -]?\d{3}[ -]?\d{3}\b", "phone")):
        for mt in re.finditer(rx, text):
            s = len(text[: mt.start()].encode("utf-8"))
            e = s + len(mt.group(0).encode("utf-8"))
            if not covered(s, e):
                errs.append(f"{what} {mt.group(0)!r} not annotated")
    # completeness: capitalized words starting with a stem of an annotated name
    all_stems = set()
    for m in gold["mentions"]:
        if m["category"] == "name":
            all_stems |= stems(m["text"])
    for mt in WORD.finditer(text):
        w = mt.group(0)
        if not w[0].isupper():
            continue
        s = len(text[: mt.start()].encode("utf-8"))
        e = s + len(w.encode("utf-8"))
        wl = w[:1] + w[1:].lower()
        if any(wl.startswith(st) for st in all_stems) and not covered(s, e):
            errs.append(f"word {w!r} at {s} starts with a name stem but is not annotated")
    return errs, gold


def main():
    stems_ = sorted(p.name[: -len(".gold.json")] for p in ACTS.glob("*.gold.json"))
    bad = 0
    totals, kept_totals = {}, {}
    langs = {}
    for st in stems_:
        errs, gold = check(st)
        langs[gold["language"]] = langs.get(gold["language"], 0) + 1
        for m in gold["mentions"]:
            totals[m["category"]] = totals.get(m["category"], 0) + 1
        for k in gold["kept"]:
            kept_totals[k["kind"]] = kept_totals.get(k["kind"], 0) + 1
        for e in errs:
            print(f"{st}: {e}")
        bad += bool(errs)
    print(f"{len(stems_)} acts {langs}, {bad} with problems")
    print("mentions:", sum(totals.values()), dict(sorted(totals.items(), key=lambda x: -x[1])))
    print("kept:", sum(kept_totals.values()), dict(sorted(kept_totals.items(), key=lambda x: -x[1])))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
