#!/usr/bin/env python3
"""Aggregate figures of testdata/heldout7/acts/ (Python 3.11 stdlib only)."""
import collections
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ACTS = os.environ.get("H7_ACTS", os.path.join(HERE, "..", "acts"))
SHY = "\u00ad"


def main():
    C = collections.Counter
    acts, lang, fam, inst, cat_case = 0, C(), C(), C(), C()
    ment, kept, offr, roles, fam_lang = C(), C(), C(), C(), C()
    feat = C()
    for name in sorted(os.listdir(ACTS)):
        if not name.endswith(".gold.json"):
            continue
        aid = name[:-10]
        with open(os.path.join(ACTS, name), encoding="utf-8") as fh:
            g = json.load(fh)
        with open(os.path.join(ACTS, aid + ".meta.json"), encoding="utf-8") as fh:
            m = json.load(fh)
        with open(os.path.join(ACTS, aid + ".txt"), encoding="utf-8") as fh:
            txt = fh.read()
        acts += 1
        lang[m["language"]] += 1
        fam[g["family"]] += 1
        fam_lang[(g["family"], m["language"])] += 1
        inst[m["instance"]] += 1
        cat_case[m["case_category"]] += 1
        lines = txt.split("\n")
        if max(len(x) for x in lines) <= 100 and len(lines) > 25:
            feat["acts hard-wrapped (all lines ≤ 100 chars)"] += 1
        if SHY in txt:
            feat["acts with soft hyphens"] += 1
        for s in g["mentions"]:
            ment[s["category"]] += 1
            t = s["text"]
            if "\n" in t:
                feat["mentions containing a line feed"] += 1
            if SHY in t:
                feat["mentions containing a soft hyphen"] += 1
            if s["category"] == "name":
                roles[s["role"]] += 1
                if any(w.isupper() and len(w) > 2 for w in re.findall(r"\w+", t)):
                    feat["name mentions with an UPPERCASE word"] += 1
                if re.search(r"(?i)\b(уулу|кызы)", t):
                    feat["name mentions with уулу/кызы"] += 1
                if re.match(r"^[А-ЯЁӨҮ]\.", t):
                    feat["name mentions with initials first"] += 1
                if "  " in t:
                    feat["name mentions with a double space"] += 1
                if "ё" in t.lower():
                    feat["name mentions with ё"] += 1
                if m["language"] == "ky" and re.search(
                        r"(?i)(\w(дын|дин|дун|дүн|тын|тин|тун|түн|нын|нин|нун|нүн|га|ге|го|гө|ка|ке|ко|кө|дан|ден|дон|дөн|тан|тен|тон|төн|ды|ди|ду|дү|ны|ни)|\.(дун|дын|дин|дүн|нын|нин|га|ге|го|гө|ка|ке|ду|ды|ны|дан|ден|дон|тан))$", t.replace(SHY, "")):
                    feat["Kyrgyz name mentions with a case ending (approx.)"] += 1
            if s["category"] == "pin" and " " in t:
                feat["spaced PINs"] += 1
            if s["category"] == "plate" and re.search(r"[АВЕКМНОРСТХ]", t):
                feat["plates with Cyrillic letters"] += 1
        for s in g["kept"]:
            kept[s["kind"]] += 1
            if s["kind"] == "official":
                offr[s["role"]] += 1
    print(f"acts: {acts} ({', '.join(f'{k} {v}' for k, v in sorted(lang.items()))}); families: {len(fam)}")
    print("instances:", dict(inst), " case categories:", dict(cat_case))
    print("per family (ru/ky):")
    for f in fam:
        print(f"  {f}: {fam_lang[(f, 'ru')]}/{fam_lang[(f, 'ky')]}")
    print(f"mentions: {sum(ment.values())} —", ", ".join(f"{k} {v}" for k, v in ment.most_common()))
    print("name roles:", ", ".join(f"{k} {v}" for k, v in roles.most_common()))
    print(f"kept: {sum(kept.values())} —", ", ".join(f"{k} {v}" for k, v in kept.most_common()))
    print("official roles:", ", ".join(f"{k} {v}" for k, v in offr.most_common()))
    for k, v in sorted(feat.items()):
        print(f"{k}: {v}")


if __name__ == "__main__":
    main()
