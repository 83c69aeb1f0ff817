"""Act model: persons, identifiers, a small template language, exact-offset compilation.

A template line is written as text with placeholders:

- ``{p}``, ``{p:FORM}``, ``{p:FORM:CASE}`` -- a name of person ``p`` (a mention, or a
  kept official); FORM is one of full, short, ini (initials before), sur, gp (given +
  patronymic), given, up (UPPERCASE full), upsur (UPPERCASE surname + initials), br (full
  name broken by a line), yo (Ё written as Е), typo; CASE is a Russian case (nom gen dat
  acc ins pre) in Russian acts and a Kyrgyz one (nom gen dat acc abl loc) in Kyrgyz acts;
- ``{p.pin}``, ``{p.bd.num}``, ``{p.addr}``, ``{car}`` -- an identifier (attribute path);
- ``[[kind|text]]`` / ``[[official/role|text]]`` -- a kept item;
- ``[[@cat/ENT|text]]`` -- a mention of a fixed text (a child named by first name...).

The compiler records every annotated piece's byte offsets while it concatenates the
text, so an annotation cannot disagree with the text.
"""

from __future__ import annotations

import random
import re

import names as N

PH = re.compile(r"\{([^{}]+)\}|\[\[([^\]]+)\]\]")

MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
MONTHS_KY = ["январында", "февралында", "мартында", "апрелинде", "майында", "июнунда",
             "июлунда", "августунда", "сентябрында", "октябрында", "ноябрында",
             "декабрында"]
MONTHS_KY_GEN = ["январындагы", "февралындагы", "мартындагы", "апрелиндеги", "майындагы",
                 "июнундагы", "июлундагы", "августундагы", "сентябрындагы",
                 "октябрындагы", "ноябрындагы", "декабрындагы"]


class Ident:
    """A piece of personal data (a mention) with a fixed text."""

    def __init__(self, text, cat, ent, role=None):
        self.text, self.cat, self.ent, self.role = text, cat, ent, role


class Kept:
    def __init__(self, text, kind, role=None):
        self.text, self.kind, self.role = text, kind, role


class BirthDate:
    def __init__(self, ctx, y, m, d):
        self.y, self.m, self.d = y, m, d
        self.ent = ctx.next_id("BD")

    def _i(self, t):
        return Ident(t, "birth_date", self.ent)

    @property
    def num(self):
        return self._i(f"{self.d:02d}.{self.m:02d}.{self.y}")

    @property
    def long(self):
        return self._i(f"{self.d} {MONTHS_RU[self.m - 1]} {self.y} года")

    @property
    def year(self):
        return self._i(str(self.y))

    @property
    def ky(self):
        return self._i(f"{self.y}-жылдын {self.d}-{MONTHS_KY[self.m - 1]}")

    @property
    def ddmmyyyy(self):
        return f"{self.d:02d}{self.m:02d}{self.y}"


