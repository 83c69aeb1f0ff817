"""Civil families: adoption, parental rights, lost records, tax debt, medical damage,
work injury, a flooded flat, a mistaken transfer, compensation for unlawful prosecution."""

from core import K, M
import common as G


def setup(ctx, lang, prefix, panel=False):
    r = ctx.rng
    court = r.choice(G.COURTS)
    if panel:
        code = {"Бишкекский городской суд": "bishkek-city"}.get(court[5], court[0].split("-")[0] + "-oblast")
        court = (code, court[5], court[6][: -len("сотуна")] + "соту", court[3], court[4],
                 "Верховный суд Кыргызской Республики", "Кыргыз Республикасынын Жогорку сотуна")
    judges = [ctx.official("judge") for _ in range(3 if panel else 1)]
    sec = ctx.official("secretary")
    y = r.choice([2023, 2024, 2025])
    date = (y, r.randint(1, 12), r.randint(1, 28))
    case_no = f"{prefix}-{r.randint(100, 2999)}/{y % 100:02d}"
    if r.random() < 0.3:
        case_no += {"1": " УД", "2": " ГД", "3": " АД"}[prefix] if r.random() < 0.7 else "-С"
    return court, judges, sec, date, case_no


def statute(text):
    return K(text, "statute")


# ------------------------------------------------------------------ adoption
def adoption(ctx, lang):
    r = ctx.rng
    court, judges, sec, date, case_no = setup(ctx, lang, "2")
    people = r.choice(["ky", "ky", "ru", "uz", "tt", "dg"])
    a = ctx.person("plaintiff", people, female=False, kyrgyz_style=False, age=(30, 45))
    b = ctx.person("plaintiff", people, female=True, sur_of=a, age=(27, 42))
    mother = ctx.person("third_party", r.choice(["ky", people]), female=True, age=(22, 35))
    child_girl = r.random() < 0.5
    child = ctx.person("third_party", mother.people, female=child_girl, sur_of=mother, age=(2, 9))
    new_child = ctx.person("third_party", people, female=child_girl, sur_of=a, patr_from=a)
    new_child.eid = child.eid
    new_child.given = child.given
    new_child.birth = child.birth
    opeka = ctx.official("official")
    pros = ctx.official("prosecutor")
    notary = ctx.official("official")
    old_judge = ctx.official("judge")
    zags = r.choice(["Департамент регистрации населения и актов гражданского состояния при Государственной регистрационной службе",
                     "отдел ЗАГС Ленинского района г. Бишкек", "Управление регистрации актов гражданского состояния г. Ош"])
    addr = ctx.addr("home")
    out = []
    if lang == "ru":
        out += G.header(ctx, lang, court, "РЕШЕНИЕ", case_no, date, judges, sec)
        out += ["с участием заявителей ", a.m("ini", "gen"), " и ", b.m("ini", "gen"),
                ", представителя органа опеки и попечительства — главного специалиста управления социального развития ",
                opeka.k("gen"), ", прокурора ", pros.k("gen"), ",\n",
                "рассмотрев в закрытом судебном заседании гражданское дело по заявлению ", a.m("full", "gen"),
                " и ", b.m("full", "gen"), " об ", "удочерении" if child_girl else "усыновлении",
                " несовершеннолетне", "й " if child_girl else "го ", child.m("full", "gen"), ctx.bd(child, "dot_gr"), ",\n"]
        out += ["УСТАНОВИЛ:\n"]
        out += ["Заявители ", a.ref("nom"), " и ", b.ref("nom"),
                f" состоят в зарегистрированном браке с {r.randint(2008, 2018)} года и проживают по адресу: ",
                addr, ". ", a.m("full", "nom"), ctx.bd(a), ", паспорт ", ctx.passport(a), ", ПИН ", ctx.pin(a),
                f", работает {r.choice(['водителем', 'инженером', 'преподавателем', 'поваром'])}; ",
                b.m("gp", "nom"), ctx.bd(b), ", ПИН ", ctx.pin(b), ", работает ",
                r.choice(["медицинской сестрой", "бухгалтером", "учителем начальных классов"]), ".\n"]
        out += [child.m("given", "nom") if not child_girl else child.m("given", "nom"),
                " является ", "дочерью" if child_girl else "сыном", " ", mother.m("full", "gen"),
                ", которая решением ", G.court_k(G.COURTS[r.randrange(len(G.COURTS))], "ru", "gen"),
                f" от {r.randint(1, 28)} {r.choice(G.RU_MONTHS)} {date[0] - r.randint(1, 3)} года (судья ",
                old_judge.k("nom"), ") лишена родительских прав. Сведения об отце в актовую запись о рождении внесены по заявлению матери.\n"]
        out += ["В судебном заседании заявитель ", a.ref("nom"), " поддержал заявление и пояснил, что ребёнок живёт в их семье с ",
                f"{date[0] - r.randint(1, 2)} года, называет их мамой и папой. Заявители просят присвоить ",
                "ей" if child_girl else "ему", " фамилию ", M(new_child._sur("nom"), "name", child.eid, "third_party"),
                ", отчество ", M(new_child.patr, "name", child.eid, "third_party"),
                ", имя оставить прежним и записать их родителями ребёнка.\n"]
        out += ["Заявительница ", b.ref("nom"), " заявление поддержала. ", G.lookalike_ru(ctx), "\n"]
        out += ["Согласие ", mother.ref("gen"), " на ", "удочерение" if child_girl else "усыновление",
                " не требуется (", statute("ст. 154 Семейного кодекса КР"), "). Согласие супруги заявителя удостоверено нотариусом ",
                notary.k("ins"), " и приобщено к делу.\n"]
        out += ["Представитель органа опеки ", opeka.k("nom"), " представил", "а" if opeka.female else "", " акт обследования жилищно-бытовых условий заявителей и заключение об обоснованности ",
                "удочерения" if child_girl else "усыновления", ". Прокурор ", pros.k("nom", "inib"),
                " полагал", pros.a, " заявление подлежащим удовлетворению.\n"]
        out += ["Согласно справке с места работы, заработная плата ", a.ref("gen"),
                " перечисляется на карточный счёт № ", ctx.account("card_a", card=True), " в ", K(r.choice(G.BANKS), "organization"),
                "; средний доход семьи составляет ", G.amount_ru(r.randint(45, 120) * 1000), " в месяц.\n"]
        out += ["Руководствуясь ", statute("ст.ст. 279–284 ГПК КР"), ", суд\nРЕШИЛ:\n"]
        out += ["Заявление ", a.m("full", "gen"), " и ", b.m("full", "gen"), " удовлетворить.\n",
                "Признать ", "удочерённой" if child_girl else "усыновлённым", " ", child.m("full", "acc"),
                ctx.bd(child, "dot_gr"), ", заявителями.\n",
                "Присвоить ребёнку фамилию, имя и отчество: ", new_child.m("full", "nom"),
                ". Записать ", a.ref("acc"), " отцом, ", b.ref("acc"), " матерью ребёнка.\n",
                "Копию решения направить в ", K(zags, "state_body"), " для регистрации.\n"]
        out += G.appeal_clause(ctx, lang, court)
    else:
        out += G.header(ctx, lang, court, "ЧЕЧИМ", case_no, date, judges, sec)
        out += ["арыз ээлери ", a.ky("ini"), ", ", b.ky("ini"), ", камкордук органынын өкүлү ",
                opeka.kk(), ", прокурор ", pros.kk(), " катышуусу менен, жабык сот отурумунда ",
                a.ky("full", "gen"), " жана ", b.ky("full", "gen"), " жашы жете элек ",
                child.ky("full", "acc"), " ", "асырап алуу жөнүндөгү арызы боюнча жарандык ишти карап чыгып,\n",
                "АНЫКТАДЫ:\n"]
        out += ["Арыз ээлери ", a.kref(), " жана ", b.kref(), f" {r.randint(2008, 2018)}-жылдан бери никеде турушат, ",
                addr, " дарегинде жашашат. ", a.ky("full"), ctx.bd(a), ", ЖИН ", ctx.pin(a), ", паспорту ",
                ctx.passport(a), "; ", b.ky("full"), ctx.bd(b), ", ЖИН ", ctx.pin(b), ".\n"]
        out += ["Бала ", child.ky("full"), ctx.bd(child), " ", mother.ky("full", "gen"),
                " ", "кызы" if child_girl else "уулу", ". Анын энеси ", G.court_k(r.choice(G.COURTS), "ky", "gen"),
                " чечими менен (судья ", old_judge.kk(), ") ата-энелик укугунан ажыратылган.\n"]
        out += ["Сот отурумунда ", a.kref(), " баланын үй-бүлөсүндө жашап жатканын, аларды ата-эне катары таанып калганын айтып, ",
                "балага ", M(new_child._sur("nom"), "name", child.eid, "third_party"), " фамилиясын, ",
                M(new_child.patr, "name", child.eid, "third_party"), " атасынын атын ыйгарууну суранды. ",
                G.lookalike_ky(ctx), "\n"]
        out += ["Иште медициналык комиссиянын орусча корутундусу бар: «Заявители ", a.m("ini", "nom"), " и ",
                b.m("ini", "nom"), " заболеваний, препятствующих усыновлению, не имеют». Камкордук органынын өкүлү ",
                opeka.kk(), " турмуш шарттарын текшерүү актысын берди, прокурор ", pros.kk(),
                " арызды канааттандырууну сунуш кылды. Жубайынын макулдугу нотариус ", opeka.kk("nom", "sur") if False else notary.kk(),
                " тарабынан күбөлөндүрүлгөн.\n"]
        out += ["Кыргыз Республикасынын Жарандык процесстик кодексинин ", statute("279–284-беренелерин"),
                " жетекчиликке алып, сот\nЧЕЧТИ:\n",
                a.ky("full", "gen"), " жана ", b.ky("full", "gen"), " арызы канааттандырылсын.\n",
                child.ky("full"), " асырап алынган деп таанылсын. Балага ", new_child.ky("full"),
                " деген фамилия, ат жана атасынын аты ыйгарылсын.\nЧечим ", K("Жарандык абалдын актыларын каттоо бөлүмүнө", "state_body"),
                " жиберилсин.\n"]
        out += G.appeal_clause(ctx, lang, court)
    out += G.signature(ctx, lang, judges)
    return dict(pieces=out, court=court, judges=judges, date=date, case_no=case_no,
                kind="decision", category="civil", instance="first")


