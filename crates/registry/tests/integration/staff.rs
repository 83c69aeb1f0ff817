//! The staff side of the registry: accounts, lockout, sessions, corrections, the review
//! queue and its sample, re-publication. Run against both backends like `suite`.

use crate::fixture::{self, NAME, id, published};
use crate::support::TestDb;
use courtpub_domain::{CaseCategory, Category, Correction, CorrectionKind};
use courtpub_registry::{
    Error, NewCorrection, NewSession, NewUser, OutboxOp, Republish, ReviewFilter, ReviewReason,
    StaffRole, Status,
};

fn user(login: &str, role: StaffRole) -> NewUser {
    NewUser {
        login: login.to_owned(),
        display_name: format!("Сотрудник {login}"),
        role,
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA".to_owned(),
    }
}

fn session(token: &str, user_id: i64, ttl: chrono::Duration) -> NewSession {
    NewSession {
        token_sha256: format!("sha-of-{token}"),
        user_id,
        csrf_token: format!("csrf-{token}"),
        expires_at: chrono::Utc::now() + ttl,
    }
}

pub async fn accounts_lockout_and_sessions(db: &TestDb) {
    let reg = &db.registry;
    let aida = reg
        .create_user(&user("aida", StaffRole::Auditor))
        .await
        .expect("create");
    let err = reg
        .create_user(&user("aida", StaffRole::Admin))
        .await
        .expect_err("login taken");
    assert!(matches!(err, Error::UserExists { .. }), "{err}");
    let stored = reg
        .user_by_login("aida")
        .await
        .expect("read")
        .expect("exists");
    assert_eq!((stored.id, stored.role), (aida, StaffRole::Auditor));
    assert!(reg.user_by_login("nobody").await.expect("read").is_none());

    let lock = chrono::Duration::minutes(15);
    for n in 1..5 {
        let f = reg.record_login_failure(aida, 5, lock).await.expect("fail");
        assert_eq!((f.failed_logins, f.locked_until), (n, None), "failure {n}");
    }
    let fifth = reg.record_login_failure(aida, 5, lock).await.expect("fail");
    let until = fifth.locked_until.expect("the fifth failure locks");
    assert!(until > chrono::Utc::now() + chrono::Duration::minutes(14));
    let stored = reg
        .user_by_login("aida")
        .await
        .expect("read")
        .expect("exists");
    assert_eq!(
        stored.locked_until.map(|t| t.timestamp()),
        Some(until.timestamp())
    );
    assert_eq!(
        stored.failed_logins, 0,
        "the count starts again after a lock"
    );
    reg.record_login_success(aida).await.expect("success");
    let stored = reg
        .user_by_login("aida")
        .await
        .expect("read")
        .expect("exists");
    assert_eq!((stored.failed_logins, stored.locked_until), (0, None));

    reg.create_session(&session("live", aida, chrono::Duration::hours(8)))
        .await
        .expect("session");
    reg.create_session(&session("old", aida, chrono::Duration::seconds(-1)))
        .await
        .expect("expired session");
    let live = reg
        .session("sha-of-live")
        .await
        .expect("read")
        .expect("live");
    assert_eq!(live.user.login, "aida");
    assert_eq!(live.csrf_token, "csrf-live");
    assert!(
        reg.session("sha-of-old").await.expect("read").is_none(),
        "expired"
    );
    assert!(
        reg.session("live").await.expect("read").is_none(),
        "looked up by hash only"
    );

    db.raw_execute("UPDATE users SET disabled = TRUE WHERE login = 'aida'")
        .await
        .expect("disable");
    assert!(
        reg.session("sha-of-live").await.expect("read").is_none(),
        "disabled"
    );
    db.raw_execute("UPDATE users SET disabled = FALSE WHERE login = 'aida'")
        .await
        .expect("enable");
    assert!(reg.delete_session("sha-of-live").await.expect("logout"));
    assert!(
        reg.session("sha-of-live").await.expect("read").is_none(),
        "logged out"
    );
    assert!(!reg.delete_session("sha-of-live").await.expect("twice"));

    assert!(
        reg.set_password("aida", "$argon2id$new")
            .await
            .expect("passwd")
    );
    assert!(!reg.set_password("nobody", "x").await.expect("passwd"));
    let users = reg.users().await.expect("users");
    assert_eq!(users.len(), 1);
    assert_eq!(users[0].password_hash.as_deref(), Some("$argon2id$new"));
}

