"""The ten template families of the held-out set. Each family function fills a Doc and
returns the act's public metadata."""

import datetime as dt

from doc import Doc
from world import APPEAL, BANKS, BANKS_KY, COURTS, SUPREME, ky_date, ru_date

LOOK_RU = [
    "Стороны выразили {L:надежду} на скорое исполнение решения.",
    "Суд не усматривает оснований ставить под сомнение показания, данные на {L:веру}.",
    "Свидетель пояснил, что соседи жили в {L:мире} и согласии.",
    "На участке росли кусты {L:розы} и смородины.",
    "Подсудимый заявил, что действовал ради {L:славы} среди знакомых.",
]
LOOK_KY = [
    "Тараптар маселе тез чечилет деген {L:үмүттө} экенин билдиришти.",
    "Күбө кошуналар {L:ынтымакта} жашашканын айтты.",
    "Доогер жер тилкесинде {L:бакыт} издеп эмгектенгенин белгиледи.",
    "Жер тилкесинде {L:жибек} куурайы жана алма дарактары өсөт.",
]


def rdate(ctx, y0=2022, y1=2025):
    r = ctx.rng
    return dt.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def before(ctx, d, lo, hi):
    return d - dt.timedelta(days=ctx.rng.randint(lo, hi))


def court(ctx, key, c):
    ctx.kept(key, "court", {"n": c[1], "g": c[2], "ky": c[3], "kyg": c[4]})


def date_k(ctx, d, kind="act_date"):
    return "{K:%s:%s}" % (kind, ru_date(d) if ctx.lang == "ru" else ky_date(d))


def kd(d, form="dagy"):
    return ky_date(d, form)


def panel(ctx, n=3):
    js = []
    for i in range(n):
        ctx.official(f"J{i + 1}", "judge")
        js.append(ctx.objs[f"J{i + 1}"].render("si_n"))
    return js


def meta(ctx, c, case_no, kind, cat, inst, d, judges):
    return {"act_id": ctx.id, "revision": 1,
            "court": {"code": c[0], "name": c[1] if ctx.lang == "ru" else c[3]},
            "case_number": case_no, "kind": kind, "case_category": cat, "instance": inst,
            "decision_date": d.isoformat(), "judges": judges, "language": ctx.lang}


def caseno(ctx, prefix):
    r = ctx.rng
    return r.choice([f"{prefix}-{r.randint(10, 2999)}/{r.randint(22, 25)}",
                     f"{prefix}-{r.randint(10, 999):05d}/{r.randint(22, 25)}.Б{r.randint(1, 4)}",
                     f"{r.randint(1, 9)}-{r.randint(100, 999)}/{r.randint(22, 25)}"])


# ------------------------------------------------------------------ 1 cassation
def cassation_crim(ctx):
    r = ctx.rng
    court(ctx, "SC", SUPREME)
    c1 = r.choice(COURTS)
    c2 = r.choice(APPEAL)
    court(ctx, "C1", c1)
    court(ctx, "C2", c2)
    judges = panel(ctx)
    ctx.official("S", "secretary")
    ctx.official("PR", "prosecutor")
    ctx.official("AD", "advocate")
    for i in range(1, 5):
        ctx.official(f"LJ{i}", "judge")
    ctx.person("D", "defendant", g=r.choice("mmmf"))
    ctx.person("V", "victim", g="f")
    # a witness whose surname is also the street of the events ("ул. Ибраимова")
    ctx.person("W1", "witness", g="m", people="ky", sur="Ибраимов" if r.random() < 0.6 else None)
    ctx.person("W2", "witness", g="f", people=r.choice(["ru", "ky"]),
               given=r.choice(["Роза", "Надежда", "Айгуль", "Вера", "Жибек"]))
    ctx.birth("BD", ctx.objs["D"])
    ctx.address("A1")
    d = rdate(ctx)
    d1 = before(ctx, d, 200, 400)
    d2 = before(ctx, d, 60, 150)
    dev = before(ctx, d1, 100, 300)
    no = caseno(ctx, "УД")
    st = r.choice([("ч. 2 ст. 205 УК КР", "Кылмыш-жаза кодексинин 205-беренесинин 2-бөлүгү", "кражу"),
                   ("п. 1 ч. 2 ст. 208 УК КР", "Кылмыш-жаза кодексинин 208-беренесинин 2-бөлүгүнүн 1-пункту", "грабеж")])
    doc = Doc(ctx.objs)
    dd = ctx.objs["D"].g == "m"
    if ctx.lang == "ru":
        doc.w("Дело № {K:case_number:%s}\nП О С Т А Н О В Л Е Н И Е\nВЕРХОВНОГО СУДА КЫРГЫЗСКОЙ РЕСПУБЛИКИ\n" % no)
        doc.w(date_k(ctx, d) + " {K:place:г. Бишкек}\n")
        doc.w("Судебная коллегия по уголовным делам и делам о проступках {SC.g} в составе:\n"
              "председательствующего {J1.si_g},\nсудей {J2.si_g}, {J3.sis_g},\nпри секретаре {S.si1_p},\n"
              "с участием прокурора {PR.si1_g}, адвоката {AD.rs_g}, осужденн%s {D.fio_g} (путем видеоконференцсвязи),\n" % ("ого" if dd else "ой"))
        doc.w("рассмотрела в открытом судебном заседании уголовное дело по кассационной жалобе адвоката {AD.is_g} "
              "в интересах осужденн%s {D.si_g} на приговор {C1.g} от %s и определение судебной коллегии по уголовным делам {C2.g} от %s.\n"
              % ("ого" if dd else "ой", ru_date(d1), ru_date(d2)))
        doc.w("Приговором {C1.g} от %s\n{D.FIO_n}, {BD.dmy} г.р., уроженец %s, гражданин Кыргызской Республики, %s, "
              "проживающ%s по адресу: {A1.ru}, ранее не судим%s, —\nосужден%s по {K:statute:%s} к 4 годам лишения свободы.\n"
              % (ru_date(d1), r.choice(["г. Ош", "с. Кочкор", "г. Талас", "Узбекской ССР"]),
                 r.choice(["холост", "женат, имеет двоих детей", "не работающий"]) if dd else r.choice(["не замужем", "имеющая ребенка"]),
                 "ий" if dd else "ая", "" if dd else "а", "" if dd else "а", st[0]))
        doc.w("(Судья {LJ1.i1s0_n})\n")
        doc.w("Определением судебной коллегии по уголовным делам {C2.g} от %s приговор оставлен без изменения.\n" % ru_date(d2))
        doc.w("(Председательствующий {LJ2.si_n}, судьи: {LJ3.sis_n}, {LJ4.si_n} - докладчик)\n")
        doc.w("Заслушав доклад судьи {J2.is_g}, выступление адвоката {AD.sur_g}, поддержавшего жалобу, мнение прокурора {PR.sur_g}, "
              "полагавшего судебные акты оставить без изменения, судебная коллегия\nу с т а н о в и л а:\n")
        doc.w("{D.sur_n} признан%s виновн%s в том, что %s, примерно в 19 часов, находясь на пересечении {L:проспекта Чуй} и {L:ул. Тоголок Молдо}, "
              "совершил%s %s сотового телефона у потерпевшей {V.ini_g}, стоимостью 18 500 сомов.\n"
              % ("" if dd else "а", "ым" if dd else "ой", ru_date(dev), "" if dd else "а", st[2]))
        doc.w("Потерпевшая {V.fio_n} в суде показала, что телефон был у нее в руке. Свидетель {W1.rs_n} подтвердил эти показания, "
              "а свидетель {W2.io_n} пояснила, что видела, как {D.is_n} убегал%s в сторону {L:ул. Ибраимова}.\n" % ("" if dd else "а"))
        doc.w(r.choice(LOOK_RU) + "\n")
        doc.w("В кассационной жалобе адвокат {AD.sur_n} просит приговор изменить, указывая, что {D.sur_n} вину признал%s, ущерб возместил%s, "
              "а потерпевшая {V.sur_n} претензий к не%s не имеет.\n" % ("" if dd else "а", "" if dd else "а", "му" if dd else "й"))
        doc.w("Проверив материалы дела, обсудив доводы жалобы, судебная коллегия находит, что вывод суда о виновности {D.rs_g} "
              "подтверждается показаниями потерпевшей {V.sur_g}, свидетелей {W1.sur_g}, {W2.fi_g}, протоколом осмотра места происшествия "
              "и заключением эксперта. Действия {D.sur_g} правильно квалифицированы по {K:statute:%s}.\n" % st[0])
        doc.w("Вместе с тем суд не учел, что {D.si_n} воспитывался без родителей, и коллегия считает возможным смягчить наказание. "
              "Руководствуясь {K:statute:ст. 441 УПК КР}, судебная коллегия\nп о с т а н о в и л а:\n")
        doc.w("Приговор {C1.g} от %s и определение {C2.g} от %s в отношении {D.FIO_g} изменить: "
              "назначить {D.SI_d} наказание в виде 3 лет лишения свободы. В остальной части приговор оставить без изменения.\n"
              "Кассационную жалобу адвоката {AD.si_g} удовлетворить частично.\nПостановление окончательное и обжалованию не подлежит.\n"
              % (ru_date(d1), ru_date(d2)))
        doc.w("Председательствующий {J1.i1s_n}\nСудьи: {J2.i1s_n}\n{J3.i1s_n}\n")
    else:
        doc.w("Иш № {K:case_number:%s}\nКЫРГЫЗ РЕСПУБЛИКАСЫНЫН ЖОГОРКУ СОТУНУН\nТОКТОМУ\n" % no)
        doc.w(date_k(ctx, d) + " {K:place:Бишкек шаары}\n")
        doc.w("{SC.ky} кылмыш иштери жана жоруктар боюнча соттук коллегиясы төмөнкү курамда:\n"
              "төрагалык кылуучу {J1.si_n},\nсудьялар {J2.si_n}, {J3.sis_n},\nсот отурумунун катчысы {S.si1_n},\n"
              "прокурор {PR.si1_n},\nадвокат {AD.si_n} катышуусу менен, адвокат {AD.kis_gen} кассациялык даттануусу боюнча соттолгон {D.kfio_gen} "
              "кылмыш ишин ачык сот отурумунда карап чыгып,\nт а п т ы:\n")
        doc.w("{C1.kyg} %s өкүмү менен\n{D.FIO_n}, {BD.ky} туулган, {A1.ky} дарегинде жашаган, мурда соттолбогон,\n"
              "{K:statute:Кыргыз Республикасынын %s} менен күнөөлүү деп табылып, 4 жылга эркинен ажыратылган.\n" % (kd(d1), st[1]))
        doc.w("(Судья {LJ1.i1s0_n})\n")
        doc.w("{C2.kyg} кылмыш иштери боюнча соттук коллегиясынын %s аныктамасы менен өкүм өзгөртүүсүз калтырылган.\n" % kd(d2))
        doc.w("(Төрагалык кылуучу {LJ2.si_n}, судьялар: {LJ3.sis_n}, {LJ4.si_n} - баяндамачы)\n")
        doc.w("Өкүм боюнча {D.ksur_n} %s саат 19:00 чамасында {L:Чүй проспектиси} менен {L:Тоголок Молдо көчөсүнүн} кесилишинде "
              "жабырлануучу {V.kfio_gen} 18 500 сом турган уюлдук телефонун тартып алып качып кеткен.\n" % kd(dev, "loc"))
        doc.w("Жабырлануучу {V.ksur_n} сотто телефон колунда болгонун айтты. Күбө {W1.kis_n} бул көрсөтмөнү ырастаган, ал эми күбө {W2.knm_n} "
              "{D.kis_acc} {L:Ибраимов көчөсүн} көздөй качып баратканда көргөнүн билдирген.\n")
        doc.w(r.choice(LOOK_KY) + "\n")
        doc.w("Адвокат {AD.kis_n} кассациялык даттанууда {D.kis_gen} күнөөсүн мойнуна алганын, зыянды толук төлөгөнүн көрсөтүп, "
              "{D.ksur_dat} карата жазаны жеңилдетүүнү сурайт.\nПрокурор {PR.kis_n} соттук актыларды өзгөртүүсүз калтырууну сурады.\n")
        doc.w("Соттук коллегия {D.kfi_gen} күнөөсү жабырлануучу {V.ksur_gen}, күбөлөр {W1.ksur_gen}, {W2.kfi_gen} көрсөтмөлөрү, "
              "окуя болгон жерди кароо протоколу жана эксперттин корутундусу менен далилденген деп эсептейт. "
              "Ошол эле учурда соттор {D.kis_gen} ата-энесиз чоңойгонун эске алышкан эмес.\n"
              "{K:statute:Кыргыз Республикасынын Кылмыш-жаза процесстик кодексинин 441-беренесин} жетекчиликке алып, соттук коллегия\n"
              "т о к т о м   к ы л д ы:\n")
        doc.w("{C1.kyg} %s {D.FIO_n} жөнүндөгү өкүмү өзгөртүлсүн: {D.ksur_dat} 3 жылга эркинен ажыратуу жазасы дайындалсын.\n"
              "Адвокат {AD.kis_gen} кассациялык даттануусу жарым-жартылай канааттандырылсын.\nТоктом акыркы, даттанууга жатпайт.\n" % kd(d1))
        doc.w("Төрагалык кылуучу {J1.i1s_n}\nСудьялар: {J2.i1s_n}\n{J3.i1s_n}\n")
    return doc, meta(ctx, SUPREME, no, "resolution", "criminal", "cassation", d, judges)