# ------------------------------------------------------------------ parental rights
def parental_rights(ctx, lang):
    r = ctx.rng
    court, judges, sec, date, case_no = setup(ctx, lang, "2")
    people = r.choice(["ky", "ky", "ru", "kz", "ug", "kr", "tj"])
    mom = ctx.person("plaintiff", people, female=True, age=(25, 40))
    dad = ctx.person("respondent", people, female=False, age=(27, 45))
    kids = [ctx.person("third_party", people, female=r.random() < 0.5, sur_of=dad, patr_from=dad, age=(3, 14))
            for _ in range(r.randint(1, 3))]
    granny = ctx.person("witness", people, female=True, sur_of=dad, age=(55, 75))
    neighbour = ctx.person("witness")
    insp = ctx.official("official")
    pros = ctx.official("prosecutor")
    adv = ctx.official("advocate")
    out = []
    a_mom, a_dad = ctx.addr("mom"), ctx.addr("dad")
    if lang == "ru":
        out += G.header(ctx, lang, court, "РЕШЕНИЕ", case_no, date, judges, sec)
        out += ["с участием истицы ", mom.m("ini", "gen"), ", её представителя адвоката ", adv.k("gen"),
                ", прокурора ", pros.k("gen"), ", инспектора отдела по делам несовершеннолетних ", insp.k("gen"), ",\n",
                "рассмотрев в открытом судебном заседании гражданское дело по иску ", mom.m("full", "gen"),
                " к ", dad.m("full", "dat"), " о лишении родительских прав и взыскании алиментов,\nУСТАНОВИЛ:\n"]
        out += ["Истица ", mom.ref("nom"), ctx.bd(mom), ", проживающая по адресу: ", a_mom,
                ", обратилась в суд с иском, указывая, что от брака с ответчиком имеет детей: "]
        for i, k in enumerate(kids):
            out += [", " if i else "", k.m("full", "acc"), ctx.bd(k, "dot_gr")]
        out += ["; брак расторгнут в ", str(date[0] - r.randint(2, 5)), " году. С тех пор ответчик ", dad.ref("nom"),
                " воспитанием детей не занимается, алименты не платит, злоупотребляет спиртными напитками.\n"]
        out += ["Ответчик ", dad.m("full", "nom"), ctx.bd(dad), ", зарегистрированный по адресу: ", a_dad,
                ", в судебное заседание не явился, извещён по телефону ", ctx.phone("dad"), ".\n"]
        out += ["Свидетель ", granny.m("full", "nom"), ", мать ответчика, показала, что сын ", dad.m("given", "nom"),
                " живёт отдельно, внуков ", kids[0].m("given", "acc"), " не навещает уже несколько лет. Свидетель ",
                neighbour.m("full", "nom"), " подтвердил, что дети живут с матерью.\n"]
        out += ["Инспектор ", insp.k("nom"), " пояснил", "а" if insp.female else "", ", что ", dad.ref("nom"),
                " дважды привлекался к административной ответственности за ненадлежащее исполнение родительских обязанностей. ",
                G.lookalike_ru(ctx), "\n"]
        out += ["Прокурор ", pros.k("nom"), " полагал", pros.a, " иск подлежащим удовлетворению.\nРуководствуясь ",
                statute("ст. 74 Семейного кодекса КР"), ", ", statute("ст.ст. 198–200 ГПК КР"), ", суд\nРЕШИЛ:\n"]
        out += ["Иск ", mom.m("ini", "gen"), " удовлетворить.\nЛишить ", dad.m("full", "acc"),
                " родительских прав в отношении "]
        for i, k in enumerate(kids):
            out += [", " if i else "", k.m("full", "gen")]
        out += [".\nВзыскать с ", dad.m("ini", "gen"), " в пользу ", mom.m("ini", "gen"),
                " алименты в размере 1/4 части заработка на каждого ребёнка. Алименты перечислять на счёт № ",
                ctx.account("mom"), ".\n"]
        out += G.appeal_clause(ctx, lang, court)
    else:
        out += G.header(ctx, lang, court, "ЧЕЧИМ", case_no, date, judges, sec)
        out += ["доогер ", mom.ky("ini"), ", анын өкүлү адвокат ", adv.kk(), ", прокурор ", pros.kk(),
                ", жашы жете электердин иштери боюнча инспектор ", insp.kk(), " катышуусу менен, ачык сот отурумунда ",
                mom.ky("full", "gen"), " ", dad.ky("full", "dat"), " карата ата-энелик укуктан ажыратуу жөнүндөгү доо арызы боюнча жарандык ишти карап чыгып,\nАНЫКТАДЫ:\n"]
        out += ["Доогер ", mom.kref(), ctx.bd(mom), ", ", a_mom, " дарегинде жашайт. Ал жоопкер ", dad.ky("full", "dan" if False else "abl"),
                " "]
        for i, k in enumerate(kids):
            out += [", " if i else "", k.ky("full"), ctx.bd(k, "ky_dot")]
        out += [" аттуу балдары бар экенин, жоопкер балдарды тарбиялоого катышпай, алимент төлөбөй жүргөнүн көрсөткөн.\n"]
        out += ["Жоопкер ", dad.ky("inib"), ctx.bd(dad), ", ", a_dad, " дарегинде катталган, сотко келген жок, ага ",
                ctx.phone("dad"), " телефону аркылуу кабар берилген.\n"]
        out += ["Күбө ", granny.ky("full"), " (жоопкердин апасы) уулу ", dad.ky("given"), " неберелери ",
                kids[0].ky("given", "acc"), " көрбөй калганын айтты. Күбө ", neighbour.ky("full"), " балдар энеси менен жашаарын тастыктады. ",
                G.lookalike_ky(ctx), "\n"]
        out += ["Инспектор ", insp.kk(), " жоопкер ", dad.kref("nom"), " эки жолу администрациялык жоопкерчиликке тартылганын билдирди. Прокурор ",
                pros.kk(), " доону канааттандырууну сунуштады.\n"]
        out += ["Кыргыз Республикасынын Үй-бүлө кодексинин ", statute("74-беренесин"), " жетекчиликке алып, сот\nЧЕЧТИ:\n",
                dad.ky("full"), " ата-энелик укуктарынан ажыратылсын.\n", dad.ky("inib", "abl"), " ", mom.ky("inib", "gen"),
                " пайдасына ар бир бала үчүн эмгек акысынын 1/4 бөлүгү өлчөмүндө алимент өндүрүлсүн, алимент ",
                ctx.account("mom"), " эсебине которулсун.\n"]
        out += G.appeal_clause(ctx, lang, court)
    out += G.signature(ctx, lang, judges)
    return dict(pieces=out, court=court, judges=judges, date=date, case_no=case_no,
                kind="decision", category="civil", instance="first")


