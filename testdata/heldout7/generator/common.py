"""Pieces shared by the heldout7 templates: persons, headers, composition, signatures."""
import names as N
import world as W
from core import Person, seg, ru_date, ky_date

FORMS_LATER = ["sur", "sur", "init", "init", "init_sp", "init_first", "init_glued", "gp", "given", "upper_sur"]


def pick_people(r, kyrgyz_share=0.6):
    if r.random() < kyrgyz_share:
        return "kyrgyz"
    return r.choices(N.PEOPLES[1:], N.WEIGHTS[1:])[0]


def person(act, role, female=None, people=None, style=None, official=None):
    r = act.r
    female = r.random() < 0.5 if female is None else female
    people = people or pick_people(r)
    if style is None:
        if people == "kyrgyz":
            style = r.choices(["rus", "uulu", "short"], [55, 30, 15])[0]
        elif people in ("turkish", "korean"):
            style = r.choice(["short", "rus"])
        else:
            style = r.choices(["rus", "short"], [85, 15])[0]
    p = Person(act, female, people, style, role, official)
    return p


def official(act, role, people=None, style=None, female=None):
    r = act.r
    people = people or (r.choice(["kyrgyz", "kyrgyz", "kyrgyz", "russian", "uzbek", "kazakh", "korean", "dungan"]))
    if style is None:
        style = "rus" if role == "judge" or people != "kyrgyz" else r.choice(["rus", "rus", "uulu"])
    if people in ("korean", "turkish") and style != "rus":
        style = "rus"
    return person(act, None, female=female, people=people, style=style, official=role)


def later(act, p, case="nom", forms=None):
    """A later mention of `p` in a random short form, with hand-typing variety."""
    r = act.r
    forms = forms or FORMS_LATER
    if p.style == "uulu":
        forms = ["sur", "init", "init_first", "given", "full", "rev"]
    f = r.choice(forms)
    if f == "gp" and not p.patr:
        f = "given"
    sep = "  " if r.random() < 0.05 else " "
    saved = p.variant_sur
    if "ё" in p.sur_m and r.random() < 0.5:
        p.variant_sur = p.sur_m.replace("ё", "е")
    elif p.people == "kyrgyz" and act.lang == "ru" and r.random() < 0.15 and any(c in p.sur_m for c in "өүң"):
        p.variant_sur = p.sur_m.replace("ө", "о").replace("ү", "у").replace("ң", "н")
    out = p(f, case, sep=sep)
    p.variant_sur = saved
    if f.startswith("init") and f != "init_glued" and r.random() < 0.08 and out[0][0].endswith("."):
        # the last dot of the initials forgotten (only when the mention ends the phrase)
        text, ann = out[0]
        if text.count(".") >= 2 and not text.endswith(".."):
            out = [(text[:-1], ann)]
    return out


def full(p, case="nom"):
    return p("full", case)


def new_court(act, instance="first"):
    r = act.r
    if instance == "first":
        c = r.choice(W.COURTS)
    elif instance == "appeal":
        c = r.choice(W.APPEAL_COURTS)
    else:
        c = W.SUPREME
    act.court = c
    return c


def court_nom(act, c=None):
    c = c or act.court
    return W.K(c[1] if act.lang == "ru" else c[3], "court")


def court_gen(act, c=None):
    c = c or act.court
    return W.K(c[2] if act.lang == "ru" else W.ky_gen(c[3]), "court")


def court_dat(act, c=None):
    c = c or act.court
    return W.K(_ru_dat(c[1]) if act.lang == "ru" else W.ky_dat(c[3]), "court")


def _ru_dat(nom):
    out = []
    for w in nom.split(" "):
        if w.endswith("ский") or w.endswith("ный"):
            w = w[:-2] + "ому"
        elif w.endswith("ской") or w.endswith("ной"):
            w = w[:-2] + "ому"
        elif w == "суд":
            w = "суду"
        out.append(w)
    # the trailing genitives ("города Бишкек", "Чуйской области") must stay: rebuild
    words = nom.split(" ")
    idx = words.index("суд")
    return " ".join(out[:idx + 1] + words[idx + 1:])