fn mask(surface: &str, category: Category) -> NewCorrection {
    NewCorrection {
        act_id: id("C-1"),
        revision: 1,
        actor: "staff:aida".to_owned(),
        correction: Correction::Mask {
            surface: surface.to_owned(),
            category,
        },
        previous_category: None,
        removed_category: None,
        rule: None,
        spans_before: 1,
        spans_after: 2,
    }
}

pub async fn corrections_are_stored_as_intent_and_audited(db: &TestDb) {
    let reg = &db.registry;
    reg.record_processed(&published("C-1", 1))
        .await
        .expect("record");
    let first = reg
        .add_correction(&mask("Иванов", Category::Name))
        .await
        .expect("mask");
    let keep = NewCorrection {
        correction: Correction::Keep {
            surface: NAME.to_owned(),
        },
        removed_category: Some(Category::Name),
        rule: Some("name.context.role".to_owned()),
        spans_before: 2,
        spans_after: 1,
        ..mask("", Category::Name)
    };
    let second = reg.add_correction(&keep).await.expect("keep");
    let recategorize = NewCorrection {
        correction: Correction::Recategorize {
            surface: "ул. Садовая".to_owned(),
            category: Category::Address,
        },
        previous_category: Some(Category::Name),
        rule: Some("name.context.role".to_owned()),
        ..mask("", Category::Name)
    };
    reg.add_correction(&recategorize)
        .await
        .expect("recategorize");
    assert!(first < second);

    let stored = reg.corrections(&id("C-1")).await.expect("read");
    let got: Vec<(&Correction, Category, Option<&str>)> = stored
        .iter()
        .map(|c| (&c.correction, c.category, c.rule.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                &mask("Иванов", Category::Name).correction,
                Category::Name,
                None
            ),
            (&keep.correction, Category::Name, Some("name.context.role")),
            (
                &recategorize.correction,
                Category::Address,
                Some("name.context.role")
            ),
        ]
    );
    assert_eq!(stored[0].court_code, "test-court");
    assert_eq!(stored[2].previous_category, Some(Category::Name));
    assert_eq!((stored[1].spans_before, stored[1].spans_after), (2, 1));

    let audit = reg.audit_log(Some(&id("C-1")), 0, 10).await.expect("audit");
    assert_eq!(audit.len(), 3, "one audit row per correction");
    assert_eq!(audit[0].action, "correct");
    assert_eq!(audit[0].actor, "staff:aida");
    assert_eq!(audit[0].details["correction_id"], first);
    assert_eq!(audit[1].details["kind"], "keep");
    assert_eq!(audit[2].details["previous_category"], "name");
    for entry in &audit {
        let details = entry.details.to_string();
        assert!(
            !details.contains("Тестов") && !details.contains("Садовая"),
            "{details}"
        );
    }

    let mut unknown = mask("Иванов", Category::Name);
    unknown.revision = 9;
    let err = reg
        .add_correction(&unknown)
        .await
        .expect_err("no revision 9");
    assert!(matches!(err, Error::NotFound { .. }), "{err}");
    assert_eq!(reg.corrections(&id("C-1")).await.expect("read").len(), 3);
    assert_eq!(reg.audit_log(None, 0, 10).await.expect("audit").len(), 3);

    reg.record_processed(&published("C-2", 1))
        .await
        .expect("record");
    let mut other = mask("Петров", Category::Name);
    other.act_id = id("C-2");
    reg.add_correction(&other).await.expect("mask");
    let stats = reg.correction_stats().await.expect("stats");
    let row = |kind, category| {
        stats
            .iter()
            .filter(|s| s.kind == kind && s.category == category)
            .map(|s| s.count)
            .sum::<i64>()
    };
    assert_eq!(row(CorrectionKind::Mask, Category::Name), 2);
    assert_eq!(row(CorrectionKind::Keep, Category::Name), 1);
    assert_eq!(row(CorrectionKind::Recategorize, Category::Address), 1);
    assert_eq!(stats[0].count, 2, "largest first");
    assert_eq!(stats[0].rule, None);
}

