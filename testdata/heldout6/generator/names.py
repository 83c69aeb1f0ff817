"""Name pools, Russian declension, patronymics and Kyrgyz case suffixes for heldout6.

Written for this set only. Names are random combinations of common given names and
surname roots; no real person is meant.
"""

# ---------------------------------------------------------------- pools
POOLS = {
    "kyrgyz": {
        "m": ["Азамат", "Эрлан", "Талант", "Мирлан", "Улан", "Нурбек", "Жоомарт", "Канат",
              "Медер", "Тилек", "Эрмек", "Бектур", "Самат", "Айбек", "Элдияр", "Темирлан",
              "Кубанычбек", "Алмаз", "Урмат", "Чынгыз", "Өмүрбек", "Санжар", "Бекжан",
              "Сатыбалды", "Акылбек", "Мелис", "Нурлан", "Жеңиш"],
        "f": ["Айзада", "Нургүл", "Жаркынай", "Бурулай", "Айпери", "Гүлзат", "Чолпон",
              "Мээрим", "Асель", "Жыпар", "Назира", "Каныкей", "Айжамал", "Салтанат",
              "Динара", "Аида", "Толгонай", "Бермет", "Айнура", "Нуриза", "Гүлмира"],
        "roots": ["Абдыкалык", "Токтосун", "Жээнбек", "Сыдык", "Осмонкул", "Бообек",
                  "Калыбек", "Мамыт", "Кенжебай", "Турдубай", "Эшмат", "Садыр", "Дөөлөт",
                  "Үсөн", "Мырзакмат", "Айдарбек", "Шаршен", "Чотон", "Нарынбай",
                  "Бектемир", "Алымкул", "Зарлык", "Төлөгөн", "Жолдош", "Курманбек",
                  "Ысмайыл", "Кыдыралы", "Эсенгул", "Маматкадыр", "Тезекбай"],
    },
    "russian": {
        "m": ["Андрей", "Сергей", "Дмитрий", "Николай", "Виктор", "Олег", "Игорь", "Павел",
              "Евгений", "Роман", "Василий", "Станислав", "Юрий", "Максим", "Артём", "Илья"],
        "f": ["Ольга", "Наталья", "Татьяна", "Екатерина", "Светлана", "Ирина", "Валентина",
              "Людмила", "Галина", "Юлия", "Надежда", "Любовь", "Вера", "Мария", "Анастасия"],
        "surnames": ["Кравцов", "Лапин", "Зуев", "Белоусов", "Тарасов", "Горбунов", "Ершов",
                     "Фомин", "Ковалевский", "Полянский", "Шубин", "Воронин", "Панов",
                     "Селезнёв", "Мухин", "Дроздов", "Лаптев", "Жилин"],
    },
    "ukrainian": {
        "m": ["Тарас", "Богдан", "Остап", "Василий", "Виталий", "Григорий"],
        "f": ["Оксана", "Олеся", "Ганна", "Тамара", "Лариса"],
        "surnames": ["Бондаренко", "Ткачук", "Мельничук", "Коваль", "Савчук", "Гончаренко",
                     "Ляшко", "Данилюк", "Кириленко", "Марчук"],
    },
    "german": {
        "m": ["Эдуард", "Роберт", "Вольдемар", "Генрих", "Артур"],
        "f": ["Ирма", "Эльза", "Эмилия", "Берта", "Лидия"],
        "surnames": ["Шмидт", "Вебер", "Фризен", "Нойман", "Классен", "Рейнгардт", "Гейер",
                     "Дик", "Вагнер"],
    },
    "uzbek": {
        "m": ["Шерзод", "Бахтиёр", "Улугбек", "Дилшод", "Жасур", "Фаррух", "Ботир", "Рустам",
              "Анвар", "Отабек"],
        "f": ["Дилноза", "Гулчехра", "Мохира", "Нодира", "Шахноза", "Зулфия", "Мафтуна"],
        "surnames": ["Юлдашев", "Рахимов", "Каримов", "Турсунов", "Мирзаев", "Абдуллаев",
                     "Холматов", "Эргашев", "Содиков", "Назаров", "Маматкулов"],
    },
    "tajik": {
        "m": ["Фирдавс", "Сухроб", "Джамшед", "Бежан", "Парвиз"],
        "f": ["Манижа", "Фарангис", "Тахмина", "Нигина"],
        "surnames": ["Рахмонзода", "Саидзода", "Сафаров", "Давлатов", "Шарипов", "Курбонзода"],
    },
    "kazakh": {
        "m": ["Асхат", "Ержан", "Дархан", "Бауыржан", "Серик", "Ермек", "Нуржан"],
        "f": ["Айгерим", "Жансая", "Дана", "Гаухар", "Мадина", "Сауле"],
        "surnames": ["Жаксылыков", "Нурмагамбетов", "Сейткалиев", "Оспанов", "Есенов",
                     "Куанышев", "Тлеубердин"],
    },
    "dungan": {
        "m": ["Сулейман", "Ибрагим", "Юсуп", "Хасан", "Мансур", "Ильяс"],
        "f": ["Айшэ", "Фатима", "Зейнаб", "Хадижа"],
        "surnames": ["Ванахун", "Шиваза", "Янсанов", "Мансуров", "Сулиманов", "Дауров",
                     "Хазиров", "Сушанло"],
    },
    "uyghur": {
        "m": ["Абдурешит", "Мухтар", "Ильшат", "Нурмухаммед", "Кахриман"],
        "f": ["Патигуль", "Адиля", "Рена", "Зульфия", "Мунира"],
        "surnames": ["Масимов", "Исмаилов", "Турдахунов", "Розахунов", "Абдурахманов",
                     "Ниязов", "Хамраев"],
    },
    "tatar": {
        "m": ["Рустем", "Ильдар", "Ринат", "Азат", "Марат", "Фарид"],
        "f": ["Альфия", "Лейсан", "Резеда", "Диляра", "Гульнара", "Эльвира"],
        "surnames": ["Хабибуллин", "Гарипов", "Сафин", "Мухаметшин", "Галиев", "Закиров",
                     "Шакиров", "Валиуллин"],
    },
    "turkish": {
        "m": ["Байрам", "Ахмед", "Осман", "Мевлют", "Исмаил", "Фуад"],
        "f": ["Эмине", "Фатма", "Зейнеп", "Хатидже", "Гюльнара"],
        "surnames": ["Османов", "Гасанов", "Курбанов", "Йылмаз", "Озтюрк", "Ибрагимов",
                     "Кайя"],
    },
    "korean": {
        "m": ["Виталий", "Эдуард", "Вячеслав", "Геннадий", "Валерий"],
        "f": ["Марина", "Инна", "Анжела", "Жанна", "Элеонора"],
        "surnames": ["Ким", "Пак", "Цой", "Ли", "Тен", "Хван", "Нам", "Югай", "Огай", "Шин"],
    },
}
# fathers' names for patronymics, per people
FATHERS = {
    "kyrgyz": POOLS["kyrgyz"]["m"] + ["Абдырахман", "Асанбек", "Мукаш", "Жумагазы"],
    "russian": ["Александр", "Петр", "Иван", "Михаил", "Алексей", "Николай", "Юрий", "Василий",
                "Анатолий", "Геннадий", "Игорь", "Валерий"],
    "ukrainian": ["Тарас", "Степан", "Богдан", "Петр", "Григорий"],
    "german": ["Эдуард", "Роберт", "Иоганн", "Генрих", "Вольдемар"],
    "uzbek": ["Рахим", "Абдулла", "Кодир", "Тохир", "Хамид", "Олим"],
    "tajik": ["Саид", "Рахмон", "Давлат", "Шариф"],
    "kazakh": ["Ерлан", "Болат", "Серик", "Тулеген", "Жумабай"],
    "dungan": ["Юсуп", "Хасан", "Мансур", "Ибрагим"],
    "uyghur": ["Мухтар", "Абдурахман", "Нияз", "Турды"],
    "tatar": ["Рашид", "Равиль", "Фарид", "Ильдус"],
    "turkish": ["Осман", "Байрам", "Али", "Мамед"],
    "korean": ["Николай", "Владимир", "Сергей", "Борис", "Виктор"],
}

