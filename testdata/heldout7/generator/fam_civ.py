"""Civil, administrative and offence families of heldout7."""
import world as W
from common import (setup, header, composition, signature, appeal_note, court_address, lookalike,
                    person, official, later, born, pass_frag, court_gen, court_nom, court_dat)
from core import seg, rand_date, ru_date, ky_date


def g(p, m, f):
    return f if p.female else m


def K(t, kind, role=None):
    return W.K(t, kind, role)


def party_ru(act, p, word_m, word_f, bd=None, pin=True, ph=None, addr=None, em=None):
    """'Истец Фамилия Имя Отчество (…, ПИН …, проживающий по адресу: …)'."""
    bits = []
    if bd:
        bits.append(born(act, p, bd))
    if pin and bd:
        bits.append(seg("ПИН ") + W.pin(act, p, bd))
    if addr:
        bits.append(seg(g(p, "проживающий", "проживающая") + " по адресу: ") + addr)
    if ph:
        bits.append(seg("тел. ") + ph)
    if em:
        bits.append(seg("e-mail: ") + em)
    out = seg(g(p, word_m, word_f) + " ") + p("full")
    if bits:
        out += seg(" (")
        for i, b in enumerate(bits):
            out += b + (seg(", ") if i < len(bits) - 1 else [])
        out += seg(")")
    return out


def party_ky(act, p, word, bd=None, pin=True, ph=None, addr=None, em=None):
    bits = []
    if bd:
        bits.append(born(act, p, bd))
    if pin and bd:
        bits.append(seg("ЖИН ") + W.pin(act, p, bd))
    if addr:
        bits.append(addr + seg(" дарегинде жашайт"))
    if ph:
        bits.append(seg("тел. ") + ph)
    if em:
        bits.append(seg("эл. почта: ") + em)
    out = seg(word + " ") + p("full")
    if bits:
        out += seg(" (")
        for i, b in enumerate(bits):
            out += b + (seg(", ") if i < len(bits) - 1 else [])
        out += seg(")")
    return out


def party(act, p, ru_m, ru_f, ky, **kw):
    if act.lang == "ru":
        return party_ru(act, p, ru_m, ru_f, **kw)
    return party_ky(act, p, ky, **kw)


def closing(act):
    appeal_note(act)
    signature(act)
    if act.r.random() < 0.45:
        court_address(act)


