"""Courts, state bodies, companies, streets and personal identifiers for heldout7."""
import names as N
from core import seg, ru_date, ru_date_short, ky_date, KY_MONTHS_LOC

# code, ru nominative, ru genitive, ky nominative, city ru, city ky, court street (ru, ky)
COURTS = [
    ("bishkek-pervomaisky", "Первомайский районный суд города Бишкек", "Первомайского районного суда города Бишкек",
     "Бишкек шаарынын Биринчи май райондук соту", "г. Бишкек", "Бишкек шаары", ("ул. Токтогула, 125", "Токтогул көчөсү, 125")),
    ("bishkek-leninsky", "Ленинский районный суд города Бишкек", "Ленинского районного суда города Бишкек",
     "Бишкек шаарынын Ленин райондук соту", "г. Бишкек", "Бишкек шаары", ("ул. Абдрахманова, 152", "Абдрахманов көчөсү, 152")),
    ("bishkek-oktyabrsky", "Октябрьский районный суд города Бишкек", "Октябрьского районного суда города Бишкек",
     "Бишкек шаарынын Октябрь райондук соту", "г. Бишкек", "Бишкек шаары", ("ул. Раззакова, 49", "Раззаков көчөсү, 49")),
    ("bishkek-sverdlovsky", "Свердловский районный суд города Бишкек", "Свердловского районного суда города Бишкек",
     "Бишкек шаарынын Свердлов райондук соту", "г. Бишкек", "Бишкек шаары", ("ул. Ибраимова, 36", "Ибраимов көчөсү, 36")),
    ("osh-city", "Ошский городской суд", "Ошского городского суда", "Ош шаардык соту", "г. Ош", "Ош шаары",
     ("ул. Курманжан Датки, 271", "Курманжан Датка көчөсү, 271")),
    ("chui-sokuluk", "Сокулукский районный суд Чуйской области", "Сокулукского районного суда Чуйской области",
     "Чүй облусунун Сокулук райондук соту", "с. Сокулук", "Сокулук айылы", ("ул. Фрунзе, 98", "Фрунзе көчөсү, 98")),
    ("chui-alamudun", "Аламудунский районный суд Чуйской области", "Аламудунского районного суда Чуйской области",
     "Чүй облусунун Аламүдүн райондук соту", "с. Лебединовка", "Лебединовка айылы", ("ул. Ленина, 27", "Ленин көчөсү, 27")),
    ("issykkul-karakol", "Каракольский городской суд", "Каракольского городского суда", "Каракол шаардык соту",
     "г. Каракол", "Каракол шаары", ("ул. Абдрахманова, 130", "Абдрахманов көчөсү, 130")),
    ("naryn-city", "Нарынский городской суд", "Нарынского городского суда", "Нарын шаардык соту", "г. Нарын",
     "Нарын шаары", ("ул. Ленина, 38", "Ленин көчөсү, 38")),
    ("talas-city", "Таласский городской суд", "Таласского городского суда", "Талас шаардык соту", "г. Талас",
     "Талас шаары", ("ул. Манаса, 205", "Манас көчөсү, 205")),
    ("jalalabad-city", "Джалал-Абадский городской суд", "Джалал-Абадского городского суда", "Жалал-Абад шаардык соту",
     "г. Джалал-Абад", "Жалал-Абад шаары", ("ул. Ленина, 16", "Ленин көчөсү, 16")),
    ("osh-karasuu", "Кара-Суйский районный суд Ошской области", "Кара-Суйского районного суда Ошской области",
     "Ош облусунун Кара-Суу райондук соту", "г. Кара-Суу", "Кара-Суу шаары", ("ул. Токтогула, 4", "Токтогул көчөсү, 4")),
    ("issykkul-tyup", "Тюпский районный суд Иссык-Кульской области", "Тюпского районного суда Иссык-Кульской области",
     "Ысык-Көл облусунун Түп райондук соту", "с. Тюп", "Түп айылы", ("ул. Исанова, 11", "Исанов көчөсү, 11")),
    ("batken-city", "Баткенский районный суд", "Баткенского районного суда", "Баткен райондук соту", "г. Баткен",
     "Баткен шаары", ("ул. Победы, 8", "Жеңиш көчөсү, 8")),
]
APPEAL_COURTS = [
    ("bishkek-city", "Бишкекский городской суд", "Бишкекского городского суда", "Бишкек шаардык соту", "г. Бишкек",
     "Бишкек шаары", ("пр. Чуй, 114", "Чүй проспектиси, 114")),
    ("chui-regional", "Чуйский областной суд", "Чуйского областного суда", "Чүй облустук соту", "г. Бишкек",
     "Бишкек шаары", ("ул. Боконбаева, 131", "Боконбаев көчөсү, 131")),
    ("osh-regional", "Ошский областной суд", "Ошского областного суда", "Ош облустук соту", "г. Ош", "Ош шаары",
     ("ул. Ленина, 287", "Ленин көчөсү, 287")),
]
REGIONAL = {
    "issykkul": ("issykkul-regional", "Иссык-Кульский областной суд", "Иссык-Кульского областного суда",
                 "Ысык-Көл облустук соту", "г. Каракол", "Каракол шаары", ("ул. Абдрахманова, 130", "Абдрахманов көчөсү, 130")),
    "naryn": ("naryn-regional", "Нарынский областной суд", "Нарынского областного суда", "Нарын облустук соту",
              "г. Нарын", "Нарын шаары", ("ул. Ленина, 40", "Ленин көчөсү, 40")),
    "talas": ("talas-regional", "Таласский областной суд", "Таласского областного суда", "Талас облустук соту",
              "г. Талас", "Талас шаары", ("ул. Сарыгулова, 3", "Сарыгулов көчөсү, 3")),
    "jalalabad": ("jalalabad-regional", "Джалал-Абадский областной суд", "Джалал-Абадского областного суда",
                  "Жалал-Абад облустук соту", "г. Джалал-Абад", "Жалал-Абад шаары", ("ул. Эркиндик, 51", "Эркиндик көчөсү, 51")),
    "batken": ("batken-regional", "Баткенский областной суд", "Баткенского областного суда", "Баткен облустук соту",
               "г. Баткен", "Баткен шаары", ("ул. Победы, 8", "Жеңиш көчөсү, 8")),
}


