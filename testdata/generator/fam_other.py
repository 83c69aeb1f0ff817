"""Russian administrative, misdemeanor and economic acts; appeal rulings; cassation resolutions."""

from __future__ import annotations

from common import ru_date, ru_date_short, plate, account, org_inn, money
from doc import K, M
from fam_common import (g, act_date, earlier, case_no, ru_title, statute, court_k, money_k,
                        ru_act_date, place, decor_layout, lookalike_civ, lookalike_ru, filler, fillers)
import courts

GEN_COURT = {  # first-instance court names in the genitive, as appeal acts cite them
    "bishkek-pervomaisky": "Первомайского районного суда города Бишкек",
    "bishkek-leninsky": "Ленинского районного суда города Бишкек",
    "bishkek-oktyabrsky": "Октябрьского районного суда города Бишкек",
    "bishkek-sverdlovsky": "Свердловского районного суда города Бишкек",
    "osh-city": "Ошского городского суда",
    "chui-sokuluk": "Сокулукского районного суда Чуйской области",
    "chui-alamudun": "Аламудунского районного суда Чуйской области",
    "issykkul-karakol": "Каракольского городского суда Иссык-Кульской области",
    "naryn-city": "Нарынского городского суда Нарынской области",
    "jalalabad-city": "Джалал-Абадского городского суда",
    "talas-city": "Таласского городского суда Таласской области",
    "batken-district": "Баткенского районного суда Баткенской области",
}
APPEAL_GEN = {"bishkek-city": "Бишкекского городского суда", "chui-regional": "Чуйского областного суда",
              "osh-regional": "Ошского областного суда",
              "issykkul-regional": "Иссык-Кульского областного суда"}


def _meta(act, court, cn, kind, category, instance, d0, judges):
    act.meta = dict(court=court, case_number=cn, kind=kind, category=category,
                    instance=instance, date=d0, judges=[j.meta_name for j in judges])


def administrative(ctx, act, long=False, **_):
    rng = ctx.rng
    d0 = act_date(rng)
    court = courts.INTERDISTRICT
    cn = case_no(rng, "АД", d0)
    judge, sec = ctx.official("judge"), ctx.official("secretary")
    body = ctx.pick(courts.STATE_BODIES)
    body_rep = ctx.official("official")
    pl = ctx.party("plaintiff")
    rep = ctx.party("representative") if ctx.chance(0.5) else None
    feats = decor_layout(act, ctx, court[1], cn, "ru")
    _meta(act, court, cn, "decision", "administrative", "first", d0, [judge])
    act.p("Дело № ", K(cn, "case_number"), align="left")
    ru_title(act, "РЕШЕНИЕ", ctx.chance(0.4))
    act.p("ИМЕНЕМ КЫРГЫЗСКОЙ РЕСПУБЛИКИ", align="center", bold=True)
    act.p(ru_act_date(d0), "\t\t\t\t", place(court[3]), align="left")
    p = [court_k(court[1]), " в составе председательствующего судьи ", judge.k("gen"),
         ", при секретаре ", sec.k("pre"), ", с участием заявителя ", pl.short("gen")]
    if rep:
        p += [", представителя заявителя ", rep.short("gen")]
    p += [", представителя ответчика по доверенности ", body_rep.k("gen"), ","]
    act.p(*p)
    act.p("рассмотрев в открытом судебном заседании административное дело по заявлению ",
          pl.full("gen"), " к ответчику – ", K(body, "state_body"),
          " о признании незаконным решения об отказе и обязании совершить действия,")
    act.p("У С Т А Н О В И Л:" if ctx.chance(0.6) else "УСТАНОВИЛ:", align="center", bold=True)
    subj = ctx.pick(["в предоставлении земельного участка под индивидуальное жилищное строительство",
                     "в назначении пенсии по возрасту", "в регистрации по месту жительства",
                     "в выдаче разрешения на строительство"])
    ad = earlier(rng, d0, 60, 400)
    act.p("Заявитель ", pl.ref("nom"), " (ПИН ", pl.pin(), "), проживающ", g(pl, "ий", "ая"),
          " по адресу: ", pl.address(), ", ", ru_date(ad), " обратил", g(pl, "ся", "ась"), " к ответчику "
          "с заявлением, однако письмом от ", ru_date(earlier(rng, d0, 20, 59)), " ", g(pl, "ему", "ей"),
          " было отказано ", subj, ".")
    act.p("Заявитель считает отказ незаконным, поскольку все необходимые документы, включая копию "
          "паспорта ", *(lambda pp: [pp[1]])(pl.passport()), " и справку о составе семьи, были "
          "представлены. Контактный телефон заявителя: ", pl.phone(), ".")
    act.p("Представитель ответчика ", body_rep.k("nom"), " заявление не признал",
          g(body_rep.p, "", "а"), ", пояснив, что отказ соответствует требованиям ",
          statute(ctx.pick(["ст. 16 Закона КР «Об основах административной деятельности и "
                            "административных процедурах»", "ст. 113 Административно-процессуального "
                            "кодекса КР"])), ".")
    if ctx.chance(0.35):
        act.p(*lookalike_civ(ctx))
    if long:
        for _ in range(5):
            act.p(*filler(ctx, "civil"))
    for para in fillers(ctx, "civil", 0, 3):
        act.p(*para)
    act.p("Руководствуясь ", statute("ст.ст. 198, 199 Административно-процессуального кодекса КР"),
          ", суд")
    act.p("Р Е Ш И Л:" if ctx.chance(0.6) else "РЕШИЛ:", align="center", bold=True)
    act.p("Заявление ", pl.short("gen"), " удовлетворить. Признать незаконным решение ответчика от ", ru_date(earlier(rng, d0, 20, 59)),
          " и обязать ответчика повторно рассмотреть заявление ", pl.full("gen"), ".")
    act.p("Решение может быть обжаловано в ", court_k("Бишкекский городской суд"),
          " в течение 30 дней.")
    act.p("Судья", "\t\t\t", judge.k("nom"), align="left")
    return feats


