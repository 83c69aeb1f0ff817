"""Courts, state bodies, companies, headers and signatures shared by the families."""

from __future__ import annotations

from core import MONTHS_RU, Kept, _male_surname, write

# code, Russian name, Kyrgyz name, city (ru), city (ky), court's street (ru / ky)
COURTS = [
    ("bishkek-leninsky", "Ленинский районный суд города Бишкек",
     "Бишкек шаарынын Ленин райондук соту", "г. Бишкек", "Бишкек шаары",
     "ул. Льва Толстого, 37", "Лев Толстой көчөсү, 37"),
    ("bishkek-sverdlovsky", "Свердловский районный суд города Бишкек",
     "Бишкек шаарынын Свердлов райондук соту", "г. Бишкек", "Бишкек шаары",
     "ул. Жукеева-Пудовкина, 2", "Жукеев-Пудовкин көчөсү, 2"),
    ("bishkek-oktyabrsky", "Октябрьский районный суд города Бишкек",
     "Бишкек шаарынын Октябрь райондук соту", "г. Бишкек", "Бишкек шаары",
     "ул. Ахунбаева, 119", "Ахунбаев көчөсү, 119"),
    ("osh-city", "Ошский городской суд", "Ош шаардык соту", "г. Ош", "Ош шаары",
     "ул. Курманжан Датки, 251", "Курманжан Датка көчөсү, 251"),
    ("chui-sokuluk", "Сокулукский районный суд Чуйской области",
     "Чүй облусунун Сокулук райондук соту", "с. Сокулук", "Сокулук айылы",
     "ул. Фрунзе, 88", "Фрунзе көчөсү, 88"),
    ("issykkul-karakol", "Каракольский городской суд", "Каракол шаардык соту",
     "г. Каракол", "Каракол шаары", "ул. Абдрахманова, 120", "Абдрахманов көчөсү, 120"),
    ("jalalabad-suzak", "Сузакский районный суд Джалал-Абадской области",
     "Жалал-Абад облусунун Сузак райондук соту", "с. Сузак", "Сузак айылы",
     "ул. Раззакова, 14", "Раззаков көчөсү, 14"),
    ("naryn-city", "Нарынский городской суд", "Нарын шаардык соту", "г. Нарын",
     "Нарын шаары", "ул. Ленина, 40", "Ленин көчөсү, 40"),
    ("talas-city", "Таласский городской суд", "Талас шаардык соту", "г. Талас",
     "Талас шаары", "ул. Бердике Баатыра, 204", "Бердике Баатыр көчөсү, 204"),
    ("batken-kyzylkiya", "Кызыл-Кийский городской суд", "Кызыл-Кыя шаардык соту",
     "г. Кызыл-Кия", "Кызыл-Кыя шаары", "ул. Исанова, 9", "Исанов көчөсү, 9"),
]

INTERDISTRICT = ("bishkek-interdistrict", "Межрайонный суд города Бишкек",
                 "Бишкек шаарынын райондор аралык соту", "г. Бишкек", "Бишкек шаары",
                 "ул. Шопокова, 101", "Шопоков көчөсү, 101")

ECONOMIC = ("bishkek-interdistrict", "Межрайонный суд города Бишкек",
            "Бишкек шаарынын райондор аралык соту", "г. Бишкек", "Бишкек шаары",
            "ул. Шопокова, 101", "Шопоков көчөсү, 101")

KIND_RU = {"verdict": "ПРИГОВОР", "decision": "РЕШЕНИЕ", "resolution": "ПОСТАНОВЛЕНИЕ",
           "ruling": "ОПРЕДЕЛЕНИЕ"}
KIND_KY = {"verdict": "ӨКҮМ", "decision": "ЧЕЧИМ", "resolution": "ТОКТОМ",
           "ruling": "АНЫКТАМА"}


def date_ru(y, m, d):
    return f"{d} {MONTHS_RU[m - 1]} {y} года"


KY_MONTH_NOM = ["январы", "февралы", "марты", "апрели", "майы", "июну", "июлу", "августу",
                "сентябры", "октябры", "ноябры", "декабры"]


def date_ky(y, m, d):
    return f"{y}-жылдын {d}-{KY_MONTH_NOM[m - 1]}"


