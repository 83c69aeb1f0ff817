//! Query parameters of the search page and API, and their validation.
//!
//! Every parameter arrives as text so that a bad value is ours to explain: the API answers
//! with a stable error, the HTML page ignores the value and says so.

use crate::error::{ApiError, ApiErrorCode};
use courtpub_domain::{ActKind, CaseCategory, Instance, Language};
use courtpub_index::{Filters, MAX_LIMIT, MAX_OFFSET, MAX_QUERY_CHARS, SearchRequest, Sort};
use serde::Deserialize;

pub const DEFAULT_PER_PAGE: usize = 20;

/// Raw parameters, as in the URL.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SearchParams {
    pub q: Option<String>,
    pub court: Option<String>,
    pub kind: Option<String>,
    pub category: Option<String>,
    pub instance: Option<String>,
    pub judge: Option<String>,
    pub date_from: Option<String>,
    pub date_to: Option<String>,
    pub case_number: Option<String>,
    pub language: Option<String>,
    pub sort: Option<String>,
    pub page: Option<String>,
    pub per_page: Option<String>,
    /// Interface language of the HTML pages.
    pub lang: Option<String>,
}

/// One parameter the request could not use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub code: ApiErrorCode,
    pub parameter: &'static str,
    pub message: String,
}

impl From<Problem> for ApiError {
    fn from(p: Problem) -> ApiError {
        ApiError::new(p.code, p.message)
    }
}

/// A usable request, and what had to be dropped or cut to get it.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub request: SearchRequest,
    pub page: usize,
    pub per_page: usize,
    pub problems: Vec<Problem>,
}

