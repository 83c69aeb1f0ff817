"""The ten template families of the second held-out set.

Each family function writes one act into ``ctx.doc`` and returns its metadata fields.
"""

from __future__ import annotations

from common import (BANKS, COURTS, ECONOMIC, INSURERS, INTERDISTRICT, amount, body,
                    case_number, header, look, new_officials, org, rand_date, signature,
                    statute)
from core import Ident, Kept, _male_surname, write

LOOK_WORDS_RU = {
    "Любовь": ("любовь", "Их любовь к порядку в подъезде соседи не оспаривали. "),
    "Лилия": ("лилии", "Во дворе, по словам свидетелей, росли лилии и розы. "),
    "Лев": ("лев", "На воротах был нарисован лев, что подтверждено фотоснимками. "),
    "Талант": ("талант", "Суд отмечает, что педагогический талант не является предметом спора. "),
    "Максат": ("максат", ""),
    "Эркин": ("эркин", ""),
}
LOOK_WORDS_KY = {
    "Максат": ("максаты", "Доо арыздын максаты — келтирилген зыянды өндүрүү. "),
    "Эркин": ("эркин", "Тараптар өз пикирин эркин билдиришти. "),
    "Бакыт": ("бакыт", "Күбөнүн айтымында, үй-бүлөдө бакыт жок болчу. "),
    "Ырыс": ("ырыс", "Айыл тургундары «ырыс алды — ынтымак» деп айтышат. "),
    "Сезим": ("сезим", "Жабырлануучу коркуу сезими менен жашаганын билдирди. "),
    "Алтынай": ("алтын", "Үйдөн алтын буюмдар табылган жок. "),
    "Талант": ("талант", "Соттун пикиринде, талант бул иште маанилүү эмес. "),
}


def lookalike_sentence(ctx, persons):
    """A sentence with a lowercase common word equal to a participant's given name."""
    table = LOOK_WORDS_KY if ctx.lang == "ky" else LOOK_WORDS_RU
    for p in persons:
        if p.given in table and table[p.given][1]:
            word, sent = table[p.given]
            i = sent.index(word)
            write(ctx, sent[:i] + "[[lookalike|" + word + "]]" + sent[i + len(word):])
            return


# persons schools and streets are named after: (Russian genitive, Kyrgyz nominative)
EPONYMS = [("Т. Сатылганова", "Т. Сатылганов"), ("А. Осмонова", "А. Осмонов"),
           ("К. Тыныстанова", "К. Тыныстанов"), ("Ч. Айтматова", "Ч. Айтматов"),
           ("Б. Бейшеналиевой", "Б. Бейшеналиева"), ("Ж. Баласагына", "Ж. Баласагын"),
           ("С. Чокморова", "С. Чокморов")]

KY_CROSSING = {"пр. Чуй и ул. Абдрахманова": "Чүй проспекти менен Абдрахманов көчөсүнүн",
               "ул. Ахунбаева и ул. Байтик Баатыра": "Ахунбаев жана Байтик Баатыр көчөлөрүнүн",
               "ул. Горького и ул. Раззакова": "Горький жана Раззаков көчөлөрүнүн",
               "пр. Манаса и ул. Фрунзе": "Манас проспекти менен Фрунзе көчөсүнүн"}

# Interpreters, forensic experts, social pedagogues, social workers and bankruptcy
# administrators take part in office: kept as role "official" (the same choice as the
# first held-out set). Set to False to make them private participants instead.
PROFESSIONALS_ARE_OFFICIALS = True


def professional(ctx):
    if PROFESSIONALS_ARE_OFFICIALS:
        return ctx.official("official")
    return ctx.person("third_party", uulu=False)


def pick_court(ctx):
    return ctx.rng.choice(COURTS)


def _meta(kind, category, instance, court, case_no, date, judges):
    y, m, d = date
    return dict(kind=kind, case_category=category, instance=instance, court=court,
                case_number=case_no, decision_date=f"{y:04d}-{m:02d}-{d:02d}",
                judges=[j.form("short") for j in judges])


def p_intro_ru(ctx, p, bd=True, addr=True, pin=False, case="gen"):
    """", 12.03.1985 г.р., проживающего по адресу: …" after a name."""
    r = ctx.rng
    parts = []
    nom = case == "nom"
    born = {("m", False): "родившегося", ("f", False): "родившейся",
            ("m", True): "родившийся", ("f", True): "родившаяся"}[(p.sex, nom)]
    if bd:
        parts.append(r.choice([", {p.bd.num} года рождения", ", {p.bd.num} г.р.",
                               ", " + born + " {p.bd.long}", ", {p.bd.year} года рождения"]))
    if pin:
        parts.append(", ПИН {p.pin}")
    if addr:
        verb = {("m", False): "проживающего", ("f", False): "проживающей",
                ("m", True): "проживающий", ("f", True): "проживающая"}[(p.sex, nom)]
        parts.append(f", {verb} по адресу: " + "{p.addr}")
    write(ctx, "".join(parts), p=p)


def p_intro_ky(ctx, p, bd=True, addr=True, pin=False):
    r = ctx.rng
    parts = []
    if bd:
        parts.append(r.choice([", {p.bd.ky} туулган", ", {p.bd.year}-жылы туулган",
                               ", {p.bd.num}-ж. туулган"]))
    if pin:
        parts.append(", жеке идентификациялык номери {p.pin}")
    if addr:
        parts.append(", {p.addr} дарегинде жашаган")
    write(ctx, "".join(parts), p=p)


# ---------------------------------------------------------------------------
# 1. Eviction: a landlord against tenants (a family sharing the surname)
# ---------------------------------------------------------------------------

