//! The staff router through `oneshot`: access control, sessions, CSRF, every action and
//! its audit row, and a correction reaching the public index.

use crate::fixture::{
    self, App, DEFENDANT, HELD, PASSWORD, PUBLISHED, VICTIM, VICTIM_FORMS, app, login, send,
    try_login,
};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use courtpub_domain::ActId;
use courtpub_registry::{AuditRecord, Status};
use courtpub_staff::{PROTECTED_ROUTES, StaffSettings};

async fn audit(app: &App) -> Vec<AuditRecord> {
    app.registry
        .audit_log(None, 0, 10_000)
        .await
        .expect("audit")
}

async fn actions(app: &App) -> Vec<(String, String)> {
    audit(app)
        .await
        .into_iter()
        .map(|e| (e.actor, e.action))
        .collect()
}

fn request(method: &str, uri: &str) -> Request<Body> {
    Request::builder()
        .method(method)
        .uri(uri)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("csrf=x"))
        .unwrap()
}

#[tokio::test]
async fn no_staff_route_answers_without_a_session() {
    let app = app().await;
    for cookie in [None, Some("courtpub_staff=forged-token")] {
        for (method, path) in PROTECTED_ROUTES {
            let mut req = request(method, path);
            if let Some(c) = cookie {
                req.headers_mut().insert(header::COOKIE, c.parse().unwrap());
            }
            let reply = send(&app.router, req).await;
            if *method == "GET" {
                assert_eq!(reply.status, StatusCode::SEE_OTHER, "{method} {path}");
                assert!(
                    reply.location().starts_with("/login?next="),
                    "{method} {path} → {}",
                    reply.location()
                );
            } else {
                assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{method} {path}");
            }
            assert!(!reply.body.contains(DEFENDANT), "{method} {path} leaks");
        }
    }
    // Unknown paths too: the fallback is behind the login as well.
    let reply = send(&app.router, request("GET", "/anything")).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert!(audit(&app).await.is_empty(), "nothing happened");
}

#[tokio::test]
async fn login_form_sets_strict_cookies() {
    let app = app().await;
    let page = send(&app.router, request("GET", "/login")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("name=\"password\""));
    assert!(page.body.contains("autocomplete=\"current-password\""));
    assert_eq!(page.headers[header::CACHE_CONTROL], "no-store");
    assert_eq!(page.headers[header::X_FRAME_OPTIONS], "DENY");
    let cookie = page
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("courtpub_login_csrf="))
        .expect("login csrf cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    assert!(
        !cookie.contains("Secure"),
        "plain http by default: {cookie}"
    );

    let reply = try_login(&app.router, "aida", PASSWORD).await;
    let session = reply
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("courtpub_staff="))
        .expect("session cookie");
    assert!(
        session.contains("HttpOnly") && session.contains("SameSite=Strict"),
        "{session}"
    );
    assert!(
        session.contains("Path=/") && session.contains("Max-Age=28800"),
        "{session}"
    );

    let secure = fixture::app_with(StaffSettings {
        secure_cookies: true,
        ..StaffSettings::default()
    })
    .await;
    let reply = try_login(&secure.router, "aida", PASSWORD).await;
    assert!(
        reply.set_cookies().iter().all(|c| c.contains("; Secure")),
        "{:?}",
        reply.set_cookies()
    );
}

#[tokio::test]
async fn login_logout_and_their_audit() {
    let app = app().await;
    let wrong = try_login(&app.router, "aida", "not the password").await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(wrong.body.contains("id=\"login-error\""));
    assert!(wrong.cookie("courtpub_staff").is_none());
    let unknown = try_login(&app.router, "mallory", PASSWORD).await;
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);

    let client = login(&app, "aida").await;
    let queue = client.get("/queue").await;
    assert!(queue.body.contains("Тест aida"), "signed in as");
    let out = client.post("/logout", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert_eq!(out.location(), "/login");
    let after = client.get("/queue").await;
    assert_eq!(after.status, StatusCode::SEE_OTHER, "the session is gone");

    let log = audit(&app).await;
    let got: Vec<(&str, &str)> = log
        .iter()
        .map(|e| (e.actor.as_str(), e.action.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("staff:aida", "login_failed"),
            ("anonymous", "login_failed"),
            ("staff:aida", "login"),
            ("staff:aida", "logout"),
        ]
    );
    assert!(
        !log[1].details.to_string().contains("mallory"),
        "an unknown login is not written down (it may be a password)"
    );
}

