"""Shared pieces of the templates: kept spans, court names in cases, headers, intros."""

from __future__ import annotations

from common import APPEAL, LOOKALIKES_KY, LOOKALIKES_RU, Ctx
from core import K, M
from names import Person


def kc(t):
    return K(t, "court")


def ks(t):
    return K(t, "statute")


def kn(t):
    return K(t, "case_number")


def kd(t):
    return K(t, "act_date")


def ka(t):
    return K(t, "amount")


def kp(t):
    return K(t, "place")


def kb(t):
    return K(t, "state_body")


def ko(t):
    return K(t, "organization")


def kl(t):
    return K(t, "lookalike")


def court_ru(name: str, case: str = "nom") -> str:
    if case == "nom":
        return name
    words = name.split(" ")
    out = []
    for i, w in enumerate(words):
        if i == 0:
            if w.endswith("ий"):
                w = w[:-2] + ("ого" if case == "gen" else "ому" if case == "dat" else "им" if case == "ins" else "ом" if case == "pre" else "ий")
            elif w.endswith("ый"):
                w = w[:-2] + ("ого" if case == "gen" else "ому" if case == "dat" else "ым" if case == "ins" else "ом" if case == "pre" else "ый")
            elif w.endswith("ой"):
                w = w[:-2] + ("ого" if case == "gen" else "ому" if case == "dat" else "ым" if case == "ins" else "ом" if case == "pre" else "ой")
        elif i == 1 and w in ("районный", "городской", "областной", "суд"):
            if w == "суд":
                w = dict(gen="суда", dat="суду", acc="суд", ins="судом", pre="суде")[case]
            else:
                st = w[:-2]
                w = st + dict(gen="ого", dat="ому", acc=w[-2:], ins="им" if w == "городской" else "ым", pre="ом")[case]
        elif i == 2 and w == "суд":
            w = dict(gen="суда", dat="суду", acc="суд", ins="судом", pre="суде")[case]
        out.append(w)
    return " ".join(out)


def court_ky(name: str, case: str | None = None) -> str:
    # every Kyrgyz court name ends with "соту"
    if not case:
        return name
    return name + dict(gen="нун", dat="на", abl="нан", loc="нда", acc="н")[case]


def appeal_court(c: Ctx):
    code = c.court[0]
    region = code.split("-")[0]
    return APPEAL.get(region, APPEAL["chui"])


def lookalike_ru(c: Ctx) -> list:
    a, w, b = c.rng.choice(LOOKALIKES_RU)
    return [a, kl(w), b]


def lookalike_ky(c: Ctx) -> list:
    a, w, b = c.rng.choice(LOOKALIKES_KY)
    return [a, kl(w), b]


def judge_ru(j: Person, case: str) -> K:
    return j.short(case, c_fmt(j))


def c_fmt(j: Person) -> str:
    return "S I.O." if sum(map(ord, j.sur)) % 3 else "S I. O."


def intro_ru(c: Ctx, p: Person, case: str = "gen", pin: bool = True, passport: bool = False,
             addr_kind: int | None = None, phone: bool = False, upper: str | None = None) -> list:
    """'Асанова Бакыта Жумабековича, 12.03.1985 г.р., проживающего по адресу: …, ПИН …'"""
    r = c.rng
    out = [p.full(case, upper=upper), ", "]
    out += c.birth_ru(p)
    if r.random() < 0.4:
        out += [", уроженца " if p.male else ", уроженки ", r.choice(["с. Кочкор Нарынской области", "г. Ош", "г. Токмок", "Узгенского района", "с. Бара-Жыгач"])]
    verb = {"gen": "проживающего" if p.male else "проживающей", "nom": "проживающий" if p.male else "проживающая"}.get(case, "проживающего" if p.male else "проживающей")
    out += [", ", verb, r.choice([" по адресу: ", " по адресу ", ": "]), c.address_ru(p, addr_kind)]
    if pin:
        out += [r.choice([", ПИН ", ", ИНН ", ", персональный идентификационный номер "]), c.pin(p, spaced=r.random() < 0.2)]
    if passport:
        out += [r.choice([", паспорт ", ", паспорт серии ", ", ID-карта "]), c.passport_kg(p)]
    if phone:
        out += [", тел. ", c.phone(p)]
    return out


def intro_ky(c: Ctx, p: Person, case: str | None = None, pin: bool = True, passport: bool = False,
             phone: bool = False) -> list:
    """'1985-жылдын 12-мартында туулган, … жашаган, ЖИН …, Асанов Бакыт Жумабековичтин'"""
    r = c.rng
    out = []
    out += c.birth_ky(p)
    out += [", ", c.address_ky(p), r.choice([" дарегинде жашаган", " дарегинде туруктуу жашаган", " жашоочусу"])]
    if pin:
        out += [r.choice([", ЖИН ", ", жеке идентификациялык номери "]), c.pin(p, spaced=r.random() < 0.2)]
    if passport:
        out += [", паспорту ", c.passport_kg(p)]
    if phone:
        out += [", телефону ", c.phone(p)]
    out += [", ", p.ky("full", case)]
    return out


def sign_ru(d, j: Person, role_word: str = "Председательствующий судья"):
    d.blank()
    d.p(role_word, c_pad(), j.short("nom", "I.O. S" if sum(map(ord, j.given)) % 2 else "S I.O."))


def c_pad() -> str:
    return "                    "


def sign_ky(d, j: Person, role_word: str = "Төрагалык кылуучу судья"):
    d.blank()
    d.p(role_word, c_pad(), j.short("nom", "I.O. S" if sum(map(ord, j.given)) % 2 else "S I.O."))


def m(text, cat, ent):
    return M(text, cat, ent)
