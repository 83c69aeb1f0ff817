"""Name pools written for heldout4, Russian declension and Kyrgyz case suffixes.

Every name is a random combination of a given name, a surname (or a father's name with
"уулу"/"кызы") and a patronymic from the pools below; none is meant to be a real person.
"""

CASES = ("nom", "gen", "dat", "acc", "ins", "pre")

# ---------------------------------------------------------------- pools
# Kyrgyz given names (some are common words: Бакыт, Тынчтык, Эркин, Жеңиш, Үмүт, Талант,
# Максат, Ырыс, Сезим — used for a few persons on purpose).
KY_MALE = """Абылай Адилбек Азирет Айбек Айдар Айдос Акылбек Алмаз Алтынбек Аманбек Арстан
Асылбек Атабек Ашым Бактыбек Бекмырза Бекназар Бектур Болот Бообек Дастан Дөөлөт Жаныбек
Жеңишбек Жолдошбек Замирбек Илгиз Исламбек Калыс Канатбек Кубанычбек Курманбек Кутман
Мамыр Мелис Мирбек Мурат Нарынбек Нурсултан Нуржигит Өмүрбек Өскөн Руслан Самат Сыймык
Таалай Темирлан Тилек Төлөгөн Турат Улукбек Үсөн Чыңгыз Шайлообек Эламан Эмил Эрлан
Эрмек Эсенгул Ырысбек Элдияр Байэл Бекболот Курманали""".split()
KY_MALE_WORDS = ["Бакыт", "Тынчтык", "Эркин", "Жеңиш", "Талант", "Максат", "Ырыс"]
KY_FEMALE = """Айгерим Айдана Айжамал Айзирек Айнура Айперим Акмоор Алтынай Асылкан Бактыгүл
Бегимай Бермет Бурулай Венера Гүлайым Гүлбара Гүлжан Гүлнура Гүлсара Динара Жазгүл Жаркынай
Жийдегүл Жумагүл Жыпаргүл Каныкей Керимбүбү Күмүшай Мадина Майрамкан Мээрим Наргиза
Нуржамал Нурийпа Перизат Рахат Салкын Сайкал Турдукан Төлгөнай Тумар Уулжан Чынара
Чолпонай Шайыркүл Элмира Эльвира Элнура Жибек Назира Асема Калыйман""".split()
KY_FEMALE_WORDS = ["Үмүт", "Сезим", "Ырыс", "Бактыгүл"]
# Kyrgyz roots: surnames (root + ов/ев, root + ова/ева) and fathers of "уулу/кызы" names.
KY_ROOTS = """Абдыкерим Абылкасым Адылбек Айтбай Акматбек Алымкул Аманкул Арзымат Асанбай
Ашырбек Байсалбек Бакас Бапа Бейшенкул Бекбол Бектемир Белек Бердибек Боронбай Борубай
Дүйшөн Жапар Жанузак Жолборс Жумакадыр Жусуп Зарылбек Иманалы Исмайыл Кадырбек
Калыгул Камчыбек Келдибек Кенешбек Керимкул Кочкор Көчмөн Култай Курбан Кушубак
Мамаш Маматкул Медет Мойдун Молдокасым Мукаш Мундузбек Мырзакул Наматбек Нарбото Ниязбек
Оморкул Орозалы Осмонкул Өмүралы Рысбек Сагынбай Сапарбек Сарыбай Сейитбек Сооронбай
Суйунбай Сулайман Табылды Ташмат Темирбек Токтобек Төлөбай Турсунбек Тыныбек Үсөнбай
Чекир Чоробек Шаршен Шамшыбек Эшмат Ырысбай Абдраим Жакшылык Кемел Сатар""".split()

RU_MALE = """Алексей Андрей Антон Аркадий Артём Борис Вадим Валерий Виктор Виталий Владимир
Геннадий Георгий Григорий Денис Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин
Леонид Максим Михаил Никита Олег Павел Пётр Роман Святослав Семён Степан Тимофей Фёдор
Юрий Ярослав Лев""".split()
RU_FEMALE = """Алёна Алла Анастасия Ангелина Валентина Варвара Галина Дарья Евгения Екатерина
Елена Жанна Зинаида Инна Ирина Кристина Ксения Лариса Людмила Маргарита Марина Нина
Оксана Полина Светлана Софья Тамара Татьяна Ульяна Юлия Яна Наталья""".split()
RU_FEMALE_WORDS = ["Надежда", "Вера", "Любовь", "Роза", "Лилия"]
RU_SUR = """Беляков Воронцов Гаврилов Горбунов Греков Дорофеев Ермаков Журавлёв Зимин Зуев
Карпов Киселёв Козырев Колесников Комаров Крылов Куликов Лаптев Ларионов Лыков Мартынов
Медведев Мухин Назаров Некрасов Овчинников Панкратов Полозов Рогов Рябинин Савин Селезнёв
Сорокин Субботин Сычёв Третьяков Уваров Филатов Хохлов Цветков Чернов Шубин Щукин Юдин
Яковлев Плотников Ковалевский Завадский Островский Гладкий Мельничук Ткачук Кравчук
Сидоренко Бондарчук Лысенко Руденко Шевчук Седых Долгих Кручёных Коваль Гоголь Жук""".split()

