"""Kyrgyz-language acts: өкүм (verdicts), чечим (civil decisions), токтом, аныктама."""

from __future__ import annotations

from common import ky_date, ky_date_loc, ky_date_attr, ru_date, plate, account, money, property_code
from doc import K, M
from fam_common import (act_date, earlier, case_no, statute, court_k, money_k, ky_act_date,
                        place, decor_layout, lookalike_ky, fillers)
import courts
import morph

KY_CRIMES = {
    "theft": ("Кылмыш-жаза кодексинин 164-беренесинин 2-бөлүгү", "Жазык кодексинин 205-беренесинин 2-бөлүгү",
              "уурулук"),
    "traffic": ("Кылмыш-жаза кодексинин 281-беренесинин 2-бөлүгү", "Жазык кодексинин 289-беренесинин 1-бөлүгү",
                "жол кыймылынын эрежелерин бузуу"),
    "assault": ("Кылмыш-жаза кодексинин 105-беренесинин 1-бөлүгү", "Жазык кодексинин 131-беренесинин 1-бөлүгү",
                "ден соолукка орточо оордуктагы зыян келтирүү"),
}
APPEAL_DAT = ["Бишкек шаардык сотуна", "Чүй облустук сотуна", "Ош облустук сотуна",
              "Ысык-Көл облустук сотуна"]
CARS = ["Toyota Camry", "Honda Fit", "Mercedes-Benz E-240", "Lexus RX 350", "Daewoo Matiz"]


def title(act, ctx, word):
    act.p(" ".join(word) if ctx.chance(0.5) else word, align="center", bold=True, space_before=6)


def head(act, ctx, court, cn, d0, word):
    act.p("Иш № ", K(cn, "case_number"), align="left")
    title(act, ctx, word)
    if word in ("ӨКҮМ", "ЧЕЧИМ"):
        act.p(ctx.pick(["КЫРГЫЗ РЕСПУБЛИКАСЫНЫН АТЫНАН", "Кыргыз Республикасынын атынан"]),
              align="center", bold=True)
    act.p(ky_act_date(d0), "\t\t\t\t", place(court[4]), align="left")


def _kstat(ctx, art):
    return statute("Кыргыз Республикасынын " + art)


def _birth(p):
    pre, m, suf = p.birth()
    return [pre, m, suf]