pub async fn republish_makes_the_reviewed_masking_public(db: &TestDb) {
    let reg = &db.registry;
    reg.record_processed(&fixture::act("R-1", 1, false, true))
        .await
        .expect("held");
    let head = reg.outbox_head().await.expect("head");
    let publish = Republish {
        act_id: id("R-1"),
        revision: 1,
        spans: Vec::new(),
        masked_text: "проверенный текст".to_owned(),
        actor: "staff:aida".to_owned(),
    };
    let done = reg.republish(&publish).await.expect("publish");
    assert!(done.outbox_id > head);
    let outbox = reg.outbox_after(head, 10).await.expect("outbox");
    assert_eq!(outbox.len(), 1);
    match &outbox[0].op {
        OutboxOp::Upsert(public) => {
            assert_eq!(public.masked_text, "проверенный текст");
            assert_eq!(public.meta.act_id, id("R-1"));
        }
        OutboxOp::Delete => panic!("expected an upsert"),
    }
    let act = reg.get_act(&id("R-1")).await.expect("get").expect("act");
    assert_eq!(
        (act.status, act.published_revision),
        (Status::Published, Some(1))
    );
    let content = reg
        .get_revision(&id("R-1"), 1)
        .await
        .expect("get")
        .expect("revision")
        .content
        .expect("content");
    assert_eq!(content.masked_text, "проверенный текст");
    assert!(content.spans.is_empty() && !content.needs_review);
    assert!(
        reg.review_queue(&ReviewFilter::default(), 10)
            .await
            .expect("queue")
            .is_empty()
    );
    let audit = reg.audit_log(Some(&id("R-1")), 0, 10).await.expect("audit");
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0].id, done.audit_id);
    assert_eq!(audit[0].action, "publish");
    assert_eq!(audit[0].details["spans_before"], 1);
    assert_eq!(audit[0].details["spans_after"], 0);

    // A newer revision arrived while staff reviewed the old one.
    reg.record_processed(&fixture::act("R-1", 2, false, true))
        .await
        .expect("r2");
    let err = reg.republish(&publish).await.expect_err("stale");
    assert!(
        matches!(err, Error::StaleRevision { latest: 2, .. }),
        "{err}"
    );
    // A withdrawn act stays withdrawn.
    reg.withdraw(&id("R-1"), "court:test-court", None)
        .await
        .expect("withdraw");
    let err = reg
        .republish(&Republish {
            revision: 2,
            ..publish.clone()
        })
        .await
        .expect_err("withdrawn");
    assert!(matches!(err, Error::ActWithdrawn { .. }), "{err}");
    let err = reg
        .republish(&Republish {
            act_id: id("nope"),
            ..publish
        })
        .await
        .expect_err("unknown");
    assert!(matches!(err, Error::NotFound { .. }), "{err}");
}

