"""Name pools and declension rules written for heldout5 (Russian cases, Kyrgyz suffixes)."""

KY_M = ["Эрмек", "Талант", "Нурсултан", "Азамат", "Улан", "Жыргалбек", "Бекболот", "Тилек",
        "Кубанычбек", "Мирлан", "Эламан", "Өмүрбек", "Нурдин", "Медер", "Адилет", "Белек",
        "Чыңгыз", "Үсөн", "Эсенгул", "Самат", "Актан", "Кайрат"]
KY_F = ["Айпери", "Нургүл", "Жаркынай", "Бермет", "Чынара", "Асель", "Мээрим", "Айзада",
        "Гүлзат", "Сайкал", "Элнура", "Толгонай", "Перизат", "Назира", "Умут", "Жамиля"]
# father's names: surname = root + ов/ев, patronymic = root + ович/овна
KY_ROOT = ["Жумагул", "Токтобек", "Абдыкадыр", "Касымаалы", "Бөкөнбай", "Мамыт", "Осмонкул",
           "Турдубек", "Эшмат", "Кадыркул", "Сагынбай", "Бейшен", "Дөөлөт", "Шамшыбек",
           "Төлөгөн", "Керимбай", "Орозбек", "Сыдык", "Байтик", "Абыл", "Курманбек", "Асылбек",
           "Нарынбай", "Калмурза", "Түгөлбай", "Жолдош"]
RU_M = ["Игорь", "Виталий", "Андрей", "Никита", "Олег", "Степан", "Аркадий", "Фёдор", "Руслан",
        "Геннадий", "Вадим", "Тимофей"]
RU_F = ["Ольга", "Татьяна", "Людмила", "Ксения", "Наталья", "Валентина", "Дарья", "Инна",
        "Мария", "Лидия", "Евгения"]
RU_SUR = ["Воронцов", "Лаптев", "Гусельников", "Белоусов", "Сорокин", "Дьячков", "Зимин",
          "Прохоров", "Шестаков", "Жуковский", "Карпенко", "Ковальчук", "Мельниченко",
          "Седых", "Щербаков"]
RU_PATR_ROOT = ["Сергеев", "Николаев", "Павлов", "Викторов", "Юрьев", "Анатольев", "Борисов",
                "Геннадьев", "Константинов"]
UZ = {"sur": ["Юлдашев", "Рахматуллаев", "Хайдаров", "Мирзаев", "Тошпулатов"],
      "m": ["Шерзод", "Бахтиёр", "Фарход", "Улугбек", "Жахонгир"],
      "f": ["Дилноза", "Гулчехра", "Зарина", "Мохира"]}
KZ = {"sur": ["Жаксылыков", "Нурмаганбетов", "Сейткалиев"], "m": ["Ерлан", "Асхат", "Даурен"],
      "f": ["Айгуль", "Жанар"]}
TT = {"sur": ["Галиуллин", "Хабибуллин", "Сафин"], "m": ["Ринат", "Ильдар"], "f": ["Гульнара", "Альфия"]}
UG = {"sur": ["Тохтиев", "Хамраев"], "m": ["Абдурешит", "Мурат"], "f": ["Нурания"]}
KO = {"sur": ["Пак", "Тян", "Хван"], "m": ["Эдуард", "Роман"], "f": ["Светлана", "Елена"]}
TJ = {"sur": ["Рахмонзода", "Шарипов", "Назарзода"], "m": ["Фирдавс", "Сухроб"], "f": ["Мехрона", "Шахноза"]}
DG = {"sur": ["Сушанлов", "Дааров", "Мансуров"], "m": ["Хусен", "Ильяс"], "f": ["Айша"]}

RU_CASES = ["nom", "gen", "dat", "acc", "ins", "pre"]
HUSH = set("жшчщц")
VEL = set("кгхжшчщ")


