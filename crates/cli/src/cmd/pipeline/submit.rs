//! `courtpub submit FILE --meta META.json` and `courtpub submit --withdraw ACT_ID`: the
//! court-side client. It validates exactly as the worker will, then publishes with
//! publisher confirms.

use super::Common;
use super::app;
use anyhow::Context as _;
use courtpub_domain::{ActId, ActMeta, MediaType};
use courtpub_pipeline::config::{Config, QueueKind};
use courtpub_pipeline::message::{self, ActMessage, ActSubmission, Document, Withdrawal};
use courtpub_pipeline::queue::Queue;
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    /// The act's file (.docx, .pdf or .txt).
    #[arg(required_unless_present = "withdraw", requires = "meta")]
    pub file: Option<PathBuf>,
    /// The act's metadata as JSON (act_id, revision, court, case_number, kind,
    /// case_category, instance, decision_date, judges, language).
    #[arg(long, value_name = "META.json")]
    pub meta: Option<PathBuf>,
    /// Withdraw this act from the public index instead of submitting one.
    #[arg(long, value_name = "ACT_ID", conflicts_with_all = ["file", "meta"])]
    pub withdraw: Option<String>,
    /// Why the act is withdrawn (for staff; do not name the parties).
    #[arg(long, requires = "withdraw")]
    pub reason: Option<String>,
    #[command(flatten)]
    pub common: Common,
}

/// The declared media type from the file name; the worker sniffs the bytes anyway.
pub fn media_type_of(path: &Path) -> MediaType {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("docx") => MediaType::Docx,
        Some("pdf") => MediaType::Pdf,
        _ => MediaType::Txt,
    }
}

/// Builds the message for one file and its metadata, validated as the worker will.
pub fn build(file: &Path, meta: ActMeta, config: &Config) -> anyhow::Result<ActMessage> {
    let content = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let file_name = file
        .file_name()
        .and_then(|n| n.to_str())
        .map(str::to_owned)
        .with_context(|| format!("{} has no usable file name", file.display()))?;
    let msg = ActMessage::Act(ActSubmission {
        meta,
        document: Document {
            file_name,
            media_type: media_type_of(file),
            content,
        },
    });
    validate(&msg, config).with_context(|| format!("{} cannot be submitted", file.display()))?;
    Ok(msg)
}

fn validate(msg: &ActMessage, config: &Config) -> anyhow::Result<()> {
    message::decode(&msg.to_json(), &config.worker.limits())
        .map_err(|r| anyhow::anyhow!(r.error))?;
    Ok(())
}

pub fn message_id(msg: &ActMessage) -> String {
    match msg.revision() {
        Some(r) => format!("{}@{r}", msg.act_id()),
        None => format!("{}@withdraw", msg.act_id()),
    }
}

pub async fn publish_all(config: &Config, messages: &[ActMessage]) -> anyhow::Result<()> {
    async fn go<Q: Queue>(q: &Q, messages: &[ActMessage]) -> anyhow::Result<()> {
        for m in messages {
            q.publish(&m.to_json(), &message_id(m))
                .await
                .with_context(|| format!("publishing act {} failed", m.act_id()))?;
        }
        Ok(())
    }
    match config.queue.kind {
        QueueKind::Local => go(&app::local_queue(config).await?, messages).await,
        QueueKind::Amqp => go(&app::amqp_queue(config).await?, messages).await,
    }
}

pub async fn run(args: Args) -> anyhow::Result<()> {
    let config = app::load(&args.common)?;
    let msg = if let Some(id) = args.withdraw {
        let msg = ActMessage::Withdraw(Withdrawal {
            act_id: ActId(id),
            reason: args.reason,
        });
        validate(&msg, &config)?;
        msg
    } else {
        let (Some(file), Some(meta_path)) = (args.file, args.meta) else {
            anyhow::bail!("give FILE and --meta META.json, or --withdraw ACT_ID");
        };
        let text = std::fs::read_to_string(&meta_path)
            .with_context(|| format!("cannot read {}", meta_path.display()))?;
        let meta: ActMeta = serde_json::from_str(&text)
            .with_context(|| format!("{} is not valid act metadata", meta_path.display()))?;
        build(&file, meta, &config)?
    };
    publish_all(&config, std::slice::from_ref(&msg)).await?;
    println!("submitted {} (confirmed by the queue)", message_id(&msg));
    Ok(())
}