def case_no(act, prefix):
    r = act.r
    n = f"{prefix}-{r.randint(100, 2999)}/{act.date.year % 100:02d}"
    act.case_number = n
    return n


def header(act, title_ru, title_ky, prefix, suffix=""):
    """Case number line, title, "in the name of", date and place."""
    r = act.r
    lang = act.lang
    n = case_no(act, prefix)
    if lang == "ru":
        act.f("Дело № {n}{s}\n", n=W.K(n, "case_number"), s=suffix)
        act.t((" ".join(title_ru) if r.random() < 0.5 else title_ru) + "\n")
        if act.instance == "first" and act.kind in ("verdict", "decision"):
            act.t("ИМЕНЕМ КЫРГЫЗСКОЙ РЕСПУБЛИКИ\n")
        act.f("{d}{sp}{pl}\n", d=W.K(ru_date(act.date), "act_date"), sp=" " * r.randint(3, 30),
              pl=W.K(act.court[4], "place"))
    else:
        act.f("Иш № {n}{s}\n", n=W.K(n, "case_number"), s=suffix)
        act.t((" ".join(title_ky) if r.random() < 0.5 else title_ky) + "\n")
        if act.instance == "first" and act.kind in ("verdict", "decision"):
            act.t("КЫРГЫЗ РЕСПУБЛИКАСЫНЫН АТЫНАН\n")
        act.f("{d}{sp}{pl}\n", d=W.K(ky_date(act.date), "act_date"), sp=" " * r.randint(3, 30),
              pl=W.K(act.court[5], "place"))


def composition(act, extra_ru="", extra_ky="", **kw):
    """Composition of the court: one judge, or a panel (chair + two judges)."""
    lang = act.lang
    j = act.judges
    if len(j) == 1:
        if lang == "ru":
            act.f("{CRT} в составе председательствующего судьи {JDG}, при секретаре {SEC}" + extra_ru + ",\n",
                  CRT=court_nom(act), JDG=j[0]("init", "gen"), SEC=act.secretary("init", "pre"), **kw)
        else:
            act.f("{CRT}, төрагалык кылуучу судья {JDG}, соттук отурумдун катчысы {SEC}" + extra_ky + " катышуусу менен,\n",
                  CRT=court_nom(act), JDG=j[0]("init"), SEC=act.secretary("init"), **kw)
    else:
        if lang == "ru":
            act.f("Судебная коллегия по {WHAT} {CRT} в составе: председательствующего {JA}, судей {JB}, {JD}, при секретаре {SEC}"
                  + extra_ru + ",\n", WHAT=act.panel_what_ru, CRT=court_gen(act), JA=j[0]("init", "gen"), JB=j[1]("init", "gen"),
                  JD=j[2]("init", "gen"), SEC=act.secretary("init", "pre"), **kw)
        else:
            act.f("{CRT} {WHAT} боюнча соттук коллегиясы курамында: төрагалык кылуучу {JA}, судьялар {JB}, {JD}, катчы {SEC}"
                  + extra_ky + " катышуусу менен,\n", WHAT=act.panel_what_ky, CRT=court_gen(act), JA=j[0]("init"),
                  JB=j[1]("init"), JD=j[2]("init"), SEC=act.secretary("init"), **kw)


def signature(act):
    r = act.r
    j = act.judges
    if len(j) == 1:
        form = r.choice(["init", "init", "init_first"])
        if act.lang == "ru":
            act.f("Судья{sp}{j}\n", sp=" " * r.randint(2, 40), j=j[0](form))
        else:
            act.f("Судья{sp}{j}\n", sp=" " * r.randint(2, 40), j=j[0](form))
        if form == "init_first":
            act.f("Копия верна. Судья {j}\n" if act.lang == "ru" else "Көчүрмөсү туура. Судья {j}\n", j=j[0]("init"))
    else:
        if act.lang == "ru":
            act.f("Председательствующий{sp}{a}\nСудьи{sp}{b}\n{sp2}{c}\n", sp=" " * r.randint(2, 20),
                  sp2=" " * r.randint(2, 30), a=j[0]("init"), b=j[1]("init"), c=j[2]("init"))
        else:
            act.f("Төрагалык кылуучу{sp}{a}\nСудьялар{sp}{b}\n{sp2}{c}\n", sp=" " * r.randint(2, 20),
                  sp2=" " * r.randint(2, 30), a=j[0]("init"), b=j[1]("init"), c=j[2]("init"))