def _given(w, fem, case):
    if case == "nom":
        return w
    if w.endswith("ия"):
        return w[:-1] + {"gen": "и", "dat": "и", "acc": "ю", "ins": "ей", "pre": "и"}[case]
    if w.endswith("ья"):
        return w[:-1] + {"gen": "и", "dat": "е", "acc": "ю", "ins": "ей", "pre": "е"}[case]
    if w.endswith("а"):
        g = "и" if w[-2] in VEL else "ы"
        return w[:-1] + {"gen": g, "dat": "е", "acc": "у", "ins": "ой" if w[-2] not in HUSH else "ей", "pre": "е"}[case]
    if w.endswith("я"):
        return w[:-1] + {"gen": "и", "dat": "е", "acc": "ю", "ins": "ей", "pre": "е"}[case]
    if fem:
        return w  # Kyrgyz/Kazakh female consonant names stay as they are
    if w.endswith("ий"):
        return w[:-2] + {"gen": "ия", "dat": "ию", "acc": "ия", "ins": "ием", "pre": "ии"}[case]
    if w.endswith("й"):
        return w[:-1] + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "pre": "е"}[case]
    if w.endswith("ь"):
        return w[:-1] + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "pre": "е"}[case]
    if w.endswith("ёр"):
        pass
    ins = "ем" if w[-1] in HUSH else "ом"
    return w + {"gen": "а", "dat": "у", "acc": "а", "ins": ins, "pre": "е"}[case]


def _sur(w, fem, case):
    if case == "nom":
        return w
    if w.endswith(("ко", "их", "ых", "зода")) or " " in w:
        return w
    if w.endswith(("ская", "цкая")):
        return w[:-2] + {"gen": "ой", "dat": "ой", "acc": "ую", "ins": "ой", "pre": "ой"}[case]
    if w.endswith(("ский", "цкий")):
        return w[:-2] + {"gen": "ого", "dat": "ому", "acc": "ого", "ins": "им", "pre": "ом"}[case]
    if w.endswith(("ова", "ева", "ина", "ына")):
        return w[:-1] + {"gen": "ой", "dat": "ой", "acc": "у", "ins": "ой", "pre": "ой"}[case]
    if w.endswith(("ов", "ев", "ин", "ын", "ёв")):
        return w + {"gen": "а", "dat": "у", "acc": "а", "ins": "ым", "pre": "е"}[case]
    if fem:
        return w
    ins = "ем" if w[-1] in HUSH else "ом"
    return w + {"gen": "а", "dat": "у", "acc": "а", "ins": ins, "pre": "е"}[case]


def _patr(w, fem, case):
    if case == "nom" or w.endswith(("угли", "кизи", "уулу", "кызы")):
        return w
    if fem:
        return w[:-1] + {"gen": "ы", "dat": "е", "acc": "у", "ins": "ой", "pre": "е"}[case]
    return w + {"gen": "а", "dat": "у", "acc": "а", "ins": "ем", "pre": "е"}[case]


BACK = set("аоуы")
FRONT = set("еиөүэё")
VOW = set("аоуыеиөүэёяю")
VOICELESS = set("кпстфхцчшщ")


def _last_vowel(w):
    for ch in reversed(w.lower()):
        if ch in VOW:
            return {"я": "а", "ю": "у", "ё": "о", "э": "е"}.get(ch, ch)
    return "а"


def ky_suffix(w, suf):
    """Kyrgyz case ending on one word: gen, dat, acc, abl (vowel harmony, voicing)."""
    if suf is None:
        return w
    low = w.lower()
    up = w.isupper() and len(w) > 1
    if low in ("уулу", "кызы"):
        s = {"gen": "нун" if low == "уулу" else "нын", "dat": "на", "acc": "н", "abl": "нан"}[suf]
        return w + (s.upper() if up else s)
    v = _last_vowel(w)
    narrow = {"а": "ы", "ы": "ы", "о": "у", "у": "у", "е": "и", "и": "и", "ө": "ү", "ү": "ү"}[v]
    wide = {"а": "а", "ы": "а", "о": "о", "у": "о", "е": "е", "и": "е", "ө": "ө", "ү": "ө"}[v]
    last = low[-1]
    if last in VOW:
        c = {"gen": "н", "acc": "н", "dat": "г", "abl": "д"}[suf]
    elif last in VOICELESS:
        c = {"gen": "т", "acc": "т", "dat": "к", "abl": "т"}[suf]
    else:
        c = {"gen": "д", "acc": "д", "dat": "г", "abl": "д"}[suf]
    if suf in ("gen", "acc"):
        s = c + narrow + ("н" if suf == "gen" else "")
    else:
        s = c + wide + ("н" if suf == "abl" else "")
    if last == "к" and suf == "dat" and v in FRONT:
        s = "ке" if v in "еи" else "кө"
    return w + (s.upper() if up else s)


