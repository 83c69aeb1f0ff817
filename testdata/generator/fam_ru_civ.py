"""Russian civil decisions: divorce + alimony, loan debt, real estate, labour, inheritance,
and a ruling approving a settlement (мировое соглашение)."""

from __future__ import annotations

from common import ru_date, ru_date_short, account, card, money, property_code
from doc import K, M
from fam_common import (g, lookalike_civ, filler, fillers, act_date, earlier, case_no, ru_title, lookalike_ru, statute, court_k,
                        money_k, ru_act_date, place, decor_layout)
import courts
import morph

APPEAL_RU = ["Бишкекский городской суд", "Чуйский областной суд", "Ошский областной суд",
             "Иссык-Кульский областной суд"]


def _head(act, ctx, court, cn, d0, word="РЕШЕНИЕ"):
    act.p("Дело № ", K(cn, "case_number"), align="left")
    ru_title(act, word, ctx.chance(0.4))
    if word == "РЕШЕНИЕ":
        act.p("ИМЕНЕМ КЫРГЫЗСКОЙ РЕСПУБЛИКИ", align="center", bold=True)
    act.p(ru_act_date(d0), "\t\t\t\t", place(court[3]), align="left")


def _composition(ctx, court, judge, sec, extra):
    return [court_k(court[1]), " в составе председательствующего судьи ", judge.k("gen"),
            ", при секретаре судебного заседания ", sec.k("pre"), *extra, ","]


def _resolve(act, ctx, statutes_text, word="Р Е Ш И Л:"):
    for para in fillers(ctx, "civil", 0, 3):
        act.p(*para)
    act.p("Руководствуясь ", statute(statutes_text), ", суд")
    act.p(word if ctx.chance(0.6) else word.replace(" ", "").replace(":", ":"), align="center",
          bold=True)


def _tail(act, ctx, judge, what="Решение"):
    act.p(what, " может быть обжаловано в апелляционном порядке в ", court_k(ctx.pick(APPEAL_RU)),
          " в течение 30 дней со дня принятия в окончательной форме.")
    act.p("Судья", "\t\t\t", judge.k("nom"), align="left")


def _start(ctx, act, prefix="2", category="civil", kind="decision", court=None):
    rng = ctx.rng
    d0 = act_date(rng)
    court = court or ctx.pick(courts.FIRST)
    cn = case_no(rng, prefix, d0)
    judge, sec = ctx.official("judge"), ctx.official("secretary")
    feats = decor_layout(act, ctx, court[1], cn, "ru")
    act.meta = dict(court=court, case_number=cn, kind=kind, category=category, instance="first",
                    date=d0, judges=[judge.meta_name])
    return d0, court, cn, judge, sec, feats


def _who(ctx, party, label_m, label_f):
    return [label_m if party.p.gender == "m" else label_f, party.short("gen")]


