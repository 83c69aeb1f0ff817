//! No response of the public site ever contains restricted data.

use crate::fixture::{RESTRICTED, get, site};

#[tokio::test]
async fn no_response_contains_a_restricted_string() {
    let s = site();
    // The originals do hold the restricted strings: the test would catch a leak.
    for needle in RESTRICTED {
        assert!(
            s.acts.iter().any(|a| a.original.contains(needle)),
            "{needle} is in no original"
        );
    }
    let mut uris: Vec<String> = [
        "/",
        "/?lang=ky",
        "/search",
        "/search?q=%D0%BA%D1%80%D0%B0%D0%B6%D0%B0",
        "/search?q=%D0%B0%D0%BB%D0%B8%D0%BC%D0%B5%D0%BD%D1%82%D1%8B&lang=ky",
        "/search?q=%5B%D0%A4%D0%98%D0%9E-1%5D",
        "/api/v1/search?q=%D0%BA%D1%80%D0%B0%D0%B6%D0%B0&per_page=100",
        "/api/v1/search?per_page=100",
        "/api/v1/facets",
        "/api/v1/latest?limit=100",
        "/api/v1/openapi.json",
        "/feed.atom",
        "/export/acts.jsonl",
        "/export/acts.csv",
        "/api",
    ]
    .iter()
    .map(|u| u.to_string())
    .collect();
    for a in &s.acts {
        let id = &a.meta.act_id.0;
        uris.push(format!("/acts/{id}"));
        uris.push(format!("/acts/{id}?lang=ky"));
        uris.push(format!("/acts/{id}/text.txt"));
        uris.push(format!("/acts/{id}/act.json"));
        uris.push(format!("/api/v1/acts/{id}"));
    }
    for uri in &uris {
        let r = get(&s.router, uri).await;
        assert!(r.status.is_success(), "{uri}: {}", r.status);
        for needle in RESTRICTED {
            assert!(!r.body.contains(needle), "{uri} leaks {needle:?}");
        }
    }
    // The pseudonyms are what the public sees instead.
    let act = get(&s.router, "/acts/act-theft-1").await;
    assert!(
        act.body.contains("[ФИО-1]") && act.body.contains("[ФИО-2]") && act.body.contains("[ПИН]")
    );
}

#[tokio::test]
async fn searching_for_a_masked_name_finds_nothing() {
    let s = site();
    for name in ["Бекмуратов", "Сыдыковой", "21204199000123"] {
        let uri = format!("/api/v1/search?q={}", courtpub_web_test_encode(name));
        let v = get(&s.router, &uri).await.json();
        assert_eq!(v["total"], 0, "{name} must not be in the index");
    }
}

fn courtpub_web_test_encode(s: &str) -> String {
    s.bytes().map(|b| format!("%{b:02X}")).collect()
}
