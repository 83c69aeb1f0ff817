//! Behaviour of the public index: idempotent writes, stemming, filters, facets, snippets.

use chrono::NaiveDate;
use courtpub_domain::{
    ActId, ActKind, ActMeta, CaseCategory, Court, Instance, Language, PublicAct,
};
use courtpub_index::{ActIndex, Filters, IndexError, SearchRequest, Sort, Upsert};

fn act(id: &str, revision: u32, text: &str) -> PublicAct {
    PublicAct {
        meta: ActMeta {
            act_id: ActId(id.to_string()),
            revision,
            court: Court {
                code: "bishkek-pervomaisky".into(),
                name: "Первомайский районный суд г. Бишкек".into(),
            },
            case_number: format!("УД-{id}/26"),
            kind: ActKind::Verdict,
            case_category: CaseCategory::Criminal,
            instance: Instance::First,
            decision_date: NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
            judges: vec!["Асанов Б.Ж.".into()],
            language: Language::Ru,
        },
        masked_text: text.to_string(),
    }
}

fn search(reader: &courtpub_index::IndexReader, query: &str, filters: Filters) -> Vec<String> {
    let results = reader
        .search(&SearchRequest {
            query: query.into(),
            filters,
            limit: 50,
            ..SearchRequest::default()
        })
        .unwrap();
    let mut ids: Vec<String> = results.hits.into_iter().map(|h| h.meta.act_id.0).collect();
    ids.sort();
    ids
}

fn indexed(acts: &[PublicAct]) -> (ActIndex, courtpub_index::IndexReader) {
    let index = ActIndex::in_ram();
    let mut writer = index.writer().unwrap();
    for a in acts {
        writer.upsert(a).unwrap();
    }
    writer.commit().unwrap();
    let reader = index.reader().unwrap();
    (index, reader)
}

mod writes {
    use super::*;

    #[test]
    fn upsert_twice_leaves_one_document() {
        let a = act("a1", 1, "[ФИО-1] совершил кражу");
        let (index, reader) = indexed(std::slice::from_ref(&a));
        let mut writer = index.writer().unwrap();
        assert_eq!(writer.upsert(&a).unwrap(), Upsert::Applied);
        assert_eq!(writer.upsert(&a).unwrap(), Upsert::Applied);
        writer.commit().unwrap();
        reader.reload().unwrap();
        assert_eq!(reader.count(), 1);
        assert_eq!(search(&reader, "кражу", Filters::default()), ["a1"]);
    }

    #[test]
    fn higher_revision_replaces_and_lower_is_stale() {
        let (index, reader) = indexed(&[act("a1", 1, "первая редакция о краже")]);
        let mut writer = index.writer().unwrap();
        assert_eq!(
            writer
                .upsert(&act("a1", 2, "вторая редакция о мошенничестве"))
                .unwrap(),
            Upsert::Applied
        );
        writer.commit().unwrap();
        assert_eq!(
            writer
                .upsert(&act("a1", 1, "первая редакция о краже"))
                .unwrap(),
            Upsert::Stale {
                indexed_revision: 2
            }
        );
        writer.commit().unwrap();
        reader.reload().unwrap();
        assert_eq!(reader.count(), 1);
        let got = reader.get(&ActId("a1".into())).unwrap().unwrap();
        assert_eq!(got.act.meta.revision, 2);
        assert!(got.act.masked_text.contains("вторая"));
        assert!(search(&reader, "краже", Filters::default()).is_empty());
        assert_eq!(search(&reader, "мошенничестве", Filters::default()), ["a1"]);
    }

    #[test]
    fn stale_revision_is_detected_before_commit() {
        let index = ActIndex::in_ram();
        let mut writer = index.writer().unwrap();
        writer.upsert(&act("a1", 3, "текст")).unwrap();
        assert_eq!(
            writer.upsert(&act("a1", 2, "текст")).unwrap(),
            Upsert::Stale {
                indexed_revision: 3
            }
        );
    }

    #[test]
    fn delete_removes_and_is_idempotent() {
        let (index, reader) = indexed(&[act("a1", 1, "кража"), act("a2", 1, "кража")]);
        let mut writer = index.writer().unwrap();
        writer.delete(&ActId("a1".into())).unwrap();
        writer.delete(&ActId("a1".into())).unwrap();
        writer.delete(&ActId("absent".into())).unwrap();
        writer.commit().unwrap();
        reader.reload().unwrap();
        assert_eq!(reader.count(), 1);
        assert!(reader.get(&ActId("a1".into())).unwrap().is_none());
        assert_eq!(search(&reader, "кража", Filters::default()), ["a2"]);
    }

