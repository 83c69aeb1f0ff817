//! Person names: find mentions by the grammar of names, give them roles from context,
//! group them into persons, then find every other mention of each person in the act.
//!
//! The grammar works on *units*: words and initials ("Б." is one unit) with a flag telling
//! whether only whitespace separates a unit from the previous one, so a name broken across
//! lines is still one sequence while a comma or a full stop ends it.

use crate::dictionaries::{Dictionaries, WordClasses};
use crate::lexicon::{
    Cue, is_preposition, is_stop_word, is_stop_word_besides_cues, is_trailing_judge_cue, role_cue,
};
use crate::morph::{
    candidate_stems, has_surname_shape, has_whole_patronymic_suffix, is_patronymic,
    is_patronymic_marker, stems_are_patronymic, stems_have_surname_shape, strip_kyrgyz,
    strip_russian,
};
use crate::text::{Token, TokenKind, is_all_caps, is_capitalized, is_upper, only_space_between};
use courtpub_domain::Role;

/// One found mention of a person.
#[derive(Debug, Clone)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub person: usize,
    pub rule: &'static str,
    pub confidence: f32,
}

/// A person of the act, built from its mentions.
#[derive(Debug, Clone, Default)]
pub struct Person {
    /// Surname key (stem), or father's name + marker for "Жумабек уулу".
    pub surname: Option<String>,
    pub first: Option<String>,
    pub patronymic: Option<String>,
    pub first_initial: Option<char>,
    pub patronymic_initial: Option<char>,
    pub official_cues: Vec<Role>,
    pub private_cues: Vec<Role>,
    pub from_metadata: bool,
    /// Known from a patronymic, "уулу"/"кызы" or an unambiguous surname form.
    pub gender: Option<Gender>,
    /// Named next to a word of death ("умерла Асанова Б.", "Асанов каза болгон"): the
    /// deceased of an inheritance case, whom a lone surname in a death or property context
    /// names rather than a living relative of the same surname.
    pub deceased: bool,
}

/// Grammatical gender of a person's name forms: relatives sharing a surname (Асанов,
/// Асанова) are told apart by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

impl Person {
    /// The role that decides the policy: private cues win over official ones, because a
    /// wrongly kept private person is a privacy breach while the reverse only over-masks.
    pub fn role(&self) -> Role {
        if let Some(r) = self.private_cues.iter().find(|r| **r != Role::Unknown) {
            return *r;
        }
        if !self.private_cues.is_empty() {
            return Role::Unknown;
        }
        if self.from_metadata {
            return Role::Judge;
        }
        self.official_cues.first().copied().unwrap_or(Role::Unknown)
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum UnitKind {
    Word,
    Initial(char),
}

#[derive(Debug, Clone)]
struct Unit {
    start: usize,
    end: usize,
    kind: UnitKind,
    /// Index of the word token (for initials: the letter token).
    tok: usize,
    /// Only whitespace (or nothing) since the previous unit.
    joined: bool,
    class: Class,
}

/// What the grammar knows of a word. The dictionary fields (`first`, `surname_dict`,
/// `place`, `allow`, and `patronymic` as far as the patronymic list decides it) are looked
/// up for capitalized words and patronymic markers only, and are false for any other word:
/// a lowercase word fills no name slot, and the rules ask them only of name-like words
/// (`nameish`, which needs a capital) or of a marker. Most words of an act are lowercase,
/// and the lookups in the dictionaries' 600k stems were a tenth of the engine's time.
#[derive(Debug, Clone, Copy, Default)]
struct Class {
    nameish: bool,
    allcaps: bool,
    first: bool,
    surname_dict: bool,
    surname_shape: bool,
    patronymic: bool,
    marker: bool,
    place: bool,
    allow: bool,
    /// A capitalized word that a stop list blocks by its first letters ("Токтом-" a
    /// decision, "Аким-" a title, "Сын-" a son) but that the surname list holds in a
    /// Russian-style surname form (Токтомушев, Акимбекова, Сынбулатовдун): a surname beside
    /// initials or a given name, and only there.
    stop_surname: bool,
    /// The word's [`role_cue`], asked once per distinct word.
    cue: Option<Cue>,
}

impl Class {
    fn surname_like(&self) -> bool {
        self.nameish && (self.surname_dict || self.surname_shape)
    }

    /// A common word of the language that no name list knows ("Действия", "Согласно"):
    /// capitalized at a sentence start, it never fills a surname slot.
    fn plain_word(&self) -> bool {
        self.allow && !self.surname_dict && !self.first && !self.surname_shape
    }

    /// The class of the word when initials or a given name stand beside it: surname +
    /// initials, surname + given name (+ patronymic) is a name whatever the word's first
    /// letters spell, so a [`Self::stop_surname`] is a surname there.
    fn beside_name(self) -> Self {
        if self.stop_surname {
            Self {
                nameish: true,
                surname_dict: true,
                ..self
            }
        } else {
            self
        }
    }
}

/// Finds all person mentions in the text. `covered` marks byte ranges already taken by
/// other categories (an address containing "ул. Токтогула").
pub struct NameFinder<'a> {
    text: &'a str,
    tokens: &'a [Token],
    dict: &'a Dictionaries,
    units: Vec<Unit>,
    pub persons: Vec<Person>,
    pub mentions: Vec<Mention>,
    taken: Vec<bool>,
    /// Units taken from the grammar only, freed before propagation.
    held: Vec<usize>,
    /// Byte ranges claimed by other categories (places, streets, dates, quoted names).
    excluded: Vec<(usize, usize)>,
    /// Parties (plaintiff, respondent) that the act names as a state body.
    state_parties: Vec<Role>,
    /// The act is written in Kyrgyz: a surname keeps its nominative and takes suffixes, so
    /// "Асанова" is a woman, not the genitive of "Асанов".
    kyrgyz: bool,
    /// Where the act's «guillemets» open (true) and close (false), in order; read by
    /// [`Self::kyrgyz_at`] (only in a Kyrgyz act), instead of searching the text before
    /// each mention.
    guillemets: Vec<(usize, bool)>,
}

impl<'a> NameFinder<'a> {
    pub fn new(text: &'a str, tokens: &'a [Token], dict: &'a Dictionaries) -> Self {
        let (units, cues) = build_units(text, tokens, dict);
        let taken = vec![false; units.len()];
        let state_parties = state_parties(tokens, &cues);
        let kyrgyz = is_kyrgyz(text, tokens);
        let guillemets = if kyrgyz {
            text.match_indices(['«', '»'])
                .map(|(at, mark)| (at, mark == "«"))
                .collect()
        } else {
            Vec::new()
        };
        Self {
            text,
            tokens,
            dict,
            units,
            persons: Vec::new(),
            mentions: Vec::new(),
            taken,
            held: Vec::new(),
            excluded: Vec::new(),
            state_parties,
            kyrgyz,
            guillemets,
        }
    }

    /// Excludes units inside the byte ranges (already claimed by another category).
    pub fn exclude(&mut self, ranges: &[(usize, usize)]) {
        self.excluded.extend_from_slice(ranges);
        // A unit overlaps a range when some range starts before the unit ends and ends
        // after it starts: among the ranges (by start) that start before its end, the
        // largest end decides. One sort instead of every range for every unit.
        let mut sorted = ranges.to_vec();
        sorted.sort_unstable();
        let mut largest_end = Vec::with_capacity(sorted.len());
        let mut end = 0;
        for &(_, e) in &sorted {
            end = end.max(e);
            largest_end.push(end);
        }
        for (u, unit) in self.units.iter().enumerate() {
            let before = sorted.partition_point(|&(s, _)| s < unit.end);
            if before > 0 && largest_end[before - 1] > unit.start {
                self.taken[u] = true;
            }
        }
    }

    /// Hides the free units inside the byte ranges from the grammar, not from propagation:
    /// a sole trader's trade name («ИП «Мир Ковров»») is no name by its shape, but a
    /// surname the act names elsewhere is masked in it («ИП Асанов»).
    pub fn hold_until_propagation(&mut self, ranges: &[(usize, usize)]) {
        for (u, unit) in self.units.iter().enumerate() {
            if !self.taken[u] && ranges.iter().any(|&(s, e)| s < unit.end && unit.start < e) {
                self.taken[u] = true;
                self.held.push(u);
            }
        }
    }

    /// Runs the grammar, the role analysis, metadata and propagation.
    pub fn run(&mut self, judges: &[String]) {
        self.grammar_pass();
        self.apply_metadata(judges);
        for u in std::mem::take(&mut self.held) {
            self.taken[u] = false;
        }
        self.propagate();
        self.extend_with_given_names();
        self.propagate_given_names();
        self.propagate_initials();
        self.social_handles();
        self.mentions.sort_by_key(|m| m.start);
    }

    fn unit(&self, i: usize) -> Option<&Unit> {
        self.units.get(i).filter(|_| !self.taken[i])
    }

    /// Unit `i` exists, is free, and follows `i - 1` with only whitespace between.
    fn joined(&self, i: usize) -> Option<&Unit> {
        self.unit(i).filter(|u| u.joined)
    }

    fn joined_word(&self, i: usize) -> Option<Class> {
        self.joined(i)
            .filter(|u| u.kind == UnitKind::Word)
            .map(|u| u.class)
    }

    fn joined_initial(&self, i: usize) -> Option<char> {
        match self.joined(i)?.kind {
            UnitKind::Initial(c) => Some(c),
            UnitKind::Word => None,
        }
    }

    fn initial(&self, i: usize) -> Option<char> {
        match self.unit(i)?.kind {
            UnitKind::Initial(c) => Some(c),
            UnitKind::Word => None,
        }
    }

    fn norm(&self, i: usize) -> &str {
        &self.tokens[self.units[i].tok].norm
    }

    /// Up to two initials joined after `i`; returns how many.
    fn initials_after(&self, i: usize) -> usize {
        if self.joined_initial(i + 1).is_none() {
            return 0;
        }
        // "Ташиев А.\nК.М.Асановдун": an initial glued to the next initial or surname
        // opens the next person's name.
        let glued_right = |k: usize| {
            self.units.get(k + 1).is_some_and(|n| {
                n.start == self.units[k].end
                    && !self.taken[k + 1]
                    && self.text[n.start..].starts_with(char::is_uppercase)
            })
        };
        if self.joined_initial(i + 2).is_some() && !glued_right(i + 2) {
            2
        } else {
            1
        }
    }

    fn grammar_pass(&mut self) {
        let mut i = 0;
        while i < self.units.len() {
            match self.match_at(i).map(|f| self.with_syllable_given_name(f)) {
                Some(found) => {
                    let next = found.last + 1;
                    self.record(found);
                    i = next;
                }
                None => i += 1,
            }
        }
    }

    /// "Ким Ен Хо", "Пак Сун Ми": after a short Korean or Chinese surname the given name is
    /// written as one or two syllables, each a short capitalized word; they belong to the
    /// mention.
    fn with_syllable_given_name(&self, mut found: Found) -> Found {
        let short_surname = found
            .surname
            .is_some_and(|s| self.norm(s).chars().count() <= 3 && found.last <= s + 1);
        if !short_surname || found.patronymic.is_some() || found.first_initial.is_some() {
            return found;
        }
        for _ in 0..2 {
            let next = found.last + 1;
            let syllable = self.joined_word(next).is_some_and(|c| {
                c.nameish && !c.allcaps && !c.allow && !c.place && !c.patronymic && !c.marker
            }) && self.norm(next).chars().count() <= 3;
            if !syllable {
                break;
            }
            found.last = next;
        }
        found
    }

