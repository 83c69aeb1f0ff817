"""Check testdata/heldout6/acts/. Exit 1 on any problem.

Usage: python3 validate.py [--acts DIR] [--selftest]
--selftest also checks that the validator fails on an act with an added unannotated PIN,
phone and e-mail (each injected separately into a copy in memory).
"""
import argparse
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ACTS = os.path.join(os.path.dirname(HERE), "acts")

CATEGORIES = {"name", "pin", "passport", "phone", "email", "plate", "account", "property_code",
              "birth_date", "address"}
ROLES = {"defendant", "victim", "witness", "plaintiff", "respondent", "representative",
         "third_party", "unknown"}
KINDS = {"official", "court", "state_body", "organization", "statute", "case_number", "act_date",
         "amount", "place", "lookalike"}
OFFICIAL_ROLES = {"judge", "secretary", "prosecutor", "advocate", "investigator", "interpreter",
                  "expert", "specialist", "official"}
META_ORDER = ["act_id", "revision", "court", "case_number", "kind", "case_category", "instance",
              "decision_date", "judges", "language"]
ACT_KINDS = {"verdict", "decision", "resolution", "ruling"}
CASE_CATS = {"criminal", "civil", "administrative", "economic", "misdemeanor"}
INSTANCES = {"first", "appeal", "cassation"}
NO_NAME_FAMILIES = {"ruling_appeal_supply"}
ID_RE = re.compile(r"^(ru|ky)-(verdict|decision|resolution|ruling)-[a-z0-9]+(?:-[a-z0-9]+)*-\d{3}$")
SHY = "\u00ad"