class Person:
    """A person of the act. ``official`` persons are kept (role = official role)."""

    def __init__(self, ctx, role, sex, people, sur, given, father, uulu=False,
                 official=None):
        self.ctx, self.role, self.sex, self.people = ctx, role, sex, people
        self.uulu = uulu
        self.official = official
        self.sur = None if uulu else (N.female_surname(sur) if sex == "f" else sur)
        self.given = given
        self.father = father
        self.patr = None if uulu else N.patronymic(father, sex)
        self.ent = None if official else ctx.next_id("P")
        self._pin = self._bd = self._addr = self._phone = self._pass = None
        self._email = self._acc = None
        self.ini_style = ctx.rng.choice(["std", "std", "std", "sp", "nodot"])

    # -- identifiers (created on first use, stable afterwards) --------------------
    @property
    def bd(self):
        if self._bd is None:
            r = self.ctx.rng
            y = self.ctx.birth_year_hint or r.randint(1958, 2003)
            self._bd = BirthDate(self.ctx, y, r.randint(1, 12), r.randint(1, 28))
        return self._bd

    @property
    def pin(self):
        if self._pin is None:
            r = self.ctx.rng
            g = "2" if self.sex == "m" else "1"
            digits = g + self.bd.ddmmyyyy + f"{r.randint(0, 99999):05d}"
            if r.random() < 0.25:
                digits = f"{digits[0]} {digits[1:9]} {digits[9:]}"
            self._pin = Ident(digits, "pin", self.ctx.next_id("PIN"))
        return self._pin

    @property
    def addr(self):
        if self._addr is None:
            self._addr = Ident(self.ctx.home_address(), "address", self.ctx.next_id("ADDR"))
        return self._addr

    @property
    def phone(self):
        if self._phone is None:
            self._phone = Ident(self.ctx.phone_number(), "phone", self.ctx.next_id("PHONE"))
        return self._phone

    @property
    def passport(self):
        if self._pass is None:
            self._pass = Ident(self.ctx.passport_number(self.people), "passport",
                               self.ctx.next_id("PASS"))
        return self._pass

    @property
    def email(self):
        if self._email is None:
            r = self.ctx.rng
            base = translit((self.sur or self.father) + "." + self.given[0]).lower()
            dom = r.choice(["gmail.com", "mail.ru", "inbox.kg", "yandex.ru", "list.ru"])
            self._email = Ident(f"{base}{r.randint(1, 99)}@{dom}", "email",
                                self.ctx.next_id("EMAIL"))
        return self._email

    @property
    def acc(self):
        if self._acc is None:
            r = self.ctx.rng
            digits = "".join(str(r.randint(0, 9)) for _ in range(16))
            if r.random() < 0.5:
                digits = " ".join(digits[i:i + 4] for i in range(0, 16, 4))
            self._acc = Ident(digits, "account", self.ctx.next_id("ACC"))
        return self._acc

    # -- name forms ---------------------------------------------------------------
    def initials(self, style=None):
        style = style or self.ini_style
        if self.uulu:
            return self.given[0] + "."
        a, b = self.given[0], self.patr[0]
        return {"std": f"{a}.{b}.", "sp": f"{a}. {b}.", "nodot": f"{a}.{b}"}[style]

    def words_full(self, case):
        """Russian declined full name as a list of words."""
        if self.uulu:
            w = "уулу" if self.sex == "m" else "кызы"
            if self.ctx.rng.random() < 0.5:
                return [N.decl_given(self.given, self.sex, case), self.father, w]
            return [self.father, w, N.decl_given(self.given, self.sex, case)]
        return [N.decl_surname(self.sur, self.sex, case),
                N.decl_given(self.given, self.sex, case), N.decl_patr(self.patr, case)]

    def form(self, form="full", case="nom"):
        lang = self.ctx.lang
        ky = lang == "ky"
        rcase = "nom" if ky else case
        kcase = case if ky else "nom"
        uw = "уулу" if self.sex == "m" else "кызы"

        def kyend(words):
            if ky and kcase != "nom":
                words = words[:-1] + [N.ky_last(words[-1], kcase)]
            return " ".join(words)

        if form in ("full", "up", "br", "yo", "typo"):
            if ky:
                if self.uulu:
                    words = [self.father, uw, self.given]
                else:
                    words = [self.sur, self.given, self.patr]
            else:
                words = self.words_full(rcase)
            if form == "typo":
                words = [typo(self.ctx.rng, words[0])] + words[1:]
            s = kyend(words)
            if form == "up":
                s = s.upper()
            elif form == "br":
                s = s.replace(" ", "\n", 1)
            elif form == "yo":
                s = N.yo_to_e(s)
            return s
        if form == "upsur":
            if self.uulu:
                return kyend([self.father.upper(), uw.upper(), self.given])
            return kyend([N.decl_surname(self.sur, self.sex, rcase).upper(),
                          N.decl_given(self.given, self.sex, rcase),
                          N.decl_patr(self.patr, rcase)])
        if form == "short":
            if self.uulu:
                if ky and kcase != "nom":
                    return kyend([self.initials(), self.father, uw])
                return " ".join([self.father, uw, self.initials()])
            if ky and kcase != "nom":
                return self.initials() + " " + N.ky_last(self.sur, kcase)
            sep = "  " if not self.official and self.ctx.rng.random() < 0.06 else " "
            return N.decl_surname(self.sur, self.sex, rcase) + sep + self.initials()
        if form == "ini":
            if self.uulu:
                return kyend([self.initials(), self.father, uw])
            ini = self.initials()
            glue = "" if not self.official and self.ctx.rng.random() < 0.3 else " "
            if ini.endswith(".") is False:
                ini += "."
            return ini + glue + (N.ky_last(self.sur, kcase) if ky else
                                 N.decl_surname(self.sur, self.sex, rcase))
        if form == "sur":
            if self.uulu:
                return kyend([self.father, uw])
            return N.ky_last(self.sur, kcase) if ky else N.decl_surname(self.sur, self.sex, rcase)
        if form == "gp":
            if self.uulu:
                return kyend([self.given]) if ky else N.decl_given(self.given, self.sex, rcase)
            if ky:
                return kyend([self.given, self.patr])
            return N.decl_given(self.given, self.sex, rcase) + " " + N.decl_patr(self.patr, rcase)
        if form == "given":
            return N.ky_last(self.given, kcase) if ky else N.decl_given(self.given, self.sex, rcase)
        if form == "sg":  # surname + given, no patronymic
            if self.uulu:
                return kyend([self.father, uw, self.given])
            if ky:
                return kyend([self.sur, self.given])
            return (N.decl_surname(self.sur, self.sex, rcase) + " "
                    + N.decl_given(self.given, self.sex, rcase))
        raise ValueError(form)

    def official_short(self, case="nom"):
        return self.form("short", case)