def appeal_for(court):
    code = court[0]
    if code.startswith("bishkek"):
        return APPEAL_COURTS[0]
    if code.startswith("chui"):
        return APPEAL_COURTS[1]
    if code.startswith("osh"):
        return APPEAL_COURTS[2]
    if code.startswith("issykkul"):
        return REGIONAL["issykkul"]
    return REGIONAL[code.split("-")[0]]


SUPREME = ("supreme", "Верховный суд Кыргызской Республики", "Верховного суда Кыргызской Республики",
           "Кыргыз Республикасынын Жогорку соту", "г. Бишкек", "Бишкек шаары", ("бул. Эркиндик, 39", "Эркиндик бульвары, 39"))


def ky_gen(ky):
    return ky[:-len("соту")] + "сотунун" if ky.endswith("соту") else ky


def ky_dat(ky):
    return ky[:-len("соту")] + "сотуна" if ky.endswith("соту") else ky


# ---------------------------------------------------------------------------------------
# addresses

RU_REGIONS = [
    ("Чуйская область", "Чүй облусу", [("Аламудунский район", "Аламүдүн району", ["Лебединовка", "Восток", "Таш-Дёбё"]),
                                       ("Сокулукский район", "Сокулук району", ["Шопоков", "Кун-Туу", "Военно-Антоновка"]),
                                       ("Ысык-Атинский район", "Ысык-Ата району", ["Кант", "Ивановка", "Кочкорбаев"])]),
    ("Ошская область", "Ош облусу", [("Кара-Суйский район", "Кара-Суу району", ["Папан", "Кашгар-Кыштак", "Нариман"]),
                                     ("Араванский район", "Араван району", ["Тепе-Коргон", "Керме-Тоо"])]),
    ("Иссык-Кульская область", "Ысык-Көл облусу", [("Тюпский район", "Түп району", ["Сары-Булак", "Тогуз-Булак"]),
                                                   ("Ак-Суйский район", "Ак-Суу району", ["Теплоключенка", "Ак-Булак"])]),
    ("Нарынская область", "Нарын облусу", [("Ат-Башинский район", "Ат-Башы району", ["Ак-Муз", "Казыбек"])]),
    ("Таласская область", "Талас облусу", [("Бакай-Атинский район", "Бакай-Ата району", ["Боо-Терек", "Кызыл-Октябрь"])]),
    ("Джалал-Абадская область", "Жалал-Абад облусу", [("Сузакский район", "Сузак району", ["Кара-Дарыя", "Барпы"])]),
]
STREETS = [("ул. Садовая", "Садовая көчөсү"), ("ул. Школьная", "Мектеп көчөсү"), ("ул. Новая", "Жаңы көчөсү"),
           ("ул. Молодёжная", "Жаштар көчөсү"), ("ул. Ахунбаева", "Ахунбаев көчөсү"), ("ул. Горького", "Горький көчөсү"),
           ("ул. Мира", "Тынчтык көчөсү"), ("ул. Кооперативная", "Кооператив көчөсү"), ("ул. Арча-Бешик", "Арча-Бешик көчөсү"),
           ("ул. Байтик Баатыра", "Байтик Баатыр көчөсү"), ("ул. Алма-Атинская", "Алма-Ата көчөсү"),
           ("ул. Жибек Жолу", "Жибек Жолу көчөсү"), ("ул. Дэн Сяопина", "Дэн Сяопин көчөсү"), ("пер. Тихий", "Тынч тар көчөсү")]
