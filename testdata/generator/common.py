"""Per-act context: parties, officials, identifiers and the annotated pieces they produce."""

from __future__ import annotations

import datetime as dt

from doc import K, M
import morph

MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]
KY_MONTH = ["январы", "февралы", "марты", "апрели", "майы", "июну", "июлу", "августу",
            "сентябры", "октябры", "ноябры", "декабры"]
KY_MONTH_LOC = ["январында", "февралында", "мартында", "апрелинде", "майында", "июнунда",
                "июлунда", "августунда", "сентябрында", "октябрында", "ноябрында", "декабрында"]

OFFICIAL_ROLES = {"judge", "secretary", "prosecutor", "advocate", "investigator", "official"}

TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяөүң",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n",
                     "o", "p", "r", "s", "t", "u", "f", "h", "ts", "ch", "sh", "sh", "", "y", "",
                     "e", "yu", "ya", "o", "u", "ng"]))


def translit(s: str) -> str:
    return "".join(TRANSLIT.get(ch, ch) for ch in s.lower())


def ru_date(d: dt.date) -> str:
    return f"{d.day} {MONTHS_GEN[d.month - 1]} {d.year} года"


def ru_date_short(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def ky_date(d: dt.date) -> str:
    return f"{d.year}-жылдын {d.day}-{KY_MONTH[d.month - 1]}"


def ky_date_loc(d: dt.date) -> str:
    return f"{d.year}-жылдын {d.day}-{KY_MONTH_LOC[d.month - 1]}"


def ky_date_attr(d: dt.date) -> str:
    """Attributive form: 2021-жылдын 4-майындагы, 10-апрелиндеги."""
    loc = ky_date_loc(d)
    return loc + {"а": "гы", "е": "ги", "о": "гу", "ө": "гү"}[loc[-1]]


def money(rng, lo, hi, step=500) -> str:
    v = rng.randrange(lo // step, hi // step + 1) * step
    s = f"{v:,}".replace(",", " ")
    return s


# ---------------------------------------------------------------- places
BISHKEK_STREETS = ["Ахунбаева", "Московская", "Киевская", "Фрунзе", "Абдрахманова", "Жибек Жолу",
                   "Байтик Баатыра", "Ибраимова", "Горького", "Льва Толстого", "Каралаева",
                   "Малдыбаева", "Суеркулова", "Тыныстанова", "Шабдан Баатыра", "Карасаева",
                   "Ауэзова", "Юнусалиева", "Садырбаева", "Боконбаева", "Токтогула"]
BISHKEK_STREETS_KY = ["Ахунбаев", "Москва", "Киев", "Фрунзе", "Абдрахманов", "Жибек Жолу",
                      "Байтик Баатыр", "Ибраимов", "Горький", "Каралаев", "Малдыбаев",
                      "Тыныстанов", "Шабдан Баатыр", "Юнусалиев", "Боконбаев", "Токтогул"]
BISHKEK_MKR = ["Джал", "Асанбай", "Восток-5", "Тунгуч", "Аламедин-1", "Кок-Жар", "Учкун", "6"]
BISHKEK_ZHM = ["Ак-Ордо", "Калыс-Ордо", "Арча-Бешик", "Кара-Жыгач", "Ак-Босого", "Орто-Сай",
               "Келечек", "Ала-Тоо"]
VILLAGE_STREETS = ["Садовая", "Ленина", "Мира", "Советская", "Школьная", "Молодёжная",
                   "Жеңиш", "Ат-Башы", "Набережная", "Чапаева"]
RURAL = [  # (region ru, district ru, aiyl okmotu ru, village, region ky, district ky, ao ky)
    ("Чуйская область", "Сокулукский район", "Жаңы-Жерский айыл окмоту", "Жаңы-Жер",
     "Чүй облусу", "Сокулук району", "Жаңы-Жер айыл аймагы"),
    ("Чуйская область", "Аламудунский район", "Лебединовский айыл окмоту", "Лебединовка",
     "Чүй облусу", "Аламүдүн району", "Лебединовка айыл аймагы"),
    ("Чуйская область", "Московский район", "Беловодский айыл окмоту", "Беловодское",
     "Чүй облусу", "Москва району", "Беловодск айыл аймагы"),
    ("Ошская область", "Кара-Суйский район", "Мадинский айыл окмоту", "Мады",
     "Ош облусу", "Кара-Суу району", "Мады айыл аймагы"),
    ("Ошская область", "Ноокатский район", "Кенжинский айыл окмоту", "Кенже",
     "Ош облусу", "Ноокат району", "Кенже айыл аймагы"),
    ("Иссык-Кульская область", "Тюпский район", "Тюпский айыл окмоту", "Тюп",
     "Ысык-Көл облусу", "Түп району", "Түп айыл аймагы"),
    ("Иссык-Кульская область", "Джети-Огузский район", "Кызыл-Суйский айыл окмоту", "Кызыл-Суу",
     "Ысык-Көл облусу", "Жети-Өгүз району", "Кызыл-Суу айыл аймагы"),
    ("Нарынская область", "Ат-Башинский район", "Ат-Башинский айыл окмоту", "Ат-Баши",
     "Нарын облусу", "Ат-Башы району", "Ат-Башы айыл аймагы"),
    ("Джалал-Абадская область", "Сузакский район", "Сузакский айыл окмоту", "Сузак",
     "Жалал-Абад облусу", "Сузак району", "Сузак айыл аймагы"),
    ("Таласская область", "Бакай-Атинский район", "Бакай-Атинский айыл окмоту", "Бакай-Ата",
     "Талас облусу", "Бакай-Ата району", "Бакай-Ата айыл аймагы"),
    ("Баткенская область", "Лейлекский район", "Ак-Суйский айыл окмоту", "Ак-Суу",
     "Баткен облусу", "Лейлек району", "Ак-Суу айыл аймагы"),
]
OSH_STREETS = ["Ленина", "Курманжан Датки", "Масалиева", "Айтиева", "Навои", "Зайнабетдинова"]


def address_ru(rng) -> str:
    r = rng.random()
    h = rng.randint(1, 180)
    flat = rng.randint(1, 120)
    if r < 0.35:
        st = rng.choice(BISHKEK_STREETS)
        city = rng.choice(["г. Бишкек", "г.Бишкек", "город Бишкек"])
        street = rng.choice(["ул. ", "улица ", "ул."]) + st
        tail = rng.choice([f", д. {h}, кв. {flat}", f", дом {h}, кв. {flat}", f" {h}-{flat}",
                           f", д.{h}/{rng.randint(1, 5)}", f", {h}"])
        return f"{city}, {street}{tail}"
    if r < 0.5:
        return (f"г. Бишкек, мкр. {rng.choice(BISHKEK_MKR)}, д. {rng.randint(1, 60)}, "
                f"кв. {flat}")
    if r < 0.62:
        return (f"г. Бишкек, ж/м {rng.choice(BISHKEK_ZHM)}, ул. {rng.choice(VILLAGE_STREETS)}, "
                f"д. {h}")
    if r < 0.7:
        return (f"г. Ош, {rng.choice(['ул.', 'пр.'])} {rng.choice(OSH_STREETS)}, "
                f"д. {h}, кв. {flat}")
    reg, dist, ao, vil = rng.choice(RURAL)[:4]
    parts = [reg, dist]
    if rng.random() < 0.5:
        parts.append(ao)
    parts.append(f"с. {vil}")
    parts.append(f"ул. {rng.choice(VILLAGE_STREETS)}, д. {h}")
    return ", ".join(parts)


def address_ky(rng) -> str:
    r = rng.random()
    h = rng.randint(1, 180)
    flat = rng.randint(1, 120)
    if r < 0.4:
        return f"Бишкек шаары, {rng.choice(BISHKEK_STREETS_KY)} көчөсү, {h}-үй, {flat}-батир"
    if r < 0.55:
        return f"Бишкек шаары, {rng.choice(BISHKEK_MKR)} кичирайону, {rng.randint(1, 60)}-үй, {flat}-батир"
    if r < 0.65:
        return f"Ош шаары, {rng.choice(['Масалиев', 'Айтиев', 'Навои', 'Курманжан Датка'])} көчөсү, {h}-үй"
    t = rng.choice(RURAL)
    parts = [t[4], t[5]]
    if rng.random() < 0.6:
        parts.append(t[6])
    parts.append(f"{t[3]} айылы")
    parts.append(f"{rng.choice(VILLAGE_STREETS)} көчөсү, {h}-үй")
    return ", ".join(parts)


# ---------------------------------------------------------------- identifiers
def pin_digits(p: morph.Person, rng) -> str:
    g = "2" if p.gender == "m" else "1"
    b = p.birth
    return f"{g}{b.day:02d}{b.month:02d}{b.year}{rng.randint(0, 99999):05d}"


def fmt_pin(d: str, rng) -> str:
    r = rng.random()
    if r < 0.7:
        return d
    if r < 0.85:
        return f"{d[0]} {d[1:9]} {d[9:]}"
    return f"{d[:5]} {d[5:9]} {d[9:]}"


def org_inn(rng) -> str:
    d = dt.date(rng.randint(1996, 2022), rng.randint(1, 12), rng.randint(1, 28))
    return f"0{d.day:02d}{d.month:02d}{d.year}{rng.randint(0, 99999):05d}"


def passport(rng, lang="ru") -> tuple[str, str, str]:
    """(prefix text, mention text, suffix) e.g. ("паспорт серии ", "AN № 1234567", "")."""
    n = f"{rng.randint(0, 9999999):07d}"
    r = rng.random()
    if lang == "ky":
        if r < 0.6:
            return "паспорту ", f"ID{n}", ""
        return "паспорту ", f"AN {n}", ""
    if r < 0.35:
        return "паспорт ", f"ID{n}", ""
    if r < 0.6:
        return "паспорт ", f"{rng.choice(['AN', 'AC', 'AN'])} {n}", ""
    if r < 0.85:
        return "паспорт серии ", f"{rng.choice(['AN', 'AC'])} № {n}", ""
    return "ID-карта ", f"ID {n}", ""


def phone(rng) -> str:
    op = rng.choice(["555", "550", "700", "707", "770", "777", "505", "999", "559", "502"])
    six = f"{rng.randint(0, 999999):06d}"
    a, b, c = six[:2], six[2:4], six[4:]
    r = rng.random()
    if r < 0.3:
        return f"+996 {op} {six[:3]} {six[3:]}"
    if r < 0.45:
        return f"+996{op}{six}"
    if r < 0.65:
        return f"0{op} {six[:3]} {six[3:]}"
    if r < 0.75:
        return f"0{op}-{a}-{b}-{c}"
    if r < 0.85:
        return f"+996 ({op}) {a}-{b}-{c}"
    if r < 0.93:
        return f"0(312) {rng.randint(30, 69)}-{b}-{c}"
    return f"0 (3222) {rng.randint(2, 7)}-{b}-{c}"


def email(p: morph.Person, rng) -> str:
    first = translit(p.first)
    sur = translit(p.sur or p.father)
    dom = rng.choice(["gmail.com", "mail.ru", "list.ru", "inbox.ru", "yandex.ru", "mail.kg"])
    r = rng.random()
    if r < 0.4:
        loc = f"{first[0]}.{sur}{p.birth.year % 100:02d}"
    elif r < 0.7:
        loc = f"{sur}_{first}"
    else:
        loc = f"{first}{rng.randint(1, 999)}"
    return f"{loc}@{dom}"


LAT = "ABEHKMOPTX"
CYR_LOOK = dict(zip("ABEHKMOPTX", "АВЕНКМОРТХ"))


def plate(rng) -> str:
    r = rng.random()
    letters = "".join(rng.choice(LAT) for _ in range(3))
    if r < 0.45:
        return f"{rng.randint(1, 9):02d} KG {rng.randint(100, 999)} {letters}"
    if r < 0.6:  # the same format typed with Cyrillic look-alike letters
        return f"{rng.randint(1, 9):02d} KG {rng.randint(100, 999)} " + "".join(
            CYR_LOOK[ch] for ch in letters)
    if r < 0.75:
        return f"{rng.randint(1, 9):02d}KG{rng.randint(100, 999)}{letters}"
    if r < 0.9:  # old format: region letter, four digits, two letters
        reg = rng.choice("BCIOT")
        tail = "".join(rng.choice(LAT) for _ in range(2))
        return f"{reg} {rng.randint(1000, 9999)} {tail}"
    reg = rng.choice("ВСОТ")  # old format in Cyrillic
    tail = "".join(rng.choice("АВЕКМНОРСТХ") for _ in range(2))
    return f"{reg}{rng.randint(1000, 9999)}{tail}"


def account(rng) -> str:
    bank = rng.choice(["103", "109", "118", "124", "128", "440"])
    return bank + "".join(str(rng.randint(0, 9)) for _ in range(13))


def card(rng) -> str:
    first = rng.choice(["4169", "5375", "9417", "4405"])
    groups = [first] + [f"{rng.randint(0, 9999):04d}" for _ in range(3)]
    return " ".join(groups)


def property_code(rng, flat=True) -> str:
    base = (f"{rng.randint(1, 9)}-{rng.randint(1, 9):02d}-{rng.randint(1, 15):02d}-"
            f"{rng.randint(1, 9999):04d}-{rng.randint(1, 9999):04d}")
    if flat:
        base += f"-{rng.randint(1, 9):02d}-{rng.randint(1, 200):03d}"
    return base


# ---------------------------------------------------------------- act context
class Party:
    """A private person in the act with the entity id used in the gold file."""

    def __init__(self, ctx, person: morph.Person, role: str, entity: str):
        self.ctx, self.p, self.role, self.entity = ctx, person, role, entity
        self.ids: dict[str, tuple[str, str]] = {}   # category -> (entity, text)

    # ---- Russian mentions
    def _m(self, text, **kw):
        if "ё" in text and self.ctx.rng.random() < 0.3:  # hand-typed acts drop the dots
            text = text.replace("ё", "е")
        return M(text, "name", self.entity, self.role, **kw)

    def full(self, case="nom", order="sfp", upper=False, upper_sur=False, broken=False,
             bold_split=False):
        t = self.p.full(case, order)
        if upper:
            t = t.upper()
        elif upper_sur and self.p.style != "uulu":
            parts = t.split(" ")
            idx = 0 if order == "sfp" else len(parts) - 1
            parts[idx] = parts[idx].upper()
            t = " ".join(parts)
        if broken and " " in t:
            k = t.rfind(" ")
            t = t[:k] + "\n" + t[k + 1:]
        bf = None
        if bold_split and self.p.style != "uulu" and order == "sfp":
            sur = t.split(" ")[0]
            bf = max(2, len(sur) - 4) if len(sur) > 5 else None
        return self._m(t, bold_from=bf)

    def short(self, case="nom", fmt=None):
        rng = self.ctx.rng
        if fmt is None:
            fmt = rng.choice(["after", "after", "after", "before", "before_sp", "after_sp",
                              "one", "before_tight"])
        return self._m(self.p.short(case, fmt))

    def sur(self, case="nom"):
        if self.p.style == "uulu":
            return self._m(self.p.short(case, "after"))
        t = self.p.surname(case)
        if self.p.alt_spelling and self.ctx.rng.random() < 0.4:
            t = _alt(t)
        return self._m(t)

    def fp(self, case="nom"):
        return self._m(self.p.first_patr(case))

    def typo(self, case="nom"):
        """Hand-typed variants: doubled/missing spaces, space before a dot."""
        rng = self.ctx.rng
        if self.p.style == "uulu":
            return self._m(f"{self.p.father}  {self.p.kyz} {self.p.first[0]}.")
        s = self.p.sur_case(case)
        ini = self.p.initials
        lat = str.maketrans("АВЕКМНОРСТХаеорсх", "ABEKMHOPCTXaeopcx")
        homoglyph = s[0].translate(lat) + s[1:]  # a Latin letter typed in a Cyrillic surname
        v = rng.choice([f"{s}  {ini}", f"{s} {ini[:2]} {ini[2:]}", f"{s} {ini[0]} .{ini[2:]}",
                        f"{ini}  {s}", f"{s}{' '}{ini.rstrip('.')}", f"{homoglyph} {ini}"])
        return self._m(v)

    def ref(self, case="nom"):
        """A later mention: mostly the surname alone or with initials."""
        r = self.ctx.rng.random()
        if r < 0.035:
            return self.typo(case)
        if r < 0.5:
            return self.sur(case)
        if r < 0.85:
            return self.short(case)
        if r < 0.93 and self.p.style != "nopatr":
            return self.fp(case)
        return self.full(case)

    # ---- Kyrgyz mentions
    def kfull(self, case="nom", order="sfp", upper=False):
        t = morph.ky_attach(self.p.full("nom", order), case)
        if upper:
            t = t.upper()
        return self._m(t)

    def kshort(self, case="nom"):
        return self._m(self.p.ky_short(case))

    def ksur(self, case="nom"):
        t = self.p.ky_surname(case)
        if self.p.alt_spelling and self.ctx.rng.random() < 0.3:
            t = _alt(t)
        return self._m(t)

    def kfirst(self, case="nom"):
        return self._m(morph.ky_attach(self.p.first, case))

    def kref(self, case="nom"):
        r = self.ctx.rng.random()
        if r < 0.55:
            return self.ksur(case)
        if r < 0.85:
            return self.kshort(case)
        return self.kfull(case)

    # ---- identifiers (one entity per distinct value)
    def _id(self, cat, prefix, maker):
        if cat not in self.ids:
            self.ids[cat] = (self.ctx.new_entity(prefix), maker())
        ent, text = self.ids[cat]
        return M(text, cat, ent)

    def pin(self):
        raw = pin_digits(self.p, self.ctx.rng)
        return self._id("pin", "PIN", lambda: fmt_pin(raw, self.ctx.rng))

    def passport(self):
        pre, t, _ = passport(self.ctx.rng, self.ctx.lang)
        self._pp_prefix = getattr(self, "_pp_prefix", pre)
        return self._pp_prefix, self._id("passport", "PASS", lambda: t)

    def phone(self):
        return self._id("phone", "PHONE", lambda: phone(self.ctx.rng))

    def email(self):
        return self._id("email", "EMAIL", lambda: email(self.p, self.ctx.rng))

    def address(self):
        ky = self.ctx.lang == "ky" or ("address" not in self.ids and self.ctx.rng.random() < 0.08)
        mk = address_ky if ky else address_ru
        return self._id("address", "ADDR", lambda: mk(self.ctx.rng))

    def birth(self, style=None):
        """(prefix, mention, suffix) for a birth date in one of the usual forms."""
        b = self.p.birth
        ent = self.ids.setdefault("birth_date", (self.ctx.new_entity("BD"), ""))[0]
        rng = self.ctx.rng
        if self.ctx.lang == "ky":
            style = style or rng.choice(["full", "year", "short"])
            if style == "full":
                return "", M(ky_date_loc(b), "birth_date", ent), " туулган"
            if style == "year":
                return "", M(str(b.year), "birth_date", ent), "-жылы туулган"
            return "", M(ru_date_short(b), "birth_date", ent), "-ж. туулган"
        style = style or rng.choice(["gr", "year", "born", "short_year", "full_gr"])
        if style == "gr":
            return "", M(ru_date_short(b), "birth_date", ent), " г.р."
        if style == "year":
            return "", M(str(b.year), "birth_date", ent), " года рождения"
        if style == "born":
            verb = "родившегося" if self.p.gender == "m" else "родившейся"
            return f"{verb} ", M(ru_date(b), "birth_date", ent), ""
        if style == "short_year":
            return "", M(ru_date_short(b), "birth_date", ent), " года рождения"
        return "", M(ru_date(b), "birth_date", ent), " рождения"


def _alt(t: str) -> str:
    return t.replace("ё", "е").replace("ө", "о").replace("ү", "у").replace("ң", "н")


class Official:
    def __init__(self, person: morph.Person, role: str):
        self.p, self.role = person, role

    @property
    def meta_name(self) -> str:
        return self.p.short("nom", "after")

    def k(self, case="nom", fmt="after"):
        return K(self.p.short(case, fmt), "official", self.role)

    def kk(self, case="nom"):
        """Kyrgyz: initials first, suffix on the surname (Т.С. Асановдун)."""
        if case == "nom":
            return K(self.p.short("nom", "after"), "official", self.role)
        return K(morph.ky_attach(f"{self.p.initials} {self.p.sur}", case), "official", self.role)


class Ctx:
    def __init__(self, rng, lang):
        self.rng, self.lang = rng, lang
        self.used: set[str] = set()
        self.counters: dict[str, int] = {}
        self.parties: list[Party] = []

    def new_entity(self, prefix: str) -> str:
        self.counters[prefix] = self.counters.get(prefix, 0) + 1
        return f"{prefix}{self.counters[prefix]}"

    def party(self, role, **kw) -> Party:
        p = morph.make_person(self.rng, used_stems=self.used, **kw)
        party = Party(self, p, role, self.new_entity("P"))
        self.parties.append(party)
        return party

    def relative(self, role, base: "Party", gender=None, birth_range=(1995, 2021),
                 patronymic_from: "Party" = None) -> Party:
        """A family member sharing `base`'s surname (or, for уулу/кызы names, the father)."""
        src = base.p
        father = (patronymic_from or base).p
        gender = gender or self.pick("mf")
        for _ in range(100):
            pools = morph.FIRST_POOLS[src.ethnic]
            first = self.pick(pools[0] if gender == "m" else pools[1])
            if ("f:" + first[:4].lower()) not in self.used:
                break
        self.used.add("f:" + first[:4].lower())
        birth = morph.random_birth(self.rng, *birth_range)
        if src.style == "uulu" or (father.style == "uulu"):
            fname = father.first if father.gender == "m" else src.father
            p = morph.Person(first=first, gender=gender, father=fname, style="uulu",
                             birth=birth, ethnic=src.ethnic)
        else:
            stem = src.sur if src.gender == "m" or src.sur_kind in ("indecl", "cons") else (
                src.sur[:-1] if src.sur_kind == "ov" else src.sur[:-2] + "ий")
            sur = morph._gender_surname(stem, src.sur_kind, gender)
            if father.gender == "m" and father.ethnic != "ru":
                patr = morph.ky_patronymic_root(father.first, gender)
            elif father.gender == "m" and father.first in morph.RU_PATR:
                patr = morph.RU_PATR[father.first][0 if gender == "m" else 1]
            elif src.ethnic == "ru":
                patr = morph.RU_PATR[self.pick(list(morph.RU_PATR)[:17])][0 if gender == "m" else 1]
            else:
                patr = morph.ky_patronymic_root(self.pick(morph.KY_FATHERS), gender)
            p = morph.Person(first=first, gender=gender, sur=sur, sur_kind=src.sur_kind,
                             patr=patr, style=src.style if src.style != "nopatr" else "nopatr",
                             birth=birth, ethnic=src.ethnic, alt_spelling="")
            if src.style == "nopatr":
                p.patr = ""
        party = Party(self, p, role, self.new_entity("P"))
        self.parties.append(party)
        return party

    def official(self, role, **kw) -> Official:
        kw.setdefault("style", "ru")
        for _ in range(50):
            p = morph.make_person(self.rng, used_stems=self.used, **kw)
            if p.style == "ru" and p.patr:
                return Official(p, role)
        raise RuntimeError("no official name")

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def ent(self, prefix):
        return self.new_entity(prefix)