def typo(rng, w):
    """A plausible typing slip: a Latin look-alike letter or a doubled letter."""
    lat = {"о": "o", "е": "e", "а": "a", "с": "c", "р": "p"}
    idx = [i for i, ch in enumerate(w) if ch in lat and i > 0]
    if idx and rng.random() < 0.6:
        i = rng.choice(idx)
        return w[:i] + lat[w[i]] + w[i + 1:]
    i = rng.randint(1, len(w) - 2)
    return w[:i] + w[i] + w[i:]


TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяөүң",
              ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n",
               "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "sh", "", "y", "",
               "e", "yu", "ya", "o", "u", "n"]))


def translit(s):
    return "".join(TR.get(ch, ch) for ch in s.lower())


class Doc:
    def __init__(self):
        self.parts = []  # (text, annotation or None)

    def add(self, text, ann=None):
        self.parts.append((text, ann))


class Ctx:
    """Per-act context: random stream, language, counters, the document being written."""

    def __init__(self, seed, lang, pools_extra=None):
        self.rng = random.Random(seed)
        self.lang = lang
        self.doc = Doc()
        self.counters = {}
        self.used_names = set()
        self.given_used = set()
        self.given_used = set()
        self.birth_year_hint = None
        self.soft_hyphens = False

    def next_id(self, prefix):
        self.counters[prefix] = self.counters.get(prefix, 0) + 1
        return f"{prefix}{self.counters[prefix]}"

    # -- people -------------------------------------------------------------------
    def pick_people(self):
        total = sum(w for _, w in N.PEOPLE_WEIGHTS)
        x = self.rng.uniform(0, total)
        for p, w in N.PEOPLE_WEIGHTS:
            x -= w
            if x <= 0:
                return p
        return "kyrgyz"

    def person(self, role, sex=None, people=None, sur=None, uulu=None, official=None,
               given=None, father=None):
        r = self.rng
        people = people or self.pick_people()
        pool = N.POOLS[people]
        sex = sex or r.choice("mf")
        for _ in range(50):
            s = sur or r.choice(pool["sur"])
            g = given or r.choice(pool["male" if sex == "m" else "female"])
            f = father or r.choice(pool["father"])
            key = (s.rstrip("а"), g)
            if key not in self.used_names and (sur is not None or
                                               all(s != u[0] for u in self.used_names)):
                break
        self.used_names.add(key)
        self.given_used.add(g)
        self.given_used.add(g)
        if uulu is None:
            uulu = people == "kyrgyz" and official is None and r.random() < 0.18
        return Person(self, role, sex, people, s, g, f, uulu=uulu, official=official)

    def official(self, role, sex=None, people=None, sur=None):
        return self.person("official", sex=sex, people=people, sur=sur, uulu=False,
                           official=role)

    def relative(self, of, role, sex=None, given=None):
        """A relative sharing the surname (and, for children, the father's name)."""
        sex = sex or self.rng.choice("mf")
        base = of.sur if of.sex == "m" or of.sur is None else _male_surname(of.sur)
        pool = N.POOLS[of.people]
        g = given or self.rng.choice([x for x in pool["male" if sex == "m" else "female"]
                                      if x not in self.given_used] or
                                     pool["male" if sex == "m" else "female"])
        hint = self.birth_year_hint
        if role == "third_party":
            self.birth_year_hint = self.rng.randint(2008, 2020)
        if of.uulu:
            p = self.person(role, sex=sex, people=of.people, sur="Х", uulu=True,
                            given=g, father=of.father if sex == of.sex else
                            self.rng.choice(pool["father"]))
        else:
            dad = (of.given if role == "third_party" and of.sex == "m"
                   else self.rng.choice([f for f in pool["father"] if f != of.father]))
            p = self.person(role, sex=sex, people=of.people, sur=base, given=g, father=dad,
                            uulu=False)
        if role == "third_party":
            p.bd  # children: born while the hint holds
        self.birth_year_hint = hint
        return p

    # -- identifiers ----------------------------------------------------------------
    def phone_number(self):
        r = self.rng
        op = r.choice(["555", "700", "772", "777", "502", "999", "559", "221", "707"])
        a, b, c = r.randint(100, 999), r.randint(10, 99), r.randint(10, 99)
        d = r.randint(0, 9)
        return r.choice([
            f"+996 {op} {a} {b}{d}", f"+996{op}{a}{b}{d}", f"0{op} {a} {b}{d}",
            f"0{op}-{str(a)[:2]}-{str(a)[2]}{d}-{b}", f"+996 ({op}) {a}-{b}{d}",
            f"0 {op} {a}{b}{d}",
        ])

    def passport_number(self, people):
        r = self.rng
        n7 = f"{r.randint(0, 9999999):07d}"
        if people == "uzbek" and r.random() < 0.7:
            return r.choice([f"FA{n7}", f"AB {n7}", f"AA{n7}"])
        if people == "tajik" and r.random() < 0.7:
            return r.choice([f"400{r.randint(100000, 999999)}", f"TJ{n7}"])
        if people == "kazakh" and r.random() < 0.7:
            return f"N{r.randint(10000000, 99999999)}"
        if people == "russian" and r.random() < 0.3:
            return f"{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(100000, 999999)}"
        return r.choice([f"ID{n7}", f"ID {n7}", f"AN{n7}", f"AC {n7}", f"AN № {n7}"])

    def plate(self):
        r = self.rng
        L = "ABCEHKMOPTXYZ"
        reg = r.choice(["01", "02", "03", "04", "05", "06", "07", "08"])
        n = r.randint(100, 999)
        s3 = "".join(r.choice(L) for _ in range(3))
        return r.choice([f"{reg} KG {n} {s3}", f"{reg}KG{n}{s3}", f"{reg} KG {n}{s3}",
                         f"{reg}KG {n} {s3}"])

    def home_address(self):
        r = self.rng
        ky = self.lang == "ky"
        house = r.randint(1, 160)
        flat = r.randint(1, 120)
        st_person = r.choice(["Абдрахманова", "Ахунбаева", "Тоголок Молдо", "Байтик Баатыра",
                              "Курманжан Датки", "Жукеева-Пудовкина", "Льва Толстого",
                              "Горького", "Фрунзе", "Раззакова", "Шопокова", "Исанова",
                              "Айни", "Навои", "Масалиева", "Ленина"])
        st_word = r.choice(["Садовая", "Степная", "Береговая", "Ореховая", "Полевая",
                            "Южная", "Новостройка", "Заречная", "Школьная"])
        street = r.choice([st_person, st_person, st_word])
        ky_street = {"Абдрахманова": "Абдрахманов", "Ахунбаева": "Ахунбаев",
                     "Байтик Баатыра": "Байтик Баатыр", "Курманжан Датки": "Курманжан Датка",
                     "Жукеева-Пудовкина": "Жукеев-Пудовкин", "Льва Толстого": "Лев Толстой",
                     "Горького": "Горький", "Раззакова": "Раззаков", "Шопокова": "Шопоков",
                     "Исанова": "Исанов", "Масалиева": "Масалиев", "Ленина": "Ленин"}
        ky_street = {"Абдрахманова": "Абдрахманов", "Ахунбаева": "Ахунбаев",
                     "Байтик Баатыра": "Байтик Баатыр", "Курманжан Датки": "Курманжан Датка",
                     "Жукеева-Пудовкина": "Жукеев-Пудовкин", "Льва Толстого": "Лев Толстой",
                     "Горького": "Горький", "Раззакова": "Раззаков", "Шопокова": "Шопоков",
                     "Исанова": "Исанов", "Масалиева": "Масалиев", "Ленина": "Ленин"}
        if not ky:
            forms = [
                f"г. Бишкек, ул. {street}, д. {house}, кв. {flat}",
                f"г. Бишкек, мкр. {r.choice(['Джал', 'Тунгуч', 'Аламедин-1', 'Кок-Жар', 'Восток-5'])}, д. {r.randint(1, 60)}, кв. {flat}",
                f"Чуйская область, {r.choice(['Сокулукский', 'Аламудунский', 'Ысык-Атинский', 'Московский', 'Жайылский'])} район, с. {r.choice(['Кой-Таш', 'Ак-Суу', 'Новопокровка', 'Кара-Джигач', 'Садовое', 'Ивановка'])}, ул. {street}, {house}",
                f"г. Ош, ул. {street}, {house}",
                f"Ошская область, {r.choice(['Кара-Суйский', 'Ноокатский', 'Узгенский', 'Араванский'])} район, {r.choice(['Кашгар-Кыштакский', 'Жапалакский', 'Мырза-Акинский'])} айыл окмоту, с. {r.choice(['Нариман', 'Жаны-Арык', 'Савай', 'Шарк'])}, ул. {street}, д. {house}",
                f"г. Каракол, ул. {street}, {house}-{r.randint(1, 40)}",
                f"ж/м {r.choice(['Ак-Ордо', 'Арча-Бешик', 'Калыс-Ордо', 'Ынтымак'])}, ул. {street}, д. {house}",
                f"г. Джалал-Абад, ул. {street}, д. {house}, кв. {flat}",
            ]
        else:
            kstreet = ky_street.get(street, street)
            forms = [
                f"Бишкек шаары, {kstreet} көчөсү, {house}-үй, {flat}-батир",
                f"Бишкек шаары, {r.choice(['Жал', 'Түнгүч', 'Аламүдүн-1', 'Көк-Жар', 'Восток-5'])} кичирайону, {r.randint(1, 60)}-үй, {flat}-батир",
                f"Чүй облусу, {r.choice(['Сокулук', 'Аламүдүн', 'Ысык-Ата', 'Москва', 'Жайыл'])} району, {r.choice(['Кой-Таш', 'Ак-Суу', 'Жаңы-Жер', 'Кара-Жыгач', 'Ивановка'])} айылы, {kstreet} көчөсү, {house}-үй",
                f"Ош шаары, {kstreet} көчөсү, {house}-үй",
                f"Ош облусу, {r.choice(['Кара-Суу', 'Ноокат', 'Өзгөн', 'Араван'])} району, {r.choice(['Кашкар-Кыштак', 'Жапалак', 'Мырза-Аке'])} айыл аймагы, {r.choice(['Нариман', 'Жаңы-Арык', 'Савай'])} айылы, {kstreet} көчөсү, {house}",
                f"Нарын облусу, {r.choice(['Ат-Башы', 'Кочкор', 'Жумгал'])} району, {r.choice(['Ак-Муз', 'Кара-Суу', 'Чаек'])} айылы, {kstreet} көчөсү, {house}-үй",
                f"Ысык-Көл облусу, Каракол шаары, {kstreet} көчөсү, {house}/{r.randint(1, 40)}",
            ]
        return r.choice(forms)

    def org_inn(self):
        r = self.rng
        return ("0" + f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(1995, 2020)}"
                + f"{r.randint(0, 99999):05d}")