    /// The longest name sequence starting at unit `i`.
    fn match_at(&self, i: usize) -> Option<Found> {
        let u = self.unit(i)?;
        if u.kind != UnitKind::Word {
            return self.match_initials_first(i);
        }
        if self.common_noun_of_the_act(i) {
            return None;
        }
        // A given name that is no common word, no surname and no place: "Токтомушев Бакыт
        // Асанович", "Айылчиева Гульнара".
        let given = |c: &Class| c.nameish && c.first && !c.allow && !c.surname_like() && !c.place;
        // Right after a role cue too: "ответчик Токтомушев пояснил".
        let c0 = if self.joined_initial(i + 1).is_some()
            || self.joined_word(i + 1).is_some_and(|c| given(&c))
            || (u.class.stop_surname && self.cue_directly_before(i))
        {
            u.class.beside_name()
        } else {
            u.class
        };
        if !c0.nameish {
            return self.match_short_caps_surname(i);
        }
        let c1 = self.joined_word(i + 1);
        let c2 = if let Some(c1) = c1 {
            // "Бакыт Асанович Токтомушев": a surname after a given name and a patronymic.
            self.joined_word(i + 2).map(|c2| {
                if c1.patronymic && given(&c0) {
                    c2.beside_name()
                } else {
                    c2
                }
            })
        } else {
            None
        };

        // An Uzbek name: surname, given name, the father's given name and «угли»/«кизи»
        // ("Каримов Жасур Бахром угли"): the father's name is the patronymic, so "Каримов
        // Ж.Б." is the same person.
        if let (Some(c1), Some(c2), Some(c3)) = (c1, c2, self.joined_word(i + 3))
            && c3.marker
            && c0.surname_like()
            && !c0.place
            && [c1, c2]
                .iter()
                .all(|c| c.nameish && !c.marker && !c.patronymic && !c.plain_word())
            // A given name that a surname list also holds ("Рахима", "Ибрагима") is the
            // given name in this slot.
            && (c1.first || !c1.surname_like())
            && !self.genitive_before_kinship_noun(i + 2)
        {
            return Some(Found::full(
                i,
                Some(i),
                Some(i + 1),
                Some(i + 2),
                i + 3,
                "name.full.surname_first_father_marker",
                0.97,
            ));
        }
        // Kyrgyz patronymic markers: "Бакыт Жумабек уулу", "Жумабек уулу Бакыт".
        // The given name may be one no dictionary knows ("ЭРКЕБУЛАН ЖОЛДОШБЕК УУЛУ"), and an
        // act may put the surname first ("АБДЫКАДЫРОВ ЭРКЕБУЛАН УУЛУ"): any name-like word
        // that is no common word or place opens the name.
        if let (Some(c1), Some(c2)) = (c1, c2)
            && !self.genitive_before_kinship_noun(i + 1)
            && (c0.first
                || c0.surname_like() && !c0.place
                || c0.allcaps && c1.allcaps && !c0.plain_word() && !c0.place && !c0.patronymic)
            && c1.nameish
            && !c1.marker
            && c2.marker
            && !c0.marker
        {
            return Some(Found::kyrgyz(
                i,
                i + 1,
                Some(i),
                i + 2,
                "name.kyrgyz.first_father_marker",
                0.97,
            ));
        }
        if let Some(c1) = c1
            && c1.marker
            && !self.genitive_before_kinship_noun(i)
        {
            if let Some(c2) = c2.filter(|c| c.nameish && !c.marker) {
                // "Жумабек уулу Бакыт" — unless the third word is the next person's surname.
                if c2.first || !c2.surname_like() {
                    return Some(Found::kyrgyz(
                        i,
                        i,
                        Some(i + 2),
                        i + 2,
                        "name.kyrgyz.father_marker_first",
                        0.97,
                    ));
                }
            }
            let n = self.initials_after(i + 1);
            let last = i + 1 + n;
            return Some(
                Found::kyrgyz(i, i, None, last, "name.kyrgyz.father_marker", 0.9)
                    .with_initials((n >= 1).then(|| self.initial(i + 2)).flatten(), None),
            );
        }

        if let (Some(c1), Some(c2)) = (c1, c2) {
            // Surname First Patronymic.
            if c1.nameish
                && c2.nameish
                && c2.patronymic
                && !c0.patronymic
                && !c1.patronymic
                && !c0.plain_word()
            {
                return Some(Found::full(
                    i,
                    Some(i),
                    Some(i + 1),
                    Some(i + 2),
                    i + 2,
                    "name.full.sfp",
                    0.99,
                ));
            }
            // First Patronymic Surname.
            if c1.nameish && c1.patronymic && c2.surname_like() && !c0.patronymic {
                return Some(Found::full(
                    i,
                    Some(i + 2),
                    Some(i),
                    Some(i + 1),
                    i + 2,
                    "name.full.fps",
                    0.97,
                ));
            }
        }
        if let Some(c1) = c1 {
            // First Patronymic.
            if c1.nameish && c1.patronymic && !c0.patronymic && (c0.first || !c0.surname_like()) {
                return Some(Found::full(
                    i,
                    None,
                    Some(i),
                    Some(i + 1),
                    i + 1,
                    "name.first_patronymic",
                    0.93,
                ));
            }
        }
        // Surname + initials: "Асанов Б.Ж.", "Асанов Б. Ж.".
        let n = self.initials_after(i);
        // A Kyrgyz case suffix ends a name ("Асановдон Б.Ж. Осмоновго"): initials after
        // such a word are the next person's.
        let kyrgyz_case = self.kyrgyz
            && strip_kyrgyz(self.norm(i)).is_some_and(|base| {
                ["ов", "ев", "ин", "ын", "ова", "ева", "ина", "ына"]
                    .iter()
                    .any(|e| base.ends_with(e))
            });
        // In a Kyrgyz act a word that opens a sentence and is a dictionary surname only once a
        // Russian ending is stripped ("Сумка", "Кийимдер") is a common word before a
        // surname's initials: "Кийимдер Б.Т. Асановго кайтарылсын".
        // So is a given name there, the subject before the initials of a declined surname:
        // "күбө Алиман Б.Т. Асановду көргөн".
        let weak_kyrgyz_surname = self.kyrgyz_at(u.start)
            && !c0.surname_shape
            && (c0.first
                || !self.dict.classes_of(&[self.norm(i)]).surname && self.starts_sentence(i));
        let initials_belong_right = self
            .joined_word(i + n + 1)
            .map(Class::beside_name)
            .is_some_and(|next| {
                next.surname_like()
                    && !next.patronymic
                    && (!weak_kyrgyz_surname || next.surname_shape)
            })
            && (!c0.surname_like()
                || kyrgyz_case
                || weak_kyrgyz_surname
                || self.initial(i.wrapping_sub(1)).is_some());
        // "Разаков И. көчөсү": a street named after a person.
        if n > 0 && self.next_word_is_institution(i) {
            return None;
        }
        if n > 0
            && !initials_belong_right
            && (c0.surname_like() || !c0.place)
            && !c0.patronymic
            && !c0.plain_word()
        {
            let conf = if c0.surname_like() { 0.95 } else { 0.85 };
            return Some(
                Found::full(i, Some(i), None, None, i + n, "name.surname_initials", conf)
                    .with_initials(
                        self.initial(i + 1),
                        (n == 2).then(|| self.initial(i + 2)).flatten(),
                    ),
            );
        }
        if let Some(c1) = c1 {
            // Surname First / First Surname (dictionary first name, surname by shape or dictionary).
            let no_place = !c0.place && !c1.place;
            // A given name that is also a place, or that a case ending makes look like one
            // ("Учкун", "Манаса", "Светланы"), is the given name right after a surname,
            // unless a place word follows ("Асанов Талас шаарында").
            let given_after_surname =
                !c0.place && (!c1.place || c1.first && !self.place_word_after(i + 1));
            if given_after_surname
                && c0.surname_like()
                && c1.nameish
                && c1.first
                && !c1.surname_like()
            {
                return Some(Found::full(
                    i,
                    Some(i),
                    Some(i + 1),
                    None,
                    i + 1,
                    "name.surname_first",
                    0.9,
                ));
            }
            // "Асановой Рейхангуль": a woman's given name ending in a consonant does not
            // decline in Russian, so after a feminine oblique surname any name-like word
            // that ends so is her given name, even one no dictionary knows.
            if no_place
                && !self.kyrgyz
                && c0.surname_like()
                && ["овой", "евой", "иной", "ыной", "ской", "цкой"]
                    .iter()
                    .any(|e| self.norm(i).ends_with(e))
                && c1.nameish
                && !c1.surname_like()
                && !c1.allow
                && !c1.patronymic
                && !c1.marker
                && !c1.allcaps
                && self
                    .norm(i + 1)
                    .chars()
                    .last()
                    .is_some_and(|c| c == 'ь' || !"аеёиоуыэюяйөү".contains(c))
            {
                return Some(Found::full(
                    i,
                    Some(i),
                    Some(i + 1),
                    None,
                    i + 1,
                    "name.surname_undeclined_first",
                    0.85,
                ));
            }
            if no_place && c0.first && !c0.surname_like() && c1.surname_like() {
                return Some(Found::full(
                    i,
                    Some(i + 1),
                    Some(i),
                    None,
                    i + 1,
                    "name.first_surname",
                    0.9,
                ));
            }
            if given_after_surname && c0.surname_like() && c1.surname_like() && c1.first {
                return Some(Found::full(
                    i,
                    Some(i),
                    Some(i + 1),
                    None,
                    i + 1,
                    "name.surname_first",
                    0.88,
                ));
            }
        }
        let before_institution = self.next_word_is_institution(i);
        // A single word right after a role cue: "подсудимый Асанов", "потерпевшая Айгуль".
        if !before_institution && (self.cue_directly_before(i) || self.coordinated_with_cued(i)) {
            // "жоопкер Абдисаматты алып кеткен": a form of the given name of a person already
            // named, and of no surname the act names, is that given name even when some
            // surname is spelled so too.
            if c0.first && !c0.allow && !c0.allcaps && self.is_known_given_name(i) {
                return Some(Found::full(
                    i,
                    None,
                    Some(i),
                    None,
                    i,
                    "name.cued_first_name",
                    0.8,
                ));
            }
            // After a role word, a surname and a foreign given name: "Потерпевший Демир
            // Хакан" (a name that no list knows as a given name but a name list holds: a
            // Turkish, Korean or Chinese given name), "Подсудимый Шахин Озан, гражданин
            // Турции" (a capitalized word no list knows at all, ending the phrase).
            let given_like = |c: &Class| {
                c.nameish && !c.allow && !c.place && !c.patronymic && !c.marker && !c.allcaps
            };
            let ends_phrase = || {
                self.unit(i + 2).is_none_or(|u| {
                    !u.joined || !self.text[u.start..u.end].starts_with(char::is_uppercase)
                })
            };
            let rule = c1.filter(given_like).and_then(|c| {
                if c.surname_dict {
                    Some(("name.cued_surname_given", 0.85))
                } else if !c.surname_shape && !c.first && ends_phrase() {
                    Some(("name.cued_surname_unknown_given", 0.8))
                } else {
                    None
                }
            });
            if c0.surname_like()
                && !c0.allow
                && !self.place_word_after(i + 1)
                && !self.next_word_is_institution(i + 1)
                && let Some((rule, confidence)) = rule
            {
                return Some(Found::full(
                    i,
                    Some(i),
                    Some(i + 1),
                    None,
                    i + 1,
                    rule,
                    confidence,
                ));
            }
            // "ФИО наследника\tДата рождения": a column heading, not a surname.
            let heading = self.joined_word(i + 1).is_some()
                && matches!(self.norm(i + 1), "рождения" | "жительства");
            if c0.surname_like() && !c0.allow && !heading {
                return Some(Found::full(
                    i,
                    Some(i),
                    None,
                    None,
                    i,
                    "name.cued_surname",
                    0.85,
                ));
            }
            if c0.first && !c0.allow && !c0.allcaps {
                return Some(Found::full(
                    i,
                    None,
                    Some(i),
                    None,
                    i,
                    "name.cued_first_name",
                    0.8,
                ));
            }
            // "детей: Айбека и Нурай": the second of coordinated given names may be one no
            // dictionary knows (a girl's name does not decline): a name-like word that is
            // no surname, place, common word or patronymic.
            if self.coordinated_with_cued(i)
                && !c0.surname_like()
                && !c0.place
                && !c0.allow
                && !c0.allcaps
                && !c0.patronymic
                && !c0.marker
            {
                return Some(Found::full(
                    i,
                    None,
                    Some(i),
                    None,
                    i,
                    "name.coordinated_given_name",
                    0.7,
                ));
            }
        }
        // A lone patronymic inside a sentence ("присвоить отчество Тимурович", "балага
        // Нурланович атасынын атын"): a capitalized word of a patronymic's shape is a part of
        // a name, also where no given name or surname stands beside it.
        if c0.patronymic
            && is_patronymic(self.norm(i))
            && !c0.allow
            && !c0.place
            && !c0.allcaps
            && !before_institution
            && self.inside_sentence(i)
        {
            return Some(Found::full(
                i,
                None,
                None,
                Some(i),
                i,
                "name.lone_patronymic",
                0.6,
            ));
        }
        // A lone given name inside a sentence ("внуки Асель и Нурлан", "уулу Бакыттын",
        // "передала карту Эрлану"): a capitalized dictionary first name that is no common
        // word, no place, and not the first word of a sentence names a person.
        if c0.first
            && !c0.allow
            && !c0.place
            && !c0.allcaps
            && !before_institution
            && self.inside_sentence(i)
            && !self.is_known_surname(i)
        {
            return Some(Found::full(
                i,
                None,
                Some(i),
                None,
                i,
                "name.lone_first_name",
                0.6,
            ));
        }
        // "фамилия отца записана как «Асанв»": a surname as a document spells it, which no
        // dictionary knows when it is misspelled.
        if self.quoted_after_surname_word(i) {
            return Some(Found::full(
                i,
                Some(i),
                None,
                None,
                i,
                "name.quoted_surname",
                0.75,
            ));
        }
        // A lone word that is a dictionary surname and has a surname's shape.
        if c0.surname_dict
            && c0.surname_shape
            && !c0.allow
            && !c0.place
            && !c0.first
            && !before_institution
            && !self.adjective_of_the_next_noun(i)
        {
            return Some(Found::full(
                i,
                Some(i),
                None,
                None,
                i,
                "name.lone_surname",
                0.65,
            ));
        }
        None
    }

    /// Two- and three-letter surnames in capitals look like abbreviations ("ТЕН", "ЛИ",
    /// "ПАК"): they are a surname only before a first name and a patronymic.
    fn match_short_caps_surname(&self, i: usize) -> Option<Found> {
        let u = self.unit(i)?;
        let c0 = u.class;
        if !(c0.allcaps && c0.surname_dict) {
            return None;
        }
        let c1 = self.joined_word(i + 1)?;
        let c2 = self.joined_word(i + 2)?;
        (c1.nameish && c1.first && c2.nameish && c2.patronymic).then(|| {
            Found::full(
                i,
                Some(i),
                Some(i + 1),
                Some(i + 2),
                i + 2,
                "name.full.sfp_short_caps",
                0.9,
            )
        })
    }

    /// Sequences that start with initials: "Б.Ж. Асанов", "Б. Шамбетовдун", "Б. Жумабек уулу".
    fn match_initials_first(&self, i: usize) -> Option<Found> {
        let fi = self.initial(i)?;
        let pi = self.joined_initial(i + 1);
        let w = i + 1 + usize::from(pi.is_some());
        let next = self.joined_word(w).map(Class::beside_name);
        // Initials alone right after a party's role word, before a punctuation mark or a
        // common word: "у потерпевшей Б.Р.,", "показаниями потерпевшей Б.Р. о том".
        if next.is_none_or(|c| !c.nameish && !c.marker)
            && pi.is_some()
            && self.private_cue_directly_before(i)
        {
            return Some(
                Found::full(i, None, None, None, w - 1, "name.cued_initials", 0.7)
                    .with_initials(Some(fi), pi),
            );
        }
        let c = next?;
        // "Ө. уулу Бакыт": the father's name shortened to its initial, the marker, then the
        // given name.
        if pi.is_none()
            && c.marker
            && self
                .joined_word(w + 1)
                .is_some_and(|g| g.nameish && !g.marker && !g.patronymic && !g.plain_word())
        {
            return Some(Found {
                first: i,
                last: w + 1,
                surname: None,
                first_name: Some(w + 1),
                patronymic: None,
                first_initial: None,
                patronymic_initial: Some(fi),
                marker: true,
                rule: "name.kyrgyz.father_initial_marker_first",
                confidence: 0.9,
            });
        }
        if !c.nameish || c.patronymic {
            return None;
        }
        if self.joined_word(w + 1).is_some_and(|c| c.marker) {
            return Some(
                Found::kyrgyz(
                    i,
                    w,
                    None,
                    w + 1,
                    "name.kyrgyz.initials_father_marker",
                    0.95,
                )
                .with_initials(Some(fi), None),
            );
        }
        if c.place && !c.surname_like() {
            return None;
        }
        let conf = if c.surname_like() { 0.95 } else { 0.8 };
        Some(
            Found::full(i, Some(w), None, None, w, "name.initials_surname", conf)
                .with_initials(Some(fi), pi),
        )
    }

    /// An adjective that opens a sentence and agrees with the lowercase noun after it
    /// ("Банковская карта", "Городской суд", "Частное лицо"), though a surname list holds
    /// the same word: no verb follows it as one follows a surname ("Островская пояснила").
    fn adjective_of_the_next_noun(&self, i: usize) -> bool {
        const AGREEMENT: &[(&str, &[char])] = &[
            ("ская", &['а', 'я', 'ь']),
            ("цкая", &['а', 'я', 'ь']),
            ("ское", &['о', 'е']),
            ("цкое", &['о', 'е']),
            ("ские", &['ы', 'и']),
            ("цкие", &['ы', 'и']),
        ];
        if !self.starts_sentence(i) {
            return false;
        }
        let Some(next) = self.joined(i + 1).filter(|u| u.kind == UnitKind::Word) else {
            return false;
        };
        let raw = &self.text[next.start..next.end];
        let noun = self.norm(i + 1);
        if !raw.starts_with(char::is_lowercase) || noun.chars().count() < 3 || looks_like_verb(noun)
        {
            return false;
        }
        let last = noun.chars().next_back().unwrap_or(' ');
        let word = self.norm(i);
        AGREEMENT
            .iter()
            .any(|(ending, nouns)| word.ends_with(ending) && nouns.contains(&last))
    }

    /// The next word (after unit `i`) names an institution, a statute or a street.
    ///
    /// Initials between do not count ("Разаков И. көчөсү" is a street), and one coordinated
    /// name may stand between ("Бейшеналиева жана Токтогул көчөлөрүнүн").
    fn next_word_is_institution(&self, i: usize) -> bool {
        let Some(u) = self.units.get(i) else {
            return false;
        };
        let mut words = self.tokens[u.tok + 1..].iter().filter(|t| {
            t.is_word()
                && !(t.norm.chars().count() == 1
                    && self.text[t.start..].starts_with(char::is_uppercase))
        });
        let mut next = words.next();
        // "Асанов кичи шаарчасы" (microdistrict).
        if next.is_some_and(|t| t.norm == "кичи") {
            next = words.next();
        }
        match next {
            Some(t) if is_institution_word(&t.norm) => true,
            Some(t) if matches!(t.norm.as_str(), "жана" | "и") => {
                words.nth(1).is_some_and(|t| {
                    is_institution_word(&t.norm)
                        && (t.norm.contains("лөр")
                            || t.norm.contains("лар")
                            || t.norm.contains("улиц"))
                })
            }
            _ => false,
        }
    }

    /// Kyrgyz grammar holds at `pos`: the act is Kyrgyz and `pos` is not inside a quotation
    /// in «guillemets», where Kyrgyz acts cite Russian documents ("«Комиссией в составе
    /// Асанова Б.»" is a man in the instrumental case).
    fn kyrgyz_at(&self, pos: usize) -> bool {
        if !self.kyrgyz {
            return false;
        }
        // Inside a quotation when the last guillemet before `pos` opens one.
        let before = self.guillemets.partition_point(|&(at, _)| at < pos);
        !before
            .checked_sub(1)
            .is_some_and(|last| self.guillemets[last].1)
    }

    /// The tokens that start at or after byte `pos`.
    fn tokens_from(&self, pos: usize) -> &'a [Token] {
        &self.tokens[self.tokens.partition_point(|t| t.start < pos)..]
    }

    /// Unit `i` is a name in the Kyrgyz genitive ("Нурбектин", "Асановдун") and no given
    /// name written so ("Нурдин", "Шамсудин"): a «кызы»/«уулу» after it is the kinship noun
    /// ("Осмонов Нурбектин кызы", Nurbek Osmonov's daughter), while the patronymic marker
    /// follows the father's bare name.
    fn genitive_before_kinship_noun(&self, i: usize) -> bool {
        const GENITIVE: &[&str] = &[
            "нын", "нин", "нун", "нүн", "дын", "дин", "дун", "дүн", "тын", "тин", "тун", "түн",
        ];
        let norm = self.norm(i);
        GENITIVE.iter().any(|g| norm.ends_with(g))
            && strip_kyrgyz(norm).is_some()
            && !self.dict.classes_of(&[norm]).first_name
    }

