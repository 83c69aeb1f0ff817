//! Identifiers found by their shape: PINs, passports, phones, e-mails, plates, accounts,
//! property codes and dates of birth.
//!
//! Regexes find candidates; word boundaries are checked by hand on the neighbouring
//! characters (the regex crate's Unicode `\b` next to Cyrillic is much slower), and each
//! candidate is validated (a PIN carries a real birth date; a legal entity's ИНН starts
//! with 0 and stays).
//!
//! Digits are written `[0-9]`, not `\d`: the rules mean the ASCII digits the validators
//! count, and Unicode `\d` leaves the regex crate no byte prefilter, so every digit
//! pattern was a full lazy-DFA scan of the text.

use crate::folded::{FoldedPattern, fold_text};
use crate::prefilter::Pattern;
use courtpub_domain::Category;

/// A candidate span from a pattern rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub category: Category,
    pub rule: &'static str,
    pub confidence: f32,
}

/// What several passes read of a whole act, read once: its date ([`Patterns::act_date`])
/// and its lines as table rows ([`table_rows`]).
pub(crate) struct ActLayout {
    pub(crate) date: Option<u32>,
    pub(crate) rows: Vec<(usize, Option<Cells>)>,
}

impl ActLayout {
    pub(crate) fn of(patterns: &Patterns, text: &str) -> Self {
        Self {
            date: patterns.act_date(text),
            rows: table_rows(text),
        }
    }
}

/// Compiled patterns; build once, share across threads.
pub struct Patterns {
    pin: Pattern,
    digit_group: Pattern,
    pin_cue: CueBefore,
    foreign_pin: Pattern,
    passport: Pattern,
    passport_cue: FoldedPattern,
    phone: Pattern,
    phone_foreign: Pattern,
    phone_without_trunk: Pattern,
    phone_cue: FoldedPattern,
    phone_after_number_word: FoldedPattern,
    email: Pattern,
    plate_modern: Pattern,
    plate_old: Pattern,
    plate_cue: FoldedPattern,
    plate_after_cue: FoldedPattern,
    vin: FoldedPattern,
    plate_before_cue: Pattern,
    card: Pattern,
    account_cue: FoldedPattern,
    long_number: Pattern,
    plaintiff_entity: Pattern,
    respondent_entity: Pattern,
    account_party: Pattern,
    property_code: Pattern,
    birth_numeric: Pattern,
    birth_year: Pattern,
    birth_cued: FoldedPattern,
    birth_ky: Pattern,
    birth_ky_day_first: Pattern,
    birth_apposition: Pattern,
    birth_after_name: Pattern,
    event_after: Pattern,
    date_after: Pattern,
    bracket_date: Pattern,
    act_date: Pattern,
    birth_column: Pattern,
    table_date: Pattern,
}

// Latin letters and their Cyrillic look-alikes as used on plates and passports.
const PLATE_LETTER: &str = "[A-ZАВЕКМНОРСТУХ]";
const SP: &str = r"[ \u{00A0}]";
const DASH: &str = r"[-\u{00AD}\u{2010}\u{2011}\u{2012}\u{2013}]";
const MONTHS: &str =
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";
/// Month stems as Kyrgyz dates decline them ("12-мартында", "5-майы").
const KY_MONTHS: &str = "январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр";

/// A date as written beside a person's name, in group 1 ("12.03.1985", "12 марта 1985
/// года", "1985-жылдын 12-марты"), with its optional "г."/"года"/"-ж."/"-жылы".
fn named_date() -> String {
    format!(
        r"([0-9]{{1,2}}\.[0-9]{{1,2}}\.[0-9]{{4}}|[0-9]{{1,2}}{SP}+(?:{MONTHS}){SP}+[0-9]{{4}}(?:\s+года)?|[0-9]{{4}}{DASH}?\s?жылдын\s+[0-9]{{1,2}}{DASH}?\s?(?:{KY_MONTHS})\w*)(?:\s*(?:г\.|года)|{DASH}?\s?(?:ж\.|жылы))?"
    )
}

/// Compiles a pattern constant. The lazy DFA gets a large cache: Cyrillic classes make
/// many states, and the default cache is cleared again and again on long acts.
pub(crate) fn re(pattern: &str) -> Pattern {
    // Patterns are constants of this crate; a failure is a programming error caught by
    // the unit tests, never by input.
    Pattern::new(
        regex::RegexBuilder::new(pattern)
            .dfa_size_limit(64 << 20)
            .build()
            .expect("pattern constants compile"),
    )
}

/// Compiles a case-insensitive cue pattern constant: searched from the cue words it starts
/// with, in a folded copy of the act (see [`crate::folded`]).
fn cue(pattern: &str) -> FoldedPattern {
    FoldedPattern::new(pattern)
}

/// A cue that ends at most a few characters before a position: the regex
/// `{cue}{gap}$` tried on the text before it ("проживающего по адресу: |"), where `gap`
/// is a bounded repetition such as `[^.;]{0,40}`.
///
/// Decided by a forward scan for the places where the cue starts and, from each, one
/// anchored check `^{cue}{gap}$`: the same language, but the single `$`-anchored regex is
/// searched backwards, and its lazy DFA builds hundreds of new states on every new act
/// (about a second per process start on the test acts), while these two stay small.
pub(crate) struct CueBefore {
    starts: Pattern,
    from_start: Pattern,
}

impl CueBefore {
    /// `cue` may begin with flags (`(?i)`); they then cover the gap too.
    pub(crate) fn new(cue: &str, gap: &str) -> Self {
        Self {
            starts: re(cue),
            from_start: re(&format!("^{cue}{gap}$")),
        }
    }

    /// True when `{cue}{gap}` matches a suffix of `before`.
    pub(crate) fn is_match(&self, before: &str) -> bool {
        let mut at = 0;
        while let Some(m) = self.starts.find_at(before, at) {
            if self.from_start.is_match(&before[m.start()..]) {
                return true;
            }
            // Every place the cue starts, not only non-overlapping matches.
            match before[m.start()..].chars().next() {
                Some(c) => at = m.start() + c.len_utf8(),
                None => break,
            }
        }
        false
    }
}

impl Default for Patterns {
    fn default() -> Self {
        Self::new()
    }
}

