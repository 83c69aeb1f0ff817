"""Family bodies: participants, what the court established, the operative part."""


def L(c, ru, ky):
    return c.t(ru if c.lang == "ru" else ky)


def adv(c, who_ru, who_ky):
    a = c.official("advocate")
    if c.lang == "ru":
        c.t(f", {who_ru} – адвоката ").o(a, "gen", c.ini())
    else:
        c.t(f", {who_ky} адвокат ").o(a, form="init").t(" катышуусу менен")
    return a


def pros(c):
    p = c.official("prosecutor")
    if c.lang == "ru":
        c.t("с участием прокурора ").o(p, "gen", "init")
    else:
        c.t("прокурор ").o(p, form="init")
    return p


# 1 bride kidnapping (ст. 175 УК КР)
def bride(c):
    d = c.person("defendant", fem=False, people="ky")
    v = c.person("victim", fem=True, people=c.rng.choice(["ky", "ky", "uz", "kz"]))
    w = c.person("witness", fem=False, surname=d.sur, people="ky")  # brother of the defendant
    m = c.person("witness", fem=True, surname=v.sur if v.people == "ky" else None, people="ky")
    pros(c)
    adv(c, "защитника", "коргоочу")
    if c.lang == "ru":
        c.t(",\nрассмотрев уголовное дело в отношении ").n(d, "gen").bd(d).t(", уроженца и жителя ").addr("d").t(", ПИН ").pin(d)
        c.t(", обвиняемого в совершении преступления, предусмотренного ").k("ч. 2 ст. 175 УК КР", "statute").t(",\n\nУСТАНОВИЛ:\n\n")
        c.t(f"Подсудимый ").n(d, form="sur").t(" по предварительному сговору со своим братом ").n(w, "ins", c.ini())
        c.t(" на автомашине с государственным номером ").plate("car").t(" увез потерпевшую ").n(v, "acc").bd(v)
        c.t(", против ее воли в дом по адресу: ").addr("d").t(", с целью вступления в брак. Потерпевшая ").n(v, form="given")
        c.t(" позвонила матери ").n(m, "dat", "gp").t(" с телефона ").phone("v").t(", и ее вернули через сутки в ")
        c.k("с. Кочкор", "place").t(".\nДопрошенная в суде ").n(m, form="init").t(" подтвердила показания дочери. Свидетель ").n(w, form="sur")
        c.t(" вину брата не признал. Суд не доверяет показаниям свидетеля ").n(w, "gen", "sur").t(".\nНа основании изложенного, руководствуясь ").k("ст. 305 УПК КР", "statute").t(", суд\n\nПРИГОВОРИЛ:\n\n")
        c.n(d, form="upper").t(" признать виновным по ").k("ч. 2 ст. 175 УК КР", "statute").t(" и назначить наказание в виде лишения свободы сроком на 5 (пять) лет.")
    else:
        c.t(",\nКыргыз Республикасынын ").k("Кылмыш-жаза кодексинин 175-беренесинин 2-бөлүгү", "statute").t(" менен айыпталган ")
        c.n(d, form="full").bd(d).t(", ").addr("d").t(" дарегинде жашаган, ЖИН ").pin(d).t(", кылмыш ишин карап чыгып,\n\nАНЫКТАДЫ:\n\n")
        c.t("Соттолуучу ").n(d, form="sur").t(" агасы ").n(w, form=c.ini()).t(" менен алдын ала макулдашып, ").plate("car")
        c.t(" мамлекеттик номериндеги унаа менен жабырлануучу ").n(v, suf="acc").bd(v).t(", анын эркине каршы үйлөнүү максатында ")
        c.k("Кочкор айылына", "place").t(" алып кеткен. Жабырлануучу ").n(v, form="given").t(" ").phone("v").t(" телефонунан апасы ")
        c.n(m, suf="dat", form="gp").t(" чалган.\nКүбө ").n(m, form="init").t(" кызынын көрсөтмөсүн ырастады. Күбө ").n(w, suf=None, form="sur")
        c.t(" агасынын күнөөсүн мойнуна алган жок. Сот ").n(w, suf="gen", form="sur").t(" көрсөтмөсүнө ишенбейт.\n")
        c.k("КЖПКнын 305-беренесин", "statute").t(" жетекчиликке алып, сот\n\nӨКҮМ КЫЛДЫ:\n\n")
        c.n(d, form="upper").t(" ").k("КЖКнын 175-беренесинин 2-бөлүгү", "statute").t(" боюнча күнөөлүү деп таанылсын жана 5 (беш) жылга эркинен ажыратылсын.")


