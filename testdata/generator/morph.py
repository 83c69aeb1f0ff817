"""Name pools and morphology: Russian case declension and Kyrgyz case suffixes.

Every name here is invented for the generator by combining common given names and
name roots; no person is described. Declension follows the rules of Russian grammar
for the surname/first-name/patronymic classes used; Kyrgyz suffixes follow vowel
harmony (last vowel) and consonant assimilation (last letter).
"""

from __future__ import annotations

from dataclasses import dataclass, field
import datetime as dt

CASES = ("nom", "gen", "dat", "acc", "ins", "pre")

VOWELS = set("аеёиоуыэюяөүАЕЁИОУЫЭЮЯӨҮ")
SIBILANTS = set("жшчщц")

# ---------------------------------------------------------------- pools
# Kyrgyz father names: the root of surnames (+ов/+ев) and patronymics (+ович).
KY_FATHERS = [
    "Жумабек", "Асан", "Токтобай", "Бекдылда", "Сатыбалды", "Осмон", "Кубат", "Мамбет",
    "Абдыкадыр", "Эсенбек", "Орозбек", "Жээнбек", "Шамшы", "Төрөкул", "Үсөн", "Сыдык",
    "Дүйшөн", "Канатбек", "Бообек", "Таштанбек", "Өмүрбек", "Курман", "Абдраим", "Качкын",
    "Ысак", "Токон", "Жапар", "Мырзабек", "Садыр", "Бейшен", "Кыдырмыш", "Сооронбай",
    "Чыныбай", "Арзымат", "Жолдошбек", "Айдаркул", "Мурзакмат", "Эшимкул", "Сасыкбай",
    "Тагай", "Бакир", "Кадыр", "Исмаил", "Турсунбай", "Нурмамбет", "Алымкул", "Кочкор",
]
KY_MALE = [
    "Бакыт", "Нурлан", "Азамат", "Эрлан", "Талант", "Улан", "Бектур", "Мирлан", "Канат",
    "Айбек", "Замир", "Нурбек", "Эмил", "Данияр", "Марат", "Жениш", "Элдияр", "Самат",
    "Темир", "Алмаз", "Эрмек", "Кубанычбек", "Чынгыз", "Мелис", "Тилек", "Максат",
    "Бекболот", "Нурсултан", "Акылбек", "Манас", "Улукбек", "Эрбол", "Мээрбек", "Өмүр",
    "Төлөгөн", "Үсөн", "Жыргалбек", "Кайрат", "Туратбек", "Адилет", "Бекзат", "Аман",
]
KY_FEMALE = [
    "Айгуль", "Гульнара", "Жылдыз", "Айжан", "Нургуль", "Чолпон", "Бурул", "Асель",
    "Динара", "Айпери", "Назгуль", "Мээрим", "Жибек", "Айзада", "Гулзат", "Калыйча",
    "Чынара", "Салтанат", "Роза", "Бүбүсара", "Айнура", "Элиза", "Бегимай", "Жаңыл",
    "Рита", "Сезим", "Алтынай", "Нуриза", "Толгонай", "Күмүшай", "Батма", "Айсулуу",
]
KY_RARE_SURNAMES = [  # surname stems (male form) that no dictionary is likely to hold
    "Кыдырмышев", "Бейшеналиев", "Сасыкбаев", "Жолдошбеков", "Арзыматов", "Тагаев",
    "Чыныбаев", "Үмөталиев", "Сооронбаев", "Эшимкулов", "Айдаркулов", "Мурзакматов",
    "Бекдылдаев", "Төрөкулов", "Дүйшөнбаев", "Өмүрбеков", "Кочкорбаев", "Нурмамбетов",
    "Жээнтаев", "Чотонов", "Көкөев", "Ырысбеков", "Шаршенбиев", "Текебаев",
]

RU_MALE = ["Александр", "Сергей", "Андрей", "Дмитрий", "Игорь", "Владимир", "Николай",
           "Пётр", "Семён", "Алексей", "Евгений", "Олег", "Вячеслав", "Виктор", "Юрий",
           "Артём", "Михаил", "Константин", "Павел", "Станислав"]
RU_FEMALE = ["Надежда", "Вера", "Любовь", "Елена", "Ольга", "Татьяна", "Наталья", "Ирина",
             "Светлана", "Алёна", "Марина", "Людмила", "Мария", "Оксана", "Галина",
             "Анастасия", "Юлия", "Валентина"]