# ------------------------------------------------------------------------------------------
def ruling_foreign_judgment(act):
    r = act.r
    setup(act, "first", "ruling", "civil", rand_date(r, 2023, 2025))
    L = act.lang == "ru"
    kz = r.random() < 0.5
    ap = person(act, "plaintiff", people="kazakh" if kz else r.choice(["russian", "korean", "chechen", "kyrgyz"]))
    db = person(act, "respondent")
    rep = person(act, "representative")
    fj = official(act, "judge", people="kazakh" if kz else "russian")
    fcourt = ("Медеуский районный суд города Алматы", "Алматы шаарынын Медеу райондук соту") if kz else \
        ("Никулинский районный суд города Москвы", "Москва шаарынын Никулин райондук соту")
    fcourt_g = ("Медеуского районного суда города Алматы", "Алматы шаарынын Медеу райондук сотунун") if kz else \
        ("Никулинского районного суда города Москвы", "Москва шаарынын Никулин райондук сотунун")
    fd = rand_date(r, act.date.year - 2, act.date.year - 1)
    amt, _ = W.amount(r, 150000, 2500000, act.lang, 1000)
    apaddr = W.address(act, kind="foreign_kz" if kz else "foreign_ru")
    dbaddr = W.address(act)
    dbold = W.address(act, kind="foreign_kz" if kz else "foreign_ru")
    ph = W.phone(act, foreign="kz" if kz else "ru")
    dbph = W.phone(act)
    ap_ps = W.russian_passport(act) if not kz else W.passport(act, "kazakh")[1]
    conv = K("Конвенции о правовой помощи и правовых отношениях по гражданским, семейным и уголовным делам от "
             "7 октября 2002 года" if L else "2002-жылдын 7-октябрындагы жарандык, үй-бүлөлүк жана кылмыш иштери "
             "боюнча укуктук жардам жана укуктук мамилелер жөнүндө Конвенциянын", "statute")
    header(act, "ОПРЕДЕЛЕНИЕ", "АНЫКТАМА", "2")
    if L:
        composition(act, ", с участием представителя заявителя {rep}", rep=rep("full", "gen"))
        act.p("рассмотрев в открытом судебном заседании ходатайство {ap} о признании и принудительном исполнении на "
              "территории Кыргызской Республики решения {fc} от {fd},", ap=ap("full", "gen"), fc=K(fcourt_g[0], "court"),
              fd=K(ru_date(fd), "act_date"))
        act.p("У С Т А Н О В И Л:")
        act.p("Решением {fc} от {fd} (судья {fj}) с {db} в пользу {ap} взыскана задолженность по договору займа в "
              "размере {amt}. На момент рассмотрения дела должни{k} проживал{e} по адресу: {old}.",
              fc=K(fcourt_g[0], "court"), fd=K(ru_date(fd), "act_date"), fj=fj("init"), db=db("full", "gen"),
              ap=later(act, ap, "gen"), amt=amt, k=g(db, "к", "ца"), e=g(db, "", "а"), old=dbold)
        act.p("Заявител{x} {ap} (паспорт {ps}, место жительства: {aa}, тел. {ph}, e-mail: {em}) указал{e}, что решение вступило в "
              "законную силу, однако должни{k} выехал{e2} в Кыргызскую Республику и проживает по адресу: {da}.",
              x=g(ap, "ь", "ьница"), ap=later(act, ap), ps=ap_ps, aa=apaddr, ph=ph, em=W.email(act, ap), e=g(ap, "", "а"),
              k=g(db, "к", "ца"), e2=g(db, "", "а"), da=dbaddr)
        act.p("{db}, извещённ{e} по номеру {dph}, в суд не явил{s}, возражений не представил{e2}.",
              db=later(act, db), e=g(db, "ый", "ая"), dph=dbph, s=g(db, "ся", "ась"), e2=g(db, "", "а"))
        act.p("В соответствии со ст. 53 {conv} решения судов государств-участников признаются и исполняются на "
              "территории Кыргызской Республики.", conv=conv)
        lookalike(act)
        act.p("Руководствуясь ст. 428 ГПК КР, суд")
        act.p("ОПРЕДЕЛИЛ:")
        act.p("Ходатайство {ap} удовлетворить. Признать и разрешить принудительное исполнение на территории "
              "Кыргызской Республики решения {fc} от {fd} о взыскании с {db} ({pin}) {amt}.",
              ap=later(act, ap, "gen"), fc=K(fcourt_g[0], "court"), fd=K(ru_date(fd), "act_date"),
              db=db("upper", "gen"), pin=seg("ПИН ") + W.pin(act, db, rand_date(r, 1970, 1998)), amt=amt)
    else:
        composition(act, ", арыз ээсинин өкүлү {rep}", rep=rep("full"))
        act.p("ачык соттук отурумда {ap} {fc} {fd} чечимин Кыргыз Республикасынын аймагында таануу жана мажбурлап "
              "аткаруу жөнүндө өтүнүчүн карап чыгып,", ap=ap("full", "gen"), fc=K(fcourt_g[1], "court"),
              fd=K(ky_date(fd, "attr"), "act_date"))
        act.p("А Н Ы К Т А Д Ы:")
        act.p("{fc} {fd} чечими менен (судья {fj}) {db} {ap} пайдасына карыз келишими боюнча {amt} өндүрүлгөн. "
              "Ишти кароо учурунда карыздар {old} дарегинде жашаган.", fc=K(fcourt_g[1], "court"),
              fd=K(ky_date(fd, "attr"), "act_date"), fj=fj("init"), db=db("full", "abl"), ap=later(act, ap, "gen"),
              amt=amt, old=dbold)
        act.p("Арыз ээси {ap} (паспорт {ps}, жашаган жери: {aa}, тел. {ph}, эл. почта: {em}) чечим мыйзамдуу күчүнө киргенин, бирок "
              "карыздар Кыргыз Республикасына чыгып кетип, {da} дарегинде жашап жатканын көрсөттү.",
              ap=later(act, ap), ps=ap_ps, aa=apaddr, ph=ph, em=W.email(act, ap), da=dbaddr)
        act.p("{db} {dph} номери аркылуу кабарланганына карабай сотко келген жок, каршы пикир берген жок.",
              db=later(act, db), dph=dbph)
        act.p("{conv} 53-беренесине ылайык катышуучу мамлекеттердин сотторунун чечимдери Кыргыз Республикасынын "
              "аймагында таанылат жана аткарылат.", conv=conv)
        lookalike(act)
        act.p("КР ЖПКнын 428-беренесин жетекчиликке алып, сот")
        act.p("АНЫКТАДЫ:")
        act.p("{ap} өтүнүчү канааттандырылсын. {fc} {db} ({pin}) {amt} өндүрүү жөнүндө {fd} чечими Кыргыз "
              "Республикасынын аймагында таанылсын жана мажбурлап аткарууга уруксат берилсин.",
              ap=later(act, ap, "gen"), fc=K(fcourt_g[1], "court"), db=db("upper", "abl"),
              pin=seg("ЖИН ") + W.pin(act, db, rand_date(r, 1970, 1998)), amt=amt, fd=K(ky_date(fd, "attr"), "act_date"))
    bf = official(act, "official", female=False)
    if L:
        act.p("Исполнительный лист направить судебному исполнителю {dep} {b} по месту жительства должни{k}.",
              dep=K("Департамента по исполнению судебных актов при Судебном департаменте", "state_body"),
              b=bf("init", "dat"), k=g(db, "ка", "цы"))
    else:
        act.p("Аткаруу барагы карыздардын жашаган жери боюнча {dep} соттук аткаруучусу {b} жөнөтүлсүн.",
              dep=K("Сот департаментине караштуу Соттук актыларды аткаруу департаментинин", "state_body"),
              b=bf("init", "dat"))
    act.own_ru, act.own_ky = "Определение", "Аныктамага"
    if L:
        act.f("На определение может быть подана частная жалоба в {ac} в течение 15 дней.\n",
              ac=court_nom(act, W.appeal_for(act.court)))
    else:
        act.f("Аныктамага 15 күндүн ичинде {ac} жеке даттануу берилиши мүмкүн.\n", ac=court_dat(act, W.appeal_for(act.court)))
    signature(act)


