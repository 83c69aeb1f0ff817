"""Aggregate figures of testdata/heldout6/acts/ for the README (no names, no text)."""
import collections
import json
import os

ACTS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "acts")


def main():
    cat, kind, orole, nrole = (collections.Counter() for _ in range(4))
    fam = collections.Counter()
    nl = shy = zero = wrapped = shyacts = 0
    for n in sorted(os.listdir(ACTS)):
        if not n.endswith(".gold.json"):
            continue
        g = json.load(open(os.path.join(ACTS, n), encoding="utf-8"))
        t = open(os.path.join(ACTS, n[:-10] + ".txt"), encoding="utf-8").read()
        fam[(g["family"], g["language"])] += 1
        names = 0
        for m in g["mentions"]:
            cat[m["category"]] += 1
            if m["category"] == "name":
                names += 1
                nrole[m["role"]] += 1
            nl += "\n" in m["text"]
            shy += "\u00ad" in m["text"]
        zero += names == 0
        for k in g["kept"]:
            kind[k["kind"]] += 1
            if k["kind"] == "official":
                orole[k["role"]] += 1
        lines = t.split("\n")
        wrapped += max(len(x) for x in lines) <= 100
        shyacts += "\u00ad" in t
    print("mentions", sum(cat.values()), dict(cat.most_common()))
    print("kept", sum(kind.values()), dict(kind.most_common()))
    print("official roles", dict(orole.most_common()))
    print("name roles", dict(nrole.most_common()))
    print("mentions with a line feed", nl, "with a soft hyphen", shy)
    print("acts without any name mention", zero, "hard-wrapped acts", wrapped, "acts with soft hyphens", shyacts)
    for (f, lang), c in sorted(fam.items()):
        print(f, lang, c)


if __name__ == "__main__":
    main()
