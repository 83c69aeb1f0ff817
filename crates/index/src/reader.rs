//! The read side: search, get by id, latest acts, a full scan for the export.

use crate::schema::{self, Fields};
use crate::search::{
    CourtCount, FacetCount, Facets, Hit, MAX_LIMIT, MAX_OFFSET, MAX_QUERY_CHARS, SearchRequest,
    SearchResults, Snippet, Sort,
};
use crate::snippet::Snippets;
use crate::{ActIndex, IndexError};
use chrono::{DateTime, Utc};
use courtpub_domain::{ActId, ActMeta, Language, PublicAct};
use std::collections::HashMap;
use std::ops::Bound;
use std::sync::{Arc, Mutex};
use tantivy::collector::{Count, FacetCollector, FacetCounts, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, ConstScoreQuery, Occur, PhraseQuery, Query, QueryParser, RangeQuery,
    TermQuery,
};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{DocAddress, Order, ReloadPolicy, Searcher, TantivyDocument, Term};

/// Characters of masked text in a snippet.
const SNIPPET_CHARS: usize = 240;
/// Judges listed in the facets.
const TOP_JUDGES: usize = 20;

/// An act as the index holds it, with the time it became public.
#[derive(Debug, Clone)]
pub struct IndexedAct {
    pub act: PublicAct,
    pub published_at: DateTime<Utc>,
}

/// Searches the index; cheap to clone and safe to share between request handlers.
/// Picks up each commit of the writer shortly after it happens.
#[derive(Clone)]
pub struct IndexReader {
    inner: Arc<Inner>,
}

/// Court code → name, and the searcher generation it was read from.
type CourtNames = (u64, Arc<HashMap<String, String>>);

struct Inner {
    reader: tantivy::IndexReader,
    fields: Fields,
    parser: QueryParser,
    lower: tantivy::tokenizer::TextAnalyzer,
    /// Court code → name, per searcher generation.
    court_names: Mutex<Option<CourtNames>>,
}

impl IndexReader {
    pub(crate) fn new(index: &ActIndex) -> Result<IndexReader, IndexError> {
        let reader = index
            .index
            .reader_builder()
            .reload_policy(ReloadPolicy::OnCommitWithDelay)
            .try_into()?;
        let fields = index.fields;
        let mut parser = QueryParser::for_index(&index.index, vec![fields.text_ru, fields.text_ky]);
        // "кража телефона" means acts with both words, as people expect from a search box.
        parser.set_conjunction_by_default();
        let lower = index
            .index
            .tokenizers()
            .get(schema::LOWER)
            .unwrap_or_default();
        Ok(IndexReader {
            inner: Arc::new(Inner {
                reader,
                fields,
                parser,
                lower,
                court_names: Mutex::new(None),
            }),
        })
    }

    /// Picks up the latest commit now instead of shortly after it.
    pub fn reload(&self) -> Result<(), IndexError> {
        Ok(self.inner.reader.reload()?)
    }

    /// Number of public acts.
    pub fn count(&self) -> u64 {
        self.inner.reader.searcher().num_docs()
    }

