"""Kyrgyz-language acts: өкүм (verdicts), чечим (civil decisions), токтом, аныктама."""

from __future__ import annotations

from common import ky_date, ky_date_loc, ru_date, plate, account, money, property_code
from doc import K, M
from fam_common import (act_date, earlier, case_no, statute, court_k, money_k, ky_act_date,
                        place, decor_layout, lookalike_ky)
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
