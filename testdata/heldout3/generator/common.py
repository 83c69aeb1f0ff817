"""Per-act context: courts, officials, identifiers, dates and addresses."""

from __future__ import annotations

import random
import string

from core import K, M
from names import NameMaker, Person

MONTHS_RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                 "сентября", "октября", "ноября", "декабря"]
MONTHS_KY_LOC = ["январында", "февралында", "мартында", "апрелинде", "майында", "июнунда",
                 "июлунда", "августунда", "сентябрында", "октябрында", "ноябрында", "декабрында"]
MONTHS_KY_NOM = ["январы", "февралы", "марты", "апрели", "майы", "июну", "июлу", "августу",
                 "сентябры", "октябры", "ноябры", "декабры"]
MONTHS_KY_ATTR = [m + ("ги" if m.endswith("де") else "гы") for m in MONTHS_KY_LOC]

# (code, ru name, ky name, city ru, city ky, street ru, street ky, region-code)
COURTS = [
    ("bishkek-leninsky", "Ленинский районный суд города Бишкек", "Бишкек шаарынын Ленин райондук соту",
     "г. Бишкек", "Бишкек шаары", "ул. Льва Толстого", "Лев Толстой көчөсү"),
    ("bishkek-oktyabrsky", "Октябрьский районный суд города Бишкек", "Бишкек шаарынын Октябрь райондук соту",
     "г. Бишкек", "Бишкек шаары", "пр. Чуй", "Чүй проспектиси"),
    ("bishkek-sverdlovsky", "Свердловский районный суд города Бишкек", "Бишкек шаарынын Свердлов райондук соту",
     "г. Бишкек", "Бишкек шаары", "ул. Жибек Жолу", "Жибек Жолу көчөсү"),
    ("bishkek-pervomaisky", "Первомайский районный суд города Бишкек", "Бишкек шаарынын Биринчи Май райондук соту",
     "г. Бишкек", "Бишкек шаары", "ул. Московская", "Московская көчөсү"),
    ("osh-city", "Ошский городской суд", "Ош шаардык соту", "г. Ош", "Ош шаары",
     "ул. Курманжан Датки", "Курманжан Датка көчөсү"),
    ("chui-sokuluk", "Сокулукский районный суд Чуйской области", "Чүй облусунун Сокулук райондук соту",
     "с. Сокулук", "Сокулук айылы", "ул. Фрунзе", "Фрунзе көчөсү"),
    ("chui-alamudun", "Аламудунский районный суд Чуйской области", "Чүй облусунун Аламүдүн райондук соту",
     "с. Лебединовка", "Лебединовка айылы", "ул. Центральная", "Борбордук көчөсү"),
    ("chui-moskovsky", "Московский районный суд Чуйской области", "Чүй облусунун Москва райондук соту",
     "с. Беловодское", "Беловодское айылы", "ул. Ленина", "Ленин көчөсү"),
    ("issykkul-karakol", "Каракольский городской суд", "Каракол шаардык соту", "г. Каракол", "Каракол шаары",
     "ул. Токтогула", "Токтогул көчөсү"),
    ("jalalabad-city", "Жалал-Абадский городской суд", "Жалал-Абад шаардык соту", "г. Жалал-Абад",
     "Жалал-Абад шаары", "ул. Ленина", "Ленин көчөсү"),
    ("naryn-city", "Нарынский городской суд", "Нарын шаардык соту", "г. Нарын", "Нарын шаары",
     "ул. Ленина", "Ленин көчөсү"),
    ("talas-city", "Таласский городской суд", "Талас шаардык соту", "г. Талас", "Талас шаары",
     "ул. Бердике Баатыра", "Бердике Баатыр көчөсү"),
    ("batken-kadamjai", "Кадамжайский районный суд Баткенской области", "Баткен облусунун Кадамжай райондук соту",
     "г. Пулгон", "Пулгон шаары", "ул. Победы", "Жеңиш көчөсү"),
    ("osh-karasuu", "Кара-Суйский районный суд Ошской области", "Ош облусунун Кара-Суу райондук соту",
     "г. Кара-Суу", "Кара-Суу шаары", "ул. Мира", "Тынчтык көчөсү"),
]
APPEAL = {  # region -> (code, ru, ky)
    "bishkek": ("bishkek-city", "Бишкекский городской суд", "Бишкек шаардык соту"),
    "osh": ("osh-regional", "Ошский областной суд", "Ош облустук соту"),
    "chui": ("chui-regional", "Чуйский областной суд", "Чүй облустук соту"),
    "issykkul": ("issykkul-regional", "Иссык-Кульский областной суд", "Ысык-Көл облустук соту"),
    "jalalabad": ("jalalabad-regional", "Жалал-Абадский областной суд", "Жалал-Абад облустук соту"),
    "naryn": ("naryn-regional", "Нарынский областной суд", "Нарын облустук соту"),
    "talas": ("talas-regional", "Таласский областной суд", "Талас облустук соту"),
    "batken": ("batken-regional", "Баткенский областной суд", "Баткен облустук соту"),
}

