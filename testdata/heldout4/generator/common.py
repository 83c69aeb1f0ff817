"""Courts, state bodies, companies and the shared pieces of an act (header, closing)."""

from core import K, M
import core as C

# code, Russian name, Kyrgyz name, town (ru, ky), appeal court (ru accusative, ky dative)
COURTS = [
    ("bishkek-leninsky", "Ленинский районный суд города Бишкек", "Бишкек шаарынын Ленин райондук соту",
     "г. Бишкек", "Бишкек шаары", "Бишкекский городской суд", "Бишкек шаардык сотуна"),
    ("bishkek-oktyabrsky", "Октябрьский районный суд города Бишкек", "Бишкек шаарынын Октябрь райондук соту",
     "г. Бишкек", "Бишкек шаары", "Бишкекский городской суд", "Бишкек шаардык сотуна"),
    ("bishkek-sverdlovsky", "Свердловский районный суд города Бишкек", "Бишкек шаарынын Свердлов райондук соту",
     "г. Бишкек", "Бишкек шаары", "Бишкекский городской суд", "Бишкек шаардык сотуна"),
    ("bishkek-pervomaisky", "Первомайский районный суд города Бишкек", "Бишкек шаарынын Биринчи Май райондук соту",
     "г. Бишкек", "Бишкек шаары", "Бишкекский городской суд", "Бишкек шаардык сотуна"),
    ("osh-city", "Ошский городской суд", "Ош шаардык соту", "г. Ош", "Ош шаары",
     "Ошский областной суд", "Ош облустук сотуна"),
    ("chui-sokuluk", "Сокулукский районный суд Чуйской области", "Чүй облусунун Сокулук райондук соту",
     "с. Сокулук", "Сокулук айылы", "Чуйский областной суд", "Чүй облустук сотуна"),
    ("chui-alamudun", "Аламудунский районный суд Чуйской области", "Чүй облусунун Аламүдүн райондук соту",
     "с. Лебединовка", "Лебединовка айылы", "Чуйский областной суд", "Чүй облустук сотуна"),
    ("issykkul-karakol", "Каракольский городской суд", "Каракол шаардык соту", "г. Каракол", "Каракол шаары",
     "Иссык-Кульский областной суд", "Ысык-Көл облустук сотуна"),
    ("naryn-naryn", "Нарынский районный суд", "Нарын райондук соту", "г. Нарын", "Нарын шаары",
     "Нарынский областной суд", "Нарын облустук сотуна"),
    ("talas-talas", "Таласский районный суд", "Талас райондук соту", "г. Талас", "Талас шаары",
     "Таласский областной суд", "Талас облустук сотуна"),
    ("jalalabad-suzak", "Сузакский районный суд Джалал-Абадской области", "Жалал-Абад облусунун Сузак райондук соту",
     "с. Сузак", "Сузак айылы", "Джалал-Абадский областной суд", "Жалал-Абад облустук сотуна"),
    ("osh-karasuu", "Кара-Суйский районный суд Ошской области", "Ош облусунун Кара-Суу райондук соту",
     "г. Кара-Суу", "Кара-Суу шаары", "Ошский областной суд", "Ош облустук сотуна"),
    ("batken-kadamjai", "Кадамжайский районный суд Баткенской области", "Баткен облусунун Кадамжай райондук соту",
     "г. Пулгон", "Пулгон шаары", "Баткенский областной суд", "Баткен облустук сотуна"),
]

# Streets named after persons, as the court's own address (kept lookalikes).
COURT_STREETS_RU = ["ул. Исанова", "ул. Раззакова", "ул. Шопокова", "ул. Абдрахманова",
                    "ул. Турусбекова", "пр. Манаса", "ул. Курманжан Датки", "ул. Алыкулова"]
COURT_STREETS_KY = ["Исанов көчөсү", "Раззаков көчөсү", "Шопоков көчөсү", "Абдрахманов көчөсү",
                    "Манас проспектиси", "Курманжан Датка көчөсү", "Алыкулов көчөсү"]


def ru_gen(name):
    """Genitive of a court name built from adjective + суд."""
    words = name.split()
    out = []
    head_done = False
    for w in words:
        if head_done:
            out.append(w)
            continue
        if w.endswith("ский") or w.endswith("ный") or w.endswith("кой"):
            out.append(w[:-2] + "ого")
        elif w == "суд":
            out.append("суда")
            head_done = True
        else:
            out.append(w)
    return " ".join(out)