RU_PATR = {  # father -> (male patronymic, female patronymic)
    "Александр": ("Александрович", "Александровна"), "Сергей": ("Сергеевич", "Сергеевна"),
    "Николай": ("Николаевич", "Николаевна"), "Пётр": ("Петрович", "Петровна"),
    "Игорь": ("Игоревич", "Игоревна"), "Юрий": ("Юрьевич", "Юрьевна"),
    "Дмитрий": ("Дмитриевич", "Дмитриевна"), "Михаил": ("Михайлович", "Михайловна"),
    "Виктор": ("Викторович", "Викторовна"), "Владимир": ("Владимирович", "Владимировна"),
    "Иван": ("Иванович", "Ивановна"), "Олег": ("Олегович", "Олеговна"),
    "Павел": ("Павлович", "Павловна"), "Евгений": ("Евгеньевич", "Евгеньевна"),
    "Геннадий": ("Геннадьевич", "Геннадьевна"), "Анатолий": ("Анатольевич", "Анатольевна"),
    "Фёдор": ("Фёдорович", "Фёдоровна"), "Ильдар": ("Ильдарович", "Ильдаровна"),
    "Рашид": ("Рашидович", "Рашидовна"), "Рустам": ("Рустамович", "Рустамовна"),
    "Шавкат": ("Шавкатович", "Шавкатовна"), "Бахтиёр": ("Бахтиёрович", "Бахтиёровна"),
    "Абдулла": ("Абдуллаевич", "Абдуллаевна"), "Юсуп": ("Юсупович", "Юсуповна"),
    "Турсун": ("Турсунович", "Турсуновна"), "Серик": ("Серикович", "Сериковна"),
    "Ринат": ("Ринатович", "Ринатовна"), "Мурат": ("Муратович", "Муратовна"),
}
RU_SURNAMES = ["Иванов", "Кузнецов", "Петров", "Королёв", "Соловьёв", "Воробьёв", "Белов",
               "Лебедев", "Ершов", "Зайцев", "Фёдоров", "Дроздов", "Корнилов", "Ситников",
               "Гончаров", "Тихомиров", "Рябинин", "Калинин", "Щукин", "Орлов"]
RU_SURNAMES_SKY = ["Новицкий", "Вишневский", "Загорский", "Ковалевский"]
RU_SURNAMES_CONS = ["Мельник", "Ковальчук", "Шевчук", "Пасечник"]  # male declines, female not
RU_SURNAMES_INDECL = ["Шевченко", "Черных", "Бондаренко", "Седых", "Гриценко", "Долгих"]

UZ_MALE = ["Рустам", "Бахтиёр", "Шерзод", "Улугбек", "Жасур", "Фаррух", "Ильхом", "Дилшод",
           "Отабек", "Алишер", "Шухрат", "Зафар"]
UZ_FEMALE = ["Дилноза", "Нигора", "Гулнора", "Мохира", "Шахноза", "Зарина", "Феруза",
             "Малика", "Умида", "Лола"]
UZ_SURNAMES = ["Юлдашев", "Рахимов", "Абдуллаев", "Хасанов", "Маматкулов", "Турсунов",
               "Исмоилов", "Каримов", "Эргашев", "Мирзаев", "Холматов", "Нурматов",
               "Убайдуллаев", "Содиков"]
UZ_FATHERS = ["Рустам", "Шавкат", "Бахтиёр", "Абдулла", "Турсун", "Мурат", "Рашид"]
KZ_MALE = ["Ержан", "Асылбек", "Серик", "Даурен", "Бауыржан", "Нуржан"]
KZ_FEMALE = ["Айгерим", "Гульмира", "Жанар", "Сауле", "Меруерт"]
KZ_SURNAMES = ["Нурланов", "Сериков", "Жаксылыков", "Кудайбергенов", "Абенов", "Оспанов",
               "Ахметов", "Байжанов"]
DU_MALE = ["Юсуп", "Хусейн", "Исмаил", "Мухамед", "Сулейман", "Ахмад", "Ильяс"]
DU_FEMALE = ["Фатима", "Айша", "Хадича", "Зайнаб", "Сафия"]
DU_SURNAMES = ["Ванахунов", "Дауров", "Мансуров", "Ясыров", "Шимаров", "Сангуев", "Хаваджиев",
               "Сулейманов"]