def spaced(word):
    return " ".join(word)


def header(ctx, kind, court, case_no, date, judge, sec, extra=""):
    """Title block + composition; judge and secretary are kept officials."""
    r = ctx.rng
    y, m, d = date
    ky = ctx.lang == "ky"
    title = (KIND_KY if ky else KIND_RU)[kind]
    if r.random() < 0.3:
        title = spaced(title)
    cn = Kept(case_no, "case_number")
    ad = Kept(date_ky(y, m, d) if ky else date_ru(y, m, d), "act_date")
    city = Kept(court[4] if ky else court[3], "place")
    cname = Kept(court[2] if ky else court[1], "court")
    if ky:
        write(ctx, "Иш № {cn}\n{title}\nКЫРГЫЗ РЕСПУБЛИКАСЫНЫН АТЫНАН\n{ad}{pad}{city}\n\n",
              cn=cn, title=title, ad=ad, city=city, pad=" " * r.randint(6, 24))
        pend(ctx, "{cname} төрагалык кылуучу судья {judge:short}, сот отурумунун катчысы "
              "{sec:short}" + extra + " катышуусунда, {city}, [[lookalike|" + court[6].split(",")[0]
              + "]]" + court[6][len(court[6].split(",")[0]):] + " дарегинде жайгашкан сот имаратында ачык сот отурумунда карап чыгып, ",
              cname=cname, judge=judge, sec=sec, city=Kept(court[4], "place"))
    else:
        write(ctx, "Дело № {cn}\n{title}\nИМЕНЕМ КЫРГЫЗСКОЙ РЕСПУБЛИКИ\n{ad}{pad}{city}\n\n",
              cn=cn, title=title, ad=ad, city=city, pad=" " * r.randint(6, 24))
        street = court[5].split(",")[0]
        pend(ctx, "{cname} в составе председательствующего судьи {judge:short:gen}, при "
              "секретаре судебного заседания {sec:short:pre}" + extra + ", рассмотрев в открытом "
              "судебном заседании в помещении суда по адресу: {city}, [[lookalike|" + street
              + "]]" + court[5][len(street):] + ", ",
              cname=cname, judge=judge, sec=sec, city=Kept(court[3], "place"))


def pend(ctx, template, **vars_):
    """Holds the composition line until the family's next write, which brings the
    participants the line names (prosecutor, advocate, representative...)."""
    ctx.pending = (template, vars_)


def signature(ctx, judge, extra_judges=()):
    if ctx.lang == "ky":
        write(ctx, "\n\nТөрагалык кылуучу судья" + " " * ctx.rng.randint(8, 30) + "{j:short}\n",
              j=judge)
    else:
        write(ctx, "\n\nПредседательствующий судья" + " " * ctx.rng.randint(8, 30) + "{j:short}\n",
              j=judge)


def new_officials(ctx, *roles, judge_sex=None):
    out = []
    for role in roles:
        p = ctx.official(role, sex=judge_sex if role == "judge" else None,
                         people=ctx.rng.choice(["kyrgyz", "kyrgyz", "kyrgyz", "russian",
                                                "uzbek", "tatar", "kazakh"]))
        p.ini_style = "std"
        out.append(p)
    return out


def statute(text):
    return Kept(text, "statute")


def org(text):
    return Kept(text, "organization")


def body(text):
    return Kept(text, "state_body")


def amount(text):
    return Kept(text, "amount")


def look(text):
    return Kept(text, "lookalike")


def rand_date(ctx, y0=2022, y1=2025):
    r = ctx.rng
    return (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def case_number(ctx, prefix):
    r = ctx.rng
    return f"{prefix}-{r.randint(100, 2999)}/{r.randint(22, 25)}" + r.choice(["", "", " ГД", "-с"] if prefix == "2" else [""])


INSURERS = ["ЗАО «Страховая компания «Айыл Иншуранс»", "ОАО «Кыргызинстрах Плюс»",
            "ЗАО «Жаны Кепилдик»", "ОсОО «Ишеним Камсыздандыруу»"]
BANKS = ["ОАО «Тоо-Кредит Банк»", "ЗАО «Ала-Тоо Финанс Банк»", "ОАО «Береке Капитал Банк»",
         "ЗАО «Нур Инвест Банк»"]
