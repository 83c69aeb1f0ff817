"""Civil families: paternity, legal fact, incapacity, consumer, defamation, missing person,
property division, enforcement complaint."""

from __future__ import annotations

from common import Ctx
from core import Doc
from pieces import (appeal_court, court_ky, court_ru, intro_ky, intro_ru, ka, kb, kc, kd, kl, kn,
                    ko, kp, ks, lookalike_ky, lookalike_ru, sign_ky, sign_ru)


def _bench_ru(c: Ctx, d: Doc, title: str, subtitle: str | None = None):
    j = c.official("judge")
    s = c.official("secretary")
    d.p(kn(c.case_no))
    d.p(title)
    d.p("ИМЕНЕМ КЫРГЫЗСКОЙ РЕСПУБЛИКИ")
    if subtitle:
        d.p(subtitle)
    d.blank()
    d.p(kd(c.act_date_ru()), "                       ", kp(c.court[3]))
    d.blank()
    return j, s


def _bench_ky(c: Ctx, d: Doc, title: str):
    j = c.official("judge")
    s = c.official("secretary")
    d.p(kn(c.case_no))
    d.p(title)
    d.p("КЫРГЫЗ РЕСПУБЛИКАСЫНЫН АТЫНАН")
    d.blank()
    d.p(kd(c.act_date_ky()), "                      ", kp(c.court[4]))
    d.blank()
    return j, s


def _tail_ru(c: Ctx, d: Doc, j, months: str = "месяца"):
    a = appeal_court(c)
    d.p("Решение может быть обжаловано в апелляционном порядке в ", kc(court_ru(a[1], "acc") if False else a[1]),
        " через ", kc(court_ru(c.court[1], "acc")), f" в течение одного {months} со дня принятия решения в окончательной форме.")
    sign_ru(d, j)


def _tail_ky(c: Ctx, d: Doc, j):
    a = appeal_court(c)
    d.p("Чечимге ал акыркы түрдө кабыл алынган күндөн тартып бир айдын ичинде ", kc(c.court[2]),
        " аркылуу ", kc(court_ky(a[2], "dat")), " апелляциялык даттануу берилиши мүмкүн.")
    sign_ky(d, j)