UZ_MALE = """Алишер Бахтиёр Бобур Дилшод Жамшид Ибрагим Икром Мансур Миршод Отабек Равшан
Рустам Санжар Сардор Фаррух Хуршид Шавкат Шерзод Улугбек Фазлиддин""".split()
UZ_FEMALE = """Дилноза Дилфуза Гулноза Зулфия Камола Лола Малика Мохира Нигора Нодира Севара
Феруза Шахноза Умида Мунира""".split()
UZ_SUR = """Абдуллаев Ахмедов Бабаджанов Валиев Жураев Исмоилов Камолов Мадаминов Мирзаев
Назаров Нематов Рахимов Собиров Турсунов Умаров Усмонов Хакимов Хамидов Холматов
Шукуров Эргашев Юлдашев Мамажонов Ташпулатов Рахматуллаев""".split()

KZ_MALE = "Ержан Бауыржан Дархан Ерлан Жанболат Нурбол Серик Талгат Айдын Олжас Бекзат Мейрам".split()
KZ_FEMALE = "Айгерим Балжан Гаухар Динара Жанар Жансая Камшат Меруерт Сауле Толганай Айша".split()
KZ_SUR = "Абенов Джаксыбеков Есенов Жумагалиев Кайратов Нуртазин Оспанов Сейткали Тлеубаев Утегенов Шайхин Бекмухамбетов".split()

TJ_MALE = "Абдулло Бахром Далер Джамшед Зафар Исмоил Комрон Мирзо Сухроб Фарход Шухрат".split()
TJ_FEMALE = "Гулрухсор Зарина Манижа Мехрангез Парвина Сабохат Тахмина Фируза Шабнам".split()
TJ_SUR = "Назарзода Рахимзода Саидзода Шарипов Холов Давлатов Сафаров Мирзоев Одинаев Курбонов".split()

DG_MALE = "Абдулла Исмаил Хусей Ильяс Якуб Мансур Махмуд Юсуп Ахмад Сулейман".split()
DG_FEMALE = "Айша Фатима Хадича Зульфия Халима Марьям Сакина Зайнаб".split()
DG_SUR = "Ванахунов Дауров Ильясов Магазов Сулейманов Хазизов Шимаров Ясыров Лиров Масанчи".split()

UG_MALE = "Абдукерим Дилмурат Ильшат Каххар Мухтар Нурахмет Турсун Шавкет Эркин".split()
UG_FEMALE = "Гульнисахан Зухра Мерьемгуль Паризат Рисалат Хурнисахан Гулзира Айнур".split()
UG_SUR = "Абдуразаков Даутов Иминов Касымов Нурахунов Розыбакиев Сабитов Турдиев Хамраев Юнусов".split()

TT_MALE = "Айрат Альберт Дамир Ильдар Ильнур Марат Ринат Рустем Тагир Фарид Фаниль".split()
TT_FEMALE = "Альфия Гульшат Диляра Зарема Ильмира Лейсан Резеда Флюра Эльмира Гузель".split()
TT_SUR = "Габдуллин Галиев Зарипов Исхаков Мингазов Сафиуллин Хайруллин Шакиров Гарифуллин Нуриев Фаттахов".split()

TR_MALE = "Мехмет Ахмет Мустафа Хасан Эмре Бурак Омер Кемаль Осман".split()
TR_FEMALE = "Айше Фатма Элиф Зейнеп Мерве Эмине Хатидже".split()
TR_SUR = "Озтюрк Демир Челик Йылмаз Кылыч Доган Курт Арслан Аксой Эрдоган".split()

KR_SUR = "Ким Пак Цой Ли Хан Тен Югай Ни Пек Хван Тягай Когай".split()

PEOPLES = ("ky", "ru", "uz", "kz", "tj", "dg", "ug", "tt", "tr", "kr")

