//! Configuration: one TOML file (config/courtpub.toml) plus environment overrides.
//!
//! Every key can be overridden by `COURTPUB_<SECTION>_<KEY>` (upper case), e.g.
//! `COURTPUB_REGISTRY_URL`, `COURTPUB_AMQP_URL`, `COURTPUB_WORKER_CONCURRENCY`. Unknown
//! sections and keys are errors, in the file and in the environment. Secrets come only
//! from the environment: a URL with a password in the file is refused.

use crate::message::MessageLimits;
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

/// Environment variables with the prefix that are not config keys: the config file's
/// path, the log filter, the flags of `courtpub serve`, and test harness variables.
const NOT_KEYS: &[&str] = &[
    "COURTPUB_CONFIG",
    "COURTPUB_LOG",
    "COURTPUB_INDEX",
    "COURTPUB_LISTEN",
    "COURTPUB_PUBLIC_URL",
];
const PREFIX: &str = "COURTPUB_";

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("config file {path} is not valid toml: {reason}")]
    Syntax { path: PathBuf, reason: String },
    #[error("invalid configuration ({origin}): {reason}")]
    Invalid { origin: String, reason: String },
    #[error(
        "{key} in {path} contains a password; remove it and set {env} in the environment instead"
    )]
    SecretInFile {
        key: &'static str,
        path: PathBuf,
        env: &'static str,
    },
    #[error(
        "environment variable {var} does not name a config key (expected COURTPUB_<SECTION>_<KEY>)"
    )]
    UnknownEnv { var: String },
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub registry: RegistryConfig,
    pub queue: QueueConfig,
    #[serde(default)]
    pub amqp: AmqpConfig,
    #[serde(default)]
    pub worker: WorkerConfig,
    #[serde(default)]
    pub extract: courtpub_extract::Limits,
    pub engine: EngineConfig,
    pub index: IndexConfig,
    #[serde(default)]
    pub metrics: MetricsConfig,
    #[serde(default)]
    pub run: RunConfig,
    #[serde(default)]
    pub web: WebConfig,
    #[serde(default)]
    pub staff: StaffConfig,
}

/// The staff application (review, corrections, audit log): its own listener, on an
/// internal network in production.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StaffConfig {
    /// Address of the staff site; empty keeps `courtpub run` from starting it.
    pub listen: String,
    /// Mark session cookies `Secure` (set true behind HTTPS).
    pub secure_cookies: bool,
    /// A session ends this many hours after sign-in.
    pub session_hours: u32,
    /// Consecutive failed logins that lock an account, and for how long.
    pub max_failed_logins: u32,
    pub lockout_minutes: u32,
    /// Percent of auto-published acts drawn for review, per case category.
    pub sample_percent_criminal: f64,
    pub sample_percent_civil: f64,
    pub sample_percent_administrative: f64,
    pub sample_percent_economic: f64,
    pub sample_percent_misdemeanor: f64,
}

impl Default for StaffConfig {
    fn default() -> Self {
        Self {
            listen: "127.0.0.1:8081".into(),
            secure_cookies: false,
            session_hours: 8,
            max_failed_logins: 5,
            lockout_minutes: 15,
            sample_percent_criminal: 5.0,
            sample_percent_civil: 2.0,
            sample_percent_administrative: 2.0,
            sample_percent_economic: 2.0,
            sample_percent_misdemeanor: 1.0,
        }
    }
}

impl StaffConfig {
    /// The staff listener, or None when `listen` is empty.
    pub fn addr(&self) -> Result<Option<SocketAddr>, ConfigError> {
        if self.listen.is_empty() {
            return Ok(None);
        }
        self.listen
            .parse()
            .map(Some)
            .map_err(|e| ConfigError::Invalid {
                origin: "staff.listen".into(),
                reason: format!("{e}: expected HOST:PORT such as 127.0.0.1:8081, or empty"),
            })
    }

