//! Person names: find mentions by the grammar of names, give them roles from context,
//! group them into persons, then find every other mention of each person in the act.
//!
//! The grammar works on *units*: words and initials ("Б." is one unit) with a flag telling
//! whether only whitespace separates a unit from the previous one, so a name broken across
//! lines is still one sequence while a comma or a full stop ends it.

use crate::dictionaries::Dictionaries;
use crate::lexicon::{Cue, is_stop_word, is_trailing_judge_cue, role_cue};
use crate::morph::{
    candidate_stems, has_surname_shape, is_patronymic_marker, stems_are_patronymic,
    stems_have_surname_shape, strip_russian,
};
use crate::text::{Token, TokenKind, is_all_caps, is_capitalized, only_space_between};
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
}

impl Class {
    fn surname_like(&self) -> bool {
        self.nameish && (self.surname_dict || self.surname_shape)
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
    /// Parties (plaintiff, respondent) that the act names as a state body.
    state_parties: Vec<Role>,
}

impl<'a> NameFinder<'a> {
    pub fn new(text: &'a str, tokens: &'a [Token], dict: &'a Dictionaries) -> Self {
        let units = build_units(text, tokens, dict);
        let taken = vec![false; units.len()];
        let state_parties = state_parties(tokens);
        Self {
            text,
            tokens,
            dict,
            units,
            persons: Vec::new(),
            mentions: Vec::new(),
            taken,
            state_parties,
        }
    }

    /// Excludes units inside the byte ranges (already claimed by another category).
    pub fn exclude(&mut self, ranges: &[(usize, usize)]) {
        for (u, unit) in self.units.iter().enumerate() {
            if ranges.iter().any(|&(s, e)| unit.start < e && s < unit.end) {
                self.taken[u] = true;
            }
        }
    }

    /// Runs the grammar, the role analysis, metadata and propagation.
    pub fn run(&mut self, judges: &[String]) {
        self.grammar_pass();
        self.apply_metadata(judges);
        self.propagate();
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
        if self.joined_initial(i + 2).is_some() {
            2
        } else {
            1
        }
    }

    fn grammar_pass(&mut self) {
        let mut i = 0;
        while i < self.units.len() {
            match self.match_at(i) {
                Some(found) => {
                    let next = found.last + 1;
                    self.record(found);
                    i = next;
                }
                None => i += 1,
            }
        }
    }