def verdict(ctx, act, crime, long=False):
    rng = ctx.rng
    crime = crime if crime in KY_CRIMES else "theft"
    d0 = act_date(rng)
    art = KY_CRIMES[crime][0 if d0.year < 2019 else 1]
    court = ctx.pick(courts.FIRST)
    cn = case_no(rng, "1", d0)
    judge, sec, pros, adv = (ctx.official(r) for r in ("judge", "secretary", "prosecutor", "advocate"))
    d = ctx.party("defendant")
    v = ctx.party("victim")
    ws = [ctx.party("witness") for _ in range(rng.randint(1, 2) + (3 if long else 0))]
    feats = decor_layout(act, ctx, court[2], cn, "ky")
    act.meta = dict(court=court, case_number=cn, kind="verdict", category="criminal",
                    instance="first", date=d0, judges=[judge.meta_name])
    head(act, ctx, court, cn, d0, "ӨКҮМ")
    act.p(court_k(court[2]), " төрагалык кылуучу судья ", judge.k(), ", сот отурумунун катчысы ",
          sec.k(), ", мамлекеттик айыптоочу – прокурор ", pros.k(), ", айыпталуучу ", d.kshort(),
          ", анын жактоочусу – адвокат ", adv.k(), " (күбөлүк № ", str(rng.randint(100, 2999)),
          ", ордер № ", str(rng.randint(1, 300)), "), жабырлануучу ", v.kshort(),
          " катышуусу менен ачык сот отурумунда ", _kstat(ctx, art), " менен айыпталган:")
    pin_label = ctx.pick(["ЖИН ", "ЖИН: ", "жеке идентификациялык номери "])
    intro = [d.kfull(upper=ctx.chance(0.3)), ", ", *_birth(d), ", Кыргыз Республикасынын жараны, ",
             ctx.pick(["орто билимдүү", "жогорку билимдүү", "орто-кесиптик билимдүү"]), ", ",
             ctx.pick(["үй-бүлөлүү", "бойдок", "ажырашкан"]), ", ",
             ctx.pick(["убактылуу иштебейт", "айдоочу болуп иштейт", "жеке ишкер"]), ", ",
             d.address(), " дарегинде жашаган, ", pin_label, d.pin()]
    if ctx.chance(0.5):
        pp, pm = d.passport()
        intro += [", ", pp, pm]
    intro += [", мурда соттолбогон, жөнүндөгү кылмыш ишин карап чыгып,"]
    act.p(*intro)
    act.p("Т А П Т Ы:" if ctx.chance(0.6) else "ТАПТЫ:", align="center", bold=True)
    ed = earlier(rng, d0, 60, 500)
    amt = money_k(ctx, 8000, 300000)
    if crime == "theft":
        act.p("Айыпталуучу ", d.ksur(), " ", ky_date_loc(ed), " саат ", str(rng.randint(8, 22)),
              "лер чамасында жабырлануучу ", v.kfull("gen"), " ", v.address(),
              " дарегиндеги үйүнө кирип, анын «Samsung» маркасындагы уюлдук телефонун жана акчасын "
              "жашыруун уурдап, жабырлануучуга ", amt, " өлчөмүндө олуттуу материалдык зыян келтирген.")
    elif crime == "traffic":
        pl = plate(rng)
        pe = ctx.ent("PLATE")
        act.p("Айыпталуучу ", d.ksur(), " ", ky_date_loc(ed), " «", ctx.pick(CARS),
              "» маркасындагы ", M(pl, "plate", pe), " мамлекеттик каттоо белгиси бар автоунааны "
              "башкарып бара жатып, Жол кыймылынын эрежелеринин 10.1-пунктун бузуп, жөө жүргүнчү ",
              v.kfull("acc"), " басып кетип, анын ден соолугуна оор зыян келтирген.")
        act.p("Автоунаа ", M(pl, "plate", pe), " ", ws[0].kfull("gen"),
              " атына катталганы аныкталды.")
    else:
        act.p("Айыпталуучу ", d.ksur(), " ", ky_date_loc(ed), " ", v.address(),
              " дарегиндеги үйдүн жанында жеке кастык мамилесинин негизинде ", v.kfull("dat"),
              " бир нече жолу муштум менен уруп, анын ден соолугуна орточо оордуктагы зыян келтирген.")
    act.p("Сот отурумунда айыпталуучу ", d.kref(), " күнөөсүн толук мойнуна алып, кылмыш "
          "жасаганына өкүнөрүн билдирди.")
    vp = ["Жабырлануучу ", v.kfull(), ", ", *_birth(v), ", сотко окуя жөнүндө көрсөтмө берди."]
    if ctx.chance(0.5):
        vp += [" Анын ", v.phone(), " телефон номерине айыпталуучунун туугандары чалып, "
               "зыянды төлөп берерин айтышкан."]
    act.p(*vp)
    if ctx.chance(0.4):
        act.p(*lookalike_ky(ctx))
    for w in ws:
        act.p("Күбө ", w.kfull(), " сотто окуя болгон күнү айыпталуучуну ", ctx.pick(
            ["үйдүн жанынан көргөнүн", "дүкөндүн алдынан көргөнүн", "тааныбай турганын"]),
            " көрсөттү. Күбө ", w.ksur("gen"), " көрсөтмөлөрү иштин башка материалдары менен дал келет.")
        if long:
            act.p("Күбө ", w.kref(), " тергөө учурунда берген көрсөтмөлөрүн толугу менен ырастап, "
                  "ага эч кандай басым көрсөтүлбөгөнүн, протоколго өз колу менен кол койгонун "
                  "билдирди. Сот бул көрсөтмөлөрдү ишенимдүү деп эсептейт, анткени алар ырааттуу "
                  "жана иштеги жазуу жүзүндөгү далилдер менен тастыкталат.")
    act.p("Айыпталуучу ", d.ksur("gen"), " күнөөсү окуя болгон жерди кароо протоколу, эксперттин № ",
          str(rng.randint(10, 9999)), " корутундусу жана иштин башка материалдары менен далилденет.")
    if long:
        for _ in range(5):
            act.p("Сот изилденген далилдерди жыйындысында баалап, аларды ишке тиешелүү, жол берилүүчү "
                  "жана жетиштүү деп табат. Жабырлануучу менен күбөлөрдүн айыпталуучуга каршы жалган "
                  "көрсөтмө берүүгө негизи жок, анткени алардын ортосунда кастык мамиле болгон эмес. "
                  "Коргоо тарабынын жүйөлөрү иштеги далилдер менен четке кагылат.")
    for para in fillers(ctx, "ky", 0, 2):
        act.p(*para)
    act.p("Жогоруда баяндалгандардын негизинде, Кыргыз Республикасынын Жазык-процесстик кодексинин ",
          statute(ctx.pick(["331-333-беренелерин", "308-313-беренелерин"])), " жетекчиликке алып, сот")
    act.p("ӨКҮМ КЫЛДЫ:", align="center", bold=True)
    act.p(d.kfull(upper=ctx.chance(0.5)), " ", _kstat(ctx, art), " боюнча күнөөлүү деп таанылсын "
          "жана ага ", ctx.pick(["3 жылга эркиндигинен ажыратуу", "1 жылга пробациялык көзөмөл",
                                 "1000 эсептик көрсөткүч өлчөмүндө айып пул"]),
          " түрүндөгү жаза дайындалсын.")
    act.p(d.kshort("abl"), " ", v.kshort("gen"), " пайдасына ", money_k(ctx, 5000, 200000),
          " материалдык зыян өндүрүлсүн.")
    act.p("Өкүм жарыяланган күндөн тартып 30 күндүн ичинде ", court_k(ctx.pick(APPEAL_DAT)),
          " апелляциялык тартипте даттанылышы мүмкүн.")
    act.p("Төрагалык кылуучу судья", "\t\t\t", judge.k(), align="left")
    return feats