impl Patterns {
    pub fn new() -> Self {
        let named_date = named_date();
        Self {
            pin: re(&format!(r"[0-9]+(?:(?:{SP}|\n)[0-9]+)*")),
            digit_group: re(r"[0-9]+"),
            pin_cue: CueBefore::new(
                r"(?i)(?:ПИНФЛ|ПИН|ИНН|ЖИН|персональн\w*\s+идентификационн\w*\s+номер\w*)",
                r"\W{0,12}",
            ),
            // Kazakhstan's 12-digit personal number: "ИИН 850312300123", "ЖСН: …".
            foreign_pin: re(r"(?i)(?:ИИН|ЖСН)[:\s№]*([0-9]{12})"),
            passport: re(&format!(
                r"(?:ID|[AА][NСCDД]|KG|[KК][GГ])(?:{SP}?№)?(?:{SP}|\n|{DASH})?[0-9]{{7}}"
            )),
            // "паспорт гражданина Республики Казахстан № N12345678", "удостоверение
            // личности … № 012345678", "ID-карта …", "жеке күбөлүгү № …": an identity
            // document of any state, its number with or without a series; also a birth
            // certificate ("серии КР-Х № 0123456", "I-ЖИ № 123456") and a driving licence.
            // A foreign passport may be two digits and seven ("75 4872364").
            passport_cue: cue(&format!(
                r"(?i)(?:паспорт\w*|удостоверени\w*{SP}+личност\w*|ID{DASH}?{SP}?карт\w*|идентификаци(?:онн|ял)\w*{SP}+карт\w*|вид\w*{SP}+на{SP}+жительств\w*|жеке{SP}+күбөлү[гк]\w*|свидетельств\w*{SP}+о{SP}+рождении|туулгандыгы{SP}+жөнүндө{SP}+күбөлү[гк]\w*|водительск\w*{SP}+удостоверени\w*|айдоочулук{SP}+күбөлү[гк]\w*)(?:{SP}|\w|[.,:№])*?((?:сери[ия]{SP}+)?(?-i:(?:[IVX]{{1,4}}{DASH}|[А-Я]{{2}}{DASH})?[A-ZА-Я]{{1,2}})(?:{SP}|\n|{DASH})*(?:(?:№|номер\w*){SP}*)?[0-9]{{6,9}}|[0-9]{{2}}{SP}?[0-9]{{2}}{SP}?(?:№{SP}?)?[0-9]{{6}}|[0-9]{{2}}{SP}[0-9]{{7}}|(?:№|номер\w*){SP}*[0-9]{{6,9}}|[0-9]{{9}})"
            )),
            // Area codes have 3 or 4 digits ("0(312)", "0 (3222)"); the digit count is
            // checked after matching: 10 after a leading 0, 12 with +996. A line break
            // may fall inside the number in text taken from a PDF, also right after "+996".
            phone: re(&format!(
                r"(?:\(?\+{SP}?996\)?|0)(?:{SP}|{DASH}|\n)?\(?[0-9]{{3,4}}\)?(?:(?:{SP}|{DASH}|\n)?[0-9]){{5,6}}"
            )),
            // A number of another country (+7 Russia and Kazakhstan, +998, +86…): 11 to 13
            // digits after the "+", checked after matching. +996 is the rule above.
            phone_foreign: re(&format!(
                r"\+{SP}?[1-9][0-9]{{0,2}}(?:{SP}|{DASH})?\(?[0-9]{{2,5}}\)?(?:(?:{SP}|{DASH}|\n)?[0-9]){{5,9}}"
            )),
            // A Kyrgyz number written without its trunk "0" or the "+": "996 700 123 456",
            // "(555) 12-34-56", "555-12-34-56", "555 12 34 56" (pairs: never an amount's
            // thousands). "700 123 456" is an amount as often as a phone: cue rules only.
            phone_without_trunk: re(&format!(
                r"996(?:{SP}|{DASH})?\(?[0-9]{{3}}\)?(?:(?:{SP}|{DASH})?[0-9]){{6}}|\([0-9]{{3}}\){SP}?[0-9]{{2,3}}{DASH}?[0-9]{{2}}{DASH}?[0-9]{{2}}|[0-9]{{3}}(?:{DASH}[0-9]{{2}}){{3}}|[0-9]{{3}}(?:{SP}[0-9]{{2}}){{3}}"
            )),
            phone_cue: cue(&format!(
                r"(?i)(?:тел\.?|телефон\w*|моб\.?|байланыш\w*)[:\s]*(?:(?:номер|номур)\w*[:\s]*)?(?:№{SP}?)?((?:\+?[0-9])(?:(?:{SP}|{DASH}|[()])?[0-9]){{4,12}})"
            )),
            // "перевел на номер 700 123 456", "номерине 555123456": nine digits of a number
            // without its trunk 0 after the word for a (phone) number; digit count checked
            // after matching, so a case or contract number with slashes never matches.
            phone_after_number_word: cue(&format!(
                r"(?i)(?:номер|номур)\w*[:\s]*(?:№{SP}?)?([2-9][0-9]{{2}}(?:{SP}|{DASH})?[0-9]{{3}}(?:{SP}|{DASH})?[0-9]{{3}})"
            )),
            email: re(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"),
            plate_modern: re(&format!(
                r"[0-9]{{2}}(?:{SP}|\n)?(?:KG(?:{SP}|\n)?)?[0-9]{{3}}(?:{SP}|\n)?{PLATE_LETTER}{{3}}|[0-9]{{3}}(?:{SP}|\n)?{PLATE_LETTER}{{2,3}}(?:{SP}|\n)?[0-9]{{2}}"
            )),
            plate_old: re(&format!(
                r"{PLATE_LETTER}{SP}?[0-9]{{4}}{SP}?{PLATE_LETTER}{{1,2}}"
            )),
            // Any plate-like token right after a number cue ("г/н 1805 KGBH", "гос. номер
            // 01-123 AB") or right before the Kyrgyz "номерлүү" ("1805 KGBH номерлүү");
            // its shape is checked after matching (see `plate_shaped`).
            plate_after_cue: cue(&format!(
                r"(?i:г/н|гос\.?\s*номер\w*|госномер\w*|государственн\w+\s+(?:регистрационн\w+\s+)?(?:номер\w*|знак\w*)|регистрационн\w+\s+знак\w*|номерн\w+\s+знак\w*|мамлекеттик\s+(?:каттоо\s+)?номер\w*)[:\s№]*((?:[A-ZА-ЯЁ]{{1,4}}|[0-9]{{1,4}})(?:(?:{SP}|{DASH})?(?:[A-ZА-ЯЁ]{{1,4}}|[0-9]{{1,4}})){{1,4}})"
            )),
            // A vehicle identification number after its name: "VIN JTDBT923401234567",
            // "номер кузова (VIN): …", "идентификационный номер …", "шасси …".
            vin: cue(
                r"(?i:VIN|кузов\w*|шасси|идентификационн\w*\s+номер\w*)[^0-9A-Za-zА-Яа-я]{0,20}(?:[а-я]+[^0-9A-Za-zА-Яа-я]{1,4}){0,2}((?-i:[A-HJ-NPR-Z0-9]{17}))",
            ),
            plate_before_cue: re(&format!(
                r"((?:[A-ZА-ЯЁ]{{1,4}}|[0-9]{{1,4}})(?:(?:{SP}|{DASH}|\n)?(?:[A-ZА-ЯЁ]{{1,4}}|[0-9]{{1,4}})){{1,4}})(?:{SP}[а-яa-z]{{1,2}})?\s+(?:мамлекеттик\s+)?ном[еу]рл[үу]\w*"
            )),
            plate_cue: cue(
                r"(?i)(?:г/н|гос\.?\s*номер\w*|госномер\w*|номерн\w+\s+знак\w*|регистрационн\w+\s+знак\w*|мамлекеттик\s+номер\w*|автомаши\w*|автомобил\w*|транспорт\w*)",
            ),
            card: re(&format!(r"[0-9]{{4}}(?:(?:{SP}|{DASH})?[0-9]{{4}}){{3}}")),
            account_cue: cue(&format!(
                r"(?i)(?:р/с|р/сч|расч[её]тн\w*\s+сч[её]т\w*|лицев\w*\s+сч[её]т\w*|сч[её]т\w*|IBAN|карт\w*|эсеп\w*)[:\s]*(?:№{SP}?)?([0-9](?:(?:{SP}|{DASH})?[0-9]){{9,29}})"
            )),
            long_number: re(r"[0-9]{16,30}"),
            // The parties of the act that are legal entities: "по иску ОсОО «…»", "к ОАО «…»".
            plaintiff_entity: re(
                r"(?:(?i:по\s+иску|по\s+исковому\s+заявлению|по\s+заявлению|истец|истца)|Истец)\s*[:\-–—]?\s*(?:ОсОО|ООО|ОАО|ЗАО|АО|ГП|МП|ОФ|ОО|ОЮЛ)\s*«",
            ),
            respondent_entity: re(
                r"(?:\sк|(?i:ответчик\w*))\s*[:\-–—]?\s*(?:ОсОО|ООО|ОАО|ЗАО|АО|ГП|МП|ОФ|ОО|ОЮЛ)\s*«",
            ),
            // "Реквизиты истца: р/с …", "на счёт ответчика №": whose account it is.
            account_party: re(
                r"(?i)(?:реквизит\w*|сч[её]т\w*)\s+(истц\w*|заявител\w*|взыскател\w*|ответчик\w*|должник\w*)[^.;]{0,20}$",
            ),
            property_code: re(&format!(r"[0-9]{{1,2}}(?:{DASH}[0-9]{{2,4}}){{4,7}}")),
            // "12.03.1985 г.р.", "12.03.1985 года рождения", "24.11.1956-ж. туулган".
            birth_numeric: re(&format!(
                r"(?i)([0-9]{{1,2}}[./][0-9]{{1,2}}[./](?:[0-9]{{4}}|[0-9]{{2}}))(?:(?:\s*(?:г\.?|года?)|{DASH}?\s?ж\.?|{DASH}?\s?жылы)?(?:{SP}|\s|,)*(?:г\.\s?р(?:\.|,|\s|\))|рождения|туулган|төрөлгөн|ж\.\s?т\.)|{DASH}?\s?(?:ж\.|жылы)\s?(?:т(?:\.|\s|\)|,|$)|туулган|төрөлгөн))"
            )),
            // "1985 г.р.", "1985 года рождения", "12 марта 1985 года года рождения" (the
            // doubled "года" is a common typo), "1985-жылы туулган", "1985-ж.т.". The "р"
            // of "г.р." must end there: "2013 г.\nрассмотрев" is an act date.
            birth_year: re(&format!(
                r"(?i)([0-9]{{1,2}}{SP}+(?:{MONTHS}){SP}+[0-9]{{4}}(?:\s+года)?|[0-9]{{4}})(?:\s*(?:г\.\s?р(?:\.|,|\s|\))|(?:(?:года?|г\.)\s+)?(?:года\s+)?рождения|{DASH}?\s?жылы\s+(?:туулган|төрөлгөн)|{DASH}?\s?ж\.\s?т(?:\.|\s)|{DASH}?\s?ж\.\s+(?:туулган|төрөлгөн)))"
            )),
            // "родившегося 12 марта 1985 года", "дата рождения: 12.03.1985", "год рождения
            // 1985", "туулган күнү: 12.03.1985", "туулган жылы 1985".
            birth_cued: cue(&format!(
                r"(?i)(?:родивш\w+|родил(?:ся|ась)|рожд[её]нн?\w*|(?:дата|год)\s+рожд(?:ения|\.)|род\.|рожд\.|д\.\s?р\.|туулган\s+(?:күнү|жылы|датасы))(?:[:\s,|]|{DASH}|—)*(?:в\s+)?([0-9]{{1,2}}(?:\.[0-9]{{1,2}}\.|\s+(?:{MONTHS})\s+)[0-9]{{4}}(?:\s*(?:года|г\.))?|[0-9]{{4}})"
            )),
            // "12-март 1985-жылы туулган", "5-май, 1990-ж. туулган".
            birth_ky_day_first: re(&format!(
                r"([0-9]{{1,2}}{DASH}?\s?(?:{KY_MONTHS})\w*,?\s+[0-9]{{4}})\s?{DASH}?\s?(?:жылы|ж\.)\s*(?:т\.|туулган|төрөлгөн)"
            )),
            // "АСАНОВА Б.Ж., 15 апреля 1992 года, уроженца г. Ош": a date followed by the
            // words that introduce a person (birthplace, citizenship, residence).
            birth_apposition: re(&format!(
                r"([0-9]{{1,2}}\.[0-9]{{1,2}}\.[0-9]{{4}}|[0-9]{{1,2}}{SP}+(?:{MONTHS}){SP}+[0-9]{{4}}(?:\s+года)?)(?:\s*г\.)?,\s*(?:уроженц\w*|уроженк\w*|урож\.|граждан\w*\s+(?:КР|Кыргыз\w*|Республик\w*|Российск\w*|Казахстан\w*|Узбекистан\w*|Таджикистан\w*)|туулган\s+жери)"
            )),
            // "Асанов Бакыт Жумабекович, 12.03.1985, ранее": a date right after a person's
            // full name (with a patronymic, "уулу"/"кызы", initials, or in capitals), set
            // off by a comma, a dash or a bracket, or ending the line (see
            // `date_beside_a_name`); a document's date takes "от".
            birth_after_name: re(&format!(
                r"(?:[А-ЯЁӨҮҢ][а-яёөүң]+\s+[А-ЯЁӨҮҢ][а-яёөүң]+\s+[А-ЯЁӨҮҢ][а-яёөүң]+(?:вич|вна|ична|вича|вны|вичу|вне|вной|вичем|вным)|[А-ЯЁӨҮҢ][а-яёөүң]+\s+(?:уулу|кызы)\s+[А-ЯЁӨҮҢ][а-яёөүң]+|[А-ЯЁӨҮҢ][а-яёөүң]+\s+[А-ЯЁӨҮҢ]\.\s?[А-ЯЁӨҮҢ]\.|[А-ЯЁӨҮҢ][а-яёөүң]+(?:ов|ев|ёв|ин|ова|ева|ёва|ина|ову|еву|овой|евой|иной|овым|евым|иным|ова|ко|ян|енко|дзе|швили|оглу|зода)\s+[А-ЯЁӨҮҢ][а-яёөүң]{{2,}}|[А-ЯЁӨҮҢ]{{2,}}\s+[А-ЯЁӨҮҢ]{{2,}}\s+[А-ЯЁӨҮҢ]{{2,}}(?:ВИЧ|ВНА|ВИЧА|ВНЫ|ВИЧУ|ВНЕ))(\s*[,(–—-]\s*|[ \t]+){named_date}"
            )),
            // A date right after a name, set off by a comma, a dash, a bracket or spaces.
            date_after: re(&format!(
                r"^([ \u{{00A0}}]*(?:[,(–—-]|\n)[ \u{{00A0}}\n]*|[ \u{{00A0}}]+){named_date}"
            )),
            // A date or a year alone in brackets right after a name, with a birth date's
            // ending: "Нурбек (12.03.2015-ж.)", "Айпери (2017-ж.т.)", "Бакыт (2016 г.р.)".
            bracket_date: re(&format!(
                r"^[ \u{{00A0}}\n]*\([ \u{{00A0}}]*([0-9]{{1,2}}\.[0-9]{{1,2}}\.[0-9]{{4}}|[0-9]{{4}})(?:\s*(?:г\.\s?р\.|г\.|года)|{DASH}?\s?(?:ж\.(?:\s?т\.)?|жылы(?:\s+т\.)?))?[ \u{{00A0}}]*\)"
            )),
            // The time of an event after a date ("…, 12.03.2013, примерно в 14 часов").
            event_after: re(
                r"(?i)^\s*(?:примерно|около|приблизительно|находясь|будучи|в\s+[0-9]|в\s+период|в\s+ночь|в\s+(?:ночное|дневное|вечернее|утреннее)|саат|болжол|чамасында|[а-яё]*(?:[аеиуя]л(?:ся|ась|ись|и|а)?|[аиы]ли|ыл[аи]))(?:[^\w]|$)",
            ),
            // The act's own date heads a line near the top ("15 августа 2021 года\tг. Ош",
            // "2023-жылдын 6-августу Бишкек шаары", "12.03.2014").
            act_date: re(&format!(
                r"(?m)^[ \t]*(?:(?:г\.|город)\s?[А-ЯЁ][\w\-]*[ \t,]+|[А-ЯЁӨҮҢ][\w\-]*\s+шаары[ \t,]+)?(«?[0-9]{{1,2}}»?{SP}+(?:{MONTHS}){SP}+[0-9]{{4}}|[0-9]{{1,2}}\.[0-9]{{1,2}}\.[0-9]{{4}}|[0-9]{{4}}{DASH}?\s?жылдын\s+[0-9]{{1,2}}{DASH}?\s?(?:{KY_MONTHS})\w*)"
            )),
            // "1985-жылдын 12-мартында туулган", "1985-жылы 12-мартта туулган", also with
            // the birthplace before the verb: "1988-жылы 12-мартта Нарын облусунун Ат-Башы
            // районунда туулган", "1988-жылы Талас шаарында туулган".
            birth_ky: re(&format!(
                r"([0-9]{{4}}{DASH}?\s?жыл\w*\s+[0-9]{{1,2}}{DASH}?\s?\w+)(?:\s+[^\s0-9.,;:()]+){{0,6}}?\s+(?:туулган|төрөлгөн)|([0-9]{{4}}){DASH}?\s?жылы(?:\s+[^\s0-9.,;:()]+){{1,6}}?\s+(?:туулган|төрөлгөн)"
            )),
            birth_column: re(
                r"(?i)^(?:дата|год|число)\s+рождения|^г\.\s?р\.?$|^туулган\s+(?:күнү|жылы|датасы)|^(?:дата|год)\s+рожд\.",
            ),
            table_date: re(&format!(
                r"^\s*([0-9]{{1,2}}(?:\.[0-9]{{1,2}}\.|{SP}+(?:{MONTHS}){SP}+)[0-9]{{4}}|[0-9]{{4}})(?:\s*(?:г\.?|года|{DASH}?\s?ж\.?))?\s*$"
            )),
        }
    }

    /// All pattern hits in the text, unsorted, possibly overlapping.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        self.find_folded(text, fold_text(text).as_deref(), &ActLayout::of(self, text))
    }