# ------------------------------------------------------------------ 2 land dispute
def land_dispute(ctx):
    r = ctx.rng
    c = r.choice(COURTS)
    court(ctx, "C", c)
    judges = panel(ctx, 1)
    ctx.official("S", "secretary")
    ctx.official("AO", "official")  # head of the aiyl okmotu / land commission
    ctx.person("PL", "plaintiff", people="ky")
    ctx.person("RE", "respondent", people=r.choice(["ky", "ky", "uz", "dun"]))
    ctx.person("RW", "third_party", g="f" if ctx.objs["RE"].g == "m" else "m", same_as=ctx.objs["RE"])
    ctx.person("RP", "representative")
    ctx.person("W1", "witness", people="ky")
    ctx.person("W2", "witness", g="m", people="ky", given=r.choice(["Бакыт", "Тынчтык", "Урмат", "Эркин"]) if "Эркин" not in ctx.used_given else "Бакыт")
    ctx.address("A1", city=False)
    ctx.address("A2", city=False)
    ctx.prop("LP", land=True)
    ctx.phone("PH")
    ctx.pin("PIN1", ctx.objs["PL"])
    d = rdate(ctx)
    d0 = before(ctx, d, 300, 900)
    no = caseno(ctx, "ГД")
    ao = r.choice([("Күн-Туу айыл өкмөтү", "Кун-Тууйский айыл окмоту"), ("Ак-Жар айыл өкмөтү", "Ак-Жарский айыл окмоту")])
    ctx.kept("AOK", "state_body", {"ky": ao[0], "ru": ao[1]})
    doc = Doc(ctx.objs)
    pm = ctx.objs["PL"].g == "m"
    if ctx.lang == "ky":
        doc.w("Иш № {K:case_number:%s}\nКЫРГЫЗ РЕСПУБЛИКАСЫНЫН АТЫНАН\nЧ Е Ч И М\n" % no)
        doc.w(date_k(ctx, d) + " {K:place:%s}\n" % c[6])
        doc.w("{C.ky} төмөнкү курамда: төрагалык кылуучу судья {J1.si_n}, сот отурумунун катчысы {S.si_n}, "
              "доогер {PL.fio_n}, жоопкер {RE.fio_n}, жоопкердин өкүлү {RP.rs_n} (ишеним кат боюнча) катышуусу менен, "
              "доогер {PL.kfio_gen} жоопкер {RE.kfio_dat} карата жер тилкесинин чек арасын калыбына келтирүү жана тоскоолдукту жоюу "
              "жөнүндөгү доо арызы боюнча жарандык ишти ачык сот отурумунда карап чыгып,\nТ А П Т Ы:\n")
        doc.w("Доогер {PL.kis_n} ({K:state_body:ЖИН} {PIN1.n}, {A1.ky} дарегинде жашайт, тел.: {PH.n}) сотко кайрылып, "
              "ага {AOK.ky} башчысынын %s токтому менен {LP.n} идентификациялык коддуу 0,12 га жер тилкеси берилгенин, "
              "ал эми кошунасы {RE.kis_n} ({A2.ky}) %s жазында тилкенин чек арасынан 2,5 метр ичкери кирип тосмо салганын көрсөткөн.\n"
              % (kd(d0), kd(before(ctx, d, 90, 200), "poss")[:4] + "-жылы"))
        doc.w("Сот отурумунда доогер {PL.ksur_n} доону толугу менен колдоп, тосмону алып салууну жана 30 000 сом моралдык зыянды "
              "{RE.kis_abl} өндүрүүнү сурады.\n")
        doc.w("Жоопкер {RE.kfio_n} доону тааныган жок. Анын айтымында, тосмону анын %s {RW.kfi_n} 2009-жылы эле салган, "
              "ошондон бери {PL.kis_n} эч кандай доо койгон эмес. Жоопкердин өкүлү {RP.ksur_n} доону канааттандыруудан баш тартууну сурады.\n"
              % ("жубайы" if ctx.objs["RE"].g == "m" else "күйөөсү"))
        doc.w("Күбө {W1.kfio_n} сотто {RE.ksur_gen} тосмосу мурдагы арыктын ордунда турганын көрсөттү. "
              "Күбө {W2.kfio_n} болсо тосмо 2019-жылы жаңыртылганын, муну {RW.kis_n} өзү айтканын билдирди. Кийин {W2.knm_n} бул сөзүн кайра ырастады.\n")
        doc.w("{AOK.ky} жер комиссиясынын төрагасы {AO.kis_n} сотко берген маалыматында (орус тилинде) мындай деп жазылган: "
              "«Комиссией в составе {AO.si_g} и землеустроителя выявлено, что ограждение гражданина {RE.si_g} "
              "смещено на 2,4 м в сторону участка гражданки %s {PL.si_g}».\n" % ("" if not pm else "") if not pm else
              "{AOK.ky} жер комиссиясынын төрагасы {AO.kis_n} сотко берген маалыматында (орус тилинде) мындай деп жазылган: "
              "«Комиссией в составе {AO.si_g} и землеустроителя выявлено, что ограждение {RE.si_g} смещено на 2,4 м в сторону участка {PL.fio_g}».\n")
        doc.w(r.choice(LOOK_KY) + "\n")
        doc.w("Сот иштин материалдарын изилдеп, {K:statute:Кыргыз Республикасынын Жер кодексинин 27-беренесине} жана "
              "{K:statute:Жарандык кодексинин 11-беренесине} ылайык, {PL.kis_gen} укугу бузулганын аныктады. "
              "Моралдык зыян жагы далилденген жок.\n{K:statute:КР ЖПКнын 200-203-беренелерин} жетекчиликке алып, сот\n"
              "Ч Е Ч Т И:\n")
        doc.w("{PL.KFIO_gen} доо арызы жарым-жартылай канааттандырылсын.\n{RE.KFIO_acc} {LP.n} коддуу жер тилкесинин чек арасындагы "
              "тосмону өз эсебинен алып салууга милдеттендирилсин.\nМоралдык зыянды өндүрүү талабы канааттандырылбасын.\n"
              "Чечимге бир айдын ичинде {K:court:%s} аркылуу апелляциялык даттануу берилиши мүмкүн.\nСудья {J1.si_n}\n" % APPEAL[0][3])
    else:
        doc.w("Дело № {K:case_number:%s}\nР Е Ш Е Н И Е\nИМЕНЕМ КЫРГЫЗСКОЙ РЕСПУБЛИКИ\n" % no)
        doc.w(date_k(ctx, d) + " {K:place:%s}\n" % c[5])
        doc.w("{C.n} в составе председательствующего судьи {J1.si_g}, при секретаре {S.si_p}, с участием истца {PL.fio_g}, "
              "ответчика {RE.fio_g}, его представителя {RP.rs_g}, рассмотрев в открытом судебном заседании гражданское дело по иску "
              "{PL.si_g} к {RE.si_d} об устранении препятствий в пользовании земельным участком,\nУСТАНОВИЛ:\n")
        doc.w("Истец {PL.sur_n} (ПИН {PIN1.sp}, проживающ%s: {A1.ru}, тел. {PH.n}) указал%s, что постановлением главы {AOK.ru} от %s "
              "ему предоставлен земельный участок с кодом {LP.n}, а сосед {RE.rs_n}, проживающий по адресу: {A2.ru}, возвел забор, захватив 2,5 м.\n"
              % ("ий" if pm else "ая", "" if pm else "а", ru_date(d0)))
        doc.w("Ответчик {RE.sur_n} иск не признал и пояснил, что забор поставил%s е%s %s {RW.fi_n} еще в 2009 году. "
              "Свидетель {W1.fio_n} показал%s, что забор стоит на месте старого арыка, а свидетель {W2.nm_n} {W2.sur_n} "
              "сообщил, что со слов {RW.sur_g} забор обновлялся в 2019 году.\n"
              % ("а" if ctx.objs["RW"].g == "f" else "", "го" if ctx.objs["RE"].g == "m" else "е",
                 "супруга" if ctx.objs["RE"].g == "m" else "супруг", "" if ctx.objs["W1"].g == "m" else "а"))
        doc.w("Из акта земельной комиссии, подписанного ее председателем {AO.si_i}, следует, что ограждение смещено на 2,4 м.\n")
        doc.w(r.choice(LOOK_RU) + "\n")
        doc.w("Руководствуясь {K:statute:ст.ст. 200-203 ГПК КР} и {K:statute:ст. 27 Земельного кодекса КР}, суд\nРЕШИЛ:\n")
        doc.w("Иск {PL.FIO_g} удовлетворить частично. Обязать {RE.FIO_a} демонтировать забор на границе участка {LP.n}.\n"
              "Решение может быть обжаловано в {K:court:%s} в течение месяца.\nСудья {J1.si_n}\n" % APPEAL[1][1])
    return doc, meta(ctx, c, no, "decision", "civil", "first", d, judges)


