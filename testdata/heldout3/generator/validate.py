"""Checks testdata/heldout3/acts/; exit 1 on any problem (Python 3.11 stdlib only)."""

import datetime
import json
import pathlib
import re
import sys
from collections import Counter

ACTS = pathlib.Path(__file__).resolve().parent.parent / "acts"
CATEGORIES = {"name", "pin", "passport", "phone", "email", "plate", "account", "property_code",
              "birth_date", "address"}
ROLES = {"defendant", "victim", "witness", "plaintiff", "respondent", "representative", "third_party", "unknown"}
KINDS = {"official", "court", "state_body", "organization", "statute", "case_number", "act_date", "amount",
         "place", "lookalike"}
OFFICIAL_ROLES = {"judge", "secretary", "prosecutor", "advocate", "investigator", "official"}
META_FIELDS = {"act_id", "revision", "court", "case_number", "kind", "case_category", "instance",
               "decision_date", "judges", "language"}
ID_RE = re.compile(r"^(ru|ky)-(decision|verdict|resolution|ruling)-[a-z]+-\d{3}$")
PIN_RE = re.compile(r"(?<![\d])([0-2])((?:\s?\d){13})(?![\d])")
PHONE_RE = re.compile(r"(?:\+996|\+7)[\s(]*\d{3}[\s)\-]*\d{2,3}[\s\-]?\d{2,3}[\s\-]?\d{2,3}|(?<![\d\-/ ])0\s?\d{3}[\s\-]\d{2,3}[\s\-]?\d{2,3}(?:[\s\-]?\d{2,3})?(?![\d\-/])")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

problems = []


def bad(act, msg):
    problems.append(f"{act}: {msg}")


def real_date(s):
    try:
        datetime.date(int(s[4:8]), int(s[2:4]), int(s[0:2]))
        return True
    except ValueError:
        return False