def _male_surname(s):
    if s.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return s[:-1]
    if s.endswith("ская") or s.endswith("цкая"):
        return s[:-2] + "ий"
    return s


def write(ctx, template, **vars_):
    """Appends a template (see module doc) to ctx.doc."""
    d = ctx.doc
    if getattr(ctx, "pending", None):
        ptpl, pvars = ctx.pending
        ctx.pending = None
        template = ptpl + template
        vars_ = {**pvars, **vars_}
    template = gender_forms(template, vars_)
    pos = 0
    for m in PH.finditer(template):
        if m.start() > pos:
            d.add(template[pos:m.start()])
        pos = m.end()
        if m.group(1) is not None:
            spec = m.group(1)
            if ":" in spec or spec in vars_ and isinstance(vars_[spec], Person):
                parts = spec.split(":")
                p = vars_[parts[0]]
                form = parts[1] if len(parts) > 1 else "full"
                case = parts[2] if len(parts) > 2 else "nom"
                text = p.form(form, case)
                if p.official:
                    d.add(text, ("K", "official", p.official))
                else:
                    d.add(text, ("M", "name", p.ent, p.role))
                continue
            path = spec.split(".")
            obj = vars_[path[0]]
            for a in path[1:]:
                obj = getattr(obj, a)
            if isinstance(obj, Ident):
                d.add(obj.text, ("M", obj.cat, obj.ent, obj.role))
            elif isinstance(obj, Kept):
                d.add(obj.text, ("K", obj.kind, obj.role))
            else:
                d.add(str(obj))
        else:
            spec = m.group(2)
            head, _, text = spec.partition("|")
            if head.startswith("@"):
                cat, _, ent = head[1:].partition("/")
                ent, _, role = ent.partition("/")
                d.add(text, ("M", cat, ent, role or None))
            else:
                kind, _, role = head.partition("/")
                d.add(text, ("K", kind, role or None))
    if pos < len(template):
        d.add(template[pos:])


