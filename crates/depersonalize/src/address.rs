//! Home addresses by their grammar: region, district, aiyl okmotu, settlement, street,
//! house and flat, in Russian and Kyrgyz, chained by commas ("г. Бишкек, ул. Садовая,
//! д. 14") or written from the flat up ("квартира № 5 дома № 7 по ул. Садовой").
//!
//! A chain is a private home address when a residence cue precedes it ("проживающего по
//! адресу", "зарегистрированной") or follows it ("дарегинде жашаган", "дареги боюнча"), or
//! when it goes down to a house or a flat, unless it is the address of an organization
//! ("ОсОО «…», расположенное по адресу", "магазин … по ул.", "Адрес суда:"). A city or
//! region on its own (where the court sits, where a crime happened) is not an address and
//! stays.

use crate::patterns::{CueBefore, Hit, floor, re};
use crate::prefilter::{LiteralSet, Pattern};
use courtpub_domain::Category;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Country,
    Region,
    District,
    Okmotu,
    Settlement,
    Street,
    House,
    Flat,
}

/// A component found in the text: start, end, level.
type Part = (usize, usize, Level);

/// What [`AddressGrammar::find_all`] finds in an act.
pub struct Found {
    /// Home addresses.
    pub homes: Vec<Hit>,
    /// Every street and place named (see [`AddressGrammar::streets`]).
    pub streets: Vec<(usize, usize)>,
    /// Chains down to a street, a house or a flat that no cue made a home or an
    /// organization's address: a home when they stand with a person's name.
    pub undecided: Vec<(usize, usize)>,
}

pub struct AddressGrammar {
    components: Vec<(Pattern, Level)>,
    /// The components' gates, asked in one pass over the text.
    component_literals: LiteralSet,
    bare_house: Pattern,
    anniversary_street: Pattern,
    descending_gap: Pattern,
    residence_cue: Pattern,
    residence_cue_after: Pattern,
    address_cue: CueBefore,
    organization: Pattern,
    legal_entity_number: Pattern,
    company_party: Pattern,
    party_address_cue: Pattern,
    dwelling: Pattern,
    dwelling_near: Pattern,
    dwelling_after: Pattern,
    dwelling_itself: Pattern,
    event: Pattern,
    court: Pattern,
    case_file_page: Pattern,
    extent_cue_before: Pattern,
    extent_cue_after: Pattern,
}

impl Default for AddressGrammar {
    fn default() -> Self {
        Self::new()
    }
}

/// A proper name of up to three words; a word may be a number ("Аламедин-1", "5
/// микрорайон") and the last may be an initial ("Разаков И. көчөсү"). A wrapped line may
/// break a two-word name ("Жибек\nЖолу проспектиси").
const NAME: &str = r"[А-ЯЁӨҮҢA-Z0-9][\w\-\u{00AD}]*(?:(?:[ \u{00A0}][А-ЯЁӨҮҢ][\w\-\u{00AD}]*){0,2}|\n[А-ЯЁӨҮҢ][\w\-\u{00AD}]*)(?:[ \u{00A0}\n][А-ЯЁӨҮҢ]\.)?";
/// A hyphen, also typed as a soft hyphen ("р\u{00AD}ну", "Ат\u{00AD}Башы").
const HY: &str = r"[\-\u{00AD}]";
/// One capitalized word, hyphenated parts allowed, also across a soft hyphen at a line end
/// ("Ак-\nКудукского").
const NAME1: &str = r"[А-ЯЁӨҮҢ]\w*(?:[\-\u{00AD}]\n?[А-ЯЁӨҮҢа-яёөүң0-9]\w*)*";
/// A Russian adjective of a place name: "Чуйская", "Ысык-Атинского", "Ак-\nСуйский".
const ADJ: &str = r"[А-ЯЁӨҮҢ](?:\w|[\-\u{00AD}]\n?)*?(?:ск|цк|СК|ЦК)(?:ий|ого|ому|ом|им|ая|ой|ую|ое|ИЙ|ОГО|ОМУ|ОМ|ИМ|АЯ|ОЙ|УЮ|ОЕ)";
const NUM: &str = r"№?\s?[0-9]+[а-яА-Яa-zA-Z]?(?:/[0-9]+)?";