pub async fn review_queue_holds_held_acts_and_the_sample(db: &TestDb) {
    let reg = &db.registry;
    for n in 1..=4 {
        reg.record_processed(&published(&format!("S-{n}"), 1))
            .await
            .expect("published");
    }
    let mut civil = published("S-civil", 1);
    civil.meta.case_category = CaseCategory::Civil;
    civil.meta.court.code = "other-court".to_owned();
    reg.record_processed(&civil).await.expect("civil");
    reg.record_processed(&fixture::act("H-1", 1, false, true))
        .await
        .expect("held");

    // Criminal acts all drawn, civil ones never.
    let rate = |c: CaseCategory| {
        if c == CaseCategory::Criminal {
            1.0
        } else {
            0.0
        }
    };
    let round = reg.sample_published(&rate, 100).await.expect("sample");
    assert_eq!((round.decided, round.sampled), (5, 4));
    let again = reg.sample_published(&|_| 1.0, 100).await.expect("again");
    assert_eq!((again.decided, again.sampled), (0, 0), "decided once");

    let all = reg
        .review_queue(&ReviewFilter::default(), 100)
        .await
        .expect("queue");
    let mut listed: Vec<(String, ReviewReason)> =
        all.iter().map(|q| (q.act_id.0.clone(), q.reason)).collect();
    listed.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        listed,
        vec![
            ("H-1".to_owned(), ReviewReason::Held),
            ("S-1".to_owned(), ReviewReason::Sample),
            ("S-2".to_owned(), ReviewReason::Sample),
            ("S-3".to_owned(), ReviewReason::Sample),
            ("S-4".to_owned(), ReviewReason::Sample),
        ]
    );
    assert!(
        all.windows(2).all(|w| w[0].received_at <= w[1].received_at),
        "oldest first"
    );
    assert_eq!(
        all.iter()
            .find(|q| q.act_id == id("H-1"))
            .expect("held")
            .spans
            .len(),
        1
    );

    let held = ReviewFilter {
        reason: Some(ReviewReason::Held),
        ..ReviewFilter::default()
    };
    assert_eq!(reg.review_queue(&held, 100).await.expect("held").len(), 1);
    let other_court = ReviewFilter {
        court_code: Some("other-court".to_owned()),
        ..ReviewFilter::default()
    };
    assert!(
        reg.review_queue(&other_court, 100)
            .await
            .expect("court")
            .is_empty()
    );
    assert_eq!(
        reg.review_queue(&ReviewFilter::default(), 2)
            .await
            .expect("limit")
            .len(),
        2
    );

    // Reviewing a sampled act (publishing it) takes it out of the queue.
    let content = reg
        .get_revision(&id("S-2"), 1)
        .await
        .expect("get")
        .expect("rev")
        .content
        .expect("content");
    reg.republish(&Republish {
        act_id: id("S-2"),
        revision: 1,
        spans: content.spans,
        masked_text: content.masked_text,
        actor: "staff:aida".to_owned(),
    })
    .await
    .expect("approve");
    let sample = ReviewFilter {
        reason: Some(ReviewReason::Sample),
        ..ReviewFilter::default()
    };
    let left: Vec<String> = reg
        .review_queue(&sample, 100)
        .await
        .expect("queue")
        .into_iter()
        .map(|q| q.act_id.0)
        .collect();
    assert!(!left.contains(&"S-2".to_owned()), "{left:?}");
    assert_eq!(left.len(), 3);
    // A withdrawn sampled act is not reviewed any more.
    reg.withdraw(&id("S-3"), "court:test-court", None)
        .await
        .expect("withdraw");
    assert_eq!(
        reg.review_queue(&sample, 100).await.expect("queue").len(),
        2
    );
}

pub async fn promoted_dictionary_entries_are_kept_once_and_audited(db: &TestDb) {
    use courtpub_domain::DictionaryList;
    use courtpub_registry::NewDictionaryEntry;
    let reg = &db.registry;
    reg.record_processed(&published("C-1", 1))
        .await
        .expect("record");
    let correction = reg
        .add_correction(&mask("Иванов", Category::Name))
        .await
        .expect("mask");
    let entry = NewDictionaryEntry {
        list: DictionaryList::Surnames,
        entry: "Иванов".to_owned(),
        correction_id: correction,
        act_id: id("C-1"),
        actor: "staff:admin".to_owned(),
    };
    let first = reg.add_dictionary_entry(&entry).await.expect("promote");
    assert!(first.is_some());
    assert_eq!(
        reg.add_dictionary_entry(&entry).await.expect("again"),
        None,
        "once"
    );
    let other_act = NewDictionaryEntry {
        act_id: id("C-2"),
        ..entry.clone()
    };
    let err = reg
        .add_dictionary_entry(&other_act)
        .await
        .expect_err("not this act's");
    assert!(matches!(err, Error::NotFound { .. }), "{err}");
    let stored = reg.dictionary_entries().await.expect("entries");
    assert_eq!(stored.len(), 1);
    assert_eq!(
        (
            stored[0].list,
            stored[0].entry.as_str(),
            stored[0].correction_id
        ),
        (DictionaryList::Surnames, "Иванов", Some(correction))
    );
    let audit = reg.audit_log(Some(&id("C-1")), 0, 10).await.expect("audit");
    let promote: Vec<_> = audit.iter().filter(|e| e.action == "promote").collect();
    assert_eq!(promote.len(), 1);
    assert_eq!(promote[0].details["list"], "surnames");
    assert!(!promote[0].details.to_string().contains("Иванов"));
}