MKR = ["Джал-29", "Асанбай", "Восток-5", "Тунгуч", "Аламедин-1", "Улан-2", "Кок-Жар", "Джал-23"]
ZHM = ["Ак-Ордо", "Калыс-Ордо", "Ала-Тоо", "Арча-Бешик", "Кок-Жар", "Учкун", "Келечек"]
AO = ["Жаңы-Жер", "Ак-Таш", "Сары-Жон", "Кызыл-Туу", "Көк-Сай"]
FOREIGN = [("Республика Казахстан, г. Алматы, ул. Толе би, д. {h}, кв. {f}",
            "Казакстан Республикасы, Алматы шаары, Толе би көчөсү, {h}-үй, {f}-батир"),
           ("Российская Федерация, г. Москва, ул. Профсоюзная, д. {h}, кв. {f}",
            "Россия Федерациясы, Москва шаары, Профсоюзная көчөсү, {h}-үй, {f}-батир"),
           ("Российская Федерация, Московская область, г. Балашиха, ул. Заречная, д. {h}, кв. {f}",
            "Россия Федерациясы, Москва облусу, Балашиха шаары, Заречная көчөсү, {h}-үй, {f}-батир"),
           ("Республика Узбекистан, Андижанская область, г. Асака, ул. Навои, д. {h}",
            "Өзбекстан Республикасы, Анжиян облусу, Асака шаары, Навои көчөсү, {h}-үй"),
           ("Российская Федерация, г. Екатеринбург, ул. Вилонова, д. {h}, кв. {f}",
            "Россия Федерациясы, Екатеринбург шаары, Вилонова көчөсү, {h}-үй, {f}-батир"),
           ("Республика Казахстан, Алматинская область, г. Каскелен, ул. Абая, д. {h}",
            "Казакстан Республикасы, Алматы облусу, Каскелең шаары, Абай көчөсү, {h}-үй")]


def address(act, lang=None, kind=None):
    """A home address, generated once and returned as an annotated piece."""
    r = act.r
    lang = lang or act.lang
    kind = kind or r.choice(["city", "city", "mkr", "zhm", "village", "village", "osh"])
    h, fl = r.randint(1, 160), r.randint(1, 120)
    st_ru, st_ky = r.choice(STREETS)
    if kind.startswith("foreign"):
        ru, ky = r.choice({"foreign": FOREIGN, "foreign_ru": [FOREIGN[1], FOREIGN[2], FOREIGN[4]],
                           "foreign_kz": [FOREIGN[0], FOREIGN[5]]}[kind])
        t = (ru if lang == "ru" else ky).format(h=h, f=fl)
    elif kind == "city":
        if lang == "ru":
            t = r.choice([f"г. Бишкек, {st_ru}, д. {h}, кв. {fl}", f"г.Бишкек, {st_ru}, {h}-{fl}",
                          f"г. Бишкек, {st_ru}, дом {h}, кв. {fl}"])
        else:
            t = r.choice([f"Бишкек шаары, {st_ky}, {h}-үй, {fl}-батир", f"Бишкек ш., {st_ky}, {h}/{fl}"])
    elif kind == "osh":
        if lang == "ru":
            t = f"г. Ош, {st_ru}, д. {h}"
        else:
            t = f"Ош шаары, {st_ky}, {h}-үй"
    elif kind == "mkr":
        m = r.choice(MKR)
        t = (f"г. Бишкек, мкр. {m}, д. {h}, кв. {fl}" if lang == "ru" else f"Бишкек шаары, {m} кичирайону, {h}-үй, {fl}-батир")
    elif kind == "zhm":
        z = r.choice(ZHM)
        t = (f"г. Бишкек, ж/м {z}, {st_ru}, д. {h}" if lang == "ru" else f"Бишкек шаары, {z} жаңы конушу, {st_ky}, {h}-үй")
    else:
        reg_ru, reg_ky, dists = r.choice(RU_REGIONS)
        d_ru, d_ky, vils = r.choice(dists)
        v = r.choice(vils)
        ao = r.choice(AO)
        if lang == "ru":
            t = r.choice([f"{reg_ru}, {d_ru}, с. {v}, {st_ru}, д. {h}",
                          f"{reg_ru}, {d_ru}, {ao} айыл окмоту, с. {v}, {st_ru}, {h}",
                          f"{d_ru}, с. {v}, {st_ru}, {h}"])
        else:
            t = r.choice([f"{reg_ky}, {d_ky}, {v} айылы, {st_ky}, {h}-үй",
                          f"{reg_ky}, {d_ky}, {ao} айыл аймагы, {v} айылы, {st_ky}, {h}",
                          f"{d_ky}, {v} айылы, {st_ky}, {h}-үй"])
    ent = act.new_id("ADDR")
    return seg(t, m="address", entity=ent)