# ======================================================================= paternity
def paternity(c: Ctx, d: Doc) -> dict:
    r = c.rng
    c.case_no = f"№ 2-{r.randint(100, 3999)}/{c.year % 100}"
    mother = c.person("plaintiff", male=False)
    father = c.person("respondent", male=True)
    kids = [c.child(mother, father, r.random() < 0.5, carrier=mother if r.random() < 0.6 else father)
            for _ in range(r.choice([1, 1, 2, 3]))]
    expert = c.official("official")
    adv = c.official("advocate")
    witness = c.person("witness", male=False, people=r.choice(["ru", "kg"]))
    if d.language == "ru":
        j, s = _bench_ru(c, d, "Р Е Ш Е Н И Е")
        d.p(kc(c.court[1]), " в составе председательствующего судьи ", j.short("gen", "S I.O."),
            ", при секретаре судебного заседания ", s.short("pre", "S I.O."), ", с участием истца ",
            mother.short("gen", "S I.O."), ", ответчика ", father.short("gen", "S I. O."),
            " и его представителя – адвоката ", adv.short("gen", "S I.O."),
            ", рассмотрев в открытом судебном заседании гражданское дело по иску ", mother.full("gen"),
            " к ", father.full("dat"), " об установлении отцовства и взыскании алиментов,")
        d.p("У С Т А Н О В И Л:")
        d.p(mother.full("nom"), ", ", c.birth_ru(mother, case="nom"), ", проживающая по адресу: ", c.address_ru(mother),
            ", обратилась в суд с иском, указав, что с ", str(kids[0].birth[0] - 2),
            " года проживала с ответчиком одной семьей без регистрации брака. От совместной жизни у них "
            + ("родился ребенок: " if len(kids) == 1 else "родились дети:"))
        for i, k in enumerate(kids, 1):
            d.p(f"{i}) " if len(kids) > 1 else "– ", k.full("nom"), ", ", c.birth_ru(k, r.choice([0, 1, 5])), ";")
        d.p("В актовой записи о рождении сведения об отце внесены по заявлению матери. В настоящее время ответчик с семьей не проживает, материальной помощи не оказывает, "
            "отцовство добровольно признать отказался, хотя ранее на людях называл ", kids[0].given_only("acc"),
            (" своим сыном." if kids[0].male else " своей дочерью."))
        d.p("Ответчик ", father.short("nom", r.choice(["S I.O.", "I.O. S", "S  I.O."])),
            " иск не признал, пояснил, что с истицей встречался эпизодически, и ходатайствовал о назначении "
            "молекулярно-генетической экспертизы. Его номер телефона ", c.phone(father),
            " истица указала как единственный способ связи.")
        d.p("Согласно заключению эксперта ", kb("Государственной судебно-экспертной службы при Министерстве юстиции КР"),
            " ", expert.short("gen", "S I.O."), f" № {r.randint(100, 999)}/{c.year % 100} от ",
            c.act_date_ru(c.earlier(30, 90)), ", отцовство ", father.short("gen", "S I.O."), " в отношении ",
            kids[0].full("gen", order="gps")[0:0] if False else kids[0].gp("gen"),
            " не исключается, вероятность отцовства составляет 99,98 %.")
        d.p("Свидетель ", witness.full("nom"), " показала суду, что знает стороны как соседей, видела, как ",
            father.gp("nom"), " приводил детей в детский сад «Роза ветров» и покупал им одежду.")
        d.p("Истица в суде пояснила, что обращается ", lookalike_ru(c), " и просит суд защитить интересы детей.")
        d.p("Руководствуясь ", ks("ст. 49"), " и ", ks("ст. 79 Семейного кодекса Кыргызской Республики"), ", ",
            ks("ст.ст. 198-200 ГПК КР"), ", суд")
        d.p("Р Е Ш И Л:")
        d.p("Иск ", mother.short("gen", "S I.O."), " удовлетворить.")
        d.p("Установить, что ", father.full("nom", upper="all"), ", ", c.birth_ru(father, 1), ", ПИН ", c.pin(father),
            ", проживающий по адресу: ", c.address_ru(father), ", является отцом: ",
            [[k.full("gen", upper="sur"), ", ", c.birth_ru(k, 1), "; " if i < len(kids) - 1 else ""]
             for i, k in enumerate(kids)], ".")
        d.p("Обязать ", kb("Управление регистрации актов гражданского состояния"), " ", kp(c.court[3]),
            " внести соответствующие изменения в актовые записи о рождении.")
        frac = {1: "1/4 (одной четвертой)", 2: "1/3 (одной третьей)", 3: "1/2 (одной второй)"}[len(kids)]
        d.p("Взыскать с ", father.full("gen"), " в пользу ", mother.full("gen"), " алименты на содержание "
            + ("несовершеннолетнего ребенка" if len(kids) == 1 else "несовершеннолетних детей") +
            f" в размере {frac} части всех видов заработка ежемесячно, но не менее ", ka("3 500 сомов"),
            ", начиная с ", c.act_date_ru(c.earlier(60, 120)), " и до совершеннолетия детей.")
        d.p("Взыскать с ", father.short("gen", "S I.O."), " государственную пошлину в доход государства в размере ",
            ka("500 сомов"), ".")
        _tail_ru(c, d, j)
    else:
        j, s = _bench_ky(c, d, "Ч Е Ч И М")
        d.p(kc(c.court[2]), ", төрагалык кылуучу судья ", j.ky("sur_ini"), ", сот отурумунун катчысы ",
            s.ky("sur_ini"), ", доогер ", mother.ky("ini"), ", жоопкер ", father.ky("ini"),
            ", жоопкердин адвокаты ", adv.ky("ini"), " катышуусу менен, ачык сот отурумунда ",
            mother.ky("full", "gen"), " ", father.ky("full", "dat"),
            " карата аталыкты аныктоо жана алимент өндүрүү жөнүндө доо арызы боюнча жарандык ишти карап чыгып,")
        d.p("Т А П Т Ы:")
        d.p("Доогер ", mother.ky("full"), " ", c.birth_ky(mother), ", ", c.address_ky(mother),
            " дарегинде жашайт. Ал сотко доо арыз менен кайрылып, жоопкер менен никеси катталбай бир үй-бүлө болуп "
            "жашаганын, биргелешкен турмуштан " + ("төмөнкү балдар төрөлгөнүн" if len(kids) > 1 else "бала төрөлгөнүн") + " көрсөткөн:")
        for i, k in enumerate(kids, 1):
            d.p(f"{i}. ", k.ky("full"), " – ", c.birth_ky(k, r.choice([0, 2])), ";")
        d.p("Жоопкер ", father.ky("ini", "nom"), " балдарды багууга жардам бербей, аталыгын өз ыктыяры менен тааныудан баш тарткан. "
            "Доогер ", lookalike_ky(c), " белгилеп, доону канааттандырууну суранды.")
        d.p("Жоопкер ", father.ky("sur"), " сот отурумунда доону танып, молекулярдык-генетикалык экспертиза дайындоону "
            "суранган. ", kb("Кыргыз Республикасынын Юстиция министрлигине караштуу Сот-эксперттик кызматынын"),
            " эксперти ", expert.ky("ini", "gen"), f" {r.randint(100, 999)}-санындагы корутундусуна ылайык, ",
            father.ky("ini", "gen"), " ", kids[0].ky("given", "gen"), " атасы экендиги 99,9 пайыз ыктымалдуулук менен тастыкталган.")
        d.p("Күбө ", witness.ky("full"), " сотко жоопкер ", kids[0].ky("given", "acc"),
            " бала бакчадан алып келип жүргөнүн көргөнүн түшүндүрдү. Доогердин телефону ", c.phone(mother),
            " ишке тиркелген.")
        d.p("Сот ", ks("Кыргыз Республикасынын Үй-бүлө кодексинин 49-беренесин"), ", ",
            ks("КР ЖПКнын 198-200-беренелерин"), " жетекчиликке алып,")
        d.p("Ч Е Ч Т И:")
        d.p(mother.ky("full", "gen"), " доо арызы канааттандырылсын.")
        d.p(father.ky("full", upper=True), ", ", c.birth_ky(father, 0), ", ЖИН ", c.pin(father), ", ",
            [[k.ky("full", "gen"), ", " if i < len(kids) - 1 else ""] for i, k in enumerate(kids)],
            " атасы деп таанылсын.")
        d.p(father.ky("full", "abl"), " ", mother.ky("full", "gen"), " пайдасына балдарды багууга алимент айлык "
            "эмгек акысынын ", ka("1/4 бөлүгү" if len(kids) == 1 else "1/3 бөлүгү"),
            " өлчөмүндө, балдар бойго жеткенге чейин өндүрүлсүн.")
        _tail_ky(c, d, j)
    return dict(kind="decision", case_category="civil", instance="first", judges=[j.meta_name()])