def divorce(ctx, act, long=False, **_):
    rng = ctx.rng
    d0 = act_date(rng)
    court = ctx.pick(courts.FIRST)
    cn = case_no(rng, "2", d0)
    judge, sec = ctx.official("judge"), ctx.official("secretary")
    husband = ctx.party("respondent", gender="m", ethnic="ky")
    if husband.p.style == "ru" and ctx.chance(0.5):
        wife = ctx.relative("plaintiff", husband, gender="f", birth_range=(1970, 2000))
        wife.p.patr = morph.ky_patronymic_root(ctx.pick(morph.KY_FATHERS), "f")
    else:
        wife = ctx.party("plaintiff", gender="f", ethnic="ky")
    kids = [ctx.relative("third_party", husband, patronymic_from=husband, birth_range=(2008, 2021))
            for _ in range(rng.randint(1, 3))]
    w = ctx.party("witness")
    feats = decor_layout(act, ctx, court[2], cn, "ky")
    act.meta = dict(court=court, case_number=cn, kind="decision", category="civil",
                    instance="first", date=d0, judges=[judge.meta_name])
    head(act, ctx, court, cn, d0, "ЧЕЧИМ")
    act.p(court_k(court[2]), " төрагалык кылуучу судья ", judge.k(), ", сот отурумунун катчысы ",
          sec.k(), " катышуусу менен, доогер ", wife.kfull("gen"), " жоопкер ", husband.kfull("dat"),
          " карата никени бузуу жана алимент өндүрүү жөнүндөгү доо арызы "
          "боюнча жарандык ишти ачык сот отурумунда карап чыгып,")
    act.p("Т А П Т Ы:" if ctx.chance(0.6) else "ТАПТЫ:", align="center", bold=True)
    md = earlier(rng, d0, 800, 5000)
    kid_parts = []
    for i, k in enumerate(kids):
        if i:
            kid_parts.append(", ")
        kid_parts += [k.kfull(), " (", *_birth(k), ")"]
    act.p("Доогер ", wife.kshort(), " сотко доо арыз менен кайрылып, жоопкер ", husband.kfull(),
          " менен ", ky_date_loc(md), " ", K(ctx.pick(["Бишкек шаарынын ЖАКБ бөлүмүндө",
                                                      "Сокулук районунун ЖАКБ бөлүмүндө",
                                                      "Ош шаарынын ЖАКБ бөлүмүндө"]), "state_body"),
          " никеге турушканын, никеден ", *kid_parts, " аттуу балдары бар экенин, үй-бүлөлүк "
          "турмушу жакшы болбой, акыркы жылдары чогуу жашабай жатышканын көрсөткөн.")
    p = ["Доогер ", wife.ksur(), " ", wife.address(), " дарегинде жашайт, байланыш телефону ",
         wife.phone(), "."]
    if ctx.chance(0.5):
        p += [" Жоопкердин ЖИН ", husband.pin(), "."]
    act.p(*p)
    act.p("Сот отурумунда доогер доо талабын колдоп, никени бузууну жана жоопкерден балдарды "
          "багууга алимент өндүрүүнү суранды.")
    if ctx.chance(0.5):
        act.p("Жоопкер ", husband.ksur(), " сот отурумуна келген жок, ал тууралуу ", husband.address(),
              " дареги боюнча тийиштүү түрдө кабарланган.")
    else:
        act.p("Жоопкер ", husband.kref(), " доо арызды толук мойнуна алып, аялы ", wife.kfirst(),
              " менен мындан ары чогуу жашоого ниети жок экенин билдирди.")
    act.p("Күбө ", w.kfull(), " сотто тараптар бир жылдан ашык убакыттан бери чогуу "
          "жашабай жатканын тастыктады.")
    if ctx.chance(0.4):
        act.p("Баланын атасы ", husband.ksur(), " менен энеси ", wife.ksur("gen"),
              " ортосунда баланын тарбиясы боюнча талаш жок.")
    for para in fillers(ctx, "ky", 0, 2):
        act.p(*para)
    act.p("Сот, иштин материалдарын изилдеп, Кыргыз Республикасынын Үй-бүлө кодексинин ",
          statute("20-беренесин"), " жана ", statute("74-беренесин"),
          " жетекчиликке алып,")
    act.p("Ч Е Ч Т И:" if ctx.chance(0.5) else "ЧЕЧТИ:", align="center", bold=True)
    act.p("Доо арыз канааттандырылсын.")
    act.p(wife.kfull(), " менен ", husband.kfull("gen"), " ортосунда ", ky_date_loc(md),
          " катталган нике бузулсун.")
    share = {1: "1/4", 2: "1/3", 3: "1/2"}[len(kids)]
    act.p("Жоопкер ", husband.kfull("abl"), " доогердин пайдасына балдарды багууга айлык "
          "кирешесинин ", share, " бөлүгү өлчөмүндө алимент өндүрүлсүн.")
    act.p("Чечим чыгарылган күндөн тартып бир айдын ичинде ", court_k(ctx.pick(APPEAL_DAT)),
          " апелляциялык тартипте даттанылышы мүмкүн.")
    act.p("Судья", "\t\t\t", judge.k(), align="left")
    return feats


