"""The act model: text pieces, mentions (M) and kept items (K), compiled with exact offsets.

A template returns a flat list of pieces: plain strings, `M` (personal data) and `K` (what
must be kept). `compile_act` concatenates them, records character offsets, applies the
layout (hard wrapping replaces a space by a line feed, soft hyphens replace a hyphen:
one character for one, so offsets do not move) and converts offsets to UTF-8 bytes.
"""

import random
from dataclasses import dataclass, field

import names as N


@dataclass
class M:
    text: str
    category: str
    entity: str
    role: str | None = None


@dataclass
class K:
    text: str
    kind: str
    role: str | None = None


def flatten(items):
    for it in items:
        if isinstance(it, (list, tuple)):
            yield from flatten(it)
        elif it is None:
            continue
        else:
            yield it


def compile_act(pieces, layout_rng, wrap=None, soft=False):
    parts, spans, pos = [], [], 0
    for p in flatten(pieces):
        if isinstance(p, str):
            parts.append(p)
            pos += len(p)
            continue
        if not p.text or p.text != p.text.strip():
            raise ValueError(f"bad span text {p.text!r}")
        if soft and isinstance(p, M) and p.category == "name" and layout_rng.random() < 0.12:
            # a soft hyphen inside a long word of a name, as text taken from a hyphenated PDF
            words = p.text.split(" ")
            i = max(range(len(words)), key=lambda j: len(words[j]))
            w = words[i]
            if len(w) >= 7 and w.isalpha():
                k = layout_rng.randint(3, len(w) - 3)
                words[i] = w[:k] + "\u00ad" + w[k:]
                p = M(" ".join(words), p.category, p.entity, p.role)
        spans.append((pos, pos + len(p.text), p))
        parts.append(p.text)
        pos += len(p.text)
    chars = list("".join(parts))
    if soft:
        for i, c in enumerate(chars):
            if c == "-" and 0 < i < len(chars) - 1 and layout_rng.random() < 0.85:
                chars[i] = "\u00ad"
    if wrap:
        line_start, last_space = 0, None
        for i, c in enumerate(chars):
            if c == "\n":
                line_start, last_space = i + 1, None
                continue
            if c == " ":
                last_space = i
            if i - line_start >= wrap and last_space is not None and last_space > line_start:
                chars[last_space] = "\n"
                line_start, last_space = last_space + 1, None
    text = "".join(chars)
    byte_at = [0] * (len(text) + 1)
    acc = 0
    for i, c in enumerate(text):
        byte_at[i] = acc
        acc += len(c.encode("utf-8"))
    byte_at[len(text)] = acc
    mentions, kept = [], []
    for s, e, p in spans:
        t = text[s:e]
        rec = {"start": byte_at[s], "end": byte_at[e], "text": t}
        if isinstance(p, M):
            rec.update(category=p.category, entity=p.entity)
            if p.role:
                rec["role"] = p.role
            mentions.append(rec)
        else:
            rec["kind"] = p.kind
            if p.role:
                rec["role"] = p.role
            kept.append(rec)
    return text, mentions, kept