# ======================================================================= legal fact
def legal_fact(c: Ctx, d: Doc) -> dict:
    r = c.rng
    c.case_no = f"№ 2-{r.randint(100, 3999)}/{c.year % 100}"
    app = c.person("plaintiff")
    dead = c.nm.relative(app, "third_party", True)
    dead.birth = (c.year - r.randint(60, 90), r.randint(1, 12), r.randint(1, 28))
    sibs = [c.nm.relative(dead, "third_party", r.random() < 0.5) for _ in range(r.choice([2, 3]))]
    for sb in sibs:
        sb.birth = (c.year - r.randint(25, 55), r.randint(1, 12), r.randint(1, 28))
    notary = c.official("official", male=False)
    archivist = c.person("witness", male=r.random() < 0.5)
    death = c.earlier(200, 900)
    if d.language == "ru":
        j, s = _bench_ru(c, d, "Р Е Ш Е Н И Е")
        d.p(kc(c.court[1]), " в составе: председательствующего ", j.short("gen", "S I.O."),
            ", при секретаре ", s.short("pre", "S I.O."),
            ", рассмотрев в открытом судебном заседании в порядке особого производства гражданское дело по заявлению ",
            app.full("gen"), " об установлении факта родственных отношений и факта принятия наследства, заинтересованное лицо – ",
            kb("Государственная нотариальная контора"), " ", kp(c.court[3]), ",")
        d.p("У С Т А Н О В И Л:")
        rel = "сыном" if app.male else "дочерью"
        d.p("Заявитель ", app.full("nom"), " обратил" + ("ся" if app.male else "ась"), " в суд с заявлением, указав, что ",
            c.act_date_ru(death), " умер ", dead.full("nom"), ", ", c.birth_ru(dead, r.choice([1, 2]), case="nom"),
            ", проживавший по адресу: ", c.address_ru(dead, r.choice([2, 3])), ". Заявитель является его ", rel,
            ", однако в свидетельстве о рождении заявителя фамилия отца записана как «",
            dead.short("nom", "S")[0:0] if False else _typo_sur(c, dead), "», что препятствует оформлению наследства.")
        d.p("Кроме заявителя наследниками первой очереди являются:")
        for i, sb in enumerate(sibs, 1):
            d.p(f"{i}. ", sb.full("nom"), " – ", c.birth_ru(sb, r.choice([0, 4])), ", ",
                r.choice(["проживает по адресу: ", "адрес: "]), c.address_ru(sb), ";")
        d.p("Нотариус ", notary.short("nom", "S I.O."), " постановлением от ", c.act_date_ru(c.earlier(20, 60)),
            " отказала в выдаче свидетельства о праве на наследство ввиду расхождения в документах.")
        d.p("Допрошенный в качестве свидетеля ", archivist.full("nom"), " пояснил" + ("" if archivist.male else "а"),
            ", что хорошо знал семью ", dead.short("gen", "S"), " с ", str(c.year - 30),
            "-х годов, и подтвердил, что ", app.gp("nom"), " – родн" + ("ой сын" if app.male else "ая дочь"),
            " покойного ", dead.gp("gen"), ". Жили они по ", kl("ул. Победы"), ", рядом со школой имени ",
            kl("Токтогула Сатылганова"), ".")
        d.p("Из справки ", kb("айыл окмоту"), " видно, что после смерти наследодателя заявитель фактически принял наследство: "
            "проживал в доме, оплачивал налоги, обрабатывал земельный участок с кодом ", c.property_code(dead, land=True), ".")
        d.p("Руководствуясь ", ks("ст.ст. 273, 275 ГПК КР"), ", ", ks("ст. 1137 ГК КР"), ", суд")
        d.p("Р Е Ш И Л:")
        d.p("Заявление ", app.full("gen", upper="sur"), " удовлетворить.")
        d.p("Установить факт того, что ", app.full("nom"), ", ", c.birth_ru(app, 0), ", ПИН ", c.pin(app),
            ", является " + rel + " ", dead.full("gen"), ", умершего ", c.act_date_ru(death), ".")
        d.p("Установить факт принятия ", app.short("ins", "S I.O.")[0:0] if False else app.short("ins", "S I.O."),
            " наследства, открывшегося после смерти ", dead.short("gen", "S I.O."), ".")
        d.p("Решение является основанием для выдачи свидетельства о праве на наследство.")
        _tail_ru(c, d, j)
    else:
        j, s = _bench_ky(c, d, "Ч Е Ч И М")
        d.p(kc(c.court[2]), " төрагалык кылуучу ", j.ky("sur_ini"), ", катчы ", s.ky("sur_ini"),
            " курамында, ", app.ky("full", "gen"), " юридикалык мааниси бар фактыны аныктоо жөнүндө арызы боюнча "
            "өзгөчө өндүрүштөгү жарандык ишти карап чыгып,")
        d.p("Т А П Т Ы:")
        d.p("Арыз ээси ", app.ky("full"), " сотко кайрылып, анын атасы ", dead.ky("full"), " ",
            c.birth_ky(dead, 1), ", ", kd(c.act_date_ky(death, "loc")) if False else c.act_date_ky(death, "loc"),
            " каза болгонун, бирок туулгандыгы тууралуу күбөлүгүндө атасынын фамилиясы «", _typo_sur(c, dead),
            "» деп жазылып калгандыктан мурас ачуу мүмкүн болбой жатканын билдирген.")
        d.p("Биринчи кезектеги мураскорлор:")
        for i, sb in enumerate(sibs, 1):
            d.p(f"{i}) ", sb.ky("full"), ", ", c.birth_ky(sb, 2), ", ", c.address_ky(sb), ";")
        d.p("Нотариус ", notary.ky("ini"), " мурас тууралуу күбөлүк берүүдөн баш тарткан. Күбө ",
            archivist.ky("full"), " ", dead.ky("sur", "gen"), " үй-бүлөсүн көп жылдан бери билерин, ",
            app.ky("given"), " анын ", "уулу" if app.male else "кызы", " экенин тастыктады.")
        d.p("Айыл өкмөтүнүн маалымкатына ылайык, арыз ээси атасынын үйүндө жашап, жер үлүшүн (",
            c.property_code(dead, land=True), ") иштетип келет. Бул фактылар ", lookalike_ky(c), " маанилүү.")
        d.p("Сот ", ks("КР ЖПКнын 273-275-беренелерин"), " жетекчиликке алып,")
        d.p("Ч Е Ч Т И:")
        d.p(app.ky("full", "gen"), " арызы канааттандырылсын. ", app.ky("full"), ", ЖИН ", c.pin(app), ", ",
            dead.ky("full", "gen"), " ", "уулу" if app.male else "кызы", " экендиги жана мурасты иш жүзүндө "
            "кабыл алгандыгы аныкталсын.")
        _tail_ky(c, d, j)
    return dict(kind="decision", case_category="civil", instance="first", judges=[j.meta_name()])


def _typo_sur(c: Ctx, p):
    from core import M
    s = p.sur
    if len(s) > 5:
        i = c.rng.randint(2, len(s) - 3)
        s2 = s[:i] + s[i + 1:]  # a letter dropped by the registry clerk
    else:
        s2 = s + "о"
    return M(s2, "name", p.ent, p.role)


