"""The fourteen template families of heldout6 (Russian and Kyrgyz)."""
import world as W
from common import Ctx, K, M, setup, header, signature, amount, birth, put, lookalike

PEOPLE_MIX = ["kyrgyz", "kyrgyz", "kyrgyz", "russian", "uzbek", "kazakh", "dungan", "uyghur",
              "tatar", "tajik", "turkish", "korean", "german", "ukrainian"]


def pick_people(a):
    return a.rng.choice(PEOPLE_MIX + (["kyrgyz"] * 3 if a.lang == "ky" else []))


def kyr_person(a, role, female=None, uulu_ok=True, **kw):
    """A Kyrgyz person, sometimes written "father + уулу/кызы + given name"."""
    rng = a.rng
    if uulu_ok and rng.random() < 0.4:
        return a.person(role, "kyrgyz", female, uulu=rng.choice(["before", "after"]), **kw)
    return a.person(role, "kyrgyz", female, **kw)


def any_person(a, role, female=None, **kw):
    pp = pick_people(a)
    if pp == "kyrgyz":
        return kyr_person(a, role, female, **kw)
    return a.person(role, pp, female, **kw)


def relative(a, base, role, female=None, child=False, sibling=False, father=None):
    """A relative sharing the surname (a child gets the base person's name as patronymic,
    a sibling the same father)."""
    rng = a.rng
    female = rng.random() < 0.5 if female is None else female
    if base.uulu_order:
        # "… уулу/кызы": only a sibling (same father) or a child of a man shares the first word
        if father is None:
            if child and not base.female:
                father = base.given
            elif sibling:
                father = base.father
            else:
                father = rng.choice([f for f in ["Асанбек", "Мукаш", "Жумагазы", "Абдырахман", "Сатыбалды"]
                                     if f != base.father])
        return a.person(role, base.people, female, uulu=base.uulu_order, father=father)
    if father is None:
        if child and not base.female:
            father = base.given
        elif sibling:
            father = base.father
    return a.person(role, base.people, female, surname_m=getattr(base, "surname_m", base.surname),
                    father=father)


def officials(a, n_judges=1):
    js = [a.official("judge") for _ in range(n_judges)]
    sec = a.official("secretary")
    return js, sec


def addr(a, ctx, key, kind=None):
    return ctx.ident(key, "address", "ADDR", W.address(a.rng, a.lang, kind))


def base(a, courts, n_judges, case_no, y=2024):
    ctx = Ctx(a)
    court = a.rng.choice(courts) if isinstance(courts, list) else courts
    date = W.rand_date(a.rng, y, y)
    js, sec = officials(a, n_judges)
    setup(a, ctx, court, case_no, date, js, sec)
    return ctx, court, date, js


def meta(court, a, case_no, kind, cat, inst, date, js):
    return {"court": {"code": court[0], "name": court[1] if a.lang == "ru" else court[3]},
            "case_number": case_no, "kind": kind, "case_category": cat, "instance": inst,
            "decision_date": date.isoformat(), "judges": [j.meta_name() for j in js]}


# ====================================================================== 1
COMPANIES = ["ОсОО «Ала-Тоо Логистик»", "ОсОО «Береке Мир»", "ОсОО «Айпери Текстиль»",
             "ОАО «Кыргызнефтегаз Сервис»", "ОсОО «Надежда Агро»", "ОсОО «Тынчтык Курулуш»",
             "ОсОО «Азамат-Строй»", "ЗАО «Победа Трейд»", "ОсОО «Нур Электро»",
             "ОсОО «Элнура Фуд»", "ОсОО «Салтанат Медикал»", "ОсОО «Восток Цемент»"]


def appeal_supply(a):
    rng = a.rng
    case_no = f"{rng.choice(['ЭД', 'АЭД'])}-{rng.randint(100, 999)}/24{rng.choice(['', '.Б3'])}"
    ctx, court, date, js = base(a, W.APPEAL, 3, case_no)
    c1, c2 = rng.sample(COMPANIES, 2)
    ctx["c1"], ctx["c2"] = K(c1, "organization"), K(c2, "organization")
    ctx["inn1"], ctx["inn2"] = K(W.org_inn(rng), "organization"), K(W.org_inn(rng), "organization")
    ctx["acc1"] = K(W.account(rng), "organization")
    low = rng.choice(W.ECON)
    ctx["low"] = K(low[2] if a.lang == "ru" else W.ky_court(low, "gen"), "court")
    lowj = a.official("judge")
    ctx["lowj"] = lowj
    ctx["adv1"], ctx["adv2"] = a.official("advocate"), a.official("advocate")
    ctx["debt"], ctx["pen"] = amount(a, rng.randint(300, 9000) * 1000), amount(a, rng.randint(20, 900) * 1000)
    ctx["low_date"] = K(W.date_ru(W.rand_date(rng, 2023, 2023)) if a.lang == "ru" else W.date_ky(W.rand_date(rng, 2023, 2023)), "act_date")
    ctx["la"] = K(f"г. Бишкек, {rng.choice(['ул. Исанова', 'ул. Московская', 'пр. Чуй', 'ул. Раззакова'])}, {rng.randint(1, 200)}"
                  if a.lang == "ru" else f"Бишкек шаары, {rng.choice(['Исанов көчөсү', 'Москва көчөсү', 'Чүй проспектиси'])}, {rng.randint(1, 200)}", "organization")
    if a.lang == "ru":
        header(a, ctx, "АПЕЛЛЯЦИОННОЕ ОПРЕДЕЛЕНИЕ", national=False, panel=True,
               cat_ru="по экономическим делам")
        a.f(" с участием представителя истца — адвоката {adv1.short.gen}, представителя ответчика — "
            "адвоката {adv2.short.gen}, рассмотрев в открытом судебном заседании апелляционную жалобу "
            "{c2} на решение {low} от {low_date} по иску {c1} (ИНН {inn1}, юридический адрес: {la}) к {c2} "
            "(ИНН {inn2}) о взыскании задолженности по договору поставки,\n\nУСТАНОВИЛА:\n\n", **ctx)
        a.f("{c1} обратилось в суд с иском о взыскании с {c2} основного долга в размере {debt} и "
            "неустойки в размере {pen}. Решением суда первой инстанции (судья {lowj.short}) иск "
            "удовлетворён полностью. В апелляционной жалобе ответчик указывает, что товар поставлен "
            "с нарушением сроков, а расчёт неустойки произведён неверно. Адвокат {adv2.ini} доводы "
            "жалобы поддержал" + ("а" if ctx["adv2"].female else "") + ", адвокат {adv1.short} просил" +
            ("а" if ctx["adv1"].female else "") + " оставить решение без изменения.\n", **ctx)
        a.f("Судебная коллегия, заслушав доклад судьи {j1.short.gen}, проверив материалы дела, "
            "находит жалобу подлежащей частичному удовлетворению. Согласно {statute:ст. 299 ГК КР} "
            "поставщик обязан передать товар в срок, установленный договором; платёжными "
            "поручениями на расчётный счёт {acc1} подтверждена частичная оплата. Руководствуясь "
            "{statute:ст. 325 ГПК КР}, судебная коллегия\n\nОПРЕДЕЛИЛА:\n\n", **ctx)
        a.f("Решение {low} от {low_date} изменить в части неустойки, снизив её до {pen2}. В "
            "остальной части решение оставить без изменения, апелляционную жалобу {c2} — без "
            "удовлетворения. Определение может быть обжаловано в {supreme} в кассационном порядке.",
            pen2=amount(a, rng.randint(5, 19) * 1000), supreme=K("Верховный суд Кыргызской Республики", "court"), **ctx)
    else:
        header(a, ctx, "АПЕЛЛЯЦИЯЛЫК АНЫКТАМА", national=False, panel=True,
               cat_ky="экономикалык иштер боюнча сот коллегиясы")
        a.f(" доогердин өкүлү — адвокат {adv1.short}, жоопкердин өкүлү — адвокат {adv2.short} "
            "катышуусунда, {c1} (ИСН {inn1}, юридикалык дареги: {la}) {c2} (ИСН {inn2}) карата "
            "жеткирүү келишими боюнча карызды өндүрүү жөнүндө доосу боюнча {low} {low_date} чечимине "
            "{c2} берген апелляциялык арызын ачык сот отурумунда карап чыгып,\n\nАНЫКТАДЫ:\n\n", **ctx)
        a.f("{c1} сотко кайрылып, {c2} тарабынан {debt} негизги карызды жана {pen} айыпты өндүрүүнү "
            "сураган. Биринчи инстанциядагы соттун (судья {lowj.short}) чечими менен доо толук "
            "канааттандырылган. Адвокат {adv2.ini} арызды колдоду, адвокат {adv1.short} чечимди "
            "өзгөртүүсүз калтырууну сурады. {acc1} эсептешүү эсебине төлөмдөр түшкөнү тастыкталды.\n", **ctx)
        a.f("Сот коллегиясы судья {j1.short.gen} баяндамасын угуп, {statute:Кыргыз Республикасынын "
            "Жарандык кодексинин 299-беренесин} жетекчиликке алып, {statute:Жарандык процесстик "
            "кодексинин 325-беренесине} ылайык\n\nАНЫКТАДЫ:\n\n", **ctx)
        a.f("{low} {low_date} чечими айыптын бөлүгүндө өзгөртүлсүн, айып {pen2} чейин азайтылсын. "
            "Калган бөлүгүндө чечим өзгөртүүсүз, {c2} апелляциялык арызы канааттандырылбай калтырылсын. "
            "Аныктамага {supreme} кассациялык тартипте даттанууга болот.",
            pen2=amount(a, rng.randint(5, 19) * 1000), supreme=K("Кыргыз Республикасынын Жогорку сотуна", "court"), **ctx)
    signature(a, ctx, panel=True)
    return meta(court, a, case_no, "ruling", "economic", "appeal", date, js)