def loan(ctx, act, long=False, **_):
    rng = ctx.rng
    d0 = act_date(rng)
    court = ctx.pick(courts.FIRST)
    cn = case_no(rng, "2", d0)
    judge, sec = ctx.official("judge"), ctx.official("secretary")
    pl = ctx.party("plaintiff")
    rs = ctx.party("respondent")
    rep = ctx.party("representative") if ctx.chance(0.5) else None
    feats = decor_layout(act, ctx, court[2], cn, "ky")
    act.meta = dict(court=court, case_number=cn, kind="decision", category="civil",
                    instance="first", date=d0, judges=[judge.meta_name])
    head(act, ctx, court, cn, d0, "ЧЕЧИМ")
    p = [court_k(court[2]), " төрагалык кылуучу судья ", judge.k(), ", сот отурумунун катчысы ",
         sec.k()]
    if rep:
        p += [", доогердин өкүлү ", rep.kshort()]
    p += [" катышуусу менен, доогер ", pl.kfull("gen"), " жоопкер ", rs.kfull("dat"),
          " карата карыз өндүрүү жөнүндөгү доо арызы боюнча жарандык ишти карап чыгып,"]
    act.p(*p)
    act.p("Т А П Т Ы:" if ctx.chance(0.6) else "ТАПТЫ:", align="center", bold=True)
    ld = earlier(rng, d0, 200, 1500)
    debt = money(rng, 20000, 900000, 1000)
    act.p("Доогер ", pl.kshort(), " сотко кайрылып, ", ky_date_loc(ld), " жоопкер ", rs.kshort("dat"),
          " ", K(debt + " сом", "amount"), " карызга бергенин, жоопкер акчаны ", ky_date(earlier(rng, d0, 30, 150)),
          " чейин кайтарып берүүгө милдеттенгенин, бирок милдеттенмесин аткарбаганын көрсөткөн.")
    acc = account(rng)
    act.p("Акчанын бир бөлүгү доогердин ", K(ctx.pick(courts.BANKS), "organization"),
          " банкындагы № ", M(acc, "account", ctx.ent("ACC")), " эсебинен жоопкердин картасына "
          "которулган.")
    # a receipt quoted in Russian: mixed-language act
    pp, pm = rs.passport()
    act.p("Ишке тиркелген тилкатта орус тилинде мындай деп жазылган: «Я, ", rs.full("nom"), ", ",
          pp, pm, ", получил", "" if rs.p.gender == "m" else "а", " от ", pl.full("gen"),
          " денежные средства в сумме ", K(debt + " сом", "amount"), " и обязуюсь вернуть их в срок»."
          )
    act.p("Жоопкер ", rs.kref(), " сот отурумунда карызды мойнуна алды, бирок азыркы учурда "
          "каражаты жок экенин билдирди. Анын ", rs.phone(), " телефону аркылуу доогер бир нече "
          "жолу кайрылганы ырасталды.")
    if ctx.chance(0.3):
        act.p(*lookalike_ky(ctx))
    for para in fillers(ctx, "ky", 0, 2):
        act.p(*para)
    act.p("Сот, Кыргыз Республикасынын Жарандык кодексинин ", statute("727-беренесин"),
          ", Жарандык процесстик кодексинин ", statute("200-206-беренелерин"), " жетекчиликке алып,")
    act.p("Ч Е Ч Т И:" if ctx.chance(0.5) else "ЧЕЧТИ:", align="center", bold=True)
    act.p("Доо арыз канааттандырылсын.")
    act.p(rs.kfull("abl"), " ", pl.kfull("gen"), " пайдасына ", K(debt + " сом", "amount"),
          " негизги карыз жана ", money_k(ctx, 500, 9000, 100), " мамлекеттик алым өндүрүлсүн.")
    act.p("Чечим бир айдын ичинде ", court_k(ctx.pick(APPEAL_DAT)),
          " апелляциялык тартипте даттанылышы мүмкүн.")
    act.p("Судья", "\t\t\t", judge.k(), align="left")
    return feats