# ---------------------------------------------------------------- persons
@dataclass
class Person:
    ctx: "Ctx"
    eid: str
    role: str
    people: str
    female: bool
    sur: str  # surname as for this person's gender; "Мамбет уулу" for Kyrgyz-style names
    given: str
    patr: str | None
    birth: tuple = None  # (d, m, y)
    kyrgyz_style: bool = False
    variant_sur: str | None = None  # a second spelling of the surname (Ё/Е, ө/о)

    # --- Russian forms
    def _sur(self, case):
        return N.decl_surname(self.sur, self.female, case)

    def _given(self, case):
        return N.decl_given(self.given, self.female, case)

    def _patr(self, case):
        return N.decl_patronymic(self.patr, case) if self.patr else None

    def initials(self, style):
        g = self.given[0] + "."
        p = self.patr[0] + "." if self.patr and not self.patr.endswith(("угли", "кизи")) else ""
        if style == "spaced" and p:
            return g + " " + p
        if style == "nodot" and p:
            return g + p[:-1]
        return g + p

    def form(self, kind, case="nom"):
        s, g, p = self._sur(case), self._given(case), self._patr(case)
        if self.kyrgyz_style:
            # "Мамбет уулу Нурсултан": the father's name with уулу/кызы leads.
            if kind in ("full", "upper", "caps_sur"):
                t = f"{self.sur} {g}"
                if kind == "upper":
                    t = t.upper()
                if kind == "caps_sur":
                    t = f"{self.sur.upper()} {g}"
                return t
            if kind in ("ini", "ini2", "ini_nodot"):
                return f"{self.sur} {self.given[0]}."
            if kind in ("inib", "glued"):
                return f"{self.given[0]}. {self.sur}"
            if kind == "sur":
                return f"{self.sur} {g}"
            if kind in ("given", "gp"):
                return g
            if kind == "given_first":
                return f"{g} {self.sur}"
        if kind == "full":
            return " ".join(x for x in (s, g, p) if x)
        if kind == "upper":
            return " ".join(x for x in (s, g, p) if x).upper()
        if kind == "caps_sur":
            return " ".join(x for x in (s.upper(), g, p) if x)
        if kind == "ini":
            return f"{s} {self.initials('plain')}"
        if kind == "ini2":
            return f"{s} {self.initials('spaced')}"
        if kind == "ini_nodot":
            return f"{s} {self.initials('nodot')}"
        if kind == "ini_dbl":
            return f"{s}  {self.initials('plain')}"
        if kind == "inib":
            return f"{self.initials(self.ctx.rng.choice(['plain', 'spaced']))} {s}"
        if kind == "glued":
            return f"{self.initials('plain')}{s}"
        if kind == "sur":
            return s
        if kind == "given":
            return g
        if kind == "gp":
            return f"{g} {p}" if p else g
        if kind == "given_first":
            return f"{g} {s}"
        if kind == "variant":
            vs = N.decl_surname(self.variant_sur or self.sur, self.female, case)
            return f"{vs} {self.initials('plain')}"
        raise ValueError(kind)

    def m(self, kind="full", case="nom"):
        return M(self.form(kind, case), "name", self.eid, self.role)

    def ref(self, case="nom"):
        """A later, short mention in a Russian text."""
        kinds = ["ini", "ini", "sur", "inib", "ini2"] + self.ctx.extra_kinds
        if self.kyrgyz_style:
            kinds = ["ini", "inib", "sur"]
        elif self.variant_sur and self.ctx.rng.random() < 0.25:
            return self.m("variant", case)  # "Королев" for "Королёв", "Токторов" for "Төктөров"
        return self.m(self.ctx.rng.choice(kinds), case)

    # --- Kyrgyz forms: the Russian nominative parts, the case ending on the last word
    def ky(self, kind="full", case="nom"):
        if kind in ("ini", "ini2", "ini_nodot", "ini_dbl") and case != "nom" and not self.kyrgyz_style:
            kind = "inib"
        if self.kyrgyz_style and kind in ("ini",) and case != "nom":
            kind = "inib"
        base = self.form(kind, "nom")
        return M(N.ky_last(base, case), "name", self.eid, self.role)

    def kref(self, case="nom"):
        kinds = ["inib", "sur", "inib"] if case != "nom" else ["ini", "inib", "sur", "ini2"]
        if self.kyrgyz_style:
            kinds = ["inib", "sur", "given_first"] if case != "nom" else ["ini", "inib", "sur"]
        return self.ky(self.ctx.rng.choice(kinds), case)


@dataclass
class Official:
    sur: str
    given: str
    patr: str | None
    female: bool
    role: str

    def k(self, case="nom", style="ini"):
        s = N.decl_surname(self.sur, self.female, case)
        ini = self.given[0] + "." + (self.patr[0] + "." if self.patr else "")
        if style == "inib":
            t = f"{ini} {s}"
        elif style == "full":
            g = N.decl_given(self.given, self.female, case)
            p = N.decl_patronymic(self.patr, case) if self.patr else ""
            t = f"{s} {g} {p}".strip()
        elif style == "sur":
            t = s
        else:
            t = f"{s} {ini}"
        return K(t, "official", self.role)

    @property
    def a(self):
        return "а" if self.female else ""

    def kk(self, case="nom", style="inib"):
        """Kyrgyz: the case ending on the last word."""
        t = self.k("nom", style).text
        return K(N.ky_last(t, case), "official", self.role)

    def meta_name(self):
        return f"{self.sur} {self.given[0]}.{self.patr[0] + '.' if self.patr else ''}"