# ======================================================================= incapacity
def incapacity(c: Ctx, d: Doc) -> dict:
    r = c.rng
    c.case_no = f"№ 2-{r.randint(100, 3999)}/{c.year % 100}"
    ward = c.person("third_party")
    guard = c.nm.relative(ward, "plaintiff", r.random() < 0.5)
    guard.birth = (c.year - r.randint(30, 60), r.randint(1, 12), r.randint(1, 28))
    psych = c.official("official")
    opeka = c.official("official", male=False)
    pros = c.official("prosecutor")
    if d.language == "ru":
        j, s = _bench_ru(c, d, "Р Е Ш Е Н И Е")
        d.p(kc(c.court[1]), " в составе председательствующего судьи ", j.short("gen", "S I. O."),
            ", при секретаре ", s.short("pre", "S I.O."), ", с участием прокурора ", pros.short("gen", "S I.O."),
            ", заявителя ", guard.short("gen", "S I.O."), ", представителя органа опеки и попечительства ",
            opeka.short("gen", "S I.O."), ", рассмотрев гражданское дело по заявлению ", guard.full("gen"),
            " о признании ", ward.full("gen"), " недееспособн" + ("ым" if ward.male else "ой") + ",")
        d.p("У С Т А Н О В И Л:")
        d.p(guard.full("nom"), " обратил" + ("ся" if guard.male else "ась"), " в суд, указав, что "
            + ("его" if guard.male else "её") + " родственни" + ("к" if ward.male else "ца") + " ", ward.full("nom"),
            ", ", c.birth_ru(ward, case="nom"), ", проживающ" + ("ий" if ward.male else "ая") + " по адресу: ",
            c.address_ru(ward), ", с ", str(c.year - r.randint(3, 12)),
            " года состоит на учете в ", ko("Республиканском центре психического здоровья"),
            ", не понимает значения своих действий и не может руководить ими.")
        d.p("Согласно заключению судебно-психиатрической экспертизы от ", c.act_date_ru(c.earlier(20, 70)),
            " (эксперт ", psych.short("nom", "S I.O."), "), у ", ward.short("gen", "S I.O."),
            " выявлено хроническое психическое расстройство.")
        d.p("Представитель органа опеки ", opeka.short("nom", "I.O. S"), " поддержала заявление и пояснила, что ",
            guard.gp("nom"), " фактически ухаживает за больным, проживая вместе с ним. Телефон заявителя: ",
            c.phone(guard), ".")
        d.p("Прокурор ", pros.short("nom", "S I.O."), " полагал заявление подлежащим удовлетворению.")
        d.p("Руководствуясь ", ks("ст. 64 ГК КР"), ", ", ks("ст.ст. 284-286 ГПК КР"), ", суд")
        d.p("Р Е Ш И Л:")
        d.p("Признать ", ward.full("acc", upper="all"), ", ", c.birth_ru(ward, 0), ", ПИН ", c.pin(ward),
            ", недееспособн" + ("ым" if ward.male else "ой") + ".")
        d.p("Копию решения направить в ", kb("управление социального развития"), " для установления опеки.")
        _tail_ru(c, d, j)
    else:
        j, s = _bench_ky(c, d, "Ч Е Ч И М")
        d.p(kc(c.court[2]), " төрагалык кылуучу ", j.ky("sur_ini"), ", сот отурумунун катчысы ", s.ky("sur_ini"),
            ", прокурор ", pros.ky("ini"), ", камкордук органынын өкүлү ", opeka.ky("ini"), " катышуусунда, ",
            guard.ky("full", "gen"), " ", ward.ky("full", "acc"), " аракетке жөндөмсүз деп таануу жөнүндө арызы боюнча ишти карап,")
        d.p("Т А П Т Ы:")
        d.p("Арыз ээси ", guard.ky("full"), " сотко кайрылып, анын тууганы ", ward.ky("full"), " ", c.birth_ky(ward),
            ", ", c.address_ky(ward), " дарегинде жашаган, көп жылдан бери психикалык оорусу менен ",
            ko("Республикалык психикалык саламаттыкты сактоо борборунда"), " каттоодо турарын билдирди.")
        d.p("Соттук-психиатриялык эксперттин (", psych.ky("ini"), ") корутундусу боюнча ", ward.ky("ini", "gen"),
            " өз аракеттеринин маанисин түшүнбөйт. Арыз ээсинин телефону: ", c.phone(guard), ".")
        d.p("Сот ", ks("КР Жарандык кодексинин 64-беренесин"), " жетекчиликке алып,")
        d.p("Ч Е Ч Т И:")
        d.p(ward.ky("full", upper=True), ", ", c.birth_ky(ward, 0), ", ЖИН ", c.pin(ward), ", аракетке жөндөмсүз деп таанылсын.")
        _tail_ky(c, d, j)
    return dict(kind="decision", case_category="civil", instance="first", judges=[j.meta_name()])


# ======================================================================= consumer
SHOPS = ["ОсОО «Бекназар Электроникс»", "ОсОО «Мир Техники»", "ИП «Надежда-Мебель»", "ОсОО «Айгүл Тревел»",
         "ОсОО «Алтын Күн Сервис»", "ОсОО «Слава Моторс»"]