UY_MALE = ["Абдукерим", "Ильхам", "Нурмамат", "Турсун", "Мурат", "Абдурашид"]
UY_FEMALE = ["Гулмира", "Патигуль", "Зулфия", "Рабия", "Мукаррам"]
UY_SURNAMES = ["Турдыев", "Нурахунов", "Абдурахманов", "Розиев", "Хамраев", "Масимов",
               "Исмаилов", "Садыров"]
TT_MALE = ["Ринат", "Ильдар", "Рустем", "Рамиль", "Наиль", "Айрат"]
TT_FEMALE = ["Гузель", "Альфия", "Лейсан", "Резеда", "Алсу", "Диляра"]
TT_SURNAMES = ["Хайруллин", "Гарипов", "Сафиуллин", "Валиуллин", "Галиев", "Зарипов",
               "Шакиров", "Хабибуллин"]
KO_SURNAMES = ["Ким", "Пак", "Цой", "Ли", "Тен", "Хан", "Шин", "Югай", "Огай", "Когай"]
KO_MALE = ["Владимир", "Виктор", "Сергей", "Эдуард", "Вячеслав", "Геннадий", "Олег"]
KO_FEMALE = ["Елена", "Марина", "Светлана", "Ирина", "Людмила", "Инна"]
TR_MALE = ["Мехмет", "Эмре", "Хакан", "Ахмет", "Озан", "Мустафа"]
TR_FEMALE = ["Айше", "Фатма", "Элиф", "Зейнеп"]
TR_SURNAMES_CONS = ["Йылмаз", "Озтюрк", "Челик", "Демир", "Шахин", "Арслан", "Догрул"]
TR_SURNAMES_INDECL = ["Кайя", "Айдемироглу"]


# ---------------------------------------------------------------- helpers
def last_vowel(word: str) -> str:
    for ch in reversed(word.lower()):
        if ch in VOWELS:
            return ch
    return "ы"


def ky_patronymic_root(father: str, gender: str) -> str:
    """Russian-style patronymic from a Kyrgyz/Turkic father name."""
    f = father
    if f.endswith("й"):
        base = f[:-1] + "ев"
    elif f.endswith("ы"):
        base = f[:-1] + "иев"
    elif f[-1] in VOWELS:
        base = f + "ев"
    elif f[-1] in SIBILANTS:
        base = f + "ев"
    else:
        base = f + "ов"
    return base + ("ич" if gender == "m" else "на")


def ky_surname_from_father(father: str) -> str:
    f = father
    if f.endswith("й"):
        return f[:-1] + "ев"
    if f.endswith("ы"):
        return f[:-1] + "иев"
    if f[-1] in VOWELS:
        return f + "ев"
    return f + "ов"


# ---------------------------------------------------------------- Russian declension
def decl_surname(sur: str, kind: str, gender: str, case: str) -> str:
    if case == "nom":
        return sur
    if kind == "indecl":
        return sur
    if kind == "ov":
        if gender == "m":
            return sur + {"gen": "а", "dat": "у", "acc": "а", "ins": "ым", "pre": "е"}[case]
        stem = sur[:-1]  # Асанова -> Асанов
        return stem + {"gen": "ой", "dat": "ой", "acc": "у", "ins": "ой", "pre": "ой"}[case]
    if kind == "sky":
        stem = sur[:-2]
        if gender == "m":
            return stem + {"gen": "ого", "dat": "ому", "acc": "ого", "ins": "им", "pre": "ом"}[case]
        return stem + {"gen": "ой", "dat": "ой", "acc": "ую", "ins": "ой", "pre": "ой"}[case]
    if kind == "cons":
        if gender == "f":
            return sur
        ins = "ем" if sur[-1] in SIBILANTS else "ом"
        return sur + {"gen": "а", "dat": "у", "acc": "а", "ins": ins, "pre": "е"}[case]
    raise ValueError(kind)


