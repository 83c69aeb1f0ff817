"""Courts, places, organisations and identifiers, and the per-act context that hands
out persons and identifiers with unique entity ids."""

import datetime as dt

from doc import Ident, Kept, Person
from names import PEOPLES, dekyr, deyo, patronymic

RU_MONTHS_G = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
               "сентября", "октября", "ноября", "декабря"]
KY_MONTHS_POSS = ["январы", "февралы", "марты", "апрели", "майы", "июну", "июлу",
                  "августу", "сентябры", "октябры", "ноябры", "декабры"]
KY_MONTHS_LOC = ["январында", "февралында", "мартында", "апрелинде", "майында", "июнунда",
                 "июлунда", "августунда", "сентябрында", "октябрында", "ноябрында",
                 "декабрында"]
KY_MONTHS_DAGY = ["январындагы", "февралындагы", "мартындагы", "апрелиндеги", "майындагы",
                  "июнундагы", "июлундагы", "августундагы", "сентябрындагы",
                  "октябрындагы", "ноябрындагы", "декабрындагы"]

# first-instance courts: code, ru nominative, ru genitive, ky nominative, ky genitive, city ru, city ky, street of the court
COURTS = [
    ("bishkek-oktyabrsky", "Октябрьский районный суд г. Бишкек",
     "Октябрьского районного суда г. Бишкек", "Бишкек шаарынын Октябрь райондук соту",
     "Бишкек шаарынын Октябрь райондук сотунун", "г. Бишкек", "Бишкек шаары",
     ("ул. Тыныстанова, 4", "Тыныстанов көчөсү, 4")),
    ("bishkek-leninsky", "Ленинский районный суд г. Бишкек",
     "Ленинского районного суда г. Бишкек", "Бишкек шаарынын Ленин райондук соту",
     "Бишкек шаарынын Ленин райондук сотунун", "г. Бишкек", "Бишкек шаары",
     ("ул. Льва Толстого, 35", "Лев Толстой көчөсү, 35")),
    ("bishkek-sverdlovsky", "Свердловский районный суд г. Бишкек",
     "Свердловского районного суда г. Бишкек", "Бишкек шаарынын Свердлов райондук соту",
     "Бишкек шаарынын Свердлов райондук сотунун", "г. Бишкек", "Бишкек шаары",
     ("проспект Чуй, 211", "Чүй проспектиси, 211")),
    ("chui-sokuluk", "Сокулукский районный суд Чуйской области",
     "Сокулукского районного суда Чуйской области", "Чүй облусунун Сокулук райондук соту",
     "Чүй облусунун Сокулук райондук сотунун", "с. Сокулук", "Сокулук айылы",
     ("ул. Фрунзе, 120", "Фрунзе көчөсү, 120")),
    ("chui-alamudun", "Аламудунский районный суд Чуйской области",
     "Аламудунского районного суда Чуйской области", "Чүй облусунун Аламүдүн райондук соту",
     "Чүй облусунун Аламүдүн райондук сотунун", "с. Лебединовка", "Лебединовка айылы",
     ("ул. Ленина, 2", "Ленин көчөсү, 2")),
    ("osh-city", "Ошский городской суд", "Ошского городского суда", "Ош шаардык соту",
     "Ош шаардык сотунун", "г. Ош", "Ош шаары", ("ул. Курманжан Датка, 205", "Курманжан Датка көчөсү, 205")),
    ("osh-karasuu", "Кара-Суйский районный суд Ошской области",
     "Кара-Суйского районного суда Ошской области", "Ош облусунун Кара-Суу райондук соту",
     "Ош облусунун Кара-Суу райондук сотунун", "г. Кара-Суу", "Кара-Суу шаары",
     ("ул. Манаса, 31", "Манас көчөсү, 31")),
    ("naryn-kochkor", "Кочкорский районный суд Нарынской области",
     "Кочкорского районного суда Нарынской области", "Нарын облусунун Кочкор райондук соту",
     "Нарын облусунун Кочкор райондук сотунун", "с. Кочкор", "Кочкор айылы",
     ("ул. Орозбакова, 44", "Орозбаков көчөсү, 44")),
    ("issykkul-tyup", "Тюпский районный суд Иссык-Кульской области",
     "Тюпского районного суда Иссык-Кульской области", "Ысык-Көл облусунун Түп райондук соту",
     "Ысык-Көл облусунун Түп райондук сотунун", "с. Тюп", "Түп айылы",
     ("ул. Токтогула, 9", "Токтогул көчөсү, 9")),
    ("jalalabad-suzak", "Сузакский районный суд Джалал-Абадской области",
     "Сузакского районного суда Джалал-Абадской области",
     "Жалал-Абад облусунун Сузак райондук соту", "Жалал-Абад облусунун Сузак райондук сотунун",
     "с. Сузак", "Сузак айылы", ("ул. Ж. Баласагына, 17", "Ж. Баласагын көчөсү, 17")),
]
# appeal courts: code, ru nom, ru gen, ky nom, ky gen, city ru, city ky
APPEAL = [
    ("bishkek-city", "Бишкекский городской суд", "Бишкекского городского суда",
     "Бишкек шаардык соту", "Бишкек шаардык сотунун", "г. Бишкек", "Бишкек шаары"),
    ("chui-regional", "Чуйский областной суд", "Чуйского областного суда",
     "Чүй облустук соту", "Чүй облустук сотунун", "г. Бишкек", "Бишкек шаары"),
    ("osh-regional", "Ошский областной суд", "Ошского областного суда", "Ош облустук соту",
     "Ош облустук сотунун", "г. Ош", "Ош шаары"),
    ("naryn-regional", "Нарынский областной суд", "Нарынского областного суда",
     "Нарын облустук соту", "Нарын облустук сотунун", "г. Нарын", "Нарын шаары"),
]
SUPREME = ("supreme", "Верховный суд Кыргызской Республики",
           "Верховного суда Кыргызской Республики", "Кыргыз Республикасынын Жогорку соту",
           "Кыргыз Республикасынын Жогорку сотунун", "г. Бишкек", "Бишкек шаары")

