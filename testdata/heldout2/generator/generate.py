#!/usr/bin/env python3
"""Writes testdata/heldout2/acts/: <id>.txt, <id>.meta.json, <id>.gold.json.

Python 3.11 standard library only; deterministic: every act has its own random stream
seeded with f"{SEED}:{id}" (and f"{SEED}:{id}:layout" for wrapping and soft hyphens), so
the same sources give byte-identical files.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from core import Ctx, compile_doc  # noqa: E402
from families import FAMILIES  # noqa: E402

SEED = "heldout2-2026-12-01"
HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "acts"


def plan():
    out = []
    for fam, fn, topic, n_ru, n_ky in FAMILIES:
        for lang, n in (("ru", n_ru), ("ky", n_ky)):
            for i in range(1, n + 1):
                out.append((f"{lang}-{topic}-{i:03d}", fam, fn, lang))
    return out


def build(act_id, fam, fn, lang):
    ctx = Ctx(f"{SEED}:{act_id}", lang)
    lay = random.Random(f"{SEED}:{act_id}:layout")
    ctx.soft_hyphens = lay.random() < 0.12
    wrap = lay.randint(78, 96) if lay.random() < 0.3 else None
    meta = fn(ctx)
    txt, mentions, kept = compile_doc(ctx, wrap=wrap)
    court = meta["court"]
    meta_json = {
        "act_id": act_id,
        "revision": 1,
        "court": {"code": court[0], "name": court[2] if lang == "ky" else court[1]},
        "case_number": meta["case_number"],
        "kind": meta["kind"],
        "case_category": meta["case_category"],
        "instance": meta["instance"],
        "decision_date": meta["decision_date"],
        "judges": meta["judges"],
        "language": lang,
    }
    gold = {"id": act_id, "family": fam, "language": lang, "mentions": mentions,
            "kept": kept}
    return txt, meta_json, gold


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*"):
        if old.suffix in (".txt", ".json"):
            old.unlink()
    for act_id, fam, fn, lang in plan():
        txt, meta, gold = build(act_id, fam, fn, lang)
        (out / f"{act_id}.txt").write_bytes(txt.encode("utf-8"))
        for name, obj in (("meta", meta), ("gold", gold)):
            (out / f"{act_id}.{name}.json").write_text(
                json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(plan())} acts to {out}")


if __name__ == "__main__":
    main()
