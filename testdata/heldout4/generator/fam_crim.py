"""Criminal families: homicide, bazaar extortion, poaching / illegal logging, termination
of a case on reconciliation."""

from core import K, M
import common as G
from fam_civ import setup, statute


def parties_ru(ctx, pros, advs, extra=()):
    out = ["с участием государственного обвинителя ", pros.k("gen"), ", защитник",
           "ов — адвокатов " if len(advs) > 1 else "а — адвоката "]
    for i, a in enumerate(advs):
        out += [", " if i else "", a.k("gen")]
    out += list(extra)
    return out


def defendant_intro_ru(ctx, d, article):
    r = ctx.rng
    nat = "гражданина Кыргызской Республики" if d.people != "tr" else "гражданина Турецкой Республики"
    out = [d.m(r.choice(["upper", "caps_sur", "full"]), "gen"), ctx.bd(d, r.choice(["dot_gr", "words_born", "dot_born"])),
           ", ", nat, ", ", r.choice(["со средним образованием", "с высшим образованием", "со средне-специальным образованием"]),
           ", ", r.choice(["женатого", "холостого", "разведённого"]) if not d.female else r.choice(["замужней", "незамужней"]),
           ", ", r.choice(["временно не работающего", "работающего водителем", "индивидуального предпринимателя"]) if not d.female else "не работающей",
           ", проживающ", "ей" if d.female else "его", " по адресу: ", ctx.addr(("home", d.eid)), ", ПИН ", ctx.pin(d),
           ", паспорт ", ctx.passport(d, "tr" if d.people == "tr" else None), ", ранее не судим", "ой" if d.female else "ого",
           ", обвиняем", "ой" if d.female else "ого", " в совершении преступления, предусмотренного ", statute(article), ",\n"]
    return out


def defendant_intro_ky(ctx, d, article_ky):
    out = [d.ky(ctx.rng.choice(["upper", "full"]), "nom"), ctx.bd(d), ", Кыргыз Республикасынын жараны, ",
           ctx.addr(("home", d.eid)), " дарегинде жашаган, ЖИН ", ctx.pin(d), ", паспорту ", ctx.passport(d),
           ", мурда соттолбогон, ", statute(article_ky), " менен айыпталган ",
           d.ky("sur" if not d.kyrgyz_style else "inib", "gen"), " ", "кылмыш иши боюнча,\n"]
    return out


