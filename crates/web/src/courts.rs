//! The courts of the Kyrgyz Republic offered in the court filter. Acts from a court not
//! listed here still show up: the filter adds every court code the index knows.

pub struct KnownCourt {
    pub code: &'static str,
    pub name_ru: &'static str,
    pub name_ky: &'static str,
}

const fn court(code: &'static str, name_ru: &'static str, name_ky: &'static str) -> KnownCourt {
    KnownCourt {
        code,
        name_ru,
        name_ky,
    }
}

pub static COURTS: &[KnownCourt] = &[
    court(
        "supreme",
        "Верховный суд Кыргызской Республики",
        "Кыргыз Республикасынын Жогорку соту",
    ),
    court(
        "bishkek-city",
        "Бишкекский городской суд",
        "Бишкек шаардык соту",
    ),
    court(
        "bishkek-pervomaisky",
        "Первомайский районный суд г. Бишкек",
        "Бишкек шаарынын Биринчи май райондук соту",
    ),
    court(
        "bishkek-leninsky",
        "Ленинский районный суд г. Бишкек",
        "Бишкек шаарынын Ленин райондук соту",
    ),
    court(
        "bishkek-oktyabrsky",
        "Октябрьский районный суд г. Бишкек",
        "Бишкек шаарынын Октябрь райондук соту",
    ),
    court(
        "bishkek-sverdlovsky",
        "Свердловский районный суд г. Бишкек",
        "Бишкек шаарынын Свердлов райондук соту",
    ),
    court(
        "bishkek-interdistrict",
        "Бишкекский межрайонный суд",
        "Бишкек райондор аралык соту",
    ),
    court("osh-city", "Ошский городской суд", "Ош шаардык соту"),
    court("osh-regional", "Ошский областной суд", "Ош облустук соту"),
    court(
        "chui-regional",
        "Чуйский областной суд",
        "Чүй облустук соту",
    ),
    court(
        "chui-alamudun",
        "Аламудунский районный суд Чуйской области",
        "Чүй облусунун Аламүдүн райондук соту",
    ),
    court(
        "chui-sokuluk",
        "Сокулукский районный суд Чуйской области",
        "Чүй облусунун Сокулук райондук соту",
    ),
    court(
        "issyk-kul-regional",
        "Иссык-Кульский областной суд",
        "Ысык-Көл облустук соту",
    ),
    court(
        "karakol-city",
        "Каракольский городской суд",
        "Каракол шаардык соту",
    ),
    court(
        "naryn-regional",
        "Нарынский областной суд",
        "Нарын облустук соту",
    ),
    court(
        "talas-regional",
        "Таласский областной суд",
        "Талас облустук соту",
    ),
    court(
        "jalal-abad-regional",
        "Джалал-Абадский областной суд",
        "Жалал-Абад облустук соту",
    ),
    court(
        "jalal-abad-city",
        "Джалал-Абадский городской суд",
        "Жалал-Абад шаардык соту",
    ),
    court(
        "batken-regional",
        "Баткенский областной суд",
        "Баткен облустук соту",
    ),
];

pub fn find(code: &str) -> Option<&'static KnownCourt> {
    COURTS.iter().find(|c| c.code == code)
}