#[tokio::test]
async fn repeated_failures_lock_the_account() {
    let app = app().await;
    for _ in 0..5 {
        let reply = try_login(&app.router, "aida", "guess").await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    }
    let locked = try_login(&app.router, "aida", PASSWORD).await;
    assert_eq!(
        locked.status,
        StatusCode::UNAUTHORIZED,
        "the right password is refused"
    );
    assert!(locked.cookie("courtpub_staff").is_none());
    assert!(locked.body.contains("заблокирован"), "{}", locked.body);
    // Other accounts are not affected.
    login(&app, "admin").await;
    let log = actions(&app).await;
    assert!(
        log.contains(&("staff:aida".into(), "login_refused".into())),
        "{log:?}"
    );
    let fifth = &audit(&app).await[4];
    assert_eq!(fifth.details["locked"], true);
}

#[tokio::test]
async fn login_needs_its_csrf_cookie() {
    let app = app().await;
    let page = send(&app.router, request("GET", "/login")).await;
    let csrf = fixture::csrf_of(&page.body);
    let body = fixture::form(&[("login", "aida"), ("password", PASSWORD), ("csrf", &csrf)]);
    let reply = send(
        &app.router,
        Request::post("/login")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap(),
    )
    .await;
    assert_eq!(
        reply.status,
        StatusCode::FORBIDDEN,
        "no cookie: a forged cross-site login"
    );
    assert!(reply.cookie("courtpub_staff").is_none());
}

#[tokio::test]
async fn every_post_checks_the_csrf_token() {
    let app = app().await;
    let client = login(&app, "aida").await;
    let posts = [
        format!("/acts/{HELD}/publish"),
        format!("/acts/{HELD}/withdraw"),
        format!("/acts/{HELD}/rerun"),
        format!("/acts/{HELD}/corrections"),
        "/logout".to_owned(),
    ];
    let before = audit(&app).await.len();
    for path in &posts {
        for body in [
            "revision=1&kind=mask&surface=x".to_owned(),
            "csrf=wrong&revision=1&kind=mask&surface=x".to_owned(),
            format!("csrf={}x&revision=1", client.csrf),
        ] {
            let reply = client.post_raw(path, &body).await;
            assert_eq!(reply.status, StatusCode::FORBIDDEN, "{path} {body}");
        }
    }
    assert_eq!(audit(&app).await.len(), before, "nothing was done");
    let act = app
        .registry
        .get_act(&ActId(HELD.into()))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(act.status, Status::NeedsReview);
    // Another session's token does not work either.
    let other = login(&app, "admin").await;
    let reply = client
        .post_raw(
            &format!("/acts/{HELD}/rerun"),
            &format!("csrf={}", other.csrf),
        )
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    let reply = client.post(&format!("/acts/{HELD}/rerun"), &[]).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
}

#[tokio::test]
async fn auditors_do_not_read_the_audit_log() {
    let app = app().await;
    let auditor = login(&app, "aida").await;
    let admin = login(&app, "admin").await;
    for path in ["/audit", "/audit/export.csv", "/audit/export.jsonl"] {
        assert_eq!(
            auditor.get(path).await.status,
            StatusCode::FORBIDDEN,
            "{path}"
        );
        assert_eq!(admin.get(path).await.status, StatusCode::OK, "{path}");
    }
    for path in ["/queue", "/stats", &format!("/acts/{HELD}")] {
        assert_eq!(auditor.get(path).await.status, StatusCode::OK, "{path}");
    }
    let queue = auditor.get("/queue").await;
    assert!(
        !queue.body.contains("href=\"/audit\""),
        "no link to what is forbidden"
    );
    assert!(admin.get("/queue").await.body.contains("href=\"/audit\""));
}

#[tokio::test]
async fn the_audit_log_cannot_be_changed_through_any_route() {
    let app = app().await;
    let admin = login(&app, "admin").await;
    let before = audit(&app).await;
    for method in ["POST", "PUT", "PATCH", "DELETE"] {
        for path in ["/audit", "/audit/1", "/audit/export.csv"] {
            let req = Request::builder()
                .method(method)
                .uri(path)
                .header(header::COOKIE, &admin.cookie)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(format!("csrf={}&id=1", admin.csrf)))
                .unwrap();
            let status = send(&app.router, req).await.status;
            assert!(
                status == StatusCode::METHOD_NOT_ALLOWED || status == StatusCode::NOT_FOUND,
                "{method} {path}: {status}"
            );
        }
    }
    assert_eq!(audit(&app).await, before);
    let csv = admin.get("/audit/export.csv").await;
    assert!(
        csv.body.starts_with("id,at,actor,action,act_id,details\n"),
        "{}",
        csv.body
    );
    assert!(csv.body.contains("staff:admin,login"));
    let jsonl = admin.get("/audit/export.jsonl").await;
    let lines: Vec<serde_json::Value> = jsonl
        .body
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert!(
        lines.iter().any(|l| l["action"] == "export_audit"),
        "exports are audited"
    );
}