    /// The word after unit `i` names a kind of place: "Талас шаарында", "Токтогул району",
    /// "Манас районунун", "Нарын облусу", "Ак-Суу айылы".
    fn place_word_after(&self, i: usize) -> bool {
        let Some(u) = self.units.get(i) else {
            return false;
        };
        self.tokens.get(u.tok + 1).is_some_and(|t| {
            t.is_word()
                && (is_institution_word(&t.norm)
                    || [
                        "шаар",
                        "облус",
                        "област",
                        "город",
                        "село",
                        "поселок",
                        "аймаг",
                    ]
                    .iter()
                    .any(|p| t.norm.starts_with(p)))
        })
    }

    /// Unit `i` opens a quotation that follows the word for a surname: "фамилия отца
    /// записана как «Асанв»", "атасынын фамилиясы «Асанв» деп".
    fn quoted_after_surname_word(&self, i: usize) -> bool {
        let Some(u) = self.units.get(i) else {
            return false;
        };
        self.tokens[..u.tok].last().is_some_and(|q| {
            matches!(q.kind, TokenKind::Punct('«' | '"' | '“' | '„'))
                && surname_word_before(self.text, q.start)
        })
    }

    /// Unit `i` is a form of the given name of a person already found, and of no surname of
    /// one.
    fn is_known_given_name(&self, i: usize) -> bool {
        let norm = self.norm(i);
        !self.is_known_surname(i)
            && self
                .persons
                .iter()
                .any(|p| p.first.as_deref().is_some_and(|f| same_given_name(f, norm)))
    }

    /// Unit `i` is a form of the surname of a person already found ("Бахтин" after
    /// "Бахтину А."): propagation links it, it is no given name.
    fn is_known_surname(&self, i: usize) -> bool {
        let stems = key_stems(self.norm(i));
        self.persons.iter().any(|p| {
            p.surname
                .as_deref()
                .is_some_and(|k| stems.iter().any(|s| s == k))
        })
    }

    /// Unit `i` is not the first word of a sentence or a line: a word before it on the same
    /// line, with no full stop, colon or quote between.
    fn inside_sentence(&self, i: usize) -> bool {
        let Some(u) = self.units.get(i) else {
            return false;
        };
        let Some(prev) = self.tokens[..u.tok].last() else {
            return false;
        };
        let line_start = self.text[..u.start].rfind('\n').map_or(0, |p| p + 1);
        prev.start >= line_start
            && !matches!(
                prev.kind,
                TokenKind::Punct('.' | ':' | '!' | '?' | '«' | '"' | '(' | '–' | '-')
            )
            && !(prev.is_word() && self.text[prev.start..].starts_with(char::is_uppercase))
    }

    /// A private party's role word right before unit `i` (skipping ':' and ',').
    fn private_cue_directly_before(&self, i: usize) -> bool {
        let Some(u) = self.units.get(i) else {
            return false;
        };
        self.tokens[..u.tok]
            .iter()
            .rev()
            .find(|t| !matches!(t.kind, TokenKind::Punct(':' | ',')))
            .filter(|t| t.is_word())
            .and_then(|t| role_cue(&t.norm))
            .is_some_and(|Cue::Role(r)| !r.is_official() && r != Role::Unknown)
    }

    /// A given name coordinated with a given name that a role word introduced: "внуки
    /// Бакыт и Айгуль", "неберелери Нурбек менен Айзада".
    fn coordinated_with_cued(&self, i: usize) -> bool {
        let Some(u) = self.units.get(i) else {
            return false;
        };
        let Some(m) = self.mentions.last() else {
            return false;
        };
        if m.end > u.start
            || !matches!(
                m.rule,
                "name.cued_first_name" | "name.coordinated_given_name"
            )
        {
            return false;
        }
        let between = self.text[m.end..u.start].trim();
        matches!(between, "и" | "," | "менен" | "жана")
    }

    /// A role cue word right before unit `i` (skipping ':' and ',').
    fn cue_directly_before(&self, i: usize) -> bool {
        let Some(u) = self.units.get(i) else {
            return false;
        };
        let mut t = u.tok;
        while t > 0 {
            t -= 1;
            let tok = &self.tokens[t];
            match tok.kind {
                TokenKind::Punct(':')
                | TokenKind::Punct(',')
                | TokenKind::Punct('-')
                | TokenKind::Punct('–') => continue,
                // "уулу" / "кызы" after a common word is a kinship noun ("son"), not the
                // patronymic marker of a name: "уулу Бакыттын менен жолугушуу".
                TokenKind::Word if matches!(tok.norm.as_str(), "уулу" | "кызы") => {
                    return self.tokens[..t]
                        .iter()
                        .rev()
                        .find(|p| p.is_word())
                        .is_some_and(|p| {
                            self.text[p.start..p.end].starts_with(char::is_lowercase)
                        });
                }
                TokenKind::Word => return role_cue(&tok.norm).is_some(),
                _ => return false,
            }
        }
        false
    }

    fn record(&mut self, found: Found) {
        let start = self.units[found.first].start;
        let end = self.units[found.last].end;
        let mut key = self.key_of(&found);
        let (deceased, owner) = self.death_context(start, end);
        // "в доме Асановой", "умерла Асанова": the word right before governs the name, so a
        // role word further back ("Истица … пояснила, что проживает в доме Асановой") is
        // another person's.
        let (official, private) = if owner || deceased && !self.cue_directly_before(found.first) {
            (None, None)
        } else {
            self.cues_around(found.first, found.last)
        };
        key.gender = key
            .gender
            .or_else(|| self.context_gender(found.first, found.last));
        let cue = private.or(official);
        key.deceased = deceased;
        let misspelled = if found.rule == "name.quoted_surname" {
            self.misspelled_surname_of(&key, start)
        } else {
            None
        };
        let person = match misspelled {
            Some(p) => p,
            None => self.link(key, start, cue, deceased || owner),
        };
        let p = &mut self.persons[person];
        if let Some(r) = official {
            p.official_cues.push(r);
        }
        if let Some(r) = private {
            p.private_cues.push(r);
        }
        for u in found.first..=found.last {
            self.taken[u] = true;
        }
        self.mentions.push(Mention {
            start,
            end,
            person,
            rule: found.rule,
            confidence: found.confidence,
        });
    }

    fn key_of(&self, found: &Found) -> Person {
        let mut p = Person::default();
        if let Some(s) = found.surname {
            let norm = self.norm(s);
            // A form of a surname the act already names keeps that person's key even when
            // no dictionary knows it ("Озтюрк" → "Озтюрктун").
            let known = key_stems(norm).into_iter().find(|stem| {
                self.persons
                    .iter()
                    .any(|p| p.surname.as_deref() == Some(stem.as_str()))
            });
            let key = known.unwrap_or_else(|| surname_key(self.dict, norm));
            p.surname = Some(if found.marker {
                format!("{key} уулу/кызы")
            } else {
                key
            });
            // "Жумабек уулу Бакыт" is also written "Ж. уулу Бакыт": the father's name is the
            // patronymic, and its initial tells the person.
            if found.marker {
                p.patronymic_initial = first_upper(norm);
            }
        }
        if let Some(f) = found.first_name {
            p.first = Some(self.norm(f).to_string());
            p.first_initial = first_upper(self.norm(f));
        }
        if let Some(pt) = found.patronymic {
            p.patronymic = Some(self.norm(pt).to_string());
            p.patronymic_initial = first_upper(self.norm(pt));
        }
        if found.first_initial.is_some() {
            p.first_initial = found.first_initial;
        }
        if found.patronymic_initial.is_some() {
            p.patronymic_initial = found.patronymic_initial;
        }
        // The marker tells the gender, also after a surname ("Каримова Дилноза Акмал кизи").
        p.gender = (found.first..=found.last)
            .find(|&u| self.units[u].kind == UnitKind::Word && self.units[u].class.marker)
            .and_then(|u| marker_gender(self.norm(u)))
            .or_else(|| {
                found
                    .patronymic
                    .and_then(|pt| patronymic_gender(self.norm(pt)))
            })
            .or_else(|| {
                found
                    .surname
                    .filter(|_| !found.marker)
                    .and_then(|s| surname_gender(self.norm(s), self.kyrgyz_at(self.units[s].start)))
            })
            .or_else(|| {
                found
                    .surname
                    .filter(|&s| !found.marker && found.first == s && found.last == s)
                    .and_then(|s| self.gender_of_a_governed_surname(s))
            });
        p
    }

    /// "со слов Ахмедова", "взыскать с Асанова", "семья Асанова": after a preposition or the
    /// noun of a thing a Russian surname in "-ова", "-ева", "-ина" is a man's in the genitive
    /// or accusative; a woman's would read "-овой", "-ову".
    fn gender_of_a_governed_surname(&self, u: usize) -> Option<Gender> {
        const GOVERNING_NOUNS: &[&str] = &["слов", "отношении", "пользу", "лице", "имя"];
        let unit = &self.units[u];
        let norm = self.norm(u);
        if self.kyrgyz_at(unit.start)
            || norm.chars().count() < 6
            || !["ова", "ева", "ина", "ына"]
                .iter()
                .any(|e| norm.ends_with(e))
        {
            return None;
        }
        let mut before = self.tokens[..unit.tok].iter().rev();
        let governed = match before.next() {
            Some(t) if is_preposition(&t.norm) => true,
            Some(t) if GOVERNING_NOUNS.contains(&t.norm.as_str()) => {
                before.next().is_some_and(|p| is_preposition(&p.norm))
            }
            // "семья Самакова не имеет", "показания Асанова": the possessor of a thing. Not
            // after a noun a preposition governs: "В апелляционной жалобе Асанова просит"
            // names the woman who complains.
            Some(t) => {
                t.is_word()
                    && is_possessed_noun(&t.norm)
                    && !before.take(2).any(|p| is_preposition(&p.norm))
            }
            None => false,
        };
        governed.then_some(Gender::Male)
    }

    /// "фамилия отца записана как «Асанв»": a quoted surname that no person of the act
    /// bears but that is one or two letters off a person's surname is that person's, as a
    /// document misspelled it: the person of the same gender named last before it.
    fn misspelled_surname_of(&self, key: &Person, at: usize) -> Option<usize> {
        let k = key.surname.as_deref()?;
        if self.persons.iter().any(|p| p.surname.as_deref() == Some(k)) {
            return None;
        }
        let close = |s: &str| {
            s.chars().next() == k.chars().next()
                && s.chars().count().min(k.chars().count()) >= 5
                && edit_distance(s, k) <= 2
        };
        (0..self.persons.len())
            .filter(|&i| {
                let p = &self.persons[i];
                p.surname
                    .as_deref()
                    .is_some_and(|s| !s.contains(' ') && close(s))
                    && !matches!((p.gender, key.gender), (Some(a), Some(b)) if a != b)
            })
            .filter_map(|i| {
                self.mentions
                    .iter()
                    .filter(|m| m.person == i && m.start < at)
                    .map(|m| m.start)
                    .max()
                    .map(|last| (last, i))
            })
            .max()
            .map(|(_, i)| i)
    }