# 2 fraud with many victims (hajj / tour)
def mass_fraud(c):
    d = c.person("defendant")
    vs = [c.person("victim") for _ in range(c.rng.randint(3, 5))]
    org = c.rng.choice(["ОсОО «Сапар-Тур»", "ОсОО «Береке Трэвел»", "ОсОО «Айдана»"])
    pros(c)
    adv(c, "защитника", "коргоочу")
    if c.lang == "ru":
        c.t(",\nрассмотрев уголовное дело по обвинению ").n(d, "gen").bd(d).t(", паспорт ").passport(d).t(", проживающего по адресу: ").addr("d")
        c.t(", в совершении преступления, предусмотренного ").k("п. 2 ч. 3 ст. 209 УК КР", "statute").t(",\n\nУСТАНОВИЛ:\n\n")
        c.n(d, form=c.ini()).t(", являясь директором ").k(org, "organization").t(", под видом организации паломнической поездки получил денежные средства от граждан: ")
        for i, v in enumerate(vs):
            c.n(v, "gen", c.rng.choice(["full", "init"])).t(" – ").k(f"{c.rng.randint(80, 300)} 000 сомов", "amount")
            c.t("; " if i < len(vs) - 1 else ".\n")
        c.t("Деньги перечислялись на карту ").account("d", card=True).t(", привязанную к номеру ").phone("d").t(".\n")
        c.t("Потерпевшая ").n(vs[0], form="sur").t(" пояснила, что узнала о поездке от соседки. Потерпевш" + ("ая " if vs[1].fem else "ий ")).n(vs[1], form="init_before").t(" просил взыскать ущерб.\n")
        c.t("Руководствуясь ").k("ст. 305 УПК КР", "statute").t(", суд\n\nПРИГОВОРИЛ:\n\n").n(d, form="usur")
        c.t(" признать виновным и взыскать в пользу ").n(vs[0], "gen", "init").t(" и других потерпевших причиненный ущерб.")
    else:
        c.t(",\n").k("КЖКнын 209-беренесинин 3-бөлүгүнүн 2-пункту", "statute").t(" менен айыпталган ").n(d).bd(d).t(", паспорту ").passport(d).t(", ").addr("d")
        c.t(" дарегинде жашаган, кылмыш ишин карап,\n\nАНЫКТАДЫ:\n\n").n(d, form=c.ini()).t(" ").k(org, "organization").t(" директору болуп, ажылыкка жөнөтөм деп жарандардан акча алган: ")
        for i, v in enumerate(vs):
            c.n(v, suf="abl", form=c.rng.choice(["full", "sur"])).t(" ").k(f"{c.rng.randint(80, 300)} 000 сом", "amount")
            c.t(", " if i < len(vs) - 1 else ".\n")
        c.t("Акча ").account("d", card=True).t(" картасына которулган, карта ").phone("d").t(" номерине байланган.\n")
        c.t("Жабырлануучу ").n(vs[0], form="sur").t(" кошунасынан уккан. Жабырлануучу ").n(vs[1], form="init").t(" зыянды өндүрүүнү суранды.\n")
        c.k("КЖПКнын 305-беренесин", "statute").t(" жетекчиликке алып, сот\n\nӨКҮМ КЫЛДЫ:\n\n").n(d, form="usur")
        c.t(" күнөөлүү деп таанылсын, ").n(vs[0], suf="gen", form="sur").t(" жана башка жабырлануучулардын пайдасына зыян өндүрүлсүн.")


# 3 unlawful taking of a car (угон)
def car_hijack(c):
    d = c.person("defendant", fem=False)
    own = c.person("victim")
    w = c.person("witness")
    inv = c.official("investigator")
    pros(c)
    adv(c, "защитника", "коргоочу")
    if c.lang == "ru":
        c.t(",\nрассмотрев уголовное дело в отношении ").n(d, "gen").bd(d).t(", ПИН ").pin(d).t(", проживающего: ").addr("d")
        c.t(", обвиняемого по ").k("ч. 1 ст. 230 УК КР", "statute").t(",\n\nУСТАНОВИЛ:\n\n")
        c.t("Подсудимый ").n(d, form="sur").t(" у дома по ").k("ул. Токтогула", "lookalike").t(" неправомерно завладел автомобилем «Хонда Фит» с г/н ").plate("car")
        c.t(", принадлежащим ").n(own, "dat", c.ini()).t(", и уехал в ").k("г. Кант", "place").t(". Автомобиль задержан инспектором, а затем осмотрен следователем ").o(inv, "ins", "init")
        c.t(".\nПотерпевш" + ("ая " if own.fem else "ий ")).n(own, form="full").t(" (тел. ").phone("own").t(") просил" + ("а" if own.fem else "") + " строго не наказывать. Свидетель ").n(w, form="init")
        c.t(" видел" + ("а" if w.fem else "") + " подсудимого за рулем.\nРуководствуясь ").k("ст. 305 УПК КР", "statute").t(", суд\n\nПРИГОВОРИЛ:\n\n")
        c.n(d, form="upper").t(" признать виновным и назначить штраф ").k("100 000 сомов", "amount").t(". Автомобиль ").plate("car").t(" вернуть ").n(own, "dat", "init").t(".")
    else:
        c.t(",\n").k("КЖКнын 230-беренесинин 1-бөлүгү", "statute").t(" менен айыпталган ").n(d).bd(d).t(", ЖИН ").pin(d).t(", ").addr("d").t(" дарегинде жашаган, ишти карап,\n\nАНЫКТАДЫ:\n\n")
        c.t("Соттолуучу ").n(d, form="sur").t(" ").k("Токтогул көчөсүндөгү", "lookalike").t(" үйдүн жанынан ").n(own, suf="gen", form="full").t(" ").plate("car")
        c.t(" номериндеги «Хонда Фит» унаасын мыйзамсыз алып, ").k("Кант шаарына", "place").t(" кеткен. Унааны тергөөчү ").o(inv, form="init").t(" карап чыккан.\n")
        c.t("Жабырлануучу ").n(own, form="init").t(" (тел. ").phone("own").t(") катуу жаза бербөөнү суранды. Күбө ").n(w, form="full").t(" соттолуучуну рулда көргөн.\n")
        c.k("КЖПКнын 305-беренесин", "statute").t(" жетекчиликке алып, сот\n\nӨКҮМ КЫЛДЫ:\n\n").n(d, form="upper").t(" күнөөлүү деп таанылсын, ").k("100 000 сом", "amount").t(" айып салынсын. ")
        c.plate("car").t(" унаасы ").n(own, suf="dat", form="sur").t(" кайтарылсын.")