PEOPLES = list(POOLS)

VOWELS = set("аеёиоуыэюяөүАЕЁИОУЫЭЮЯӨҮ")
SIBILANT = set("жшчщц")
GKH = set("гкхжшчщ")


def kyrgyz_surname(root, female):
    if root.endswith("й"):
        base = root[:-1] + "ев"
    elif root[-1] in SIBILANT:
        base = root + "ев"
    elif root[-1] in VOWELS:
        base = root + "ев"
    else:
        base = root + "ов"
    return base + ("а" if female else "")


def female_surname(s):
    """Feminine form of a masculine surname (nominative)."""
    if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return s + "а"
    if s.endswith("ский") or s.endswith("цкий"):
        return s[:-2] + "ая"
    return s  # consonant, -ко, Korean, -зода, -а: the same word


def patronymic(father, female):
    f = father
    if f == "Дмитрий":
        stem = "Дмитриев"
    elif f.endswith("ий"):
        stem = f[:-2] + "ьев"
    elif f.endswith("й"):
        stem = f[:-1] + "ев"
    elif f.endswith("ь"):
        stem = f[:-1] + "ев"
    elif f[-1] in SIBILANT:
        stem = f + "ев"
    elif f[-1] in "аеиоуыэюяөү":
        stem = f + "ев"
    else:
        stem = f + "ов"
    return stem + ("на" if female else "ич")


