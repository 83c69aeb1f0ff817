"""Name pools and morphology written for heldout7 (Russian declension, patronymics,
Kyrgyz case suffixes). Pools are combinations of common given names and name roots;
no real person is meant."""

# people -> (male surnames in the masculine form, male given names, female given names)
# A surname tagged "~" declines as a consonant-final surname for men only; "=" never declines.
POOLS = {
    "kyrgyz": (
        ["Бообеков", "Касымалиев", "Турдубаев", "Осмоналиев", "Жолдошбеков", "Сыдыкбеков",
         "Абдыкадыров", "Эсенкулов", "Мамыркулов", "Токтосунов", "Үсөнбаев", "Төлөгөнов",
         "Күлүйпаев", "Бекмурзаев", "Шаршеналиев", "Кудайбергенов", "Момункулов", "Тынымсеитов",
         "Дөөлөтбаков", "Жунушалиев", "Сарыгулов", "Алымкулов", "Чынгышбаев", "Ысманов"],
        ["Азамат", "Бектур", "Нурлан", "Эрмек", "Талант", "Улан", "Мирлан", "Канат", "Эрлан",
         "Жанболот", "Чыңгыз", "Бакай", "Нурсултан", "Адилет", "Тилек", "Өмүрбек", "Үсөн",
         "Дастан", "Айбек", "Ысмайыл", "Кубанычбек", "Толукбек", "Мээрбек", "Асылбек"],
        ["Айпери", "Нургүл", "Асел", "Бегимай", "Чолпон", "Айзада", "Жазгүл", "Гүлзат",
         "Мээрим", "Элнура", "Салтанат", "Бурул", "Динара", "Канышай", "Айжаркын", "Толгонай",
         "Нуриза", "Элиза", "Акмөөр", "Гүлмира"],
    ),
    "russian": (
        ["Королёв", "Семёнов", "Гаврилов", "Щербаков", "Журавлёв", "Тихонов", "Никитин",
         "Воронцов", "Белоусов", "Ковальский", "Зайцев", "Лаптев", "Рябинин", "Савельев"],
        ["Алексей", "Игорь", "Дмитрий", "Виталий", "Олег", "Николай", "Степан", "Геннадий",
         "Аркадий", "Юрий", "Никита", "Евгений", "Василий", "Павел"],
        ["Светлана", "Ольга", "Наталья", "Валентина", "Любовь", "Ирина", "Мария", "Вера",
         "Надежда", "Тамара", "Юлия", "Анастасия", "Лидия", "Евгения"],
    ),
    "uzbek": (
        ["Юлдашев", "Рахимов", "Турсунов", "Эргашев", "Хамидов", "Мирзаев", "Каримов", "Абдуллаев"],
        ["Шерзод", "Бахтиёр", "Улугбек", "Дилшод", "Фаррух", "Жамшид", "Азизбек", "Рустам"],
        ["Дилноза", "Гулчехра", "Малика", "Нилуфар", "Зарина", "Шахноза", "Мохира", "Феруза"],
    ),
    "dungan": (
        ["Ванахун~", "Сулейманов", "Хаджимуратов", "Ма~", "Мансуров", "Дуюнов"],
        ["Хусейн", "Ильяс", "Шамшир", "Юсуп", "Ахмед", "Сапар"],
        ["Фатима", "Айша", "Зульфия", "Хадича", "Сания", "Маймуна"],
    ),
    "uyghur": (
        ["Турдахунов", "Ниязов", "Масимов", "Исраилов", "Кадыров", "Розахунов"],
        ["Дильмурат", "Абдугаппар", "Ильхам", "Адиль", "Паххар", "Мурат"],
        ["Гульнара", "Дильбар", "Мерван", "Рейхан", "Ойнур", "Зульфия"],
    ),
    "kazakh": (
        ["Нурпеисов", "Жаксылыков", "Сейтказиев", "Ермеков", "Кенжебаев", "Бектуров"],
        ["Ержан", "Бауыржан", "Нуржан", "Асхат", "Серик", "Дархан"],
        ["Айгерим", "Жансая", "Гульнар", "Асем", "Динара", "Камила"],
    ),
    "tajik": (
        ["Рахмонзода=", "Назаров", "Шарипов", "Саидов", "Давлатзода=", "Холов"],
        ["Фирдавс", "Сухроб", "Далер", "Комрон", "Шахром", "Джамшед"],
        ["Мадина", "Тахмина", "Шабнам", "Парвина", "Нигина", "Мехрангез"],
    ),
    "korean": (
        ["Ким~", "Пак~", "Цой=", "Ли=", "Тен~", "Хван~", "Нам~"],
        ["Виктор", "Эдуард", "Вячеслав", "Роман", "Артур", "Константин"],
        ["Елена", "Марина", "Инна", "Алла", "Оксана", "Кристина"],
    ),
    "turkish": (
        ["Йылмаз~", "Челик~", "Озтюрк~", "Кайя=", "Шахин~", "Догру=", "Арслан~"],
        ["Мехмет", "Эмре", "Бурак", "Мустафа", "Хасан", "Огуз"],
        ["Айше", "Зейнеп", "Эмине", "Хатидже", "Элиф", "Мерве"],
    ),
    "chechen": (
        ["Магомадов", "Дудурханов", "Хасбулатов", "Умаров", "Эльмурзаев", "Асхабов"],
        ["Ислам", "Ахмед", "Руслан", "Зелимхан", "Аслан", "Муса"],
        ["Хава", "Марьям", "Лейла", "Седа", "Зарема", "Петимат"],
    ),
    "azerbaijani": (
        ["Гасанов", "Мамедов", "Гусейнов", "Алиев", "Агаев", "Вагабзаде="],
        ["Эльчин", "Рашад", "Фуад", "Ильгар", "Вугар", "Тофик"],
        ["Севиндж", "Гюнай", "Айтен", "Нармин", "Лала", "Сабина"],
    ),
}
# Kyrgyz fathers' names used for "уулу/кызы" and patronymics.
KY_FATHERS = ["Жумабек", "Асан", "Токтогул", "Сейит", "Мамбеталы", "Бекназар", "Осмон",
              "Турсун", "Капар", "Абдыраим", "Шайлообек", "Төрөбек", "Кожомкул", "Эшмат",
              "Садык", "Абай", "Калыбек", "Өмүрзак", "Бейшен", "Акылбек"]