# 4 arson of a neighbour's property
def arson(c):
    d = c.person("defendant")
    v = c.person("victim")
    vs = c.person("third_party", surname=v.sur, fem=not v.fem, people=v.people)
    ex = c.official("official")
    pros(c)
    adv(c, "защитника", "коргоочу")
    if c.lang == "ru":
        c.t(",\nрассмотрев дело по обвинению ").n(d, "gen").bd(d).t(", проживающего по адресу: ").addr("d").t(", по ").k("ч. 2 ст. 210 УК КР", "statute").t(",\n\nУСТАНОВИЛ:\n\n")
        c.n(d, form=c.ini()).t(" из неприязни к соседу ").n(v, "dat").t(" поджег сарай и сено во дворе дома по адресу: ").addr("v").t(". Огонь перекинулся на крышу дома, где находил" + ("ся" if not vs.fem else "ась") + " ")
        c.n(vs, form="gp").t(". Пожарно-техническая экспертиза (эксперт ").o(ex, form="init").t(") установила поджог. Ущерб ").k("420 000 сомов", "amount").t(".\nПотерпевш" + ("ая " if v.fem else "ий "))
        c.n(v, form="sur").t(" и ").n(vs, form="init").t(" просили взыскать ущерб.\nСуд\n\nПРИГОВОРИЛ:\n\n").n(d, form="usur").t(" признать виновным, взыскать в пользу ").n(v, "gen", "init").t(" ").k("420 000 сомов", "amount").t(".")
    else:
        c.t(",\n").k("КЖКнын 210-беренесинин 2-бөлүгү", "statute").t(" менен айыпталган ").n(d).bd(d).t(", ").addr("d").t(" дарегинде жашаган, ишти карап,\n\nАНЫКТАДЫ:\n\n")
        c.n(d, form=c.ini()).t(" кошунасы ").n(v, suf="gen").t(" ").addr("v").t(" дарегиндеги короосундагы сарайды жана чөптү өрттөгөн. От үйдүн чатырына өткөн, үйдө ")
        c.n(vs, form="gp").t(" болгон. Өрт-техникалык экспертиза (эксперт ").o(ex, form="init").t(") атайылап өрттөө экенин аныктаган. Зыян ").k("420 000 сом", "amount").t(".\nЖабырлануучу ")
        c.n(v, form="sur").t(" жана ").n(vs, form="init").t(" зыянды өндүрүүнү суранышты.\nСот\n\nӨКҮМ КЫЛДЫ:\n\n").n(d, form="usur").t(" күнөөлүү деп таанылсын, ").n(v, suf="gen", form="sur").t(" пайдасына ").k("420 000 сом", "amount").t(" өндүрүлсүн.")


# 5 forged documents (driving licence, diploma)
def forgery(c):
    d = c.person("defendant")
    w = c.person("witness")
    pros(c)
    adv(c, "защитника", "коргоочу")
    if c.lang == "ru":
        c.t(",\nрассмотрев дело в отношении ").n(d, "gen").bd(d).t(", паспорт ").passport(d).t(", ПИН ").pin(d).t(", обвиняемого по ").k("ч. 1 ст. 359 УК КР", "statute").t(",\n\nУСТАНОВИЛ:\n\n")
        c.n(d, form="init").t(" приобрел у неустановленного лица поддельное водительское удостоверение на свое имя и предъявил его инспектору у поста ").k("г. Токмок", "place")
        c.t(", управляя автомашиной ").plate("car").t(". Свидетель ").n(w, form="full").bd(w).t(" пояснил" + ("а" if w.fem else "") + ", что дал" + ("а" if w.fem else "") + " номер ").phone("w").t(" продавца подсудимому. ")
        c.n(d, form="sur").t(" вину признал, в письме на ").email("d", d).t(" продавец обещал ему «права».\nСуд\n\nПРИГОВОРИЛ:\n\n").n(d, form="upper").t(" признать виновным по ").k("ч. 1 ст. 359 УК КР", "statute").t(".")
    else:
        c.t(",\n").k("КЖКнын 359-беренесинин 1-бөлүгү", "statute").t(" менен айыпталган ").n(d).bd(d).t(", паспорту ").passport(d).t(", ЖИН ").pin(d).t(", ишти карап,\n\nАНЫКТАДЫ:\n\n")
        c.n(d, form="init").t(" белгисиз адамдан жасалма айдоочулук күбөлүк сатып алып, ").plate("car").t(" унаасын айдап баратып ").k("Токмок шаарындагы", "place").t(" посттогу инспекторго көрсөткөн. Күбө ")
        c.n(w, form="full").bd(w).t(" сатуучунун ").phone("w").t(" номерин берген. ").n(d, form="sur").t(" күнөөсүн мойнуна алды, ").email("d", d).t(" дарегине сатуучу кат жазган.\nСот\n\nӨКҮМ КЫЛДЫ:\n\n").n(d, form="upper").t(" күнөөлүү деп таанылсын.")


