"""Pieces shared by the templates: headers, composition of the court, lookalike sentences."""

from __future__ import annotations

import datetime as dt

from common import ru_date, ky_date, money
from doc import K, M
import courts


def g(party_or_person, m: str, f: str) -> str:
    p = getattr(party_or_person, "p", party_or_person)
    return m if p.gender == "m" else f


def act_date(rng, lo=2013, hi=2025) -> dt.date:
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    return dt.date(y, m, rng.randint(1, 28))


def earlier(rng, d: dt.date, lo_days=40, hi_days=400) -> dt.date:
    return d - dt.timedelta(days=rng.randint(lo_days, hi_days))


def case_no(rng, prefix: str, d: dt.date) -> str:
    n = rng.randint(1, 2999)
    style = rng.random()
    if style < 0.5:
        return f"{prefix}-{n}/{d.year % 100:02d}"
    if style < 0.8:
        return f"{prefix}-{n:04d}/{d.year % 100:02d}"
    return f"{prefix}-{n}/{d.year}"


def ru_title(act, word: str, spaced: bool):
    t = " ".join(word) if spaced else word
    act.p(t, align="center", bold=True, space_before=6)


def lookalike_ru(ctx) -> list:
    """A sentence with words that look like names but are common nouns here."""
    opts = [
        ["Потерпевшая выразила ", K("надежду", "lookalike"),
         ", что подсудимый сделает должные выводы и встанет на путь исправления."],
        ["Суд учитывает, что подобные деяния подрывают ", K("веру", "lookalike"),
         " граждан в неотвратимость наказания."],
        ["Свидетель пояснил, что в семье царили ", K("мир", "lookalike"),
         " и согласие, и конфликтов ранее не было."],
        ["Подсудимый пояснил, что действовал из ложно понятой ", K("любви", "lookalike"),
         " к родственникам, однако суд эти доводы отвергает."],
        ["В магазине также были похищены три букета ", K("роз", "lookalike"),
         ", которые впоследствии возвращены владельцу."],
        ["По месту работы характеризуется положительно, пользуется доброй ", K("славой", "lookalike"),
         " среди коллег."],
        ["Сторона защиты не оставляет ", K("надежды", "lookalike"),
         " на применение более мягкого вида наказания."],
        ["Стороны пришли к выводу, что ", K("мир", "lookalike"),
         " между ними возможен, однако примирение не состоялось."],
    ]
    return ctx.pick(opts)


def lookalike_ky(ctx) -> list:
    opts = [
        ["Жабырлануучу айыпталуучунун оңолушуна ", K("үмүт", "lookalike"), " кылаарын билдирди."],
        ["Сот мындай аракеттер жарандардын мыйзамга болгон ", K("ишенимин", "lookalike"),
         " төмөндөтөрүн эске алат."],
    ]
    return ctx.pick(opts)


def amount(text: str) -> K:
    return K(text, "amount")


def statute(text: str) -> K:
    return K(text, "statute")


def court_k(text: str) -> K:
    return K(text, "court")


def money_k(ctx, lo, hi, step=500, suffix=" сом") -> K:
    return K(money(ctx.rng, lo, hi, step) + suffix, "amount")


def ru_act_date(d):
    return K(ru_date(d), "act_date")


def ky_act_date(d):
    return K(ky_date(d), "act_date")


def place(text):
    return K(text, "place")


def decor_layout(act, ctx, court_name: str, case_number: str, lang: str, force=None):
    """Optional extraction-layout features; returns the set of features applied."""
    feats = set()
    r = ctx.rng.random() if force is None else 0.0
    if force is not None or r < 0.18:
        feats.add("header")
        act.header = [K(court_name, "court"), " · ",
                      ("Дело № " if lang == "ru" else "Иш № "), K(case_number, "case_number")]
    if force is not None or ctx.rng.random() < 0.12:
        feats.add("footer")
        act.footer = ["Копия верна" if lang == "ru" else "Көчүрмөсү туура"]
    if force is not None or ctx.rng.random() < 0.1:
        act.page_numbers = True
        feats.add("page_numbers")
    return feats
