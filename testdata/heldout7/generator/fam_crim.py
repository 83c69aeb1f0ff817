"""Criminal families of heldout7."""
import world as W
from common import (setup, header, composition, signature, appeal_note, court_address, lookalike,
                    person, official, later, born, pass_frag, court_gen)
from core import seg, rand_date, ru_date, ky_date


def g(p, m, f):
    return f if p.female else m


def K(t, kind, role=None):
    return W.K(t, kind, role)


def defendant_intro(act, d, bd, addr, extra_ru=None, extra_ky="мурда соттолбогон"):
    r = act.r
    pin = W.pin(act, d, bd)
    ps = pass_frag(act, "kyrgyz")
    if extra_ru is None:
        extra_ru = g(d, "ранее не судимого", "ранее не судимой")
    if act.lang == "ru":
        act.p("{d}, {b}, {u} {pl}, {c} Кыргызской Республики, {ps}, ПИН {pin}, "
              "{pr} по адресу: {a}, {x},", d=d("upper" if r.random() < 0.4 else "full", "gen"),
              b=born(act, d, bd, case="gen"), u=g(d, "уроженца", "уроженки"),
              pl=r.choice(["г. Бишкек", "с. Ат-Башы", "г. Ош", "г. Токмок", "с. Кочкор"]),
              c=g(d, "гражданина", "гражданки"), ps=ps, pin=pin, pr=g(d, "проживающего", "проживающей"), a=addr,
              x=extra_ru)
    else:
        act.p("{d}, {b}, Кыргыз Республикасынын жараны, {ps}, ЖИН {pin}, {a} дарегинде жашаган, {x},",
              d=d("upper" if r.random() < 0.4 else "full"), b=born(act, d, bd), ps=ps, pin=pin, a=addr, x=extra_ky)


