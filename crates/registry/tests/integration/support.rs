//! Fresh databases for each test: a temporary SQLite file, or a PostgreSQL database
//! `courtpub_test_<random>` created on the test server and dropped afterwards (also
//! when the test panics).

use courtpub_registry::{ConnectOptions, Registry};
use sqlx::Connection;
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const DEFAULT_POSTGRES_URL: &str = "postgres://postgres@127.0.0.1:5432/test";

pub struct TestDb {
    pub registry: Registry,
    kind: Kind,
}

enum Kind {
    Sqlite { path: PathBuf },
    Postgres { admin_url: String, name: String },
}

fn unique_suffix() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!(
        "{}_{}_{}",
        std::process::id(),
        nanos % 1_000_000_000_000,
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// Short timeouts so that a test of an outage fails fast instead of hanging.
fn test_options() -> ConnectOptions {
    ConnectOptions {
        max_connections: 4,
        acquire_timeout: Duration::from_secs(3),
    }
}

/// `url` with its database name replaced by `name`.
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let after_scheme = base.find("://").map_or(0, |i| i + 3);
    let host_end = base[after_scheme..]
        .find('/')
        .map_or(base.len(), |i| after_scheme + i);
    let mut out = format!("{}/{}", &base[..host_end], name);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}

impl TestDb {
    pub async fn sqlite() -> Option<TestDb> {
        let path = std::env::temp_dir().join(format!("courtpub_test_{}.db", unique_suffix()));
        let url = format!("sqlite://{}", path.display());
        let registry = Registry::connect_with(&url, &test_options())
            .await
            .expect("open a fresh SQLite registry");
        registry.migrate().await.expect("migrate SQLite");
        Some(TestDb {
            registry,
            kind: Kind::Sqlite { path },
        })
    }

    pub async fn postgres() -> Option<TestDb> {
        let admin_url = std::env::var("COURTPUB_TEST_POSTGRES_URL")
            .unwrap_or_else(|_| DEFAULT_POSTGRES_URL.to_owned());
        let mut admin = match tokio::time::timeout(
            Duration::from_secs(5),
            sqlx::PgConnection::connect(&admin_url),
        )
        .await
        {
            Ok(Ok(conn)) => conn,
            Ok(Err(e)) => return postgres_unavailable(&e.to_string()),
            Err(_) => return postgres_unavailable("connection timed out"),
        };
        let name = format!("courtpub_test_{}", unique_suffix());
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut admin)
            .await
            .expect("create a test database (the test user needs CREATEDB)");
        admin.close().await.ok();
        let registry = Registry::connect_with(&with_database(&admin_url, &name), &test_options())
            .await
            .expect("connect to the fresh test database");
        let db = TestDb {
            registry,
            kind: Kind::Postgres { admin_url, name },
        };
        db.registry.migrate().await.expect("migrate PostgreSQL");
        Some(db)
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self.kind, Kind::Postgres { .. })
    }

    /// Runs SQL behind the registry's back (to tamper, or to install a failing trigger).
    pub async fn raw_execute(&self, sql: &'static str) -> Result<u64, sqlx::Error> {
        match &self.registry {
            Registry::Postgres(pool) => Ok(sqlx::raw_sql(sql).execute(pool).await?.rows_affected()),
            Registry::Sqlite(pool) => Ok(sqlx::raw_sql(sql).execute(pool).await?.rows_affected()),
        }
    }

    /// Takes the database away under the open registry: PostgreSQL drops it (closing
    /// every connection); SQLite deletes its files after closing the pool.
    pub async fn drop_database(&self) {
        match &self.kind {
            Kind::Postgres { admin_url, name } => drop_postgres(admin_url, name).await,
            Kind::Sqlite { path } => {
                self.registry.close().await;
                remove_sqlite_files(path);
            }
        }
    }
}

fn postgres_unavailable(why: &str) -> Option<TestDb> {
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!(
            "PostgreSQL is unreachable ({why}) and CI=true: start it or set \
             COURTPUB_TEST_POSTGRES_URL"
        );
    }
    // Written to stderr directly: the test harness captures `eprintln!` of passing tests.
    let _ = writeln!(
        std::io::stderr(),
        "\n!!! SKIPPED a PostgreSQL registry test: PostgreSQL is unreachable ({why}).\n\
         !!! Start it or set COURTPUB_TEST_POSTGRES_URL; with CI=true this fails.\n"
    );
    None
}

async fn drop_postgres(admin_url: &str, name: &str) {
    let mut admin = sqlx::PgConnection::connect(admin_url)
        .await
        .expect("connect to the admin database");
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
    )))
    .execute(&mut admin)
    .await
    .expect("drop the test database");
    admin.close().await.ok();
}

fn remove_sqlite_files(path: &std::path::Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        match &self.kind {
            Kind::Sqlite { path } => remove_sqlite_files(path),
            Kind::Postgres { admin_url, name } => {
                // Drop may run while a test panics, inside its runtime: use a thread with
                // a runtime of its own.
                let (admin_url, name) = (admin_url.clone(), name.clone());
                let done = std::thread::spawn(move || {
                    let rt = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build()
                        .expect("a runtime to drop the test database");
                    rt.block_on(drop_postgres(&admin_url, &name));
                })
                .join();
                if done.is_err() {
                    eprintln!("could not drop a PostgreSQL test database");
                }
            }
        }
    }
}

#[test]
fn database_name_is_replaced() {
    let cases = [
        (
            "postgres://postgres@127.0.0.1:5432/",
            "postgres://postgres@127.0.0.1:5432/x",
        ),
        (
            "postgres://postgres@127.0.0.1:5432/test",
            "postgres://postgres@127.0.0.1:5432/x",
        ),
        ("postgres://h", "postgres://h/x"),
        (
            "postgres://h/db?sslmode=disable",
            "postgres://h/x?sslmode=disable",
        ),
    ];
    for (url, want) in cases {
        assert_eq!(with_database(url, "x"), want, "{url}");
    }
}