# ====================================================================== 2
def cassation_land_share(a):
    rng = a.rng
    case_no = f"05-{rng.randint(100, 2999)}/24 ГД"
    ctx, court, date, js = base(a, W.SUPREME, 3, case_no)
    pl = kyr_person(a, "plaintiff")
    rs = relative(a, pl, "respondent", sibling=True)
    # the deceased father: his given name is the patronymic (or the "уулу" word) of both children
    if pl.uulu_order:
        fa = a.person("third_party", "kyrgyz", False, uulu=pl.uulu_order, given=pl.father)
    else:
        fa = a.person("third_party", pl.people, False, surname_m=getattr(pl, "surname_m", pl.surname),
                      given=pl.father)
    ctx.update(pl=pl, rs=rs, fa=fa)
    rural = rng.choice(W.RURAL)
    ctx["plot"] = ctx.ident("plot", "property_code", "PROP", W.propcode(rng, plot=True))
    ctx["a1"] = ctx.ident("a1", "address", "ADDR", W.address(rng, a.lang, 0, rural))
    ctx["ao"] = K(rural[2].replace("ский айыл", "ского айыл") if a.lang == "ru" else rural[6] + "нын", "state_body")
    low1, low2 = rng.choice(W.FIRST), rng.choice(W.APPEAL)
    ctx["low1"] = K(low1[2] if a.lang == "ru" else W.ky_court(low1, "gen"), "court")
    ctx["low2"] = K(low2[2] if a.lang == "ru" else W.ky_court(low2, "gen"), "court")
    ctx["lj1"], ctx["lj2"] = a.official("judge"), a.official("judge")
    ctx["adv"] = a.official("advocate")
    ctx["area"] = K(f"{rng.randint(5, 40) / 10:.1f} га".replace(".", ","), "amount")
    d1 = W.rand_date(rng, 2023, 2023)
    ctx["d1"] = K(W.date_ru(d1) if a.lang == "ru" else W.date_ky(d1), "act_date")
    if a.lang == "ru":
        a.f("Дело № {case}\nПОСТАНОВЛЕНИЕ\nВЕРХОВНОГО СУДА КЫРГЫЗСКОЙ РЕСПУБЛИКИ\n{date} {town}\n\n"
            "Судебная коллегия по гражданским делам {court_gen} в составе: председательствующего "
            "{j0.short.gen}, судей {j1.short.gen}, {j2.short.gen}, при секретаре {sec.short.pre}, с "
            "участием {pl.full.gen} и " + ("её" if pl.female else "его") + " представителя адвоката {adv.short.gen}, рассмотрев в "
            "открытом судебном заседании кассационную жалобу {rs.full.gen} на решение {low1} от {d1} "
            "(судья {lj1.short}) и определение {low2} (председательствующий {lj2.short}) по иску "
            "{pl.short.gen} к {rs.short.dat} о признании права на земельную долю (пай),\n\n"
            "УСТАНОВИЛА:\n\n", **ctx)
        a.f("Как следует из материалов дела, их отцу {fa.full.dat} при распределении земель "
            "сельскохозяйственного назначения был выделен земельный пай площадью {area} (код "
            "участка {plot}), расположенный на территории {ao}. После смерти {fa.sur.gen} паем "
            "пользовал" + ("ась" if rs.female else "ся") + " {rs.gp}, проживающ" + ("ая" if rs.female else "ий") +
            " по адресу: {a1}. ", **ctx)
        a.f("Истец {pl.sur} указывает, что наследство принято обоими детьми, однако свидетельство о "
            "праве на земельную долю оформлено только на {rs.short.acc}. Суды обеих инстанций "
            "признали за {pl.ini.ins} право на половину доли.", **ctx)
        lookalike(a)
        a.f("\nДоводы жалобы {rs.sur.gen} о пропуске срока исковой давности судами проверены и "
            "обоснованно отклонены со ссылкой на {statute:ст. 212 ГК КР}. Руководствуясь "
            "{statute:ст. 354 ГПК КР}, судебная коллегия\n\nПОСТАНОВИЛА:\n\n"
            "Решение {low1} от {d1} и определение {low2} по делу по иску {pl.FULL.gen} оставить "
            "без изменения, кассационную жалобу {rs.short.gen} — без удовлетворения. Постановление "
            "окончательное и обжалованию не подлежит.", **ctx)
    else:
        a.f("Иш № {case}\nКЫРГЫЗ РЕСПУБЛИКАСЫНЫН ЖОГОРКУ СОТУНУН ТОКТОМУ\n{date} {town}\n\n"
            "{court_gen} жарандык иштер боюнча сот коллегиясы төрагалык кылуучу {j0.short}, "
            "судьялар {j1.short}, {j2.short} курамында, катчы {sec.short} катышуусунда, "
            "{pl.full} жана анын өкүлү адвокат {adv.short} катышуусунда, {pl.short.gen} "
            "{rs.short.dat} карата жер үлүшүнө (пайга) укукту таануу жөнүндө доосу боюнча "
            "{low1} {d1} чечимине (судья {lj1.short}) жана {low2} аныктамасына {rs.full.gen} "
            "кассациялык даттануусун карап чыгып,\n\nАНЫКТАДЫ:\n\n", **ctx)
        a.f("Иштин материалдары боюнча, алардын атасы {fa.full.dat} айыл чарба жерлерин бөлүштүрүүдө "
            "{area} жер үлүшү (участоктун коду {plot}) {ao} аймагында берилген. {fa.sur} "
            "каза болгондон кийин пайды {rs.gp} пайдаланып келген, ал {a1} дарегинде жашайт. ", **ctx)
        a.f("Доогер {pl.sur} мурасты эки бала тең кабыл алганын, бирок күбөлүк {rs.short.dat} гана "
            "берилгенин көрсөтөт. Эки инстанциядагы соттор {pl.ini.dat} үлүштүн жарымына укук таанышкан.", **ctx)
        lookalike(a)
        a.f("\n{rs.sur.gen} доонун мөөнөтү өтүп кеткендиги тууралуу жүйөлөрү {statute:Жарандык "
            "кодекстин 212-беренесине} шилтеме менен негиздүү четке кагылган. {statute:Жарандык "
            "процесстик кодекстин 354-беренесин} жетекчиликке алып, сот коллегиясы\n\nТОКТОМ КЫЛДЫ:\n\n"
            "{low1} {d1} чечими жана {low2} аныктамасы өзгөртүүсүз, {rs.short.gen} кассациялык "
            "даттануусу канааттандырылбай калтырылсын. Токтом акыркы болуп саналат.", **ctx)
    signature(a, ctx, panel=True)
    return meta(court, a, case_no, "resolution", "civil", "cassation", date, js)


# ====================================================================== 3
SHOPS = ["ОсОО «Ырыс Маркет»", "ОсОО «Глобус Азия»", "ИП «Ак Булак»", "ОсОО «Народный Плюс»",
         "ОсОО «Бермет Савда»", "ИП «Береке»"]


def offence_alcohol(a):
    rng = a.rng
    case_no = f"АП-{rng.randint(10, 990)}/24"
    ctx, court, date, js = base(a, W.FIRST, 1, case_no)
    off = any_person(a, "defendant")
    minor = any_person(a, "third_party")
    mom = relative(a, minor, "witness", female=True)
    insp = a.official("official")
    ctx.update(off=off, minor=minor, mom=mom, insp=insp)
    bd = W.rand_date(rng, 1970, 2002)
    mbd = W.rand_date(rng, 2007, 2008)
    ctx["shop"] = K(rng.choice(SHOPS), "organization")
    ctx["a1"] = addr(a, ctx, "a1")
    ctx["pin"] = ctx.ident("pin", "pin", "PIN", W.pin(rng, off.female, bd, rng.random() < 0.3))
    ctx["ph"] = ctx.ident("ph", "phone", "PHONE", W.phone(rng))
    ctx["fine"] = amount(a, rng.choice([17500, 20000, 25000]))
    bi = rng.randrange(2)
    ctx["body_gen"] = K(["Управления профилактики правонарушений ГУВД г. Бишкек",
                         "Отдела внутренних дел Октябрьского района г. Бишкек"][bi], "state_body")
    ctx["body"] = K(["Управление профилактики правонарушений ГУВД г. Бишкек",
                     "Отдел внутренних дел Октябрьского района г. Бишкек"][bi] if a.lang == "ru"
                    else ["Бишкек шаардык ИИБнын укук бузуулардын алдын алуу башкармалыгына",
                          "Ош шаардык ички иштер башкармалыгына"][bi], "state_body")
    if a.lang == "ky":
        ctx["body_gen"] = K(["Бишкек шаардык ИИБнын укук бузуулардын алдын алуу башкармалыгынын",
                             "Ош шаардык ички иштер башкармалыгынын"][bi], "state_body")
    if a.lang == "ru":
        header(a, ctx, "П О С Т А Н О В Л Е Н И Е", national=False)
        a.f(" рассмотрев протокол о нарушении, составленный инспектором {body_gen} {insp.short.ins}, "
            "в отношении {off.full.gen}, ", **ctx)
        put(a, birth(a, ctx, "bd", off, bd))
        a.f(", ПИН {pin}, проживающе" + ("й" if off.female else "го") + " по адресу: {a1}, тел. {ph}, "
            "работающе" + ("й" if off.female else "го") + " продавцом в {shop},\n\nУСТАНОВИЛ:\n\n", **ctx)
        a.f("В ходе рейда инспектор {insp.ini} установил" + ("а" if insp.female else "") +
            ", что продавец {off.short} реализовал" + ("а" if off.female else "") +
            " бутылку пива несовершеннолетне" + ("й" if minor.female else "му") + " {minor.full.dat}, ", **ctx)
        put(a, birth(a, ctx, "mbd", minor, mbd, style=0))
        a.f(", не потребовав документ, удостоверяющий возраст. Мать подростка {mom.gp} пояснила, что "
            + ("её дочь" if minor.female else "её сын"), **ctx)
        a.f(" {minor.given} вечером находил" + ("ась" if minor.female else "ся") + " у магазина. "
            "В судебном заседании {off.sur} вину признал" + ("а" if off.female else "") +
            ", пояснив, что спутал" + ("а" if off.female else "") + " покупателя со знакомым.", **ctx)
        lookalike(a)
        a.f("\nДействия {off.ini.gen} правильно квалифицированы по {statute:ст. 139 Кодекса "
            "Кыргызской Республики о правонарушениях}. Руководствуясь {statute:ст. 497 Кодекса о "
            "правонарушениях}, суд\n\nПОСТАНОВИЛ:\n\n{off.FULL.acc} признать виновн" +
            ("ой" if off.female else "ым") + " и назначить взыскание в виде штрафа в размере {fine}. "
            "Копию постановления направить в {body}.", **ctx)
    else:
        header(a, ctx, "ТОКТОМ", national=False)
        a.f(" {body_gen} инспектору {insp.short} түзгөн укук бузуу жөнүндө протоколду {off.full.dat} карата "
            "карап чыгып (", **ctx)
        put(a, birth(a, ctx, "bd", off, bd))
        a.f(", ЖИН {pin}, {a1} дарегинде жашаган, тел.: {ph}, {shop} сатуучу болуп иштеген),\n\nАНЫКТАДЫ:\n\n", **ctx)
        a.f("Рейд учурунда инспектор {insp.ini} сатуучу {off.short} жашы жете элек {minor.full.dat} "
            "(", **ctx)
        put(a, birth(a, ctx, "mbd", minor, mbd, style=0))
        a.f(") жашын тастыктаган документти талап кылбастан бир бөтөлкө сыра сатканын аныктаган. "
            "Өспүрүмдүн энеси {mom.gp} {minor.given.nom} кечинде дүкөндүн жанында болгонун түшүндүрдү. "
            "Сот отурумунда {off.sur} күнөөсүн моюнуна алды.", **ctx)
        lookalike(a)
        a.f("\n{off.ini.gen} аракеттери {statute:Кыргыз Республикасынын Укук бузуулар жөнүндө "
            "кодексинин 139-беренеси} менен туура квалификацияланган. Жогорудагылардын негизинде, сот\n\n"
            "ТОКТОМ КЫЛДЫ:\n\n{off.FULL} күнөөлүү деп табылсын жана ага {fine} өлчөмүндө айып пул "
            "салынсын. Токтомдун көчүрмөсү {body} жиберилсин.", **ctx)
    signature(a, ctx)
    return meta(court, a, case_no, "resolution", "misdemeanor", "first", date, js)