# ------------------------------------------------------------------ 3 family / alimony
def family_alimony(ctx):
    r = ctx.rng
    c = r.choice(COURTS)
    court(ctx, "C", c)
    judges = panel(ctx, 1)
    ctx.official("S", "secretary")
    ctx.official("PR", "prosecutor")
    ctx.person("W", "plaintiff", g="f")
    ctx.person("H", "respondent", g="m", people=ctx.objs["W"].people if r.random() < 0.6 else None)
    hs = ctx.objs["H"]
    ctx.person("K1", "third_party", g="m", same_as=hs, rel="child")
    ctx.person("K2", "third_party", g="f", same_as=hs, rel="child")
    ctx.person("GM", "witness", g="f", same_as=hs, rel="parent", given=r.choice(["Роза", "Любовь", "Салтанат", "Жибек"]))
    ctx.person("W2", "witness", g="f", given=r.choice(["Надежда", "Вера", "Айгуль", "Мээрим"]))
    for k in ("W", "H"):
        ctx.birth("B" + k, ctx.objs[k], 1980, 1996)
    ctx.birth("BK1", ctx.objs["K1"], 2010, 2016)
    ctx.birth("BK2", ctx.objs["K2"], 2016, 2021)
    ctx.address("A1", city=True)
    ctx.address("A2")
    ctx.passport("PW")
    ctx.pin("PINH", hs)
    ctx.phone("PH")
    d = rdate(ctx)
    no = caseno(ctx, "ГД")
    zags = r.choice([("Бишкек шаарынын ЖАКК бөлүмү", "отделом ЗАГС г. Бишкек"),
                     ("Ош шаарынын ЖАКК бөлүмү", "отделом ЗАГС г. Ош")])
    doc = Doc(ctx.objs)
    if ctx.lang == "ru":
        doc.w("Дело № {K:case_number:%s}\nРЕШЕНИЕ\nИменем Кыргызской Республики\n" % no + date_k(ctx, d) + " {K:place:%s}\n" % c[5])
        doc.w("{C.n} ({K:place:%s}) в составе: председательствующего судьи {J1.rs_g}, при секретаре судебного заседания {S.si_p}, " % c[7][0] +
              "с участием помощника прокурора {PR.si_g}, истицы {W.fi_g}, ответчика {H.fi_g}, рассмотрев в открытом судебном заседании "
              "гражданское дело по иску {W.fio_g} к {H.fio_d} о расторжении брака, определении места жительства детей и взыскании алиментов,\n"
              "У С Т А Н О В И Л:\n")
        doc.w("Истица {W.sur_n}, {BW.dmy} г.р., паспорт {PW.n}, проживающая по адресу: {A1.ru}, тел. {PH.n}, обратилась в суд, указав, что "
              "с ответчиком {H.rs_i}, %s рождения, ПИН {PINH.n}, состоит в браке, зарегистрированном %s в 2009 году. "
              "От брака имеют двоих детей: сына {K1.fi_a}, родившегося {BK1.long}, и дочь {K2.fi_a}, {BK2.dmy} г.р.\n"
              % ("{BH.year} года", zags[1]))
        doc.w("С 2022 года ответчик проживает отдельно по адресу: {A2.ru}, материальной помощи детям не оказывает. "
              "Истица просит расторгнуть брак, оставить детей с ней и взыскать с {H.sur_g} алименты.\n")
        doc.w("Ответчик {H.si_n} иск признал частично, пояснив, что готов платить алименты, но просит определить порядок общения с сыном {K1.nm_i}.\n")
        doc.w("Свидетель {GM.fio_n}, мать ответчика, показала, что внуки {K1.nm_n} и {K2.nm_n} часто гостят у нее, "
              "а сноха {W.nm_n} препятствует их встречам с отцом. Свидетель {W2.io_n}, соседка истицы, показала обратное.\n")
        doc.w(r.choice(LOOK_RU) + "\n")
        doc.w("Помощник прокурора {PR.sur_n} полагал%s иск подлежащим удовлетворению.\n" % ("" if ctx.objs["PR"].g == "m" else "а"))
        doc.w("Суд, выслушав стороны, допросив свидетелей {GM.is_a} и {W2.is_a}, исследовав материалы дела, руководствуясь "
              "{K:statute:ст. 21 Семейного кодекса КР}, {K:statute:ст. 81 Семейного кодекса КР} и {K:statute:ст.ст. 200-205 ГПК КР},\nР Е Ш И Л:\n")
        doc.w("Брак между {H.FIO_i} и {W.FIO_i} расторгнуть.\nМесто жительства несовершеннолетних {K1.fi_g} и {K2.fi_g} определить с матерью.\n"
              "Взыскать с {H.fio_g} в пользу {W.fio_g} алименты на содержание детей в размере 1/3 части всех видов заработка ежемесячно.\n"
              "Решение может быть обжаловано в {K:court:%s}.\nСудья {J1.si_n}\n" % APPEAL[r.randrange(4)][1])
    else:
        doc.w("Иш № {K:case_number:%s}\nКЫРГЫЗ РЕСПУБЛИКАСЫНЫН АТЫНАН\nЧ Е Ч И М\n" % no + date_k(ctx, d) + " {K:place:%s}\n" % c[6])
        doc.w("{C.ky}, төрагалык кылуучу судья {J1.si_n}, сот отурумунун катчысы {S.si_n}, прокурордун жардамчысы {PR.si_n}, "
              "доогер {W.fi_n}, жоопкер {H.fi_n} катышуусу менен, {W.kfio_gen} {H.kfio_dat} карата никени бузуу жана алимент өндүрүү "
              "жөнүндөгү доо арызы боюнча жарандык ишти карап чыгып,\nТ А П Т Ы:\n")
        doc.w("Доогер {W.ksur_n} ({BW.kyd} туулган, паспорту {PW.n}, {A1.ky} дарегинде жашайт, тел.: {PH.n}) жоопкер {H.kis_acc} менен "
              "2009-жылы %s катталган никеде турат. Никеден уулу {K1.kfi_n} ({BK1.ky} туулган) жана кызы {K2.kfi_n} ({BK2.ky} туулган) бар.\n"
              % zags[0])
        doc.w("Жоопкер {H.kfio_n} ({BH.ky} туулган, ЖИН {PINH.n}) 2022-жылдан бери {A2.ky} дарегинде өзүнчө жашайт жана балдарына жардам бербейт.\n")
        doc.w("Жоопкер {H.kis_n} доону жарым-жартылай таанып, уулу {K1.knm_gen} менен жолугушуу тартибин аныктоону сурады.\n")
        doc.w("Күбө {GM.kfio_n}, жоопкердин апасы, неберелери {K1.knm_n} менен {K2.knm_n} ага көп келип турарын, келини {W.knm_n} "
              "алардын атасы менен жолугушуусуна тоскоол болорун айтты. Күбө {W2.kfio_n} болсо тескерисин көрсөттү, {W2.knm_n} коңшу катары баарын көрүп турат.\n")
        doc.w(r.choice(LOOK_KY) + "\n")
        doc.w("Прокурордун жардамчысы {PR.kis_n} доону канааттандырууга жатат деп эсептеди.\n"
              "{K:statute:Кыргыз Республикасынын Үй-бүлө кодексинин 21, 81-беренелерин} жетекчиликке алып, сот\nЧ Е Ч Т И:\n")
        doc.w("{H.KFIO_n} менен {W.KFIO_gen} ортосундагы нике бузулсун.\nКичи жаштагы {K1.kfi_n} жана {K2.kfi_n} апасы менен калсын.\n"
              "{H.kfio_abl} {W.kfio_gen} пайдасына балдарды багууга алимент айлык кирешесинин 1/3 бөлүгү өлчөмүндө өндүрүлсүн.\n"
              "Судья {J1.si_n}\n")
    return doc, meta(ctx, c, no, "decision", "civil", "first", d, judges)