# 6 microcredit debt with guarantors
def microcredit(c):
    org = c.rng.choice(["ЗАО МКК «Ырыс Финанс»", "ОсОО МКК «Береке Кредит»", "ОАО МФК «Тынчтык»"])
    b = c.person("respondent")
    g1 = c.person("respondent")
    g2 = c.person("respondent", surname=b.sur, people=b.people)
    rep = c.person("representative")
    if c.lang == "ru":
        c.t("с участием представителя истца ").n(rep, "gen", c.ini()).t(",\nрассмотрев гражданское дело по иску ").k(org, "organization").t(" (юридический адрес: ").k("г. Бишкек, ул. Манаса, 40", "organization")
        c.t(") к ").n(b, "dat").t(", ").n(g1, "dat").t(", ").n(g2, "dat").t(" о взыскании задолженности по кредиту,\n\nУСТАНОВИЛ:\n\n")
        c.t("По договору микрокредита ").n(b, form="init").bd(b).t(", проживающ" + ("ая" if b.fem else "ий") + " по адресу: ").addr("b").t(", получил" + ("а" if b.fem else "") + " ").k("250 000 сомов", "amount").t(" на счет ").account("b")
        c.t(". Поручителями выступили ").n(g1, form="init").t(", ПИН ").pin(g1).t(", и ").n(g2, form="init").t(", ПИН ").pin(g2).t(". Заемщик ").n(b, form="sur").t(" на звонки по номеру ").phone("b").t(" не отвечает.\n")
        c.t("Руководствуясь ").k("ст. 200 ГПК КР", "statute").t(", суд\n\nРЕШИЛ:\n\nВзыскать солидарно с ").n(b, "gen", "init").t(", ").n(g1, "gen", "init").t(" и ").n(g2, "gen", "init").t(" в пользу ").k(org, "organization").t(" ").k("287 450 сомов", "amount").t(".")
    else:
        c.t("доогердин өкүлү ").n(rep, form=c.ini()).t(" катышуусу менен, ").k(org, "organization").t(" (юридикалык дареги: ").k("Бишкек шаары, Манас көчөсү, 40", "organization")
        c.t(") ").n(b, suf="gen").t(", ").n(g1, suf="gen").t(" жана ").n(g2, suf="gen").t(" үстүнөн карызды өндүрүү жөнүндө доо арызы боюнча жарандык ишти карап,\n\nАНЫКТАДЫ:\n\n")
        c.t("Микрокредит келишими боюнча ").n(b, form="init").bd(b).t(", ").addr("b").t(" дарегинде жашаган, ").account("b").t(" эсебине ").k("250 000 сом", "amount").t(" алган. Кепилдер ")
        c.n(g1, form="init").t(", ЖИН ").pin(g1).t(", жана ").n(g2, form="init").t(", ЖИН ").pin(g2).t(". Карыз алуучу ").n(b, form="sur").t(" ").phone("b").t(" номерине жооп бербейт.\n")
        c.k("ЖПКнын 200-беренесин", "statute").t(" жетекчиликке алып, сот\n\nЧЕЧТИ:\n\n").n(b, suf="abl", form="sur").t(", ").n(g1, suf="abl", form="sur").t(" жана ").n(g2, suf="abl", form="sur").t(" биргелешип ").k("287 450 сом", "amount").t(" өндүрүлсүн.")


# 7 alimony increase (fixed sum)
def alimony(c):
    pl = c.person("plaintiff", fem=True)
    rs = c.person("respondent", fem=False, people=pl.people)
    kids = [c.person("third_party", surname=rs.sur, people=rs.people, father=rs.given) for _ in range(c.rng.randint(1, 3))]
    if c.lang == "ru":
        c.t("рассмотрев гражданское дело по иску ").n(pl, "gen").t(" к ").n(rs, "dat").t(" об изменении размера алиментов,\n\nУСТАНОВИЛ:\n\n")
        c.n(pl, form="sur").bd(pl).t(", проживающая: ").addr("pl").t(", указала, что решением суда от ").k("12 мая 2021 года", "act_date").t(" с ответчика взысканы алименты на детей: ")
        for i, k in enumerate(kids):
            c.n(k, "gen", "gp" if i else "full").bd(k, young=True).t(", " if i < len(kids) - 1 else ". ")
        c.t("Ответчик ").n(rs, form="init").t(" работает водителем, его доход вырос. ").n(rs, form="sur").t(" иск признал частично, тел. ").phone("rs").t(".\nРуководствуясь ").k("ст. 85 Семейного кодекса КР", "statute").t(", суд\n\nРЕШИЛ:\n\nВзыскать с ").n(rs, "gen", "full")
        c.t(" в пользу ").n(pl, "gen", "init").t(" алименты в твердой сумме ").k("8 000 сомов", "amount").t(" ежемесячно на счет ").account("pl", card=True).t(".")
    else:
        c.n(pl, suf="gen").t(" ").n(rs, suf="dat").t(" карата алименттин өлчөмүн өзгөртүү жөнүндө доо арызы боюнча ишти карап,\n\nАНЫКТАДЫ:\n\n")
        c.n(pl, form="sur").bd(pl).t(", ").addr("pl").t(" дарегинде жашайт, ").k("2021-жылдын 12-майындагы", "act_date").t(" соттун чечими менен балдарга алимент өндүрүлгөн: ")
        for i, k in enumerate(kids):
            c.n(k, form="full" if not i else "given").bd(k, young=True).t(", " if i < len(kids) - 1 else ". ")
        c.t("Жоопкер ").n(rs, form="init").t(" айдоочу болуп иштейт, кирешеси өскөн. ").n(rs, form="sur").t(" доону жарым-жартылай таныды, тел. ").phone("rs").t(".\n")
        c.k("Үй-бүлө кодексинин 85-беренесин", "statute").t(" жетекчиликке алып, сот\n\nЧЕЧТИ:\n\n").n(rs, suf="abl").t(" ").n(pl, suf="gen", form="init").t(" пайдасына ай сайын ").k("8 000 сом", "amount").t(" ").account("pl", card=True).t(" эсебине өндүрүлсүн.")