def ru_court_form(name, case):
    if case == "nom":
        return name
    if case == "gen":
        return ru_gen(name)
    if case == "dat":
        return ru_gen(name).replace("ого ", "ому ").replace("суда", "суду", 1)
    if case == "pre":
        return ru_gen(name).replace("ого ", "ом ").replace("суда", "суде", 1)
    raise ValueError(case)


def ky_court_form(name, case):
    ends = {"nom": "соту", "gen": "сотунун", "dat": "сотуна", "abl": "сотунан", "loc": "сотунда",
            "acc": "сотун"}
    assert name.endswith("соту")
    return name[: -len("соту")] + ends[case]


def court_k(court, lang, case="nom"):
    if lang == "ru":
        return K(ru_court_form(court[1], case), "court")
    return K(ky_court_form(court[2], case), "court")


RU_MONTHS = C.RU_MONTHS_GEN
KY_MONTHS = C.KY_MONTHS


def ru_date(d):
    y, m, dd = d
    return f"{dd} {RU_MONTHS[m - 1]} {y} года"


def ky_date(d, suffix=""):
    y, m, dd = d
    if suffix == "loc":
        return f"{y}-жылдын {dd}-{C.KY_MONTH_LOC[m - 1]}"
    return f"{y}-жылдын {dd}-{C.KY_MONTH_POSS[m - 1]}"


def iso(d):
    return f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}"


def header(ctx, lang, court, title, case_no, date, judges, secretary, case_label=None):
    """Case number, title, date and town, composition of the court."""
    r = ctx.rng
    out = []
    if lang == "ru":
        out += [r.choice(["Дело № ", "Дело №", "№ "]), K(case_no, "case_number"), "\n"]
        t = title
        if r.random() < 0.2:
            t = " ".join(title)
        out += [t, "\n"]
        if title in ("РЕШЕНИЕ", "ПРИГОВОР"):
            out += ["ИМЕНЕМ КЫРГЫЗСКОЙ РЕСПУБЛИКИ\n"]
        out += [K(ru_date(date), "act_date"), r.choice(["                    ", "   ", " "]),
                K(court[3], "place"), "\n"]
        out += [court_k(court, "ru"), " в составе"]
        if len(judges) == 1:
            out += [r.choice([" председательствующего судьи ", ": председательствующего судьи ",
                              " судьи "]), judges[0].k("gen"), ",\n"]
        else:
            out += [": председательствующего ", judges[0].k("gen"), ", судей ", judges[1].k("gen"),
                    " и ", judges[2].k("gen"), ",\n"]
        out += [r.choice(["при секретаре ", "при секретаре судебного заседания "]),
                secretary.k("pre"), ",\n"]
    else:
        out += [r.choice(["Иш № ", "Иш №", "№ "]), K(case_no, "case_number"), "\n"]
        t = title
        if r.random() < 0.2:
            t = " ".join(title)
        out += [t, "\n"]
        if title in ("ЧЕЧИМ", "ӨКҮМ"):
            out += ["КЫРГЫЗ РЕСПУБЛИКАСЫНЫН АТЫНАН\n"]
        out += [K(ky_date(date), "act_date"), r.choice(["                    ", "   ", " "]),
                K(court[4], "place"), "\n"]
        out += [court_k(court, "ky"), ", "]
        if len(judges) == 1:
            out += [r.choice(["төрагалык кылуучу судья ", "судья "]), judges[0].k("nom"), ", "]
        else:
            out += ["төрагалык кылуучу ", judges[0].k("nom"), ", судьялар ", judges[1].k("nom"),
                    ", ", judges[2].k("nom"), ", "]
        out += ["сот отурумунун катчысы ", secretary.k("nom"), ",\n"]
    return out


def signature(ctx, lang, judges):
    out = ["\n"]
    if len(judges) == 1:
        lab = "Судья" if lang == "ru" else "Судья"
        chair = "Председательствующий, судья " if lang == "ru" else "Төрагалык кылуучу, судья "
        out += [ctx.rng.choice([lab + "                              ", lab + " ", chair]),
                judges[0].k("nom", "ini"), "\n"]
    else:
        out += ["Председательствующий " if lang == "ru" else "Төрага ", judges[0].k("nom"), "\n"]
        out += ["Судьи " if lang == "ru" else "Судьялар ", judges[1].k("nom"), "\n",
                "                ", judges[2].k("nom"), "\n"]
    if ctx.rng.random() < 0.4:
        out += ["Копия верна. " if lang == "ru" else "Көчүрмөсү туура. ", "\n"]
    return out


