//! The interface in Russian and Kyrgyz. Every visible string lives here.

use courtpub_domain::{ActKind, CaseCategory, Instance, Language};
use courtpub_index::Sort;

/// Language of the interface (not of the act).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Ru,
    Ky,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "ru" => Some(Lang::Ru),
            "ky" => Some(Lang::Ky),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ru => "ru",
            Lang::Ky => "ky",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Ru => Lang::Ky,
            Lang::Ky => Lang::Ru,
        }
    }

    /// The language's own name, for the switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ru => "Русский",
            Lang::Ky => "Кыргызча",
        }
    }

    pub fn t(self) -> &'static Texts {
        match self {
            Lang::Ru => &RU,
            Lang::Ky => &KY,
        }
    }

    pub fn kind(self, kind: ActKind) -> &'static str {
        match (self, kind) {
            (Lang::Ru, ActKind::Verdict) => "Приговор",
            (Lang::Ru, ActKind::Decision) => "Решение",
            (Lang::Ru, ActKind::Resolution) => "Постановление",
            (Lang::Ru, ActKind::Ruling) => "Определение",
            (Lang::Ky, ActKind::Verdict) => "Өкүм",
            (Lang::Ky, ActKind::Decision) => "Чечим",
            (Lang::Ky, ActKind::Resolution) => "Токтом",
            (Lang::Ky, ActKind::Ruling) => "Аныктама",
        }
    }

    pub fn category(self, category: CaseCategory) -> &'static str {
        match (self, category) {
            (Lang::Ru, CaseCategory::Criminal) => "Уголовные дела",
            (Lang::Ru, CaseCategory::Civil) => "Гражданские дела",
            (Lang::Ru, CaseCategory::Administrative) => "Административные дела",
            (Lang::Ru, CaseCategory::Economic) => "Экономические дела",
            (Lang::Ru, CaseCategory::Misdemeanor) => "Дела о проступках",
            (Lang::Ky, CaseCategory::Criminal) => "Кылмыш иштери",
            (Lang::Ky, CaseCategory::Civil) => "Жарандык иштер",
            (Lang::Ky, CaseCategory::Administrative) => "Административдик иштер",
            (Lang::Ky, CaseCategory::Economic) => "Экономикалык иштер",
            (Lang::Ky, CaseCategory::Misdemeanor) => "Жоруктар боюнча иштер",
        }
    }

    pub fn instance(self, instance: Instance) -> &'static str {
        match (self, instance) {
            (Lang::Ru, Instance::First) => "Первая инстанция",
            (Lang::Ru, Instance::Appeal) => "Апелляция",
            (Lang::Ru, Instance::Cassation) => "Кассация",
            (Lang::Ky, Instance::First) => "Биринчи инстанция",
            (Lang::Ky, Instance::Appeal) => "Апелляция",
            (Lang::Ky, Instance::Cassation) => "Кассация",
        }
    }

    pub fn act_language(self, language: Language) -> &'static str {
        match (self, language) {
            (Lang::Ru, Language::Ru) => "русский",
            (Lang::Ru, Language::Ky) => "кыргызский",
            (Lang::Ky, Language::Ru) => "орус тили",
            (Lang::Ky, Language::Ky) => "кыргыз тили",
        }
    }

    pub fn sort(self, sort: Sort) -> &'static str {
        match (self, sort) {
            (Lang::Ru, Sort::Relevance) => "по релевантности",
            (Lang::Ru, Sort::DateDesc) => "сначала новые",
            (Lang::Ru, Sort::DateAsc) => "сначала старые",
            (Lang::Ky, Sort::Relevance) => "ылайыктуулугу боюнча",
            (Lang::Ky, Sort::DateDesc) => "адегенде жаңылары",
            (Lang::Ky, Sort::DateAsc) => "адегенде эскилери",
        }
    }
}