def decl_first(name: str, gender: str, case: str) -> str:
    if case == "nom":
        return name
    n = name
    last = n[-1]
    if n == "Любовь":
        return {"gen": "Любови", "dat": "Любови", "acc": "Любовь", "ins": "Любовью",
                "pre": "Любови"}[case]
    if last == "а":
        stem = n[:-1]
        gen = "и" if stem[-1] in "гкхжшчщ" else "ы"
        ins = "ей" if stem[-1] in SIBILANTS else "ой"
        return stem + {"gen": gen, "dat": "е", "acc": "у", "ins": ins, "pre": "е"}[case]
    if n.endswith("ия"):
        stem = n[:-1]
        return stem + {"gen": "и", "dat": "и", "acc": "ю", "ins": "ей", "pre": "и"}[case]
    if last == "я":
        stem = n[:-1]
        return stem + {"gen": "и", "dat": "е", "acc": "ю", "ins": "ей", "pre": "е"}[case]
    if gender == "f":
        return n  # Айгуль, Жылдыз, Айгерим, Алсу, Айше: not declined in practice
    if last in VOWELS:
        return n
    if n.endswith("ий"):
        stem = n[:-1]
        return stem + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "pre": "и"}[case]
    if last == "й":
        stem = n[:-1]
        return stem + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "pre": "е"}[case]
    if last == "ь":
        stem = n[:-1]
        return stem + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "pre": "е"}[case]
    # Пётр -> Петра: the fleeting ё
    if n == "Пётр":
        return {"gen": "Петра", "dat": "Петру", "acc": "Петра", "ins": "Петром",
                "pre": "Петре"}[case]
    ins = "ем" if last in SIBILANTS else "ом"
    return n + {"gen": "а", "dat": "у", "acc": "а", "ins": ins, "pre": "е"}[case]


def decl_patr(p: str, gender: str, case: str) -> str:
    if case == "nom" or not p:
        return p
    if gender == "m":
        return p + {"gen": "а", "dat": "у", "acc": "а", "ins": "ем", "pre": "е"}[case]
    stem = p[:-1]
    return stem + {"gen": "ы", "dat": "е", "acc": "у", "ins": "ой", "pre": "е"}[case]


# ---------------------------------------------------------------- Kyrgyz suffixes
VOICELESS = set("кпстфхчшщц")
KY_SUFFIX = {  # case -> (after vowel, after voiced consonant, after voiceless), harmony slot "A"/"I"
    "gen": ("нIн", "дIн", "тIн"),
    "dat": ("гА", "гА", "кА"),
    "acc": ("нI", "дI", "тI"),
    "loc": ("дА", "дА", "тА"),
    "abl": ("дАн", "дАн", "тАн"),
}
HARMONY = {  # last vowel -> (A, I)
    "а": ("а", "ы"), "ы": ("а", "ы"), "я": ("а", "ы"),
    "о": ("о", "у"), "у": ("о", "у"), "ё": ("о", "у"), "ю": ("о", "у"),
    "е": ("е", "и"), "и": ("е", "и"), "э": ("е", "и"),
    "ө": ("ө", "ү"), "ү": ("ө", "ү"),
}


def ky_suffix(word: str, case: str) -> str:
    """The Kyrgyz case suffix for a word: Асанов+дун, Бекдылдаева+нын, Рита+га."""
    w = word.lower()
    last = w[-1]
    if last in VOWELS:
        slot = 0
    elif last in VOICELESS:
        slot = 2
    else:
        slot = 1
    pattern = KY_SUFFIX[case][slot]
    a, i = HARMONY.get(last_vowel(w), ("а", "ы"))
    return pattern.replace("A", a).replace("I", i).replace("А", a)


def ky_attach(phrase: str, case: str) -> str:
    if case == "nom":
        return phrase
    return phrase + ky_suffix(phrase.split()[-1], case)


