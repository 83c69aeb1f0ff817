//! What a search asks and what it answers: plain data, serializable for the JSON API.

use chrono::{DateTime, NaiveDate, Utc};
use courtpub_domain::{ActKind, ActMeta, CaseCategory, Instance, Language};
use serde::Serialize;
use std::ops::Range;

/// Most hits one page may hold.
pub const MAX_LIMIT: usize = 100;
/// Deepest offset a search may page to; deeper pages are better served by the export.
pub const MAX_OFFSET: usize = 10_000;
/// Longest query text accepted; longer text is cut at a char boundary.
pub const MAX_QUERY_CHARS: usize = 500;

/// Order of the hits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sort {
    /// Best match first; with no keywords, newest decision first.
    #[default]
    Relevance,
    DateDesc,
    DateAsc,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Relevance, Sort::DateDesc, Sort::DateAsc];

    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::DateDesc => "date_desc",
            Sort::DateAsc => "date_asc",
        }
    }

    pub fn parse(s: &str) -> Option<Sort> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// Filters; every one set must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Court code.
    pub court: Option<String>,
    pub kind: Option<ActKind>,
    pub category: Option<CaseCategory>,
    pub instance: Option<Instance>,
    /// Words of a judge's name, matched as a phrase ("Асанов", "Асанов Б.Ж.").
    pub judge: Option<String>,
    /// Decision date from (inclusive).
    pub date_from: Option<NaiveDate>,
    /// Decision date to (inclusive).
    pub date_to: Option<NaiveDate>,
    /// Exact case number, case-insensitive.
    pub case_number: Option<String>,
    pub language: Option<Language>,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }
}

/// One search.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    /// Keywords, "phrases in quotes", `-excluded` words; empty matches every act.
    pub query: String,
    pub filters: Filters,
    pub sort: Sort,
    pub offset: usize,
    /// Hits per page, at most [`MAX_LIMIT`]; 0 asks for counts and facets only.
    pub limit: usize,
}

/// One found act: metadata and a highlighted fragment of its masked text.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub meta: ActMeta,
    pub published_at: DateTime<Utc>,
    /// BM25 score when sorted by relevance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f32>,
    pub snippet: Snippet,
}

/// A fragment of masked text and the byte ranges in it that matched the query.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Snippet {
    pub fragment: String,
    pub highlighted: Vec<Range<usize>>,
}

impl Snippet {
    /// HTML with `<mark>` around matches; everything else escaped.
    pub fn to_html(&self) -> String {
        let mut out = String::with_capacity(self.fragment.len() + 32);
        let mut at = 0;
        for range in &self.highlighted {
            let (Some(before), Some(hit)) = (
                self.fragment.get(at..range.start),
                self.fragment.get(range.clone()),
            ) else {
                continue;
            };
            escape_into(&mut out, before);
            out.push_str("<mark>");
            escape_into(&mut out, hit);
            out.push_str("</mark>");
            at = range.end;
        }
        escape_into(&mut out, self.fragment.get(at..).unwrap_or(""));
        out
    }
}

fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// How many matching acts have a value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FacetCount<T> {
    pub value: T,
    pub count: u64,
}

/// A court with its count; the name is the one the latest indexed act gives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CourtCount {
    pub code: String,
    pub name: String,
    pub count: u64,
}

/// Counts of the matching acts per value of each filterable dimension, largest first.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Facets {
    pub courts: Vec<CourtCount>,
    pub kinds: Vec<FacetCount<ActKind>>,
    pub categories: Vec<FacetCount<CaseCategory>>,
    pub instances: Vec<FacetCount<Instance>>,
    pub languages: Vec<FacetCount<Language>>,
    /// The most frequent judges only.
    pub judges: Vec<FacetCount<String>>,
}

/// The answer to a [`SearchRequest`].
#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    /// Every matching act, not only this page.
    pub total: usize,
    pub offset: usize,
    pub limit: usize,
    pub hits: Vec<Hit>,
    pub facets: Facets,
    /// Parts of the query that could not be understood and were ignored.
    pub warnings: Vec<String>,
}