# ------------------------------------------------------------------ 4 labour
def labour(ctx):
    r = ctx.rng
    c = r.choice(COURTS)
    court(ctx, "C", c)
    judges = panel(ctx, 1)
    ctx.official("S", "secretary")
    ctx.official("PR", "prosecutor")
    ctx.official("INS", "official")  # labour inspector
    ctx.person("PL", "plaintiff")
    ctx.person("DIR", "representative", g="m")
    dr = ctx.objs["DIR"]
    ctx.person("RP", "representative")
    ctx.person("W1", "witness")
    ctx.person("W2", "witness")
    ctx.pin("PIN1", ctx.objs["PL"])
    ctx.address("A1")
    ctx.account("CARD", card=True)
    ctx.email("EM", ctx.objs["PL"])
    ctx.org_inn("INN")
    d = rdate(ctx)
    d0 = before(ctx, d, 100, 300)
    no = caseno(ctx, "ГД")
    # an organisation named after a person: its director has the same surname
    orgn = r.choice([f"«{dr.base_sur} и К»", f"«{dr.base_sur}-Строй»", f"«Торговый дом {dr.base_sur}а»"])
    ctx.kept("ORG", "organization", {"ru": f"ОсОО {orgn}", "ky": f"{orgn} ЖЧК", "n": f"ОсОО {orgn}"})
    ctx.kept("BANK", "organization", {"ru": r.choice(BANKS), "ky": r.choice(BANKS_KY)})
    doc = Doc(ctx.objs)
    pm = ctx.objs["PL"].g == "m"
    if ctx.lang == "ru":
        doc.w("Дело № {K:case_number:%s}\nРЕШЕНИЕ\nИМЕНЕМ КЫРГЫЗСКОЙ РЕСПУБЛИКИ\n" % no + date_k(ctx, d) + " {K:place:%s}\n" % c[5])
        doc.w("{C.n} (%s, {K:place:%s}) в составе судьи {J1.si_g}, при секретаре {S.si1_p}, с участием прокурора {PR.rs_g}, "
              "истца {PL.fio_g}, представителя ответчика {RP.fio_g} по доверенности, рассмотрел гражданское дело по иску "
              "{PL.si_g} к {ORG.ru} (ИНН {INN.n}) о восстановлении на работе и взыскании заработной платы за время вынужденного прогула,\nУСТАНОВИЛ:\n"
              % (c[5], c[7][0]))
        doc.w("{PL.fio_n} (ПИН {PIN1.n}, адрес: {A1.ru}, e-mail: {EM.n}) работал%s в {ORG.ru} менеджером с 2018 года. "
              "Приказом директора {DIR.si_g} от %s № 41-к %s уволен%s по {K:statute:п. 5 ч. 1 ст. 83 Трудового кодекса КР} за прогул.\n"
              % ("" if pm else "а", ru_date(d0), "он" if pm else "она", "" if pm else "а"))
        doc.w("Истец указывает, что в тот день находился в {L:больнице «Надежда»} с ребенком, о чем уведомил директора {DIR.fi_a} "
              "по телефону. Заработная плата перечислялась на карту {BANK.ru} № {CARD.n}.\n")
        doc.w("Представитель ответчика {RP.sur_n} иск не признал%s, пояснив, что {PL.sur_n} неоднократно опаздывал%s. "
              "Директор {DIR.sur_n} в суд не явился.\n" % ("" if ctx.objs["RP"].g == "m" else "а", "" if pm else "а"))
        doc.w("Свидетель {W1.fio_n}, бухгалтер {ORG.ru}, подтвердил%s, что приказ был подписан {DIR.is_i} задним числом. "
              "Свидетель {W2.rs_n} показал%s, что видел истца в больнице.\n"
              % ("" if ctx.objs["W1"].g == "m" else "а", "" if ctx.objs["W2"].g == "m" else "а"))
        doc.w("Государственный инспектор труда {INS.si_n} в письменном ответе сообщил, что проверка выявила нарушение порядка увольнения.\n")
        doc.w("Прокурор {PR.sur_n} дал%s заключение о восстановлении истца на работе.\n" % ("" if ctx.objs["PR"].g == "m" else "а"))
        doc.w(r.choice(LOOK_RU) + "\nРуководствуясь {K:statute:ст. 200 ГПК КР}, суд\nРЕШИЛ:\n")
        doc.w("Восстановить {PL.FIO_a} в должности менеджера {ORG.ru}. Взыскать с {ORG.ru} в пользу {PL.si_g} заработную плату "
              "за время вынужденного прогула в размере {K:amount:86 400 сомов}.\nРешение в части восстановления на работе подлежит немедленному исполнению.\n"
              "Судья {J1.i1s_n}\n")
    else:
        doc.w("Иш № {K:case_number:%s}\nЧ Е Ч И М\nКЫРГЫЗ РЕСПУБЛИКАСЫНЫН АТЫНАН\n" % no + date_k(ctx, d) + " {K:place:%s}\n" % c[6])
        doc.w("{C.ky} ({K:place:%s}) судья {J1.si_n}, сот отурумунун катчысы {S.si1_n}, прокурор {PR.si_n}, доогер {PL.fio_n}, "
              "жоопкердин ишеним кат боюнча өкүлү {RP.fio_n} катышуусу менен, {PL.kis_gen} {ORG.ky} (ИСН {INN.n}) карата ишке кайра "
              "орношуу жана аргасыз бош жүргөн убакыт үчүн эмгек акы өндүрүү жөнүндөгү доосу боюнча жарандык ишти карап,\nТ А П Т Ы:\n" % c[7][1])
        doc.w("{PL.kfio_n} (ЖИН {PIN1.n}, дареги: {A1.ky}, электрондук почтасы: {EM.n}) 2018-жылдан бери {ORG.ky} менеджер болуп иштеген. "
              "Директор {DIR.kis_gen} %s № 41-к буйругу менен {K:statute:Кыргыз Республикасынын Эмгек кодексинин 83-беренесинин 1-бөлүгүнүн 5-пункту} "
              "боюнча жумуштан бошотулган.\n" % kd(d0))
        doc.w("Доогер ошол күнү баласы менен ооруканада болгонун, бул тууралуу {DIR.ksur_dat} телефон аркылуу кабарлаганын айтты. "
              "Эмгек акысы {BANK.ky} № {CARD.n} картасына которулуп турган.\n")
        doc.w("Жоопкердин өкүлү {RP.ksur_n} доону тааныбай, {PL.ksur_n} бир нече жолу кечигип келгенин билдирди.\n")
        doc.w("Күбө {W1.kfio_n}, {ORG.ky} бухгалтери, буйрукка {DIR.kis_n} кийинчерээк кол койгонун ырастады. Күбө {W2.kis_n} доогерди ооруканада көргөнүн айтты.\n")
        doc.w("Эмгек боюнча мамлекеттик инспектор {INS.kis_n} текшерүүнүн жыйынтыгында бошотуу тартиби бузулганын жазып берген.\n")
        doc.w("Прокурор {PR.kis_n} доогерди ишке кайра орноштуруу керек деген корутунду берди.\n" + r.choice(LOOK_KY) + "\n")
        doc.w("{K:statute:КР ЖПКнын 200-беренесин} жетекчиликке алып, сот\nЧ Е Ч Т И:\n")
        doc.w("{PL.KFIO_n} {ORG.ky} менеджер кызматына кайра орноштурулсун. {ORG.ky} {PL.kis_gen} пайдасына {K:amount:86 400 сом} өндүрүлсүн.\n"
              "Судья {J1.i1s_n}\n")
    return doc, meta(ctx, c, no, "decision", "civil", "first", d, judges)


