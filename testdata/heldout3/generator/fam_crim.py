"""Criminal families: pretrial detention, parole, smuggling, robbery by a group."""

from __future__ import annotations

from common import COURTS, Ctx
from core import Doc
from pieces import (court_ky, court_ru, intro_ky, intro_ru, ka, kb, kc, kd, kl, kn, ko, kp, ks,
                    lookalike_ky, lookalike_ru, sign_ky, sign_ru)


def _head_ru(c, d, title, sub=None):
    d.p(kn(c.case_no))
    d.p(title)
    if sub:
        d.p(sub)
    d.blank()
    d.p(kd(c.act_date_ru()), "                         ", kp(c.court[3]))
    d.blank()


def _head_ky(c, d, title):
    d.p(kn(c.case_no))
    d.p(title)
    d.blank()
    d.p(kd(c.act_date_ky()), "                        ", kp(c.court[4]))
    d.blank()


# ======================================================================= detention
def detention(c: Ctx, d: Doc) -> dict:
    r = c.rng
    c.case_no = f"№ 4/1-{r.randint(10, 999)}/{c.year % 100}"
    j = c.official("judge")
    s = c.official("secretary")
    inv = c.official("investigator")
    pros = c.official("prosecutor")
    adv = c.official("advocate")
    sus = c.person("defendant", male=True)
    vic = c.person("victim")
    mother = c.nm_mother(sus)
    art = r.choice([("ч. 1 ст. 130 УК КР", "130-беренесинин 1-бөлүгү"), ("п. 1 ч. 2 ст. 209 УК КР", "209-беренесинин 2-бөлүгүнүн 1-пункту"),
                    ("ч. 3 ст. 205 УК КР", "205-беренесинин 3-бөлүгү")])
    house = r.random() < 0.5
    if d.language == "ru":
        _head_ru(c, d, "П О С Т А Н О В Л Е Н И Е", "об избрании меры пресечения")
        d.p("Следственный судья ", kc(court_ru(c.court[1], "gen")), " ", j.short("nom", "S I.O."),
            ", при секретаре ", s.short("pre", "S I.O."), ", с участием прокурора ", pros.short("gen", "S I.O."),
            ", следователя ", kb("СО УВД"), " ", inv.short("gen", "S I.O."), ", подозреваемого ", sus.full("gen"),
            " и его защитника – адвоката ", adv.short("gen", "S I. O."), ", рассмотрев ходатайство следователя об избрании меры пресечения,")
        d.p("У С Т А Н О В И Л:")
        d.p(c.act_date_ru(c.earlier(2, 5)), " возбуждено уголовное дело по признакам преступления, предусмотренного ",
            ks(art[0]), ", по факту того, что ", sus.full("nom", upper="sur"), ", ", c.birth_ru(sus, case="nom"),
            ", около 22 часов во дворе дома по ", kl(r.choice(["ул. Фрунзе", "ул. Токтогула", "пр. Жибек Жолу"])),
            " нанес ", vic.full("dat"), ", ", c.birth_ru(vic, 4), ", удары ножом.")
        d.p("Подозреваемый ", sus.short("nom", "S I.O."), ", ПИН ", c.pin(sus), ", паспорт ", c.passport_kg(sus),
            ", зарегистрирован по адресу: ", c.address_ru(sus), ", ранее судим, нигде не работает.")
        d.p("Следователь ", inv.short("nom", "I.O. S"), " полагает, что, оставаясь на свободе, ", sus.short("nom", "S"),
            " может оказать давление на потерпевш" + ("его" if vic.male else "ую") + " ", vic.short("acc", "S I.O."),
            ", проживающ" + ("его" if vic.male else "ую") + " по соседству: ", c.address_ru(vic), ".")
        d.p("Защитник ", adv.short("nom", "S I.O."), " просил избрать домашний арест по месту жительства матери подозреваемого ",
            mother.full("gen"), ", которая готова обеспечить надзор. Прокурор ", pros.short("nom", "S I.O."),
            " ходатайство следователя поддержал.")
        d.p("Руководствуясь ", ks("ст.ст. 108, 112 УПК КР"), ", следственный судья")
        d.p("П О С Т А Н О В И Л:")
        if house:
            d.p("Избрать в отношении ", sus.full("gen", upper="all"), " меру пресечения в виде домашнего ареста по адресу: ",
                c.address_ru(mother), ", сроком на 2 (два) месяца.")
        else:
            d.p("Избрать в отношении ", sus.full("gen", upper="all"), " меру пресечения в виде заключения под стражу "
                "сроком на 2 (два) месяца с содержанием в ", kb("СИЗО-1 ГСИН"), ".")
        d.p("Постановление может быть обжаловано в ", kc("Бишкекский городской суд" if c.court[0].startswith("bishkek") else "Чуйский областной суд"),
            " в течение 3 суток.")
        sign_ru(d, j, "Следственный судья")
    else:
        _head_ky(c, d, "Т О К Т О М")
        d.p(kc(court_ky(c.court[2], "gen")), " тергөө судьясы ", j.ky("sur_ini"), ", катчы ", s.ky("sur_ini"),
            ", прокурор ", pros.ky("ini"), ", тергөөчү ", inv.ky("ini"), ", шектүү ", sus.ky("full"),
            " жана анын адвокаты ", adv.ky("ini"), " катышуусунда, тергөөчүнүн бөгөт чарасын тандоо жөнүндө өтүнүчүн карап,")
        d.p("Т А П Т Ы:")
        d.p(intro_ky(c, sus, None, pin=True, passport=True), " ", c.act_date_ky(c.earlier(2, 5), "loc"), " ",
            vic.ky("full", "dat"), " бычак менен жаракат келтирген деп шектелет. Иш ",
            ks(f"КР Жазык кодексинин {art[1]}"), " менен козголгон.")
        d.p("Тергөөчү ", inv.ky("ini"), " шектүү ", sus.ky("sur"), " жабырлануучу ", vic.ky("ini", "acc"),
            " коркутушу мүмкүн экенин, жабырлануучу ", c.address_ky(vic), " дарегинде жашарын көрсөттү. Адвокат ",
            adv.ky("ini"), " шектүүнү энеси ", mother.ky("full", "gen"), " үйүндө үй камагында кармоону суранды.")
        d.p("Тергөө судьясы ", ks("КР ЖПКнын 108, 112-беренелерин"), " жетекчиликке алып,")
        d.p("Т О К Т О М   К Ы Л Д Ы:")
        if house:
            d.p(sus.ky("full", "gen", upper=True), " карата ", c.address_ky(mother), " дарегинде эки айлык мөөнөткө үй камагы бөгөт чарасы тандалсын.")
        else:
            d.p(sus.ky("full", "gen", upper=True), " карата эки айлык мөөнөткө камакка алуу бөгөт чарасы тандалсын.")
        d.p("Токтомго үч күндүн ичинде даттанылышы мүмкүн.")
        sign_ky(d, j, "Тергөө судьясы")
    return dict(kind="resolution", case_category="criminal", instance="first", judges=[j.meta_name()])