impl AddressGrammar {
    pub fn new() -> Self {
        let components = vec![
            // A country in the nominative opens an address abroad ("Российская Федерация,
            // г. Омск, …"); alone it is a place, like a region.
            (
                re(
                    r"(?:Российская\s+Федерация|Республика\s+(?:Казахстан|Узбекистан|Таджикистан|Беларусь|Корея|Турция)|Кыргызская\s+Республика|Орусия\s+Федерациясы|(?:Казакстан|Өзбекстан|Тажикстан|Кыргыз|Беларусь|Корея|Түркия)\s+Республикасы)",
                ),
                Level::Country,
            ),
            (
                re(&format!(
                    r"(?:{ADJ}\s+(?i:област\w*|обл\.)|{NAME1}\s+(?:облус\w*|ОБЛУС\w*|областы\w*|областтык\w*|обл\.))"
                )),
                Level::Region,
            ),
            // Russian districts are adjectives ("Сокулукский район"); Kyrgyz ones take the
            // possessive ("Сокулук району", "Нарын районунун"): "Асанов районго" is a man.
            (
                re(&format!(
                    r"(?:{ADJ}\s+(?:(?i:район\w*)|р{HY}н\w*|р{HY}на)|{NAME1}\s+(?:району\w*|районун\w*|райондук\w*|РАЙОНУ\w*|р{HY}ну\w*))"
                )),
                Level::District,
            ),
            (
                re(&format!(
                    r"(?:{NAME1}\s+(?:айыл(?:ный|дык)?\s+(?:окмоту\w*|өкмөт\w*|округ\w*|аймаг\w*)|а/о)|{ADJ}\s+(?i:сельск\w+\s+(?:управ\w*|округ\w*|совет\w*)|айыл(?:ный|дык)?\s+окмоту\w*))"
                )),
                Level::Okmotu,
            ),
            (
                re(&format!(
                    r"(?:(?:с\.|(?i:село|селе|села|селом)|пгт\.?|п\.|пос\.|(?i:поселк\w*|поселок)|г\.|(?i:город\w*)|гор\.|ш\.)\s?{NAME1}|(?:Г|С|П)\.\s?[А-ЯЁӨҮҢ][А-ЯЁӨҮҢ\-]+(?:[^\w]|$))"
                )),
                Level::Settlement,
            ),
            (
                re(&format!(
                    r"{NAME1}\s+(?:айыл[ыд]\w*|шаар(?:ы|ын|дык)\w*|кыштаг\w*|ШААРЫ\w*|АЙЫЛЫ\w*|ш\.)"
                )),
                Level::Settlement,
            ),
            (
                re(&format!(
                    r"(?:(?:(?i:ул\.)|(?i:улиц\w*)|пр\.|ПР\.|пр{HY}т\.?|(?i:проспект\w*)|пер\.|(?i:переул\w*)|бул\.|(?i:бульвар\w*)|ж/м|Ж/М|(?i:жилмассив\w*)|(?i:жил(?:ой|ом|ого)\s+массив\w*)|ж\.м\.|(?i:мкр\.?)|(?i:микрорайон\w*)|м{HY}н|кв{HY}л|(?i:квартал\w*)|туп\.|(?i:тупик\w*)|(?i:проезд\w*)|(?i:махалл\w*))\s?(?:им\.\s?)?(?:«?{NAME}»?|[0-9]+))"
                )),
                Level::Street,
            ),
            (
                re(&format!(
                    r"{NAME}\s+(?:көчө\w*|көч\.|проспектиси\w*|кичи\s?району\w*|кичирайону\w*|кичи\s?шаарча\w*|конуш\w*|тыгырык\w*|тыкыр\w*|массиви\w*|маалла\w*|махалла\w*)"
                )),
                Level::Street,
            ),
            // Bishkek's new settlements ("Арча-Бешик жаңы конушу", the Russian "жилмассив")
            // and their numbered streets ("9-көчө", "9\u{00AD}көчөсү").
            (
                re(&format!(
                    r"(?:{NAME}\s+жаңы\s+конуш\w*|[0-9]+{HY}\s?көчө\w*)"
                )),
                Level::Street,
            ),
            // Two streets at a crossing: "Орто жана Токтогул көчөлөрүнүн", "улиц Орто и
            // Садовой".
            (
                re(&format!(
                    r"(?:{NAME}\s+жана\s+{NAME}\s+көчөлөр\w*|(?i:улиц)\s+{NAME}\s+и\s+{NAME})"
                )),
                Level::Street,
            ),
            // "в 5 микрорайоне", "3-й микрорайон".
            (
                re(r"[0-9]+(?:-?й)?\s+(?:(?i:микрорайон\w*)|мкр\.?)"),
                Level::Street,
            ),
            (
                re(&format!(r"(?:(?:д\.|(?i:дом[аеу]?)|үй)\s?{NUM})")),
                Level::House,
            ),
            (
                re(r"(?:№\s?)?[0-9]+[а-я]?(?:/[0-9]+)?\s?[-\u{00AD}]?\s?(?:үй\w*)"),
                Level::House,
            ),
            (
                re(&format!(
                    r"(?:(?:(?i:кв\.)|(?i:квартир\w*)|батир\w*)\s?{NUM})"
                )),
                Level::Flat,
            ),
            (
                re(r"(?:№\s?)?[0-9]+\s?[-\u{00AD}]?\s?(?:батир\w*)"),
                Level::Flat,
            ),
        ];
        let component_literals =
            LiteralSet::new(&components.iter().map(|(p, _)| p).collect::<Vec<_>>());
        Self {
            components,
            component_literals,
            // "ул. Ленина, 5", "ул. Ахунбаева 122-27", "ул. Центральная,\n№534", "47 (120)".
            bare_house: re(
                r"^[ ,\u{00A0}]*\n?[ \u{00A0}]*№?\s?[0-9]+[а-яА-Я]?(?:[/\-][0-9]+){0,2}(?:\s?\([0-9]+\))?",
            ),
            // "ул. Бульвар 40 лет Октября": the number belongs to the street's name.
            anniversary_street: re(r"^[ ,\u{00A0}]*[0-9]+\s+лет\s+[А-ЯЁ]\w+"),
            // A dwelling, then the street or place it stands in: "дом № 59 по ул. …",
            // "квартиру № 39 дома № 12, расположенной в 5 микрорайоне г. Бишкек".
            descending_gap: re(
                r"^\s*,?\s*(?:(?:расположенн\w*|находящ\w*)\s+)?(?:по|в|на|во\s+дворе)?\s*$",
            ),
            residence_cue: re(
                r"(?i)(?:прожива\w*|зарегистрир\w*|прописан\w*|жительств\w*|жител\w*|жаша\w*|катталган\w*|место\s+проживания|извещ\w*\s+по\s+адрес\w*|уведомл\w*\s+по\s+адрес\w*)",
            ),
            // "дарегинде жашаган / жашайт / жашап турат / жашарын", "… 12 жашоочусу" (its
            // resident).
            residence_cue_after: re(
                r"^[^.;]{0,12}(?:дарег\w*\s+(?:боюнча\s+)?(?:[а-яөүң]+\s+){0,2}(?:жашаган|жашайт|жашай|жашап|жашар|катталган|туруктуу)|дареги\s+боюнча|жашаган\w*|жашайт|жашоочу\w*|катталган\w*|тургун\w*)",
            ),
            address_cue: CueBefore::new(r"(?i)(?:адрес\w*|дарег\w*|дарек\w*)", r"[^;]{0,20}"),
            // Abbreviations and short stems only as words of their own: "Асановду",
            // "Хакимов", "буюм" hold no police department, mayor or union. The Kyrgyz
            // company forms take their suffixes glued: "ЖЧКнын", "ААКсы".
            organization: re(
                r"(?i)(?:(?:^|[^\w])(?:ОсОО|ООО|ОАО|ЗАО|АО|ОФ|ИП|ЧП)[^\w]|(?:^|[^\w])(?-i:ЖЧК|ААК|ЖАК)|юридикал\w*|магазин\w*|павильон\w*|киоск\w*|офис\w*|кафе\w*|ресторан\w*|гостиниц\w*|банк\w*|компани\w*|организаци\w*|предприяти\w*|учреждени\w*|фирм\w*|школ\w*|больниц\w*|рынк\w*|рынок|базар\w*|склад\w*|завод\w*|фабрик\w*|станци\w*|нежил\w*|дүкөн\w*|ишкана\w*|мекеме\w*|(?:^|[^\w])уюм\w*|прокуратур\w*|канцеляр\w*|управлени\w*|(?:^|[^\w])отдел(?:а|е|у|ом|ы|ов|ени\w*)?[^\w]|(?:^|[^\w])орган(?:а|е|у|ом|ы|ов|ами)?[^\w]|министерств\w*|министрлиг\w*|башкармалыг\w*|комитет\w*|инспекци\w*|агентств\w*|агенттиг\w*|департамент\w*|администраци\w*|(?:^|[^\w])өкмөт\w*|мэри\w*|(?:^|[^\w])аким\w*|юридическ\w*|местонахожд\w*|нотариус\w*|нотариалд\w*|кеңсе\w*|(?:^|[^\w])(?-i:ЗАГС|РОВД|ГУВД|УВД|ОВД|СИЗО|ИВС)(?:[^\w]|$)|колони\w*)",
            ),
            // A tax number that opens with 0 is a legal entity's (a person's is the PIN):
            // "ИНН 01203198510123, г. Ош, ул. …" and "(г. Ош, ул. …, ИНН 01203…)".
            legal_entity_number: re(r"ИНН[\s:№]*0[0-9]{4}"),
            // A party that is a company: "Ответчик ОсОО «…»", "Жоопкер «…» ЖЧК" (group 1 the
            // respondent, group 2 the plaintiff).
            company_party: re(
                r"(?i)(?:(ответчик|должник|жоопкер)|(истец|истц|истиц|заявител|доогер))\w*[\s:\-–—]*(?:(?-i:ОсОО|ООО|ОАО|ЗАО|АО|ЖЧК|ААК|ЖАК)[^\w]|«[^»\n]{1,60}»\s*(?-i:ЖЧК|ААК|ЖАК))",
            ),
            // The party's address named right before it: "по адресу ответчика:", "жоопкердин
            // дарегине жөнөтүлгөн:" (group 1 the respondent, group 2 the plaintiff).
            party_address_cue: re(
                r"(?i)(?:адрес\w*\s+(?:(ответчик|должник)|(истц|истиц|заявител))\w*|(?:(жоопкер)|(доогер))\w*\s+дарег\w*)[^.;\n]{0,25}$",
            ),
            // A court owns an address named right after it ("Адрес суда:", "районный суд,
            // ул. …"), not one named later in the sentence ("соттун чечими … үйдүн").
            court: re(
                r"(?i)(?:(?:^|[^\w])суд(?:а|у|ом|е|ы|ов)?[^\w]|(?:^|[^\w])сот(?:тун|тук|ко|у|унун|уна)?[^\w])",
            ),
            // A hearing or an appointment at an address is the court's, not a home.
            event: re(r"(?i)(?:заседани\w*|рассмотрени\w*|(?:^|[^\w])часам[^\w]|явк\w*\s+в)"),
            dwelling: re(
                r"(?i)(?:жил\w*\s+дом\w*|жиль\w*|квартир\w*|домовладени\w*|(?:^|[^\w])дом(?:а|е|у|ом)?[^\w]|двор\w*|(?:^|[^\w])үй\w*|батир\w*|турак\s+жай\w*|прожива\w*|жаша\w*)",
            ),
            dwelling_near: re(
                r"(?i)(?:жил\w*\s+дом\w*|квартир\w*|домовладени\w*|(?:^|[^\w])дом(?:а|е|у|ом)?[^\w]|двор\w*|усадьб\w*|сара[йяею]\w*|(?:^|[^\w])үй(?:ү|гө|дө|дүн)?[^\w]|турак\s+жай\w*)",
            ),
            // A Kyrgyz dwelling named right after its address: "… 5-батир дарегиндеги
            // батир", "… көчөсүндөгү үй", "… дарегиндеги эки бөлмөлүү турак жай".
            dwelling_after: re(
                r"^\s*(?:дарегиндеги\s+|дарегинде\s+(?:жайгашкан|турган)\s+)?(?:[0-9а-яөүң\-]+\s+){0,3}?(?:батир\w*|үй(?:ү|дү|гө|дө|дүн|лөр\w*)?(?:[^\w\-\u{00AD}]|$)|турак\s+жай\w*|там(?:ы|ды|га)?(?:[^\w]|$)|короо\w*|жер\s+тилке\w*)",
            ),
            // The house or flat itself, declined as the object of the sentence ("№5 үйдү
            // сатууга", "5-батирге"), not a bare number of an address ("5-үй дарегинде")
            // nor the place something stands in ("5-үйдө жайгашкан").
            dwelling_itself: re(r"(?:үй(?:дү|гө|дүн|үн|үнө|үнүн)|батир(?:ди|ге|дин|ин|ине|инин))$"),
            extent_cue_before: re(
                r"(?i)(?:по\s+адресу\s*:?|адрес\w*(?:\s+(?:проживания|регистрации|места\s+жительства))?\s*:|место\s+(?:жительства|проживания|регистрации)\s*:?|проживающ\w*(?:\s+в)?\s*:|проживает\s*:|зарегистрированн?\w*\s+по\s+адресу\s*:?|дареги\s*:|дареги\s+боюнча\s*:|жашаган\s+жери\s*:|(?:^|\n)[ \t]*(?:адрес\w*(?:\s+(?:проживания|регистрации|места\s+жительства))?|место\s+(?:жительства|проживания|регистрации)|дареги|жашаган\s+жери)[ \t]*(?:\t|\|))[ \t]*",
            ),
            extent_cue_after: re(
                r"\s(?:дарегиндеги\s+(?:[0-9а-яөүң\-]+\s+){0,3}?(?:батир|үй|турак\s+жай|там|короо|жер\s+тилке)|дарегинде\s+(?:[а-яөүң]+\s+){0,2}(?:жашаган|жашайт|жашай|жашап|жашар|катталган)|дареги\s+боюнча|жашоочу\w*)",
            ),
            // "л.д. 30", "т.1 л. д. 45": a page of the case file, not a house.
            case_file_page: re(r"(?:^|[^\w])л\.\s?$"),
        }
    }