# ------------------------------------------------------------------------------------------
def verdict_plea_agreement(act):
    r = act.r
    setup(act, "first", "verdict", "criminal", rand_date(r, 2023, 2025))
    L = act.lang == "ru"
    pr, adv, inv = official(act, "prosecutor"), official(act, "advocate", female=False), official(act, "investigator", female=False)
    d = person(act, "defendant")
    co = person(act, "third_party", female=False)
    v = person(act, "victim", female=True)
    w = person(act, "witness")
    child = person(act, "third_party").child_of(d) if not d.female else person(act, "third_party")
    if d.female:
        child.share_surname(d)
    bd = rand_date(r, 1975, 2002)
    addr = W.address(act)
    vaddr = W.address(act)
    ph = W.phone(act)
    wph = W.phone(act)
    n = r.randint(3, 9)
    amt, _ = W.amount(r, 5000, 50000, act.lang, 5000)
    st = "ч. 1 ст. 246 УК КР" if L else "Кыргыз Республикасынын Жазык кодексинин 246-беренесинин 1-бөлүгү"
    st_k = K(st, "statute")
    ev = rand_date(r, act.date.year - 1, act.date.year - 1)
    header(act, "ПРИГОВОР", "ӨКҮМ", "1")
    if L:
        composition(act, ", с участием государственного обвинителя {pr}, защитника — адвоката {adv}, {pd} {d}",
                    pr=pr("init", "gen"), adv=adv("init"), pd=g(d, "подсудимого", "подсудимой"), d=later(act, d, "gen"))
        act.p("рассмотрев в открытом судебном заседании в порядке, предусмотренном главой о процессуальном "
              "соглашении о признании вины, уголовное дело в отношении")
        defendant_intro(act, d, bd, addr)
        act.p("{o} в совершении преступления, предусмотренного {st},", o=g(d, "обвиняемого", "обвиняемой"), st=st_k)
        act.p("У С Т А Н О В И Л:")
        act.p("{d} в {m} {y} года, действуя по предварительному сговору с {co}, уголовное дело в отношении которого "
              "выделено в отдельное производство, приобрёл{e} у неустановленного лица поддельные банковские билеты "
              "Национального банка Кыргызской Республики номиналом 5000 сом в количестве {n} штук.",
              d=later(act, d), m=["январе", "марте", "мае", "сентябре", "ноябре"][r.randint(0, 4)], y=str(ev.year),
              co=co("full", "ins"), e=g(d, "", "а"), n=str(n))
        act.p("{ev} около 14 часов {d} на рынке «Ош» сбыл{e} один поддельный билет продавцу {v}, "
              "расплатившись им за товар, а затем пытал{e2} сбыть ещё один билет {w}, котор{wo} заметил{we} признаки "
              "подделки и сообщил{we} о случившемся по телефону {wph}.", ev=K(ru_date(ev), "act_date"),
              d=later(act, d), e=g(d, "", "а"), e2=g(d, "ся", "ась"), v=v("full", "dat"), w=w("full", "dat"),
              wo=g(w, "ый", "ая"), we=g(w, "", "а"), wph=wph)
        act.p("В ходе досудебного производства между прокурором и {ob} {d} заключено процессуальное соглашение "
              "о признании вины. Защитник {adv} подтвердил, что соглашение заключено добровольно, после консультации "
              "с защитником.", ob=g(d, "обвиняемым", "обвиняемой"), d=later(act, d, "ins"), adv=adv("init_first"))
        act.p("Потерпевшая {v}, проживающая по адресу: {va}, в заявлении просила рассмотреть дело без её участия, "
              "ущерб в сумме {amt} ей возмещён.", v=later(act, v), va=vaddr, amt=amt)
        act.p("Следователь {inv} изъял{ie} у {d} мобильный телефон с абонентским номером {ph}, в памяти которого "
              "обнаружена переписка с {co}.", inv=inv("init"), ie="", d=later(act, d, "gen"), ph=ph,
              co=later(act, co, "ins"))
        lookalike(act)
        act.p("При назначении наказания суд учитывает, что {d} вину признал{e}, на иждивении имеет "
              "малолетнего ребёнка — {c}, {cb}.", d=later(act, d), e=g(d, "", "а"), c=child("full", "acc"),
              cb=born(act, child, rand_date(r, 2014, 2021), r.choice(["long", "year"]), case="acc"))
        act.p("Руководствуясь ст.ст. 331–333 УПК КР, суд")
        act.p("П Р И Г О В О Р И Л:")
        act.p("{d} признать виновн{e} в совершении преступления, предусмотренного {st}, и назначить наказание в виде "
              "лишения свободы сроком на 3 (три) года с применением пробации сроком на 2 года.",
              d=d("upper"), e=g(d, "ым", "ой"), st=K(st, "statute"))
        act.p("Вещественные доказательства: поддельные билеты — уничтожить; мобильный телефон с номером {ph} — "
              "вернуть {d}.", ph=ph, d=later(act, d, "dat"))
    else:
        composition(act, ", мамлекеттик айыптоочу {pr}, коргоочу — адвокат {adv}, соттолуучу {d}",
                    pr=pr("init"), adv=adv("init"), d=later(act, d))
        act.p("ачык соттук отурумда күнөөнү мойнуна алуу жөнүндө процесстик макулдашуунун тартибинде")
        defendant_intro(act, d, bd, addr)
        act.p("{st} менен каралган кылмышты жасоого айыпталган жазык ишин карап чыгып,", st=st_k)
        act.p("А Н Ы К Т А Д Ы:")
        act.p("{d} {y}-жылы {co} менен алдын ала сүйлөшүп, аныкталбаган адамдан Кыргыз Республикасынын Улуттук "
              "банкынын 5000 сомдук {n} даана жасалма банкнотасын сатып алган. {co2} карата жазык иши өзүнчө "
              "өндүрүшкө бөлүнгөн.", d=later(act, d), y=str(ev.year), co=co("full"), n=str(n),
              co2=later(act, co, "dat"))
        act.p("{ev} саат 14:00 чамасында {d} «Ош» базарында сатуучу {v} бир жасалма банкнотаны берип товар сатып "
              "алган, андан кийин дагы бир банкнотаны {w} өткөрүүгө аракет кылган, бирок ал жасалмалыгын байкап, "
              "{wph} телефону аркылуу милицияга кабарлаган.", ev=K(ky_date(ev, "loc"), "act_date"), d=later(act, d),
              v=v("full", "dat"), w=w("full", "dat"), wph=wph)
        act.p("Сотко чейинки өндүрүштө прокурор менен айыпталуучу {d} ортосунда күнөөнү мойнуна алуу жөнүндө "
              "процесстик макулдашуу түзүлгөн. Коргоочу {adv} макулдашуу ыктыярдуу түзүлгөнүн ырастады.",
              d=later(act, d), adv=adv("init_first"))
        act.p("Жабырлануучу {v}, {va} дарегинде жашаган, ишти анын катышуусуз кароону суранган, ага {amt} "
              "өлчөмүндөгү зыян толугу менен төлөнгөн.", v=later(act, v), va=vaddr, amt=amt)
        act.p("Тергөөчү {inv} {d} {ph} номериндеги уюлдук телефонун алып койгон, анда {co} менен жазышуулар "
              "табылган.", inv=inv("init"), d=later(act, d, "gen"), ph=ph, co=later(act, co))
        lookalike(act)
        act.p("Жаза дайындоодо сот {d} күнөөсүн мойнуна алганын, багуусунда жашы жете элек баласы {c}, {cb} бар "
              "экенин эске алат.", d=later(act, d, "gen"), c=child("full"), cb=born(act, child, rand_date(r, 2014, 2021)))
        act.p("Баяндалгандардын негизинде, КР ЖПКнын 331–333-беренелерин жетекчиликке алып, сот")
        act.p("Ө К Ү М   К Ы Л Д Ы:")
        act.p("{d} {st} менен каралган кылмышты жасоого күнөөлүү деп таанылсын жана ага 2 жыл пробациялык көзөмөл "
              "менен 3 (үч) жылга эркинен ажыратуу түрүндө жаза дайындалсын.", d=d("upper"), st=K(st, "statute"))
        act.p("Заттай далилдер: жасалма банкноталар жок кылынсын; {ph} номериндеги телефон {d} кайтарылсын.",
              ph=ph, d=later(act, d, "dat"))
    appeal_note(act)
    signature(act)