# ====================================================================== 4
BANKS = ["ОАО «Айыл Банк»", "ЗАО «Демир Кыргыз Интернэшнл Банк»", "ОАО «РСК Банк»",
         "ЗАО «Бай-Түшүм Банк»", "ОАО «Керемет Банк»"]


def bankruptcy_ip(a):
    rng = a.rng
    case_no = f"ЭД-{rng.randint(100, 999)}/24.Б{rng.randint(1, 9)}"
    ctx, court, date, js = base(a, W.ECON, 1, case_no)
    ip = any_person(a, "plaintiff")  # the debtor applies himself: the applicant
    cred = any_person(a, "third_party")
    wife = relative(a, ip, "third_party", female=not ip.female)
    adm = a.official("official")
    ctx.update(ip=ip, cred=cred, wife=wife, adm=adm)
    bd = W.rand_date(rng, 1965, 1995)
    ctx["pin"] = ctx.ident("pin", "pin", "PIN", W.pin(rng, ip.female, bd, rng.random() < 0.4))
    ctx["a1"] = addr(a, ctx, "a1")
    ctx["acc"] = ctx.ident("acc", "account", "ACC", W.account(rng))
    ctx["em"] = ctx.ident("em", "email", "EMAIL", W.email(rng, ip))
    ctx["ph"] = ctx.ident("ph", "phone", "PHONE", W.phone(rng))
    ctx["bank"] = K(rng.choice(BANKS), "organization")
    ctx["brand"] = K(rng.choice(["ИП «Ак Жол Сервис»", "ИП «Мир Ковров»", "ИП «Нур Транс»"]), "organization")
    ctx["tax"] = K("Государственной налоговой службой при Министерстве финансов Кыргызской Республики"
                   if a.lang == "ru" else "Кыргыз Республикасынын Финансы министрлигине караштуу Мамлекеттик салык кызматы", "state_body")
    ctx["d1"], ctx["d2"] = amount(a, rng.randint(400, 5000) * 1000), amount(a, rng.randint(50, 900) * 1000)
    ctx["d3"] = amount(a, rng.randint(10, 300) * 1000)
    # the entrepreneur's trade name carries his surname and initials: masked inside
    if a.lang == "ru":
        header(a, ctx, "РЕШЕНИЕ")
        a.t(" рассмотрев в открытом судебном заседании дело по заявлению индивидуального "
            "предпринимателя ")
        a.f("{ip.full.gen} (ИНН {pin}, адрес: {a1}, e-mail: {em}, тел. {ph}) о признании " + ("её" if ip.female else "его") + " "
            "банкротом,\n\nУСТАНОВИЛ:\n\n", **ctx)
        a.t("Индивидуальный предприниматель ")
        a.f("{ip.short}, осуществлявш" + ("ая" if ip.female else "ий") + " торговлю под вывеской «ИП ", **ctx)
        a.f("{ip.sur}», обратил" + ("ась" if ip.female else "ся") + " с заявлением о банкротстве, "
            "указав, что задолженность перед {bank} составляет {d1}, перед " + ("гражданкой" if cred.female else "гражданином") + " {cred.full.ins} — "
            "{d2}, перед {tax} — {d3}. Кредитор {brand} требований не заявил. Временный "
            "администратор {adm.short} представил" + ("а" if ctx["adm"].female else "") + " заключение об отсутствии имущества, достаточного "
            "для расчётов; единственный счёт должника {acc} арестован. Супруг" + ("" if ip.female else "а") +
            " должника {wife.gp} пояснил" + ("" if wife.female is False else "а") +
            ", что совместного имущества не имеется.", **ctx)
        lookalike(a)
        a.f("\nКредитор {cred.sur} против признания должника банкротом не возражал" + ("а" if cred.female else "") + ". Руководствуясь "
            "{statute:ст. 53 Закона Кыргызской Республики «О банкротстве (несостоятельности)»}, суд\n\n"
            "РЕШИЛ:\n\nПризнать индивидуального предпринимателя {ip.FULL.acc} банкротом и открыть "
            "ликвидационную процедуру. Назначить администратором {adm.short.acc}. Решение может быть "
            "обжаловано в {app} в течение месяца.",
            app=K("Бишкекский городской суд", "court"), **ctx)
    else:
        header(a, ctx, "ЧЕЧИМ")
        a.f(" жеке ишкер {ip.full.gen} (ИСН {pin}, дареги: {a1}, e-mail: {em}, тел. {ph}) аны "
            "банкрот деп таануу жөнүндө арызы боюнча ишти ачык сот отурумунда карап чыгып,\n\nАНЫКТАДЫ:\n\n", **ctx)
        a.f("«ИП {ip.sur}» деген көрнөк менен соода жүргүзгөн жеке ишкер {ip.short} {bank} алдында "
            "{d1}, жаран {cred.full.dat} {d2}, {tax} алдында {d3} карызы бар экенин көрсөтүп "
            "кайрылган. {brand} талап койгон жок. Убактылуу администратор {adm.short} карызкордун "
            "мүлкү жетишсиз экени жөнүндө корутунду берди; карызкордун {acc} эсеби камакка алынган. "
            "Жубайы {wife.gp} биргелешкен мүлк жок экенин түшүндүрдү.", **ctx)
        lookalike(a)
        a.f("\nКредитор {cred.sur} каршы болгон жок. {statute:Кыргыз Республикасынын «Банкроттук "
            "(төлөөгө жөндөмсүздүк) жөнүндө» Мыйзамынын 53-беренесин} жетекчиликке алып, сот\n\n"
            "ЧЕЧТИ:\n\nЖеке ишкер {ip.FULL} банкрот деп таанылсын, жоюу жол-жоболору ачылсын. "
            "Администратор болуп {adm.short} дайындалсын. Чечимге бир айдын ичинде {app} даттанууга болот.",
            app=K("Бишкек шаардык сотуна", "court"), **ctx)
    signature(a, ctx)
    return meta(court, a, case_no, "decision", "economic", "first", date, js)


# ====================================================================== 5
CAFES_KY = ["«Навват» кафесинде", "«Арзу» ресторанында", "«Жибек» кафесинде", "«Ак Өргө» тойканасында",
            "«Фаиза» кафесинде"]
CAFES = ["кафе «Навват»", "ресторан «Арзу»", "кафе «Жибек»", "тойкана «Ак Өргө»", "кафе «Фаиза»"]
CROSS_RU = [("улиц", "Киевской", "Исанова"), ("улиц", "Логвиненко", "Токтогула"),
            ("проспекта", "Манаса", "ул. Боконбаева"), ("улиц", "Ахунбаева", "Малдыбаева")]
CROSS_KY = [("Киев", "Исанов"), ("Логвиненко", "Токтогул"), ("Манас проспектиси менен", "Боконбаев"),
            ("Ахунбаев", "Малдыбаев")]


def verdict_hooliganism(a):
    rng = a.rng
    case_no = f"1-{rng.randint(100, 999)}/24"
    ctx, court, date, js = base(a, W.FIRST, 1, case_no)
    d = any_person(a, "defendant", female=False)
    v = any_person(a, "victim")
    w = any_person(a, "witness")
    ctx.update(d=d, v=v, w=w)
    ctx["pr"], ctx["adv"], ctx["inv"] = a.official("prosecutor"), a.official("advocate"), a.official("investigator")
    bd = W.rand_date(rng, 1980, 2003)
    ctx["a1"] = addr(a, ctx, "a1")
    ctx["pass"] = ctx.ident("pass", "passport", "PASS", W.passport(rng))
    ctx["ph"] = ctx.ident("ph", "phone", "PHONE", W.phone(rng))
    ctx["cafe"] = K(rng.choice(CAFES) if a.lang == "ru" else rng.choice(CAFES_KY), "organization")
    ctx["dmg"] = amount(a, rng.randint(8, 90) * 1000)
    if a.lang == "ru":
        cr = rng.choice(CROSS_RU)
        ctx["cross"] = K(f"{cr[0]} {cr[1]} и {cr[2]}", "lookalike")
        header(a, ctx, "ПРИГОВОР")
        a.f(" с участием государственного обвинителя {pr.short.gen}, защитника — адвоката "
            "{adv.short.gen}, подсудимого {d.full.gen}, потерпевше" + ("й" if v.female else "го") +
            " {v.full.gen}, рассмотрев уголовное дело в отношении {d.FULL.gen}, ", **ctx)
        put(a, birth(a, ctx, "bd", d, bd))
        a.f(", паспорт {pass}, зарегистрированного по адресу: {a1}, тел. {ph}, ранее не судимого, "
            "обвиняемого по {statute:ч. 2 ст. 282 УК КР},\n\nУСТАНОВИЛ:\n\n", **ctx)
        a.f("Подсудимый {d.short}, находясь в состоянии опьянения в {cafe}, расположенном на "
            "пересечении {cross} в {town}, грубо нарушая общественный порядок, опрокинул столы, "
            "разбил витрину и нанёс удары {v.gp.dat}, пытавш" + ("ейся" if v.female else "емуся") +
            " его успокоить. Официант {w.full} показал" + ("а" if w.female else "") +
            ", что {d.sur} выкрикивал угрозы в адрес посетителей. Ущерб составил {dmg}.", **ctx)
        lookalike(a)
        a.f("\nСледователь {inv.short} приобщил" + ("а" if ctx["inv"].female else "") + " к делу видеозапись. Потерпевш" + ("ая" if v.female else "ий") +
            " {v.sur} просил" + ("а" if v.female else "") + " строго не наказывать. Суд квалифицирует "
            "действия {d.ini.gen} по {statute:ч. 2 ст. 282 УК КР}. Руководствуясь "
            "{statute:ст. 329 УПК КР}, суд\n\nПРИГОВОРИЛ:\n\n{d.SURF.acc} признать виновным и "
            "назначить наказание в виде штрафа. Взыскать с {d.short.gen} в пользу {v.short.gen} {dmg}.", **ctx)
    else:
        cr = rng.choice(CROSS_KY)
        ctx["cross"] = K(f"{cr[0]} жана {cr[1]} көчөлөрүнүн кесилишинде", "lookalike")
        header(a, ctx, "ӨКҮМ")
        a.f(" мамлекеттик айыптоочу {pr.short}, коргоочу адвокат {adv.short}, соттолуучу {d.full}, "
            "жабырлануучу {v.full} катышуусунда, {d.FULL.gen} (", **ctx)
        put(a, birth(a, ctx, "bd", d, bd))
        a.f(", паспорту {pass}, {a1} дарегинде катталган, тел.: {ph}, мурда соттолбогон) "
            "{statute:Кыргыз Республикасынын Кылмыш-жаза кодексинин 282-беренесинин 2-бөлүгү} "
            "боюнча айыпталган кылмыш ишин карап чыгып,\n\nАНЫКТАДЫ:\n\n", **ctx)
        a.f("Соттолуучу {d.short} мас абалында {cross} жайгашкан {cafe} коомдук тартипти одоно "
            "бузуп, үстөлдөрдү оодарып, витринаны сындырып, аны тынчтандырууга аракет кылган "
            "{v.gp.dat} бир нече жолу урган. Официант {w.full} {d.sur.nom} коноктордун дарегине "
            "коркутуп кыйкырганын көрсөттү. Зыян {dmg} түздү.", **ctx)
        lookalike(a)
        a.f("\nТергөөчү {inv.short} видеожазманы ишке тиркеген. Жабырлануучу {v.sur} катуу жаза "
            "бербөөнү суранды. Сот {d.ini.gen} аракеттерин {statute:КЖКнын 282-беренесинин 2-бөлүгү} "
            "менен квалификациялайт. Жогорудагылардын негизинде, сот\n\nӨКҮМ КЫЛДЫ:\n\n{d.SURF} "
            "күнөөлүү деп табылсын жана ага айып пул түрүндө жаза дайындалсын. {d.short.abl} "
            "{v.short.gen} пайдасына {dmg} өндүрүлсүн.", **ctx)
    signature(a, ctx)
    return meta(court, a, case_no, "verdict", "criminal", "first", date, js)