# ---------------------------------------------------------------- per-act context
RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                 "сентября", "октября", "ноября", "декабря"]
KY_MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
             "сентябрь", "октябрь", "ноябрь", "декабрь"]
KY_MONTH_POSS = ["январы", "февралы", "марты", "апрели", "майы", "июну", "июлу", "августу",
                 "сентябры", "октябры", "ноябры", "декабры"]
KY_MONTH_LOC = ["январында", "февралында", "мартында", "апрелинде", "майында", "июнунда",
                "июлунда", "августунда", "сентябрында", "октябрында", "ноябрында", "декабрында"]


class Ctx:
    def __init__(self, rng, lang):
        self.rng = rng
        self.lang = lang
        self.n = {}
        self.ids = {}
        self.extra_kinds = []
        self.used_surnames = set()
        self.cache = {}

    def cached(self, key, make):
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]

    def new_id(self, prefix):
        self.n[prefix] = self.n.get(prefix, 0) + 1
        return f"{prefix}{self.n[prefix]}"

    def ident(self, key, prefix):
        if key not in self.ids:
            self.ids[key] = self.new_id(prefix)
        return self.ids[key]

    # --- names
    def _surname(self, people, female):
        r = self.rng
        if people == "ky":
            root = r.choice(N.KY_ROOTS)
            return N.make_surname(root, female)
        pool = N.POOLS[people][2]
        male = r.choice(pool)
        return N.female_surname(male) if female else male

    def person(self, role, people=None, female=None, sur_of=None, kyrgyz_style=None,
               age=(18, 70), patr_from=None, year=2024):
        r = self.rng
        if people is None:
            people = r.choices(N.PEOPLES, weights=[46, 14, 10, 5, 4, 4, 4, 4, 3, 4])[0]
        if female is None:
            female = r.random() < 0.45
        males, females, _ = N.POOLS[people]
        if people == "ky":
            pool = females if female else males
            if r.random() < 0.08:
                pool = N.KY_FEMALE_WORDS if female else N.KY_MALE_WORDS
        elif people == "ru" and female and r.random() < 0.15:
            pool = N.RU_FEMALE_WORDS
        else:
            pool = females if female else males
        given = r.choice(pool)
        child_of_uulu = False
        if sur_of is not None and sur_of.kyrgyz_style:
            # a child of "Азирет уулу Нурсултан" is "Нурсултан уулу …"; a spouse has her own name
            child_of_uulu = patr_from is sur_of
            sur_of = None
            if child_of_uulu:
                kyrgyz_style = True
        if kyrgyz_style is None:
            kyrgyz_style = people == "ky" and sur_of is None and r.random() < 0.18
        father = patr_from.given if patr_from is not None else r.choice(N.FATHER_NAMES.get(people, N.RU_MALE))
        patr = None
        if kyrgyz_style:
            sur = f"{father} {'кызы' if female else 'уулу'}"
            if child_of_uulu and patr_from.people != "ky":
                pass
        else:
            if sur_of is not None:
                base = sur_of.sur if not sur_of.female else None
                if base is None:
                    # derive a male form back from a female -ова/-ева/-ина form
                    s = sur_of.sur
                    base = s[:-1] if s.endswith(("ова", "ева", "ина", "ына")) else (s[:-2] + "ий" if s.endswith("ая") else s)
                sur = N.female_surname(base) if female else base
            else:
                for _ in range(20):
                    sur = self._surname(people, female)
                    if sur[:5] not in self.used_surnames:
                        break
            if people != "tr":
                patr = N.make_patronymic(father, female, people)
        self.used_surnames.add(sur[:5])
        y = year - r.randint(*age)
        d, mth = r.randint(1, 28), r.randint(1, 12)
        p = Person(self, self.new_id("P"), role, people, female, sur, given, patr, (d, mth, y),
                   kyrgyz_style)
        for ch_a, ch_b in (("ё", "е"), ("ө", "о"), ("ү", "у")):
            if ch_a in p.sur:
                p.variant_sur = p.sur.replace(ch_a, ch_b)
                break
        return p

    def official(self, role, people=None, female=None):
        r = self.rng
        if people is None:
            people = r.choice(["ky", "ky", "ky", "ru", "uz", "tt", "kz"])
        if female is None:
            female = r.random() < 0.5
        males, females, _ = N.POOLS[people]
        given = r.choice(females if female else males)
        for _ in range(20):
            sur = self._surname(people, female)
            if sur[:5] not in self.used_surnames:
                break
        self.used_surnames.add(sur[:5])
        patr = N.make_patronymic(r.choice(N.FATHER_NAMES.get(people, N.RU_MALE)), female, people)
        if people == "uz":
            patr = N.make_patronymic(r.choice(N.RU_MALE[:5] + N.UZ_MALE), female, "ru")
        return Official(sur, given, patr, female, role)

    # --- identifiers
    def _pin(self, p, spaced=None):
        d, m, y = p.birth
        r = random.Random(f"{p.eid}:{d}{m}{y}:{p.given}")
        digits = ("1" if p.female else "2") + f"{d:02d}{m:02d}{y}" + f"{r.randint(0, 99999):05d}"
        if spaced is None:
            spaced = self.rng.random() < 0.25
        t = f"{digits[0]} {digits[1:9]} {digits[9:]}" if spaced else digits
        return M(t, "pin", self.ident(("pin", p.eid), "PIN"))

    def _passport(self, p, kind=None):
        r = self.rng
        kind = kind or r.choice(["ID", "ID", "AN", "AN_no", "AC"])
        n7 = f"{r.randint(0, 9999999):07d}"
        t = {"ID": f"ID{n7}", "AN": f"AN {n7}", "AN_no": f"AN № {n7}", "AC": f"AC{n7}",
             "uz": f"FA{n7}", "kz": f"N{r.randint(10000000, 99999999)}",
             "ru": f"{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(100000, 999999)}",
             "tj": f"{r.choice(['400', '500'])}{r.randint(100000, 999999)}",
             "tr": f"U{r.randint(10000000, 99999999)}"}[kind]
        return M(t, "passport", self.ident(("pass", p.eid), "PASS"))

    def _phone(self, key):
        r = self.rng
        op = r.choice(["555", "700", "707", "772", "777", "550", "999", "220", "505"])
        # A Kyrgyz number: operator code + 6 digits (0 + 9 digits, +996 + 9 digits).
        a, b, c = r.randint(10, 99), r.randint(10, 99), r.randint(10, 99)
        fmt = r.choice(["+996 {op} {a} {b} {c}", "+996{op}{a}{b}{c}", "0{op} {a} {b} {c}",
                        "0{op}-{a}-{b}-{c}", "+996 ({op}) {a}-{b}-{c}", "0 {op} {a}{b}{c}",
                        "+996-{op}-{a}{b}{c}"])
        t = fmt.format(op=op, a=a, b=b, c=c)
        return M(t, "phone", self.ident(("phone", key), "PHONE"))

    def _email(self, p):
        r = self.rng
        user = N.translit(p.given)[: r.randint(3, 8)] + r.choice([".", "_", ""]) + N.translit(p.sur.split()[0])
        if r.random() < 0.5:
            user += str(p.birth[2] % 100)
        dom = r.choice(["mail.ru", "gmail.com", "inbox.ru", "list.ru", "yandex.ru", "bk.ru"])
        return M(f"{user}@{dom}", "email", self.ident(("email", p.eid), "EMAIL"))

    def _plate(self, key, style=None):
        r = self.rng
        reg = r.choice(["01", "02", "03", "05", "06", "07", "08"])
        lat = "ABCEHKMOPTXY"
        num = r.randint(100, 999)
        let = "".join(r.choice(lat) for _ in range(3))
        style = style or r.choice(["kg", "kg", "kg_glued", "old", "kz"])
        t = {"kg": f"{reg} KG {num} {let}", "kg_glued": f"{reg}KG{num}{let}",
             "old": f"{r.choice('BCEHKMOPST')} {r.randint(1000, 9999)} {let[:2]}",
             "kz": f"{num} {let} {r.choice(['02', '05', '13', '17'])}"}[style]
        return M(t, "plate", self.ident(("plate", key), "PLATE"))

    def _account(self, key, card=False):
        r = self.rng
        if card:
            n = r.choice(["4169", "5351", "9417", "4405"]) + "".join(str(r.randint(0, 9)) for _ in range(12))
            t = " ".join(n[i:i + 4] for i in range(0, 16, 4)) if r.random() < 0.6 else n
        else:
            t = r.choice(["1240", "1030", "1180", "1280", "1090"]) + "".join(str(r.randint(0, 9)) for _ in range(12))
        return M(t, "account", self.ident(("acc", key), "ACC"))

    def _prop(self, key, land=False):
        r = self.rng
        t = f"{r.randint(1, 9)}-{r.randint(1, 12):02d}-{r.randint(1, 30):02d}-{r.randint(1, 9999):04d}-{r.randint(1, 9999):04d}"
        if not land:
            t += f"-{r.randint(1, 9):02d}-{r.randint(1, 300):03d}"
        return M(t, "property_code", self.ident(("prop", key), "PROP"))


    def pin(self, p, spaced=None):
        return self.cached(("pin", p.eid), lambda: self._pin(p, spaced))

    def passport(self, p, kind=None):
        return self.cached(("pass", p.eid), lambda: self._passport(p, kind))

    def phone(self, key):
        return self.cached(("phone", key), lambda: self._phone(key))

    def email(self, p):
        return self.cached(("email", p.eid), lambda: self._email(p))

    def plate(self, key, style=None):
        return self.cached(("plate", key), lambda: self._plate(key, style))

    def account(self, key, card=False):
        return self.cached(("acc", key), lambda: self._account(key, card))

    def prop(self, key, land=False):
        return self.cached(("prop", key), lambda: self._prop(key, land))

    def addr(self, key, lang=None, text=None):
        return self.cached(("addr", key), lambda: self._addr(key, lang, text))

    def bd(self, p, form=None):
        """A birth date as pieces: the mention and the words around it."""
        d, m, y = p.birth
        r = self.rng
        bd = self.ident(("bd", p.eid), "BD")
        if self.lang == "ru":
            form = form or r.choice(["dot_gr", "words_label", "year", "dot_born", "label"])
            if form == "words_label":
                return [" (дата рождения: ", M(f"{d} {RU_MONTHS_GEN[m - 1]} {y} года", "birth_date", bd), ")"]
            if form == "dot_gr":
                return [", ", M(f"{d:02d}.{m:02d}.{y}", "birth_date", bd), " г.р."]
            if form == "words_born":
                return [", ", f"{'родившейся' if p.female else 'родившегося'} ",
                        M(f"{d} {RU_MONTHS_GEN[m - 1]} {y} года", "birth_date", bd)]
            if form == "year":
                return [", ", M(f"{y}", "birth_date", bd), " года рождения"]
            if form == "dot_born":
                return [", ", M(f"{d:02d}.{m:02d}.{y}", "birth_date", bd), " года рождения"]
            return [" (дата рождения: ", M(f"{d:02d}.{m:02d}.{y}", "birth_date", bd), ")"]
        form = form or r.choice(["ky_words", "ky_year", "ky_dot"])
        if form == "ky_words":
            return [", ", M(f"{y}-жылдын {d}-{KY_MONTH_LOC[m - 1]}", "birth_date", bd), " туулган"]
        if form == "ky_year":
            return [", ", M(f"{y}-жылы", "birth_date", bd), " туулган"]
        return [", ", M(f"{d:02d}.{m:02d}.{y}-ж.", "birth_date", bd), " туулган"]

    def _addr(self, key, lang=None, text=None):
        lang = lang or self.lang
        if text is None and lang == "ru" and self.rng.random() < 0.15:
            lang = "ky"  # Russian acts often copy a Kyrgyz form of an address
        if text is None:
            text = make_address(self.rng, lang)
        return M(text, "address", self.ident(("addr", key), "ADDR"))