# ------------------------------------------------------------------ homicide
def homicide(ctx, lang):
    r = ctx.rng
    court, judges, sec, date, case_no = setup(ctx, lang, "1")
    d = ctx.person("defendant", female=r.random() < 0.15, age=(20, 55))
    dead = ctx.person("third_party", female=False, age=(20, 60))
    vict = ctx.person("victim", dead.people, female=r.random() < 0.6, sur_of=dead, age=(40, 75))
    w1 = ctx.person("witness")
    w2 = ctx.person("witness", d.people, sur_of=d)  # the defendant's relative
    pros, adv, expert = ctx.official("prosecutor"), ctx.official("advocate"), ctx.official("official")
    inv = ctx.official("investigator")
    place_ru = r.choice(["в кафе «Ак-Бата» по ", "во дворе дома по ", "возле магазина «Береке» на "])
    street = r.choice(["ул. Жибек Жолу", "ул. Токтогула", "пр. Чуй", "ул. Московской"])
    street_ky = r.choice(["Жибек Жолу көчөсүндө", "Токтогул көчөсүндө", "Чүй проспектисинде"])
    art = "ч. 1 ст. 122 УК КР" if r.random() < 0.6 else "ст. 125 УК КР"
    years = r.randint(6, 15) if art.startswith("ч. 1") else r.randint(1, 3)
    out = []
    if lang == "ru":
        out += G.header(ctx, lang, court, "ПРИГОВОР", case_no, date, judges, sec)
        out += parties_ru(ctx, pros, [adv], [", подсудим", "ой " if d.female else "ого ", d.m("ini", "gen"),
                                             ", потерпевш", "ей " if vict.female else "его ", vict.m("ini", "gen"), ",\n"])
        out += ["рассмотрев в открытом судебном заседании уголовное дело в отношении\n"]
        out += defendant_intro_ru(ctx, d, art)
        out += ["УСТАНОВИЛ:\n"]
        out += ["Подсудим", "ая " if d.female else "ый ", d.ref("nom"), f" {r.randint(1, 28)} {r.choice(G.RU_MONTHS)} {date[0] - 1} года, около 23 часов, находясь ",
                place_ru, K(street, "lookalike"), " в ", K(court[3], "place"), ", в ходе ссоры на почве личных неприязненных отношений нанёс",
                "ла" if d.female else "", " ", dead.m("full", "dat"), ctx.bd(dead, "year"), ", удар ножом в область груди, от которого потерпевший скончался на месте.\n"]
        out += ["В судебном заседании подсудим", "ая " if d.female else "ый ", d.ref("nom"),
                " вину признал", "а" if d.female else "", " частично и показал", "а" if d.female else "",
                ", что ", dead.m("sur", "nom"), " первым ударил ", "её" if d.female else "его", ".\n"]
        out += ["Потерпевш", "ая " if vict.female else "ий ", vict.m("full", "nom"), ", ", "мать" if vict.female else "брат",
                " погибшего, показал", "а" if vict.female else "", ", что ", dead.m("given", "nom"), " был единственным кормильцем семьи. Телефон для связи: ",
                ctx.phone("vict"), ".\n"]
        out += ["Свидетель ", w1.m("full", "nom"), " видел", "а" if w1.female else "", " ссору. Свидетель ", w2.m("full", "nom"),
                ", ", "сестра" if w2.female else "брат", " подсудим", "ой" if d.female else "ого", ", показал", "а" if w2.female else "",
                ", что ", d.m("given", "nom"), " пришёл домой в крови.\n" if not d.female else " пришла домой в крови.\n"]
        out += ["Согласно заключению судебно-медицинского эксперта ", expert.k("gen"), ", смерть ", dead.m("ini", "gen"),
                " наступила от проникающего ранения грудной клетки. Протокол осмотра, составленный следователем ", inv.k("ins"), ", исследован в суде.\n"]
        out += ["Суд квалифицирует действия ", d.ref("gen"), " по ", statute(art), ". Смягчающим обстоятельством суд признаёт явку с повинной.\n"]
        out += ["Руководствуясь ", statute("ст.ст. 327–332 УПК КР"), ", суд\nПРИГОВОРИЛ:\n",
                d.m("upper", "acc"), " признать виновн", "ой" if d.female else "ым", " в совершении преступления, предусмотренного ",
                statute(art), f", и назначить наказание в виде лишения свободы сроком на {years} лет.\n",
                "Взыскать с ", d.ref("gen"), " в пользу ", vict.m("full", "gen"), " в счёт компенсации морального вреда ",
                G.amount_ru(r.randint(300, 1500) * 1000), ".\n",
                "Приговор может быть обжалован в ", K(court[5], "court"), " в течение 30 суток.\n"]
    else:
        art_ky = "Кыргыз Республикасынын Жазык кодексинин 122-беренесинин 1-бөлүгү"
        out += G.header(ctx, lang, court, "ӨКҮМ", case_no, date, judges, sec)
        out += ["мамлекеттик айыптоочу ", pros.kk(), ", коргоочу адвокат ", adv.kk(), ", соттолуучу ", d.ky("ini"),
                ", жабырлануучу ", vict.ky("ini"), " катышуусу менен, ачык сот отурумунда\n"]
        out += defendant_intro_ky(ctx, d, art_ky)
        out += ["ТАПТЫ:\n"]
        out += ["Соттолуучу ", d.kref(), f" {date[0] - 1}-жылы, түнкү саат 23тө, ", K(court[4], "place"), " ", K(street_ky, "lookalike"),
                " жеке кастык мамиледен улам урушта ", dead.ky("full", "dat"), ctx.bd(dead, "ky_year"), ", бычак менен сайган, жабырлануучу ошол жерде каза болгон.\n"]
        out += ["Сот отурумунда ", d.kref(), " күнөөсүн жарым-жартылай мойнуна алып, ", dead.ky("sur"), " биринчи урганын айтты.\n"]
        out += ["Жабырлануучу ", vict.ky("full"), ", маркумдун ", "апасы" if vict.female else "агасы", ", ", dead.ky("given"),
                " үй-бүлөнүн жалгыз багуучусу болгонун билдирди, телефону ", ctx.phone("vict"), ".\n"]
        out += ["Күбө ", w1.ky("full"), " урушту көргөн. Күбө ", w2.ky("full"), " (соттолуучунун тууганы) ", d.ky("given"),
                " үйгө кан болуп келгенин айтты. Соттук-медициналык эксперт ", expert.kk(), " корутундусу боюнча ",
                dead.ky("inib", "gen"), " өлүмү көкүрөккө сайылган жаракаттан болгон. Тергөөчү ", inv.kk(), " кароо протоколун түзгөн.\n"]
        out += ["Кыргыз Республикасынын Жазык-процесстик кодексинин ", statute("327–332-беренелерин"), " жетекчиликке алып, сот\nӨКҮМ КЫЛДЫ:\n",
                d.ky("upper"), " ", statute(art_ky), " менен күнөөлүү деп таанылсын жана ", f"{years} жылга эркинен ажыратылсын.\n",
                d.ky("inib", "abl"), " ", vict.ky("full", "gen"), " пайдасына ", G.amount_ky(r.randint(300, 1500) * 1000),
                " моралдык зыян өндүрүлсүн.\nӨкүмгө 30 күндүн ичинде ", K(court[6], "court"), " даттанууга болот.\n"]
    out += G.signature(ctx, lang, judges)
    return dict(pieces=out, court=court, judges=judges, date=date, case_no=case_no,
                kind="verdict", category="criminal", instance="first")