PEOPLES = list(POOLS)
WEIGHTS = [10, 3, 2, 1, 1, 1, 1, 1, 1, 1, 1]

VOICELESS = set("пкфтшчсхцщ")
VOWELS = set("аеёиоуыэюяөү")
SIBIL = set("жшчщц")

CASES_RU = ("nom", "gen", "dat", "acc", "ins", "pre")


def ky_harmony(word):
    """The Kyrgyz vowel class of the word's last vowel: 'a', 'e', 'o', 'ö'."""
    for ch in reversed(word.lower()):
        if ch in "аыя":
            return "a"
        if ch in "еиэ":
            return "e"
        if ch in "оуюё":
            return "o"
        if ch in "өү":
            return "ö"
    return "a"


def ky_suffix(word, case, base=None):
    """Kyrgyz case ending for `word` (harmony and assimilation taken from `base` when the
    word itself ends in initials)."""
    if case == "nom":
        return ""
    b = (base or word)
    last = b.rstrip(".").lower()[-1]
    h = ky_harmony(b)
    vowel = {"gen": "ыиуү", "dat": "аеоө", "acc": "ыиуү", "abl": "аеоө"}[case]["aeoö".index(h)]
    if case == "gen":
        c = "н" if last in VOWELS else ("т" if last in VOICELESS else "д")
        suf = c + vowel + "н"
    elif case == "dat":
        c = "г" if (last in VOWELS or last not in VOICELESS) else "к"
        suf = c + vowel
    elif case == "acc":
        c = "н" if last in VOWELS else ("т" if last in VOICELESS else "д")
        suf = c + vowel
    else:  # abl
        c = "т" if last in VOICELESS else "д"
        suf = c + vowel + "н"
    return suf.upper() if word.replace(".", "").isupper() and len(word.replace(".", "")) > 2 else suf


def ky_decline(word, case, base=None):
    return word + ky_suffix(word, case, base)


def ky_poss(word, case):
    """уулу/кызы with the 3rd-person possessive before the case: уулунун, уулуна, уулун, уулунан."""
    up = word.isupper()
    w = word.lower()
    h = ky_harmony(w)
    v = "ыиуү"["aeoö".index(h)]
    v2 = "аеоө"["aeoö".index(h)]
    s = {"nom": "", "gen": "н" + v + "н", "dat": "н" + v2, "acc": "н", "abl": "н" + v2 + "н"}[case]
    return word + (s.upper() if up else s)


