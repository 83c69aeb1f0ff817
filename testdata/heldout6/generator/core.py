"""The act model for heldout6: pieces with exact gold offsets, persons, identifiers.

A template writes plain text with `Act.t`, a personal datum with `Act.m` and a kept item
with `Act.k`; `Act.f` expands `{key}` / `{key.form.case}` placeholders into those calls.
Offsets are recorded while concatenating; the layout transforms replace one character by
one character, so offsets stay valid; byte offsets are computed at the end.
"""
import json
import re

import names as N

SHY = "\u00ad"


# ---------------------------------------------------------------- persons
class Person:
    def __init__(self, people, female, given, surname=None, patr=None, father=None,
                 uulu_order=None, ent=None, role=None, official=None):
        self.people, self.female, self.given = people, female, given
        self.surname, self.patr, self.father = surname, patr, father
        self.uulu_order = uulu_order  # None, "before" (Жумабек уулу Бакыт) or "after"
        self.ent, self.role, self.official = ent, role, official

    # words of a form, in the nominative, plus a function declining them (Russian)
    def _initials(self, rng, spaced=None):
        g = self.given[0] + "."
        if self.uulu_order:
            return g
        p = self.patr[0] + "."
        if spaced is None:
            spaced = rng.random() < 0.3
        return g + (" " if spaced else "") + p

    def meta_name(self):
        if self.uulu_order:
            return f"{self.father} {self._uw()} {self.given[0]}."
        return f"{self.surname} {self.given[0]}.{self.patr[0]}."

    def _uw(self):
        return "кызы" if self.female else "уулу"

    def render(self, lang, form, case, rng):
        ru = lang == "ru"
        f = self.female
        dg = (lambda w: N.decline_given(w, f, case)) if ru else (lambda w: w)
        ds = (lambda w: N.decline_surname(w, f, case)) if ru else (lambda w: w)
        dp = (lambda w: N.decline_patronymic(w, case)) if ru else (lambda w: w)
        upper = form in ("FULL", "SURF")
        if self.uulu_order:
            uw = self._uw()
            fa = self.father
            if form in ("full", "FULL", "SURF"):
                if self.uulu_order == "before":
                    words = [fa, uw, dg(self.given)]
                else:
                    words = [dg(self.given), fa, uw]
            elif form == "short":
                words = [fa, uw, self._initials(rng)]
            elif form == "ini":
                words = [self._initials(rng), fa, uw]
            elif form == "sur":
                words = [fa, uw]
            else:  # given, gp
                words = [dg(self.given)]
            if upper:
                words = [w.upper() if w not in ("уулу", "кызы") else w.upper() for w in words]
            return self._ky_finish(words, lang, case, form)
        if form == "full":
            words = [ds(self.surname), dg(self.given), dp(self.patr)]
        elif form == "FULL":
            words = [ds(self.surname).upper(), dg(self.given).upper(), dp(self.patr).upper()]
        elif form == "SURF":
            words = [ds(self.surname).upper(), dg(self.given), dp(self.patr)]
        elif form == "fullgp_first":
            words = [dg(self.given), dp(self.patr), ds(self.surname)]
        elif form == "short":
            words = [ds(self.surname), self._initials(rng)]
        elif form == "ini":
            ini = self._initials(rng)
            if rng.random() < 0.3:
                return self._ky_finish([ini + ds(self.surname)], lang, case, form)
            words = [ini, ds(self.surname)]
        elif form == "sur":
            words = [ds(self.surname)]
        elif form == "given":
            words = [dg(self.given)]
        elif form == "gp":
            words = [dg(self.given), dp(self.patr)]
        else:
            raise ValueError(form)
        return self._ky_finish(words, lang, case, form)

    def _ky_finish(self, words, lang, case, form):
        if lang == "ky" and case != "nom":
            last = words[-1]
            if last.endswith(".") and len(words) > 1:
                # initials after the name: the suffix follows the harmony of the name word
                base = words[-2]
                if base.lower() in ("уулу", "кызы"):
                    base = "уулу"
                suf = N.ky_suffix(base, case)
                words[-1] = last + suf
            else:
                words[-1] = N.ky_attach(last, case)
        return " ".join(words)


def make_person(rng, people, female, surname_m=None, father=None, uulu=None, given=None):
    pool = N.POOLS[people]
    given = given or rng.choice(pool["f" if female else "m"])
    father = father or rng.choice(N.FATHERS[people])
    if uulu:
        return Person(people, female, given, father=father, uulu_order=uulu)
    if surname_m is None:
        if people == "kyrgyz":
            surname_m = N.kyrgyz_surname(rng.choice(pool["roots"]), False)
        else:
            surname_m = rng.choice(pool["surnames"])
    surname = N.female_surname(surname_m) if female else surname_m
    p = Person(people, female, given, surname, N.patronymic(father, female), father=father)
    p.surname_m = surname_m
    return p


def masc_surname(p):
    return getattr(p, "surname_m", p.surname)


# ---------------------------------------------------------------- act
PH = re.compile(r"\{([^{}]+)\}")