    #[test]
    fn withdrawn_act_can_be_published_again() {
        let (index, reader) = indexed(&[act("a1", 2, "кража")]);
        let mut writer = index.writer().unwrap();
        writer.delete(&ActId("a1".into())).unwrap();
        writer.upsert(&act("a1", 1, "кража")).unwrap();
        writer.commit().unwrap();
        reader.reload().unwrap();
        assert_eq!(
            reader
                .get(&ActId("a1".into()))
                .unwrap()
                .unwrap()
                .act
                .meta
                .revision,
            1
        );
    }

    #[test]
    fn second_writer_on_a_folder_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let index = ActIndex::open_or_create(dir.path()).unwrap();
        let _first = index.writer().unwrap();
        let again = ActIndex::open_or_create(dir.path()).unwrap();
        assert!(matches!(
            again.writer(),
            Err(IndexError::WriterLocked { .. })
        ));
    }

    #[test]
    fn folder_index_survives_reopen() {
        let dir = tempfile::tempdir().unwrap();
        {
            let index = ActIndex::open_or_create(dir.path()).unwrap();
            let mut writer = index.writer().unwrap();
            writer.upsert(&act("a1", 1, "кража телефона")).unwrap();
            writer.commit().unwrap();
        }
        let index = ActIndex::open_or_create(dir.path()).unwrap();
        let reader = index.reader().unwrap();
        assert_eq!(search(&reader, "телефон", Filters::default()), ["a1"]);
    }

    #[test]
    fn full_scan_yields_every_act_once() {
        let acts: Vec<_> = (0..30)
            .map(|i| act(&format!("a{i:02}"), 1, "текст"))
            .collect();
        let (index, reader) = indexed(&acts);
        let mut writer = index.writer().unwrap();
        writer.upsert(&acts[0]).unwrap();
        writer.delete(&acts[1].meta.act_id).unwrap();
        writer.commit().unwrap();
        reader.reload().unwrap();
        let mut ids: Vec<String> = reader
            .acts()
            .map(|a| a.unwrap().act.meta.act_id.0)
            .collect();
        ids.sort();
        let expected: Vec<String> = (0..30)
            .filter(|i| *i != 1)
            .map(|i| format!("a{i:02}"))
            .collect();
        assert_eq!(ids, expected);
    }
}

mod queries {
    use super::*;

    #[test]
    fn russian_stemming_matches_case_forms() {
        let (_index, reader) = indexed(&[
            act("a1", 1, "Суд рассмотрел дело о краже сотового телефона."),
            act("a2", 1, "Иск о расторжении брака и взыскании алиментов."),
        ]);
        // (query, expected ids)
        let table: &[(&str, &[&str])] = &[
            ("кража", &["a1"]),
            ("кражи", &["a1"]),
            ("Сотовый телефон", &["a1"]),
            ("расторжение брака алименты", &["a2"]),
            ("кража алименты", &[]),
            ("\"сотового телефона\"", &["a1"]),
            ("\"телефона сотового\"", &[]),
            ("кража -телефон", &[]),
        ];
        for (query, expected) in table {
            assert_eq!(
                &search(&reader, query, Filters::default()),
                expected,
                "query {query:?}"
            );
        }
    }

    #[test]
    fn kyrgyz_text_matches_lowercased_tokens() {
        let mut ky = act("k1", 1, "Сот Асанбековдун арызын карап чыкты.");
        ky.meta.language = Language::Ky;
        let (_index, reader) = indexed(&[ky, act("r1", 1, "арызын")]);
        assert_eq!(search(&reader, "АРЫЗЫН", Filters::default()), ["k1", "r1"]);
        let only_ky = Filters {
            language: Some(Language::Ky),
            ..Filters::default()
        };
        assert_eq!(search(&reader, "арызын", only_ky), ["k1"]);
    }

