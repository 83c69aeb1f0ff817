#!/usr/bin/env python3
"""Check every act in testdata/acts/ against the ground-truth contract.

    python3 testdata/generator/validate.py [DIR] [--no-pdf] [--no-docx]

For each act: all five files exist; the TXT is UTF-8 without BOM with LF line ends;
every gold span is on character boundaries and its text equals txt[start:end] (byte
offsets); categories, roles and kinds are the known ones; mentions do not overlap each
other or a kept span; an entity keeps one category; meta.json has every ActMeta field and
each judge is among the kept officials. Completeness heuristics: every 14-digit personal
number (gender digit 1/2 and a real birth date) is a "pin" mention, and every word that
starts with the stem of an annotated name is itself inside an annotation. Finally the
DOCX (python-docx read-back, with headers, footers, tables, footnotes) and the PDF
(poppler's pdftotext, if installed) must contain the same words as the TXT.
Exit status 1 on any failure.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = {"name", "pin", "passport", "phone", "email", "plate", "account", "property_code",
              "birth_date", "address"}
PRIVATE_ROLES = {"defendant", "victim", "witness", "plaintiff", "respondent", "representative",
                 "third_party", "unknown"}
OFFICIAL_ROLES = {"judge", "secretary", "prosecutor", "advocate", "investigator", "official"}
KINDS = {"official", "court", "state_body", "organization", "statute", "case_number", "act_date",
         "amount", "place", "lookalike"}
META_KEYS = {"act_id", "revision", "court", "case_number", "kind", "case_category", "instance",
             "decision_date", "judges", "language"}
ACT_KINDS = {"verdict", "decision", "resolution", "ruling"}
CASE_CATS = {"criminal", "civil", "administrative", "economic", "misdemeanor"}
INSTANCES = {"first", "appeal", "cassation"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WORD = re.compile(r"\w+")
NAME_SKIP = {"уулу", "кызы"}


SPACED = re.compile(r"(?<!\w)((?:\w ){2,}\w)(?!\w)")


def words(text: str) -> collections.Counter:
    """Word multiset; letter-spaced titles ("П Р И Г О В О Р") count as one word, since
    pdftotext joins them."""
    text = text.replace("\u00ad", "").replace("\t", " ")
    text = SPACED.sub(lambda m: m.group(1).replace(" ", ""), text)
    return collections.Counter(WORD.findall(text.lower()))


def check_gold(aid, txt: str, raw: bytes, gold: dict, meta: dict) -> list[str]:
    errs = []
    if gold.get("id") != aid:
        errs.append(f"gold id {gold.get('id')!r} != file id")
    if gold.get("language") not in ("ru", "ky"):
        errs.append("bad language")
    if not gold.get("family"):
        errs.append("missing family")
    spans = []
    ent_cat = {}
    for kind_key, items in (("mention", gold.get("mentions", [])), ("kept", gold.get("kept", []))):
        for it in items:
            s, e, t = it["start"], it["end"], it["text"]
            if not (0 <= s < e <= len(raw)):
                errs.append(f"{kind_key} {t!r}: offsets {s}..{e} out of range")
                continue
            try:
                sl = raw[s:e].decode("utf-8")
            except UnicodeDecodeError:
                errs.append(f"{kind_key} {t!r}: offsets {s}..{e} not on char boundaries")
                continue
            if sl != t:
                errs.append(f"{kind_key} {t!r}: txt[{s}:{e}] is {sl!r}")
            if kind_key == "mention":
                if it["category"] not in CATEGORIES:
                    errs.append(f"mention {t!r}: unknown category {it['category']}")
                if it["category"] == "name" and it.get("role") not in PRIVATE_ROLES:
                    errs.append(f"name mention {t!r}: role {it.get('role')} is not a private role")
                prev = ent_cat.setdefault(it["entity"], it["category"])
                if prev != it["category"]:
                    errs.append(f"entity {it['entity']} has categories {prev} and {it['category']}")
            else:
                if it["kind"] not in KINDS:
                    errs.append(f"kept {t!r}: unknown kind {it['kind']}")
                if it["kind"] == "official" and it.get("role") not in OFFICIAL_ROLES:
                    errs.append(f"kept official {t!r}: bad role {it.get('role')}")
            spans.append((s, e, kind_key, t))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            errs.append(f"overlap: {a[3]!r} ({a[2]}) and {b[3]!r} ({b[2]})")
    # meta
    missing = META_KEYS - set(meta)
    if missing:
        errs.append(f"meta.json lacks {sorted(missing)}")
    else:
        if meta["act_id"] != aid:
            errs.append("meta act_id != file id")
        if meta["kind"] not in ACT_KINDS or meta["case_category"] not in CASE_CATS \
                or meta["instance"] not in INSTANCES or meta["language"] != gold.get("language"):
            errs.append("meta enum field out of range")
        try:
            dt.date.fromisoformat(meta["decision_date"])
        except ValueError:
            errs.append("meta decision_date is not YYYY-MM-DD")
        kept_officials = {k["text"] for k in gold.get("kept", []) if k["kind"] == "official"
                          and k.get("role") == "judge"}
        for j in meta["judges"]:
            if j not in kept_officials:
                errs.append(f"meta judge {j!r} not among kept judges")
        if not meta["judges"]:
            errs.append("meta has no judges")
    errs += completeness(txt, raw, gold)
    return errs


def _char_spans(raw: bytes, items):
    out = []
    for it in items:
        out.append((len(raw[: it["start"]].decode("utf-8", "ignore")),
                    len(raw[: it["end"]].decode("utf-8", "ignore"))))
    return out


IDENT_RES = [
    ("email", re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")),
    ("phone", re.compile(r"\+996[\d ()-]{9,}\d")),
    ("property_code", re.compile(r"(?<![\d-])\d-\d{2}-\d{2}-\d{4}-\d{4}(?:-\d{2}-\d{3})?(?![\d-])")),
    ("passport", re.compile(r"(?<!\w)(?:ID ?\d{7}|A[NC] (?:№ )?\d{7})(?!\d)")),
    ("plate", re.compile(r"(?<!\w)\d{2} ?KG ?\d{3} ?[A-ZА-Я]{3}(?!\w)")),
]
PIN_RE = re.compile(r"(?<!\d)([12])[ ]?(\d{2})(\d{2})[ ]?(\d{4})[ ]?(\d{5})(?!\d)")


def completeness(txt: str, raw: bytes, gold: dict) -> list[str]:
    errs = []
    ment = gold.get("mentions", [])
    mspans = _char_spans(raw, ment)
    kspans = _char_spans(raw, gold.get("kept", []))

    def inside(s, e, spans):
        return any(a <= s and e <= b for a, b in spans)

    for m in PIN_RE.finditer(txt):
        dd, mm, yyyy = int(m.group(2)), int(m.group(3)), int(m.group(4))
        try:
            dt.date(yyyy, mm, dd)
        except ValueError:
            continue
        s, e = m.span()
        if not any(a <= s and e <= b and it["category"] == "pin"
                   for (a, b), it in zip(mspans, ment)):
            errs.append(f"unannotated PIN-like number {m.group(0)!r}")
    for cat, rx in IDENT_RES:
        for m in rx.finditer(txt):
            s, e = m.span()
            if not any(a <= s and e <= b and it["category"] == cat
                       for (a, b), it in zip(mspans, ment)):
                errs.append(f"unannotated {cat}-like text {m.group(0)!r}")
    stems = set()
    for it in ment:
        if it["category"] != "name":
            continue
        for tok in WORD.findall(it["text"]):
            if len(tok) < 4 or tok.lower() in NAME_SKIP or not tok[0].isupper():
                continue
            stems.add(tok[: max(4, len(tok) - 3)].lower())
    low = txt.lower()
    for st in stems:
        for m in re.finditer(r"(?<!\w)" + re.escape(st) + r"\w*", low):
            s, e = m.span()
            if not txt[s].isupper():  # "сама" is not "Самат": names are capitalized
                continue
            if not inside(s, e, mspans) and not inside(s, e, kspans):
                errs.append(f"word {txt[s:e]!r} shares a name stem but is not annotated")
    return errs


# ---------------------------------------------------------------- formats
def docx_text(path: str) -> str:
    z = zipfile.ZipFile(path)
    parts = [n for n in z.namelist() if re.match(
        r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n)]
    out = []
    for n in parts:
        root = ET.fromstring(z.read(n))
        for p in root.iter(W + "p"):
            buf = []
            for el in p.iter():
                if el.tag == W + "t" and el.text:
                    buf.append(el.text)
                elif el.tag in (W + "tab", W + "br"):
                    buf.append(" ")
            out.append("".join(buf))
    return "\n".join(out)


def docx_text_python_docx(path: str) -> str:
    """The same via python-docx's own reader (body paragraphs, tables, headers, footers)."""
    import docx
    d = docx.Document(path)
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append(" ".join(c.text for c in row.cells))
    for s in d.sections:
        out += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return "\n".join(out)