# home-address material (ru, ky)
PLACES = [
    # (region ru, district ru, village/city ru, region ky, district ky, village ky)
    ("Чуйская область", "Сокулукский район", "с. Гавриловка", "Чүй облусу", "Сокулук району", "Гавриловка айылы"),
    ("Чуйская область", "Аламудунский район", "с. Васильевка", "Чүй облусу", "Аламүдүн району", "Васильевка айылы"),
    ("Чуйская область", "Ысык-Атинский район", "с. Ивановка", "Чүй облусу", "Ысык-Ата району", "Ивановка айылы"),
    ("Чуйская область", "Жайылский район", "г. Кара-Балта", "Чүй облусу", "Жайыл району", "Кара-Балта шаары"),
    ("Ошская область", "Кара-Суйский район", "с. Нариман", "Ош облусу", "Кара-Суу району", "Нариман айылы"),
    ("Ошская область", "Араванский район", "с. Төө-Моюн", "Ош облусу", "Араван району", "Төө-Моюн айылы"),
    ("Ошская область", "Ноокатский район", "с. Кара-Тоо", "Ош облусу", "Ноокат району", "Кара-Тоо айылы"),
    ("Иссык-Кульская область", "Тюпский район", "с. Санташ", "Ысык-Көл облусу", "Түп району", "Санташ айылы"),
    ("Иссык-Кульская область", "Ак-Суйский район", "с. Теплоключенка", "Ысык-Көл облусу", "Ак-Суу району", "Теплоключенка айылы"),
    ("Нарынская область", "Кочкорский район", "с. Кочкор", "Нарын облусу", "Кочкор району", "Кочкор айылы"),
    ("Нарынская область", "Ат-Башинский район", "с. Ача-Кайыңды", "Нарын облусу", "Ат-Башы району", "Ача-Кайыңды айылы"),
    ("Жалал-Абадская область", "Сузакский район", "с. Барпы", "Жалал-Абад облусу", "Сузак району", "Барпы айылы"),
    ("Жалал-Абадская область", "Ноокенский район", "с. Кочкор-Ата", "Жалал-Абад облусу", "Ноокен району", "Кочкор-Ата шаары"),
    ("Таласская область", "Манасский район", "с. Покровка", "Талас облусу", "Манас району", "Покровка айылы"),
    ("Баткенская область", "Лейлекский район", "с. Раззаков", "Баткен облусу", "Лейлек району", "Раззаков шаары"),
]
AO = ["Кызыл-Суу", "Ак-Булак", "Жаны-Жер", "Кара-Жыгач", "Бел-Төбө", "Таш-Дөбө", "Көк-Жар", "Арал"]
STREETS_RU = ["ул. Садовая", "ул. Октябрьская", "ул. Школьная", "ул. Набережная", "ул. Айтматова",
              "ул. Молодой Гвардии", "ул. Жумабека", "ул. Манаса", "пер. Тихий", "ул. Абая",
              "ул. Ахунбаева", "ул. Кулатова", "ул. Гагарина", "ул. Тыныстанова", "ул. Лесная",
              "ул. Победы", "ул. Мира", "ул. Курманжан Датки"]
