//! Resource limits and the deadline that enforces the time limit inside loops.

use std::time::{Duration, Instant};

use serde::{Deserialize, Deserializer};

use crate::ExtractError;

/// Bounds on one extraction; every one is checked, exceeding one is an error.
///
/// In config (`deny_unknown_fields`, every field optional):
/// ```toml
/// max_file_bytes = 52428800          # 50 MiB, checked before parsing
/// max_uncompressed_bytes = 209715200 # 200 MiB, DOCX parts counted while inflating
/// max_pages = 2000
/// max_duration = "30s"               # or a number of seconds; "500ms" also works
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    /// Largest accepted input file, in bytes.
    pub max_file_bytes: u64,
    /// Largest total of inflated bytes read: DOCX parts, PDF streams (zip bomb guard).
    pub max_uncompressed_bytes: u64,
    /// Most pages a PDF may have.
    pub max_pages: u64,
    /// Wall-clock budget of one extraction.
    #[serde(deserialize_with = "deserialize_duration")]
    pub max_duration: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_file_bytes: 50 * 1024 * 1024,
            max_uncompressed_bytes: 200 * 1024 * 1024,
            max_pages: 2000,
            max_duration: Duration::from_secs(30),
        }
    }
}

#[derive(Deserialize)]
#[serde(untagged)]
enum DurationRepr {
    Seconds(f64),
    Text(String),
}

fn deserialize_duration<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
    use serde::de::Error;
    let parsed = match DurationRepr::deserialize(d)? {
        DurationRepr::Seconds(s) => Duration::try_from_secs_f64(s).ok(),
        DurationRepr::Text(t) => parse_duration(&t),
    };
    parsed.ok_or_else(|| D::Error::custom("expected a duration such as 30, \"30s\" or \"500ms\""))
}

fn parse_duration(text: &str) -> Option<Duration> {
    let t = text.trim();
    let (number, scale) = if let Some(n) = t.strip_suffix("ms") {
        (n, 0.001)
    } else if let Some(n) = t.strip_suffix('s') {
        (n, 1.0)
    } else if let Some(n) = t.strip_suffix('m') {
        (n, 60.0)
    } else {
        (t, 1.0)
    };
    let value: f64 = number.trim().parse().ok()?;
    Duration::try_from_secs_f64(value * scale).ok()
}

/// The point in time an extraction must be finished by.
pub(crate) struct Deadline {
    end: Option<Instant>,
    limit: Duration,
}

impl Deadline {
    pub(crate) fn new(limit: Duration) -> Self {
        Self {
            end: Instant::now().checked_add(limit),
            limit,
        }
    }

    pub(crate) fn check(&self) -> Result<(), ExtractError> {
        match self.end {
            Some(end) if Instant::now() >= end => Err(ExtractError::Timeout { limit: self.limit }),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse_in_the_forms_config_uses() {
        for (text, want) in [
            ("30", Some(Duration::from_secs(30))),
            ("30s", Some(Duration::from_secs(30))),
            ("500ms", Some(Duration::from_millis(500))),
            ("2m", Some(Duration::from_secs(120))),
            ("soon", None),
            ("-1s", None),
        ] {
            assert_eq!(parse_duration(text), want, "{text}");
        }
    }

    #[test]
    fn zero_duration_times_out_at_once() {
        let d = Deadline::new(Duration::ZERO);
        assert!(matches!(d.check(), Err(ExtractError::Timeout { .. })));
        assert!(Deadline::new(Duration::from_secs(60)).check().is_ok());
    }
}