POOLS = {
    "ky": (KY_MALE, KY_FEMALE, None),
    "ru": (RU_MALE, RU_FEMALE, RU_SUR),
    "uz": (UZ_MALE, UZ_FEMALE, UZ_SUR),
    "kz": (KZ_MALE, KZ_FEMALE, KZ_SUR),
    "tj": (TJ_MALE, TJ_FEMALE, TJ_SUR),
    "dg": (DG_MALE, DG_FEMALE, DG_SUR),
    "ug": (UG_MALE, UG_FEMALE, UG_SUR),
    "tt": (TT_MALE, TT_FEMALE, TT_SUR),
    "tr": (TR_MALE, TR_FEMALE, TR_SUR),
    "kr": (RU_MALE, RU_FEMALE, KR_SUR),
}

# Patronymics are derived from a father's given name of the same people.
FATHER_NAMES = {
    "ky": KY_ROOTS + KY_MALE,
    "ru": RU_MALE,
    "uz": UZ_MALE,
    "kz": KZ_MALE,
    "tj": TJ_MALE,
    "dg": DG_MALE,
    "ug": UG_MALE,
    "tt": TT_MALE,
    "kr": RU_MALE,
}

VOICELESS = set("кпстфхцчшщ")
VOWELS = set("аеёиоуыэюяөүАЕЁИОУЫЭЮЯӨҮ")


# ---------------------------------------------------------------- Russian declension
def _indecl_surname(s):
    low = s.lower()
    return low.endswith(("о", "е", "и", "у", "ых", "их", "зода", "ю", "э", "ы", "уулу", "кызы", "угли", "кизи"))


def decl_surname(s, female, case):
    if case == "nom" or " " in s:
        return s
    low = s.lower()
    if _indecl_surname(s):
        return s
    if female:
        if low.endswith(("ова", "ева", "ёва", "ина", "ына")):
            return s[:-1] + ("у" if case == "acc" else "ой")
        if low.endswith(("ская", "цкая")):
            return s[:-2] + ("ую" if case == "acc" else "ой")
        if low.endswith("ая"):
            return s[:-2] + ("ую" if case == "acc" else "ой")
        return s
    if low.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return s + {"gen": "а", "dat": "у", "acc": "а", "ins": "ым", "pre": "е"}[case]
    if low.endswith(("ский", "цкий", "кий", "ний", "дий")):
        return s[:-2] + {"gen": "ого", "dat": "ому", "acc": "ого", "ins": "им", "pre": "ом"}[case]
    if low.endswith("ь"):
        return s[:-1] + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "pre": "е"}[case]
    if low.endswith("й"):
        return s[:-1] + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "pre": "е"}[case]
    if low.endswith(("а", "я")):
        return s
    ins = "ем" if low[-1] in "жшчщц" else "ом"
    return s + {"gen": "а", "dat": "у", "acc": "а", "ins": ins, "pre": "е"}[case]


def decl_given(s, female, case):
    if case == "nom":
        return s
    low = s.lower()
    if female:
        if s == "Любовь":
            return {"gen": "Любови", "dat": "Любови", "acc": "Любовь", "ins": "Любовью", "pre": "Любови"}[case]
        if low.endswith("ия"):
            return s[:-1] + {"gen": "и", "dat": "и", "acc": "ю", "ins": "ей", "pre": "и"}[case]
        if low.endswith("я"):
            return s[:-1] + {"gen": "и", "dat": "е", "acc": "ю", "ins": "ей", "pre": "е"}[case]
        if low.endswith("а"):
            y = "и" if low[-2] in "гкхжшчщ" else "ы"
            ins = "ей" if low[-2] in "жшчщц" else "ой"
            return s[:-1] + {"gen": y, "dat": "е", "acc": "у", "ins": ins, "pre": "е"}[case]
        if low.endswith("ь") and s not in ("Айгуль",):
            return s[:-1] + {"gen": "и", "dat": "и", "acc": "ь", "ins": "ью", "pre": "и"}[case]
        return s
    if low.endswith("ья"):
        return s[:-1] + {"gen": "и", "dat": "е", "acc": "ю", "ins": "ёй", "pre": "е"}[case]
    if low.endswith("а"):
        y = "и" if low[-2] in "гкхжшчщ" else "ы"
        return s[:-1] + {"gen": y, "dat": "е", "acc": "у", "ins": "ой", "pre": "е"}[case]
    if low.endswith("ий"):
        return s[:-1] + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "pre": "и"}[case]
    if low.endswith(("й", "ь")):
        return s[:-1] + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "pre": "е"}[case]
    if low[-1] in VOWELS:
        return s
    if s == "Лев":
        return {"gen": "Льва", "dat": "Льву", "acc": "Льва", "ins": "Львом", "pre": "Льве"}[case]
    if s == "Павел":
        return {"gen": "Павла", "dat": "Павлу", "acc": "Павла", "ins": "Павлом", "pre": "Павле"}[case]
    ins = "ем" if low[-1] in "жшчщц" else "ом"
    return s + {"gen": "а", "dat": "у", "acc": "а", "ins": ins, "pre": "е"}[case]