    /// Finds the person a mention belongs to, or creates one.
    ///
    /// Among compatible persons the one that agrees on more name parts wins, then the one
    /// that already had this mention's role cue, then the one mentioned more often (a lone
    /// surname names the party, rarely a relative listed once), then the most recent. The
    /// form coordinated right after a same-surname mention of known gender
    /// ("супругов Асановой и Асанова") is of the other gender.
    fn link(&mut self, key: Person, at: usize, cue: Option<Role>, prefer_deceased: bool) -> usize {
        let mut key = key;
        // Only a surname alone: initials or a given name tell persons apart by themselves
        // ("в пользу Асанова А.В. и Асанова В.В.", brothers).
        if key.gender.is_none()
            && key.first.is_none()
            && key.first_initial.is_none()
            && let Some(other) = self.coordinated_before(at, key.surname.as_deref())
        {
            key.gender = match self.persons[other].gender {
                Some(Gender::Male) => Some(Gender::Female),
                Some(Gender::Female) => Some(Gender::Male),
                None => None,
            };
        }
        let compatible = |p: &Person| {
            if father_marker_alias(p, &key) || father_marker_alias(&key, p) {
                return true;
            }
            let same = |a: &Option<String>, b: &Option<String>| match (a, b) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            };
            let same_c = |a: Option<char>, b: Option<char>| match (a, b) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            };
            let same_given = |a: &Option<String>, b: &Option<String>| match (a, b) {
                (Some(a), Some(b)) => same_given_name(a, b),
                _ => true,
            };
            let same_g = |a: Option<Gender>, b: Option<Gender>| match (a, b) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            };
            same(&p.surname, &key.surname)
                && same_given(&p.first, &key.first)
                && same_given(&p.patronymic, &key.patronymic)
                && same_g(p.gender, key.gender)
                && same_c(p.first_initial, key.first_initial)
                && same_c(p.patronymic_initial, key.patronymic_initial)
                && (p.surname.is_some() && key.surname.is_some()
                    || p.first.is_some()
                        && key.first.is_some()
                        && (p.patronymic.is_some() || p.patronymic_initial.is_some())
                        && (key.patronymic.is_some() || key.patronymic_initial.is_some())
                    // A given name alone ("аялы Бегимай") names the person of that name.
                    || key.surname.is_none()
                        && key.patronymic.is_none()
                        && key.patronymic_initial.is_none()
                        && key.first.is_some()
                        && p.first.is_some()
                    // A person so far named by the given name alone ("детей Нурбека и
                    // Айдай") is the one the given name and patronymic name later.
                    || p.surname.is_none()
                        && p.patronymic.is_none()
                        && p.patronymic_initial.is_none()
                        && p.first.is_some()
                        && key.first.is_some()
                        && key.surname.is_none()
                        && (key.patronymic.is_some() || key.patronymic_initial.is_some())
                    // "Айгуль Кадыровна" and "А.К. Бекназарова": the given name and patronymic
                    // and a surname with both their initials, in either order. Not an
                    // official's: acts name officials by surname and initials, and a private
                    // person of the same initials would unmask them.
                    || named_by_given_and_patronymic(p)
                        && named_by_surname_and_initials(&key)
                        && !cue.is_some_and(Role::is_official)
                    || named_by_given_and_patronymic(&key)
                        && named_by_surname_and_initials(p)
                        && p.official_cues.is_empty()
                    // "Жибек Маматовна" and "Токтосуновой Жибек": the given name and
                    // patronymic and the surname with the same given name, in either order.
                    || named_by_given_and_patronymic(p)
                        && named_by_surname_and_given(&key)
                        && !cue.is_some_and(Role::is_official)
                    || named_by_given_and_patronymic(&key)
                        && named_by_surname_and_given(p)
                        && p.official_cues.is_empty()
                    // "сыном Романом" and later "Гордеева Романа": a person so far named by
                    // the given name alone is the one a surname with that given name names.
                    // A full name with a patronymic introduces someone new, unless both are
                    // named as relatives ("с сыном Ринатом", "сын Галиев Ринат Ринатович").
                    || named_by_given_name_only(p)
                        && key.surname.is_some()
                        && key.first.is_some()
                        && (named_by_surname_and_given(&key) && key.patronymic_initial.is_none()
                            || cue == Some(Role::ThirdParty)
                                && p.private_cues.contains(&Role::ThirdParty))
                        && p.official_cues.is_empty()
                        && !cue.is_some_and(Role::is_official)
                    // "потерпевшей Б.Р." and later "потерпевшей Керимкуловой Бактыгүл
                    // Ракымовна": initials alone after a party's role word, and the full
                    // name of the same initials and role.
                    || named_by_initials_only(p)
                        && key.first_initial.is_some()
                        && key.patronymic_initial.is_some()
                        && cue.is_some_and(|r| is_party(r) && p.private_cues.contains(&r)))
        };
        let role_match = |p: &Person| {
            cue.is_some_and(|r| {
                r != Role::Unknown && (p.private_cues.contains(&r) || p.official_cues.contains(&r))
            })
        };
        // "Күбө Асанов" is not the defendant Асанов: one person of an act is not both the
        // accused and a witness or a victim, and a party is not the judge or another
        // official who shares the surname.
        let role_conflict = |p: &Person| {
            cue.is_some_and(|r| {
                let official =
                    p.private_cues.is_empty() && (p.from_metadata || !p.official_cues.is_empty());
                !p.private_cues.contains(&r) && p.private_cues.iter().any(|&q| roles_exclude(q, r))
                    || is_party(r) && official
            })
        };
        // "Хайруллин Ф.Ф. с сыном Фаридом", "Асанов и его сын Асанов": the relative named
        // right after a person ("с", "и", a possessive, the kinship word) is someone else.
        let relative_of = |idx: usize| {
            cue == Some(Role::ThirdParty)
                && self.mentions.iter().any(|m| {
                    m.person == idx
                        && m.end <= at
                        && at - m.end <= 60
                        && names_a_relative_next(&self.text[m.end..at])
                })
        };
        let count = |idx: usize| self.mentions.iter().filter(|m| m.person == idx).count();
        // The most recently mentioned compatible person wins ties.
        let last_seen = |idx: usize| {
            self.mentions
                .iter()
                .filter(|m| m.person == idx && m.start <= at)
                .map(|m| m.start)
                .max()
        };
        let best = (0..self.persons.len())
            .filter(|&i| compatible(&self.persons[i]) && !relative_of(i))
            .max_by_key(|&i| {
                (
                    !role_conflict(&self.persons[i]),
                    agreement(&self.persons[i], &key),
                    prefer_deceased && self.persons[i].deceased,
                    role_match(&self.persons[i]),
                    count(i),
                    last_seen(i),
                )
            });
        match best {
            Some(i) => {
                let p = &mut self.persons[i];
                p.surname = p.surname.take().or(key.surname);
                p.first = p.first.take().or(key.first);
                p.patronymic = p.patronymic.take().or(key.patronymic);
                p.first_initial = p.first_initial.or(key.first_initial);
                p.patronymic_initial = p.patronymic_initial.or(key.patronymic_initial);
                p.gender = p.gender.or(key.gender);
                p.deceased |= key.deceased;
                i
            }
            None => {
                self.persons.push(key);
                self.persons.len() - 1
            }
        }
    }

    /// Whether the mention at `start..end` stands next to a word of death ("умерла Асанова
    /// Б.", "смерти Асанова", "каза болгон Асановдун", "Асанов каза болгондон кийин",
    /// "Асановой, умершей"), and whether it is the owner of a dwelling or an estate ("в доме
    /// Асановой", "имущества Асанова"), whom an inheritance act names by the deceased.
    fn death_context(&self, start: usize, end: usize) -> (bool, bool) {
        let first = self.tokens.partition_point(|t| t.start < start);
        let mut before = self.tokens[..first].iter().rev();
        let prev = before.by_ref().find(|t| !t.is_punct(','));
        let prev = prev.filter(|t| t.is_word()).map(|t| t.norm.as_str());
        let prev2 = before.find(|t| t.is_word()).map(|t| t.norm.as_str());
        let death_before = prev.is_some_and(|w| {
            matches!(
                w,
                "умер" | "умерла" | "смерти" | "скончался" | "скончалась" | "маркум"
            ) || w.starts_with("умерш")
                || w.starts_with("маркумдун")
        }) || (prev == Some("болгон") && prev2 == Some("каза"));
        let last = self.tokens.partition_point(|t| t.start < end);
        let next = self.tokens[last..]
            .iter()
            .find(|t| !t.is_punct(','))
            .filter(|t| t.is_word() && self.text[t.start..].starts_with(char::is_lowercase))
            .map(|t| t.norm.as_str());
        let death_after =
            next.is_some_and(|w| w == "каза" || w.starts_with("умер") || w.starts_with("скончал"));
        let owner = prev.is_some_and(|w| {
            matches!(
                w,
                "доме" | "дома" | "квартире" | "квартиры" | "имущества" | "наследства"
            )
        });
        (death_before || death_after, owner)
    }

    /// The person of the mention that ends right before `at` with only "и", "жана" or a
    /// comma between, when it has the same surname: "супругов Асановой и Асанова" names two
    /// persons, so a form that does not show its gender takes the other one.
    fn coordinated_before(&self, at: usize, surname: Option<&str>) -> Option<usize> {
        let surname = surname?;
        let m = self.mentions.iter().rev().find(|m| m.end <= at)?;
        let between = self.text[m.end..at].trim();
        let joins = matches!(between, "и" | "," | "жана" | "а также");
        (joins && self.persons[m.person].surname.as_deref() == Some(surname)).then_some(m.person)
    }

    /// Gender shown by the words around a mention: a feminine or adjectival role word before
    /// it ("истица", "потерпевшая", "подсудимого"), or, in Russian, a past-tense verb right
    /// after it ("пояснила", "признал"). Masculine nouns ("ответчик", "истец") are used for
    /// women too and tell nothing.
    fn context_gender(&self, first: usize, last: usize) -> Option<Gender> {
        let start_tok = self.units[first].tok;
        let before = self.tokens[..start_tok]
            .iter()
            .rev()
            .find(|t| !matches!(t.kind, TokenKind::Punct(':' | ',' | '-' | '–')));
        let cue_before = before
            .filter(|t| t.is_word())
            .and_then(|t| role_cue(&t.norm).map(|c| (t, c)));
        // "мать подсудимого Асанова": a role word in the genitive belongs to the kinship noun
        // before it, which tells the named relative's gender.
        if let Some(cue_tok) = cue_before.map(|(t, _)| t) {
            let kin = self.tokens[..start_tok]
                .iter()
                .rev()
                .filter(|t| t.is_word())
                .find(|t| t.start < cue_tok.start)
                .and_then(|t| kinship_gender(&t.norm));
            if kin.is_some() {
                return kin;
            }
        }
        if let Some((t, Cue::Role(r))) = cue_before
            && !r.is_official()
            && let Some(g) = cue_word_gender(&t.norm)
        {
            return Some(g);
        }
        if self.kyrgyz {
            return None;
        }
        // "с мужем Аркадием прожила": a name governed by a preposition, or by a role word
        // that a preposition governs, is no subject of the verb after it.
        let mut words_before = self.tokens[..start_tok]
            .iter()
            .rev()
            .filter(|t| !matches!(t.kind, TokenKind::Punct(':' | ',')));
        let preposition = |t: Option<&Token>| t.is_some_and(|t| is_preposition(&t.norm));
        let first_before = words_before.next();
        if preposition(first_before) || cue_before.is_some() && preposition(words_before.next()) {
            return None;
        }
        let end = self.units[last].end;
        // "Асанов не погасил": the negation stands before the verb.
        let after = self.tokens_from(end).iter().find(|t| t.norm != "не")?;
        if !after.is_word() || !self.text[after.start..after.end].starts_with(char::is_lowercase) {
            return None;
        }
        // "Прокурор Асанова полагал": the verb may agree with a masculine title instead.
        past_tense_gender(&after.norm).filter(|g| *g == Gender::Female || cue_before.is_none())
    }

    /// The nearest role cue before the mention (official cues only close by) and a trailing
    /// judge cue after it.
    fn cues_around(&self, first: usize, last: usize) -> (Option<Role>, Option<Role>) {
        let start_tok = self.units[first].tok;
        // The name has a mandate of its own (", действующей на основании доверенности"): it
        // is one of a list of representatives, so the list's title reaches it.
        let own_mandate = {
            let end = self.units[last].end;
            let mut after = self.tokens_from(end).iter().filter(|t| !t.is_punct(','));
            match after.next() {
                Some(t) if t.norm.starts_with("действующ") => true,
                Some(t) if t.norm == "по" => after
                    .next()
                    .is_some_and(|n| n.norm.starts_with("доверенност")),
                _ => false,
            }
        };
        let bracket_closes_after = self
            .tokens_from(self.units[last].end)
            .first()
            .is_some_and(|t| t.is_punct(')'));
        let mut words = 0;
        let mut t = start_tok;
        let mut found = None;
        let mut blocked = false;
        let mut appointed = false;
        // A word of the clause seen since the name (or since the last other mention).
        let mut clause_word = false;
        let mut after_another_name = false;
        // "заключению эксперта № 12 … у Асановой Б. обнаружены": a name governed by a
        // preposition is no holder of the title before it.
        if start_tok > 0
            && self.tokens[start_tok - 1].is_word()
            && is_preposition(&self.tokens[start_tok - 1].norm)
        {
            blocked = true;
        }
        while t > 0 && words < 6 {
            t -= 1;
            let tok = &self.tokens[t];
            // Another mention with a word of the clause after it holds the title itself:
            // "инспектору Асанова Б.Т. түзгөн протоколду Бекова" makes no inspector of
            // Бекова. A list ("адвокатов Асанова и Бекова") has no such word. A lone word
            // read as a surname may be an adjective of the title's office and holds nothing.
            // So with a party's cue: "Свидетель Асанова А.Б., находившаяся в салоне,
            // подтвердила показания Бекова" makes no witness of Бекова.
            if clause_word && !own_mandate && self.full_mention_at(tok.start) {
                blocked = true;
                after_another_name = true;
            }
            // A full name right before this one, with nothing between: "күбө Бекжан уулу
            // Нурлан Горбуновдун көрсөтмөсүн" — the witness is the first name; the second
            // is another person's (here in the genitive).
            if t + 1 == start_tok
                && self.full_mention_at(tok.start)
                && only_space_between(self.text, tok.end, self.units[first].start)
            {
                after_another_name = true;
            }
            // Another mention, or a claimed place between a title and the name
            // ("главу Ак-Суйского айыл окмоту Асанова"), neither counts nor blocks. A role
            // word is never part of a place, even when a claim swallowed it ("1 250 г.
            // Следователь Асанов" read as a town).
            if self.in_mention(tok.start)
                || self
                    .excluded
                    .iter()
                    .any(|&(s, e)| s <= tok.start && tok.end <= e)
                    && !(tok.is_word() && role_cue(&tok.norm).is_some())
            {
                continue;
            }
            // An office's address in parentheses right before the name does not end the
            // title's clause: "нотариус нотариальной конторы № 3 (ул. Исанова, 42) Асанов".
            if tok.is_punct(')')
                && t + 1 == start_tok
                && let Some(open) = self.tokens[t.saturating_sub(16)..t]
                    .iter()
                    .rposition(|p| p.is_punct('('))
                    .map(|k| t.saturating_sub(16) + k)
                && !self.tokens[open + 1..t]
                    .iter()
                    .any(|p| p.is_punct(')') || p.is_word() && role_cue(&p.norm).is_some())
            {
                t = open;
                continue;
            }
            // The dot of an abbreviation ("г. Бишкек", "ул.") does not end the clause.
            // Nor do the dots of a date ("12.03.1985 г.р."), which masking replaces.
            if tok.is_punct('.')
                && t > 0
                && (is_abbreviation(self.text, &self.tokens[t - 1])
                    || (self.tokens[t - 1].kind == TokenKind::Number
                        && self.tokens[t - 1].end == tok.start
                        && self
                            .tokens
                            .get(t + 1)
                            .is_some_and(|n| n.kind == TokenKind::Number && n.start == tok.end)))
            {
                continue;
            }
            // A comma or colon that does not follow a listed name or the title itself ends
            // the title's reach: "прокурора А., поддержавшего представление, коллегия
            // установила: Асанов…" does not make Асанов a prosecutor.
            if (tok.is_punct(',') || tok.is_punct(':')) && t > 0 {
                let prev = &self.tokens[t - 1];
                // "төрагалык кылуучу:", "секретаре судебного заседания:": the title's
                // second word before the colon.
                let title_before = t >= 2
                    && (is_title_tail(&prev.norm)
                        || role_cue(&self.tokens[t - 2].norm).is_some()
                            && !self.in_mention(self.tokens[t - 2].start));
                // "представителей Соцфонда – А., действующей на основании доверенности,
                // выданной от 22 октября 2012 г., Б.": the mandate of a listed name goes on
                // the list.
                let mandate = (prev.kind == TokenKind::Number
                    || prev.is_word() && is_mandate_word(&prev.norm)
                    || prev.is_punct('.')
                        && t >= 2
                        && is_abbreviation(self.text, &self.tokens[t - 2]))
                    && self.tokens[t.saturating_sub(12)..t].iter().any(|w| {
                        w.norm.starts_with("доверенност") || w.norm.starts_with("действующ")
                    })
                    && own_mandate;
                if !self.in_mention(prev.start)
                    && role_cue(&prev.norm).is_none()
                    && !title_before
                    && !mandate
                {
                    blocked = true;
                }
            }
            // A name alone in brackets right after a title is the title-holder's:
            // "эксперттин (Б.А. Асанов) корутундусу", "заключением эксперта (Асанова Г.С.)".
            if tok.is_punct('(') && t + 1 == start_tok && bracket_closes_after {
                continue;
            }
            match tok.kind {
                TokenKind::Punct('.')
                | TokenKind::Punct(';')
                | TokenKind::Punct('(')
                | TokenKind::Punct(')')
                | TokenKind::Punct('!')
                | TokenKind::Punct('?') => break,
                // "при секретаре Асановой Б., рассмотрев дело по иску Бековой": the court's
                // gerund opens the clause of the case itself; no title before it reaches
                // a name after it.
                TokenKind::Word if is_gerund(self.text, tok) => break,
                TokenKind::Word => {
                    if let Some(r) = role_cue(&tok.norm)
                        .map(|Cue::Role(r)| r)
                        .filter(|_| !self.names_minors_office(t))
                        .or_else(|| self.two_word_title(t))
                    {
                        words += 1;
                        let r = self.representative_role(t, r, self.units[first].start);
                        let r = self.title_of_plural_party(t, r);
                        let r = self.bank_employee(t, r);
                        // An official's title binds only across institution words; a verb
                        // or another capitalized word in between means the title belongs
                        // to another clause ("судья ПОСТАНОВИЛ: Признать Асанова…").
                        let blocked = blocked || appointed && !self.insolvency_title(t);
                        if !(r.is_official() && blocked || self.bare_representative(t, r)) {
                            found = Some((r, words));
                        }
                        break;
                    }
                    // Institution words between an official's title and the name do not
                    // count: "инспектором управления патрульной милиции ГУВД Асановой".
                    // Nor does the verb of a Kyrgyz title: "төрагалык кылган Асанов".
                    if !is_stop_word(&tok.norm)
                        && tok.norm.chars().count() > 3
                        && !is_title_tail(&tok.norm)
                        && !is_mandate_word(&tok.norm)
                    {
                        words += 1;
                        clause_word = true;
                        let raw = &self.text[tok.start..tok.end];
                        // The state body a representative speaks for does not end the
                        // title: "представителей Соцфонда Кыргызской Республики Асановой".
                        // Nor does the proper name of an institution: "главу Ак-Кудукского
                        // айыл окмоту Асанова".
                        let names_institution = self.tokens.get(t + 1).is_some_and(|n| {
                            n.is_word()
                                && (is_institution_word(&n.norm) || is_state_body_word(&n.norm))
                        });
                        if (is_capitalized(raw)
                            && !is_all_caps(raw)
                            && !self.dict.is_place(&tok.norm)
                            && !is_state_body_word(&tok.norm)
                            && !names_an_institution(&tok.norm)
                            && !tok.norm.starts_with("бюро")
                            && !tok.norm.starts_with("лаборатор")
                            && !tok.norm.starts_with("борбор")
                            && !names_institution)
                            || looks_like_verb(&tok.norm)
                        {
                            // "конкурсным управляющим назначить Асанова": the verb of an
                            // appointment links an administrator's title to the name.
                            if is_appointment_verb(&tok.norm) {
                                appointed = true;
                            } else {
                                blocked = true;
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        let mut official = None;
        let mut private = None;
        if let Some((r, distance)) = found {
            if r.is_official() {
                if distance <= 4 {
                    official = Some(r);
                }
            } else if !after_another_name {
                private = Some(r);
            }
        }
        // "Усенов К.С. баяндоочу", "Горшковская И.В.– докладчик".
        let end_tok = self
            .tokens
            .partition_point(|t| t.start < self.units[last].end);
        // Not across a sentence end or a line break: "возвратить собственнику Асанову
        // И.И..\nСудья Осмонова" does not make the owner a judge.
        let mention_end = self.units[last].end;
        for tok in self.tokens.iter().skip(end_tok).take(2) {
            if self.text[mention_end..tok.start].contains('\n')
                || matches!(tok.kind, TokenKind::Punct('.' | ';' | ')' | '!' | '?'))
            {
                break;
            }
            if tok.is_word() {
                if is_trailing_judge_cue(&tok.norm) {
                    official = Some(Role::Judge);
                }
                break;
            }
        }
        (official, private)
    }

    /// The court-appointed administrator of an insolvent debtor, who acts in office:
    /// "временного управляющего", "конкурсным управляющим", "арбитражный управляющий",
    /// "временным администратором", "администратора по делам о банкротстве", Kyrgyz
    /// "банкроттук иштери боюнча администратор", "конкурстук башкаруучу". Alone the noun
    /// names the manager of a shop, a company or a building ("управляющий магазином",
    /// "управляющего ТСЖ", "администратор кафе", "үй башкаруучу"): a private person.
    fn insolvency_title(&self, t: usize) -> bool {
        let norm = self.tokens[t].norm.as_str();
        if !(norm.starts_with("управляющ")
            || norm.starts_with("администратор")
            || norm.starts_with("башкаруучу"))
        {
            return false;
        }
        const OFFICE: &[&str] = &[
            "временн",
            "конкурсн",
            "арбитражн",
            "внешн",
            "убактылуу",
            "конкурстук",
            "арбитраждык",
            "тышкы",
        ];
        let clause_end =
            |p: &Token| matches!(p.kind, TokenKind::Punct('.' | ';' | '!' | '?' | '(' | ')'));
        let before = self.tokens[..t]
            .iter()
            .rev()
            .take_while(|p| !clause_end(p))
            .filter(|p| p.is_word());
        let after = self.tokens[t + 1..]
            .iter()
            .take_while(|p| !clause_end(p))
            .filter(|p| p.is_word());
        let bankruptcy = |p: &Token| p.norm.starts_with("банкрот");
        before
            .clone()
            .next()
            .is_some_and(|p| OFFICE.iter().any(|o| p.norm.starts_with(o)))
            || before.take(3).any(bankruptcy)
            || after.take(4).any(bankruptcy)
    }

    /// A title of two words whose second word alone is no role: "социального работника",
    /// "социалдык кызматкери" (a social worker of the state's social service); a bailiff,
    /// "судебного исполнителя", "сот аткаруучу" (an executor alone is no office).
    /// An officer named by the state body: "сотрудника милиции", "работник прокуратуры",
    /// "милиция кызматкери", "ИИБдин кызматкери" (a worker of a shop stays private).
    /// "инспектор по делам несовершеннолетних": the minors name the office, no child.
    fn names_minors_office(&self, t: usize) -> bool {
        self.tokens[t].norm.starts_with("несовершеннолетн")
            && self.tokens[..t]
                .iter()
                .rev()
                .find(|p| p.is_word())
                .is_some_and(|p| p.norm == "делам")
    }

    fn two_word_title(&self, t: usize) -> Option<Role> {
        if self.insolvency_title(t) {
            return Some(Role::Official);
        }
        let norm = self.tokens[t].norm.as_str();
        // The head of an archive or of a state body: "заведующего архивом", "Архив
        // башчысы", "начальник управления"; never of a shop ("заведующая магазином").
        let head = norm.starts_with("заведующ")
            || norm.starts_with("начальник")
            || norm.starts_with("башчы");
        if head {
            let prev = self.tokens[..t].iter().rev().find(|p| p.is_word());
            let next = self.tokens.get(t + 1).filter(|n| n.is_word());
            let office = |w: &Token| w.norm.starts_with("архив") || is_state_body_word(&w.norm);
            return (prev.is_some_and(|p| norm.starts_with("башчы") && office(p))
                || next.is_some_and(|n| !norm.starts_with("башчы") && office(n)))
            .then_some(Role::Official);
        }
        // A member of a commission acts in it: "члены комиссии Асанов и Бекова",
        // "комиссиянын мүчөсү Асанов".
        if norm.starts_with("член")
            && self
                .tokens
                .get(t + 1)
                .is_some_and(|n| n.norm.starts_with("комисси"))
            || norm.starts_with("мүчө")
                && self.tokens[..t]
                    .iter()
                    .rev()
                    .find(|p| p.is_word())
                    .is_some_and(|p| p.norm.starts_with("комиссия"))
        {
            return Some(Role::Official);
        }
        let worker = norm.starts_with("работник")
            || norm.starts_with("сотрудник")
            || norm.starts_with("кызматкер");
        // "судебного пристава-исполнителя" is one hyphenated word.
        if norm.starts_with("пристав") && norm.contains("-исполнител") {
            return Some(Role::Official);
        }
        let bailiff = norm.starts_with("исполнител") || norm.starts_with("аткаруучу");
        if !(worker || bailiff) {
            return None;
        }
        let prev = self.tokens[..t].iter().rev().find(|p| p.is_word())?;
        if bailiff {
            return (prev.norm.starts_with("судебн")
                || matches!(prev.norm.as_str(), "сот" | "соттук"))
            .then_some(Role::Official);
        }
        if prev.norm.starts_with("социальн") || prev.norm.starts_with("социалдык")
        {
            return Some(Role::Specialist);
        }
        let next = self.tokens.get(t + 1).filter(|n| n.is_word());
        (is_state_body_word(&prev.norm) || next.is_some_and(|n| is_state_body_word(&n.norm)))
            .then_some(Role::Official)
    }

    /// A specialist of a commercial bank named in the same sentence ("выпиской ОАО «… Банк»,
    /// подписанной ведущим специалистом Асановой", "«… Банк» көчүрмөсү менен тастыкталат
    /// (адис Асанов)") is the bank's employee, a private person. The National Bank is a
    /// state body.
    fn bank_employee(&self, cue_tok: usize, role: Role) -> Role {
        if role != Role::Specialist {
            return role;
        }
        let mut bank = false;
        for tok in self.tokens[cue_tok.saturating_sub(20)..cue_tok]
            .iter()
            .rev()
        {
            if matches!(tok.kind, TokenKind::Punct('.' | ';')) {
                break;
            }
            if tok.is_word() {
                if tok.norm.starts_with("национальн") || tok.norm.starts_with("улуттук")
                {
                    return role;
                }
                bank |= tok.norm.starts_with("банк");
            }
        }
        if bank { Role::ThirdParty } else { role }
    }

    /// A representative of a state body acts in office: "представитель Социального фонда",
    /// "представителя ответчика" / "жоопкердин өкүлү" when that party is a state body; the
    /// party looked for after the cue stands before the name at `name_start`.
    fn representative_role(&self, cue_tok: usize, role: Role, name_start: usize) -> Role {
        let words_before = || {
            self.tokens[..cue_tok]
                .iter()
                .rev()
                .filter(|t| t.is_word())
                .take(4)
        };
        let is_representative =
            |t: &Token| role_cue(&t.norm) == Some(Cue::Role(Role::Representative));
        if matches!(role, Role::Respondent | Role::Plaintiff) {
            // "представителя ответчика по доверенности Асановой": the nearest cue is the party.
            if words_before().take(2).any(is_representative) {
                return if self.state_parties.contains(&role) {
                    Role::Official
                } else {
                    Role::Representative
                };
            }
            return role;
        }
        if role != Role::Representative {
            return role;
        }
        let party_is_state = |t: &Token| {
            matches!(role_cue(&t.norm), Some(Cue::Role(party))
                if matches!(party, Role::Respondent | Role::Plaintiff)
                    && self.state_parties.contains(&party))
        };
        if words_before().any(party_is_state) {
            return Role::Official;
        }
        // Kyrgyz names the body first: "Каракол шаарынын мэриясынын өкүлү Асанов".
        if words_before().take(3).any(|t| is_state_body_word(&t.norm)) {
            return Role::Official;
        }
        if self.state_body_in_whose_person(cue_tok) {
            return Role::Official;
        }
        for tok in self.tokens[cue_tok + 1..]
            .iter()
            .filter(|t| t.is_word())
            .take(4)
        {
            if is_state_body_word(&tok.norm) {
                return Role::Official;
            }
            // The name ends the look ahead: a party named after it opens the next clause
            // ("доогердин өкүлү Асанова Б., жоопкердин өкүлү …").
            if tok.start >= name_start {
                break;
            }
            if let Some(Cue::Role(party)) = role_cue(&tok.norm)
                && matches!(party, Role::Respondent | Role::Plaintiff)
                && self.state_parties.contains(&party)
            {
                return Role::Official;
            }
        }
        role
    }

    /// "ответчик – мэрия г. Бишкек в лице представителя Асановой": the body the
    /// representative acts for stands before "в лице", in the same sentence, before any
    /// party's role word (the party of "ответчик ОсОО … в лице" is the company).
    fn state_body_in_whose_person(&self, cue_tok: usize) -> bool {
        let mut before = self.tokens[..cue_tok].iter().rev();
        if !(before.next().is_some_and(|t| t.norm == "лице")
            && before.next().is_some_and(|t| t.norm == "в"))
        {
            return false;
        }
        let start = cue_tok - 2;
        let mut words = 0;
        for k in (0..start).rev() {
            let tok = &self.tokens[k];
            let abbreviation_dot =
                tok.is_punct('.') && k > 0 && is_abbreviation(self.text, &self.tokens[k - 1]);
            if tok.is_punct(';') || tok.is_punct('.') && !abbreviation_dot {
                return false;
            }
            if !tok.is_word() {
                continue;
            }
            if is_state_body_word(&tok.norm) {
                return true;
            }
            words += 1;
            if words >= 6 || role_cue(&tok.norm).is_some() {
                return false;
            }
        }
        false
    }

    /// "поддержал представителя Асанова А.Ж.": a representative's title that names neither
    /// the party nor the body represented tells nothing about the person; the mention that
    /// named the body ("представитель Министерства финансов Асанова") decides.
    fn bare_representative(&self, cue_tok: usize, role: Role) -> bool {
        if role != Role::Representative || !self.tokens[cue_tok].norm.starts_with("представител")
        {
            return false;
        }
        let names_party = |t: &Token| {
            t.is_word()
                && (matches!(role_cue(&t.norm), Some(Cue::Role(r)) if r != Role::Representative)
                    || is_state_body_word(&t.norm)
                    || t.norm.starts_with("доверенност")
                    || t.norm.starts_with("интерес"))
        };
        let after = self.tokens[cue_tok + 1..]
            .iter()
            .filter(|t| t.is_word())
            .take(3)
            .any(names_party);
        let before = self.tokens[..cue_tok]
            .iter()
            .rev()
            .filter(|t| t.is_word())
            .take(2)
            .any(names_party);
        !after && !before
    }

    /// "адвоката ответчиков Асановой": a party noun in the plural cannot stand for the one
    /// person named after it, so the official title before it is that person's role.
    fn title_of_plural_party(&self, cue_tok: usize, role: Role) -> Role {
        if role.is_official() {
            return role;
        }
        let norm = self.tokens[cue_tok].norm.as_str();
        let plural = ["ов", "ев", "цов", "ых", "их"]
            .iter()
            .any(|e| norm.ends_with(e))
            || norm.ends_with("лардын")
            || norm.ends_with("лердин");
        if !plural {
            return role;
        }
        match self.tokens[..cue_tok].iter().rev().find(|t| t.is_word()) {
            Some(prev) => match role_cue(&prev.norm) {
                Some(Cue::Role(title)) if title.is_official() => title,
                _ => role,
            },
            None => role,
        }
    }

    /// A mention with more than a lone surname (initials, a given name) covers `pos`.
    fn full_mention_at(&self, pos: usize) -> bool {
        self.mentions.iter().rev().take(8).any(|m| {
            m.start <= pos
                && pos < m.end
                && !matches!(m.rule, "name.cued_surname" | "name.lone_surname")
        })
    }

    fn in_mention(&self, pos: usize) -> bool {
        self.mentions
            .iter()
            .rev()
            .take(8)
            .any(|m| m.start <= pos && pos < m.end)
    }

    /// Judges named in the act's metadata are officials wherever their name appears.
    fn apply_metadata(&mut self, judges: &[String]) {
        for judge in judges {
            let toks = crate::text::tokenize(judge);
            let surname = toks
                .iter()
                .filter(|t| t.is_word() && t.norm.chars().count() > 1)
                .map(|t| surname_key(self.dict, &t.norm))
                .next();
            let initials: Vec<char> = toks
                .iter()
                .filter(|t| t.is_word() && t.norm.chars().count() == 1)
                .filter_map(|t| first_upper(&t.norm))
                .collect();
            let Some(surname) = surname else { continue };
            for p in &mut self.persons {
                let same_surname = p.surname.as_deref() == Some(surname.as_str());
                let fi_ok = match (p.first_initial, initials.first()) {
                    (Some(a), Some(b)) => a == *b,
                    _ => true,
                };
                if same_surname && fi_ok {
                    p.from_metadata = true;
                }
            }
        }
    }

    /// Every other mention of each known person: any case form, surname alone, with
    /// initials on either side.
    fn propagate(&mut self) {
        let keys: Vec<(usize, String)> = self
            .persons
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                p.surname
                    .clone()
                    .filter(|s| !s.contains(' ') && s.chars().count() >= 2)
                    .map(|s| (i, s))
            })
            .collect();
        if keys.is_empty() {
            return;
        }
        for u in 0..self.units.len() {
            if self.taken[u] || self.units[u].kind != UnitKind::Word {
                continue;
            }
            let unit = &self.units[u];
            let raw = &self.text[unit.start..unit.end];
            if !(is_capitalized(raw) || is_all_caps(raw))
                || unit.class.allow && !unit.class.surname_dict
            {
                continue;
            }
            if self.next_word_is_institution(u) {
                continue;
            }
            let norm = self.norm(u);
            let stems = key_stems(norm);
            let folded = fold_spelling(norm);
            // Two-letter surnames (Ли, Ан) match only as written, never through a stem.
            let matches = |k: &str| {
                if k.chars().count() < 3 {
                    folded == k
                } else {
                    stems.iter().any(|s| s == k)
                }
            };
            let Some((_, key)) = keys.iter().find(|(_, k)| matches(k)) else {
                continue;
            };
            let key = key.clone();
            // Extend over initials on either side.
            let mut first = u;
            let mut last = u;
            let mut fi = None;
            let mut pi = None;
            let mut given = None;
            let after = self.initials_after(u);
            if after > 0 {
                fi = self.initial(u + 1);
                pi = (after == 2).then(|| self.initial(u + 2)).flatten();
                last = u + after;
            } else if let Some(next) = self
                .joined_word(u + 1)
                .filter(|c| c.nameish && (c.first || !c.surname_like()) && !c.marker)
            {
                // "Шахину Озану": the known surname followed by a given name (and maybe a
                // patronymic) is one mention.
                last = u + 1;
                fi = first_upper(self.norm(u + 1));
                given = Some(self.norm(u + 1).to_string());
                if !next.patronymic
                    && self
                        .joined_word(u + 2)
                        .is_some_and(|c| c.nameish && c.patronymic)
                {
                    last = u + 2;
                    pi = first_upper(self.norm(u + 2));
                }
            } else if u >= 1 && self.initial(u - 1).is_some() && self.units[u].joined {
                if u >= 2 && self.initial(u - 2).is_some() && self.units[u - 1].joined {
                    first = u - 2;
                    fi = self.initial(u - 2);
                    pi = self.initial(u - 1);
                } else {
                    first = u - 1;
                    fi = self.initial(u - 1);
                }
            }
            // "Заемщик Тян не погасил", "поручитель Тян пояснила": a surname of no gender
            // of its own takes the gender of its verb, which tells apart relatives.
            let gender = surname_gender(norm, self.kyrgyz_at(self.units[u].start))
                .or_else(|| {
                    (first == last)
                        .then(|| self.gender_of_a_governed_surname(u))
                        .flatten()
                })
                .or_else(|| self.context_gender(first, last));
            let probe = Person {
                surname: Some(key),
                first: given,
                first_initial: fi,
                patronymic_initial: pi,
                gender,
                ..Person::default()
            };
            let start = self.units[first].start;
            let (deceased, owner) = self.death_context(start, self.units[last].end);
            let probe = Person { deceased, ..probe };
            let person = self.link(probe, start, None, deceased || owner);
            for k in first..=last {
                self.taken[k] = true;
            }
            self.mentions.push(Mention {
                start,
                end: self.units[last].end,
                person,
                rule: "name.propagated",
                confidence: 0.9,
            });
        }
    }
}

impl NameFinder<'_> {
    /// A private person introduced with the given name is later named by it alone, in any
    /// case form ("передала карту Исламу", "Вера коңшу катары"): every other capitalized
    /// form of that given name is a mention of that person. Not before a street word
    /// ("Айтматова көчөсү"), and a given name that is also a common word ("Вера", "Бакыт")
    /// not at the start of a sentence.
    fn propagate_given_names(&mut self) {
        // (person, stems of the given name, an official, named in full: surname and given
        // name, and the patronymic where the act gives one).
        let named: Vec<(usize, Vec<String>, bool, bool)> = self
            .persons
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let first = p.first.as_deref().filter(|f| f.chars().count() >= 3)?;
                // "Шахин Озан": a foreign name has no patronymic to give.
                let full = p.surname.is_some()
                    && (p.patronymic.is_some() || p.patronymic_initial.is_none());
                Some((i, given_stems(first), p.role().is_official(), full))
            })
            .collect();
        if !named.iter().any(|(_, _, official, _)| !official) {
            return;
        }
        for u in 0..self.units.len() {
            if self.taken[u] || self.units[u].kind != UnitKind::Word {
                continue;
            }
            let unit = &self.units[u];
            let class = unit.class;
            let raw = &self.text[unit.start..unit.end];
            // A given name no list knows ("Гульнисахан", "Мерьемгуль") is one when the act
            // names a person in full with it; a word of the language never is.
            let learned = !class.first && !class.allow && !class.surname_dict;
            // A given name that names a place too ("Улан", a microdistrict) is the person's
            // unless a word of a place follows it.
            let place = class.place
                && (!class.first
                    || self.place_word_after(u)
                    || self.tokens.get(unit.tok + 1).is_some_and(|t| {
                        ["кичи", "микрорайон", "мкр", "конуш", "массив", "жилмассив"]
                            .iter()
                            .any(|p| t.norm.starts_with(p))
                    }));
            if !class.nameish || !(class.first || learned) || place || !is_capitalized(raw) {
                continue;
            }
            if class.allow && self.starts_sentence(u) {
                continue;
            }
            if self.next_word_is_institution(u) {
                continue;
            }
            let stems = given_stems(self.norm(u));
            // Acts name officials by surname and initials, never by the given name alone,
            // so a private person sharing the name wins.
            let Some(&(person, _, _, _)) = named.iter().find(|(_, ps, official, full)| {
                !official && (!learned || *full) && ps.iter().any(|s| stems.contains(s))
            }) else {
                continue;
            };
            self.taken[u] = true;
            let (start, end) = (unit.start, unit.end);
            // Right before or after a mention of the same person ("Айнисахан Турсунова",
            // "Турсунова Айнисахан"): one mention, one pseudonym.
            let next_start = self.joined(u + 1).map(|n| n.start);
            let prev_end = (u > 0 && unit.joined).then(|| self.units[u - 1].end);
            if let Some(m) = self.mentions.iter_mut().find(|m| {
                m.person == person && (Some(m.start) == next_start || Some(m.end) == prev_end)
            }) {
                m.start = m.start.min(start);
                m.end = m.end.max(end);
                continue;
            }
            self.mentions.push(Mention {
                start,
                end,
                person,
                rule: "name.given_name_propagated",
                confidence: 0.8,
            });
        }
    }

    /// "Свидетель показала, что видела Б.Ж.": two initials alone, with no surname or other
    /// initial beside them, name the one person of the act whose given name and patronymic
    /// begin so. Initials of two persons stay as they are.
    fn propagate_initials(&mut self) {
        let initials_of = |p: &Person| {
            let fi = p
                .first_initial
                .or_else(|| p.first.as_deref().and_then(first_upper))?;
            let pi = p
                .patronymic_initial
                .or_else(|| p.patronymic.as_deref().and_then(first_upper))?;
            Some((fi, pi))
        };
        let known: Vec<(usize, (char, char))> = self
            .persons
            .iter()
            .enumerate()
            .filter_map(|(i, p)| initials_of(p).map(|ini| (i, ini)))
            .collect();
        if known.is_empty() {
            return;
        }
        let capitalized_unit = |u: &Unit| self.text[u.start..].starts_with(char::is_uppercase);
        for u in 0..self.units.len().saturating_sub(1) {
            let (Some(a), Some(b)) = (self.initial(u), self.joined_initial(u + 1)) else {
                continue;
            };
            let alone_before = !self.units[u].joined
                || u == 0
                || self.units[u - 1].kind == UnitKind::Word
                    && !capitalized_unit(&self.units[u - 1]);
            let alone_after = self
                .units
                .get(u + 2)
                .is_none_or(|n| !n.joined || !capitalized_unit(n));
            if !alone_before || !alone_after {
                continue;
            }
            let mut matching = known.iter().filter(|(_, ini)| *ini == (a, b));
            let (Some(&(person, _)), None) = (matching.next(), matching.next()) else {
                continue;
            };
            self.taken[u] = true;
            self.taken[u + 1] = true;
            self.mentions.push(Mention {
                start: self.units[u].start,
                end: self.units[u + 1].end,
                person,
                rule: "name.initials_propagated",
                confidence: 0.75,
            });
        }
    }

    /// A social-network account name right after a party's role word ("в аккаунте
    /// ответчика @asan_b", "жоопкердин @asan_b аккаунтунда") names that party: a mention of
    /// the one person of that role, or of a person of its own when the act has none or
    /// several. An e-mail address has a name before its '@' and is no account name.
    fn social_handles(&mut self) {
        let text = self.text;
        let mut from = 0;
        while let Some(p) = text[from..].find('@') {
            let at = from + p;
            from = at + 1;
            if text[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '+'))
            {
                continue;
            }
            let rest = &text[at + 1..];
            let len = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
                .unwrap_or(rest.len());
            let handle = rest[..len].trim_end_matches('.');
            if handle.len() < 3 || !handle.chars().any(|c| c.is_ascii_alphabetic()) {
                continue;
            }
            let end = at + 1 + handle.len();
            if self.excluded.iter().any(|&(s, e)| s < end && at < e)
                || self.mentions.iter().any(|m| m.start < end && at < m.end)
            {
                continue;
            }
            let before = self.tokens.partition_point(|t| t.start < at);
            let role = self.tokens[..before]
                .iter()
                .rev()
                .find(|t| !matches!(t.kind, TokenKind::Punct(':' | ',')))
                .filter(|t| t.is_word())
                .and_then(|t| role_cue(&t.norm))
                .map(|Cue::Role(r)| r)
                .filter(|r| !r.is_official() && *r != Role::Unknown);
            let Some(role) = role else {
                continue;
            };
            let of_role: Vec<usize> = (0..self.persons.len())
                .filter(|&i| self.persons[i].role() == role)
                .collect();
            let person = if let [only] = of_role[..] {
                only
            } else {
                self.persons.push(Person {
                    private_cues: vec![role],
                    ..Person::default()
                });
                self.persons.len() - 1
            };
            self.mentions.push(Mention {
                start: at,
                end,
                person,
                rule: "name.social_handle",
                confidence: 0.8,
            });
        }
    }

    /// "надзора Асанова Олжобая", "Асанова Шакен Ысык-Көл облусу": a name-like word right
    /// after a mention of a person whose given name it is, or that begins with the person's
    /// first initial while the given name is not known, is that given name, even in a form
    /// no dictionary knows (Олжобай → Олжобая).
    fn extend_with_given_names(&mut self) {
        let mut mentions = std::mem::take(&mut self.mentions);
        for m in &mut mentions {
            let u = self.units.partition_point(|u| u.start < m.end);
            if u == 0 || u >= self.units.len() {
                continue;
            }
            if self.taken[u] || !self.units[u].joined || self.units[u].kind != UnitKind::Word {
                continue;
            }
            let unit = &self.units[u];
            let c = unit.class;
            let raw = &self.text[unit.start..unit.end];
            let p = &self.persons[m.person];
            // Only after a surname: a mention that already ends in a given name or
            // initials is complete.
            let prev = &self.units[u - 1];
            let last_is_surname = prev.end == m.end
                && prev.kind == UnitKind::Word
                && p.surname.as_deref().is_some_and(|k| {
                    key_stems(&self.tokens[prev.tok].norm)
                        .iter()
                        .any(|s| s == k)
                });
            let norm = self.norm(u);
            // "ЧЭНЬ БО": a short given name in capitals reads like an abbreviation, but after
            // the surname it is the person's known given name all the same.
            let known_in_capitals = c.allcaps
                && !c.marker
                && !is_stop_word(norm)
                && p.first.as_deref().is_some_and(|f| same_given_name(f, norm));
            if !last_is_surname
                || !is_capitalized(raw)
                || !(c.nameish || known_in_capitals)
                || c.place
                || c.allow
                || c.patronymic
                || c.marker
                || self.next_word_is_institution(u)
            {
                continue;
            }
            // The given name the act already gave this person, or, when only the initial is
            // known, a word of no surname's look that starts with it.
            let given = match (&p.first, p.first_initial) {
                (Some(f), _) => same_given_name(f, norm),
                (None, Some(fi)) => first_upper(norm) == Some(fi) && !c.surname_like(),
                (None, None) => false,
            };
            if !given {
                continue;
            }
            m.end = unit.end;
            self.taken[u] = true;
        }
        self.mentions = mentions;
    }

    /// "Арендатор обязан … . Арендатор Б.Б. Асанов": a word that opens a sentence, that
    /// the surname list holds but no surname shape, given name or patronymic explains, and
    /// that the act also writes in lowercase, is a common noun of the act (the surname list
    /// holds many: "Продавец", "Опекун").
    fn common_noun_of_the_act(&self, u: usize) -> bool {
        let c = self.units[u].class;
        let only_the_surname_list =
            c.surname_dict && !c.surname_shape && !c.first && !c.patronymic && !c.allcaps;
        if !only_the_surname_list || !self.starts_sentence(u) {
            return false;
        }
        let norm = self.norm(u);
        self.tokens.iter().any(|t| {
            t.is_word()
                && t.norm == norm
                && self.text[t.start..t.end].starts_with(char::is_lowercase)
        })
    }

    /// Unit `u` opens a sentence: nothing but a full stop (or `!`, `?`, `:`) or the start
    /// of the text before it.
    fn starts_sentence(&self, u: usize) -> bool {
        let tok = self.units[u].tok;
        match self.tokens[..tok]
            .iter()
            .rev()
            .find(|t| !t.is_punct('«') && !t.is_punct('"'))
        {
            None => true,
            Some(t) => matches!(t.kind, TokenKind::Punct('.' | '!' | '?' | ':' | ';')),
        }
    }
}