    /// [`Self::find`] with the act already folded by [`fold_text`] (same offsets): where
    /// the cue patterns look for their words. The engine folds each act once for these
    /// patterns and the address grammar.
    pub(crate) fn find_folded(
        &self,
        text: &str,
        folded: Option<&str>,
        layout: &ActLayout,
    ) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut push = |start, end, category, rule, confidence| {
            hits.push(Hit {
                start,
                end,
                category,
                rule,
                confidence,
            })
        };

        // A run of digit groups ("кв. 3 21203198500123", "2 12031985 00123") may hold a
        // PIN that starts at any group: try each window of groups with 14 digits.
        for run in self.pin.find_iter(text) {
            // No window of a run with fewer than 14 digits holds a PIN: most runs are the
            // number of a date, an article or a house, skipped before their groups are read.
            if run.as_str().bytes().filter(u8::is_ascii_digit).count() < 14 {
                continue;
            }
            let groups: Vec<(usize, usize)> = self
                .digit_group
                .find_iter(run.as_str())
                .map(|g| (run.start() + g.start(), run.start() + g.end()))
                .collect();
            let mut i = 0;
            while i < groups.len() {
                let mut digits = 0;
                let mut found = None;
                for (j, g) in groups.iter().enumerate().skip(i) {
                    digits += g.1 - g.0;
                    if digits == 14 {
                        found = Some(j);
                    }
                    if digits >= 14 {
                        break;
                    }
                }
                let Some(j) = found else {
                    i += 1;
                    continue;
                };
                let (start, end) = (groups[i].0, groups[j].1);
                let digits: String = text[start..end]
                    .chars()
                    .filter(char::is_ascii_digit)
                    .collect();
                let cued = self
                    .pin_cue
                    .is_match(&text[floor(text, start.saturating_sub(90))..start]);
                let kind = classify_pin(&digits);
                match kind {
                    PinKind::Personal => push(start, end, Category::Pin, "pin.valid_date", 0.99),
                    PinKind::Invalid if cued => push(start, end, Category::Pin, "pin.cued", 0.75),
                    PinKind::LegalEntity | PinKind::Invalid => {}
                }
                i = if kind == PinKind::Personal || cued {
                    j + 1
                } else {
                    i + 1
                };
            }
        }