def decision_eviction(ctx):
    r = ctx.rng
    court = pick_court(ctx)
    date = rand_date(ctx)
    judge, sec = new_officials(ctx, "judge", "secretary")
    cn = case_number(ctx, "2")
    landlord = ctx.person("plaintiff", sex="m")
    tenant = ctx.person("respondent", sex="m", uulu=False)
    wife = ctx.relative(tenant, "respondent", sex="f")
    child = ctx.relative(tenant, "third_party")
    rep = ctx.person("representative")
    adv = ctx.official("advocate")
    # the landlord's representative shares the judge's surname in some acts
    if r.random() < 0.4:
        rep = ctx.person("representative", sur=_male_surname(judge.sur),
                         people=judge.people, sex=r.choice("mf"))
    flat = Ident(ctx.home_address(), "address", ctx.next_id("ADDR"))
    prop = Ident(f"1-{r.randint(1, 9):02d}-{r.randint(1, 20):02d}-{r.randint(1, 9999):04d}-"
                 f"{r.randint(1, 9999):04d}-01-{r.randint(1, 300):03d}", "property_code",
                 ctx.next_id("PROP"))
    rent = r.choice(["15 000", "22 000", "18 500", "30 000"])
    eponym = r.choice(EPONYMS)
    months = r.randint(3, 11)
    if ctx.lang == "ru":
        header(ctx, "decision", court, cn, date, judge, sec,
               extra=", с участием представителя истца {rep:short:gen}, адвоката ответчиков {adv:short:gen}")
        write(ctx, "гражданское дело по иску {ll:full:gen} к {t:full:dat} и {w:full:dat} о "
              "выселении из жилого помещения и взыскании задолженности по арендной плате,\n\n"
              "УСТАНОВИЛ:\n", ll=landlord, t=tenant, w=wife, rep=rep, adv=adv)
        write(ctx, "{ll:full}", ll=landlord)
        p_intro_ru(ctx, landlord, bd=False, case="nom")
        write(ctx, ", обратился в суд с иском, указывая, что ему на праве собственности "
              "принадлежит квартира, расположенная по адресу: {flat} (код объекта "
              "недвижимости {prop}). По договору найма от 1 марта 2021 года квартира была "
              "передана во временное пользование {t:full:dat}, который вселился в неё вместе "
              "с супругой {w:gp:ins} и " + ("сыном" if child.sex == "m" else "дочерью") + " {c:given:ins}, {c.bd.num} года рождения. "
              "Ежемесячная плата составляла [[amount|" + rent + " сомов]]. С " + str(months)
              + " месяцев ответчики плату не вносят, на звонки по телефону {t.phone} не отвечают.\n",
              ll=landlord, flat=flat, prop=prop, t=tenant, w=wife, c=child)
        write(ctx, "В судебном заседании представитель истца {rep:sg} (по доверенности) иск "
              "поддержал(а) и пояснил(а), что {ll:sur} неоднократно направлял ответчикам "
              "предупреждения. Ответчик {t:short} иск признал частично, пояснив, что "
              "задолженность образовалась из-за болезни супруги {w:short:gen}; "
              "ответчица {w:ini} пояснила, что иного жилья семья {t:sur:gen} не имеет, "
              "а {c:given} учится в [[organization|средней школе № " + str(r.randint(2, 90))
              + " имени " + eponym[0] + "]].\n", rep=rep, ll=landlord, t=tenant, w=wife, c=child)
        lookalike_sentence(ctx, [landlord, tenant, wife, rep])
        write(ctx, "Адвокат {adv:short} просил(а) предоставить отсрочку исполнения решения. "
              "Выслушав стороны, исследовав материалы дела, суд приходит к следующему. "
              "Согласно [[statute|ст. 597 ГК КР]] наймодатель вправе расторгнуть договор при "
              "невнесении платы более шести месяцев, а в силу [[statute|ст. 83 Жилищного "
              "кодекса КР]] наниматели подлежат выселению. Свидетель {wit:full}, соседка "
              "по лестничной площадке, проживающая по адресу: {wit.addr}, показала, что "
              "{t:gp} с семьёй проживает в квартире до настоящего времени.\n",
              adv=adv, t=tenant, wit=ctx.person("witness", sex="f"))
        write(ctx, "На основании изложенного, руководствуясь [[statute|ст. 200-205 ГПК КР]], суд\n\n"
              "РЕШИЛ:\n"
              "Иск {ll:short:gen} удовлетворить частично. Выселить {T:up:acc}, {W:up:acc} и "
              "{c:sg:acc} из квартиры по адресу: {flat}. Взыскать солидарно с {t:short:gen} и "
              "{w:short:gen} в пользу {ll:short:gen} задолженность в размере [[amount|"
              + f"{int(rent.replace(' ', '')) * months:,}".replace(",", " ")
              + " сомов]]. Предоставить отсрочку исполнения решения на три месяца.\n"
              "Решение может быть обжаловано в течение 30 дней.",
              ll=landlord, T=tenant, W=wife, c=child, flat=flat, t=tenant, w=wife)
    else:
        header(ctx, "decision", court, cn, date, judge, sec,
               extra=", доогердин өкүлү {rep:short}, жоопкерлердин адвокаты {adv:short}")
        write(ctx, "{ll:full:gen} {t:full:ga} жана {w:full:ga} карата турак жайдан чыгаруу жана "
              "ижара акысы боюнча карызды өндүрүү жөнүндө доо арызы боюнча жарандык ишти карап,\n\n"
              "ТАПТЫ:\n".replace("{t:full:ga}", "{t:full:dat}").replace("{w:full:ga}", "{w:full:dat}"),
              ll=landlord, t=tenant, w=wife, rep=rep, adv=adv)
        write(ctx, "Доогер {ll:full}", ll=landlord)
        p_intro_ky(ctx, landlord, bd=False)
        write(ctx, ", сотко доо арыз менен кайрылып, ага менчик укугунда {flat} дарегиндеги "
              "батир таандык экенин (кыймылсыз мүлк объектисинин коду {prop}) көрсөткөн. "
              "2021-жылдын 1-мартындагы ижара келишими боюнча батир {t:full:dat} убактылуу "
              "пайдаланууга берилген, ал жубайы {w:gp} жана баласы {c:given} ({c.bd.num}-ж.т.) "
              "менен көчүп келген. Айлык ижара акысы [[amount|" + rent + " сом]] болгон. "
              + str(months) + " айдан бери жоопкерлер акы төлөбөй, {t.phone} телефону аркылуу "
              "байланышка чыкпай келет.\n", flat=flat, prop=prop, t=tenant, w=wife, c=child)
        write(ctx, "Сот отурумунда доогердин өкүлү {rep:sg} доону колдоп, {ll:sur} "
              "жоопкерлерге бир нече жолу эскертүү жибергенин түшүндүрдү. Жоопкер {t:short} "
              "доону жарым-жартылай таанып, карыз жубайы {w:ini:gen} ооруп калганынан "
              "улам пайда болгонун айтты. {w:ini} үй-бүлөнүн башка турак жайы жок экенин, "
              "{c:given} азыр [[organization|" + eponym[1] + " атындагы " + str(r.randint(2, 90))
              + "-орто мектебинде]] окуй турганын билдирди.\n",
              rep=rep, ll=landlord, t=tenant, w=wife, c=child)
        lookalike_sentence(ctx, [landlord, tenant, wife, rep])
        write(ctx, "Адвокат {adv:short} чечимди аткарууну кийинкиге калтырууну суранды. "
              "[[statute|Кыргыз Республикасынын Жарандык кодексинин 597-беренесине]] ылайык "
              "ижарачы алты айдан ашык акы төлөбөсө, келишим бузулушу мүмкүн. Күбө {wit:full}, "
              "{wit.addr} дарегинде жашаган коңшусу, {t:gp:nom} үй-бүлөсү менен азыр да батирде "
              "жашай турганын көрсөттү.\n", adv=adv, t=tenant, wit=ctx.person("witness", sex="f"))
        write(ctx, "Баяндалгандардын негизинде, [[statute|КР ЖПКнын 200-205-беренелерин]] "
              "жетекчиликке алып, сот\n\nЧЕЧТИ:\n"
              "{ll:short:gen} доосу жарым-жартылай канааттандырылсын. {T:up}, {W:up} жана "
              "{c:sg} {flat} дарегиндеги батирден чыгарылсын. {t:short:abl} жана "
              "{w:short:abl} {ll:short:gen} пайдасына [[amount|"
              + f"{int(rent.replace(' ', '')) * months:,}".replace(",", " ")
              + " сом]] карыз биргелешип өндүрүлсүн.\nЧечимге 30 күндүн ичинде даттанууга болот.",
              ll=landlord, T=tenant, W=wife, c=child, flat=flat, t=tenant, w=wife)
    signature(ctx, judge)
    return _meta("decision", "civil", "first", court, cn, date, [judge])


# ---------------------------------------------------------------------------
# 2. Road accident: civil claim against the driver and an insurance company
# ---------------------------------------------------------------------------