APPEAL_KY = {"bishkek-city": "Бишкек шаардык сотунун", "chui-regional": "Чүй облустук сотунун",
             "osh-regional": "Ош облустук сотунун", "issykkul-regional": "Ысык-Көл облустук сотунун"}


def _first_gen(court):
    """Kyrgyz genitive of a first-instance court name: ...соту -> ...сотунун."""
    return court[2][:-1] + "унун" if court[2].endswith("соту") else court[2]


def inheritance(ctx, act, long=False, **_):
    rng = ctx.rng
    d0 = act_date(rng)
    court = ctx.pick(courts.FIRST)
    cn = case_no(rng, "2", d0)
    judge, sec = ctx.official("judge"), ctx.official("secretary")
    notary = ctx.official("official")
    dec = ctx.party("third_party", gender="m", ethnic="ky", birth_range=(1930, 1960))
    heirs = [ctx.relative("plaintiff", dec, patronymic_from=dec, birth_range=(1955, 1990))]
    heirs += [ctx.relative("respondent", dec, patronymic_from=dec, birth_range=(1955, 1990))
              for _ in range(rng.randint(1, 2))]
    feats = decor_layout(act, ctx, court[2], cn, "ky")
    act.meta = dict(court=court, case_number=cn, kind="decision", category="civil",
                    instance="first", date=d0, judges=[judge.meta_name])
    head(act, ctx, court, cn, d0, "ЧЕЧИМ")
    act.p(court_k(court[2]), " төрагалык кылуучу судья ", judge.k(), ", сот отурумунун катчысы ",
          sec.k(), " катышуусу менен, доогер ", heirs[0].kfull("gen"),
          " мураска кабыл алуу фактысын аныктоо жөнүндөгү арызы боюнча жарандык ишти карап чыгып,")
    act.p("Т А П Т Ы:" if ctx.chance(0.6) else "ТАПТЫ:", align="center", bold=True)
    dd = earlier(rng, d0, 200, 2000)
    code = property_code(rng)
    pc = ctx.ent("PROP")
    act.p(ky_date_loc(dd), " ", dec.kfull(), " (", *_birth(dec), ") каза болгон. Андан ",
          dec.address(), " дарегинде жайгашкан турак үй (идентификациялык коду ",
          M(code, "property_code", pc), ") мурас катары калган.")
    act.p("Биринчи кезектеги мураскорлор:")
    rows = [[["Аты-жөнү"], ["Туулган күнү"], ["ЖИН"]]]
    for h in heirs:
        pre, bm, suf = h.birth("short")
        rows.append([[h.kfull()], [bm], [h.pin()]])
    act.table(rows)
    feats.add("table")
    act.p("Нотариус ", notary.k(), " мөөнөт өтүп кеткендигине байланыштуу мураска укук жөнүндө "
          "күбөлүк берүүдөн баш тарткан.")
    act.p("Доогер ", heirs[0].kref(), " сотто атасы ", dec.ksur(), " каза болгондон кийин үйдө "
          "жашап, аны күтүп келе жатканын билдирди. Байланыш телефону: ", heirs[0].phone(), ".")
    for h in heirs[1:]:
        act.p("Мураскор ", h.kref(), " арызга каршы эмес экенин билдирди.")
    if long:
        for _ in range(4):
            act.p("Сот иштин материалдарын, анын ичинде айыл өкмөтүнүн маалымкатын, үй китебин жана "
                  "коммуналдык төлөмдөрдүн квитанцияларын изилдеп, доогер мурасты иш жүзүндө кабыл "
                  "алган деп эсептейт.")
    for para in fillers(ctx, "ky", 0, 2):
        act.p(*para)
    act.p("Сот, Кыргыз Республикасынын Жарандык процесстик кодексинин ",
          statute("198-203-беренелерин"), " жетекчиликке алып,")
    act.p("Ч Е Ч Т И:" if ctx.chance(0.5) else "ЧЕЧТИ:", align="center", bold=True)
    act.p(heirs[0].kfull("gen"), " ", ky_date_loc(dd), " каза болгон ", dec.kfull("gen"),
          " мурасын кабыл алгандыгынын фактысы аныкталсын.")
    act.p("Чечим бир айдын ичинде ", court_k(ctx.pick(APPEAL_DAT)),
          " апелляциялык тартипте даттанылышы мүмкүн.")
    act.p("Судья", "\t\t\t", judge.k(), align="left")
    return feats