SEX_EXPLICIT = re.compile(r"<(\w+)\|([^|>]*)\|([^>]*)>")
SEX_SHORT = re.compile(r"(\w+)\((-?)(\w+)\)")
PERSON_PH = re.compile(r"\{(\w+)(?::[^}]*)?\}")


def _female(word, dash, end):
    if not dash:  # признал(а)
        return word + end
    if end == "ась":  # обратился(-ась)
        return word[:-2] + "ась"
    if end == "а":  # утверждён(-а)
        return word + "а"
    if end == "ка":  # гражданин(-ка)
        return word + "ка"
    if end in ("ой", "ей"):  # судимого(-ой), виновным(-ой), занимавшего(-ей)
        return word[:-3] + end if word.endswith(("ого", "его")) else word[:-2] + end
    if end == "ая":  # проживающий(-ая)
        return word[:-2] + "ая"
    return word


def gender_forms(template, vars_):
    """``<p|his|her>`` picks by the sex of person ``p``; ``признал(а)`` and the like
    agree with the nearest person named before them in the template."""
    def explicit(m):
        p = vars_.get(m.group(1))
        return m.group(3) if getattr(p, "sex", "m") == "f" else m.group(2)

    template = SEX_EXPLICIT.sub(explicit, template)
    out, pos = [], 0
    for m in SEX_SHORT.finditer(template):
        before = template[:m.start()]
        sex = "m"
        for pm in PERSON_PH.finditer(before):
            p = vars_.get(pm.group(1))
            if isinstance(p, Person):
                sex = p.sex
        out.append(template[pos:m.start()])
        word, dash, end = m.groups()
        out.append(_female(word, dash, end) if sex == "f" else word)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out)


