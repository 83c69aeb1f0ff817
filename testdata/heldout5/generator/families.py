"""The twelve template families of heldout5 (Russian and Kyrgyz)."""
from names import make_person

COURTS = [
    ("bishkek-leninsky", "Ленинский районный суд города Бишкек", "Бишкек шаарынын Ленин райондук соту", "г. Бишкек", "Бишкек шаары"),
    ("bishkek-oktyabrsky", "Октябрьский районный суд города Бишкек", "Бишкек шаарынын Октябрь райондук соту", "г. Бишкек", "Бишкек шаары"),
    ("bishkek-sverdlovsky", "Свердловский районный суд города Бишкек", "Бишкек шаарынын Свердлов райондук соту", "г. Бишкек", "Бишкек шаары"),
    ("chui-sokuluk", "Сокулукский районный суд Чуйской области", "Чүй облусунун Сокулук райондук соту", "с. Сокулук", "Сокулук айылы"),
    ("osh-city", "Ошский городской суд", "Ош шаардык соту", "г. Ош", "Ош шаары"),
    ("osh-karasuu", "Кара-Суйский районный суд Ошской области", "Ош облусунун Кара-Суу райондук соту", "г. Кара-Суу", "Кара-Суу шаары"),
    ("issykkul-karakol", "Каракольский городской суд", "Каракол шаардык соту", "г. Каракол", "Каракол шаары"),
    ("jalalabad-city", "Жалал-Абадский городской суд", "Жалал-Абад шаардык соту", "г. Жалал-Абад", "Жалал-Абад шаары"),
    ("naryn-city", "Нарынский городской суд", "Нарын шаардык соту", "г. Нарын", "Нарын шаары"),
    ("talas-city", "Таласский городской суд", "Талас шаардык соту", "г. Талас", "Талас шаары"),
]
MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
MONTHS_KY = ["январында", "февралында", "мартында", "апрелинде", "майында", "июнунда", "июлунда", "августунда", "сентябрында", "октябрында", "ноябрында", "декабрында"]
MONTHS_KY0 = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"]
PEOPLES = ["ky"] * 6 + ["ru", "ru", "uz", "kz", "tt", "ug", "ko", "tj", "dg"]
STREETS_RU = ["ул. Садовая", "ул. Ахунбаева", "ул. Кулиева", "пр. Чуй", "ул. Жукеева-Пудовкина", "ул. Тыныстанова", "ул. Абдрахманова", "ул. Майская"]
STREETS_KY = ["Садовая көчөсү", "Ахунбаев көчөсү", "Түгөлбай Ата көчөсү", "Жибек Жолу көчөсү", "Ала-Тоо көчөсү", "Курманжан Датка көчөсү"]
SETTLE_RU = ["Чуйская область, Сокулукский район, с. Шопоков", "Ошская область, Кара-Суйский район, с. Нариман",
             "Иссык-Кульская область, Тюпский район, с. Сан-Таш", "Нарынская область, Ат-Башинский район, с. Ак-Муз"]
SETTLE_KY = ["Чүй облусу, Ысык-Ата району, Кант шаары", "Ош облусу, Ноокат району, Төлөйкөн айылы",
             "Талас облусу, Бакай-Ата району, Бакыян айылы", "Жалал-Абад облусу, Сузак району, Кызыл-Туу айыл аймагы, Ачы айылы"]


