"""More civil, offence and higher-instance families of heldout7."""
import datetime as dt

import names as N
import world as W
from common import (setup, header, composition, signature, appeal_note, court_address, lookalike,
                    person, official, later, born, pass_frag, court_gen, court_nom, court_dat)
from core import seg, rand_date, ru_date, ky_date
from fam_civ import party_ru, party_ky, closing, g, K


# ------------------------------------------------------------------------------------------
def ruling_appeal_child_residence(act):
    r = act.r
    setup(act, "appeal", "ruling", "civil", rand_date(r, 2023, 2025))
    act.panel_what_ru, act.panel_what_ky = "гражданским делам", "жарандык иштер"
    L = act.lang == "ru"
    fa = person(act, "plaintiff", female=False)
    mo = person(act, "respondent", female=True)
    kids = [person(act, "third_party").child_of(fa) for _ in range(r.randint(1, 2))]
    gm = person(act, "witness", female=True).share_surname(fa, True)
    spec, psy = official(act, "specialist", female=True), official(act, "expert", female=False)
    adv = official(act, "advocate")
    lower = r.choice([c for c in W.COURTS if W.appeal_for(c) == act.court])
    lj = official(act, "judge")
    ld = rand_date(r, act.date.year - 1, act.date.year - 1)
    faddr, maddr = W.address(act), W.address(act)
    mph = W.phone(act)
    kb = [rand_date(r, 2012, 2020) for _ in kids]
    header(act, "АПЕЛЛЯЦИОННОЕ ОПРЕДЕЛЕНИЕ", "АПЕЛЛЯЦИЯЛЫК АНЫКТАМА", "2", suffix=" (" + ("ГД" if L else "ЖИ") + ")")
    if L:
        composition(act, ", с участием адвоката {adv}, специалиста органа опеки {sp}", adv=adv("init", "gen"),
                    sp=spec("init", "gen"))
        act.p("рассмотрев в открытом судебном заседании по докладу судьи {j} гражданское дело по апелляционной жалобе "
              "{m} на решение {lc} от {ld} по иску {f} к {m2} об определении места жительства детей,",
              j=act.judges[1]("init", "gen"), m=mo("full", "gen"), lc=court_gen(act, lower),
              ld=K(ru_date(ld), "act_date"), f=fa("full", "gen"), m2=later(act, mo, "dat"))
        act.p("У С Т А Н О В И Л А:")
        kidtxt = []
        for k, b in zip(kids, kb):
            kidtxt += k("full", "gen") + seg(", ") + born(act, k, b, "short") + seg(", ")
        act.p("Решением суда первой инстанции (судья {lj}) место жительства несовершеннолетн{x} {kids}определено с "
              "отцом по адресу: {fa}.", lj=lj("init"), x="их" if len(kids) > 1 else g(kids[0], "его", "ей"),
              kids=kidtxt, fa=faddr)
        act.p("В жалобе {m} (адрес: {ma}, тел. {mph}) просит отменить решение, указывая, что {k} привязан{e} к "
              "матери, а бабушка детей {gm} настраивает их против неё.", m=later(act, mo), ma=maddr, mph=mph,
              k=kids[0]("given"), e=g(kids[0], "", "а"), gm=gm("full"))
        act.p("Психолог {p} в заключении указал, что дет{x} одинаково привязан{y} к обоим родителям; специалист {sp} "
              "подтвердила удовлетворительные условия в доме {f}.", p=psy("init"), x="и" if len(kids) > 1 else "ь",
              y="ы" if len(kids) > 1 else "", sp=spec("init_first"), f=later(act, fa, "gen"))
        lookalike(act)
        act.p("Руководствуясь ст. 338 ГПК КР, судебная коллегия")
        act.p("О П Р Е Д Е Л И Л А:")
        act.p("Решение {lc} от {ld} по иску {f} оставить без изменения, апелляционную жалобу {m} — без "
              "удовлетворения.", lc=court_gen(act, lower), ld=K(ru_date(ld), "act_date"), f=fa("upper_sur", "gen"),
              m=later(act, mo, "gen"))
    else:
        composition(act, ", адвокат {adv}, камкордук органынын адиси {sp}", adv=adv("init"), sp=spec("init"))
        act.p("ачык соттук отурумда судья {j} баяндамасы боюнча {m} {lc} {ld} чечимине берген апелляциялык "
              "даттануусу боюнча {f} {m2} карата балдардын жашаган жерин аныктоо жөнүндө жарандык ишти карап чыгып,",
              j=act.judges[1]("init", "gen"), m=mo("full", "gen"), lc=court_gen(act, lower),
              ld=K(ky_date(ld, "attr"), "act_date"), f=fa("full", "gen"), m2=later(act, mo, "dat"))
        act.p("А Н Ы К Т А Д Ы:")
        kidtxt = []
        for k, b in zip(kids, kb):
            kidtxt += k("full") + seg(", ") + born(act, k, b) + seg(", ")
        act.p("Биринчи инстанциядагы соттун чечими менен (судья {lj}) жашы жете элек {kids}жашаган жери атасы менен "
              "бирге {fa} дареги боюнча аныкталган.", lj=lj("init"), kids=kidtxt, fa=faddr)
        act.p("Даттанууда {m} (дареги: {ma}, тел. {mph}) чечимди жокко чыгарууну суранып, {k} энесине байланып "
              "калганын, балдардын чоң энеси {gm} аларды ага каршы койгонун көрсөтөт.", m=later(act, mo), ma=maddr,
              mph=mph, k=kids[0]("given"), gm=gm("full"))
        act.p("Психолог {p} корутундусунда балдар ата-энесинин экөөнө тең бирдей байланганын көрсөткөн; адис {sp} "
              "{f} үйүндөгү шарттар канааттандырарлык экенин ырастады.", p=psy("init"), sp=spec("init_first"),
              f=later(act, fa, "gen"))
        lookalike(act)
        act.p("КР ЖПКнын 338-беренесин жетекчиликке алып, соттук коллегия")
        act.p("А Н Ы К Т А Д Ы:")
        act.p("{lc} {f} доосу боюнча {ld} чечими өзгөрүүсүз калтырылсын, {m} апелляциялык даттануусу "
              "канааттандырылбасын.", lc=court_gen(act, lower), f=fa("upper_sur", "gen"),
              ld=K(ky_date(ld, "attr"), "act_date"), m=later(act, mo, "gen"))
    appeal_note(act)
    signature(act)


