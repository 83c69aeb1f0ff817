//! Atom feed of the most recently published acts.

use crate::PublicState;
use crate::error::ApiError;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use std::fmt::Write;

const FEED_ENTRIES: usize = 50;
const SUMMARY_CHARS: usize = 400;

fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 forbids: drop them rather than emit an invalid feed.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

pub async fn atom(State(state): State<PublicState>) -> Result<Response, ApiError> {
    let reader = state.reader.clone();
    let acts = match tokio::task::spawn_blocking(move || reader.latest(FEED_ENTRIES)).await {
        Ok(Ok(acts)) => acts,
        Ok(Err(e)) => return Err(ApiError::internal(&e)),
        Err(e) => return Err(ApiError::internal(&e)),
    };
    let base = &state.base_url;
    let updated = acts
        .first()
        .map(|a| a.published_at)
        .unwrap_or_else(|| chrono::DateTime::UNIX_EPOCH);
    let mut xml = String::new();
    // Writing to a String cannot fail.
    let _ = write!(
        xml,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ru\">\n\
         <title>Судебные акты Кыргызской Республики: новые публикации</title>\n\
         <id>{base}/feed.atom</id>\n\
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{base}/feed.atom\"/>\n\
         <link rel=\"alternate\" type=\"text/html\" href=\"{base}/\"/>\n\
         <updated>{}</updated>\n\
         <author><name>courtpub</name></author>\n",
        updated.to_rfc3339()
    );
    for a in &acts {
        let m = &a.act.meta;
        let url = format!("{base}{}", crate::url::act_path(&m.act_id.0));
        let title = format!(
            "{} № {} от {} — {}",
            crate::Lang::Ru.kind(m.kind),
            m.case_number,
            m.decision_date.format("%d.%m.%Y"),
            m.court.name
        );
        let summary: String = a.act.masked_text.chars().take(SUMMARY_CHARS).collect();
        let _ = write!(
            xml,
            "<entry>\n<title>{}</title>\n<id>{}</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n\
             <updated>{}</updated>\n<published>{}</published>\n<category term=\"{}\"/>\n<summary>{}</summary>\n</entry>\n",
            xml_escape(&title),
            xml_escape(&url),
            xml_escape(&url),
            a.published_at.to_rfc3339(),
            a.published_at.to_rfc3339(),
            m.case_category.as_str(),
            xml_escape(&summary),
        );
    }
    xml.push_str("</feed>\n");
    Ok((
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        xml,
    )
        .into_response())
}