# ------------------------------------------------------------------------------------------
def ruling_expertise_appointment(act):
    r = act.r
    setup(act, "first", "ruling", "civil", rand_date(r, 2023, 2025))
    L = act.lang == "ru"
    pl = person(act, "plaintiff")
    rs = person(act, "respondent")
    wife = person(act, "witness", female=not rs.female).share_surname(rs, not rs.female)
    adv = official(act, "advocate")
    ld = rand_date(r, act.date.year - 3, act.date.year - 1)
    amt, _ = W.amount(r, 100000, 1800000, act.lang, 5000)
    raddr = W.address(act, lang="ru")
    ps = pass_frag(act, rs.people)
    gses = K("Государственной судебно-экспертной службе при Министерстве юстиции Кыргызской Республики" if L else
             "Кыргыз Республикасынын Юстиция министрлигине караштуу Мамлекеттик соттук-эксперттик кызматка", "state_body")
    header(act, "ОПРЕДЕЛЕНИЕ", "АНЫКТАМА", "2")
    if L:
        composition(act, ", с участием истца {p}, представителя ответчика — адвоката {adv}",
                    p=later(act, pl, "gen"), adv=adv("init", "gen"))
        act.p("рассмотрев в открытом судебном заседании гражданское дело по иску {p} к {r} о взыскании долга по "
              "расписке,", p=pl("full", "gen"), r=rs("full", "dat"))
        act.p("У С Т А Н О В И Л:")
        act.p("Истец просит взыскать с ответчика {amt}, ссылаясь на расписку от {ld}, в которой указано: «Я, {r2}, "
              "{ps}, проживающ{e} по адресу: {ra}, получил{e2} от {p2} деньги в долг и обязуюсь вернуть».",
              amt=amt, ld=K(ru_date(ld), "act_date"), r2=rs("upper"), ps=ps, e=g(rs, "ий", "ая"), ra=raddr,
              e2=g(rs, "", "а"), p2=pl("full", "gen"))
        act.p("Ответчи{k} {r} иск не признал{e}, заявив, что расписку не писал{e} и подпись в ней ему не "
              "принадлежит; {rel} {w} в судебном заседании пояснил{e3}, что в указанный день {r3} находил{s} в "
              "г. Ош.".replace("ему не", g(rs, "ему не", "ей не")), k=g(rs, "к", "ца"), r=later(act, rs),
              e=g(rs, "", "а"), rel=g(wife, "супруг ответчицы", "супруга ответчика"), w=wife("full"),
              e3=g(wife, "", "а"), r3=later(act, rs), s=g(rs, "ся", "ась"))
        act.p("Для разрешения спора требуются специальные познания в области почерковедения.")
        lookalike(act)
        act.p("Руководствуясь ст.ст. 83, 84 ГПК КР, суд")
        act.p("ОПРЕДЕЛИЛ:")
        act.p("Назначить по делу судебную почерковедческую экспертизу, производство которой поручить {gses}.",
              gses=gses)
        act.p("На разрешение эксперта поставить вопрос: выполнены ли рукописный текст и подпись в расписке от {ld} "
              "{r} или другим лицом? Предоставить эксперту свободные образцы почерка {r2}.",
              ld=K(ru_date(ld), "act_date"), r=later(act, rs, "ins"), r2=later(act, rs, "gen"))
        act.p("Расходы по экспертизе возложить на истца {p}. Производство по делу приостановить.",
              p=later(act, pl, "acc"))
        act.t("На определение в части приостановления может быть подана частная жалоба.\n")
    else:
        composition(act, ", доогер {p}, жоопкердин өкүлү — адвокат {adv}", p=later(act, pl), adv=adv("init"))
        act.p("ачык соттук отурумда {p} {r} карата тилкат боюнча карызды өндүрүү жөнүндө доо арызы боюнча "
              "жарандык ишти карап чыгып,", p=pl("full", "gen"), r=rs("full", "dat"))
        act.p("А Н Ы К Т А Д Ы:")
        act.p("Доогер {ld} тилкатка таянып, жоопкерден {amt} өндүрүүнү суранат. Тилкатта орус тилинде мындай "
              "жазылган: «Я, {r2}, {ps}, " + g(rs, "проживающий", "проживающая") + " по адресу: {ra}, "
              + g(rs, "получил", "получила") + " от {p2} деньги в долг».",
              ld=K(ky_date(ld, "attr"), "act_date"), amt=amt, r2=rs("upper"), ps=pass_frag(act, rs.people, "an_no")
              if False else ps, ra=raddr, p2=pl("full", "gen", lang="ru"))
        act.p("Жоопкер {r} доону тааныбай, тилкатты жазбаганын жана колу ага таандык эмес экенин билдирди; анын "
              "жубайы {w} көрсөтүлгөн күнү {r3} Ош шаарында болгонун түшүндүрдү.", r=later(act, rs), w=wife("full"),
              r3=later(act, rs))
        act.p("Талашты чечүү үчүн кол жазма таануу чөйрөсүндө атайын билим талап кылынат.")
        lookalike(act)
        act.p("КР ЖПКнын 83, 84-беренелерин жетекчиликке алып, сот")
        act.p("АНЫКТАДЫ:")
        act.p("Иш боюнча соттук кол жазма экспертизасы дайындалсын, аны жүргүзүү {gses} тапшырылсын.", gses=gses)
        act.p("Экспертке суроо коюлсун: {ld} тилкаттагы текст жана кол {r} тарабынан аткарылганбы же башка адам "
              "тарабынанбы? Экспертке {r2} кол жазмасынын үлгүлөрү берилсин.", ld=K(ky_date(ld, "attr"), "act_date"),
              r=later(act, rs), r2=later(act, rs, "gen"))
        act.p("Экспертизанын чыгымдары доогер {p} жүктөлсүн. Иш боюнча өндүрүш токтотулсун.", p=later(act, pl, "dat"))
        act.t("Аныктаманын өндүрүштү токтотуу бөлүгүнө жеке даттануу берилиши мүмкүн.\n")
    signature(act)