def divorce(ctx, act, long=False, **_):
    rng = ctx.rng
    d0, court, cn, judge, sec, feats = _start(ctx, act)
    wife = ctx.party("plaintiff", gender="f")
    if wife.p.style == "ru" and ctx.chance(0.5):
        husband = ctx.relative("respondent", wife, gender="m", birth_range=(1965, 1998))
        husband.p.patr = (morph.RU_PATR[ctx.pick(list(morph.RU_PATR)[:17])][0]
                          if wife.p.ethnic == "ru" else
                          morph.ky_patronymic_root(ctx.pick(morph.KY_FATHERS), "m"))
    else:
        husband = ctx.party("respondent", gender="m")
    kids = [ctx.relative("third_party", husband, patronymic_from=husband, birth_range=(2006, 2021))
            for _ in range(rng.randint(1, 3))]
    _head(act, ctx, court, cn, d0)
    act.p(*_composition(ctx, court, judge, sec, [", с участием истицы ", wife.short("gen"),
                                                   ", ответчика ", husband.short("gen")]))
    act.p("рассмотрев в открытом судебном заседании гражданское дело по иску ",
          wife.full("gen", bold_split=ctx.chance(0.3)),
          " к ", husband.full("dat"), " о расторжении брака и взыскании алиментов на содержание "
          "несовершеннолетних детей,")
    act.p("У С Т А Н О В И Л:" if ctx.chance(0.6) else "УСТАНОВИЛ:", align="center", bold=True)
    md = earlier(rng, d0, 1000, 6000)
    kp = []
    for i, k in enumerate(kids):
        kp += [", " if i else "", k.full("nom"), ", "]
        pre, bm, suf = k.birth()
        kp += [pre, bm, suf]
    act.p("Истица ", wife.ref("nom"), " обратилась в суд с иском к ", husband.short("dat"),
          ", указывая, что состоит с ответчиком в зарегистрированном браке с ", ru_date(md),
          ", брак зарегистрирован ", K(ctx.pick(["отделом ЗАГС Первомайского района г. Бишкек",
                                               "отделом ЗАГС г. Ош",
                                               "органом ЗАГС Сокулукского района"]), "state_body"),
          ". От брака имеют ", "детей: " if len(kids) > 1 else "ребёнка: ", *kp,
          ". Совместная жизнь не сложилась, с ", str(d0.year - 1),
          " года стороны проживают раздельно, брачные отношения прекращены.")
    p = ["Истица проживает по адресу: ", wife.address(), ", контактный телефон ", wife.phone()]
    if ctx.chance(0.5):
        p += [", ПИН ", wife.pin()]
    p += ["."]
    act.p(*p)
    act.p("В судебном заседании истица ", wife.sur("nom"), " поддержала исковые требования, "
          "просила расторгнуть брак и взыскать с ответчика алименты.")
    if ctx.chance(0.5):
        act.p("Ответчик ", husband.ref("nom"), " иск признал, пояснил, что примирение невозможно, "
              "алименты согласен выплачивать в размере, установленном законом; работает в ",
              K(ctx.pick(courts.COMPANIES), "organization"), ".")
    else:
        act.p("Ответчик ", husband.sur("nom"), ", надлежаще извещённый по адресу: ",
              husband.address(), ", в судебное заседание не явился, о причинах неявки не сообщил.")
    if ctx.chance(0.4):
        act.p(*lookalike_civ(ctx))
    act.p("Выслушав истицу, исследовав материалы дела, суд приходит к выводу, что дальнейшая "
          "совместная жизнь супругов ", wife.sur("gen"), " и ", husband.sur("gen"),
          " и сохранение семьи невозможны.")
    _resolve(act, ctx, ctx.pick(["ст.ст. 198-203 ГПК КР", "ст. 20, 86 Семейного кодекса КР, ст.ст. 198-203 ГПК КР"]))
    act.p("Иск ", wife.short("gen"), " удовлетворить.")
    act.p("Брак, зарегистрированный ", ru_date(md), " между ", husband.full("ins"), " и ",
          wife.full("ins", broken=ctx.chance(0.2)), ", расторгнуть.")
    share = {1: "1/4", 2: "1/3", 3: "1/2"}[len(kids)]
    act.p("Взыскать с ", husband.full("gen", upper_sur=ctx.chance(0.4)), ", ",
          husband.birth()[1], " года рождения, в пользу ", wife.short("gen"),
          " алименты на содержание несовершеннолетних детей в размере ", share,
          " части всех видов заработка ежемесячно, начиная с ", ru_date(earlier(rng, d0, 20, 90)),
          " и до совершеннолетия детей.")
    _tail(act, ctx, judge)
    return feats


