"""Act builder: text pieces, personal data M(...) and kept items K(...), exact offsets."""
import json
import random


class Act:
    def __init__(self, rng):
        self.rng = rng
        self.parts = []  # (text, span-or-None)
        self.n = {}
        self.ids = {}

    def eid(self, prefix, key):
        if key not in self.ids:
            self.n[prefix] = self.n.get(prefix, 0) + 1
            self.ids[key] = f"{prefix}{self.n[prefix]}"
        return self.ids[key]

    def t(self, s):
        self.parts.append((s, None))
        return self

    def m(self, s, cat, key, role=None):
        prefix = {"name": "P", "pin": "PIN", "passport": "PASS", "phone": "PHONE", "email": "EMAIL",
                  "plate": "PLATE", "account": "ACC", "property_code": "PROP", "birth_date": "BD",
                  "address": "ADDR"}[cat]
        span = {"category": cat, "entity": self.eid(prefix, key)}
        if role:
            span["role"] = role
        self.parts.append((s, ("m", span)))
        return self

    def k(self, s, kind, role=None):
        span = {"kind": kind}
        if role:
            span["role"] = role
        self.parts.append((s, ("k", span)))
        return self

    def compile(self, layout_rng, wrap, shy):
        text, spans, pos = [], [], 0
        for s, sp in self.parts:
            if sp:
                spans.append((pos, pos + len(s), sp))
            text.append(s)
            pos += len(s)
        chars = list("".join(text))
        if shy:  # soft hyphen in place of a hyphen: one char for one
            for i, c in enumerate(chars):
                if c == "-" and layout_rng.random() < 0.7 and i > 0 and chars[i - 1].isalpha():
                    chars[i] = "\u00ad"
        if wrap:
            width = layout_rng.randint(76, 98)
            col, last_sp = 0, -1
            for i, c in enumerate(chars):
                if c == "\n":
                    col, last_sp = 0, -1
                    continue
                if c == " ":
                    last_sp = i
                col += 1
                if col > width and last_sp >= 0:
                    chars[last_sp] = "\n"
                    col = i - last_sp
                    last_sp = -1
        s = "".join(chars)
        # byte offsets
        bpos = [0]
        for c in s:
            bpos.append(bpos[-1] + len(c.encode("utf-8")))
        mentions, kept = [], []
        for a, b, (typ, sp) in spans:
            d = {"start": bpos[a], "end": bpos[b], "text": s[a:b]}
            d.update(sp)
            (mentions if typ == "m" else kept).append(d)
        return s, mentions, kept


def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(obj, ensure_ascii=False, indent=1) + "\n")
