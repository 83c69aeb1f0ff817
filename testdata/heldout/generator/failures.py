#!/usr/bin/env python3
"""Lists what the engine leaked and over-masked on a folder of annotated acts, with a
little context, using the `evaluate` example's per-file JSON output.

usage: failures.py EVALUATE_BINARY ACTS_DIR   (run from the repository root)
"""

import json
import pathlib
import re
import subprocess
import sys

TOK = re.compile(r"\w+", re.UNICODE)


def ident(tok):
    return tok[0].isupper() or tok[0].isdigit()


def main():
    exe, acts = sys.argv[1], pathlib.Path(sys.argv[2])
    for gp in sorted(acts.glob("*.gold.json")):
        stem = gp.name[: -len(".gold.json")]
        tb = (acts / f"{stem}.txt").read_bytes()
        gold = json.loads(gp.read_text(encoding="utf-8"))
        out = subprocess.run([exe, str(acts / f"{stem}.txt")], capture_output=True, check=True).stdout
        spans = json.loads(out)["spans"]

        def covered(s, e):
            return any(sp["start"] <= s and e <= sp["end"] for sp in spans)

        def touched(s, e):
            return any(sp["start"] < e and s < sp["end"] for sp in spans)

        def ctx(s, e):
            a, b = max(0, s - 60), min(len(tb), e + 40)
            return (tb[a:s].decode("utf-8", "ignore") + "⟦" + tb[s:e].decode("utf-8") + "⟧" +
                    tb[e:b].decode("utf-8", "ignore")).replace("\n", "⏎")

        for m in gold["mentions"]:
            seg = tb[m["start"]:m["end"]].decode("utf-8")
            bad = []
            for t in TOK.finditer(seg):
                if not ident(t.group(0)):
                    continue
                s = m["start"] + len(seg[: t.start()].encode("utf-8"))
                e = s + len(t.group(0).encode("utf-8"))
                if not covered(s, e):
                    bad.append(t.group(0))
            if bad:
                print(f"LEAK\t{stem}\t{m['category']}/{m.get('role', '')}\t{' '.join(bad)}\t{ctx(m['start'], m['end'])}")
        for k in gold["kept"]:
            if touched(k["start"], k["end"]):
                print(f"OVER\t{stem}\t{k['kind']}/{k.get('role', '')}\t\t{ctx(k['start'], k['end'])}")


if __name__ == "__main__":
    main()