def consumer(c: Ctx, d: Doc) -> dict:
    r = c.rng
    c.case_no = f"№ 2-{r.randint(100, 3999)}/{c.year % 100}"
    buyer = c.person("plaintiff")
    shop = r.choice(SHOPS)
    director = c.person("representative", male=True)
    rep = c.person("representative", male=r.random() < 0.5)
    inn = f"0{r.randint(1, 3)}{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(2000, 2020)}{r.randint(0, 99999):05d}"
    item = r.choice(["холодильник марки «Samsung»", "стиральную машину «LG»", "ноутбук «Lenovo»", "тур в Анталью"])
    price = r.choice(["48 900 сомов", "67 500 сомов", "112 000 сомов", "1 250 долларов США"])
    if d.language == "ru":
        j, s = _bench_ru(c, d, "Р Е Ш Е Н И Е")
        d.p(kc(c.court[1]), " в составе председательствующего судьи ", j.short("gen", "S I.O."),
            ", при секретаре ", s.short("pre", "S I.O."), ", с участием истца ", buyer.short("gen", "S I.O."),
            ", представителя ответчика ", rep.short("gen", "S I.O."), " (по доверенности), рассмотрев в открытом "
            "судебном заседании гражданское дело по иску ", buyer.full("gen"), " к ", ko(shop),
            " о защите прав потребителя,")
        d.p("У С Т А Н О В И Л:")
        d.p("Истец ", buyer.full("nom"), ", ", c.birth_ru(buyer, case="nom"), ", проживающ" + ("ий" if buyer.male else "ая"),
            " по адресу: ", c.address_ru(buyer), ", тел. ", c.phone(buyer), ", электронная почта ", c.email(buyer),
            ", указал" + ("" if buyer.male else "а"), ", что ", c.act_date_ru(c.earlier(90, 300)),
            f" приобрел{'' if buyer.male else 'а'} у ответчика {item} стоимостью ", ka(price),
            ", оплатив покупку банковской картой № ", c.account(buyer, card=True), ".")
        d.p("Через две недели товар вышел из строя. Претензия истца, направленная на адрес ответчика (",
            ko(f"{c.court[3]}, {r.choice(['пр. Манаса', 'ул. Киевская', 'ул. Ахунбаева'])}, {r.randint(1, 200)}"),
            ", ИНН ", ko(inn), "), оставлена без ответа. Директор ", ko(shop), " ", director.full("nom"),
            " на звонки не отвечал.")
        d.p("Представитель ответчика ", rep.short("nom", "S I.O."), " иск не признал" + ("" if rep.male else "а"),
            ", сославшись на нарушение истцом правил эксплуатации, однако доказательств не представил" +
            ("" if rep.male else "а") + ". Эксперт ", kb("Кыргызского центра аккредитации"), " установил заводской дефект.")
        d.p("Истец пояснил" + ("" if buyer.male else "а"), ", что обратил" + ("ся" if buyer.male else "ась"),
            " в суд ", lookalike_ru(c), ". Кроме того, деньги на покупку переводил" + ("" if buyer.male else "а"),
            " со счета № ", c.account(buyer), " в ", ko("ОАО «Айыл Банк»"), ".")
        d.p("Руководствуясь ", ks("ст.ст. 17, 21 Закона КР «О защите прав потребителей»"), ", ",
            ks("ст.ст. 198-200 ГПК КР"), ", суд")
        d.p("Р Е Ш И Л:")
        d.p("Иск ", buyer.full("gen", upper="sur"), " удовлетворить частично.")
        d.p("Взыскать с ", ko(shop), " в пользу ", buyer.full("gen"), " стоимость товара ", ka(price),
            ", неустойку в размере ", ka("10 000 сомов"), " и компенсацию морального вреда в размере ", ka("5 000 сомов"), ".")
        _tail_ru(c, d, j)
    else:
        j, s = _bench_ky(c, d, "Ч Е Ч И М")
        d.p(kc(c.court[2]), " судья ", j.ky("sur_ini"), ", катчы ", s.ky("sur_ini"), " курамында, ",
            buyer.ky("full", "gen"), " ", ko(shop), "го карата керектөөчүнүн укуктарын коргоо жөнүндө доо арызы боюнча ишти карап,")
        d.p("Т А П Т Ы:")
        d.p("Доогер ", intro_ky(c, buyer, None, pin=False, phone=True), " ", c.act_date_ky(c.earlier(90, 300), "loc"),
            " жоопкерден ", ka(price), " турган буюм сатып алып, акысын ", c.account(buyer, card=True),
            " карточкасы менен төлөгөн. Эки жумадан кийин буюм бузулган.")
        d.p("Ишке тиркелген кепилдик талонунда орус тилинде мындай деп жазылган: «Товар получен покупателем ",
            buyer.short("ins", "S I.O."), " в исправном состоянии, претензий к ", ko(shop), " не имею. Адрес доставки: ",
            c.address_ru(buyer), "».")
        d.p("Жоопкердин өкүлү ", rep.ky("full"), " доону тааныган жок. Мекеменин директору ", director.ky("ini"),
            " сотко келген жок. Доогердин электрондук почтасы ", c.email(buyer), " аркылуу жиберилген доо-талапка жооп берилген эмес. "
            "Доогер ", lookalike_ky(c), " айтты.")
        d.p("Сот ", ks("«Керектөөчүлөрдүн укуктарын коргоо жөнүндө» КР Мыйзамынын 17-беренесин"), " жетекчиликке алып,")
        d.p("Ч Е Ч Т И:")
        d.p(buyer.ky("full", "gen"), " доосу жарым-жартылай канааттандырылсын. ", ko(shop), "дон ",
            buyer.ky("ini", "gen"), " пайдасына ", ka(price), " жана моралдык зыян үчүн ", ka("5 000 сом"), " өндүрүлсүн.")
        _tail_ky(c, d, j)
    return dict(kind="decision", case_category="civil", instance="first", judges=[j.meta_name()])