# 8 will contested
def will(c):
    pl = c.person("plaintiff")
    dec = c.person("third_party", fem=False)
    rs = c.person("respondent", surname=dec.sur, people=dec.people, fem=True)
    nt = c.official("official")
    ex = c.official("official")
    if c.lang == "ru":
        c.t("рассмотрев дело по иску ").n(pl, "gen").t(" к ").n(rs, "dat").t(" о признании завещания недействительным,\n\nУСТАНОВИЛ:\n\n")
        c.n(dec, form="full").bd(dec).t(", умерший в ").k("2023 году", "act_date").t(", оставил завещание, удостоверенное нотариусом ").o(nt, "ins", "init").t(", на дом по адресу: ").addr("dec").t(" (код ").prop("h").t(") в пользу ").n(rs, "gen", "init")
        c.t(".\nИстец ").n(pl, form="sur").t(" (ПИН ").pin(pl).t(") утверждает, что ").n(dec, form="init").t(" в момент составления завещания не понимал значения своих действий. Эксперт ").o(ex, form="init").t(" этого не подтвердил. Ответчица ").n(rs, form="gp").t(" иск не признала.\n")
        c.t("Руководствуясь ").k("ст. 1125 ГК КР", "statute").t(", суд\n\nРЕШИЛ:\n\nВ иске ").n(pl, "dat", "init").t(" отказать.")
    else:
        c.n(pl, suf="gen").t(" ").n(rs, suf="dat").t(" карата керээзди жараксыз деп табуу жөнүндө доосу боюнча ишти карап,\n\nАНЫКТАДЫ:\n\n")
        c.n(dec, form="full").bd(dec).t(", ").k("2023-жылы", "act_date").t(" көз жумган, нотариус ").o(nt, form="init").t(" күбөлөндүргөн керээз менен ").addr("dec").t(" дарегиндеги үйдү (коду ").prop("h").t(") ").n(rs, suf="dat", form="init").t(" калтырган.\n")
        c.t("Доогер ").n(pl, form="sur").t(" (ЖИН ").pin(pl).t(") ").n(dec, suf="gen", form="sur").t(" керээз жазганда өз аракетин түшүнгөн эмес деп эсептейт. Эксперт ").o(ex, form="init").t(" муну ырастаган жок. Жоопкер ").n(rs, form="gp").t(" доону танынган жок.\n")
        c.k("Жарандык кодекстин 1125-беренесин", "statute").t(" жетекчиликке алып, сот\n\nЧЕЧТИ:\n\n").n(pl, suf="gen", form="init").t(" доосу канааттандырылбасын.")


# 9 pension v. the Social Fund
def pension(c):
    pl = c.person("plaintiff")
    sp = c.official("official")
    if c.lang == "ru":
        c.t("с участием представителя ").k("Социального фонда Кыргызской Республики", "state_body").t(" ").o(sp, "gen", "init").t(",\nрассмотрев административное дело по иску ").n(pl, "gen").t(" о перерасчете пенсии,\n\nУСТАНОВИЛ:\n\n")
        c.n(pl, form="init").bd(pl).t(", ПИН ").pin(pl).t(", проживающ" + ("ая" if pl.fem else "ий") + " по адресу: ").addr("pl").t(", обратил" + ("ась" if pl.fem else "ся") + " в ").k("Управление Социального фонда по Ленинскому району", "state_body")
        c.t(" о включении в стаж работы в колхозе «Кызыл-Суу». В ответе на ").email("pl", pl).t(" отказано. Истец ").n(pl, form="sur").t(" просит обязать ответчика произвести перерасчет.\n")
        c.t("Руководствуясь ").k("Законом КР «О государственном пенсионном социальном страховании»", "statute").t(", суд\n\nРЕШИЛ:\n\nИск ").n(pl, "gen", "sur").t(" удовлетворить, пенсию перечислять на счет ").account("pl").t(".")
    else:
        c.k("Кыргыз Республикасынын Социалдык фондунун", "state_body").t(" өкүлү ").o(sp, form="init").t(" катышуусу менен, ").n(pl, suf="gen").t(" пенсияны кайра эсептөө жөнүндө доосу боюнча административдик ишти карап,\n\nАНЫКТАДЫ:\n\n")
        c.n(pl, form="init").bd(pl).t(", ЖИН ").pin(pl).t(", ").addr("pl").t(" дарегинде жашайт, ").k("Социалдык фонддун Ленин райондук башкармалыгына", "state_body").t(" колхоздогу эмгек стажын кошууну суранган. ")
        c.email("pl", pl).t(" дарегине баш тартуу жөнөтүлгөн. Доогер ").n(pl, form="sur").t(" пенсияны кайра эсептөөнү суранат.\n")
        c.t("Сот\n\nЧЕЧТИ:\n\n").n(pl, suf="gen", form="sur").t(" доосу канааттандырылсын, пенсия ").account("pl").t(" эсебине которулсун.")


