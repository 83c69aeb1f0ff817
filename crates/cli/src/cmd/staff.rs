//! Staff subcommands: `courtpub staff` (the review site) and `courtpub user …` (accounts).

use super::pipeline::Common;
use super::pipeline::app;
use anyhow::Context as _;
use courtpub_depersonalize::{Engine, Policy};
use courtpub_pipeline::config::{Config, StaffConfig};
use courtpub_registry::{NewUser, StaffRole};
use courtpub_staff::{SamplePercent, StaffSettings, StaffState};
use std::io::BufRead as _;
use std::sync::Arc;

/// Shortest password `user add` accepts.
const MIN_PASSWORD_CHARS: usize = 12;

#[derive(clap::Subcommand)]
pub enum Command {
    /// Serve the staff site (review queue, corrections, audit log) on staff.listen.
    Staff(Common),
    /// Manage staff accounts.
    #[command(subcommand)]
    User(UserCommand),
}

#[derive(clap::Subcommand)]
pub enum UserCommand {
    /// Create an account; the password is read from the first line of standard input.
    Add(AddArgs),
    /// Set a new password (read from standard input) and lift a lockout.
    Passwd(PasswdArgs),
    /// List the accounts.
    List(Common),
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Role {
    Auditor,
    Admin,
}

#[derive(clap::Args)]
pub struct AddArgs {
    #[arg(long)]
    pub login: String,
    /// The name shown in the interface and the audit log.
    #[arg(long)]
    pub name: String,
    #[arg(long, value_enum, default_value = "auditor")]
    pub role: Role,
    #[command(flatten)]
    pub common: Common,
}

#[derive(clap::Args)]
pub struct PasswdArgs {
    #[arg(long)]
    pub login: String,
    #[command(flatten)]
    pub common: Common,
}

pub fn settings(config: &StaffConfig) -> StaffSettings {
    StaffSettings {
        secure_cookies: config.secure_cookies,
        session_ttl: chrono::Duration::hours(i64::from(config.session_hours)),
        max_failed_logins: config.max_failed_logins,
        lockout: chrono::Duration::minutes(i64::from(config.lockout_minutes)),
        sample_percent: SamplePercent {
            criminal: config.sample_percent_criminal,
            civil: config.sample_percent_civil,
            administrative: config.sample_percent_administrative,
            economic: config.sample_percent_economic,
            misdemeanor: config.sample_percent_misdemeanor,
        },
    }
}

/// The staff app's state over an open registry; loads the engine for re-runs.
pub async fn state(
    config: &Config,
    registry: courtpub_registry::Registry,
) -> anyhow::Result<StaffState> {
    let engine_config = config.engine.clone();
    let additions = registry
        .dictionary_entries()
        .await
        .context("cannot read the promoted dictionary entries from the registry")?;
    let engine = tokio::task::spawn_blocking(move || {
        let policy = Policy::from_file(&engine_config.policy).with_context(|| {
            format!("cannot load the policy {}", engine_config.policy.display())
        })?;
        let mut engine = Engine::load(&engine_config.dictionaries, policy).with_context(|| {
            format!(
                "cannot load the dictionaries from {}",
                engine_config.dictionaries.display()
            )
        })?;
        for e in &additions {
            engine.add_dictionary_entry(e.list, &e.entry);
        }
        Ok::<_, anyhow::Error>(engine)
    })
    .await??;
    Ok(StaffState {
        registry,
        engine: Arc::new(engine),
        settings: Arc::new(settings(&config.staff)),
    })
}

pub fn run(command: Command) -> anyhow::Result<()> {
    app::init_tracing();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(async move {
        match command {
            Command::Staff(c) => serve(&app::load(&c)?).await,
            Command::User(UserCommand::Add(a)) => add(&a).await,
            Command::User(UserCommand::Passwd(a)) => passwd(&a).await,
            Command::User(UserCommand::List(c)) => list(&app::load(&c)?).await,
        }
    })
}

async fn serve(config: &Config) -> anyhow::Result<()> {
    let Some(addr) = config.staff.addr()? else {
        anyhow::bail!("staff.listen is empty: set it (or COURTPUB_STAFF_LISTEN) to HOST:PORT");
    };
    let registry = app::registry(config).await?;
    registry
        .migrate()
        .await
        .context("registry migration failed")?;
    let state = state(config, registry).await?;
    let shutdown = app::shutdown_signal();
    eprintln!("courtpub: staff site http://{addr}; Ctrl-C to stop");
    courtpub_staff::serve_staff(state, addr, async move { shutdown.cancelled().await }).await?;
    Ok(())
}

fn read_password() -> anyhow::Result<String> {
    use std::io::IsTerminal as _;
    if std::io::stdin().is_terminal() {
        eprintln!("password (shown as you type; pipe it in to avoid that):");
    }
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("cannot read the password from standard input")?;
    let password = line.trim_end_matches(['\r', '\n']).to_owned();
    if password.chars().count() < MIN_PASSWORD_CHARS {
        anyhow::bail!(
            "the password must have at least {MIN_PASSWORD_CHARS} characters; give it on the \
             first line of standard input"
        );
    }
    Ok(password)
}

async fn add(args: &AddArgs) -> anyhow::Result<()> {
    let login = args.login.trim();
    if login.is_empty()
        || login.len() > 64
        || !login
            .chars()
            .all(|c| c.is_alphanumeric() || "._-".contains(c))
    {
        anyhow::bail!("--login must be 1–64 letters, digits, '.', '_' or '-'");
    }
    let config = app::load(&args.common)?;
    let password = read_password()?;
    let hash =
        tokio::task::spawn_blocking(move || courtpub_staff::hash_password(&password)).await??;
    let registry = app::registry(&config).await?;
    registry
        .migrate()
        .await
        .context("registry migration failed")?;
    let role = match args.role {
        Role::Auditor => StaffRole::Auditor,
        Role::Admin => StaffRole::Admin,
    };
    registry
        .create_user(&NewUser {
            login: login.to_owned(),
            display_name: args.name.trim().to_owned(),
            role,
            password_hash: hash,
        })
        .await
        .context("cannot create the account (use `courtpub user passwd` for an existing one)")?;
    registry
        .append_audit(&courtpub_registry::NewAuditEntry {
            actor: "system:cli".into(),
            action: "user_add".into(),
            act_id: None,
            details: serde_json::json!({"login": login, "role": role.as_str()}),
        })
        .await?;
    eprintln!("courtpub: {} account {login} created", role.as_str());
    Ok(())
}

async fn passwd(args: &PasswdArgs) -> anyhow::Result<()> {
    let config = app::load(&args.common)?;
    let password = read_password()?;
    let hash =
        tokio::task::spawn_blocking(move || courtpub_staff::hash_password(&password)).await??;
    let registry = app::registry(&config).await?;
    if !registry.set_password(&args.login, &hash).await? {
        anyhow::bail!(
            "no account {}; create it with `courtpub user add`",
            args.login
        );
    }
    registry
        .append_audit(&courtpub_registry::NewAuditEntry {
            actor: "system:cli".into(),
            action: "user_passwd".into(),
            act_id: None,
            details: serde_json::json!({"login": args.login}),
        })
        .await?;
    eprintln!("courtpub: password of {} set", args.login);
    Ok(())
}

async fn list(config: &Config) -> anyhow::Result<()> {
    let registry = app::registry(config).await?;
    for u in registry.users().await? {
        let state = if u.disabled {
            "disabled"
        } else if u.locked_until.is_some_and(|t| t > chrono::Utc::now()) {
            "locked"
        } else {
            "active"
        };
        println!(
            "{}\t{}\t{}\t{}",
            u.login,
            u.role.as_str(),
            state,
            u.display_name
        );
    }
    Ok(())
}