# ======================================================================= parole
def parole(c: Ctx, d: Doc) -> dict:
    r = c.rng
    c.case_no = f"№ 4/17-{r.randint(10, 400)}/{c.year % 100}"
    c.court = next(x for x in COURTS if x[0] in ("chui-moskovsky", "chui-sokuluk", "chui-alamudun")) if r.random() < 0.7 else c.court
    j = c.official("judge")
    s = c.official("secretary")
    pros = c.official("prosecutor")
    chief = c.official("official", male=True)
    conv = c.person("defendant", male=True)
    wife = c.nm.relative(conv, "third_party", False)
    wife.birth = (conv.birth[0] + 2, 4, 11)
    kids = [c.child(wife, conv, r.random() < 0.5, carrier=conv) for _ in range(r.choice([1, 2, 3]))]
    old_court = r.choice(COURTS)
    old_judge = c.official("judge")
    colony = f"Исправительного учреждения № {r.choice([3, 16, 19, 27, 31, 47])}"
    old_date = c.earlier(700, 1800)
    if d.language == "ru":
        _head_ru(c, d, "П О С Т А Н О В Л Е Н И Е")
        d.p(kc(c.court[1]), " в составе председательствующего судьи ", j.short("gen", "S I.O."),
            ", при секретаре ", s.short("pre", "S I.O."), ", с участием прокурора по надзору ", pros.short("gen", "S I.O."),
            ", представителя администрации ", kb(colony), " ", chief.short("gen", "S I.O."),
            ", осужденного ", conv.full("gen"), ", рассмотрев ходатайство осужденного об условно-досрочном освобождении,")
        d.p("У С Т А Н О В И Л:")
        d.p("Приговором ", kc(court_ru(old_court[1], "gen")), " от ", c.act_date_ru(old_date), " (судья ",
            old_judge.short("nom", "I.O. S"), ") ", conv.full("nom"), ", ", c.birth_ru(conv, case="nom"), ", ранее проживавший по адресу: ",
            c.address_ru(conv), ", ПИН ", c.pin(conv), ", осужден по ", ks("ч. 2 ст. 200 УК КР"),
            " к 5 годам лишения свободы. Начало срока – ", c.act_date_ru(c.earlier(1000, 1100)) if False else "",
            "отбыл более 2/3 срока наказания.")
        d.p("Из характеристики, подписанной начальником отряда ", chief.short("ins", "S I. O."),
            ", следует, что осужденный ", conv.short("nom", r.choice(["S I.O.", "I.O.S", "S I.O"])),
            " трудоустроен, нарушений режима не имеет, поощрялся 4 раза.")
        d.p("Супруга осужденного ", wife.full("nom"), " в письменном заявлении подтвердила, что ждет мужа по адресу: ",
            c.address_ru(conv), ", где проживают также их дети:")
        for k in kids:
            d.p("– ", k.full("nom"), " (", c.birth_ru(k, r.choice([0, 4])), ");")
        d.p("Связаться с ней можно по телефону ", c.phone(wife), ". ", "Осужденный заявил, что вышел бы на свободу ",
            kl("с надеждой"), " начать честную жизнь, работать в ", ko("ОсОО «Слава-Агро»"), ", куда его готовы принять.")
        d.p("Прокурор ", pros.short("nom", "S I.O."), " не возражал против удовлетворения ходатайства.")
        d.p("Руководствуясь ", ks("ст. 82 УК КР"), ", ", ks("ст. 466 УПК КР"), ", суд")
        d.p("П О С Т А Н О В И Л:")
        d.p("Ходатайство осужденного ", conv.full("gen", upper="all"), " удовлетворить, освободить его условно-досрочно "
            "на неотбытый срок 1 год 3 месяца 12 дней.")
        d.p("Возложить на ", conv.short("acc", "S I.O."), " обязанность встать на учет в ", kb("органе пробации"),
            " по месту жительства.")
        sign_ru(d, j, "Судья")
    else:
        _head_ky(c, d, "Т О К Т О М")
        d.p(kc(c.court[2]), " судья ", j.ky("sur_ini"), ", катчы ", s.ky("sur_ini"), ", көзөмөлдөөчү прокурор ",
            pros.ky("ini"), ", ", kb(f"{r.choice([3, 16, 19, 27, 31, 47])}-Түзөтүү мекемесинин"), " өкүлү ", chief.ky("ini"),
            " катышуусунда, соттолгон ", conv.ky("full", "gen"), " шарттуу түрдө мөөнөтүнөн мурда бошотуу жөнүндө өтүнүчүн карап,")
        d.p("Т А П Т Ы:")
        d.p(kc(court_ky(old_court[2], "gen")), " ", c.act_date_ky(old_date, "attr"), " өкүмү менен (судья ", old_judge.ky("ini"),
            ") ", intro_ky(c, conv, None, pin=True), " ", ks("КР Жазык кодексинин 200-беренесинин 2-бөлүгү"),
            " боюнча 5 жылга эркинен ажыратылган, жазанын үчтөн экисинен көбүн өтөгөн.")
        d.p("Мекеменин мүнөздөмөсү боюнча ", conv.ky("ini"), " эмгекке тартылган, тартип бузган эмес. Жубайы ",
            wife.ky("full"), " (телефону ", c.phone(wife), ") аны балдары менен күтүп жатканын билдирди:")
        for i, k in enumerate(kids, 1):
            d.p(f"{i}) ", k.ky("full"), ", ", c.birth_ky(k, 2), ";")
        d.p("Соттолгон ", lookalike_ky(c), " айтты. ", ko("«Жеңиш-Агро» ЖЧКсы"), " аны жумушка алууга даяр.")
        d.p("Сот ", ks("КР Жазык кодексинин 82-беренесин"), " жетекчиликке алып,")
        d.p("Т О К Т О М   К Ы Л Д Ы:")
        d.p(conv.ky("full", "gen", upper=True), " өтүнүчү канааттандырылсын, ал жазанын өтөлбөгөн мөөнөтүнө шарттуу түрдө мөөнөтүнөн мурда бошотулсун.")
        sign_ky(d, j, "Судья")
    return dict(kind="resolution", case_category="criminal", instance="first", judges=[j.meta_name()])