def decision_accident_insurance(ctx):
    r = ctx.rng
    court = pick_court(ctx)
    date = rand_date(ctx)
    judge, sec = new_officials(ctx, "judge", "secretary")
    cn = case_number(ctx, "2")
    victim = ctx.person("plaintiff")
    driver = ctx.person("respondent", sex="m")
    owner = ctx.person("third_party") if r.random() < 0.6 else None
    ins_rep = ctx.person("representative")
    insurer = r.choice(INSURERS)
    expert = professional(ctx)
    car1 = Ident(ctx.plate(), "plate", ctx.next_id("PLATE"))
    car2 = Ident(ctx.plate() if r.random() < 0.7 else
                 f"{r.randint(100, 999)} {''.join(r.choice('ABEKMHOPTX') for _ in range(3))} 02",
                 "plate", ctx.next_id("PLATE"))
    sum_ = r.choice(["184 300", "96 750", "312 000", "57 400"])
    crossing = r.choice(["пр. Чуй и ул. Абдрахманова", "ул. Ахунбаева и ул. Байтик Баатыра",
                         "ул. Горького и ул. Раззакова", "пр. Манаса и ул. Фрунзе"])
    if ctx.lang == "ru":
        header(ctx, "decision", court, cn, date, judge, sec)
        write(ctx, "гражданское дело по иску {v:full:gen} к {d:full:dat} и "
              "[[organization|" + insurer + "]] о возмещении материального ущерба и морального "
              "вреда, причинённых в результате дорожно-транспортного происшествия,\n\nУСТАНОВИЛ:\n",
              v=victim, d=driver)
        write(ctx, "{v:sg}", v=victim)
        p_intro_ru(ctx, victim, bd=True, case="nom")
        write(ctx, ", <v|обратился|обратилась> в суд, указав, что " + str(r.randint(1, 28))
              + " " + r.choice(["мая", "июня", "октября"]) + " 2023 года на перекрёстке "
              "[[lookalike|" + crossing + "]] водитель {d:full}, управляя автомашиной "
              "«Toyota Camry» с государственным номером {car2}, допустил столкновение с "
              "автомашиной «Honda Fit» с номером {car1}, <v|принадлежащей истцу|принадлежащей истице>. ",
              v=victim, d=driver, car1=car1, car2=car2)
        if owner:
            write(ctx, "Собственником автомашины {car2} является {o:full}, {o.bd.year} года "
                  "рождения, <o|передавший|передавшая> её {d:sur:dat} по доверенности. ", o=owner, d=driver,
                  car2=car2)
        write(ctx, "Гражданская ответственность {d:sur:gen} застрахована в [[organization|"
              + insurer + "]] (полис ОСАГО), однако страховщик выплатил лишь часть суммы.\n"
              "В судебном заседании истец просил взыскать [[amount|" + sum_ + " сомов]]. "
              "Представитель страховой компании {ir:short} иск не признал(а), сославшись на "
              "заключение эксперта. Ответчик {d:ini} пояснил, что вину признаёт, но сумма "
              "завышена; для связи указал телефон {d.phone}.\n",
              d=driver, ir=ins_rep)
        write(ctx, "Согласно заключению судебного эксперта {ex:short} стоимость "
              "восстановительного ремонта составляет [[amount|" + sum_ + " сомов]]. Постановлением "
              "[[state_body|УПСМ ГУВД г. Бишкек]] {d:short} привлечён к ответственности по "
              "[[statute|ст. 141 Кодекса о правонарушениях КР]]. Суд, руководствуясь "
              "[[statute|ст. 1006 ГК КР]] и [[statute|Законом КР «Об обязательном страховании "
              "гражданской ответственности владельцев автотранспортных средств»]],\n\nРЕШИЛ:\n"
              "Иск {v:short:gen} удовлетворить. Взыскать с [[organization|" + insurer + "]] в "
              "пользу {v:upsur:gen} страховое возмещение, а с {D:up:gen} — разницу в размере "
              "[[amount|" + str(r.randint(10, 90)) + " 000 сомов]] и компенсацию морального вреда. "
              "Перечисление произвести на счёт {v.acc} в [[organization|" + r.choice(BANKS) + "]].",
              ex=expert, d=driver, D=driver, v=victim)
    else:
        header(ctx, "decision", court, cn, date, judge, sec)
        write(ctx, "{v:full:gen} {d:full:dat} жана [[organization|" + insurer + "]] карата "
              "жол-транспорт окуясынан келтирилген материалдык жана моралдык зыянды өндүрүү "
              "жөнүндө доо арызы боюнча жарандык ишти карап,\n\nТАПТЫ:\n", v=victim, d=driver)
        write(ctx, "Доогер {v:sg}", v=victim)
        p_intro_ky(ctx, victim)
        write(ctx, ", сотко кайрылып, 2023-жылдын " + str(r.randint(1, 28)) + "-майында "
              "[[lookalike|" + KY_CROSSING[crossing] + "]] кесилишинде айдоочу {d:full}, мамлекеттик номери {car2} болгон «Toyota "
              "Camry» унаасын башкарып баратып, доогерге таандык {car1} номериндеги «Honda Fit» "
              "унаасы менен кагышып кеткенин көрсөткөн. ", v=victim, d=driver, car1=car1, car2=car2)
        if owner:
            write(ctx, "{car2} унаасынын ээси {o:full} ({o.bd.year}-жылы туулган), ал унааны "
                  "ишеним кат менен {d:sur:dat} берген. ", o=owner, d=driver, car2=car2)
        write(ctx, "{d:sur:gen} жарандык жоопкерчилиги [[organization|" + insurer + "]] "
              "компаниясында камсыздандырылган, бирок камсыздандыруучу сумманын бир бөлүгүн "
              "гана төлөгөн.\nКамсыздандыруу компаниясынын өкүлү {ir:short} доону тааныган жок. "
              "Жоопкер {d:ini} күнөөсүн мойнуна алды, байланыш телефону {d.phone}.\n"
              "Сот-эксперти {ex:short} корутундусу боюнча оңдоонун наркы [[amount|" + sum_
              + " сом]] түзөт. [[statute|КР Жарандык кодексинин 1006-беренесин]] жетекчиликке "
              "алып, сот\n\nЧЕЧТИ:\n{v:short:gen} доосу канааттандырылсын. [[organization|"
              + insurer + "]] {V:upsur:gen} пайдасына камсыздандыруу төлөмүн, ал эми {D:up:abl} "
              "калган айырманы төлөсүн. Акча {v.acc} эсебине которулсун.",
              d=driver, ir=ins_rep, ex=expert, v=victim, V=victim, D=driver)
    signature(ctx, judge)
    return _meta("decision", "civil", "first", court, cn, date, [judge])


# ---------------------------------------------------------------------------
# 3. Domestic violence: a protection order / offence of family violence
# ---------------------------------------------------------------------------

def resolution_protection_order(ctx):
    r = ctx.rng
    court = pick_court(ctx)
    date = rand_date(ctx)
    judge, sec = new_officials(ctx, "judge", "secretary")
    cn = f"5-{r.randint(100, 999)}/{r.randint(22, 25)}"
    hus = ctx.person("defendant", sex="m", uulu=False)
    wife = ctx.relative(hus, "victim", sex="f")
    kid1 = ctx.relative(hus, "third_party", sex="m")
    kid2 = ctx.relative(hus, "third_party", sex="f")
    mother_in_law = ctx.relative(hus, "witness", sex="f")
    inspector = ctx.official("official")
    social = professional(ctx)
    y = r.randint(2023, 2025)
    if ctx.lang == "ru":
        header(ctx, "resolution", court, cn, date, judge, sec,
               extra=", с участием потерпевшей {w:full:gen}")
        write(ctx, "дело о правонарушении, предусмотренном [[statute|ст. 70 Кодекса Кыргызской "
              "Республики о правонарушениях]] (семейное насилие), в отношении\n{H:up}",
              w=wife, H=hus)
        write(ctx, ", {h.bd.num} года рождения, уроженца " + r.choice(["с. Кызыл-Суу", "г. Токмок", "с. Баетово"])
              + ", гражданина КР, ПИН {h.pin}, проживающего по адресу: {h.addr}, "
              "работающего " + r.choice(["водителем", "сварщиком", "охранником"])
              + ", паспорт {h.passport},\n\nУСТАНОВИЛ:\n", h=hus)
        write(ctx, "Участковый инспектор милиции [[state_body|ОВД Первомайского района]] "
              "{ins:short} составил протокол о том, что " + str(r.randint(1, 28)) + ".0"
              + str(r.randint(1, 9)) + "." + str(y) + " около 23 часов {h:sur} по месту "
              "жительства, находясь в состоянии алкогольного опьянения, выражался "
              "нецензурной бранью в адрес супруги {w:gp:gen} и толкнул её, в присутствии "
              "несовершеннолетних детей {k1:given:gen} и {k2:given:gen}. Потерпевшей выдан "
              "временный охранный ордер.\n", ins=inspector, h=hus, w=wife, k1=kid1, k2=kid2)
        write(ctx, "В суде {h:short} вину признал частично. Потерпевшая {w:short} пояснила, "
              "что подобное повторяется, и просила применить к мужу меры воздействия. "
              "Свидетель {m:sg}, мать правонарушителя, показала, что {h:given} и {w:given} "
              "ссорились и ранее. Специалист [[state_body|управления социального развития]] "
              "{soc:short} сообщил(а), что семья {h:sur:gen} поставлена на учёт, а дети "
              "{k1:gp} и {k2:gp} нуждаются в психологической помощи. ",
              h=hus, w=wife, m=mother_in_law, soc=social, k1=kid1, k2=kid2)
        lookalike_sentence(ctx, [wife, kid1, kid2, mother_in_law])
        write(ctx, "\nОценив доказательства, руководствуясь [[statute|Законом КР «Об охране и "
              "защите от семейного насилия»]], суд\n\nПОСТАНОВИЛ:\n"
              "Признать {h:full:acc} виновным в совершении правонарушения, предусмотренного "
              "[[statute|ст. 70 КоП КР]], и назначить наказание в виде штрафа в размере "
              "[[amount|" + r.choice(["5 000", "7 500", "10 000"]) + " сомов]]. Продлить "
              "охранный ордер в отношении {W:full:gen} на 30 суток; запретить {h:sur:dat} "
              "приближаться к потерпевшей и звонить ей по номеру {w.phone}. Направить {h:ini:acc} "
              "на коррекционную программу.", h=hus, W=wife, w=wife)
    else:
        header(ctx, "resolution", court, cn, date, judge, sec,
               extra=", жабырлануучу {w:full}")
        write(ctx, "[[statute|Кыргыз Республикасынын Укук бузуулар жөнүндө кодексинин "
              "70-беренеси]] (үй-бүлөлүк зомбулук) боюнча укук бузуу жөнүндө ишти\n{H:up}",
              w=wife, H=hus)
        write(ctx, ", {h.bd.ky} туулган, КР жараны, ЖИН {h.pin}, {h.addr} дарегинде "
              "жашаган, паспорту {h.passport}, карата карап,\n\nТАПТЫ:\n", h=hus)
        write(ctx, "[[state_body|Ички иштер бөлүмүнүн]] участкалык инспектору {ins:short} "
              "протокол түзүп, " + str(y) + "-жылдын " + str(r.randint(1, 28)) + "-мартында "
              "саат 23тө {h:sur} мас абалында жубайы {w:gp:acc} сөгүп, түртүп жибергенин, "
              "муну жашы жете элек балдары {k1:given} менен {k2:given} көргөнүн көрсөткөн. "
              "Жабырлануучуга убактылуу коргоо ордери берилген.\n",
              ins=inspector, h=hus, w=wife, k1=kid1, k2=kid2)
        write(ctx, "Сотто {h:short} күнөөсүн жарым-жартылай таныды. Жабырлануучу {w:ini} "
              "мындай окуялар мурда да болгонун айтты. Күбө {m:sg}, укук бузуучунун "
              "апасы, {h:given:nom} менен {w:given:nom} мурда да урушканын көрсөттү. "
              "[[state_body|Социалдык өнүктүрүү башкармалыгынын]] адиси {soc:short} "
              "{h:sur:gen} үй-бүлөсү каттоого алынганын, {k1:given:dat} жана {k2:given:dat} "
              "психологиялык жардам керек экенин билдирди. ",
              h=hus, w=wife, m=mother_in_law, soc=social, k1=kid1, k2=kid2)
        lookalike_sentence(ctx, [wife, kid1, kid2, mother_in_law, hus])
        write(ctx, "\nБаяндалгандардын негизинде сот\n\nТОКТОМ КЫЛДЫ:\n"
              "{h:full} [[statute|КР УБКнын 70-беренеси]] боюнча күнөөлүү деп табылып, ага "
              "[[amount|" + r.choice(["5 000", "7 500", "10 000"]) + " сом]] айып салынсын. "
              "{W:full:gen} коргоо ордери 30 суткага узартылсын; {h:sur:dat} жабырлануучуга "
              "жакындоого жана {w.phone} номерине чалууга тыюу салынсын.",
              h=hus, W=wife, w=wife)
    signature(ctx, judge)
    return _meta("resolution", "misdemeanor", "first", court, cn, date, [judge])