# ------------------------------------------------------------------------------------------
def verdict_online_loans(act):
    r = act.r
    setup(act, "first", "verdict", "criminal", rand_date(r, 2023, 2025))
    L = act.lang == "ru"
    pr, adv = official(act, "prosecutor"), official(act, "advocate")
    d = person(act, "defendant")
    vs = [person(act, "victim") for _ in range(r.randint(2, 3))]
    if r.random() < 0.5:
        vs[1].share_surname(d, vs[1].female)
    bd = rand_date(r, 1990, 2004)
    addr = W.address(act)
    dph, dem, dcard = W.phone(act), W.email(act, d), W.card(act)
    mfo = [r.choice(W.ORGS_WORDLIKE) for _ in vs]
    st = "п. 1 ч. 2 ст. 209 УК КР" if L else "КР Кылмыш-жаза кодексинин 209-беренесинин 2-бөлүгүнүн 1-пункту"
    header(act, "ПРИГОВОР", "ӨКҮМ", "1")
    vdata = []
    for v in vs:
        vdata.append((W.pin(act, v, rand_date(r, 1960, 2003)), pass_frag(act, v.people), W.phone(act),
                      W.amount(r, 8000, 95000, act.lang, 500)[0]))
    if L:
        composition(act, ", с участием прокурора {pr}, адвоката {adv}", pr=pr("init", "gen"), adv=adv("init", "gen"))
        act.p("рассмотрев в открытом судебном заседании уголовное дело в отношении")
        defendant_intro(act, d, bd, addr, g(d, "не работающего, ранее не судимого", "не работающей, ранее не судимой"))
        act.p("{o} в совершении преступления, предусмотренного {st},", o=g(d, "обвиняемого", "обвиняемой"),
              st=K(st, "statute"))
        act.p("УСТАНОВИЛ:")
        act.p("{d}, имея умысел на хищение чужого имущества путём обмана, в период с {a} по {b} получил{e} от "
              "знакомых под предлогом трудоустройства фотографии их паспортов и, используя их данные, оформил{e} "
              "на их имя онлайн-кредиты в микрокредитных компаниях через мобильные приложения.",
              d=d("full"), a=K(ru_date(rand_date(r, act.date.year - 2, act.date.year - 2)), "act_date"),
              b=K(ru_date(rand_date(r, act.date.year - 1, act.date.year - 1)), "act_date"), e=g(d, "", "а"))
        for (pin, ps, ph, amt), v, m in zip(vdata, vs, mfo):
            act.p("На имя {v} ({ps}, ПИН {pin}) в ОсОО МКК «{m}» оформлен кредит на сумму {amt}; при этом в "
                  "приложении был указан номер {ph}, принадлежащий потерпевш{ve}, а денежные средства переведены "
                  "на карту {card}, находящуюся в пользовании {d}.", v=v("full", "gen"), ps=ps, pin=pin,
                  m=K(m, "organization"), amt=amt, ph=ph, ve=g(v, "ему", "ей"), card=dcard, d=later(act, d, "gen"))
        act.p("Допрошенн{ve} в суде потерпевш{vx} {v} показал{ve2}, что {d} обещал{e} {vpr} работу в "
              "{kafe}, для чего попросил{e} прислать фото паспорта на электронную почту {em}.",
              ve=g(vs[0], "ый", "ая"), vx=g(vs[0], "ий", "ая"), v=later(act, vs[0]), ve2=g(vs[0], "", "а"),
              d=later(act, d), e=g(d, "", "а"), vpr=g(vs[0], "ему", "ей"), kafe=K("кафе «Нур»", "organization"),
              em=dem)
        act.p("Потерпевш{ve} {v} пояснил{e2}, что узнал{e2} о кредите из SMS на номер {ph}.",
              ve=g(vs[1], "ий", "ая"), v=vs[1]("gp" if vs[1].patr else "full"), e2=g(vs[1], "", "а"), ph=vdata[1][2])
        lookalike(act)
        act.p("Суд квалифицирует действия {d} по {st}.", d=later(act, d, "gen"), st=K(st, "statute"))
        act.p("ПРИГОВОРИЛ:")
        act.p("{d} признать виновн{e} по {st} и назначить наказание в виде лишения свободы сроком на 5 лет с "
              "отбыванием в исправительной колонии общего режима.", d=d("upper"), e=g(d, "ым", "ой"),
              st=K(st, "statute"))
        act.p("Взыскать с {d} в пользу {v} в возмещение ущерба {amt}.", d=later(act, d, "gen"),
              v=later(act, vs[0], "gen"), amt=vdata[0][3])
    else:
        composition(act, ", прокурор {pr}, адвокат {adv}", pr=pr("init"), adv=adv("init"))
        act.p("ачык соттук отурумда")
        defendant_intro(act, d, bd, addr, "иштебеген, мурда соттолбогон")
        act.p("{st} менен айыпталган жазык ишин карап чыгып,", st=K(st, "statute"))
        act.p("АНЫКТАДЫ:")
        act.p("{d} алдамчылык жолу менен бөтөндүн мүлкүн ээлеп алуу максатында {a} баштап {b} чейин тааныштарынан "
              "жумушка орноштуруу шылтоосу менен паспортторунун сүрөттөрүн алып, алардын атынан мобилдик тиркемелер "
              "аркылуу онлайн-насыяларды тариздеген.", d=d("full"),
              a=K(ky_date(rand_date(r, act.date.year - 2, act.date.year - 2), "loc").replace("ында", "ынан").replace("инде", "инен"), "act_date"),
              b=K(ky_date(rand_date(r, act.date.year - 1, act.date.year - 1), "poss") + "на", "act_date"))
        for (pin, ps, ph, amt), v, m in zip(vdata, vs, mfo):
            act.p("{v} ({ps}, ЖИН {pin}) атына «{m}» МКК ЖЧКсында {amt} өлчөмүндө насыя тариздел­ген; тиркемеде "
                  "жабырлануучуга таандык {ph} номери көрсөтүлгөн, акча {d} пайдалануусундагы {card} картасына "
                  "которулган.".replace("\u00ad", ""), v=v("full", "gen"), ps=ps, pin=pin, m=K(m, "organization"),
                  amt=amt, ph=ph, d=later(act, d, "gen"), card=dcard)
        act.p("Сотто суракка алынган жабырлануучу {v} {d} ага {kafe} жумуш убада кылып, паспортунун сүрөтүн {em} "
              "электрондук почтасына жөнөтүүнү суранганын көрсөттү.", v=later(act, vs[0]), d=later(act, d),
              kafe=K("«Нур» кафесинен", "organization"), em=dem)
        act.p("Жабырлануучу {v} насыя тууралуу {ph} номерине келген SMS аркылуу билгенин түшүндүрдү.",
              v=vs[1]("given"), ph=vdata[1][2])
        lookalike(act)
        act.p("Сот {d} аракеттерин {st} боюнча квалификациялайт.", d=later(act, d, "gen"), st=K(st, "statute"))
        act.p("ӨКҮМ КЫЛДЫ:")
        act.p("{d} {st} боюнча күнөөлүү деп таанылсын жана ага жалпы режимдеги түзөтүү колониясында 5 жылга "
              "эркинен ажыратуу жазасы дайындалсын.", d=d("upper"), st=K(st, "statute"))
        act.p("{d} {v} пайдасына {amt} өндүрүлсүн.", d=later(act, d, "abl"), v=later(act, vs[0], "gen"),
              amt=vdata[0][3])
    appeal_note(act)
    signature(act)


