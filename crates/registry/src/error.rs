//! Registry errors and their disposition.

/// Everything the registry can fail with. `is_transient` tells the caller whether to
/// retry later (the database is unreachable or busy) or to give up on this input.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("unsupported registry url scheme {scheme:?}: use sqlite://PATH or postgres://HOST/DB")]
    UnsupportedUrl { scheme: String },

    #[error("invalid registry url: {0}")]
    InvalidUrl(#[source] sqlx::Error),

    #[error("registry database error: {0}")]
    Database(#[from] sqlx::Error),

    #[error("registry migration failed: {0}; check that the database user may create tables")]
    Migrate(#[from] sqlx::migrate::MigrateError),

    #[error("stored {what} of act {act_id} cannot be read: {detail}")]
    Corrupt {
        what: &'static str,
        act_id: String,
        detail: String,
    },

    #[error(
        "{what} of act {act_id} contains a NUL character, which PostgreSQL cannot store; \
         strip it before recording"
    )]
    NulCharacter { what: &'static str, act_id: String },

    #[error("a staff account with login {login:?} already exists")]
    UserExists { login: String },

    #[error("act {act_id} has no processed revision {revision}")]
    NotFound { act_id: String, revision: u32 },

    #[error("act {act_id} is withdrawn from the public index; it is not published again")]
    ActWithdrawn { act_id: String },

    #[error(
        "revision {revision} of act {act_id} is no longer the latest ({latest} arrived); \
         review the latest revision"
    )]
    StaleRevision {
        act_id: String,
        revision: u32,
        latest: u32,
    },

    #[error("could not encode {what} of act {act_id}: {source}")]
    Encode {
        what: &'static str,
        act_id: String,
        #[source]
        source: serde_json::Error,
    },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// True when the same call may succeed later without any change to its input:
    /// the database is down, unreachable, restarting, busy or out of resources, or the
    /// pool is closed or exhausted. False for constraint and data errors, which retrying
    /// cannot fix.
    pub fn is_transient(&self) -> bool {
        match self {
            Self::Database(e) => sqlx_is_transient(e),
            Self::Migrate(sqlx::migrate::MigrateError::Execute(e)) => sqlx_is_transient(e),
            Self::Migrate(_)
            | Self::UnsupportedUrl { .. }
            | Self::InvalidUrl(_)
            | Self::Corrupt { .. }
            | Self::NulCharacter { .. }
            | Self::UserExists { .. }
            | Self::NotFound { .. }
            | Self::ActWithdrawn { .. }
            | Self::StaleRevision { .. }
            | Self::Encode { .. } => false,
        }
    }

    pub(crate) fn corrupt(what: &'static str, act_id: &str, detail: impl ToString) -> Self {
        Self::Corrupt {
            what,
            act_id: act_id.to_owned(),
            detail: detail.to_string(),
        }
    }
}

fn sqlx_is_transient(e: &sqlx::Error) -> bool {
    use sqlx::Error as E;
    match e {
        E::Io(_)
        | E::Tls(_)
        | E::Protocol(_)
        | E::PoolTimedOut
        | E::PoolClosed
        | E::WorkerCrashed
        | E::BeginFailed => true,
        E::Database(db) => {
            let code = db.code();
            let code = code.as_deref().unwrap_or("");
            if db.try_downcast_ref::<sqlx::sqlite::SqliteError>().is_some() {
                code.parse::<i32>().is_ok_and(sqlite_code_is_transient)
            } else {
                sqlstate_is_transient(code)
            }
        }
        _ => false,
    }
}

/// SQLite (extended) result codes that mean "not now" rather than "not this"; the low
/// byte is the primary code.
fn sqlite_code_is_transient(code: i32) -> bool {
    matches!(
        code & 0xff,
        5  // SQLITE_BUSY
            | 6  // SQLITE_LOCKED
            | 7  // SQLITE_NOMEM
            | 10 // SQLITE_IOERR
            | 13 // SQLITE_FULL
            | 14 // SQLITE_CANTOPEN
            | 15 // SQLITE_PROTOCOL
    )
}

/// PostgreSQL SQLSTATE classes that mean "not now" rather than "not this".
fn sqlstate_is_transient(code: &str) -> bool {
    let class = code.get(..2).unwrap_or("");
    matches!(
        class,
        "08" // connection exception
        | "40" // serialization failure, deadlock: retry the transaction
        | "53" // insufficient resources
        | "57" // operator intervention: admin shutdown, crash shutdown, cannot connect now
        | "58" // system error (I/O)
        | "3D" // database does not exist (dropped or not yet created): infrastructure
        | "28" // invalid authorization: configuration, not the act's fault
        | "55" // object not in prerequisite state, lock not available
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_classified() {
        let postgres: &[(&str, bool)] = &[
            ("08006", true),  // connection failure
            ("57P01", true),  // admin shutdown
            ("3D000", true),  // database dropped
            ("40001", true),  // serialization failure
            ("53300", true),  // too many connections
            ("23505", false), // unique violation
            ("23514", false), // check violation
            ("22P02", false), // invalid text representation
            ("P0001", false), // raised by the append-only trigger
            ("", false),
        ];
        for (code, want) in postgres {
            assert_eq!(sqlstate_is_transient(code), *want, "sqlstate {code}");
        }
        let sqlite: &[(i32, bool)] = &[
            (5, true),     // SQLITE_BUSY
            (517, true),   // SQLITE_BUSY_SNAPSHOT
            (10, true),    // SQLITE_IOERR
            (3850, true),  // SQLITE_IOERR_LOCK
            (1555, false), // SQLITE_CONSTRAINT_PRIMARYKEY
            (19, false),   // SQLITE_CONSTRAINT
            (1, false),    // SQLITE_ERROR (trigger RAISE(ABORT))
        ];
        for (code, want) in sqlite {
            assert_eq!(sqlite_code_is_transient(*code), *want, "sqlite code {code}");
        }
    }

    #[test]
    fn pool_and_io_errors_are_transient() {
        assert!(Error::Database(sqlx::Error::PoolClosed).is_transient());
        assert!(Error::Database(sqlx::Error::PoolTimedOut).is_transient());
        let io = std::io::Error::new(std::io::ErrorKind::ConnectionRefused, "refused");
        assert!(Error::Database(sqlx::Error::Io(io)).is_transient());
        assert!(!Error::Database(sqlx::Error::RowNotFound).is_transient());
        assert!(
            !Error::UnsupportedUrl {
                scheme: "mysql".into()
            }
            .is_transient()
        );
    }
}