    /// Runs one search. Never fails on user input: unparsable parts of the query are
    /// ignored and reported in [`SearchResults::warnings`].
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults, IndexError> {
        let searcher = self.inner.reader.searcher();
        let f = &self.inner.fields;
        let text = truncate_chars(request.query.trim(), MAX_QUERY_CHARS);
        let (text_query, warnings) = if text.is_empty() {
            (None, Vec::new())
        } else {
            let (query, errors) = self.inner.parser.parse_query_lenient(text);
            (Some(query), errors.iter().map(|e| e.to_string()).collect())
        };
        let query = self.build_query(text_query.as_ref().map(|q| q.box_clone()), request);
        let limit = request.limit.min(MAX_LIMIT);
        let offset = request.offset.min(MAX_OFFSET);
        let sort = match (request.sort, &text_query) {
            (Sort::Relevance, None) => Sort::DateDesc,
            (sort, _) => sort,
        };

        let mut facet_collector = FacetCollector::for_field("facets");
        for dimension in [
            "/court",
            "/kind",
            "/category",
            "/instance",
            "/language",
            "/judge",
        ] {
            facet_collector.add_facet(dimension);
        }
        let (total, facet_counts, top): (usize, FacetCounts, Vec<(Option<f32>, DocAddress)>) =
            if limit == 0 {
                let (total, facets) = searcher.search(&*query, &(Count, facet_collector))?;
                (total, facets, Vec::new())
            } else {
                let top_docs = TopDocs::with_limit(limit).and_offset(offset);
                match sort {
                    Sort::Relevance => {
                        let (t, fc, docs) =
                            searcher.search(&*query, &(Count, facet_collector, top_docs))?;
                        (t, fc, docs.into_iter().map(|(s, a)| (Some(s), a)).collect())
                    }
                    Sort::DateDesc | Sort::DateAsc => {
                        let order = if sort == Sort::DateAsc {
                            Order::Asc
                        } else {
                            Order::Desc
                        };
                        let by_date = top_docs
                            .order_by_fast_field::<tantivy::DateTime>(schema::DATE_FIELD, order);
                        let (t, fc, docs) =
                            searcher.search(&*query, &(Count, facet_collector, by_date))?;
                        (t, fc, docs.into_iter().map(|(_, a)| (None, a)).collect())
                    }
                }
            };

        let generators = match &text_query {
            Some(q) => Some((
                Snippets::new(&searcher, &**q, f.text_ru, SNIPPET_CHARS)?,
                Snippets::new(&searcher, &**q, f.text_ky, SNIPPET_CHARS)?,
            )),
            None => None,
        };
        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            let indexed = self.load(&searcher, address)?;
            let text = &indexed.act.masked_text;
            let snippet = generators
                .as_ref()
                .map(|(ru, ky)| {
                    let generator = match indexed.act.meta.language {
                        Language::Ru => ru,
                        Language::Ky => ky,
                    };
                    generator.snippet(text)
                })
                .filter(|s| !s.fragment.is_empty())
                .unwrap_or_else(|| Snippet {
                    fragment: leading_text(text, SNIPPET_CHARS),
                    highlighted: Vec::new(),
                });
            hits.push(Hit {
                meta: indexed.act.meta,
                published_at: indexed.published_at,
                score,
                snippet,
            });
        }
        let facets = self.facets_of(&searcher, &facet_counts)?;
        Ok(SearchResults {
            total,
            offset,
            limit,
            hits,
            facets,
            warnings,
        })
    }

    /// The public copy of one act.
    pub fn get(&self, id: &ActId) -> Result<Option<IndexedAct>, IndexError> {
        let searcher = self.inner.reader.searcher();
        let query = TermQuery::new(
            Term::from_field_text(self.inner.fields.act_id, &id.0),
            IndexRecordOption::Basic,
        );
        let top = searcher.search(&query, &TopDocs::with_limit(1))?;
        match top.first() {
            Some((_, address)) => Ok(Some(self.load(&searcher, *address)?)),
            None => Ok(None),
        }
    }

    /// The most recently published acts, newest first.
    pub fn latest(&self, limit: usize) -> Result<Vec<IndexedAct>, IndexError> {
        let limit = limit.min(MAX_LIMIT);
        if limit == 0 {
            return Ok(Vec::new());
        }
        let searcher = self.inner.reader.searcher();
        let collector = TopDocs::with_limit(limit)
            .order_by_fast_field::<tantivy::DateTime>(schema::PUBLISHED_FIELD, Order::Desc);
        let top = searcher.search(&AllQuery, &collector)?;
        top.into_iter()
            .map(|(_, address)| self.load(&searcher, address))
            .collect()
    }

    /// Every public act, in index order, from one consistent snapshot.
    pub fn acts(&self) -> ActIter {
        let searcher = self.inner.reader.searcher();
        let mut addresses = Vec::with_capacity(searcher.num_docs() as usize);
        for (ord, segment) in searcher.segment_readers().iter().enumerate() {
            let ord = u32::try_from(ord).unwrap_or(u32::MAX);
            addresses.extend(segment.doc_ids_alive().map(|doc| DocAddress::new(ord, doc)));
        }
        ActIter {
            reader: self.clone(),
            searcher,
            addresses: addresses.into_iter(),
        }
    }

    fn build_query(&self, text: Option<Box<dyn Query>>, request: &SearchRequest) -> Box<dyn Query> {
        let f = &self.inner.fields;
        let filters = &request.filters;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if let Some(text) = text {
            clauses.push((Occur::Must, text));
        }
        let mut filter = |q: Box<dyn Query>| {
            // Filters select; they must not change the ranking.
            clauses.push((Occur::Must, Box::new(ConstScoreQuery::new(q, 0.0))));
        };
        let facet_term = |dimension: &str, value: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_facet(f.facets, &schema::facet(dimension, value)),
                IndexRecordOption::Basic,
            ))
        };
        if let Some(court) = non_empty(filters.court.as_deref()) {
            filter(facet_term("court", court));
        }
        if let Some(kind) = filters.kind {
            filter(facet_term("kind", kind.as_str()));
        }
        if let Some(category) = filters.category {
            filter(facet_term("category", category.as_str()));
        }
        if let Some(instance) = filters.instance {
            filter(facet_term("instance", instance.as_str()));
        }
        if let Some(language) = filters.language {
            filter(facet_term("language", schema::language_str(language)));
        }
        if let Some(judge) = non_empty(filters.judge.as_deref()) {
            let terms = self.lower_terms(f.judges, judge);
            match terms.len() {
                0 => {}
                1 => filter(Box::new(TermQuery::new(
                    terms[0].clone(),
                    IndexRecordOption::Basic,
                ))),
                _ => filter(Box::new(PhraseQuery::new(terms))),
            }
        }
        if let Some(number) = non_empty(filters.case_number.as_deref()) {
            filter(Box::new(TermQuery::new(
                Term::from_field_text(f.case_number, &number.to_lowercase()),
                IndexRecordOption::Basic,
            )));
        }
        if filters.date_from.is_some() || filters.date_to.is_some() {
            let bound = |d: Option<chrono::NaiveDate>| match d {
                Some(d) => Bound::Included(Term::from_field_date_for_search(
                    f.decision_date,
                    schema::date_value(d),
                )),
                None => Bound::Unbounded,
            };
            filter(Box::new(RangeQuery::new(
                bound(filters.date_from),
                bound(filters.date_to),
            )));
        }
        if clauses.is_empty() {
            Box::new(AllQuery)
        } else {
            Box::new(BooleanQuery::new(clauses))
        }
    }

    fn lower_terms(&self, field: tantivy::schema::Field, text: &str) -> Vec<Term> {
        let mut analyzer = self.inner.lower.clone();
        let mut stream = analyzer.token_stream(text);
        let mut terms = Vec::new();
        while let Some(token) = stream.next() {
            terms.push(Term::from_field_text(field, &token.text));
        }
        terms
    }

    fn load(&self, searcher: &Searcher, address: DocAddress) -> Result<IndexedAct, IndexError> {
        let f = &self.inner.fields;
        let doc: TantivyDocument = searcher.doc(address)?;
        let text_of = |field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .map(str::to_string)
        };
        let act_id = text_of(f.act_id).ok_or(IndexError::MissingField)?;
        let meta_json = text_of(f.meta_json).ok_or(IndexError::MissingField)?;
        let meta: ActMeta = serde_json::from_str(&meta_json)
            .map_err(|source| IndexError::Corrupt { act_id, source })?;
        let masked_text = text_of(f.text_ru)
            .or_else(|| text_of(f.text_ky))
            .unwrap_or_default();
        let published_at = doc
            .get_first(f.published_at)
            .and_then(|v| v.as_datetime())
            .map(schema::instant_of)
            .unwrap_or_default();
        Ok(IndexedAct {
            act: PublicAct { meta, masked_text },
            published_at,
        })
    }

    fn facets_of(&self, searcher: &Searcher, counts: &FacetCounts) -> Result<Facets, IndexError> {
        fn values<'a>(counts: &'a FacetCounts, dimension: &str) -> Vec<(&'a str, u64)> {
            let mut v: Vec<(&str, u64)> = counts
                .get(dimension)
                .filter_map(|(facet, count)| facet.to_path().last().map(|s| (*s, count)))
                .collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            v
        }
        fn typed<T>(
            counts: &FacetCounts,
            dimension: &str,
            parse: impl Fn(&str) -> Option<T>,
        ) -> Vec<FacetCount<T>> {
            values(counts, dimension)
                .into_iter()
                .filter_map(|(v, count)| parse(v).map(|value| FacetCount { value, count }))
                .collect()
        }
        let court_values = values(counts, "/court");
        let names = self.court_names(searcher)?;
        Ok(Facets {
            courts: court_values
                .into_iter()
                .map(|(code, count)| CourtCount {
                    code: code.to_string(),
                    name: names.get(code).cloned().unwrap_or_else(|| code.to_string()),
                    count,
                })
                .collect(),
            kinds: typed(counts, "/kind", schema::parse_kind),
            categories: typed(counts, "/category", schema::parse_category),
            instances: typed(counts, "/instance", schema::parse_instance),
            languages: typed(counts, "/language", schema::parse_language),
            judges: values(counts, "/judge")
                .into_iter()
                .take(TOP_JUDGES)
                .map(|(v, count)| FacetCount {
                    value: v.to_string(),
                    count,
                })
                .collect(),
        })
    }

    /// Court names as the latest acts of each court give them, cached per commit.
    fn court_names(&self, searcher: &Searcher) -> Result<Arc<HashMap<String, String>>, IndexError> {
        let generation = searcher.generation().generation_id();
        if let Ok(cache) = self.inner.court_names.lock()
            && let Some((cached, names)) = cache.as_ref()
            && *cached == generation
        {
            return Ok(names.clone());
        }
        let f = &self.inner.fields;
        let mut all = FacetCollector::for_field("facets");
        all.add_facet("/court");
        let counts = searcher.search(&AllQuery, &all)?;
        let mut names = HashMap::new();
        for (facet, _) in counts.get("/court") {
            let Some(code) = facet.to_path().last().map(|s| s.to_string()) else {
                continue;
            };
            let query = TermQuery::new(Term::from_facet(f.facets, facet), IndexRecordOption::Basic);
            let newest = TopDocs::with_limit(1)
                .order_by_fast_field::<tantivy::DateTime>(schema::PUBLISHED_FIELD, Order::Desc);
            if let Some((_, address)) = searcher.search(&query, &newest)?.first() {
                let doc: TantivyDocument = searcher.doc(*address)?;
                if let Some(name) = doc.get_first(f.court_name).and_then(|v| v.as_str()) {
                    names.insert(code, name.to_string());
                }
            }
        }
        let names = Arc::new(names);
        if let Ok(mut cache) = self.inner.court_names.lock() {
            *cache = Some((generation, names.clone()));
        }
        Ok(names)
    }
}

/// Every public act of one snapshot; see [`IndexReader::acts`].
pub struct ActIter {
    reader: IndexReader,
    searcher: Searcher,
    addresses: std::vec::IntoIter<DocAddress>,
}

impl ActIter {
    /// Acts left to yield.
    pub fn remaining(&self) -> usize {
        self.addresses.len()
    }
}

impl Iterator for ActIter {
    type Item = Result<IndexedAct, IndexError>;

    fn next(&mut self) -> Option<Self::Item> {
        let address = self.addresses.next()?;
        Some(self.reader.load(&self.searcher, address))
    }
}

fn non_empty(s: Option<&str>) -> Option<&str> {
    s.map(str::trim).filter(|s| !s.is_empty())
}

fn truncate_chars(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((at, _)) => &s[..at],
        None => s,
    }
}

/// The first `max` chars of `text`, cut at a word boundary.
fn leading_text(text: &str, max: usize) -> String {
    let cut = truncate_chars(text.trim_start(), max);
    if cut.len() == text.trim_start().len() {
        return cut.to_string();
    }
    let at_word = cut.rfind(char::is_whitespace).unwrap_or(cut.len());
    format!("{}…", cut[..at_word].trim_end())
}