def misdemeanor(ctx, act, long=False, **_):
    rng = ctx.rng
    d0 = act_date(rng, 2019, 2025)
    court = ctx.pick(courts.FIRST)
    cn = case_no(rng, "5", d0)
    judge, sec = ctx.official("judge"), ctx.official("secretary")
    insp = ctx.official("official")
    d = ctx.party("defendant")
    feats = decor_layout(act, ctx, court[1], cn, "ru")
    _meta(act, court, cn, "resolution", "misdemeanor", "first", d0, [judge])
    act.p("Дело № ", K(cn, "case_number"), align="left")
    ru_title(act, "ПОСТАНОВЛЕНИЕ", ctx.chance(0.4))
    act.p("по делу о правонарушении", align="center")
    act.p(ru_act_date(d0), "\t\t\t\t", place(court[3]), align="left")
    pre, bm, suf = d.birth()
    act.p("Судья ", court_k(GEN_COURT[court[0]]), " ", judge.k("nom"),
          ", при секретаре ", sec.k("pre"), ", рассмотрев материалы дела о правонарушении, "
          "предусмотренном ", statute(ctx.pick(["ч. 1 ст. 154 Кодекса о правонарушениях КР",
                                               "ст. 147 Кодекса о правонарушениях КР"])),
          ", в отношении ", d.full("gen", upper_sur=ctx.chance(0.5)), ", ", pre, bm, suf,
          ", проживающ", g(d, "его", "ей"), " по адресу: ", d.address(), ", ПИН ", d.pin(), ",")
    act.p("У С Т А Н О В И Л:" if ctx.chance(0.6) else "УСТАНОВИЛ:", align="center", bold=True)
    pl_ = plate(rng)
    pe = ctx.ent("PLATE")
    ed = earlier(rng, d0, 3, 40)
    act.p(ru_date(ed), " в ", str(rng.randint(0, 23)), " час. ", str(rng.randint(10, 59)),
          " мин. ", d.full("nom"), ", управляя автомашиной «", ctx.pick(["Toyota Prius", "Honda Odyssey",
                                                                     "Mazda Demio", "BMW 525"]),
          "» с государственным номером ", M(pl_, "plate", pe), ", ",
          ctx.pick([["на ", K("проспекте Жибек Жолу", "lookalike")], ["на ", K("ул. Токтогула", "lookalike"), " возле дома № 12"],
                    ["на ", K("проспекте Мира", "lookalike")], "в районе Ошского базара"]),
          ", находил", g(d, "ся", "ась"), " в состоянии алкогольного опьянения, что подтверждается актом "
          "медицинского освидетельствования № ", str(rng.randint(100, 9999)), ".")
    act.p("Протокол составлен инспектором ", K("Управления патрульной милиции ГУВД г. Бишкек", "state_body"),
          " ", insp.k("ins"), "; водительское удостоверение изъято, автомашина ",
          M(pl_, "plate", pe), " помещена на специализированную стоянку.")
    act.p("В судебном заседании ", d.ref("nom"), " вину признал", g(d, "", "а"), ", пояснил",
          g(d, "", "а"), ", что работает ", ctx.pick(["водителем такси", "курьером", "строителем"]),
          ", просил", g(d, "", "а"), " строго не наказывать. Телефон для уведомлений: ", d.phone(), ".")
    act.p("Руководствуясь ", statute("ст.ст. 508-512 Кодекса о правонарушениях КР"), ", судья")
    act.p("П О С Т А Н О В И Л:" if ctx.chance(0.6) else "ПОСТАНОВИЛ:", align="center", bold=True)
    act.p("Признать ", d.full("acc", upper_sur=ctx.chance(0.5)), " виновн", g(d, "ым", "ой"),
          " и наложить взыскание в виде штрафа в размере ", money_k(ctx, 10000, 40000, 5000),
          " с лишением права управления транспортными средствами сроком на 1 год.")
    act.p("Постановление может быть обжаловано в течение 10 дней.")
    act.p("Судья", "\t\t\t", judge.k("nom"), align="left")
    return feats