def pin(act, person, bd, spaced=None):
    r = act.r
    g = "1" if person.female else "2"
    digits = g + f"{bd.day:02d}{bd.month:02d}{bd.year}" + f"{r.randint(0, 99999):05d}"
    if spaced is None:
        spaced = r.random() < 0.2
    if spaced:
        t = r.choice([digits[0] + " " + digits[1:9] + " " + digits[9:],
                      " ".join(digits[i:i + 4] for i in range(0, 14, 4)),
                      digits[:5] + " " + digits[5:9] + " " + digits[9:]])
    else:
        t = digits
    return seg(t, m="pin", entity=act.new_id("PIN"))


def passport(act, people="kyrgyz", form=None):
    """Returns (prefix words outside the mention, mention piece)."""
    r = act.r
    n7 = f"{r.randint(0, 9999999):07d}"
    ru = act.lang == "ru"
    ent = act.new_id("PASS")
    if people in ("kyrgyz", "dungan", "uyghur", "korean", "chechen", "russian", "azerbaijani", "turkish") or form:
        form = form or r.choice(["id", "id_sp", "an", "an_no", "ac", "an_glued"])
        if form == "id":
            return ("паспорт " if ru else "паспорту ", seg("ID" + n7, m="passport", entity=ent))
        if form == "id_sp":
            return ("ID-карта " if ru else "ID-картасы ", seg("ID " + n7, m="passport", entity=ent))
        if form == "an":
            return ("паспорт " if ru else "паспорту ", seg("AN " + n7, m="passport", entity=ent))
        if form == "an_glued":
            return ("паспорт " if ru else "паспорту ", seg("AN" + n7, m="passport", entity=ent))
        if form == "ac":
            return ("паспорт серии " if ru else "паспортунун сериясы ", seg("AC " + n7, m="passport", entity=ent))
        return ("паспорт серии " if ru else "паспорт сериясы ", seg("AN № " + n7, m="passport", entity=ent))
    if people == "kazakh":
        return ("паспорт гражданина Республики Казахстан " if ru else "Казакстан Республикасынын жаранынын паспорту ",
                seg("N" + f"{r.randint(0, 99999999):08d}", m="passport", entity=ent))
    if people == "uzbek":
        return ("паспорт гражданина Республики Узбекистан " if ru else "Өзбекстан Республикасынын жаранынын паспорту ",
                seg(r.choice(["FA", "AB", "AD"]) + n7, m="passport", entity=ent))
    if people == "tajik":
        return ("паспорт гражданина Республики Таджикистан " if ru else "Тажикстан Республикасынын жаранынын паспорту ",
                seg("4" + f"{r.randint(0, 99999999):08d}", m="passport", entity=ent))
    return ("паспорт " if ru else "паспорту ", seg("ID" + n7, m="passport", entity=ent))


def russian_passport(act):
    r = act.r
    t = f"{r.randint(45, 99)} {r.randint(0, 99):02d} {r.randint(0, 999999):06d}"
    return seg(t, m="passport", entity=act.new_id("PASS"))


MOBILE = ["555", "556", "557", "550", "551", "700", "701", "702", "705", "707", "770", "771", "772",
          "777", "778", "990", "995", "997", "999", "220", "221", "222", "227", "500", "502", "505", "509"]


