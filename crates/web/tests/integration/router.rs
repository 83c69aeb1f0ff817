//! Pages, API, feed and export through `Router::oneshot`.

use crate::fixture::{BASE, Reply, get, get_with, site};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use courtpub_domain::ActId;

fn hits_count(page: &Reply) -> usize {
    page.body.matches("<li><h3>").count()
}

#[tokio::test]
async fn home_shows_search_latest_acts_and_counts() {
    let s = site();
    let page = get(&s.router, "/").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.header("content-type").starts_with("text/html"));
    let body = &page.body;
    assert!(body.contains("<html lang=\"ru\">"));
    assert!(
        body.contains("<label for=\"q\">"),
        "search box must be labelled"
    );
    assert!(body.contains("Последние опубликованные акты"));
    assert!(body.contains("href=\"/search?court=osh-city\""));
    assert!(
        body.contains("Ошский городской суд</a> — 2"),
        "court counts: {body}"
    );
    assert!(body.contains("href=\"/search?category=civil\""));
    assert!(body.contains(&format!("<strong>{}</strong>", s.acts.len())));
}

#[tokio::test]
async fn kyrgyz_interface_and_language_switch() {
    let s = site();
    let ky = get(
        &s.router,
        "/search?q=%D0%BA%D1%80%D0%B0%D0%B6%D0%B0&lang=ky",
    )
    .await;
    assert!(ky.body.contains("<html lang=\"ky\">"));
    assert!(ky.body.contains("Табылган актылар"));
    assert!(
        ky.body.contains("Ош шаардык соту"),
        "known courts are named in Kyrgyz"
    );
    // The switch leads back to the same search in Russian.
    assert!(
        ky.body
            .contains("href=\"/search?q=%D0%BA%D1%80%D0%B0%D0%B6%D0%B0\" hreflang=\"ru\""),
        "{}",
        ky.body
    );
    let ru = get(&s.router, "/search?q=%D0%BA%D1%80%D0%B0%D0%B6%D0%B0").await;
    assert!(ru.body.contains("Найдено актов"));
    assert!(ru.body.contains("lang=ky\" hreflang=\"ky\""));
}

#[tokio::test]
async fn search_page_stems_highlights_and_counts() {
    let s = site();
    // "кража телефона" must find "кражу сотового телефона".
    let page = get(
        &s.router,
        "/search?q=%D0%BA%D1%80%D0%B0%D0%B6%D0%B0+%D1%82%D0%B5%D0%BB%D0%B5%D1%84%D0%BE%D0%BD%D0%B0",
    )
    .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Найдено актов: 1"), "{}", page.body);
    assert!(page.body.contains("<mark>кражу</mark>"));
    assert!(page.body.contains("href=\"/acts/act-theft-1\""));
    assert_eq!(hits_count(&page), 1);
}

#[tokio::test]
async fn search_filters_facets_sort_and_pages() {
    let s = site();
    let all = get(&s.router, "/search?q=%D0%BA%D1%80%D0%B0%D0%B6%D0%B0").await;
    // 25 fillers + 2 theft acts: two pages of 20.
    assert!(all.body.contains("Найдено актов: 27"), "{}", all.body);
    assert_eq!(hits_count(&all), 20);
    assert!(all.body.contains("rel=\"next\""));
    let second = get(&s.router, "/search?q=%D0%BA%D1%80%D0%B0%D0%B6%D0%B0&page=2").await;
    assert_eq!(hits_count(&second), 7);
    assert!(second.body.contains("<ol class=\"hits\" start=\"21\">"));

    let osh = get(
        &s.router,
        "/search?q=%D0%BA%D1%80%D0%B0%D0%B6%D0%B0&court=osh-city",
    )
    .await;
    assert!(osh.body.contains("Найдено актов: 1"));
    assert!(osh.body.contains("href=\"/acts/act-theft-osh\""));
    assert!(osh.body.contains("<option value=\"osh-city\" selected>"));

    let facet_counts = get(&s.router, "/search?kind=ruling").await;
    assert!(facet_counts.body.contains("Найдено актов: 25"));
    assert!(
        facet_counts.body.contains("Определение</strong> (25)"),
        "selected facet is marked"
    );

    let dated = get(
        &s.router,
        "/search?date_from=2025-01-01&date_to=2026-01-31&sort=date_asc",
    )
    .await;
    assert!(dated.body.contains("Найдено актов: 2"));
    let first = dated.body.find("act-theft-osh").unwrap();
    let second = dated.body.find("act-divorce-1").unwrap();
    assert!(first < second, "oldest first");

    let by_number = get(
        &s.router,
        "/search?case_number=%D0%B3%D0%B4-act-divorce-1%2F26",
    )
    .await;
    assert!(
        by_number.body.contains("Найдено актов: 1"),
        "{}",
        by_number.body
    );
    let by_judge = get(
        &s.router,
        "/search?judge=%D0%B0%D1%81%D0%B0%D0%BD%D0%BE%D0%B2",
    )
    .await;
    assert!(
        by_judge
            .body
            .contains(&format!("Найдено актов: {}", s.acts.len()))
    );
}