# 10 correcting a civil registry record (spelling of a name)
def registry(c):
    pl = c.person("plaintiff", people="ky")
    f = c.person("third_party", fem=False, people="ky", surname=pl.sur)
    if c.lang == "ru":
        c.t("с участием представителя ").k("отдела ЗАГС", "state_body").t(",\nрассмотрев в порядке особого производства заявление ").n(pl, "gen").t(" об установлении факта принадлежности документа,\n\nУСТАНОВИЛ:\n\n")
        c.t("Заявитель ").n(pl, form="init").bd(pl).t(", паспорт ").passport(pl).t(", указал" + ("а" if pl.fem else "") + ", что в свидетельстве о рождении отец записан как ").n(f, form="upper")
        c.t(", а в паспорте отца – ").n(f, form="full").t(". Отец ").n(f, form="init").t(" умер, наследство не оформлено. Проживает заявитель по адресу: ").addr("pl").t(".\n")
        c.t("Руководствуясь ").k("ст. 270 ГПК КР", "statute").t(", суд\n\nРЕШИЛ:\n\nУстановить, что ").n(pl, form="full").t(" является дочерью " if pl.fem else " является сыном ").n(f, "gen", "full").t(".")
    else:
        c.k("ЖАКБ бөлүмүнүн", "state_body").t(" өкүлүнүн катышуусу менен, ").n(pl, suf="gen").t(" документтин таандыктыгын аныктоо жөнүндө арызын өзгөчө өндүрүш тартибинде карап,\n\nАНЫКТАДЫ:\n\n")
        c.t("Арыз ээси ").n(pl, form="init").bd(pl).t(", паспорту ").passport(pl).t(", туулгандыгы тууралуу күбөлүгүндө атасы ").n(f, form="upper").t(" деп жазылган, ал эми атасынын паспортунда ")
        c.n(f, form="full").t(". Атасы ").n(f, form="init").t(" каза болгон. Арыз ээси ").addr("pl").t(" дарегинде жашайт.\n").k("ЖПКнын 270-беренесин", "statute").t(" жетекчиликке алып, сот\n\nЧЕЧТИ:\n\n")
        c.n(pl, form="full").t(" ").n(f, suf="gen", form="full").t(" баласы экендиги аныкталсын.")


# 11 dog bite damages
def dog(c):
    pl = c.person("plaintiff")
    ch = c.person("third_party", surname=pl.sur, people=pl.people, father=pl.given if not pl.fem else None)
    rs = c.person("respondent")
    if c.lang == "ru":
        c.t("рассмотрев дело по иску ").n(pl, "gen").t(", действующ" + ("ей" if pl.fem else "его") + " в интересах несовершеннолетнего ").n(ch, "gen", "gp").t(", к ").n(rs, "dat").t(" о возмещении вреда,\n\nУСТАНОВИЛ:\n\n")
        c.t("Собака ответчика, проживающего по адресу: ").addr("rs").t(", покусала ").n(ch, "acc", "full").bd(ch).t(". Лечение в ").k("Национальном центре охраны материнства и детства", "organization").t(" стоило ").k("36 500 сомов", "amount").t(". Ответчик ").n(rs, form="sur")
        c.t(" звонил истцу с номера ").phone("rs").t(" и обещал помочь. Мальчик ").n(ch, form="given").t(" до сих пор боится собак.\nРуководствуясь ").k("ст. 1006 ГК КР", "statute").t(", суд\n\nРЕШИЛ:\n\nВзыскать с ")
        c.n(rs, "gen", "init").t(" в пользу ").n(pl, "gen", "init").t(" ").k("36 500 сомов", "amount").t(" и компенсацию морального вреда ").k("20 000 сомов", "amount").t(".")
    else:
        c.n(ch, suf="gen", form="gp").t(" мыйзамдуу өкүлү ").n(pl, form="full").t(" ").n(rs, suf="dat").t(" карата зыянды төлөтүү жөнүндө доосу боюнча ишти карап,\n\nАНЫКТАДЫ:\n\n")
        c.addr("rs").t(" дарегинде жашаган жоопкердин ити ").n(ch, suf="acc", form="full").bd(ch).t(" тиштеген. ").k("Эне жана баланы коргоо улуттук борборунда", "organization").t(" дарылоо ").k("36 500 сом", "amount").t(" турган. Жоопкер ")
        c.n(rs, form="sur").t(" ").phone("rs").t(" номеринен чалып, жардам берем деген. ").n(ch, form="given").t(" азыр да иттен коркот.\n").k("Жарандык кодекстин 1006-беренесин", "statute").t(" жетекчиликке алып, сот\n\nЧЕЧТИ:\n\n")
        c.n(rs, suf="abl", form="init").t(" ").n(pl, suf="gen", form="init").t(" пайдасына ").k("36 500 сом", "amount").t(" жана моралдык зыян ").k("20 000 сом", "amount").t(" өндүрүлсүн.")