# ---------------------------------------------------------------------------
# 4. Bribery: the defendant is an official (a private person here), the
#    investigator, prosecutor and advocate act in office
# ---------------------------------------------------------------------------

def verdict_bribery_official(ctx):
    r = ctx.rng
    court = pick_court(ctx)
    date = rand_date(ctx)
    judge, sec, pros, adv, inv = new_officials(ctx, "judge", "secretary", "prosecutor",
                                                "advocate", "investigator")
    dfn = ctx.person("defendant", uulu=False)
    giver = ctx.person("witness", sex="m")
    colleague = ctx.person("witness")
    post = r.choice([("главного специалиста отдела архитектуры мэрии", "мэриянын архитектура бөлүмүнүн башкы адиси"),
                     ("начальника отдела земельных ресурсов айыл окмоту", "айыл өкмөтүнүн жер ресурстары бөлүмүнүн башчысы"),
                     ("инспектора налоговой службы", "салык кызматынын инспектору")])
    sum_ = r.choice(["50 000", "1 500 долларов США", "120 000", "30 000"])
    if ctx.lang == "ru":
        header(ctx, "verdict", court, cn := case_number(ctx, "1"), date, judge, sec,
               extra=", с участием государственного обвинителя — прокурора {pr:short:gen}, "
               "защитника — адвоката {ad:short:gen}, <d|подсудимого|подсудимой> {d:full:gen}")
        write(ctx, "уголовное дело в отношении\n{D:upsur:gen}", pr=pros, ad=adv, d=dfn, D=dfn)
        p_intro_ru(ctx, dfn, pin=True)
        write(ctx, ", <d|занимавшего|занимавшей> должность " + post[0] + ", ранее не "
              "<d|судимого|судимой>,\n<d|обвиняемого|обвиняемой> в совершении преступления, "
              "предусмотренного [[statute|ч. 2 ст. 342 УК КР]],\n\nУСТАНОВИЛ:\n", d=dfn)
        write(ctx, "{d:short}, являясь должностным лицом, " + str(r.randint(2, 27))
              + " апреля 2023 года в служебном кабинете по [[lookalike|ул. Абдрахманова]] "
              "получил(а) от гражданина {g:full:gen} взятку в размере [[amount|" + sum_
              + " сомов]] за ускорение выдачи документов. Передача денег задокументирована "
              "сотрудниками [[state_body|ГКНБ КР]].\n<d|Допрошенный в суде подсудимый|Допрошенная в суде подсудимая> {d:sur} "
              "вину не <d|признал|признала>, пояснив, что {g:sg} возвращал <d|ему|ей> долг. Свидетель {g:ini} "
              "показал, что деньги требовались именно за подпись {d:sur:gen}; номер его "
              "телефона {g.phone}. Свидетель {c:full}, коллега <d|подсудимого|подсудимой>, подтвердил(а), "
              "что {d:gp} <d|принимал|принимала> посетителей без записи. Следователь {iv:short} в суде "
              "пояснил(а) ход оперативного эксперимента.\n",
              d=dfn, g=giver, c=colleague, iv=inv)
        lookalike_sentence(ctx, [dfn, giver, colleague])
        write(ctx, "Государственный обвинитель {pr:short} просил(а) назначить наказание в виде "
              "лишения свободы. Адвокат {ad:ini} просил(а) оправдать <d|подзащитного|подзащитную>. Суд "
              "квалифицирует действия {d:short:gen} по [[statute|ч. 2 ст. 342 УК КР]].\n"
              "Руководствуясь [[statute|ст. 311-315 УПК КР]], суд\n\nПРИГОВОРИЛ:\n"
              "{D:up:acc} признать виновным(-ой) в совершении преступления, предусмотренного "
              "[[statute|ч. 2 ст. 342 УК КР]], и назначить наказание в виде лишения свободы "
              "сроком на " + str(r.randint(5, 8)) + " лет с лишением права занимать "
              "должности на государственной службе. Вещественные доказательства — денежные "
              "купюры — обратить в доход государства. Паспорт {d.passport} вернуть {d:short:dat} после вступления приговора в силу.",
              pr=pros, ad=adv, d=dfn, D=dfn)
    else:
        header(ctx, "verdict", court, cn := case_number(ctx, "1"), date, judge, sec,
               extra=", мамлекеттик айыптоочу — прокурор {pr:short}, коргоочу — адвокат "
               "{ad:short}, соттолуучу {d:full}")
        write(ctx, "соттолуучу\n{D:upsur}", pr=pros, ad=adv, d=dfn, D=dfn)
        p_intro_ky(ctx, dfn, pin=True)
        write(ctx, ", " + post[1] + " кызматында иштеген, мурда соттолбогон, "
              "[[statute|КР Кылмыш-жаза кодексинин 342-беренесинин 2-бөлүгү]] менен "
              "айыпталган кылмыш иши боюнча,\n\nТАПТЫ:\n")
        write(ctx, "{d:short}, кызмат адамы болуп туруп, 2023-жылдын " + str(r.randint(2, 27))
              + "-апрелинде [[lookalike|Абдрахманов көчөсүндөгү]] кызматтык кабинетинде жаран "
              "{g:full:abl} документтерди тездетип берүү үчүн [[amount|" + sum_ + " сом]] "
              "пара алган. Акча берүү [[state_body|КР УКМКнын]] кызматкерлери тарабынан "
              "документтештирилген.\nСоттолуучу {d:sur} күнөөсүн мойнуна алган жок, {g:sg} "
              "ага карызын кайтарганын айтты. Күбө {g:ini} акча {d:sur:gen} колу үчүн "
              "талап кылынганын көрсөттү, телефону {g.phone}. Күбө {c:full}, соттолуучунун "
              "кесиптеши, {d:gp} кабыл алууну жазуусуз жүргүзгөнүн ырастады. Тергөөчү "
              "{iv:short} оперативдик эксперименттин жүрүшүн түшүндүрдү.\n",
              d=dfn, g=giver, c=colleague, iv=inv)
        lookalike_sentence(ctx, [dfn, giver, colleague])
        write(ctx, "Мамлекеттик айыптоочу {pr:short} [[lookalike|эркинен]] ажыратуу жазасын сурады. "
              "Адвокат {ad:ini} актоону сурады.\n[[statute|КР ЖПКнын 311-315-беренелерин]] "
              "жетекчиликке алып, сот\n\nӨКҮМ КЫЛДЫ:\n"
              "{D:up} [[statute|КР КЖКнын 342-беренесинин 2-бөлүгү]] боюнча күнөөлүү деп "
              "табылсын жана " + str(r.randint(5, 8)) + " жылга [[lookalike|эркинен]] ажыратылсын. "
              "Паспорту {d.passport} {d:short:dat} кайтарылсын.",
              pr=pros, ad=adv, d=dfn, D=dfn)
    signature(ctx, judge)
    return _meta("verdict", "criminal", "first", court, cn, date, [judge])


# ---------------------------------------------------------------------------
# 5. Juvenile: minor defendant, legal representative (parent), social pedagogue
# ---------------------------------------------------------------------------

