//! The OpenAPI document is valid and matches the routes.

use crate::fixture::{get, site};
use axum::http::StatusCode;
use std::collections::BTreeSet;

#[tokio::test]
async fn document_matches_the_routes() {
    let s = site();
    let r = get(&s.router, "/api/v1/openapi.json").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.header("content-type").starts_with("application/json"));
    let doc = r.json();
    assert_eq!(doc["openapi"], "3.1.0");
    assert!(doc["info"]["title"].is_string() && doc["info"]["version"].is_string());
    assert_eq!(doc["servers"][0]["url"], crate::fixture::BASE);

    let documented: BTreeSet<String> = doc["paths"].as_object().unwrap().keys().cloned().collect();
    let routed: BTreeSet<String> = courtpub_web::machine_paths()
        .into_iter()
        .map(String::from)
        .collect();
    assert_eq!(
        documented, routed,
        "every route documented and every documented path routed"
    );

    for (path, item) in doc["paths"].as_object().unwrap() {
        let get_op = &item["get"];
        assert!(get_op["operationId"].is_string(), "{path}");
        assert!(get_op["responses"]["200"].is_object(), "{path}");
        // Path parameters are declared.
        for name in path.split('{').skip(1).filter_map(|p| p.split('}').next()) {
            let declared = get_op["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|p| p["name"] == name && p["in"] == "path");
            assert!(declared, "{path}: parameter {name}");
        }
        let uri = path.replace("{act_id}", "act-theft-1");
        let reply = get(&s.router, &uri).await;
        assert_eq!(reply.status, StatusCode::OK, "{uri}");
    }

    // Every $ref resolves.
    let text = r.body.clone();
    for part in text.split("\"$ref\":\"#/components/schemas/").skip(1) {
        let name = part.split('"').next().unwrap();
        assert!(
            doc["components"]["schemas"][name].is_object(),
            "dangling $ref {name}"
        );
    }
    // The error codes listed are the ones the API returns.
    let codes: BTreeSet<&str> = doc["components"]["schemas"]["Error"]["properties"]["code"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    let expected: BTreeSet<&str> = courtpub_web::ApiErrorCode::ALL
        .iter()
        .map(|c| c.as_str())
        .collect();
    assert_eq!(codes, expected);
}