        for c in self.foreign_pin.captures_iter(text) {
            if let Some(g) = c.get(1)
                && digit_bounded(text, g.start(), g.end())
            {
                push(g.start(), g.end(), Category::Pin, "pin.foreign_cued", 0.9);
            }
        }

        for m in self.passport.find_iter(text) {
            if word_bounded(text, m.start(), m.end()) {
                push(
                    m.start(),
                    m.end(),
                    Category::Passport,
                    "passport.series_number",
                    0.97,
                );
            }
        }
        for c in self.passport_cue.captures(text, folded) {
            if let Some(g) = c.get(1)
                && word_bounded(text, g.start(), g.end())
                && text[c.get(0).map_or(0, |m| m.start())..g.start()]
                    .chars()
                    .count()
                    < 70
            {
                push(
                    g.start(),
                    g.end(),
                    Category::Passport,
                    "passport.cued",
                    0.95,
                );
            }
        }

        for m in self.phone.find_iter(text) {
            let joined_before = text[..m.start()]
                .chars()
                .next_back()
                .is_some_and(|c| crate::text::is_dash(c) || c == '/' || c == '.');
            let digits = m.as_str().chars().filter(char::is_ascii_digit).count();
            let international = m.as_str().trim_start_matches('(').starts_with('+');
            let expected = if international { 12 } else { 10 };
            // "+996 (0555) 12-34-56": the trunk 0 kept after the country code.
            let trunk_kept = international
                && m.as_str()
                    .trim_start_matches(|c: char| !c.is_ascii_digit())
                    .strip_prefix("996")
                    .is_some_and(|rest| {
                        rest.trim_start_matches(|c: char| !c.is_ascii_digit())
                            .starts_with('0')
                    });
            let expected_ok = digits == expected || (trunk_kept && digits == 13);
            if digit_bounded(text, m.start(), m.end()) && !joined_before && expected_ok {
                push(m.start(), m.end(), Category::Phone, "phone.shape", 0.95);
            }
        }
        for m in self.phone_foreign.find_iter(text) {
            let digits = m.as_str().chars().filter(char::is_ascii_digit).count();
            let kyrgyz = m.as_str()[1..].trim_start().starts_with("996");
            if digit_bounded(text, m.start(), m.end()) && !kyrgyz && (11..=13).contains(&digits) {
                push(m.start(), m.end(), Category::Phone, "phone.foreign", 0.9);
            }
        }
        for m in self.phone_without_trunk.find_iter(text) {
            let joined_before = text[..m.start()].chars().next_back().is_some_and(|c| {
                crate::text::is_dash(c) || matches!(c, '/' | '.' | '+' | '(' | '0'..='9')
            });
            let digits = m.as_str().chars().filter(char::is_ascii_digit).count();
            let expected = if m.as_str().starts_with("996") { 12 } else { 9 };
            if digit_bounded(text, m.start(), m.end()) && !joined_before && digits == expected {
                push(
                    m.start(),
                    m.end(),
                    Category::Phone,
                    "phone.without_trunk",
                    0.85,
                );
            }
        }
        for c in self.phone_cue.captures(text, folded) {
            if let Some(g) = c.get(1)
                && digit_bounded(text, g.start(), g.end())
            {
                push(g.start(), g.end(), Category::Phone, "phone.cued", 0.9);
            }
        }

        for c in self.phone_after_number_word.captures(text, folded) {
            if let Some(g) = c.get(1)
                && digit_bounded(text, g.start(), g.end())
            {
                push(
                    g.start(),
                    g.end(),
                    Category::Phone,
                    "phone.after_number_word",
                    0.85,
                );
            }
        }

        // A personal PIN carries its owner's birth date: the same date written anywhere in
        // the act (a table of heirs, "родившегося …") is that person's birth date.
        let pin_dates: Vec<String> = hits
            .iter()
            .filter(|h| h.category == Category::Pin && h.rule == "pin.valid_date")
            .map(|h| {
                let d: String = text[h.start..h.end]
                    .chars()
                    .filter(char::is_ascii_digit)
                    .collect();
                format!("{}.{}.{}", &d[1..3], &d[3..5], &d[5..9])
            })
            .collect();
        let mut push = |start, end, category, rule, confidence| {
            hits.push(Hit {
                start,
                end,
                category,
                rule,
                confidence,
            })
        };
        for date in &pin_dates {
            for (at, _) in text.match_indices(date.as_str()) {
                if digit_bounded(text, at, at + date.len()) {
                    push(
                        at,
                        at + date.len(),
                        Category::BirthDate,
                        "birth_date.matches_pin",
                        0.9,
                    );
                }
            }
        }

        for m in self.email.find_iter(text) {
            push(m.start(), m.end(), Category::Email, "email.shape", 0.99);
        }

        for m in self.plate_modern.find_iter(text) {
            if word_bounded(text, m.start(), m.end()) {
                push(m.start(), m.end(), Category::Plate, "plate.modern", 0.95);
            }
        }
        for m in self.plate_old.find_iter(text) {
            if !word_bounded(text, m.start(), m.end()) {
                continue;
            }
            let from = floor(text, m.start().saturating_sub(120));
            let cued = self
                .plate_cue
                .is_match(&text[from..m.start()], folded.map(|f| &f[from..m.start()]));
            push(
                m.start(),
                m.end(),
                Category::Plate,
                if cued { "plate.old.cued" } else { "plate.old" },
                if cued { 0.95 } else { 0.7 },
            );
        }

        for groups in [
            self.plate_after_cue.group_spans(text, folded, 1),
            group_spans(&self.plate_before_cue, text, 1),
        ] {
            for (start, end) in groups {
                if word_bounded(text, start, end) && plate_shaped(&text[start..end]) {
                    push(start, end, Category::Plate, "plate.cued", 0.9);
                }
            }
        }

        for (start, end) in self.vin.group_spans(text, folded, 1) {
            let code = &text[start..end];
            if word_bounded(text, start, end)
                && code.bytes().any(|b| b.is_ascii_digit())
                && code.bytes().any(|b| b.is_ascii_uppercase())
            {
                push(start, end, Category::Plate, "plate.vin", 0.9);
            }
        }

        for m in self.card.find_iter(text) {
            if digit_bounded(text, m.start(), m.end()) {
                push(m.start(), m.end(), Category::Account, "account.card", 0.9);
            }
        }
        for c in self.account_cue.captures(text, folded) {
            if let Some(g) = c.get(1)
                && digit_bounded(text, g.start(), g.end())
            {
                push(g.start(), g.end(), Category::Account, "account.cued", 0.95);
            }
        }
        for m in self.long_number.find_iter(text) {
            if digit_bounded(text, m.start(), m.end()) {
                push(
                    m.start(),
                    m.end(),
                    Category::Account,
                    "account.long_number",
                    0.8,
                );
            }
        }

        for m in self.property_code.find_iter(text) {
            if digit_bounded(text, m.start(), m.end()) {
                push(
                    m.start(),
                    m.end(),
                    Category::PropertyCode,
                    "property_code.shape",
                    0.9,
                );
            }
        }