def verdict_juvenile(ctx):
    r = ctx.rng
    court = pick_court(ctx)
    date = rand_date(ctx)
    judge, sec, pros, adv = new_officials(ctx, "judge", "secretary", "prosecutor", "advocate")
    ctx.birth_year_hint = r.randint(2007, 2009)
    minor = ctx.person("defendant", sex="m", uulu=False)
    ctx.birth_year_hint = None
    parent = ctx.relative(minor, "representative", sex="f")
    pedagogue = professional(ctx)
    victim = ctx.person("victim")
    accomplice = ctx.person("witness", sex="m")
    shop = r.choice(["«Глобус»", "«Народный»", "«Фрунзе»"])
    eponym = r.choice(EPONYMS)
    cn = case_number(ctx, "1")
    if ctx.lang == "ru":
        header(ctx, "verdict", court, cn, date, judge, sec,
               extra=", с участием прокурора {pr:short:gen}, адвоката {ad:short:gen}, "
               "законного представителя несовершеннолетнего подсудимого {lr:full:gen}, "
               "социального педагога {pd:short:gen}")
        write(ctx, "уголовное дело в отношении несовершеннолетнего\n{m:full:gen}",
              pr=pros, ad=adv, lr=parent, pd=pedagogue, m=minor)
        p_intro_ru(ctx, minor)
        write(ctx, ", учащегося " + str(r.randint(8, 11)) + " класса [[organization|школы-гимназии "
              "№ " + str(r.randint(3, 70)) + " им. " + eponym[0] + "]], обвиняемого по [[statute|п. 2 "
              "ч. 2 ст. 201 УК КР]],\n\nУСТАНОВИЛ:\n")
        write(ctx, "Несовершеннолетний {m:short} по предварительному сговору с {a:full:ins}, "
              "уголовное дело в отношении которого выделено, " + str(r.randint(1, 28))
              + " ноября 2023 года возле магазина [[organization|" + shop + "]] открыто "
              "похитил у {v:full:gen} мобильный телефон стоимостью [[amount|"
              + r.choice(["18 000", "24 500", "9 900"]) + " сомов]].\nПодсудимый {m:ini} вину "
              "признал полностью и раскаялся. Законный представитель — мать подсудимого "
              "{lr:short} — пояснила, что сын воспитывается без отца, характеризуется "
              "положительно; её телефон {lr.phone}. Социальный педагог {pd:ini} сообщил(а), "
              "что {m:given} пропускал занятия, однако с сентября посещает секцию. "
              "<v|Потерпевший|Потерпевшая> {v:sg}, <v|проживающий|проживающая> по адресу: {v.addr}, ущерб "
              "возмещён, претензий к {m:sur:dat} не имеет.\n",
              m=minor, a=accomplice, v=victim, lr=parent, pd=pedagogue)
        lookalike_sentence(ctx, [minor, parent, victim])
        write(ctx, "Учитывая возраст подсудимого, руководствуясь [[statute|ст. 86 УК КР]] и "
              "[[statute|ст. 311-315 УПК КР]], суд\n\nПРИГОВОРИЛ:\n"
              "{M:up:acc} признать виновным по [[statute|п. 2 ч. 2 ст. 201 УК КР]] и назначить "
              "пробационный надзор сроком на 1 год. Контроль возложить на [[state_body|орган "
              "пробации]]. Разъяснить законному представителю {lr:gp:dat} обязанности по "
              "надзору.", M=minor, lr=parent)
    else:
        header(ctx, "verdict", court, cn, date, judge, sec,
               extra=", прокурор {pr:short}, адвокат {ad:short}, жашы жете элек "
               "соттолуучунун мыйзамдуу өкүлү {lr:full}, социалдык педагог {pd:short}")
        write(ctx, "жашы жете элек\n{m:full}", pr=pros, ad=adv, lr=parent, pd=pedagogue,
              m=minor)
        p_intro_ky(ctx, minor)
        write(ctx, ", [[organization|" + eponym[1] + " атындагы " + str(r.randint(3, 70))
              + "-мектеп-гимназиянын]] " + str(r.randint(8, 11)) + "-классынын окуучусу, "
              "[[statute|КР КЖКнын 201-беренесинин 2-бөлүгүнүн 2-пункту]] боюнча "
              "айыпталган кылмыш ишин карап,\n\nТАПТЫ:\n",)
        write(ctx, "Жашы жете элек {m:short} {a:full} менен алдын ала сүйлөшүп, "
              "2023-жылдын " + str(r.randint(1, 28)) + "-ноябрында [[organization|" + shop
              + "]] дүкөнүнүн жанында {v:full:abl} [[amount|" + r.choice(["18 000", "24 500"])
              + " сом]] турган уюлдук телефонун ачык уурдап алган.\nСоттолуучу {m:ini} "
              "күнөөсүн толук мойнуна алды. Мыйзамдуу өкүлү — апасы {lr:short} — уулу "
              "атасыз тарбияланып жатканын айтты, телефону {lr.phone}. Социалдык педагог "
              "{pd:ini} окуучу {m:given:nom} сабакка катышпай калганын, бирок сентябрдан бери "
              "секцияга барып жүргөнүн билдирди. Жабырлануучу {v:sg}, {v.addr} дарегинде "
              "жашаган, зыян толугу менен төлөнгөнүн, {m:sur:dat} доосу жок экенин айтты.\n",
              m=minor, a=accomplice, v=victim, lr=parent, pd=pedagogue)
        lookalike_sentence(ctx, [minor, parent, victim])
        write(ctx, "[[statute|КР ЖПКнын 311-315-беренелерин]] жетекчиликке алып, сот\n\n"
              "ӨКҮМ КЫЛДЫ:\n{M:up} [[statute|КР КЖКнын 201-беренесинин 2-бөлүгү]] боюнча "
              "күнөөлүү деп табылсын жана ага 1 жылга пробациялык көзөмөл дайындалсын. "
              "Мыйзамдуу өкүл {lr:gp:dat} милдеттери түшүндүрүлсүн.", M=minor, lr=parent)
    signature(ctx, judge)
    return _meta("verdict", "criminal", "first", court, cn, date, [judge])


# ---------------------------------------------------------------------------
# 6. Migration / extradition: a foreign citizen with a passport of another country
# ---------------------------------------------------------------------------

COUNTRY = {"uzbek": ("Республики Узбекистан", "Өзбекстан Республикасынын"),
           "tajik": ("Республики Таджикистан", "Тажикстан Республикасынын"),
           "kazakh": ("Республики Казахстан", "Казакстан Республикасынын"),
           "russian": ("Российской Федерации", "Россия Федерациясынын"),
           "azeri": ("Азербайджанской Республики", "Азербайжан Республикасынын"),
           "armenian": ("Республики Армения", "Армения Республикасынын"),
           "turkish": ("Турецкой Республики", "Түркия Республикасынын")}