# ======================================================================= defamation
def defamation(c: Ctx, d: Doc) -> dict:
    r = c.rng
    c.case_no = f"№ 2-{r.randint(100, 3999)}/{c.year % 100}"
    pl = c.person("plaintiff")
    blogger = c.person("respondent")
    media = r.choice(["ОсОО «Ак-Шоола Медиа»", "ОсОО «Вера и Правда»", "ОсОО «Азаттык-Пресс Групп»", "ОсОО «Күн Ньюс»"])
    adv = c.official("advocate")
    wit = c.person("witness")
    nick = f"@{c.rng.choice(['true_', 'el_', 'kg_'])}{translit_short(blogger)}"
    if d.language == "ru":
        j, s = _bench_ru(c, d, "Р Е Ш Е Н И Е")
        d.p(kc(c.court[1]), " в составе председательствующего судьи ", j.short("gen", "S I.O."),
            ", при секретаре ", s.short("pre", "S I.O."), ", с участием истца ", pl.short("gen", "S I.O."),
            ", его представителя адвоката ", adv.short("gen", "S I.O."), ", ответчика ", blogger.short("gen", "S I.O."),
            ", рассмотрев гражданское дело по иску ", pl.full("gen"), " к ", blogger.full("dat"), " и ", ko(media),
            " о защите чести, достоинства и деловой репутации,")
        d.p("У С Т А Н О В И Л:")
        d.p("Истец ", intro_ru(c, pl, "nom", pin=False), ", обратился в суд, указав, что ", c.act_date_ru(c.earlier(60, 200)),
            " на сайте ", ko(media), " и в аккаунте ответчика ", M_nick(blogger, nick),
            " в социальной сети опубликована статья, в которой его назвали взяточником.")
        d.p("Ответчик ", blogger.full("nom"), ", ", c.birth_ru(blogger, case="nom"), ", проживающ" + ("ий" if blogger.male else "ая"),
            " по адресу: ", c.address_ru(blogger), ", пояснил" + ("" if blogger.male else "а"),
            ", что сведения получил" + ("" if blogger.male else "а"), " от знакомого ", wit.full("gen"),
            ", который писал ему с номера ", c.phone(wit), " и с почты ", c.email(wit), ".")
        d.p("Свидетель ", wit.short("nom", r.choice(["S I.O.", "I.O. S"])), " в суде показал, что никаких сведений о ",
            pl.short("pre", "S"), " не сообщал. ", lookalike_ru(c)[0].capitalize() if False else "",
            "Истец пояснил, что публикация подорвала ", kl("веру"), " коллег в его честность.")
        d.p("Руководствуясь ", ks("ст. 18 ГК КР"), ", ", ks("ст. 198 ГПК КР"), ", суд")
        d.p("Р Е Ш И Л:")
        d.p("Иск ", pl.short("gen", "S I.O."), " удовлетворить. Признать не соответствующими действительности сведения, "
            "распространенные ", blogger.full("ins", upper="sur"), " и ", ko(media), ". Обязать ответчиков опубликовать опровержение.")
        d.p("Взыскать с ", blogger.short("gen", "S I.O."), " в пользу ", pl.short("gen", "S I.O."),
            " компенсацию морального вреда в размере ", ka("30 000 сомов"), ".")
        _tail_ru(c, d, j)
    else:
        j, s = _bench_ky(c, d, "Ч Е Ч И М")
        d.p(kc(c.court[2]), " судья ", j.ky("sur_ini"), ", катчы ", s.ky("sur_ini"), ", доогердин адвокаты ",
            adv.ky("ini"), " катышуусунда, ", pl.ky("full", "gen"), " ", blogger.ky("full", "dat"), " жана ", ko(media),
            "го карата ар-намысты коргоо жөнүндө доо арызы боюнча ишти карап,")
        d.p("Т А П Т Ы:")
        d.p("Доогер ", pl.ky("full"), " ", c.act_date_ky(c.earlier(60, 200), "loc"), " жоопкердин ", M_nick(blogger, nick),
            " аккаунтунда жана ", ko(media), " сайтында аны паракор деп жарыялашканын көрсөттү.")
        d.p("Жоопкер ", intro_ky(c, blogger, None, pin=False), " маалыматты ", wit.ky("full", "abl"),
            " алганын түшүндүрдү. Күбө ", wit.ky("ini"), " (телефону ", c.phone(wit), ") муну тандады. Доогер ",
            lookalike_ky(c), " белгиледи.")
        d.p("Сот ", ks("КР Жарандык кодексинин 18-беренесин"), " жетекчиликке алып,")
        d.p("Ч Е Ч Т И:")
        d.p(pl.ky("full", "gen"), " доосу канааттандырылсын. ", blogger.ky("full", "abl"), " ", pl.ky("ini", "gen"),
            " пайдасына моралдык зыян үчүн ", ka("30 000 сом"), " өндүрүлсүн.")
        _tail_ky(c, d, j)
    return dict(kind="decision", case_category="civil", instance="first", judges=[j.meta_name()])


def translit_short(p):
    from common import translit
    return translit(p.given).lower()[:6] + translit(p.sur or p.father).lower()[:4]


def M_nick(p, nick):
    from core import M
    # a social-network handle made from the name identifies the person: masked as a name
    return M(nick, "name", p.ent, p.role)


# ======================================================================= missing person
def missing(c: Ctx, d: Doc) -> dict:
    r = c.rng
    c.case_no = f"№ 2-{r.randint(100, 3999)}/{c.year % 100}"
    lost = c.person("third_party", male=True)
    wife = c.nm.relative(lost, "plaintiff", False)
    wife.birth = (lost.birth[0] + r.randint(0, 5), r.randint(1, 12), r.randint(1, 28))
    kids = [c.child(wife, lost, r.random() < 0.5, carrier=lost) for _ in range(r.choice([1, 2, 3]))]
    inspector = c.official("official")
    pros = c.official("prosecutor")
    gone = c.earlier(500, 1500)
    if d.language == "ru":
        j, s = _bench_ru(c, d, "Р Е Ш Е Н И Е")
        d.p(kc(c.court[1]), " в составе председательствующего судьи ", j.short("gen", "S I.O."),
            ", при секретаре ", s.short("pre", "S I. O."), ", с участием прокурора ", pros.short("gen", "S I.O."),
            ", рассмотрев в порядке особого производства гражданское дело по заявлению ", wife.full("gen"),
            " о признании ", lost.full("gen"), " безвестно отсутствующим,")
        d.p("У С Т А Н О В И Л:")
        d.p("Заявительница ", wife.full("nom"), ", ", c.birth_ru(wife, case="nom"), ", проживающая по адресу: ", c.address_ru(wife),
            ", указала, что ее супруг ", lost.full("nom"), ", ", c.birth_ru(lost, case="nom"), ", в ", str(gone[0]),
            " году выехал на заработки в Российскую Федерацию, где проживал по адресу: ", c.address_abroad(lost),
            ". С ", c.act_date_ru(gone), " связь с ним прекратилась, телефон ", c.phone(lost, 2), " недоступен.")
        d.p("На иждивении заявительницы находятся дети:")
        for k in kids:
            d.p("– ", k.full("nom"), ", ", c.birth_ru(k, r.choice([0, 4])), ";")
        d.p("По сообщению инспектора ", kb("УВД Свердловского района"), " ", inspector.short("gen", "S I.O."),
            ", розыскное дело в отношении ", lost.short("gen", "S I.O."), " результатов не дало. ",
            kb("Генеральное консульство Кыргызской Республики в г. Новосибирске"), " сведениями о нем не располагает.")
        d.p("Заявительница пояснила, что до последнего жила ", lookalike_ru(c), ", но детям нужно назначить пособие.")
        d.p("Руководствуясь ", ks("ст. 50 ГК КР"), ", ", ks("ст.ст. 289-291 ГПК КР"), ", суд")
        d.p("Р Е Ш И Л:")
        d.p("Признать ", lost.full("acc", upper="all"), ", ", c.birth_ru(lost, 0), ", ПИН ", c.pin(lost),
            ", уроженца ", r.choice(["с. Ак-Талаа", "г. Балыкчы", "с. Кызыл-Кия"]), ", безвестно отсутствующим.")
        _tail_ru(c, d, j)
    else:
        j, s = _bench_ky(c, d, "Ч Е Ч И М")
        d.p(kc(c.court[2]), " төрагалык кылуучу ", j.ky("sur_ini"), ", катчы ", s.ky("sur_ini"), ", прокурор ",
            pros.ky("ini"), " катышуусунда, ", wife.ky("full", "gen"), " ", lost.ky("full", "acc"),
            " дайынсыз жок деп таануу жөнүндө арызы боюнча өзгөчө өндүрүштөгү ишти карап,")
        d.p("Т А П Т Ы:")
        d.p("Арыз ээси ", intro_ky(c, wife, None, pin=False), " сотко кайрылып, күйөөсү ", lost.ky("full"), " ",
            c.birth_ky(lost, 1), ", ", str(gone[0]), "-жылы Орусия Федерациясына иштегени кеткенин, ",
            c.address_abroad(lost), " дарегинде жашап турганын, ", c.act_date_ky(gone, "abl") if False else c.act_date_ky(gone, "loc"),
            " байланыш үзүлгөнүн билдирди. Анын телефону ", c.phone(lost, 0), " өчүк.")
        d.p("Арыз ээсинин багуусунда балдары бар:")
        for i, k in enumerate(kids, 1):
            d.p(f"{i}) ", k.ky("full"), ", ", c.birth_ky(k, 2), ";")
        d.p(kb("Ички иштер министрлигинин"), " инспектору ", inspector.ky("ini", "gen"), " маалыматына караганда, ",
            lost.ky("ini", "acc"), " издөө натыйжа берген эмес. Консулдуктун орус тилиндеги катында: «Гражданин ",
            lost.full("nom"), ", ", c.birth_ru(lost, 0), ", на консульском учете не состоит». ", lookalike_ky(c)[0].capitalize(), lookalike_ky(c)[1:] if False else "",
            "Арыз ээси ", kl("үмүт"), " үзбөй келгенин айтты.")
        d.p("Сот ", ks("КР Жарандык кодексинин 50-беренесин"), " жетекчиликке алып,")
        d.p("Ч Е Ч Т И:")
        d.p(lost.ky("full", upper=True), ", ", c.birth_ky(lost, 0), ", ЖИН ", c.pin(lost), ", дайынсыз жок деп таанылсын.")
        _tail_ky(c, d, j)
    return dict(kind="decision", case_category="civil", instance="first", judges=[j.meta_name()])