# ---------------------------------------------------------------- persons
@dataclass
class Person:
    first: str
    gender: str                 # "m" | "f"
    sur: str = ""               # surname in the person's gender, nominative
    sur_kind: str = "ov"        # ov | sky | cons | indecl
    patr: str = ""              # Russian-style patronymic, nominative
    father: str = ""            # for "уулу"/"кызы" names
    style: str = "ru"           # ru (surname first patr) | uulu | nopatr
    birth: dt.date = field(default_factory=lambda: dt.date(1985, 3, 12))
    ethnic: str = "ky"
    alt_spelling: str = ""      # Ё/Е or Ө/О variant of the surname used sometimes

    # -- pieces
    @property
    def initials(self) -> str:
        if self.style == "ru" and self.patr:
            return f"{self.first[0]}.{self.patr[0]}."
        return f"{self.first[0]}."

    @property
    def kyz(self) -> str:
        return "уулу" if self.gender == "m" else "кызы"

    def sur_case(self, case: str) -> str:
        return decl_surname(self.sur, self.sur_kind, self.gender, case)

    # -- Russian forms
    def full(self, case: str = "nom", order: str = "sfp") -> str:
        f = decl_first(self.first, self.gender, case)
        if self.style == "uulu":
            if order == "fp":
                return f"{f} {self.father} {self.kyz}"
            return f"{self.father} {self.kyz} {f}"
        s = self.sur_case(case)
        p = decl_patr(self.patr, self.gender, case)
        if order == "fps":
            return " ".join(x for x in (f, p, s) if x)
        return " ".join(x for x in (s, f, p) if x)

    def first_patr(self, case: str = "nom") -> str:
        if self.style == "uulu":
            return f"{decl_first(self.first, self.gender, case)} {self.father} {self.kyz}"
        if not self.patr:
            return decl_first(self.first, self.gender, case)
        return f"{decl_first(self.first, self.gender, case)} {decl_patr(self.patr, self.gender, case)}"

    def short(self, case: str = "nom", fmt: str = "after") -> str:
        """Surname with initials; fmt: after | after_sp | before | before_sp | before_tight | one."""
        if self.style == "uulu":
            if fmt.startswith("before"):
                return f"{self.first[0]}. {self.father} {self.kyz}"
            return f"{self.father} {self.kyz} {self.first[0]}."
        s = self.sur_case(case)
        ini = self.initials
        if fmt == "after":
            return f"{s} {ini}"
        if fmt == "after_sp":
            return f"{s} {ini.replace('.', '. ').strip()}"
        if fmt == "before":
            return f"{ini} {s}"
        if fmt == "before_sp":
            return f"{ini.replace('.', '. ').strip()} {s}"
        if fmt == "before_tight":
            return f"{ini}{s}"
        if fmt == "one":
            return f"{self.first[0]}.{s}"
        raise ValueError(fmt)

    def surname(self, case: str = "nom") -> str:
        if self.style == "uulu":
            return f"{self.father} {self.kyz}"
        return self.sur_case(case)

    # -- Kyrgyz forms (suffix on the last word)
    def ky_full(self, case: str = "nom", order: str = "sfp") -> str:
        return ky_attach(self.full("nom", order), case)

    def ky_short(self, case: str = "nom") -> str:
        if self.style == "uulu":
            return ky_attach(f"{self.father} {self.kyz} {self.first}", case)
        return ky_attach(f"{self.initials} {self.sur}", case)

    def ky_surname(self, case: str = "nom") -> str:
        if self.style == "uulu":
            return ky_attach(f"{self.first} {self.father} {self.kyz}", case)
        return ky_attach(self.sur, case)

    def ky_first(self, case: str = "nom") -> str:
        return ky_attach(self.first, case)


def _pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def random_birth(rng, lo=1950, hi=2004) -> dt.date:
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28 if m == 2 else 30)
    return dt.date(y, m, d)


ETHNIC_WEIGHTS = [("ky", 55), ("ru", 14), ("uz", 9), ("kz", 4), ("du", 4), ("uy", 4),
                  ("tt", 4), ("ko", 3), ("tr", 3)]


def make_person(rng, gender=None, ethnic=None, style=None, used_stems=None,
                birth_range=(1950, 2004)) -> Person:
    """A random person; `used_stems` keeps surnames unique within one act."""
    used_stems = used_stems if used_stems is not None else set()
    for _ in range(200):
        p = _make_person(rng, gender, ethnic, style, birth_range)
        stem = (p.sur[:5] if p.sur else p.father[:5]).lower()
        fstem = p.first[:4].lower()
        if stem in used_stems or ("f:" + fstem) in used_stems:
            continue
        used_stems.add(stem)
        used_stems.add("f:" + fstem)
        return p
    raise RuntimeError("name pools exhausted")


def _gender_surname(sur, kind, gender):
    if gender == "m" or kind in ("indecl", "cons"):
        return sur
    if kind == "sky":
        return sur[:-2] + "ая"
    return sur + "а"


