//! The OpenAPI 3.1 document of the machine-readable endpoints.

use crate::PublicState;
use crate::error::ApiErrorCode;
use axum::Json;
use axum::extract::State;
use serde_json::{Value, json};

fn query_param(name: &str, description: &str, schema: Value) -> Value {
    json!({"name": name, "in": "query", "required": false, "description": description, "schema": schema})
}

fn search_params() -> Vec<Value> {
    let s = |t: &str| json!({"type": t});
    let e = |values: &[&str]| json!({"type": "string", "enum": values});
    vec![
        query_param(
            "q",
            "Keywords (Russian stemming), \"phrases in quotes\", -excluded words; at most 500 characters",
            json!({"type": "string", "maxLength": 500}),
        ),
        query_param("court", "Court code, e.g. bishkek-pervomaisky", s("string")),
        query_param(
            "kind",
            "Kind of act",
            e(&["verdict", "decision", "resolution", "ruling"]),
        ),
        query_param(
            "category",
            "Case category",
            e(&[
                "criminal",
                "civil",
                "administrative",
                "economic",
                "misdemeanor",
            ]),
        ),
        query_param("instance", "Instance", e(&["first", "appeal", "cassation"])),
        query_param(
            "judge",
            "Words of a judge's name, matched as a phrase",
            s("string"),
        ),
        query_param(
            "date_from",
            "Decision date from (inclusive)",
            json!({"type": "string", "format": "date"}),
        ),
        query_param(
            "date_to",
            "Decision date to (inclusive)",
            json!({"type": "string", "format": "date"}),
        ),
        query_param(
            "case_number",
            "Exact case number, case-insensitive",
            s("string"),
        ),
        query_param("language", "Language of the act", e(&["ru", "ky"])),
        query_param(
            "sort",
            "Order of hits; relevance without keywords means newest first",
            e(&["relevance", "date_desc", "date_asc"]),
        ),
        query_param(
            "page",
            "Page number from 1; a page may not start beyond hit 10000",
            json!({"type": "integer", "minimum": 1}),
        ),
        query_param(
            "per_page",
            "Hits per page",
            json!({"type": "integer", "minimum": 1, "maximum": 100, "default": 20}),
        ),
    ]
}