CASES_RU = ["nom", "gen", "dat", "acc", "ins", "pre"]


def _decl_fem_a(w, c):
    stem, last = w[:-1], w[-1]
    if last == "я":
        if stem.endswith("и"):
            return {"nom": w, "gen": stem + "и", "dat": stem + "и", "acc": stem + "ю",
                    "ins": stem + "ей", "pre": stem + "и"}[c]
        return {"nom": w, "gen": stem + "и", "dat": stem + "е", "acc": stem + "ю",
                "ins": stem + "ей", "pre": stem + "е"}[c]
    gen = stem + ("и" if stem[-1] in GKH else "ы")
    ins = stem + ("ей" if stem[-1] in SIBILANT else "ой")
    return {"nom": w, "gen": gen, "dat": stem + "е", "acc": stem + "у", "ins": ins,
            "pre": stem + "е"}[c]


def decline_given(w, female, c):
    if c == "nom":
        return w
    if w.endswith(("а", "я")):
        return _decl_fem_a(w, c)
    if female:
        if w.endswith("овь"):
            stem = w[:-3] + "ов"
            return {"gen": stem + "и", "dat": stem + "и", "acc": w, "ins": stem + "ью",
                    "pre": stem + "и"}[c]
        return w  # Айгуль, Жылдыз, Эмине: not declined
    if w[-1] in "еиоуыэюөү":
        return w  # Сатыбалды and the like are left as they are
    if w.endswith("ий"):
        s = w[:-1]
        return {"gen": s + "я", "dat": s + "ю", "acc": s + "я", "ins": s + "ем", "pre": s + "и"}[c]
    if w.endswith("й") or w.endswith("ь"):
        s = w[:-1]
        return {"gen": s + "я", "dat": s + "ю", "acc": s + "я", "ins": s + "ем", "pre": s + "е"}[c]
    ins = w + ("ем" if w[-1] in SIBILANT else "ом")
    return {"gen": w + "а", "dat": w + "у", "acc": w + "а", "ins": ins, "pre": w + "е"}[c]


def decline_patronymic(w, c):
    if c == "nom":
        return w
    if w.endswith("на"):
        s = w[:-1]
        return {"gen": s + "ы", "dat": s + "е", "acc": s + "у", "ins": s + "ой", "pre": s + "е"}[c]
    return {"gen": w + "а", "dat": w + "у", "acc": w + "а", "ins": w + "ем", "pre": w + "е"}[c]