    fn validate(&self) -> Result<(), String> {
        self.addr().map_err(|e| e.to_string())?;
        if self.session_hours == 0 || self.max_failed_logins == 0 || self.lockout_minutes == 0 {
            return Err(
                "staff.session_hours, max_failed_logins and lockout_minutes must be 1 or more"
                    .into(),
            );
        }
        for (key, v) in [
            ("criminal", self.sample_percent_criminal),
            ("civil", self.sample_percent_civil),
            ("administrative", self.sample_percent_administrative),
            ("economic", self.sample_percent_economic),
            ("misdemeanor", self.sample_percent_misdemeanor),
        ] {
            if !(0.0..=100.0).contains(&v) {
                return Err(format!(
                    "staff.sample_percent_{key} must be between 0 and 100"
                ));
            }
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct WebConfig {
    /// Address of the public site (read-only index, no registry credentials).
    pub public_listen: String,
    /// Absolute URL the public site is reached at (feed and export links); empty means
    /// `http://{public_listen}`.
    pub public_url: String,
}

impl Default for WebConfig {
    fn default() -> Self {
        Self {
            public_listen: "127.0.0.1:8080".into(),
            public_url: String::new(),
        }
    }
}

impl WebConfig {
    pub fn public_addr(&self) -> Result<SocketAddr, ConfigError> {
        self.public_listen
            .parse()
            .map_err(|e| ConfigError::Invalid {
                origin: "web.public_listen".into(),
                reason: format!("{e}: expected HOST:PORT such as 127.0.0.1:8080"),
            })
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegistryConfig {
    /// `sqlite://PATH` or `postgres://HOST/DB` (credentials from COURTPUB_REGISTRY_URL).
    pub url: String,
    #[serde(default = "default_connections")]
    pub max_connections: u32,
}

fn default_connections() -> u32 {
    8
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QueueKind {
    Local,
    Amqp,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QueueConfig {
    pub kind: QueueKind,
    /// SQLite file of the local queue.
    #[serde(default = "default_queue_path")]
    pub path: PathBuf,
    /// Seconds a received local message stays invisible before redelivery.
    #[serde(default = "default_visibility")]
    pub visibility_timeout_secs: u64,
    /// Deliveries of one message before it is dead-lettered (both queue kinds).
    #[serde(default = "default_max_deliveries")]
    pub max_deliveries: u32,
}

fn default_queue_path() -> PathBuf {
    PathBuf::from("./data/queue.sqlite")
}
fn default_visibility() -> u64 {
    120
}
fn default_max_deliveries() -> u32 {
    10
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AmqpConfig {
    pub url: String,
    /// Unacked messages per worker process.
    pub prefetch: u16,
    /// Declare exchanges and queues on connect.
    pub declare: bool,
    /// Prefix for exchange and queue names (empty = `courtpub`).
    pub prefix: String,
    /// Seconds to wait for the broker's answer to one request before reconnecting.
    pub timeout_secs: u64,
}

impl Default for AmqpConfig {
    fn default() -> Self {
        Self {
            url: "amqp://127.0.0.1:5672/%2f".into(),
            prefetch: 16,
            declare: true,
            prefix: String::new(),
            timeout_secs: 30,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct WorkerConfig {
    pub concurrency: usize,
    pub max_message_bytes: usize,
}

impl Default for WorkerConfig {
    fn default() -> Self {
        Self {
            concurrency: 8,
            max_message_bytes: MessageLimits::default().max_message_bytes,
        }
    }
}

impl WorkerConfig {
    pub fn limits(&self) -> MessageLimits {
        MessageLimits {
            max_message_bytes: self.max_message_bytes,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EngineConfig {
    pub dictionaries: PathBuf,
    pub policy: PathBuf,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexConfig {
    pub path: PathBuf,
    #[serde(default = "default_batch")]
    pub batch: u32,
}

fn default_batch() -> u32 {
    500
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MetricsConfig {
    /// Address of the `/metrics` listener; empty disables it.
    pub listen: String,
}

impl Default for MetricsConfig {
    fn default() -> Self {
        Self {
            listen: "127.0.0.1:9464".into(),
        }
    }
}

impl MetricsConfig {
    pub fn addr(&self) -> Result<Option<SocketAddr>, ConfigError> {
        if self.listen.trim().is_empty() {
            return Ok(None);
        }
        self.listen
            .parse()
            .map(Some)
            .map_err(|e| ConfigError::Invalid {
                origin: "metrics.listen".into(),
                reason: format!("{e}: expected HOST:PORT such as 127.0.0.1:9464"),
            })
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RunConfig {
    /// Folder of sample acts (`<id>.{docx,pdf,txt}` + `<id>.meta.json`) ingested by
    /// `courtpub run` on first start; empty disables.
    pub sample_acts: PathBuf,
}

impl Default for RunConfig {
    fn default() -> Self {
        Self {
            sample_acts: PathBuf::from("./testdata/acts"),
        }
    }
}

impl Config {
    /// Reads `path` and applies the process environment.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        Self::load_with_env(path, std::env::vars())
    }

    pub fn load_with_env(
        path: &Path,
        env: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_owned(),
            source,
        })?;
        Self::parse(&text, path, env)
    }

    pub fn parse(
        text: &str,
        path: &Path,
        env: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Self, ConfigError> {
        let mut value: toml::Table = toml::from_str(text).map_err(|e| ConfigError::Syntax {
            path: path.to_owned(),
            reason: e.message().to_owned(),
        })?;
        for (key, env_name) in [
            ("registry", "COURTPUB_REGISTRY_URL"),
            ("amqp", "COURTPUB_AMQP_URL"),
        ] {
            let url = value
                .get(key)
                .and_then(|s| s.get("url"))
                .and_then(|u| u.as_str());
            if url.is_some_and(has_password) {
                return Err(ConfigError::SecretInFile {
                    key: if key == "registry" {
                        "registry.url"
                    } else {
                        "amqp.url"
                    },
                    path: path.to_owned(),
                    env: env_name,
                });
            }
        }
        let mut origin = format!("{}", path.display());
        for (var, raw) in env {
            let Some(rest) = var.strip_prefix(PREFIX) else {
                continue;
            };
            if NOT_KEYS.contains(&var.as_str()) || rest.starts_with("TEST_") {
                continue;
            }
            let lower = rest.to_ascii_lowercase();
            let Some((section, key)) = lower.split_once('_') else {
                return Err(ConfigError::UnknownEnv { var });
            };
            let table = value
                .entry(section.to_owned())
                .or_insert_with(|| toml::Value::Table(toml::Table::new()));
            let Some(table) = table.as_table_mut() else {
                return Err(ConfigError::UnknownEnv { var });
            };
            table.insert(key.to_owned(), env_value(&raw));
            origin = format!("{} with {var}", origin);
        }
        let config: Config =
            toml::Value::Table(value)
                .try_into()
                .map_err(|e: toml::de::Error| ConfigError::Invalid {
                    origin: origin.clone(),
                    reason: e.message().to_owned(),
                })?;
        config
            .validate()
            .map_err(|reason| ConfigError::Invalid { origin, reason })?;
        Ok(config)
    }

    fn validate(&self) -> Result<(), String> {
        if self.worker.concurrency == 0 {
            return Err("worker.concurrency must be 1 or more".into());
        }
        if self.amqp.prefetch == 0 {
            return Err("amqp.prefetch must be 1 or more".into());
        }
        if self.amqp.timeout_secs == 0 {
            return Err("amqp.timeout_secs must be 1 or more".into());
        }
        if self.index.batch == 0 {
            return Err("index.batch must be 1 or more".into());
        }
        self.metrics.addr().map_err(|e| e.to_string())?;
        self.web.public_addr().map_err(|e| e.to_string())?;
        self.staff.validate()?;
        Ok(())
    }
}

/// An environment value as TOML: integers, decimals and booleans typed, everything else
/// a string.
fn env_value(raw: &str) -> toml::Value {
    if let Ok(n) = raw.parse::<i64>() {
        toml::Value::Integer(n)
    } else if let Some(x) = raw
        .parse::<f64>()
        .ok()
        .filter(|x| x.is_finite() && raw.contains('.'))
    {
        toml::Value::Float(x)
    } else if let Ok(b) = raw.parse::<bool>() {
        toml::Value::Boolean(b)
    } else {
        toml::Value::String(raw.to_owned())
    }
}

/// `scheme://user:password@host…`
fn has_password(url: &str) -> bool {
    let Some((_, rest)) = url.split_once("://") else {
        return false;
    };
    let authority = rest.split(['/', '?']).next().unwrap_or("");
    authority
        .rsplit_once('@')
        .is_some_and(|(userinfo, _)| userinfo.contains(':'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn default_file() -> String {
        std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../config/courtpub.toml"
        ))
        .unwrap_or_default()
    }

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn production_example_parses() {
        let path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../deploy/courtpub.production.toml");
        let c = Config::load_with_env(&path, env(&[])).expect("the production example parses");
        assert!(c.staff.secure_cookies, "production cookies are Secure");
        assert!(c.staff.addr().expect("staff.listen").is_some());
    }

    #[test]
    fn default_file_is_the_embedded_default() {
        let c = Config::parse(&default_file(), Path::new("courtpub.toml"), env(&[]))
            .expect("the shipped config parses");
        assert_eq!(c.queue.kind, QueueKind::Local);
        assert!(
            c.registry.url.starts_with("sqlite://"),
            "{}",
            c.registry.url
        );
        assert_eq!(
            c.staff.addr().expect("staff.listen"),
            Some("127.0.0.1:8081".parse().expect("addr")),
            "`courtpub run` starts the staff site"
        );
        assert_eq!(c.staff.sample_percent_criminal, 5.0);
    }

    type BadCase<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a str);

    #[test]
    fn environment_overrides_and_typos() {
        let p = Path::new("courtpub.toml");
        let c = Config::parse(
            &default_file(),
            p,
            env(&[
                ("COURTPUB_REGISTRY_URL", "postgres://u:secret@db/courtpub"),
                ("COURTPUB_QUEUE_KIND", "amqp"),
                ("COURTPUB_WORKER_CONCURRENCY", "7"),
                ("COURTPUB_CONFIG", "ignored"),
                ("PATH", "/bin"),
            ]),
        )
        .expect("overrides apply");
        assert_eq!(c.registry.url, "postgres://u:secret@db/courtpub");
        assert_eq!(c.queue.kind, QueueKind::Amqp);
        assert_eq!(c.worker.concurrency, 7);

        let c = Config::parse(
            &default_file(),
            p,
            env(&[
                ("COURTPUB_STAFF_SAMPLE_PERCENT_CIVIL", "0.5"),
                ("COURTPUB_STAFF_SAMPLE_PERCENT_CRIMINAL", "10"),
                ("COURTPUB_STAFF_LISTEN", "0.0.0.0:9000"),
                ("COURTPUB_STAFF_SECURE_COOKIES", "true"),
            ]),
        )
        .expect("staff overrides apply");
        assert_eq!(c.staff.sample_percent_civil, 0.5);
        assert_eq!(c.staff.sample_percent_criminal, 10.0);
        assert_eq!(
            c.staff.addr().unwrap(),
            Some("0.0.0.0:9000".parse().unwrap())
        );
        assert!(c.staff.secure_cookies);

        // (name, extra env, what the error names)
        let bad: &[BadCase] = &[
            (
                "typo_key",
                &[("COURTPUB_WORKER_CONCURENCY", "2")],
                "concurency",
            ),
            ("no_key", &[("COURTPUB_WORKER", "2")], "COURTPUB_WORKER"),
            ("bad_kind", &[("COURTPUB_QUEUE_KIND", "kafka")], "kafka"),
            (
                "zero",
                &[("COURTPUB_WORKER_CONCURRENCY", "0")],
                "concurrency",
            ),
            (
                "bad_listen",
                &[("COURTPUB_METRICS_LISTEN", "nowhere")],
                "metrics.listen",
            ),
            (
                "bad_staff_listen",
                &[("COURTPUB_STAFF_LISTEN", "nowhere")],
                "staff.listen",
            ),
            (
                "sample_over_100",
                &[("COURTPUB_STAFF_SAMPLE_PERCENT_CIVIL", "150")],
                "sample_percent_civil",
            ),
            (
                "staff_typo",
                &[("COURTPUB_STAFF_SAMPLE_CIVIL", "1")],
                "sample_civil",
            ),
        ];
        for (name, vars, names) in bad {
            let err = Config::parse(&default_file(), p, env(vars)).expect_err(name);
            assert!(err.to_string().contains(names), "{name}: {err}");
        }
    }

    #[test]
    fn secrets_only_from_the_environment() {
        let text = default_file().replace(
            "url = \"amqp://127.0.0.1:5672/%2f\"",
            "url = \"amqp://guest:guest@127.0.0.1:5672/%2f\"",
        );
        assert_ne!(text, default_file(), "the default file must set amqp.url");
        let err =
            Config::parse(&text, Path::new("c.toml"), env(&[])).expect_err("password in file");
        assert!(err.to_string().contains("COURTPUB_AMQP_URL"), "{err}");
        for (url, want) in [
            ("postgres://u:p@h/db", true),
            ("postgres://u@h/db", false),
            ("sqlite://./data/x.sqlite", false),
            ("amqp://h:5672/%2f", false),
        ] {
            assert_eq!(has_password(url), want, "{url}");
        }
    }
}