def ruling_migration(ctx):
    r = ctx.rng
    people = r.choice(list(COUNTRY))
    extradition = r.random() < 0.5 and ctx.lang == "ru"
    court = INTERDISTRICT if not extradition else pick_court(ctx)
    date = rand_date(ctx)
    judge, sec, pros = new_officials(ctx, "judge", "secretary", "prosecutor")
    interp = professional(ctx)
    alien = ctx.person("defendant" if extradition else "respondent", people=people, sex="m")
    host = ctx.person("witness", people="kyrgyz", sex="m")
    employer = r.choice(["ОсОО «Ормон Курулуш»", "ОсОО «Беш-Таш Строй»", "ИП «Айнура Текстиль»"])
    cn = (f"1-{r.randint(10, 99)}/{r.randint(22, 25)}-э" if extradition else
          f"АД-{r.randint(100, 999)}/{r.randint(22, 25)}")
    kind = "ruling" if extradition else "resolution"
    cat = "criminal" if extradition else "administrative"
    cntry = COUNTRY[people]
    if ctx.lang == "ru":
        header(ctx, kind, court, cn, date, judge, sec,
               extra=", с участием прокурора {pr:short:gen}, переводчика {it:short:gen}")
        if extradition:
            write(ctx, "ходатайство прокурора об избрании меры пресечения в виде заключения "
                  "под стражу в целях выдачи (экстрадиции) гражданина " + cntry[0] + "\n{a:upsur:gen}",
                  pr=pros, it=interp, a=alien)
        else:
            write(ctx, "представление [[state_body|Службы по миграции при МВД КР]] о "
                  "выдворении за пределы Кыргызской Республики гражданина " + cntry[0]
                  + "\n{a:upsur:gen}", pr=pros, it=interp, a=alien)
        write(ctx, ", {a.bd.num} года рождения, паспорт гражданина " + cntry[0] + " {a.passport}, "
              "временно проживающего по адресу: {a.addr},\n\nУСТАНОВИЛ:\n", a=alien)
        if extradition:
            write(ctx, "Гражданин {a:short} объявлен в межгосударственный розыск "
                  "правоохранительными органами " + cntry[0] + " по обвинению в мошенничестве. "
                  "{a:ini} задержан " + str(r.randint(1, 28)) + " февраля 2024 года в "
                  "[[place|г. Бишкек]] на [[lookalike|ул. Тоголок Молдо]]. По сообщению "
                  "[[state_body|Генеральной прокуратуры КР]] запрос о выдаче {a:sur:gen} "
                  "поступил. ", a=alien)
        else:
            write(ctx, "Гражданин {a:short} прибыл в Кыргызскую Республику и с истечением срока "
                  "регистрации продолжал работать разнорабочим в [[organization|" + employer
                  + "]] без разрешения на работу. ", a=alien)
        write(ctx, "В суде {a:sur} через переводчика {it:short:acc} пояснил, что проживал у "
              "знакомого {h:full:gen}, телефон которого {h.phone}. Свидетель {h:ini} это "
              "подтвердил. Прокурор {pr:short} поддержал(а) ходатайство. ", a=alien, it=interp,
              h=host, pr=pros)
        lookalike_sentence(ctx, [alien, host])
        write(ctx, "\nСуд, руководствуясь [[statute|ст. 437 УПК КР]]" if extradition else
              "\nСуд, руководствуясь [[statute|ст. 391 Кодекса о правонарушениях КР]]")
        write(ctx, ",\n\n" + ("ОПРЕДЕЛИЛ:\n" if extradition else "ПОСТАНОВИЛ:\n")
              + ("Избрать в отношении {A:up:gen} меру пресечения в виде заключения под стражу "
                 "сроком на 2 месяца в целях обеспечения выдачи." if extradition else
                 "Выдворить {A:up:acc} за пределы Кыргызской Республики. Паспорт {a.passport} "
                 "хранить в [[state_body|Службе по миграции]] до исполнения постановления.")
              + " Копию направить {a:short:dat} с переводом на его родной язык.",
              A=alien, a=alien)
    else:
        header(ctx, kind, court, cn, date, judge, sec,
               extra=", прокурор {pr:short}, котормочу {it:short}")
        if extradition:
            write(ctx, cntry[1] + " жараны\n{a:upsur:gen}", pr=pros, it=interp, a=alien)
            write(ctx, " экстрадициялоо максатында камакка алуу жөнүндө прокурордун "
                  "өтүнүчүн", a=alien)
        else:
            write(ctx, "[[state_body|КР ИИМге караштуу Миграция кызматынын]] " + cntry[1]
                  + " жараны\n{a:upsur:dat}", pr=pros, it=interp, a=alien)
            write(ctx, " карата Кыргыз Республикасынын чегинен чыгаруу жөнүндө сунушун", a=alien)
        write(ctx, ", {a.bd.num}-ж. туулган, " + cntry[1] + " паспорту {a.passport}, "
              "{a.addr} дарегинде убактылуу жашаган, карап,\n\nТАПТЫ:\n", a=alien)
        write(ctx, "Жаран {a:short} Кыргыз Республикасына келип, каттоо мөөнөтү бүткөндөн кийин "
              "[[organization|" + employer + "]] уюмунда иштөөгө уруксатсыз жумуш кылып "
              "жүргөн. Сотто {a:sur} котормочу {it:short} аркылуу таанышы {h:full:gen} үйүндө "
              "жашаганын айтты, анын телефону {h.phone}. Күбө {h:ini} муну ырастады. "
              "Прокурор {pr:short} сунушту колдоду. ", a=alien, it=interp, h=host, pr=pros)
        lookalike_sentence(ctx, [alien, host])
        write(ctx, "\n[[statute|КР Укук бузуулар жөнүндө кодексинин 391-беренесин]] "
              "жетекчиликке алып, сот\n\n" + ("АНЫКТАДЫ:\n" if extradition else "ТОКТОМ КЫЛДЫ:\n")
              + "{A:up} Кыргыз Республикасынын чегинен чыгарылсын. Паспорту {a.passport} "
              "[[state_body|Миграция кызматында]] сакталсын. Көчүрмөсү {a:short:dat} "
              "котормосу менен жөнөтүлсүн.", A=alien, a=alien)
    signature(ctx, judge)
    return _meta(kind, cat, "first", court, cn, date, [judge])


# ---------------------------------------------------------------------------
# 7. Bankruptcy: the debtor and creditors are companies (kept), the administrator
#    acts in office, the founder, an individual creditor and an entrepreneur are private
# ---------------------------------------------------------------------------

def decision_bankruptcy(ctx):
    r = ctx.rng
    court = ECONOMIC
    date = rand_date(ctx)
    judge, sec = new_officials(ctx, "judge", "secretary")
    admin = professional(ctx)
    founder = ctx.person("respondent")
    director = ctx.person("representative")
    creditor = ctx.person("third_party")
    entrepreneur = ctx.person("third_party")
    named = ctx.rng.choice(["Сагынбаев", "Дроздов", "Юлдашев", "Мансуров"])
    debtor = r.choice([f"ОсОО «{named} и партнёры»", f"ОсОО «Торговый дом {named}»",
                       "ОсОО «Ак-Бата Агро»", "ОсОО «Кара-Балта Цемент Сервис»"])
    debtor_inn = ctx.org_inn()
    cred_org = r.choice(["ОАО «Северэлектро Сервис»", "ОсОО «Азия Транзит Лоджистик»"])
    bank = r.choice(BANKS)
    cn = f"ЭД-{r.randint(100, 999)}/{r.randint(22, 25)}"
    if ctx.lang == "ru":
        header(ctx, "decision", court, cn, date, judge, sec,
               extra=", с участием администратора по делам о банкротстве {ad:short:gen}, "
               "представителя должника {dr:full:gen}")
        write(ctx, "дело по заявлению [[organization|" + debtor + "]] (ИНН [[organization|"
              + debtor_inn + "]], юридический адрес: [[organization|г. Бишкек, ул. Киевская, "
              + str(r.randint(1, 200)) + "]]) о признании банкротом,\n\nУСТАНОВИЛ:\n",
              ad=admin, dr=director)
        write(ctx, "Определением суда в отношении должника введена процедура "
              "реструктуризации, временным администратором <ad|утверждён|утверждена> {ad:full}. "
              "Единственным учредителем должника является {f:full}", ad=admin, f=founder)
        p_intro_ru(ctx, founder, bd=False, pin=True, case="nom")
        write(ctx, ". Директор {dr:short} пояснил(а), что хозяйственная деятельность "
              "прекращена. Реестр требований кредиторов включает: [[organization|" + cred_org
              + "]] — [[amount|" + r.choice(["2 450 000", "815 300"]) + " сомов]]; "
              "[[organization|" + bank + "]] — [[amount|6 100 000 сомов]]; <c|гражданин|гражданка> "
              "{c:full}, ПИН {c.pin}, — [[amount|340 000 сомов]] невыплаченной заработной "
              "платы; индивидуальный предприниматель {e:full} (свидетельство ИП, ПИН {e.pin}, "
              "e-mail {e.email}) — [[amount|96 000 сомов]].\n",
              dr=director, c=creditor, e=entrepreneur)
        write(ctx, "Администратор {ad:ini} представил(а) отчёт: имущество должника — склад и "
              "два грузовых автомобиля. Учредитель {f:sur} на собрание кредиторов не явился, "
              "извещён по адресу {f.addr} и по электронной почте {f.email}. Кредитор {c:ini} "
              "просил(а) удовлетворить требования в первую очередь.\n",
              ad=admin, f=founder, c=creditor)
        lookalike_sentence(ctx, [founder, director, creditor, entrepreneur])
        write(ctx, "Руководствуясь [[statute|Законом КР «О банкротстве (несостоятельности)»]], "
              "суд\n\nРЕШИЛ:\nПризнать [[organization|" + debtor + "]] банкротом и открыть "
              "ликвидационное производство. Конкурсным управляющим назначить {ad:short:acc}. "
              "Требования {C:upsur:gen} удовлетворить в первую очередь. Обязать {f:short:acc} "
              "передать управляющему документы общества.", ad=admin, C=creditor, f=founder)
    else:
        header(ctx, "decision", court, cn, date, judge, sec,
               extra=", банкроттук иштери боюнча администратор {ad:short}, карызкордун "
               "өкүлү {dr:full}")
        write(ctx, "[[organization|" + debtor + "]] (ИСН [[organization|" + debtor_inn
              + "]]) банкрот деп табуу жөнүндө арызы боюнча ишти карап,\n\nТАПТЫ:\n",
              ad=admin, dr=director)
        write(ctx, "Соттун аныктамасы менен карызкорго карата реструктуризация жол-жобосу "
              "киргизилип, убактылуу администратор болуп {ad:full} бекитилген. Карызкордун "
              "жалгыз уюштуруучусу {f:full}", ad=admin, f=founder)
        p_intro_ky(ctx, founder, bd=False, pin=True)
        write(ctx, ". Директор {dr:short} чарбалык иш токтогонун билдирди. Кредиторлордун "
              "талаптарынын реестрине [[organization|" + cred_org + "]], [[organization|"
              + bank + "]], жаран {c:full} (ЖИН {c.pin}) — [[amount|340 000 сом]] эмгек акы, "
              "жеке ишкер {e:full} (ЖИН {e.pin}, электрондук почтасы {e.email}) киргизилген.\n"
              "Администратор {ad:ini} отчет берди. Уюштуруучу {f:sur} кредиторлордун "
              "жыйынына келген жок, ага {f.addr} дареги боюнча кабарланган. Кредитор {c:ini} "
              "талаптарды биринчи кезекте канааттандырууну суранды.\n",
              dr=director, c=creditor, e=entrepreneur, ad=admin, f=founder)
        lookalike_sentence(ctx, [founder, director, creditor, entrepreneur])
        write(ctx, "[[statute|КРнын «Банкроттук (кудуретсиздик) жөнүндө» мыйзамын]] жетекчиликке "
              "алып, сот\n\nЧЕЧТИ:\n[[organization|" + debtor + "]] банкрот деп табылсын. "
              "Конкурстук башкаруучу болуп {ad:short} дайындалсын. {C:upsur:gen} талаптары "
              "биринчи кезекте канааттандырылсын.", ad=admin, C=creditor)
    signature(ctx, judge)
    return _meta("decision", "economic", "first", court, cn, date, [judge])


