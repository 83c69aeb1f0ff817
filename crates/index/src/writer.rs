//! The single writer: idempotent upserts and deletes, explicit commits.

use crate::schema::Fields;
use crate::{ActIndex, IndexError};
use chrono::{DateTime, Utc};
use courtpub_domain::{ActId, PublicAct};
use std::collections::HashMap;
use std::path::PathBuf;
use tantivy::schema::Value;
use tantivy::{ReloadPolicy, TantivyDocument, Term};

/// Heap for the writer's in-memory segments: enough to buffer a few thousand acts.
const WRITER_HEAP_BYTES: usize = 128 * 1024 * 1024;

/// What an upsert did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upsert {
    /// The act is now (or again) the public copy, replacing any previous document.
    Applied,
    /// A higher revision is already indexed; nothing changed.
    Stale { indexed_revision: u32 },
}

/// The only writer of an index folder. Changes are visible to readers after [`commit`].
///
/// [`commit`]: IndexWriter::commit
pub struct IndexWriter {
    writer: tantivy::IndexWriter<TantivyDocument>,
    /// Committed state, to refuse out-of-order (lower) revisions.
    committed: tantivy::IndexReader,
    /// Uncommitted changes: act id → indexed revision (`None` once deleted).
    pending: HashMap<String, Option<u32>>,
    fields: Fields,
    path: PathBuf,
}

impl IndexWriter {
    pub(crate) fn new(index: &ActIndex) -> Result<IndexWriter, IndexError> {
        let threads = std::thread::available_parallelism()
            .map(|n| n.get().clamp(1, 2))
            .unwrap_or(1);
        let writer = index
            .index
            .writer_with_num_threads(threads, WRITER_HEAP_BYTES)
            .map_err(|e| match e {
                tantivy::TantivyError::LockFailure(..) => IndexError::WriterLocked {
                    path: index.display_path(),
                },
                e => IndexError::Tantivy(e),
            })?;
        let committed = index
            .index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(IndexWriter {
            writer,
            committed,
            pending: HashMap::new(),
            fields: index.fields,
            path: index.display_path(),
        })
    }

    /// Makes `act` the public copy of its act id, published now. Idempotent: the same act
    /// upserted twice leaves one document; a higher revision replaces a lower one; a lower
    /// revision than the indexed one is ignored ([`Upsert::Stale`]).
    pub fn upsert(&mut self, act: &PublicAct) -> Result<Upsert, IndexError> {
        self.upsert_at(act, Utc::now())
    }

    /// Like [`upsert`](IndexWriter::upsert) with the publication time recorded by the
    /// registry, so that a rebuild keeps the feed's dates.
    pub fn upsert_at(
        &mut self,
        act: &PublicAct,
        published_at: DateTime<Utc>,
    ) -> Result<Upsert, IndexError> {
        let id = &act.meta.act_id;
        if let Some(indexed_revision) = self.indexed_revision(id)?
            && indexed_revision > act.meta.revision
        {
            return Ok(Upsert::Stale { indexed_revision });
        }
        self.writer.delete_term(self.id_term(id));
        self.writer
            .add_document(crate::document_of(&self.fields, act, published_at))?;
        self.pending.insert(id.0.clone(), Some(act.meta.revision));
        Ok(Upsert::Applied)
    }

    /// Removes the act from the public index (withdrawn). Deleting an absent act is fine.
    pub fn delete(&mut self, id: &ActId) -> Result<(), IndexError> {
        self.writer.delete_term(self.id_term(id));
        self.pending.insert(id.0.clone(), None);
        Ok(())
    }

    /// Makes every change since the last commit durable and visible to readers.
    /// Returns the commit's opstamp.
    pub fn commit(&mut self) -> Result<u64, IndexError> {
        let opstamp = self.writer.commit()?;
        self.committed.reload()?;
        let changes = self.pending.len();
        self.pending.clear();
        tracing::debug!(changes, opstamp, "index commit");
        Ok(opstamp)
    }

    /// Drops every change since the last commit.
    pub fn rollback(&mut self) -> Result<(), IndexError> {
        self.writer.rollback()?;
        self.pending.clear();
        Ok(())
    }

    /// Removes every act (before a full rebuild); takes effect on commit.
    pub fn delete_all(&mut self) -> Result<(), IndexError> {
        self.writer.delete_all_documents()?;
        self.pending.clear();
        Ok(())
    }

    /// The index folder this writer holds the lock of.
    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    fn id_term(&self, id: &ActId) -> Term {
        Term::from_field_text(self.fields.act_id, &id.0)
    }

    /// Revision the index holds for `id`, counting uncommitted changes.
    fn indexed_revision(&self, id: &ActId) -> Result<Option<u32>, IndexError> {
        if let Some(pending) = self.pending.get(&id.0) {
            return Ok(*pending);
        }
        let searcher = self.committed.searcher();
        let query = tantivy::query::TermQuery::new(
            self.id_term(id),
            tantivy::schema::IndexRecordOption::Basic,
        );
        let top = searcher.search(&query, &tantivy::collector::TopDocs::with_limit(1))?;
        let Some((_, address)) = top.first() else {
            return Ok(None);
        };
        let doc: TantivyDocument = searcher.doc(*address)?;
        Ok(doc
            .get_first(self.fields.revision)
            .and_then(|v| v.as_u64())
            .and_then(|r| u32::try_from(r).ok()))
    }
}