def court_address(act):
    c = act.court
    if act.lang == "ru":
        act.f("Адрес суда: {pl}, {st}.\n", pl=W.K(c[4], "place"), st=W.K(c[6][0], "lookalike"))
    else:
        act.f("Соттун дареги: {pl}, {st}.\n", pl=W.K(c[5], "place"), st=W.K(c[6][1], "lookalike"))


def appeal_note(act):
    r = act.r
    if act.instance == "first":
        ac = W.appeal_for(act.court)
        if act.lang == "ru":
            act.f("{what} может быть обжалован" + ("" if act.kind == "verdict" else "о") + " в апелляционном порядке в {ac} через {c} в течение {days} дней со дня "
                  "его вынесения в окончательной форме.\n", what=act.own_ru, ac=court_nom(act, ac), c=court_nom(act),
                  days=r.choice(["30", "15", "тридцати"]))
        else:
            act.f("{what} чыгарылган күндөн тартып {days} күндүн ичинде {c} аркылуу {ac} апелляциялык даттануу "
                  "берилиши мүмкүн.\n", what=act.own_ky, ac=court_dat(act, ac), c=court_nom(act),
                  days=r.choice(["30", "15", "отуз"]))
    elif act.instance == "appeal":
        if act.lang == "ru":
            act.f("Определение вступает в законную силу со дня его вынесения и может быть обжаловано в {sc} в "
                  "кассационном порядке.\n", sc=court_nom(act, W.SUPREME))
        else:
            act.f("Аныктама чыгарылган күндөн тартып мыйзамдуу күчүнө кирет жана {sc} кассациялык тартипте "
                  "даттанылышы мүмкүн.\n", sc=court_dat(act, W.SUPREME))
    else:
        if act.lang == "ru":
            act.t("Постановление окончательное и обжалованию не подлежит.\n")
        else:
            act.t("Токтом акыркы болуп саналат жана даттанууга жатпайт.\n")


LOOK_RU = [
    ("Стороны выразили {a} на скорейшее разрешение спора.", ["надежду"]),
    ("Суд разъясняет, что закон охраняет {a} и согласие в семье.", ["мир"]),
    ("Свидетель пояснил, что утратил {a} в добросовестность другой стороны.", ["веру"]),
    ("У дома росли кусты {a} и старые яблони.", ["розы"]),
    ("{a} на примирение стороны не утратили.", ["Надежду"]),
    ("Свидетель сказал, что дорожит добрым именем и {a} честного труженика.", ["славой"]),
    ("Участник процесса пояснил, что хотел сохранить {a} с соседями.", ["мир"]),
]
LOOK_KY = [
    ("Тараптар талаштын тынч жол менен чечилишине {a} артышты.", ["үмүт"]),
    ("Сот үй-бүлөдөгү {a} жана {b} мыйзам менен корголорун түшүндүрдү.", ["тынчтык", "ынтымак"]),
    ("Ата-эне балага {a} жана {b} каалаары табигый нерсе.", ["бакыт", "мээрим"]),
    ("{a} баарынан кымбат экенин тараптар моюнга алышты.", ["Тынчтык"]),
    ("Короодо {a} гүлдөрү жана алма дарактары өскөн.", ["айгүл"]),
    ("Тарап кошуналар менен {a} сактоону каалаганын айтты.", ["ынтымакты"]),
]