def phone(act, form=None, foreign=None):
    r = act.r
    ent = act.new_id("PHONE")
    if foreign == "kz":
        d = f"{r.randint(0, 9999999):07d}"
        return seg(r.choice([f"+7 701 {d[:3]} {d[3:5]} {d[5:]}", f"+7 (747) {d[:3]}-{d[3:5]}-{d[5:]}"]), m="phone", entity=ent)
    if foreign == "ru":
        d = f"{r.randint(0, 9999999):07d}"
        return seg(r.choice([f"+7 (916) {d[:3]}-{d[3:5]}-{d[5:]}", f"+7 925 {d[:3]} {d[3:5]} {d[5:]}",
                             f"8 (926) {d[:3]}-{d[3:5]}-{d[5:]}"]), m="phone", entity=ent)
    c = r.choice(MOBILE)
    d = f"{r.randint(0, 999999):06d}"
    form = form or r.choice(["intl_sp", "intl", "loc_sp", "loc_dash", "intl_par", "city", "oblast", "loc_pairs",
                             "intl_dash"])
    t = {
        "intl_sp": f"+996 {c} {d[:3]} {d[3:]}",
        "intl": f"+996{c}{d}",
        "loc_sp": f"0{c} {d[:3]} {d[3:]}",
        "loc_dash": f"0{c}-{d[:2]}-{d[2:4]}-{d[4:]}",
        "intl_par": f"+996 ({c}) {d[:2]}-{d[2:4]}-{d[4:]}",
        "city": f"0(312) {d[:2]}-{d[2:4]}-{d[4:]}",
        "oblast": f"0 (3222) {d[0]}-{d[1:3]}-{d[3:5]}",
        "loc_pairs": f"0{c} {d[:2]} {d[2:4]} {d[4:]}",
        "intl_dash": f"+996-{c}-{d[:3]}-{d[3:]}",
    }[form]
    return seg(t, m="phone", entity=ent)


def email(act, person):
    r = act.r
    base = N.translit(person.given)[: r.randint(3, 8)]
    sur = N.translit(person.sur if person.style != "uulu" else person.father)
    t = r.choice([f"{base}.{sur}{r.randint(1, 99)}", f"{sur}_{base}", f"{base}{r.randint(1975, 2005)}",
                  f"{sur[:5]}.{base[:1]}{r.randint(10, 999)}"])
    dom = r.choice(["gmail.com", "mail.ru", "inbox.ru", "yandex.ru", "list.ru", "bk.ru", "icloud.com"])
    return seg(f"{t}@{dom}", m="email", entity=act.new_id("EMAIL"))


LAT = "ABEHKMOPTX"
CYR = dict(zip("ABEKMHOPCTX", "АВЕКМНОРСТХ"))


def plate(act, form=None):
    r = act.r
    reg = r.choice(["01", "02", "03", "04", "05", "06", "07", "08"])
    num = f"{r.randint(0, 999):03d}"
    let = "".join(r.choice("ABCEHKMOPTX") for _ in range(3))
    form = form or r.choice(["new", "new", "glued", "cyr", "old", "old_cyr"])
    if form == "new":
        t = f"{reg} KG {num} {let}"
    elif form == "glued":
        t = f"{reg}KG{num}{let}"
    elif form == "cyr":
        t = f"{reg} KG {num} " + "".join(CYR[c] for c in let)
    elif form == "old":
        t = f"{r.choice('BCEHMOST')} {r.randint(1000, 9999)} {let[:2]}"
    else:
        t = "".join(CYR[c] for c in r.choice("ABCEHMOT")) + f"{r.randint(1000, 9999)}" + "".join(CYR[c] for c in let[:2])
    return t, act.new_id("PLATE")


def plate_seg(t_ent, text=None):
    t, ent = t_ent
    return seg(text or t, m="plate", entity=ent)


def account(act, grouped=None):
    r = act.r
    bank = r.choice(["124", "103", "109", "118", "128", "129", "113"])
    d = bank + f"{r.randint(0, 10 ** 13 - 1):013d}"
    grouped = r.random() < 0.3 if grouped is None else grouped
    t = " ".join(d[i:i + 4] for i in range(0, 16, 4)) if grouped else d
    return seg(t, m="account", entity=act.new_id("ACC"))


def card(act):
    r = act.r
    d = r.choice(["4169", "5440", "9417", "4048", "5395"]) + f"{r.randint(0, 10 ** 12 - 1):012d}"
    t = r.choice([" ".join(d[i:i + 4] for i in range(0, 16, 4)), d])
    return seg(t, m="account", entity=act.new_id("ACC"))