# ------------------------------------------------------------------------------------------
def decision_privatization(act):
    r = act.r
    setup(act, "first", "decision", "administrative", rand_date(r, 2023, 2025),
          courts=lambda code: code.startswith("bishkek"))
    L = act.lang == "ru"
    act.own_ru, act.own_ky = "Решение", "Чечимге"
    pl = person(act, "plaintiff")
    sp = person(act, "plaintiff", female=not pl.female).share_surname(pl, not pl.female)
    kid = person(act, "third_party")
    kid.child_of(pl if not pl.female else sp)
    rep = official(act, "official", female=False)
    flat = W.address(act, kind=r.choice(["city", "mkr"]))
    pc = W.prop_code(act)
    od = rand_date(r, 1995, 2010)
    bd = rand_date(r, 1965, 1985)
    ph = W.phone(act)
    body_ru = "Муниципальное предприятие «Бишкекжилкомхоз» мэрии города Бишкек"
    body_ru_g = "Департаменту муниципальной собственности мэрии города Бишкек"
    body_ky = "Бишкек шаарынын мэриясынын Муниципалдык менчик департаментине"
    header(act, "РЕШЕНИЕ", "ЧЕЧИМ", "3")
    if L:
        composition(act, ", с участием представителя ответчика {rep}, действующего по доверенности",
                    rep=rep("init", "gen"))
        act.p("рассмотрев в открытом судебном заседании административное дело по иску {a} и {b} к {o} о признании "
              "незаконным отказа в приватизации жилого помещения,", a=pl("full", "gen"), b=sp("full", "gen"),
              o=K(body_ru_g, "state_body"))
        act.p("УСТАНОВИЛ:")
        act.p("{pt} и {s} с {od} проживают в квартире по адресу: {fl}, предоставленной по ордеру {bo}.",
              pt=party_ru(act, pl, "Истец", "Истица", bd=bd, ph=ph, em=W.email(act, pl)), s=sp("full"), od=K(ru_date(od), "act_date"),
              fl=flat, bo=K("Муниципального предприятия «Бишкекжилкомхоз»", "state_body"))
        act.p("Вместе с ними зарегистрирован{x} {k}, {kb}. В {y} году ответчик отказал в приватизации, сославшись на "
              "отсутствие в архиве корешка ордера.", x=g(kid, "", "а"), k=kid("full"),
              kb=born(act, kid, rand_date(r, 2002, 2012)), y=str(act.date.year - 1))
        act.p("Представитель ответчика {rep} пояснил, что квартира с кодом {pc} числится в реестре муниципальной "
              "собственности.", rep=rep("init_first"), pc=pc)
        lookalike(act)
        act.p("Руководствуясь {st}, суд", st=K("ст.ст. 127, 128 Административно-процессуального кодекса КР", "statute"))
        act.p("РЕШИЛ:")
        act.p("Иск удовлетворить. Обязать ответчика заключить с {a}, {b} и {k} договор о передаче в собственность "
              "квартиры с кодом {pc}.", a=pl("upper", "ins"), b=later(act, sp, "ins"), k=later(act, kid, "ins"), pc=pc)
    else:
        composition(act, ", жоопкердин ишеним кат боюнча өкүлү {rep}", rep=rep("init"))
        act.p("ачык соттук отурумда {a} жана {b} {o} карата турак жайды менчиктештирүүдөн баш тартууну мыйзамсыз деп "
              "табуу жөнүндө доо арызы боюнча административдик ишти карап чыгып,", a=pl("full", "gen"),
              b=sp("full", "gen"), o=K(body_ky, "state_body"))
        act.p("АНЫКТАДЫ:")
        act.p("{pt} жана {s} {od} бери {bo} ордери боюнча берилген {fl} дарегиндеги батирде жашашат.",
              pt=party_ky(act, pl, "Доогер", bd=bd, ph=ph, em=W.email(act, pl)), s=sp("full"), od=K(ky_date(od, "poss") + "нан", "act_date"),
              bo=K("«Бишкекжилкомхоз» муниципалдык ишканасынын", "state_body"), fl=flat)
        act.p("Алар менен бирге {k}, {kb}, катталган. {y}-жылы жоопкер архивде ордердин түбү жок деп менчиктештирүүдөн "
              "баш тарткан.", k=kid("full"), kb=born(act, kid, rand_date(r, 2002, 2012)), y=str(act.date.year - 1))
        act.p("Жоопкердин өкүлү {rep} коду {pc} батир муниципалдык менчиктин реестринде турарын түшүндүрдү.",
              rep=rep("init_first"), pc=pc)
        lookalike(act)
        act.p("{st} жетекчиликке алып, сот", st=K("КР Административдик-процесстик кодексинин 127, 128-беренелерин", "statute"))
        act.p("ЧЕЧТИ:")
        act.p("Доо канааттандырылсын. Жоопкерге {a}, {b} жана {k} менен коду {pc} батирди менчикке өткөрүп берүү "
              "келишимин түзүү милдети жүктөлсүн.", a=pl("upper"), b=later(act, sp), k=later(act, kid), pc=pc)
    closing(act)


