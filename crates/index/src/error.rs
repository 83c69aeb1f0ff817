use std::path::PathBuf;

/// What can go wrong with the index; each message says what to do.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("cannot create the index folder {path}: {source}; check the path and its permissions")]
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "cannot open the index at {path}: {source}; check the folder, or rebuild it with `courtpub reindex`"
    )]
    Open {
        path: PathBuf,
        source: tantivy::TantivyError,
    },
    #[error(
        "the index at {path} was built with another schema; rebuild it with `courtpub reindex` into an empty folder"
    )]
    SchemaMismatch { path: PathBuf },
    #[error(
        "the index at {path} is locked by another writer; run exactly one indexer per index folder"
    )]
    WriterLocked { path: PathBuf },
    #[error(
        "stored act {act_id} is unreadable: {source}; rebuild the index with `courtpub reindex`"
    )]
    Corrupt {
        act_id: String,
        source: serde_json::Error,
    },
    #[error("stored document has no act id; rebuild the index with `courtpub reindex`")]
    MissingField,
    #[error("index operation failed: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
}