# ------------------------------------------------------------------ extortion at a bazaar
def extortion(ctx, lang):
    r = ctx.rng
    court, judges, sec, date, case_no = setup(ctx, lang, "1")
    d1 = ctx.person("defendant", female=False, age=(20, 40))
    d2 = ctx.person("defendant", r.choice(["ky", "kz", "tt", "ru"]), female=False, age=(20, 40))
    victims = [ctx.person("victim", p, age=(25, 60)) for p in r.sample(["uz", "dg", "ug", "tj", "kr", "tr"], 3)]
    pros = ctx.official("prosecutor")
    advs = [ctx.official("advocate"), ctx.official("advocate")]
    interp = ctx.official("official")
    bazaar_name = r.choice(["«Дордой»", "«Ош»", "«Мадина»", "«Кара-Суу»", "«Алтын-Казык»"])
    art = "п. 2 ч. 2 ст. 208 УК КР"
    out = []
    if lang == "ru":
        out += G.header(ctx, lang, court, "ПРИГОВОР", case_no, date, judges, sec)
        out += parties_ru(ctx, pros, advs, [", переводчика ", interp.k("gen"), ",\n"])
        out += ["рассмотрев в открытом судебном заседании уголовное дело в отношении\n"]
        out += defendant_intro_ru(ctx, d1, art)
        out += defendant_intro_ru(ctx, d2, art)
        out += ["УСТАНОВИЛ:\n"]
        out += ["Подсудимые ", d1.ref("nom"), " и ", d2.ref("nom"), ", действуя группой лиц по предварительному сговору, в период с ",
                f"марта по июнь {date[0] - 1} года на территории рынка ", K(bazaar_name, "organization"),
                " требовали от торговцев ежемесячно передавать им по ", G.amount_ru(r.choice([3000, 5000, 10000])),
                " «за охрану», угрожая поджогом контейнеров.\n"]
        for v in victims:
            foreign = {"uz": "Республики Узбекистан", "tj": "Республики Таджикистан", "tr": "Турецкой Республики"}.get(v.people)
            out += ["Потерпевш", "ая " if v.female else "ий ", v.m("full", "nom"), ctx.bd(v, "year"),
                    [", граждан", "ка " if v.female else "ин ", foreign, ", паспорт ", ctx.passport(v, v.people)] if foreign else None,
                    ", проживающ", "ая" if v.female else "ий", " по адресу: ", ctx.addr(("v", v.eid)), ", показал",
                    "а" if v.female else "", ", что ", d1.m("sur", "nom"), " звонил", " ему" if not v.female else " ей",
                    " с номера ", ctx.phone("d1"), " и требовал деньги; ", "показания даны через переводчика." if v.people in ("uz", "dg", "ug", "tj") else "деньги передавал" + ("а" if v.female else "") + " лично.",
                    "\n"]
        out += ["Подсудимые приезжали на автомашине «Lexus» с государственным номером ", ctx.plate("car"),
                ", принадлежащей отцу ", d2.m("sur", "gen"), ". Подсудимый ", d2.ref("nom"),
                " вину признал, ", d1.ref("nom"), " вину отрицал. ", G.lookalike_ru(ctx), "\n"]
        out += ["Руководствуясь ", statute("ст.ст. 327–332 УПК КР"), ", суд\nПРИГОВОРИЛ:\n"]
        for d in (d1, d2):
            out += [d.m("upper", "acc"), " признать виновным по ", statute(art), f" и назначить наказание в виде лишения свободы на {r.randint(5, 9)} лет.\n"]
        out += ["Взыскать с ", d1.ref("gen"), " и ", d2.ref("gen"), " солидарно в пользу ", victims[0].m("ini", "gen"),
                " ", G.amount_ru(r.randint(20, 90) * 1000), ".\n"]
    else:
        art_ky = "Кыргыз Республикасынын Жазык кодексинин 208-беренесинин 2-бөлүгүнүн 2-пункту"
        out += G.header(ctx, lang, court, "ӨКҮМ", case_no, date, judges, sec)
        out += ["мамлекеттик айыптоочу ", pros.kk(), ", адвокаттар ", advs[0].kk(), ", ", advs[1].kk(),
                ", котормочу ", interp.kk(), " катышуусу менен, ачык сот отурумунда\n"]
        out += defendant_intro_ky(ctx, d1, art_ky)
        out += defendant_intro_ky(ctx, d2, art_ky)
        out += ["ТАПТЫ:\n", "Соттолуучулар ", d1.kref(), " жана ", d2.kref(), " алдын ала сүйлөшүп, ", K(bazaar_name, "organization"),
                " базарынын аймагында соодагерлерден ай сайын ", G.amount_ky(5000), " талап кылышкан.\n"]
        for v in victims:
            foreign = {"uz": "Өзбекстан Республикасынын", "tj": "Тажикстан Республикасынын", "tr": "Түркия Республикасынын"}.get(v.people)
            out += ["Жабырлануучу ", v.ky("full"), ctx.bd(v, "ky_year"),
                    [", ", foreign, " жараны, паспорту ", ctx.passport(v, v.people)] if foreign else None,
                    ", ", ctx.addr(("v", v.eid)), " дарегинде жашайт, ",
                    d1.ky("sur"), " ага ", ctx.phone("d1"), " номеринен чалып акча талап кылганын айтты.\n"]
        out += ["Соттолуучулар ", ctx.plate("car"), " мамлекеттик номериндеги автоунаа менен келишкен, ал ", d2.ky("sur", "gen"),
                " атасына таандык. ", G.lookalike_ky(ctx), "\n"]
        out += ["Кыргыз Республикасынын Жазык-процесстик кодексинин ", statute("327–332-беренелерин"), " жетекчиликке алып, сот\nӨКҮМ КЫЛДЫ:\n"]
        for d in (d1, d2):
            out += [d.ky("upper"), " ", statute(art_ky), " боюнча күнөөлүү деп таанылып, ", f"{r.randint(5, 9)} жылга эркинен ажыратылсын.\n"]
    out += G.signature(ctx, lang, judges)
    return dict(pieces=out, court=court, judges=judges, date=date, case_no=case_no,
                kind="verdict", category="criminal", instance="first")