def administrative(ctx, act, long=False, **_):
    rng = ctx.rng
    d0 = act_date(rng)
    court = courts.INTERDISTRICT
    cn = case_no(rng, "АД", d0)
    judge, sec = ctx.official("judge"), ctx.official("secretary")
    body_rep = ctx.official("official")
    body = ctx.pick(["Бишкек шаарынын мэриясы", "Кыргыз Республикасынын Социалдык фонду",
                     "Кыргыз Республикасынын Мамлекеттик салык кызматы",
                     "Сокулук айыл өкмөтү"])
    pl = ctx.party("plaintiff")
    feats = decor_layout(act, ctx, court[2], cn, "ky")
    act.meta = dict(court=court, case_number=cn, kind="decision", category="administrative",
                    instance="first", date=d0, judges=[judge.meta_name])
    head(act, ctx, court, cn, d0, "ЧЕЧИМ")
    act.p(court_k(court[2]), " судья ", judge.k(), ", сот отурумунун катчысы ", sec.k(),
          ", арыз ээси ", pl.kshort(), ", жоопкердин ишеним кат боюнча өкүлү ", body_rep.k(),
          " катышуусу менен, ", pl.kfull("gen"), " ", K(body, "state_body"),
          " карата административдик ишти ачык сот отурумунда карап чыгып,")
    act.p("Т А П Т Ы:" if ctx.chance(0.6) else "ТАПТЫ:", align="center", bold=True)
    act.p("Арыз ээси ", pl.kref(), " (ЖИН ", pl.pin(), "), ", pl.address(), " дарегинде жашайт, ",
          ky_date_loc(earlier(rng, d0, 60, 300)), " жоопкерге ", ctx.pick([
              "жер тилкесин берүү", "пенсия дайындоо", "курулушка уруксат берүү"]),
          " жөнүндө кайрылган, бирок ага негизсиз баш тартылган.")
    act.p("Жоопкердин өкүлү ", body_rep.k(), " арызды мойнуна алган жок жана баш тартуу мыйзамдуу "
          "экенин билдирди.")
    if ctx.chance(0.4):
        act.p(*lookalike_ky(ctx))
    act.p("Сот, Кыргыз Республикасынын Административдик-процесстик кодексинин ",
          statute("198-199-беренелерин"), " жетекчиликке алып,")
    act.p("Ч Е Ч Т И:" if ctx.chance(0.5) else "ЧЕЧТИ:", align="center", bold=True)
    act.p(pl.kfull("gen"), " арызы канааттандырылсын. Жоопкердин баш тартуусу мыйзамсыз деп "
          "таанылсын жана арыз кайрадан каралсын.")
    act.p("Чечим бир айдын ичинде ", court_k("Бишкек шаардык сотуна"),
          " даттанылышы мүмкүн.")
    act.p("Судья", "\t\t\t", judge.k(), align="left")
    return feats