/// Fixed strings of one interface language.
pub struct Texts {
    pub site_title: &'static str,
    pub site_subtitle: &'static str,
    pub skip_to_content: &'static str,
    pub language: &'static str,
    pub search: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub search_hint: &'static str,
    pub latest_acts: &'static str,
    pub no_acts_yet: &'static str,
    pub by_court: &'static str,
    pub by_category: &'static str,
    pub acts_in_index: &'static str,
    pub filters: &'static str,
    pub court: &'static str,
    pub kind: &'static str,
    pub category: &'static str,
    pub instance: &'static str,
    pub judge: &'static str,
    pub judges: &'static str,
    pub date_from: &'static str,
    pub date_to: &'static str,
    pub case_number: &'static str,
    pub sort: &'static str,
    pub any: &'static str,
    pub apply: &'static str,
    pub reset: &'static str,
    pub found: &'static str,
    pub results: &'static str,
    pub nothing_found: &'static str,
    pub nothing_found_tips: [&'static str; 4],
    pub query_warning: &'static str,
    pub ignored_parameter: &'static str,
    pub query_too_long: &'static str,
    pub page_too_deep: &'static str,
    pub previous_page: &'static str,
    pub next_page: &'static str,
    pub pagination: &'static str,
    pub page: &'static str,
    pub decision_date: &'static str,
    pub act_language: &'static str,
    pub revision: &'static str,
    pub published_at: &'static str,
    pub download: &'static str,
    pub download_txt: &'static str,
    pub download_json: &'static str,
    pub text_of_act: &'static str,
    pub masked_notice: &'static str,
    pub act_not_found: &'static str,
    pub act_not_found_hint: &'static str,
    pub page_not_found: &'static str,
    pub back_to_search: &'static str,
    pub open_data: &'static str,
    pub open_data_text: &'static str,
    pub export_jsonl: &'static str,
    pub export_csv: &'static str,
    pub api_docs: &'static str,
    pub feed: &'static str,
    pub case_no: &'static str,
    pub error_page: &'static str,
}

static RU: Texts = Texts {
    site_title: "Судебные акты Кыргызской Республики",
    site_subtitle: "Обезличенные акты судов: поиск и открытые данные",
    skip_to_content: "Перейти к содержанию",
    language: "Язык",
    search: "Найти",
    search_label: "Поиск по текстам актов",
    search_placeholder: "например: кража сотового телефона",
    search_hint: "Слова ищутся во всех формах; фразу возьмите в кавычки, слово исключите знаком минус: \"сотового телефона\" -грабеж",
    latest_acts: "Последние опубликованные акты",
    no_acts_yet: "Пока не опубликовано ни одного акта.",
    by_court: "Акты по судам",
    by_category: "Акты по категориям дел",
    acts_in_index: "Опубликовано актов",
    filters: "Фильтры",
    court: "Суд",
    kind: "Вид акта",
    category: "Категория дела",
    instance: "Инстанция",
    judge: "Судья",
    judges: "Судьи",
    date_from: "Дата решения с",
    date_to: "Дата решения по",
    case_number: "Номер дела",
    sort: "Сортировка",
    any: "Любой",
    apply: "Применить",
    reset: "Сбросить",
    found: "Найдено актов",
    results: "Результаты",
    nothing_found: "Ничего не найдено",
    nothing_found_tips: [
        "Проверьте написание слов.",
        "Уберите часть слов или фильтров.",
        "Ищите по сути дела: «кража», «алименты», «ст. 201 УК КР».",
        "Имена сторон в опубликованных актах скрыты: по ним искать нельзя.",
    ],
    query_warning: "Часть запроса не удалось разобрать, она пропущена",
    ignored_parameter: "Значение фильтра не распознано и не применено",
    query_too_long: "Запрос слишком длинный; он сокращён до 500 знаков",
    page_too_deep: "Такой далёкой страницы нет; уточните запрос или скачайте открытые данные",
    previous_page: "Предыдущая",
    next_page: "Следующая",
    pagination: "Страницы результатов",
    page: "Страница",
    decision_date: "Дата решения",
    act_language: "Язык акта",
    revision: "Редакция",
    published_at: "Опубликован",
    download: "Скачать",
    download_txt: "Текст (TXT)",
    download_json: "Данные (JSON)",
    text_of_act: "Текст акта",
    masked_notice: "Персональные данные участников заменены обозначениями вида [ФИО-1].",
    act_not_found: "Акт не найден",
    act_not_found_hint: "Акт с таким номером не опубликован или был отозван.",
    page_not_found: "Страница не найдена",
    back_to_search: "К поиску",
    open_data: "Открытые данные",
    open_data_text: "Все опубликованные акты можно скачать целиком или получить через API.",
    export_jsonl: "Все акты (JSON Lines)",
    export_csv: "Все акты (CSV)",
    api_docs: "API (OpenAPI)",
    feed: "Лента новых актов (Atom)",
    case_no: "по делу №",
    error_page: "Сервис временно недоступен, попробуйте позже",
};

static KY: Texts = Texts {
    site_title: "Кыргыз Республикасынын сот актылары",
    site_subtitle: "Жеке маалыматтары жашырылган сот актылары: издөө жана ачык маалыматтар",
    skip_to_content: "Мазмунга өтүү",
    language: "Тил",
    search: "Издөө",
    search_label: "Актылардын тексттеринен издөө",
    search_placeholder: "мисалы: уюлдук телефонду уурдоо",
    search_hint: "Фразаны тырмакчага алыңыз, сөздү минус белгиси менен алып салыңыз: \"уюлдук телефон\" -тоноо",
    latest_acts: "Акыркы жарыяланган актылар",
    no_acts_yet: "Азырынча бир да акт жарыялана элек.",
    by_court: "Соттор боюнча актылар",
    by_category: "Иштердин категориялары боюнча актылар",
    acts_in_index: "Жарыяланган актылар",
    filters: "Чыпкалар",
    court: "Сот",
    kind: "Актынын түрү",
    category: "Иштин категориясы",
    instance: "Инстанция",
    judge: "Судья",
    judges: "Судьялар",
    date_from: "Чечимдин күнү, баштап",
    date_to: "Чечимдин күнү, чейин",
    case_number: "Иштин номери",
    sort: "Иреттөө",
    any: "Баары",
    apply: "Колдонуу",
    reset: "Тазалоо",
    found: "Табылган актылар",
    results: "Жыйынтыктар",
    nothing_found: "Эч нерсе табылган жок",
    nothing_found_tips: [
        "Сөздөрдүн жазылышын текшериңиз.",
        "Сөздөрдүн же чыпкалардын бир бөлүгүн алып салыңыз.",
        "Иштин маңызы боюнча издеңиз: «уурдоо», «алимент», «201-берене».",
        "Тараптардын аттары жашырылган: алар боюнча издөөгө болбойт.",
    ],
    query_warning: "Суроонун бир бөлүгү түшүнүксүз болуп, эске алынган жок",
    ignored_parameter: "Чыпканын мааниси таанылган жок жана колдонулган жок",
    query_too_long: "Суроо өтө узун; ал 500 белгиге чейин кыскартылды",
    page_too_deep: "Мындай алыскы бет жок; суроону тактаңыз же ачык маалыматтарды жүктөп алыңыз",
    previous_page: "Мурунку",
    next_page: "Кийинки",
    pagination: "Жыйынтык беттери",
    page: "Бет",
    decision_date: "Чечимдин күнү",
    act_language: "Актынын тили",
    revision: "Редакция",
    published_at: "Жарыяланды",
    download: "Жүктөп алуу",
    download_txt: "Текст (TXT)",
    download_json: "Маалыматтар (JSON)",
    text_of_act: "Актынын тексти",
    masked_notice: "Катышуучулардын жеке маалыматтары [ФИО-1] сыяктуу белгилер менен алмаштырылды.",
    act_not_found: "Акт табылган жок",
    act_not_found_hint: "Мындай номердеги акт жарыяланган эмес же кайтарылып алынган.",
    page_not_found: "Бет табылган жок",
    back_to_search: "Издөөгө",
    open_data: "Ачык маалыматтар",
    open_data_text: "Бардык жарыяланган актыларды толугу менен жүктөп алууга же API аркылуу алууга болот.",
    export_jsonl: "Бардык актылар (JSON Lines)",
    export_csv: "Бардык актылар (CSV)",
    api_docs: "API (OpenAPI)",
    feed: "Жаңы актылардын тасмасы (Atom)",
    case_no: "иш №",
    error_page: "Кызмат убактылуу жеткиликсиз, кийинчерээк кайталаңыз",
};