        for (groups, rule) in [
            (
                group_spans(&self.birth_numeric, text, 1),
                "birth_date.numeric",
            ),
            (group_spans(&self.birth_year, text, 1), "birth_date.year"),
            (
                self.birth_cued.group_spans(text, folded, 1),
                "birth_date.cued",
            ),
            (
                self.birth_ky
                    .captures_iter(text)
                    .filter_map(|c| c.get(1).or(c.get(2)).map(|g| (g.start(), g.end())))
                    .collect(),
                "birth_date.kyrgyz",
            ),
            (
                group_spans(&self.birth_ky_day_first, text, 1),
                "birth_date.kyrgyz",
            ),
            (
                group_spans(&self.birth_apposition, text, 1),
                "birth_date.apposition",
            ),
        ] {
            for (start, end) in groups {
                if digit_bounded(text, start, end) {
                    push(start, end, Category::BirthDate, rule, 0.95);
                }
            }
        }
        let act = layout.date;
        for c in self.birth_after_name.captures_iter(text) {
            let (Some(sep), Some(g), Some(all)) = (c.get(1), c.get(2), c.get(0)) else {
                continue;
            };
            if digit_bounded(text, g.start(), g.end())
                && self.date_beside_a_name(text, sep.as_str(), g.as_str(), all.end(), act)
            {
                hits.push(Hit {
                    start: g.start(),
                    end: g.end(),
                    category: Category::BirthDate,
                    rule: "birth_date.after_name",
                    confidence: 0.9,
                });
            }
        }
        self.table_columns(text, &layout.rows, &mut hits);
        self.drop_legal_entity_accounts(text, &mut hits);
        hits
    }

    /// A bank account named as a party's ("Реквизиты истца: р/с …") stays when the act
    /// names that party as a legal entity ("по иску ОсОО «…»"): a company's account is not
    /// personal data. An individual entrepreneur (ИП) is a person and is not matched.
    fn drop_legal_entity_accounts(&self, text: &str, hits: &mut Vec<Hit>) {
        if !hits.iter().any(|h| h.category == Category::Account) {
            return;
        }
        let plaintiff = self.plaintiff_entity.is_match(text);
        let respondent = self.respondent_entity.is_match(text);
        if !plaintiff && !respondent {
            return;
        }
        hits.retain(|h| {
            if h.category != Category::Account {
                return true;
            }
            let before = &text[floor(text, h.start.saturating_sub(80))..h.start];
            let Some(party) = self.account_party.captures(before).and_then(|c| c.get(1)) else {
                return true;
            };
            let party = crate::text::lowercase(party.as_str());
            let entity = if party.starts_with("ответчик") || party.starts_with("должник")
            {
                respondent
            } else {
                plaintiff
            };
            !entity
        });
    }

    /// Tables written as rows of cells ("ФИО\tДата рождения\tПИН", or "ФИО | Дата
    /// рождения | ПИН" as DOCX tables are extracted): every cell under a birth-date header
    /// that holds a date, and every non-empty cell under an address header, down to the
    /// end of the table.
    fn table_columns(&self, text: &str, rows: &[(usize, Option<Cells>)], hits: &mut Vec<Hit>) {
        let mut columns: Vec<(usize, Category)> = Vec::new();
        for (_, row) in rows {
            let Some(row) = row else {
                columns.clear();
                continue;
            };
            let mut header = Vec::new();
            for (i, &(cs, ce)) in row.iter().enumerate() {
                let cell = &text[cs..ce];
                let offset = cs;
                let trimmed = cell.trim();
                if self.birth_column.is_match(trimmed) {
                    header.push((i, Category::BirthDate));
                } else if is_address_header(trimmed) {
                    header.push((i, Category::Address));
                } else if let Some(&(_, category)) = columns.iter().find(|(c, _)| *c == i) {
                    let lead = cell.len() - cell.trim_start().len();
                    let (s, e) = (offset + lead, offset + lead + trimmed.len());
                    match category {
                        Category::BirthDate => {
                            if let Some(g) =
                                self.table_date.captures(trimmed).and_then(|c| c.get(1))
                            {
                                hits.push(Hit {
                                    start: s + g.start(),
                                    end: s + g.end(),
                                    category,
                                    rule: "birth_date.table_column",
                                    confidence: 0.9,
                                });
                            }
                        }
                        _ if trimmed.chars().any(char::is_alphanumeric) => hits.push(Hit {
                            start: s,
                            end: e,
                            category,
                            rule: "address.table_column",
                            confidence: 0.85,
                        }),
                        _ => {}
                    }
                }
            }
            if !header.is_empty() {
                columns = header;
            }
        }
    }

    /// The date a table cell holds and nothing else ("12.03.1985", "5 мая 1990 г.",
    /// "1985 г."), as a range inside the cell.
    pub(crate) fn cell_date(&self, cell: &str) -> Option<(usize, usize)> {
        let g = self.table_date.captures(cell)?.get(1)?;
        Some((g.start(), g.end()))
    }

    /// A date right after the end of a name (", 12.03.1985", " (5 мая 1990 года)", "\t12.03.1985")
    /// that [`Self::date_beside_a_name`] takes for the person's birth date.
    pub(crate) fn birth_date_after(
        &self,
        text: &str,
        name_end: usize,
        act: Option<u32>,
    ) -> Option<(usize, usize)> {
        let window = &text[name_end..floor(text, (name_end + 60).min(text.len()))];
        let c = self.date_after.captures(window)?;
        let (sep, date, all) = (c.get(1)?, c.get(2)?, c.get(0)?);
        let (s, e) = (name_end + date.start(), name_end + date.end());
        (digit_bounded(text, s, e)
            && self.date_beside_a_name(
                text,
                sep.as_str(),
                date.as_str(),
                name_end + all.end(),
                act,
            ))
        .then_some((s, e))
    }
}

impl Patterns {
    /// A date or a year alone in brackets right after a name ("Нурбек (12.03.2015-ж.)",
    /// "Айпери (2017)"), before the act's date: the person's birth date.
    pub(crate) fn bracketed_birth_date(
        &self,
        text: &str,
        name_end: usize,
        act: Option<u32>,
    ) -> Option<(usize, usize)> {
        let window = &text[name_end..floor(text, (name_end + 40).min(text.len()))];
        let g = self.bracket_date.captures(window)?.get(1)?;
        let date = g.as_str();
        let value = if date.len() == 4 {
            date.parse::<u32>().ok()? * 10000 + 101
        } else {
            parse_date(date)?
        };
        let before_act = act.is_none_or(|a| {
            if date.len() == 4 {
                value / 10000 <= a / 10000
            } else {
                value < a
            }
        });
        (value / 10000 >= 1900 && before_act).then_some((name_end + g.start(), name_end + g.end()))
    }
}

/// The byte ranges of a row's cells.
pub(crate) type Cells = Vec<(usize, usize)>;

/// The lines of the text with their start; for a table row (cells split by tabs, by
/// " | " as DOCX tables are extracted, or by " ; ") the byte ranges of its cells,
/// untrimmed. A row's last cell wrapped onto the next lines, as a hard-wrapped text or a
/// PDF gives it ("г. Ош, ул. Садовая,\n7", "Ысык-Атинский\nрайон, …"), takes them in:
/// they are no line of their own, and the table goes on after them.
pub(crate) fn table_rows(text: &str) -> Vec<(usize, Option<Cells>)> {
    let mut lines = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        lines.push((at, line.trim_end_matches(['\n', '\r'])));
        at += line.len();
    }
    let mut rows = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let (start, row) = lines[i];
        i += 1;
        let Some(sep) = row_separator(row) else {
            rows.push((start, None));
            continue;
        };
        let mut cells = Vec::new();
        let mut offset = start;
        for cell in row.split(sep) {
            cells.push((offset, offset + cell.len()));
            offset += cell.len() + sep.len();
        }
        while let (Some(&(next_start, next)), Some(last)) = (lines.get(i), cells.last_mut()) {
            if row_separator(next).is_some() || !continues_cell(&text[last.0..last.1], next) {
                break;
            }
            last.1 = next_start + next.len();
            i += 1;
        }
        rows.push((start, Some(cells)));
    }
    rows
}

/// What splits a line into cells: a tab, " | ", or " ; " twice (one " ; " is a sentence's).
fn row_separator(row: &str) -> Option<&'static str> {
    // Most lines hold no '|', tab or ';': one SIMD scan answers them instead of three
    // substring searches.
    memchr::memchr3(b'|', b'\t', b';', row.as_bytes())?;
    if row.contains(" | ") {
        Some(" | ")
    } else if row.contains('\t') {
        Some("\t")
    } else if row.matches(" ; ").count() >= 2 {
        Some(" ; ")
    } else {
        None
    }
}

/// The next line goes on with a row's last cell: the cell stops open (after a comma, a
/// hyphen or an address abbreviation: "ул. Садовая,", "Кара-", "д.") or the line starts
/// with the lower-case word of a place ("району", "көчөсү", "айылы").
fn continues_cell(cell: &str, next: &str) -> bool {
    let cell = cell.trim_end_matches([' ', '\u{00A0}', '|']);
    let next = next.trim_start();
    if cell.is_empty() || next.is_empty() {
        return false;
    }
    if cell.ends_with([',', '-', '\u{00AD}']) {
        return true;
    }
    if let Some(head) = cell.strip_suffix('.') {
        let word: String = head
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if !word.is_empty() && crate::address::abbreviated_address_word(&word) {
            return true;
        }
    }
    let first: String = next
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '-')
        .collect();
    first.chars().next().is_some_and(char::is_lowercase)
        && crate::address::postfix_place_word(&first)
}