# ------------------------------------------------------------------ 5 administrative offence with a car
def admin_car(ctx):
    r = ctx.rng
    c = r.choice(COURTS)
    court(ctx, "C", c)
    judges = panel(ctx, 1)
    ctx.official("S", "secretary")
    ctx.official("INS", "official")  # patrol inspector
    ctx.official("TR", "official")   # interpreter
    ctx.person("D", "defendant", g="m")
    ctx.person("OW", "third_party")  # owner of the car
    ctx.person("W1", "witness")
    ctx.birth("BD", ctx.objs["D"], 1970, 2002)
    ctx.pin("PIN1", ctx.objs["D"])
    ctx.passport("PS")
    ctx.address("A1")
    ctx.plate("PL1")
    ctx.plate("PL2")
    ctx.phone("PH")
    d = rdate(ctx)
    ev = before(ctx, d, 10, 60)
    no = caseno(ctx, "АД")
    car = r.choice(["Toyota Camry", "Honda Fit", "Mercedes-Benz E 320", "Lexus RX 350", "Daewoo Matiz"])
    ctx.kept("GAI", "state_body", {"ru": "Управления патрульной милиции ГУВД г. Бишкек",
                                    "ky": "Бишкек шаардык ИИББнын Патрулдук милиция башкармалыгынын"})
    doc = Doc(ctx.objs)
    if ctx.lang == "ru":
        doc.w("Дело № {K:case_number:%s}\nП О С Т А Н О В Л Е Н И Е\nпо делу о нарушении\n" % no + date_k(ctx, d) + " {K:place:%s}\n" % c[5])
        doc.w("Судья {C.g} {J1.si_n}, при секретаре {S.si_p}, с участием переводчика {TR.rs_g}, рассмотрев материалы дела в отношении\n"
              "{D.FIO_g}, {BD.long}, уроженца г. Андижан, гражданина Республики Узбекистан, паспорт {PS.no}, ПИН {PIN1.sp}, "
              "проживающего: {A1.ru}, тел. {PH.n},\nпо {K:statute:ст. 153 Кодекса о правонарушениях КР},\nУСТАНОВИЛ:\n")
        doc.w("%s в 23 часа 40 минут {D.rs_n}, управляя автомашиной марки «%s» с государственным номерным знаком {PL1.n}, "
              "принадлежащей {OW.fio_d}, на {L:проспекте Чуй} возле дома № 120 совершил столкновение с автомашиной {PL2.n}, "
              "после чего оставил место происшествия.\n" % (ru_date(ev), car))
        doc.w("Инспектор {GAI.ru} {INS.rs_n} составил протокол и пояснил в суде, что водитель отказался от освидетельствования.\n")
        doc.w("{D.sur_n}, допрошенный с участием переводчика {TR.sur_g}, вину признал, пояснив, что машину ему дал%s {OW.io_n} {OW.sur_n}.\n"
              % ("" if ctx.objs["OW"].g == "m" else "а"))
        doc.w("Свидетель {W1.fio_n} показал%s, что видел%s, как автомашина {PL1.n} уехала в сторону {L:ул. Абдрахманова}.\n"
              % (("", "") if ctx.objs["W1"].g == "m" else ("а", "а")))
        doc.w("Руководствуясь {K:statute:ст.ст. 153, 510 Кодекса о правонарушениях КР}, судья\nПОСТАНОВИЛ:\n")
        doc.w("{D.FIO_a} признать виновным и лишить права управления транспортными средствами сроком на 1 год.\n"
              "Автомашину {PL1.n} возвратить собственнику {OW.si_d}.\nСудья {J1.si_n}\n")
    else:
        doc.w("Иш № {K:case_number:%s}\nТ О К Т О М\n" % no + date_k(ctx, d) + " {K:place:%s}\n" % c[6])
        doc.w("{C.kyg} судьясы {J1.si_n}, сот отурумунун катчысы {S.si_n}, котормочу {TR.si_n} катышуусу менен,\n"
              "{D.FIO_n}, {BD.ky} туулган, Өзбекстан Республикасынын жараны, паспорту {PS.no}, ЖИН {PIN1.sp}, {A1.ky} дарегинде жашаган, "
              "тел.: {PH.n}, {K:statute:Кыргыз Республикасынын Укук бузуулар жөнүндө кодексинин 153-беренеси} боюнча материалдарды карап,\nТ А П Т Ы:\n")
        doc.w("{D.kis_n} %s саат 23:40 чамасында {OW.kfio_gen} менчигиндеги «%s» маркасындагы {PL1.n} мамлекеттик номурлуу унааны айдап баратып, "
              "{L:Чүй проспектиси} боюнча {PL2.n} унаасы менен кагышып, окуя болгон жерден кетип калган.\n" % (kd(ev, "loc"), car))
        doc.w("{GAI.ky} инспектору {INS.kis_n} протокол түзүп, айдоочу текшерүүдөн баш тартканын айтты.\n")
        doc.w("{D.ksur_n} котормочу {TR.ksur_gen} жардамы менен күнөөсүн мойнуна алып, унааны ага {OW.kfi_n} бергенин билдирди.\n")
        doc.w("Күбө {W1.kfio_n} {PL1.n} унаасы {L:Абдрахманов көчөсүн} көздөй кеткенин көргөн.\n")
        doc.w("Жогоркулардын негизинде, судья\nТ О К Т О М   К Ы Л Д Ы:\n")
        doc.w("{D.KFIO_n} күнөөлүү деп табылсын жана 1 жылга унаа айдоо укугунан ажыратылсын.\n{PL1.n} унаасы ээси {OW.kis_dat} кайтарылсын.\nСудья {J1.si_n}\n")
    return doc, meta(ctx, c, no, "resolution", "misdemeanor", "first", d, judges)


# ------------------------------------------------------------------ 6 drugs, co-defendants
def drugs(ctx):
    r = ctx.rng
    c = r.choice(COURTS)
    court(ctx, "C", c)
    judges = panel(ctx, 1)
    ctx.official("S", "secretary")
    ctx.official("PR", "prosecutor")
    for i in (1, 2, 3):
        ctx.official(f"AD{i}", "advocate")
    ctx.official("EX", "official")  # forensic expert
    ctx.official("TR", "official")  # interpreter
    ctx.official("INV", "investigator")
    peoples = r.sample(["ky", "uz", "uy", "ru", "dun", "tj", "kz", "tm"], 3)
    for i in (1, 2, 3):
        ctx.person(f"D{i}", "defendant", g="m" if i < 3 else r.choice("mf"), people=peoples[i - 1], style="ru")
        ctx.birth(f"B{i}", ctx.objs[f"D{i}"], 1975, 2003)
        ctx.pin(f"PIN{i}", ctx.objs[f"D{i}"])
        ctx.address(f"A{i}")
    ctx.person("W1", "witness", g="m")
    ctx.person("W2", "witness", g="f", given=r.choice(["Надежда", "Роза", "Вера", "Любовь"]), people="ru")
    ctx.person("W3", "witness", g="m")
    ctx.plate("PL")
    ctx.phone("PH")
    d = rdate(ctx)
    ev = before(ctx, d, 100, 250)
    no = caseno(ctx, "УД")
    doc = Doc(ctx.objs)
    f3 = ctx.objs["D3"].g == "f"
    doc.w("Дело № {K:case_number:%s}\nП Р И Г О В О Р\nИМЕНЕМ КЫРГЫЗСКОЙ РЕСПУБЛИКИ\n" % no + date_k(ctx, d) + " {K:place:%s}\n" % c[5])
    doc.w("{C.n} в составе председательствующего {J1.si_g}, при секретаре {S.sis_p}, с участием государственного обвинителя {PR.rs_g}, "
          "защитников – адвокатов {AD1.si_g}, {AD2.si_g}, {AD3.is0_g}, переводчика {TR.si_g}, подсудимых {D1.fi_g}, {D2.fi_g}, {D3.fi_g}, "
          "рассмотрев в открытом судебном заседании уголовное дело в отношении:\n")
    doc.w("{D1.FIO_g}, {B1.dmy} г.р., ПИН {PIN1.n}, проживающего по адресу: {A1.ru}, ранее не судимого;\n")
    doc.w("{D2.FIO_g}, родившегося {B2.long} в г. Ош, ПИН {PIN2.sp}, зарегистрированного: {A2.ru}, ранее судимого {C.g} по {K:statute:ч. 1 ст. 284 УК КР};\n")
    doc.w("{D3.FIO_g}, {B3.year} года рождения, ПИН {PIN3.n}, проживающ%s: {A3.ru},\n" % ("ей" if f3 else "его"))
    doc.w("обвиняемых в совершении преступления, предусмотренного {K:statute:п. 1 ч. 2 ст. 283 УК КР},\nУСТАНОВИЛ:\n")
    doc.w("%s {D1.sur_n}, {D2.sur_n} и {D3.sur_n}, действуя группой лиц по предварительному сговору, на автомашине {PL.n} перевезли из "
          "Чуйской области в г. Бишкек 1 250 граммов наркотического средства гашиш, которое {D1.si_n} хранил в гараже.\n" % ru_date(ev))
    doc.w("Подсудимый {D1.rs_n} вину признал полностью и показал, что договаривался с {D2.si_i} по телефону {PH.n}.\n")
    doc.w("Подсудимый {D2.sur_n}, допрошенный с участием переводчика {TR.sur_g}, вину не признал. Подсуд%s {D3.sur_n} от показаний отказал%s.\n"
          % ("имая" if f3 else "имый", "ась" if f3 else "ся"))
    doc.w("Свидетель {W1.fio_n}, понятой, показал, что при досмотре автомашины у {D2.sur_g} обнаружен пакет. "
          "Свидетель {W2.fio_n} (второй понятой) подтвердила это, а свидетель {W3.si_n} сообщил, что {D3.is_n} просил%s его спрятать сумку.\n"
          % ("а" if f3 else ""))
    doc.w("Согласно заключению эксперта {EX.rs_g} изъятое вещество является гашишем массой 1 250 г. Следователь {INV.si_n} в суде подтвердил "
          "законность изъятия.\n" + r.choice(LOOK_RU) + "\n")
    doc.w("Государственный обвинитель {PR.sur_n} просил назначить {D1.sur_d} и {D2.sur_d} по 8 лет, а {D3.rs_d} – 6 лет лишения свободы. "
          "Адвокаты {AD1.sur_n}, {AD2.sur_n} и {AD3.sur_n} просили о снисхождении.\n")
    doc.w("Руководствуясь {K:statute:ст.ст. 317-322 УПК КР}, суд\nП Р И Г О В О Р И Л:\n")
    doc.w("{D1.Sio_a}, {D2.FIO_a}, {D3.FIO_a} признать виновными по {K:statute:п. 1 ч. 2 ст. 283 УК КР} и назначить наказание:\n"
          "{D1.SI_d} – 8 лет лишения свободы;\n{D2.SI_d} – 8 лет лишения свободы;\n{D3.SI_d} – 6 лет лишения свободы.\n"
          "Вещественные доказательства уничтожить, автомашину {PL.n} возвратить владельцу.\n"
          "Приговор может быть обжалован в {K:court:%s}.\nПредседательствующий {J1.si_n}\n" % APPEAL[0][1])
    return doc, meta(ctx, c, no, "verdict", "criminal", "first", d, judges)


