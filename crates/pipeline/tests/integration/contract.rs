//! The committed JSON Schema, its examples and the Rust decoder agree.

use courtpub_pipeline::message::{self, ActMessage, MessageLimits};
use serde_json::{Value, json};
use std::path::PathBuf;

fn schema_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schema")
}

fn validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(schema_dir().join("act-message.v1.schema.json"))
        .expect("schema file");
    let schema: Value = serde_json::from_str(&text).expect("schema is json");
    jsonschema::validator_for(&schema).expect("schema compiles")
}

fn examples() -> Vec<(String, Value)> {
    let mut out: Vec<(String, Value)> = std::fs::read_dir(schema_dir().join("examples"))
        .expect("examples folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let v = serde_json::from_str(&std::fs::read_to_string(&p).expect("read"))
                .expect("example is json");
            (
                p.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                v,
            )
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn every_example_is_valid_for_the_schema_and_the_decoder() {
    let v = validator();
    let all = examples();
    assert!(all.len() >= 3, "examples missing");
    let mut kinds = Vec::new();
    for (name, example) in &all {
        let errors: Vec<String> = v.iter_errors(example).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{name} fails the schema: {errors:?}");
        let body = serde_json::to_vec(example).expect("encode");
        let msg = message::decode(&body, &MessageLimits::default())
            .unwrap_or_else(|r| panic!("{name} fails the decoder: {}", r.error));
        kinds.push(matches!(msg, ActMessage::Act(_)));
        // What the Rust side writes is valid for the schema too.
        let written: Value = serde_json::from_slice(&msg.to_json()).expect("json");
        assert!(v.is_valid(&written), "re-encoded {name} fails the schema");
    }
    assert!(
        kinds.contains(&true) && kinds.contains(&false),
        "need act and withdraw examples"
    );
}

#[test]
fn schema_and_decoder_reject_the_same_mistakes() {
    let v = validator();
    let (_, base) = examples()
        .into_iter()
        .find(|(n, _)| n == "act-txt.json")
        .expect("act-txt.json");
    // (name, pointer to the field, new value or null to remove it)
    let cases: &[(&str, &str, Option<Value>)] = &[
        ("unknown_version", "/schema_version", Some(json!(2))),
        ("no_act_id", "/act_id", None),
        ("bad_act_id", "/act_id", Some(json!("has space"))),
        ("revision_zero", "/revision", Some(json!(0))),
        ("bad_kind", "/kind", Some(json!("sentence"))),
        ("bad_language", "/language", Some(json!("en"))),
        ("blank_case_number", "/case_number", Some(json!(""))),
        ("extra_field", "/surprise", Some(json!(1))),
        (
            "bad_media_type",
            "/document/media_type",
            Some(json!("image/png")),
        ),
        ("bad_base64", "/document/content_base64", Some(json!("@@@"))),
        (
            "dir_in_file_name",
            "/document/file_name",
            Some(json!("a/b.txt")),
        ),
        ("no_document", "/document", None),
    ];
    for (name, pointer, value) in cases {
        let mut m = base.clone();
        let (parent, key) = pointer.rsplit_once('/').expect("pointer");
        let target = if parent.is_empty() {
            &mut m
        } else {
            m.pointer_mut(parent).expect("parent")
        };
        let obj = target.as_object_mut().expect("object");
        match value {
            Some(x) => {
                obj.insert(key.to_owned(), x.clone());
            }
            None => {
                obj.remove(key);
            }
        }
        assert!(!v.is_valid(&m), "{name}: the schema accepts it");
        let body = serde_json::to_vec(&m).expect("encode");
        assert!(
            message::decode(&body, &MessageLimits::default()).is_err(),
            "{name}: the decoder accepts it"
        );
    }
}