impl Patterns {
    /// The act's date (as `yyyymmdd`): the first date that heads a line in the first
    /// 1,000 bytes, where acts put it ("15 августа 2021 года\tг. Ош", "«15» мая 2024
    /// года", also after the place: "г. Бишкек\t\t15 мая 2024 года").
    pub fn act_date(&self, text: &str) -> Option<u32> {
        let head = &text[..floor(text, text.len().min(1000))];
        let m = self.act_date.captures(head)?.get(1)?;
        parse_date(m.as_str())
    }

    /// A date standing with a person's full name ("Асанов Бакыт Жумабекович, 12.03.1985",
    /// "(12.03.1985)", a table cell, the end of a list item) is the person's birth date
    /// when it is before the act's date and what follows closes the apposition, the cell
    /// or the line; the time of an event after it ("…, 12.03.2013, примерно в 14 часов")
    /// makes it the event's date. `sep` is what stands between name and date, `end` the
    /// end of the date (with "г."/"года").
    pub(crate) fn date_beside_a_name(
        &self,
        text: &str,
        sep: &str,
        date: &str,
        end: usize,
        act: Option<u32>,
    ) -> bool {
        let Some(value) = parse_date(date) else {
            return false;
        };
        // "12.03.2013-жылы" is "in 2013": the time of an event.
        if value / 10000 < 1900
            || act.is_some_and(|act| value >= act)
            || text[..end].ends_with("жылы")
        {
            return false;
        }
        // A table extracted one cell per line: the name, the date and the address each
        // on a line of its own ("Асанов Бакыт\n12.03.1985\nг. Ош, ул. Садовая, 7"); the
        // town's "г." on the next line is no year's.
        if sep.contains('\n')
            && let Some(head) = text[..end].strip_suffix("г.")
            && head.trim_end().ends_with(date)
            && head[head.trim_end().len()..].contains('\n')
            && text[end..].starts_with(' ')
            && text[end..]
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        {
            return true;
        }
        let rest = &text[end..];
        let spaces =
            |r: &'_ str| -> usize { r.len() - r.trim_start_matches([' ', '\u{00A0}']).len() };
        let r = &rest[spaces(rest)..];
        if r.starts_with(['\t', '|']) {
            return true;
        }
        // A full stop, or the end of the line unless the sentence goes on after a wrap
        // ("12.03.2013\nгода обратился"): a list item or a row starts with a number or a
        // capital.
        if let Some(after) = r.strip_prefix('.')
            && after.chars().next().is_none_or(char::is_whitespace)
        {
            return true;
        }
        let r = r.trim_start_matches([' ', '\u{00A0}', '\t', '\r']);
        if let Some(next) = r.strip_prefix('\n') {
            let next = next.trim_start();
            if !next.chars().next().is_some_and(char::is_lowercase) {
                return true;
            }
            // The same with a street or a village first ("\nул. Садовая, 7", "\nс. Ивановка").
            let abbreviation: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
            if sep.contains('\n')
                && next[abbreviation.len()..].starts_with(". ")
                && crate::address::abbreviated_address_word(&abbreviation)
            {
                return true;
            }
        } else if r.is_empty() {
            return true;
        }
        if sep.trim().is_empty() {
            return false;
        }
        let r = rest.trim_start();
        match r.strip_prefix([',', ';', ')']) {
            // A verb after the date tells what happened that day, except the verbs that
            // describe a person ("…, 12.03.1950, проживал по адресу").
            Some(after) => {
                let first = after.trim_start().to_lowercase();
                let describes = ["прожива", "жил", "был", "являл", "работа", "учил"]
                    .iter()
                    .any(|w| first.starts_with(w));
                describes || !self.event_after.is_match(after)
            }
            None => false,
        }
    }
}

/// A date as `yyyymmdd`: "12.03.1985", "12/03/1985", "05.06.77", "5 мая 1990 года",
/// "1985-жылдын 12-марты"; `None` for anything else or an impossible date.
pub(crate) fn parse_date(s: &str) -> Option<u32> {
    let lower = crate::text::lowercase(s);
    let numbers: Vec<u32> = lower
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .filter_map(|p| p.parse().ok())
        .collect();
    let month_of = |w: &str| {
        crate::lexicon::MONTH_STEMS
            .iter()
            .position(|m| w.starts_with(m))
            .map(|i| i as u32 + 1)
    };
    let word = lower
        .split(|c: char| !crate::text::is_letter(c))
        .find(|w| month_of(w).is_some() && !w.starts_with("жыл"));
    let (day, month, year) = match (numbers.as_slice(), word) {
        ([d, y], Some(w)) if *y >= 1000 => (*d, month_of(w)?, *y),
        ([y, d], Some(w)) if *y >= 1000 => (*d, month_of(w)?, *y),
        ([d, m, y], None) => (*d, *m, if *y < 100 { 1900 + *y } else { *y }),
        _ => return None,
    };
    is_real_date(day, month, year).then_some(year * 10000 + month * 100 + day)
}

/// A table header naming a home address: "Адрес", "Место жительства", "Дареги".
fn is_address_header(cell: &str) -> bool {
    let lower = crate::text::lowercase(cell);
    let lower = lower.trim_end_matches([':', '.']);
    lower.starts_with("адрес")
        || lower.starts_with("место жительства")
        || lower.starts_with("место регистрации")
        || lower.starts_with("дарег")
        || lower.starts_with("жашаган")
        || lower.starts_with("жашаган жери")
}

/// A registration plate has 5 to 10 letters and digits, at least 2 digits and 1 letter,
/// and no run of more than 4 digits: "1805 KGBH", "О9746Е", "01 KG 123 ABC".
fn plate_shaped(s: &str) -> bool {
    let alnum: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).collect();
    let digits = alnum.iter().filter(|c| c.is_ascii_digit()).count();
    let longest_run = s
        .split(|c: char| !c.is_ascii_digit())
        .map(str::len)
        .max()
        .unwrap_or(0);
    (5..=10).contains(&alnum.len()) && digits >= 2 && digits < alnum.len() && longest_run <= 4
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum PinKind {
    Personal,
    LegalEntity,
    Invalid,
}

/// 14 digits: gender digit 1/2, birth date DDMMYYYY, 5 digits. A leading 0 is a legal
/// entity's ИНН.
fn classify_pin(digits: &str) -> PinKind {
    let b = digits.as_bytes();
    if b.len() != 14 {
        return PinKind::Invalid;
    }
    if b[0] == b'0' {
        return PinKind::LegalEntity;
    }
    if b[0] != b'1' && b[0] != b'2' {
        return PinKind::Invalid;
    }
    let num = |r: std::ops::Range<usize>| digits[r].parse::<u32>().unwrap_or(0);
    let (day, month, year) = (num(1..3), num(3..5), num(5..9));
    if is_real_date(day, month, year) {
        PinKind::Personal
    } else {
        PinKind::Invalid
    }
}

pub fn is_real_date(day: u32, month: u32, year: u32) -> bool {
    if !(1900..=2100).contains(&year) || !(1..=12).contains(&month) || day == 0 {
        return false;
    }
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    day <= days
}

/// The spans of one group of every match of a pattern, in order.
fn group_spans(pattern: &Pattern, text: &str, group: usize) -> Vec<(usize, usize)> {
    pattern
        .captures_iter(text)
        .filter_map(|c| c.get(group).map(|g| (g.start(), g.end())))
        .collect()
}