def prop_code(act, plot=False):
    r = act.r
    t = f"{r.randint(1, 8)}-{r.randint(1, 12):02d}-{r.randint(1, 20):02d}-{r.randint(1, 9999):04d}-{r.randint(1, 9999):04d}"
    if not plot:
        t += f"-{r.randint(1, 9):02d}-{r.randint(1, 300):03d}" if r.random() < 0.6 else f"-{r.randint(1, 9):02d}"
    return seg(t, m="property_code", entity=act.new_id("PROP"))


def birth(act, bd, lang=None, form=None, female=False, case="nom"):
    """Birth date phrase: (before, mention, after)."""
    r = act.r
    lang = lang or act.lang
    ent = act.new_id("BD")
    if lang == "ru":
        form = form or r.choice(["short", "long", "year", "label"])
        if form == "short":
            return "", seg(ru_date_short(bd), m="birth_date", entity=ent), " г.р."
        if form == "long":
            word = {("nom", False): "родившийся", ("nom", True): "родившаяся", ("gen", False): "родившегося",
                    ("gen", True): "родившейся", ("acc", False): "родившегося",
                    ("acc", True): "родившуюся"}[(case, female)]
            return word + " ", seg(ru_date(bd), m="birth_date", entity=ent), ""
        if form == "year":
            return "", seg(str(bd.year), m="birth_date", entity=ent), " года рождения"
        return "дата рождения: ", seg(ru_date_short(bd), m="birth_date", entity=ent), ""
    form = form or r.choice(["year", "long", "short"])
    if form == "year":
        return "", seg(str(bd.year), m="birth_date", entity=ent), "-жылы туулган"
    if form == "long":
        return "", seg(ky_date(bd, "loc"), m="birth_date", entity=ent), " туулган"
    return "", seg(ru_date_short(bd), m="birth_date", entity=ent), "-ж. туулган"


# ---------------------------------------------------------------------------------------
# kept pieces

def K(text, kind, role=None):
    return seg(text, k=kind, role=role) if role else seg(text, k=kind)


def amount(r, lo, hi, lang, step=100):
    v = r.randrange(lo, hi, step)
    s = f"{v:,}".replace(",", " ")
    return K(f"{s} сом" if lang == "ru" else f"{s} сом", "amount"), v


ORGS_WORDLIKE = ["Бакыт Финанс", "Салам Кредит", "Тез Акча", "Надежда Микрофинанс", "Айгуль Кредит", "Ынтымак Капитал"]
DEVELOPERS = ["Ак Өргөө Курулуш", "Вера Строй", "Элита Курулуш", "Азамат Девелопмент", "Мир Жилья", "Салтанат Резиденс"]
BANKS_RU = ["ОАО «Айыл Банк»", "ОАО «РСК Банк»", "ЗАО «Демир Кыргыз Интернэшнл Банк»", "ОАО «Оптима Банк»",
            "ЗАО «Банк Компаньон»", "ОАО «Бакай Банк»", "ОАО «Мбанк»"]
BANKS_KY = ["«Айыл Банк» ААК", "«РСК Банк» ААК", "«Демир Кыргыз Интернэшнл Банк» ЖАК", "«Оптима Банк» ААК",
            "«Компаньон Банк» ЖАК", "«Бакай Банк» ААК", "«Мбанк» ААК"]


def org_inn(r):
    return "0" + f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(1995, 2020)}" + f"{r.randint(0, 99999):05d}"


LOOKALIKE_RU = [
    ("Стороны выразили {w} на скорейшее разрешение спора.", "надежду"),
    ("Суд разъяснил, что закон защищает мир и согласие в семье.", None),
    ("Свидетель пояснил, что утратил {w} в добросовестность ответчика.", "веру"),
    ("На участке росли кусты розы и яблони.", None),
    ("Истец указал, что дорожит своим добрым именем и славой честного работника.", None),
]
LOOKALIKE_KY = [
    ("Тараптар талаштын тез чечилишине {w} билдиришти.", "үмүт"),
    ("Сот үй-бүлөдөгү тынчтык жана ынтымак мыйзам менен корголорун түшүндүрдү.", None),
    ("Күбө жоопкердин сөзүнө {w} калбаганын айтты.", "ишеними"),
    ("Короодо гүлдөр, анын ичинде айгүл жана роза өскөн.", None),
    ("Доогер өзүнүн ак ниеттүү эмгеги менен даңкка жетишкенин билдирди.", None),
]
