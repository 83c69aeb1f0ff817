"""Russian criminal verdicts: theft, fraud, traffic accident, drugs, assault."""

from __future__ import annotations

from common import ru_date, ru_date_short, plate, card, account
from doc import K, M
from fam_common import (g, filler, fillers, act_date, earlier, case_no, ru_title, lookalike_ru, statute, court_k,
                        money_k, ru_act_date, place, decor_layout)
import courts

CRIMES = {
    # name: (old article, new article, title, punishment)
    "theft": ("ч. 2 ст. 164 УК КР", "ч. 2 ст. 205 УК КР", "кражи"),
    "fraud": ("ч. 2 ст. 166 УК КР", "ч. 2 ст. 209 УК КР", "мошенничества"),
    "traffic": ("ч. 2 ст. 281 УК КР", "ч. 1 ст. 289 УК КР",
                "нарушения правил дорожного движения, повлёкшего по неосторожности тяжкий вред здоровью"),
    "drugs": ("ч. 1 ст. 247 УК КР", "ч. 1 ст. 283 УК КР",
              "незаконного приобретения и хранения наркотических средств без цели сбыта"),
    "assault": ("п. 2 ч. 2 ст. 105 УК КР", "ч. 1 ст. 131 УК КР",
                "умышленного причинения вреда здоровью средней тяжести"),
}
ART_NAMES = {"theft": "Кража", "fraud": "Мошенничество", "traffic": "ДТП", "drugs": "Наркотики",
             "assault": "Вред здоровью"}
CARS = ["Toyota Camry", "Honda Fit", "Mercedes-Benz E-240", "Lexus RX 350", "Daewoo Nexia",
        "Audi A6", "Toyota Alphard", "Subaru Forester", "Hyundai Sonata", "ВАЗ-2107"]
STREETS_EVENT = [("на пересечении ", K("проспекта Победы", "lookalike"), " и ул. Ахунбаева"),
                 ("на проспекте Чуй в районе ", K("ул. Токтогула", "lookalike"), ""),
                 ("на автодороге Бишкек – Ош, на 38-м километре", "", ""),
                 ("на ", K("ул. Жибек Жолу", "lookalike"), " возле ", K("ТЦ «Мир»", "organization")),
                 ("на проспекте Мира возле остановки общественного транспорта", "", ""),
                 ("на объездной дороге возле ", K("международного аэропорта «Манас»", "organization"), "")]


def _defendant_intro(ctx, d, detailed=True):
    rng = ctx.rng
    out = []
    upper = ctx.chance(0.45)
    out.append(d.full("gen", upper_sur=upper, bold_split=ctx.chance(0.3)))
    pre, bm, suf = d.birth()
    out += [", ", pre, bm, suf, ", уроженца " if d.p.gender == "m" else ", уроженки ",
            rng.choice(["г. Бишкек", "г. Ош", "Сокулукского района Чуйской области",
                        "с. Кочкор Нарынской области", "г. Токмок", "г. Кара-Балта",
                        "Ноокатского района Ошской области", "г. Ташкент Республики Узбекистан"]),
            ", ", g(d, "гражданина", "гражданки"), " Кыргызской Республики, ",
            rng.choice(["со средним образованием", "с высшим образованием",
                        "со средне-специальным образованием"]), ", ",
            rng.choice([g(d, "женатого", "замужней"), g(d, "холостого", "незамужней"),
                        g(d, "разведённого", "разведённой")]), ", ",
            rng.choice(["временно не работающего", "работающего водителем в ОсОО «Ак-Жол Транс»",
                        "работающего разнорабочим", "индивидуального предпринимателя",
                        "студента Кыргызского национального университета"])
            if d.p.gender == "m" else
            ctx.pick(["временно не работающей", "домохозяйки", "работающей продавцом",
                      ["студентки ", K("Кыргызско-Турецкого университета «Манас»", "organization")]]),
            ", ", g(d, "проживающего", "проживающей"), " по адресу: ", d.address()]
    if detailed or ctx.chance(0.5):
        label = rng.choice(["ПИН ", "ПИН: ", "персональный идентификационный номер ", "ИНН "])
        out += [", ", label, d.pin()]
    if ctx.chance(0.55):
        pp, pm = d.passport()
        out += [", ", pp, pm]
    if ctx.chance(0.3):
        out += [", тел. ", d.phone()]
    out += [", ранее ", g(d, "не судимого", "не судимой"), ","]
    return out