STREETS_RU = ["Садовая", "Школьная", "Заречная", "Тополиная", "Весенняя", "Полевая",
              "Горная", "Ореховая", "Жетиген", "Ала-Тоо", "Кызыл-Жар", "Курманжан Датки",
              "Чокморова", "Молодой Гвардии", "Арча-Бешик"]
STREETS_KY = ["Мектеп", "Бакча", "Жаштык", "Ынтымак", "Ала-Тоо", "Кара-Суу", "Алма", "Теректүү",
              "Сарыбагыш", "Чолпон-Ата", "Абай", "Курманжан Датка", "Жибек Жолу"]
VILLAGES = [("Чуйская область", "Сокулукский район", "с. Военно-Антоновка"),
            ("Чуйская область", "Аламудунский район", "с. Байтик"),
            ("Чуйская область", "Жайылский район", "с. Кайырма"),
            ("Ошская область", "Кара-Суйский район", "с. Мады"),
            ("Ошская область", "Ноокатский район", "с. Кок-Бел"),
            ("Иссык-Кульская область", "Тонский район", "с. Кажы-Сай"),
            ("Нарынская область", "Кочкорский район", "с. Сары-Булак"),
            ("Таласская область", "Манасский район", "с. Жийде"),
            ("Баткенская область", "Лейлекский район", "с. Ак-Терек"),
            ("Джалал-Абадская область", "Базар-Коргонский район", "с. Арстанбап")]