# ======================================================================= property division
def property_division(c: Ctx, d: Doc) -> dict:
    r = c.rng
    c.case_no = f"№ 2-{r.randint(100, 3999)}/{c.year % 100}"
    wife = c.person("plaintiff", male=False)
    husband = c.nm.relative(wife, "respondent", True) if r.random() < 0.6 else c.person("respondent", male=True)
    if husband.birth is None:
        husband.birth = (wife.birth[0] - r.randint(0, 6), r.randint(1, 12), r.randint(1, 28))
    kid = c.child(wife, husband, r.random() < 0.5, carrier=husband)
    adv = c.official("advocate")
    rep = c.person("representative")
    car = r.choice(["Toyota Camry", "Honda Fit", "Lexus RX 350", "Mercedes-Benz E 200", "Hyundai Sonata"])
    if d.language == "ru":
        j, s = _bench_ru(c, d, "Р Е Ш Е Н И Е")
        d.p(kc(c.court[1]), " в составе председательствующего судьи ", j.short("gen", "S I.O."),
            ", при секретаре ", s.short("pre", "S I.O."), ", с участием истицы ", wife.short("gen", "S I.O."),
            ", ее представителя ", rep.short("gen", "S I.O."), " по доверенности, ответчика ",
            husband.short("gen", "S I.O."), " и его адвоката ", adv.short("gen", "S I.O."),
            ", рассмотрев гражданское дело по иску ", wife.full("gen"), " к ", husband.full("dat"),
            " о разделе совместно нажитого имущества,")
        d.p("У С Т А Н О В И Л:")
        d.p("Стороны состояли в браке с ", str(kid.birth[0] - 1), " года; брак расторгнут решением суда от ",
            c.act_date_ru(c.earlier(100, 300)), ". От брака имеют " + ("сына " if kid.male else "дочь "),
            kid.full("acc"), ", ", c.birth_ru(kid, 0), ".")
        d.p("В период брака приобретены: квартира по адресу: ", c.address_ru(husband, 0), " (код ", c.property_code(husband),
            "); автомашина «", car, "» с государственным номером ", c.plate(husband), "; денежные средства на счете № ",
            c.account(husband), " в ", ko("ОАО «Оптима Банк»"), ".")
        d.p("Истица ", wife.full("nom"), ", ", c.birth_ru(wife, case="nom"), ", ПИН ", c.pin(wife), ", проживающая ныне по адресу: ",
            c.address_ru(wife), ", просит признать за ней право на 1/2 долю квартиры и взыскать компенсацию за автомашину.")
        d.p("Ответчик ", husband.short("nom", "S I. O."), " пояснил, что автомашина ", c.plate(husband, 1),
            " куплена на деньги его матери ", c.nm_mother(husband).full("gen"), ", однако доказательств суду не представил.")
        d.p("Представитель истицы ", rep.short("nom", "S I.O."), " пояснил" + ("" if rep.male else "а"),
            ", что спор длится давно и стороны не смогли договориться ", lookalike_ru(c), ".")
        d.p("Руководствуясь ", ks("ст.ст. 36, 38 Семейного кодекса КР"), ", ", ks("ст. 198 ГПК КР"), ", суд")
        d.p("Р Е Ш И Л:")
        d.p("Иск ", wife.full("gen", upper="sur"), " удовлетворить частично.")
        d.p("Признать за ", wife.short("ins", "S I.O."), " и ", husband.short("ins", "S I.O."),
            " право собственности по 1/2 доле на квартиру с кодом ", c.property_code(husband), ".")
        d.p("Автомашину оставить в собственности ", husband.full("gen"), ", взыскав с него в пользу ",
            wife.short("gen", "I.O. S"), " компенсацию в размере ", ka("450 000 сомов"), ".")
        _tail_ru(c, d, j)
    else:
        j, s = _bench_ky(c, d, "Ч Е Ч И М")
        d.p(kc(c.court[2]), " судья ", j.ky("sur_ini"), ", катчы ", s.ky("sur_ini"), " курамында, доогер ",
            wife.ky("ini"), ", анын өкүлү ", rep.ky("ini"), ", жоопкер ", husband.ky("ini"), ", адвокат ", adv.ky("ini"),
            " катышуусунда, ", wife.ky("full", "gen"), " ", husband.ky("full", "dat"),
            " карата никеде бирге тапкан мүлктү бөлүү жөнүндө доо арызы боюнча ишти карап,")
        d.p("Т А П Т Ы:")
        d.p("Тараптар ", str(kid.birth[0] - 1), "-жылдан бери никеде турушкан, никеден ", kid.ky("full"), " ",
            c.birth_ky(kid, 0), ". Нике сот чечими менен бузулган.")
        d.p("Никеде жүргөндө ", c.address_ky(husband, 0), " дарегиндеги батир (коду ", c.property_code(husband), "), ",
            car, " унаасы (мамлекеттик номери ", c.plate(husband), ") жана ", ko("«Оптима Банк» ААКсындагы"), " ",
            c.account(husband), " эсебиндеги акча каражаты сатылып алынган.")
        d.p("Доогер ", intro_ky(c, wife, None, pin=True), " батирдин жарымын өзүнө таанууну суранды.")
        d.p("Жоопкер ", husband.ky("sur"), " унааны энеси ", c.nm_mother(husband).ky("full"), " сатып бергенин айтты, "
            "бирок далил келтирген жок. Доогердин өкүлү ", rep.ky("full"), " ", lookalike_ky(c), " кошумчалады.")
        d.p("Сот ", ks("КР Үй-бүлө кодексинин 36, 38-беренелерин"), " жетекчиликке алып,")
        d.p("Ч Е Ч Т И:")
        d.p(wife.ky("full", "gen"), " доосу жарым-жартылай канааттандырылсын. Батир ", wife.ky("ini", "gen"), " жана ",
            husband.ky("ini", "gen"), " ортосунда тең бөлүнсүн. ", husband.ky("full", "abl"), " ", wife.ky("ini", "gen"),
            " пайдасына унаа үчүн ", ka("450 000 сом"), " компенсация өндүрүлсүн.")
        _tail_ky(c, d, j)
    return dict(kind="decision", case_category="civil", instance="first", judges=[j.meta_name()])


