//! The registry test suite, run against both backends: every test in `suite` runs once
//! on a fresh SQLite file and once on a fresh PostgreSQL database.
//!
//! PostgreSQL: `COURTPUB_TEST_POSTGRES_URL` (default
//! `postgres://postgres@127.0.0.1:5432/test`) must reach a server where that user may
//! create databases. When it is unreachable the PostgreSQL tests fail if `CI=true` and
//! are skipped with a message otherwise.

#[path = "integration/fixture.rs"]
mod fixture;
#[path = "integration/staff.rs"]
mod staff;
#[path = "integration/suite.rs"]
mod suite;
#[path = "integration/support.rs"]
mod support;

use support::TestDb;

/// Instantiates every test of `suite` for one backend (as quickwit's
/// `metastore_test_suite!` does for its metastores).
macro_rules! registry_test_suite {
    ($backend:ident, $setup:path) => {
        mod $backend {
            registry_test_suite!(@tests $setup;
                idempotent_redelivery,
                higher_revision_replaces_public_copy,
                stale_revision_is_kept_but_not_published,
                needs_review_publishes_nothing,
                review_of_new_revision_keeps_old_public_copy,
                withdraw_removes_public_copy_and_audits,
                revision_after_withdrawal_stays_unpublished,
                withdrawal_before_the_act_arrives_still_holds,
                outbox_order_and_cursor,
                concurrent_writers_keep_outbox_in_commit_order,
                reader_following_writers_misses_no_entry,
                audit_log_is_append_only,
                failures_are_recorded_with_or_without_act_id,
                processed_revision_replaces_failed_one,
                failed_transaction_writes_nothing,
                failed_withdrawal_writes_nothing,
                revision_content_round_trips,
                nul_characters_are_rejected_or_replaced_alike,
                published_acts_pages_cover_every_public_act,
                counts_for_metrics,
                migrate_twice_is_a_no_op,
                closed_pool_is_transient,
                dropped_database_is_transient,
                accounts_lockout_and_sessions,
                corrections_are_stored_as_intent_and_audited,
                republish_makes_the_reviewed_masking_public,
                review_queue_holds_held_acts_and_the_sample,
                promoted_dictionary_entries_are_kept_once_and_audited,
            );
        }
    };
    (@tests $setup:path; $($name:ident),* $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                let Some(db) = $setup().await else { return };
                crate::suite::$name(&db).await;
            }
        )*
    };
}

registry_test_suite!(sqlite, crate::TestDb::sqlite);
registry_test_suite!(postgres, crate::TestDb::postgres);

#[tokio::test]
async fn unsupported_url_scheme_is_a_permanent_error() {
    for url in ["mysql://localhost/db", "registry.db", "", "http://x"] {
        let err = courtpub_registry::Registry::connect(url)
            .await
            .expect_err(url);
        assert!(
            matches!(err, courtpub_registry::Error::UnsupportedUrl { .. }),
            "{url}: {err}"
        );
        assert!(!err.is_transient(), "{url}");
    }
}

#[tokio::test]
async fn unreachable_postgres_is_transient() {
    let options = courtpub_registry::ConnectOptions {
        max_connections: 1,
        acquire_timeout: std::time::Duration::from_secs(2),
    };
    // Port 1 on localhost: nothing listens there.
    let err = courtpub_registry::Registry::connect_with("postgres://u@127.0.0.1:1/x", &options)
        .await
        .expect_err("nothing listens on port 1");
    assert!(err.is_transient(), "{err}");
}