class Person:
    def __init__(self, sur, given, patr, fem, people):
        self.sur, self.given, self.patr, self.fem, self.people = sur, given, patr, fem, people
        self.eid = None
        self.role = None

    def ru(self, case="nom", form="full"):
        s = _sur(self.sur, self.fem, case)
        g = _given(self.given, self.fem, case)
        p = _patr(self.patr, self.fem, case) if self.patr else ""
        gi = self.given[0] + "."
        pi = (self.patr[0] + ".") if self.patr and not self.patr.endswith(("угли", "кизи")) else ""
        if form == "full":
            return " ".join(x for x in (s, g, p) if x)
        if form == "init":
            return f"{s} {gi}{pi}"
        if form == "init_sp":
            return f"{s} {gi} {pi}".rstrip()
        if form == "init_nodot":
            return f"{s} {gi}{pi}"[:-1] if pi else f"{s} {gi}"
        if form == "init_before":
            return f"{gi}{pi} {s}"
        if form == "init_glued":
            return f"{gi}{pi}{s}"
        if form == "sur":
            return s
        if form == "given":
            return g
        if form == "gp":
            return f"{g} {p}".strip()
        if form == "upper":
            return " ".join(x for x in (s, g, p) if x).upper()
        if form == "usur":
            return f"{s.upper()} {g} {p}".strip()
        raise ValueError(form)

    def ky(self, suf=None, form="full"):
        base = self.ru("nom", form)
        words = base.split(" ")
        if words[-1].endswith(".") and suf:
            # initials last: the ending follows the initials, in the surname's harmony ("Сур И.О.го")
            sur = self.sur.split(" ")[-1]
            return base + ky_suffix(sur, suf)[len(sur):]
        words[-1] = ky_suffix(words[-1], suf)
        return " ".join(words)


def make_person(rng, people, fem, father=None, surname=None):
    """A random person of a people; father's given name and a shared surname are optional."""
    if people == "ky" and surname and surname.endswith((" уулу", " кызы")):
        given = rng.choice(KY_F if fem else KY_M)
        return Person(surname[:-5] + (" кызы" if fem else " уулу"), given, "", fem, people)
    if people == "ky":
        given = rng.choice(KY_F if fem else KY_M)
        root = father or rng.choice(KY_ROOT)
        if surname is None:
            r = rng.choice(KY_ROOT)
            surname = _ky_sur(r)
        sur = _fem_sur(surname) if fem else _masc_sur(surname)
        if rng.random() < 0.12 and surname is not None and father is None:
            # father's name + уулу/кызы in the surname slot
            return Person(f"{root} {'кызы' if fem else 'уулу'}", given, "", fem, people)
        patr = root + ("овна" if fem else "ович")
        if root.endswith(("й",)):
            patr = root[:-1] + ("евна" if fem else "евич")
        elif root[-1] in "аыоуеиөү":
            patr = root + ("евна" if fem else "евич")
        return Person(sur, given, patr, fem, people)
    if people == "ru":
        given = rng.choice(RU_F if fem else RU_M)
        surname = surname or rng.choice(RU_SUR)
        pr = rng.choice(RU_PATR_ROOT)
        patr = pr[:-1] + ("на" if fem else "ич") if pr.endswith("ев") else pr + ("на" if fem else "ич")
        patr = pr + ("на" if fem else "ич")
        return Person(_fem_sur(surname) if fem else _masc_sur(surname), given, patr, fem, people)
    pool = {"uz": UZ, "kz": KZ, "tt": TT, "ug": UG, "ko": KO, "tj": TJ, "dg": DG}[people]
    given = rng.choice(pool["f" if fem else "m"])
    surname = surname or rng.choice(pool["sur"])
    if people == "uz":
        patr = rng.choice(UZ["m"]) + (" кизи" if fem else " угли")
    elif people == "ko" or people == "tj" and rng.random() < 0.5:
        patr = rng.choice(RU_PATR_ROOT) + ("на" if fem else "ич")
    else:
        patr = rng.choice(pool["m"]) + ("овна" if fem else "ович")
    return Person(_fem_sur(surname) if fem else _masc_sur(surname), given, patr, fem, people)


def _ky_sur(root):
    if root.endswith("й"):
        return root[:-1] + "ев"
    if root[-1] in "аыоуеиөү":
        return root + "ев"
    return root + ("ев" if _last_vowel(root) in "еиөү" else "ов")


def _masc_sur(s):
    if s.endswith(("ова", "ева", "ина", "ская")):
        return s[:-1] if not s.endswith("ская") else s[:-2] + "ий"
    return s


def _fem_sur(s):
    if s.endswith(("ов", "ев", "ин", "ын")):
        return s + "а"
    if s.endswith("ский"):
        return s[:-2] + "ая"
    return s