# ------------------------------------------------------------------------------------------
def resolution_illegal_taxi(act):
    r = act.r
    setup(act, "first", "resolution", "misdemeanor", rand_date(r, 2023, 2025),
          courts=lambda code: code.startswith("bishkek") or code.startswith("chui"))
    L = act.lang == "ru"
    dr = person(act, "defendant", female=False)
    own = person(act, "third_party", female=r.random() < 0.3).sibling_of(dr)
    kz = r.random() < 0.5
    pas = person(act, "witness", people="kazakh" if kz else "russian")
    insp = official(act, "official", female=False)
    pl = W.plate(act, r.choice(["new", "cyr", "glued", "new"]))
    pl2 = W.plate(act, r.choice(["old", "old_cyr"]))
    addr = W.address(act)
    dph = W.phone(act)
    pph = W.phone(act, foreign="kz" if kz else "ru")
    pps = W.passport(act, "kazakh")[1] if kz else W.russian_passport(act)
    bd = rand_date(r, 1965, 2000)
    ev = act.date - dt.timedelta(days=r.randint(10, 40))
    amt, _ = W.amount(r, 5000, 20000, act.lang, 1000)
    fare, _ = W.amount(r, 1200, 3500, act.lang, 100)
    manas = K("аэропорта «Манас»" if L else "«Манас» аэропортунун", "organization")
    agency = K("Государственного агентства автомобильного транспорта" if L else
               "Автомобиль транспорту боюнча мамлекеттик агенттиктин", "state_body")
    header(act, "ПОСТАНОВЛЕНИЕ", "ТОКТОМ", "5")
    if L:
        composition(act, ", с участием лица, привлекаемого к ответственности, {d}, инспектора {ag} {i}",
                    d=later(act, dr, "gen"), ag=agency, i=insp("init", "gen"))
        act.p("рассмотрев дело о правонарушении, предусмотренном {st}, в отношении {d}, {b}, ПИН {pin}, "
              "проживающего по адресу: {a}, тел. {ph},", st=K("ст. 272 Кодекса Кыргызской Республики о правонарушениях",
                                                              "statute"), d=dr("full", "gen"),
              b=born(act, dr, bd, case="gen"), pin=W.pin(act, dr, bd), a=addr, ph=dph)
        act.p("УСТАНОВИЛ:")
        act.p("{ev} на привокзальной площади {m} инспектор {i} остановил автомобиль «Toyota Alphard» с "
              "государственным номером {p}, которым управлял {d}, осуществлявший перевозку пассажира за плату "
              "без лицензии и без регистрации в качестве перевозчика.", ev=K(ru_date(ev), "act_date"), m=manas,
              i=insp("init"), p=W.plate_seg(pl), d=later(act, dr))
        act.p("Автомобиль принадлежит {rel} водителя {o}; ранее он имел номер {p2}.",
              rel=g(own, "брату", "сестре"), o=own("full", "dat"), p2=W.plate_seg(pl2))
        act.p(g(pas, "Пассажир", "Пассажирка") + " {ps} (паспорт {pps}, тел. {pph}) " + g(pas, "пояснил", "пояснила")
              + ", что " + g(pas, "договорился", "договорилась") + " о поездке до города Бишкек "
              "за {fare} с водителем, который подошёл к " + g(pas, "нему", "ней") + " в зале прилёта.", ps=pas("full"), pps=pps, pph=pph,
              fare=fare)
        act.p("{d} вину признал, пояснил, что машину {p} взял у {o} на время.", d=later(act, dr),
              p=W.plate_seg(pl, pl[0].replace(" ", "") if " " in pl[0] else None), o=later(act, own, "gen"))
        lookalike(act)
        act.p("Руководствуясь ст. 510 Кодекса Кыргызской Республики о правонарушениях, суд")
        act.p("ПОСТАНОВИЛ:")
        act.p("{d} признать виновным в совершении правонарушения, предусмотренного {st}, и наложить взыскание в "
              "виде штрафа в размере {amt}.", d=dr("upper"), st=K("ст. 272 Кодекса о правонарушениях", "statute"),
              amt=amt)
    else:
        composition(act, ", жоопкерчиликке тартылып жаткан {d}, {ag} инспектору {i}",
                    d=later(act, dr), ag=agency, i=insp("init"))
        act.p("{st} каралган укук бузуу жөнүндө {d}, {b}, ЖИН {pin}, {a} дарегинде жашаган, тел. {ph}, карата "
              "ишти карап чыгып,", st=K("Кыргыз Республикасынын Укук бузуулар жөнүндө кодексинин 272-беренесинде",
                                        "statute"), d=dr("full", "dat"), b=born(act, dr, bd),
              pin=W.pin(act, dr, bd), a=addr, ph=dph)
        act.p("АНЫКТАДЫ:")
        act.p("{ev} {m} алдындагы аянтта инспектор {i} {p} мамлекеттик номериндеги «Toyota Alphard» автоунаасын "
              "токтоткон, аны лицензиясыз жана ташуучу катары катталбастан акы алып жүргүнчү ташыган {d} айдап "
              "келген.", ev=K(ky_date(ev, "loc"), "act_date"), m=manas, i=insp("init"), p=W.plate_seg(pl),
              d=later(act, dr))
        act.p("Автоунаа айдоочунун {rel} {o} таандык; мурда анын номери {p2} болгон.",
              rel=g(own, "агасы", "эжеси"), o=own("full", "dat"), p2=W.plate_seg(pl2))
        act.p("Жүргүнчү {ps} (паспорту {pps}, тел. {pph}) келүү залында жанына келген айдоочу менен Бишкек "
              "шаарына чейин {fare} баруу боюнча макулдашканын түшүндүрдү.", ps=pas("full"), pps=pps, pph=pph,
              fare=fare)
        act.p("{d} күнөөсүн мойнуна алып, {p} автоунаасын {o} убактылуу алганын айтты.", d=later(act, dr),
              p=W.plate_seg(pl, pl[0].replace(" ", "") if " " in pl[0] else None), o=later(act, own, "abl"))
        lookalike(act)
        act.p("Кыргыз Республикасынын Укук бузуулар жөнүндө кодексинин 510-беренесин жетекчиликке алып, сот")
        act.p("ТОКТОМ КЫЛДЫ:")
        act.p("{d} {st} каралган укук бузууну жасоого күнөөлүү деп таанылсын жана ага {amt} өлчөмүндө айып пул "
              "салынсын.", d=dr("upper"), st=K("Укук бузуулар жөнүндө кодекстин 272-беренесинде", "statute"),
              amt=amt)
    closing(act)