    /// The longest name sequence starting at unit `i`.
    fn match_at(&self, i: usize) -> Option<Found> {
        let u = self.unit(i)?;
        if u.kind != UnitKind::Word {
            return self.match_initials_first(i);
        }
        let c0 = u.class;
        if !c0.nameish {
            return None;
        }
        let c1 = self.joined_word(i + 1);
        let c2 = if c1.is_some() {
            self.joined_word(i + 2)
        } else {
            None
        };

        // Kyrgyz patronymic markers: "Бакыт Жумабек уулу", "Жумабек уулу Бакыт".
        if let (Some(c1), Some(c2)) = (c1, c2)
            && c0.first
            && c1.nameish
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
            if c1.nameish && c2.nameish && c2.patronymic && !c0.patronymic && !c1.patronymic {
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
        let initials_belong_right = self
            .joined_word(i + n + 1)
            .is_some_and(|next| next.surname_like() && !next.patronymic)
            && (!c0.surname_like() || self.initial(i.wrapping_sub(1)).is_some());
        if n > 0 && !initials_belong_right && (c0.surname_like() || !c0.place) && !c0.patronymic {
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
            if no_place && c0.surname_like() && c1.nameish && c1.first && !c1.surname_like() {
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
            if no_place && c0.surname_like() && c1.surname_like() && c1.first {
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
        if !before_institution && self.cue_directly_before(i) {
            if c0.surname_like() && !c0.allow {
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
        }
        // A lone word that is a dictionary surname and has a surname's shape.
        if c0.surname_dict
            && c0.surname_shape
            && !c0.allow
            && !c0.place
            && !c0.first
            && !before_institution
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

    /// Sequences that start with initials: "Б.Ж. Асанов", "Б. Шамбетовдун", "Б. Жумабек уулу".
    fn match_initials_first(&self, i: usize) -> Option<Found> {
        let fi = self.initial(i)?;
        let pi = self.joined_initial(i + 1);
        let w = i + 1 + usize::from(pi.is_some());
        let c = self.joined_word(w)?;
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

    /// The next word (after unit `i`) names an institution, a statute or a street.
    fn next_word_is_institution(&self, i: usize) -> bool {
        let Some(u) = self.units.get(i) else {
            return false;
        };
        self.tokens[u.tok + 1..]
            .iter()
            .find(|t| t.is_word())
            .is_some_and(|t| is_institution_word(&t.norm))
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
                TokenKind::Word => return role_cue(&tok.norm).is_some(),
                _ => return false,
            }
        }
        false
    }

    fn record(&mut self, found: Found) {
        let start = self.units[found.first].start;
        let end = self.units[found.last].end;
        let key = self.key_of(&found);
        let person = self.link(key, start);
        let (official, private) = self.cues_around(found.first, found.last);
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
            p.surname = Some(if found.marker {
                format!("{} {}", surname_key(self.dict, self.norm(s)), "уулу/кызы")
            } else {
                surname_key(self.dict, self.norm(s))
            });
        }
        if let Some(f) = found.first_name {
            p.first = Some(strip_russian(self.norm(f)).to_string());
            p.first_initial = first_upper(self.norm(f));
        }
        if let Some(pt) = found.patronymic {
            p.patronymic = Some(strip_russian(self.norm(pt)).to_string());
            p.patronymic_initial = first_upper(self.norm(pt));
        }
        if found.first_initial.is_some() {
            p.first_initial = found.first_initial;
        }
        if found.patronymic_initial.is_some() {
            p.patronymic_initial = found.patronymic_initial;
        }
        p
    }

    /// Finds the person a mention belongs to, or creates one.
    fn link(&mut self, key: Person, at: usize) -> usize {
        let compatible = |p: &Person| {
            let same = |a: &Option<String>, b: &Option<String>| match (a, b) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            };
            let same_c = |a: Option<char>, b: Option<char>| match (a, b) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            };
            same(&p.surname, &key.surname)
                && same(&p.first, &key.first)
                && same(&p.patronymic, &key.patronymic)
                && same_c(p.first_initial, key.first_initial)
                && same_c(p.patronymic_initial, key.patronymic_initial)
                && (p.surname.is_some() && key.surname.is_some()
                    || p.first.is_some()
                        && key.first.is_some()
                        && (p.patronymic.is_some() || p.patronymic_initial.is_some())
                        && (key.patronymic.is_some() || key.patronymic_initial.is_some()))
        };
        // The most recently mentioned compatible person wins ties.
        let last_seen = |idx: usize| {
            self.mentions
                .iter()
                .filter(|m| m.person == idx && m.start <= at)
                .map(|m| m.start)
                .max()
        };
        let best = (0..self.persons.len())
            .filter(|&i| compatible(&self.persons[i]))
            .max_by_key(|&i| (agreement(&self.persons[i], &key), last_seen(i)));
        match best {
            Some(i) => {
                let p = &mut self.persons[i];
                p.surname = p.surname.take().or(key.surname);
                p.first = p.first.take().or(key.first);
                p.patronymic = p.patronymic.take().or(key.patronymic);
                p.first_initial = p.first_initial.or(key.first_initial);
                p.patronymic_initial = p.patronymic_initial.or(key.patronymic_initial);
                i
            }
            None => {
                self.persons.push(key);
                self.persons.len() - 1
            }
        }
    }

    /// The nearest role cue before the mention (official cues only close by) and a trailing
    /// judge cue after it.
    fn cues_around(&self, first: usize, last: usize) -> (Option<Role>, Option<Role>) {
        let start_tok = self.units[first].tok;
        let mut words = 0;
        let mut t = start_tok;
        let mut found = None;
        let mut blocked = false;
        while t > 0 && words < 6 {
            t -= 1;
            let tok = &self.tokens[t];
            if self.in_mention(tok.start) {
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
                if !self.in_mention(prev.start) && role_cue(&prev.norm).is_none() {
                    blocked = true;
                }
            }
            match tok.kind {
                TokenKind::Punct('.')
                | TokenKind::Punct(';')
                | TokenKind::Punct('(')
                | TokenKind::Punct(')')
                | TokenKind::Punct('!')
                | TokenKind::Punct('?') => break,
                TokenKind::Word => {
                    if let Some(Cue::Role(r)) = role_cue(&tok.norm) {
                        words += 1;
                        let r = self.representative_role(t, r);
                        // An official's title binds only across institution words; a verb
                        // or another capitalized word in between means the title belongs
                        // to another clause ("судья ПОСТАНОВИЛ: Признать Асанова…").
                        if !(r.is_official() && blocked) {
                            found = Some((r, words));
                        }
                        break;
                    }
                    // Institution words between an official's title and the name do not
                    // count: "инспектором управления патрульной милиции ГУВД Асановой".
                    if !is_stop_word(&tok.norm) && tok.norm.chars().count() > 3 {
                        words += 1;
                        let raw = &self.text[tok.start..tok.end];
                        if (is_capitalized(raw)
                            && !is_all_caps(raw)
                            && !self.dict.is_place(&tok.norm))
                            || looks_like_verb(&tok.norm)
                        {
                            blocked = true;
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
            } else {
                private = Some(r);
            }
        }
        // "Усенов К.С. баяндоочу", "Горшковская И.В.– докладчик".
        let end_tok = self
            .tokens
            .partition_point(|t| t.start < self.units[last].end);
        for tok in self.tokens.iter().skip(end_tok).take(2) {
            if tok.is_word() {
                if is_trailing_judge_cue(&tok.norm) {
                    official = Some(Role::Judge);
                }
                break;
            }
        }
        (official, private)
    }

    /// A representative of a state body acts in office: "представитель Социального фонда",
    /// "представителя ответчика" / "жоопкердин өкүлү" when that party is a state body.
    fn representative_role(&self, cue_tok: usize, role: Role) -> Role {
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
        for tok in self.tokens[cue_tok + 1..]
            .iter()
            .filter(|t| t.is_word())
            .take(4)
        {
            if is_state_body_word(&tok.norm) {
                return Role::Official;
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
            let stems = candidate_stems(norm);
            // Two-letter surnames (Ли, Ан) match only as written, never through a stem.
            let matches = |k: &str| {
                if k.chars().count() < 3 {
                    norm == k
                } else {
                    stems.contains(&k)
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
            let probe = Person {
                surname: Some(key),
                first_initial: fi,
                patronymic_initial: pi,
                ..Person::default()
            };
            let start = self.units[first].start;
            let person = self.link(probe, start);
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

/// A short lowercase word before a dot: "г.", "ул.", "обл.", "им.".
fn is_abbreviation(text: &str, tok: &Token) -> bool {
    tok.is_word()
        && tok.norm.chars().count() <= 4
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
    ];
    PREFIXES.iter().any(|p| norm.starts_with(p))
}

/// Plaintiff or respondent described as a state body within a few words of the role word:
/// "ответчику – Мэрии г. Бишкек", "жоопкер Социалдык фонд".
fn state_parties(tokens: &[Token]) -> Vec<Role> {
    let mut parties = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if !t.is_word() {
            continue;
        }
        let Some(Cue::Role(role)) = role_cue(&t.norm) else {
            continue;
        };
        if !matches!(role, Role::Respondent | Role::Plaintiff) || parties.contains(&role) {
            continue;
        }
        let near_state_body = tokens[i + 1..]
            .iter()
            .take_while(|t| !t.is_punct('.') && !t.is_punct(';'))
            .filter(|t| t.is_word())
            .take(6)
            .any(|t| is_state_body_word(&t.norm));
        if near_state_body {
            parties.push(role);
        }
    }
    parties
}

/// Words after a capitalized word that make it part of an institution's or a statute's name
/// ("Октябрьский районный суд", "Трудового кодекса", "Свердлов райондук").
fn is_institution_word(norm: &str) -> bool {
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
    ];
    PREFIXES.iter().any(|p| norm.starts_with(p))
}

/// The stem under which a surname's forms meet: the dictionary's stem when the word is in
/// the dictionary, else the stem of a surname-shaped candidate, else the Russian stem.
pub fn surname_key(dict: &Dictionaries, norm: &str) -> String {
    let stems = candidate_stems(norm);
    if let Some(s) = stems
        .iter()
        .rev()
        .find(|s| dict.is_surname(s) && has_surname_shape(s))
    {
        return strip_russian(s).to_string();
    }
    if let Some(s) = stems.iter().rev().find(|s| has_surname_shape(s)) {
        return strip_russian(s).to_string();
    }
    strip_russian(norm).to_string()
}

fn first_upper(norm: &str) -> Option<char> {
    norm.chars().next().and_then(|c| c.to_uppercase().next())
}

fn agreement(p: &Person, key: &Person) -> usize {
    usize::from(p.surname.is_some() && p.surname == key.surname)
        + usize::from(p.first.is_some() && p.first == key.first)
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

fn build_units(text: &str, tokens: &[Token], dict: &Dictionaries) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::with_capacity(tokens.len() / 2);
    // Acts repeat their words; a word's class depends only on its form.
    let mut classes: std::collections::HashMap<&str, Class> = std::collections::HashMap::new();
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
        let single_upper = raw.chars().count() == 1 && raw.chars().all(char::is_uppercase);
        // "Б." and, as typed by hand, "Б ." (a space before the dot, not a line break).
        let dot = tokens
            .get(i + 1)
            .filter(|n| n.is_punct('.') && text[t.end..n.start].chars().all(|c| c == ' '));
        // "Д.Б," — the last initial written without its dot, right after another initial.
        let undotted_after_initial = units
            .last()
            .is_some_and(|u| matches!(u.kind, UnitKind::Initial(_)) && u.end == t.start)
            && !text[t.end..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
        if single_upper && (dot.is_some() || undotted_after_initial) {
            let c = raw.chars().next().unwrap_or(' ');
            let end = dot.map_or(t.end, |d| d.end);
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
        units.push(Unit {
            start: t.start,
            end: t.end,
            kind: UnitKind::Word,
            tok: i,
            joined,
            class: *classes
                .entry(raw)
                .or_insert_with(|| classify(raw, &t.norm, dict)),
        });
        prev_end = Some(t.end);
        i += 1;
    }
    units
}

fn classify(raw: &str, norm: &str, dict: &Dictionaries) -> Class {
    let allcaps = is_all_caps(raw);
    let cap = is_capitalized(raw);
    let marker = is_patronymic_marker(norm);
    let long_enough = norm.chars().count() >= 2;
    let stop = is_stop_word(norm);
    // "ПИН", "ЖИН", "УК", "КР": short all-caps words are abbreviations, not names.
    let abbreviation = allcaps && norm.chars().count() <= 3;
    let stems = candidate_stems(norm);
    let dictionaries = dict.classes_of(&stems);
    Class {
        nameish: (cap || allcaps) && long_enough && !stop && !marker && !abbreviation,
        allcaps,
        first: dictionaries.first_name,
        surname_dict: dictionaries.surname,
        surname_shape: stems_have_surname_shape(&stems),
        patronymic: stems_are_patronymic(&stems) || dictionaries.patronymic,
        marker,
        place: dictionaries.place,
        allow: dictionaries.allow_word,
    }
}