# ------------------------------------------------------------------ 7 fraud with cards and phones
def fraud(ctx):
    r = ctx.rng
    c = r.choice(COURTS)
    court(ctx, "C", c)
    judges = panel(ctx, 1)
    ctx.official("S", "secretary")
    ctx.official("PR", "prosecutor")
    ctx.official("AD", "advocate")
    ctx.person("D", "defendant")
    ctx.person("V1", "victim")
    ctx.person("V2", "victim")
    ctx.person("W1", "witness", same_as=ctx.objs["D"], rel="sibling", g="f" if ctx.objs["D"].g == "m" else "m")
    ctx.birth("BD", ctx.objs["D"], 1985, 2004)
    ctx.pin("PIN1", ctx.objs["D"])
    ctx.passport("PS")
    ctx.address("A1")
    ctx.address("A2")
    for k in ("PH1", "PH2", "PH3"):
        ctx.phone(k)
    ctx.email("EM", ctx.objs["D"])
    ctx.account("C1", card=True)
    ctx.account("C2", card=True)
    ctx.account("AC", card=False)
    bank = r.randrange(3)
    ctx.kept("BANK", "organization", {"ru": BANKS[bank], "ky": BANKS_KY[bank]})
    ctx.org_inn("BINN")
    d = rdate(ctx)
    ev = before(ctx, d, 100, 250)
    no = caseno(ctx, "УД")
    dm = ctx.objs["D"].g == "m"
    doc = Doc(ctx.objs)
    if ctx.lang == "ru":
        doc.w("Дело № {K:case_number:%s}\nПРИГОВОР\nИменем Кыргызской Республики\n" % no + date_k(ctx, d) + " {K:place:%s}\n" % c[5])
        doc.w("{C.n} в составе: председательствующего – судьи {J1.si_g}, при секретаре {S.si_p}, с участием прокурора {PR.rs_g}, "
              "адвоката {AD.si_g}, потерпевших {V1.fi_g}, {V2.fi_g}, рассмотрев уголовное дело по обвинению\n"
              "{D.fio_g}, {BD.dmy} г.р., уроженц%s г. Бишкек, паспорт {PS.n}, ПИН {PIN1.n}, проживающ%s по адресу: {A1.ru}, тел. {PH1.n}, "
              "e-mail: {EM.n},\nв совершении преступления, предусмотренного {K:statute:ч. 2 ст. 209 УК КР},\nУСТАНОВИЛ:\n"
              % ("а" if dm else "ки", "его" if dm else "ей"))
        doc.w("%s {D.sur_n}, разместив в социальной сети объявление о продаже телефона, получил%s от {V1.fio_g}, проживающего "
              "по адресу: {A2.ru}, предоплату 45 000 сомов на банковскую карту {BANK.ru} № {C1.n}, после чего перестал%s отвечать на звонки с номера {PH2.n}.\n"
              % (ru_date(ev), "" if dm else "а", "" if dm else "а"))
        doc.w("Кроме того, {D.rs_n}, представившись сотрудником банка, позвонил%s {V2.fio_d} на номер {PH3.n} и узнал%s код из SMS, "
              "после чего перевел%s с карты потерпевше%s № {C2.n} 67 300 сомов на счет {AC.n}, открытый на имя {W1.fio_g}.\n"
              % ("" if dm else "а", "" if dm else "а", "" if dm else "ла", "й" if ctx.objs["V2"].g == "f" else "го"))
        doc.w("Потерпевш%s {V1.rs_n} показал%s, что переписывался с продавцом через адрес {EM.n}. "
              "Свидетель {W1.fi_n}, %s подсудим%s, показал%s, что передал%s свою карту {D.nm_d} по просьбе.\n"
              % ("ий" if ctx.objs["V1"].g == "m" else "ая", "" if ctx.objs["V1"].g == "m" else "а",
                 "брат" if ctx.objs["W1"].g == "m" else "сестра", "ой" if not dm else "ого",
                 "" if ctx.objs["W1"].g == "m" else "а", "" if ctx.objs["W1"].g == "m" else "а"))
        doc.w("Согласно ответу {BANK.ru} (ИНН {BINN.n}) поступления на счет {AC.n} составили 67 300 сомов.\n" + r.choice(LOOK_RU) + "\n")
        doc.w("Подсудим%s {D.si_n} вину признал%s. Руководствуясь {K:statute:ст.ст. 317-322 УПК КР}, суд\nПРИГОВОРИЛ:\n"
              % ("ый" if dm else "ая", "" if dm else "а"))
        doc.w("{D.FIO_a} признать виновн%s по {K:statute:ч. 2 ст. 209 УК КР} и назначить 3 года лишения свободы условно.\n"
              "Взыскать с {D.si_g} в пользу {V1.si_g} 45 000 сомов, в пользу {V2.is_g} 67 300 сомов.\nСудья {J1.si_n}\n" % ("ым" if dm else "ой"))
    else:
        doc.w("Иш № {K:case_number:%s}\nӨ К Ү М\nКЫРГЫЗ РЕСПУБЛИКАСЫНЫН АТЫНАН\n" % no + date_k(ctx, d) + " {K:place:%s}\n" % c[6])
        doc.w("{C.ky} төрагалык кылуучу судья {J1.si_n}, катчы {S.si_n}, прокурор {PR.si_n}, адвокат {AD.si_n}, жабырлануучулар {V1.fi_n}, "
              "{V2.fi_n} катышуусу менен,\n{D.fio_n}, {BD.ky} туулган, паспорту {PS.n}, ЖИН {PIN1.n}, {A1.ky} дарегинде жашаган, тел.: {PH1.n}, "
              "электрондук почтасы {EM.n}, {K:statute:Кыргыз Республикасынын Кылмыш-жаза кодексинин 209-беренесинин 2-бөлүгү} менен айыпталган "
              "кылмыш ишин карап,\nТ А П Т Ы:\n")
        doc.w("{D.ksur_n} %s социалдык тармакка телефон сатуу тууралуу жарнама жайгаштырып, {A2.ky} дарегинде жашаган {V1.kfio_abl} "
              "{BANK.ky} № {C1.n} картасына 45 000 сом алдын ала төлөм алып, андан кийин {PH2.n} номуруна жооп бербей калган.\n" % kd(ev, "loc"))
        doc.w("Андан тышкары, {D.kis_n} банктын кызматкери болуп {V2.kfio_dat} {PH3.n} номуруна чалып, SMS-коддун жардамы менен "
              "жабырлануучунун № {C2.n} картасынан 67 300 сомду {W1.kfio_gen} атына ачылган {AC.n} эсебине которгон.\n")
        doc.w("Жабырлануучу {V1.kis_n} сатуучу менен {EM.n} дареги аркылуу жазышканын айтты. Күбө {W1.kfi_n} картасын {D.knm_dat} "
              "өзү бергенин көрсөттү.\n{BANK.ky} (ИСН {BINN.n}) маалыматы боюнча {AC.n} эсебине 67 300 сом түшкөн.\n" + r.choice(LOOK_KY) + "\n")
        doc.w("Соттолуучу {D.kis_n} күнөөсүн толук мойнуна алды. {K:statute:КР КЖПКнын 317-322-беренелерин} жетекчиликке алып, сот\nӨ К Ү М   К Ы Л Д Ы:\n")
        doc.w("{D.KFIO_n} {K:statute:КР КЖКнын 209-беренесинин 2-бөлүгү} боюнча күнөөлүү деп табылсын жана шарттуу түрдө 3 жылга эркинен ажыратылсын.\n"
              "{D.kis_abl} {V1.kis_gen} пайдасына 45 000 сом, {V2.kis_gen} пайдасына 67 300 сом өндүрүлсүн.\nСудья {J1.si_n}\n")
    return doc, meta(ctx, c, no, "verdict", "criminal", "first", d, judges)