def misdemeanor(ctx, act, long=False, **_):
    rng = ctx.rng
    d0 = act_date(rng, 2019, 2025)
    court = ctx.pick(courts.FIRST)
    cn = case_no(rng, "5", d0)
    judge, insp = ctx.official("judge"), ctx.official("official")
    d = ctx.party("defendant")
    feats = decor_layout(act, ctx, court[2], cn, "ky")
    act.meta = dict(court=court, case_number=cn, kind="resolution", category="misdemeanor",
                    instance="first", date=d0, judges=[judge.meta_name])
    head(act, ctx, court, cn, d0, "ТОКТОМ")
    pl_ = plate(rng)
    pe = ctx.ent("PLATE")
    act.p(court_k(court[2]), " судьясы ", judge.k(), " Кыргыз Республикасынын Укук бузуулар "
          "жөнүндө кодексинин ", statute("154-беренесинин 1-бөлүгү"), " боюнча ",
          d.kfull("gen", upper=ctx.chance(0.3)), " (", *_birth(d), ", ", d.address(),
          " дарегинде жашайт, ЖИН ", d.pin(), ") карата укук бузуу жөнүндө ишти карап чыгып,")
    act.p("Т А П Т Ы:" if ctx.chance(0.6) else "ТАПТЫ:", align="center", bold=True)
    act.p(d.kfull(), " ", ky_date_loc(earlier(rng, d0, 3, 30)), " ", M(pl_, "plate", pe),
          " мамлекеттик номери бар автоунааны мас абалында башкарган. Протоколду патрулдук "
          "милициянын инспектору ", insp.k(), " түзгөн.")
    act.p("Сот отурумунда ", d.kref(), " күнөөсүн мойнуна алды. Байланыш телефону: ", d.phone(), ".")
    act.p("Жогоруда баяндалгандардын негизинде, сот")
    act.p("ТОКТОМ КЫЛДЫ:", align="center", bold=True)
    act.p(d.kfull(upper=ctx.chance(0.4)), " күнөөлүү деп таанылсын жана ага ",
          money_k(ctx, 10000, 40000, 5000), " өлчөмүндө айып пул салынсын. Автоунаа ",
          M(pl_, "plate", pe), " айып туруучу жайдан кайтарылсын.")
    act.p("Судья", "\t\t\t", judge.k(), align="left")
    return feats


def appeal(ctx, act, long=False, **_):
    rng = ctx.rng
    d0 = act_date(rng)
    ac = ctx.pick(courts.APPEAL)
    fc = ctx.pick(courts.FIRST)
    cn = case_no(rng, "2А", d0)
    pres, j2, j3 = (ctx.official("judge") for _ in range(3))
    sec = ctx.official("secretary")
    pl, rs = ctx.party("plaintiff"), ctx.party("respondent")
    feats = decor_layout(act, ctx, ac[2], cn, "ky")
    act.meta = dict(court=ac, case_number=cn, kind="ruling", category="civil", instance="appeal",
                    date=d0, judges=[p.meta_name for p in (pres, j2, j3)])
    act.p("Иш № ", K(cn, "case_number"), align="left")
    title(act, ctx, "АНЫКТАМА")
    act.p(ky_act_date(d0), "\t\t\t\t", place(ac[4]), align="left")
    act.p(court_k(APPEAL_KY[ac[0]]), " жарандык иштер боюнча сот коллегиясы төрагалык кылуучу ",
          pres.k(), ", судьялар ", j2.k(), ", ", j3.k(), ", сот отурумунун катчысы ", sec.k(),
          " курамында, жоопкер ", rs.kfull("gen"), " ", court_k(_first_gen(fc)), " ",
          ky_date_attr(earlier(rng, d0, 40, 200)), " чечимине карата апелляциялык даттануусу "
          "боюнча доогер ", pl.kfull("gen"), " доо арызы боюнча жарандык ишти карап чыгып,")
    act.p("Т А П Т Ы:" if ctx.chance(0.6) else "ТАПТЫ:", align="center", bold=True)
    act.p("Биринчи инстанциядагы соттун чечими менен ", pl.kshort("gen"), " доо арызы "
          "канааттандырылып, ", rs.kshort("abl"), " ", money_k(ctx, 20000, 900000), " өндүрүлгөн.")
    act.p("Апелляциялык даттанууда ", rs.kref(), " сот отурумуна чакырылбаганын, ", rs.address(),
          " дарегинде жашай турганын көрсөтүп, чечимди жокко чыгарууну суранат.")
    act.p("Доогер ", pl.kref(), " даттанууга макул эмес экенин билдирди, жоопкерге ",
          rs.phone(), " номери аркылуу кабарланганын айтты.")
    if ctx.chance(0.3):
        act.p(*lookalike_ky(ctx))
    for para in fillers(ctx, "ky", 0, 2):
        act.p(*para)
    act.p("Сот коллегиясы, Кыргыз Республикасынын Жарандык процесстик кодексинин ",
          statute("331-335-беренелерин"), " жетекчиликке алып,")
    act.p("А Н Ы К Т А Д Ы:" if ctx.chance(0.5) else "АНЫКТАДЫ:", align="center", bold=True)
    act.p(court_k(_first_gen(fc)), " чечими өзгөртүүсүз, ", rs.kfull("gen"),
          " апелляциялык даттануусу канааттандырылбай калтырылсын.")
    act.p("Төрагалык кылуучу", "\t\t", pres.k(), align="left")
    act.p("Судьялар", "\t\t\t", j2.k(), align="left")
    act.p("\t\t\t", j3.k(), align="left")
    return feats