# ------------------------------------------------------------------------------------------
SCHOOLS = [("средняя школа № {n} имени {p}", "{p} атындагы № {n} орто мектеби"),
           ("гимназия № {n} имени {p}", "{p} атындагы № {n} гимназиясы")]
SCHOOL_PERSONS = [("Т. Сатылганова", "Т. Сатылганов"), ("А. Осмонова", "А. Осмонов"), ("Ч. Айтматова", "Ч. Айтматов"),
                  ("К. Тыныстанова", "К. Тыныстанов"), ("Ж. Баласагына", "Ж. Баласагын")]


def resolution_cassation_teacher(act):
    r = act.r
    setup(act, "cassation", "resolution", "civil", rand_date(r, 2023, 2025))
    act.panel_what_ru, act.panel_what_ky = "гражданским делам", "жарандык иштер"
    L = act.lang == "ru"
    t = person(act, "plaintiff", female=r.random() < 0.7)
    dirr = person(act, "representative")
    col = person(act, "witness")
    adv = official(act, "advocate")
    c1 = r.choice(W.COURTS)
    c2 = W.appeal_for(c1)
    j1, j2 = official(act, "judge"), official(act, "judge")
    d1 = rand_date(r, act.date.year - 1, act.date.year - 1)
    d2 = d1.replace(month=min(12, d1.month + 2)) if d1.month <= 10 else d1
    sch, sp = r.choice(SCHOOLS), r.choice(SCHOOL_PERSONS)
    n = str(r.randint(2, 95))
    school_ru = sch[0].format(n=n, p=sp[0])
    school_ky = sch[1].format(n=n, p=sp[1])
    card = W.card(act)
    ph = W.phone(act)
    addr = W.address(act)
    bd = rand_date(r, 1970, 1995)
    ud = K("районному отделу образования" if L else "райондук билим берүү бөлүмүнө", "state_body")
    header(act, "ПОСТАНОВЛЕНИЕ", "ТОКТОМ", "06", suffix=" ГД" if L else " ЖИ")
    if L:
        composition(act, ", с участием {x} {t}, адвоката {adv}", x=g(t, "истца", "истицы"), t=later(act, t, "gen"),
                    adv=adv("init", "gen"))
        act.p("рассмотрела в открытом судебном заседании по докладу судьи {j} кассационную жалобу представителя {s} "
              "{d} на решение {c1} от {d1} и определение {c2} от {d2} по делу по иску {t} к {s2} и {ud} о "
              "восстановлении на работе и взыскании заработной платы за время вынужденного прогула.",
              j=act.judges[2]("init", "gen"), s=K(school_ru.replace("средняя школа", "средней школы")
                                                .replace("гимназия", "гимназии"), "organization"), d=dirr("full", "gen"),
              c1=court_gen(act, c1), d1=K(ru_date(d1), "act_date"), c2=court_gen(act, c2),
              d2=K(ru_date(d2), "act_date"), t=t("full", "gen"), s2=K(school_ru.replace("средняя школа", "средней школе")
                                                                      .replace("гимназия", "гимназии"), "organization"), ud=ud)
        act.p("У С Т А Н О В И Л А:")
        act.p("{pt} работала учителем математики; приказом директора от {d} уволена за прогул.".replace(
            "работала", g(t, "работал", "работала")).replace("уволена", g(t, "уволен", "уволена")),
            pt=party_ru(act, t, "Истец", "Истица", bd=bd, addr=addr, ph=ph), d=K(ru_date(rand_date(r, d1.year - 1, d1.year - 1)), "act_date"))
        act.p("Решением суда первой инстанции (судья {a}), оставленным без изменения апелляционной инстанцией "
              "(докладчик {b}), иск удовлетворён: {t} восстановлен{e} в должности, заработная плата за прогул "
              "взыскана с перечислением на карту {c}.", a=j1("init"), b=j2("init_first"), t=later(act, t),
              e=g(t, "", "а"), c=card)
        act.p("Коллега " + g(t, "истца", "истицы") + " {w} подтвердил{e}, что в дни «прогула» {t} по заданию завуча находил{s} на олимпиаде в "
              "г. Нарын.", w=col("full"), e=g(col, "", "а"), t=later(act, t), s=g(t, "ся", "ась"))
        act.p("Доводы жалобы директора {d} о том, что истец не предоставил приказ о командировке, были предметом "
              "проверки судов и обоснованно отклонены.", d=later(act, dirr, "gen"))
        lookalike(act)
        act.p("Руководствуясь ст. 355 ГПК КР, судебная коллегия")
        act.p("П О С Т А Н О В И Л А:")
        act.p("Решение {c1} от {d1} и определение {c2} от {d2} по делу по иску {t} оставить без изменения, "
              "кассационную жалобу — без удовлетворения.", c1=court_gen(act, c1), d1=K(ru_date(d1), "act_date"),
              c2=court_gen(act, c2), d2=K(ru_date(d2), "act_date"), t=t("upper", "gen"))
    else:
        composition(act, ", доогер {t}, адвокат {adv}", t=later(act, t), adv=adv("init"))
        act.p("ачык соттук отурумда судья {j} баяндамасы боюнча {s} директору {d} {c1} {d1} чечимине жана {c2} {d2} "
              "аныктамасына берген кассациялык даттануусун {t} {s2} жана {ud} карата жумушка кайра орноштуруу "
              "жөнүндө иш боюнча карап чыгып,", j=act.judges[2]("init", "gen"), s=K(N.ky_poss(school_ky, "gen"), "organization"),
              d=dirr("full", "gen"), c1=court_gen(act, c1), d1=K(ky_date(d1, "attr"), "act_date"),
              c2=court_gen(act, c2), d2=K(ky_date(d2, "attr"), "act_date"), t=t("full", "gen"),
              s2=K(N.ky_poss(school_ky, "dat"), "organization"), ud=ud)
        act.p("А Н Ы К Т А Д Ы:")
        act.p("{pt} математика мугалими болуп иштеген; директордун {d} буйругу менен сабактан калганы үчүн жумуштан "
              "бошотулган.", pt=party_ky(act, t, "Доогер", bd=bd, addr=addr, ph=ph),
              d=K(ky_date(rand_date(r, d1.year - 1, d1.year - 1), "attr"), "act_date"))
        act.p("Биринчи инстанциядагы соттун чечими менен (судья {a}), апелляциялык инстанция өзгөрүүсүз калтырган "
              "(баяндамачы {b}), доо канааттандырылган: {t} кызматына кайра орноштурулган, айлык акы {c} картасына "
              "которулсун деп өндүрүлгөн.", a=j1("init"), b=j2("init_first"), t=later(act, t), c=card)
        act.p("Доогердин кесиптеши {w} «сабактан калган» күндөрү {t} окуу бөлүмүнүн башчысынын тапшырмасы боюнча "
              "Нарын шаарындагы олимпиадада болгонун ырастады.", w=col("full"), t=later(act, t))
        act.p("Директор {d} даттануусундагы жүйөлөр соттор тарабынан текшерилип, негиздүү четке кагылган.",
              d=later(act, dirr, "gen"))
        lookalike(act)
        act.p("КР ЖПКнын 355-беренесин жетекчиликке алып, соттук коллегия")
        act.p("Т О К Т О М   К Ы Л Д Ы:")
        act.p("{t} доосу боюнча {c1} {d1} чечими жана {c2} {d2} аныктамасы өзгөрүүсүз калтырылсын, кассациялык "
              "даттануу канааттандырылбасын.", t=t("upper", "gen"), c1=court_gen(act, c1),
              d1=K(ky_date(d1, "attr"), "act_date"), c2=court_gen(act, c2), d2=K(ky_date(d2, "attr"), "act_date"))
    appeal_note(act)
    signature(act)