class Ctx:
    def __init__(self, act, lang, rng):
        self.a, self.lang, self.rng = act, lang, rng
        self.court = rng.choice(COURTS)
        y = rng.choice([2024, 2025])
        self.date = (y, rng.randint(1, 12), rng.randint(1, 28))
        self.people = []
        self.cache = {}

    # --- persons
    def person(self, role, fem=None, people=None, surname=None, father=None):
        r = self.rng
        fem = r.random() < 0.45 if fem is None else fem
        people = people or r.choice(PEOPLES)
        p = make_person(r, people, fem, father=father, surname=surname)
        p.role = role
        p.key = f"person{len(self.people)}"
        self.people.append(p)
        return p

    def official(self, role, fem=None):
        p = make_person(self.rng, self.rng.choice(["ky", "ky", "ru", "uz"]), self.rng.random() < 0.5 if fem is None else fem)
        p.role = role
        return p

    def n(self, p, case="nom", form="full", suf=None):
        """A private person's name: Russian case in ru acts, Kyrgyz suffix in ky acts."""
        txt = p.ky(suf, form) if self.lang == "ky" else p.ru(case, form)
        sh = self.a.shy
        if sh and sh.random() < 0.25:
            # text taken from a hyphenated PDF: a soft hyphen inside a long word of the name
            words = txt.split(" ")
            i = max(range(len(words)), key=lambda j: len(words[j]))
            w = words[i]
            if len(w) >= 8:
                cut = sh.randint(3, len(w) - 3)
                words[i] = w[:cut] + "\u00ad" + w[cut:]
                txt = " ".join(words)
        self.a.m(txt, "name", p.key, p.role)
        return self

    def o(self, p, case="nom", form="init", suf=None):
        txt = p.ky(suf, form) if self.lang == "ky" else p.ru(case, form)
        self.a.k(txt, "official", p.role)
        return self

    def t(self, s):
        self.a.t(s)
        return self

    def k(self, s, kind, role=None):
        self.a.k(s, kind, role)
        return self

    def ini(self):
        return self.rng.choice(["init", "init", "init_sp", "init_nodot", "init_before", "init_glued"])

    # --- identifiers (generated once, reused)
    def once(self, key, fn):
        if key not in self.cache:
            self.cache[key] = fn()
        return self.cache[key]

    def bd(self, p, young=False):
        r = self.rng
        y0, y1 = (2008, 2021) if young else (1955, 2004)
        y, mo, d = self.once("bdv" + p.key, lambda: (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)))
        key = "bd" + p.key
        if self.lang == "ru":
            st = r.randint(0, 3)
            if st == 0:
                self.t(", ").a.m(f"{d:02d}.{mo:02d}.{y}", "birth_date", key); self.t(" г.р.")
            elif st == 1:
                self.t(", ").a.m(f"{d:02d}.{mo:02d}.{y}", "birth_date", key); self.t(" года рождения")
            elif st == 2:
                self.t(" (дата рождения: ").a.m(f"{d} {MONTHS_RU[mo-1]} {y} года", "birth_date", key); self.t(")")
            else:
                self.t(", ").a.m(str(y), "birth_date", key); self.t(" года рождения")
        else:
            st = r.randint(0, 2)
            if st == 0:
                self.t(", ").a.m(f"{y}-жылдын {d}-{MONTHS_KY[mo-1]}", "birth_date", key); self.t(" туулган")
            elif st == 1:
                self.t(", ").a.m(str(y), "birth_date", key); self.t("-жылы туулган")
            else:
                self.t(", ").a.m(f"{d:02d}.{mo:02d}.{y}", "birth_date", key); self.t("-ж. туулган")
        return self

    def pin(self, p):
        r = self.rng
        y, mo, d = self.once("bdv" + p.key, lambda: (r.randint(1955, 2004), r.randint(1, 12), r.randint(1, 28)))
        v = self.once("pin" + p.key, lambda: (("1" if p.fem else "2") + f"{d:02d}{mo:02d}{y}" + f"{r.randint(0, 99999):05d}",
                                              r.random() < 0.3))
        s = v[0]
        if v[1]:
            s = f"{s[0]} {s[1:5]} {s[5:9]} {s[9:]}"
        self.a.m(s, "pin", "pin" + p.key)
        return self

    def passport(self, p):
        r = self.rng
        def mk():
            if p.people == "uz":
                return f"FA{r.randint(1000000, 9999999)}"
            if p.people == "kz":
                return f"N{r.randint(10000000, 99999999)}"
            return r.choice([f"ID{r.randint(1000000, 9999999)}", f"AN {r.randint(1000000, 9999999)}",
                             f"AC № {r.randint(1000000, 9999999)}", f"ID {r.randint(1000000, 9999999)}"])
        self.a.m(self.once("pass" + p.key, mk), "passport", "pass" + p.key)
        return self

    def phone(self, key):
        r = self.rng
        def mk():
            op = r.choice(["555", "700", "772", "505", "999", "220", "557"])
            a, b, c = r.randint(10, 99), r.randint(10, 99), r.randint(10, 99)
            return r.choice([f"+996 {op} {a} {b} {c}", f"+996{op}{a}{b}{c}", f"0{op} {a}{b}{c}",
                             f"0{op}-{a}-{b}-{c}", f"0(312) {r.randint(30, 69)}-{a}-{b}", f"+996 (312) {r.randint(30, 69)}-{a}-{b}",
                             f"0 (3222) {r.randint(2, 7)}-{a}-{b}", f"0{op} {a} {b} {c}"])
        self.a.m(self.once("ph" + key, mk), "phone", "ph" + key)
        return self

    def email(self, key, p):
        tr = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ү": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ы": "y", "э": "e", "ю": "yu", "я": "ya", "ь": "", "ъ": ""})
        r = self.rng
        v = self.once("em" + key, lambda: f"{p.given.lower().translate(tr)}.{p.sur.split()[0].lower().translate(tr)}{r.randint(1, 99)}@{r.choice(['gmail.com', 'mail.ru', 'inbox.kg', 'yandex.ru'])}")
        self.a.m(v, "email", "em" + key)
        return self

    def plate(self, key):
        r = self.rng
        L = "ABCEHKMOPTXY"
        def mk():
            reg = r.choice(["01", "02", "03", "06", "08"])
            n = r.randint(100, 999)
            l3 = "".join(r.choice(L) for _ in range(3))
            return r.choice([f"{reg}KG{n}{l3}", f"{reg} KG {n} {l3}", f"{reg}KG {n} {l3}"])
        self.a.m(self.once("pl" + key, mk), "plate", "pl" + key)
        return self

    def account(self, key, card=False):
        r = self.rng
        def mk():
            if card:
                d = "".join(str(r.randint(0, 9)) for _ in range(12))
                s = r.choice(["4177", "9417", "5440"]) + d
                return r.choice([s, f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"])
            return r.choice(["1240", "1030", "1180", "1280"]) + "".join(str(r.randint(0, 9)) for _ in range(12))
        self.a.m(self.once("acc" + key, mk), "account", "acc" + key)
        return self

    def prop(self, key):
        r = self.rng
        self.a.m(self.once("pr" + key, lambda: f"{r.randint(1, 8)}-{r.randint(1, 12):02d}-{r.randint(1, 30):02d}-{r.randint(1, 999):04d}-{r.randint(1, 9999):04d}"), "property_code", "pr" + key)
        return self

    def addr(self, key):
        r = self.rng
        def mk():
            if self.lang == "ru":
                return r.choice([f"г. Бишкек, мкр. {r.choice(['Джал', 'Тунгуч', 'Асанбай', 'Восток-5'])}, д. {r.randint(1, 60)}, кв. {r.randint(1, 90)}",
                                 f"{r.choice(SETTLE_RU)}, {r.choice(STREETS_RU)}, д. {r.randint(1, 150)}",
                                 f"г. Ош, {r.choice(STREETS_RU)}, {r.randint(1, 200)}-{r.randint(1, 60)}",
                                 f"г. Бишкек, ж/м {r.choice(['Ак-Орго', 'Кок-Жар', 'Арча-Бешик'])}, {r.choice(STREETS_RU)}, {r.randint(1, 99)}"])
            return r.choice([f"Бишкек шаары, {r.choice(['Жал', 'Асанбай', 'Үч-Кун'])} кичирайону, {r.randint(1, 60)}-үй, {r.randint(1, 90)}-батир",
                             f"{r.choice(SETTLE_KY)}, {r.choice(STREETS_KY)}, {r.randint(1, 150)}-үй",
                             f"Ош шаары, {r.choice(STREETS_KY)}, {r.randint(1, 200)}",
                             f"Бишкек шаары, {r.choice(['Ак-Орго', 'Кара-Жыгач'])} жаңы конушу, {r.choice(STREETS_KY)}, {r.randint(1, 99)}-үй"])
        self.a.m(self.once("ad" + key, mk), "address", "ad" + key)
        return self

    # --- skeleton
    def adate(self):
        y, mo, d = self.date
        if self.lang == "ru":
            return f"{d} {MONTHS_RU[mo-1]} {y} года"
        return f"{y}-жылдын {d}-{MONTHS_KY0[mo-1]}"

    def head(self, title_ru, title_ky, cat_letter, judges=None):
        r = self.rng
        self.case = f"{cat_letter}-{r.randint(100, 2999)}/{str(self.date[0])[2:]}"
        self.t("Дело № " if self.lang == "ru" else "Иш № ").k(self.case, "case_number").t("\n\n")
        self.t(title_ru if self.lang == "ru" else title_ky).t("\n")
        self.t("ИМЕНЕМ КЫРГЫЗСКОЙ РЕСПУБЛИКИ\n\n" if self.lang == "ru" else "КЫРГЫЗ РЕСПУБЛИКАСЫНЫН АТЫНАН\n\n")
        self.k(self.adate(), "act_date").t(" ")
        self.k(self.court[3] if self.lang == "ru" else self.court[4], "place").t("\n\n")
        self.judge = self.official("judge")
        self.sec = self.official("secretary")
        if self.lang == "ru":
            self.k(self.court[1], "court").t(" в составе председательствующего судьи ").o(self.judge, "gen", "init")
            self.t(", при секретаре судебного заседания ").o(self.sec, "pre", "init").t(",\n")
        else:
            self.k(self.court[2], "court").t(" төрагалык кылуучу судья ").o(self.judge, form="init")
            self.t(", сот отурумунун катчысы ").o(self.sec, form="init").t(" болгон курамда,\n")
        return self

    def meta(self, kind, category):
        return {"court": {"code": self.court[0], "name": self.court[1] if self.lang == "ru" else self.court[2]},
                "case_number": self.case, "kind": kind, "case_category": category, "instance": "first",
                "decision_date": f"{self.date[0]}-{self.date[1]:02d}-{self.date[2]:02d}",
                "judges": [self.judge.ru("nom", "init")]}

    def sign(self):
        if self.lang == "ru":
            self.t("\n\nПредседательствующий, судья                ").o(self.judge, form=self.rng.choice(["init_before", "init"])).t("\n")
        else:
            self.t("\n\nТөрагалык кылуучу, судья                ").o(self.judge, form="init").t("\n")
        return self


def ru_ky(c, ru, ky):
    return ru if c.lang == "ru" else ky


from families_body import BODIES  # noqa: E402


def make(fam, kind, cat, letter, tru, tky, body):
    def build(act, lang, rng):
        c = Ctx(act, lang, rng)
        c.head(tru, tky, letter)
        body(c)
        if kind != "verdict" and rng.random() < 0.6:
            # lowercase words that look like given names, in a closing sentence
            if lang == "ru":
                c.t("\nСтороны в судебном заседании выразили ").k("надежду", "lookalike").t(" на ").k("мир", "lookalike").t(" и согласие.")
            else:
                c.t("\nТараптар сот отурумунда ").k("тынчтык", "lookalike").t(" жана ").k("ырыс", "lookalike").t(" тилешти.")
        c.sign()
        return c.meta(kind, cat)
    return build


FAMILIES = [(fam, kind, counts, make(fam, kind, cat, letter, tru, tky, body))
            for fam, kind, cat, letter, tru, tky, counts, body in BODIES]