FILL = {
    ("ru", "civil"): [
        "Лица, участвующие в деле, извещены о времени и месте судебного заседания надлежащим образом.",
        "Выслушав стороны, исследовав письменные материалы дела и оценив представленные доказательства в их "
        "совокупности, суд приходит к следующему.",
        "В силу ст. 64 ГПК КР каждая сторона должна доказать те обстоятельства, на которые она ссылается как на "
        "основания своих требований и возражений.",
        "Доказательства, представленные сторонами, суд признаёт относимыми и допустимыми.",
        "Судебные расходы распределяются между сторонами пропорционально удовлетворённой части требований.",
    ],
    ("ru", "criminal"): [
        "Участникам процесса разъяснены их права, отводов составу суда не заявлено.",
        "Обстоятельств, отягчающих наказание, судом не установлено.",
        "Вина, помимо признательных показаний, подтверждается совокупностью исследованных в судебном заседании "
        "доказательств: протоколами следственных действий, заключением эксперта и вещественными доказательствами.",
        "Гражданский иск по делу не заявлен, процессуальные издержки отнесены на счёт государства.",
    ],
    ("ky", "civil"): [
        "Ишке катышуучу адамдарга соттук отурумдун убактысы жана орду тууралуу тийиштүү тартипте кабарланган.",
        "Тараптарды угуп, иштин жазуу материалдарын изилдеп, далилдерди жыйындысында баалап, сот төмөнкүгө келет.",
        "КР ЖПКнын 64-беренесине ылайык ар бир тарап өзүнүн талаптарынын жана каршы пикирлеринин негизи катары "
        "шилтеме кылган жагдайларды далилдөөгө тийиш.",
        "Тараптар тарабынан берилген далилдерди сот тиешелүү жана жол берилүүчү деп табат.",
        "Соттук чыгымдар тараптардын ортосунда канааттандырылган талаптардын бөлүгүнө жараша бөлүштүрүлөт.",
    ],
    ("ky", "criminal"): [
        "Процесске катышуучуларга алардын укуктары түшүндүрүлдү, соттун курамына четтетүү билдирилген жок.",
        "Жазаны оордотуучу жагдайлар сот тарабынан аныкталган жок.",
        "Күнөө мойнуна алуу көрсөтмөлөрүнөн тышкары сот отурумунда изилденген далилдердин жыйындысы менен "
        "тастыкталат: тергөө аракеттеринин протоколдору, эксперттин корутундусу жана заттай далилдер.",
        "Иш боюнча жарандык доо коюлган жок, процесстик чыгымдар мамлекеттин эсебине кабыл алынат.",
    ],
}


def filler(act):
    r = act.r
    key = (act.lang, "criminal" if act.category == "criminal" else "civil")
    for t in r.sample(FILL[key], r.randint(1, 3)):
        act.p(t)


def lookalike(act, n=1):
    r = act.r
    filler(act)
    pool = LOOK_RU if act.lang == "ru" else LOOK_KY
    for tpl, words in r.sample(pool, n):
        kw = {k: W.K(w, "lookalike") for k, w in zip("ab", words)}
        act.p(tpl, **kw)


def setup(act, instance, kind, category, prefix_date, courts=None):
    act.instance = instance
    act.kind = kind
    act.category = category
    act.date = prefix_date
    act.own_ru, act.own_ky = {"verdict": ("Приговор", "Өкүмгө"), "decision": ("Решение", "Чечимге"),
                              "resolution": ("Постановление", "Токтомго"), "ruling": ("Определение", "Аныктамага")}[kind]
    new_court(act, instance)
    if courts:
        act.court = act.r.choice([c for c in W.COURTS if courts(c[0])])
    n = 1 if instance == "first" else 3
    act.judges = [official(act, "judge") for _ in range(n)]
    act.secretary = official(act, "secretary")


def bd_phrase(act, p, bd, form=None):
    """", 12.03.1985 г.р.," style birth phrase pieces."""
    before, m, after = W.birth(act, bd, form=form, female=p.female)
    return before, m, after


def born(act, p, bd, form=None, case="nom"):
    b, m, a = W.birth(act, bd, form=form, female=p.female, case=case)
    return seg(b) + m + seg(a) if b or a else m


def pass_frag(act, people, form=None):
    pre, m = W.passport(act, people, form)
    return seg(pre) + m