def main():
    ids = sorted(p.name[: -len(".gold.json")] for p in ACTS.glob("*.gold.json"))
    if len(ids) < 60:
        bad("set", f"only {len(ids)} acts")
    for f in ACTS.iterdir():
        stem = f.name.split(".")[0]
        if stem not in ids:
            bad(f.name, "file without gold")
    langs = Counter()
    families = set()
    for act in ids:
        base = ACTS / act
        raw = (ACTS / f"{act}.txt").read_bytes()
        if raw.startswith(b"\xef\xbb\xbf"):
            bad(act, "BOM")
        if b"\r" in raw:
            bad(act, "CR in text")
        text = raw.decode("utf-8")
        meta = json.loads((ACTS / f"{act}.meta.json").read_text("utf-8"))
        gold = json.loads(base.with_name(f"{act}.gold.json").read_text("utf-8"))
        if not ID_RE.match(act):
            bad(act, "id format")
        # ---- meta
        if set(meta) != META_FIELDS:
            bad(act, f"meta fields {sorted(set(meta) ^ META_FIELDS)}")
        if meta.get("act_id") != act or gold.get("id") != act:
            bad(act, "act_id/id mismatch")
        if meta.get("revision") != 1:
            bad(act, "revision")
        if not (isinstance(meta.get("court"), dict) and set(meta["court"]) == {"code", "name"}):
            bad(act, "court")
        if meta.get("kind") not in ("verdict", "decision", "resolution", "ruling") or meta["kind"] != act.split("-")[1]:
            bad(act, "kind")
        if meta.get("case_category") not in ("criminal", "civil", "administrative", "economic", "misdemeanor"):
            bad(act, "case_category")
        if meta.get("instance") not in ("first", "appeal", "cassation"):
            bad(act, "instance")
        if meta.get("language") not in ("ru", "ky") or meta["language"] != act[:2] or gold.get("language") != act[:2]:
            bad(act, "language")
        try:
            datetime.date.fromisoformat(meta.get("decision_date", ""))
        except ValueError:
            bad(act, "decision_date")
        if not meta.get("judges"):
            bad(act, "no judges")
        if meta.get("case_number", "") not in text:
            bad(act, "case number of meta not in text")
        langs[act[:2]] += 1
        families.add(gold.get("family"))
        # ---- spans
        b = raw
        spans = []
        ent_cat = {}
        for kind, items in (("m", gold["mentions"]), ("k", gold["kept"])):
            prev = -1
            for it in items:
                s, e = it["start"], it["end"]
                if s < prev:
                    bad(act, f"not sorted at {s}")
                prev = s
                try:
                    t = b[s:e].decode("utf-8")
                except UnicodeDecodeError:
                    bad(act, f"span {s}..{e} not on char boundaries")
                    continue
                if t != it["text"]:
                    bad(act, f"span {s}..{e} text mismatch {it['text']!r}")
                if t != t.strip() or not t:
                    bad(act, f"span {s}..{e} outer whitespace or empty")
                if kind == "m":
                    if it["category"] not in CATEGORIES:
                        bad(act, f"category {it['category']}")
                    if ent_cat.setdefault(it["entity"], it["category"]) != it["category"]:
                        bad(act, f"entity {it['entity']} has two categories")
                    if it["category"] == "name":
                        if it.get("role") not in ROLES:
                            bad(act, f"role {it.get('role')}")
                        if not (t[0].isupper() or t[0] == "@"):
                            bad(act, f"name mention not capitalized {t!r}")
                else:
                    if it["kind"] not in KINDS:
                        bad(act, f"kind {it['kind']}")
                    if it["kind"] == "official" and it.get("role") not in OFFICIAL_ROLES:
                        bad(act, f"official role {it.get('role')}")
                spans.append((s, e, kind, it))
        spans.sort(key=lambda x: (x[0], x[1]))
        for (s1, e1, _, a), (s2, e2, _, c) in zip(spans, spans[1:]):
            if s2 < e1:
                bad(act, f"overlap {a['text']!r} / {c['text']!r}")
        kept_kinds = Counter(k["kind"] for k in gold["kept"])
        for need in ("court", "case_number", "act_date"):
            if not kept_kinds[need]:
                bad(act, f"no kept {need}")
        judges_text = [k["text"] for k in gold["kept"] if k["kind"] == "official" and k.get("role") == "judge"]
        for jn in meta.get("judges", []):
            sur = jn.split()[0]
            if not any(sur[:5] in t for t in judges_text):
                bad(act, f"meta judge {jn} not a kept judge")

        # ---- completeness heuristics (on characters, then mapped to bytes)
        def covered(cs, ce, cats=None, kinds=None):
            bs = len(text[:cs].encode("utf-8"))
            be = len(text[:ce].encode("utf-8"))
            for s, e, kind, it in spans:
                if s <= bs and be <= e:
                    if kind == "m" and (cats is None or it["category"] in cats):
                        return True
                    if kind == "k" and (kinds is None or it["kind"] in kinds):
                        return True
            return False

        for mt in PIN_RE.finditer(text):
            digits = re.sub(r"\s", "", mt.group(0))
            if len(digits) != 14:
                continue
            if digits[0] in "12" and real_date(digits[1:9]):
                if not covered(mt.start(), mt.end(), cats={"pin"}, kinds=set()):
                    bad(act, f"PIN-like number not a pin mention: {digits}")
            elif digits[0] == "0" and real_date(digits[1:9]):
                if not covered(mt.start(), mt.end(), cats=set(), kinds={"organization"}):
                    bad(act, f"0-led ИНН not kept: {digits}")
        for mt in EMAIL_RE.finditer(text):
            if not covered(mt.start(), mt.end(), cats={"email"}, kinds=set()):
                bad(act, f"e-mail not annotated: {mt.group(0)}")
        for mt in PHONE_RE.finditer(text):
            if not covered(mt.start(), mt.end(), cats={"phone"}, kinds=set()):
                bad(act, f"phone-like not annotated: {mt.group(0)!r}")
        stems = set()
        for it in gold["mentions"]:
            if it["category"] == "name":
                for w in re.findall(r"[A-Za-zА-Яа-яЁёӨөҮүҢң]+", it["text"]):
                    if len(w) >= 5 and w[0].isupper() and w.lower() not in ("уулу", "кызы"):
                        stems.add(w[:5].lower())
        for mt in re.finditer(r"[A-Za-zА-Яа-яЁёӨөҮүҢң]+", text):
            w = mt.group(0)
            if w[0].isupper() and len(w) >= 5 and w[:5].lower() in stems:
                if not covered(mt.start(), mt.end()):
                    bad(act, f"capitalized word {w!r} shares a stem with a name but is not annotated")
    if len(families) < 10:
        bad("set", f"only {len(families)} families")
    for p in problems:
        print(p)
    cats = Counter()
    kinds = Counter()
    for act in ids:
        g = json.loads((ACTS / f"{act}.gold.json").read_text("utf-8"))
        cats.update(m["category"] for m in g["mentions"])
        kinds.update(k["kind"] for k in g["kept"])
    print(f"{len(ids)} acts ({langs['ru']} ru, {langs['ky']} ky), {len(families)} families; "
          f"mentions {sum(cats.values())}: {dict(cats.most_common())}; kept {sum(kinds.values())}: {dict(kinds.most_common())}")
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