# 12 ownership by acquisitive prescription, aiyl okmotu
def prescription(c):
    pl = c.person("plaintiff", people="ky")
    head = c.official("official")
    w = c.person("witness", people="ky")
    ao = c.rng.choice(["Кызыл-Туу", "Ак-Суу", "Тогуз-Булак"])
    if c.lang == "ru":
        c.t("с участием главы ").k(f"айыл окмоту {ao}", "state_body").t(" ").o(head, "gen", "init").t(",\nрассмотрев дело по иску ").n(pl, "gen").t(" о признании права собственности в силу приобретательной давности,\n\nУСТАНОВИЛ:\n\n")
        c.t("Истец ").n(pl, form="init").bd(pl).t(" более 20 лет открыто владеет жилым домом по адресу: ").addr("pl").t(", код ").prop("h").t(". Сосед ").n(w, form="full").t(" подтвердил, что дом купил отец истца у семьи, уехавшей в ").k("г. Екатеринбург", "place").t(".\n")
        c.t("Руководствуясь ").k("ст. 242 ГК КР", "statute").t(", суд\n\nРЕШИЛ:\n\nПризнать за ").n(pl, "ins", "full").t(" право собственности на дом с кодом ").prop("h").t(".")
    else:
        c.k(f"{ao} айыл өкмөтүнүн", "state_body").t(" башчысы ").o(head, form="init").t(" катышуусу менен, ").n(pl, suf="gen").t(" ээлик кылуу мөөнөтү боюнча менчик укугун таануу жөнүндө доосун карап,\n\nАНЫКТАДЫ:\n\n")
        c.t("Доогер ").n(pl, form="init").bd(pl).t(" 20 жылдан ашык ").addr("pl").t(" дарегиндеги үйгө ачык ээлик кылып келет, коду ").prop("h").t(". Кошунасы ").n(w, form="full").t(" үйдү доогердин атасы ").k("Екатеринбург шаарына", "place").t(" көчүп кеткен үй-бүлөдөн сатып алганын ырастады.\n")
        c.k("Жарандык кодекстин 242-беренесин", "statute").t(" жетекчиликке алып, сот\n\nЧЕЧТИ:\n\n").n(pl, suf="gen", form="full").t(" коду ").prop("h").t(" болгон үйгө менчик укугу таанылсын.")


# 13 transfer of a civil case to the court of the respondent's residence
def transfer(c):
    pl = c.person("plaintiff")
    rs = c.person("respondent")
    other = c.rng.choice([("Аламединский районный суд Чуйской области", "Чүй облусунун Аламүдүн райондук сотуна"),
                          ("Узгенский районный суд Ошской области", "Ош облусунун Өзгөн райондук сотуна"),
                          ("Бакай-Атинский районный суд Таласской области", "Талас облусунун Бакай-Ата райондук сотуна")])
    if c.lang == "ru":
        c.t("рассмотрев материалы гражданского дела по иску ").n(pl, "gen").t(" к ").n(rs, "dat").t(" о взыскании долга по расписке,\n\nУСТАНОВИЛ:\n\n")
        c.t("Истец ").n(pl, form="sur").t(" указал в иске адрес ответчика: ").k("г. Бишкек, ул. Исанова, 105", "lookalike").t(" (адрес его работы). По сведениям адресного бюро ").n(rs, form=c.ini()).bd(rs)
        c.t(" зарегистрирован" + ("а" if rs.fem else "") + " по адресу: ").addr("rs").t(". Телефон ответчика ").phone("rs").t(" недоступен.\nРуководствуясь ").k("ст. 33 ГПК КР", "statute").t(", суд\n\nОПРЕДЕЛИЛ:\n\n")
        c.t("Гражданское дело по иску ").n(pl, "gen", "init").t(" к ").n(rs, "dat", "init").t(" передать по подсудности в ").k(other[0], "court").t(".")
    else:
        c.n(pl, suf="gen").t(" ").n(rs, suf="dat").t(" карата тил кат боюнча карызды өндүрүү жөнүндө доосу боюнча жарандык иштин материалдарын карап,\n\nАНЫКТАДЫ:\n\n")
        c.t("Доогер ").n(pl, form="sur").t(" доо арызында жоопкердин дарегин ").k("Бишкек шаары, Исанов көчөсү, 105", "lookalike").t(" (иштеген жери) деп көрсөткөн. Дарек бюросунун маалыматы боюнча ").n(rs, form=c.ini()).bd(rs)
        c.t(" ").addr("rs").t(" дарегинде катталган. Жоопкердин ").phone("rs").t(" телефону иштебейт.\n").k("ЖПКнын 33-беренесин", "statute").t(" жетекчиликке алып, сот\n\nАНЫКТАМА ЧЫГАРДЫ:\n\n")
        c.n(pl, suf="gen", form="init").t(" доосу боюнча жарандык иш ").k(other[1], "court").t(" өткөрүлүп берилсин.")


