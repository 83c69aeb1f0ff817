"""Act model for heldout7: pieces with exact annotations, persons rendered in any form and
case, identifiers generated once per act, layout (hard wraps, soft hyphens), byte offsets."""
import datetime as dt
import json
import re

import names as N

SHY = "\u00ad"
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
KY_MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
             "сентябрь", "октябрь", "ноябрь", "декабрь"]
KY_MONTHS_POSS = ["январы", "февралы", "марты", "апрели", "майы", "июну", "июлу", "августу",
                  "сентябры", "октябры", "ноябры", "декабры"]
KY_MONTHS_LOC = ["январында", "февралында", "мартында", "апрелинде", "майында", "июнунда",
                 "июлунда", "августунда", "сентябрында", "октябрында", "ноябрында", "декабрында"]


def seg(text, **ann):
    return [(text, ann or None)]


class Person:
    """A private person or an official. Officials render as kept spans."""

    def __init__(self, act, female, people, style, role, official=None):
        r = act.r
        self.act = act
        self.female = female
        self.people = people
        self.style = style  # "rus" (surname + given + patronymic), "uulu", "short" (no patronymic)
        surs, males, females = N.POOLS[people]
        used = act.__dict__.setdefault("used_surs", set())
        for _ in range(12):
            self.sur_m = r.choice(surs)
            if self.sur_m.rstrip("~=")[:5] not in used:
                break
        used.add(self.sur_m.rstrip("~=")[:5])
        self.sur = N.female_surname(self.sur_m) if female else self.sur_m.rstrip("~=")
        self.given = r.choice(females if female else males)
        if people in ("kyrgyz", "kazakh", "uzbek", "uyghur", "dungan", "tajik"):
            self.father = r.choice(N.KY_FATHERS + males)
        else:
            self.father = r.choice(N.POOLS[people][1])
        self.patr = None if style == "short" else N.patronymic(self.father, female)
        self.role = role
        self.official = official  # official role (judge, secretary...) or None
        self.entity = None if official else act.new_id("P")
        self.variant_sur = None  # Ё/Е or Kyrgyz letters dropped

    def share_surname(self, other, female=None):
        """Make this person a relative of `other` with the same surname."""
        if female is not None and female != self.female:
            self.female = female
            self.given = self.act.r.choice(N.POOLS[self.people][2 if female else 1])
            if self.patr is not None:
                self.patr = N.patronymic(self.father, female)
        self.sur_m = other.sur_m
        f = self.female if female is None else female
        self.sur = N.female_surname(self.sur_m) if f else self.sur_m.rstrip("~=")
        if other.style == "uulu" and self.style == "uulu" and self.female == other.female:
            self.father = other.father
        return self

    def child_of(self, father):
        """Patronymic (or уулу/кызы) from the father's given name, surname and people from him."""
        if self.people != father.people:
            self.people = father.people
            self.given = self.act.r.choice(N.POOLS[self.people][2 if self.female else 1])
        if father.style == "uulu":
            self.style = "uulu"
        elif self.style == "uulu":
            self.style = "rus"
        self.share_surname(father)
        self.father = father.given
        self.patr = None if self.style == "short" else N.patronymic(father.given, self.female)
        return self

    def sibling_of(self, other):
        """A brother or sister: same people, surname, father and naming style, own given name."""
        self.people = other.people
        self.style = other.style
        self.given = self.act.r.choice([g for g in N.POOLS[self.people][2 if self.female else 1] if g != other.given])
        self.share_surname(other)
        self.father = other.father
        self.patr = None if self.style == "short" else N.patronymic(other.father, self.female)
        return self

    def initials(self, spaced=False, glue=False):
        g = self.given[0] + "."
        if self.style == "uulu" or not self.patr:
            return g
        p = self.patr[0] + "."
        return g + (" " if spaced else "") + p

    def _ru(self, word_kind, case):
        if word_kind == "sur":
            sur = self.variant_sur if self.variant_sur else self.sur_m
            if self.female:
                return _fem_case(sur, case)
            return N.ru_surname(sur, False, case)
        if word_kind == "given":
            return N.ru_given(self.given, self.female, case)
        if word_kind == "patr":
            return N.ru_patronymic(self.patr, self.female, case)
        raise ValueError(word_kind)

    def words(self, form, lang, case):
        """List of words of the name (case applied the Russian way to every word;
        Kyrgyz suffix on the last word)."""
        c = case if lang == "ru" else "nom"
        un = "кызы" if self.female else "уулу"
        if self.style == "uulu":
            if form in ("full", "upper", "upper_sur"):
                w = [self.father, un, N.ru_given(self.given, self.female, c)]
            elif form == "rev":
                w = [N.ru_given(self.given, self.female, c), self.father, un]
            elif form == "sur":
                w = [self.father, un]
            elif form == "init":
                w = [self.father, un, self.given[0] + "."]
            elif form == "init_first":
                w = [self.given[0] + ".", self.father, un]
            elif form in ("given", "gp"):
                w = [N.ru_given(self.given, self.female, c)]
            else:
                raise ValueError(form)
        else:
            sur = self._ru("sur", c)
            if form in ("full", "upper", "upper_sur"):
                w = [sur, self._ru("given", c)] + ([self._ru("patr", c)] if self.patr else [])
            elif form == "rev":
                w = [self._ru("given", c)] + ([self._ru("patr", c)] if self.patr else []) + [sur]
            elif form == "sur":
                w = [sur]
            elif form == "init":
                w = [sur, self.initials()]
            elif form == "init_sp":
                w = [sur, self.initials(spaced=True)]
            elif form == "init_first":
                w = [self.initials(), sur]
            elif form == "init_glued":
                w = [self.initials() + sur]
            elif form == "given":
                w = [self._ru("given", c)]
            elif form == "gp":
                w = [self._ru("given", c)] + ([self._ru("patr", c)] if self.patr else [])
            else:
                raise ValueError(form)
        if form == "upper":
            w = [x.upper() for x in w]
        if form == "upper_sur":
            w = [w[0].upper()] + w[1:]
        if lang == "ky" and case != "nom":
            last = w[-1]
            if last in ("уулу", "кызы", "УУЛУ", "КЫЗЫ"):
                w[-1] = N.ky_poss(last, case)
            elif last.endswith("."):
                base = w[0] if form.startswith("init") and len(w) > 1 else self.sur
                w[-1] = last + N.ky_suffix(base, case, base)
            else:
                w[-1] = N.ky_decline(last, case)
        return w

    def text(self, form="full", lang="ru", case="nom", sep=" "):
        return sep.join(self.words(form, lang, case))

    def __call__(self, form="full", case="nom", lang=None, sep=" ", role=None):
        lang = lang or self.act.lang
        t = self.text(form, lang, case, sep)
        if self.official:
            return seg(t, k="official", role=self.official)
        return seg(t, m="name", entity=self.entity, role=role or self.role)

    def judge_meta(self):
        return self.sur + " " + self.initials()