#[tokio::test]
async fn queue_lists_held_acts_and_the_sample_with_filters() {
    let app = app().await;
    let client = login(&app, "aida").await;
    let all = client.get("/queue").await;
    assert!(
        all.body.contains(HELD) && all.body.contains(PUBLISHED),
        "{}",
        all.body
    );
    let held_at = all.body.find(HELD).unwrap();
    assert!(
        all.body.contains("data-reason=\"uncertain\""),
        "a span under the threshold"
    );
    assert!(all.body.contains("data-reason=\"sample\""));
    assert!(held_at > 0);
    let sample = client.get("/queue?reason=sample").await;
    assert!(sample.body.contains(PUBLISHED) && !sample.body.contains(HELD));
    let uncertain = client.get("/queue?reason=uncertain").await;
    assert!(uncertain.body.contains(HELD) && !uncertain.body.contains(PUBLISHED));
    let policy = client.get("/queue?reason=policy").await;
    assert!(policy.body.contains("id=\"queue-empty\""));
    let court = client.get("/queue?court=osh-city").await;
    assert!(court.body.contains("id=\"queue-empty\""));
    let court = client.get("/queue?court=bishkek-pervomaisky&lang=ky").await;
    assert!(court.body.contains(HELD));
    assert!(court.body.contains("Текшерүү кезеги"), "Kyrgyz interface");
    assert!(
        court.cookie("courtpub_lang").is_some(),
        "the language is remembered"
    );

    // No sample at 0 %.
    let none = fixture::app_with(StaffSettings {
        sample_percent: courtpub_staff::SamplePercent::all(0.0),
        ..StaffSettings::default()
    })
    .await;
    let c = login(&none, "aida").await;
    let q = c.get("/queue").await;
    assert!(q.body.contains(HELD) && !q.body.contains(PUBLISHED));
}

#[tokio::test]
async fn review_page_shows_both_texts_and_every_span_and_audits_the_view() {
    let app = app().await;
    let client = login(&app, "aida").await;
    let page = client.get(&format!("/acts/{HELD}")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("id=\"original\"") && page.body.contains("id=\"masked\""));
    assert!(
        page.body.contains(DEFENDANT),
        "the original is shown to staff"
    );
    assert!(page.body.contains("data-rule=\"name.context.role\""));
    assert!(page.body.contains("data-confidence=\"0.50\""));
    assert!(page.body.contains("data-person=\"P1\""));
    assert!(page.body.contains("id=\"publish\"") && page.body.contains("id=\"withdraw\""));
    let log = audit(&app).await;
    let view = log.last().expect("an audit row");
    assert_eq!(
        (view.actor.as_str(), view.action.as_str()),
        ("staff:aida", "view_original")
    );
    assert_eq!(view.act_id, Some(ActId(HELD.into())));
    assert_eq!(view.details["revision"], 1);
    let missing = client.get("/acts/no-such-act").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.body.contains("Не найдено"), "{}", missing.body);
    let missing = client.get("/acts/no-such-act?lang=ky").await;
    assert!(
        missing.body.contains("Табылган жок"),
        "errors in Kyrgyz too: {}",
        missing.body
    );
}