# ------------------------------------------------------------------------------------------
def verdict_labour_trafficking(act):
    r = act.r
    setup(act, "first", "verdict", "criminal", rand_date(r, 2023, 2025))
    L = act.lang == "ru"
    pr, adv, itp = official(act, "prosecutor"), official(act, "advocate"), official(act, "interpreter", people="uzbek")
    d = person(act, "defendant")
    acc = person(act, "third_party", female=not d.female).share_surname(d, None)
    vs = [person(act, "victim", people=r.choice(["kyrgyz", "kyrgyz", "uzbek", "tajik", "uyghur"])) for _ in range(r.randint(2, 3))]
    vs[-1].style = vs[-1].style if vs[-1].people != "kyrgyz" else "uulu"
    bd = rand_date(r, 1970, 1995)
    addr = W.address(act)
    dph = W.phone(act)
    rph = W.phone(act, foreign="ru")
    foreign = W.address(act, kind="foreign_ru")
    st = "ч. 2 ст. 171 УК КР" if L else "КР Кылмыш-жаза кодексинин 171-беренесинин 2-бөлүгү"
    header(act, "ПРИГОВОР", "ӨКҮМ", "1")
    vps = [pass_frag(act, v.people) for v in vs]
    if L:
        composition(act, ", с участием государственного обвинителя {pr}, защитника {adv}, переводчика {it}",
                    pr=pr("init", "gen"), adv=adv("init", "gen"), it=itp("init", "gen"))
        act.p("рассмотрев в открытом судебном заседании уголовное дело по обвинению")
        defendant_intro(act, d, bd, addr)
        act.p("в совершении преступления, предусмотренного {st},", st=K(st, "statute"))
        act.p("УСТАНОВИЛ:")
        act.p("{d}, зная о спросе на рабочую силу, через объявления в социальных сетях с номера {ph} предлагал{e} "
              "гражданам работу на складе в России с заработной платой 60 000 рублей.", d=later(act, d), ph=dph,
              e=g(d, "", "а"))
        names = []
        for i, (v, ps) in enumerate(zip(vs, vps)):
            names += (seg(", ") if i else []) + v("full", "acc") + seg(" (") + ps + seg(")")
        act.p("Таким образом {d} завербовал{e} {x}, которые были вывезены по адресу: {fa}, где у них "
              "отобрали паспорта и заставили работать без оплаты.", d=later(act, d), e=g(d, "", "а"),
              x=names, fa=foreign)
        act.p("Связь с работодателем {d} поддерживал{e} по номеру {rph}; денежные средства за каждого работника "
              "получал{e} на счёт {rel} {acc}.", d=later(act, d), e=g(d, "", "а"), rph=rph,
              rel=g(acc, "своего супруга", "своей супруги"), acc=acc("full", "gen"))
        act.p("Потерпевш{x} {v} показал{e}, что вернул{s} на родину только после обращения в Посольство "
              "Кыргызской Республики в Российской Федерации.", x=g(vs[0], "ий", "ая"), v=later(act, vs[0]),
              e=g(vs[0], "", "а"), s=g(vs[0], "ся", "ась"))
        act.p("Потерпевший {v} дал аналогичные показания через переводчика {it}.", v=later(act, vs[-1]),
              it=itp("init_first", "gen")) if not vs[-1].female else act.p(
            "Потерпевшая {v} дала аналогичные показания через переводчика {it}.", v=later(act, vs[-1]),
            it=itp("init_first", "gen"))
        lookalike(act)
        act.p("ПРИГОВОРИЛ:")
        act.p("{d} признать виновн{e} в совершении преступления, предусмотренного {st}, назначить наказание в виде "
              "лишения свободы на 8 лет.", d=d("upper_sur" if d.style != "uulu" else "upper"), e=g(d, "ым", "ой"),
              st=K(st, "statute"))
    else:
        composition(act, ", мамлекеттик айыптоочу {pr}, коргоочу {adv}, котормочу {it}",
                    pr=pr("init"), adv=adv("init"), it=itp("init"))
        act.p("ачык соттук отурумда")
        defendant_intro(act, d, bd, addr)
        act.p("{st} менен айыпталган жазык ишин карап чыгып,", st=K(st, "statute"))
        act.p("АНЫКТАДЫ:")
        act.p("{d} жумушчу күчүнө суроо-талапты билип, социалдык тармактардагы жарыялар аркылуу {ph} номеринен "
              "жарандарга Россиядагы кампада 60 000 рублдук айлык менен жумуш сунуштаган.", d=later(act, d), ph=dph)
        names = []
        for i, (v, ps) in enumerate(zip(vs, vps)):
            names += (seg(", ") if i else []) + v("full") + seg(" (") + ps + seg(")")
        act.p("Ошентип {d} {x} жумушка тартып, аларды {fa} дарегине жөнөткөн, ал жерде алардын паспорттору "
              "алынып, акы төлөнбөстөн иштетилген.", d=later(act, d), x=names + seg(" жарандарды"),
              fa=foreign)
        act.p("{d} иш берүүчү менен {rph} номери аркылуу байланышып, ар бир жумушчу үчүн акчаны {acc} эсебине "
              "алып турган.", d=later(act, d), rph=rph, acc=acc("full", "gen"))
        act.p("Жабырлануучу {v} Кыргыз Республикасынын Россия Федерациясындагы элчилигине кайрылгандан кийин гана "
              "мекенине кайтканын көрсөттү.", v=later(act, vs[0]))
        act.p("Жабырлануучу {v} котормочу {it} аркылуу ушундай эле көрсөтмө берди.", v=later(act, vs[-1]),
              it=itp("init_first"))
        lookalike(act)
        act.p("ӨКҮМ КЫЛДЫ:")
        act.p("{d} {st} боюнча күнөөлүү деп таанылсын жана ага 8 жылга эркинен ажыратуу жазасы дайындалсын.",
              d=d("upper"), st=K(st, "statute"))
    appeal_note(act)
    signature(act)


