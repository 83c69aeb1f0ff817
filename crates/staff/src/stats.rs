//! Correction statistics: where the engine misses (masks too little), over-masks or
//! picks the wrong category, per category, per court and per engine rule.

use crate::auth::Staff;
use crate::error::StaffError;
use crate::{StaffState, layout};
use axum::Extension;
use axum::extract::State;
use courtpub_domain::CorrectionKind;
use courtpub_registry::CorrectionStat;
use maud::{Markup, html};
use std::collections::BTreeMap;

/// Corrections of one group, by what they tell of the engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub missed: i64,
    pub over_masked: i64,
    pub recategorized: i64,
}

impl Tally {
    fn add(&mut self, s: &CorrectionStat) {
        match s.kind {
            CorrectionKind::Mask => self.missed += s.count,
            CorrectionKind::Keep | CorrectionKind::Remove => self.over_masked += s.count,
            CorrectionKind::Recategorize => self.recategorized += s.count,
        }
    }

    pub fn total(&self) -> i64 {
        self.missed + self.over_masked + self.recategorized
    }
}

/// Groups the registry's counts by `key`, largest total first.
pub fn tally<K: Ord + Clone>(
    stats: &[CorrectionStat],
    key: impl Fn(&CorrectionStat) -> K,
) -> Vec<(K, Tally)> {
    let mut groups: BTreeMap<K, Tally> = BTreeMap::new();
    for s in stats {
        groups.entry(key(s)).or_default().add(s);
    }
    let mut out: Vec<(K, Tally)> = groups.into_iter().collect();
    out.sort_by_key(|(_, t)| std::cmp::Reverse(t.total()));
    out
}

fn table(staff: &Staff, id: &str, head: &str, rows: &[(String, Tally)]) -> Markup {
    let t = staff.lang.t();
    html! {
        table id=(id) {
            thead { tr {
                th scope="col" { (head) }
                th scope="col" { (t.stats_missed) }
                th scope="col" { (t.stats_over) }
                th scope="col" { (t.stats_recategorized) }
                th scope="col" { (t.stats_total) }
            } }
            tbody {
                @for (name, tally) in rows {
                    tr {
                        th scope="row" { (name) }
                        td { (tally.missed) }
                        td { (tally.over_masked) }
                        td { (tally.recategorized) }
                        td { (tally.total()) }
                    }
                }
            }
        }
    }
}

pub async fn stats(
    State(state): State<StaffState>,
    Extension(staff): Extension<Staff>,
) -> Result<Markup, StaffError> {
    let lang = staff.lang;
    let t = lang.t();
    let stats = state.registry.correction_stats().await?;
    let by_category: Vec<(String, Tally)> = tally(&stats, |s| s.category)
        .into_iter()
        .map(|(c, n)| (lang.category(c).to_owned(), n))
        .collect();
    let by_court = tally(&stats, |s| s.court_code.clone());
    let by_rule: Vec<(String, Tally)> = tally(&stats, |s| s.rule.clone())
        .into_iter()
        .map(|(r, n)| (r.unwrap_or_else(|| t.stats_no_rule.to_owned()), n))
        .collect();
    Ok(layout::page(
        lang,
        Some(&staff),
        t.stats_title,
        html! {
            h1 { (t.stats_title) }
            @if stats.is_empty() {
                p { (t.stats_none) }
            } @else {
                h2 { (t.stats_by_category) }
                (table(&staff, "by-category", t.col_category, &by_category))
                h2 { (t.stats_by_court) }
                (table(&staff, "by-court", t.col_court, &by_court))
                h2 { (t.stats_by_rule) }
                (table(&staff, "by-rule", t.col_rule, &by_rule))
            }
        },
    ))
}