    /// Every street and place named in the text, home or not ("ул. Токтогула", "Манас
    /// проспектиси", "Бостеринской сельской управы", "Молдовановка айылында"): a street or
    /// a village named after a person is never that person. A Kyrgyz place word after a
    /// surname-shaped word ("Асанов айылына") is left to the name finder.
    pub fn streets(&self, text: &str) -> Vec<(usize, usize)> {
        self.scan(text, None).1
    }

    /// The address parts of the text (sorted) and its streets and places (see
    /// [`Self::streets`]), from one pass of each component pattern.
    fn scan(&self, text: &str, folded: Option<&str>) -> (Vec<Part>, Vec<(usize, usize)>) {
        let mut parts: Vec<Part> = Vec::new();
        let mut streets: Vec<(usize, usize)> = Vec::new();
        let literal_hits = match folded {
            Some(folded) => Some(self.component_literals.hits_in_folded(folded.as_bytes())),
            None => self.component_literals.hits(text),
        };
        for (k, (regex, level)) in self.components.iter().enumerate() {
            let matches = match literal_hits.as_ref().map(|all| all[k].as_deref()) {
                Some(Some(hits)) => component_matches(regex, text, hits.iter().copied()),
                // A text with a letter the folded scan cannot take: each gate alone.
                None => match regex.literal_hits(text) {
                    Some(hits) => {
                        component_matches(regex, text, hits.map(|m| (m.start(), m.end())))
                    }
                    None => regex.find_iter(text).collect(),
                },
                Some(None) => regex.find_iter(text).collect(),
            };
            for m in matches {
                // "от 26 апреля 2011 г. Асановым А.": after a year's "г." a declined
                // surname is no town.
                if *level == Level::Settlement && declined_surname_after_abbreviation(m.as_str()) {
                    continue;
                }
                let start = if *level == Level::Street {
                    m.start() + words_before_street_name(m.as_str())
                } else {
                    m.start()
                };
                // Word boundary checked by hand: Unicode `\b` would force the slow engine.
                // Also for the streets: "доход вырос. Калмурза уулу" names no village "с.".
                let before = &text[..start];
                if before
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
                {
                    continue;
                }
                if glued_to_an_initial(before, m.as_str()) {
                    continue;
                }
                if *level < Level::House && (*level == Level::Street || !surname_shaped(m.as_str()))
                {
                    streets.push((start, m.end()));
                }
                if *level == Level::House
                    && m.as_str().starts_with("д.")
                    && self
                        .case_file_page
                        .is_match(&before[floor(before, before.len().saturating_sub(8))..])
                {
                    continue;
                }
                let mut end = m.end();
                if *level == Level::Street {
                    if let Some(a) = self.anniversary_street.find(&text[end..]) {
                        end += a.end();
                    }
                    // "ул. Ленина, 5": a bare number after a street is the house.
                    if let Some(h) = self.bare_house.find(&text[end..]) {
                        let rest = &text[end + h.end()..];
                        let mut next = rest.chars();
                        let after = next.next();
                        let after2 = next.next();
                        let joined = after.is_some_and(|c| c.is_ascii_digit())
                            || (after == Some('.') && after2.is_some_and(|c| c.is_ascii_digit()));
                        if !joined {
                            end += h.end();
                        }
                    }
                }
                parts.push((start, end, *level));
            }
        }
        parts.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
        (parts, streets)
    }