STREETS_KY = ["Бакай көчөсү", "Мектеп көчөсү", "Айтматов көчөсү", "Манас көчөсү", "Жаштык көчөсү",
              "Ахунбаев көчөсү", "Абай көчөсү", "Гагарин көчөсү", "Тыныстанов көчөсү", "Жеңиш көчөсү",
              "Тынчтык көчөсү", "Курманжан Датка көчөсү", "Ала-Тоо көчөсү"]
MKR_RU = ["мкр. Джал-23", "мкр. Асанбай", "мкр. Восток-5", "мкр. Тунгуч", "мкр. Кок-Жар", "ж/м Ала-Тоо",
          "ж/м Ак-Орго", "ж/м Калыс-Ордо"]
MKR_KY = ["Асанбай кичирайону", "Восток-5 кичирайону", "Түңгүч кичирайону", "Көк-Жар кичирайону",
          "Ала-Тоо конуштары", "Ак-Орго конушу"]
BISHKEK_STREETS = ["ул. Ибраимова", "ул. Матросова", "ул. Белинского", "ул. Ахунбаева", "ул. Исанова",
                   "ул. Боконбаева", "ул. Тоголок Молдо", "ул. Жукеева-Пудовкина", "ул. Байтик Баатыра"]

LOOKALIKES_RU = [
    ("в ", "надежде", " на примирение"),
    ("утратив всякую ", "веру", " в добросовестность"),
    ("ради сохранения ", "мира", " в семье"),
    ("заключить ", "мировое", " соглашение стороны не пожелали"),
    ("с ", "надеждой", " на скорое разрешение спора"),
]
LOOKALIKES_KY = [
    ("үй-бүлөдө ", "тынчтык", " сакталышын каалай тургандыгын"),
    ("келечекке ", "ишеним", " менен караарын"),
    ("балдардын ", "бакыт", "ы үчүн"),
    ("ар бир ", "күн", " сайын"),
    ("бир ", "ай", " ичинде"),
]