# ------------------------------------------------------------------------------------------
def resolution_probation_revocation(act):
    r = act.r
    setup(act, "first", "resolution", "criminal", rand_date(r, 2023, 2025))
    L = act.lang == "ru"
    pr, po = official(act, "prosecutor"), official(act, "official", female=False)
    old_j = official(act, "judge")
    c = person(act, "defendant")
    mom = person(act, "witness", female=True).share_surname(c, True)
    bd = rand_date(r, 1985, 2003)
    addr = W.address(act)
    ph, mph = W.phone(act), W.phone(act)
    old = r.choice([x for x in W.COURTS if x != act.court])
    od = rand_date(r, act.date.year - 2, act.date.year - 1)
    st = "ст. 164 УК КР" if L else "КР Кылмыш-жаза кодексинин 164-беренеси"
    header(act, "ПОСТАНОВЛЕНИЕ", "ТОКТОМ", "1")
    pin = W.pin(act, c, bd)
    if L:
        composition(act, ", с участием прокурора {pr}, инспектора {pb} {po}, осуждённ{e} {c}",
                    pr=pr("init", "gen"), pb=K("Службы пробации Министерства юстиции Кыргызской Республики", "state_body"),
                    po=po("init", "gen"), e=g(c, "ого", "ой"), c=later(act, c, "gen"))
        act.p("рассмотрев в открытом судебном заседании представление органа пробации об отмене пробационного надзора "
              "и исполнении наказания в отношении {c}, {b}, ПИН {pin}, проживающ{e} по адресу: {a},",
              c=c("full", "gen"), b=born(act, c, bd, case="gen"), pin=pin, e=g(c, "его", "ей"), a=addr)
        act.p("У С Т А Н О В И Л:")
        act.p("Приговором {oc} от {od} (судья {oj}) {c} осужден{e} по {st} к 3 годам лишения свободы с "
              "применением пробационного надзора сроком на 2 года.", oc=court_gen(act, old),
              od=K(ru_date(od), "act_date"), oj=old_j("init"), c=later(act, c), e=g(c, "", "а"), st=K(st, "statute"))
        act.p("Инспектор {po} пояснил, что осуждённ{e} трижды не явил{s} на регистрацию, сменил{e2} место жительства "
              "без уведомления, на звонки по номеру {ph} не отвечал{e2}.", po=po("init"), e=g(c, "ый", "ая"),
              s=g(c, "ся", "ась"), e2=g(c, "", "а"), ph=ph)
        act.p("Мать осуждённ{e} — {m} (тел. {mph}) показала, что {x} с весны живёт у знакомых в "
              "г. Бишкек и домой не приходит.", e=g(c, "ого", "ой"), m=mom("full"), mph=mph,
              x=g(c, "сын", "дочь"))
        lookalike(act)
        act.p("Руководствуясь ст. 67 УИК КР, суд")
        act.p("ПОСТАНОВИЛ:")
        act.p("Представление удовлетворить. Отменить пробационный надзор в отношении {c} и направить осуждённ{e} "
              "для отбывания наказания в виде лишения свободы сроком на 3 года.", c=c("upper", "gen"),
              e=g(c, "ого", "ую"))
    else:
        composition(act, ", прокурор {pr}, {pb} инспектору {po}, соттолгон {c}",
                    pr=pr("init"), pb=K("Кыргыз Республикасынын Юстиция министрлигинин Пробация кызматынын", "state_body"),
                    po=po("init"), c=later(act, c))
        act.p("ачык соттук отурумда пробация органынын соттолгон {c} ({b}, ЖИН {pin}, {a} дарегинде жашайт) карата "
              "пробациялык көзөмөлдү жокко чыгаруу жөнүндө сунушун карап чыгып,",
              c=c("full", "dat"), b=born(act, c, bd), pin=pin, a=addr)
        act.p("А Н Ы К Т А Д Ы:")
        act.p("{oc} {od} өкүмү менен (судья {oj}) {c} {st} боюнча 2 жылдык пробациялык көзөмөл менен 3 жылга "
              "эркинен ажыратууга соттолгон.", oc=court_gen(act, old), od=K(ky_date(od, "attr"), "act_date"),
              oj=old_j("init"), c=later(act, c), st=K(st, "statute"))
        act.p("Инспектор {po} соттолгон адам каттоого үч жолу келбегенин, эскертпестен жашаган жерин алмаштырганын, "
              "{ph} номерине чалууларга жооп бербегенин түшүндүрдү.", po=po("init"), ph=ph)
        act.p("Соттолгондун энеси {m} (тел. {mph}) {c} жазтан бери Бишкек шаарында тааныштарыныкында жашап, үйгө "
              "келбей жатканын көрсөттү.", m=mom("full"), mph=mph, c=later(act, c))
        lookalike(act)
        act.p("КР ЖААКтын 67-беренесин жетекчиликке алып, сот")
        act.p("ТОКТОМ КЫЛДЫ:")
        act.p("Сунуш канааттандырылсын. {c} карата пробациялык көзөмөл жокко чыгарылсын жана ал 3 жылга эркинен "
              "ажыратуу жазасын өтөө үчүн жөнөтүлсүн.", c=c("upper", "dat"))
    appeal_note(act)
    signature(act)


