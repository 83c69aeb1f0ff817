//! Built-in word lists that are rules, not data: role cues and the capitalized words of
//! legal prose that never fill a name slot. Dictionaries of names and places live in
//! `dictionaries/`; these lists change with the grammar of acts, not with the population.

use courtpub_domain::Role;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

/// Role cue for a normalized word, from its prefix or exact form. A title joined to the
/// word before by a hyphen (or a soft hyphen typed for a space: "башчысы­аким") is read by
/// its last part.
pub fn role_cue(norm: &str) -> Option<Cue> {
    // The last dash is looked for once, for both questions.
    let split = split_at_last_dash(norm);
    let last_part = split.map_or(norm, |(_, last)| last);
    role_cue_of_word(norm, last_part).or_else(|| {
        split
            .filter(|(head, last)| !head.is_empty() && last.chars().count() >= 3)
            // The last part holds no dash: it is its own last part.
            .and_then(|(_, last)| role_cue_of_word(last, last))
    })
}

/// `norm.rsplit_once('-')` as a byte scan ('-' is ASCII): every word of an act is asked,
/// and the char searcher cost as much as the rest of a role lookup.
fn split_at_last_dash(norm: &str) -> Option<(&str, &str)> {
    let i = norm.bytes().rposition(|b| b == b'-')?;
    Some((&norm[..i], &norm[i + 1..]))
}

/// The cue of `norm`, whose part after its last dash is `last_part` (`norm` itself when it
/// has no dash).
fn role_cue_of_word(norm: &str, last_part: &str) -> Option<Cue> {
    cue_by_rules(norm, last_part, true)
}

