"""Pieces shared by the templates: header, signature, kept items, identifiers of a person."""
import world as W


def K(text, kind, role=None):
    return ("k", text, kind, role)


def M(text, cat, ent):
    return ("m", text, cat, ent)


class Ctx(dict):
    """Template context; also creates the act's identifiers with their entity ids."""

    def __init__(self, a):
        super().__init__()
        self.a = a

    def ident(self, key, cat, prefix, text):
        self[key] = M(text, cat, self.a.ent(prefix))
        return self[key]


def setup(a, ctx, court, case_no, date, judges, secretary):
    ctx["case"] = K(case_no, "case_number")
    ctx["date"] = K(W.date_ru(date) if a.lang == "ru" else W.date_ky_nom(date), "act_date")
    ctx["town"] = K(court[4] if a.lang == "ru" else court[5], "place")
    if a.lang == "ky":
        loc = court[5].replace(" шаары", " шаарында").replace(" айылы", " айылында")
        ctx["town_loc"] = K(loc, "place")
    ctx["court"] = K(court[1] if a.lang == "ru" else court[3], "court")
    ctx["court_gen"] = K(court[2] if a.lang == "ru" else W.ky_court(court, "gen"), "court")
    if a.lang == "ky":
        ctx["court_loc"] = K(W.ky_court(court, "loc"), "court")
        ctx["court_dat"] = K(W.ky_court(court, "dat"), "court")
    ctx["cstreet"] = K(court[6] if a.lang == "ru" else court[7], "lookalike")
    for i, j in enumerate(judges):
        ctx[f"j{i}"] = j
    ctx["sec"] = secretary


def header(a, ctx, title, national=True, panel=False, cat_ru="", cat_ky=""):
    if a.lang == "ru":
        a.f(a.rng.choice(["Дело № {case}\n", "№ {case}\n", "Дело №{case}\n"]), **ctx)
        a.t(title + "\n")
        if national:
            a.t("ИМЕНЕМ КЫРГЫЗСКОЙ РЕСПУБЛИКИ\n")
        a.f("{date}" + a.rng.choice(["          ", "\t\t", " "]) + "{town}\n\n", **ctx)
        if panel:
            a.f("{court}, судебная коллегия " + cat_ru + " в составе: председательствующего "
                "{j0.short.gen}, судей {j1.short.gen} и {j2.short.gen}, при секретаре "
                "{sec.short.pre},", **ctx)
        else:
            a.f("{court} в составе председательствующего судьи {j0.short.gen}, при секретаре "
                "судебного заседания {sec.short.pre},", **ctx)
    else:
        a.f(a.rng.choice(["Иш № {case}\n", "№ {case}\n"]), **ctx)
        a.t(title + "\n")
        if national:
            a.t("КЫРГЫЗ РЕСПУБЛИКАСЫНЫН АТЫНАН\n")
        a.f("{date}" + a.rng.choice(["          ", "\t\t", " "]) + "{town}\n\n", **ctx)
        if panel:
            a.f("{court_gen} " + cat_ky + " төрагалык кылуучу {j0.short}, судьялар {j1.short}, "
                "{j2.short} курамында, катчы {sec.short} катышуусунда,", **ctx)
        else:
            a.f("{court}, төрагалык кылуучу судья {j0.short}, сот отурумунун катчысы "
                "{sec.short} катышуусунда,", **ctx)


def court_address(a, ctx):
    """Some acts end with the court's own address: a street named after a person, kept."""
    if a.rng.random() < 0.5:
        return
    n = a.rng.randint(1, 150)
    if a.lang == "ru":
        a.f("\nКопию можно получить в канцелярии суда по адресу: {town}, {cstreet}, " + str(n) + ".", **ctx)
    else:
        a.f("\nКөчүрмөнү соттун кеңсесинен алууга болот: {town}, {cstreet}, " + str(n) + ".", **ctx)


def signature(a, ctx, panel=False):
    court_address(a, ctx)
    if a.lang == "ru":
        if panel:
            a.f("\n\nПредседательствующий                    {j0.short}\nСудьи                    "
                "               {j1.ini}\n                                        {j2.short}\n", **ctx)
        else:
            a.f("\n\nПредседательствующий судья" + a.rng.choice(["          ", "\t"]) + "{j0.ini}\n", **ctx)
    else:
        if panel:
            a.f("\n\nТөрагалык кылуучу                    {j0.short}\nСудьялар"
                "                    {j1.ini}\n                               {j2.short}\n", **ctx)
        else:
            a.f("\n\nТөрагалык кылуучу судья" + a.rng.choice(["          ", "\t"]) + "{j0.ini}\n", **ctx)


def amount(a, n):
    s = f"{n:,}".replace(",", " ")
    return K(s + " сом", "amount")


def birth(a, ctx, key, p, bd, style=None):
    """Birth date item (the date part is the mention) with the words around it."""
    rng = a.rng
    ent = a.ent("BD")
    if a.lang == "ru":
        style = style if style is not None else rng.randint(0, 3)
        if style == 0:
            return [M(W.dnum(bd), "birth_date", ent), " г.р."]
        if style == 1:
            return [M(str(bd.year), "birth_date", ent), " года рождения"]
        if style == 2:
            return ["родивш" + ("ейся " if p.female else "егося "), M(W.date_ru(bd), "birth_date", ent)]
        return ["дата рождения: ", M(W.dnum(bd), "birth_date", ent)]
    style = style if style is not None else rng.randint(0, 2)
    if style == 0:
        return [M(str(bd.year), "birth_date", ent), "-жылы туулган"]
    if style == 1:
        return [M(W.date_ky(bd), "birth_date", ent), " туулган"]
    return [M(W.dnum(bd), "birth_date", ent), "-ж. туулган"]


def put(a, items):
    for it in items:
        if isinstance(it, str):
            a.t(it)
        elif it[0] == "m":
            a.m(it[1], it[2], it[3])
        else:
            a.k(it[1], it[2], it[3] if len(it) > 3 else None)


LOOK_RU = [
    ("Суд выражает {0} на то, что стороны исполнят решение добровольно.", "надежду"),
    ("{0} к детям и забота о них являются обязанностью родителей, напомнил суд.", "Любовь"),
    ("Свидетель пояснил, что продавал на рынке {0} и тюльпаны.", "розы"),
    ("Стороны заявили, что хотят сохранить {0} между соседями.", "мир"),
    ("Суд отмечает, что стороны не утратили {0} в возможность договориться.", "веру"),
    ("Стороны встречались в кафе на {0}.", "проспекте Победы"),
    ("Он пояснил, что ему не нужна {0}, он хочет лишь справедливости.", "слава"),
]
LOOK_KY = [
    ("Тараптар {0} жана ынтымакты сактоого убада беришти.", "тынчтыкты"),
    ("Сот тараптар чечимди өз ыктыяры менен аткарат деген {0} билдирет.", "үмүттү"),
    ("Күбө базарда {0} жана башка гүлдөрдү сатып турганын айтты.", "розаларды"),
    ("Үй-бүлөдө {0} жана береке болушу керек, деп белгиледи сот.", "ырыс"),
    ("Тараптар {0} жайгашкан кафеде жолугушкан.", "Жеңиш проспектисинде"),
    ("Тараптар {0} жолугушууга макулдашкан.", "Тынчтык проспектисинде"),
]


def lookalike(a):
    pool = LOOK_RU if a.lang == "ru" else LOOK_KY
    tpl, w = a.rng.choice(pool)
    pre, post = tpl.split("{0}")
    a.t(" " + pre)
    a.k(w, "lookalike")
    a.t(post)