    /// Home-address spans in the text.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        self.find_with_streets(text).0
    }

    /// [`Self::find`] and [`Self::streets`] together, each component pattern run once.
    pub fn find_with_streets(&self, text: &str) -> (Vec<Hit>, Vec<(usize, usize)>) {
        let found = self.find_all(text);
        (found.homes, found.streets)
    }

    /// Home addresses, streets and places, and the street addresses left undecided, from
    /// one pass of each component pattern.
    pub fn find_all(&self, text: &str) -> Found {
        self.find_all_folded(text, None)
    }

    /// [`Self::find_all`] with the act already folded by `folded::fold_text`, when the
    /// caller has it (the engine folds each act once for the patterns and this grammar).
    pub(crate) fn find_all_folded(&self, text: &str, folded: Option<&str>) -> Found {
        let (parts, streets) = self.scan(text, folded);
        let (homes, undecided) = self.chains(text, &parts);
        Found {
            homes,
            streets,
            undecided,
        }
    }

    /// A text that names an organization, a court or a hearing ("ОсОО", "суда",
    /// "заседание").
    pub(crate) fn names_an_organization(&self, s: &str) -> bool {
        self.organization.is_match(s) || self.court.is_match(s) || self.event.is_match(s)
    }

    /// Chains of parts that are home addresses, and the chains down to a street that no
    /// cue decided.
    fn chains(&self, text: &str, parts: &[Part]) -> (Vec<Hit>, Vec<(usize, usize)>) {
        let mut hits = Vec::new();
        let mut undecided = Vec::new();
        let mut i = 0;
        while i < parts.len() {
            let (start, mut end, level) = parts[i];
            let mut levels = vec![level];
            let mut j = i + 1;
            while j < parts.len() {
                let (s, e, l) = parts[j];
                if s < end {
                    end = end.max(e);
                    levels.push(l);
                    j += 1;
                    continue;
                }
                let gap = &text[end..s];
                let last = levels.last().copied().unwrap_or(l);
                // "Сокулук районуна караштуу Жаңы-Жер айылы", "Орто көчөсүндө жайгашкан
                // 5-үйдө": "belonging to" and "located in" link too.
                let comma_gap = (gap.len() <= 4
                    && gap
                        .chars()
                        .all(|c| c == ',' || c.is_whitespace() || c == ';'))
                    || matches!(gap.trim(), "караштуу" | "жайгашкан");
                let descending = gap.len() <= 40
                    && last >= Level::Street
                    && l < last
                    && self.descending_gap.is_match(gap);
                if comma_gap || descending {
                    end = e;
                    levels.push(l);
                    j += 1;
                } else {
                    break;
                }
            }
            if let Some(confidence) = self.home_confidence(text, start, end, &levels) {
                hits.push(Hit {
                    start,
                    end,
                    category: Category::Address,
                    rule: "address.chain",
                    confidence,
                });
            } else if levels.iter().any(|l| *l >= Level::Street) {
                undecided.push((start, end));
            }
            i = j;
        }
        hits.extend(self.cued_extents(text));
        (hits, undecided)
    }

    /// The nearest organization noun before an address owns it, unless a dwelling or a
    /// person's residence is named after it ("ОсОО … в квартире", "суд … проживающего").
    fn owned_by_organization(&self, before: &str) -> bool {
        let owns = |m: regex::Match<'_>, reach: usize| {
            let between = &before[m.end()..];
            between.chars().count() <= reach && !self.dwelling.is_match(between)
        };
        self.organization
            .find_iter(before)
            .last()
            .is_some_and(|m| owns(m, 70))
            || self
                .legal_entity_number
                .find_iter(before)
                .last()
                .is_some_and(|m| owns(m, 70))
            || self
                .court
                .find_iter(before)
                .last()
                .is_some_and(|m| owns(m, 25))
    }

    /// The address named right before `before` ends is that of a party the act names as a
    /// company ("Ответчик ОсОО «Береке» … по адресу ответчика: г. Ош, …").
    fn company_partys_address(&self, text: &str, before: &str) -> bool {
        let Some(cue) = self.party_address_cue.captures(before) else {
            return false;
        };
        let respondent = cue.get(1).or(cue.get(3)).is_some();
        self.company_party.captures_iter(text).any(|c| {
            if respondent {
                c.get(1).is_some()
            } else {
                c.get(2).is_some()
            }
        })
    }

    /// A table cell in a private person's row that holds a home address without any cue
    /// ("г. Ош, ул. Садовая, 7", "Бишкек шаары, Орто көчөсү, 12", "Бишкек, Садовая 5-3"):
    /// the grammar finds a street, a house or a flat in it, or it reads as comma-separated
    /// address segments with a house number; never a cell naming an organization or a
    /// court.
    pub fn cell_address(&self, cell: &str) -> bool {
        if cell.is_empty()
            || cell.len() > 240
            || self.organization.is_match(cell)
            || self.court.is_match(cell)
        {
            return false;
        }
        let (parts, _) = self.scan(cell, None);
        if parts.iter().any(|&(_, _, level)| level >= Level::Street) {
            return true;
        }
        address_segments(cell, 0, true)
            .is_some_and(|(s, e)| cell[s..e].contains(',') && 2 * (e - s) >= cell.len())
    }

    /// Addresses written without the component words ("по адресу: Бишкек, Ленина 5-3"):
    /// after an explicit address or residence cue, the comma-separated segments that read
    /// like an address (numbers, capitalized names, address words) up to the first one that
    /// does not; before a Kyrgyz cue ("…, Ленин 5 дарегинде жашаган") the same backwards.
    fn cued_extents(&self, text: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        for m in self.extent_cue_before.find_iter(text) {
            let before = clause_before(text, m.start());
            let residence = !m.as_str().to_lowercase().contains("адрес")
                && !m.as_str().to_lowercase().contains("дарег");
            if !residence
                && (self.owned_by_organization(before)
                    || self.event.is_match(before)
                    || self.company_partys_address(text, &text[..m.end()]))
            {
                continue;
            }
            if let Some((s, e)) = address_segments(text, m.end(), true) {
                hits.push(Hit {
                    start: s,
                    end: e,
                    category: Category::Address,
                    rule: "address.cued_extent",
                    confidence: 0.8,
                });
            }
        }
        for m in self.extent_cue_after.find_iter(text) {
            if let Some((s, e)) = address_segments(text, m.start(), false) {
                hits.push(Hit {
                    start: s,
                    end: e,
                    category: Category::Address,
                    rule: "address.cued_extent",
                    confidence: 0.8,
                });
            }
        }
        hits
    }

    fn home_confidence(
        &self,
        text: &str,
        start: usize,
        end: usize,
        levels: &[Level],
    ) -> Option<f32> {
        let before = clause_before(text, start);
        let after = &text[end..floor(text, (end + 80).min(text.len()))];
        // "(г. Ош, ул. Садовая, 15, ИНН 01203…)": the address of the legal entity whose
        // tax number follows.
        let next = after.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
        if self
            .legal_entity_number
            .find(next)
            .is_some_and(|m| m.start() == 0)
        {
            return None;
        }
        if self.residence_cue_after.is_match(after) {
            return Some(0.95);
        }
        // A flat, a house or a yard named right after its street address is a home, also
        // when a bank or a company stands before it (a pledged flat). Not a street alone,
        // without a number or a town: "Токтогул көчөсүндөгү үйдүн жанынан" (near a house
        // on the street) is where something happened.
        if levels.iter().any(|l| *l >= Level::Street)
            && (text[start..end].chars().any(|c| c.is_ascii_digit())
                || levels.contains(&Level::Settlement))
            && self.dwelling_after.is_match(after)
        {
            return Some(0.9);
        }
        // A region, district or aiyl okmotu alone names no one's home, even after
        // "проживает на территории".
        if levels.iter().all(|l| *l < Level::Settlement) {
            return None;
        }
        let fine = levels.iter().any(|l| *l >= Level::Street);
        let dwelling = levels
            .iter()
            .any(|l| matches!(l, Level::House | Level::Flat));
        // A residence cue close before the chain, with no organization named in between
        // ("брак зарегистрирован отделом ЗАГС … района" is not a residence).
        let residence = self
            .residence_cue
            .find_iter(before)
            .last()
            .is_some_and(|m| {
                let between = &before[m.end()..];
                between.chars().count() <= 40
                    && !self.organization.is_match(between)
                    && !self.court.is_match(between)
            });
        if residence {
            return Some(0.95);
        }
        // A company or a bank named before a house it takes in pledge does not own it.
        if self.owned_by_organization(before) && !self.dwelling_itself.is_match(&text[start..end]) {
            return None;
        }
        if self.company_partys_address(text, before) {
            return None;
        }
        if self.address_cue.is_match(before)
            && !self.event.is_match(before)
            && (fine || levels.contains(&Level::Settlement))
        {
            return Some(0.85);
        }
        if levels.contains(&Level::Flat) {
            return Some(0.9);
        }
        // A dwelling named right before a street address: "проникли в дом по ул. …",
        // "сарай, находящийся по ул. Садовая №5". A street without a number ("во дворе
        // дома по ул. Садовой", "к дому по ул. Орто") is where something happened: no
        // one's home is told by it.
        if fine
            && text[start..end].chars().any(|c| c.is_ascii_digit())
            && self
                .dwelling_near
                .find_iter(before)
                .last()
                .is_some_and(|m| before[m.end()..].chars().count() <= 40)
        {
            return Some(0.8);
        }
        if fine && dwelling {
            return Some(0.7);
        }
        None
    }
}

/// Words an address is made of besides names and numbers.
fn address_word(w: &str) -> bool {
    let w = w.trim_matches(|c: char| matches!(c, '.' | ',' | ':' | '«' | '»' | '"'));
    const EXACT: &[&str] = &[
        "ж/м", "м-н", "кв-л", "дом", "дома", "доме", "р-н", "р-на", "а/о", "№", "б/н", "лет",
        "жана", "и",
    ];
    const PREFIX: &[&str] = &[
        "улиц",
        "проспект",
        "переул",
        "бульвар",
        "жилмассив",
        "микрорайон",
        "квартал",
        "квартир",
        "корпус",
        "строени",
        "село",
        "селе",
        "села",
        "город",
        "поселок",
        "поселк",
        "област",
        "район",
        "окмоту",
        "аймаг",
        "айыл",
        "шаар",
        "көчө",
        "үй",
        "батир",
        "кичирайон",
        "массив",
        "конуш",
        "облус",
        "тупик",
        "проезд",
        "тыкыр",
        "тыгырык",
        "махалл",
        "маалла",
    ];
    let lower = crate::text::lowercase(w);
    ABBREVIATIONS.contains(&lower.as_str())
        || EXACT.contains(&lower.as_str())
        || PREFIX.iter().any(|p| lower.starts_with(p))
}

/// The abbreviations of an address, written before a dot ("ул", "д", "кв", "мкр", "г").
const ABBREVIATIONS: &[&str] = &[
    "ул", "пр", "пер", "бул", "мкр", "д", "кв", "корп", "стр", "с", "г", "гор", "пгт", "п", "пос",
    "обл", "көч", "ш",
];

/// One of [`ABBREVIATIONS`], in any case.
pub(crate) fn abbreviated_address_word(w: &str) -> bool {
    ABBREVIATIONS.contains(&crate::text::lowercase(w).as_str())
}

