"""The act model: persons, identifiers and kept items rendered from a small template
markup, compiled to text with exact byte offsets.

Markup: `{OBJ.form}` renders a registered object (a person, an identifier, a kept item);
`{K:kind:text}` / `{K:kind/role:text}` is a kept literal; `{L:text}` a lookalike.
"""

import re

from names import (decl_given, decl_patr, decl_surname, deyo, dekyr, female_surname,
                   ky_suffix)

TOKEN = re.compile(r"\{([^{}]+)\}")
RU_CASES = set("ngdaip")
KY_CASES = {"n", "gen", "dat", "acc", "abl"}
BASES = {"fio", "fi", "io", "nm", "sur", "si", "sis", "si0", "si1", "ini", "is", "isn", "is0",
         "i1s", "i1s0", "rs", "sio"}


class Person:
    """A private person (mention) or an official (kept)."""

    def __init__(self, ent, role, g, sur, given, father, patr, style="ru", official=None,
                 order="A", rng=None, variant=None):
        self.ent, self.role, self.g = ent, role, g
        self.sur = female_surname(sur) if g == "f" and style == "ru" else sur
        self.given, self.father, self.patr = given, father, patr
        self.style = style  # "ru": surname + name + patronymic; "uulu": father уулу/кызы name
        self.official = official
        self.order = order
        self.rng = rng
        # a second spelling of the surname used now and then (ё/е, Kyrgyz letters)
        self.variant = variant

    # -- pieces
    def _sur(self, c):
        s = self.sur
        if self.variant and self.rng.random() < 0.3:
            s = self.variant
        return decl_surname(s, self.g, c)

    def _uulu(self):
        return f"{self.father} {'уулу' if self.g == 'm' else 'кызы'}"

    def ini(self, sep=""):
        if self.style == "uulu":
            return f"{self.given[0]}."
        return f"{self.given[0]}.{sep}{self.patr[0]}." if self.patr else f"{self.given[0]}."

    def render(self, form):
        ky = form[:1] in ("k", "K") and form[1:].partition("_")[0].lower() in BASES
        if ky:
            form = form[1:]
        base, _, case = form.partition("_")
        case = case or "n"
        if base in ("rs", "RS"):
            # a random short form, hand-typed variants now and then
            opts = ["si", "si", "is", "is", "sis", "isn", "si1", "i1s", "is0", "si0", "i1s0"]
            if ky and case != "n":
                opts = ["is", "is", "isn", "i1s", "is0", "sur", "i1s0"]
            pick = self.rng.choice(opts)
            base = pick.upper() if base == "RS" else pick
        if ky:
            assert case in KY_CASES, form
            rc = "n"
        else:
            assert case in RU_CASES, form
            rc = case
        if base == "Sio" and self.style == "ru":
            # "АСАНОВА Бакыта Жумабековича": an uppercase surname, the rest as usual
            io = self.render(("k" if ky else "") + "io_" + case)
            return f"{self._sur(rc).upper()} {io}"
        if base == "Sio":
            base = "FIO"
        upper = base.isupper()
        b = base.lower()
        if self.style == "uulu":
            giv = decl_given(self.given, self.g, rc)
            if b in ("fio", "fi"):
                txt = f"{self._uulu()} {giv}" if self.order == "A" else f"{giv} {self._uulu()}"
            elif b in ("io", "nm"):
                txt = giv
            elif b == "sur":
                txt = self._uulu()
            elif b in ("si", "sis", "si0", "si1", "ini"):
                txt = f"{self._uulu()} {self.given[0]}."
            elif b in ("is", "isn", "i1s"):
                txt = f"{self.given[0]}. {self._uulu()}"
            elif b in ("is0", "i1s0"):
                txt = f"{self.given[0]}.{self._uulu()}"
            else:
                raise KeyError(form)
        else:
            sur = self._sur(rc)
            giv = decl_given(self.given, self.g, rc)
            pat = decl_patr(self.patr, rc) if self.patr else None
            i2 = self.ini()
            if b == "fio":
                txt = f"{sur} {giv} {pat}" if pat else f"{sur} {giv}"
            elif b == "fi":
                txt = f"{sur} {giv}"
            elif b == "io":
                txt = f"{giv} {pat}" if pat else giv
            elif b == "nm":
                txt = giv
            elif b == "sur":
                txt = sur
            elif b == "si":
                txt = f"{sur} {i2}"
            elif b == "sis":
                txt = f"{sur} {self.ini(' ')}"
            elif b == "si0":
                txt = f"{sur} {i2[:-1]}"
            elif b == "si1":
                txt = f"{sur} {self.given[0]}."
            elif b == "ini":
                txt = i2
            elif b == "is":
                txt = f"{i2} {sur}"
            elif b == "isn":
                txt = f"{self.ini(' ')} {sur}"
            elif b == "is0":
                txt = f"{i2}{sur}"
            elif b == "i1s":
                txt = f"{self.given[0]}. {sur}"
            elif b == "i1s0":
                txt = f"{self.given[0]}.{sur}"
            else:
                raise KeyError(form)
        if ky and case != "n":
            assert not txt.endswith("."), f"Kyrgyz suffix after an initial: {form}"
            head, _, last = txt.rpartition(" ")
            txt = (head + " " if head else "") + ky_suffix(last, case)
        if upper:
            txt = txt.upper()
        return txt

    def ann(self):
        if self.official:
            return ("k", "official", self.official)
        return ("m", "name", self.ent, self.role)