def loan(ctx, act, long=False, **_):
    rng = ctx.rng
    d0, court, cn, judge, sec, feats = _start(ctx, act)
    pl = ctx.party("plaintiff")
    rs = ctx.party("respondent")
    rep = ctx.party("representative")
    _head(act, ctx, court, cn, d0)
    act.p(*_composition(ctx, court, judge, sec, [
        ", с участием представителя истца ", rep.short("gen"), " (по доверенности от ",
        ru_date(earlier(rng, d0, 30, 200)), ")", ", ответчика ", rs.short("gen")]))
    act.p("рассмотрев в открытом судебном заседании гражданское дело по иску ", pl.full("gen"),
          " к ", rs.full("dat", bold_split=ctx.chance(0.3)), " о взыскании суммы долга по договору займа,")
    act.p("У С Т А Н О В И Л:" if ctx.chance(0.6) else "УСТАНОВИЛ:", align="center", bold=True)
    ld = earlier(rng, d0, 200, 1500)
    debt = money(rng, 20000, 2500000, 1000)
    pp, pm = rs.passport()
    act.p("Истец ", pl.ref("nom"), " обратил", g(pl, "ся", "ась"), " в суд с иском, указывая, что ",
          ru_date(ld), " передал", g(pl, "", "а"), " ответчику ", rs.full("dat"), " (", pp, pm,
          ") в долг денежные средства в сумме ", K(debt + " сом", "amount"),
          " со сроком возврата до ", ru_date(earlier(rng, d0, 30, 180)),
          ", что подтверждается распиской. В установленный срок долг не возвращён.")
    rows = [["Дата", "Сумма, сом", "Способ"]]
    acc = account(rng)
    acc_ent = ctx.ent("ACC")
    for i in range(rng.randint(2, 5)):
        rows.append([[ru_date_short(earlier(rng, ld, -300, -10))],
                     [K(money(rng, 1000, 50000, 500), "amount")],
                     ["перевод на счёт ", M(acc, "account", acc_ent)] if i % 2 == 0 else ["наличными"]])
    if ctx.chance(0.5) or long:
        act.p("Частичные платежи ответчика, учтённые истцом:")
        act.table([[c if isinstance(c, list) else [c] for c in r] for r in rows])
        feats.add("table")
    else:
        act.p("Ответчик частично погашал долг путём перевода на счёт истца № ",
              M(acc, "account", acc_ent), " в ", K(ctx.pick(courts.BANKS), "organization"), ".")
    act.p("Представитель истца ", rep.ref("nom"), " в судебном заседании иск поддержал",
          g(rep, "", "а"), " и просил", g(rep, "", "а"), " взыскать также государственную пошлину.")
    r = ["Ответчик ", rs.ref("nom"), ", проживающ", g(rs, "ий", "ая"), " по адресу: ", rs.address()]
    if ctx.chance(0.5):
        r += [", тел. ", rs.phone(), ", e-mail: ", rs.email()]
    r += [", факт получения денег не оспаривал", g(rs, "", "а"), ", пояснил", g(rs, "", "а"),
          ", что не смог", g(rs, "", "ла"), " вернуть долг из-за финансовых трудностей."]
    act.p(*r)
    act.p("Согласно ", statute("ст. 727 ГК КР"), " по договору займа одна сторона передаёт в "
          "собственность другой стороне деньги, а заёмщик обязуется возвратить такую же сумму. "
          "В силу ", statute("ст. 299 ГК КР"), " обязательства должны исполняться надлежащим образом.")
    if ctx.chance(0.3):
        act.p(*lookalike_civ(ctx))
    _resolve(act, ctx, "ст.ст. 198-203 ГПК КР")
    act.p("Иск ", pl.short("gen"), " удовлетворить.")
    act.p("Взыскать с ", rs.full("gen", upper_sur=ctx.chance(0.5)), " в пользу ", pl.full("gen"),
          " сумму долга ", K(debt + " сом", "amount"), " и государственную пошлину ",
          money_k(ctx, 300, 30000, 100), ".")
    _tail(act, ctx, judge)
    return feats