VILLAGES_KY = [("Чүй облусу", "Сокулук району", "Жаңы-Пахта айылы"),
               ("Ош облусу", "Араван району", "Нурабад айылы"),
               ("Ысык-Көл облусу", "Жети-Өгүз району", "Барскоон айылы"),
               ("Нарын облусу", "Ат-Башы району", "Ача-Кайыңды айылы"),
               ("Талас облусу", "Бакай-Ата району", "Көк-Сай айылы"),
               ("Жалал-Абад облусу", "Сузак району", "Бар-Булак айылы"),
               ("Баткен облусу", "Кадамжай району", "Ак-Турпак айылы")]
MKR = ["Аламедин-1", "Джал", "Тунгуч", "Асанбай", "Восток-5", "Кок-Жар", "Улан", "Магистраль"]
ZHM = ["Ак-Орго", "Калыс-Ордо", "Ала-Тоо", "Кара-Жыгач", "Арча-Бешик", "Бакай-Ата", "Кок-Жар"]


def make_address(r, lang):
    if lang == "ru":
        k = r.choice(["city_street", "mkr", "zhm", "village", "village_short", "osh", "other_city"])
        h = r.randint(1, 180)
        if k == "city_street":
            return f"г. Бишкек, ул. {r.choice(STREETS_RU)}, д. {h}, кв. {r.randint(1, 90)}"
        if k == "mkr":
            return f"г. Бишкек, мкр. {r.choice(MKR)}, д. {r.randint(1, 60)}, кв. {r.randint(1, 120)}"
        if k == "zhm":
            return f"г. Бишкек, ж/м {r.choice(ZHM)}, ул. {r.choice(STREETS_RU)}, {h}"
        if k == "village":
            o, ra, v = r.choice(VILLAGES)
            return f"{o}, {ra}, {v}, ул. {r.choice(STREETS_RU)}, д. {h}"
        if k == "village_short":
            o, ra, v = r.choice(VILLAGES)
            return f"{ra}, {v}, ул. {r.choice(STREETS_RU)}, {h}"
        if k == "osh":
            return f"г. Ош, ул. {r.choice(STREETS_RU)}, {h}-{r.randint(1, 40)}"
        return f"г. {r.choice(['Токмок', 'Кара-Балта', 'Каракол', 'Талас', 'Нарын', 'Кант'])}, ул. {r.choice(STREETS_RU)}, д. {h}"
    k = r.choice(["city", "kichi", "zhm", "village", "village_aimak"])
    h = r.randint(1, 180)
    if k == "city":
        return f"Бишкек шаары, {r.choice(STREETS_KY)} көчөсү, {h}-үй, {r.randint(1, 90)}-батир"
    if k == "kichi":
        return f"{r.choice(['Бишкек', 'Ош'])} шаары, {r.choice(MKR)} кичирайону, {r.randint(1, 60)}-үй, {r.randint(1, 120)}-батир"
    if k == "zhm":
        return f"Бишкек шаары, {r.choice(ZHM)} жаңы конушу, {r.randint(1, 20)}-көчө, {h}-үй"
    o, ra, v = r.choice(VILLAGES_KY)
    if k == "village":
        return f"{o}, {ra}, {v}, {r.choice(STREETS_KY)} көчөсү, {h}-үй"
    return f"{ra}, {r.choice(['Ынтымак', 'Кызыл-Суу', 'Төрт-Көл', 'Ак-Жар'])} айыл аймагы, {v}, {h}-үй"