# ------------------------------------------------------------------ 8 inheritance with a notary
def inheritance(ctx):
    r = ctx.rng
    c = r.choice(COURTS)
    court(ctx, "C", c)
    judges = panel(ctx, 1)
    ctx.official("S", "secretary")
    ctx.official("NOT", "official")  # notary
    ctx.person("DEC", "third_party", g="m")
    dec = ctx.objs["DEC"]
    ctx.person("H1", "plaintiff", g="f", same_as=dec)   # the widow
    ctx.person("H2", "plaintiff", g="m", same_as=dec, rel="child")   # the son
    ctx.person("H3", "respondent", g="f", same_as=dec, rel="child")  # the daughter
    ctx.person("RP", "representative")
    for k in ("H1", "H2", "H3"):
        ctx.pin("PIN" + k, ctx.objs[k])
    ctx.birth("BDEC", dec, 1940, 1965)
    ctx.address("A1", city=False)
    ctx.address("A2", city=True)
    ctx.prop("PR1")
    ctx.passport("PS")
    d = rdate(ctx)
    dd = before(ctx, d, 400, 900)
    no = caseno(ctx, "ГД")
    ctx.kept("NOF", "organization", {"ru": "нотариальная контора № 3 г. Бишкек (ул. Исанова, 42)",
                                      "ky": "Бишкек шаарынын № 3 нотариалдык кеңсеси (Исанов көчөсү, 42)"})
    ctx.kept("GR", "state_body", {"ru": "Государственное агентство по земельным ресурсам, кадастру и регистрации прав на недвижимое имущество",
                                   "ky": "Жер ресурстары, кадастр жана кыймылсыз мүлккө укуктарды каттоо боюнча мамлекеттик агенттик"})
    doc = Doc(ctx.objs)
    if ctx.lang == "ru":
        doc.w("Дело № {K:case_number:%s}\nР Е Ш Е Н И Е\nИменем Кыргызской Республики\n" % no + date_k(ctx, d) + " {K:place:%s}\n" % c[5])
        doc.w("{C.n} под председательством судьи {J1.si_g}, при секретаре {S.si_p}, с участием истцов {H1.fi_g}, {H2.fi_g}, "
              "представителя ответчика {RP.rs_g}, рассмотрев гражданское дело по иску {H1.fio_g} и {H2.fio_g} к {H3.fio_d} "
              "о признании права собственности в порядке наследования,\nУСТАНОВИЛ:\n")
        doc.w("%s умер {DEC.fio_n}, {BDEC.dmy} г.р., проживавший по адресу: {A1.ru}. После его смерти открылось наследство в виде жилого дома "
              "(код объекта недвижимости {PR1.n}).\n" % ru_date(dd))
        doc.w("Наследниками первой очереди являются: супруга {H1.fio_n} (ПИН {PINH1.n}), сын {H2.fio_n} (ПИН {PINH2.sp}) и дочь "
              "{H3.fio_n} (ПИН {PINH3.n}, паспорт {PS.no}, проживает: {A2.ru}).\n")
        doc.w("Нотариус {NOF.ru} {NOT.rs_n} отказал%s в выдаче свидетельства, так как {H3.si_n} оспаривает завещание {DEC.si_g}.\n"
              % ("" if ctx.objs["NOT"].g == "m" else "а"))
        doc.w("Представитель ответчицы {RP.sur_n} пояснил%s, что {DEC.io_n} при жизни обещал дом дочери.\n"
              % ("" if ctx.objs["RP"].g == "m" else "а"))
        doc.w("Истица {H1.sur_n} показала, что с мужем {DEC.nm_i} прожила 40 лет, а сын {H2.nm_n} ухаживал за отцом.\n" + r.choice(LOOK_RU) + "\n")
        doc.w("Руководствуясь {K:statute:ст.ст. 1133, 1140 ГК КР}, суд\nР Е Ш И Л:\n")
        doc.w("Признать за {H1.FIO_i} и {H2.FIO_i} право собственности по 1/3 доли на жилой дом {PR1.n}, за {H3.FIO_i} – 1/3 доли.\n"
              "Решение является основанием для регистрации прав в {GR.ru}.\nСудья {J1.si_n}\n")
    else:
        doc.w("Иш № {K:case_number:%s}\nЧ Е Ч И М\nКЫРГЫЗ РЕСПУБЛИКАСЫНЫН АТЫНАН\n" % no + date_k(ctx, d) + " {K:place:%s}\n" % c[6])
        doc.w("{C.ky}, судья {J1.si_n} төрагалык кылып, катчы {S.si_n}, доогерлер {H1.fi_n}, {H2.fi_n}, жоопкердин өкүлү {RP.rs_n} "
              "катышуусу менен, {H1.kfio_n} жана {H2.kfio_gen} {H3.kfio_dat} карата мураска менчик укугун таануу жөнүндөгү доосу боюнча ишти карап,\n"
              "Т А П Т Ы:\n")
        doc.w("%s {A1.ky} дарегинде жашаган {DEC.kfio_n} ({BDEC.kyd} туулган) каза болгон. Андан {PR1.n} коддуу турак үй мурас калган.\n" % kd(dd, "loc"))
        doc.w("Биринчи кезектеги мураскорлор: жубайы {H1.kfio_n} (ЖИН {PINH1.n}), уулу {H2.kfio_n} (ЖИН {PINH2.sp}) жана кызы "
              "{H3.kfio_n} (ЖИН {PINH3.n}, паспорту {PS.no}, {A2.ky} дарегинде жашайт).\n")
        doc.w("{NOF.ky} нотариусу {NOT.kis_n} күбөлүк берүүдөн баш тарткан, анткени {H3.kis_n} {DEC.kis_gen} керээзин талашууда.\n")
        doc.w("Жоопкердин өкүлү {RP.ksur_n} {DEC.knm_n} тирүү кезинде үйдү кызына убада кылганын айтты.\n")
        doc.w("Доогер {H1.ksur_n} күйөөсү {DEC.knm_n} менен 40 жыл жашаганын, уулу {H2.knm_n} атасын караганын билдирди.\n" + r.choice(LOOK_KY) + "\n")
        doc.w("{K:statute:Кыргыз Республикасынын Жарандык кодексинин 1133, 1140-беренелерин} жетекчиликке алып, сот\nЧ Е Ч Т И:\n")
        doc.w("{H1.KFIO_n}, {H2.KFIO_n} жана {H3.KFIO_gen} {PR1.n} коддуу турак үйгө ар биринин 1/3 үлүшкө менчик укугу таанылсын.\n"
              "Чечим {GR.ky} укуктарды каттоого негиз болуп саналат.\nСудья {J1.si_n}\n")
    return doc, meta(ctx, c, no, "decision", "civil", "first", d, judges)


# ------------------------------------------------------------------ 9 appeal quoting the first instance
def appeal_quote(ctx):
    r = ctx.rng
    ap = r.choice(APPEAL)
    c1 = r.choice(COURTS)
    court(ctx, "CA", ap)
    court(ctx, "C1", c1)
    judges = panel(ctx)
    ctx.official("S", "secretary")
    ctx.official("LJ", "judge")
    ctx.official("ADV", "advocate")
    ctx.person("PL", "plaintiff")
    ctx.person("RE", "respondent")
    ctx.person("RE2", "respondent", same_as=ctx.objs["RE"], g="f" if ctx.objs["RE"].g == "m" else "m")
    ctx.person("EXP", "witness")
    ctx.address("A1", city=True)
    ctx.address("A2", city=True)
    ctx.phone("PH")
    d = rdate(ctx)
    d1 = before(ctx, d, 60, 200)
    no = caseno(ctx, "ГД")
    doc = Doc(ctx.objs)
    if ctx.lang == "ru":
        doc.w("Дело № {K:case_number:%s}\nАПЕЛЛЯЦИОННОЕ ОПРЕДЕЛЕНИЕ\n" % no + date_k(ctx, d) + " {K:place:%s}\n" % ap[5])
        doc.w("Судебная коллегия по гражданским делам {CA.g} в составе: председательствующего {J1.si_g}, судей {J2.si_g}, {J3.si_g} (докладчик), "
              "при секретаре {S.si_p}, с участием истца {PL.fio_g}, адвоката ответчиков {ADV.rs_g}, рассмотрев апелляционную жалобу "
              "{RE.fio_g} на решение {C1.g} от %s,\nУСТАНОВИЛА:\n" % ru_date(d1))
        doc.w("{PL.sur_n}, проживающ%s по адресу: {A1.ru}, обратил%s в суд с иском к супругам {RE.fi_d} и {RE2.fi_d}, проживающим этажом выше: {A2.ru}, "
              "о возмещении ущерба от затопления квартиры.\n" % (("ий", "ся") if ctx.objs["PL"].g == "m" else ("ая", "ась")))
        doc.w("Решением {C1.g} от %s (судья {LJ.si_n}) постановлено:\n«Иск {PL.fio_g} удовлетворить. Взыскать солидарно с {RE.fio_g} и "
              "{RE2.fio_g} в пользу {PL.fio_g} в возмещение ущерба 128 000 сомов и расходы на оценку 5 000 сомов».\n" % ru_date(d1))
        doc.w("В апелляционной жалобе {RE.si_n} указывает, что оценщик {EXP.fio_n} не осматривал квартиру, а суд не вызвал {RE2.io_a} в заседание.\n")
        doc.w("Истец {PL.rs_n} (тел. {PH.n}) просил решение оставить без изменения.\n" + r.choice(LOOK_RU) + "\n")
        doc.w("Коллегия отмечает, что {RE2.sur_n} извещал%s надлежащим образом, а заключение {EXP.si_g} мотивировано. Руководствуясь "
              "{K:statute:ст. 333 ГПК КР}, судебная коллегия\nОПРЕДЕЛИЛА:\n" % ("ся" if ctx.objs["RE2"].g == "m" else "ась"))
        doc.w("Решение {C1.g} от %s по иску {PL.fio_g} к {RE.SI_d} и {RE2.SI_d} оставить без изменения, апелляционную жалобу – без удовлетворения.\n"
              "Председательствующий {J1.si_n}\nСудьи {J2.si_n}\n{J3.si_n}\n" % ru_date(d1))
    else:
        doc.w("Иш № {K:case_number:%s}\nАПЕЛЛЯЦИЯЛЫК АНЫКТАМА\n" % no + date_k(ctx, d) + " {K:place:%s}\n" % ap[6])
        doc.w("{CA.kyg} жарандык иштер боюнча соттук коллегиясы: төрагалык кылуучу {J1.si_n}, судьялар {J2.si_n}, {J3.si_n} (баяндамачы), "
              "катчы {S.si_n}, доогер {PL.fio_n}, жоопкерлердин адвокаты {ADV.rs_n} катышуусу менен, {RE.kfio_gen} {C1.kyg} %s чечимине "
              "карата апелляциялык даттануусун карап,\nТ А П Т Ы:\n" % kd(d1))
        doc.w("{PL.ksur_n} ({A1.ky}) жогорку кабатта жашаган жубайлар {RE.kfi_n} жана {RE2.kfi_n} ({A2.ky}) карата батирди суу каптаганы "
              "үчүн зыянды өндүрүү жөнүндө доо арыз менен кайрылган.\n")
        doc.w("{C1.kyg} %s чечими менен (судья {LJ.si_n}) мындай деп токтом кылынган:\n«Иск {PL.fio_g} удовлетворить. Взыскать солидарно "
              "с {RE.fio_g} и {RE2.fio_g} в пользу {PL.si_g} 128 000 сомов».\n" % kd(d1))
        doc.w("Апелляциялык даттанууда {RE.kis_n} баалоочу {EXP.kfio_n} батирди карабаганын, сот {RE2.kis_acc} чакырбаганын көрсөтөт.\n")
        doc.w("Доогер {PL.kis_n} (тел.: {PH.n}) чечимди өзгөртүүсүз калтырууну сурады.\n" + r.choice(LOOK_KY) + "\n")
        doc.w("Коллегия {RE2.ksur_n} тийиштүү түрдө кабарланганын, {EXP.kis_gen} корутундусу негиздүү экенин белгилейт. "
              "{K:statute:КР ЖПКнын 333-беренесин} жетекчиликке алып, соттук коллегия\nА Н Ы К Т А Д Ы:\n")
        doc.w("{C1.kyg} %s {PL.kfio_gen} доосу боюнча чечими өзгөртүүсүз, {RE.KFIO_gen} апелляциялык даттануусу канааттандырылбай калтырылсын.\n"
              "Төрагалык кылуучу {J1.si_n}\nСудьялар {J2.si_n}\n{J3.si_n}\n" % kd(d1))
    return doc, meta(ctx, ap, no, "ruling", "civil", "appeal", d, judges)