# ====================================================================== 6
def verdict_bribe_offer(a):
    rng = a.rng
    case_no = f"1-{rng.randint(100, 999)}/24"
    ctx, court, date, js = base(a, W.FIRST, 1, case_no)
    d = any_person(a, "defendant")
    w = relative(a, d, "witness") if rng.random() < 0.5 else any_person(a, "witness")
    insp = a.official("official", female=False)
    insp2 = a.official("official", female=False)
    ctx.update(d=d, w=w, insp=insp, insp2=insp2)
    ctx["pr"], ctx["adv"], ctx["inv"] = a.official("prosecutor"), a.official("advocate"), a.official("investigator")
    bd = W.rand_date(rng, 1970, 2000)
    ctx["pin"] = ctx.ident("pin", "pin", "PIN", W.pin(rng, d.female, bd))
    ctx["a1"] = addr(a, ctx, "a1")
    ctx["plate"] = ctx.ident("plate", "plate", "PLATE", W.plate(rng, 2 if int(a.id[-3:]) % 2 else 3))
    ctx["ph"] = ctx.ident("ph", "phone", "PHONE", W.phone(rng))
    ctx["bribe"] = amount(a, rng.choice([3000, 5000, 10000, 15000]))
    car = rng.choice(["Toyota Camry", "Honda Fit", "Lexus RX 350", "Mercedes-Benz E 240", "Daewoo Nexia"])
    ctx["car"] = car
    ctx["upm"] = K("Управления патрульной милиции" if a.lang == "ru" else "Патрулдук милиция башкармалыгынын", "state_body")
    if a.lang == "ru":
        header(a, ctx, "ПРИГОВОР")
        a.f(" с участием прокурора {pr.short.gen}, адвоката {adv.short.gen}, подсудим" +
            ("ой" if d.female else "ого") + " {d.full.gen}, рассмотрев уголовное дело в отношении "
            "{d.full.gen}, ", **ctx)
        put(a, birth(a, ctx, "bd", d, bd))
        a.f(", ПИН {pin}, проживающ" + ("ей" if d.female else "его") + ": {a1}, обвиняем" +
            ("ой" if d.female else "ого") + " в совершении преступления, предусмотренного "
            "{statute:ч. 1 ст. 343 УК КР},\n\nУСТАНОВИЛ:\n\n", **ctx)
        a.f("{d.gp}, управляя автомашиной «{car}» с государственным номером {plate}, была остановлена"
            if d.female else "{d.gp}, управляя автомашиной «{car}» с государственным номером {plate}, был остановлен", **ctx)
        a.f(" инспектором {upm} старшим лейтенантом милиции {insp.full.ins} за превышение скорости. "
            "Желая избежать ответственности, {d.sur} положил" + ("а" if d.female else "") +
            " в служебный планшет инспектора деньги в сумме {bribe}. Инспектор {insp.short} "
            "сообщил о случившемся дежурному, и прибывший на место инспектор {insp2.short} "
            "зафиксировал передачу денег. Свидетель {w.full}, находивш" + ("аяся" if w.female else "ийся") +
            " в салоне, подтвердил" + ("а" if w.female else "") + " показания {insp.sur.gen}; "
            "звонки с номера {ph} подсудим" + ("ой" if d.female else "ого") + " зафиксированы.", **ctx)
        lookalike(a)
        a.f("\nСледователь {inv.short} изъял" + ("а" if ctx["inv"].female else "") + " денежные купюры. Суд квалифицирует действия "
            "{d.short.gen} по {statute:ч. 1 ст. 343 УК КР}. Руководствуясь {statute:ст. 329 УПК КР}, "
            "суд\n\nПРИГОВОРИЛ:\n\n{d.FULL.acc} признать виновн" + ("ой" if d.female else "ым") +
            " и назначить штраф. Денежные средства в сумме {bribe} обратить в доход государства.", **ctx)
    else:
        header(a, ctx, "ӨКҮМ")
        a.f(" прокурор {pr.short}, адвокат {adv.short}, соттолуучу {d.full} катышуусунда, "
            "{d.full.gen} (", **ctx)
        put(a, birth(a, ctx, "bd", d, bd))
        a.f(", ЖИН {pin}, дареги: {a1}) {statute:Кыргыз Республикасынын Кылмыш-жаза кодексинин "
            "343-беренесинин 1-бөлүгү} менен каралган кылмыш жасаганы үчүн айыпталган ишин карап "
            "чыгып,\n\nАНЫКТАДЫ:\n\n", **ctx)
        a.f("{d.gp} {plate} мамлекеттик номерлүү «{car}» автоунаасын башкарып баратып, ылдамдыкты "
            "ашырганы үчүн {upm} инспектору милициянын улук лейтенанты {insp.full} тарабынан "
            "токтотулган. Жоопкерчиликтен кутулуу үчүн {d.sur} инспектордун планшетине {bribe} "
            "акча салган. Инспектор {insp.short} бул тууралуу кезметчиге кабарлаган, инспектор "
            "{insp2.short.nom} акча берилгенин каттаган. Салондо отурган күбө {w.full} "
            "{insp.sur.gen} көрсөтмөсүн тастыктады; {ph} номеринен чалуулар катталган.", **ctx)
        lookalike(a)
        a.f("\nТергөөчү {inv.short} акчаны алып койгон. Сот {d.short.gen} аракеттерин "
            "{statute:КЖКнын 343-беренесинин 1-бөлүгү} менен квалификациялайт. Жогорудагылардын "
            "негизинде, сот\n\nӨКҮМ КЫЛДЫ:\n\n{d.FULL} күнөөлүү деп табылсын, айып пул салынсын. "
            "{bribe} акча мамлекеттин кирешесине өткөрүлсүн.", **ctx)
    signature(a, ctx)
    return meta(court, a, case_no, "verdict", "criminal", "first", date, js)


# ====================================================================== 7
UTIL = [("ОАО «Бишкектеплосеть»", "тепловую энергию", "жылуулук энергиясы"),
        ("МП «Бишкекводоканал»", "водоснабжение", "суу менен камсыздоо"),
        ("ОсОО «Газпром Кыргызстан»", "природный газ", "табигый газ"),
        ("ОАО «Северэлектро»", "электроэнергию", "электр энергиясы")]


def court_order(a):
    rng = a.rng
    case_no = f"2-{rng.randint(1000, 9999)}/24 СП"
    ctx, court, date, js = base(a, W.FIRST, 1, case_no)
    db = any_person(a, "respondent")
    co = db if rng.random() < 0.5 else relative(a, db, "respondent")
    ctx.update(db=db, co=co)
    u = rng.choice(UTIL)
    ctx["ut"] = K(u[0], "organization")
    ctx["uinn"] = K(W.org_inn(rng), "organization")
    ctx["uacc"] = K(W.account(rng), "organization")
    bd = W.rand_date(rng, 1950, 1995)
    ctx["pin"] = ctx.ident("pin", "pin", "PIN", W.pin(rng, db.female, bd, rng.random() < 0.5))
    ctx["a1"] = addr(a, ctx, "a1", rng.choice([1, 2, 3]))
    ctx["lic"] = ctx.ident("lic", "account", "ACC", W.digits(rng, 16))
    ctx["debt"], ctx["fee"] = amount(a, rng.randint(3, 90) * 1000 + rng.randint(0, 999)), amount(a, rng.choice([200, 300, 500]))
    if a.lang == "ru":
        a.f("Дело № {case}\nСУДЕБНЫЙ ПРИКАЗ\n{date}          {town}\n\nСудья {court_gen} {j0.short}, "
            "рассмотрев заявление {ut} (ИНН {uinn}) о выдаче судебного приказа о взыскании "
            "задолженности за " + u[1] + " с должника ", **ctx)
        a.f("{db.full.gen}, ", **ctx)
        put(a, birth(a, ctx, "bd", db, bd))
        a.f(", ПИН {pin}, проживающ" + ("ей" if db.female else "его") + " по адресу: {a1}, "
            "лицевой счёт абонента {lic}, руководствуясь {statute:ст. 138 ГПК КР},\n\nПРИКАЗАЛ:\n\n"
            "Взыскать с {db.full.gen} в пользу {ut} задолженность в размере {debt} и "
            "государственную пошлину в размере {fee} с перечислением на расчётный счёт взыскателя "
            "{uacc}.", **ctx)
        if co is not db:
            a.f(" Солидарно с должником отвечает зарегистрированн" + ("ая" if co.female else "ый") +
                " по тому же адресу {co.full}.", **ctx)
        a.f("\nДолжник {db.ini} вправе в течение десяти дней со дня получения копии приказа "
            "представить возражения относительно его исполнения.", **ctx)
        lookalike(a)
        a.f("\n\nСудья{tab}{j0.ini}\n", tab=a.rng.choice(["          ", "\t"]), **ctx)
    else:
        a.f("Иш № {case}\nСОТТУК БУЙРУК\n{date}          {town}\n\n{court_gen} судьясы {j0.short}, "
            "{ut} (ИСН {uinn}) " + u[2] + " үчүн карызды карызкор ", **ctx)
        a.f("{db.full.abl} (", **ctx)
        put(a, birth(a, ctx, "bd", db, bd))
        a.f(", ЖИН {pin}, {a1} дарегинде жашаган, абоненттик эсеби {lic}) өндүрүү жөнүндө соттук "
            "буйрук берүү тууралуу арызын карап, {statute:Кыргыз Республикасынын Жарандык процесстик "
            "кодексинин 138-беренесин} жетекчиликке алып,\n\nБУЙРУК КЫЛДЫ:\n\n{db.full.abl} {ut} "
            "пайдасына {debt} карыз жана {fee} мамлекеттик алым өндүрүлүп, өндүрүүчүнүн {uacc} "
            "эсебине которулсун.", **ctx)
        if co is not db:
            a.f(" Ошол эле даректе катталган {co.full} карызкор менен биргелешип жооп берет.", **ctx)
        a.f("\nКарызкор {db.ini} буйруктун көчүрмөсүн алган күндөн тартып он күндүн ичинде "
            "каршылык бере алат.", **ctx)
        lookalike(a)
        a.f("\n\nСудья{tab}{j0.ini}\n", tab=a.rng.choice(["          ", "\t"]), **ctx)
    return meta(court, a, case_no, "ruling", "civil", "first", date, js)