# residence: (region ru, district ru, settlements ru, region ky, district ky, settlements ky)
RURAL = [
    ("Чуйская область", "Сокулукский район", ["с. Кун-Туу", "с. Новопавловка", "с. Жаны-Пахта"],
     "Чүй облусу", "Сокулук району", ["Күн-Туу айылы", "Новопавловка айылы", "Жаңы-Пахта айылы"]),
    ("Чуйская область", "Ысык-Атинский район", ["с. Ивановка", "с. Кызыл-Туу", "г. Кант"],
     "Чүй облусу", "Ысык-Ата району", ["Ивановка айылы", "Кызыл-Туу айылы", "Кант шаары"]),
    ("Ошская область", "Ноокатский район", ["с. Кара-Таш", "с. Жийде", "с. Кожо-Келен"],
     "Ош облусу", "Ноокат району", ["Кара-Таш айылы", "Жийде айылы", "Кожо-Келен айылы"]),
    ("Ошская область", "Узгенский район", ["с. Мырза-Аке", "с. Кызыл-Сеп", "с. Салам-Алик"],
     "Ош облусу", "Өзгөн району", ["Мырза-Аке айылы", "Кызыл-Сеп айылы", "Салам-Алик айылы"]),
    ("Нарынская область", "Кочкорский район", ["с. Кара-Суу", "с. Шамшы", "с. Кум-Добо"],
     "Нарын облусу", "Кочкор району", ["Кара-Суу айылы", "Шамшы айылы", "Кум-Дөбө айылы"]),
    ("Иссык-Кульская область", "Тюпский район", ["с. Сары-Булак", "с. Талды-Суу", "с. Кен-Суу"],
     "Ысык-Көл облусу", "Түп району", ["Сары-Булак айылы", "Талды-Суу айылы", "Кең-Суу айылы"]),
    ("Джалал-Абадская область", "Сузакский район", ["с. Ачы", "с. Кок-Арт", "с. Барпы"],
     "Жалал-Абад облусу", "Сузак району", ["Ачы айылы", "Көк-Арт айылы", "Барпы айылы"]),
]
STREETS = [("ул. Садовая", "Бакча көчөсү"), ("ул. Школьная", "Мектеп көчөсү"),
           ("ул. Жаштык", "Жаштык көчөсү"), ("ул. Ынтымак", "Ынтымак көчөсү"),
           ("ул. Ореховая", "Жаңгак көчөсү"), ("ул. Береговая", "Жээк көчөсү"),
           ("ул. Нурлуу", "Нурлуу көчөсү"), ("пер. Тихий", "Тынч тыкыры"),
           ("ул. Весенняя", "Жазгы көчөсү"), ("ул. Кооперативная", "Кооператив көчөсү")]