/// A place word written after the name it belongs to ("Нарын облусу", "Чуйская область").
pub(crate) fn postfix_place_word(w: &str) -> bool {
    let lower = crate::text::lowercase(w);
    [
        "облус",
        "област",
        "район",
        "шаар",
        "айыл",
        "көчө",
        "кичирайон",
        "массив",
        "конуш",
        "окмоту",
        "аймаг",
        "маалла",
        "махалла",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
}

/// From `at`, the comma-separated segments that read like an address, forwards (`true`)
/// or backwards; `None` unless they hold a number. A segment of names only is taken when
/// it is a single word (a city: "Бишкек"); a segment with any other lower-case word ends
/// the address.
fn address_segments(text: &str, at: usize, forward: bool) -> Option<(usize, usize)> {
    let window = if forward {
        &text[at..floor(text, (at + 240).min(text.len()))]
    } else {
        &text[floor(text, at.saturating_sub(240))..at]
    };
    let base = if forward { at } else { at - window.len() };
    // Segment boundaries: ',' and ';' always; '.' only at a sentence end; a paragraph; in
    // a table row ("Адрес | Бишкек, Садовая 14") a cell's edge and the row's end.
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let in_row = memchr::memchr2(b'\t', b'|', &text.as_bytes()[line_start..line_end]).is_some();
    let mut cuts = vec![0];
    let bytes: Vec<(usize, char)> = window.char_indices().collect();
    for (k, &(i, c)) in bytes.iter().enumerate() {
        let next = bytes.get(k + 1).map(|&(_, n)| n);
        let stop = match c {
            ',' => true,
            ';' | '(' | ')' => true,
            '\t' | '|' => in_row,
            '.' => {
                let word_len = bytes[..k]
                    .iter()
                    .rev()
                    .take_while(|(_, p)| crate::text::is_letter(*p))
                    .count();
                let after_digit = k > 0 && bytes[k - 1].1.is_ascii_digit();
                (word_len >= 4 || after_digit) && next.is_none_or(char::is_whitespace)
            }
            '\n' => in_row || next == Some('\n'),
            _ => false,
        };
        if stop {
            cuts.push(i);
            cuts.push(i + c.len_utf8());
        }
    }
    cuts.push(window.len());
    let mut segments: Vec<(usize, usize)> = cuts
        .chunks(2)
        .filter(|p| p.len() == 2)
        .map(|p| (p[0], p[1]))
        .collect();
    if !forward {
        segments.reverse();
    }
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let mut digits = false;
    for (n, &(s, e)) in segments.iter().enumerate() {
        let seg = &window[s..e];
        let lead = seg.len() - seg.trim_start().len();
        let (s, e) = (s + lead, s + lead + seg.trim().len());
        let seg = seg.trim();
        if seg.is_empty() || seg.len() > 60 {
            break;
        }
        let words: Vec<&str> = seg.split_whitespace().collect();
        let number = words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()));
        let keyword = words.iter().any(|w| address_word(w));
        let readable = words.iter().all(|w| {
            address_word(w)
                || w.chars().any(|c| c.is_ascii_digit())
                || w.trim_start_matches(['«', '"', '№'])
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        });
        // An identifier after the address ("…, д. 5, ПИН …") is not part of it.
        let label = words.first().is_some_and(|w| {
            let w = crate::text::lowercase(w.trim_end_matches([':', '.']));
            matches!(
                w.as_str(),
                "пин"
                    | "инн"
                    | "жин"
                    | "тел"
                    | "телефон"
                    | "паспорт"
                    | "id"
                    | "сот"
                    | "моб"
            )
        });
        // House and flat numbers are short and never start with 0: "0555 123 456" is a
        // phone, a run of five digits a PIN or an account; brackets are pseudonyms.
        let foreign = words.iter().any(|w| {
            w.chars().any(|c| {
                !(c.is_alphanumeric() || matches!(c, '-' | '.' | '/' | '№' | '«' | '»' | '"'))
                    && c != '\u{00AD}'
            }) || w.starts_with('0')
                || w.split(|c: char| !c.is_ascii_digit())
                    .any(|run| run.len() >= 5)
        });
        if label || foreign || !readable || !(number || keyword || words.len() == 1) {
            break;
        }
        // A bare name ("Бишкек") is the city: it opens the address, it does not follow it.
        let bare_name = !(number || keyword);
        if bare_name && forward && (digits || taken.len() > 1) {
            break;
        }
        if bare_name && !forward && taken.is_empty() {
            break;
        }
        // Backwards, names may stand before the first place word ("Доогер Асанова Нарын
        // облусу, …"): keep that segment from the place word (and the one name before a
        // Kyrgyz place word) on.
        let (s, e) = if !forward && words.len() > 1 && !number {
            match words.iter().position(|w| address_word(w)) {
                Some(k) => {
                    let from = if postfix_place_word(words[k]) {
                        k.saturating_sub(1)
                    } else {
                        k
                    };
                    let skip: usize = seg
                        .split_whitespace()
                        .take(from)
                        .map(|w| w.len())
                        .sum::<usize>();
                    let offset = seg
                        .match_indices(words[from])
                        .map(|(i, _)| i)
                        .find(|&i| i >= skip)
                        .unwrap_or(0);
                    (s + offset, e)
                }
                None => (s, e),
            }
        } else {
            (s, e)
        };
        digits |= number;
        taken.push((s, e));
        if bare_name && !forward {
            break;
        }
        // Only a comma continues an address; a sentence end, ';' or a bracket closes it.
        let joint = if forward {
            window[e..].trim_start().chars().next()
        } else {
            window[..s].trim_end().chars().next_back()
        };
        if joint != Some(',') || n >= 6 {
            break;
        }
    }
    if !digits || taken.is_empty() {
        return None;
    }
    let start = taken.iter().map(|t| t.0).min()?;
    let end = taken.iter().map(|t| t.1).max()?;
    Some((base + start, base + end))
}

/// Characters no component matches across: a match holds one only as its last character
/// (the settlement's closing `[^\w]`).
const CLAUSE_ENDS: [char; 5] = [',', ';', ':', '(', ')'];

/// The matches of a component in `text`, as `find_iter` gives them, searched only in the
/// clauses (between [`CLAUSE_ENDS`]) that hold one of the literal `hits` (sorted by start;
/// of its gate's literals, or more): each match lies whole in one clause and holds a
/// literal, and most clauses hold none, so most of the act is never searched by most
/// components. A clause searched without need finds nothing the whole scan would not.
fn component_matches<'h>(
    component: &Pattern,
    text: &'h str,
    hits: impl Iterator<Item = (usize, usize)>,
) -> Vec<regex::Match<'h>> {
    let mut found = Vec::new();
    let mut searched_to = 0;
    for (hit_start, hit_end) in hits {
        if hit_start < searched_to {
            continue;
        }
        let start = text[..hit_start]
            .rfind(CLAUSE_ENDS)
            .map_or(0, |i| i + 1)
            .max(searched_to);
        let end = text[hit_end..]
            .find(CLAUSE_ENDS)
            .map_or(text.len(), |i| hit_end + i + 1);
        // Cut at the clause's end: no match reaches past it, and `$` cannot match there
        // (it follows a clause end, which only a closing `[^\w]` consumes).
        let clause = &text[..end];
        let mut at = start;
        while let Some(m) = component.find_at(clause, at) {
            found.push(m);
            at = if m.is_empty() {
                m.end() + clause[m.end()..].chars().next().map_or(1, char::len_utf8)
            } else {
                m.end()
            };
            if at > end {
                break;
            }
        }
        searched_to = end;
    }
    found
}

/// "Бекмуратова Ж.С. ИП …": an uppercase letter with a dot glued to an initial before it is
/// the second initial, not a village's "С." or a town's "Г.".
fn glued_to_an_initial(before: &str, matched: &str) -> bool {
    let mut head = matched.chars();
    if !(head.next().is_some_and(char::is_uppercase) && head.next() == Some('.')) {
        return false;
    }
    let mut back = before.chars().rev();
    back.next() == Some('.')
        && back.next().is_some_and(char::is_uppercase)
        && !back.next().is_some_and(char::is_alphanumeric)
}

/// "г. Асановым", "с. Асановой": an abbreviated settlement word before a surname in the
/// instrumental or dative, a form no town's name takes after "г." or "с.".
fn declined_surname_after_abbreviation(place: &str) -> bool {
    let Some((head, name)) = place.split_once('.') else {
        return false;
    };
    let name = crate::text::lowercase(name.trim_start());
    head.chars().count() <= 3
        && [
            "овым", "евым", "ёвым", "иным", "ыным", "овой", "евой", "ёвой", "иной", "ову", "еву",
        ]
        .iter()
        .any(|end| name.ends_with(end) && name.chars().count() > end.chars().count() + 2)
}