def economic(ctx, act, long=False, **_):
    rng = ctx.rng
    d0 = act_date(rng)
    court = courts.INTERDISTRICT
    cn = case_no(rng, "ЭД", d0)
    judge, sec = ctx.official("judge"), ctx.official("secretary")
    c1, c2 = rng.sample(courts.COMPANIES, 2)
    inn1, inn2 = org_inn(rng), org_inn(rng)
    acc1 = account(rng)
    dir1 = ctx.party("representative")
    ip = ctx.party("third_party") if ctx.chance(0.6) else None
    feats = decor_layout(act, ctx, court[1], cn, "ru")
    _meta(act, court, cn, "decision", "economic", "first", d0, [judge])
    act.p("Дело № ", K(cn, "case_number"), align="left")
    ru_title(act, "РЕШЕНИЕ", ctx.chance(0.4))
    act.p("ИМЕНЕМ КЫРГЫЗСКОЙ РЕСПУБЛИКИ", align="center", bold=True)
    act.p(ru_act_date(d0), "\t\t\t\t", place(court[3]), align="left")
    act.p(court_k(court[1]), " в составе судьи ", judge.k("gen"), ", при секретаре ", sec.k("pre"),
          ", рассмотрев в открытом судебном заседании экономическое дело по иску ",
          K(c1, "organization"), " (ИНН ", K(inn1, "organization"), ") в лице директора ",
          dir1.full("gen"), ", действующ", g(dir1, "его", "ей"), " на основании Устава, к ",
          K(c2, "organization"), " (ИНН ", K(inn2, "organization"), ") о взыскании задолженности "
          "по договору поставки и неустойки,")
    act.p("У С Т А Н О В И Л:" if ctx.chance(0.6) else "УСТАНОВИЛ:", align="center", bold=True)
    sd = earlier(rng, d0, 200, 900)
    debt = money(rng, 100000, 9000000, 1000)
    act.p("Между истцом и ответчиком ", ru_date(sd), " заключён договор поставки № ",
          str(rng.randint(1, 300)), "/", str(sd.year), ", по которому истец поставил товар на сумму ",
          K(debt + " сом", "amount"), ". Ответчик оплату не произвёл. Реквизиты истца: р/с ",
          K(acc1, "organization"), " в ", K(ctx.pick(courts.BANKS), "organization"), ", ОКПО ",
          K(str(rng.randint(20000000, 29999999)), "organization"), ".")
    rows = [[["№ накладной"], ["Дата"], ["Сумма, сом"]]]
    for i in range(rng.randint(3, 7 if not long else 25)):
        rows.append([[str(rng.randint(100, 999))], [ru_date_short(earlier(rng, sd, -200, -1))],
                     [K(money(rng, 10000, 900000, 100), "amount")]])
    act.p("Поставка подтверждается следующими товарными накладными:")
    act.table(rows)
    feats.add("table")
    if ip:
        act.p("Товар по поручению ответчика получал индивидуальный предприниматель ", ip.full("nom"),
              " (ИНН ", ip.pin(), ", свидетельство о государственной регистрации выдано ",
              K("Государственной налоговой службой", "state_body"), "), что подтверждается "
              "доверенностью и ", g(ip, "его", "её"), " подписью на накладных.")
    act.p("Директор истца ", dir1.ref("nom"), " в судебном заседании иск поддержал",
          g(dir1, "", "а"), ". Ответчик, надлежаще извещённый по юридическому адресу: ",
          K(f"г. Бишкек, {ctx.pick(['проспект Чуй', 'ул. Киевская', 'ул. Московская'])}, "
            f"{rng.randint(1, 200)}", "organization"), ", в суд не явился.")
    if ctx.chance(0.3):
        act.p("Наименование ответчика ", K(c2, "organization"), " не связано с датой ",
              K("Победы", "lookalike"), " и не влияет на существо спора.")
    if long:
        for _ in range(6):
            act.p(*filler(ctx, "civil"))
    act.p("В соответствии со ", statute("ст. 299"), " и ", statute("ст. 509 ГК КР"),
          " покупатель обязан оплатить поставленный товар.")
    act.p("Руководствуясь ", statute("ст.ст. 198-203 ГПК КР"), ", суд")
    act.p("Р Е Ш И Л:" if ctx.chance(0.6) else "РЕШИЛ:", align="center", bold=True)
    act.p("Взыскать с ", K(c2, "organization"),
          " в пользу ", K(c1, "organization"), " задолженность ", K(debt + " сом", "amount"),
          ", неустойку ", money_k(ctx, 5000, 500000), " и государственную пошлину ",
          money_k(ctx, 1000, 60000, 100), ".")
    act.p("Решение может быть обжаловано в ", court_k("Бишкекский городской суд"), " в течение 30 дней.")
    act.p("Судья", "\t\t\t", judge.k("nom"), align="left")
    return feats


