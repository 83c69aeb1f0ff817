#!/usr/bin/env python3
"""Writes testdata/heldout4/acts/: <id>.txt, <id>.meta.json, <id>.gold.json.

Deterministic: every act has its own random stream f"{SEED}:{id}" and a layout stream
f"{SEED}:{id}:layout" (hard wrapping, soft hyphens). Python 3.11 stdlib only.
"""

import argparse
import json
import random
import sys

sys.dont_write_bytecode = True
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common as G  # noqa: E402
import core  # noqa: E402
from families import plan  # noqa: E402

SEED = "heldout4-2026-12-01"
OUT = Path(__file__).resolve().parent.parent / "acts"


def build(act_id, family, fn, lang):
    rng = random.Random(f"{SEED}:{act_id}")
    lay = random.Random(f"{SEED}:{act_id}:layout")
    ctx = core.Ctx(rng, lang)
    ctx.extra_kinds = rng.sample(["ini_nodot", "ini_dbl", "glued", "caps_sur", "variant", "given_first"],
                                 rng.randint(0, 3))
    res = fn(ctx, lang)
    wrap = lay.randint(76, 98) if lay.random() < 0.28 else None
    soft = lay.random() < 0.14
    text, mentions, kept = core.compile_act(res["pieces"], lay, wrap=wrap, soft=soft)
    court = res["court"]
    meta = {
        "act_id": act_id,
        "revision": 1,
        "court": {"code": court[0], "name": court[1] if lang == "ru" else court[2]},
        "case_number": res["case_no"],
        "kind": res["kind"],
        "case_category": res["category"],
        "instance": res["instance"],
        "decision_date": G.iso(res["date"]),
        "judges": [j.meta_name() for j in res["judges"]],
        "language": lang,
    }
    gold = {"id": act_id, "family": family, "language": lang, "mentions": mentions, "kept": kept}
    return text, meta, gold, wrap, soft


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*"):
        old.unlink()
    stats = {"wrap": 0, "soft": 0}
    for act_id, family, fn, lang in plan():
        text, meta, gold, wrap, soft = build(act_id, family, fn, lang)
        stats["wrap"] += bool(wrap)
        stats["soft"] += bool(soft)
        (out / f"{act_id}.txt").write_bytes(text.encode("utf-8"))
        (out / f"{act_id}.meta.json").write_bytes(
            (json.dumps(meta, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        (out / f"{act_id}.gold.json").write_bytes(
            (json.dumps(gold, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    print(f"wrote {len(plan())} acts to {out} (wrapped {stats['wrap']}, soft hyphens {stats['soft']})")


if __name__ == "__main__":
    main()