    #[test]
    fn bad_queries_do_not_fail() {
        let (_index, reader) = indexed(&[act("a1", 1, "кража")]);
        for query in [
            "\"",
            "((",
            "AND",
            ":",
            "text_ru:",
            "a:b:c",
            "-",
            "*",
            "кража)",
            &"я".repeat(5000),
        ] {
            let results = reader.search(&SearchRequest {
                query: query.into(),
                limit: 10,
                ..Default::default()
            });
            assert!(results.is_ok(), "query {query:?}: {results:?}");
        }
    }

    fn varied() -> Vec<PublicAct> {
        let mut acts = Vec::new();
        for i in 0..12u32 {
            let mut a = act(&format!("v{i:02}"), 1, "кража имущества");
            if i % 3 == 0 {
                a.meta.court = Court {
                    code: "osh-city".into(),
                    name: "Ошский городской суд".into(),
                };
            }
            if i % 2 == 0 {
                a.meta.kind = ActKind::Resolution;
                a.meta.case_category = CaseCategory::Civil;
                a.meta.instance = Instance::Appeal;
                a.meta.judges = vec!["Токтогулова А.К.".into(), "Асанов Б.Ж.".into()];
            }
            a.meta.decision_date = NaiveDate::from_ymd_opt(2025, 1 + i, 10).unwrap();
            acts.push(a);
        }
        acts
    }

    type Keep = Box<dyn Fn(&PublicAct) -> bool>;

    #[test]
    fn filters_select_exactly_the_matching_acts() {
        let acts = varied();
        let (_index, reader) = indexed(&acts);
        let d = |m| NaiveDate::from_ymd_opt(2025, m, 10);
        let table: Vec<(&str, Filters, Keep)> = vec![
            (
                "court",
                Filters {
                    court: Some("osh-city".into()),
                    ..Default::default()
                },
                Box::new(|a| a.meta.court.code == "osh-city"),
            ),
            (
                "kind",
                Filters {
                    kind: Some(ActKind::Resolution),
                    ..Default::default()
                },
                Box::new(|a| a.meta.kind == ActKind::Resolution),
            ),
            (
                "category",
                Filters {
                    category: Some(CaseCategory::Criminal),
                    ..Default::default()
                },
                Box::new(|a| a.meta.case_category == CaseCategory::Criminal),
            ),
            (
                "instance",
                Filters {
                    instance: Some(Instance::Appeal),
                    ..Default::default()
                },
                Box::new(|a| a.meta.instance == Instance::Appeal),
            ),
            (
                "judge surname",
                Filters {
                    judge: Some("токтогулова".into()),
                    ..Default::default()
                },
                Box::new(|a| a.meta.judges.iter().any(|j| j.starts_with("Токтогулова"))),
            ),
            (
                "judge full",
                Filters {
                    judge: Some("Асанов Б.Ж.".into()),
                    ..Default::default()
                },
                Box::new(|_| true),
            ),
            (
                "date range",
                Filters {
                    date_from: d(3),
                    date_to: d(5),
                    ..Default::default()
                },
                Box::new(|a| (3..=5).contains(&chrono::Datelike::month(&a.meta.decision_date))),
            ),
            (
                "case number",
                Filters {
                    case_number: Some("уд-v07/26".into()),
                    ..Default::default()
                },
                Box::new(|a| a.meta.act_id.0 == "v07"),
            ),
            (
                "combined",
                Filters {
                    court: Some("osh-city".into()),
                    kind: Some(ActKind::Resolution),
                    ..Default::default()
                },
                Box::new(|a| a.meta.court.code == "osh-city" && a.meta.kind == ActKind::Resolution),
            ),
        ];
        for (name, filters, keep) in table {
            let mut expected: Vec<String> = acts
                .iter()
                .filter(|a| keep(a))
                .map(|a| a.meta.act_id.0.clone())
                .collect();
            expected.sort();
            assert!(
                !expected.is_empty(),
                "{name}: the table must select something"
            );
            assert_eq!(
                search(&reader, "кража", filters.clone()),
                expected,
                "{name}"
            );
            assert_eq!(
                search(&reader, "", filters),
                expected,
                "{name} without keywords"
            );
        }
    }

