"""Name pools and morphology for the second held-out set.

Written from scratch for this set: pools are random combinations of common given names
and surname roots of the peoples of Kyrgyzstan and its neighbours; no full name of a real
person or of a real act is used on purpose.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Pools: people -> (male surnames, male given, female given, father names)
# Surnames are given in the male nominative; female forms are derived.
# ---------------------------------------------------------------------------

POOLS = {
    "kyrgyz": dict(
        sur=["Токтосунов", "Бейшенбаев", "Бекназаров", "Ормонов", "Сагынбаев",
             "Абылкасымов", "Акматалиев", "Дөөлөтов", "Үсөнов", "Өскөнбаев",
             "Түмөнбаев", "Керимбаев", "Ташболотов", "Мырзакулов", "Эсенгулов",
             "Жолдошев", "Нурдинов", "Бообеков", "Кудайбергенов", "Шамшиев",
             "Сейитбеков", "Чоробеков", "Кенжебаев", "Төлөнов", "Бакиров",
             "Күлчороев", "Айдаралиев", "Момунов", "Ысмайылов", "Самаков"],
        male=["Элдияр", "Темирлан", "Адилет", "Бекболот", "Уланбек", "Жыргалбек",
              "Мелис", "Нурлан", "Таалайбек", "Эрмек", "Калыс", "Сүйүнбек",
              "Өмүрбек", "Кубанычбек", "Мирлан", "Эрлан", "Арген", "Талант",
              "Максат", "Эркин", "Бакыт", "Азамат", "Чынгыз", "Үмүт"],
        female=["Айпери", "Нуриза", "Бегимай", "Сезим", "Мээрим", "Айзада",
                "Чолпон", "Гүлзат", "Толгонай", "Асель", "Каныкей", "Бурул",
                "Айсулуу", "Назгүл", "Эльнура", "Күмүшай", "Салтанат", "Жаңыл",
                "Алтынай", "Ырыс", "Мөлмөл", "Айгерим"],
        father=["Асылбек", "Кадыр", "Токтогул", "Орозбек", "Шаршен", "Дүйшөн",
                "Мукан", "Сатар", "Тургунбай", "Эшмат", "Көчкөр", "Жусуп",
                "Бекназар", "Абдыкерим", "Төлөгөн", "Сапар"],
    ),
    "russian": dict(
        sur=["Белоусов", "Климов", "Вершинин", "Гордеев", "Дроздов", "Ершов",
             "Журавлёв", "Колесников", "Лаптев", "Потапов", "Рябинин", "Селезнёв",
             "Устинов", "Фомичёв", "Шубин", "Ярцев", "Бондарчук", "Гаврилюк",
             "Мороз", "Павленко", "Остапенко", "Черных", "Седых", "Вишневский",
             "Завадский", "Голубев", "Синицын", "Коваль"],
        male=["Артём", "Денис", "Глеб", "Кирилл", "Леонид", "Матвей", "Олег",
              "Роман", "Станислав", "Тимофей", "Фёдор", "Юрий", "Аркадий", "Вадим",
              "Геннадий", "Илья", "Никита", "Лев", "Игорь", "Всеволод"],
        female=["Алёна", "Валентина", "Галина", "Дарья", "Евгения", "Жанна",
                "Зинаида", "Ксения", "Лариса", "Маргарита", "Нина", "Оксана",
                "Полина", "Светлана", "Тамара", "Ульяна", "Юлия", "Любовь", "Лилия",
                "Наталья"],
        father=["Андрей", "Борис", "Виталий", "Григорий", "Дмитрий", "Евгений",
                "Константин", "Леонид", "Михаил", "Пётр", "Семён", "Фёдор",
                "Яков", "Аркадий", "Василий", "Степан"],
    ),
    "uzbek": dict(
        sur=["Юлдашев", "Рахматуллаев", "Мирзаахмедов", "Абдуллажонов",
             "Турсунбоев", "Камолов", "Холматов", "Эргашев", "Норматов", "Шукуров",
             "Иброхимов", "Тошпулатов"],
        male=["Шерзод", "Бахтиёр", "Жасур", "Улугбек", "Фарход", "Дилшод", "Азиз",
              "Санжар", "Отабек", "Жамшид"],
        female=["Дилноза", "Гулчехра", "Нодира", "Мохира", "Зарина", "Шахноза",
                "Феруза", "Муборак"],
        father=["Алишер", "Рустам", "Хасан", "Анвар", "Исмоил", "Баходир",
                "Абдувахоб", "Ислом"],
    ),
    "kazakh": dict(
        sur=["Жаксылыков", "Нурпеисов", "Сарсенбаев", "Тлеубердиев", "Кайратов",
             "Ермеков"],
        male=["Ержан", "Нурлыбек", "Дархан", "Асхат", "Бауыржан", "Ерлан"],
        female=["Жансая", "Динара", "Гаухар", "Айнаш", "Балжан"],
        father=["Серик", "Болат", "Даулет", "Марат", "Кайрат"],
    ),
    "tajik": dict(
        sur=["Рахимзода", "Шарифзода", "Назаров", "Давлатов", "Ходжиев",
             "Саидзода"],
        male=["Фирдавс", "Рустам", "Парвиз", "Сухроб", "Шохрух", "Фаридун"],
        female=["Мехрона", "Фарангис", "Малика", "Нигина", "Зебо"],
        father=["Саид", "Давлат", "Нозим", "Шариф", "Бахром"],
    ),
    "dungan": dict(
        sur=["Сушанло", "Мансуров", "Дауров", "Ванахун", "Ясыров", "Хамазов"],
        male=["Хусе", "Мухамед", "Ильяс", "Абдулла", "Юнус"],
        female=["Фатима", "Айша", "Хадиша", "Зухра"],
        father=["Ибрагим", "Хасан", "Юсуп", "Исмаил"],
    ),
    "tatar": dict(
        sur=["Галиуллин", "Хайрутдинов", "Сафин", "Гарипов", "Зарипов", "Мингазов"],
        male=["Ринат", "Ильдус", "Рамиль", "Айдар", "Марсель"],
        female=["Гульшат", "Альфия", "Лейсан", "Резеда", "Эльмира"],
        father=["Рифкат", "Наиль", "Равиль", "Фарит", "Ильгиз"],
    ),
    "uyghur": dict(
        sur=["Турдахунов", "Нуруллаев", "Масимов", "Абдукеримов", "Розахунов"],
        male=["Алимжан", "Мухтар", "Ильшат", "Дильмурат", "Пархат"],
        female=["Перизат", "Гульнисам", "Назугум", "Мадина"],
        father=["Абдурахман", "Турсун", "Махмут", "Кадир"],
    ),
    "korean": dict(
        sur=["Ким", "Пак", "Цой", "Тян", "Хан", "Ли", "Огай", "Шин"],
        male=["Виктор", "Эдуард", "Вячеслав", "Сергей", "Владислав"],
        female=["Инна", "Марина", "Виктория", "Элеонора", "Анжела"],
        father=["Николай", "Владимир", "Геннадий", "Валерий"],
    ),
    "german": dict(
        sur=["Шмидт", "Вебер", "Келлер", "Гофман", "Рихтер", "Винклер"],
        male=["Андреас", "Эдгар", "Роберт", "Вальтер"],
        female=["Эльза", "Ирма", "Хильда", "Эмма"],
        father=["Эдуард", "Рудольф", "Генрих", "Отто"],
    ),
    "azeri": dict(
        sur=["Гусейнов", "Мамедов", "Алекперов", "Рзаев"],
        male=["Эльчин", "Рамиз", "Фуад", "Вугар"],
        female=["Севиль", "Айгюн", "Лейла", "Гюнай"],
        father=["Ахмед", "Тофик", "Ильгар", "Гасан"],
    ),
    "armenian": dict(
        sur=["Саркисян", "Аракелян", "Погосян", "Мартиросян"],
        male=["Ашот", "Гурген", "Ваган", "Самвел"],
        female=["Анаит", "Гаяне", "Лусине", "Армине"],
        father=["Арташес", "Левон", "Гагик", "Армен"],
    ),
    "turkish": dict(
        sur=["Чолаков", "Гюльмамедов", "Шахбазов", "Османов"],
        male=["Зафер", "Исмет", "Тургут", "Эрдоган"],
        female=["Зейнеб", "Гюльсум", "Хатидже", "Эмине"],
        father=["Кемал", "Нури", "Сабри", "Исмаил"],
    ),
}

# Which peoples appear and how often (weights).
PEOPLE_WEIGHTS = [
    ("kyrgyz", 46), ("russian", 16), ("uzbek", 10), ("kazakh", 4), ("tajik", 4),
    ("dungan", 4), ("tatar", 4), ("uyghur", 3), ("korean", 4), ("german", 2),
    ("azeri", 1), ("armenian", 1), ("turkish", 1),
]

INDECL_SUR_ENDINGS = ("о", "зода", "их", "ых", "ли", "ло", "ко")

CASES = ("nom", "gen", "dat", "acc", "ins", "pre")

SIBILANT = set("жшчщц")
VELAR = set("гкхжшчщ")


def _cap_like(src: str, out: str) -> str:
    return out.upper() if src.isupper() and len(src) > 1 else out


# ---------------------------------------------------------------------------
# Russian declension
# ---------------------------------------------------------------------------

def female_surname(s: str) -> str:
    if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return s + "а"
    if s.endswith("ский") or s.endswith("цкий"):
        return s[:-2] + "ая"
    return s


def decl_surname(s: str, sex: str, case: str) -> str:
    if case == "nom":
        return s
    low = s.lower()
    if sex == "f":
        if low.endswith(("ова", "ева", "ёва", "ина", "ына")):
            return s[:-1] + {"gen": "ой", "dat": "ой", "acc": "у", "ins": "ой", "pre": "ой"}[case]
        if low.endswith("ая"):
            return s[:-2] + {"gen": "ой", "dat": "ой", "acc": "ую", "ins": "ой", "pre": "ой"}[case]
        return s
    if low.endswith(INDECL_SUR_ENDINGS) or low == "ли":
        return s
    if low.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return s + {"gen": "а", "dat": "у", "acc": "а", "ins": "ым", "pre": "е"}[case]
    if low.endswith("ий") or low.endswith("ой"):
        stem = s[:-2]
        return stem + {"gen": "ого", "dat": "ому", "acc": "ого", "ins": "им", "pre": "ом"}[case]
    if low.endswith("й"):
        stem = s[:-1]
        return stem + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "pre": "е"}[case]
    if low.endswith("ь"):
        stem = s[:-1]
        return stem + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "pre": "е"}[case]
    if low[-1] in "аеёиоуыэюя":
        return s
    ins = "ем" if low[-1] in SIBILANT else "ом"
    return s + {"gen": "а", "dat": "у", "acc": "а", "ins": ins, "pre": "е"}[case]


def decl_given(g: str, sex: str, case: str) -> str:
    if case == "nom":
        return g
    low = g.lower()
    if g == "Любовь":
        return {"gen": "Любови", "dat": "Любови", "acc": "Любовь", "ins": "Любовью", "pre": "Любови"}[case]
    if g == "Лев":
        return {"gen": "Льва", "dat": "Льву", "acc": "Льва", "ins": "Львом", "pre": "Льве"}[case]
    if g == "Пётр":
        return {"gen": "Петра", "dat": "Петру", "acc": "Петра", "ins": "Петром", "pre": "Петре"}[case]
    if low.endswith("ия"):
        return g[:-1] + {"gen": "и", "dat": "и", "acc": "ю", "ins": "ей", "pre": "и"}[case]
    if low.endswith("ья"):
        return g[:-1] + {"gen": "и", "dat": "е", "acc": "ю", "ins": "ей", "pre": "е"}[case]
    if low.endswith("я"):
        ins = "ёй" if g == "Илья" else "ей"
        return g[:-1] + {"gen": "и", "dat": "е", "acc": "ю", "ins": ins, "pre": "е"}[case]
    if low.endswith("а"):
        prev = low[-2]
        gen = "и" if prev in VELAR else "ы"
        ins = "ей" if prev in SIBILANT else "ой"
        return g[:-1] + {"gen": gen, "dat": "е", "acc": "у", "ins": ins, "pre": "е"}[case]
    if sex == "f":
        return g  # Айгерим, Севиль, Гульшат: not declined in acts
    if low.endswith("ий"):
        return g[:-1] + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "pre": "и"}[case]
    if low.endswith("й") or low.endswith("ь"):
        return g[:-1] + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "pre": "е"}[case]
    if low[-1] in "еиоуыэю":
        return g
    ins = "ем" if low[-1] in SIBILANT else "ом"
    return g + {"gen": "а", "dat": "у", "acc": "а", "ins": ins, "pre": "е"}[case]


def patronymic(father: str, sex: str) -> str:
    f = father
    if f == "Пётр":
        f = "Петр"
    if f == "Яков":
        return "Яковлевич" if sex == "m" else "Яковлевна"
    low = f.lower()
    if low.endswith("ий"):
        stem, m, w = f[:-2], "ьевич", "ьевна"
    elif low.endswith("ей") or low.endswith("ай"):
        stem, m, w = f[:-1], "евич", "евна"
    elif low.endswith("й"):
        stem, m, w = f[:-1], "евич", "евна"
    elif low[-1] in "жшчщц":
        stem, m, w = f, "евич", "евна"
    elif low[-1] in "аеиоуыэюя":
        stem, m, w = f[:-1], "ович", "овна"
    else:
        stem, m, w = f, "ович", "овна"
    return stem + (m if sex == "m" else w)


def decl_patr(p: str, case: str) -> str:
    if case == "nom":
        return p
    if p.endswith("ич"):
        return p + {"gen": "а", "dat": "у", "acc": "а", "ins": "ем", "pre": "е"}[case]
    if p.endswith("на"):
        return p[:-1] + {"gen": "ы", "dat": "е", "acc": "у", "ins": "ой", "pre": "е"}[case]
    return p


# ---------------------------------------------------------------------------
# Kyrgyz case suffixes (attached to the last word), vowel harmony + assimilation
# ---------------------------------------------------------------------------

VOWELS = "аеёиоуыэюяөү"
VOICELESS = set("кпстфхцчшщ")


def _last_vowel(w: str) -> str:
    for ch in reversed(w.lower()):
        if ch in VOWELS:
            return ch
    return "ы"


def _harm(w: str):
    v = _last_vowel(w)
    if v in "аыя":
        return "ы", "а"
    if v in "оуёю":
        return "у", "о"
    if v in "еиэ":
        return "и", "е"
    return "ү", "ө"  # ө, ү


def ky_suffix(w: str, case: str) -> str:
    """Adds a Kyrgyz case suffix to a word: gen, dat, acc, abl, loc."""
    if case == "nom" or not w:
        return w
    narrow, wide = _harm(w)
    last = w[-1].lower()
    vowel_end = last in VOWELS
    voiceless = last in VOICELESS
    if case == "gen":
        suf = ("н" if vowel_end else "т" if voiceless else "д") + narrow + "н"
    elif case == "acc":
        suf = ("н" if vowel_end else "т" if voiceless else "д") + narrow
    elif case == "dat":
        suf = ("к" if voiceless else "г") + wide
    elif case == "abl":
        suf = ("т" if voiceless else "д") + wide + "н"
    elif case == "loc":
        suf = ("т" if voiceless else "д") + wide
    else:
        raise ValueError(case)
    if w.isupper() and len(w) > 1:
        suf = suf.upper()
    return w + suf


POSSESSIVE = {
    # "уулу"/"кызы" take the possessive declension
    "уулу": {"nom": "уулу", "gen": "уулунун", "dat": "уулуна", "acc": "уулун", "abl": "уулунан", "loc": "уулунда"},
    "кызы": {"nom": "кызы", "gen": "кызынын", "dat": "кызына", "acc": "кызын", "abl": "кызынан", "loc": "кызында"},
}


def ky_last(w: str, case: str) -> str:
    if w.lower() in POSSESSIVE:
        out = POSSESSIVE[w.lower()][case]
        return out.upper() if w.isupper() else out
    return ky_suffix(w, case)


def yo_to_e(s: str) -> str:
    return s.replace("ё", "е").replace("Ё", "Е")


def drop_ky_letters(s: str) -> str:
    return (s.replace("ө", "о").replace("ү", "у").replace("ң", "н")
            .replace("Ө", "О").replace("Ү", "У").replace("Ң", "Н"))