# ======================================================================= enforcement
def enforcement(c: Ctx, d: Doc) -> dict:
    r = c.rng
    c.case_no = f"№ 2-{r.randint(100, 3999)}/{c.year % 100}-м"
    debtor = c.person("plaintiff")
    creditor = c.person("third_party", male=r.random() < 0.5)
    bailiff = c.official("official")
    sister = c.nm.relative(debtor, "third_party", False)
    sister.birth = (c.year - 40, 5, 5)
    if d.language == "ru":
        j, s = _bench_ru(c, d, "О П Р Е Д Е Л Е Н И Е")
        d.p(kc(c.court[1]), " в составе председательствующего судьи ", j.short("gen", "S I.O."),
            ", при секретаре ", s.short("pre", "S I.O."), ", с участием заявителя ", debtor.short("gen", "S I.O."),
            ", судебного исполнителя ", bailiff.short("gen", "S I.O."), ", взыскателя ", creditor.short("gen", "S I.O."),
            ", рассмотрев жалобу ", debtor.full("gen"), " на действия судебного исполнителя ",
            kb("Службы судебных исполнителей при Судебном департаменте"), ",")
        d.p("У С Т А Н О В И Л:")
        d.p("На исполнении находится исполнительный лист о взыскании с ", debtor.full("gen"), " в пользу ",
            creditor.full("gen"), " долга в сумме ", ka("210 000 сомов"), ". Судебный исполнитель ",
            bailiff.short("nom", "S I. O."), " наложил арест на автомашину с номером ", c.plate(debtor),
            " и на счет № ", c.account(debtor), ".")
        d.p("Заявитель ", intro_ru(c, debtor, "nom", pin=True, passport=True), ", указывает, что автомашина принадлежит его сестре ",
            sister.full("dat"), ", проживающей по адресу: ", c.address_ru(sister), ", что подтверждается техпаспортом.")
        d.p("Взыскатель ", creditor.short("nom", "S I.O."), " (тел. ", c.phone(creditor), ") возражал" +
            ("" if creditor.male else "а") + " против жалобы. Суд отмечает, что заявитель действует ", lookalike_ru(c)[1:2] if False else "",
            "не ", kl("в надежде"), " на затягивание, а представил документы.")
        d.p("Руководствуясь ", ks("ст. 20 Закона КР «Об исполнительном производстве»"), ", ", ks("ст. 401 ГПК КР"), ", суд")
        d.p("О П Р Е Д Е Л И Л:")
        d.p("Жалобу ", debtor.short("gen", "S I.O."), " удовлетворить частично. Снять арест с автомашины ", c.plate(debtor, 1), ".")
        d.p("Определение может быть обжаловано в течение 10 дней.")
        sign_ru(d, j, "Судья")
    else:
        j, s = _bench_ky(c, d, "А Н Ы К Т А М А")
        d.p(kc(c.court[2]), " судья ", j.ky("sur_ini"), ", катчы ", s.ky("sur_ini"), " курамында, ",
            debtor.ky("full", "gen"), " сот аткаруучу ", bailiff.ky("ini", "gen"), " аракеттерине даттануусун карап,")
        d.p("Т А П Т Ы:")
        d.p(debtor.ky("full", "abl"), " ", creditor.ky("full", "gen"), " пайдасына ", ka("210 000 сом"),
            " өндүрүү тууралуу аткаруу баракчасы боюнча сот аткаруучу ", c.plate(debtor), " унаасына жана ",
            c.account(debtor), " эсебине камак салган.")
        d.p("Даттануучу ", intro_ky(c, debtor, None, pin=True, passport=True), " унаа эжеси ", sister.ky("full", "gen"),
            " менчиги экенин билдирди. Өндүрүүчү ", creditor.ky("ini"), " (телефону ", c.phone(creditor), ") каршы болду.")
        d.p("Сот ", ks("КР ЖПКнын 401-беренесин"), " жетекчиликке алып,")
        d.p("А Н Ы К Т А Д Ы:")
        d.p(debtor.ky("ini", "gen"), " даттануусу жарым-жартылай канааттандырылсын. ", c.plate(debtor, 1),
            " унаасынан камак алынсын. ", lookalike_ky(c)[0].capitalize() if False else "",
            "Аныктамага 10 күндүн ичинде даттанылышы мүмкүн.")
        sign_ky(d, j, "Судья")
    return dict(kind="ruling", case_category="civil", instance="first", judges=[j.meta_name()])