#[tokio::test]
async fn empty_bad_and_fruitless_queries_get_a_helpful_page() {
    let s = site();
    let table = [
        ("/search", StatusCode::OK, "Найдено актов: 28"),
        ("/search?q=((", StatusCode::OK, "Найдено актов"),
        ("/search?q=%22", StatusCode::OK, "Найдено актов"),
        (
            "/search?q=%D0%B7%D0%B0%D0%B1%D0%BE%D1%80",
            StatusCode::OK,
            "Проверьте написание слов",
        ),
        (
            "/search?kind=bogus",
            StatusCode::OK,
            "Значение фильтра не распознано и не применено: kind",
        ),
        (
            "/search?date_from=yesterday",
            StatusCode::OK,
            "не применено: date_from",
        ),
        (
            "/search?page=99999",
            StatusCode::OK,
            "Такой далёкой страницы нет",
        ),
        (
            "/search?per_page=abc&page=-1",
            StatusCode::OK,
            "не применено: page",
        ),
    ];
    for (uri, status, expected) in table {
        let page = get(&s.router, uri).await;
        assert_eq!(page.status, status, "{uri}");
        assert!(
            page.body.contains(expected),
            "{uri}: expected {expected:?} in {}",
            page.body
        );
    }
    let long = format!("/search?q={}", "%D1%8F".repeat(600));
    let page = get(&s.router, &long).await;
    assert!(page.body.contains("Запрос слишком длинный"));
}

#[tokio::test]
async fn act_page_has_metadata_paragraphs_and_downloads() {
    let s = site();
    let page = get(&s.router, "/acts/act-theft-1").await;
    assert_eq!(page.status, StatusCode::OK);
    let b = &page.body;
    assert!(
        b.contains("<h1>Приговор по делу № УД-act-theft-1/26</h1>"),
        "{b}"
    );
    assert!(b.contains("<dd>Первомайский районный суд г. Бишкек</dd>"));
    assert!(b.contains("<time datetime=\"2026-02-10\">10.02.2026</time>"));
    assert!(b.contains("<dd>Асанов Б.Ж.</dd>"));
    assert!(
        b.contains("<p>Именем Кыргызской Республики</p>"),
        "one <p> per paragraph"
    );
    assert!(b.contains("[ФИО-1] совершил кражу"));
    assert!(b.contains("href=\"/acts/act-theft-1/text.txt\""));
    assert!(b.contains("href=\"/acts/act-theft-1/act.json\""));

    let txt = get(&s.router, "/acts/act-theft-1/text.txt").await;
    assert_eq!(txt.status, StatusCode::OK);
    assert_eq!(txt.header("content-type"), "text/plain; charset=utf-8");
    assert!(
        txt.header("content-disposition")
            .contains("act-theft-1.txt")
    );
    assert!(
        txt.body
            .contains("[ФИО-1] совершил кражу сотового телефона")
    );
    assert!(txt.body.contains(&format!("{BASE}/acts/act-theft-1")));

    let json = get(&s.router, "/acts/act-theft-1/act.json").await;
    assert!(
        json.header("content-disposition")
            .contains("act-theft-1.json")
    );
    assert_eq!(json.json()["case_number"], "УД-act-theft-1/26");

    let missing = get(&s.router, "/acts/no-such-act").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.body.contains("Акт не найден"));
}