def pdf_text(path: str, txt: str) -> str:
    res = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True,
                         check=True)
    lines = res.stdout.decode("utf-8").replace("\f", "\n").split("\n")
    tlines = txt.split("\n")
    # the running header/footer are drawn on every page: keep one copy, as in the TXT
    header, footer = tlines[0].replace("\t", " ").strip(), None
    seen_header = False
    out = []
    for ln in lines:
        s = ln.strip()
        if re.fullmatch(r"стр\. \d+", s):
            continue
        if s == header:
            if seen_header:
                continue
            seen_header = True
        out.append(ln)
    text = "\n".join(out)
    last = [ln for ln in tlines if ln.strip()][-1]
    if last in ("Копия верна", "Көчүрмөсү туура"):
        n = text.count(last)
        text = text.replace(last, "", max(0, n - 1))
    return text


def compare(name, want: collections.Counter, got: collections.Counter) -> list[str]:
    if want == got:
        return []
    missing = want - got
    extra = got - want
    return [f"{name} words differ: missing {dict(list(missing.items())[:6])} "
            f"extra {dict(list(extra.items())[:6])}"]


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", nargs="?", default=os.path.join(HERE, "..", "acts"))
    ap.add_argument("--no-pdf", action="store_true")
    ap.add_argument("--no-docx", action="store_true")
    args = ap.parse_args(argv)
    have_pdftotext = shutil.which("pdftotext") is not None
    if not have_pdftotext and not args.no_pdf:
        print("note: pdftotext (poppler-utils) not installed, PDF words not checked")
    ids = sorted(os.path.basename(p)[: -len(".gold.json")]
                 for p in glob.glob(os.path.join(args.dir, "*.gold.json")))
    failed = 0
    totals = collections.Counter()
    for aid in ids:
        base = os.path.join(args.dir, aid)
        errs = []
        for ext in (".txt", ".docx", ".pdf", ".meta.json", ".gold.json"):
            if not os.path.exists(base + ext):
                errs.append(f"missing {ext}")
        if errs:
            print(f"FAIL {aid}: {errs}")
            failed += 1
            continue
        raw = open(base + ".txt", "rb").read()
        if raw.startswith(b"\xef\xbb\xbf") or b"\r" in raw:
            errs.append("txt has a BOM or CR line ends")
        txt = raw.decode("utf-8")
        gold = json.load(open(base + ".gold.json", encoding="utf-8"))
        meta = json.load(open(base + ".meta.json", encoding="utf-8"))
        errs += check_gold(aid, txt, raw, gold, meta)
        want = words(txt)
        if not args.no_docx:
            errs += compare("docx", want, words(docx_text(base + ".docx")))
            body = words(docx_text_python_docx(base + ".docx"))
            foot = words("\n".join(t for t in _footnote_texts(base + ".docx")))
            errs += compare("python-docx", want, body + foot)
        if have_pdftotext and not args.no_pdf:
            errs += compare("pdf", want, words(pdf_text(base + ".pdf", txt)))
        totals["mentions"] += len(gold["mentions"])
        totals["kept"] += len(gold["kept"])
        for m in gold["mentions"]:
            totals["cat:" + m["category"]] += 1
        if errs:
            failed += 1
            print(f"FAIL {aid}:")
            for e in errs[:12]:
                print("   ", e)
    print(f"{len(ids)} acts, {failed} failed; {totals['mentions']} mentions, "
          f"{totals['kept']} kept; " + ", ".join(
              f"{k[4:]}={v}" for k, v in sorted(totals.items()) if k.startswith("cat:")))
    return 1 if failed or not ids else 0


def _footnote_texts(path):
    z = zipfile.ZipFile(path)
    if "word/footnotes.xml" not in z.namelist():
        return []
    root = ET.fromstring(z.read("word/footnotes.xml"))
    return ["".join(t.text or "" for t in fn.iter(W + "t")) for fn in root.iter(W + "footnote")]


if __name__ == "__main__":
    sys.exit(main())