def appeal_clause(ctx, lang, court, days=30):
    if lang == "ru":
        return ["Решение может быть обжаловано в апелляционном порядке в ", K(court[5], "court"),
                f" в течение {days} дней со дня вынесения в окончательной форме через ",
                court_k(court, "ru"), ".\n"]
    return ["Чечимге макул болбогон тараптар ", f"{days} күндүн ичинде ", K(court[6], "court"),
            " ", court_k(court, "ky", "nom"), " аркылуу апелляциялык арыз бере алышат.\n"]


def court_address(ctx, lang, court, person_street=None):
    """The court's own address; `person_street` names the street after a person (a surname)."""
    r = ctx.rng
    if lang == "ru":
        st = f"ул. {person_street}а" if person_street else r.choice(COURT_STREETS_RU)
        return ["(суд расположен по адресу: ", K(court[3], "place"), ", ", K(st, "lookalike"),
                f", {r.randint(1, 200)})"]
    st = f"{person_street} көчөсү" if person_street else r.choice(COURT_STREETS_KY)
    return ["(соттун дареги: ", K(court[4], "place"), ", ", K(st, "lookalike"), f", {r.randint(1, 200)})"]


def amount_ru(n):
    return K(f"{n:,}".replace(",", " ") + " сом", "amount")


def amount_ky(n):
    return K(f"{n:,}".replace(",", " ") + " сом", "amount")


COMPANIES = ["ОсОО «Азамат Строй»", "ОсОО «Нурлан и партнёры»", "ОсОО «Айсулуу-Текстиль»",
             "ОсОО «Бекмурат Транс»", "ОАО «Кыргызтелеком»", "ОсОО «Тулпар Логистик»",
             "ОсОО «Салкын Суу»", "ОсОО «Ак-Нур Агро»", "ОсОО «Марал Мебель»",
             "ОсОО «Эркин Курулуш»", "ОсОО «Элнура Фуд»", "ОсОО «Вера Плюс»"]
BANKS = ["ОАО «Айыл Банк»", "ЗАО «Демир Кыргыз Интернэшнл Банк»", "ОАО «РСК Банк»",
         "ЗАО «Банк Бай-Тушум»", "ОАО «Оптима Банк»", "ЗАО «Кыргызский Инвестиционно-Кредитный Банк»"]
HOSPITALS = [
    ("Городская клиническая больница № 4 г. Бишкек", "Городской клинической больнице № 4 г. Бишкек",
     "Городской клинической больницы № 4 г. Бишкек"),
    ("Национальный центр охраны материнства и детства", "Национальному центру охраны материнства и детства",
     "Национального центра охраны материнства и детства"),
    ("Медицинский центр «Айгерим-Мед»", "Медицинскому центру «Айгерим-Мед»", "Медицинского центра «Айгерим-Мед»"),
    ("Ошская межобластная клиническая больница", "Ошской межобластной клинической больнице",
     "Ошской межобластной клинической больницы"),
    ("Центр семейной медицины № 7", "Центру семейной медицины № 7", "Центра семейной медицины № 7"),
    ("ОсОО «Клиника доктора Сабыра»", "ОсОО «Клиника доктора Сабыра»", "ОсОО «Клиника доктора Сабыра»"),
]


def lookalike_ru(ctx):
    r = ctx.rng
    opts = [
        ["Сторона выразила ", K("надежду", "lookalike"), " на справедливое рассмотрение дела."],
        ["Свидетель пояснил, что утратил ", K("веру", "lookalike"), " в то, что спор разрешится без суда."],
        ["Суд учитывает, что ", K("мир", "lookalike"), " и согласие между соседями охраняются законом."],
        ["Свидетель пояснил, что во дворе растут кусты ", K("розы", "lookalike"), " и сирени."],
        ["Ответчик дорожит своей ", K("славой", "lookalike"), " добросовестного работника."],
        ["Сторона говорит о своей ", K("любви", "lookalike"), " к семье и о заботе о родителях."],
        ["Свидетель заявил, что в ", K("победу", "lookalike"), " одной из сторон не верит."],
    ]
    return r.choice(opts)


def lookalike_ky(ctx):
    r = ctx.rng
    opts = [
        ["Тараптар үй-бүлөдө ", K("тынчтык", "lookalike"), " сакталышын каалашат."],
        ["Күбө балдарына ", K("бакыт", "lookalike"), " жана жакшы келечек каалаарын билдирди."],
        ["Тарап соттун адилеттүү чечимине ", K("үмүт", "lookalike"), " артаарын айтты."],
        ["Ал ", K("эркин", "lookalike"), " жүрүү укугунан ажыратылган эмес."],
        ["Сот жарандардын ", K("ырыс", "lookalike"), "-кешиктүү турмушун коргойт деп белгиледи."],
    ]
    return r.choice(opts)
