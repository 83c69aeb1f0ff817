//! The worker's seams ([`Stages`], [`Store`]) over the real crates: extraction, the
//! depersonalization engine and the registry.

use crate::worker::{Failure, Processed, Recorded, Stages, Store};
use courtpub_depersonalize::Engine;
use courtpub_domain::{ActId, ActMeta, Correction, Masking, MediaType};
use courtpub_extract::Limits;
use courtpub_registry::{Outcome, RecordAct, RecordFailure, Registry};

/// Extraction with its limits, then the engine.
pub struct EngineStages {
    pub limits: Limits,
    pub engine: Engine,
}

impl Stages for EngineStages {
    fn extract(&self, bytes: &[u8]) -> Result<(MediaType, String), String> {
        courtpub_extract::extract(bytes, &self.limits)
            .map(|x| (x.media_type, x.text))
            .map_err(|e| e.to_string())
    }

    fn mask(&self, text: &str, meta: &ActMeta) -> Masking {
        self.engine.mask(text, meta)
    }

    fn apply_corrections(
        &self,
        text: &str,
        masking: Masking,
        corrections: &[Correction],
    ) -> Masking {
        let needs_review = masking.needs_review;
        let mut corrected = self
            .engine
            .apply_corrections(text, &masking.spans, corrections)
            .masking;
        corrected.needs_review = needs_review;
        corrected
    }
}

/// Who the audit log names for actions that come from the court's message queue.
const QUEUE_ACTOR: &str = "court-system";

impl Store for Registry {
    type Error = courtpub_registry::Error;

    fn is_transient(error: &Self::Error) -> bool {
        error.is_transient()
    }

    async fn record(&self, act: &Processed) -> Result<Recorded, Self::Error> {
        let record = RecordAct {
            meta: act.submission.meta.clone(),
            original: act.submission.document.content.clone(),
            file_name: act.submission.document.file_name.clone(),
            media_type: act.media_type,
            text: act.text.clone(),
            masking: act.masking.clone(),
            publish: !act.masking.needs_review,
        };
        Ok(match self.record_processed(&record).await? {
            Outcome::Published { .. } => Recorded::Published,
            Outcome::Unpublished { .. } => Recorded::Unpublished,
            Outcome::Duplicate => Recorded::Duplicate,
            Outcome::Stale => Recorded::Stale,
            Outcome::Withdrawn => Recorded::Withdrawn,
        })
    }

    async fn record_failed(&self, failure: &Failure) -> Result<(), Self::Error> {
        Registry::record_failed(
            self,
            &RecordFailure {
                act_id: failure.act_id.clone(),
                revision: failure.revision,
                code: failure.code.to_owned(),
                reason: failure.reason.clone(),
                raw_metadata: failure.raw_metadata.clone(),
            },
        )
        .await
        .map(|_| ())
    }

    async fn corrections(&self, act_id: &ActId) -> Result<Vec<Correction>, Self::Error> {
        Ok(Registry::corrections(self, act_id)
            .await?
            .into_iter()
            .map(|c| c.correction)
            .collect())
    }

    async fn withdraw(&self, act_id: &ActId, reason: Option<&str>) -> Result<(), Self::Error> {
        let result = Registry::withdraw(self, act_id, QUEUE_ACTOR, reason).await?;
        tracing::info!(act_id = %act_id, result = ?result, "withdrawal recorded");
        Ok(())
    }
}