# ------------------------------------------------------------------------------------------
def decision_gift_revocation(act):
    r = act.r
    setup(act, "first", "decision", "civil", rand_date(r, 2023, 2025))
    L = act.lang == "ru"
    act.own_ru, act.own_ky = "Решение", "Чечимге"
    donor = person(act, "plaintiff", female=r.random() < 0.6)
    donee = person(act, "respondent", female=False)
    if donor.female:
        donee.share_surname(donor, False)
    else:
        donee.child_of(donor)
    nb = person(act, "witness")
    rep = person(act, "representative")
    notary = official(act, "official")
    gd = rand_date(r, act.date.year - 4, act.date.year - 1)
    bd = rand_date(r, 1940, 1958)
    home = W.address(act)
    flat = W.address(act, kind=r.choice(["city", "mkr"]))
    pc = W.prop_code(act)
    dph = W.phone(act)
    st = "ст. 581 ГК КР" if L else "КР Жарандык кодексинин 581-беренеси"
    header(act, "РЕШЕНИЕ", "ЧЕЧИМ", "2")
    if L:
        composition(act, ", с участием представителя ответчика {rep}", rep=rep("full", "gen"))
        act.p("рассмотрев в открытом судебном заседании гражданское дело по иску {d} к {e} об отмене договора "
              "дарения,", d=donor("full", "gen"), e=donee("full", "dat"))
        act.p("УСТАНОВИЛ:")
        act.p("{pt} обратил{s} в суд, указав, что по договору дарения от {gd}, удостоверенному нотариусом {no}, "
              "подарил{e2} {rel} {e} квартиру по адресу: {fl} (код {pc}).",
              pt=party_ru(act, donor, "Истец", "Истица", bd=bd, addr=home, ph=dph), s=g(donor, "ся", "ась"),
              gd=K(ru_date(gd), "act_date"), no=notary("init", "ins"), e2=g(donor, "", "а"),
              rel=g(donor, "сыну", "внуку"), e=later(act, donee, "dat"), fl=flat, pc=pc)
        act.p("После регистрации права ответчик стал выгонять дарител{x} из квартиры, в {d} году причинил "
              "{y} побои, что подтверждается постановлением по делу о правонарушении.", x=g(donor, "я", "ьницу"),
              d=str(act.date.year - 1), y=g(donor, "ему", "ей"))
        act.p("Соседка {nb} показала, что слышала крики и видела, как {e} выставил вещи {d} на лестничную "
              "площадку.".replace("Соседка", g(nb, "Сосед", "Соседка")).replace("показала", g(nb, "показал", "показала"))
              .replace("слышала", g(nb, "слышал", "слышала")).replace("видела", g(nb, "видел", "видела")),
              nb=nb("full"), e=later(act, donee), d=later(act, donor, "gen"))
        act.p("Представитель ответчика {rep} иск не признал{e}.", rep=later(act, rep), e=g(rep, "", "а"))
        lookalike(act)
        act.p("Согласно {st} даритель вправе отменить дарение, если одаряемый совершил покушение на его жизнь или "
              "умышленно причинил ему телесные повреждения.", st=K(st, "statute"))
        act.p("Руководствуясь ст.ст. 198–200 ГПК КР, суд")
        act.p("РЕШИЛ:")
        act.p("Иск {d} удовлетворить. Отменить договор дарения от {gd}, заключённый между {d2} и {e}. Возвратить в "
              "собственность {d3} квартиру с кодом {pc}.", d=later(act, donor, "gen"), gd=K(ru_date(gd), "act_date"),
              d2=donor("upper", "ins"), e=donee("upper", "ins"), d3=later(act, donor, "gen"), pc=pc)
    else:
        composition(act, ", жоопкердин өкүлү {rep}", rep=rep("full"))
        act.p("ачык соттук отурумда {d} {e} карата белек келишимин жокко чыгаруу жөнүндө доо арызы боюнча "
              "жарандык ишти карап чыгып,", d=donor("full", "gen"), e=donee("full", "dat"))
        act.p("АНЫКТАДЫ:")
        act.p("{pt} сотко кайрылып, нотариус {no} күбөлөндүргөн {gd} белек келишими боюнча {rel} {e} {fl} "
              "дарегиндеги батирди (коду {pc}) белекке бергенин көрсөттү.",
              pt=party_ky(act, donor, "Доогер", bd=bd, addr=home, ph=dph), no=notary("init"),
              gd=K(ky_date(gd, "attr"), "act_date"), rel=g(donor, "уулу", "небереси"), e=later(act, donee, "gen"),
              fl=flat, pc=pc)
        act.p("Укук каттоодон кийин жоопкер белек берүүчүнү батирден кууп чыгара баштаган, {d}-жылы аны сабаган, бул "
              "укук бузуу жөнүндө иш боюнча токтом менен тастыкталат.", d=str(act.date.year - 1))
        act.p("Кошунасы {nb} кыйкырык укканын жана {e} {d} буюмдарын тепкичке чыгарып салганын көргөнүн айтты.",
              nb=nb("full"), e=later(act, donee), d=later(act, donor, "gen"))
        act.p("Жоопкердин өкүлү {rep} доону тааныган жок.", rep=later(act, rep))
        lookalike(act)
        act.p("{st} ылайык, белек алуучу белек берүүчүнүн өмүрүнө кол салса же ага атайылап дене жаракатын келтирсе, "
              "белек берүүчү белекти жокко чыгарууга укуктуу.", st=K(st + "не", "statute"))
        act.p("КР ЖПКнын 198–200-беренелерин жетекчиликке алып, сот")
        act.p("ЧЕЧТИ:")
        act.p("{d} доосу канааттандырылсын. {d2} менен {e} ортосунда түзүлгөн {gd} белек келишими жокко "
              "чыгарылсын. Коду {pc} батир {d3} менчигине кайтарылсын.", d=later(act, donor, "gen"),
              d2=donor("upper"), e=donee("upper"), gd=K(ky_date(gd, "attr"), "act_date"), pc=pc,
              d3=later(act, donor, "gen"))
    closing(act)