/// Gender of a kinship noun in the nominative: "мать подсудимого Асанова" is a woman.
/// A party to the case or a witness: the roles a cue before a lone surname names.
fn is_party(r: Role) -> bool {
    use Role::{Defendant, Plaintiff, Respondent, Victim, Witness};
    matches!(r, Defendant | Victim | Witness | Plaintiff | Respondent)
}

/// Roles one person cannot hold in one act: the accused is no witness and no victim of
/// the same case, and a witness is none of the parties. A victim may be the civil
/// plaintiff and the accused the civil respondent, so those pairs go together.
fn roles_exclude(a: Role, b: Role) -> bool {
    use Role::{Defendant, Plaintiff, Respondent, Victim, Witness};
    let exclusive = |x: Role, y: Role| {
        x == Witness && matches!(y, Defendant | Victim | Plaintiff | Respondent)
            || x == Defendant && y == Victim
    };
    exclusive(a, b) || exclusive(b, a)
}

fn kinship_gender(norm: &str) -> Option<Gender> {
    match norm {
        "мать" | "сестра" | "дочь" | "жена" | "супруга" | "бабушка" | "тетя" => {
            Some(Gender::Female)
        }
        "отец" | "брат" | "сын" | "муж" | "супруг" | "дедушка" | "дядя" => {
            Some(Gender::Male)
        }
        _ => None,
    }
}

