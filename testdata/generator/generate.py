#!/usr/bin/env python3
"""Generate the synthetic annotated acts of testdata/acts/.

    python3 testdata/generator/generate.py            # full set into testdata/acts/
    python3 testdata/generator/generate.py --limit 30 # first N acts of the plan only
    python3 testdata/generator/generate.py --out DIR --no-pdf

Output is deterministic: the same SEED and plan give byte-identical files.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import Ctx  # noqa: E402
from doc import Act, compile_act, gold_json  # noqa: E402
from fam_common import court_address  # noqa: E402
import families  # noqa: E402
import render  # noqa: E402

SEED = 20240312
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "acts"))


def build(act_id: str, family: str, lang: str, opts: dict):
    rng = random.Random(f"{SEED}:{act_id}")
    ctx = Ctx(rng, lang)
    act = Act(id=act_id, family=family, language=lang)
    fn = families.function(family, lang)
    feats = fn(ctx, act, **opts) or set()
    if act.meta["instance"] == "first":
        court_address(act, ctx, act.meta["court"], lang)
    if opts.get("wrap") or (not opts.get("long") and rng.random() < 0.12):
        act.wrap = rng.choice([82, 90, 96])
        act.soft_hyphen_dashes = rng.random() < 0.6
        feats.add("wrapped")
    c = compile_act(act)
    return act, c, feats


def meta_json(act) -> dict:
    m = act.meta
    court = m["court"]
    return {
        "act_id": act.id,
        "revision": 1,
        "court": {"code": court[0], "name": court[2] if act.language == "ky" else court[1]},
        "case_number": m["case_number"],
        "kind": m["kind"],
        "case_category": m["category"],
        "instance": m["instance"],
        "decision_date": m["date"].isoformat(),
        "judges": m["judges"],
        "language": act.language,
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--limit", type=int, default=0, help="generate only the first N acts")
    ap.add_argument("--no-pdf", action="store_true")
    ap.add_argument("--no-docx", action="store_true")
    args = ap.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    plan = families.plan()
    if args.limit:
        plan = families.first_batch(plan, args.limit)
    stats = {}
    for act_id, family, lang, opts in plan:
        act, c, feats = build(act_id, family, lang, opts)
        text = c.text
        base = os.path.join(args.out, act_id)
        with open(base + ".txt", "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        with open(base + ".gold.json", "w", encoding="utf-8") as f:
            json.dump(gold_json(act, c), f, ensure_ascii=False, indent=1)
            f.write("\n")
        with open(base + ".meta.json", "w", encoding="utf-8") as f:
            json.dump(meta_json(act), f, ensure_ascii=False, indent=1)
            f.write("\n")
        if not args.no_docx:
            with open(base + ".docx", "wb") as f:
                f.write(render.render_docx(act, c))
        if not args.no_pdf:
            with open(base + ".pdf", "wb") as f:
                f.write(render.render_pdf(act, c))
        stats[family] = stats.get(family, 0) + 1
    for fam in sorted(stats):
        print(f"{fam:28s} {stats[fam]}")
    print(f"total {sum(stats.values())} acts -> {args.out}")


if __name__ == "__main__":
    main()