# ------------------------------------------------------------------------------------------
def decision_shared_construction(act):
    r = act.r
    setup(act, "first", "decision", "civil", rand_date(r, 2023, 2025))
    L = act.lang == "ru"
    act.own_ru, act.own_ky = "Решение", "Чечимге"
    inv = person(act, "plaintiff")
    spouse = person(act, "third_party", female=not inv.female).share_surname(inv, not inv.female)
    dirr = person(act, "representative")
    dev = r.choice(W.DEVELOPERS)
    inn = W.org_inn(r)
    leg = "г. Бишкек, ул. Ахунбаева, 119" if L else "Бишкек шаары, Ахунбаев көчөсү, 119"
    cd = rand_date(r, act.date.year - 4, act.date.year - 2)
    amt, v = W.amount(r, 2500000, 9000000, act.lang, 10000)
    home = W.address(act)
    card = W.card(act)
    ph, em = W.phone(act), W.email(act, inv)
    bd = rand_date(r, 1970, 1996)
    header(act, "РЕШЕНИЕ", "ЧЕЧИМ", "2")
    dev_ru = f"ОсОО «{dev}»"
    dev_ky = f"«{dev}» ЖЧК"
    if L:
        composition(act, ", с участием истца {i}, представителя ответчика {d}", i=later(act, inv, "gen"),
                    d=dirr("full", "gen"))
        act.p("рассмотрев в открытом судебном заседании гражданское дело по иску {i} к {o} о расторжении договора "
              "долевого участия в строительстве и взыскании уплаченных средств,", i=inv("full", "gen"),
              o=K(dev_ru, "organization"))
        act.p("УСТАНОВИЛ:")
        act.p("{pt} заключил{e} с {o} (ИНН {inn}, юридический адрес: {leg}) договор долевого участия от {cd}, по "
              "которому ответчик обязался передать квартиру в жилом комплексе {jk} не позднее четвёртого "
              "квартала следующего года.", pt=party_ru(act, inv, "Истец", "Истица", bd=bd, addr=home, ph=ph, em=em),
              e=g(inv, "", "а"), jk=K(r.choice(["«Надежда»", "«Победа»", "«Вера»"]), "lookalike"), o=K(dev_ru, "organization"), inn=K(inn, "organization"), leg=K(leg, "organization"),
              cd=K(ru_date(cd), "act_date"))
        act.p("Истец оплатил {amt} — частью наличными, частью переводами с карты {c} супруг{x} {s}.", amt=amt, c=card,
              x=g(spouse, "а", "и"), s=spouse("full", "gen"))
        act.p("Директор ответчика {d} пояснил{e}, что строительство приостановлено по предписанию {gb}.",
              d=later(act, dirr), e=g(dirr, "", "а"), gb=K("Госстройинспекции при мэрии города Бишкек", "state_body"))
        lookalike(act)
        act.p("Руководствуясь ст.ст. 198–200 ГПК КР, суд")
        act.p("РЕШИЛ:")
        act.p("Иск {i} удовлетворить. Расторгнуть договор от {cd}. Взыскать с {o} в пользу {i2} {amt}.",
              i=later(act, inv, "gen"), cd=K(ru_date(cd), "act_date"), o=K(dev_ru, "organization"),
              i2=inv("upper", "gen"), amt=amt)
    else:
        composition(act, ", доогер {i}, жоопкердин өкүлү {d}", i=later(act, inv), d=dirr("full"))
        act.p("ачык соттук отурумда {i} {o} карата курулушка үлүштүк катышуу келишимин бузуу жана төлөнгөн "
              "каражатты өндүрүү жөнүндө доо арызы боюнча жарандык ишти карап чыгып,", i=inv("full", "gen"),
              o=K(dev_ky + "га", "organization"))
        act.p("АНЫКТАДЫ:")
        act.p("{pt} {o} (ИНН {inn}, юридикалык дареги: {leg}) менен {cd} үлүштүк катышуу келишимин түзгөн, ага "
              "ылайык жоопкер {jk} турак жай комплексинен батирди кийинки жылдын төртүнчү чейрегинен кечиктирбей "
              "өткөрүп берүүгө милдеттенген.", pt=party_ky(act, inv, "Доогер", bd=bd, addr=home, ph=ph, em=em),
              jk=K(r.choice(["«Ынтымак»", "«Жеңиш»", "«Бакыт»"]), "lookalike"), o=K(dev_ky, "organization"), inn=K(inn, "organization"), leg=K(leg, "organization"),
              cd=K(ky_date(cd, "attr"), "act_date"))
        act.p("Доогер {amt} төлөгөн — бир бөлүгүн накталай, бир бөлүгүн жубайы {s} {c} картасынан которуу аркылуу.",
              amt=amt, s=spouse("full", "gen"), c=card)
        act.p("Жоопкердин директору {d} курулуш {gb} көрсөтмөсү боюнча токтотулганын түшүндүрдү.", d=later(act, dirr),
              gb=K("Бишкек шаарынын мэриясына караштуу Мамлекеттик курулуш инспекциясынын", "state_body"))
        lookalike(act)
        act.p("КР ЖПКнын 198–200-беренелерин жетекчиликке алып, сот")
        act.p("ЧЕЧТИ:")
        act.p("{i} доосу канааттандырылсын. {cd} келишими бузулсун. {o} {i2} пайдасына {amt} өндүрүлсүн.",
              i=later(act, inv, "gen"), cd=K(ky_date(cd, "attr"), "act_date"), o=K(dev_ky + "дан", "organization"),
              i2=inv("upper", "gen"), amt=amt)
    closing(act)