def ru_surname(s, female, case):
    """Russian case of a surname given in its masculine nominative form (with its tag)."""
    tag = ""
    if s[-1] in "~=":
        tag, s = s[-1], s[:-1]
    if tag == "=":
        return s
    if tag == "~":
        if female or case == "nom":
            return s
        return s + {"gen": "а", "dat": "у", "acc": "а", "ins": "ом", "pre": "е"}[case]
    if s.endswith("ский") or s.endswith("цкий"):
        stem = s[:-2]
        if female:
            return stem + {"nom": "ая", "gen": "ой", "dat": "ой", "acc": "ую", "ins": "ой", "pre": "ой"}[case]
        return stem + {"nom": "ий", "gen": "ого", "dat": "ому", "acc": "ого", "ins": "им", "pre": "ом"}[case]
    # -ов/-ев/-ёв/-ин/-ын
    if female:
        return s + {"nom": "а", "gen": "ой", "dat": "ой", "acc": "у", "ins": "ой", "pre": "ой"}[case]
    return s + {"nom": "", "gen": "а", "dat": "у", "acc": "а", "ins": "ым", "pre": "е"}[case]


def female_surname(s):
    if s[-1] in "~=":
        return s[:-1]
    if s.endswith("ский") or s.endswith("цкий"):
        return s[:-2] + "ая"
    return s + "а"


def ru_given(g, female, case):
    if case == "nom":
        return g
    if female:
        if g.endswith("ия"):
            return g[:-1] + {"gen": "и", "dat": "и", "acc": "ю", "ins": "ей", "pre": "и"}[case]
        if g.endswith("овь"):
            return g[:-3] + {"gen": "ови", "dat": "ови", "acc": "овь", "ins": "овью", "pre": "ови"}[case]
        if g.endswith("я"):
            return g[:-1] + {"gen": "и", "dat": "е", "acc": "ю", "ins": "ей", "pre": "е"}[case]
        if g.endswith("а"):
            gen = "и" if g[-2] in "гкхжшчщ" else "ы"
            ins = "ей" if g[-2] in SIBIL else "ой"
            return g[:-1] + {"gen": gen, "dat": "е", "acc": "у", "ins": ins, "pre": "е"}[case]
        return g  # Айгерим, Асел, Нургүл, Айше… undeclined
    if g.endswith("ий"):
        return g[:-2] + {"gen": "ия", "dat": "ию", "acc": "ия", "ins": "ием", "pre": "ии"}[case]
    if g[-1] in "йь":
        return g[:-1] + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "pre": "е"}[case]
    if g.endswith("а"):
        gen = "и" if g[-2] in "гкхжшчщ" else "ы"
        return g[:-1] + {"gen": gen, "dat": "е", "acc": "у", "ins": "ой", "pre": "е"}[case]
    if g[-1] in "иеоуыэюөү":
        return g
    if g in ("Павел", "Лев"):
        g = {"Павел": "Павл", "Лев": "Льв"}[g]
    ins = "ем" if g[-1] in SIBIL else "ом"
    return g + {"gen": "а", "dat": "у", "acc": "а", "ins": ins, "pre": "е"}[case]


def patronymic(father, female):
    f = father
    if f in ("Павел", "Лев"):
        return {"Павел": "Павл", "Лев": "Льв"}[f] + "ов" + ("на" if female else "ич")
    if f == "Никита":
        return "Никитич" if not female else "Никитична"
    if f.endswith("ий"):
        stem, suf = f[:-2], "ьев"
    elif f[-1] in "йь":
        stem, suf = f[:-1], "ев"
    elif f[-1] in "ыи":
        stem, suf = f[:-1], "иев"
    elif f[-1] in "аоуеэ":
        stem, suf = f, "ев"
    elif f[-1] in SIBIL:
        stem, suf = f, "ев"
    else:
        stem, suf = f, "ов"
    return stem + suf + ("на" if female else "ич")


def ru_patronymic(p, female, case):
    if case == "nom":
        return p
    if female:
        return p[:-1] + {"gen": "ы", "dat": "е", "acc": "у", "ins": "ой", "pre": "е"}[case]
    return p + {"gen": "а", "dat": "у", "acc": "а", "ins": "ем", "pre": "е"}[case]


TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяөүң",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n",
                     "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "sh", "", "y", "",
                     "e", "yu", "ya", "o", "u", "n"]))


def translit(s):
    return "".join(TRANSLIT.get(ch, ch) for ch in s.lower() if ch.isalpha())