/// Named by the given name and patronymic only ("Айгуль Кадыровна").
/// "Садыкова Айпери Бакыт кызы" and later "Айпери Бакыт кызынын": the given name and the
/// father's name with its marker name the person whose given name and father's name they
/// are, also without the surname.
fn father_marker_alias(marked: &Person, full: &Person) -> bool {
    let Some(father) = marked
        .surname
        .as_deref()
        .and_then(|s| s.strip_suffix(" уулу/кызы"))
    else {
        return false;
    };
    let (Some(a), Some(b)) = (marked.first.as_deref(), full.first.as_deref()) else {
        return false;
    };
    let Some(patronymic) = full.patronymic.as_deref() else {
        return false;
    };
    full.surname
        .as_deref()
        .is_some_and(|s| !s.ends_with(" уулу/кызы"))
        && same_given_name(a, b)
        && given_stems(patronymic)
            .iter()
            .any(|s| given_stems(father).contains(s))
        && !matches!((marked.gender, full.gender), (Some(x), Some(y)) if x != y)
}

fn named_by_given_and_patronymic(p: &Person) -> bool {
    p.surname.is_none() && p.first.is_some() && p.patronymic.is_some()
}

/// Named by the surname and both initials only ("А.К. Бекназарова").
fn named_by_surname_and_initials(p: &Person) -> bool {
    p.surname.is_some()
        && p.first.is_none()
        && p.patronymic.is_none()
        && p.first_initial.is_some()
        && p.patronymic_initial.is_some()
}

/// Named by the surname and the given name, without a patronymic ("Токтосуновой Жибек").
fn named_by_surname_and_given(p: &Person) -> bool {
    p.surname.is_some() && p.first.is_some() && p.patronymic.is_none()
}

/// The words between a person's name and a relative's: "с сыном", "и его дочь",
/// "вместе с супругой", "со своей матерью" (a kinship word last, linking words before).
fn names_a_relative_next(gap: &str) -> bool {
    const LINKS: &[&str] = &[
        "с",
        "со",
        "и",
        "вместе",
        "его",
        "ее",
        "её",
        "их",
        "своим",
        "своей",
        "своими",
        "жана",
        "менен",
    ];
    let words: Vec<String> = gap
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let Some((kin, links)) = words.split_last() else {
        return false;
    };
    !links.is_empty()
        && links.len() <= 3
        && links.iter().all(|w| LINKS.contains(&w.as_str()))
        && crate::lexicon::role_cue(kin) == Some(crate::lexicon::Cue::Role(Role::ThirdParty))
}

/// Named by the given name alone ("Роман"), so far.
fn named_by_given_name_only(p: &Person) -> bool {
    p.surname.is_none()
        && p.first.is_some()
        && p.patronymic.is_none()
        && p.patronymic_initial.is_none()
}

/// Named by initials alone ("Б.Р."), so far.
fn named_by_initials_only(p: &Person) -> bool {
    p.surname.is_none()
        && p.first.is_none()
        && p.patronymic.is_none()
        && p.first_initial.is_some()
        && p.patronymic_initial.is_some()
}

/// Letters to insert, delete or replace to turn one word into the other.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != *cb))
                .min(above + 1)
                .min(row[j] + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

/// The word for a surname ("фамилия", "фамилиясы", "ФИО") among the four words before
/// `at`, in the same sentence: a quotation at `at` then holds a person's surname as a
/// document spells it ("фамилия отца записана как «Асанв»"), not an organization's name.
pub(crate) fn surname_word_before(text: &str, at: usize) -> bool {
    let before = &text[..at];
    // Four words fit in the last 120 characters.
    let window = before
        .char_indices()
        .rev()
        .take(120)
        .last()
        .map_or(0, |(p, _)| p);
    let before = &before[window..];
    let clause_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '.' | ';' | '!' | '?' | '»' | '”'))
        .map_or(0, |(p, c)| p + c.len_utf8());
    before[clause_start..]
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .rev()
        .take(4)
        .any(|w| {
            let w = w.to_lowercase();
            w.starts_with("фамили") || w == "фио"
        })
}

/// The words of a representative's mandate set off after a listed name: "действующей на
/// основании доверенности, выданной от 4 февраля 2012 года".
fn is_mandate_word(norm: &str) -> bool {
    norm.starts_with("действующ")
        || norm.starts_with("доверенност")
        || norm.starts_with("выданн")
        || matches!(
            norm,
            "основании"
                | "от"
                | "на"
                | "г"
                | "года"
                | "января"
                | "февраля"
                | "марта"
                | "апреля"
                | "мая"
                | "июня"
                | "июля"
                | "августа"
                | "сентября"
                | "октября"
                | "ноября"
                | "декабря"
        )
}