# ------------------------------------------------------------------------------------------
def decision_unauthorized_building(act):
    r = act.r
    setup(act, "first", "decision", "civil", rand_date(r, 2023, 2025),
          courts=lambda code: not code.startswith("bishkek") and code != "osh-city")
    L = act.lang == "ru"
    act.own_ru, act.own_ky = "Решение", "Чечимге"
    ao = r.choice(W.AO)
    body_ru = f"{ao} айыл окмоту"
    body_ky = f"{ao} айыл өкмөтү"
    spec = official(act, "official")
    head = official(act, "official", female=False)
    rs = person(act, "respondent", female=False)
    son = person(act, "third_party", female=False).child_of(rs)
    nb = person(act, "witness")
    addr = W.address(act, kind="village")
    plot = W.prop_code(act, plot=True)
    ph = W.phone(act)
    bd = rand_date(r, 1955, 1985)
    header(act, "РЕШЕНИЕ", "ЧЕЧИМ", "2")
    if L:
        composition(act, ", с участием представителя истца — главного специалиста по архитектуре {sp}",
                    sp=spec("init", "gen"))
        act.p("рассмотрев в открытом судебном заседании гражданское дело по иску {b} к {r} о сносе самовольной "
              "постройки,", b=K(body_ru.replace("окмоту", "окмоту"), "state_body"), r=rs("full", "dat"))
        act.p("УСТАНОВИЛ:")
        act.p("Глава {b} {h} обратился в суд, указав, что {pt} без разрешительных документов возвёл на земельном "
              "участке с кодом {pl} двухэтажную пристройку, выходящую на линию застройки улицы.",
              b=K(body_ru.replace("айыл окмоту", "айыл окмоту"), "state_body"), h=head("full"),
              pt=party_ru(act, rs, "ответчик", "ответчица", bd=bd, addr=addr, ph=ph), pl=plot)
        act.p("Соседка {n} показала, что пристройка закрывает проезд к её дому, а строительством руководил сын "
              "ответчика {s}.".replace("Соседка", g(nb, "Сосед", "Соседка")).replace("показала", g(nb, "показал", "показала"))
              .replace("её дому", g(nb, "его дому", "её дому")), n=nb("full"), s=son("full"))
        act.p("Ответчик {r} иск не признал, пояснив, что строил для {s}, который собирается жениться.",
              r=later(act, rs), s=son("given", "gen"))
        lookalike(act)
        act.p("Согласно {st} самовольная постройка подлежит сносу осуществившим её лицом.",
              st=K("ст. 238 ГК КР", "statute"))
        act.p("РЕШИЛ:")
        act.p("Иск удовлетворить. Обязать {r} снести самовольную пристройку на участке {pl} за свой счёт в течение "
              "трёх месяцев.", r=rs("upper", "acc"), pl=plot)
    else:
        composition(act, ", доогердин өкүлү — архитектура боюнча башкы адис {sp}", sp=spec("init"))
        act.p("ачык соттук отурумда {b} {r} карата өз алдынча курулган имаратты бузуу жөнүндө доо арызы боюнча "
              "жарандык ишти карап чыгып,", b=K(body_ky + "нүн", "state_body"), r=rs("full", "dat"))
        act.p("АНЫКТАДЫ:")
        act.p("{b} башчысы {h} сотко кайрылып, {pt} уруксат берүүчү документтерсиз коду {pl} жер участогуна көчөнүн "
              "курулуш сызыгына чыккан эки кабаттуу курулуш салганын көрсөттү.", b=K(body_ky + "нүн", "state_body"),
              h=head("full"), pt=party_ky(act, rs, "жоопкер", bd=bd, addr=addr, ph=ph), pl=plot)
        act.p("Кошунасы {n} курулуш анын үйүнө баруучу жолду тосуп калганын, курулушту жоопкердин уулу {s} "
              "жетектегенин айтты.", n=nb("full"), s=son("full"))
        act.p("Жоопкер {r} доону тааныбай, үйлөнгөнү жаткан {s} үчүн курганын түшүндүрдү.", r=later(act, rs),
              s=son("given"))
        lookalike(act)
        act.p("{st} ылайык өз алдынча курулган имаратты аны курган адам бузууга тийиш.",
              st=K("КР Жарандык кодексинин 238-беренесине", "statute"))
        act.p("ЧЕЧТИ:")
        act.p("Доо канааттандырылсын. {r} {pl} участогундагы өз алдынча курулган имаратты үч айдын ичинде өз эсебинен "
              "бузуу милдети жүктөлсүн.", r=rs("upper", "dat"), pl=plot)
    closing(act)