# ------------------------------------------------------------------ poaching / illegal logging
def poaching(ctx, lang):
    r = ctx.rng
    court, judges, sec, date, case_no = setup(ctx, lang, "1")
    d = ctx.person("defendant", "ky", female=False, age=(25, 60))
    acc = ctx.person("witness", "ky", female=False, sur_of=d, patr_from=d, age=(18, 30))  # the son
    w = ctx.person("witness", "ky", female=False)
    ranger = ctx.official("official", "ky")
    pros, adv = ctx.official("prosecutor"), ctx.official("advocate")
    animal = r.choice([("архара", "архар"), ("сибирского горного козла (теке)", "тоо теке"), ("марала", "бугу")])
    logging = r.random() < 0.35
    art = "ч. 2 ст. 302 УК КР" if not logging else "ч. 1 ст. 305 УК КР"
    out = []
    if lang == "ru":
        out += G.header(ctx, lang, court, "ПРИГОВОР", case_no, date, judges, sec)
        out += parties_ru(ctx, pros, [adv], [", представителя потерпевшего — государственного инспектора ", ranger.k("gen"), ",\n"])
        out += ["рассмотрев в открытом судебном заседании уголовное дело в отношении\n"]
        out += defendant_intro_ru(ctx, d, art)
        out += ["УСТАНОВИЛ:\n"]
        if logging:
            out += [d.ref("nom"), " без разрешительных документов срубил в урочище ", K("Кара-Кужур", "place"),
                    " 14 деревьев арчи и вывез их на автомашине ГАЗ-53 с номером ", ctx.plate("car"), ".\n"]
        else:
            out += [d.ref("nom"), " вместе с сыном ", acc.m("full", "ins"), ctx.bd(acc, "year"),
                    ", в урочище ", K("Кара-Кужур", "place"), " без лицензии добыл из охотничьего ружья ", animal[0],
                    " и перевозил тушу на автомашине УАЗ с номером ", ctx.plate("car"), ".\n"]
        out += ["Государственный инспектор ", ranger.k("nom"), " задержал ", d.ref("acc"),
                " на посту у ", K("с. Сары-Ой", "place"), " и составил протокол. Свидетель ", w.m("full", "nom"),
                ", житель ", K("с. Сары-Ой", "place"), ", показал, что ", d.m("given", "nom"), " часто ездил в горы.\n"]
        out += ["Сын подсудимого ", acc.ref("nom"), " пояснил, что не знал об отсутствии лицензии. Причинённый ущерб составил ",
                G.amount_ru(r.randint(100, 800) * 1000), ". ", G.lookalike_ru(ctx), "\n"]
        out += ["Руководствуясь ", statute("ст.ст. 327–332 УПК КР"), ", суд\nПРИГОВОРИЛ:\n", d.m("upper", "acc"),
                " признать виновным по ", statute(art), " и назначить штраф ", G.amount_ru(r.randint(100, 300) * 1000),
                ". Автомашину с номером ", ctx.plate("car"), " вернуть владельцу.\n"]
    else:
        art_ky = "Кыргыз Республикасынын Жазык кодексинин 302-беренесинин 2-бөлүгү" if not logging else "Кыргыз Республикасынын Жазык кодексинин 305-беренесинин 1-бөлүгү"
        out += G.header(ctx, lang, court, "ӨКҮМ", case_no, date, judges, sec)
        out += ["мамлекеттик айыптоочу ", pros.kk(), ", адвокат ", adv.kk(), ", жабырлануучунун өкүлү — мамлекеттик инспектор ",
                ranger.kk(), " катышуусу менен, ачык сот отурумунда\n"]
        out += defendant_intro_ky(ctx, d, art_ky)
        out += ["ТАПТЫ:\n"]
        if logging:
            out += [d.kref(), " уруксатсыз ", K("Кара-Кужур", "place"), " капчыгайында 14 арча кыйып, ",
                    ctx.plate("car"), " номериндеги ГАЗ-53 автоунаасы менен ташыган.\n"]
        else:
            out += [d.kref(), " уулу ", acc.ky("full"), ctx.bd(acc, "ky_year"), " менен бирге ", K("Кара-Кужур", "place"),
                    " капчыгайында лицензиясыз ", animal[1], " атып, этин ", ctx.plate("car"), " номериндеги УАЗ автоунаасы менен ташыган.\n"]
        out += ["Мамлекеттик инспектор ", ranger.kk(), " ", d.ky("inib", "acc"), " ", K("Сары-Ой айылынын", "place"),
                " жанындагы постто кармаган. Күбө ", w.ky("full"), " соттолуучу ", d.ky("given"), " тоого көп барчу экенин айтты. ",
                "Уулу ", acc.kref(), " лицензия жок экенин билбегенин айтты. Келтирилген зыян ", G.amount_ky(r.randint(100, 800) * 1000),
                " түздү. ", G.lookalike_ky(ctx), "\n"]
        out += ["Кыргыз Республикасынын Жазык-процесстик кодексинин ", statute("327–332-беренелерин"), " жетекчиликке алып, сот\nӨКҮМ КЫЛДЫ:\n",
                d.ky("upper"), " ", statute(art_ky), " боюнча күнөөлүү деп таанылсын, ага ", G.amount_ky(r.randint(100, 300) * 1000),
                " айып пул салынсын.\n"]
    out += G.signature(ctx, lang, judges)
    return dict(pieces=out, court=court, judges=judges, date=date, case_no=case_no,
                kind="verdict", category="criminal", instance="first")