def appeal(ctx, act, long=False, **_):
    rng = ctx.rng
    d0 = act_date(rng)
    ac = ctx.pick(courts.APPEAL)
    fc = ctx.pick(courts.FIRST)
    cn = case_no(rng, "2А", d0)
    pres, j2, j3 = (ctx.official("judge") for _ in range(3))
    first_judge = ctx.official("judge")
    sec = ctx.official("secretary")
    pl, rs = ctx.party("plaintiff"), ctx.party("respondent")
    adv = ctx.official("advocate")
    feats = decor_layout(act, ctx, ac[1], cn, "ru")
    _meta(act, ac, cn, "ruling", "civil", "appeal", d0, [pres, j2, j3])
    act.p("Дело № ", K(cn, "case_number"), align="left")
    ru_title(act, "АПЕЛЛЯЦИОННОЕ ОПРЕДЕЛЕНИЕ", False)
    act.p(ru_act_date(d0), "\t\t\t\t", place(ac[3]), align="left")
    act.p("Судебная коллегия по гражданским делам ", court_k(APPEAL_GEN[ac[0]]),
          " в составе: председательствующего ", pres.k("gen"), ", судей ", j2.k("gen"), ", ",
          j3.k("gen"), " (докладчик), при секретаре ", sec.k("pre"), ", с участием истца ",
          pl.short("gen"), " и адвоката ", adv.k("gen"), ",")
    fd = earlier(rng, d0, 40, 200)
    subj = ctx.pick(["о взыскании долга по договору займа", "о разделе совместно нажитого имущества",
                     "о выселении", "о возмещении материального ущерба"])
    act.p("рассмотрев в открытом судебном заседании гражданское дело по апелляционной жалобе ",
          g(rs, "ответчика ", "ответчицы "), rs.full("gen"), " на решение ",
          court_k(GEN_COURT[fc[0]]), " от ", ru_date(fd), " по иску ", pl.full("gen"), " к ",
          rs.short("dat"), " ", subj, ",")
    act.p("(судья первой инстанции ", first_judge.k("nom"), ")", align="left")
    act.p("У С Т А Н О В И Л А:" if ctx.chance(0.6) else "УСТАНОВИЛА:", align="center", bold=True)
    act.p("Решением суда первой инстанции иск ", pl.short("gen"), " удовлетворён, с ",
          rs.short("gen"), " взыскано ", money_k(ctx, 20000, 900000), ".")
    a = ["В апелляционной жалобе ", rs.ref("nom"), " просит решение отменить, ссылаясь на то, что "
         "не был", g(rs, "", "а"), " извещен", g(rs, "", "а"), " о времени судебного заседания, "
         "так как с ", str(fd.year - 1), " года проживает по адресу: ", rs.address()]
    if ctx.chance(0.5):
        a += [", а повестки направлялись по прежнему адресу"]
    a += ["."]
    act.p(*a)
    act.p("Истец ", pl.ref("nom"), " и адвокат ", adv.k("nom"), " просили оставить решение без "
          "изменения, указав, что ответчик уведомлялся также по телефону ", rs.phone(), ".")
    if ctx.chance(0.3):
        act.p(*lookalike_civ(ctx))
    if long:
        for _ in range(4):
            act.p(*filler(ctx, "civil"))
    outcome = ctx.pick(["оставить без изменения, апелляционную жалобу – без удовлетворения",
                        "отменить и направить дело на новое рассмотрение в тот же суд в ином составе"])
    for para in fillers(ctx, "civil", 0, 3):
        act.p(*para)
    act.p("Руководствуясь ", statute("ст.ст. 331-335 ГПК КР"), ", судебная коллегия")
    act.p("О П Р Е Д Е Л И Л А:" if ctx.chance(0.6) else "ОПРЕДЕЛИЛА:", align="center", bold=True)
    act.p("Решение ", court_k(GEN_COURT[fc[0]]), " от ", ru_date(fd), " по делу по иску ",
          pl.full("gen"), " к ", rs.full("dat"), " ", outcome, ".")
    act.p("Определение может быть обжаловано в ", court_k("Верховный суд Кыргызской Республики"),
          " в кассационном порядке.")
    act.p("Председательствующий", "\t\t", pres.k("nom"), align="left")
    act.p("Судьи", "\t\t\t", j2.k("nom"), align="left")
    act.p("\t\t\t", j3.k("nom"), align="left")
    return feats