# 14 a house not built: customers v. a contractor entrepreneur
def construction(c):
    h = c.person("plaintiff", fem=False)
    w = c.person("plaintiff", fem=True, surname=h.sur, people=h.people)
    ip = c.person("respondent")
    br = c.person("witness", fem=False)
    org = c.rng.choice(["ОсОО «Нурлан и К»", "ОсОО «Айбек-Курулуш»", "ОсОО «Элдияр»"])
    if c.lang == "ru":
        c.t("рассмотрев дело по иску ").n(h, "gen").t(" и ").n(w, "gen").t(" к индивидуальному предпринимателю ").n(ip, "dat").t(" о расторжении договора подряда,\n\nУСТАНОВИЛ:\n\n")
        sur = h.ru("nom", "sur")
        c.t("Супруги ").a.m(sur + "ы" if sur.endswith(("ов", "ев", "ин")) else sur, "name", h.key, h.role)
        c.t(" заключили с ИП ").n(ip, "ins", c.ini()).t(" (ИНН ").pin(ip).t(", тел. ").phone("ip").t(", ").email("ip", ip).t(") договор о строительстве дома на участке по адресу: ").addr("h").t(", код ").prop("h")
        c.t(". Истица ").n(w, form="gp").t(" перевела ").k("1 200 000 сомов", "amount").t(" со своей карты ").account("w", card=True).t(". Бетон поставляло ").k(org, "organization").t(" (").k("г. Бишкек, ул. Жибек Жолу, 471", "organization").t("). Прораб ")
        c.n(br, form="full").t(" показал, что работы остановлены.\nРуководствуясь ").k("ст. 717 ГК КР", "statute").t(", суд\n\nРЕШИЛ:\n\nВзыскать с ").n(ip, "gen", "init").t(" в пользу ").n(h, "gen", "init").t(" и ").n(w, "gen", "init").t(" ").k("1 200 000 сомов", "amount").t(".")
    else:
        c.n(h, suf=None).t(" жана ").n(w, suf="gen").t(" жеке ишкер ").n(ip, suf="dat").t(" карата курулуш келишимин бузуу жөнүндө доосун карап,\n\nАНЫКТАДЫ:\n\n")
        c.t("Жубайлар ").n(h, form="sur").t(" ЖИ ").n(ip, form=c.ini()).t(" (ИСН ").pin(ip).t(", тел. ").phone("ip").t(", ").email("ip", ip).t(") менен ").addr("h").t(" дарегиндеги жер тилкесине үй курууга келишим түзүшкөн, коду ").prop("h")
        c.t(". Доогер ").n(w, form="gp").t(" ").account("w", card=True).t(" картасынан ").k("1 200 000 сом", "amount").t(" которгон. Бетонду ").k(org, "organization").t(" (").k("Бишкек шаары, Жибек Жолу көчөсү, 471", "organization").t(") жеткирген. Прораб ")
        c.n(br, form="full").t(" иш токтоп калганын айтты.\n").k("Жарандык кодекстин 717-беренесин", "statute").t(" жетекчиликке алып, сот\n\nЧЕЧТИ:\n\n").n(ip, suf="abl", form="init").t(" ").n(h, suf="gen", form="sur").t(" пайдасына ").k("1 200 000 сом", "amount").t(" өндүрүлсүн.")


BODIES = [
    ("verdict_bride_kidnapping", "verdict", "criminal", "1", "П Р И Г О В О Р", "Ө К Ү М", (3, 3), bride),
    ("verdict_mass_fraud", "verdict", "criminal", "1", "ПРИГОВОР", "ӨКҮМ", (3, 2), mass_fraud),
    ("verdict_car_hijack", "verdict", "criminal", "1", "ПРИГОВОР", "ӨКҮМ", (3, 2), car_hijack),
    ("verdict_arson", "verdict", "criminal", "1", "ПРИГОВОР", "ӨКҮМ", (2, 3), arson),
    ("verdict_document_forgery", "verdict", "criminal", "1", "ПРИГОВОР", "ӨКҮМ", (3, 2), forgery),
    ("decision_microcredit_surety", "decision", "civil", "2", "РЕШЕНИЕ", "ЧЕЧИМ", (3, 2), microcredit),
    ("decision_alimony_increase", "decision", "civil", "2", "РЕШЕНИЕ", "ЧЕЧИМ", (2, 3), alimony),
    ("decision_will_contested", "decision", "civil", "2", "РЕШЕНИЕ", "ЧЕЧИМ", (3, 2), will),
    ("decision_pension_fund", "decision", "administrative", "3", "РЕШЕНИЕ", "ЧЕЧИМ", (2, 3), pension),
    ("decision_registry_fact", "decision", "civil", "2", "РЕШЕНИЕ", "ЧЕЧИМ", (2, 3), registry),
    ("decision_dog_bite", "decision", "civil", "2", "РЕШЕНИЕ", "ЧЕЧИМ", (3, 2), dog),
    ("decision_acquisitive_prescription", "decision", "civil", "2", "РЕШЕНИЕ", "ЧЕЧИМ", (2, 3), prescription),
    ("ruling_jurisdiction_transfer", "ruling", "civil", "2", "ОПРЕДЕЛЕНИЕ", "АНЫКТАМА", (2, 2), transfer),
    ("decision_construction_contract", "decision", "civil", "2", "РЕШЕНИЕ", "ЧЕЧИМ", (3, 2), construction),
]