/// [`role_cue_of_word`]; `gated`: a word that starts like no word and no prefix of the
/// rules is answered by its first letters alone (the tests ask without the gate too).
fn cue_by_rules(norm: &str, last_part: &str, gated: bool) -> Option<Cue> {
    // A word without a dash is its own last part: every word of an act is asked, once.
    let has_parts = last_part.len() < norm.len();
    // Most words start like no form and no prefix below.
    if gated && !has_parts && !CUE_STARTS.may_start(norm) {
        return None;
    }
    // Exact forms first: "судья" and its cases, never "судебный" or "суд".
    const JUDGE_EXACT: &[&str] = &[
        "судья",
        "судьи",
        "судье",
        "судью",
        "судьей",
        "судьёй",
        "судей",
        "судьям",
        "судьями",
        "судьях",
        "судьялар",
        "судьясы",
        "судьянын",
        "судьялары",
        "судьялардын",
        "председатель",
        "председателя",
        "председателем",
        "председателю",
        "председательствующий",
        "председательствующего",
        "председательствующая",
        "председательствующей",
        "председательствующему",
        "председательствующим",
        "председательствующая-судья",
        "судья-докладчик",
        "судьи-докладчика",
        "төрагалык",
        "төрагалыгында",
        "төрага",
        "төрагасы",
        "баяндамачы",
        "баяндоочу",
        "докладчик",
        "докладчика",
        "судьянын",
        "судьяга",
    ];
    // The exact forms of the lists below (judges, kin, district police officers, children)
    // in one map: every word of an act is asked, and one hash answers all of them. A form
    // in two lists keeps the role of the first, as when the lists were asked in turn.
    static EXACT: LazyLock<FxHashMap<&str, Role>> = LazyLock::new(|| {
        let mut map = FxHashMap::default();
        for (list, role) in [
            (JUDGE_EXACT, Role::Judge),
            (KIN_EXACT, Role::ThirdParty),
            (DISTRICT_OFFICER_EXACT, Role::Official),
            (CHILD_EXACT, Role::Unknown),
        ] {
            for &word in list {
                map.entry(word).or_insert(role);
            }
        }
        map
    });
    if let Some(&role) = EXACT.get(norm) {
        return Some(Cue::Role(role));
    }
    const PREFIXES: &[(&str, Role)] = &[
        ("секретар", Role::Secretary),
        ("катчы", Role::Secretary),
        ("прокурор", Role::Prosecutor),
        ("обвинител", Role::Prosecutor),
        ("айыптоочу", Role::Prosecutor),
        ("адвокат", Role::Advocate),
        ("защитник", Role::Advocate),
        ("коргоочу", Role::Advocate),
        ("жактоочу", Role::Advocate),
        ("следовател", Role::Investigator),
        ("дознавател", Role::Investigator),
        ("тергөөчү", Role::Investigator),
        ("тергөөчүсү", Role::Investigator),
        ("оперуполномоченн", Role::Investigator),
        ("нотариус", Role::Official),
        // A civil registry officer: "регистратор", Kyrgyz "каттоочу" (not "регистрация").
        ("регистратор", Role::Official),
        ("каттоочу", Role::Official),
        ("инспектор", Role::Official),
        ("судебн-исполнител", Role::Official),
        ("аким", Role::Official),
        ("мэр", Role::Official),
        ("министр", Role::Official),
        ("подсудим", Role::Defendant),
        ("осужденн", Role::Defendant),
        ("осуждённ", Role::Defendant),
        ("обвиняем", Role::Defendant),
        ("подозреваем", Role::Defendant),
        ("оправданн", Role::Defendant),
        ("правонарушител", Role::Defendant),
        ("айыпталуучу", Role::Defendant),
        ("соттолгон", Role::Defendant),
        ("соттолуучу", Role::Defendant),
        ("шектүү", Role::Defendant),
        ("күнөөлүү", Role::Defendant),
        ("потерпевш", Role::Victim),
        ("жабырлануучу", Role::Victim),
        ("свидетел", Role::Witness),
        ("күбө", Role::Witness),
        // A foreman is a company's worker, never an official: "бригадир", "прорабы".
        ("бригадир", Role::ThirdParty),
        ("прораб", Role::ThirdParty),
        ("истц", Role::Plaintiff),
        ("истец", Role::Plaintiff),
        ("истиц", Role::Plaintiff),
        ("заявител", Role::Plaintiff),
        ("взыскател", Role::Plaintiff),
        ("доогер", Role::Plaintiff),
        ("арыз", Role::Plaintiff),
        ("ответчик", Role::Respondent),
        ("ответчиц", Role::Respondent),
        ("должник", Role::Respondent),
        ("должниц", Role::Respondent),
        ("жоопкер", Role::Respondent),
        ("представител", Role::Representative),
        // A company's director speaks for it (a state body's director is an official, see
        // `representative_role`).
        ("директор", Role::Representative),
        ("өкүл", Role::Representative),
        ("мураскор", Role::ThirdParty),
        ("аялы", Role::ThirdParty),
        ("күйөө", Role::ThirdParty),
        ("жубай", Role::ThirdParty),
        ("гражданин", Role::Unknown),
        ("гражданк", Role::Unknown),
        ("жаран", Role::Unknown),
        ("супруг", Role::ThirdParty),
        ("сын", Role::ThirdParty),
        ("дочер", Role::ThirdParty),
        ("дочь", Role::ThirdParty),
        ("отец", Role::ThirdParty),
        ("отца", Role::ThirdParty),
        ("наследник", Role::ThirdParty),
        ("умерш", Role::ThirdParty),
        ("наследодател", Role::ThirdParty),
        // The other side of a contract or a guardianship, a private person: some of these
        // nouns are in the surname list too ("Продавец М.Ш. Асанов" is no "Продавец М.Ш.").
        ("продавец", Role::ThirdParty),
        ("продавц", Role::ThirdParty),
        ("продавщиц", Role::ThirdParty),
        ("покупател", Role::ThirdParty),
        ("арендатор", Role::ThirdParty),
        ("арендодател", Role::ThirdParty),
        ("нанимател", Role::ThirdParty),
        ("наймодател", Role::ThirdParty),
        ("опекун", Role::ThirdParty),
        ("кредитор", Role::ThirdParty),
        ("залогодержател", Role::ThirdParty),
        ("дарител", Role::ThirdParty),
        ("одаряем", Role::ThirdParty),
        ("подрядчик", Role::ThirdParty),
        ("заказчик", Role::ThirdParty),
        ("владелец", Role::ThirdParty),
        ("владельц", Role::ThirdParty),
        ("сатуучу", Role::ThirdParty),
        ("ижарачы", Role::ThirdParty),
        ("камкорчу", Role::ThirdParty),
    ];
    // Kinship nouns, exact forms only: "Внуков", "Снохин", "Мужев" stay surnames.
    const KIN_EXACT: &[&str] = &[
        "муж",
        "мужа",
        "мужу",
        "мужем",
        "муже",
        "жена",
        "жены",
        "жене",
        "жену",
        "женой",
        "внук",
        "внука",
        "внуку",
        "внуком",
        "внуки",
        "внуков",
        "внукам",
        "внучка",
        "внучки",
        "внучку",
        "внучкой",
        "сноха",
        "снохи",
        "снохе",
        "сноху",
        "снохой",
        "невестка",
        "невестки",
        "невестку",
        "невесткой",
        "зять",
        "зятя",
        "зятю",
        "зятем",
        "брат",
        "брата",
        "брату",
        "братом",
        "сестра",
        "сестры",
        "сестре",
        "сестру",
        "сестрой",
        "небере",
        "неберелери",
        "неберелеринин",
        "небереси",
        "неберем",
        "келин",
        "келини",
        "келининин",
        "келиним",
        // Kyrgyz kinship nouns with the possessive: "мамасы Айнура", "атасынын",
        // "агасы Бакыт", "эжеси", "иниси", "карындашы", "сиңдиси", "күйөөсү".
        "мамасы",
        "мамасынын",
        "мамасына",
        "апасы",
        "апасынын",
        "апасына",
        "атасы",
        "атасынын",
        "атасына",
        "агасы",
        "агасынын",
        "агасына",
        "эжеси",
        "эжесинин",
        "эжесине",
        "иниси",
        "инисинин",
        "инисине",
        "карындашы",
        "карындашынын",
        "сиңдиси",
        "сиңдисинин",
        "күйөөсү",
        "күйөөсүнүн",
        "күйөөсүнө",
    ];
    // A district police officer (the title is masculine for a woman too), exact forms
    // only: "участков" alone is the genitive plural of a plot ("земельных участков
    // Асанова"), "в участковой больнице", "в участковом пункте" name places.
    const DISTRICT_OFFICER_EXACT: &[&str] =
        &["участковый", "участкового", "участковому", "участковым"];
    // Children: "детей: Айбека и Нурай", "балдары Эмирлан жана Айкөркөм". They introduce
    // names but tell no party: a child and a parent sharing the surname stay apart by the
    // other cues ("супругов Асановой и Асанова" is no child).
    const CHILD_EXACT: &[&str] = &[
        "дети",
        "детей",
        "детям",
        "детьми",
        "ребенок",
        "ребёнок",
        "ребенка",
        "ребёнка",
        "ребенку",
        "ребёнку",
        "ребенком",
        "ребёнком",
        "балдары",
        "балдарын",
        "балдарынын",
        "баласы",
        "баласын",
        "баласынын",
        // "Мальчик Асель…", "девочку Айгерим": a child named by the given name.
        "мальчик",
        "мальчика",
        "мальчику",
        "мальчиком",
        "девочка",
        "девочки",
        "девочке",
        "девочку",
        "девочкой",
    ];
    // The words and the beginnings of words that the rules of this function compare a
    // word with, beside the lists above (a test reads this function and checks that every
    // word it names is here or in a list).
    const INLINE: &[&str] = &[
        "несовершеннолетн",
        "малолетн",
        "мать",
        "матер",
        "отношении",
        "обвинению",
        "переводчи",
        "котормоч",
        "тилмеч",
        "эксперт",
        "педагог",
        "психолог",
        "специалист",
        "соцработник",
        "соцпедагог",
        "адис",
        "гр",
        "участи",
        "катышуу",
        "глав",
    ];
    static CUE_STARTS: LazyLock<Starts> = LazyLock::new(|| {
        let lists = [
            JUDGE_EXACT,
            KIN_EXACT,
            DISTRICT_OFFICER_EXACT,
            CHILD_EXACT,
            INLINE,
        ];
        let prefixes = PREFIXES.iter().map(|&(p, _)| p);
        Starts::new(lists.into_iter().flatten().copied().chain(prefixes))
    });
    if norm.starts_with("несовершеннолетн") || norm.starts_with("малолетн")
    {
        return Some(Cue::Role(Role::Unknown));
    }
    if matches!(norm, "мать" | "матери" | "матерью") {
        return Some(Cue::Role(Role::ThirdParty));
    }
    // "в отношении Асанова": the person the case is about.
    if norm == "отношении" {
        return Some(Cue::Role(Role::Defendant));
    }
    // "по обвинению Асанова": the accused ("обвинителя" is the prosecutor, above).
    if norm == "обвинению" {
        return Some(Cue::Role(Role::Defendant));
    }
    // "переводчика", "котормочу"; "эксперта", "эксперттин", never "экспертизы".
    if norm.starts_with("переводчи") || norm.starts_with("котормоч") || norm.starts_with("тилмеч")
    {
        return Some(Cue::Role(Role::Interpreter));
    }
    // "эксперт-криминалист", and the last part of "сот-эксперти", "судмед-эксперт".
    let expert = |w: &str| {
        w.starts_with("эксперт") && !w.starts_with("экспертиз") && !w.starts_with("экспертн")
    };
    if expert(norm) || has_parts && expert(last_part) {
        return Some(Cue::Role(Role::Expert));
    }
    // "социального педагога", "педагог-психолог", "психолога", "специалиста отдела",
    // "соцработника"; never the adjectives "педагогический", "психологической",
    // "психолого-педагогической", "специализированный".
    let specialist = |w: &str| {
        (w.starts_with("педагог") && !w.starts_with("педагогическ"))
            || (w.starts_with("психолог")
                && !w.starts_with("психологическ")
                && !w.starts_with("психолого"))
            || w.starts_with("специалист")
            || w.starts_with("соцработник")
            || w.starts_with("соцпедагог")
            || matches!(w, "адис" | "адиси" | "адисинин" | "адиске" | "адистин")
    };
    if specialist(norm) || has_parts && specialist(last_part) {
        return Some(Cue::Role(Role::Specialist));
    }
    if norm == "гр" {
        return Some(Cue::Role(Role::Unknown));
    }
    // Participation words end a role list: "с участием: Котовой В.А." names a party.
    if norm.starts_with("участи") || norm.starts_with("катышуу") {
        return Some(Cue::Role(Role::Unknown));
    }
    if norm.starts_with("глав") && norm.len() <= "главой".len() {
        return Some(Cue::Role(Role::Official));
    }
    static BY_FIRST_CHARS: LazyLock<PrefixIndex<Role>> =
        LazyLock::new(|| PrefixIndex::new(PREFIXES.iter().copied()));
    BY_FIRST_CHARS.first_prefix_of(norm).map(Cue::Role)
}