def cassation(ctx, act, long=False, **_):
    rng = ctx.rng
    d0 = act_date(rng)
    sc = courts.SUPREME
    fc = ctx.pick(courts.FIRST)
    cn = case_no(rng, "УК", d0)
    pres, j2, j3 = (ctx.official("judge") for _ in range(3))
    sec, pros, adv = ctx.official("secretary"), ctx.official("prosecutor"), ctx.official("advocate")
    d = ctx.party("defendant")
    v = ctx.party("victim")
    feats = decor_layout(act, ctx, sc[2], cn, "ky")
    act.meta = dict(court=sc, case_number=cn, kind="resolution", category="criminal",
                    instance="cassation", date=d0, judges=[p.meta_name for p in (pres, j2, j3)])
    act.p("№ ", K(cn, "case_number"), align="left")
    act.p("КЫРГЫЗ РЕСПУБЛИКАСЫНЫН ЖОГОРКУ СОТУНУН", align="center", bold=True)
    title(act, ctx, "ТОКТОМУ")
    act.p(ky_act_date(d0), "\t\t\t\t", place(sc[4]), align="left")
    vd = earlier(rng, d0, 200, 700)
    act.p(court_k("Кыргыз Республикасынын Жогорку сотунун"), " жазык иштери боюнча сот коллегиясы "
          "курамында: төрагалык кылган ", pres.k(), ", судьялар: ", j2.k(), ", ", j3.k(),
          ", соттук отурумдун катчысы ", sec.k(), ", прокурор ", pros.k(), ", адвокат ", adv.k(),
          " катышуулары менен ачык соттук отурумда адвокат ", adv.kk("gen"), " кассациялык арызы "
          "боюнча ", d.kshort("gen"), " жазык ишин карады.")
    act.p(court_k(_first_gen(fc)), " ", ky_date_attr(vd), " өкүмү менен ",
          d.kfull(upper=ctx.chance(0.3)), ", ", *_birth(d), ", ", d.address(), " дарегинде "
          "катталган, ", _kstat(ctx, "Кылмыш-жаза кодексинин 168-беренесинин 2-бөлүгү"),
          " боюнча 7 жылга эркиндигинен ажыратылган.")
    act.p(d.ksur(), " ", ky_date_loc(earlier(rng, vd, 100, 400)), " жабырлануучу ", v.kfull("gen"),
          " уюлдук телефонун ачык талап алып, ", money_k(ctx, 5000, 150000),
          " өлчөмүндө зыян келтиргени үчүн күнөөлүү деп табылган.")
    act.p("Адвокат ", adv.k(), " кассациялык арызында ", d.ksur("gen"), " мурда соттолбогонун, "
          "жабырлануучу ", v.kref("dat"), " зыян толук төлөнгөнүн көрсөтүп, жазаны жеңилдетүүнү "
          "суранат.")
    if long:
        for _ in range(6):
            act.p("Соттук коллегия иштин материалдарын текшерип, биринчи жана апелляциялык "
                  "инстанциядагы соттордун тыянактары иште изилденген далилдерге негизделгенин, "
                  "айыпталуучунун аракеттерине туура юридикалык баа берилгенин белгилейт.")
    act.p("Баяндалгандардын негизинде, соттук коллегия")
    act.p("ТОКТОМ КЫЛДЫ:", align="center", bold=True)
    act.p(d.kshort("dat"), " карата өкүм өзгөртүүсүз, адвокат ", adv.kk("gen"),
          " кассациялык арызы канааттандырылбай калтырылсын.")
    act.p("Токтом акыркы болуп саналат жана даттанууга жатпайт.")
    act.p("Төрагалык кылуучу", "\t\t", pres.k(), align="left")
    act.p("Судьялар", "\t\t\t", j2.k(), align="left")
    act.p("\t\t\t", j3.k(), align="left")
    return feats


KY_FAMILIES = {
    "decision_inheritance": inheritance,
    "decision_administrative": administrative,
    "resolution_misdemeanor": misdemeanor,
    "ruling_appeal": appeal,
    "resolution_cassation": cassation,
}