def decl_patronymic(s, case):
    if case == "nom" or s.endswith(("угли", "кизи", "уулу", "кызы")):
        return s
    if s.endswith("ич"):
        return s + {"gen": "а", "dat": "у", "acc": "а", "ins": "ем", "pre": "е"}[case]
    if s.endswith("на"):
        return s[:-1] + {"gen": "ы", "dat": "е", "acc": "у", "ins": "ой", "pre": "е"}[case]
    return s


def make_patronymic(father, female, people):
    if people == "uz":
        return father + (" кизи" if female else " угли")
    special = {"Лев": "Львов", "Павел": "Павлов", "Пётр": "Петров"}
    if father == "Илья":
        return "Ильинична" if female else "Ильич"
    if father == "Никита":
        return "Никитична" if female else "Никитич"
    low = father.lower()
    if father in special:
        stem = special[father]
    elif low.endswith("ий"):
        stem = father[:-2] + "ьев"
    elif low[-1] in "йь":
        stem = father[:-1] + "ев"
    elif low[-1] == "ы":
        stem = father[:-1] + "иев"
    elif low[-1] in "аяоуиөүэ":
        stem = father + "ев"
    elif low[-1] in "жшчщц":
        stem = father + "ев"
    else:
        stem = father + "ов"
    return stem + ("на" if female else "ич")


def make_surname(root, female):
    low = root.lower()
    if low[-1] == "й":
        base = root[:-1] + "ев"
    elif low[-1] == "ы":
        base = root[:-1] + "иев"
    elif low[-1] in "аяоуиөүэ":
        base = root + "ев"
    elif low[-1] in "жшчщц":
        base = root + "ев"
    else:
        base = root + "ов"
    return base + ("а" if female else "")


def female_surname(male):
    """The female form of a surname (the wife's or daughter's surname)."""
    low = male.lower()
    if low.endswith(("ов", "ев", "ёв", "ин", "ын")) and not male.endswith(("Шахин",)):
        return male + "а"
    if low.endswith(("ский", "цкий")):
        return male[:-2] + "ая"
    if low.endswith("кий"):
        return male[:-2] + "ая"
    return male


# ---------------------------------------------------------------- Kyrgyz suffixes
def _last_vowel(word):
    for c in reversed(word.lower()):
        if c in "аыоуеиэөүёяю":
            return c
    return "а"


def ky_suffix(word, case):
    """Adds a Kyrgyz case ending (gen, dat, acc, abl, loc) with vowel harmony."""
    if case == "nom":
        return word
    if word in ("уулу", "кызы", "УУЛУ", "КЫЗЫ"):
        ends = {"gen": "нун" if word.lower() == "уулу" else "нын", "dat": "на", "acc": "н",
                "abl": "нан", "loc": "нда"}
        e = ends[case]
        return word + (e.upper() if word.isupper() else e)
    v = _last_vowel(word)
    if v in "аыя":
        h4, h2 = "ы", "а"
    elif v in "оуё":
        h4, h2 = "у", "о"
    elif v in "өү":
        h4, h2 = "ү", "ө"
    else:
        h4, h2 = "и", "е"
    last = word[-1].lower()
    if last == "ь":
        last = word[-2].lower()
    if last in VOWELS or last in "аеёиоуыэюяөү":
        kind = "v"
    elif last in VOICELESS:
        kind = "t"
    else:
        kind = "d"
    if case == "gen":
        e = {"v": "н", "t": "т", "d": "д"}[kind] + h4 + "н"
    elif case == "acc":
        e = {"v": "н", "t": "т", "d": "д"}[kind] + h4
    elif case == "dat":
        e = ("к" if kind == "t" else "г") + h2
    elif case == "abl":
        e = {"v": "д", "t": "т", "d": "д"}[kind] + h2 + "н"
    elif case == "loc":
        e = {"v": "д", "t": "т", "d": "д"}[kind] + h2
    else:
        raise ValueError(case)
    if word.isupper():
        e = e.upper()
    return word + e


def ky_last(phrase, case):
    """Suffixes the last word of a multi-word phrase."""
    if case == "nom":
        return phrase
    head, sep, last = phrase.rpartition(" ")
    return head + sep + ky_suffix(last, case)


# ---------------------------------------------------------------- transliteration
TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяңөү",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n",
                     "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "sh", "", "y",
                     "", "e", "yu", "ya", "n", "o", "u"]))


def translit(s):
    return "".join(TRANSLIT.get(c, c) for c in s.lower() if c.isalpha())