# ------------------------------------------------------------------------------------------
def resolution_search_authorization(act):
    r = act.r
    setup(act, "first", "resolution", "criminal", rand_date(r, 2023, 2025))
    L = act.lang == "ru"
    inv, pr = official(act, "investigator", female=False), official(act, "prosecutor")
    s = person(act, "defendant", female=False)
    fa = person(act, "third_party", female=False)
    s.child_of(fa)
    fa.given = s.father
    wife = person(act, "third_party", female=True).share_surname(s, True)
    addr = W.address(act)
    ph1, ph2 = W.phone(act), W.phone(act)
    pl = W.plate(act)
    prop = W.prop_code(act)
    st = "ч. 1 ст. 205 УК КР" if L else "КР Кылмыш-жаза кодексинин 205-беренесинин 1-бөлүгү"
    ud = f"{r.randint(10, 99)}-{r.randint(100, 999)}-{act.date.year}-{r.randint(1000, 9999):06d}"
    header(act, "ПОСТАНОВЛЕНИЕ", "ТОКТОМ", "1")
    if L:
        act.p("Следственный судья {c} {j}, с участием прокурора {pr}, следователя {inv}, при секретаре {sec},",
              c=court_gen(act), j=act.judges[0]("init"), pr=pr("init", "gen"), inv=inv("init", "gen"),
              sec=act.secretary("init", "pre"))
        act.p("рассмотрев ходатайство следователя о разрешении производства обыска и получения сведений о соединениях "
              "абонентов по уголовному делу № {ud},", ud=K(ud, "case_number"))
        act.p("УСТАНОВИЛ:")
        act.p("Органом следствия расследуется дело по признакам преступления, предусмотренного {st}. По подозрению в "
              "его совершении задержан {s}, {b}.", st=K(st, "statute"), s=s("full"),
              b=born(act, s, rand_date(r, 1988, 2001), "short"))
        act.p("Следователь {inv} указал, что похищенное может храниться в жилом доме по адресу: {a} (код объекта "
              "{pc}), принадлежащем отцу подозреваемого — {f}, где {s} проживает с супругой {w}.",
              inv=inv("init"), a=addr, pc=prop, f=fa("full", "dat"), s=later(act, s), w=wife("full", "ins"))
        act.p("Кроме того, необходимо осмотреть автомобиль «Toyota Camry» с государственным номером {pl} и получить "
              "от {op} сведения о соединениях абонентских номеров {p1} и {p2}, находящихся в пользовании {s} "
              "и {f}.", pl=W.plate_seg(pl), op=K("ЗАО «Альфа Телеком»", "organization"), p1=ph1, p2=ph2,
              s=s("init", "gen"), f=fa("gp" if fa.patr else "full", "gen"))
        lookalike(act)
        act.p("Руководствуясь ст. 56 УПК КР, следственный судья")
        act.p("ПОСТАНОВИЛ:")
        act.p("Ходатайство удовлетворить. Разрешить производство обыска в жилище по адресу: {a} и осмотр автомобиля "
              "{pl}; разрешить получение сведений о соединениях номеров {p1}, {p2} за период с {d1} по день "
              "задержания {s}.", a=addr, pl=W.plate_seg(pl, pl[0].replace(" ", "") if " " in pl[0] else None),
              p1=ph1, p2=ph2, d1=K(ru_date(rand_date(r, act.date.year - 1, act.date.year - 1)), "act_date"),
              s=later(act, s, "gen"))
    else:
        act.p("{c} тергөө судьясы {j}, прокурор {pr}, тергөөчү {inv}, катчы {sec} катышуусу менен,",
              c=court_gen(act), j=act.judges[0]("init"), pr=pr("init"), inv=inv("init"), sec=act.secretary("init"))
        act.p("№ {ud} жазык иши боюнча тинтүү жүргүзүүгө жана абоненттердин байланыштары тууралуу маалымат алууга "
              "уруксат берүү жөнүндө тергөөчүнүн өтүнүчүн карап чыгып,", ud=K(ud, "case_number"))
        act.p("АНЫКТАДЫ:")
        act.p("Тергөө органы тарабынан {st} белгилери боюнча иш иликтенүүдө. Аны жасады деген шек менен {s}, {b}, "
              "кармалган.", st=K(st, "statute"), s=s("full"), b=born(act, s, rand_date(r, 1988, 2001)))
        act.p("Тергөөчү {inv} уурдалган мүлк шектүүнүн атасы {f} таандык {a} дарегиндеги турак үйдө (объекттин "
              "коду {pc}) сакталышы мүмкүн экенин, ал жерде {s} жубайы {w} менен жашаарын көрсөттү.",
              inv=inv("init"), f=fa("full", "dat"), a=addr, pc=prop, s=later(act, s), w=wife("full"))
        act.p("Мындан тышкары {pl} мамлекеттик номериндеги «Toyota Camry» автоунаасын кароо жана {op} {s} жана {f} "
              "пайдаланган {p1} жана {p2} номерлеринин байланыштары тууралуу маалымат алуу зарыл.",
              pl=W.plate_seg(pl), op=K("«Альфа Телеком» ЖАКтан", "organization"), s=later(act, s), f=later(act, fa),
              p1=ph1, p2=ph2)
        lookalike(act)
        act.p("КР ЖПКнын 56-беренесин жетекчиликке алып, тергөө судьясы")
        act.p("ТОКТОМ КЫЛДЫ:")
        act.p("Өтүнүч канааттандырылсын. {a} дарегиндеги турак жайда тинтүү жүргүзүүгө, {pl} автоунаасын кароого, "
              "{p1}, {p2} номерлеринин байланыштары тууралуу маалымат алууга уруксат берилсин.", a=addr,
              pl=W.plate_seg(pl), p1=ph1, p2=ph2)
    if L:
        act.t("Постановление обжалованию не подлежит.\n")
        act.f("Следственный судья{sp}{j}\n", sp=" " * r.randint(2, 30), j=act.judges[0]("init"))
    else:
        act.t("Токтомго даттанууга болбойт.\n")
        act.f("Тергөө судьясы{sp}{j}\n", sp=" " * r.randint(2, 30), j=act.judges[0]("init"))