/// Publishes through the staff app, runs the indexer once, and reads the public site.
#[tokio::test]
async fn a_correction_reaches_the_public_index_through_the_outbox() {
    let app = app().await;
    let client = login(&app, "aida").await;
    let reply = client
        .post(
            &format!("/acts/{HELD}/corrections"),
            &[
                ("revision", "1"),
                ("base", "stored"),
                ("kind", "mask"),
                ("surface", VICTIM),
                ("category", "name"),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let page = client.get(reply.location()).await;
    assert!(page.body.contains("id=\"notice\""));
    assert!(
        page.body.contains("[ФИО-2]"),
        "the victim is a second person"
    );

    let reply = client
        .post(
            &format!("/acts/{HELD}/publish"),
            &[("revision", "1"), ("base", "stored")],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);

    let index = courtpub_index::ActIndex::in_ram();
    let mut indexer = courtpub_pipeline::indexer::Indexer::new(
        app.registry.clone(),
        &index,
        Default::default(),
        courtpub_pipeline::metrics::Metrics::new(),
    )
    .expect("indexer");
    assert!(indexer.drain_once().await.expect("drain") >= 2);
    let reader = index.reader().expect("reader");
    reader.reload().expect("reload");
    let public = reader
        .get(&ActId(HELD.into()))
        .expect("read")
        .expect("the act is public now");
    let text = &public.act.masked_text;
    for name in VICTIM_FORMS.iter().chain(&["Бекмуратов"]) {
        assert!(!text.contains(name), "{name} in the public text: {text}");
    }
    assert!(
        text.contains("[ФИО-1]") && text.contains("[ФИО-2]"),
        "{text}"
    );
    assert!(text.contains("Асанова Б.Ж."), "the judge is kept");

    let site = courtpub_web::public_router(reader, "http://public.test");
    let reply = send(
        &site,
        Request::get(format!("/acts/{HELD}"))
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(reply.body.contains("[ФИО-2]") && !reply.body.contains("Сыдыков"));

    let log = actions(&app).await;
    let staff_actions: Vec<&str> = log
        .iter()
        .filter(|(a, _)| a == "staff:aida")
        .map(|(_, x)| x.as_str())
        .collect();
    assert_eq!(
        staff_actions,
        vec!["login", "correct", "view_original", "publish"],
        "{log:?}"
    );
}

#[tokio::test]
async fn every_review_action_is_audited() {
    let app = app().await;
    let client = login(&app, "aida").await;
    let act = format!("/acts/{HELD}");
    // (action path, form, audit action)
    type Step<'a> = (&'a str, Vec<(&'a str, &'a str)>, &'a str);
    let steps: Vec<Step> = vec![
        (
            "corrections",
            vec![
                ("revision", "1"),
                ("kind", "keep"),
                ("surface", DEFENDANT),
                ("person_key", "P1"),
            ],
            "correct",
        ),
        (
            "corrections",
            vec![
                ("revision", "1"),
                ("kind", "mask"),
                ("surface", DEFENDANT),
                ("category", "name"),
            ],
            "correct",
        ),
        (
            "corrections",
            vec![
                ("revision", "1"),
                ("kind", "recategorize"),
                ("surface", "Бекмуратов Н.А."),
                ("category", "address"),
            ],
            "correct",
        ),
        (
            "corrections",
            vec![
                ("revision", "1"),
                ("kind", "remove"),
                ("surface", "Бекмуратов Н.А."),
            ],
            "correct",
        ),
        ("rerun", vec![], "rerun"),
        (
            "publish",
            vec![("revision", "1"), ("base", "engine")],
            "publish",
        ),
        ("withdraw", vec![("reason", "отменён")], "withdraw"),
    ];
    for (path, form, action) in steps {
        let before = audit(&app).await.len();
        let reply = client.post(&format!("{act}/{path}"), &form).await;
        assert_eq!(
            reply.status,
            StatusCode::SEE_OTHER,
            "{path}: {}",
            reply.body
        );
        let log = audit(&app).await;
        assert_eq!(log.len(), before + 1, "{path}: one audit row");
        let last = log.last().unwrap();
        assert_eq!(
            (last.actor.as_str(), last.action.as_str()),
            ("staff:aida", action)
        );
        assert_eq!(last.act_id, Some(ActId(HELD.into())));
    }
    let download = client.get(&format!("{act}/original")).await;
    assert_eq!(download.status, StatusCode::OK);
    assert!(download.body.contains("Сыдыковой"), "the original file");
    assert!(
        download.headers[header::CONTENT_DISPOSITION]
            .to_str()
            .unwrap()
            .contains("act-held-1-r1.txt")
    );
    let last = audit(&app).await.pop().unwrap();
    assert_eq!(last.action, "download_original");

    let corrections = app.registry.corrections(&ActId(HELD.into())).await.unwrap();
    let kinds: Vec<&str> = corrections
        .iter()
        .map(|c| c.correction.kind().as_str())
        .collect();
    assert_eq!(kinds, vec!["keep", "mask", "recategorize", "remove"]);
    assert_eq!(
        corrections[0].rule.as_deref(),
        Some("name.context.role"),
        "keep names the rule"
    );
    assert_eq!(corrections[1].rule, None, "a miss has no rule");
    let act = app
        .registry
        .get_act(&ActId(HELD.into()))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(act.status, Status::Withdrawn);
    // A withdrawn act is not published again by mistake.
    let again = client
        .post(&format!("/acts/{HELD}/publish"), &[("revision", "1")])
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    // The statistics count them.
    let stats = client.get("/stats").await;
    assert!(stats.body.contains("id=\"by-rule\"") && stats.body.contains("name.context.role"));
}

#[tokio::test]
async fn corrections_survive_a_re_run_of_the_engine() {
    let app = app().await;
    let client = login(&app, "aida").await;
    // Mask the victim and keep the defendant (as if he were an official).
    for form in [
        vec![
            ("revision", "1"),
            ("kind", "mask"),
            ("surface", "Сыдыкова Ж."),
            ("category", "name"),
        ],
        vec![
            ("revision", "1"),
            ("kind", "keep"),
            ("surface", DEFENDANT),
            ("person_key", "P1"),
        ],
    ] {
        let reply = client
            .post(&format!("/acts/{HELD}/corrections"), &form)
            .await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    }
    let stored = client.get(&format!("/acts/{HELD}")).await;
    let rerun = client.get(&format!("/acts/{HELD}?base=engine")).await;
    for page in [&stored, &rerun] {
        let masked = page
            .body
            .split("id=\"masked\"")
            .nth(1)
            .expect("masked column");
        let masked = &masked[..masked.find("</div>").unwrap()];
        for name in VICTIM_FORMS {
            assert!(!masked.contains(name), "{name} shown in: {masked}");
        }
        assert!(masked.contains(DEFENDANT), "kept: {masked}");
    }
    // A stale form (a newer revision arrived meanwhile) is refused.
    let reply = client
        .post(
            &format!("/acts/{HELD}/corrections"),
            &[("revision", "0"), ("kind", "mask"), ("surface", "Асанова")],
        )
        .await;
    assert_eq!(reply.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn the_public_site_has_none_of_the_staff_routes() {
    let site = courtpub_web::public_router(
        courtpub_index::ActIndex::in_ram().reader().expect("reader"),
        "http://public.test",
    );
    let mut paths: Vec<&str> = PROTECTED_ROUTES.iter().map(|(_, p)| *p).collect();
    paths.push("/login");
    for path in paths {
        for method in ["GET", "POST"] {
            let reply = send(&site, request(method, path)).await;
            if path == "/" && method == "GET" {
                assert_eq!(reply.status, StatusCode::OK, "the public home page");
                continue;
            }
            assert!(
                reply.status == StatusCode::NOT_FOUND
                    || reply.status == StatusCode::METHOD_NOT_ALLOWED,
                "{method} {path} on the public site: {}",
                reply.status
            );
        }
    }
}

#[tokio::test]
async fn admins_promote_a_correction_into_a_dictionary() {
    let app = app().await;
    let auditor = login(&app, "aida").await;
    let reply = auditor
        .post(
            &format!("/acts/{HELD}/corrections"),
            &[
                ("revision", "1"),
                ("kind", "mask"),
                ("surface", VICTIM),
                ("category", "name"),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let correction = app.registry.corrections(&ActId(HELD.into())).await.unwrap()[0].id;
    let id = correction.to_string();
    let form = [
        ("correction_id", id.as_str()),
        ("list", "surnames"),
        ("entry", "Сыдыкова"),
    ];
    let page = auditor.get(&format!("/acts/{HELD}")).await;
    assert!(
        !page.body.contains("/promote"),
        "no promote form for auditors"
    );
    let refused = auditor.post(&format!("/acts/{HELD}/promote"), &form).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(app.registry.dictionary_entries().await.unwrap().is_empty());

    let admin = login(&app, "admin").await;
    let page = admin.get(&format!("/acts/{HELD}")).await;
    assert!(page.body.contains("/promote"), "admins see the form");
    for bad in ["two words", "", "12345"] {
        let form = [
            ("correction_id", id.as_str()),
            ("list", "surnames"),
            ("entry", bad),
        ];
        let reply = admin.post(&format!("/acts/{HELD}/promote"), &form).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{bad:?}");
    }
    let reply = admin.post(&format!("/acts/{HELD}/promote"), &form).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let entries = app.registry.dictionary_entries().await.unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(
        (entries[0].entry.as_str(), entries[0].added_by.as_str()),
        ("Сыдыкова", "staff:admin")
    );
    let last = audit(&app).await.pop().unwrap();
    assert_eq!(
        (last.actor.as_str(), last.action.as_str()),
        ("staff:admin", "promote")
    );
}