def _make_person(rng, gender, ethnic, style, birth_range) -> Person:
    gender = gender or _pick(rng, "mf")
    if ethnic is None:
        total = sum(w for _, w in ETHNIC_WEIGHTS)
        r = rng.randrange(total)
        for e, w in ETHNIC_WEIGHTS:
            if r < w:
                ethnic = e
                break
            r -= w
    birth = random_birth(rng, *birth_range)
    kind = "ov"
    if ethnic == "ky":
        if style is None:
            style = "uulu" if rng.random() < 0.18 else "ru"
        first = _pick(rng, KY_MALE if gender == "m" else KY_FEMALE)
        father = _pick(rng, KY_FATHERS)
        if style == "uulu":
            return Person(first=first, gender=gender, father=father, style="uulu",
                          birth=birth, ethnic=ethnic)
        sur = (_pick(rng, KY_RARE_SURNAMES) if rng.random() < 0.35
               else ky_surname_from_father(_pick(rng, KY_FATHERS)))
        patr = ky_patronymic_root(father, gender)
        style = "ru"
    elif ethnic == "ru":
        first = _pick(rng, RU_MALE if gender == "m" else RU_FEMALE)
        r = rng.random()
        if r < 0.12:
            sur, kind = _pick(rng, RU_SURNAMES_SKY), "sky"
        elif r < 0.22:
            sur, kind = _pick(rng, RU_SURNAMES_CONS), "cons"
        elif r < 0.34:
            sur, kind = _pick(rng, RU_SURNAMES_INDECL), "indecl"
        else:
            sur = _pick(rng, RU_SURNAMES)
        patr = RU_PATR[_pick(rng, list(RU_PATR)[:17])][0 if gender == "m" else 1]
        style = "ru"
    elif ethnic in ("uz", "kz", "du", "uy", "tt"):
        pools = {"uz": (UZ_MALE, UZ_FEMALE, UZ_SURNAMES), "kz": (KZ_MALE, KZ_FEMALE, KZ_SURNAMES),
                 "du": (DU_MALE, DU_FEMALE, DU_SURNAMES), "uy": (UY_MALE, UY_FEMALE, UY_SURNAMES),
                 "tt": (TT_MALE, TT_FEMALE, TT_SURNAMES)}[ethnic]
        first = _pick(rng, pools[0] if gender == "m" else pools[1])
        sur = _pick(rng, pools[2])
        if ethnic == "kz" or ethnic == "uz" and rng.random() < 0.3:
            patr = ky_patronymic_root(_pick(rng, KY_FATHERS[:20]), gender)
        else:
            patr = RU_PATR[_pick(rng, list(RU_PATR)[17:])][0 if gender == "m" else 1]
        style = "ru"
    elif ethnic == "ko":
        first = _pick(rng, KO_MALE if gender == "m" else KO_FEMALE)
        sur, kind = _pick(rng, KO_SURNAMES), "indecl"
        patr = RU_PATR[_pick(rng, list(RU_PATR)[:17])][0 if gender == "m" else 1]
        style = "ru"
    else:  # tr
        first = _pick(rng, TR_MALE if gender == "m" else TR_FEMALE)
        if rng.random() < 0.75:
            sur, kind = _pick(rng, TR_SURNAMES_CONS), "cons"
        else:
            sur, kind = _pick(rng, TR_SURNAMES_INDECL), "indecl"
        patr = ""
        style = "nopatr"
    p = Person(first=first, gender=gender, sur=_gender_surname(sur, kind, gender),
               sur_kind=kind, patr=patr, style=style, birth=birth, ethnic=ethnic)
    if "ё" in p.sur:
        p.alt_spelling = p.sur.replace("ё", "е")
    elif any(c in p.sur for c in "өүң"):
        p.alt_spelling = p.sur.replace("ө", "о").replace("ү", "у").replace("ң", "н")
    return p


FIRST_POOLS = {"ky": (KY_MALE, KY_FEMALE), "ru": (RU_MALE, RU_FEMALE), "uz": (UZ_MALE, UZ_FEMALE),
               "kz": (KZ_MALE, KZ_FEMALE), "du": (DU_MALE, DU_FEMALE), "uy": (UY_MALE, UY_FEMALE),
               "tt": (TT_MALE, TT_FEMALE), "ko": (KO_MALE, KO_FEMALE), "tr": (TR_MALE, TR_FEMALE)}
