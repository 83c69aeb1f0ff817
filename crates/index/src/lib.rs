//! courtpub-index: the public full-text index of depersonalized acts (tantivy).
//!
//! This crate owns the index schema, the single writer that the indexer drives, and the
//! read side that the public web process searches: keywords with Russian stemming, phrases
//! in quotes, filters, facet counts, sorting, pagination and highlighted snippets.
//!
//! **The index only ever receives [`PublicAct`]: public metadata and the masked text.**
//! No original text, no spans, no person keys and no registry credentials ever reach it;
//! its API takes nothing else, so the public side cannot show restricted data even by
//! mistake. The index is a derived copy: the registry is the source of truth and can
//! always rebuild it.
//!
//! Layout of the index folder is tantivy's own. Exactly one [`IndexWriter`] may be open on
//! a folder at a time (tantivy's lock file enforces it); any number of [`IndexReader`]s may
//! search it, and they pick up each commit by themselves.
//!
//! Russian acts are indexed with tantivy's Russian Snowball stemmer, so "кража" finds
//! "краже" and "кражи". Kyrgyz acts go into a second text field with plain lowercased tokens:
//! there is no Kyrgyz stemmer, and the Russian one would mangle Kyrgyz endings.

mod error;
mod reader;
mod schema;
mod search;
mod snippet;
mod tokenizer;
mod writer;

pub use error::IndexError;
pub use reader::{ActIter, IndexReader, IndexedAct};
pub use search::{
    CourtCount, FacetCount, Facets, Filters, Hit, MAX_LIMIT, MAX_OFFSET, MAX_QUERY_CHARS,
    SearchRequest, SearchResults, Snippet, Sort,
};
pub use writer::{IndexWriter, Upsert};

use courtpub_domain::PublicAct;
use std::path::{Path, PathBuf};

/// An open index folder (or an in-memory index for tests). Cheap to clone.
#[derive(Clone)]
pub struct ActIndex {
    index: tantivy::Index,
    fields: schema::Fields,
    /// Where the index lives, for error messages; `None` in memory.
    path: Option<PathBuf>,
}

impl ActIndex {
    /// Opens the index in `dir`, creating the folder and an empty index if there is none.
    pub fn open_or_create(dir: &Path) -> Result<ActIndex, IndexError> {
        let open_err = |source| IndexError::Open {
            path: dir.to_path_buf(),
            source,
        };
        std::fs::create_dir_all(dir).map_err(|source| IndexError::CreateDir {
            path: dir.to_path_buf(),
            source,
        })?;
        let (schema, fields) = schema::build();
        let directory = tantivy::directory::MmapDirectory::open(dir)
            .map_err(|e| open_err(tantivy::TantivyError::from(e)))?;
        let index = tantivy::Index::builder()
            .schema(schema)
            .tokenizers(schema::tokenizers())
            .open_or_create(directory)
            .map_err(|source| match source {
                tantivy::TantivyError::SchemaError(_) => IndexError::SchemaMismatch {
                    path: dir.to_path_buf(),
                },
                source => open_err(source),
            })?;
        Ok(ActIndex {
            index,
            fields,
            path: Some(dir.to_path_buf()),
        })
    }

    /// An empty index in memory, for tests and benchmarks.
    pub fn in_ram() -> ActIndex {
        let (schema, fields) = schema::build();
        let mut index = tantivy::Index::create_in_ram(schema);
        index.set_tokenizers(schema::tokenizers());
        ActIndex {
            index,
            fields,
            path: None,
        }
    }

    /// The single writer. Fails with [`IndexError::WriterLocked`] if another one is open.
    pub fn writer(&self) -> Result<IndexWriter, IndexError> {
        IndexWriter::new(self)
    }

    /// A reader that reloads shortly after every commit.
    pub fn reader(&self) -> Result<IndexReader, IndexError> {
        IndexReader::new(self)
    }

    fn display_path(&self) -> PathBuf {
        self.path
            .clone()
            .unwrap_or_else(|| PathBuf::from("(in memory)"))
    }
}

/// Builds a [`PublicAct`]'s document; the only way anything enters the index.
fn document_of(
    fields: &schema::Fields,
    act: &PublicAct,
    published_at: chrono::DateTime<chrono::Utc>,
) -> tantivy::TantivyDocument {
    schema::document(fields, act, published_at)
}