def compile_doc(ctx, wrap=None):
    """Concatenates the pieces; returns (text, mentions, kept) with byte offsets."""
    out = []
    anns = []
    off = 0
    for text, ann in ctx.doc.parts:
        if ctx.soft_hyphens:
            text = re.sub(r"(?<=\w)-(?=\w)", "\u00ad", text)
        b = text.encode("utf-8")
        if ann is not None:
            anns.append((off, off + len(b), ann))
        out.append(text)
        off += len(b)
    txt = "".join(out)
    if wrap:
        txt = hard_wrap(txt, wrap)
    raw = txt.encode("utf-8")
    mentions, kept = [], []
    for s, e, ann in anns:
        t = raw[s:e].decode("utf-8")
        if ann[0] == "M":
            m = {"start": s, "end": e, "text": t, "category": ann[1], "entity": ann[2]}
            if ann[1] == "name":
                m["role"] = ann[3]
            mentions.append(m)
        else:
            k = {"start": s, "end": e, "text": t, "kind": ann[1]}
            if ann[2]:
                k["role"] = ann[2]
            kept.append(k)
    mentions.sort(key=lambda x: x["start"])
    kept.sort(key=lambda x: x["start"])
    return txt, mentions, kept


def hard_wrap(txt, width):
    """Replaces spaces by line breaks so that lines stay within ``width`` characters.

    A space and a line break are both one byte, so offsets do not move."""
    lines = []
    for para in txt.split("\n"):
        chars = list(para)
        col = 0
        last_space = -1
        start = 0
        for i, ch in enumerate(chars):
            if ch == " ":
                last_space = i
            if i - start >= width and last_space > start:
                chars[last_space] = "\n"
                start = last_space + 1
                last_space = -1
        lines.append("".join(chars))
        col += 1
    return "\n".join(lines)