# ======================================================================= smuggling
def smuggling(c: Ctx, d: Doc) -> dict:
    r = c.rng
    c.case_no = f"№ 1-{r.randint(10, 900)}/{c.year % 100}"
    j = c.official("judge")
    s = c.official("secretary")
    pros = c.official("prosecutor")
    adv = c.official("advocate")
    customs = c.official("official")
    interp = c.official("official", male=False)
    country = r.choice(["kz", "uz", "cn", "ru"])
    people = {"kz": "kz", "uz": "uz", "cn": "cn", "ru": "ru"}[country]
    drv = c.person("defendant", male=True, people=people)
    owner = c.person("third_party", male=True)
    mate = c.person("witness", male=True)
    post = r.choice(["«Ак-Жол»", "«Торугарт»", "«Достук»", "«Чалдовар»", "«Кызыл-Кыя»"])
    cit = {"kz": "Республики Казахстан", "uz": "Республики Узбекистан", "cn": "Китайской Народной Республики",
           "ru": "Российской Федерации"}[country]
    cit_ky = {"kz": "Казакстан Республикасынын", "uz": "Өзбекстан Республикасынын", "cn": "Кытай Эл Республикасынын",
              "ru": "Орусия Федерациясынын"}[country]
    goods = r.choice(["сигарет 1 200 блоков", "лекарственных препаратов 300 упаковок", "мобильных телефонов 150 штук"])
    if d.language == "ru":
        _head_ru(c, d, "П Р И Г О В О Р", "ИМЕНЕМ КЫРГЫЗСКОЙ РЕСПУБЛИКИ")
        d.p(kc(c.court[1]), " в составе председательствующего судьи ", j.short("gen", "S I.O."),
            ", при секретаре ", s.short("pre", "S I.O."), ", с участием государственного обвинителя ", pros.short("gen", "S I.O."),
            ", защитника ", adv.short("gen", "S I.O."), ", переводчика ", interp.short("gen", "S I.O."),
            ", рассмотрев уголовное дело в отношении ", drv.full("gen"), ", ", c.birth_ru(drv), ", гражданина ", cit,
            ", паспорт ", c.passport_foreign(drv, country), ", проживающего по адресу: ",
            c.address_abroad(drv) if country in ("kz", "ru") else c.address_ru(drv, 4),
            ", обвиняемого в совершении преступления, предусмотренного ", ks("ч. 1 ст. 236 УК КР"), ",")
        d.p("У С Т А Н О В И Л:")
        d.p(drv.short("nom", "S I.O."), ", управляя грузовым автомобилем «Volvo» с государственным номером ",
            c.plate(owner) if country != "kz" else c.plate_foreign(owner, "kz"), " и полуприцепом ", c.plate(mate, 2),
            ", принадлежащим ", owner.full("dat"), ", ", c.act_date_ru(c.earlier(60, 200)),
            " на таможенном посту ", kb(post), " ", kb("Государственной таможенной службы"), " пытался переместить через таможенную границу "
            f"ЕАЭС без декларирования партию {goods} на сумму ", ka("2 340 000 сомов"), ".")
        d.p("Инспектор таможни ", customs.short("nom", "S I. O."), " показал, что товар обнаружен в тайнике под грузом угля.")
        d.p("Свидетель ", mate.full("nom"), ", ", c.birth_ru(mate, 2), ", проживающий по адресу: ", c.address_ru(mate),
            ", напарник подсудимого, пояснил, что о тайнике не знал; по просьбе ", drv.gp("gen") if drv.style != "cn" else drv.full("gen"),
            " созванивался с получателем по номеру ", c.phone(mate) if country != "kz" else c.phone_kz(mate), ".")
        d.p("Подсудимый ", drv.short("nom", "S"), " вину признал, раскаялся, пояснил, что пошел на это ", lookalike_ru(c)[0:0] if False else "",
            "ради заработка, так как на иждивении у него трое детей.")
        d.p("Руководствуясь ", ks("ст.ст. 330-332 УПК КР"), ", суд")
        d.p("П Р И Г О В О Р И Л:")
        d.p(drv.full("acc", upper="all"), " признать виновным в совершении преступления, предусмотренного ",
            ks("ч. 1 ст. 236 УК КР"), ", и назначить наказание в виде штрафа в размере ", ka("500 000 сомов"), ".")
        d.p("Вещественные доказательства – товар обратить в доход государства; автомобиль ", c.plate(owner) if country != "kz" else c.plate_foreign(owner, "kz"),
            " вернуть владельцу ", owner.short("dat", "S I.O."), ".")
        d.p("Приговор может быть обжалован в течение 15 суток.")
        sign_ru(d, j)
    else:
        _head_ky(c, d, "Ө К Ү М")
        d.p(kc(c.court[2]), " төрагалык кылуучу ", j.ky("sur_ini"), ", катчы ", s.ky("sur_ini"), ", мамлекеттик айыптоочу ",
            pros.ky("ini"), ", коргоочу ", adv.ky("ini"), ", котормочу ", interp.ky("ini"), " катышуусунда, ",
            cit_ky, " жараны ", drv.ky("full"), " ", c.birth_ky(drv, 1), ", паспорту ", c.passport_foreign(drv, country),
            ", ", ks("КР Жазык кодексинин 236-беренесинин 1-бөлүгү"), " менен айыпталган кылмыш ишин карап,")
        d.p("Т А П Т Ы:")
        d.p(drv.ky("ini") if drv.style != "cn" else drv.ky("full"), " ", owner.ky("full", "gen"), " ",
            c.plate(owner), " мамлекеттик номериндеги жүк ташуучу унаасы менен ", kb(f"{post} бажы бекетинде"),
            " ", ka("2 340 000 сом"), " турган товарды декларациясыз өткөрүүгө аракет кылган.")
        d.p("Бажы инспектору ", customs.ky("ini"), " товар көмүрдүн астынан табылганын көрсөттү. Күбө ", mate.ky("full"), " ",
            c.birth_ky(mate, 1), ", ", c.address_ky(mate), " дарегинде жашаган, жашыруун жай тууралуу билбегенин айтты, алуучу менен ",
            c.phone(mate), " номери аркылуу сүйлөшкөн.")
        d.p("Соттолуучу күнөөсүн мойнуна алып, ", lookalike_ky(c), " айтты.")
        d.p("Сот ", ks("КР ЖПКнын 330-332-беренелерин"), " жетекчиликке алып,")
        d.p("Ө К Ү М   К Ы Л Д Ы:")
        d.p(drv.ky("full", upper=True) if drv.style != "cn" else drv.ky("full"), " күнөөлүү деп табылсын жана ага ",
            ka("500 000 сом"), " айып пул жаза дайындалсын. Унаа ", owner.ky("ini", "dat") if owner.style != "uulu" else owner.ky("full", "dat"), " кайтарылсын.")
        sign_ky(d, j)
    return dict(kind="verdict", case_category="criminal", instance="first", judges=[j.meta_name()])