fn value(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

impl SearchParams {
    pub fn parse(&self) -> Parsed {
        let mut problems = Vec::new();
        let mut invalid = |parameter: &'static str, expected: &str| {
            problems.push(Problem {
                code: ApiErrorCode::InvalidParameter,
                parameter,
                message: format!("parameter `{parameter}` must be {expected}"),
            });
        };
        fn choice<T: Copy>(s: &str, all: &[T], name: impl Fn(T) -> &'static str) -> Option<T> {
            all.iter().copied().find(|x| name(*x) == s)
        }
        let kinds = ActKind::ALL.map(|k| k.as_str()).join(", ");
        let categories = CaseCategory::ALL.map(|k| k.as_str()).join(", ");
        let instances = [Instance::First, Instance::Appeal, Instance::Cassation];

        let mut filters = Filters {
            court: value(&self.court).map(str::to_string),
            judge: value(&self.judge).map(str::to_string),
            case_number: value(&self.case_number).map(str::to_string),
            ..Filters::default()
        };
        if let Some(s) = value(&self.kind) {
            filters.kind = choice(s, &ActKind::ALL, ActKind::as_str);
            if filters.kind.is_none() {
                invalid("kind", &format!("one of {kinds}"));
            }
        }
        if let Some(s) = value(&self.category) {
            filters.category = choice(s, &CaseCategory::ALL, CaseCategory::as_str);
            if filters.category.is_none() {
                invalid("category", &format!("one of {categories}"));
            }
        }
        if let Some(s) = value(&self.instance) {
            filters.instance = choice(s, &instances, Instance::as_str);
            if filters.instance.is_none() {
                invalid("instance", "one of first, appeal, cassation");
            }
        }
        if let Some(s) = value(&self.language) {
            filters.language = match s {
                "ru" => Some(Language::Ru),
                "ky" => Some(Language::Ky),
                _ => {
                    invalid("language", "one of ru, ky");
                    None
                }
            };
        }
        for (parameter, raw, slot) in [
            ("date_from", &self.date_from, &mut filters.date_from),
            ("date_to", &self.date_to, &mut filters.date_to),
        ] {
            if let Some(s) = value(raw) {
                *slot = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
                if slot.is_none() {
                    invalid(parameter, "a date like 2026-03-01");
                }
            }
        }
        let sort = match value(&self.sort) {
            None => Sort::Relevance,
            Some(s) => Sort::parse(s).unwrap_or_else(|| {
                invalid("sort", "one of relevance, date_desc, date_asc");
                Sort::Relevance
            }),
        };
        let page = match value(&self.page) {
            None => 1,
            Some(s) => match s.parse::<usize>() {
                Ok(p) if p >= 1 => p,
                _ => {
                    invalid("page", "a whole number from 1");
                    1
                }
            },
        };
        let mut per_page = match value(&self.per_page) {
            None => DEFAULT_PER_PAGE,
            Some(s) => match s.parse::<usize>() {
                Ok(p) if p >= 1 => p,
                _ => {
                    invalid("per_page", "a whole number from 1 to 100");
                    DEFAULT_PER_PAGE
                }
            },
        };
        if per_page > MAX_LIMIT {
            problems.push(Problem {
                code: ApiErrorCode::PerPageTooLarge,
                parameter: "per_page",
                message: format!(
                    "parameter `per_page` is {per_page}; the largest page is {MAX_LIMIT} hits"
                ),
            });
            per_page = MAX_LIMIT;
        }
        let mut query = value(&self.q).unwrap_or("").to_string();
        let chars = query.chars().count();
        if chars > MAX_QUERY_CHARS {
            problems.push(Problem {
                code: ApiErrorCode::QueryTooLong,
                parameter: "q",
                message: format!(
                    "parameter `q` has {chars} characters; the limit is {MAX_QUERY_CHARS}"
                ),
            });
            query = query.chars().take(MAX_QUERY_CHARS).collect();
        }
        let mut page = page;
        let offset = (page - 1).saturating_mul(per_page);
        if offset > MAX_OFFSET {
            problems.push(Problem {
                code: ApiErrorCode::PageTooDeep,
                parameter: "page",
                message: format!("page {page} starts beyond hit {MAX_OFFSET}; narrow the search or use the bulk export"),
            });
            page = MAX_OFFSET / per_page + 1;
        }
        Parsed {
            request: SearchRequest {
                query,
                filters,
                sort,
                offset: (page - 1) * per_page,
                limit: per_page,
            },
            page,
            per_page,
            problems,
        }
    }

    /// Parameters as URL pairs, in a fixed order, for links that keep the search.
    pub fn pairs(&self) -> Vec<(&'static str, &str)> {
        let all = [
            ("q", &self.q),
            ("court", &self.court),
            ("kind", &self.kind),
            ("category", &self.category),
            ("instance", &self.instance),
            ("judge", &self.judge),
            ("date_from", &self.date_from),
            ("date_to", &self.date_to),
            ("case_number", &self.case_number),
            ("language", &self.language),
            ("sort", &self.sort),
            ("page", &self.page),
            ("per_page", &self.per_page),
            ("lang", &self.lang),
        ];
        all.into_iter()
            .filter_map(|(k, v)| value(v).map(|v| (k, v)))
            .collect()
    }

    /// Same search with one parameter replaced (or removed with `None`); back to page 1
    /// unless the page itself is what changes.
    pub fn with(&self, key: &str, new: Option<&str>) -> SearchParams {
        let mut p = self.clone();
        if key != "page" {
            p.page = None;
        }
        let slot = match key {
            "q" => &mut p.q,
            "court" => &mut p.court,
            "kind" => &mut p.kind,
            "category" => &mut p.category,
            "instance" => &mut p.instance,
            "judge" => &mut p.judge,
            "date_from" => &mut p.date_from,
            "date_to" => &mut p.date_to,
            "case_number" => &mut p.case_number,
            "language" => &mut p.language,
            "sort" => &mut p.sort,
            "page" => &mut p.page,
            "per_page" => &mut p.per_page,
            "lang" => &mut p.lang,
            _ => return p,
        };
        *slot = new.map(str::to_string);
        p
    }

    pub fn search_url(&self) -> String {
        format!("/search{}", crate::url::query_string(self.pairs()))
    }
}