class Ident:
    """A piece of personal data other than a name: PIN, passport, phone…"""

    def __init__(self, ent, cat, forms):
        self.ent, self.cat = ent, cat
        self.forms = forms if isinstance(forms, dict) else {"n": forms}

    def render(self, form):
        return self.forms[form or "n"]

    def ann(self):
        return ("m", self.cat, self.ent, None)


class Kept:
    def __init__(self, kind, forms, role=None):
        self.kind, self.role = kind, role
        self.forms = forms if isinstance(forms, dict) else {"n": forms}

    def render(self, form):
        return self.forms[form or "n"]

    def ann(self):
        return ("k", self.kind, self.role)


class Doc:
    def __init__(self, objs):
        self.objs = objs
        self.pieces = []  # (text, ann|None)

    def w(self, template):
        pos = 0
        for mt in TOKEN.finditer(template):
            if mt.start() > pos:
                self.pieces.append((template[pos:mt.start()], None))
            tok = mt.group(1)
            if tok.startswith("K:"):
                _, kind, text = tok.split(":", 2)
                kind, _, role = kind.partition("/")
                self.pieces.append((text, ("k", kind, role or None)))
            elif tok.startswith("L:"):
                self.pieces.append((tok[2:], ("k", "lookalike", None)))
            else:
                name, _, form = tok.partition(".")
                obj = self.objs[name]
                self.pieces.append((obj.render(form), obj.ann()))
            pos = mt.end()
        if pos < len(template):
            self.pieces.append((template[pos:], None))

    def compile(self, shy_rng=None, wrap=None, wrap_rng=None):
        """Returns (text, mentions, kept). `shy_rng` turns hyphens inside words into soft
        hyphens; `wrap` hard-wraps lines at about that width (spaces become line feeds,
        which keeps every byte offset)."""
        out = bytearray()
        mentions, kept = [], []
        for text, ann in self.pieces:
            if shy_rng is not None:
                text = re.sub(r"(?<=\w)-(?=\w)",
                              lambda m: "\u00ad" if shy_rng.random() < 0.8 else "-", text)
            b = text.encode("utf-8")
            start = len(out)
            out += b
            if ann is None:
                continue
            if ann[0] == "m":
                rec = {"start": start, "end": len(out), "text": text, "category": ann[1],
                       "entity": ann[2]}
                if ann[1] == "name":
                    rec["role"] = ann[3]
                mentions.append(rec)
            else:
                rec = {"start": start, "end": len(out), "text": text, "kind": ann[1]}
                if ann[2]:
                    rec["role"] = ann[2]
                kept.append(rec)
        if wrap:
            out = _wrap(out, wrap, wrap_rng)
            txt = out.decode("utf-8")
            for r in mentions + kept:
                r["text"] = out[r["start"]:r["end"]].decode("utf-8")
        return out.decode("utf-8"), mentions, kept


def _wrap(buf, width, rng):
    text = buf.decode("utf-8")
    chars = list(text)
    col = 0
    last_space = None
    w = width + rng.randint(-4, 4)
    for i, ch in enumerate(chars):
        if ch == "\n":
            col, last_space = 0, None
            w = width + rng.randint(-4, 4)
            continue
        col += 1
        if ch == " ":
            last_space = i
        if col > w and last_space is not None:
            chars[last_space] = "\n"
            col = i - last_space
            last_space = None
            w = width + rng.randint(-4, 4)
    return bytearray("".join(chars).encode("utf-8"))
