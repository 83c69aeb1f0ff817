//! The two concrete backends. `ops.rs` holds the operations once; each module below
//! compiles it against its own sqlx database so that both keep native types (dates,
//! JSON, bytes) instead of going through `sqlx::Any`.

use crate::error::{Error, Result};
use courtpub_domain::{ActMeta, MediaType};
use serde::Serialize;
use sha2::{Digest, Sha256};

pub(crate) mod postgres {
    pub(crate) type Db = sqlx::Postgres;

    /// Row lock on the act so concurrent writers handle it one at a time.
    const SELECT_ACT_FOR_UPDATE: &str = "SELECT latest_revision, published_revision, status \
         FROM acts WHERE act_id = $1 FOR UPDATE";

    /// Outbox writers take this lock just before inserting and hold it to commit, so
    /// outbox ids are assigned in commit order and an indexer reading `id > cursor`
    /// never skips a row that committed late.
    const LOCK_OUTBOX: Option<&str> = Some("SELECT pg_advisory_xact_lock(7310421)");

    async fn begin(pool: &sqlx::PgPool) -> crate::Result<sqlx::Transaction<'static, Db>> {
        Ok(pool.begin().await?)
    }

    pub(crate) async fn migrate(pool: &sqlx::PgPool) -> crate::Result<()> {
        sqlx::migrate!("migrations/postgres").run(pool).await?;
        Ok(())
    }

    include!("ops.rs");
    include!("staff_ops.rs");
}

pub(crate) mod sqlite {
    pub(crate) type Db = sqlx::Sqlite;

    /// `BEGIN IMMEDIATE` already holds the database's single write lock.
    const SELECT_ACT_FOR_UPDATE: &str =
        "SELECT latest_revision, published_revision, status FROM acts WHERE act_id = $1";

    /// One writer at a time: ids are in commit order without a lock.
    const LOCK_OUTBOX: Option<&str> = None;

    /// Take the write lock up front: a deferred transaction that reads first and writes
    /// later can fail with SQLITE_BUSY when another writer commits in between.
    async fn begin(pool: &sqlx::SqlitePool) -> crate::Result<sqlx::Transaction<'static, Db>> {
        Ok(pool.begin_with("BEGIN IMMEDIATE").await?)
    }

    pub(crate) async fn migrate(pool: &sqlx::SqlitePool) -> crate::Result<()> {
        sqlx::migrate!("migrations/sqlite").run(pool).await?;
        Ok(())
    }

    include!("ops.rs");
    include!("staff_ops.rs");
}

/// The outbox payload, serialized without cloning the masked text. Same shape as
/// `PublicAct`: the outbox is read back as `PublicAct` (tested).
#[derive(Serialize)]
pub(crate) struct PublicActRef<'a> {
    pub meta: &'a ActMeta,
    pub masked_text: &'a str,
}

pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for b in digest {
        hex.push_str(&format!("{b:02x}"));
    }
    hex
}

/// Where a revision falls in [0, 1) for the review sample: the same for every staff
/// process and every run, so a rate of 5 % draws the same 5 % wherever it is computed.
pub(crate) fn sample_point(act_id: &str, revision: i64) -> f64 {
    let mut hasher = Sha256::new();
    hasher.update(act_id.as_bytes());
    hasher.update([0]);
    hasher.update(revision.to_be_bytes());
    let digest = hasher.finalize();
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    // 53 bits: exactly representable in an f64.
    (u64::from_be_bytes(first) >> 11) as f64 / (1u64 << 53) as f64
}

pub(crate) fn media_type_from_mime(mime: &str) -> Option<MediaType> {
    [MediaType::Docx, MediaType::Pdf, MediaType::Txt]
        .into_iter()
        .find(|m| m.as_mime() == mime)
}

pub(crate) fn revision_from_db(value: i64, act_id: &str) -> Result<u32> {
    u32::try_from(value)
        .map_err(|_| Error::corrupt("revision", act_id, format!("{value} is out of range")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_of_known_input() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn sample_points_are_spread_and_stable() {
        assert_eq!(sample_point("A-1", 1), sample_point("A-1", 1));
        assert_ne!(sample_point("A-1", 1), sample_point("A-1", 2));
        let points: Vec<f64> = (0..2000)
            .map(|i| sample_point(&format!("A-{i}"), 1))
            .collect();
        assert!(points.iter().all(|p| (0.0..1.0).contains(p)));
        let below = points.iter().filter(|p| **p < 0.1).count();
        assert!((140..260).contains(&below), "{below} of 2000 below 0.1");
    }

    #[test]
    fn every_media_type_round_trips() {
        for m in [MediaType::Docx, MediaType::Pdf, MediaType::Txt] {
            assert_eq!(media_type_from_mime(m.as_mime()), Some(m));
        }
        assert_eq!(media_type_from_mime("image/png"), None);
    }

    #[test]
    fn revision_out_of_range_is_corrupt_not_panic() {
        assert_eq!(revision_from_db(7, "a").ok(), Some(7));
        assert!(revision_from_db(-1, "a").is_err());
        assert!(revision_from_db(i64::MAX, "a").is_err());
    }
}