# ------------------------------------------------------------------ lost records
def record_restoration(ctx, lang):
    r = ctx.rng
    panel = r.random() < 0.4
    court, judges, sec, date, case_no = setup(ctx, lang, "2", panel=panel)
    app = ctx.person("plaintiff", age=(35, 70))
    other = ctx.person("respondent", age=(35, 70))
    heir = ctx.person("third_party", app.people, female=not app.female, sur_of=app)
    archivist = ctx.official("official")
    old_judge = ctx.official("judge")
    old_court = r.choice(G.COURTS)
    old_year = date[0] - r.randint(8, 20)
    old_no = f"2-{r.randint(100, 999)}/{old_year % 100:02d}"
    cause = r.choice(["пожара в здании архива", "затопления помещения архива", "утраты при передаче дел"])
    cause_ky = r.choice(["архивдеги өрттүн", "архивдин суу каптоосунун"])
    prop = ctx.prop("house")
    addr = ctx.addr("house")
    out = []
    if lang == "ru":
        out += G.header(ctx, lang, court, "ОПРЕДЕЛЕНИЕ", case_no, date, judges, sec)
        out += ["рассмотрев в открытом судебном заседании заявление ", app.m("full", "gen"), ctx.bd(app),
                ", о восстановлении утраченного судебного производства по гражданскому делу № ", K(old_no, "case_number"),
                " по иску ", app.m("ini", "gen"), " к ", other.m("full", "dat"), " о признании права собственности,\n",
                "УСТАНОВИЛ:\n"]
        out += ["Заявитель ", app.ref("nom"), " просит восстановить утраченное производство, указывая, что решением ",
                G.court_k(old_court, "ru", "gen"), f" от {r.randint(1, 28)} {r.choice(G.RU_MONTHS)} {old_year} года (судья ",
                old_judge.k("nom"), ") за ", "ней" if app.female else "ним", " признано право собственности на жилой дом по адресу: ", addr,
                ", идентификационный код ", prop, ". Дело утрачено вследствие ", cause, ".\n"]
        out += ["Из справки заведующего архивом ", archivist.k("gen"), " следует, что дело № ", K(old_no, "case_number"),
                " в архиве не значится. У заявителя сохранилась заверенная копия решения, в резолютивной части которого указано: «Признать за ",
                app.m("upper", "ins"), " право собственности на жилой дом… Обязать ", other.m("caps_sur", "acc"),
                " освободить земельный участок».\n"]
        out += ["Заинтересованное лицо ", other.ref("nom"), ctx.bd(other), ", проживающ", "ая" if other.female else "ий",
                " по адресу: ", ctx.addr("other"), ", подтвердил", "а" if other.female else "",
                " содержание решения. Супруг", "" if heir.female is False else "а", " заявителя ", heir.m("full", "nom"),
                " пояснил", "а" if heir.female else "", ", что решение исполнено в ", str(old_year + 1), " году.\n"]
        out += ["Руководствуясь ", statute("ст.ст. 318–326 ГПК КР"), ", суд\nОПРЕДЕЛИЛ:\n",
                "Восстановить утраченное судебное производство по гражданскому делу № ", K(old_no, "case_number"),
                " по иску ", app.m("full", "gen"), " к ", other.m("full", "dat"),
                " в части решения о признании права собственности на дом (код ", prop, ").\n",
                "На определение может быть подана частная жалоба в течение 15 дней.\n"]
    else:
        out += G.header(ctx, lang, court, "АНЫКТАМА", case_no, date, judges, sec)
        out += ["ачык сот отурумунда ", app.ky("full", "gen"), ctx.bd(app), " ", K(old_no, "case_number"),
                "-номерлүү жарандык иш боюнча жоголгон сот өндүрүшүн калыбына келтирүү жөнүндөгү арызын карап чыгып,\nАНЫКТАДЫ:\n"]
        out += ["Арыз ээси ", app.kref(), " ", G.court_k(old_court, "ky", "gen"), f" {old_year}-жылдагы чечими (судья ",
                old_judge.kk(), ") менен ", addr, " дарегиндеги турак жайга (идентификациялык коду ", prop,
                ") менчик укугу таанылганын, иш ", cause_ky, " кесепетинен жоголгонун көрсөткөн.\n"]
        out += ["Архив башчысы ", archivist.kk(), " ишти архивден табылбаганын маалымдады. Арыз ээсинде чечимдин күбөлөндүрүлгөн орусча көчүрмөсү сакталган: «Признать за ",
                app.m("full", "ins"), " право собственности на жилой дом. Обязать ", other.m("ini", "acc"),
                " освободить земельный участок».\n"]
        out += ["Кызыкдар тарап ", other.ky("full"), ctx.bd(other), ", ", ctx.addr("other"), " дарегинде жашайт, чечимдин мазмунун тастыктады. Арыз ээсинин жубайы ",
                heir.ky("full"), " чечим ", str(old_year + 1), "-жылы аткарылганын айтты.\n"]
        out += ["Кыргыз Республикасынын Жарандык процесстик кодексинин ", statute("318–326-беренелерин"),
                " жетекчиликке алып, сот\nАНЫКТАДЫ:\n", app.ky("full", "gen"), " ", other.ky("full", "dat"),
                " карата доосу боюнча ", K(old_no, "case_number"), "-номерлүү иштин жоголгон сот өндүрүшү калыбына келтирилсин.\n",
                "Аныктамага 15 күндүн ичинде жекече даттануу берилиши мүмкүн.\n"]
    out += G.signature(ctx, lang, judges)
    return dict(pieces=out, court=court, judges=judges, date=date, case_no=case_no,
                kind="ruling", category="civil", instance="appeal" if panel else "first")