/// The first bytes of a list of words and prefixes: a word that starts like none of them
/// is none of the words and starts with none of the prefixes.
struct Starts {
    /// The first [`KEY`] bytes of the entries that have that many.
    keys: FxHashSet<[u8; KEY]>,
    /// The entries shorter than that.
    short: Vec<&'static str>,
}

impl Starts {
    fn new(entries: impl Iterator<Item = &'static str>) -> Self {
        let mut starts = Self {
            keys: FxHashSet::default(),
            short: Vec::new(),
        };
        for entry in entries {
            match key_of(entry) {
                Some(key) => {
                    starts.keys.insert(key);
                }
                None => starts.short.push(entry),
            }
        }
        starts
    }

    /// False when `word` is no entry and starts with none: it starts like no entry of
    /// [`KEY`] bytes or more, and with no shorter entry (a word shorter than the key can
    /// start with a shorter entry only).
    fn may_start(&self, word: &str) -> bool {
        key_of(word).is_some_and(|key| self.keys.contains(&key))
            || self.short.iter().any(|s| word.starts_with(s))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    Role(Role),
}

/// Stems of the Russian month names, January first ("ма" covers "мая", "май").
pub(crate) const MONTH_STEMS: &[&str] = &[
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
];
/// A Russian preposition: the name after it is governed by it, so it is no subject of a
/// verb, no holder of a title before it, and a surname in "-ова" after it is a man's.
pub fn is_preposition(norm: &str) -> bool {
    matches!(
        norm,
        "в" | "во"
            | "на"
            | "с"
            | "со"
            | "к"
            | "ко"
            | "у"
            | "от"
            | "до"
            | "из"
            | "о"
            | "об"
            | "при"
            | "за"
            | "перед"
            | "между"
            | "без"
            | "по"
            | "для"
            | "про"
            | "через"
            | "против"
            | "после"
            | "кроме"
            | "около"
            | "возле"
    )
}

/// Capitalized words that never fill a name slot: legal prose, months, function words,
/// the court system's own vocabulary in Russian and Kyrgyz.
pub fn is_stop_word(norm: &str) -> bool {
    role_cue(norm).is_some() || is_stop_word_besides_cues(norm)
}

/// [`is_stop_word`] for a word whose [`role_cue`] is known to be None (asked once).
pub(crate) fn is_stop_word_besides_cues(norm: &str) -> bool {
    // Prefixes are long enough not to start a surname ("Сотников", "Мартынов" stay free).
    const PREFIXES: &[&str] = &[
        "республик",
        "кыргызск",
        "киргизск",
        "верховн",
        "судебн",
        "районн",
        "городск",
        "областн",
        "межрайонн",
        "военн",
        "апелляц",
        "кассац",
        "надзорн",
        "уголовн",
        "гражданск",
        "административн",
        "экономическ",
        "процессуальн",
        "постановлен",
        "определен",
        "решени",
        "приговор",
        "установил",
        "постановил",
        "определил",
        "решил",
        "рассмотрев",
        "заслушав",
        "выслушав",
        "исследовав",
        "проверив",
        "обсудив",
        "руководствуясь",
        "учитывая",
        "принимая",
        "согласно",
        "поскольку",
        "однако",
        "кроме",
        "таким",
        "между",
        "именем",
        "жогорку",
        "сотунун",
        "соттук",
        "токтом",
        "чечим",
        "өкүм",
        "аныктама",
        "кодекс",
        "закон",
        "конституц",
        "министерств",
        "управлени",
        "отдел",
        "департамент",
        "служб",
        "комитет",
        "инспекц",
        "прокуратур",
        "милици",
        "полици",
        "фонд",
        "социальн",
        "государствен",
        "общество",
        "товарищество",
        "компани",
        "учреждени",
        "предприяти",
        "мамлекет",
        "эркиндиг",
        "жазык",
        "токтотул",
        "нотариальн",
        "следствен",
        "исполнительн",
        "академи",
        "университет",
        "больниц",
        "клиник",
        "айыл",
        "шаар",
        "облус",
        "район",
        "област",
        "микрорайон",
        "проспект",
        "улиц",
        "сельск",
        "поселков",
        // Kyrgyz sentence adverbs that open a clause with a capital: "Натыйжада" (as a
        // result), "Ошондуктан" (therefore), "Анткени" (because), "Демек" (so).
        "натыйжа",
        "ошондуктан",
        "анткени",
        "демек",
        "ошентип",
        "мындай",
        "жогорудагы",
    ];
    const MONTH_ENDINGS: &[&str] = &["", "ь", "я", "е", "ю", "а", "й", "ом"];
    const EXACT: &[&str] = &[
        "в",
        "во",
        "на",
        "по",
        "из",
        "к",
        "ко",
        "с",
        "со",
        "о",
        "об",
        "от",
        "до",
        "за",
        "для",
        "при",
        "под",
        "над",
        "и",
        "а",
        "но",
        "или",
        "что",
        "как",
        "так",
        "он",
        "она",
        "они",
        "оно",
        "его",
        "ее",
        "её",
        "их",
        "им",
        "ей",
        "ему",
        "этот",
        "эта",
        "это",
        "эти",
        "тот",
        "та",
        "те",
        "то",
        "же",
        "не",
        "ни",
        "уже",
        "также",
        "если",
        "когда",
        "где",
        "после",
        "перед",
        "через",
        "без",
        "суд",
        "суда",
        "суду",
        "судом",
        "суде",
        "суды",
        "судов",
        "судам",
        "судами",
        "судах",
        "кр",
        "ук",
        "упк",
        "гпк",
        "гк",
        "тк",
        "кжк",
        "жпк",
        "апк",
        "кобаа",
        "рф",
        "ип",
        "оао",
        "ооо",
        "зао",
        "гп",
        "ао",
        "ошоо",
        "ал",
        "анын",
        "алар",
        "менен",
        "жана",
        "же",
        "бул",
        "ошол",
        "боюнча",
        "үчүн",
        "карата",
        "тарабынан",
        "ошондой",
        "ушул",
        "бирок",
        "эгерде",
        "себеби",
        // Sentence adverbs whose endings look like a surname's ("Кийин Нурлан келген жок").
        "кийин",
        "андан",
        "мурун",
        "коллегия",
        "коллегии",
        "коллегией",
        "инстанции",
        "инстанция",
        "бишкек",
        "ош",
        "дело",
        "дела",
        "делу",
        "номер",
        "статья",
        "статьи",
        "статье",
        "части",
        "часть",
        "пункт",
        "пункта",
        "иск",
        "иска",
        "жалоба",
        "жалобу",
        "жалобы",
        "доводы",
        "довод",
        "материалы",
        "материалами",
        "сторона",
        "стороны",
        "стороной",
        "лица",
        "лицо",
        "лиц",
        "граждан",
        "выводы",
        "вывод",
        "вина",
        "вину",
        "доказательства",
        "показания",
        "показаниями",
        "первой",
        "второй",
        "первая",
        "вторая",
        "вместе",
        "кыргыз",
        "киргиз",
        "кыргызстан",
        "кыргызстана",
        "россия",
        "россии",
        "казахстан",
        "казахстана",
        "узбекистан",
        "узбекистана",
        "сот",
        "соту",
        "сотко",
        "иш",
        "иши",
        "ишти",
        "жаза",
        "жазасы",
        "банк",
        "банка",
        "центр",
        "село",
        "селе",
        "села",
        "город",
        "города",
        "городе",
        "школа",
        "школы",
        "кантар",
        "куржан",
        "бугу",
        "кулжа",
        "теке",
        "чилде",
        "кайың",
        "кайын",
        "тогуздун",
        "жалган",
    ];
    static BY_FIRST_CHARS: LazyLock<PrefixIndex<()>> =
        LazyLock::new(|| PrefixIndex::new(PREFIXES.iter().map(|&p| (p, ()))));
    // The exact forms and the month names (a month stem and one of its endings, not "ма"
    // alone) in one set: one hash answers both.
    static EXACT_SET: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
        let months = MONTH_STEMS.iter().flat_map(|stem| {
            MONTH_ENDINGS
                .iter()
                .map(move |ending| format!("{stem}{ending}"))
        });
        EXACT
            .iter()
            .map(|w| w.to_string())
            .chain(months.filter(|form| form != "ма"))
            .collect()
    });
    EXACT_SET.contains(norm) || BY_FIRST_CHARS.first_prefix_of(norm).is_some()
}