/// The first word ends like a surname ("-ов", "-ева", "-ин"…).
/// Bytes of a matched street ("Соттолуучу Байтикев Токтогул көчөсүндөгү") before the
/// street's own name: a capitalized role word that opens the sentence, and a
/// surname-shaped word followed by another capitalized word: the person the sentence is
/// about. Streets are named "Токтогул", "Жибек Жолу", "Чыңгыз Айтматов", "Разаков И.",
/// "Лев Толстой"; a surname first is followed by an initial at most.
fn words_before_street_name(street: &str) -> usize {
    const SPACE: [char; 3] = [' ', '\u{a0}', '\n'];
    let mut skip = 0;
    loop {
        let rest = &street[skip..];
        let Some(gap) = rest.find(SPACE) else {
            return skip;
        };
        let (word, tail) = rest.split_at(gap);
        let after = tail.trim_start_matches(SPACE);
        let next = after.split(SPACE).next().unwrap_or("");
        let next_is_a_name_word = next.starts_with(char::is_uppercase)
            && next.chars().count() > 2
            && !next.ends_with('.');
        let norm = crate::text::normalize_word(word);
        // A surname under a Kyrgyz case suffix ("Асановду Орто көчөсүн көздөй") is the
        // object of the sentence: a street's name before "көчөсү" is in the nominative.
        let declined_surname = crate::morph::strip_kyrgyz(&norm)
            .is_some_and(|base| base.chars().count() >= 4 && surname_shaped(base));
        let not_the_street = crate::lexicon::role_cue(&norm).is_some()
            || word.chars().count() >= 5 && surname_shaped(word)
            || declined_surname;
        if !(next_is_a_name_word && not_the_street) {
            return skip;
        }
        skip += rest.len() - after.len();
    }
}

fn surname_shaped(place: &str) -> bool {
    let first = crate::text::lowercase(
        place
            .split(|c: char| c.is_whitespace())
            .next()
            .unwrap_or(""),
    );
    ["ов", "ев", "ёв", "ин", "ова", "ева", "ёва", "ина"]
        .iter()
        .any(|end| first.ends_with(end))
}