# ------------------------------------------------------------------ tax debt
def tax_debt(ctx, lang):
    r = ctx.rng
    court, judges, sec, date, case_no = setup(ctx, lang, "3")
    resp = ctx.person("respondent", age=(28, 65))
    rep = ctx.official("official")
    wife = ctx.person("third_party", resp.people, female=not resp.female, sur_of=resp)
    tax_nom, tax_gen = r.choice([
        ("Управление Государственной налоговой службы по Ленинскому району г. Бишкек",
         "Управления Государственной налоговой службы по Ленинскому району г. Бишкек"),
        ("Управление ГНС по г. Ош", "Управления ГНС по г. Ош"),
        ("Управление Государственной налоговой службы по Чуйской области",
         "Управления Государственной налоговой службы по Чуйской области")])
    tax_ky = r.choice(["Мамлекеттик салык кызматынын Ленин району боюнча башкармалыгы",
                       "Мамлекеттик салык кызматынын Ош шаары боюнча башкармалыгы"])
    debt = r.randint(20, 400) * 1000 + r.randint(0, 999)
    out = []
    if lang == "ru":
        out += G.header(ctx, lang, court, "РЕШЕНИЕ", case_no, date, judges, sec)
        out += ["с участием представителя истца ", rep.k("gen"), ", действующ", "ей" if rep.female else "его",
                " по доверенности, ответчика ",
                resp.m("ini", "gen"), ",\nрассмотрев в открытом судебном заседании административное дело по иску ",
                K(tax_gen, "state_body"), " к индивидуальному предпринимателю ", resp.m("full", "dat"),
                " о взыскании налоговой задолженности,\nУСТАНОВИЛ:\n"]
        out += ["Ответчик ", resp.ref("nom"), ctx.bd(resp), ", ИНН ", ctx.pin(resp), ", зарегистрирован",
                "а" if resp.female else "", " в качестве индивидуального предпринимателя, проживает по адресу: ",
                ctx.addr("home"), ", тел. ", ctx.phone("resp"), ", эл. почта ", ctx.email(resp), ".\n"]
        out += ["По данным истца, за ответчиком числится задолженность по единому налогу и налогу на имущество в сумме ",
                G.amount_ru(debt), ", в том числе налог на транспортное средство марки «", r.choice(["Toyota Camry", "Honda Fit", "Lexus RX 350", "Mercedes-Benz E 240"]),
                "» с государственным номером ", ctx.plate("car"), " и на квартиру (код ", ctx.prop("flat"),
                "), зарегистрированную на ", "ответчицу" if resp.female else "ответчика", ". Требование об уплате от ",
                f"{r.randint(1, 28)}.{r.randint(1, 12):02d}.{date[0] - 1}", " не исполнено.\n"]
        out += ["Ответчик ", resp.ref("nom"), " иск признал", "а" if resp.female else "",
                " частично и пояснил", "а" if resp.female else "", ", что автомобиль с номером ", ctx.plate("car"),
                " продан в прошлом году, а фактически им пользуется ", "муж" if resp.female else "супруга", " ",
                wife.m("full", "nom"), ". Представитель истца ", rep.k("nom"), " пояснил", "а" if rep.female else "", ", что сведения о перерегистрации в налоговый орган не поступали.\n"]
        out += ["Оплата производилась с банковского счёта ответчика № ", ctx.account("resp"), " в ",
                K(r.choice(G.BANKS), "organization"), ". ", G.lookalike_ru(ctx), "\n"]
        out += ["Руководствуясь ", statute("ст. 136 Налогового кодекса КР"), ", ", statute("ст.ст. 170–172 АПК КР"),
                ", суд\nРЕШИЛ:\nИск ", K(tax_gen, "state_body"), " удовлетворить частично.\nВзыскать с ", resp.m("full", "gen"),
                " налоговую задолженность в размере ", G.amount_ru(debt // 2), ".\n"]
        out += G.appeal_clause(ctx, lang, court)
    else:
        out += G.header(ctx, lang, court, "ЧЕЧИМ", case_no, date, judges, sec)
        out += ["доогердин өкүлү ", rep.kk(), ", жоопкер ", resp.ky("ini"), " катышуусу менен, ачык сот отурумунда ",
                K(tax_ky + "нын", "state_body"), " жеке ишкер ", resp.ky("full", "dat"),
                " карата салык карызын өндүрүү жөнүндөгү доосу боюнча административдик ишти карап чыгып,\nАНЫКТАДЫ:\n"]
        out += ["Жоопкер ", resp.kref(), ctx.bd(resp), ", ЖИН ", ctx.pin(resp), ", ", ctx.addr("home"),
                " дарегинде жашайт, тел.: ", ctx.phone("resp"), ". Анын мойнунда ", G.amount_ky(debt),
                " салык карызы бар, анын ичинде ", ctx.plate("car"), " мамлекеттик номериндеги автоунаа жана ",
                ctx.prop("flat"), " коду менен катталган батир үчүн мүлк салыгы.\n"]
        out += ["Жоопкер ", resp.kref(), " доону жарым-жартылай таанып, автоунааны ", "күйөөсү" if resp.female else "аялы", " ",
                wife.ky("full"), " пайдаланаарын айтты. Төлөмдөр ", ctx.account("resp"), " эсебинен жүргүзүлгөн. ",
                G.lookalike_ky(ctx), "\n"]
        out += ["Кыргыз Республикасынын Салык кодексинин ", statute("136-беренесин"), " жетекчиликке алып, сот\nЧЕЧТИ:\n",
                resp.ky("full", "abl"), " ", G.amount_ky(debt // 2), " салык карызы өндүрүлсүн.\n"]
        out += G.appeal_clause(ctx, lang, court)
    out += G.signature(ctx, lang, judges)
    return dict(pieces=out, court=court, judges=judges, date=date, case_no=case_no,
                kind="decision", category="administrative", instance="first")


# ------------------------------------------------------------------ medical damage
def medical_damage(ctx, lang):
    r = ctx.rng
    court, judges, sec, date, case_no = setup(ctx, lang, "2")
    pl = ctx.person("plaintiff", age=(30, 70))
    patient = ctx.person("third_party", pl.people, sur_of=pl, age=(1, 15))
    doctor = ctx.person("witness", age=(30, 60))
    nurse = ctx.person("witness", female=True, age=(22, 50))
    rep = ctx.person("representative", age=(30, 55))
    expert = ctx.official("official")
    hosp, hosp_dat, hosp_gen = r.choice(G.HOSPITALS)
    out = []
    sum_ = r.randint(100, 900) * 1000
    if lang == "ru":
        out += G.header(ctx, lang, court, "РЕШЕНИЕ", case_no, date, judges, sec)
        out += ["с участием истца ", pl.m("ini", "gen"), ", представителя ответчика ", rep.m("full", "gen"),
                " (по доверенности),\nрассмотрев в открытом судебном заседании гражданское дело по иску ", pl.m("full", "gen"),
                ", действующ", "ей" if pl.female else "его", " в интересах несовершеннолетне", "й " if patient.female else "го ",
                patient.m("full", "gen"), ", к ", K(hosp_dat, "organization"), " о возмещении вреда, причинённого здоровью,\nУСТАНОВИЛ:\n"]
        out += [patient.m("given", "nom"), ctx.bd(patient, "dot_gr"), ", был", "а" if patient.female else "",
                f" госпитализирован{'а' if patient.female else ''} с диагнозом «острый аппендицит». По мнению истца, лечащий врач ",
                doctor.m("full", "nom"), " несвоевременно провёл", "а" if doctor.female else "",
                " операцию, что привело к осложнениям.\n"]
        out += ["Согласно заключению комиссионной судебно-медицинской экспертизы (эксперт ", expert.k("nom"),
                "), между действиями медицинского персонала и наступившими последствиями имеется косвенная причинная связь.\n"]
        out += ["Допрошенная в качестве свидетеля медсестра ", nurse.m("full", "nom"), " показала, что врач ", doctor.ref("nom"),
                " осмотрел", "а" if doctor.female else "", " больного через четыре часа. Свидетель ", doctor.ref("nom"),
                " пояснил", "а" if doctor.female else "", ", что операционная была занята.\n"]
        out += ["Представитель ответчика ", rep.ref("nom"), " иск не признал", "а" if rep.female else "",
                ". Истец просит перечислить сумму на счёт № ", ctx.account("pl"), ", контактный телефон ",
                ctx.phone("pl"), ". ", G.lookalike_ru(ctx), "\n"]
        out += ["Руководствуясь ", statute("ст.ст. 993, 1027 ГК КР"), ", суд\nРЕШИЛ:\nИск ", pl.m("ini", "gen"),
                " удовлетворить частично.\nВзыскать с ", K(hosp, "organization"), " в пользу ", pl.m("full", "gen"),
                " компенсацию морального вреда в размере ", G.amount_ru(sum_), ".\n"]
        out += G.appeal_clause(ctx, lang, court)
    else:
        out += G.header(ctx, lang, court, "ЧЕЧИМ", case_no, date, judges, sec)
        out += ["доогер ", pl.ky("ini"), ", жоопкердин өкүлү ", rep.ky("full"), " катышуусу менен, ачык сот отурумунда ",
                pl.ky("full", "gen"), " жашы жете элек ", patient.ky("full", "gen"), " кызыкчылыгында ",
                K(hosp, "organization"), " карата ден соолукка келтирилген зыянды өндүрүү жөнүндөгү доосу боюнча ишти карап чыгып,\nАНЫКТАДЫ:\n"]
        out += [patient.ky("given"), ctx.bd(patient, "ky_dot"), ", ооруканага жеткирилген. Дарылоочу дарыгер ",
                doctor.ky("full"), " операцияны өз убагында жасабаганы үчүн оорунун абалы татаалдашкан.\n"]
        out += ["Соттук-медициналык эксперт ", expert.kk(), " корутундусунда себептик байланыш бар экени көрсөтүлгөн. Күбө ",
                nurse.ky("full"), " дарыгер ", doctor.kref("nom"), " бейтапты төрт сааттан кийин караганын айтты. ",
                G.lookalike_ky(ctx), "\n"]
        out += ["Жоопкердин өкүлү ", rep.kref(), " доону тааныган жок. Доогер акчаны ", ctx.account("pl"),
                " эсебине которууну суранды, телефону ", ctx.phone("pl"), ".\n"]
        out += ["Кыргыз Республикасынын Жарандык кодексинин ", statute("993, 1027-беренелерин"), " жетекчиликке алып, сот\nЧЕЧТИ:\n",
                K(hosp, "organization"), " тарабынан ", pl.ky("full", "gen"), " пайдасына ", G.amount_ky(sum_),
                " моралдык зыяндын ордун толтуруу өндүрүлсүн.\n"]
        out += G.appeal_clause(ctx, lang, court)
    out += G.signature(ctx, lang, judges)
    return dict(pieces=out, court=court, judges=judges, date=date, case_no=case_no,
                kind="decision", category="civil", instance="first")


# ------------------------------------------------------------------ work injury and wages
def work_injury(ctx, lang):
    r = ctx.rng
    court, judges, sec, date, case_no = setup(ctx, lang, "2")
    pl = ctx.person("plaintiff", female=False, age=(22, 60))
    director = ctx.person("representative", age=(30, 60))
    foreman = ctx.person("witness", female=False)
    coworker = ctx.person("witness", female=False)
    wife = ctx.person("third_party", pl.people, female=True, sur_of=pl)
    insp = ctx.official("official")
    pros = ctx.official("prosecutor")
    comp = r.choice(G.COMPANIES)
    wages = r.randint(40, 300) * 1000
    harm = r.randint(100, 600) * 1000
    out = []
    if lang == "ru":
        out += G.header(ctx, lang, court, "РЕШЕНИЕ", case_no, date, judges, sec)
        out += ["с участием истца ", pl.m("ini", "gen"), ", представителя ответчика — директора ", director.m("full", "gen"),
                ", прокурора ", pros.k("gen"), ",\nрассмотрев гражданское дело по иску ", pl.m("full", "gen"), " к ",
                K(comp, "organization"), " о взыскании невыплаченной заработной платы и возмещении вреда, причинённого увечьем на производстве,\nУСТАНОВИЛ:\n"]
        out += ["Истец ", pl.ref("nom"), ctx.bd(pl), ", проживающий по адресу: ", ctx.addr("home"), ", работал в ",
                K(comp, "organization"), " монтажником. Заработная плата за ", str(r.randint(3, 9)),
                " месяцев в сумме ", G.amount_ru(wages), " ему не выплачена, хотя в трудовом договоре указан карточный счёт № ",
                ctx.account("card", card=True), ".\n"]
        out += ["При монтаже перекрытия истец упал с высоты и получил перелом. Государственный инспектор труда ",
                insp.k("nom"), " в акте о несчастном случае указал", "а" if insp.female else "",
                ", что бригадир ", foreman.m("full", "nom"), " не обеспечил страховку.\n"]
        out += ["Свидетель ", foreman.ref("nom"), " показал, что страховочные пояса выдавались не всем. Свидетель ",
                coworker.m("full", "nom"), " подтвердил, что ", pl.m("given", "nom"), " работал без пояса. Жена истца ",
                wife.m("full", "nom"), " пояснила, что ухаживала за мужем. ", G.lookalike_ru(ctx), "\n"]
        out += ["Представитель ответчика ", director.ref("nom"), " иск признал", "а" if director.female else "",
                " в части задолженности по заработной плате. Прокурор ", pros.k("nom"), " полагал", pros.a, " иск обоснованным.\n"]
        out += ["Руководствуясь ", statute("ст. 154 Трудового кодекса КР"), ", ", statute("ст. 1008 ГК КР"),
                ", суд\nРЕШИЛ:\nВзыскать с ", K(comp, "organization"), " в пользу ", pl.m("full", "gen"), " заработную плату ",
                G.amount_ru(wages), " и в возмещение вреда ", G.amount_ru(harm), ".\n"]
        out += G.appeal_clause(ctx, lang, court)
    else:
        out += G.header(ctx, lang, court, "ЧЕЧИМ", case_no, date, judges, sec)
        out += ["доогер ", pl.ky("ini"), ", жоопкердин өкүлү — директор ", director.ky("full"), ", прокурор ", pros.kk(),
                " катышуусу менен, ", pl.ky("full", "gen"), " ", K(comp, "organization"),
                " карата эмгек акыны жана өндүрүштө алган жаракаттын зыянын өндүрүү жөнүндөгү доосу боюнча жарандык ишти карап чыгып,\nАНЫКТАДЫ:\n"]
        out += ["Доогер ", pl.kref(), ctx.bd(pl), ", ", ctx.addr("home"), " дарегинде жашайт, ", K(comp, "organization"),
                " ишканасында монтажчы болуп иштеген. Ага ", G.amount_ky(wages), " эмгек акы төлөнгөн эмес, эмгек келишиминде ",
                ctx.account("card", card=True), " карта эсеби көрсөтүлгөн.\n"]
        out += ["Иш учурунда доогер бийиктиктен кулап, сөөгү сынган. Эмгек инспектору ", insp.kk(),
                " актысында бригадир ", foreman.ky("full"), " коопсуздук курун бербегенин көрсөткөн. Күбө ",
                coworker.ky("full"), " доогер ", pl.ky("given"), " курсуз иштегенин тастыктады. Доогердин жубайы ",
                wife.ky("full"), " күйөөсүн караганын айтты. ", G.lookalike_ky(ctx), "\n"]
        out += ["Жоопкердин өкүлү ", director.kref(), " эмгек акы боюнча карызды таныды.\nКыргыз Республикасынын Эмгек кодексинин ",
                statute("154-беренесин"), " жетекчиликке алып, сот\nЧЕЧТИ:\n", K(comp, "organization"), " тарабынан ",
                pl.ky("full", "gen"), " пайдасына ", G.amount_ky(wages), " эмгек акы жана ", G.amount_ky(harm), " зыян өндүрүлсүн.\n"]
        out += G.appeal_clause(ctx, lang, court)
    out += G.signature(ctx, lang, judges)
    return dict(pieces=out, court=court, judges=judges, date=date, case_no=case_no,
                kind="decision", category="civil", instance="first")


# ------------------------------------------------------------------ flooded flat
def flat_flooding(ctx, lang):
    r = ctx.rng
    court, judges, sec, date, case_no = setup(ctx, lang, "2")
    pl = ctx.person("plaintiff", age=(30, 75))
    r1 = ctx.person("respondent", female=False, age=(30, 60))
    r2 = ctx.person("respondent", r1.people, female=True, sur_of=r1, age=(28, 58))
    son = ctx.person("third_party", r1.people, female=False, sur_of=r1, patr_from=r1, age=(16, 25))
    plumber = ctx.person("witness", female=False)
    expert = ctx.official("official")
    street_p = r.choice(["Исанов", "Раззаков", "Шопоков", "Абдрахманов", "Молдокулов"])
    # the plumber shares the surname of the person the court's street is named after
    plumber.sur = street_p
    plumber.variant_sur = None
    flat_pl = r.randint(2, 60)
    house = f"г. Бишкек, мкр. {r.choice(['Джал', 'Тунгуч', 'Аламедин-1', 'Восток-5'])}, д. {r.randint(1, 60)}"
    house_ky = house.replace("г. Бишкек, мкр. ", "Бишкек шаары, ").replace(", д. ", " кичирайону, ") + "-үй"
    damage = r.randint(40, 350) * 1000
    out = []
    if lang == "ru":
        a_pl = ctx.addr("pl", text=f"{house}, кв. {flat_pl}")
        a_r = ctx.addr("r", text=f"{house}, кв. {flat_pl + 4}")
        out += G.header(ctx, lang, court, "РЕШЕНИЕ", case_no, date, judges, sec)
        out += ["рассмотрев в открытом судебном заседании гражданское дело по иску ", pl.m("full", "gen"), " к ",
                r1.m("full", "dat"), " и ", r2.m("full", "dat"), " о возмещении ущерба, причинённого затоплением квартиры, ",
                G.court_address(ctx, lang, court, street_p), ",\nУСТАНОВИЛ:\n"]
        out += ["Истец ", pl.ref("nom"), " является собственником квартиры по адресу: ", a_pl, " (код ", ctx.prop("pl"),
                "). Этажом выше, по адресу: ", a_r, ", проживают ответчики ", r1.ref("nom"), " и ", r2.ref("nom"),
                " с сыном ", son.m("given", "ins"), ".\n"]
        out += [f"{r.randint(1, 28)} {r.choice(G.RU_MONTHS)} {date[0] - 1} года из квартиры ответчиков произошла утечка воды: лопнул шланг стиральной машины. Слесарь ",
                plumber.m("full", "nom"), " составил акт, в котором указал, что затопление произошло по вине жильцов верхней квартиры. В суде свидетель ",
                plumber.ref("nom"), " подтвердил акт.\n"]
        out += ["Эксперт ", expert.k("nom"), " оценил", expert.a, " стоимость восстановительного ремонта в ", G.amount_ru(damage),
                ". Ответчица ", r2.m("ini", "nom"), " пояснила, что воду перекрыл сын ", son.m("full", "nom"),
                ", а муж ", r1.m("given", "nom"), " был в командировке. ", G.lookalike_ru(ctx), "\n"]
        out += ["Руководствуясь ", statute("ст. 992 ГК КР"), ", ", statute("ст.ст. 198–200 ГПК КР"),
                ", суд\nРЕШИЛ:\nВзыскать солидарно с ", r1.m("full", "gen"), " и ", r2.m("full", "gen"), " в пользу ",
                pl.m("full", "gen"), " ", G.amount_ru(damage), ".\n"]
        out += G.appeal_clause(ctx, lang, court)
    else:
        a_pl = ctx.addr("pl", text=f"{house_ky}, {flat_pl}-батир")
        a_r = ctx.addr("r", text=f"{house_ky}, {flat_pl + 4}-батир")
        out += G.header(ctx, lang, court, "ЧЕЧИМ", case_no, date, judges, sec)
        out += ["ачык сот отурумунда ", pl.ky("full", "gen"), " ", r1.ky("full", "dat"), " жана ", r2.ky("full", "dat"),
                " карата батирди суу каптагандан келтирилген зыянды өндүрүү жөнүндөгү доосу боюнча ишти карап чыгып ",
                G.court_address(ctx, lang, court, street_p), ",\nАНЫКТАДЫ:\n"]
        out += ["Доогер ", pl.kref(), " ", a_pl, " дарегиндеги батирдин (коду ", ctx.prop("pl"), ") ээси. Үстүнкү кабатта, ",
                a_r, " дарегинде жоопкерлер ", r1.kref(), " жана ", r2.kref(), " уулу ", son.ky("given"), " менен жашашат.\n"]
        out += ["Жоопкерлердин батиринен суу агып, доогердин батирин каптаган. Слесарь ", plumber.ky("full"),
                " акт түзгөн; сотто күбө ", plumber.kref(), " актыны тастыктады. Эксперт ", expert.kk(), " оңдоонун наркын ",
                G.amount_ky(damage), " деп баалаган. Жоопкер ", r2.kref(), " сууну уулу ", son.ky("full"),
                " жапканын, күйөөсү ", r1.ky("given"), " иш сапарында болгонун айтты. ", G.lookalike_ky(ctx), "\n"]
        out += ["Кыргыз Республикасынын Жарандык кодексинин ", statute("992-беренесин"), " жетекчиликке алып, сот\nЧЕЧТИ:\n",
                r1.ky("full", "abl"), " жана ", r2.ky("full", "abl"), " биргелешип ", pl.ky("full", "gen"), " пайдасына ",
                G.amount_ky(damage), " өндүрүлсүн.\n"]
        out += G.appeal_clause(ctx, lang, court)
    out += G.signature(ctx, lang, judges)
    return dict(pieces=out, court=court, judges=judges, date=date, case_no=case_no,
                kind="decision", category="civil", instance="first")


# ------------------------------------------------------------------ mistaken transfer
def mistaken_transfer(ctx, lang):
    r = ctx.rng
    court, judges, sec, date, case_no = setup(ctx, lang, "2")
    pl = ctx.person("plaintiff")
    resp = ctx.person("respondent")
    brother = ctx.person("witness", resp.people, female=False, sur_of=resp)
    intended = ctx.person("third_party")
    bank = r.choice(G.BANKS)
    bank_emp = ctx.person("third_party")  # a bank clerk: an employee of a company, a private person
    s = r.randint(15, 500) * 1000
    out = []
    if lang == "ru":
        out += G.header(ctx, lang, court, "РЕШЕНИЕ", case_no, date, judges, sec)
        out += ["рассмотрев в открытом судебном заседании гражданское дело по иску ", pl.m("full", "gen"), " к ",
                resp.m("full", "dat"), " о взыскании неосновательного обогащения,\nУСТАНОВИЛ:\n"]
        out += ["Истец ", pl.ref("nom"), " намеревалась перевести " if pl.female else " намеревался перевести ", G.amount_ru(s), " своему знакомому ", intended.m("full", "dat"),
                " по номеру телефона ", ctx.phone("intended"), ", однако ошибся в одной цифре, и деньги поступили на номер ",
                ctx.phone("resp"), ", привязанный к карте ответчика ", resp.ref("gen"), " № ", ctx.account("resp_card", card=True), ".\n"]
        out += ["Перевод совершён с карты истца ", ctx.account("pl_card", card=True), ", что подтверждается выпиской ",
                K(bank, "organization"), ", подписанной ведущим специалистом ", bank_emp.m("ini", "ins"), ", и чеком об операции.\n"]
        out += ["Ответчик ", resp.ref("nom"), ctx.bd(resp), ", проживающий по адресу: ", ctx.addr("resp"),
                ", в суд не явился. Истец направлял ему претензию на электронную почту ", ctx.email(resp),
                ". Свидетель ", brother.m("full", "nom"), ", брат ответчика, показал, что ", resp.m("given", "nom"),
                " знал о чужом переводе, но деньги снял. ", G.lookalike_ru(ctx), "\n"]
        out += ["Руководствуясь ", statute("ст. 1029 ГК КР"), ", суд\nРЕШИЛ:\nВзыскать с ", resp.m("full", "gen"),
                " в пользу ", pl.m("full", "gen"), " неосновательное обогащение ", G.amount_ru(s), ".\n"]
        out += G.appeal_clause(ctx, lang, court)
    else:
        out += G.header(ctx, lang, court, "ЧЕЧИМ", case_no, date, judges, sec)
        out += ["ачык сот отурумунда ", pl.ky("full", "gen"), " ", resp.ky("full", "dat"),
                " карата негизсиз баюуну өндүрүү жөнүндөгү доосу боюнча ишти карап чыгып,\nАНЫКТАДЫ:\n"]
        out += ["Доогер ", pl.kref(), " ", G.amount_ky(s), " таанышы ", intended.ky("full", "gen"), " ", ctx.phone("intended"),
                " телефон номерине которууну көздөгөн, бирок бир санды жаңылыштык менен терип, акча ", ctx.phone("resp"),
                " номерине, жоопкер ", resp.kref("gen"), " ", ctx.account("resp_card", card=True), " картасына түшкөн.\n"]
        out += ["Которуу доогердин ", ctx.account("pl_card", card=True), " картасынан жүргүзүлгөнү ", K(bank, "organization"),
                " көчүрмөсү менен тастыкталат (адис ", bank_emp.ky("inib"), ").\n"]
        out += ["Жоопкер ", resp.kref(), ctx.bd(resp), ", ", ctx.addr("resp"), " дарегинде жашайт, сотко келген жок. Доогер ага ",
                ctx.email(resp), " дарегине доо-талап жиберген. Күбө ", brother.ky("full"), " жоопкер ", resp.ky("given"),
                " акчаны алып алганын айтты. ", G.lookalike_ky(ctx), "\n"]
        out += ["Кыргыз Республикасынын Жарандык кодексинин ", statute("1029-беренесин"), " жетекчиликке алып, сот\nЧЕЧТИ:\n",
                resp.ky("full", "abl"), " ", pl.ky("full", "gen"), " пайдасына ", G.amount_ky(s), " өндүрүлсүн.\n"]
        out += G.appeal_clause(ctx, lang, court)
    out += G.signature(ctx, lang, judges)
    return dict(pieces=out, court=court, judges=judges, date=date, case_no=case_no,
                kind="decision", category="civil", instance="first")


# ------------------------------------------------------------------ unlawful prosecution
def rehabilitation(ctx, lang):
    r = ctx.rng
    court, judges, sec, date, case_no = setup(ctx, lang, "2")
    pl = ctx.person("plaintiff", female=r.random() < 0.3)
    wife = ctx.person("witness", pl.people, female=not pl.female, sur_of=pl)
    codef = ctx.person("third_party")
    inv = ctx.official("investigator")
    old_judge = ctx.official("judge")
    mf_rep = ctx.official("official")
    pros = ctx.official("prosecutor")
    old_court = r.choice(G.COURTS)
    s = r.randint(200, 2000) * 1000
    y0 = date[0] - r.randint(2, 4)
    out = []
    if lang == "ru":
        out += G.header(ctx, lang, court, "РЕШЕНИЕ", case_no, date, judges, sec)
        out += ["с участием истца ", pl.m("ini", "gen"), ", представителя Министерства финансов Кыргызской Республики ",
                mf_rep.k("gen"), ", прокурора ", pros.k("gen"), ",\nрассмотрев гражданское дело по иску ", pl.m("full", "gen"),
                " к ", K("Министерству финансов Кыргызской Республики", "state_body"),
                " о возмещении вреда, причинённого незаконным уголовным преследованием,\nУСТАНОВИЛ:\n"]
        out += ["Постановлением следователя ", K("СУ ГУВД г. Бишкек", "state_body"), " ", inv.k("gen"), f" от {y0} года ",
                pl.ref("nom"), ctx.bd(pl), ", проживающ", "ая" if pl.female else "ий", " по адресу: ", ctx.addr("pl"),
                ", привлечен", "а" if pl.female else "", " в качестве обвиняемо", "й" if pl.female else "го",
                " по ", statute("ч. 2 ст. 209 УК КР"), " вместе с ", codef.m("full", "ins"), ".\n"]
        out += ["Приговором ", G.court_k(old_court, "ru", "gen"), f" от {y0 + 1} года (судья ", old_judge.k("nom"), ") ",
                pl.ref("nom"), " оправдан", "а" if pl.female else "", " за отсутствием состава преступления; приговор вступил в законную силу.\n"]
        out += ["Истица провела под стражей " if pl.female else "Истец провёл под стражей ", str(r.randint(2, 11)), " месяцев. Супруг", "" if wife.female is False else "а",
                " истца ", wife.m("full", "nom"), " показал", "а" if wife.female else "", ", что семья лишилась дохода, а ",
                pl.m("given", "nom") if not pl.kyrgyz_style else pl.m("given", "nom"), " тяжело переживал", "а" if pl.female else "",
                " обвинение. ", G.lookalike_ru(ctx), "\n"]
        out += ["Представитель ответчика ", mf_rep.k("nom"), " иск не признал", "а" if mf_rep.female else "", ". Прокурор ",
                pros.k("nom", "inib"), " полагал", pros.a, " иск подлежащим частичному удовлетворению.\nРуководствуясь ",
                statute("ст. 1001 ГК КР"), ", суд\nРЕШИЛ:\nВзыскать с ", K("Министерства финансов Кыргызской Республики", "state_body"),
                " за счёт казны в пользу ", pl.m("full", "gen"), " ", G.amount_ru(s),
                ", перечислив на счёт № ", ctx.account("pl"), ".\n"]
        out += G.appeal_clause(ctx, lang, court)
    else:
        out += G.header(ctx, lang, court, "ЧЕЧИМ", case_no, date, judges, sec)
        out += ["доогер ", pl.ky("ini"), ", Кыргыз Республикасынын Финансы министрлигинин өкүлү ", mf_rep.kk(), ", прокурор ",
                pros.kk(), " катышуусу менен, ", pl.ky("full", "gen"), " ", K("Кыргыз Республикасынын Финансы министрлигине", "state_body"),
                " карата мыйзамсыз кылмыш куугунтугунан келтирилген зыянды өндүрүү жөнүндөгү доосу боюнча ишти карап чыгып,\nАНЫКТАДЫ:\n"]
        out += ["Тергөөчү ", inv.kk(), f" {y0}-жылы ", pl.ky("full", "acc"), ctx.bd(pl), " (", ctx.addr("pl"), ") ",
                codef.ky("full"), " менен бирге айыпталуучу катары жоопкерчиликке тарткан.\n"]
        out += [G.court_k(old_court, "ky", "gen"), f" {y0 + 1}-жылдагы өкүмү менен (судья ", old_judge.kk(), ") ",
                pl.kref(), " акталган. Доогердин жубайы ", wife.ky("full"), " үй-бүлө кирешесиз калганын айтты. ",
                G.lookalike_ky(ctx), "\n"]
        out += ["Жоопкердин өкүлү ", mf_rep.kk(), " доону тааныган жок.\nКыргыз Республикасынын Жарандык кодексинин ",
                statute("1001-беренесин"), " жетекчиликке алып, сот\nЧЕЧТИ:\n", K("Кыргыз Республикасынын Финансы министрлигинен", "state_body"),
                " ", pl.ky("full", "gen"), " пайдасына ", G.amount_ky(s), " өндүрүлүп, ", ctx.account("pl"), " эсебине которулсун.\n"]
        out += G.appeal_clause(ctx, lang, court)
    out += G.signature(ctx, lang, judges)
    return dict(pieces=out, court=court, judges=judges, date=date, case_no=case_no,
                kind="decision", category="civil", instance="first")