CITY_DISTRICTS = [("мкр. Джал", "Жал кичирайону"), ("мкр. Восток-5", "Восток-5 кичирайону"),
                  ("ж/м Арча-Бешик", "Арча-Бешик конуштары"), ("ж/м Ак-Орго", "Ак-Өргө конушу"),
                  ("мкр. Тунгуч", "Түнгүч кичирайону"), ("ж/м Калыс-Ордо", "Калыс-Ордо конушу")]
CITY_STREETS = [("ул. Ахунбаева", "Ахунбаев көчөсү"), ("ул. Жукеева-Пудовкина",
                 "Жукеев-Пудовкин көчөсү"), ("ул. Айтматова", "Айтматов көчөсү"),
                ("ул. Ибраимова", "Ибраимов көчөсү"), ("ул. Горького", "Горький көчөсү")]

BANKS = ["ОАО «Ала-Тоо Финанс Банк»", "ЗАО «Нур Кредит Банк»", "ОАО «Тенир Капитал Банк»"]
BANKS_KY = ["«Ала-Тоо Финанс Банк» ААКсы", "«Нур Кредит Банк» ЖАКсы", "«Тенир Капитал Банк» ААКсы"]


class Ctx:
    def __init__(self, rng, lang, act_id):
        self.rng, self.lang, self.id = rng, lang, act_id
        self.objs = {}
        self.used_sur = set()
        self.used_given = set()
        self.n = {"P": 0, "PIN": 0, "PASS": 0, "PHONE": 0, "EMAIL": 0, "PLATE": 0, "ACC": 0,
                  "PROP": 0, "BD": 0, "ADDR": 0}

    def pick(self, seq):
        return self.rng.choice(seq)

    def next(self, kind):
        self.n[kind] += 1
        return f"{kind}{self.n[kind]}"

    # -- persons
    def person(self, key, role, g=None, people=None, style=None, official=None, sur=None,
               father=None, given=None, same_as=None, rel="spouse"):
        """Registers a person under `key`. `same_as` makes a relative (`rel`: spouse,
        child, sibling, parent): Russian-style families share the surname, children take
        the father's name as patronymic or before "уулу/кызы", siblings share the father."""
        rng = self.rng
        g = g or rng.choice("mf")
        if same_as is not None:
            people = same_as.people
        people = people or rng.choice(["ky"] * 6 + ["ru", "uz", "dun", "uy", "kz", "tj", "tt", "ko", "tm"])
        surs, males, females, fathers = PEOPLES[people]
        if style is None:
            style = "uulu" if people == "ky" and rng.random() < 0.25 else "ru"
        if same_as is not None:
            style = same_as.style
            if style == "ru":
                sur = same_as.base_sur
            if rel == "child" and same_as.g == "m":
                father = same_as.given
            elif rel == "sibling":
                father = same_as.father
        while sur is None:
            s = rng.choice(surs)
            if s not in self.used_sur:
                sur = s
        self.used_sur.add(sur)
        while given is None:
            gv = rng.choice(males if g == "m" else females)
            if gv not in self.used_given:
                given = gv
        self.used_given.add(given)
        father = father or rng.choice(fathers)
        patr = patronymic(father, g) if style == "ru" else None
        if people == "ko" and rng.random() < 0.2:
            patr = None
        variant = None
        base = sur
        p = Person(None, role, g, sur, given, father, patr, style=style, official=official,
                   order=rng.choice("AAB"), rng=rng)
        if "ё" in p.sur:
            p.variant = deyo(p.sur)
        elif any(ch in p.sur for ch in "өүң") and rng.random() < 0.5:
            p.variant = dekyr(p.sur)
        if not official:
            p.ent = self.next("P")
        p.people, p.base_sur = people, base
        self.objs[key] = p
        return p

    def official(self, key, orole, **kw):
        return self.person(key, None, official=orole, **kw)

    # -- identifiers
    def birth(self, key, p, lo=1955, hi=2004):
        d = dt.date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))
        ent = self.next("BD")
        forms = {
            "dmy": d.strftime("%d.%m.%Y"),
            "long": f"{d.day} {RU_MONTHS_G[d.month - 1]} {d.year} года",
            "year": str(d.year),
            "ky": f"{d.year}-жылдын {d.day}-{KY_MONTHS_LOC[d.month - 1]}",
            "kyd": f"{d.day:02d}.{d.month:02d}.{d.year}",
        }
        self.objs[key] = Ident(ent, "birth_date", forms)
        p.birth = d
        return d

    def pin(self, key, p):
        d = getattr(p, "birth", None) or self.birth("_bd_" + key, p)
        digits = ("2" if p.g == "m" else "1") + d.strftime("%d%m%Y") + f"{self.rng.randint(0, 99999):05d}"
        spaced = f"{digits[0]} {digits[1:9]} {digits[9:]}"
        self.objs[key] = Ident(self.next("PIN"), "pin", {"n": digits, "sp": spaced})
        return digits

    def passport(self, key):
        num = f"{self.rng.randint(0, 9999999):07d}"
        ser = self.pick(["ID", "AN", "AC"])
        forms = {"n": f"{ser}{num}" if ser == "ID" else f"{ser} {num}", "no": f"{ser} № {num}",
                 "id": f"ID{num}"}
        self.objs[key] = Ident(self.next("PASS"), "passport", forms)

    def phone(self, key):
        r = self.rng
        op = r.choice(["555", "700", "777", "550", "707", "999", "505"])
        rest = f"{r.randint(0, 999999):06d}"
        forms = [f"+996 {op} {rest[:3]} {rest[3:]}", f"+996{op}{rest}", f"0{op} {rest[:3]} {rest[3:]}",
                 f"0{op}-{rest[:2]}-{rest[2:4]}-{rest[4:]}", f"+996 ({op}) {rest[:2]}-{rest[2:4]}-{rest[4:]}",
                 f"0({op}){rest[:3]}-{rest[3:]}", f"0 {op} {rest}"]
        self.objs[key] = Ident(self.next("PHONE"), "phone", r.choice(forms))

    def email(self, key, p):
        tr = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e",
                            "ж": "zh", "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m",
                            "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s",
                            "т": "t", "у": "u", "ү": "u", "ф": "f", "х": "h", "ц": "c", "ч": "ch",
                            "ш": "sh", "щ": "sh", "ы": "y", "э": "e", "ю": "yu", "я": "ya",
                            "ь": "", "ъ": ""})
        u = (p.given.lower().translate(tr) + self.pick([".", "_", ""]) +
             p.base_sur.lower().translate(tr)[:6] + str(self.rng.randint(1, 99)))
        dom = self.pick(["gmail.com", "mail.ru", "inbox.kg", "yandex.ru"])
        self.objs[key] = Ident(self.next("EMAIL"), "email", f"{u}@{dom}")

    def plate(self, key):
        r = self.rng
        lat = "ABEKMHOPCTXY"
        reg = r.choice(["01", "02", "03", "05", "06", "08"])
        n3 = f"{r.randint(1, 999):03d}"
        l3 = "".join(r.choice(lat) for _ in range(3))
        forms = [f"{reg} KG {n3} {l3}", f"{reg}KG{n3}{l3}", f"{reg} {n3} {l3}",
                 f"{r.choice('BCO')} {r.randint(1000, 9999)} {l3[:2]}",
                 f"{reg}KG {n3} {l3}", f"{r.randint(100, 999)} {l3} {r.choice(['02', '05', '13'])}"]
        self.objs[key] = Ident(self.next("PLATE"), "plate", r.choice(forms))

    def account(self, key, card=False):
        r = self.rng
        if card:
            d = r.choice(["4169", "5440", "9417", "4405"]) + "".join(str(r.randint(0, 9)) for _ in range(12))
            txt = r.choice([d, f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}"])
        else:
            txt = r.choice(["1240", "1030", "1180", "1091"]) + "".join(str(r.randint(0, 9)) for _ in range(12))
        self.objs[key] = Ident(self.next("ACC"), "account", txt)

    def prop(self, key, land=False):
        r = self.rng
        code = f"{r.randint(1, 8)}-{r.randint(1, 9):02d}-{r.randint(1, 20):02d}-{r.randint(1, 999):04d}-{r.randint(1, 9999):04d}"
        if not land:
            code += f"-{r.randint(1, 9):02d}-{r.randint(1, 200):03d}"
        self.objs[key] = Ident(self.next("PROP"), "property_code", code)

    def address(self, key, city=None, same_as=None):
        """A home address, Russian and Kyrgyz forms (`ru`, `ky`)."""
        r = self.rng
        if same_as is not None:
            self.objs[key] = self.objs[same_as]
            return
        house = r.randint(1, 180)
        if city is None:
            city = r.random() < 0.45
        if city:
            cru, cky = r.choice([("г. Бишкек", "Бишкек шаары"), ("г. Ош", "Ош шаары"),
                                 ("г. Токмок", "Токмок шаары")])
            if r.random() < 0.5:
                dru, dky = r.choice(CITY_DISTRICTS)
                flat = r.randint(1, 90)
                ru = f"{cru}, {dru}, д. {house}, кв. {flat}"
                ky = f"{cky}, {dky}, {house}-үй, {flat}-батир"
                if r.random() < 0.3:
                    ru = f"{cru}, {dru}, {house}-{flat}"
            else:
                sru, sky = r.choice(CITY_STREETS + STREETS)
                ru = f"{cru}, {sru}, д. {house}"
                ky = f"{cky}, {sky}, {house}-үй"
        else:
            reg = r.choice(RURAL)
            i = r.randrange(3)
            sru, sky = r.choice(STREETS)
            ru = f"{reg[0]}, {reg[1]}, {reg[2][i]}, {sru}, д. {house}"
            ky = f"{reg[3]}, {reg[4]}, {reg[5][i]}, {sky}, {house}-үй"
            if r.random() < 0.3:
                ru = f"{reg[2][i]} {reg[1][:-5]}ого района {reg[0][:-7]}ой области, {sru}, {house}"
                ru = ru.replace("ийого", "ого").replace("скийого", "ского")
                ru = f"{reg[0]}, {reg[1]}, {reg[2][i]}, {sru}, {house}"
        self.objs[key] = Ident(self.next("ADDR"), "address", {"ru": ru, "ky": ky, "n": ru if self.lang == "ru" else ky})

    def kept(self, key, kind, forms, role=None):
        self.objs[key] = Kept(kind, forms, role)

    def org_inn(self, key):
        r = self.rng
        d = dt.date(r.randint(1995, 2020), r.randint(1, 12), r.randint(1, 28))
        self.kept(key, "organization", "0" + d.strftime("%d%m%Y") + f"{r.randint(0, 99999):05d}")


def ru_date(d):
    return f"{d.day} {RU_MONTHS_G[d.month - 1]} {d.year} года"


def ky_date(d, form="poss"):
    m = {"poss": KY_MONTHS_POSS, "loc": KY_MONTHS_LOC, "dagy": KY_MONTHS_DAGY}[form][d.month - 1]
    return f"{d.year}-жылдын {d.day}-{m}"