/// The text of the clause before `at`, up to 300 bytes: it starts after the last ';',
/// paragraph break, or full stop that ends a word of three letters or more (the dots of
/// "г.", "ул.", "Б.Ж." do not end a clause).
fn clause_before(text: &str, at: usize) -> &str {
    let window = &text[floor(text, at.saturating_sub(300))..at];
    // The clause starts after its last bound: searched from the end, the first one found.
    for (i, c) in window.char_indices().rev() {
        let before = &window[..i];
        let bound = match c {
            ';' => true,
            '\n' => before.ends_with('\n'),
            // "(… дарегинде жашайт). Бишкек шаарынын нотариалдык кеңсеси": a full stop
            // after a closing bracket ends the sentence too; else after a word of four
            // letters or more.
            '.' => {
                before.ends_with(')')
                    || before
                        .chars()
                        .rev()
                        .take(4)
                        .take_while(|&p| crate::text::is_letter(p))
                        .count()
                        == 4
            }
            _ => false,
        };
        if bound {
            return &window[i + 1..];
        }
    }
    window
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `clause_before` as it was written first, reading the window forwards.
    fn clause_before_forwards(text: &str, at: usize) -> &str {
        let window = &text[floor(text, at.saturating_sub(300))..at];
        let mut start = 0;
        let mut word = 0usize;
        let mut prev_newline = false;
        let mut prev_paren = false;
        for (i, c) in window.char_indices() {
            match c {
                ';' => start = i + 1,
                '\n' if prev_newline => start = i + 1,
                '.' if word >= 4 || prev_paren => start = i + 1,
                _ => {}
            }
            prev_newline = c == '\n';
            prev_paren = c == ')';
            word = if crate::text::is_letter(c) {
                word + 1
            } else {
                0
            };
        }
        &window[start..]
    }

    #[test]
    fn clause_before_reads_backwards_as_forwards() {
        let pieces = [
            "ул",
            "Асанова",
            ".",
            ";",
            "\n",
            ")",
            "(",
            " ",
            "12",
            "д",
            "дом",
            "шаары",
            "«",
            "ё",
        ];
        // A fixed pseudo-random sequence of pieces, every end of it asked.
        let mut state = 12345u32;
        let mut text = String::new();
        for _ in 0..3000 {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
            text.push_str(pieces[(state >> 16) as usize % pieces.len()]);
        }
        for (at, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(
                clause_before(&text, at),
                clause_before_forwards(&text, at),
                "{at}"
            );
        }
    }

    /// Hits as masking merges them: overlapping spans become one.
    fn found(text: &str) -> Vec<&str> {
        let mut hits = AddressGrammar::new().find(text);
        hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for h in hits {
            match merged.last_mut() {
                Some(last) if h.start < last.1 => last.1 = last.1.max(h.end),
                _ => merged.push((h.start, h.end)),
            }
        }
        merged.into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    macro_rules! t {
        ($($name:ident: $text:expr => [$($surface:expr),*];)*) => {$(
            #[test]
            fn $name() {
                assert_eq!(found($text), vec![$($surface),*] as Vec<&str>, "{}", $text);
            }
        )*};
    }

    t! {
        full_ru: "проживающего по адресу: Чуйская область, Сокулукский район, с. Жаңы-Жер, ул. Садовая, д. 14." =>
            ["Чуйская область, Сокулукский район, с. Жаңы-Жер, ул. Садовая, д. 14"];
        city_street_flat: "зарегистрированной по адресу г. Бишкек, мкр. Джал, д. 5, кв. 12, ранее" =>
            ["г. Бишкек, мкр. Джал, д. 5, кв. 12"];
        bare_house_number: "проживает: г.Ош, ул. Ленина, 45 и" => ["г.Ош, ул. Ленина, 45"];
        bare_house_at_sentence_end: "адрес: город Каракол, улица Садовая, 7.\nИстец" => ["город Каракол, улица Садовая, 7"];
        bare_house_and_flat: "адрес: город Нарын, ул. Садовая 12-34.\n" => ["город Нарын, ул. Садовая 12-34"];
        bare_house_after_line_break: "проживает: с.Кенеш, ул.Береговая,\n№77; мера" => ["с.Кенеш, ул.Береговая,\n№77"];
        bare_number_before_a_date_is_not_a_house: "проживает: г.Ош, ул. Ленина, 5.12.2020" => ["г.Ош, ул. Ленина"];
        anniversary_street_name: "по адресу: г.Кемин, ул.Бульвар, 50 лет Октября дом 3 кв.9, т.е." =>
            ["г.Кемин, ул.Бульвар, 50 лет Октября дом 3 кв.9"];
        kyrgyz: "Ош шаары, Масалиев көчөсү, 12-үй, 4-батир дарегинде жашаган" =>
            ["Ош шаары, Масалиев көчөсү, 12-үй, 4-батир"];
        kyrgyz_notified_at_address: "сот отурумуна келген жок, ал тууралуу Нарын шаары, Орто көчөсү, 5-үй дареги боюнча кабарланган" =>
            ["Нарын шаары, Орто көчөсү, 5-үй"];
        kyrgyz_microdistrict: "Бишкек шаары, Асанбай-2 кичирайону, 24-үй, 104-батир дарегинде жашайт" =>
            ["Бишкек шаары, Асанбай-2 кичирайону, 24-үй, 104-батир"];
        court_decision_then_own_house: "аталган соттун 2011-жылдын 17-майындагы чечиминин негизинде, өзүнө тийешелүү болгон Талас шаарындагы Орто көчөсүндөгү №12\u{00AD}үйдүн жер тилкеси" =>
            ["Талас шаарындагы Орто көчөсүндөгү №12\u{00AD}үйдүн"];
        uppercase_address: "ПРОЖИВАЮЩЕГО ПО АДРЕСУ: Г. БИШКЕК, УЛ. САДОВАЯ, ДОМ 5, КВ. 7. ПРИГОВОР" => ["Г. БИШКЕК, УЛ. САДОВАЯ, ДОМ 5, КВ. 7"];
        initial_before_a_year_is_not_a_house: "Шамурзаев Д. 2010-жылдын 12-ноябрында, Асанов Д. 7 жылга" => [];
        house_slash_flat: "проживает: г.Ош, мкр. Анар, 12/3-45, ранее" => ["г.Ош, мкр. Анар, 12/3-45"];
        quoted_microdistrict: "проживающего по адресу: г. Бишкек, ж/м «Ак-Орго», ул. Орто, 5" => ["г. Бишкек, ж/м «Ак-Орго», ул. Орто, 5"];
        kyrgyz_belonging_to: "Чүй облусунун Сокулук районуна караштуу Жаңы-Жер айылынын Орто көчөсүнүн 5-үйүндө туруктуу жашаган" =>
            ["Чүй облусунун Сокулук районуна караштуу Жаңы-Жер айылынын Орто көчөсүнүн 5-үйүндө"];
        kyrgyz_abbreviations: "Асанов Б., Нарын обл., Ат-Башы р-ну, Ак-Муз айылы, Орто көч., 5-үй дарегинде жашайт" =>
            ["Нарын обл., Ат-Башы р-ну, Ак-Муз айылы, Орто көч., 5-үй"];
        kyrgyz_house_after_a_street_word: "Орто көчөсүнүн 5-үйүндө, ал жерде" => ["Орто көчөсүнүн 5-үйүндө"];
        kyrgyz_resident_of: "Бишкек ш., Орто көч., 5-үй, 7-батирдин тургуну Асанов" => ["Бишкек ш., Орто көч., 5-үй, 7-батирдин"];
        words_left_out: "проживающего по адресу: Бишкек, Садовая 5-3, ранее не судимого" => ["Бишкек, Садовая 5-3"];
        words_left_out_at_sentence_end: "Адрес: Нарын, Орто 12. Истец пояснил" => ["Нарын, Орто 12"];
        words_left_out_stop_at_a_name: "по адресу: Талас, Орто 7, Асанов Б.Ж. пояснил" => ["Талас, Орто 7"];
        words_left_out_kyrgyz: "Асанов Бакыт, 1980-жылы туулган, Талас, Орто 7 дарегинде жашаган" => ["Талас, Орто 7"];
        words_left_out_kyrgyz_after_a_name: "Доогер Асанова Нарын облусу, Ат-Башы району, Орто көчөсү, 5-үй дарегинде жашайт" => ["Нарын облусу, Ат-Башы району, Орто көчөсү, 5-үй"];
        words_left_out_stop_at_an_identifier: "проживающего по адресу: Талас, Орто 7, ПИН 21203198500123, ранее" => ["Талас, Орто 7"];
        words_left_out_no_name_after: "по адресу: Талас, Орто 7, Асанов пояснил" => ["Талас, Орто 7"];
        words_left_out_not_a_phone: "проживающего по адресу: 0555 123 456 Асанов, [АДРЕС-1]" => [];
        words_left_out_needs_a_number: "проживающего по адресу: Бишкек, ранее не судимого" => [];
        words_left_out_of_a_company_kept: "ОсОО «Береке», расположенное по адресу: Бишкек, Орто 5" => [];
        separately_at_address: "2020 года ответчик проживает отдельно по адресу: г. Кант, ул. Орто, д. 8, помощи не оказывает" => ["г. Кант, ул. Орто, д. 8"];
        kyrgyz_lane_and_plural_quarter: "Нарын облусу, Кара-Суу айылы, Орто тыкыры, 7-үй дарегинде өзүнчө жашайт; Ош шаары, Ак-Тилек конуштары, 5-үй, 3-батир дарегинде жашайт" =>
            ["Нарын облусу, Кара-Суу айылы, Орто тыкыры, 7-үй", "Ош шаары, Ак-Тилек конуштары, 5-үй, 3-батир"];
        kyrgyz_new_settlement_and_numbered_street: "Токтогул шаары, Жаңы-Арык жаңы конушу, 7-көчө, 21-үй дарегинде жашайт; проживающая по адресу: Ош шаары, Кызыл\u{00AD}Таш жаңы конушу, 3\u{00AD}көчө, 8\u{00AD}үй, обратилась" =>
            ["Токтогул шаары, Жаңы-Арык жаңы конушу, 7-көчө, 21-үй", "Ош шаары, Кызыл\u{00AD}Таш жаңы конушу, 3\u{00AD}көчө, 8\u{00AD}үй"];
        street_named_imeni: "проживающего по адресу: г. Кара-Балта, ул. им. Орозова, д. 3" => ["г. Кара-Балта, ул. им. Орозова, д. 3"];
        housing_estate_in_words: "проживающей по адресу: г. Бишкек, жилой массив «Ак-Орго», ул. Орто, 5" => ["г. Бишкек, жилой массив «Ак-Орго», ул. Орто, 5"];
        kyrgyz_street_after_a_party_and_his_name: "Айыпталуучу Сейтбеков Чүй көчөсүндөгү 7-үйдө жашайт; Доогер Мамбетова Орто көчөсү, 5-үй дарегинде" =>
            ["Чүй көчөсүндөгү 7-үйдө", "Орто көчөсү, 5-үй"];
        kyrgyz_street_after_a_declined_surname: "күбө Б.Т. Сарыбаевди Орто көчөсүн көздөй качып бара жатканын көргөн, Нарын шаары, Орто көчөсү, 5-үй дарегинде жашайт" =>
            ["Нарын шаары, Орто көчөсү, 5-үй"];
        kyrgyz_street_without_a_number_is_a_place: "Соттолуучу Орто көчөсүндөгү үйдүн жанынан машинаны алып кеткен" => [];
        kyrgyz_attributive_forms: "өзүнө таандык Талас шаарындагы Орто көчөсүндөгү №12-үйдүн жер тилкеси" =>
            ["Талас шаарындагы Орто көчөсүндөгү №12-үйдүн"];
        house_then_street: "через окно проникли в дом №19 по ул.Береговая с.Кенеш и похитили" =>
            ["дом №19 по ул.Береговая с.Кенеш"];
        flat_then_house_then_place: "проникнув в квартиру № 8 дома № 3, расположенной в 7 микрорайоне г. Бишкек, похитил" =>
            ["квартиру № 8 дома № 3, расположенной в 7 микрорайоне г. Бишкек"];
        dwelling_located_at: "право собственности на жилой дом, расположенный по адресу: г. Токмок, ул. Садовая, д. 3, код" =>
            ["г. Токмок, ул. Садовая, д. 3"];
        flat_located_at: "из квартиры Осмоновой, расположенной по адресу: г.Бишкек, ул.Садовая, д.8/2, похитил" =>
            ["г.Бишкек, ул.Садовая, д.8/2"];
        case_file_page_is_not_a_house: "что подтверждается материалами (л.д. 30, 31) и (т.1 л. д. 45)" => [];
        city_alone_is_a_place: "8 января 2013 года город Бишкек" => [];
        court_street_without_house_kept: "Первомайский районный суд, ул. Токтогула" => [];
        court_address_kept: "Адрес суда: г. Бишкек, ул. Садовая, 105." => [];
        court_address_kept_ky: "Соттун дареги: Талас шаары, Орто көчөсү, 93." => [];
        near_a_house_at_address: "около 11 часов, находясь возле дома по адресу: г.Ош, улица Орто 12-3, на почве" => ["г.Ош, улица Орто 12-3"];
        hearing_place_kept: "назначить к рассмотрению на 5 мая 2022 года к 09:00 часам по адресу: город Бишкек, ул.Садовая, 205." => [];
        organization_address_kept: "ОсОО «Ала-Тоо», расположенное по адресу: г. Бишкек, ул. Киевская, 96" => [];
        shop_address_kept: "находясь в магазине «Береке» расположенном по ул. Садовая д.1 г. Бишкек, похитил" => [];
        registry_office_is_not_a_residence: "брак зарегистрирован отделом ЗАГС Первомайского района г. Бишкек. От брака" => [];
        residence_at_district_level_kept: "проживающего в Сокулукском районе Чуйской области, ранее" => [];
        residence_in_a_village: "проживающего в с. Кенеш Сокулукского района, ранее" => ["с. Кенеш Сокулукского района"];
        shed_at_a_street_number: "вскрыли кровлю сарая находящегося по ул.Береговая №77, с.Кенеш, и похитили" => ["ул.Береговая №77, с.Кенеш"];
        kyrgyz_name_hyphenated_at_a_line_end: "Ош шаарынын Кара\u{00AD}\nСуу көчөсүнүн 5-үйүндө жашайт" => ["Ош шаарынын Кара\u{00AD}\nСуу көчөсүнүн 5-үйүндө"];
        street_name_broken_by_a_wrap: "проживающего по адресу: г. Бишкек, ул. Жибек\nЖолу, д. 5; доогер Разаков\nИ. көчөсү, 7-үй дарегинде жашайт" => ["г. Бишкек, ул. Жибек\nЖолу, д. 5", "Разаков\nИ. көчөсү, 7-үй"];
        court_address_in_a_wrapped_kyrgyz_header: "Кыргыз Республикасынын Жогорку Соту\nБишкек шаары, Абдымомунов көчөсү, 205-үй\nТОКТОМ" => [];
        address_in_a_key_value_table: "Ф.И.О. | Асанов Бакыт Жумабекович\nАдрес | Бишкек, Садовая 14\nДареги\tОш, Орто 7\nАдрес суда | Бишкек, Садовая 105" => ["Бишкек, Садовая 14", "Ош, Орто 7"];
        kyrgyz_dwelling_described_after_its_address: "банкка күрөөгө коюлган Бишкек шаары, Орто көчөсү, 12 дарегиндеги 2 бөлмөлүү батир; ОсОО «Береке» Талас шаары, Токтогул көчөсү, 5 дарегиндеги өзүнө таандык болгон үйдү" => ["Бишкек шаары, Орто көчөсү, 12", "Талас шаары, Токтогул көчөсү, 5"];
        kyrgyz_office_address_kept: "Кеңсенин дареги: Бишкек шаары, Токтогул көчөсү, 12-үй. Нотариалдык контора Ош шаары, Орто көчөсү, 5-үйдө жайгашкан" => [];
        kyrgyz_accusative_surname_is_no_police_department: "шектүү жабырлануучу К.О. Асановду коркутушу мүмкүн экенин, жабырлануучу Ош шаары, Орто көчөсү, 12-үй, 5-батир дарегинде жашарын" =>
            ["Ош шаары, Орто көчөсү, 12-үй, 5-батир"];
        surname_holding_a_title_or_a_word_for_union: "свидетель Хакимов Б., г. Ош, ул. Садовая, д. 5, кв. 3; Буюмбаева Н., Талас шаары, Орто көчөсү, 7-үй, 2-батир" =>
            ["г. Ош, ул. Садовая, д. 5, кв. 3", "Талас шаары, Орто көчөсү, 7-үй, 2-батир"];
        kyrgyz_resident_of_a_street_number: "Арыз ээси 1970-жылы туулган, Ат-Башы району, Ак-Муз айылы, Орто көчөсү, 12 жашоочусу, сотко кайрылды; күйөөсү Талас шаары, Орто көчөсү, 7 дарегинде жашап турганын билдирди" =>
            ["Ат-Башы району, Ак-Муз айылы, Орто көчөсү, 12", "Талас шаары, Орто көчөсү, 7"];
        country_opens_a_foreign_address: "кеткенин, Российская Федерация, г. Омск, ул. Садовая, д. 4, кв. 5 дарегинде жашап турганын; Казакстан Республикасы, Алматы шаары, Абай көчөсү, 7-үй дарегинде жашайт" =>
            ["Российская Федерация, г. Омск, ул. Садовая, д. 4, кв. 5", "Казакстан Республикасы, Алматы шаары, Абай көчөсү, 7-үй"];
        country_alone_is_a_place: "2020-жылы Российская Федерация аймагына кеткен, Республика Казахстан, г. Алматы" => [];
        address_before_a_legal_entitys_tax_number_kept: "Претензия, направленная на адрес ответчика (г. Ош, ул. Садовая, 15, ИНН 01203198510123), оставлена без ответа; ответчик (ИНН: 02405200110045), адрес: г. Нарын, ул. Орто, 3" => [];
        address_before_a_personal_number_masked: "направленная на адрес истца (г. Ош, ул. Садовая, 15, ПИН 21203198500123), без ответа" => ["г. Ош, ул. Садовая, 15"];
        kyrgyz_company_address_kept: "Жоопкер «Береке» ЖЧКнын юридикалык дареги: Бишкек шаары, Киев көчөсү, 12-үй. Доогер: «Ак-Жол» ААК, дареги: Ош шаары, Ленин көчөсү, 5-үй." => [];
        resident_of_a_town_street: "Потерпевшая, жительница г. Токмок, ул. Садовая, 5, показала; жителя с. Кенеш" => ["г. Токмок, ул. Садовая, 5", "с. Кенеш"];
        uzbek_neighbourhood_in_an_address: "проживающий по адресу: Республика Узбекистан, Андижанская область, Асакинский район, махалля «Дустлик», ул. Навои, 15. Доогер Ош шаары, Нурлан маалласы, Орто көчөсү, 7 дарегинде жашайт" =>
            ["Республика Узбекистан, Андижанская область, Асакинский район, махалля «Дустлик», ул. Навои, 15", "Ош шаары, Нурлан маалласы, Орто көчөсү, 7"];
        kyrgyz_house_located_in_a_street: "Доогер Бишкек шаарындагы Орто көчөсүндө жайгашкан 5-үйдө жашайт." => ["Бишкек шаарындагы Орто көчөсүндө жайгашкан 5-үйдө"];
        address_of_a_company_party_kept: "Ответчик ОсОО «Береке» иск не признал. Истец купил телевизор, который вышел из строя через неделю. Претензия направлена по адресу ответчика: г. Ош, ул. Садовая, 15, ответа нет. Истец указал адрес истца: г. Ош, ул. Орто, 5, кв. 3. Жоопкер «Ак-Жол» ЖЧК сотко келген жок. Доогер телевизорду сатып алган, ал бир жумадан кийин бузулган. Доо арыз жоопкердин дарегине жөнөтүлгөн: Ош шаары, Орто көчөсү, 7-үй" =>
            ["г. Ош, ул. Орто, 5, кв. 3"];
        address_of_a_private_party_masked: "Ответчик Сыдыков Б. не явился. Претензия направлена по адресу ответчика: г. Ош, ул. Садовая, 15, ответа нет" =>
            ["г. Ош, ул. Садовая, 15"];
        street_without_house_is_a_place: "примерно в 19.00 часов по ул. Береговой с. Кенеш Сокулукского района открыто" => [];
        yard_of_a_house_in_a_street_is_a_place: "около 22 часов во дворе дома по ул. Садовой нанес удар; вызвали такси к дому по ул. Орто. Водитель" => [];
    }
}

#[cfg(test)]
mod clause_search_tests {
    use super::*;
    use std::path::Path;

    /// Searching only the clauses with a literal (of each gate alone, or of the folded scan
    /// of all gates) finds exactly what a scan of the whole text finds, on every synthetic
    /// act, on clause ends inside and after addresses and on literals in the other case.
    #[test]
    fn clause_search_finds_what_a_whole_scan_finds() {
        let grammar = AddressGrammar::new();
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/acts");
        let mut texts: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect();
        assert!(texts.len() > 100);
        let invented = "г. Бишкек, С.БИШКЕК, П.ОШ;(Г.ТАЛАС) ул. Орто, д. 5: кв. 7, Нарын облусу,(Ат-Башы району)С.КЕНЕШ";
        texts.push(invented.repeat(20));
        texts.push(format!("{}С.КЕНЕШ", "Асанов, ".repeat(100)));
        texts.push("ОБЛ. Г.Бишкек; УЛ. САДОВАЯ, ДОМ 5, ШААРЫ, Ош шаары".repeat(30));
        for text in &texts {
            let folded = grammar.component_literals.hits(text).unwrap();
            for (k, (component, _)) in grammar.components.iter().enumerate() {
                let whole: Vec<_> = component
                    .regex()
                    .find_iter(text)
                    .map(|m| m.range())
                    .collect();
                let gate = component.literal_hits(text).unwrap();
                let by_gate: Vec<_> =
                    component_matches(component, text, gate.map(|m| (m.start(), m.end())))
                        .iter()
                        .map(|m| m.range())
                        .collect();
                assert_eq!(whole, by_gate, "{}", component.as_str());
                let hits = folded[k].as_ref().unwrap();
                let by_folded: Vec<_> = component_matches(component, text, hits.iter().copied())
                    .iter()
                    .map(|m| m.range())
                    .collect();
                assert_eq!(whole, by_folded, "{}", component.as_str());
            }
        }
    }
}

#[cfg(test)]
mod place_tests {
    use super::*;

    fn protected(text: &str) -> Vec<&str> {
        let mut spans = AddressGrammar::new().streets(text);
        spans.sort();
        spans.dedup();
        spans.into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    macro_rules! t {
        ($($name:ident: $text:expr => [$($surface:expr),*];)*) => {$(
            #[test]
            fn $name() {
                assert_eq!(protected($text), vec![$($surface),*] as Vec<&str>, "{}", $text);
            }
        )*};
    }

    t! {
        crossing_streets: "Бишкек шаарындагы Орозбекова жана Токтогул көчөлөрүнүн кесилишинде" =>
            ["Бишкек шаарындагы", "Орозбекова жана Токтогул көчөлөрүнүн", "Токтогул көчөлөрүнүн"];
        village_council: "действий Кенешской сельской управы" => ["Кенешской сельской управы"];
        kyrgyz_village: "Чүй областынын Жаңыжер айылында жайгашкан" => ["Чүй областынын", "Жаңыжер айылында"];
        kyrgyz_microdistrict: "Ош шаарынын Орозов кичи шаарчасынын" => ["Ош шаарынын", "Орозов кичи шаарчасынын"];
        surname_before_a_place_word_is_a_person: "Асанов айылына кетти, Осмонова районуна барды" => [];
        district_needs_an_adjective: "Асанов районго барды; Сокулукский район" => ["Сокулукский район"];
    }
}