# ---------------------------------------------------------------------------
# 8. Election dispute: a candidate against a territorial election commission
# ---------------------------------------------------------------------------

def decision_election(ctx):
    r = ctx.rng
    court = INTERDISTRICT
    date = rand_date(ctx, 2023, 2025)
    judge, sec = new_officials(ctx, "judge", "secretary")
    chair = ctx.official("official")
    cand = ctx.person("plaintiff")
    rival = ctx.person("third_party")
    obs1 = ctx.person("witness")
    obs2 = ctx.person("witness")
    rep = ctx.person("representative")
    tik = r.choice(["Территориальной избирательной комиссии Аламудунского района",
                    "Окружной избирательной комиссии по избирательному округу № 14",
                    "Территориальной избирательной комиссии Ленинского района г. Бишкек"])
    tik_ky = r.choice(["Аламүдүн районунун аймактык шайлоо комиссиясы",
                       "№ 14 шайлоо округу боюнча округдук шайлоо комиссиясы"])
    uch = r.randint(1000, 1999)
    cn = f"АД-{r.randint(100, 999)}/{r.randint(23, 25)}"
    if ctx.lang == "ru":
        header(ctx, "decision", court, cn, date, judge, sec,
               extra=", с участием представителя заявителя {rp:short:gen}, председателя "
               "комиссии {ch:short:gen}")
        write(ctx, "административное дело по заявлению кандидата в депутаты {c:full:gen} к "
              "[[state_body|" + tik + "]] о признании недействительными итогов голосования на "
              "избирательном участке № " + str(uch) + ",\n\nУСТАНОВИЛ:\n",
              rp=rep, ch=chair, c=cand)
        write(ctx, "Заявитель {c:sg}", c=cand)
        p_intro_ru(ctx, cand, bd=True, case="nom")
        write(ctx, ", телефон {c.phone}, <c|указал|указала>, что на участке наблюдатели {o1:full} и "
              "{o2:full} зафиксировали вброс бюллетеней в пользу кандидата {rv:full:gen}. "
              "Наблюдатель {o1:short} представил(а) видеозапись, на которой, по <o1|его|её> "
              "словам, член участковой комиссии передаёт пачку бюллетеней. Наблюдатель "
              "{o2:ini} пояснил(а), что <o2|ему|ей> препятствовали в подсчёте голосов.\n",
              c=cand, o1=obs1, o2=obs2, rv=rival)
        write(ctx, "Председатель комиссии {ch:short} возражал(а), пояснив, что жалоба "
              "{c:sur:gen} рассмотрена комиссией и отклонена. Кандидат {rv:short}, "
              "привлечённый(-ая) в качестве заинтересованного лица, в суд не явился(-ась). "
              "{RV:upsur} извещался(-ась) по адресу: {rv.addr}.\n", ch=chair, c=cand, rv=rival, RV=rival)
        lookalike_sentence(ctx, [cand, rival, obs1, obs2])
        write(ctx, "Руководствуясь [[statute|Конституционным законом КР «О выборах Президента "
              "КР и депутатов Жогорку Кенеша КР»]] и [[statute|ст. 259 АПК КР]], суд\n\n"
              "РЕШИЛ:\nЗаявление {c:short:gen} удовлетворить частично: обязать комиссию "
              "повторно рассмотреть жалобу заявителя с участием наблюдателей "
              "{o1:sur:gen} и {o2:sur:gen}.", c=cand, o1=obs1, o2=obs2)
    else:
        header(ctx, "decision", court, cn, date, judge, sec,
               extra=", арыз ээсинин өкүлү {rp:short}, комиссиянын төрагасы {ch:short}")
        write(ctx, "депутаттыкка талапкер {c:full:gen} [[state_body|" + tik_ky + "]] карата "
              "№ " + str(uch) + " шайлоо участкасындагы добуш берүүнүн жыйынтыгын жараксыз "
              "деп табуу жөнүндө арызы боюнча административдик ишти карап,\n\nТАПТЫ:\n",
              rp=rep, ch=chair, c=cand)
        write(ctx, "Арыз ээси {c:sg}", c=cand)
        p_intro_ky(ctx, cand)
        write(ctx, ", телефону {c.phone}, участкада байкоочулар {o1:full} жана {o2:full} "
              "талапкер {rv:full:gen} пайдасына бюллетендер ыргытылганын белгилешкенин "
              "көрсөттү. Байкоочу {o1:short} видеожазууну тапшырды. Байкоочу {o2:ini} ага "
              "добуштарды эсептөөгө тоскоол болушканын айтты.\nКомиссиянын төрагасы "
              "{ch:short} {c:sur:gen} даттануусу комиссияда каралып, четке кагылганын "
              "билдирди. Талапкер {rv:short} сотко келген жок, ал {rv.addr} дареги боюнча "
              "кабардар кылынган.\n", c=cand, o1=obs1, o2=obs2, rv=rival, ch=chair)
        lookalike_sentence(ctx, [cand, rival, obs1, obs2])
        write(ctx, "[[statute|КР Административдик процесстик кодексинин 259-беренесин]] "
              "жетекчиликке алып, сот\n\nЧЕЧТИ:\n{c:short:gen} арызы жарым-жартылай "
              "канааттандырылсын: комиссия даттанууну байкоочулар {o1:sur} жана {o2:sur} "
              "катышуусу менен кайра карасын.", c=cand, o1=obs1, o2=obs2)
    signature(ctx, judge)
    return _meta("decision", "administrative", "first", court, cn, date, [judge])


# ---------------------------------------------------------------------------
# 9. A Kyrgyz criminal verdict full of Russian loan forms (hooliganism / robbery)
# ---------------------------------------------------------------------------