# ------------------------------------------------------------------ 10 livestock theft (mostly Kyrgyz)
def livestock(ctx):
    r = ctx.rng
    c = r.choice(COURTS[3:])
    court(ctx, "C", c)
    judges = panel(ctx, 1)
    ctx.official("S", "secretary")
    ctx.official("PR", "prosecutor")
    ctx.official("AD", "advocate")
    ctx.person("D1", "defendant", g="m", people="ky", style="uulu")
    ctx.person("D2", "defendant", g="m", people="ky", style="ru")
    ctx.person("V", "victim", people="ky")
    ctx.person("VS", "witness", same_as=ctx.objs["V"], rel="sibling", g="m", given=r.choice(["Бакыт", "Тынчтык", "Эркин", "Мирлан"]))
    ctx.person("W", "witness", g="f", people="ky", style="uulu", given=r.choice(["Айгуль", "Жибек", "Бурул", "Салтанат"]))
    for i in (1, 2):
        ctx.birth(f"B{i}", ctx.objs[f"D{i}"], 1980, 2003)
        ctx.pin(f"PIN{i}", ctx.objs[f"D{i}"])
        ctx.address(f"A{i}", city=False)
    ctx.address("AV", city=False)
    ctx.plate("PL")
    d = rdate(ctx)
    ev = before(ctx, d, 60, 200)
    no = caseno(ctx, "УД")
    doc = Doc(ctx.objs)
    if ctx.lang == "ky":
        doc.w("Иш № {K:case_number:%s}\nӨ К Ү М\nКЫРГЫЗ РЕСПУБЛИКАСЫНЫН АТЫНАН\n" % no + date_k(ctx, d) + " {K:place:%s}\n" % c[6])
        doc.w("{C.ky} төрагалык кылуучу судья {J1.si_n}, катчы {S.si1_n}, мамлекеттик айыптоочу {PR.si_n}, адвокат {AD.rs_n} катышуусу менен,\n")
        doc.w("{D1.FIO_n}, {B1.ky} туулган, ЖИН {PIN1.n}, {A1.ky} дарегинде жашаган,\n{D2.FIO_n}, {B2.year}-жылы туулган, ЖИН {PIN2.sp}, "
              "{A2.ky} дарегинде жашаган, {K:statute:Кыргыз Республикасынын Кылмыш-жаза кодексинин 205-беренесинин 2-бөлүгүнүн 1-пункту} менен "
              "айыпталгандардын кылмыш ишин ачык сот отурумунда карап,\nТ А П Т Ы:\n")
        doc.w("{D1.kfio_n} менен {D2.kfi_n} алдын ала сүйлөшүп, %s түнкү саат 2:00 чамасында {AV.ky} дарегиндеги жабырлануучу "
              "{V.kfio_gen} короосунан эки баш уй уурдап, {PL.n} мамлекеттик номурлуу «Портер» унаасына жүктөп кетишкен.\n" % kd(ev, "loc"))
        doc.w("Жабырлануучу {V.kis_n} сотто уйлардын баасы 160 000 сом экенин айтты. Анын бир тууганы, күбө {VS.kfio_n}, эртең менен "
              "{D2.ksur_gen} унаасын айылдын четинде көргөнүн көрсөттү.\n")
        doc.w("Күбө {W.kfio_n} {D1.ksur_n} малды базарга сатууну сунуштаганын айтты. Соттолуучу {D2.kis_n} күнөөсүн мойнуна алды, "
              "ал эми {D1.kis_n} {D2.ksur_abl} айырмаланып, күнөөсүн тануу менен болду.\n" + r.choice(LOOK_KY) + "\n")
        doc.w("Прокурор {PR.kis_n} ар бирине 5 жылдан эркинен ажыратуу жазасын сурады. Адвокат {AD.kis_n} {D2.kis_gen} чын жүрөктөн "
              "өкүнгөнүн эске алууну өтүндү.\n{K:statute:КР КЖПКнын 317-322-беренелерин} жетекчиликке алып, сот\nӨ К Ү М   К Ы Л Д Ы:\n")
        doc.w("{D1.KFIO_n} жана {D2.KFIO_n} {K:statute:КР КЖКнын 205-беренесинин 2-бөлүгү} боюнча күнөөлүү деп табылсын.\n"
              "{D1.kfio_dat} 5 жылга, {D2.kfio_dat} 4 жылга эркинен ажыратуу жазасы дайындалсын.\n"
              "{D1.kis_abl} жана {D2.kis_abl} {V.kfio_gen} пайдасына 160 000 сом өндүрүлсүн.\nСудья {J1.si_n}\n")
    else:
        doc.w("Дело № {K:case_number:%s}\nПРИГОВОР\nИменем Кыргызской Республики\n" % no + date_k(ctx, d) + " {K:place:%s}\n" % c[5])
        doc.w("{C.n} в составе председательствующего судьи {J1.si_g}, при секретаре {S.si1_p}, с участием государственного обвинителя "
              "{PR.si_g}, адвоката {AD.rs_g}, рассмотрев уголовное дело в отношении\n{D1.FIO_g}, {B1.dmy} г.р., ПИН {PIN1.n}, проживающего: {A1.ru},\n"
              "{D2.FIO_g}, {B2.year} года рождения, ПИН {PIN2.sp}, проживающего: {A2.ru},\n"
              "обвиняемых по {K:statute:п. 1 ч. 2 ст. 205 УК КР},\nУСТАНОВИЛ:\n")
        doc.w("%s около 2 часов ночи {D1.fi_n} и {D2.si_n} по предварительному сговору похитили со двора {V.fio_g}, проживающего по адресу: {AV.ru}, "
              "двух коров и вывезли их на автомашине «Портер» {PL.n}.\n" % ru_date(ev))
        doc.w("Потерпевший {V.si_n} показал, что ущерб составил 160 000 сомов. Его брат, свидетель {VS.fio_n}, утром видел машину {D2.sur_g} на окраине села.\n")
        doc.w("Свидетель {W.fio_n} показала, что {D1.sur_n} предлагал продать скот на базаре. Подсудимый {D2.rs_n} вину признал, {D1.is_n} – нет.\n"
              + r.choice(LOOK_RU) + "\nРуководствуясь {K:statute:ст.ст. 317-322 УПК КР}, суд\nПРИГОВОРИЛ:\n")
        doc.w("{D1.FIO_a} и {D2.FIO_a} признать виновными по {K:statute:п. 1 ч. 2 ст. 205 УК КР}, назначить {D1.si_d} 5 лет, {D2.si_d} 4 года лишения свободы.\n"
              "Взыскать с {D1.rs_g} и {D2.si_g} в пользу {V.fio_g} 160 000 сомов.\nСудья {J1.si_n}\n")
    return doc, meta(ctx, c, no, "verdict", "criminal", "first", d, judges)


FAMILIES = {
    # name: (function, kind word for the id, ru count, ky count)
    "resolution_cassation_sc": (cassation_crim, "resolution-cassation", 5, 4),
    "decision_land_dispute": (land_dispute, "decision-land", 2, 6),
    "decision_family": (family_alimony, "decision-family", 4, 4),
    "decision_labour_company": (labour, "decision-labour", 5, 3),
    "resolution_car_offence": (admin_car, "resolution-car", 4, 3),
    "verdict_drugs_group": (drugs, "verdict-drugs", 7, 0),
    "verdict_card_fraud": (fraud, "verdict-fraud", 5, 3),
    "decision_inheritance_notary": (inheritance, "decision-heirs", 4, 4),
    "ruling_appeal_quote": (appeal_quote, "ruling-appeal", 5, 3),
    "verdict_livestock": (livestock, "verdict-livestock", 2, 6),
}