/// A short lowercase word before a dot: "г.", "ул.", "обл.", "им.".
fn is_abbreviation(text: &str, tok: &Token) -> bool {
    tok.is_word()
        && tok.norm.chars().count() <= 4
        && text[tok.start..tok.end].chars().all(char::is_lowercase)
}

/// A Russian perfective gerund in lowercase ("рассмотрев", "заслушав", "изучив",
/// "исследовав"): the opening of a clause of its own in the preamble of an act.
fn is_gerund(text: &str, tok: &Token) -> bool {
    const ENDS: &[&str] = &["ав", "ев", "ив", "ыв", "яв", "вшись"];
    tok.norm.chars().count() >= 6
        && ENDS.iter().any(|e| tok.norm.ends_with(e))
        && text[tok.start..tok.end].chars().all(char::is_lowercase)
}

/// Finite verbs and infinitives of Russian and Kyrgyz legal prose ("признать", "установил",
/// "назначить", "карады"); nouns and adjectives do not end like this.
fn looks_like_verb(norm: &str) -> bool {
    const ENDS: &[&str] = &[
        "ть", "ться", "л", "ла", "ло", "ли", "лся", "лась", "ет", "ит", "ут", "ют", "ат", "ят",
        "ешь", "ишь", "ды", "ди", "ган", "гон", "ген", "кан", "кен",
    ];
    ENDS.iter().any(|e| norm.ends_with(e))
}

/// Words that name a state body or its part.
fn is_state_body_word(norm: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "мэри",
        "министерств",
        "министрлиг",
        "управлени",
        "башкармалыг",
        "фонд",
        "соцфонд",
        "служб",
        "кызмат",
        "комитет",
        "окмоту",
        "государствен",
        "мамлекет",
        "инспекци",
        "департамент",
        "агентств",
        "милици",
        "прокуратур",
        "администраци",
        "аким",
        "казначейств",
        "налогов",
        "салык",
        "таможн",
        "бажы",
        "гувд",
        "увд",
        "мвд",
        "ички",
        "гкнб",
        "гнс",
        "бөлүм",
        "отдел",
        "попечительств",
        "камкорчулук",
        "соцзащит",
        "камкордук",
        // A correctional institution: "Исправительного учреждения", "Түзөтүү мекемесинин"
        // (an institution alone, "мекеме", may be a shop).
        "исправительн",
        "түзөтүү",
        "колони",
        "пробаци",
        // "айыл өкмөтүнүн" (the Kyrgyz spelling of "айыл окмоту"); the penitentiary and
        // registration services, the Kyrgyz police ("ИИБ") by their abbreviations.
        "өкмөт",
        "гсин",
        "гуин",
        "грс",
        "ииб",
    ];
    // Grouped by their first letters: a word is compared with the one or two that share them.
    static BY_FIRST_CHARS: std::sync::LazyLock<crate::lexicon::PrefixIndex<()>> =
        std::sync::LazyLock::new(|| {
            crate::lexicon::PrefixIndex::new(PREFIXES.iter().map(|&p| (p, ())))
        });
    // "органа опеки", never "опекун" (a guardian is a private person); "органынын", never
    // "организация" (a company may be private).
    BY_FIRST_CHARS.first_prefix_of(norm).is_some()
        || matches!(norm, "опека" | "опеки" | "опеке" | "опеку" | "опекой")
        || norm.starts_with("орган") && !norm.starts_with("организ") && !norm.starts_with("органич")
}

/// Persons an institution is named after: "СОШ имени К. Асанова", "школа-гимназия им. Б.
/// Осмонова", "Б. Осмонов атындагы № 5 орто мектеби", "Токтогул Сатылганов атындагы". The
/// byte range of each such name: the person in an institution's name is no participant.
/// Not "от имени Асанова" (on behalf of) nor "по имени Бакыт" (by name).
pub fn named_after_persons(
    text: &str,
    tokens: &[Token],
    dict: &Dictionaries,
) -> Vec<(usize, usize)> {
    let capitalized = |t: &Token| t.is_word() && is_capitalized(&text[t.start..t.end]);
    let initial_at = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.is_word()
                && t.norm.chars().count() == 1
                && text[t.start..t.end].chars().all(char::is_uppercase)
        }) && tokens.get(k + 1).is_some_and(|d| d.is_punct('.'))
    };
    let given = |norm: &str| dict.classes_of(&candidate_stems(norm)).first_name;
    let mut out = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        if !t.is_word() {
            continue;
        }
        let prev_word = tokens[..k].iter().rev().find(|p| p.is_word());
        let forward_from = match t.norm.as_str() {
            "имени"
                if !prev_word.is_some_and(|p| {
                    matches!(
                        p.norm.as_str(),
                        "от" | "по" | "своего" | "его" | "ее" | "её"
                    )
                }) =>
            {
                Some(k + 1)
            }
            // "им." is also the pronoun at a sentence end: only before initials, or after an
            // institution's abbreviation or name ("СОШ им.", "гимназии им.").
            "им" if tokens.get(k + 1).is_some_and(|d| d.is_punct('.'))
                && (initial_at(k + 2)
                    || prev_word.is_some_and(|p| {
                        is_all_caps(&text[p.start..p.end]) && p.norm.chars().count() >= 2
                            || names_an_institution(&p.norm)
                    })) =>
            {
                Some(k + 2)
            }
            _ => None,
        };
        if let Some(mut j) = forward_from {
            let start = tokens.get(j).map(|t| t.start);
            let mut initials = 0;
            while initials < 2 && initial_at(j) {
                j += 2;
                initials += 1;
            }
            let Some(w) = tokens.get(j).filter(|w| capitalized(w)) else {
                continue;
            };
            let mut end = w.end;
            // "имени Токтогула Сатылганова": a given name, then the surname.
            if initials == 0
                && given(&w.norm)
                && let Some(n) = tokens.get(j + 1).filter(|n| capitalized(n))
                && only_space_between(text, w.end, n.start)
            {
                end = n.end;
            }
            if let Some(start) = start {
                out.push((start, end));
            }
            continue;
        }
        if t.norm.starts_with("атындагы") {
            let Some(k0) = k.checked_sub(1).filter(|&p| capitalized(&tokens[p])) else {
                continue;
            };
            let mut start = tokens[k0].start;
            let mut j = k0;
            let mut initials = 0;
            while initials < 2 && j >= 2 && initial_at(j - 2) {
                j -= 2;
                initials += 1;
                start = tokens[j].start;
            }
            if initials == 0
                && j >= 1
                && capitalized(&tokens[j - 1])
                && given(&tokens[j - 1].norm)
                && only_space_between(text, tokens[j - 1].end, tokens[j].start)
            {
                start = tokens[j - 1].start;
            }
            out.push((start, tokens[k0].end));
        }
    }
    out
}

/// Words that name an institution that may bear a person's name: schools, universities,
/// hospitals, theatres.
fn names_an_institution(norm: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "школ",
        "гимнази",
        "лице",
        "университет",
        "институт",
        "академи",
        "колледж",
        "училищ",
        "больниц",
        "центр",
        "библиотек",
        "театр",
        "стадион",
        "сош",
        "мектеб",
        "фонд",
    ];
    PREFIXES.iter().any(|p| norm.starts_with(p)) || norm.contains("-гимнази")
}

/// Plaintiff or respondent described as a state body within a few words of the role word:
/// "ответчику – Мэрии г. Бишкек", "жоопкер Социалдык фонд". `cues`: the [`role_cue`] of
/// each token (None for a token that is no word).
fn state_parties(tokens: &[Token], cues: &[Option<Cue>]) -> Vec<Role> {
    let mut parties = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if !t.is_word() {
            continue;
        }
        let Some(Cue::Role(role)) = cues[i] else {
            continue;
        };
        if !matches!(role, Role::Respondent | Role::Plaintiff) || parties.contains(&role) {
            continue;
        }
        let words: Vec<&Token> = tokens[i + 1..]
            .iter()
            .take_while(|t| !t.is_punct('.') && !t.is_punct(';'))
            .filter(|t| t.is_word())
            .take(6)
            .collect();
        // "освобождения ответчика от уплаты государственной пошлины": the state fee is
        // no state body.
        let near_state_body = words.iter().enumerate().any(|(k, t)| {
            is_state_body_word(&t.norm)
                && !words
                    .get(k + 1)
                    .is_some_and(|n| n.norm.starts_with("пошлин") || n.norm.starts_with("алым"))
        });
        if near_state_body {
            parties.push(role);
        }
    }
    // The words of the act, for both questions below (listed once, when one is asked: the
    // parties hold only these two roles).
    let words: Vec<&Token> = if parties.len() < 2 {
        tokens.iter().filter(|t| t.is_word()).collect()
    } else {
        Vec::new()
    };
    // The body a claim is brought against is the respondent: "Асанованын Бишкек шаарынын
    // мэриясына карата арызы", "по иску Асанова к Мэрии города".
    if !parties.contains(&Role::Respondent) {
        let against = words.iter().enumerate().any(|(k, t)| {
            (t.norm == "карата"
                && words[k.saturating_sub(3)..k]
                    .iter()
                    .any(|w| is_state_body_word(&w.norm)))
                || (t.norm == "к"
                    && words[k.saturating_sub(8)..k]
                        .iter()
                        .any(|w| w.norm == "иску" || w.norm == "заявлению")
                    && words[k + 1..]
                        .iter()
                        .take(3)
                        .any(|w| is_state_body_word(&w.norm)))
        });
        if against {
            parties.push(Role::Respondent);
        }
    }
    // The body that brings the claim is the plaintiff: "по иску Управления налоговой
    // службы к Асановой", "Салык кызматынын башкармалыгынын Асановго карата доосу".
    if !parties.contains(&Role::Plaintiff) {
        let claimant = words.iter().enumerate().any(|(k, t)| {
            (matches!(t.norm.as_str(), "иску" | "заявлению")
                && words[k + 1..]
                    .iter()
                    .take(3)
                    .take_while(|w| w.norm != "к")
                    .any(|w| is_state_body_word(&w.norm)))
                || (t.norm == "карата"
                    && words[k + 1..]
                        .iter()
                        .take(8)
                        .any(|w| w.norm.starts_with("доо") || w.norm.starts_with("арыз"))
                    && words[k.saturating_sub(10)..k]
                        .iter()
                        .any(|w| is_state_body_word(&w.norm) && is_kyrgyz_genitive(&w.norm)))
        });
        if claimant {
            parties.push(Role::Plaintiff);
        }
    }
    parties
}

/// A Kyrgyz noun in the genitive ("башкармалыгынын", "кызматынын"): the owner of what
/// follows, here of the claim.
fn is_kyrgyz_genitive(norm: &str) -> bool {
    [
        "нын", "нин", "нун", "нүн", "дын", "дин", "дун", "дүн", "тын", "тин", "тун", "түн",
    ]
    .iter()
    .any(|end| norm.ends_with(end))
}

/// Words after a capitalized word that make it part of an institution's or a statute's name
/// ("Октябрьский районный суд", "Трудового кодекса", "Свердлов райондук").
pub(crate) fn is_institution_word(norm: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "район",
        "райондук",
        "городск",
        "шаардык",
        "областн",
        "облустук",
        "кодекс",
        "көчө",
        "улиц",
        "проспект",
        "бульвар",
        "переул",
        "айылдык",
        "межрайонн",
        "военн",
        "сельск",
        "поселков",
        "управ",
        "айыл",
        "кыштак",
        "шаарча",
        "кенеш",
        "кеңеш",
        // "гражданина Российской Федерации", "Казакстан Республикасынын": a country.
        "федерац",
        "республик",
    ];
    // "управляя автомашиной" is a verb, not "управление".
    PREFIXES.iter().any(|p| norm.starts_with(p)) && !norm.starts_with("управля")
}

/// The verb of an appointment: "назначить", "утвердить", "назначил", Kyrgyz "дайындоо".
fn is_appointment_verb(norm: &str) -> bool {
    ["назнач", "утверд", "утвержд", "дайында", "бекит"]
        .iter()
        .any(|p| norm.starts_with(p))
}

/// The second word of a Kyrgyz title: "төрагалык кылуучу", "төрагалык кылган".
fn is_title_tail(norm: &str) -> bool {
    matches!(norm, "кылуучу" | "кылган" | "кылып" | "кылуучунун")
}

/// The stem under which a surname's forms meet: the dictionary's stem when the word is in
/// the dictionary, else the stem of a surname-shaped candidate, else the Russian stem.
pub fn surname_key(dict: &Dictionaries, norm: &str) -> String {
    let stems = candidate_stems(norm);
    let key = if let Some(s) = stems
        .iter()
        .rev()
        .find(|s| dict.is_surname(s) && has_surname_shape(s))
    {
        strip_russian(s)
    } else if let Some(s) = stems.iter().rev().find(|s| has_surname_shape(s)) {
        strip_russian(s)
    } else if let Some(s) = stems.iter().find(|s| dict.is_surname(s)) {
        // Short surnames of no Russian shape under a Kyrgyz suffix: "Тенге", "Кимдин". The
        // least stripped stem the dictionary knows: "Аврамука" is Аврамук's, although
        // stripping "-ка" and "-у" leaves another surname (Аврам).
        strip_russian(s)
    } else {
        strip_russian(norm)
    };
    fold_spelling(key)
}

/// Two forms of a given name or patronymic (any Russian or Kyrgyz case) of one name:
/// "Канат" / "Канатка" / "Канаттын", "Жолдошбекович" / "Жолдошбековичке",
/// "Турсуновна" / "Турсуновнадан". They meet when some candidate stems coincide.
fn same_given_name(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let sa = given_stems(a);
    let sb = given_stems(b);
    sa.iter().any(|x| sb.contains(x))
}

/// Every stem a given name's form may have: each Russian ending that fits is tried, not
/// only the longest ("Николая" is "Никол-ая" and "Никола-я"; "Николай" is "Никола-й"),
/// also under a Kyrgyz suffix.
fn given_stems(norm: &str) -> Vec<String> {
    const ENDINGS: &[&str] = &[
        "ами", "ями", "ою", "ею", "ой", "ей", "ом", "ем", "ым", "им", "ую", "юю", "ая", "яя", "ий",
        "ый", "а", "я", "у", "ю", "ы", "и", "е", "ь", "й",
    ];
    let mut out = Vec::new();
    for base in key_stems(norm) {
        // Only the endings that end in the base's last byte can fit: no other is compared.
        let last = base.as_bytes().last();
        for e in ENDINGS.iter().filter(|e| e.as_bytes().last() == last) {
            if let Some(stem) = base.strip_suffix(e)
                && stem.chars().count() >= 3
                && !out.iter().any(|s: &String| s == stem)
            {
                out.push(stem.to_string());
            }
        }
        if !out.contains(&base) {
            out.push(base);
        }
    }
    out
}

/// Gender of a role word: adjectival forms ("потерпевшая", "подсудимого") and feminine
/// nouns ("истица", "гражданка", "заявительница"); masculine nouns tell nothing.
fn cue_word_gender(norm: &str) -> Option<Gender> {
    const FEMALE_NOUN: &[&str] = &["ица", "ицы", "ице", "ицу", "ицей", "ицею"];
    if norm.starts_with("гражданк") || FEMALE_NOUN.iter().any(|e| norm.ends_with(e)) {
        return Some(Gender::Female);
    }
    const ADJECTIVAL: &[&str] = &[
        "подсудим",
        "потерпевш",
        "осужденн",
        "осуждённ",
        "обвиняем",
        "подозреваем",
        "оправданн",
        "умерш",
    ];
    let stem = ADJECTIVAL.iter().find(|p| norm.starts_with(*p))?;
    let ending = &norm[stem.len()..];
    match ending {
        "ая" | "ой" | "ую" | "ей" | "ею" => Some(Gender::Female),
        "ый" | "ого" | "ому" | "ий" | "его" | "ему" => Some(Gender::Male),
        _ => None,
    }
}