# ------------------------------------------------------------------ reconciliation
def reconciliation(ctx, lang):
    r = ctx.rng
    court, judges, sec, date, case_no = setup(ctx, lang, "1")
    d = ctx.person("defendant", age=(18, 60))
    v = ctx.person("victim", age=(18, 70))
    v_rep = ctx.person("representative", v.people, female=not v.female, sur_of=v)
    pros, adv = ctx.official("prosecutor"), ctx.official("advocate")
    art = r.choice(["ч. 1 ст. 130 УК КР", "ч. 1 ст. 201 УК КР", "ст. 139 УК КР"])
    out = []
    if lang == "ru":
        out += G.header(ctx, lang, court, "ПОСТАНОВЛЕНИЕ", case_no, date, judges, sec)
        out += parties_ru(ctx, pros, [adv], [", обвиняем", "ой " if d.female else "ого ", d.m("ini", "gen"),
                                             ", потерпевш", "ей " if v.female else "его ", v.m("ini", "gen"), ",\n"])
        out += ["рассмотрев в открытом судебном заседании ходатайство потерпевш", "ей " if v.female else "его ",
                v.m("full", "gen"), " о прекращении уголовного дела в отношении ", d.m("full", "gen"), ctx.bd(d),
                ", проживающ", "ей" if d.female else "его", " по адресу: ", ctx.addr("d"),
                ", обвиняем", "ой" if d.female else "ого", " по ", statute(art), ",\nУСТАНОВИЛ:\n"]
        out += [d.ref("nom"), " обвиняется в том, что в ходе ссоры у дома по адресу: ", ctx.addr("v"),
                ", где проживает потерпевш", "ая " if v.female else "ий ", v.ref("nom"), ", причинил", "а" if d.female else "",
                " ", "ей" if v.female else "ему", " телесные повреждения.\n"]
        out += ["В суд поступило письменное заявление потерпевш", "ей" if v.female else "его", ": «Я, ", v.m("full", "nom"),
                ", претензий к ", d.m("ini", "dat"), " не имею, ущерб мне возмещён в сумме ", G.amount_ru(r.randint(10, 80) * 1000),
                ", мы примирились». Заявление подтвердил", "а" if v_rep.female else "", " представитель потерпевшего ",
                v_rep.m("full", "nom"), ", тел. ", ctx.phone("v_rep"), ". ", G.lookalike_ru(ctx), "\n"]
        out += ["Обвиняем", "ая " if d.female else "ый ", d.ref("nom"), " и адвокат ", adv.k("nom"),
                " ходатайство поддержали. Прокурор ", pros.k("nom"), " не возражал.\n",
                "Руководствуясь ", statute("ст. 26 УПК КР"), ", суд\nПОСТАНОВИЛ:\n",
                "Уголовное дело в отношении ", d.m("upper", "gen"), " по ", statute(art),
                " прекратить в связи с примирением с потерпевш", "ей" if v.female else "им", ".\n",
                "Постановление может быть обжаловано в ", K(court[5], "court"), " в течение 15 суток.\n"]
    else:
        out += G.header(ctx, lang, court, "ТОКТОМ", case_no, date, judges, sec)
        out += ["мамлекеттик айыптоочу ", pros.kk(), ", адвокат ", adv.kk(), ", айыпталуучу ", d.ky("ini"),
                ", жабырлануучу ", v.ky("ini"), " катышуусу менен, ачык сот отурумунда жабырлануучу ",
                v.ky("full", "gen"), " ", d.ky("full", "dat"), ctx.bd(d), " (", ctx.addr("d"), ") ",
                "карата кылмыш ишин токтотуу жөнүндөгү өтүнүчүн карап чыгып,\nАНЫКТАДЫ:\n"]
        out += [d.kref(), " урушта ", v.ky("inib", "dat"), " дене жаракатын келтирген деп айыпталууда.\n"]
        out += ["Сотко жабырлануучунун орусча арызы келип түштү: «Я, ", v.m("full", "nom"), ", претензий к ",
                d.m("ini", "dat"), " не имею, мы примирились». Арызды жабырлануучунун өкүлү ", v_rep.ky("full"),
                " тастыктады, тел. ", ctx.phone("v_rep"), ". ", G.lookalike_ky(ctx), "\n"]
        out += ["Айыпталуучу ", d.kref(), " жана адвокат ", adv.kk(), " өтүнүчтү колдошту.\nКыргыз Республикасынын Жазык-процесстик кодексинин ",
                statute("26-беренесин"), " жетекчиликке алып, сот\nТОКТОМ КЫЛДЫ:\n", d.ky("upper", "dat"),
                " карата кылмыш иши жабырлануучу менен элдешкендигине байланыштуу токтотулсун.\n"]
    out += G.signature(ctx, lang, judges)
    return dict(pieces=out, court=court, judges=judges, date=date, case_no=case_no,
                kind="resolution", category="criminal", instance="first")