/// Largest char boundary at or below `i`.
pub fn floor(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// No digit touches the match on either side.
fn digit_bounded(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(|c| c.is_ascii_digit()) && !after.is_some_and(|c| c.is_ascii_digit())
}

/// No letter or digit touches the match on either side.
fn word_bounded(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hits as the masking stage sees them: duplicates and hits inside others dropped.
    fn found(text: &str) -> Vec<(Category, &str)> {
        let mut hits = Patterns::new().find(text);
        hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        let mut out: Vec<Hit> = Vec::new();
        for h in hits {
            if !out.iter().any(|o| o.start <= h.start && h.end <= o.end) {
                out.push(h);
            }
        }
        out.into_iter()
            .map(|h| (h.category, &text[h.start..h.end]))
            .collect()
    }

    macro_rules! t {
        ($($name:ident: $text:expr => [$(($cat:ident, $surface:expr)),*];)*) => {$(
            #[test]
            fn $name() {
                assert_eq!(found($text), vec![$((Category::$cat, $surface)),*], "{}", $text);
            }
        )*};
    }

    t! {
        pin_plain: "ПИН 21203198500123 выдан" => [(Pin, "21203198500123")];
        pin_spaced: "ИНН: 2 12031985 00123." => [(Pin, "2 12031985 00123")];
        pin_invalid_date_uncued_kept: "номер 21399198500123" => [];
        pin_invalid_date_cued: "ПИН 21399198500123" => [(Pin, "21399198500123")];
        legal_entity_inn_kept: "ИНН 01203198510123 ОсОО" => [];
        pin_inside_longer_number_ignored: "счет 4417012031985001234" => [(Account, "4417012031985001234")];
        pin_after_a_flat_number: "кв. 3 21203198500123" => [(Pin, "21203198500123")];
        passport_id: "паспорт ID1234567 выдан" => [(Passport, "ID1234567")];
        passport_an: "AN 1234567" => [(Passport, "AN 1234567")];
        passport_series: "паспорт серии AN № 1234567" => [(Passport, "серии AN № 1234567")];
        passport_cyrillic_lookalike: "паспорт АN1234567" => [(Passport, "АN1234567")];
        phone_intl: "тел.: +996 555 123 456," => [(Phone, "+996 555 123 456")];
        phone_local: "0555 123 456" => [(Phone, "0555 123 456")];
        phone_city: "0(312) 62-45-78" => [(Phone, "0(312) 62-45-78")];
        phone_cued_short: "тел. 62-45-78" => [(Phone, "62-45-78")];
        case_number_is_not_a_phone: "Дело № 05-1977/12 ГД" => [];
        email: "почта asanov.b@mail.kg." => [(Email, "asanov.b@mail.kg")];
        plate_modern: "автомашина 01 KG 123 ABC" => [(Plate, "01 KG 123 ABC")];
        plate_modern_cyrillic: "г/н 01KG123АВС" => [(Plate, "01KG123АВС")];
        plate_old: "госномер B 1234 AB" => [(Plate, "B 1234 AB")];
        vehicle_identification_number: "номер кузова JTDBT923401234567, VIN: XTA21099043456789; идентификационный номер (VIN) WVWZZZ1JZXW000001; кузов № 123" => [(Plate, "JTDBT923401234567"), (Plate, "XTA21099043456789"), (Plate, "WVWZZZ1JZXW000001")];
        plate_cued_odd_shape: "автомашина г/н 1805 KGBH и" => [(Plate, "1805 KGBH")];
        plate_before_kyrgyz_cue: "көчөсүндө 1805 KGBH номерлүү “Газель” автоунаада" => [(Plate, "1805 KGBH")];
        car_model_is_not_a_plate: "автомашина ВАЗ 2106 белого цвета, номерлүү эмес" => [];
        card: "карта 4169 5853 1234 5678" => [(Account, "4169 5853 1234 5678")];
        account_cued: "р/с 1234567890123" => [(Account, "1234567890123")];
        account_of_a_company_plaintiff_kept: "по иску ОсОО «Ала-Тоо» к Асанову. Реквизиты истца: р/с 1234567890123456 в ОАО «Банк»" => [];
        account_of_a_person_plaintiff_masked: "по иску Асанова к ОсОО «Ала-Тоо». Реквизиты истца: р/с 1234567890123456 в ОАО «Банк»" => [(Account, "1234567890123456")];
        account_of_a_company_respondent_kept: "по иску Асанова к ОсОО «Ала-Тоо». Перечислить на счёт ответчика № 1234567890123456" => [];
        property_code: "код 1-03-07-0040-0049-01-042 дом" => [(PropertyCode, "1-03-07-0040-0049-01-042")];
        birth_numeric: "Асанов, 12.03.1985 г.р., ранее" => [(BirthDate, "12.03.1985")];
        birth_year: "1985 года рождения" => [(BirthDate, "1985")];
        birth_words: "родившегося 12 марта 1985 года в" => [(BirthDate, "12 марта 1985 года")];
        phone_broken_across_lines: "телефон: 0700 123\n456." => [(Phone, "0700 123\n456")];
        phone_city_intl: "+996 (312) 62-45-78" => [(Phone, "+996 (312) 62-45-78")];
        phone_russian_or_kazakh: "на номер +7 701 123 45 67 и +7 (916) 123-45-67," => [(Phone, "+7 701 123 45 67"), (Phone, "+7 (916) 123-45-67")];
        phone_uzbek: "тел. +998 90 123 45 67" => [(Phone, "+998 90 123 45 67")];
        phone_kyrgyz_without_plus: "на номер 996 700 123 456 ошибочно" => [(Phone, "996 700 123 456")];
        phone_without_trunk_zero: "номер (555) 12-34-56 или 700-12-34-56" => [(Phone, "(555) 12-34-56"), (Phone, "700-12-34-56")];
        phone_country_code_in_brackets: "тел. (+996) 555 123 456" => [(Phone, "(+996) 555 123 456")];
        phone_trunk_zero_after_country_code: "тел. +996 (0555) 12-34-56" => [(Phone, "+996 (0555) 12-34-56")];
        phone_in_pairs_without_trunk: "на счёт, привязанный к 555 12 34 56," => [(Phone, "555 12 34 56")];
        phone_after_cue_and_number_word: "телефон номери 700 123 456 болгон" => [(Phone, "700 123 456")];
        phone_after_number_word: "перевел на номер 555 123 456, а также номерине 777123456" => [(Phone, "555 123 456"), (Phone, "777123456")];
        case_number_after_number_word_is_not_a_phone: "под номером 2-123/2024 и номер дела 700-123" => [];
        amount_of_nine_digits_is_not_a_phone: "взыскать 700 123 456 сом" => [];
        property_code_is_not_a_phone: "код 1-03-007-12-34-56 дом" => [(PropertyCode, "1-03-007-12-34-56")];
        birth_words_then_rozhdeniya: "Осмонова Айгуль, 12 марта 1985 года рождения, проживающая" => [(BirthDate, "12 марта 1985 года")];
        birth_doubled_goda: "умер Асанов, 3 мая 1941 года года рождения," => [(BirthDate, "3 мая 1941 года")];
        birth_kyrgyz_soft_hyphen: "Асанов Бакыт, 1975\u{00AD}жылы туулган," => [(BirthDate, "1975")];
        birth_kyrgyz_abbreviated: "1956-ж. туулган, 1960-ж.т., 24.11.1956-ж. туулган" => [(BirthDate, "1956"), (BirthDate, "1960"), (BirthDate, "24.11.1956")];
        birth_kyrgyz_with_the_birthplace: "1988-жылы 12-мартта Нарын облусунун Ат-Башы районунда туулган; 1990-жылы Талас шаарында туулган; 2010-жылы нике кыйышкан" => [(BirthDate, "1988-жылы 12-мартта"), (BirthDate, "1990")];
        birth_kyrgyz_day_month: "Асанов 1994-жылдын 30-майында туулган," => [(BirthDate, "1994-жылдын 30-майында")];
        birth_field_label: "Дата рождения: 05.06.1977\nГод рождения 1980; туулган жылы: 1969" => [(BirthDate, "05.06.1977"), (BirthDate, "1980"), (BirthDate, "1969")];
        birth_rodilsya: "родился 4 мая 1990 года в с. Кенеш" => [(BirthDate, "4 мая 1990 года")];
        birth_field_with_dash: "Дата рождения – 05.06.1977; д.р. 01.02.1960; рожд. 1971" => [(BirthDate, "05.06.1977"), (BirthDate, "01.02.1960"), (BirthDate, "1971")];
        birth_kyrgyz_day_first: "Асанов Б., 12-март 1985-жылы туулган, 5-май, 1990-ж.т." => [(BirthDate, "12-март 1985"), (BirthDate, "5-май, 1990")];
        passport_foreign_digits: "паспорт гражданина РФ 45 09 123456, выдан" => [(Passport, "45 09 123456")];
        birth_apposition: "в отношении АСАНОВА БАКЫТА, 15 апреля 1992 года, уроженца г. Ош, и Осмоновой А., 02.03.1990, гражданки КР" => [(BirthDate, "15 апреля 1992 года"), (BirthDate, "02.03.1990")];
        document_date_then_a_person_is_not_birth: "постановлением от 15 апреля 2012 года, Асанов Б. обжаловал" => [];
        pin_across_a_line: "ПИН 2 12031985\n00123, зарегистрированного" => [(Pin, "2 12031985\n00123")];
        passport_across_a_line: "паспорт AC\n1234567, ПИН" => [(Passport, "AC\n1234567")];
        phone_broken_after_the_country_code: "тел. +996\n702 019 147, ранее; өкүлү менен +996\n(505) 20-93-47 аркылуу" => [(Phone, "+996\n702 019 147"), (Phone, "+996\n(505) 20-93-47")];
        passport_of_another_state_two_and_seven_digits: "Корея Республикасынын жараны (паспорту 75 4872364) карата; паспорт 12 3456789 выдан" => [(Passport, "75 4872364"), (Passport, "12 3456789")];
        plate_across_a_line: "автомашиной 05KG\n123 ABC, после" => [(Plate, "05KG\n123 ABC")];
        plate_kazakh: "видел, как автомашина 123 ABC 02 уехала" => [(Plate, "123 ABC 02")];
        plate_before_kyrgyz_variant_cue: "уурдап, 123 AB 05 мамлекеттик номурлуу «Портер»" => [(Plate, "123 AB 05")];
        birth_upper_case_and_short_year: "АСАНОВА Б.Ж., 12.03.1985 Г.Р., ОСМОНОВОЙ А., 1990 ГОДА РОЖДЕНИЯ, Алиева Т., 05.06.77 г.р." => [(BirthDate, "12.03.1985"), (BirthDate, "1990"), (BirthDate, "05.06.77")];
        birth_rodilsya_v_godu: "рождённого 4 мая 1990 года; родился в 1975 году в с. Кенеш" => [(BirthDate, "4 мая 1990 года"), (BirthDate, "1975")];
        passport_number_only_and_dash: "паспорт № 1234567 и ID-7654321; паспорттун сериясы AN, номери 2345678" => [(Passport, "№ 1234567"), (Passport, "ID-7654321"), (Passport, "номери 2345678")];
        birth_with_slashes: "Асанов Б., 12/03/1985 г.р." => [(BirthDate, "12/03/1985")];
        birth_after_full_name: "подсудимого Асанова Бакыта Жумабековича, 12.03.1985, ранее не судимого; ОСМОНОВОЙ АЙГУЛЬ ТАЛАНТОВНЫ, 5 мая 1990 года, и Асанова Б.Ж., 01.02.1970)" => [(BirthDate, "12.03.1985"), (BirthDate, "5 мая 1990 года"), (BirthDate, "01.02.1970")];
        birth_after_surname_and_name: "свидетеля Осмоновой Айгуль, 02.03.1990, и Токтогулова Бакыта (05.06.1977)" => [(BirthDate, "02.03.1990"), (BirthDate, "05.06.1977")];
        document_date_after_a_name_is_not_birth: "жалобу Асанова Бакыта Жумабековича от 12.03.2013, поданную; Асанов Б.Ж., 12.03.2013 получил" => [];
        act_date_before_rassmotrev_is_not_birth: "доверенности от 16 января 2013 г.\nрассмотрев дело" => [];
        citizen_after_a_date_is_not_birth: "постановлением №420 от 13 декабря 2001 года гр. Асанову выделен" => [];
        year_range_is_not_birth: "за период 2010-2013 гг. рост" => [];
        birth_table_column: "ФИО\tДата рождения\tПримечание\nАсанов Б.\t05.06.1977\tсын\nОсмонова А.\t1980 г.\tдочь\nКонец таблицы" => [(BirthDate, "05.06.1977"), (BirthDate, "1980")];
        address_table_column: "ФИО\tАдрес\nАсанов Б.\tс. Кенеш, ул. Орто, 5\n" => [(Address, "с. Кенеш, ул. Орто, 5")];
        statute_is_not_personal: "по п. 2 ч. 2 ст. 168 УК КР от 12.03.2012" => [];
        birth_kyrgyz_bracket_after_a_child: "балдары Нурбек (12.03.2015-ж.т.), Айпери (2016-ж.т.), Бакыт (2017-жылы туулган) жана Элнура (04.05.2019\u{00AD}ж. т.)" => [(BirthDate, "12.03.2015"), (BirthDate, "2016"), (BirthDate, "2017"), (BirthDate, "04.05.2019")];
        birth_kyrgyz_torolgon: "уулу Азамат 2014-жылы төрөлгөн, кызы Айпери 03.02.2016-жылы төрөлгөн" => [(BirthDate, "2014"), (BirthDate, "03.02.2016")];
        birth_after_name_ending_a_list_item: "1. Асанов Бакыт Жумабекович, 12.03.1985\n2. Осмонова Айгуль Талантовна – 05.06.1990 г.\n3. Токтогулов Б.Ж. 01.02.1970." => [(BirthDate, "12.03.1985"), (BirthDate, "05.06.1990"), (BirthDate, "01.02.1970")];
        event_date_after_a_name_is_not_birth: "Асанов Бакыт Жумабекович, 12.03.2013, обратился в суд; Осмонова Айгуль Талантовна, 05.06.2012, заключила договор; Асанов Бакыт, 12.03.2013-жылы, сотко кайрылган" => [];
        birth_date_then_a_verb_of_residence: "наследодатель Асанов Бакыт Жумабекович, 12.03.1950, проживал по адресу" => [(BirthDate, "12.03.1950")];
        birth_date_in_a_key_value_table: "Дата рождения | 12.03.1985\nТуулган күнү | 05.06.1990\nГод рождения\t1971" => [(BirthDate, "12.03.1985"), (BirthDate, "05.06.1990"), (BirthDate, "1971")];
        a_date_after_a_name_from_the_act_s_day_on_is_not_birth: "г. Бишкек\t\t«15» мая 2024 года\nАсанов Бакыт Жумабекович, 15.05.2024, и Осмонова Айгуль Талантовна, 01.06.2024, и Токтогулов Бакыт Жумабекович, 14.05.2024," => [(BirthDate, "14.05.2024")];
        crime_date_after_a_name_is_not_birth: "Подсудимый Асанов Б.Ж., 12 марта 2013 года, примерно в 14 часов, находясь; Асанов Бакыт Жумабекович, 12.03.2013, около 10 часов похитил" => [];
        birth_certificate_and_driving_licence: "свидетельство о рождении серии КР-Х № 0123456; свидетельство о рождении I-ЖИ № 654321; водительское удостоверение серии ВА № 123456; туулгандыгы жөнүндө күбөлүк КР-Х № 7654321" => [(Passport, "серии КР-Х № 0123456"), (Passport, "I-ЖИ № 654321"), (Passport, "серии ВА № 123456"), (Passport, "КР-Х № 7654321")];
        passport_foreign_without_series: "паспорт гражданина Республики Казахстан № N12345678, выданный; паспорт гражданина Республики Узбекистан № 012345678; паспорт гражданина Республики Таджикистан 400123456" => [(Passport, "N12345678"), (Passport, "№ 012345678"), (Passport, "400123456")];
        id_card_of_another_state: "удостоверение личности гражданина Республики Казахстан № 012345678; ID-карта гражданина Республики Узбекистан № AB1234567; жеке күбөлүгү № 123456789" => [(Passport, "№ 012345678"), (Passport, "AB1234567"), (Passport, "№ 123456789")];
        kyrgyz_passport_and_residence_permit_of_another_state: "Казакстан Республикасынын жаранынын паспорту № N12345678; идентификациялык картасы № 012345678; вид на жительство № 1234567" => [(Passport, "N12345678"), (Passport, "№ 012345678"), (Passport, "№ 1234567")];
        foreign_personal_numbers: "ИИН 850312300123, ПИНФЛ 31203850123456, ЖСН: 850312300124" => [(Pin, "850312300123"), (Pin, "31203850123456"), (Pin, "850312300124")];
        birth_after_name_kyrgyz_list_item: "1. Асанов Бакыт Жумабекович, 12.03.1985-ж.\n2. Осмонова Айгүл Талантовна, 1990-жылдын 5-майы;\n3. Токтогулов Бакыт Жумабекович, 12.03.2013-жылы сотко кайрылган" => [(BirthDate, "12.03.1985"), (BirthDate, "1990-жылдын 5-майы")];
        advocate_certificate_is_not_a_passport: "адвоката Ким О.В., представившего удостоверение № 2691234 и ордер № 93" => [];
    }

    #[test]
    fn cue_before_is_the_end_anchored_regex() {
        let cues = [
            (r"(?i)(?:прожива\w*|место\s+проживания)", r"[^.;]{0,12}"),
            (r"(?i)(?:ОсОО|ООО|АО|суд\w*)", r"[^.;]{0,3}"),
            (r"(?i)(?:ПИН|ИНН)", r"\W{0,4}"),
        ];
        let texts = [
            "",
            "проживающего по адресу: ",
            "проживающего по адресу с 2010 года, ",
            "Проживает. По адресу ",
            "место  проживания ",
            "место проживания; ",
            "ОООО ",
            "ОООО xy",
            "ОсОО «Ала-Тоо»",
            "ааоо ао",
            "суд. ",
            "Судом ",
            "ИНН: ",
            "ПИН инн",
            "ПИНИНН 12 ",
            "ПИН №: ",
        ];
        for (cue, gap) in cues {
            let fast = CueBefore::new(cue, gap);
            let slow = re(&format!("{cue}{gap}$"));
            for text in texts {
                assert_eq!(
                    fast.is_match(text),
                    slow.is_match(text),
                    "{cue} {gap} {text:?}"
                );
            }
        }
    }

    #[test]
    fn real_dates() {
        assert!(is_real_date(29, 2, 2000));
        assert!(!is_real_date(29, 2, 1900));
        assert!(!is_real_date(31, 4, 1985));
    }
}
