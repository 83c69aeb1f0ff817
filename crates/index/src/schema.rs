//! The index schema: which public field is indexed how.

use chrono::{DateTime, NaiveDate, Utc};
use courtpub_domain::{ActKind, CaseCategory, Instance, Language, PublicAct};
use tantivy::schema::{
    DateOptions, FAST, Facet, FacetOptions, Field, INDEXED, IndexRecordOption, STORED, STRING,
    Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{
    LowerCaser, RawTokenizer, RemoveLongFilter, Stemmer, TextAnalyzer, TokenizerManager,
};
use tantivy::{TantivyDocument, doc};

/// Russian text: lowercased Snowball stems.
pub(crate) const RU_STEM: &str = "courtpub_ru_stem";
/// Kyrgyz text and judges' names: lowercased tokens, no stemming.
pub(crate) const LOWER: &str = "courtpub_lower";
/// Case numbers: the whole value, lowercased.
pub(crate) const KEYWORD: &str = "courtpub_keyword";

/// Handles of every field, resolved once.
#[derive(Clone, Copy)]
pub(crate) struct Fields {
    pub act_id: Field,
    pub revision: Field,
    pub court_code: Field,
    pub court_name: Field,
    pub kind: Field,
    pub case_category: Field,
    pub instance: Field,
    pub judges: Field,
    pub case_number: Field,
    pub decision_date: Field,
    pub published_at: Field,
    pub language: Field,
    /// All filterable dimensions as facets (`/court/<code>`, `/kind/verdict`…), for counts.
    pub facets: Field,
    pub text_ru: Field,
    pub text_ky: Field,
    /// The act's public metadata as JSON, to rebuild [`PublicAct`] for display.
    pub meta_json: Field,
}

pub(crate) const DATE_FIELD: &str = "decision_date";
pub(crate) const PUBLISHED_FIELD: &str = "published_at";

pub(crate) fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = |tokenizer: &str, stored: bool| {
        let opts = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        if stored { opts.set_stored() } else { opts }
    };
    let date = DateOptions::from(INDEXED) | STORED | FAST;
    let fields = Fields {
        act_id: b.add_text_field("act_id", STRING | STORED),
        revision: b.add_u64_field("revision", STORED | FAST),
        court_code: b.add_text_field("court_code", STRING | STORED),
        court_name: b.add_text_field("court_name", STORED),
        kind: b.add_text_field("kind", STRING | STORED),
        case_category: b.add_text_field("case_category", STRING | STORED),
        instance: b.add_text_field("instance", STRING | STORED),
        judges: b.add_text_field("judges", text(LOWER, true)),
        case_number: b.add_text_field(
            "case_number",
            TextOptions::default()
                .set_indexing_options(
                    TextFieldIndexing::default()
                        .set_tokenizer(KEYWORD)
                        .set_index_option(IndexRecordOption::Basic),
                )
                .set_stored(),
        ),
        decision_date: b.add_date_field(DATE_FIELD, date.clone()),
        published_at: b.add_date_field(PUBLISHED_FIELD, date),
        language: b.add_text_field("language", STRING | STORED),
        facets: b.add_facet_field("facets", FacetOptions::default()),
        text_ru: b.add_text_field("text_ru", text(RU_STEM, true)),
        text_ky: b.add_text_field("text_ky", text(LOWER, true)),
        meta_json: b.add_text_field("meta_json", STORED),
    };
    (b.build(), fields)
}

pub(crate) fn tokenizers() -> TokenizerManager {
    let manager = TokenizerManager::default();
    manager.register(
        RU_STEM,
        TextAnalyzer::builder(crate::tokenizer::WordTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(Stemmer::new(tantivy::tokenizer::Language::Russian))
            .build(),
    );
    manager.register(
        LOWER,
        TextAnalyzer::builder(crate::tokenizer::WordTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .build(),
    );
    manager.register(
        KEYWORD,
        TextAnalyzer::builder(RawTokenizer::default())
            .filter(LowerCaser)
            .build(),
    );
    manager
}

pub(crate) fn facet(dimension: &str, value: &str) -> Facet {
    Facet::from_path([dimension, value])
}

pub(crate) fn language_str(language: Language) -> &'static str {
    match language {
        Language::Ru => "ru",
        Language::Ky => "ky",
    }
}

pub(crate) fn parse_kind(s: &str) -> Option<ActKind> {
    ActKind::ALL.into_iter().find(|k| k.as_str() == s)
}

pub(crate) fn parse_category(s: &str) -> Option<CaseCategory> {
    CaseCategory::ALL.into_iter().find(|k| k.as_str() == s)
}

pub(crate) fn parse_instance(s: &str) -> Option<Instance> {
    [Instance::First, Instance::Appeal, Instance::Cassation]
        .into_iter()
        .find(|k| k.as_str() == s)
}

pub(crate) fn parse_language(s: &str) -> Option<Language> {
    [Language::Ru, Language::Ky]
        .into_iter()
        .find(|l| language_str(*l) == s)
}

pub(crate) fn date_value(date: NaiveDate) -> tantivy::DateTime {
    let secs = date.and_time(chrono::NaiveTime::MIN).and_utc().timestamp();
    tantivy::DateTime::from_timestamp_secs(secs)
}

pub(crate) fn instant_value(at: DateTime<Utc>) -> tantivy::DateTime {
    tantivy::DateTime::from_timestamp_secs(at.timestamp())
}

pub(crate) fn instant_of(value: tantivy::DateTime) -> DateTime<Utc> {
    DateTime::from_timestamp(value.into_timestamp_secs(), 0).unwrap_or_default()
}

/// The one place a document is built; it reads nothing but the [`PublicAct`].
pub(crate) fn document(
    f: &Fields,
    act: &PublicAct,
    published_at: DateTime<Utc>,
) -> TantivyDocument {
    let m = &act.meta;
    let language = language_str(m.language);
    let mut d = doc!(
        f.act_id => m.act_id.0.as_str(),
        f.revision => u64::from(m.revision),
        f.court_code => m.court.code.as_str(),
        f.court_name => m.court.name.as_str(),
        f.kind => m.kind.as_str(),
        f.case_category => m.case_category.as_str(),
        f.instance => m.instance.as_str(),
        f.case_number => m.case_number.trim(),
        f.decision_date => date_value(m.decision_date),
        f.published_at => instant_value(published_at),
        f.language => language,
        f.facets => facet("court", &m.court.code),
        f.facets => facet("kind", m.kind.as_str()),
        f.facets => facet("category", m.case_category.as_str()),
        f.facets => facet("instance", m.instance.as_str()),
        f.facets => facet("language", language),
    );
    for judge in &m.judges {
        d.add_text(f.judges, judge);
        d.add_facet(f.facets, facet("judge", judge.trim()));
    }
    let text_field = match m.language {
        Language::Ru => f.text_ru,
        Language::Ky => f.text_ky,
    };
    d.add_text(text_field, &act.masked_text);
    // ActMeta always serializes (plain strings, numbers and dates).
    d.add_text(
        f.meta_json,
        serde_json::to_string(m).unwrap_or_else(|_| String::from("{}")),
    );
    d
}
