"""Name pools written for this set, Russian declension and Kyrgyz case suffixes.

Every full name is a random combination of a given name, a surname root and (for
Russian-style names) a patronymic made from another given name, so no combination is
meant to be a real person.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from core import K, M

# --------------------------------------------------------------------------- pools
KG_MALE = """Нурлан Азамат Эрмек Улан Канат Талант Максат Эркин Бекжан Жоомарт Нурбек Айбек
Мирлан Тилек Эльдар Темирлан Адилет Бектур Жыргалбек Кубанычбек Мелис Медер Самат Чыңгыз
Өмүрбек Дөөлөт Ырыскелди Төлөгөн Элдияр Нуржигит Сыймык Курманбек Аскат Бакыт Жеңиш
Таалай Мурат Кайрат Үсөн Бекболот Данияр Нурсултан Алмаз Марлен Кутман Эмил""".split()
KG_FEMALE = """Айгүл Жылдыз Гүлнара Нургүл Бурул Чолпон Айпери Айзада Асель Жибек Нурзат Мээрим
Сезим Гүлзат Бермет Назира Динара Акмарал Элнура Айжамал Толгонай Күмүшай Умут Ырыс
Алтынай Нуриза Айнура Гүлмира Жазгүл Каныкей Салтанат Айсулуу Бегимай Венера Роза""".split()
# roots from which patronymics and surnames are made (consonant-final given names)
KG_ROOTS = """Тынайбек Сагынбек Кадырбек Сейитбек Бейшеке Осмоналы Калыбек Токтомуш Суюнбай
Жолдош Карыбек Түгөлбай Өскөнбай Эшмат Батыркул Курманалы Сатыбалды Акматбек Жусуп
Мырзакул Касымалы Алымкул Кенжебай Ормон Бообек Чоробек Шаршен Тагай Ибрай Нарынбай
Кудайберген Зарылбек Өмүрзак Эсенгул Сулайман Мамытбек Дооронбек Абылкасым Тилебалды
Кочкорбай Шамшыбек Мукаш Үмөтбай Дөгдүрбай Чынгышбай Керимбай Бекмырза Алыбай Сопубек
Турдубай Айдаралы Жапарбек Кыдыралы Мамбетаалы Токон Сарыбай Эрмекбай Жантай Кожомкул""".split()

RU_MALE = """Андрей Сергей Дмитрий Павел Лев Пётр Игорь Никита Илья Виктор Олег Евгений
Константин Артём Владимир Роман Денис Юрий Степан Григорий""".split()
RU_FEMALE = """Наталья Татьяна Ольга Елена Мария Любовь Надежда Вера Светлана Ирина Анастасия
Юлия Валентина Галина Ксения Дарья Лидия Роза""".split()
RU_PATR = {  # given name -> (male, female) patronymic
    "Андрей": ("Андреевич", "Андреевна"), "Сергей": ("Сергеевич", "Сергеевна"),
    "Дмитрий": ("Дмитриевич", "Дмитриевна"), "Павел": ("Павлович", "Павловна"),
    "Пётр": ("Петрович", "Петровна"), "Игорь": ("Игоревич", "Игоревна"),
    "Виктор": ("Викторович", "Викторовна"), "Олег": ("Олегович", "Олеговна"),
    "Евгений": ("Евгеньевич", "Евгеньевна"), "Константин": ("Константинович", "Константиновна"),
    "Владимир": ("Владимирович", "Владимировна"), "Роман": ("Романович", "Романовна"),
    "Юрий": ("Юрьевич", "Юрьевна"), "Степан": ("Степанович", "Степановна"),
    "Григорий": ("Григорьевич", "Григорьевна"), "Лев": ("Львович", "Львовна"),
}
RU_SUR = """Сорокин Белоусов Журавлёв Тихонов Лаврентьев Гончаренко Ткачук Воронцов Ермаков
Подольский Руденко Крылов Черных Савельев Голубев Мельник Дорошенко Седых Заболотский
Корнилов Шубин Верещагин Лыков Баранов Рябинин Полищук Ковальчук Лесной""".split()

UZ_MALE = "Шерзод Улугбек Ботир Дилшод Азиз Жахонгир Отабек Бахтияр Рустам Фаррух".split()
UZ_FEMALE = "Дилноза Мухаббат Нодира Гулчехра Шахноза Зулфия Малика".split()
UZ_SUR = "Юлдашев Рахимов Хайдаров Абдуллаев Турсунов Мирзаев Исмоилов Тошматов Хамидов Султонов".split()
TJ_MALE = "Сухроб Манучехр Фирдавс Бахром Джамшед Хуршед".split()
TJ_FEMALE = "Нигина Мадина Зарина Парвина".split()
TJ_SUR = "Шарифзода Назарзода Давлатзода Сафарзода Холов Каримзода".split()
KZ_MALE = "Ерлан Асхат Ержан Дархан Бауыржан Серик Нуржан".split()
KZ_FEMALE = "Айгерим Самал Жанар Гульмира Актоты".split()
KZ_SUR = "Жаксылыков Нурмаганбетов Сейтказиев Оспанов Абенов Тлеубердиев".split()
TT_MALE = "Ринат Ильдар Рашид Марат Фарид".split()
TT_FEMALE = "Гульшат Альфия Резеда Ляйсан".split()
TT_SUR = "Хабибуллин Галимзянов Сафиуллин Миннибаев Гарипов".split()
KO_SUR = "Ким Пак Цой Ли Тен Хван Шин Тян".split()
DE_SUR = "Шмидт Вебер Гейнц Рейнгардт Функ".split()
UG_MALE = "Алим Абдурахман Ильхам Нурмамат".split()
UG_FEMALE = "Рашида Гульнисахан Мерьем".split()
UG_SUR = "Масимов Розахунов Тохтиев Исрапилов".split()
CN_FULL = [("Ван", "Лэй"), ("Чжан", "Хуэй"), ("Лю", "Цян"), ("Сюй", "Минь"), ("Чэнь", "Бо")]

# --------------------------------------------------------------------------- Russian
CASES = ("nom", "gen", "dat", "acc", "ins", "pre")
VOWELS = "аеёиоуыэюяөүАЕЁИОУЫЭЮЯӨҮ"
HUSH = "жшчщц"


def _f_a(stem: str, last: str) -> dict:
    """feminine -а/-я nouns (given names and patronymics)."""
    if last == "я":
        if stem.endswith("и"):
            return dict(nom=stem + "я", gen=stem + "и", dat=stem + "и", acc=stem + "ю", ins=stem + "ей", pre=stem + "и")
        return dict(nom=stem + "я", gen=stem + "и", dat=stem + "е", acc=stem + "ю", ins=stem + "ей", pre=stem + "е")
    g = "и" if stem[-1] in "гкхжшчщ" else "ы"
    ins = "ей" if stem[-1] in HUSH else "ой"
    return dict(nom=stem + "а", gen=stem + g, dat=stem + "е", acc=stem + "у", ins=stem + ins, pre=stem + "е")


def decline_given(name: str, male: bool, case: str) -> str:
    if case == "nom":
        return name
    last = name[-1]
    if male:
        if name in ("Павел", "Лев", "Пётр"):
            stem = {"Павел": "Павл", "Лев": "Льв", "Пётр": "Петр"}[name]
            return stem + dict(gen="а", dat="у", acc="а", ins="ом", pre="е")[case]
        if last in "ая":
            return _f_a(name[:-1], last)[case]  # Никита, Илья
        if name.endswith("ий"):
            return name[:-1] + dict(gen="я", dat="ю", acc="я", ins="ем", pre="и")[case]
        if last in "йь":
            return name[:-1] + dict(gen="я", dat="ю", acc="я", ins="ем", pre="е")[case]
        if last in VOWELS:
            return name
        ins = "ем" if last in HUSH else "ом"
        return name + dict(gen="а", dat="у", acc="а", ins=ins, pre="е")[case]
    if name == "Любовь":
        return dict(gen="Любови", dat="Любови", acc="Любовь", ins="Любовью", pre="Любови")[case]
    if last in "ая":
        return _f_a(name[:-1], last)[case]
    return name  # Айгүл, Жылдыз, Асель: not declined


def decline_patr(patr: str, male: bool, case: str) -> str:
    if case == "nom":
        return patr
    if male:
        return patr + dict(gen="а", dat="у", acc="а", ins="ем", pre="е")[case]
    return _f_a(patr[:-1], "а")[case]


def decline_surname(sur: str, male: bool, case: str) -> str:
    if case == "nom":
        return sur
    low = sur.lower()
    if male:
        if low.endswith(("ов", "ев", "ёв", "ин", "ын")):
            return sur + dict(gen="а", dat="у", acc="а", ins="ым", pre="е")[case]
        if low.endswith(("ский", "цкий")):
            return sur[:-2] + dict(gen="ого", dat="ому", acc="ого", ins="им", pre="ом")[case]
        if low.endswith(("ой",)):  # Лесной
            return sur[:-2] + dict(gen="ого", dat="ому", acc="ого", ins="ым", pre="ом")[case]
        if low.endswith(("ых", "их", "ко", "зода")) or low[-1] in VOWELS.lower():
            return sur
        if low.endswith("ь"):
            return sur[:-1] + dict(gen="я", dat="ю", acc="я", ins="ем", pre="е")[case]
        ins = "ем" if low[-1] in HUSH else "ом"
        return sur + dict(gen="а", dat="у", acc="а", ins=ins, pre="е")[case]
    if low.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return sur[:-1] + dict(gen="ой", dat="ой", acc="у", ins="ой", pre="ой")[case]
    if low.endswith(("ская", "цкая")):
        return sur[:-2] + dict(gen="ой", dat="ой", acc="ую", ins="ой", pre="ой")[case]
    if low.endswith("ая"):
        return sur[:-2] + dict(gen="ой", dat="ой", acc="ую", ins="ой", pre="ой")[case]
    return sur


def feminine_surname(sur: str) -> str:
    low = sur.lower()
    if low.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return sur + "а"
    if low.endswith("ский"):
        return sur[:-2] + "ая"
    if low.endswith("ой"):
        return sur[:-2] + "ая"
    return sur


# --------------------------------------------------------------------------- Kyrgyz
BACK = set("аыоуяюёАЫОУЯЮЁ")
FRONT = set("еэиөүЕЭИӨҮ")
ROUND_BACK = set("оуёюОУЁЮ")
ROUND_FRONT = set("өүӨҮ")
VOICELESS = set("кпстфхчшщцКПСТФХЧШЩЦ")


def _last_vowel(word: str) -> str:
    for c in reversed(word):
        if c.lower() in "аеёиоуыэюяөү":
            return c.lower()
    return "а"


def _harm(word: str, four: bool) -> str:
    """vowel of the suffix: four-way (ы/и/у/ү) if four, else two-by-two (а/е/о/ө)."""
    v = _last_vowel(word)
    if v in "оуёю":
        return "у" if four else "о"
    if v in "өү":
        return "ү" if four else "ө"
    if v in "еэи":
        return "и" if four else "е"
    return "ы" if four else "а"


def ky_suffix(word: str, case: str) -> str:
    """Kyrgyz case suffix on a word (genitive, dative, accusative, ablative, locative)."""
    if case in (None, "nom"):
        return word
    last = word[-1].lower()
    vowel_end = last in "аеёиоуыэюяөү"
    voiceless = last in "кпстфхчшщц"
    if word.endswith("."):  # an initial: "Б." → "Б.нын" is not written; use the surname
        return word
    if case == "gen":
        c = "н" if vowel_end else ("т" if voiceless else "д")
        return word + c + _harm(word, True) + "н"
    if case == "acc":
        c = "н" if vowel_end else ("т" if voiceless else "д")
        return word + c + _harm(word, True)
    if case == "dat":
        if last == "к":
            c = "к"
        elif voiceless:
            c = "к"
        else:
            c = "г"
        v = _harm(word, False)
        if c == "г" and v in "аоы":
            pass
        return word + c + v
    if case == "abl":
        c = "т" if voiceless else "д"
        return word + c + _harm(word, False) + "н"
    if case == "loc":
        c = "т" if voiceless else "д"
        return word + c + _harm(word, False)
    raise ValueError(case)


def ky_possessive_uulu(marker: str, case: str) -> str:
    """уулу / кызы take the 3rd-person possessive before the case ending."""
    if case in (None, "nom"):
        return marker
    return marker + dict(gen="нун" if marker == "уулу" else "нын", dat="на", acc="н", abl="нан", loc="нда")[case]


# --------------------------------------------------------------------------- persons
def ini(word: str) -> str:
    return word[0] + "."


@dataclass
class Person:
    sur: str  # as in nominative, gendered
    given: str
    patr: str | None  # Russian-style patronymic, or None
    male: bool
    ent: str
    role: str
    kept: bool = False  # an official (kept, not masked)
    father: str | None = None  # Kyrgyz "Жумабек уулу" style when sur is None-like
    style: str = "ru"  # "ru" (Surname Given Patr), "uulu" (Father уулу Given), "cn"
    birth: tuple[int, int, int] | None = None  # (y, m, d)

    # --- piece factory
    def _piece(self, text: str):
        if self.kept:
            return K(text, "official", self.role)
        return M(text, "name", self.ent, self.role)

    # --- Russian forms
    def words(self, case: str = "nom") -> list[str]:
        if self.style == "uulu":
            return [self.father, "уулу" if self.male else "кызы", decline_given(self.given, self.male, case)]
        if self.style == "cn":
            return [self.sur, self.given]
        w = [decline_surname(self.sur, self.male, case), decline_given(self.given, self.male, case)]
        if self.patr:
            w.append(decline_patr(self.patr, self.male, case))
        return w

    def full(self, case: str = "nom", upper: str | None = None, order: str = "sgp"):
        w = self.words(case)
        if self.style == "uulu" and order == "gps":
            w = [decline_given(self.given, self.male, case), self.father, "уулу" if self.male else "кызы"]
        elif order == "gps" and self.style == "ru":
            w = w[1:] + w[:1]
        if upper == "all":
            w = [x.upper() for x in w]
        elif upper == "sur":
            w[0] = w[0].upper()
        return self._piece(" ".join(w))

    def sur_case(self, case: str = "nom") -> str:
        if self.style == "uulu":
            return f"{self.father} {'уулу' if self.male else 'кызы'}"
        if self.style == "cn":
            return self.sur
        return decline_surname(self.sur, self.male, case)

    def initials(self, spaced: bool = False) -> str:
        if self.style == "uulu":
            return ini(self.given)
        if self.style == "cn":
            return ini(self.given)
        s = ini(self.given)
        if self.patr:
            s += (" " if spaced else "") + ini(self.patr)
        return s

    def short(self, case: str = "nom", fmt: str = "S I.O."):
        """Surname with initials. fmt: 'S I.O.', 'S I. O.', 'I.O. S', 'I. O. S', 'I.O.S',
        'S I.O' (last dot missing), 'I.S', 'S' (surname alone)."""
        s = self.sur_case(case)
        if self.style == "uulu":
            g = decline_given(self.given, self.male, case)
            if fmt == "S":
                return self._piece(g)  # a Kyrgyz "уулу" person is called by the given name
            if fmt.startswith("I"):
                return self._piece(f"{self.father[0]}. {'уулу' if self.male else 'кызы'} {g}")
            return self._piece(f"{self.father} {'уулу' if self.male else 'кызы'} {ini(self.given)}")
        if fmt == "S":
            return self._piece(s)
        if fmt == "S I.O.":
            return self._piece(f"{s} {self.initials()}")
        if fmt == "S I. O.":
            return self._piece(f"{s} {self.initials(True)}")
        if fmt == "S I.O":
            return self._piece(f"{s} {self.initials()[:-1]}")
        if fmt == "I.O. S":
            return self._piece(f"{self.initials()} {s}")
        if fmt == "I. O. S":
            return self._piece(f"{self.initials(True)} {s}")
        if fmt == "I.O.S":
            return self._piece(f"{self.initials()}{s}")
        if fmt == "I.S":
            return self._piece(f"{ini(self.given)}{s}")
        if fmt == "S  I.O.":
            return self._piece(f"{s}  {self.initials()}")
        raise ValueError(fmt)

    def gp(self, case: str = "nom"):
        """given name + patronymic (or the given name alone)."""
        g = decline_given(self.given, self.male, case)
        if self.patr and self.style == "ru":
            return self._piece(f"{g} {decline_patr(self.patr, self.male, case)}")
        return self._piece(g)

    def given_only(self, case: str = "nom"):
        return self._piece(decline_given(self.given, self.male, case))

    # --- Kyrgyz forms (suffix on the last word)
    def ky(self, form: str = "full", case: str | None = None, upper: bool = False):
        """form: 'full' (Surname Given [Patr]), 'ini' (И.О. Surname), 'ini1' (И. Surname),
        'sur_ini' (Surname И.О. – no suffix possible, case ignored), 'sur', 'given'."""
        marker = "уулу" if self.male else "кызы"
        if self.style == "uulu":
            if form in ("full", "sur_ini"):
                words = [self.father, marker, self.given]
                if form == "sur_ini":
                    return self._piece(f"{self.father} {marker} {ini(self.given)}")
                if case:
                    words[-1] = ky_suffix(words[-1], case)
                t = " ".join(words)
            elif form == "gp":
                t = f"{self.given} {self.father} {ky_possessive_uulu(marker, case)}"
            elif form in ("ini", "ini1"):
                t = f"{self.father[0]}. {marker} {ky_suffix(self.given, case)}"
            else:  # sur / given
                t = ky_suffix(self.given, case)
            if upper:
                t = t.upper()
            return self._piece(t)
        if self.style == "cn":
            t = f"{self.sur} {ky_suffix(self.given, case)}"
            return self._piece(t)
        if form == "full":
            words = [self.sur, self.given] + ([self.patr] if self.patr else [])
            words[-1] = ky_suffix(words[-1], case)
            if upper:
                words[0] = words[0].upper()
            return self._piece(" ".join(words))
        if form == "ini":
            return self._piece(f"{self.initials()} {ky_suffix(self.sur, case)}")
        if form == "ini_glued":
            return self._piece(f"{self.initials()}{ky_suffix(self.sur, case)}")
        if form == "ini1":
            return self._piece(f"{ini(self.given)} {ky_suffix(self.sur, case)}")
        if form == "sur_ini":
            return self._piece(f"{self.sur} {self.initials()}")
        if form == "sur":
            return self._piece(ky_suffix(self.sur, case))
        if form == "given":
            return self._piece(ky_suffix(self.given, case))
        if form == "gp":
            words = [self.given] + ([self.patr] if self.patr else [])
            words[-1] = ky_suffix(words[-1], case)
            return self._piece(" ".join(words))
        raise ValueError(form)

    def meta_name(self) -> str:
        """How a judge is listed in meta.judges."""
        return f"{self.sur} {self.initials()}"


def kg_surname(root: str, male: bool) -> str:
    if root.endswith("й"):
        s = root[:-1] + "ев"
    elif root.endswith(("ы", "и")):
        s = root[:-1] + "иев"
    elif root[-1] in "аеоуөүэ":
        s = root + "ев"
    else:
        s = root + "ов"
    return s if male else s + "а"


def kg_patr(root: str, male: bool) -> str:
    if root.endswith("й"):
        base = root[:-1] + "ев"
    elif root.endswith(("ы", "и")):
        base = root[:-1] + "иев"
    elif root[-1] in "аеоуөүэ":
        base = root + "ев"
    else:
        base = root + "ов"
    return base + ("ич" if male else "на")


class NameMaker:
    """Draws persons without repeating a surname root or a given name inside one act."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used_roots: set[str] = set()
        self.used_given: set[str] = set()
        self.n = 0

    def _pick(self, pool, used):
        choices = [x for x in pool if x not in used]
        x = self.rng.choice(choices or pool)
        used.add(x)
        return x

    def _stem_ok(self, word: str) -> bool:
        return all(not (word[:5] == u[:5]) for u in self.used_roots)

    def person(self, role: str, male: bool | None = None, people: str | None = None,
               kept: bool = False, ent: str | None = None, sur: str | None = None,
               style: str | None = None) -> Person:
        r = self.rng
        if male is None:
            male = r.random() < 0.6
        if people is None:
            people = r.choices(["kg", "ru", "uz", "kz", "tt", "ko", "de", "ug", "tj"],
                               [62, 14, 7, 3, 3, 3, 2, 3, 3])[0]
        self.n += 1
        ent = ent or f"P{self.n}"
        if people == "cn":
            s, g = self.rng.choice(CN_FULL)
            return Person(s, g, None, True, ent, role, kept, style="cn")
        if people == "kg":
            given = self._pick(KG_MALE if male else KG_FEMALE, self.used_given)
            father = self._pick(KG_ROOTS, set())
            if style == "uulu" or (style is None and not kept and r.random() < 0.12):
                return Person("", given, None, male, ent, role, kept, father=father, style="uulu")
            if sur is None:
                for _ in range(50):
                    root = r.choice(KG_ROOTS)
                    if root != father and self._stem_ok(root):
                        break
                self.used_roots.add(root)
                sur = kg_surname(root, male)
            patr = kg_patr(father, male) if r.random() < 0.92 else None
            return Person(sur, given, patr, male, ent, role, kept)
        pools = dict(ru=(RU_MALE, RU_FEMALE, RU_SUR), uz=(UZ_MALE, UZ_FEMALE, UZ_SUR),
                     kz=(KZ_MALE, KZ_FEMALE, KZ_SUR), tt=(TT_MALE, TT_FEMALE, TT_SUR),
                     ko=(RU_MALE, RU_FEMALE, KO_SUR), de=(RU_MALE, RU_FEMALE, DE_SUR),
                     ug=(UG_MALE, UG_FEMALE, UG_SUR), tj=(TJ_MALE, TJ_FEMALE, TJ_SUR))[people]
        gm, gf, ss = pools
        given = self._pick(gm if male else gf, self.used_given)
        if sur is None:
            for _ in range(50):
                s0 = r.choice(ss)
                if self._stem_ok(s0):
                    break
            self.used_roots.add(s0)
            sur = s0 if male else feminine_surname(s0)
        if people in ("ru", "ko", "de"):
            f = r.choice(list(RU_PATR))
            patr = RU_PATR[f][0 if male else 1]
        elif people == "tj" and r.random() < 0.5:
            patr = None
        else:
            patr = kg_patr(r.choice(gm if gm is not RU_MALE else KG_ROOTS), male) if r.random() < 0.85 else None
            if patr and patr.startswith(("Фаррух", "Азиз")):
                patr = None
        return Person(sur, given, patr, male, ent, role, kept)

    def relative(self, of: Person, role: str, male: bool, ent: str | None = None,
                 child_of_father: Person | None = None) -> Person:
        """A relative sharing the surname (a spouse, a child); children take the father's
        given name as patronymic."""
        self.n += 1
        ent = ent or f"P{self.n}"
        base = of.sur
        if of.style == "uulu":
            base = kg_surname(of.father, of.male)
        masc = base if of.male else (base[:-1] if base.endswith(("ова", "ева", "ина")) else base)
        if base.endswith("ская"):
            masc = base[:-2] + "ий"
        sur = masc if male else feminine_surname(masc)
        pools = KG_MALE if male else KG_FEMALE
        if of.sur in RU_SUR or masc in RU_SUR or masc in KO_SUR or masc in DE_SUR:
            pools = RU_MALE if male else RU_FEMALE
        given = self._pick(pools, self.used_given)
        patr = None
        if child_of_father is not None:
            fg = child_of_father.given
            if fg in RU_PATR:
                patr = RU_PATR[fg][0 if male else 1]
            elif fg[-1] not in VOWELS:
                patr = kg_patr(fg, male)
        return Person(sur, given, patr, male, ent, role)