def property_(ctx, act, long=False, **_):
    rng = ctx.rng
    d0, court, cn, judge, sec, feats = _start(ctx, act)
    pl = ctx.party("plaintiff")
    rs = ctx.party("respondent")
    tp = ctx.party("third_party")
    notary = ctx.official("official")
    _head(act, ctx, court, cn, d0)
    act.p(*_composition(ctx, court, judge, sec, [", с участием истца ", pl.short("gen"),
                                                   ", ответчика ", rs.short("gen")]))
    act.p("рассмотрев в открытом судебном заседании гражданское дело по иску ", pl.full("gen"),
          " к ", rs.full("dat"), ", третье лицо – ", tp.full("nom"), ", ",
          K(ctx.pick(courts.STATE_BODIES[3:5]), "state_body"),
          ", о признании права собственности на жилой дом и земельный участок,")
    act.p("У С Т А Н О В И Л:" if ctx.chance(0.6) else "УСТАНОВИЛ:", align="center", bold=True)
    code = property_code(rng, flat=ctx.chance(0.5))
    pc = ctx.ent("PROP")
    addr = pl.address()
    sd = earlier(rng, d0, 300, 3000)
    act.p("Истец ", pl.ref("nom"), " указал", g(pl, "", "а"), ", что ", ru_date(sd),
          " по договору купли-продажи, удостоверенному нотариусом ", notary.k("ins"),
          ", приобрел", g(pl, "", "а"), " у ", rs.full("gen"), " жилой дом по адресу: ", addr,
          " (идентификационный код ", M(code, "property_code", pc), ") за ",
          money_k(ctx, 300000, 9000000, 10000), ". Деньги переданы полностью, однако ответчик "
          "уклоняется от регистрации перехода права собственности.")
    act.p("Согласно техническому паспорту ", K("Государственного учреждения «Кадастр»",
                                               "state_body"),
          " объекту недвижимости присвоен код ", M(code, "property_code", pc),
          "; право собственности зарегистрировано на ", rs.short("acc", "after"), ".")
    if ctx.chance(0.5):
        code2 = property_code(rng, flat=False)
        act.p("Земельный участок под домом имеет код ", M(code2, "property_code", ctx.ent("PROP")),
              " и площадь 0,0", str(rng.randint(4, 9)), " га.")
    pre, bm, suf = tp.birth()
    act.p("Третье лицо ", tp.ref("nom"), ", ", pre, bm, suf, ", ", g(tp, "супруг", "супруга"),
          " ответчика, пояснил", g(tp, "", "а"), ", что против удовлетворения иска не возражает.")
    if long:
        for _ in range(6):
            act.p(*filler(ctx, "civil"))
        if False:
            act.p("Суд, исследовав представленные доказательства, в том числе договор купли-продажи, "
                  "расписку о получении денежных средств, справку об отсутствии обременений и "
                  "выписку из единого государственного реестра прав на недвижимое имущество, "
                  "приходит к выводу, что сделка совершена в надлежащей форме, стороны исполнили "
                  "свои обязательства, а уклонение продавца от государственной регистрации "
                  "нарушает права покупателя, добросовестно владеющего имуществом.")
    act.p("В соответствии с ", statute("ч. 1 ст. 184 ГК КР"), " и ", statute("ст. 12 ГК КР"),
          " защита гражданских прав осуществляется путём признания права.")
    _resolve(act, ctx, "ст.ст. 198-203 ГПК КР")
    act.p("Иск удовлетворить. Признать за ", pl.full("ins"), " право собственности на жилой дом, "
          "расположенный по адресу: ", addr, ", идентификационный код ", M(code, "property_code", pc), ".")
    act.p("Решение является основанием для регистрации права собственности ", pl.short("gen"),
          " в органах ", K("Департамента кадастра и регистрации прав на недвижимое имущество",
                           "state_body"), ".")
    _tail(act, ctx, judge)
    return feats