# ====================================================================== 8
def claim_security(a):
    rng = a.rng
    case_no = f"2-{rng.randint(100, 3999)}/24"
    ctx, court, date, js = base(a, W.FIRST, 1, case_no)
    pl = any_person(a, "plaintiff")
    rs = any_person(a, "respondent")
    sp = relative(a, rs, "third_party", female=not rs.female)
    ctx.update(pl=pl, rs=rs, sp=sp)
    ctx["plate"] = ctx.ident("plate", "plate", "PLATE", W.plate(rng, 1 if int(a.id[-3:]) % 2 else 2))
    ctx["prop"] = ctx.ident("prop", "property_code", "PROP", W.propcode(rng))
    ctx["acc"] = ctx.ident("acc", "account", "ACC", W.account(rng))
    ctx["card"] = ctx.ident("card", "account", "ACC", W.card(rng))
    ctx["a1"] = addr(a, ctx, "a1", rng.choice([1, 2]))
    ctx["a2"] = addr(a, ctx, "a2")
    ctx["sum"] = amount(a, rng.randint(200, 6000) * 1000)
    ctx["bank"] = K(rng.choice(BANKS), "organization")
    ctx["reg"] = K("Департамент кадастра и регистрации прав на недвижимое имущество" if a.lang == "ru"
                   else "Кыймылсыз мүлккө укуктарды каттоо департаментине", "state_body")
    car = rng.choice(["Toyota Land Cruiser Prado", "Subaru Forester", "Hyundai Sonata", "Kia Sportage"])
    if a.lang == "ru":
        header(a, ctx, "ОПРЕДЕЛЕНИЕ", national=False)
        a.f(" рассмотрев заявление {pl.full.gen} об обеспечении иска по гражданскому делу по иску "
            "{pl.short.gen}, проживающе" + ("й" if pl.female else "го") + " по адресу: {a2}, к "
            "{rs.full.dat} о взыскании долга в размере {sum},\n\nУСТАНОВИЛ:\n\n", **ctx)
        a.f("Истец {pl.sur} просит наложить арест на имущество ответчика, указывая, что "
            "{rs.gp} выставил" + ("а" if rs.female else "") + " на продажу квартиру по адресу: {a1} "
            "(код объекта {prop}) и автомашину «" + car + "» с госномером {plate}. Автомашина, по "
            "словам истца, находится в пользовании супруг" + ("а" if sp.female is False else "и") +
            " ответчика {sp.full.gen}. Непринятие мер может затруднить исполнение решения.", **ctx)
        lookalike(a)
        a.f("\nРуководствуясь {statute:ст. 154, 155 ГПК КР}, суд\n\nОПРЕДЕЛИЛ:\n\nНаложить арест "
            "на квартиру, принадлежащую {rs.short.dat} (код {prop}), на автомашину с госномером "
            "{plate}, а также на денежные средства на счёте {acc} в {bank} и на карте {card} в "
            "пределах {sum}. Копию определения направить в {reg}. Определение подлежит "
            "немедленному исполнению.", **ctx)
    else:
        header(a, ctx, "АНЫКТАМА", national=False)
        a.f(" {pl.full.gen} ({a2} дарегинде жашаган) {rs.full.dat} карата {sum} карызды өндүрүү "
            "жөнүндө доосу боюнча доону камсыз кылуу тууралуу арызын карап чыгып,\n\nАНЫКТАДЫ:\n\n", **ctx)
        a.f("Доогер {pl.sur} жоопкердин мүлкүнө камак салууну суранат, анткени {rs.gp} {a1} "
            "дарегиндеги батирди (объекттин коду {prop}) жана {plate} мамлекеттик номерлүү «" + car +
            "» автоунаасын сатууга койгон. Автоунааны жоопкердин жубайы {sp.full} пайдаланат. Чара "
            "көрүлбөсө, чечимди аткаруу кыйындашы мүмкүн.", **ctx)
        lookalike(a)
        a.f("\n{statute:Кыргыз Республикасынын Жарандык процесстик кодексинин 154, 155-беренелерин} "
            "жетекчиликке алып, сот\n\nАНЫКТАДЫ:\n\n{rs.short.gen} батирине (коду {prop}), {plate} "
            "номерлүү автоунаасына, ошондой эле {bank} {acc} эсебиндеги жана {card} картасындагы "
            "акча каражаттарына {sum} чегинде камак салынсын. Аныктаманын көчүрмөсү {reg} жиберилсин.", **ctx)
    signature(a, ctx)
    return meta(court, a, case_no, "ruling", "civil", "first", date, js)


# ====================================================================== 9
def parent_maintenance(a):
    rng = a.rng
    case_no = f"2-{rng.randint(100, 3999)}/24"
    ctx, court, date, js = base(a, W.FIRST, 1, case_no)
    par = kyr_person(a, "plaintiff", uulu_ok=False) if rng.random() < 0.6 else any_person(a, "plaintiff")
    n = rng.randint(2, 3)
    kids = []
    late = rng.choice(["Асанбек", "Мукаш", "Жумагазы", "Абдырахман", "Тилек", "Алмаз"])
    for i in range(n):
        if par.female:
            # children carry the family surname and their late father's name as patronymic
            kids.append(relative(a, par, "respondent", child=True, father=late))
        else:
            kids.append(relative(a, par, "respondent", child=True))
    ctx.update(par=par, k1=kids[0], k2=kids[1])
    if n == 3:
        ctx["k3"] = kids[2]
    ctx["soc"] = a.official("specialist")
    bd = W.rand_date(rng, 1940, 1958)
    ctx["a1"] = addr(a, ctx, "a1", 0)
    ctx["a2"] = addr(a, ctx, "a2")
    ctx["card"] = ctx.ident("card", "account", "ACC", W.card(rng))
    ctx["ph"] = ctx.ident("ph", "phone", "PHONE", W.phone(rng))
    ctx["sum"] = amount(a, rng.choice([3000, 4000, 5000, 6000]))
    ctx["pens"] = amount(a, rng.randint(6, 9) * 1000)
    ctx["sf"] = K("Социального фонда Кыргызской Республики" if a.lang == "ru" else "Кыргыз Республикасынын Социалдык фондунан", "state_body")
    if a.lang == "ru":
        header(a, ctx, "РЕШЕНИЕ")
        a.f(" с участием истца {par.full.gen}, ", **ctx)
        put(a, birth(a, ctx, "bd", par, bd))
        a.f(", ответчиков {k1.short.gen}, {k2.short.gen}" + (", {k3.short.gen}" if n == 3 else "") +
            ", специалиста управления социального развития {soc.short.gen}, рассмотрев в открытом "
            "судебном заседании дело по иску {par.short.gen} к " + ("детям" if True else "") +
            " о взыскании алиментов на содержание нетрудоспособного родителя,\n\nУСТАНОВИЛ:\n\n", **ctx)
        a.f("{par.gp} проживает по адресу: {a1}, получает пенсию по линии {sf} в размере {pens}, страдает "
            "хроническими заболеваниями и нуждается в постоянном уходе. Ответчик {k1.full} проживает "
            "по адресу: {a2}, работает и имеет доход; ответчик {k2.full} работает в {town}.", **ctx)
        if n == 3:
            a.f(" Младший ребёнок истца, {k3.full}, помогает " + ("матери" if par.female else "отцу") +
                " продуктами.", **ctx)
        a.f(" Специалист {soc.ini} пояснил" + ("а" if ctx['soc'].female else "") +
            ", что истец живёт один и связывается с детьми по телефону {ph}.", **ctx)
        lookalike(a)
        a.f("\nОтветчик {k2.sur} иск признал" + ("а" if kids[1].female else "") + ", {k1.given} "
            "просил" + ("а" if kids[0].female else "") + " снизить размер. Руководствуясь "
            "{statute:ст. 88 Семейного кодекса КР} и {statute:ст. 198 ГПК КР}, суд\n\nРЕШИЛ:\n\n"
            "Взыскать с {k1.FULL.gen} и {k2.FULL.gen} в пользу {par.full.gen} алименты по {sum} с "
            "каждого ежемесячно, с перечислением на карту {card}.", **ctx)
    else:
        header(a, ctx, "ЧЕЧИМ")
        a.f(" доогер {par.full} (", **ctx)
        put(a, birth(a, ctx, "bd", par, bd))
        a.f("), жоопкерлер {k1.short}, {k2.short}" + (", {k3.short}" if n == 3 else "") +
            ", социалдык өнүктүрүү башкармалыгынын адиси {soc.short} катышуусунда, {par.short.gen} "
            "эмгекке жарамсыз ата-энени багуу үчүн алимент өндүрүү жөнүндө доосу боюнча ишти карап "
            "чыгып,\n\nАНЫКТАДЫ:\n\n", **ctx)
        a.f("{par.gp} {a1} дарегинде жашайт, {sf} {pens} өлчөмүндө пенсия алат, өнөкөт ооруларга "
            "чалдыккан жана дайыма кароого муктаж. Жоопкер {k1.full} {a2} дарегинде жашайт, иштейт; "
            "жоопкер {k2.full} {town_loc} иштейт.", **ctx)
        if n == 3:
            a.f(" Доогердин кенже баласы {k3.full} азык-түлүк менен жардам берет.", **ctx)
        a.f(" Адис {soc.ini} доогер жалгыз жашап, балдары менен {ph} телефону аркылуу байланышарын "
            "түшүндүрдү.", **ctx)
        lookalike(a)
        a.f("\nЖоопкер {k2.sur} доону мойнуна алды, {k1.given} өлчөмүн азайтууну суранды. "
            "{statute:Кыргыз Республикасынын Үй-бүлө кодексинин 88-беренесин} жетекчиликке алып, "
            "сот\n\nЧЕЧТИ:\n\n{k1.FULL.abl} жана {k2.FULL.abl} {par.full.gen} пайдасына ар биринен "
            "ай сайын {sum} алимент өндүрүлүп, {card} картасына которулсун.", **ctx)
    signature(a, ctx)
    return meta(court, a, case_no, "decision", "civil", "first", date, js)