def decline_surname(w, female, c):
    if c == "nom":
        return w
    if female:
        if w.endswith(("ова", "ева", "ёва", "ина", "ына")):
            s = w[:-1]
            return {"gen": s + "ой", "dat": s + "ой", "acc": s + "у", "ins": s + "ой",
                    "pre": s + "ой"}[c]
        if w.endswith("ая"):
            s = w[:-2]
            return {"gen": s + "ой", "dat": s + "ой", "acc": s + "ую", "ins": s + "ой",
                    "pre": s + "ой"}[c]
        return w
    if w.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return {"gen": w + "а", "dat": w + "у", "acc": w + "а", "ins": w + "ым", "pre": w + "е"}[c]
    if w.endswith(("ский", "цкий")):
        s = w[:-2]
        return {"gen": s + "ого", "dat": s + "ому", "acc": s + "ого", "ins": s + "им",
                "pre": s + "ом"}[c]
    if w[-1] in "аеиоуыэюяөү" or w.endswith(("их", "ых")):
        return w  # -ко, -зода, Ли, Кайя, Сушанло: indeclinable
    if w.endswith("й") or w.endswith("ь"):
        s = w[:-1]
        return {"gen": s + "я", "dat": s + "ю", "acc": s + "я", "ins": s + "ем", "pre": s + "е"}[c]
    ins = w + ("ем" if w[-1] in SIBILANT else "ом")
    return {"gen": w + "а", "dat": w + "у", "acc": w + "а", "ins": ins, "pre": w + "е"}[c]


# ---------------------------------------------------------------- Kyrgyz suffixes
VOICELESS = set("пткфсшчхцщ")
BACK_UNR, BACK_R, FRONT_UNR, FRONT_R = "аыяэ", "оуёю", "еи", "өү"


def _harmony(word):
    for ch in reversed(word.lower()):
        if ch in BACK_UNR:
            return "a"
        if ch in BACK_R:
            return "o"
        if ch in FRONT_UNR:
            return "e"
        if ch in FRONT_R:
            return "ö"
    return "a"


_WIDE = {"a": "а", "o": "о", "e": "е", "ö": "ө"}
_NARROW = {"a": "ы", "o": "у", "e": "и", "ö": "ү"}


def ky_suffix(word, case):
    """The case suffix for `word` (nom, gen, dat, acc, abl, loc)."""
    if case == "nom":
        return ""
    h = _harmony(word)
    last = word.lower().rstrip(".")[-1]
    if last in "ьъ":
        last = word.lower()[-2]
    vowel = last in VOWELS or last in "аеёиоуыэюяөү"
    unvoiced = last in VOICELESS
    w, n = _WIDE[h], _NARROW[h]
    if case == "gen":
        c = "н" if vowel else ("т" if unvoiced else "д")
        return c + n + "н"
    if case == "acc":
        c = "н" if vowel else ("т" if unvoiced else "д")
        return c + n
    if case == "dat":
        c = "к" if unvoiced else "г"
        return c + w
    if case == "abl":
        c = "т" if unvoiced else "д"
        return c + w + "н"
    if case == "loc":
        c = "т" if unvoiced else "д"
        return c + w
    raise ValueError(case)


# "уулу" / "кызы" carry the possessive: уулунун, уулуна, уулун, уулунан, уулунда
UULU_FORMS = {
    "уулу": {"nom": "уулу", "gen": "уулунун", "dat": "уулуна", "acc": "уулун",
             "abl": "уулунан", "loc": "уулунда"},
    "кызы": {"nom": "кызы", "gen": "кызынын", "dat": "кызына", "acc": "кызын",
             "abl": "кызынан", "loc": "кызында"},
}


def ky_attach(word, case):
    if word in UULU_FORMS:
        return UULU_FORMS[word][case]
    suf = ky_suffix(word, case)
    if word.isupper() and len(word) > 1:
        suf = suf.upper()
    return word + suf