# ======================================================================= robbery
def robbery(c: Ctx, d: Doc) -> dict:
    r = c.rng
    c.case_no = f"№ 1-{r.randint(10, 900)}/{c.year % 100}"
    j = c.official("judge")
    s = c.official("secretary")
    pros = c.official("prosecutor")
    adv1 = c.official("advocate")
    adv2 = c.official("advocate")
    d1 = c.person("defendant", male=True)
    d2 = c.person("defendant", male=True)
    vic = c.person("victim", male=True)
    w1 = c.person("witness", male=False, people=r.choice(["kg", "ru"]))
    w2 = c.person("witness")
    car = r.choice(["Toyota Corolla", "Honda Odyssey", "Daewoo Nexia", "Kia K5"])
    when = c.earlier(80, 300)
    if d.language == "ru":
        _head_ru(c, d, "П Р И Г О В О Р", "ИМЕНЕМ КЫРГЫЗСКОЙ РЕСПУБЛИКИ")
        d.p(kc(c.court[1]), " в составе председательствующего судьи ", j.short("gen", "S I.O."),
            ", при секретаре ", s.short("pre", "S I.O."), ", с участием прокурора ", pros.short("gen", "S I.O."),
            ", потерпевшего ", vic.short("gen", "S I.O."), ", подсудимых ", d1.short("gen", "S I.O."), " и ",
            d2.short("gen", "S I.O."), ", защитников – адвокатов ", adv1.short("gen", "S I.O."), " и ", adv2.short("gen", "S I.O."),
            ", рассмотрев уголовное дело в отношении:")
        for dd in (d1, d2):
            d.p(intro_ru(c, dd, "gen", pin=True, passport=r.random() < 0.5, upper="sur" if r.random() < 0.4 else None),
                ", ", r.choice(["холостого", "женатого, имеющего двоих детей", "не работающего", "ранее не судимого"]), ";")
        d.p("обвиняемых в совершении преступления, предусмотренного ", ks("п. 2 ч. 2 ст. 204 УК КР"), ",")
        d.p("У С Т А Н О В И Л:")
        d.p(d1.short("nom", "S I.O."), " и ", d2.short("nom", "S I.O."), ", действуя группой лиц по предварительному сговору, ",
            c.act_date_ru(when), " около 23 часов вызвали такси к дому по ", kl("ул. Советской"), ". Водитель ",
            vic.full("nom"), ", ", c.birth_ru(vic, 1), ", на автомашине «", car, "» с номером ", c.plate(vic),
            " довез их до ", kl("ж/м Арча-Бешик"), ", где ", d2.short("nom", "S"), " приставил к его шее нож, а ",
            d1.short("nom", "S"), " забрал выручку ", ka("7 800 сомов"), " и мобильный телефон.")
        d.p("Потерпевший ", vic.short("nom", "S I. O."), ", проживающий по адресу: ", c.address_ru(vic),
            ", в суде пояснил, что подсудимых узнал сразу; номер его похищенного телефона ", c.phone(vic), ".")
        d.p("Свидетель ", w1.full("nom"), " показала, что в ту ночь видела, как ", d1.gp("nom"),
            " пересчитывал деньги у магазина ", ko("«Надежда»"), ". Свидетель ", w2.short("nom", "I. O. S"),
            " подтвердил, что подсудимые продали ему телефон за ", ka("3 000 сомов"), ".")
        d.p("Подсудимый ", d1.short("nom", "S"), " вину признал частично. Подсудимый ", d2.short("nom", "S"),
            " вину не признал. Доводы защиты суд отвергает ", lookalike_ru(c)[0:0] if False else "", "как опровергнутые доказательствами.")
        d.p("Руководствуясь ", ks("ст.ст. 330-334 УПК КР"), ", суд")
        d.p("П Р И Г О В О Р И Л:")
        for dd, yrs in ((d1, "7 (семи)"), (d2, "8 (восьми)")):
            d.p(dd.full("acc", upper="all"), " признать виновным по ", ks("п. 2 ч. 2 ст. 204 УК КР"),
                f" и назначить наказание в виде лишения свободы сроком на {yrs} лет.")
        d.p("Взыскать солидарно с ", d1.short("gen", "S I.O."), " и ", d2.short("gen", "S I.O."), " в пользу ",
            vic.full("gen"), " ", ka("7 800 сомов"), ".")
        sign_ru(d, j)
    else:
        _head_ky(c, d, "Ө К Ү М")
        d.p(kc(c.court[2]), " төрагалык кылуучу ", j.ky("sur_ini"), ", катчы ", s.ky("sur_ini"), ", прокурор ",
            pros.ky("ini"), ", жабырлануучу ", vic.ky("ini"), ", адвокаттар ", adv1.ky("ini"), " жана ", adv2.ky("ini"),
            " катышуусунда, төмөнкүлөргө карата кылмыш ишин карап:")
        for dd in (d1, d2):
            d.p(intro_ky(c, dd, None, pin=True, passport=r.random() < 0.5), ", ", r.choice(["үйлөнгөн", "бойдок", "мурда соттолбогон"]), ";")
        d.p(ks("КР Жазык кодексинин 204-беренесинин 2-бөлүгүнүн 2-пункту"), " менен айыпталган,")
        d.p("Т А П Т Ы:")
        d.p(d1.ky("ini"), " менен ", d2.ky("ini"), " алдын ала сүйлөшүп, ", c.act_date_ky(when, "loc"),
            " такси чакырышкан. Айдоочу ", vic.ky("full"), " ", c.birth_ky(vic, 1), ", ", car, " (", c.plate(vic),
            ") унаасы менен аларды ", kl("Арча-Бешик конушуна"), " жеткирген. Ал жерде ", d2.ky("sur"), " бычак кезеп, ",
            d1.ky("sur"), " ", ka("7 800 сом"), " акчаны жана телефонду тартып алган.")
        d.p("Жабырлануучу ", vic.ky("ini"), " ", c.address_ky(vic), " дарегинде жашайт, уурдалган телефонунун номери ",
            c.phone(vic), ". Күбө ", w1.ky("full"), " ", d1.ky("given", "acc"), " дүкөндүн жанында акча санап турганын көргөн. Күбө ",
            w2.ky("ini"), " телефонду ", d1.ky("ini", "abl"), " сатып алганын айтты.")
        d.p("Сот коргоонун жүйөлөрүн четке кагат. ", kl("Бир күн"), " мурда эле алар бул ниетин жашырбаган.")
        d.p("Сот ", ks("КР ЖПКнын 330-334-беренелерин"), " жетекчиликке алып,")
        d.p("Ө К Ү М   К Ы Л Д Ы:")
        d.p(d1.ky("full", upper=True), " жана ", d2.ky("full", upper=True), " күнөөлүү деп табылсын, ", d1.ky("ini", "dat"),
            " 7 жыл, ", d2.ky("ini", "dat"), " 8 жыл эркинен ажыратуу жазасы дайындалсын. Алардан биргелешип ",
            vic.ky("full", "gen"), " пайдасына ", ka("7 800 сом"), " өндүрүлсүн.")
        sign_ky(d, j)
    return dict(kind="verdict", case_category="criminal", instance="first", judges=[j.meta_name()])