def labour(ctx, act, long=False, **_):
    rng = ctx.rng
    d0, court, cn, judge, sec, feats = _start(ctx, act)
    pl = ctx.party("plaintiff")
    rep = ctx.party("representative")
    pros = ctx.official("prosecutor")
    org = ctx.pick(courts.COMPANIES + courts.STATE_BODIES[2:3])
    director = ctx.party("representative")  # the employer's director: a private person here
    _head(act, ctx, court, cn, d0)
    act.p(*_composition(ctx, court, judge, sec, [
        ", с участием прокурора ", pros.k("gen"), ", истца ", pl.short("gen"),
        ", представителя ответчика ", rep.short("gen")]))
    act.p("рассмотрев в открытом судебном заседании гражданское дело по иску ", pl.full("gen"),
          " к ", K(org, "organization"), " о восстановлении на работе, взыскании заработной платы "
          "за время вынужденного прогула и компенсации морального вреда,")
    act.p("У С Т А Н О В И Л:" if ctx.chance(0.6) else "УСТАНОВИЛ:", align="center", bold=True)
    hd = earlier(rng, d0, 800, 3000)
    fd = earlier(rng, d0, 60, 300)
    act.p(pl.full("nom"), " с ", ru_date(hd), " работал", g(pl, "", "а"), " в ", K(org, "organization"),
          " в должности ", ctx.pick(["менеджера", "бухгалтера", "водителя", "инженера"]),
          ". Приказом директора ", director.short("gen", "after"), " № ", str(rng.randint(10, 400)),
          "-к от ", ru_date(fd), " ", g(pl, "он", "она"), " уволен", g(pl, "", "а"),
          " по п. 5 ч. 1 ", statute("ст. 83 Трудового кодекса КР"), ".")
    act.p("Истец считает увольнение незаконным, так как ", ctx.pick([
        "дисциплинарного проступка не совершал", "находился на больничном",
        "не был ознакомлен с приказом"]), ". Заработная плата перечислялась на карту ",
        M(card(rng), "account", ctx.ent("ACC")), ", средний заработок составлял ",
        money_k(ctx, 15000, 90000, 500), " в месяц.")
    pre, bm, suf = pl.birth(ctx.pick(["gr", "year", "short_year"]))
    act.p("Сведения об истце: ", pre, bm, suf, ", ПИН ", pl.pin(), ", адрес: ", pl.address(), ".")
    act.p("Представитель ответчика ", rep.ref("nom"), " иск не признал", g(rep, "", "а"),
          ", пояснив, что процедура увольнения соблюдена.")
    act.p("Прокурор ", pros.k("nom"), " в заключении полагал иск подлежащим удовлетворению.")
    if ctx.chance(0.3):
        act.p(*lookalike_civ(ctx))
    _resolve(act, ctx, "ст.ст. 198-203 ГПК КР")
    act.p("Иск ", pl.short("gen"), " удовлетворить частично. Восстановить ", pl.full("acc"),
          " в должности. Взыскать с ответчика в пользу ", pl.short("gen"),
          " заработную плату за время вынужденного прогула ", money_k(ctx, 30000, 400000),
          " и компенсацию морального вреда ", money_k(ctx, 5000, 50000), ".")
    act.p("Решение в части восстановления на работе подлежит немедленному исполнению.")
    _tail(act, ctx, judge)
    return feats


def inheritance(ctx, act, long=False, **_):
    rng = ctx.rng
    d0, court, cn, judge, sec, feats = _start(ctx, act)
    dec = ctx.party("third_party", birth_range=(1930, 1960))
    heirs = [ctx.relative("plaintiff", dec, patronymic_from=dec, birth_range=(1955, 1990))]
    heirs += [ctx.relative("respondent", dec, patronymic_from=dec, birth_range=(1955, 1990))
              for _ in range(rng.randint(1, 3))]
    notary = ctx.official("official")
    _head(act, ctx, court, cn, d0)
    act.p(*_composition(ctx, court, judge, sec, [", с участием истца ", heirs[0].short("gen")]))
    act.p("рассмотрев в открытом судебном заседании гражданское дело по иску ", heirs[0].full("gen"),
          " к ", *sum([[", " if i else "", h.full("dat")] for i, h in enumerate(heirs[1:])], []),
          " об установлении факта принятия наследства и определении долей,")
    act.p("У С Т А Н О В И Л:" if ctx.chance(0.6) else "УСТАНОВИЛ:", align="center", bold=True)
    dd = earlier(rng, d0, 200, 2000)
    addr = dec.address()
    act.p(ru_date(dd), " умер", g(dec, "", "ла"), " ", dec.full("nom"), ", ",
          dec.birth()[1], " года рождения, проживавш", g(dec, "ий", "ая"), " по адресу: ", addr,
          ". После ", g(dec, "его", "её"), " смерти открылось наследство в виде жилого дома "
          "(идентификационный код ", M(property_code(rng), "property_code", ctx.ent("PROP")),
          ") и денежного вклада на счёте № ", M(account(rng), "account", ctx.ent("ACC")),
          " в ", K(ctx.pick(courts.BANKS), "organization"), ".")
    act.p("Наследниками первой очереди являются дети наследодателя:")
    rows = [[["ФИО наследника"], ["Дата рождения"], ["ПИН"]]]
    for h in heirs:
        pre, bm, suf = h.birth("gr")
        rows.append([[h.full("nom")], [bm], [h.pin()]])
    act.table(rows)
    feats.add("table")
    act.p("Нотариус ", notary.k("nom"), " отказал", g(notary.p, "", "а"),
          " истцу в выдаче свидетельства о праве на наследство в связи с пропуском срока.")
    act.p("Истец ", heirs[0].ref("nom"), " пояснил", g(heirs[0], "", "а"), ", что фактически "
          "принял", g(heirs[0], "", "а"), " наследство, так как проживает в доме ", dec.sur("gen"),
          " и несёт расходы по его содержанию.")
    for h in heirs[1:]:
        act.p("Ответчик ", h.ref("nom"), " иск признал", g(h, "", "а"), ", на долю в наследстве "
              "не претендует." if ctx.chance(0.5) else ", просит определить равные доли.")
    if long:
        for _ in range(5):
            act.p(*filler(ctx, "civil"))
        if False:
            act.p("Суд, исследовав справку айыл окмоту о составе семьи, домовую книгу, квитанции об "
                  "оплате коммунальных услуг и свидетельства о рождении наследников, считает "
                  "установленным, что истец в течение шести месяцев со дня открытия наследства "
                  "вступил во владение наследственным имуществом, принял меры по его сохранению и "
                  "произвёл за свой счёт расходы на его содержание, что в силу закона означает "
                  "фактическое принятие наследства.")
    _resolve(act, ctx, "ст.ст. 198-203, 273 ГПК КР")
    act.p("Установить факт принятия ", heirs[0].full("ins"), " наследства, открывшегося после "
          "смерти ", dec.full("gen"), ", умерш", g(dec, "его", "ей"), " ", ru_date(dd), ".")
    _tail(act, ctx, judge)
    return feats


