#!/usr/bin/env python3
"""Writes the held-out acts: testdata/heldout/acts/<id>.txt, .meta.json, .gold.json.

Deterministic: every act has its own random stream seeded with f"{SEED}:{id}", so the
same code gives byte-identical files. Standard library only.
"""

import argparse
import json
import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from families import FAMILIES  # noqa: E402
from world import Ctx  # noqa: E402

SEED = "heldout-2026"
OUT = pathlib.Path(__file__).resolve().parent.parent / "acts"


def plan():
    acts = []
    for fam, (fn, word, n_ru, n_ky) in FAMILIES.items():
        for lang, n in (("ru", n_ru), ("ky", n_ky)):
            for i in range(1, n + 1):
                acts.append((f"{lang}-{word}-{i:03d}", fam, fn, lang))
    return acts


def build(act_id, fam, fn, lang):
    rng = random.Random(f"{SEED}:{act_id}")
    ctx = Ctx(rng, lang, act_id)
    doc, meta = fn(ctx)
    layout = random.Random(f"{SEED}:{act_id}:layout")
    shy = layout.random() < 0.2
    wrap = layout.choice([None, None, None, 84, 90])
    text, mentions, kept = doc.compile(shy_rng=layout if shy else None, wrap=wrap,
                                       wrap_rng=layout)
    gold = {"id": act_id, "family": fam, "language": lang,
            "mentions": sorted(mentions, key=lambda m: m["start"]),
            "kept": sorted(kept, key=lambda k: k["start"])}
    return text, meta, gold


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=pathlib.Path, default=OUT)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.iterdir():
        if old.name.endswith((".txt", ".json")):
            old.unlink()
    for act_id, fam, fn, lang in plan():
        text, meta, gold = build(act_id, fam, fn, lang)
        (args.out / f"{act_id}.txt").write_bytes(text.encode("utf-8"))
        (args.out / f"{act_id}.meta.json").write_text(
            json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (args.out / f"{act_id}.gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(plan())} acts to {args.out}")


if __name__ == "__main__":
    main()