PIN_RE = re.compile(r"(?<!\d)[12](?: ?\d){13}(?!\d)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
PHONE_RE = re.compile(r"(?:\+996|\+7|(?<![\w\-/.])0)[\s\-()]*\d(?:[\s\-()]*\d){6,12}")
CAP_RE = re.compile(r"[A-ZА-ЯЁӨҮҢ][\w\u00ad]*")
# ordinary words of the acts that share five letters with a name root of the pools
STOP_WORDS = {"токтом", "токтому", "токтомдун"}


def real_date(ddmmyyyy):
    try:
        dt.date(int(ddmmyyyy[4:8]), int(ddmmyyyy[2:4]), int(ddmmyyyy[0:2]))
        return True
    except ValueError:
        return False


def char_offsets(b):
    """Map byte offset -> char offset for boundaries."""
    m, ci = {}, 0
    i = 0
    while i <= len(b):
        m[i] = ci
        if i == len(b):
            break
        c = b[i]
        n = 1 if c < 0x80 else 2 if c < 0xE0 else 3 if c < 0xF0 else 4
        i += n
        ci += 1
    return m


def check_act(aid, raw, gold, meta):
    errs = []
    e = errs.append
    if raw.startswith(b"\xef\xbb\xbf"):
        e("BOM")
    if b"\r" in raw:
        e("CR line end")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return ["not UTF-8"]
    if not ID_RE.match(aid):
        e("bad id")
    lang, kind = aid.split("-")[0], aid.split("-")[1]
    # meta
    if list(meta) != META_ORDER:
        e("meta fields/order")
    else:
        if meta["act_id"] != aid or meta["language"] != lang or meta["kind"] != kind:
            e("meta id/language/kind disagree with id")
        if meta["kind"] not in ACT_KINDS or meta["case_category"] not in CASE_CATS or meta["instance"] not in INSTANCES:
            e("meta enum value")
        try:
            dt.date.fromisoformat(meta["decision_date"])
        except ValueError:
            e("meta date")
        nj = len(meta["judges"])
        if (meta["instance"] == "first" and nj != 1) or (meta["instance"] != "first" and nj != 3):
            e(f"meta judges count {nj} for {meta['instance']}")
        if meta["case_number"] not in text.replace(SHY, "-"):
            e("meta case number not in text")
        if not isinstance(meta["court"], dict) or set(meta["court"]) != {"code", "name"}:
            e("meta court")
    if gold.get("id") != aid or gold.get("language") != lang:
        e("gold id/language")
    bmap = char_offsets(raw)
    spans = []
    ent_cat = {}
    name_words = set()
    for kind_, lst in (("m", gold["mentions"]), ("k", gold["kept"])):
        prev = -1
        for s in lst:
            st, en = s["start"], s["end"]
            if st < prev:
                e(f"{kind_} spans not sorted")
            prev = st
            if st not in bmap or en not in bmap or not (0 <= st < en <= len(raw)):
                e(f"span {st}-{en} not on char boundaries")
                continue
            piece = raw[st:en].decode("utf-8")
            if piece != s["text"]:
                e(f"span {st}-{en} text differs")
            if piece != piece.strip() or piece.strip(SHY) != piece:
                e(f"span {st}-{en} has outer whitespace")
            spans.append((bmap[st], bmap[en], kind_, s))
            if kind_ == "m":
                cat = s["category"]
                if cat not in CATEGORIES:
                    e(f"unknown category {cat}")
                if cat == "name":
                    if s.get("role") not in ROLES:
                        e(f"bad role {s.get('role')}")
                    if not piece[:1].isupper():
                        e("name mention not capitalized")
                    for w in re.split(r"\s+", piece.replace(SHY, "")):
                        w = w.strip(".,")
                        if len(w) >= 5 and w.isalpha():
                            name_words.add(w[:5].lower())
                elif "role" in s:
                    e("role on a non-name mention")
                if ent_cat.setdefault(s["entity"], cat) != cat:
                    e(f"entity {s['entity']} has two categories")
            else:
                if s["kind"] not in KINDS:
                    e(f"unknown kind {s['kind']}")
                if s["kind"] == "official":
                    if s.get("role") not in OFFICIAL_ROLES:
                        e(f"bad official role {s.get('role')}")
                elif "role" in s:
                    e("role on a non-official kept span")
    spans.sort(key=lambda x: (x[0], x[1]))
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            e(f"overlap at char {b[0]}")
    kinds = {s["kind"] for _, _, k, s in spans if k == "k"}
    for need in ("court", "case_number", "act_date"):
        if need not in kinds:
            e(f"no kept {need}")
    # judges of meta are kept judges
    judge_texts = {re.sub(r"[\s\u00ad]", "", s["text"]) for _, _, k, s in spans
                   if k == "k" and s["kind"] == "official" and s.get("role") == "judge"}
    for j in meta.get("judges", []):
        parts = j.split(" ")
        flat = j.replace(" ", "")
        alt = "".join(parts[-1:] + parts[:-1]) if parts else flat  # initials first
        if flat not in judge_texts and alt not in judge_texts:
            e("meta judge not a kept judge in nominative")
    nnames = sum(1 for s in gold["mentions"] if s["category"] == "name")
    if gold.get("family") in NO_NAME_FAMILIES and nnames:
        e("a no-names family has name mentions")
    if gold.get("family") not in NO_NAME_FAMILIES and not nnames:
        e("no name mention")

    def covered(cs, ce, cats=None, kept_ok=False):
        for a, b, k, s in spans:
            if a <= cs and ce <= b:
                if k == "m" and (cats is None or s["category"] in cats):
                    return True
                if k == "k" and kept_ok:
                    return True
        return False

    for mt in PIN_RE.finditer(text):
        d = mt.group().replace(" ", "")
        if real_date(d[1:9]) and not covered(mt.start(), mt.end(), {"pin"}):
            e(f"unannotated PIN-like number at char {mt.start()}")
    for mt in EMAIL_RE.finditer(text):
        if not covered(mt.start(), mt.end(), {"email"}):
            e(f"unannotated e-mail at char {mt.start()}")
    for mt in PHONE_RE.finditer(text):
        dg = re.sub(r"\D", "", mt.group())
        if len(dg) in (9, 10, 12) and not covered(mt.start(), mt.end(), None, kept_ok=True):
            e(f"unannotated phone-like number at char {mt.start()}")
    for mt in CAP_RE.finditer(text):
        w = mt.group().replace(SHY, "")
        if len(w) >= 5 and w[:5].lower() in name_words and w.lower() not in STOP_WORDS:
            if not covered(mt.start(), mt.end(), None, kept_ok=True):
                e(f"unannotated word sharing a name stem at char {mt.start()}")
    return errs


def load(acts, aid):
    with open(os.path.join(acts, aid + ".txt"), "rb") as f:
        raw = f.read()
    with open(os.path.join(acts, aid + ".gold.json"), encoding="utf-8") as f:
        gold = json.load(f)
    with open(os.path.join(acts, aid + ".meta.json"), encoding="utf-8") as f:
        meta = json.load(f)
    return raw, gold, meta


def selftest(acts, aid):
    raw, gold, meta = load(acts, aid)
    ok = True
    for label, inj in (("PIN", " ПИН 21503199012345."), ("phone", " тел. +996 555 123 456."),
                       ("e-mail", " почта test.user@mail.ru.")):
        errs = check_act(aid, raw + inj.encode("utf-8"), gold, meta)
        hit = any(label.lower().replace("-", "") in x.lower().replace("-", "") for x in errs)
        print(f"selftest: injected {label}: {'caught' if hit else 'NOT CAUGHT'}")
        ok &= hit
    return ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--acts", default=ACTS)
    ap.add_argument("--selftest", action="store_true")
    args = ap.parse_args()
    ids = sorted(n[:-4] for n in os.listdir(args.acts) if n.endswith(".txt"))
    bad = 0
    fams = {}
    langs = {"ru": 0, "ky": 0}
    for aid in ids:
        for ext in (".meta.json", ".gold.json"):
            if not os.path.exists(os.path.join(args.acts, aid + ext)):
                print(f"{aid}: missing {ext}")
                bad += 1
        raw, gold, meta = load(args.acts, aid)
        fams[gold.get("family")] = fams.get(gold.get("family"), 0) + 1
        langs[aid[:2]] = langs.get(aid[:2], 0) + 1
        for x in check_act(aid, raw, gold, meta):
            print(f"{aid}: {x}")
            bad += 1
    if len(ids) < 66:
        print(f"only {len(ids)} acts (< 66)")
        bad += 1
    if len(fams) < 14:
        print(f"only {len(fams)} families (< 14)")
        bad += 1
    print(f"{len(ids)} acts (ru {langs['ru']}, ky {langs['ky']}), {len(fams)} families, {bad} problems")
    if args.selftest and ids:
        if not selftest(args.acts, ids[0]):
            bad += 1
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