def settlement(ctx, act, long=False, **_):
    rng = ctx.rng
    d0, court, cn, judge, sec, feats = _start(ctx, act, kind="ruling")
    pl, rs = ctx.party("plaintiff"), ctx.party("respondent")
    _head(act, ctx, court, cn, d0, word="ОПРЕДЕЛЕНИЕ")
    act.p(*_composition(ctx, court, judge, sec, []))
    act.p("рассмотрев в открытом судебном заседании гражданское дело по иску ", pl.full("gen"),
          " к ", rs.full("dat"), " о возмещении ущерба, причинённого заливом квартиры,")
    act.p("У С Т А Н О В И Л:" if ctx.chance(0.6) else "УСТАНОВИЛ:", align="center", bold=True)
    act.p("Истец ", pl.ref("nom"), ", проживающ", g(pl, "ий", "ая"), " по адресу: ", pl.address(),
          ", обратил", g(pl, "ся", "ась"), " в суд с иском к соседу сверху ", rs.short("dat"),
          " о взыскании ", money_k(ctx, 10000, 200000), ".")
    act.p("В судебном заседании стороны заявили ходатайство об утверждении мирового соглашения и "
          "представили его текст. Стороны пояснили, что ", K("мир", "lookalike"),
          " и добрососедские отношения для них важнее спора.")
    act.p("По условиям соглашения ответчик ", rs.ref("nom"), " выплачивает истцу ",
          money_k(ctx, 5000, 100000), " до ", ru_date(earlier(rng, d0, -60, -10)),
          " путём перевода на карту ", M(card(rng), "account", ctx.ent("ACC")), ", а истец "
          "отказывается от остальных требований. Для связи стороны указали телефоны ",
          pl.phone(), " и ", rs.phone(), ".")
    act.p("Руководствуясь ", statute("ст.ст. 72, 225 ГПК КР"), ", суд")
    act.p("О П Р Е Д Е Л И Л:" if ctx.chance(0.6) else "ОПРЕДЕЛИЛ:", align="center", bold=True)
    act.p("Утвердить мировое соглашение между ", pl.full("ins"), " и ", rs.full("ins"),
          " на изложенных выше условиях. Производство по делу прекратить.")
    act.p("На определение может быть подана частная жалоба в течение 10 дней.")
    act.p("Судья", "\t\t\t", judge.k("nom"), align="left")
    return feats


FAMILIES = {
    "decision_property": ("decision-property", property_, None),
    "decision_labour": ("decision-labour", labour, None),
    "decision_inheritance": ("decision-inheritance", inheritance, None),
    "ruling_settlement": ("ruling-settlement", settlement, None),
}