fn error_responses() -> Value {
    json!({
        "400": {"description": "Invalid parameter", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
        "500": {"description": "Server error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    })
}

fn ok(description: &str, media: &str, schema: Value) -> Value {
    json!({"description": description, "content": {media: {"schema": schema}}})
}

/// The document; `base_url` becomes its server.
pub fn build(base_url: &str) -> Value {
    let mut search_responses = error_responses();
    search_responses["200"] = ok(
        "A page of hits",
        "application/json",
        json!({"$ref": "#/components/schemas/SearchResponse"}),
    );
    let mut facet_responses = error_responses();
    facet_responses["200"] = ok(
        "Counts per value",
        "application/json",
        json!({
            "type": "object", "required": ["total", "facets"],
            "properties": {"total": {"type": "integer"}, "facets": {"$ref": "#/components/schemas/Facets"}}
        }),
    );
    let mut latest_responses = error_responses();
    latest_responses["200"] = ok(
        "Newest publications first",
        "application/json",
        json!({
            "type": "object", "required": ["acts"],
            "properties": {"acts": {"type": "array", "items": {"$ref": "#/components/schemas/Act"}}}
        }),
    );
    let codes: Vec<&str> = ApiErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    let string = json!({"type": "string"});
    let meta_properties = json!({
        "act_id": string, "revision": {"type": "integer"},
        "court": {"type": "object", "properties": {"code": string, "name": string}, "required": ["code", "name"]},
        "case_number": string,
        "kind": {"type": "string", "enum": ["verdict", "decision", "resolution", "ruling"]},
        "case_category": {"type": "string", "enum": ["criminal", "civil", "administrative", "economic", "misdemeanor"]},
        "instance": {"type": "string", "enum": ["first", "appeal", "cassation"]},
        "decision_date": {"type": "string", "format": "date"},
        "judges": {"type": "array", "items": string},
        "language": {"type": "string", "enum": ["ru", "ky"]},
        "published_at": {"type": "string", "format": "date-time"},
        "url": {"type": "string", "format": "uri"}
    });
    let mut act_properties = meta_properties.clone();
    act_properties["text_url"] = json!({"type": "string", "format": "uri"});
    act_properties["masked_text"] = json!({"type": "string", "description": "Depersonalized text; paragraphs separated by newlines"});
    let mut hit_properties = meta_properties;
    hit_properties["score"] = json!({"type": "number"});
    hit_properties["snippet"] = json!({
        "type": "object", "required": ["fragment", "highlighted", "html"],
        "properties": {
            "fragment": string,
            "highlighted": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2}},
            "html": string
        }
    });
    let count_of = |value: Value| json!({"type": "array", "items": {"type": "object", "required": ["value", "count"], "properties": {"value": value, "count": {"type": "integer"}}}});
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "courtpub public API",
            "version": "1",
            "description": "Depersonalized court acts of the Kyrgyz Republic: search, acts, facets, feed and bulk open-data export. Only public metadata and masked text are ever served.",
            "license": {"name": "Apache-2.0", "identifier": "Apache-2.0"}
        },
        "servers": [{"url": base_url}],
        "paths": {
            "/api/v1/search": {"get": {
                "operationId": "search", "summary": "Search the published acts",
                "parameters": search_params(), "responses": search_responses
            }},
            "/api/v1/facets": {"get": {
                "operationId": "facets", "summary": "Counts of matching acts per court, kind, category, instance, language and judge",
                "parameters": search_params(), "responses": facet_responses
            }},
            "/api/v1/latest": {"get": {
                "operationId": "latest", "summary": "Most recently published acts",
                "parameters": [query_param("limit", "How many", json!({"type": "integer", "minimum": 1, "maximum": 100, "default": 20}))],
                "responses": latest_responses
            }},
            "/api/v1/acts/{act_id}": {"get": {
                "operationId": "getAct", "summary": "One published act",
                "parameters": [{"name": "act_id", "in": "path", "required": true, "schema": {"type": "string"}}],
                "responses": {
                    "200": ok("The act", "application/json", json!({"$ref": "#/components/schemas/Act"})),
                    "404": {"description": "Not published or withdrawn", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
                }
            }},
            "/api/v1/openapi.json": {"get": {
                "operationId": "openapi", "summary": "This document",
                "responses": {"200": ok("OpenAPI 3.1 document", "application/json", json!({"type": "object"}))}
            }},
            "/feed.atom": {"get": {
                "operationId": "feed", "summary": "Atom feed of the 50 most recently published acts",
                "responses": {"200": ok("Atom 1.0 feed", "application/atom+xml", json!({"type": "string"}))}
            }},
            "/export/acts.jsonl": {"get": {
                "operationId": "exportJsonLines", "summary": "Every published act, one JSON object per line",
                "responses": {"200": ok("JSON Lines", "application/x-ndjson", json!({"$ref": "#/components/schemas/ExportRecord"}))}
            }},
            "/export/acts.csv": {"get": {
                "operationId": "exportCsv", "summary": "Every published act as CSV with a header row; judges joined with \"; \"",
                "responses": {"200": ok("CSV", "text/csv", json!({"type": "string"}))}
            }}
        },
        "components": {"schemas": {
            "Error": {
                "type": "object", "required": ["message", "code", "type", "link"],
                "properties": {
                    "message": string,
                    "code": {"type": "string", "enum": codes},
                    "type": {"type": "string", "enum": ["invalid_request", "internal"]},
                    "link": string
                }
            },
            "Act": {"type": "object", "properties": act_properties, "required": ["act_id", "revision", "court", "case_number", "kind", "case_category", "instance", "decision_date", "judges", "language", "published_at", "url", "masked_text"]},
            "Hit": {"type": "object", "properties": hit_properties, "required": ["act_id", "court", "kind", "decision_date", "url", "snippet"]},
            "Facets": {"type": "object", "properties": {
                "courts": {"type": "array", "items": {"type": "object", "properties": {"code": string, "name": string, "count": {"type": "integer"}}}},
                "kinds": count_of(string.clone()), "categories": count_of(string.clone()),
                "instances": count_of(string.clone()), "languages": count_of(string.clone()),
                "judges": count_of(string.clone())
            }},
            "SearchResponse": {"type": "object", "required": ["query", "total", "page", "per_page", "hits", "facets", "warnings"], "properties": {
                "query": string, "total": {"type": "integer"}, "page": {"type": "integer"}, "per_page": {"type": "integer"},
                "hits": {"type": "array", "items": {"$ref": "#/components/schemas/Hit"}},
                "facets": {"$ref": "#/components/schemas/Facets"},
                "warnings": {"type": "array", "items": string}
            }},
            "ExportRecord": {"type": "object", "properties": {
                "act_id": string, "revision": {"type": "integer"}, "court_code": string, "court_name": string,
                "case_number": string, "kind": string, "case_category": string, "instance": string,
                "decision_date": {"type": "string", "format": "date"}, "judges": {"type": "array", "items": string},
                "language": string, "published_at": {"type": "string", "format": "date-time"}, "masked_text": string
            }}
        }}
    })
}

pub async fn document(State(state): State<PublicState>) -> Json<Value> {
    Json(build(&state.base_url))
}
