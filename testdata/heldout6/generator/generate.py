"""Write testdata/heldout6/acts/: <id>.txt, <id>.meta.json, <id>.gold.json.

Deterministic: SEED below; each act has its own random stream f"{SEED}:{id}", a layout
stream f"{SEED}:{id}:layout" and a soft-hyphen stream f"{SEED}:{id}:shy".
Usage: python3 generate.py [--out DIR]
"""
import argparse
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import core  # noqa: E402
import fam  # noqa: E402

SEED = "heldout6-2026-12-01"

META_ORDER = ["act_id", "revision", "court", "case_number", "kind", "case_category", "instance",
              "decision_date", "judges", "language"]


def plan():
    out = []
    for family, fn, n_ru, n_ky, stem in fam.FAMILIES:
        for lang, n in (("ru", n_ru), ("ky", n_ky)):
            for i in range(1, n + 1):
                out.append((f"{lang}-{stem}-{i:03d}", lang, family, fn))
    return out


def build_one(aid, lang, family, fn):
    rng = random.Random(f"{SEED}:{aid}")
    lrng = random.Random(f"{SEED}:{aid}:layout")
    wrap = lrng.random() < 0.45
    shy = lrng.random() < 0.2
    a = core.Act(aid, lang, family, rng)
    a.shy_names = shy
    a.shy_rng = random.Random(f"{SEED}:{aid}:shy")
    m = fn(a)
    text, gold, lay = a.build(lrng, wrap, shy)
    meta = {"act_id": aid, "revision": 1, **m, "language": lang}
    meta = {k: meta[k] for k in META_ORDER}
    return text, gold, meta


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(HERE), "acts"))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for name in os.listdir(args.out):
        if name.endswith((".txt", ".json")):
            os.remove(os.path.join(args.out, name))
    n = 0
    for aid, lang, family, fn in plan():
        text, gold, meta = build_one(aid, lang, family, fn)
        with open(os.path.join(args.out, aid + ".txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        with open(os.path.join(args.out, aid + ".gold.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(core.dumps(gold))
        with open(os.path.join(args.out, aid + ".meta.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(core.dumps(meta))
        n += 1
    print(f"wrote {n} acts to {os.path.relpath(args.out)}")


if __name__ == "__main__":
    main()