    #[test]
    fn facets_count_the_matching_acts() {
        let (_index, reader) = indexed(&varied());
        let results = reader
            .search(&SearchRequest {
                query: "кража".into(),
                limit: 0,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(results.total, 12);
        assert!(results.hits.is_empty());
        let courts: Vec<_> = results
            .facets
            .courts
            .iter()
            .map(|c| (c.code.as_str(), c.name.as_str(), c.count))
            .collect();
        assert_eq!(
            courts,
            [
                (
                    "bishkek-pervomaisky",
                    "Первомайский районный суд г. Бишкек",
                    8
                ),
                ("osh-city", "Ошский городской суд", 4),
            ]
        );
        let kinds: Vec<_> = results
            .facets
            .kinds
            .iter()
            .map(|k| (k.value, k.count))
            .collect();
        assert_eq!(kinds, [(ActKind::Resolution, 6), (ActKind::Verdict, 6)]);
        let judges: Vec<_> = results
            .facets
            .judges
            .iter()
            .map(|k| (k.value.as_str(), k.count))
            .collect();
        assert_eq!(judges, [("Асанов Б.Ж.", 12), ("Токтогулова А.К.", 6)]);

        let filtered = reader
            .search(&SearchRequest {
                filters: Filters {
                    court: Some("osh-city".into()),
                    ..Default::default()
                },
                ..Default::default()
            })
            .unwrap();
        assert_eq!(filtered.total, 4);
        let categories: Vec<_> = filtered
            .facets
            .categories
            .iter()
            .map(|k| (k.value, k.count))
            .collect();
        assert_eq!(
            categories,
            [(CaseCategory::Civil, 2), (CaseCategory::Criminal, 2)]
        );
    }

    #[test]
    fn sort_by_date_and_pagination() {
        let (_index, reader) = indexed(&varied());
        let page = |sort, offset| -> Vec<String> {
            reader
                .search(&SearchRequest {
                    query: "кража".into(),
                    sort,
                    offset,
                    limit: 5,
                    ..Default::default()
                })
                .unwrap()
                .hits
                .into_iter()
                .map(|h| h.meta.act_id.0)
                .collect()
        };
        assert_eq!(page(Sort::DateDesc, 0), ["v11", "v10", "v09", "v08", "v07"]);
        assert_eq!(page(Sort::DateDesc, 10), ["v01", "v00"]);
        assert_eq!(page(Sort::DateAsc, 0), ["v00", "v01", "v02", "v03", "v04"]);
        let all: Vec<String> = (0..3).flat_map(|p| page(Sort::Relevance, p * 5)).collect();
        let mut unique = all.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(
            unique.len(),
            12,
            "pages must not repeat or skip hits: {all:?}"
        );
    }

    #[test]
    fn snippets_highlight_matches_and_escape_html() {
        let text = format!(
            "{} Подсудимый <b>[ФИО-1]</b> совершил кражу сотового телефона. {}",
            "вводная часть ".repeat(40),
            "конец ".repeat(40)
        );
        let (_index, reader) = indexed(&[act("a1", 1, &text)]);
        let results = reader
            .search(&SearchRequest {
                query: "кража телефон".into(),
                limit: 10,
                ..Default::default()
            })
            .unwrap();
        let snippet = &results.hits[0].snippet;
        let marked: Vec<&str> = snippet
            .highlighted
            .iter()
            .map(|r| &snippet.fragment[r.clone()])
            .collect();
        assert_eq!(marked, ["кражу", "телефона"]);
        let html = snippet.to_html();
        assert!(html.contains("<mark>кражу</mark>"), "{html}");
        assert!(html.contains("&lt;b&gt;[ФИО-1]&lt;/b&gt;"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
        assert!(snippet.fragment.chars().count() <= 260);
    }

    #[test]
    fn latest_lists_newest_publications_first() {
        let index = ActIndex::in_ram();
        let mut writer = index.writer().unwrap();
        let base = chrono::DateTime::from_timestamp(1_780_000_000, 0).unwrap();
        for (i, id) in ["old", "newest", "middle"].iter().enumerate() {
            let offset = [0, 200, 100][i];
            writer
                .upsert_at(
                    &act(id, 1, "текст"),
                    base + chrono::Duration::seconds(offset),
                )
                .unwrap();
        }
        writer.commit().unwrap();
        let reader = index.reader().unwrap();
        let ids: Vec<String> = reader
            .latest(2)
            .unwrap()
            .into_iter()
            .map(|a| a.act.meta.act_id.0)
            .collect();
        assert_eq!(ids, ["newest", "middle"]);
    }
}