# ====================================================================== 10
def marriage_void(a):
    rng = a.rng
    case_no = f"2-{rng.randint(100, 3999)}/24"
    ctx, court, date, js = base(a, W.FIRST, 1, case_no)
    pl = kyr_person(a, "plaintiff", female=True)
    fp = rng.choice(["uzbek", "tajik", "kazakh", "turkish", "korean", "russian"])
    rs = a.person("respondent", fp, False)
    mom = relative(a, pl, "witness", female=True)
    ctx.update(pl=pl, rs=rs, mom=mom)
    ctx["pr"] = a.official("prosecutor")
    ctx["reg"] = a.official("official")
    bd = W.rand_date(rng, 1985, 2002)
    ctx["pass"] = ctx.ident("pass", "passport", "PASS", W.passport(rng, rng.choice(["AN", "AN№"])))
    ctx["fpass"] = ctx.ident("fpass", "passport", "PASS", W.foreign_passport(rng, fp))
    ctx["a1"] = addr(a, ctx, "a1")
    ctx["em"] = ctx.ident("em", "email", "EMAIL", W.email(rng, pl))
    ctx["zags"] = K("Департамент регистрации населения и актов гражданского состояния" if a.lang == "ru"
                    else "Калкты жана жарандык абалдын актыларын каттоо департаментине", "state_body")
    ctx["zags_by"] = K("Департаментом регистрации населения и актов гражданского состояния" if a.lang == "ru"
                       else "Калкты жана жарандык абалдын актыларын каттоо департаменти", "state_body")
    country = {"uzbek": "Республики Узбекистан", "tajik": "Республики Таджикистан", "kazakh": "Республики Казахстан",
               "turkish": "Турецкой Республики", "korean": "Республики Корея", "russian": "Российской Федерации"}[fp]
    cky = {"uzbek": "Өзбекстан Республикасынын", "tajik": "Тажикстан Республикасынын", "kazakh": "Казакстан Республикасынын",
           "turkish": "Түркия Республикасынын", "korean": "Корея Республикасынын", "russian": "Россия Федерациясынын"}[fp]
    md = W.rand_date(rng, 2021, 2023)
    ctx["md"] = K(W.dnum(md), "act_date")
    if a.lang == "ru":
        header(a, ctx, "РЕШЕНИЕ")
        a.f(" с участием прокурора {pr.short.gen}, истца {pl.full.gen}, ", **ctx)
        put(a, birth(a, ctx, "bd", pl, bd))
        a.f(", паспорт серии {pass}, проживающей по адресу: {a1}, e-mail {em}, рассмотрев дело по "
            "иску {pl.short.gen} к гражданину " + country + " {rs.full.dat} (паспорт {fpass}) о признании "
            "брака недействительным,\n\nУСТАНОВИЛ:\n\n", **ctx)
        a.f("Брак между {pl.ini.ins} и {rs.short.ins} зарегистрирован {md} {zags_by}. Истец "
            "указывает, что {rs.sur} вступил в брак без намерения создать семью, с целью получения "
            "вида на жительство, и сразу после регистрации выехал. Мать истца {mom.full} показала, "
            "что {rs.given} в доме не проживал и вещей не привозил. Сведений о {rs.full.pre} в "
            "базе данных населения не имеется. Регистратор {reg.short} "
            "подтвердил" + ("а" if ctx['reg'].female else "") + " запись акта.", **ctx)
        lookalike(a)
        a.f("\nПрокурор {pr.ini} полагал" + ("а" if ctx["pr"].female else "") + " иск обоснованным. Руководствуясь {statute:ст. 37 Семейного "
            "кодекса КР}, суд\n\nРЕШИЛ:\n\nПризнать брак между {pl.FULL.ins} и {rs.FULL.ins} "
            "недействительным. Решение направить в {zags}.", **ctx)
    else:
        header(a, ctx, "ЧЕЧИМ")
        a.f(" прокурор {pr.short}, доогер {pl.full} (", **ctx)
        put(a, birth(a, ctx, "bd", pl, bd))
        a.f(", паспорту {pass}, {a1} дарегинде жашаган, e-mail {em}) катышуусунда, {pl.short.gen} "
            + cky + " жараны {rs.full.dat} (паспорту {fpass}) карата никени жараксыз деп таануу "
            "жөнүндө доосу боюнча ишти карап чыгып,\n\nАНЫКТАДЫ:\n\n", **ctx)
        a.f("{pl.ini} менен {rs.short} ортосундагы нике {md} {zags_by} тарабынан катталган. Доогердин "
            "айтымында, {rs.sur} үй-бүлө куруу максатысыз, жашоого уруксат алуу үчүн никеге турганын жана "
            "каттоодон кийин дароо чыгып кеткен. Доогердин энеси {mom.full} {rs.given.nom} "
            "үйдө жашабаганын көрсөттү. Каттоочу {reg.short} актынын жазуусун тастыктады.", **ctx)
        lookalike(a)
        a.f("\nПрокурор {pr.ini} доону негиздүү деп эсептеди. {statute:Кыргыз Республикасынын "
            "Үй-бүлө кодексинин 37-беренесин} жетекчиликке алып, сот\n\nЧЕЧТИ:\n\n{pl.FULL} менен "
            "{rs.FULL} ортосундагы нике жараксыз деп табылсын. Чечим {zags} жиберилсин.", **ctx)
    signature(a, ctx)
    return meta(court, a, case_no, "decision", "civil", "first", date, js)


# ====================================================================== 11
def mortgage_foreclosure(a):
    rng = a.rng
    case_no = f"2-{rng.randint(100, 3999)}/24"
    ctx, court, date, js = base(a, W.FIRST, 1, case_no)
    b = any_person(a, "respondent", female=False)
    w = relative(a, b, "respondent", female=True)
    g = any_person(a, "respondent")
    ctx.update(b=b, w=w, g=g)
    ctx["bank"] = K(rng.choice(BANKS), "organization")
    ctx["binn"] = K(W.org_inn(rng), "organization")
    ctx["badv"] = a.official("advocate")
    ctx["notary"] = a.official("official")
    ctx["appr"] = a.official("expert")
    bd1, bd2 = W.rand_date(rng, 1970, 1992), W.rand_date(rng, 1970, 1995)
    ctx["pin1"] = ctx.ident("pin1", "pin", "PIN", W.pin(rng, False, bd1))
    ctx["pin2"] = ctx.ident("pin2", "pin", "PIN", W.pin(rng, True, bd2, True))
    ctx["a1"] = addr(a, ctx, "a1", rng.choice([0, 4]))
    ctx["prop"] = ctx.ident("prop", "property_code", "PROP", W.propcode(rng))
    ctx["acc"] = ctx.ident("acc", "account", "ACC", W.account(rng))
    ctx["loan"], ctx["debt"], ctx["price"] = (amount(a, rng.randint(5, 30) * 100000),
                                             amount(a, rng.randint(1, 25) * 100000),
                                             amount(a, rng.randint(30, 90) * 100000))
    if a.lang == "ru":
        header(a, ctx, "РЕШЕНИЕ")
        a.f(" с участием представителя истца адвоката {badv.short.gen}, ответчиков {b.short.gen} и "
            "{w.short.gen}, рассмотрев дело по иску {bank} (ИНН {binn}) к {b.full.dat} (ПИН {pin1}), "
            "{w.full.dat} (ПИН {pin2}) и {g.full.dat} о взыскании задолженности по кредиту и обращении "
            "взыскания на заложенное имущество,\n\nУСТАНОВИЛ:\n\n", **ctx)
        a.f("По кредитному договору банк выдал {b.gp.dat} кредит в сумме {loan} с зачислением на "
            "счёт {acc}. В обеспечение заключён договор ипотеки жилого дома по адресу: {a1} (код "
            "{prop}), удостоверенный нотариусом {notary.short.ins}; залогодателем выступила супруга "
            "заёмщика {w.gp}. Поручителем выступил" + ("а" if g.female else "") + " {g.short}. "
            "Задолженность составила {debt}. Оценщик {appr.short} определил" + ("а" if ctx["appr"].female else "") + " рыночную стоимость "
            "дома в {price}.", **ctx)
        lookalike(a)
        a.f("\nОтветчик {b.sur} долг признал, поручитель {g.sur} иск не признал"
            + ("а" if g.female else "") + ". Руководствуясь {statute:ст. 340 ГК КР} и {statute:ст. 198 ГПК КР}, "
            "суд\n\nРЕШИЛ:\n\nВзыскать солидарно с {b.FULL.gen}, {w.FULL.gen} и {g.FULL.gen} в "
            "пользу {bank} {debt}. Обратить взыскание на жилой дом (код {prop}), установив "
            "начальную продажную цену {price}.", **ctx)
    else:
        header(a, ctx, "ЧЕЧИМ")
        a.f(" доогердин өкүлү адвокат {badv.short}, жоопкерлер {b.short} жана {w.short} "
            "катышуусунда, {bank} (ИСН {binn}) {b.full.dat} (ЖИН {pin1}), {w.full.dat} (ЖИН {pin2}) "
            "жана {g.full.dat} карата кредит боюнча карызды өндүрүү жана күрөөгө коюлган мүлккө "
            "өндүрүүнү буруу жөнүндө доосу боюнча ишти карап чыгып,\n\nАНЫКТАДЫ:\n\n", **ctx)
        a.f("Кредиттик келишим боюнча банк {b.gp.dat} {loan} кредит берип, {acc} эсебине которгон. "
            "Камсыздоо катары {a1} дарегиндеги турак үйгө (коду {prop}) ипотека келишими түзүлүп, "
            "нотариус {notary.short} тарабынан күбөлөндүрүлгөн; күрөө берүүчү — карыз алуучунун "
            "жубайы {w.gp}. Кепил — {g.short}. Карыз {debt} түздү. Баалоочу {appr.short} үйдүн "
            "рыноктук наркын {price} деп аныктады.", **ctx)
        lookalike(a)
        a.f("\nЖоопкер {b.sur} карызды мойнуна алды, кепил {g.sur} доону танды. {statute:Кыргыз "
            "Республикасынын Жарандык кодексинин 340-беренесин} жетекчиликке алып, сот\n\nЧЕЧТИ:\n\n"
            "{b.FULL.abl}, {w.FULL.abl} жана {g.FULL.abl} биргелешип {bank} пайдасына {debt} "
            "өндүрүлсүн. Турак үйгө (коду {prop}) өндүрүү бурулсун, баштапкы баасы {price}.", **ctx)
    signature(a, ctx)
    return meta(court, a, case_no, "decision", "civil", "first", date, js)