class Ctx:
    """Everything one act draws: persons, identifiers, officials."""

    def __init__(self, rng: random.Random, lang: str):
        self.rng = rng
        self.lang = lang
        self.nm = NameMaker(rng)
        self.counters: dict[str, int] = {}
        self.court = rng.choice(COURTS)
        self.year = rng.choice([2022, 2023, 2024, 2025])
        self.date = (self.year, rng.randint(1, 12), rng.randint(1, 28))

    def new_id(self, prefix: str) -> str:
        self.counters[prefix] = self.counters.get(prefix, 0) + 1
        return f"{prefix}{self.counters[prefix]}"

    # ---------------------------------------------------------------- persons
    def person(self, role: str, **kw) -> Person:
        p = self.nm.person(role, **kw)
        y = self.year - self.rng.randint(kw.pop("min_age", 19) if False else 19, 66)
        p.birth = (y, self.rng.randint(1, 12), self.rng.randint(1, 28))
        return p

    def child(self, mother: Person, father: Person | None, male: bool, carrier: Person | None = None) -> Person:
        carrier = carrier or father or mother
        p = self.nm.relative(carrier, "third_party", male, child_of_father=father)
        y = self.year - self.rng.randint(1, 16)
        p.birth = (y, self.rng.randint(1, 12), self.rng.randint(1, 28))
        return p

    def official(self, role: str, **kw) -> Person:
        p = self.nm.person(role, kept=True, **kw)
        if p.style == "uulu":
            p = self.nm.person(role, kept=True, style="ru", **kw)
        if not p.patr:
            p.patr = "Асылбекович" if p.male else "Асылбековна"
        return p

    def nm_mother(self, son: Person) -> Person:
        if not hasattr(son, "_mother"):
            m = self.nm.relative(son, "third_party", False)
            m.birth = (son.birth[0] - 25, 3, 3)
            son._mother = m
        return son._mother

    # ---------------------------------------------------------------- dates
    def act_date_ru(self, d=None) -> str:
        y, m, dd = d or self.date
        return f"{dd} {MONTHS_RU_GEN[m - 1]} {y} года"

    def act_date_ky(self, d=None, form: str = "nom") -> str:
        y, m, dd = d or self.date
        months = dict(nom=MONTHS_KY_NOM, loc=MONTHS_KY_LOC, attr=MONTHS_KY_ATTR)[form]
        return f"{y}-жылдын {dd}-{months[m - 1]}"

    def earlier(self, days_min: int = 20, days_max: int = 400):
        import datetime
        y, m, d = self.date
        dt = datetime.date(y, m, d) - datetime.timedelta(days=self.rng.randint(days_min, days_max))
        return (dt.year, dt.month, dt.day)

    def iso(self, d=None) -> str:
        y, m, dd = d or self.date
        return f"{y:04d}-{m:02d}-{dd:02d}"

    # ---------------------------------------------------------------- identifiers
    def pin(self, p: Person, spaced: bool = False) -> M:
        y, m, d = p.birth
        digits = f"{'2' if p.male else '1'}{d:02d}{m:02d}{y:04d}{self.rng.randint(0, 99999):05d}"
        if spaced:
            digits = f"{digits[0]} {digits[1:9]} {digits[9:]}"
        return M(digits, "pin", self._ent("PIN", p))

    def _ent(self, prefix: str, owner, key: str = "") -> str:
        k = (prefix, id(owner), key)
        if not hasattr(self, "_ents"):
            self._ents = {}
        if k not in self._ents:
            self._ents[k] = self.new_id(prefix)
        return self._ents[k]

    def passport_kg(self, p: Person, fmt: int | None = None) -> M:
        if not hasattr(p, "_pass"):
            p._pass = (self.rng.choice(["ID", "AN", "AC", "ID"]), f"{self.rng.randint(0, 9999999):07d}")
        ser, num = p._pass
        fmt = self.rng.randint(0, 2) if fmt is None else fmt
        t = [f"{ser}{num}", f"{ser} {num}", f"{ser} № {num}"][fmt]
        return M(t, "passport", self._ent("PASS", p))

    def passport_foreign(self, p: Person, country: str) -> M:
        r = self.rng
        if not hasattr(p, "_fpass"):
            if country == "ru":
                t = f"{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(0, 999999):06d}"
            elif country == "kz":
                t = f"N{r.randint(0, 99999999):08d}"
            elif country == "uz":
                t = f"{r.choice(['AA', 'AB', 'FA'])}{r.randint(0, 9999999):07d}"
            elif country == "tj":
                t = f"{r.randint(400000000, 499999999)}"
            elif country == "cn":
                t = f"E{r.choice('ABCDGH')}{r.randint(0, 9999999):07d}"
            else:
                t = f"{r.randint(0, 99999999):08d}"
            p._fpass = t
        return M(p._fpass, "passport", self._ent("PASS", p))

    def phone(self, p: Person, fmt: int | None = None, key: str = "") -> M:
        r = self.rng
        k = ("_phone" + key)
        if not hasattr(p, k):
            setattr(p, k, (r.choice(["555", "700", "701", "707", "770", "772", "999", "220", "505"]),
                           f"{r.randint(0, 999999):06d}"))
        op, n = getattr(p, k)
        fmt = r.randint(0, 5) if fmt is None else fmt
        t = [f"+996 {op} {n[:3]} {n[3:]}", f"+996{op}{n}", f"0{op} {n[:3]} {n[3:]}",
             f"0{op}-{n[:2]}-{n[2:4]}-{n[4:]}", f"+996 ({op}) {n[:2]}-{n[2:4]}-{n[4:]}",
             f"0 {op} {n}"][fmt]
        return M(t, "phone", self._ent("PHONE", p, key))

    def phone_kz(self, p: Person) -> M:
        n = f"{self.rng.randint(0, 9999999):07d}"
        return M(f"+7 701 {n[:3]} {n[3:5]} {n[5:]}", "phone", self._ent("PHONE", p, "kz"))

    def email(self, p: Person, text: str | None = None) -> M:
        if text is None:
            tr = translit(p.father if p.style == "uulu" else p.sur).lower()
            tr2 = translit(p.given).lower()
            dom = self.rng.choice(["gmail.com", "mail.ru", "inbox.kg", "yandex.ru", "list.ru"])
            text = self.rng.choice([f"{tr}.{tr2[:1]}{self.rng.randint(70, 99)}@{dom}",
                                    f"{tr2}_{tr}@{dom}", f"{tr}{self.rng.randint(1, 999)}@{dom}"])
        return M(text, "email", self._ent("EMAIL", p))

    def plate(self, owner, fmt: int | None = None) -> M:
        r = self.rng
        if not hasattr(self, "_plates"):
            self._plates = {}
        key = id(owner)
        if key not in self._plates:
            self._plates[key] = (r.choice(["01", "02", "03", "04", "05", "06", "07", "08"]), f"{r.randint(100, 999)}",
                                 "".join(r.choice("ABCEHKMOPTXYZ") for _ in range(3)))
        reg, n, let = self._plates[key]
        fmt = r.randint(0, 2) if fmt is None else fmt
        t = [f"{reg} KG {n} {let}", f"{reg}KG{n}{let}", f"{reg} {n} {let}"][fmt]
        return M(t, "plate", self._ent("PLATE", owner))

    def plate_foreign(self, owner, country: str) -> M:
        r = self.rng
        let = "".join(r.choice("ABEKMHOPCTYX") for _ in range(3))
        if country == "kz":
            t = f"{r.randint(100, 999)} {let} {r.choice(['02', '05', '13', '17'])}"
        else:
            t = f"{r.choice('АВЕКМНОРСТУХ')}{r.randint(100, 999)}{r.choice('АВЕКМНОРСТУХ')}{r.choice('АВЕКМНОРСТУХ')} {r.choice(['54', '154', '77', '196', '22'])}"
        return M(t, "plate", self._ent("PLATE", owner))

    def account(self, owner, card: bool = False) -> M:
        r = self.rng
        if card:
            n = f"{r.choice(['4169', '5522', '9417', '4405'])}{r.randint(0, 999999999999):012d}"
            t = " ".join(n[i:i + 4] for i in range(0, 16, 4))
        else:
            t = f"{r.choice(['1240', '1030', '1180', '1091'])}{r.randint(0, 999999999999):012d}"
        return M(t, "account", self._ent("ACC", owner, "c" if card else "a"))

    def property_code(self, owner, land: bool = False) -> M:
        r = self.rng
        t = f"{r.randint(1, 8)}-{r.randint(1, 12):02d}-{r.randint(1, 30):02d}-{r.randint(1, 9999):04d}-{r.randint(1, 9999):04d}"
        if not land:
            t += f"-{r.randint(1, 3):02d}-{r.randint(1, 200):03d}"
        return M(t, "property_code", self._ent("PROP", owner, "l" if land else "h"))

    def birth_ru(self, p: Person, form: int | None = None, case: str = "gen") -> list:
        """Russian birth-date phrase; returns pieces."""
        y, m, d = p.birth
        bd = self._ent("BD", p)
        form = self.rng.randint(0, 5) if form is None else form
        if form == 0:
            return [M(f"{d:02d}.{m:02d}.{y}", "birth_date", bd), " г.р."]
        if form == 1:
            return [M(f"{d} {MONTHS_RU_GEN[m - 1]} {y}", "birth_date", bd), " года рождения"]
        if form == 2:
            return [M(f"{y}", "birth_date", bd), " года рождения"]
        if form == 3:
            word = {"gen": ("родившегося ", "родившейся "), "nom": ("родившийся ", "родившаяся ")}.get(case, ("родившегося ", "родившейся "))
            return [word[0] if p.male else word[1], M(f"{d:02d}.{m:02d}.{y}", "birth_date", bd), " года"]
        if form == 4:
            return [M(f"{y}", "birth_date", bd), " г.р."]
        return ["дата рождения: ", M(f"{d:02d}.{m:02d}.{y}", "birth_date", bd)]

    def birth_ky(self, p: Person, form: int | None = None) -> list:
        y, m, d = p.birth
        bd = self._ent("BD", p)
        form = self.rng.randint(0, 3) if form is None else form
        if form == 0:
            return [M(f"{y}-жылдын {d}-{MONTHS_KY_LOC[m - 1]}", "birth_date", bd), " туулган"]
        if form == 1:
            return [M(f"{y}", "birth_date", bd), "-жылы туулган"]
        if form == 2:
            return [M(f"{d:02d}.{m:02d}.{y}", "birth_date", bd), "-жылы туулган"]
        return [M(f"{y}-жылдын {d}-{MONTHS_KY_LOC[m - 1]}", "birth_date", bd), " туулган"]

    # ---------------------------------------------------------------- addresses
    def address_ru(self, owner, kind: int | None = None) -> M:
        k = ("ADDR", id(owner))
        if not hasattr(self, "_addr"):
            self._addr = {}
        if k in self._addr:
            return self._addr[k]
        r = self.rng
        kind = r.randint(0, 4) if kind is None else kind
        house = r.randint(1, 180)
        if kind == 0:
            t = f"г. Бишкек, {r.choice(MKR_RU)}, д. {r.randint(1, 60)}, кв. {r.randint(1, 120)}"
        elif kind == 1:
            t = f"г. Бишкек, {r.choice(BISHKEK_STREETS)}, {house}-{r.randint(1, 90)}"
        elif kind == 2:
            pl = r.choice(PLACES)
            t = f"{pl[0]}, {pl[1]}, {pl[2]}, {r.choice(STREETS_RU)}, д. {house}"
        elif kind == 3:
            pl = r.choice(PLACES)
            t = f"{pl[1]}, {r.choice(AO)} айыл окмоту, {pl[2]}, {r.choice(STREETS_RU)}, {house}"
        else:
            t = f"г. Ош, {r.choice(STREETS_RU)}, д. {house}, кв. {r.randint(1, 70)}"
        m = M(t, "address", self.new_id("ADDR"))
        self._addr[k] = m
        return m

    def address_ky(self, owner, kind: int | None = None) -> M:
        k = ("ADDR", id(owner))
        if not hasattr(self, "_addr"):
            self._addr = {}
        if k in self._addr:
            return self._addr[k]
        r = self.rng
        kind = r.randint(0, 3) if kind is None else kind
        house = r.randint(1, 180)
        if kind == 0:
            t = f"Бишкек шаары, {r.choice(MKR_KY)}, {r.randint(1, 60)}-үй, {r.randint(1, 120)}-батир"
        elif kind == 1:
            pl = r.choice(PLACES)
            t = f"{pl[3]}, {pl[4]}, {r.choice(AO)} айыл аймагы, {pl[5]}, {r.choice(STREETS_KY)}, {house}-үй"
        elif kind == 2:
            pl = r.choice(PLACES)
            t = f"{pl[4]}, {pl[5]}, {r.choice(STREETS_KY)}, {house}"
        else:
            t = f"Ош шаары, {r.choice(STREETS_KY)}, {house}-үй, {r.randint(1, 70)}-батир"
        m = M(t, "address", self.new_id("ADDR"))
        self._addr[k] = m
        return m

    def address_abroad(self, owner) -> M:
        r = self.rng
        t = r.choice([f"Российская Федерация, г. Новосибирск, ул. Станционная, д. {r.randint(1, 90)}, кв. {r.randint(1, 200)}",
                      f"г. Екатеринбург, ул. Шефская, д. {r.randint(1, 90)}, кв. {r.randint(1, 200)}",
                      f"Республика Казахстан, г. Алматы, мкр. Аксай-4, д. {r.randint(1, 90)}, кв. {r.randint(1, 90)}"])
        m = M(t, "address", self.new_id("ADDR"))
        if not hasattr(self, "_addr"):
            self._addr = {}
        self._addr[("ADDR", id(owner))] = m
        return m


_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяөүң",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r",
                "s", "t", "u", "f", "h", "ts", "ch", "sh", "sh", "", "y", "", "e", "yu", "ya", "o", "u", "n"]))


def translit(s: str) -> str:
    return "".join(_TR.get(c.lower(), c if c in string.ascii_letters else "") for c in s)