class Act:
    def __init__(self, aid, lang, family, rng):
        self.id, self.lang, self.family, self.rng = aid, lang, family, rng
        self.parts = []
        self.counters = {}
        self.shy_names = False
        self.used_ents = set()

    def ent(self, prefix):
        self.counters[prefix] = self.counters.get(prefix, 0) + 1
        return f"{prefix}{self.counters[prefix]}"

    def person(self, role, people=None, female=None, **kw):
        rng = self.rng
        people = people or rng.choice(N.PEOPLES)
        female = rng.random() < 0.5 if female is None else female
        p = make_person(rng, people, female, **kw)
        while kw.get("father") and p.given == kw["father"] and not kw.get("given"):
            p = make_person(rng, people, female, **kw)
        p.ent, p.role = self.ent("P"), role
        return p

    def official(self, role, people=None, female=None, **kw):
        rng = self.rng
        people = people or rng.choice(["kyrgyz", "kyrgyz", "kyrgyz", "russian", "uzbek",
                                       "kazakh", "tatar", "korean"])
        female = rng.random() < 0.5 if female is None else female
        p = make_person(rng, people, female, **kw)
        p.official = role
        return p

    def t(self, s):
        # a sentence ending on initials ("… Б.Ж.") takes no second full stop
        if s.startswith(".") and self.parts and self.parts[-1][0].endswith("."):
            s = s[1:]
        if s:
            self.parts.append((s, None))

    def m(self, s, cat, ent, role=None):
        self.used_ents.add(ent)
        self.parts.append((s, ("m", cat, ent, role)))

    def k(self, s, kind, role=None):
        self.parts.append((s, ("k", kind, role)))

    def name(self, p, form="full", case="nom"):
        s = p.render(self.lang, form, case, self.rng)
        if p.official:
            self.k(s, "official", p.official)
            return
        if self.shy_names and self.shy_rng.random() < 0.35:
            s = _shy_inside(s, self.shy_rng)
        self.m(s, "name", p.ent, p.role)

    def f(self, tpl, **ctx):
        pos = 0
        for mt in PH.finditer(tpl):
            if mt.start() > pos:
                self.t(tpl[pos:mt.start()])
            key = mt.group(1)
            bits = key.split(".")
            obj = ctx.get(bits[0])
            if isinstance(obj, Person):
                form = bits[1] if len(bits) > 1 else "full"
                case = bits[2] if len(bits) > 2 else "nom"
                self.name(obj, form, case)
            elif isinstance(obj, tuple):
                if obj[0] == "m":
                    self.m(obj[1], obj[2], obj[3])
                else:
                    self.k(obj[1], obj[2], obj[3] if len(obj) > 3 else None)
            elif isinstance(obj, str):
                self.t(obj)
            elif obj is None and ":" in key:
                kind, text = key.split(":", 1)
                self.k(text, kind)
            else:
                raise KeyError(f"{self.id}: placeholder {key!r}")
            pos = mt.end()
        if pos < len(tpl):
            self.t(tpl[pos:])

    # ------------------------------------------------------------ compile
    def build(self, layout_rng, wrap, shy):
        text = "".join(s for s, _ in self.parts)
        spans = []
        off = 0
        for s, ann in self.parts:
            if ann is not None:
                spans.append((off, off + len(s), ann))
            off += len(s)
        chars = list(text)
        if shy:
            for i in range(1, len(chars) - 1):
                if chars[i] == "-" and chars[i + 1].isalpha() and (
                        chars[i - 1].isalpha() or chars[i - 1].isdigit()):
                    if layout_rng.random() < 0.8:
                        chars[i] = SHY
        if wrap:
            width = layout_rng.randint(76, 98)
            col = 0
            for i, ch in enumerate(chars):
                if ch == "\n":
                    col = 0
                    continue
                col += 1
                if ch == " " and col >= width:
                    chars[i] = "\n"
                    col = 0
        text = "".join(chars)
        # byte offsets
        b = [0]
        for ch in text:
            b.append(b[-1] + len(ch.encode("utf-8")))
        mentions, kept = [], []
        for s, e, ann in spans:
            item = {"start": b[s], "end": b[e], "text": text[s:e]}
            if ann[0] == "m":
                item["category"] = ann[1]
                item["entity"] = ann[2]
                if ann[1] == "name":
                    item["role"] = ann[3]
                mentions.append(item)
            else:
                item["kind"] = ann[1]
                if ann[2]:
                    item["role"] = ann[2]
                kept.append(item)
        mentions.sort(key=lambda x: x["start"])
        kept.sort(key=lambda x: x["start"])
        gold = {"id": self.id, "family": self.family, "language": self.lang,
                "mentions": mentions, "kept": kept}
        return text, gold, {"wrap": wrap, "shy": shy}


def _shy_inside(s, rng):
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 9 and w.isalpha()]
    if not idx:
        return s
    i = rng.choice(idx)
    w = words[i]
    cut = rng.randint(4, len(w) - 4)
    words[i] = w[:cut] + SHY + w[cut:]
    return " ".join(words)


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"
