#!/usr/bin/env python3
"""Generate testdata/heldout5/acts (stdlib only, deterministic, byte-reproducible)."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(__file__))
from core import Act, dump  # noqa: E402
from names import make_person  # noqa: E402
from families import FAMILIES  # noqa: E402

SEED = "heldout5-2026-12-01"
OUT = os.path.join(os.path.dirname(__file__), "..", "acts")


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    for fam, kind, (nru, nky), build in FAMILIES:
        for lang, n in (("ru", nru), ("ky", nky)):
            for i in range(1, n + 1):
                aid = f"{lang}-{kind}-{fam.split('_', 1)[1].replace('_', '-')}-{i:03d}"
                rng = random.Random(f"{SEED}:{aid}")
                lrng = random.Random(f"{SEED}:{aid}:layout")
                act = Act(rng)
                wrap = lrng.random() < 0.3
                shy = lrng.random() < 0.2
                act.shy = random.Random(f"{SEED}:{aid}:shy") if shy else None
                meta = build(act, lang, rng)
                txt, mentions, kept = act.compile(lrng, wrap, shy)
                meta = dict(act_id=aid, revision=1, **meta, language=lang)
                with open(os.path.join(OUT, aid + ".txt"), "w", encoding="utf-8", newline="\n") as fh:
                    fh.write(txt)
                dump(os.path.join(OUT, aid + ".meta.json"), meta)
                dump(os.path.join(OUT, aid + ".gold.json"),
                     {"id": aid, "family": fam, "language": lang, "mentions": mentions, "kept": kept})


if __name__ == "__main__":
    main()