def verdict(ctx, act, crime: str, long=False):
    rng = ctx.rng
    d0 = act_date(rng)
    old = d0.year < 2019
    art = CRIMES[crime][0 if old else 1]
    court = ctx.pick(courts.FIRST)
    cn = case_no(rng, "1", d0)
    judge = ctx.official("judge")
    sec = ctx.official("secretary")
    pros = ctx.official("prosecutor")
    adv = ctx.official("advocate")
    inv = ctx.official("investigator")
    d = ctx.party("defendant")
    victim = None if crime == "drugs" else ctx.party("victim")
    nw = rng.randint(1, 3) + (3 if long else 0)
    witnesses = [ctx.party("witness") for _ in range(nw)]
    feats = decor_layout(act, ctx, court[1], cn, "ru")
    act.meta = dict(court=court, case_number=cn, kind="verdict", category="criminal",
                    instance="first", date=d0, judges=[judge.meta_name])

    act.p("Дело № ", K(cn, "case_number"), align="left")
    ru_title(act, "ПРИГОВОР", ctx.chance(0.4))
    act.p("ИМЕНЕМ КЫРГЫЗСКОЙ РЕСПУБЛИКИ", align="center", bold=True)
    if ctx.chance(0.25):
        act.p("по уголовному делу в отношении ", d.full("gen", upper=True), align="center", bold=True)
    act.p(ru_act_date(d0), "\t\t\t\t", place(court[3]), align="left")
    intro = [court_k(court[1]), " в составе председательствующего судьи ", judge.k("gen"),
             ", при секретаре ", sec.k("pre"),
             ", с участием государственного обвинителя – прокурора ",
             rng.choice(["Первомайского района г. Бишкек ", "", "района ", "отдела прокуратуры "]),
             pros.k("gen"), ", подсудимого " if d.p.gender == "m" else ", подсудимой ",
             d.short("gen", "after"), ", защитника – адвоката ", adv.k("gen"),
             ", представившего удостоверение № ", str(rng.randint(100, 2999)), " и ордер № ",
             str(rng.randint(1, 300))]
    if victim:
        intro += [", потерпевшего " if victim.p.gender == "m" else ", потерпевшей ",
                  victim.short("gen")]
    intro += [","]
    act.p(*intro)
    act.p("рассмотрев в открытом судебном заседании уголовное дело по обвинению ",
          *_defendant_intro(ctx, d, detailed=True))
    act.p("в совершении преступления, предусмотренного ", statute(art), ",")
    act.p("У С Т А Н О В И Л:" if ctx.chance(0.6) else "УСТАНОВИЛ:", align="center", bold=True)

    ed = earlier(rng, d0, 60, 500)
    amt = money_k(ctx, 8000, 450000)
    hour = rng.randint(8, 23)
    if crime == "theft":
        item = rng.choice(["мобильный телефон марки «Samsung Galaxy A54»", "ноутбук марки «HP»",
                           "золотые серьги", "денежные средства"])
        act.p(d.full("nom"), " ", ru_date(ed), ", примерно в ", str(hour),
              " часов, находясь в квартире ", victim.full("gen"), ", расположенной по адресу: ",
              victim.address(), ", воспользовавшись тем, что за ", g(d, "его", "её"),
              " действиями никто не наблюдает, тайно похитил", g(d, "", "а"), " ", item,
              ", принадлежащий потерпевшему, на общую сумму ", amt,
              ", чем причинил", g(d, "", "а"), " значительный материальный ущерб.")
    elif crime == "fraud":
        acc = card(rng)
        act.p(d.full("nom"), " в период с ", ru_date(earlier(rng, ed, 10, 60)), " по ",
              ru_date(ed), ", действуя умышленно, путём обмана и злоупотребления доверием, под "
              "предлогом оказания помощи в трудоустройстве в Российской Федерации получил",
              g(d, "", "а"), " от ", victim.full("gen"), " денежные средства в сумме ", amt,
              ", которые потерпевш", g(victim, "ий", "ая"), " перечислил", g(victim, "", "а"),
              " на банковскую карту № ", M(acc, "account", ctx.ent("ACC")),
              ", оформленную на имя ", d.short("gen", "after"), ".")
        act.p("Для связи подсудим", g(d, "ый", "ая"), " использовал", g(d, "", "а"),
              " абонентский номер ", d.phone(), " и электронную почту ", d.email(),
              ", что подтверждается сведениями оператора связи ",
              K(rng.choice(["ОсОО «Скай Мобайл»", "ЗАО «Альфа Телеком»", "ОсОО «Нур Телеком»"]),
                "organization"), ".")
    elif crime == "traffic":
        car = rng.choice(CARS)
        pl = plate(rng)
        pl_ent = ctx.ent("PLATE")
        where = rng.choice(STREETS_EVENT)
        act.p(d.full("nom"), " ", ru_date(ed), " около ", str(hour), " часов, управляя "
              "автомашиной марки «", car, "» с государственным регистрационным знаком ",
              M(pl, "plate", pl_ent), ", двигаясь ", *[x for x in where if x],
              ", в нарушение п. 10.1 Правил дорожного движения Кыргызской Республики не "
              "выбрал", g(d, "", "а"), " безопасную скорость и совершил", g(d, "", "а"),
              " наезд на пешехода ", victim.full("acc"), ", ", victim.birth("year")[1],
              " года рождения, которому причинён тяжкий вред здоровью.")
        act.p("Согласно свидетельству о регистрации транспортного средства автомашина с "
              "номером ", M(pl, "plate", pl_ent),
              " зарегистрирована на имя ", witnesses[0].full("gen"), ".")
    elif crime == "drugs":
        grams = f"{rng.randint(5, 900)},{rng.randint(0, 99):02d}"
        act.p(d.full("nom"), " в ", rng.choice(["августе", "сентябре", "июле"]), " ",
              str(ed.year), " года, находясь на окраине ", rng.choice(["с. Кочкор", "г. Токмок",
              "Иссык-Кульской области", "с. Ивановка"]), ", незаконно приобрел", g(d, "", "а"),
              " путём сбора верхушечных частей дикорастущей конопли наркотическое средство – "
              "марихуану массой ", grams, " грамма, которое хранил", g(d, "", "а"),
              " по месту жительства до ", ru_date(ed), ", когда оно было обнаружено и изъято "
              "сотрудниками ", K(rng.choice(courts.POLICE), "state_body"), ".")
    else:  # assault
        act.p(d.full("nom"), " ", ru_date(ed), " около ", str(hour), " часов, находясь возле "
              "дома по адресу: ", victim.address(), ", на почве внезапно возникших личных "
              "неприязненных отношений умышленно нанёс", g(d, "", "ла"), " ",
              victim.full("dat"), " несколько ударов руками и ногами, причинив вред здоровью "
              "средней тяжести.")

    act.p("Допрошенн", g(d, "ый", "ая"), " в судебном заседании подсудим", g(d, "ый", "ая"), " ",
          d.ref("nom"), " вину в предъявленном обвинении признал", g(d, "", "а"),
          " полностью, в содеянном раскаял", g(d, "ся", "ась"), " и подтвердил",
          g(d, "", "а"), " обстоятельства, изложенные в обвинительном акте.")
    if victim:
        pre, bm, suf = victim.birth()
        vp = ["Потерпевш", g(victim, "ий", "ая"), " ", victim.full("nom"), ", ", pre, bm, suf,
              ", суду показал", g(victim, "", "а"), ", что с подсудимым ",
              rng.choice(["знаком", "ранее не знаком"]), "."]
        if ctx.chance(0.5):
            vp += [" ", g(victim, "Его", "Её"), " мобильный телефон ", victim.phone(),
                   " был указан в заявлении."]
        act.p(*vp)
        if ctx.chance(0.3):
            act.p(*lookalike_ru(ctx))
    for i, w in enumerate(witnesses):
        if ctx.chance(0.5):
            act.p("Свидетель ", w.full("nom", broken=ctx.chance(0.15)), ", допрошенн",
                  g(w, "ый", "ая"), " в суде, показал", g(w, "", "а"), ", что ", ru_date(ed),
                  " видел", g(w, "", "а"), " подсудимого возле дома, где проживает сам",
                  g(w, "", "а"), ". Показания свидетеля ", w.sur("gen"),
                  " согласуются с другими доказательствами.")
        else:
            pre, bm, suf = w.birth()
            act.p("Из оглашённых с согласия сторон показаний свидетеля ", w.full("gen"), ", ",
                  pre, bm, suf, ", проживающ", g(w, "его", "ей"), " по адресу: ", w.address(),
                  ", следует, что он" if w.p.gender == "m" else ", следует, что она", " ", rng.choice([
                      g(w, "о случившемся узнал от соседей", "о случившемся узнала от соседей"),
                      g(w, "в тот день находился на работе", "в тот день находилась на работе"),
                      "подсудимого знает как спокойного человека"]), ".")
        if long:
            for _ in range(2):
                act.p("Кроме того, свидетель ", w.ref("nom"), " пояснил", g(w, "", "а"),
                      ", что протокол допроса прочитан лично, замечаний к нему не имеется; "
                      "показания на предварительном следствии давались добровольно, без "
                      "какого-либо давления со стороны следователя ", inv.k("gen"),
                      " и сотрудников ", K(rng.choice(courts.POLICE), "state_body"),
                      ". Суд признаёт эти показания достоверными, поскольку они последовательны, "
                      "непротиворечивы и подтверждаются письменными материалами уголовного дела, "
                      "исследованными в судебном заседании.")
    act.p("Вина подсудим", g(d, "ого", "ой"), " ", d.ref("gen"), " подтверждается также "
          "протоколом осмотра места происшествия от ", ru_date(ed), ", заключением эксперта № ",
          str(rng.randint(10, 9999)), " от ", ru_date(earlier(rng, d0, 5, 50)),
          ", рапортом следователя ", inv.k("gen"), " и иными материалами дела.")
    if long:
        rows = [["№", "Наименование доказательства", "Лист дела"]]
        for i in range(1, rng.randint(6, 12)):
            rows.append([str(i), rng.choice(["Протокол осмотра", "Заключение эксперта",
                                             "Протокол выемки", "Справка о стоимости",
                                             "Протокол очной ставки", "Рапорт"]),
                         str(rng.randint(5, 250))])
        act.p("Исследованные в судебном заседании письменные доказательства:")
        act.table([[[c] for c in r] for r in rows])
        feats.add("table")
        for _ in range(5):
            act.p(*filler(ctx, "criminal"), " Данные выводы относятся и к доводам ", d.ref("gen"),
                  ".")
    if ctx.chance(0.25):
        act.p(*lookalike_ru(ctx))
    for para in fillers(ctx, "criminal", 1, 3):
        act.p(*para)
    act.p("Действия ", d.ref("gen"), " суд квалифицирует по ", statute(art),
          " как совершение ", CRIMES[crime][2], ".")
    act.p("Обстоятельствами, смягчающими наказание, суд признаёт чистосердечное раскаяние, "
          "положительную характеристику по месту жительства",
          rng.choice(["", ", наличие на иждивении малолетних детей", ", возмещение ущерба"]), ".")
    if ctx.chance(0.35):
        act.footnote("Характеристика выдана ", K(rng.choice(["Мэрией города Бишкек",
                     "айыл окмоту по месту жительства", "квартальным комитетом"]), "state_body"),
                     "; адрес проживания подсудим", g(d, "ого", "ой"), ": ", d.address(), ".")
        feats.add("footnote")
    act.p("На основании изложенного, руководствуясь ",
          statute(rng.choice(["ст.ст. 331-333 УПК КР", "ст.ст. 308-313 УПК КР", "статьями 331, 332 УПК КР"])),
          ", суд")
    act.p("П Р И Г О В О Р И Л:" if ctx.chance(0.6) else "ПРИГОВОРИЛ:", align="center", bold=True)
    acc_form = d.full("acc", upper_sur=True) if ctx.chance(0.6) else d.full("acc", upper=True)
    punishment = rng.choice(["лишения свободы сроком на 3 (три) года",
                             "штрафа в размере 1000 расчётных показателей",
                             "пробационного надзора сроком на 1 (один) год",
                             "лишения свободы сроком на 5 (пять) лет с отбыванием в исправительной колонии"])
    act.p("Признать ", acc_form, " виновн", g(d, "ым", "ой"),
          " в совершении преступления, предусмотренного ", statute(art),
          ", и назначить ", g(d, "ему", "ей"), " наказание в виде ", punishment, ".")
    if victim and crime in ("theft", "fraud", "assault"):
        act.p("Взыскать с ", d.short("gen"), " в пользу ", victim.short("gen"),
              " в счёт возмещения материального ущерба ", money_k(ctx, 5000, 300000), ".")
    act.p("Меру пресечения в отношении ", d.ref("gen"), " до вступления приговора в законную силу "
          "оставить прежней.")
    act.p("Приговор может быть обжалован в апелляционном порядке в ",
          court_k(rng.choice(["Бишкекский городской суд", "Чуйский областной суд",
                              "Ошский областной суд"])),
          " в течение 30 суток со дня провозглашения через суд, постановивший приговор.")
    act.p("Председательствующий судья", "\t\t\t", judge.k("nom"), align="left")
    return feats