/// A list of prefixes grouped by their first six bytes (three Cyrillic letters), in list
/// order: the first prefix of the list that starts a word is found among the one or two
/// that share its first bytes (grouped by the first letter, a word was compared with a
/// dozen). Word lists are asked about every word of every act.
pub(crate) struct PrefixIndex<T> {
    /// Per first six bytes of the prefixes of six bytes or more: (position in the
    /// list, prefix, value).
    groups: FxHashMap<[u8; KEY], Vec<(usize, &'static str, T)>>,
    /// The prefixes shorter than six bytes (the empty one too), in list order.
    short: Vec<(usize, &'static str, T)>,
}

/// The length of the key of [`PrefixIndex`].
const KEY: usize = 6;

impl<T: Copy> PrefixIndex<T> {
    pub(crate) fn new(list: impl Iterator<Item = (&'static str, T)>) -> Self {
        let mut index = Self {
            groups: FxHashMap::default(),
            short: Vec::new(),
        };
        for (i, (prefix, value)) in list.enumerate() {
            match key_of(prefix) {
                Some(key) => index
                    .groups
                    .entry(key)
                    .or_default()
                    .push((i, prefix, value)),
                None => index.short.push((i, prefix, value)),
            }
        }
        index
    }

    /// The value of the first prefix (in list order) that `word` starts with: the earlier
    /// of the first one among those that share its first bytes and the first short one.
    pub(crate) fn first_prefix_of(&self, word: &str) -> Option<T> {
        let starts = |&&(_, p, _): &&(usize, &str, T)| word.starts_with(p);
        let long = key_of(word)
            .and_then(|key| self.groups.get(&key))
            .and_then(|group| group.iter().find(starts));
        let short = self.short.iter().find(starts);
        match (long, short) {
            (Some(l), Some(s)) => Some(if s.0 < l.0 { s.2 } else { l.2 }),
            (l, s) => l.or(s).map(|&(_, _, value)| value),
        }
    }
}

/// The first [`KEY`] bytes of a word, if it has that many.
fn key_of(word: &str) -> Option<[u8; KEY]> {
    word.as_bytes().first_chunk().copied()
}

/// Words after a name that mark a judge in Kyrgyz and Russian acts ("Усенов К.С. баяндоочу").
pub fn is_trailing_judge_cue(norm: &str) -> bool {
    matches!(
        norm,
        "баяндоочу"
            | "баяндамачы"
            | "докладчик"
            | "докладчика"
            | "төрагалык"
            | "судья"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_at_last_dash_is_rsplit_once() {
        for w in [
            "",
            "-",
            "судья",
            "судья-докладчик",
            "сот-эксперти-",
            "-а-б",
            "а--б",
            "ак-т",
        ] {
            assert_eq!(split_at_last_dash(w), w.rsplit_once('-'), "{w}");
        }
    }

    /// `cue_by_rules` answers a word that starts like none of its words by its first
    /// letters: every word its rules compare with must be in its lists or in its `INLINE`
    /// list. Every string in the code of the function (comments aside), and the same with
    /// a few endings, is asked with and without that gate.
    #[test]
    fn the_cue_gate_knows_every_word_of_the_cue_rules() {
        let source = include_str!("lexicon.rs");
        let body = source
            .split("fn cue_by_rules(")
            .nth(1)
            .and_then(|rest| rest.split("\n}\n").next())
            .expect("cue_by_rules in lexicon.rs");
        let mut words = 0;
        for line in body.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for word in line.split('"').skip(1).step_by(2) {
                words += 1;
                for ending in ["", "а", "ой", "ы", "ами", "сы"] {
                    let w = format!("{word}{ending}");
                    assert_eq!(
                        cue_by_rules(&w, &w, true),
                        cue_by_rules(&w, &w, false),
                        "{w}"
                    );
                }
            }
        }
        assert!(words > 250, "{words}");
        // Words shorter than the key, and words that start like no rule.
        for w in [
            "",
            "в",
            "с",
            "гр",
            "ал",
            "муж",
            "сын",
            "мэр",
            "суд",
            "асанов",
            "ак-суу",
        ] {
            assert_eq!(cue_by_rules(w, w, true), cue_by_rules(w, w, false), "{w}");
        }
        assert_eq!(cue_by_rules("асанов", "асанов", true), None);
    }

    #[test]
    fn cues_name_roles() {
        let cases = [
            ("судьи", Some(Role::Judge)),
            ("председательствующего", Some(Role::Judge)),
            ("секретаре", Some(Role::Secretary)),
            ("катчысы", Some(Role::Secretary)),
            ("обвинителя", Some(Role::Prosecutor)),
            ("адвоката", Some(Role::Advocate)),
            ("подсудимого", Some(Role::Defendant)),
            ("потерпевшей", Some(Role::Victim)),
            ("свидетеля", Some(Role::Witness)),
            ("күбө", Some(Role::Witness)),
            ("доогер", Some(Role::Plaintiff)),
            ("жоопкер", Some(Role::Respondent)),
            ("ответчица", Some(Role::Respondent)),
            ("ответчицей", Some(Role::Respondent)),
            ("должницы", Some(Role::Respondent)),
            ("участием", Some(Role::Unknown)),
            ("судебного", None),
            ("суд", None),
        ];
        for (word, role) in cases {
            assert_eq!(role_cue(word).map(|Cue::Role(r)| r), role, "{word}");
        }
    }

    #[test]
    fn first_prefix_in_list_order() {
        let list = [
            ("суд", 1),
            ("судья", 2),
            ("", 3),
            ("сот", 4),
            ("с", 5),
            ("а", 6),
        ];
        let index = PrefixIndex::new(list.into_iter());
        for (word, expected) in [
            ("судьями", Some(1)),
            ("сотрудник", Some(3)),
            ("асанов", Some(3)),
            ("", Some(3)),
            ("с", Some(3)),
        ] {
            let linear = list
                .iter()
                .find(|(p, _)| word.starts_with(p))
                .map(|&(_, v)| v);
            assert_eq!(index.first_prefix_of(word), expected, "{word}");
            assert_eq!(linear, expected, "{word}");
        }
        let index = PrefixIndex::new([("тергөөчү", 1), ("тергөөчүсү", 2)].into_iter());
        assert_eq!(index.first_prefix_of("тергөөчүсү"), Some(1));
        assert_eq!(index.first_prefix_of("терек"), None);
        // A one-letter prefix before a longer one wins; after it, the longer one does.
        let index = PrefixIndex::new([("сот", 1), ("с", 2), ("суд", 3)].into_iter());
        for (word, expected) in [("сотко", 1), ("судья", 2), ("с", 2), ("ас", 0)] {
            assert_eq!(index.first_prefix_of(word).unwrap_or(0), expected, "{word}");
        }
    }

    #[test]
    fn stop_words_include_legal_prose_but_not_names() {
        for w in [
            "республики",
            "верховного",
            "суда",
            "марта",
            "установила",
            "жогорку",
        ] {
            assert!(is_stop_word(w), "{w}");
        }
        for w in ["асанов", "бакыт", "айгуль", "котова", "жумабек"] {
            assert!(!is_stop_word(w), "{w}");
        }
    }
}