#[tokio::test]
async fn api_search_mirrors_the_page() {
    let s = site();
    let r = get(&s.router, "/api/v1/search?q=%D0%BA%D1%80%D0%B0%D0%B6%D0%B0&court=bishkek-pervomaisky&per_page=5&page=2").await;
    assert_eq!(r.status, StatusCode::OK);
    let v = r.json();
    assert_eq!(v["total"], 26);
    assert_eq!(v["page"], 2);
    assert_eq!(v["per_page"], 5);
    let hits = v["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 5);
    for hit in hits {
        assert_eq!(hit["court"]["code"], "bishkek-pervomaisky");
        let url = hit["url"].as_str().unwrap();
        assert!(url.starts_with(&format!("{BASE}/acts/")), "{url}");
        let html = hit["snippet"]["html"].as_str().unwrap();
        assert!(html.contains("<mark>"), "{html}");
        let fragment = hit["snippet"]["fragment"].as_str().unwrap();
        let range = &hit["snippet"]["highlighted"][0];
        let (a, b) = (
            range[0].as_u64().unwrap() as usize,
            range[1].as_u64().unwrap() as usize,
        );
        assert!(fragment[a..b].to_lowercase().starts_with("краж"));
    }
    assert_eq!(v["facets"]["courts"][0]["code"], "bishkek-pervomaisky");

    let facets = get(&s.router, "/api/v1/facets?category=civil").await.json();
    assert_eq!(facets["total"], 1);
    assert_eq!(facets["facets"]["kinds"][0]["value"], "decision");

    let act = get(&s.router, "/api/v1/acts/act-divorce-1").await.json();
    assert_eq!(act["act_id"], "act-divorce-1");
    assert_eq!(act["court"]["name"], "Ошский городской суд");
    assert!(act["masked_text"].as_str().unwrap().contains("[ФИО-1]"));

    let latest = get(&s.router, "/api/v1/latest?limit=3").await.json();
    assert_eq!(latest["acts"].as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn api_errors_are_stable_json() {
    let s = site();
    let long = format!("/api/v1/search?q={}", "a".repeat(501));
    let table: Vec<(String, StatusCode, &str)> = vec![
        (
            "/api/v1/search?per_page=101".into(),
            StatusCode::BAD_REQUEST,
            "per_page_too_large",
        ),
        (
            "/api/v1/search?per_page=0".into(),
            StatusCode::BAD_REQUEST,
            "invalid_parameter",
        ),
        (
            "/api/v1/search?kind=bogus".into(),
            StatusCode::BAD_REQUEST,
            "invalid_parameter",
        ),
        (
            "/api/v1/search?date_to=31.12.2025".into(),
            StatusCode::BAD_REQUEST,
            "invalid_parameter",
        ),
        (
            "/api/v1/search?page=1000".into(),
            StatusCode::BAD_REQUEST,
            "page_too_deep",
        ),
        (long, StatusCode::BAD_REQUEST, "query_too_long"),
        (
            "/api/v1/facets?sort=random".into(),
            StatusCode::BAD_REQUEST,
            "invalid_parameter",
        ),
        (
            "/api/v1/latest?limit=1000".into(),
            StatusCode::BAD_REQUEST,
            "invalid_parameter",
        ),
        (
            "/api/v1/acts/unknown".into(),
            StatusCode::NOT_FOUND,
            "act_not_found",
        ),
        (
            "/api/v1/nothing-here".into(),
            StatusCode::NOT_FOUND,
            "route_not_found",
        ),
    ];
    for (uri, status, code) in table {
        let r = get(&s.router, &uri).await;
        assert_eq!(r.status, status, "{uri}");
        let v = r.json();
        assert_eq!(v["code"], code, "{uri}");
        assert_eq!(v["type"], "invalid_request", "{uri}");
        assert_eq!(v["link"], format!("/api#error-{code}"), "{uri}");
        assert!(!v["message"].as_str().unwrap().is_empty());
    }
    // Every link points at an anchor the API page has.
    let help = get(&s.router, "/api").await;
    for code in courtpub_web::ApiErrorCode::ALL {
        assert!(
            help.body
                .contains(&format!("id=\"error-{}\"", code.as_str())),
            "{code:?}"
        );
    }
}

#[tokio::test]
async fn cors_allows_reuse_from_other_sites() {
    let s = site();
    let request = Request::get("/api/v1/search?q=x")
        .header("origin", "https://data.gov.kg")
        .body(Body::empty())
        .unwrap();
    let r = get_with(&s.router, request).await;
    assert_eq!(r.header("access-control-allow-origin"), "*");
    let preflight = Request::options("/api/v1/search")
        .header("origin", "https://data.gov.kg")
        .header("access-control-request-method", "GET")
        .body(Body::empty())
        .unwrap();
    let r = get_with(&s.router, preflight).await;
    assert!(r.status.is_success());
    assert!(r.header("access-control-allow-methods").contains("GET"));
}

#[tokio::test]
async fn atom_feed_lists_new_acts() {
    let s = site();
    let r = get(&s.router, "/feed.atom").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(
        r.header("content-type"),
        "application/atom+xml; charset=utf-8"
    );
    assert!(
        r.body
            .starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
    );
    assert_eq!(r.body.matches("<entry>").count(), s.acts.len());
    assert_eq!(r.body.matches("</entry>").count(), s.acts.len());
    assert!(
        r.body
            .contains(&format!("<id>{BASE}/acts/act-theft-1</id>"))
    );
    assert!(
        r.body
            .contains("Решение № ГД-act-divorce-1/26 от 20.01.2026 — Ошский городской суд")
    );
}

#[tokio::test]
async fn exports_hold_every_act_once() {
    let s = site();
    let jsonl = get(&s.router, "/export/acts.jsonl").await;
    assert_eq!(jsonl.status, StatusCode::OK);
    assert!(
        jsonl
            .header("content-disposition")
            .contains("courtpub-acts.jsonl")
    );
    let mut ids: Vec<String> = jsonl
        .body
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["act_id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    ids.sort();
    let mut expected: Vec<String> = s.acts.iter().map(|a| a.meta.act_id.0.clone()).collect();
    expected.sort();
    assert_eq!(ids, expected);

    let csv = get(&s.router, "/export/acts.csv").await;
    assert!(csv.header("content-type").starts_with("text/csv"));
    let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(headers.iter().next(), Some("act_id"));
    let text_col = headers.iter().position(|h| h == "masked_text").unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), s.acts.len());
    let theft = rows.iter().find(|r| &r[0] == "act-theft-1").unwrap();
    assert_eq!(
        theft[text_col],
        s.acts[0].public().masked_text,
        "multi-line text survives CSV quoting"
    );

    // The CLI export writes the same records.
    let mut out = Vec::new();
    let n = courtpub_web::write_export(&s.reader, courtpub_web::ExportFormat::JsonLines, &mut out)
        .unwrap();
    assert_eq!(n as usize, s.acts.len());
    assert_eq!(
        String::from_utf8(out).unwrap().lines().count(),
        s.acts.len()
    );
}

#[tokio::test]
async fn revised_and_withdrawn_acts_show_after_commit() {
    let s = site();
    let mut writer = s.index.writer().unwrap();
    let mut revised = s.acts[1].public();
    revised.meta.revision = 2;
    revised.masked_text =
        "РЕШЕНИЕ (новая редакция)\nИск о расторжении брака оставить без рассмотрения.".into();
    writer.upsert(&revised).unwrap();
    writer.delete(&ActId("act-theft-1".into())).unwrap();
    writer.commit().unwrap();
    s.reader.reload().unwrap();

    let page = get(&s.router, "/acts/act-divorce-1").await;
    assert!(page.body.contains("новая редакция"));
    assert!(page.body.contains("<dd>2</dd>"), "revision shown");
    assert_eq!(
        get(&s.router, "/acts/act-theft-1").await.status,
        StatusCode::NOT_FOUND
    );
    let search = get(
        &s.router,
        "/api/v1/search?q=%D1%82%D0%B5%D0%BB%D0%B5%D1%84%D0%BE%D0%BD",
    )
    .await
    .json();
    assert_eq!(search["total"], 0, "withdrawn act is not searchable");
}