# ====================================================================== 12
def verdict_embezzlement(a):
    rng = a.rng
    case_no = f"1-{rng.randint(100, 999)}/24"
    ctx, court, date, js = base(a, W.FIRST, 1, case_no)
    d = any_person(a, "defendant", female=True)
    rep = any_person(a, "representative")
    w = any_person(a, "witness")
    hus = relative(a, d, "witness", female=False)
    ctx.update(d=d, rep=rep, w=w, hus=hus)
    ctx["pr"], ctx["adv"], ctx["exp"] = a.official("prosecutor"), a.official("advocate"), a.official("expert")
    ctx["co"] = K(rng.choice(COMPANIES), "organization")
    bd = W.rand_date(rng, 1975, 1999)
    ctx["pin"] = ctx.ident("pin", "pin", "PIN", W.pin(rng, True, bd, rng.random() < 0.3))
    ctx["pass"] = ctx.ident("pass", "passport", "PASS", W.passport(rng))
    ctx["a1"] = addr(a, ctx, "a1")
    ctx["card"] = ctx.ident("card", "account", "ACC", W.card(rng))
    ctx["ph"] = ctx.ident("ph", "phone", "PHONE", W.phone(rng))
    ctx["sum"] = amount(a, rng.randint(300, 4000) * 1000)
    if a.lang == "ru":
        header(a, ctx, "ПРИГОВОР")
        a.f(" с участием прокурора {pr.short.gen}, адвоката {adv.short.gen}, представителя "
            "потерпевшего {co} {rep.full.gen}, рассмотрев уголовное дело в отношении {d.full.gen}, ", **ctx)
        put(a, birth(a, ctx, "bd", d, bd))
        a.f(", ПИН {pin}, паспорт {pass}, проживающей: {a1}, обвиняемой по {statute:п. 2 ч. 2 "
            "ст. 214 УК КР},\n\nУСТАНОВИЛ:\n\n", **ctx)
        a.f("{d.gp}, работая кассиром {co}, в течение года присваивала вверенные ей денежные "
            "средства, переводя их на карту {card}, оформленную на её супруга {hus.full.acc}. "
            "Главный бухгалтер {w.full} выявил" + ("а" if w.female else "") + " недостачу при "
            "ревизии. Эксперт {exp.short} в заключении установил" + ("а" if ctx['exp'].female else "") +
            " сумму ущерба — {sum}. Представитель {rep.short} пояснил" + ("а" if rep.female else "") +
            ", что {d.sur} звонила " + ("ей" if rep.female else "ему") + " с номера {ph} и обещала вернуть деньги. Свидетель {hus.gp} "
            "показал, что не знал о происхождении денег.", **ctx)
        lookalike(a)
        a.f("\nСуд квалифицирует действия {d.short.gen} по {statute:п. 2 ч. 2 ст. 214 УК КР}. "
            "Руководствуясь {statute:ст. 329 УПК КР}, суд\n\nПРИГОВОРИЛ:\n\n{d.FULL.acc} признать "
            "виновной. Взыскать с {d.ini.gen} в пользу {co} {sum}.", **ctx)
    else:
        header(a, ctx, "ӨКҮМ")
        a.f(" прокурор {pr.short}, адвокат {adv.short}, жабырлануучу {co} өкүлү {rep.full} "
            "катышуусунда, {d.full.gen} (", **ctx)
        put(a, birth(a, ctx, "bd", d, bd))
        a.f(", ЖИН {pin}, паспорту {pass}, дареги: {a1}) {statute:Кыргыз Республикасынын "
            "Кылмыш-жаза кодексинин 214-беренесинин 2-бөлүгүнүн 2-пункту} боюнча айыпталган ишин "
            "карап чыгып,\n\nАНЫКТАДЫ:\n\n", **ctx)
        a.f("{d.gp} {co} кассири болуп иштеп, бир жыл ичинде ага ишенип берилген акчаны өзүнүн "
            "жубайы {hus.full.gen} атына ачылган {card} картасына которуп, ыйгарып алган. Башкы "
            "бухгалтер {w.full} текшерүүдө жетишпестикти аныктаган. Эксперт {exp.short} зыяндын "
            "суммасын {sum} деп белгиледи. Өкүл {rep.short} {d.sur.nom} ага {ph} номеринен чалып, "
            "акчаны кайтарууга убада бергенин айтты. Күбө {hus.gp} акчанын кайдан келгенин "
            "билбегенин көрсөттү.", **ctx)
        lookalike(a)
        a.f("\nСот {d.short.gen} аракеттерин {statute:КЖКнын 214-беренесинин 2-бөлүгүнүн 2-пункту} "
            "менен квалификациялайт. Жогорудагылардын негизинде, сот\n\nӨКҮМ КЫЛДЫ:\n\n{d.FULL} "
            "күнөөлүү деп табылсын. {d.ini.abl} {co} пайдасына {sum} өндүрүлсүн.", **ctx)
    signature(a, ctx)
    return meta(court, a, case_no, "verdict", "criminal", "first", date, js)


# ====================================================================== 13
def verdict_weapon(a):
    rng = a.rng
    case_no = f"1-{rng.randint(100, 999)}/24"
    ctx, court, date, js = base(a, W.FIRST, 1, case_no)
    d = any_person(a, "defendant", female=False)
    w1, w2 = any_person(a, "witness"), any_person(a, "witness")
    son = relative(a, d, "third_party", female=False, child=True)
    ctx.update(d=d, w1=w1, w2=w2, son=son)
    ctx["pr"], ctx["adv"], ctx["inv"], ctx["exp"] = (a.official("prosecutor"), a.official("advocate"),
                                                    a.official("investigator"), a.official("expert"))
    bd = W.rand_date(rng, 1960, 1998)
    ctx["a1"] = addr(a, ctx, "a1", rng.choice([0, 3, 4]))
    ctx["pin"] = ctx.ident("pin", "pin", "PIN", W.pin(rng, False, bd, rng.random() < 0.4))
    ctx["ph"] = ctx.ident("ph", "phone", "PHONE", W.phone(rng))
    gun = rng.choice(["обрез охотничьего ружья ИЖ-58", "пистолет ТТ", "карабин СКС", "револьвер системы «Наган»"])
    gky = rng.choice(["ИЖ-58 аңчылык мылтыгынын кесиндиси", "ТТ тапанчасы", "СКС карабини"])
    if a.lang == "ru":
        header(a, ctx, "ПРИГОВОР")
        a.f(" с участием прокурора {pr.short.gen}, защитника {adv.short.gen}, рассмотрев уголовное "
            "дело по обвинению {d.full.gen}, ", **ctx)
        put(a, birth(a, ctx, "bd", d, bd))
        a.f(", ИНН {pin}, проживающего по адресу: {a1}, в совершении преступления, предусмотренного "
            "{statute:ч. 1 ст. 263 УК КР},\n\nУСТАНОВИЛ:\n\n", **ctx)
        a.f("При обыске в жилище {d.short.gen} по адресу: {a1}, проведённом следователем "
            "{inv.short.ins} в присутствии понятых {w1.full.gen} и {w2.full.gen}, в сарае обнаружен " +
            gun + " с патронами. {d.sur} пояснил, что нашёл оружие в горах и хранил для защиты "
            "скота; его сын {son.gp} о находке не знал. Эксперт {exp.short} " + ("пришла" if ctx["exp"].female else "пришёл") + " к выводу о "
            "пригодности оружия к стрельбе. " + ("Понятая" if w2.female else "Понятой") + " {w2.short} подтвердил" + ("а" if w2.female else "") +
            " ход обыска, сообщив свой номер {ph}.", **ctx)
        lookalike(a)
        a.f("\nСуд квалифицирует действия {d.short.gen} по {statute:ч. 1 ст. 263 УК КР}. "
            "Руководствуясь {statute:ст. 329 УПК КР}, суд\n\nПРИГОВОРИЛ:\n\n{d.FULL.acc} признать "
            "виновным и назначить наказание в виде пробационного надзора. Оружие передать в {mvd}.",
            mvd=K("Министерство внутренних дел Кыргызской Республики", "state_body"), **ctx)
    else:
        header(a, ctx, "ӨКҮМ")
        a.f(" прокурор {pr.short}, коргоочу {adv.short} катышуусунда, {d.full.gen} (", **ctx)
        put(a, birth(a, ctx, "bd", d, bd))
        a.f(", ИСН {pin}, {a1} дарегинде жашаган) {statute:Кыргыз Республикасынын Кылмыш-жаза "
            "кодексинин 263-беренесинин 1-бөлүгү} менен каралган кылмышты жасаганы боюнча ишти "
            "карап чыгып,\n\nАНЫКТАДЫ:\n\n", **ctx)
        a.f("Тергөөчү {inv.short} тарабынан күбө катары чакырылган {w1.full} жана {w2.full} "
            "катышуусунда {d.short.gen} {a1} дарегиндеги үйүндө тинтүү жүргүзүлүп, сарайдан " + gky +
            " ок-дарылары менен табылган. {d.sur} куралды тоодон таап, малды коргоо үчүн сактаганын "
            "түшүндүрдү; уулу {son.gp} бул тууралуу билген эмес. Эксперт {exp.short} курал атууга "
            "жарамдуу деген корутундуга келди. Күбө {w2.short} тинтүүнүн жүрүшүн тастыктап, {ph} "
            "номерин берди.", **ctx)
        lookalike(a)
        a.f("\nСот {d.short.gen} аракеттерин {statute:КЖКнын 263-беренесинин 1-бөлүгү} менен "
            "квалификациялайт. Жогорудагылардын негизинде, сот\n\nӨКҮМ КЫЛДЫ:\n\n{d.FULL} күнөөлүү "
            "деп табылсын, ага пробациялык көзөмөл түрүндө жаза дайындалсын. Курал {mvd} өткөрүлүп "
            "берилсин.", mvd=K("Кыргыз Республикасынын Ички иштер министрлигине", "state_body"), **ctx)
    signature(a, ctx)
    return meta(court, a, case_no, "verdict", "criminal", "first", date, js)