/// A Russian past-tense verb agrees with its subject: "пояснила", "обратилась" (a woman),
/// "пояснил", "обратился" (a man).
fn past_tense_gender(norm: &str) -> Option<Gender> {
    const VOWELS: &[char] = &['а', 'е', 'и', 'о', 'у', 'ы', 'я'];
    let vowel_before = |w: &str, suffix: &str| {
        w.strip_suffix(suffix)
            .and_then(|b| b.chars().last())
            .is_some_and(|c| VOWELS.contains(&c))
            && w.chars().count() >= suffix.chars().count() + 3
    };
    if vowel_before(norm, "ла") || vowel_before(norm, "лась") {
        Some(Gender::Female)
    } else if vowel_before(norm, "л") || vowel_before(norm, "лся") {
        Some(Gender::Male)
    } else {
        None
    }
}

/// Kyrgyz and Kazakh letters written with their Russian look-alikes (ү/у, ө/о, ң/н…) and
/// Latin letters typed inside a Cyrillic word ("Oсмонова") are one spelling for matching.
pub fn fold_spelling(word: &str) -> String {
    fold_spelling_cow(word).into_owned()
}

/// [`fold_spelling`], borrowing a word that has no letter to fold.
fn fold_spelling_cow(word: &str) -> std::borrow::Cow<'_, str> {
    // Most words hold no letter that folds: kept as they are (with `cyrillic` set, every
    // letter that may fold is asked).
    if word.chars().all(|c| fold_spelling_char(c, true) == c) {
        return std::borrow::Cow::Borrowed(word);
    }
    let cyrillic = word.chars().any(|c| ('а'..='я').contains(&c) || c == 'ё');
    word.chars()
        .map(|c| fold_spelling_char(c, cyrillic))
        .collect()
}

/// One char of [`fold_spelling`]; Latin lookalikes fold only in a Cyrillic word.
fn fold_spelling_char(c: char, cyrillic: bool) -> char {
    match c {
        'ү' | 'ұ' => 'у',
        'ө' => 'о',
        'ң' => 'н',
        'ә' => 'а',
        'ғ' => 'г',
        'қ' => 'к',
        'і' => 'и',
        'һ' => 'х',
        'a' if cyrillic => 'а',
        'e' if cyrillic => 'е',
        'o' if cyrillic => 'о',
        'p' if cyrillic => 'р',
        'c' if cyrillic => 'с',
        'x' if cyrillic => 'х',
        'y' if cyrillic => 'у',
        'k' if cyrillic => 'к',
        'm' if cyrillic => 'м',
        't' if cyrillic => 'т',
        'h' if cyrillic => 'н',
        'b' if cyrillic => 'в',
        _ => c,
    }
}

/// The folded candidate stems of a word, matched against person keys.
pub fn key_stems(norm: &str) -> Vec<String> {
    let folded = fold_spelling_cow(norm);
    let mut out: Vec<String> = candidate_stems(&folded)
        .into_iter()
        .map(str::to_string)
        .collect();
    if *folded != *norm {
        for s in candidate_stems(norm) {
            let s = fold_spelling(s);
            if !out.contains(&s) {
                out.push(s);
            }
        }
    }
    out
}

/// "уулу" (son of) and "кызы" (daughter of), with their case suffixes.
fn marker_gender(norm: &str) -> Option<Gender> {
    if ["уул", "улы", "угли", "ўғли", "оглы"]
        .iter()
        .any(|m| norm.starts_with(m))
    {
        Some(Gender::Male)
    } else if ["кыз", "кизи", "қизи"].iter().any(|m| norm.starts_with(m)) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// Russian-style patronymics tell the gender in every case: -вич-/-ич- is a man's,
/// -вна/-чна (-вны, -вной…) a woman's, also under a Kyrgyz suffix ("Асановнанын").
fn patronymic_gender(norm: &str) -> Option<Gender> {
    if !is_patronymic(norm) {
        return None;
    }
    if norm.contains("вн") || norm.contains("чн") {
        Some(Gender::Female)
    } else if norm.contains("ич") {
        Some(Gender::Male)
    } else {
        None
    }
}

/// The gender a surname form shows, when only one reading is possible. In Russian
/// "Асанова" is also the genitive of "Асанов", so only "-ов", "-овым", "-ове", "-ского"
/// (a man) and "-овой", "-ская", "-ской" (a woman) decide; in a Kyrgyz act the nominative
/// stays under the case suffix ("Асанованын", "Асановдун") and "-ова" is a woman.
fn surname_gender(norm: &str, kyrgyz: bool) -> Option<Gender> {
    const MALE_BASE: &[&str] = &["ов", "ев", "ёв", "ин", "ын", "ский", "цкий"];
    const FEMALE_BASE: &[&str] = &["ова", "ева", "ёва", "ина", "ына", "ская", "цкая"];
    let ends = |w: &str, list: &[&str]| {
        list.iter()
            .any(|e| w.ends_with(e) && w.chars().count() > e.chars().count() + 2)
    };
    if let Some(base) = strip_kyrgyz(norm).filter(|b| has_surname_shape(b)) {
        if ends(base, FEMALE_BASE) {
            return Some(Gender::Female);
        }
        if ends(base, MALE_BASE) {
            return Some(Gender::Male);
        }
    }
    // "Тендин", "Кимдин": a short surname under a Kyrgyz suffix shows no gender.
    if kyrgyz && strip_kyrgyz(norm).is_some() {
        return None;
    }
    if ends(norm, MALE_BASE) {
        return Some(Gender::Male);
    }
    const MALE_FORMS: &[&str] = &[
        "овым",
        "евым",
        "иным",
        "ыным",
        "ове",
        "еве",
        "ского",
        "цкого",
        "скому",
        "цкому",
        "ским",
        "цким",
    ];
    const FEMALE_FORMS: &[&str] = &[
        "овой", "евой", "ёвой", "иной", "ыной", "ской", "цкой", "ская", "цкая", "скую", "цкую",
    ];
    if ends(norm, FEMALE_FORMS) {
        return Some(Gender::Female);
    }
    if ends(norm, MALE_FORMS) {
        return Some(Gender::Male);
    }
    if kyrgyz && ends(norm, FEMALE_BASE) {
        return Some(Gender::Female);
    }
    None
}

/// An act in Kyrgyz: words with the letters ү, ө, ң, or Kyrgyz function words, outnumber
/// Russian function words.
fn is_kyrgyz(text: &str, tokens: &[Token]) -> bool {
    let mut ky = 0usize;
    let mut ru = 0usize;
    // Initials ("В.", "С.") are not prepositions: only lowercase words count.
    for t in tokens
        .iter()
        .filter(|t| t.is_word() && text[t.start..].starts_with(char::is_lowercase))
    {
        let w = t.norm.as_str();
        if w.contains(['ү', 'ө', 'ң'])
            || matches!(
                w,
                "жана" | "менен" | "боюнча" | "тарабынан" | "деп" | "жок" | "болуп"
            )
        {
            ky += 1;
        } else if matches!(
            w,
            "и" | "в"
                | "что"
                | "не"
                | "на"
                | "по"
                | "с"
                | "о"
                | "к"
                | "от"
                | "за"
                | "который"
                | "была"
                | "был"
        ) {
            ru += 1;
        }
    }
    ky > ru
}

fn first_upper(norm: &str) -> Option<char> {
    norm.chars().next().and_then(|c| c.to_uppercase().next())
}

fn agreement(p: &Person, key: &Person) -> usize {
    let given = |a: &Option<String>, b: &Option<String>| match (a, b) {
        (Some(a), Some(b)) => same_given_name(a, b),
        _ => false,
    };
    usize::from(p.surname.is_some() && p.surname == key.surname)
        + usize::from(given(&p.first, &key.first))
        + usize::from(given(&p.patronymic, &key.patronymic))
        + usize::from(p.gender.is_some() && p.gender == key.gender)
        + usize::from(p.first_initial.is_some() && p.first_initial == key.first_initial)
        + usize::from(
            p.patronymic_initial.is_some() && p.patronymic_initial == key.patronymic_initial,
        )
}

#[derive(Debug)]
struct Found {
    first: usize,
    last: usize,
    surname: Option<usize>,
    first_name: Option<usize>,
    patronymic: Option<usize>,
    first_initial: Option<char>,
    patronymic_initial: Option<char>,
    marker: bool,
    rule: &'static str,
    confidence: f32,
}

impl Found {
    fn full(
        first: usize,
        surname: Option<usize>,
        first_name: Option<usize>,
        patronymic: Option<usize>,
        last: usize,
        rule: &'static str,
        confidence: f32,
    ) -> Self {
        Self {
            first,
            last,
            surname,
            first_name,
            patronymic,
            first_initial: None,
            patronymic_initial: None,
            marker: false,
            rule,
            confidence,
        }
    }

    fn kyrgyz(
        first: usize,
        father: usize,
        first_name: Option<usize>,
        last: usize,
        rule: &'static str,
        confidence: f32,
    ) -> Self {
        Self {
            first,
            last,
            surname: Some(father),
            first_name,
            patronymic: None,
            first_initial: None,
            patronymic_initial: None,
            marker: true,
            rule,
            confidence,
        }
    }

    fn with_initials(mut self, fi: Option<char>, pi: Option<char>) -> Self {
        self.first_initial = fi.or(self.first_initial);
        self.patronymic_initial = pi.or(self.patronymic_initial);
        self
    }
}

/// The one char of a one-char word, without counting the chars of longer words.
fn single_char(word: &str) -> Option<char> {
    let mut chars = word.chars();
    let first = chars.next()?;
    chars.next().is_none().then_some(first)
}

/// The units of the act, and the [`role_cue`] of each of its tokens (None for a token that
/// is no word): a word's cue is part of its class, found once per distinct word.
fn build_units(text: &str, tokens: &[Token], dict: &Dictionaries) -> (Vec<Unit>, Vec<Option<Cue>>) {
    let mut units: Vec<Unit> = Vec::with_capacity(tokens.len() / 2);
    let mut cues: Vec<Option<Cue>> = vec![None; tokens.len()];
    // Acts repeat their words; a word's class depends only on its form.
    // Sized for the words of the act at once: growing it rehashed every class.
    let mut classes: rustc_hash::FxHashMap<&str, Class> =
        rustc_hash::FxHashMap::with_capacity_and_hasher(tokens.len() / 2, Default::default());
    let mut prev_end: Option<usize> = None;
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if t.kind != TokenKind::Word {
            prev_end = None;
            i += 1;
            continue;
        }
        let raw = &text[t.start..t.end];
        let joined = prev_end.is_some_and(|e| only_space_between(text, e, t.start));
        let single_upper = single_char(raw).is_some_and(is_upper);
        // "Б." and, as typed by hand, "Б ." (a space before the dot, not a line break).
        let dot = tokens
            .get(i + 1)
            .filter(|n| n.is_punct('.') && text[t.end..n.start].chars().all(|c| c == ' '));
        // "Д.Б," — the last initial written without its dot, right after another initial.
        // Also "И. Н," — one space after the first initial and a comma after the letter.
        let undotted_after_initial = units.last().is_some_and(|u| {
            matches!(u.kind, UnitKind::Initial(_))
                && (u.end == t.start
                    || &text[u.end..t.start] == " " && text[t.end..].starts_with(','))
        }) && !text[t.end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        // "Асанова о.Т.": the first initial typed in lowercase, right after a surname and
        // glued to the next initial.
        let lower_initial_typo = single_char(raw).is_some_and(char::is_lowercase)
            && dot.is_some_and(|d| {
                let mut rest = text[d.end..].chars();
                rest.next().is_some_and(char::is_uppercase) && rest.next() == Some('.')
            })
            && units.last().is_some_and(|u| {
                u.kind == UnitKind::Word
                    && only_space_between(text, u.end, t.start)
                    && text[u.start..].starts_with(char::is_uppercase)
            });
        if single_upper && (dot.is_some() || undotted_after_initial) || lower_initial_typo {
            let c = raw
                .chars()
                .next()
                .and_then(|c| c.to_uppercase().next())
                .unwrap_or(' ');
            let end = dot.map_or(t.end, |d| d.end);
            cues[i] = role_cue(&t.norm);
            units.push(Unit {
                start: t.start,
                end,
                kind: UnitKind::Initial(c),
                tok: i,
                joined,
                class: Class::default(),
            });
            prev_end = Some(end);
            i += if dot.is_some() { 2 } else { 1 };
            continue;
        }
        let class = *classes
            .entry(raw)
            .or_insert_with(|| classify(raw, &t.norm, dict));
        cues[i] = class.cue;
        units.push(Unit {
            start: t.start,
            end: t.end,
            kind: UnitKind::Word,
            tok: i,
            joined,
            class,
        });
        prev_end = Some(t.end);
        i += 1;
    }
    (units, cues)
}

/// Surname shapes of the other peoples of the region beside the Russian/Kyrgyz -ов/-ев:
/// Turkish and Azerbaijani -оглу/-оглы, Tajik -зода/-заде, Armenian -ян/-янц, Georgian
/// -швили/-дзе, Ukrainian -чук/-юк.
fn has_other_surname_shape(stems: &[&str]) -> bool {
    const ENDS: &[&str] = &[
        "оглу",
        "оглы",
        "зода",
        "заде",
        "ян",
        "янц",
        "швили",
        "дзе",
        "чук",
        "юк",
    ];
    stems.iter().any(|stem| {
        ENDS.iter()
            .any(|e| stem.ends_with(e) && stem.chars().count() >= e.chars().count() + 3)
    })
}

/// A stem in -ов/-ев/-ёв/-ин/-ын with at least three letters before the suffix (Токтомушев,
/// Акимбеков, Сынбулатов): the Russian-style surname form, which no title, kinship word or
/// word of legal prose takes ("Аким", "Жубайы", "Гражданин" are no dictionary surname
/// in that form).
fn stems_have_russian_surname_suffix(stems: &[&str]) -> bool {
    stems.iter().any(|stem| {
        ["ов", "ев", "ёв", "ин", "ын"].iter().any(|e| {
            stem.strip_suffix(e)
                .is_some_and(|base| base.chars().nth(2).is_some())
        })
    })
}

/// A noun of a thing or an act that a person's name in the genitive follows: "семья
/// Асанова", "показания Асанова", "вина Асанова" (a woman's would read "Асановой").
fn is_possessed_noun(norm: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "семь",
        "показани",
        "заявлени",
        "объяснени",
        "действи",
        "доход",
        "имуществ",
        "квартир",
        "автомашин",
        "ходатайств",
        "жалоб",
        "интерес",
    ];
    matches!(
        norm,
        "вина"
            | "вину"
            | "вины"
            | "виной"
            | "дом"
            | "дома"
            | "доме"
            | "иск"
            | "иска"
            | "долг"
    ) || PREFIXES.iter().any(|p| norm.starts_with(p))
}

fn classify(raw: &str, norm: &str, dict: &Dictionaries) -> Class {
    let allcaps = is_all_caps(raw);
    let cap = is_capitalized(raw);
    let marker = is_patronymic_marker(norm);
    let long_enough = norm.chars().count() >= 2;
    // "ПИН", "ЖИН", "УК", "КР": short all-caps words are abbreviations, not names.
    let abbreviation = allcaps && norm.chars().count() <= 3;
    // The stop-word lists are asked last: only a capitalized word can be name-like.
    let name_slot = (cap || allcaps) && long_enough && !marker && !abbreviation;
    let cue = role_cue(norm);
    let stems = candidate_stems(norm);
    let patronymic_shape = stems_are_patronymic(&stems);
    // A patronymic is no stop word whatever its first letters spell: "Токтоматовна". The
    // whole suffix decides here ("Верховного" has the stem shape "-овн" and is a stop
    // word). A word with a role cue is a stop word (`is_stop_word`, the cue known).
    let stop = name_slot
        && !has_whole_patronymic_suffix(&stems)
        && (cue.is_some() || is_stop_word_besides_cues(norm));
    let nameish = name_slot && !stop;
    // See `Class`: the rules read a word's dictionaries only when it may name someone.
    let dictionaries = if cap || allcaps || marker {
        dict.classes_of(&stems)
    } else {
        WordClasses::default()
    };
    Class {
        stop_surname: stop && dictionaries.surname && stems_have_russian_surname_suffix(&stems),
        nameish,
        allcaps,
        first: dictionaries.first_name,
        surname_dict: dictionaries.surname,
        surname_shape: stems_have_surname_shape(&stems) || has_other_surname_shape(&stems),
        patronymic: patronymic_shape || dictionaries.patronymic,
        marker,
        place: dictionaries.place,
        allow: dictionaries.allow_word,
        cue,
    }
}