def verdict_ky_loanwords(ctx):
    r = ctx.rng
    court = pick_court(ctx)
    date = rand_date(ctx)
    judge, sec, pros, adv = new_officials(ctx, "judge", "secretary", "prosecutor", "advocate")
    d1 = ctx.person("defendant", sex="m")
    d2 = ctx.person("defendant", sex="m", people=r.choice(["russian", "uzbek", "korean", "tatar"]))
    vic = ctx.person("victim")
    w1 = ctx.person("witness")
    judge_namesake = ctx.person("witness", sur=_male_surname(judge.sur),
                                people=judge.people)
    car = Ident(ctx.plate(), "plate", ctx.next_id("PLATE"))
    cn = case_number(ctx, "1")
    header(ctx, "verdict", court, cn, date, judge, sec,
           extra=", мамлекеттик айыптоочу прокурор {pr:short}, адвокат {ad:short}, "
           "подсудимыйлар {a:sg}, {b:sg}")
    write(ctx, "гр. {A:upsur}", pr=pros, ad=adv, a=d1, b=d2, A=d1)
    p_intro_ky(ctx, d1, pin=True)
    write(ctx, ", мурда соттолгон, [[statute|КР УКнын 234-ст. 2-бөлүгү]] (хулиганство) жана "
          "гр. {B:upsur}", B=d2)
    p_intro_ky(ctx, d2)
    write(ctx, ", соттолбогон, [[statute|КР УКнын 234-ст. 2-бөл.]] боюнча айыпталган уголовное "
          "дело боюнча,\n\nТАПТЫ:\n")
    write(ctx, "Подсудимый {a:short} жана {b:short} 2024-жылдын " + str(r.randint(1, 28))
          + "-июнунда түнкү саат 01:30да [[lookalike|Жибек Жолу проспектисиндеги]] "
          "«Ала-Тоо» кафесинин алдында мас абалында, коомдук тартипти одоно бузуп, "
          "потерпевший {v:full:acc} уруп-сабашкан. Андан кийин {b:sur} {car} номериндеги "
          "автоунаага отуруп качып кеткен.\nСот заседаниесинде подсудимый {a:ini} винасын "
          "толук признал кылып, раскаяние билдирди. Подсудимый {b:gp} вина мойнуна алган "
          "жок. Потерпевший {v:sg} ({v.phone}) материалдык ущерб толугу менен "
          "возмещение кылынганын айтты. Свидетель {w:full} окуяны көргөнүн, ал эми свидетель "
          "{n:full} — судья менен тууганчылыгы жок экенин билдирип — {a:sur:gen} биринчи "
          "уруп баштаганын показание берди.\n",
          a=d1, b=d2, v=vic, car=car, w=w1, n=judge_namesake)
    lookalike_sentence(ctx, [d1, d2, vic, w1])
    write(ctx, "Мамлекеттик айыптоочу {pr:short} подсудимыйларга реальный срок сурады. "
          "Адвокат {ad:short} условное наказание сурады. Экспертиза корутундусу боюнча "
          "{v:sur:dat} орточо оордуктагы телесное повреждение келтирилген.\n"
          "[[statute|КР УПКнын 311-315-ст.]] жетекчиликке алып, сот\n\nӨКҮМ КЫЛДЫ:\n"
          "{A:up} [[statute|КР УКнын 234-ст. 2-бөлүгү]] боюнча виновный деп табылып, 3 жылга "
          "лишение свободы жаза дайындалсын. {B:up:gen} жазасы шарттуу түрдө 2 жыл "
          "испытательный мөөнөт менен дайындалсын. {v:short:gen} гражданский иски "
          "канааттандырылсын: {a:ini:abl} жана {b:ini:abl} [[amount|45 000 сом]] өндүрүлсүн.",
          pr=pros, ad=adv, A=d1, B=d2, v=vic, a=d1, b=d2)
    signature(ctx, judge)
    return _meta("verdict", "criminal", "first", court, cn, date, [judge])


# ---------------------------------------------------------------------------
# 10. Decisions with a table of parties (name | birth date | address)
# ---------------------------------------------------------------------------

def decision_parties_table(ctx):
    r = ctx.rng
    court = pick_court(ctx)
    date = rand_date(ctx)
    judge, sec = new_officials(ctx, "judge", "secretary")
    n = r.randint(4, 6)
    head = ctx.person("plaintiff", uulu=False)
    fam = [head]
    fam.append(ctx.relative(head, "plaintiff", sex="f" if head.sex == "m" else "m"))
    if r.random() < 0.6:
        fam.append(ctx.relative(head, "plaintiff"))
    while len(fam) < n:
        fam.append(ctx.person("plaintiff"))
    comp = r.choice(["ОАО «Бишкектеплосеть Сервис»", "МП «Тазалык Плюс»",
                     "ОсОО «Жылуулук Энерго»"])
    comp_rep = ctx.person("representative")
    sep = r.choice([" | ", "\t", " ; "])
    cn = case_number(ctx, "2")
    if ctx.lang == "ru":
        header(ctx, "decision", court, cn, date, judge, sec,
               extra=", с участием представителя ответчика {cr:short:gen}")
        write(ctx, "гражданское дело по коллективному иску жильцов дома к [[organization|"
              + comp + "]] о перерасчёте платы за отопление и компенсации,\n\nУСТАНОВИЛ:\n"
              "В суд обратились жильцы многоквартирного дома (истцы):\n", cr=comp_rep)
        write(ctx, sep.join(["№", "Ф.И.О.", "Дата рождения", "Адрес"]) + "\n")
        for i, p in enumerate(fam, 1):
            form = "up" if i == 1 and r.random() < 0.5 else "full"
            write(ctx, f"{i}" + sep + "{p:" + form + "}" + sep + "{p.bd.num}" + sep
                  + "{p.addr}\n", p=p)
        write(ctx, "Истцы указали, что в отопительный сезон температура в квартирах не "
              "превышала 14 градусов. <h|Истец|Истица> {h:short}, <h|старший|старшая> по дому, <h|пояснил|пояснила>, что "
              "обращения в [[organization|" + comp + "]] оставлены без ответа. <h|Его супруга|Её супруг> "
              "{w:gp} и истец {x:sg} подтвердили сказанное. Представитель ответчика {cr:full} "
              "иск не признал(а).\n", h=head, w=fam[1], x=fam[-1], cr=comp_rep)
        lookalike_sentence(ctx, fam)
        write(ctx, "Руководствуясь [[statute|Законом КР «О защите прав потребителей»]] и "
              "[[statute|ст. 200 ГПК КР]], суд\n\nРЕШИЛ:\nИск удовлетворить. Обязать "
              "[[organization|" + comp + "]] произвести перерасчёт истцам: ")
        for i, p in enumerate(fam):
            write(ctx, ("{p:short:dat}" if i % 2 == 0 else "{p:ini:dat}") + (", " if i < len(fam) - 1 else "."), p=p)
        write(ctx, " Взыскать в пользу {h:sur:gen} расходы на представителя [[amount|5 000 сомов]].", h=head)
    else:
        header(ctx, "decision", court, cn, date, judge, sec,
               extra=", жоопкердин өкүлү {cr:short}")
        write(ctx, "үйдүн тургундарынын [[organization|" + comp + "]] карата жылуулук акысын "
              "кайра эсептөө жөнүндө жамааттык доосу боюнча жарандык ишти карап,\n\nТАПТЫ:\n"
              "Сотко көп кабаттуу үйдүн тургундары (доогерлер) кайрылышты:\n", cr=comp_rep)
        write(ctx, sep.join(["№", "Аты-жөнү", "Туулган күнү", "Дареги"]) + "\n")
        for i, p in enumerate(fam, 1):
            form = "up" if i == 1 and r.random() < 0.5 else "full"
            write(ctx, f"{i}" + sep + "{p:" + form + "}" + sep + "{p.bd.num}" + sep
                  + "{p.addr}\n", p=p)
        write(ctx, "Доогерлер жылытуу мезгилинде батирлердеги температура 14 градустан "
              "ашпаганын көрсөтүштү. Доогер {h:short}, үйдүн улуусу, [[organization|" + comp
              + "]] уюмуна кайрылуулар жоопсуз калганын айтты. Анын жубайы {w:gp} жана "
              "доогер {x:sg} муну ырасташты. Жоопкердин өкүлү {cr:full} доону тааныган жок.\n",
              h=head, w=fam[1], x=fam[-1], cr=comp_rep)
        lookalike_sentence(ctx, fam)
        write(ctx, "[[statute|КРнын «Керектөөчүлөрдүн укуктарын коргоо жөнүндө» мыйзамын]] "
              "жетекчиликке алып, сот\n\nЧЕЧТИ:\nДоо канааттандырылсын. [[organization|"
              + comp + "]] доогерлерге кайра эсептөө жүргүзсүн: ")
        for i, p in enumerate(fam):
            write(ctx, ("{p:short:dat}" if i % 2 == 0 else "{p:ini:dat}") + (", " if i < len(fam) - 1 else "."), p=p)
        write(ctx, " {h:sur:gen} пайдасына өкүлдүн чыгымы [[amount|5 000 сом]] өндүрүлсүн.", h=head)
    signature(ctx, judge)
    return _meta("decision", "civil", "first", court, cn, date, [judge])


FAMILIES = [
    # name, function, id topic, ru count, ky count
    ("decision_eviction", decision_eviction, "decision-eviction", 4, 4),
    ("decision_accident_insurance", decision_accident_insurance, "decision-accident", 4, 2),
    ("resolution_protection_order", resolution_protection_order, "resolution-protection", 3, 3),
    ("verdict_bribery_official", verdict_bribery_official, "verdict-bribery", 4, 2),
    ("verdict_juvenile", verdict_juvenile, "verdict-juvenile", 4, 2),
    ("ruling_migration", ruling_migration, "ruling-migration", 5, 1),
    ("decision_bankruptcy", decision_bankruptcy, "decision-bankruptcy", 4, 1),
    ("decision_election", decision_election, "decision-election", 3, 3),
    ("verdict_ky_loanwords", verdict_ky_loanwords, "verdict-loanwords", 0, 5),
    ("decision_parties_table", decision_parties_table, "decision-table", 3, 3),
]