def _fem_case(sur_m, case):
    return N.ru_surname(sur_m, True, case)


class Act:
    def __init__(self, r, aid, lang, family):
        self.r = r
        self.id = aid
        self.lang = lang
        self.family = family
        self.pieces = []
        self.counters = {}
        self.cache = {}
        self.meta = {}

    def new_id(self, prefix):
        self.counters[prefix] = self.counters.get(prefix, 0) + 1
        return f"{prefix}{self.counters[prefix]}"

    # --- writing -------------------------------------------------------------------------
    def t(self, text):
        self.pieces.append((text, None))

    def add(self, frag):
        for text, ann in frag:
            self.pieces.append((text, ann))

    def f(self, template, **kw):
        pos = 0
        for mt in re.finditer(r"\{(\w+)\}", template):
            if mt.start() > pos:
                self.t(template[pos:mt.start()])
            v = kw[mt.group(1)]
            if isinstance(v, str):
                self.t(v)
            else:
                self.add(v)
            pos = mt.end()
        if pos < len(template):
            self.t(template[pos:])

    def p(self, template="", **kw):
        """A paragraph: the template followed by a line feed."""
        self.f(template, **kw)
        self.t("\n")

    # --- compile ---------------------------------------------------------------------------
    def compile(self, wrap=None, shy=False):
        # a phrase-final abbreviation dot is not doubled by the sentence's own dot
        fixed, prev = [], ""
        for t, ann in self.pieces:
            if ann is None and t.startswith(".") and prev.endswith("."):
                t = t[1:]
            if t:
                fixed.append((t, ann))
                prev = t
        self.pieces = fixed
        text = []
        spans = []
        pos = 0
        for t, ann in self.pieces:
            if ann:
                spans.append([pos, pos + len(t), t, ann])
            text.append(t)
            pos += len(t)
        s = list("".join(text))
        # soft hyphens: hyphen between letters or after a digit, never in a case number
        if shy:
            protect = [(a, b) for a, b, _, ann in spans if ann.get("k") == "case_number"]
            for i, ch in enumerate(s):
                if ch == "-" and 0 < i < len(s) - 1 and (s[i - 1].isalpha() or s[i - 1].isdigit()) \
                        and s[i + 1].isalnum() and not any(a <= i < b for a, b in protect):
                    s[i] = SHY
        if wrap:
            line_start = 0
            last_space = -1
            i = 0
            while i < len(s):
                ch = s[i]
                if ch == "\n":
                    line_start = i + 1
                    last_space = -1
                elif ch == " ":
                    last_space = i
                if i - line_start >= wrap and last_space > line_start:
                    s[last_space] = "\n"
                    line_start = last_space + 1
                    last_space = -1
                i += 1
        out = "".join(s)
        # byte offsets
        b = [0]
        for ch in out:
            b.append(b[-1] + len(ch.encode("utf-8")))
        mentions, kept = [], []
        for a, e, _, ann in spans:
            txt = out[a:e]
            if "m" in ann:
                d = {"start": b[a], "end": b[e], "text": txt, "category": ann["m"],
                     "entity": ann["entity"]}
                if ann.get("role"):
                    d["role"] = ann["role"]
                mentions.append(d)
            else:
                d = {"start": b[a], "end": b[e], "text": txt, "kind": ann["k"]}
                if ann.get("role"):
                    d["role"] = ann["role"]
                kept.append(d)
        mentions.sort(key=lambda d: d["start"])
        kept.sort(key=lambda d: d["start"])
        return out, mentions, kept

    def insert_name_shy(self, rng):
        """Put a soft hyphen inside a long word of some name mentions (as text taken from a
        hyphenated PDF). Done on the pieces, before compilation, so offsets stay exact."""
        new = []
        for t, ann in self.pieces:
            if ann and ann.get("m") == "name" and rng.random() < 0.3:
                words = t.split(" ")
                idx = [i for i, w in enumerate(words) if len(w) >= 8 and w[0].isupper() and "." not in w]
                if idx:
                    i = rng.choice(idx)
                    w = words[i]
                    cut = rng.randint(3, len(w) - 3)
                    words[i] = w[:cut] + SHY + w[cut:]
                    t = " ".join(words)
            new.append((t, ann))
        self.pieces = new


# ------------------------------------------------------------------------------------------
# dates


def ru_date(d):
    return f"{d.day} {RU_MONTHS[d.month - 1]} {d.year} года"


def ru_date_short(d):
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def ky_date(d, form="poss"):
    if form == "poss":
        return f"{d.year}-жылдын {d.day}-{KY_MONTHS_POSS[d.month - 1]}"
    if form == "loc":
        return f"{d.year}-жылдын {d.day}-{KY_MONTHS_LOC[d.month - 1]}"
    if form == "attr":  # …-мартындагы
        loc = KY_MONTHS_LOC[d.month - 1]
        return f"{d.year}-жылдын {d.day}-{loc}" + ("ги" if loc.endswith("де") else "гы")
    raise ValueError(form)


def rand_date(r, y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(r.randint(start, end))


def write_json(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(obj, ensure_ascii=False, indent=1))
        fh.write("\n")
