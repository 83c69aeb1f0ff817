"""Writes testdata/heldout3/acts/ (Python 3.11 stdlib only)."""

import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))

from common import Ctx  # noqa: E402
from core import Doc, write_act  # noqa: E402
from families import plan  # noqa: E402

SEED = "heldout3-2026-12"
OUT = pathlib.Path(__file__).resolve().parent.parent / "acts"


def main():
    OUT.mkdir(exist_ok=True)
    for f in OUT.iterdir():
        f.unlink()
    acts = plan()
    for act_id, family, fn, lang in acts:
        rng = random.Random(f"{SEED}:{act_id}")
        lay = random.Random(f"{SEED}:{act_id}:layout")
        c = Ctx(rng, lang)
        d = Doc(act_id, family, lang)
        x = lay.random()
        if x < 0.27:
            d.wrap = lay.randint(78, 96)
        if 0.18 < x < 0.30 or lay.random() < 0.05:
            d.soft_hyphens = True
        info = fn(c, d)
        meta = {
            "act_id": act_id,
            "revision": 1,
            "court": {"code": c.court[0], "name": c.court[1] if lang == "ru" else c.court[2]},
            "case_number": c.case_no.removeprefix("№ ").strip(),
            "kind": info["kind"],
            "case_category": info["case_category"],
            "instance": info["instance"],
            "decision_date": c.iso(),
            "judges": info["judges"],
            "language": lang,
        }
        write_act(OUT, d, meta, lay)
    print(f"wrote {len(acts)} acts to {OUT}")


if __name__ == "__main__":
    main()