# ------------------------------------------------------------------------------------------
def decision_crop_damage(act):
    r = act.r
    setup(act, "first", "decision", "civil", rand_date(r, 2023, 2025),
          courts=lambda code: not code.startswith("bishkek") and code != "osh-city")
    L = act.lang == "ru"
    act.own_ru, act.own_ky = "Решение", "Чечимге"
    pl = person(act, "plaintiff", people="kyrgyz")
    rs = person(act, "respondent", people=r.choice(["kyrgyz", "kyrgyz", "uzbek", "dungan", "kazakh"]), female=False)
    herd = person(act, "third_party", female=False).child_of(rs)
    com = official(act, "official")
    vet = official(act, "specialist")
    plot = W.prop_code(act, plot=True)
    paddr, raddr = W.address(act, kind="village"), W.address(act, kind="village")
    amt, _ = W.amount(r, 20000, 180000, act.lang, 500)
    ph1, ph2 = W.phone(act), W.phone(act)
    ev = rand_date(r, act.date.year - 1, act.date.year - 1)
    acc = W.account(act)
    header(act, "РЕШЕНИЕ", "ЧЕЧИМ", "2")
    ao = r.choice(W.AO)
    if L:
        composition(act, "")
        act.p("рассмотрев в открытом судебном заседании гражданское дело по иску {p} к {r} о возмещении ущерба, "
              "причинённого потравой посевов,", p=pl("full", "gen"), r=rs("full", "dat"))
        act.p("УСТАНОВИЛ:")
        act.p("{pt} является арендатором земельного участка с кодом {pl}, засеянного пшеницей.",
              pt=party_ru(act, pl, "Истец", "Истица", addr=paddr, ph=ph1), pl=plot)
        act.p("{ev} стадо крупного рогатого скота, принадлежащее {r} (проживает: {ra}, тел. {ph}), которое пас его "
              "сын {h}, зашло на участок и уничтожило посевы.", ev=K(ru_date(ev), "act_date"),
              r=later(act, rs, "dat"), ra=raddr, ph=ph2, h=herd("full"))
        act.p("Комиссия {ao} в составе члена комиссии {c} и ветеринарного специалиста {v} составила акт, согласно "
              "которому ущерб составил {amt}.", ao=K(f"{ao} айыл окмоту", "state_body"), c=com("init", "gen"),
              v=vet("init", "gen"), amt=amt)
        act.p("Ответчик {r} пояснил, что {h} не справился со стадом, ущерб готов возместить частично.",
              r=later(act, rs), h=herd("given"))
        lookalike(act)
        act.p("Руководствуясь ст. 993 ГК КР, ст.ст. 198–200 ГПК КР, суд")
        act.p("РЕШИЛ:")
        act.p("Взыскать с {r} в пользу {p} {amt} с перечислением на счёт {a}.", r=rs("upper", "gen"),
              p=later(act, pl, "gen"), amt=amt, a=acc)
    else:
        composition(act, "")
        act.p("ачык соттук отурумда {p} {r} карата эгинди мал жеп кеткендиктен келтирилген зыянды өндүрүү жөнүндө "
              "доо арызы боюнча жарандык ишти карап чыгып,", p=pl("full", "gen"), r=rs("full", "dat"))
        act.p("АНЫКТАДЫ:")
        act.p("{pt} буудай себилген коду {pl} жер участогунун ижарачысы.",
              pt=party_ky(act, pl, "Доогер", addr=paddr, ph=ph1), pl=plot)
        act.p("{ev} {r} (дареги: {ra}, тел. {ph}) таандык, анын уулу {h} баккан бодо мал участокко кирип, эгинди "
              "жок кылган.", ev=K(ky_date(ev, "loc"), "act_date"), r=later(act, rs, "dat"), ra=raddr, ph=ph2,
              h=herd("full"))
        act.p("{ao} комиссиясы комиссиянын мүчөсү {c} жана ветеринардык адис {v} курамында акт түзүп, зыян {amt} "
              "деп аныкталган.", ao=K(f"{ao} айыл өкмөтүнүн", "state_body"), c=com("init"), v=vet("init"), amt=amt)
        act.p("Жоопкер {r} {h} малды башкара албай калганын, зыяндын бир бөлүгүн төлөөгө даяр экенин түшүндүрдү.",
              r=later(act, rs), h=herd("given"))
        lookalike(act)
        act.p("КР Жарандык кодексинин 993-беренесин, КР ЖПКнын 198–200-беренелерин жетекчиликке алып, сот")
        act.p("ЧЕЧТИ:")
        act.p("{r} {p} пайдасына {amt} өндүрүлүп, {a} эсебине которулсун.", r=rs("upper", "abl"),
              p=later(act, pl, "gen"), amt=amt, a=acc)
    closing(act)