def cassation(ctx, act, long=False, **_):
    rng = ctx.rng
    d0 = act_date(rng)
    sc = courts.SUPREME
    fc = ctx.pick(courts.FIRST)
    ac = ctx.pick(courts.APPEAL)
    cn = case_no(rng, "УК", d0)
    pres, j2, j3 = (ctx.official("judge") for _ in range(3))
    sec, pros, adv = ctx.official("secretary"), ctx.official("prosecutor"), ctx.official("advocate")
    d = ctx.party("defendant")
    v = ctx.party("victim")
    feats = decor_layout(act, ctx, sc[1], cn, "ru")
    _meta(act, sc, cn, "resolution", "criminal", "cassation", d0, [pres, j2, j3])
    act.p("Дело № ", K(cn, "case_number"), align="left")
    ru_title(act, "ПОСТАНОВЛЕНИЕ", ctx.chance(0.5))
    act.p("ВЕРХОВНОГО СУДА КЫРГЫЗСКОЙ РЕСПУБЛИКИ", align="center", bold=True)
    act.p(ru_act_date(d0), "\t\t\t\t", place(sc[3]), align="left")
    act.p("Судебная коллегия по уголовным делам и делам о проступках ",
          court_k("Верховного суда Кыргызской Республики"), " в составе: председательствующего ",
          pres.k("gen"), ", судей ", j2.k("gen"), ", ", j3.k("gen"), ", при секретаре ",
          sec.k("pre"), ", с участием прокурора ", K("Генеральной прокуратуры Кыргызской Республики",
                                                    "state_body"), " ", pros.k("gen"),
          ", адвоката ", adv.k("gen"), ", ", g(d, "осуждённого ", "осуждённой "), d.short("gen"),
          " (посредством видеоконференцсвязи),")
    vd = earlier(rng, d0, 200, 700)
    ad = earlier(rng, d0, 30, 190)
    act.p("рассмотрела в открытом судебном заседании уголовное дело по кассационной жалобе адвоката ",
          adv.k("gen"), " в интересах ", g(d, "осуждённого ", "осуждённой "),
          d.full("gen", upper_sur=ctx.chance(0.4)), " на приговор ", court_k(GEN_COURT[fc[0]]),
          " от ", ru_date(vd), " и определение судебной коллегии ", court_k(APPEAL_GEN[ac[0]]),
          " от ", ru_date(ad), ".")
    pre, bm, suf = d.birth(ctx.pick(["born", "gr", "year"]))
    art = ctx.pick(["п. 2 ч. 2 ст. 168 УК КР", "ч. 2 ст. 164 УК КР", "ч. 3 ст. 166 УК КР",
                    "ч. 1 ст. 97 УК КР"])
    act.p("Приговором ", d.full("nom", upper=ctx.chance(0.4), broken=ctx.chance(0.25)), ", ", pre, bm, suf,
          g(d, ", уроженец ", ", уроженка "), ctx.pick(["г. Токмок", "с. Кочкор", "г. Узген", "г. Ош"]),
          ", зарегистрированн", g(d, "ый", "ая"), " по адресу: ", d.address(),
          ", осужден", g(d, "", "а"), " по ", statute(art), " к ",
          ctx.pick(["7 годам", "5 годам", "3 годам 6 месяцам"]), " лишения свободы.")
    act.p(d.ref("nom"), " признан", g(d, "", "а"), " виновн", g(d, "ым", "ой"), " в том, что ",
          ru_date(earlier(rng, vd, 100, 400)), " открыто похитил", g(d, "", "а"), " у ",
          v.full("gen"), " мобильный телефон и денежные средства на общую сумму ",
          money_k(ctx, 5000, 150000), ", причинив потерпевш", g(v, "ему", "ей"),
          " значительный ущерб.")
    act.p("В кассационной жалобе адвокат ", adv.k("nom"), " просит приговор изменить, смягчить "
          "наказание, указывая, что ", d.ref("nom"), " ранее не судим", g(d, "", "а"),
          ", имеет на иждивении детей, ущерб потерпевш", g(v, "ему", "ей"), " ", v.ref("dat"),
          " возмещён полностью.")
    act.p("Прокурор ", pros.k("nom"), " полагал кассационную жалобу не подлежащей удовлетворению.")
    if long:
        for _ in range(8):
            act.p(*filler(ctx, "criminal"))
    act.p("Проверив материалы дела и обсудив доводы жалобы, судебная коллегия находит, что выводы "
          "суда о виновности ", d.ref("gen"), " основаны на доказательствах, исследованных в "
          "судебном заседании, а действия ", g(d, "его", "её"), " квалифицированы правильно.")
    if ctx.chance(0.3):
        act.p(*lookalike_ru(ctx))
    for para in fillers(ctx, "criminal", 0, 3):
        act.p(*para)
    act.p("Руководствуясь ", statute("ст.ст. 416-418 УПК КР"), ", судебная коллегия")
    act.p("П О С Т А Н О В И Л А:" if ctx.chance(0.6) else "ПОСТАНОВИЛА:", align="center", bold=True)
    act.p("Приговор ", court_k(GEN_COURT[fc[0]]), " от ", ru_date(vd), " в отношении ",
          d.full("gen"), " оставить без изменения, кассационную жалобу адвоката ", adv.k("gen"),
          " – без удовлетворения.")
    act.p("Постановление вступает в силу с момента принятия, окончательное и обжалованию не подлежит.")
    act.p("Председательствующий", "\t\t", pres.k("nom"), align="left")
    act.p("Судьи", "\t\t\t", j2.k("nom"), align="left")
    act.p("\t\t\t", j3.k("nom"), align="left")
    return feats


FAMILIES = {
    "decision_administrative": ("decision-administrative", administrative, None),
    "resolution_misdemeanor": ("resolution-misdemeanor", misdemeanor, None),
    "decision_economic": ("decision-economic", economic, None),
    "ruling_appeal": ("ruling-appeal", appeal, None),
    "resolution_cassation": ("resolution-cassation", cassation, None),
}