# ====================================================================== 14
def car_sale_void(a):
    rng = a.rng
    case_no = f"2-{rng.randint(100, 3999)}/24"
    ctx, court, date, js = base(a, W.FIRST, 1, case_no)
    own = any_person(a, "plaintiff")
    son = relative(a, own, "respondent", female=False, child=not own.female)
    buy = any_person(a, "respondent")
    ctx.update(own=own, son=son, buy=buy)
    ctx["notary"], ctx["exp"] = a.official("official"), a.official("expert")
    ctx["plate_a"] = ctx.ident("plate_a", "plate", "PLATE", W.plate(rng, 0))
    pl_ent = ctx["plate_a"][3]
    ctx["plate_b"] = M(ctx["plate_a"][1].replace(" ", ""), "plate", pl_ent)
    ctx["old"] = ctx.ident("old", "plate", "PLATE", W.plate(rng, 3))
    bd = W.rand_date(rng, 1945, 1965)
    ctx["a1"] = addr(a, ctx, "a1")
    ctx["ph"] = ctx.ident("ph", "phone", "PHONE", W.phone(rng))
    ctx["price"] = amount(a, rng.randint(4, 20) * 100000)
    ctx["cen"] = K("Центре обслуживания населения" if a.lang == "ru" else "Калкты тейлөө борборунда", "state_body")
    car = rng.choice(["Toyota Ipsum", "Mitsubishi Delica", "Audi A6", "Honda Odyssey"])
    if a.lang == "ru":
        header(a, ctx, "РЕШЕНИЕ")
        a.f(" рассмотрев дело по иску {own.full.gen}, ", **ctx)
        put(a, birth(a, ctx, "bd", own, bd))
        a.f(", проживающе" + ("й" if own.female else "го") + " по адресу: {a1}, тел. {ph}, к "
            "{son.full.dat} и {buy.full.dat} о признании договора купли-продажи автомашины "
            "недействительным,\n\nУСТАНОВИЛ:\n\n", **ctx)
        a.f("Истцу принадлежала автомашина «" + car + "» с госномером {plate_a} (прежний номер "
            "{old}). Сын истца {son.gp} по доверенности, якобы удостоверенной нотариусом "
            "{notary.short.ins}, продал автомашину {buy.short.dat} за {price}; регистрация "
            "произведена в {cen} под номером {plate_b}. Нотариус {notary.ini} пояснил" +
            ("а" if ctx['notary'].female else "") + ", что такую доверенность не удостоверял"
            + ("а" if ctx['notary'].female else "") + ". Эксперт {exp.short} установил" +
            ("а" if ctx['exp'].female else "") + ", что подпись от имени {own.short.gen} выполнена "
            "другим лицом.", **ctx)
        lookalike(a)
        a.f("\nОтветчик {buy.sur} считает себя добросовестным приобретателем. Руководствуясь "
            "{statute:ст. 185 ГК КР}, суд\n\nРЕШИЛ:\n\nПризнать договор купли-продажи между "
            "{son.FULL.ins} и {buy.FULL.ins} недействительным. Обязать {buy.short.acc} возвратить "
            "автомашину {plate_a} {own.short.dat}. Взыскать с {son.sur.gen} в пользу {buy.sur.gen} {price}.", **ctx)
    else:
        header(a, ctx, "ЧЕЧИМ")
        a.f(" {own.full.gen} (", **ctx)
        put(a, birth(a, ctx, "bd", own, bd))
        a.f(", {a1} дарегинде жашаган, тел.: {ph}) {son.full.dat} жана {buy.full.dat} карата "
            "автоунааны сатып алуу-сатуу келишимин жараксыз деп таануу жөнүндө доосу боюнча ишти "
            "карап чыгып,\n\nАНЫКТАДЫ:\n\n", **ctx)
        a.f("Доогерге {plate_a} мамлекеттик номерлүү (мурунку номери {old}) «" + car + "» "
            "автоунаасы таандык болгон. Доогердин уулу {son.gp} нотариус {notary.short} "
            "күбөлөндүргөн имиш ишеним кат боюнча автоунааны {buy.short.dat} {price} саткан; "
            "{cen} {plate_b} номери менен катталган. Нотариус {notary.ini} мындай ишеним катты "
            "күбөлөндүрбөгөнүн түшүндүрдү. Эксперт {exp.short} {own.short.gen} колу башка адам "
            "тарабынан коюлганын аныктады.", **ctx)
        lookalike(a)
        a.f("\nЖоопкер {buy.sur} өзүн абийирдүү сатып алуучу деп эсептейт. {statute:Кыргыз "
            "Республикасынын Жарандык кодексинин 185-беренесин} жетекчиликке алып, сот\n\nЧЕЧТИ:\n\n"
            "{son.FULL} менен {buy.FULL} ортосундагы келишим жараксыз деп табылсын. {buy.short} "
            "{plate_a} автоунаасын {own.short.dat} кайтарсын. {son.sur.abl} {buy.sur.gen} пайдасына "
            "{price} өндүрүлсүн.", **ctx)
    signature(a, ctx)
    return meta(court, a, case_no, "decision", "civil", "first", date, js)


# ====================================================================== 15
UNIS = [  # ru nom, acc, dat, gen; ky nom (the names of persons inside are kept with it)
    ("Кыргызский государственный технический университет им. И. Раззакова",
     "Кыргызский государственный технический университет им. И. Раззакова",
     "Кыргызскому государственному техническому университету им. И. Раззакова",
     "Кыргызского государственного технического университета им. И. Раззакова",
     "И. Раззаков атындагы Кыргыз мамлекеттик техникалык университети"),
    ("Кыргызская государственная медицинская академия им. И.К. Ахунбаева",
     "Кыргызскую государственную медицинскую академию им. И.К. Ахунбаева",
     "Кыргызской государственной медицинской академии им. И.К. Ахунбаева",
     "Кыргызской государственной медицинской академии им. И.К. Ахунбаева",
     "И.К. Ахунбаев атындагы Кыргыз мамлекеттик медициналык академиясы"),
    ("Кыргызский национальный университет им. Ж. Баласагына",
     "Кыргызский национальный университет им. Ж. Баласагына",
     "Кыргызскому национальному университету им. Ж. Баласагына",
     "Кыргызского национального университета им. Ж. Баласагына",
     "Ж. Баласагын атындагы Кыргыз улуттук университети"),
    ("Ошский государственный университет", "Ошский государственный университет",
     "Ошскому государственному университету", "Ошского государственного университета",
     "Ош мамлекеттик университети"),
]


def tuition_refund(a):
    rng = a.rng
    case_no = f"2-{rng.randint(100, 3999)}/24"
    ctx, court, date, js = base(a, W.FIRST, 1, case_no)
    st = any_person(a, "plaintiff")
    par = relative(a, st, "representative", female=rng.random() < 0.5)
    dean = any_person(a, "witness")
    ctx.update(st=st, par=par, dean=dean)
    ctx["adv"] = a.official("advocate")
    rng.random()
    u = UNIS[(int(a.id[-3:]) - 1 + (0 if a.lang == "ru" else 2)) % len(UNIS)]  # each once
    front = u[4].endswith("и")
    if a.lang == "ru":
        ctx["uni"], ctx["uni_dat"], ctx["uni_gen"] = (K(u[1], "organization"), K(u[2], "organization"),
                                                      K(u[3], "organization"))
    else:
        ctx["uni"] = K(u[4] + ("не" if front else "на"), "organization")
    bd = W.rand_date(rng, 2002, 2005)
    ctx["card"] = ctx.ident("card", "account", "ACC", W.card(rng))
    ctx["em"] = ctx.ident("em", "email", "EMAIL", W.email(rng, st))
    ctx["ph"] = ctx.ident("ph", "phone", "PHONE", W.phone(rng))
    ctx["a1"] = addr(a, ctx, "a1")
    ctx["fee"] = amount(a, rng.randint(40, 160) * 1000)
    if a.lang == "ru":
        header(a, ctx, "РЕШЕНИЕ")
        a.f(" с участием истца {st.full.gen}, ", **ctx)
        put(a, birth(a, ctx, "bd", st, bd))
        a.f(", проживающе" + ("й" if st.female else "го") + " по адресу: {a1}", **ctx)
        a.f(", представителя истца по доверенности {par.full.gen}, представителя ответчика адвоката "
            "{adv.short.gen}, рассмотрев дело по иску {st.short.gen} к {uni_dat} о возврате платы за "
            "обучение,\n\nУСТАНОВИЛ:\n\n", **ctx)
        a.f("{st.gp} был" + ("а" if st.female else "") + " зачислен" + ("а" if st.female else "") +
            " на контрактное обучение в {uni} и внес" + ("ла" if st.female else "") + " плату за год в "
            "размере {fee} с карты {card}. Через месяц занятия по специальности были прекращены, и "
            "студент" + ("ка" if st.female else "") + " подал" + ("а" if st.female else "") +
            " заявление об отчислении через электронную почту {em}. Декан факультета {dean.full}, "
            "допрошенн" + ("ая" if dean.female else "ый") + " в качестве свидетеля, подтвердил" +
            ("а" if dean.female else "") + ", что группа не была набрана. Представитель истца "
            "{par.sur} пояснил" + ("а" if par.female else "") + ", что связаться с университетом по "
            "телефону {ph} не удалось.", **ctx)
        lookalike(a)
        a.f("\nРуководствуясь {statute:ст. 726 ГК КР} и {statute:ст. 198 ГПК КР}, суд\n\nРЕШИЛ:\n\n"
            "Взыскать с {uni_gen} в пользу {st.FULL.gen} плату за обучение в размере {fee}. Сведения о "
            "{st.short.pre} в приказе об отчислении уточнить.", **ctx)
    else:
        header(a, ctx, "ЧЕЧИМ")
        a.f(" доогер {st.full} (", **ctx)
        put(a, birth(a, ctx, "bd", st, bd))
        a.f(", {a1} дарегинде жашаган), доогердин ишеним кат боюнча өкүлү {par.full}, жоопкердин "
            "өкүлү адвокат {adv.short} катышуусунда, {st.short.gen} {uni} карата окуу акысын кайтаруу "
            "жөнүндө доосу боюнча ишти карап чыгып,\n\nАНЫКТАДЫ:\n\n", **ctx)
        a.f("{st.gp} {uni} келишим негизинде окууга кабыл алынып, {card} картасынан бир жылдык "
            "окуу акысы катары {fee} төлөгөн. Бир айдан кийин адистик боюнча сабактар токтотулуп, "
            "{st.given} {em} электрондук почтасы аркылуу окуудан чыгуу жөнүндө арыз берген. "
            "Факультеттин деканы {dean.full} күбө катары суралып, топ түзүлбөгөнүн тастыктады. "
            "Доогердин өкүлү {par.sur} университет менен {ph} телефону аркылуу байланыша "
            "албаганын түшүндүрдү.", **ctx)
        lookalike(a)
        a.f("\n{statute:Кыргыз Республикасынын Жарандык кодексинин 726-беренесин} жетекчиликке "
            "алып, сот\n\nЧЕЧТИ:\n\n{uni_abl} {st.FULL.gen} пайдасына {fee} окуу акысы өндүрүлсүн.",
            uni_abl=K(u[4] + ("нен" if front else "нан"), "organization"), **ctx)
    signature(a, ctx)
    return meta(court, a, case_no, "decision", "civil", "first", date, js)


# family, function, ru count, ky count, id (kind-topic)
FAMILIES = [
    ("ruling_appeal_supply", appeal_supply, 3, 2, "ruling-appeal-supply"),
    ("resolution_cassation_land_share", cassation_land_share, 2, 3, "resolution-cassation-landshare"),
    ("resolution_offence_alcohol_sale", offence_alcohol, 3, 2, "resolution-offence-alcohol"),
    ("decision_entrepreneur_bankruptcy", bankruptcy_ip, 2, 3, "decision-bankruptcy-ip"),
    ("verdict_hooliganism", verdict_hooliganism, 3, 2, "verdict-hooliganism"),
    ("verdict_bribe_offer", verdict_bribe_offer, 2, 3, "verdict-bribe-offer"),
    ("ruling_court_order", court_order, 3, 2, "ruling-court-order"),
    ("ruling_claim_security", claim_security, 2, 3, "ruling-claim-security"),
    ("decision_parent_maintenance", parent_maintenance, 2, 3, "decision-parent-maintenance"),
    ("decision_marriage_void", marriage_void, 3, 2, "decision-marriage-void"),
    ("decision_mortgage_foreclosure", mortgage_foreclosure, 2, 3, "decision-mortgage"),
    ("verdict_embezzlement", verdict_embezzlement, 3, 2, "verdict-embezzlement"),
    ("verdict_weapon_possession", verdict_weapon, 2, 3, "verdict-weapon"),
    ("decision_car_sale_void", car_sale_void, 3, 2, "decision-car-sale"),
    ("decision_tuition_refund", tuition_refund, 2, 2, "decision-tuition-refund"),
]
