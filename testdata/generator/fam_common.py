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


def lookalike_civ(ctx) -> list:
    opts = [
        ["Истец выразил ", K("надежду", "lookalike"), " на добровольное исполнение решения."],
        ["Стороны пояснили, что ", K("мир", "lookalike"), " в семье сохранить не удалось."],
        ["Ответчик утверждал, что утратил ", K("веру", "lookalike"), " в возможность договориться."],
        ["Свидетель показала, что ответчик проявлял заботу и ", K("любовь", "lookalike"),
         " к детям."],
        ["Спорный дом расположен в квартале, застроенном после ", K("Победы", "lookalike"),
         ", рядом с садом, где растут ", K("розы", "lookalike"), "."],
        ["Суд не может строить решение на одной лишь ", K("надежде", "lookalike"),
         " стороны на будущие доходы."],
    ]
    return ctx.pick(opts)


FILLERS = {
    "civil": [
        "Суд, исследовав представленные доказательства, в том числе договоры, расписки, справки и "
        "выписки из государственных реестров, приходит к выводу, что они получены с соблюдением "
        "закона, относятся к делу и в совокупности достаточны для его разрешения.",
        "Согласно принципу состязательности каждая сторона должна доказать те обстоятельства, на "
        "которые она ссылается как на основания своих требований и возражений; ответчик "
        "доказательств, опровергающих доводы истца, суду не представил.",
        "Доводы о пропуске срока исковой давности суд находит несостоятельными, поскольку о "
        "нарушении своего права истец узнал не ранее даты, указанной в исковом заявлении, а "
        "течение срока прерывалось предъявлением претензии.",
        "Суд также учитывает, что стороны неоднократно пытались урегулировать спор во внесудебном "
        "порядке, однако соглашение достигнуто не было, что подтверждается перепиской сторон, "
        "приобщённой к материалам дела по ходатайству истца.",
        "При определении размера подлежащих взысканию сумм суд исходит из расчёта, представленного "
        "истцом, который проверен судом, признан арифметически верным и ответчиком не оспорен.",
        "Судебные расходы распределяются пропорционально удовлетворённым требованиям; оснований для "
        "освобождения ответчика от уплаты государственной пошлины суд не усматривает.",
    ],
    "criminal": [
        "Оценивая исследованные доказательства в их совокупности, суд находит их относимыми, "
        "допустимыми и достаточными для разрешения уголовного дела.",
        "Суд не усматривает оснований для оговора подсудимого со стороны свидетелей и потерпевшего, "
        "поскольку неприязненных отношений между ними не установлено.",
        "Нарушений уголовно-процессуального закона при производстве предварительного следствия, "
        "влекущих признание доказательств недопустимыми, судом не установлено.",
        "При назначении наказания суд учитывает характер и степень общественной опасности "
        "совершённого преступления, данные о личности виновного, а также влияние назначенного "
        "наказания на его исправление и на условия жизни его семьи.",
        "Заключение эксперта суд признаёт достоверным, поскольку оно дано лицом, обладающим "
        "специальными познаниями, выводы мотивированы и согласуются с другими доказательствами.",
        "Доводы защиты о необходимости иной квалификации содеянного опровергаются совокупностью "
        "доказательств, приведённых выше, и расцениваются судом как способ защиты.",
    ],
}


def filler(ctx, kind) -> list:
    return [ctx.pick(FILLERS[kind])]


COURT_HOUSE = {"ул. Токтогула": "Токтогула", "проспект Победы": "Победы", "проспект Мира": "Мира"}


def court_address(act, ctx, court, lang="ru"):
    """"Адрес суда: г. Бишкек, ул. Токтогула, 105": the street is kept, not a home address."""
    if len(court) < 6 or not ctx.chance(0.45):
        return
    street = court[5]
    n = str(ctx.rng.randint(1, 200))
    if lang == "ky":
        act.p("Соттун дареги: ", K(court[4], "place"), ", ", K(street, "lookalike"), ", ", n, ".",
              align="left", size=9)
    else:
        act.p("Адрес суда: ", K(court[3], "place"), ", ", K(street, "lookalike"), ", ", n,
              "; телефон канцелярии указан на официальном сайте суда.", align="left", size=9)
