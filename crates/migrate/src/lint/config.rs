//! Lint configuration: the `[lint]` section of `strata.toml`.
//!
//! ```toml
//! [lint]
//! allow = ["rename-column"]          # rules never reported
//! min-severity = "warning"           # drop findings below this
//! postgres-version = 11              # the oldest server the migrations run on (default 12)
//!
//! [lint.severity]                    # per-rule severity ("error", "warning", "info", "off")
//! drop-table = "error"
//! ```
//! Keys may be written with `-` or `_`. Unknown keys and unknown rule ids are errors, so a typo
//! never silently turns a rule off.

use super::rules::rule;
use super::Severity;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// How to lint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LintConfig {
    /// Rules that are never reported.
    pub allow: BTreeSet<String>,
    /// Severity per rule, replacing the rule's (and a proven failure's) severity.
    pub severity: BTreeMap<String, Severity>,
    /// Findings below this severity are dropped.
    pub min_severity: Severity,
    /// The major version of the oldest PostgreSQL server the migrations run on; `None` means
    /// Strata's minimum, 12.
    pub postgres_version: Option<u32>,
}

impl Default for LintConfig {
    fn default() -> Self {
        LintConfig {
            allow: BTreeSet::new(),
            severity: BTreeMap::new(),
            min_severity: Severity::Info,
            postgres_version: None,
        }
    }
}

/// A `[lint]` section that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LintConfigError {
    /// What is wrong, naming the key.
    pub message: String,
}

impl fmt::Display for LintConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid [lint] configuration: {}", self.message)
    }
}

impl std::error::Error for LintConfigError {}

fn error(message: impl Into<String>) -> LintConfigError {
    LintConfigError { message: message.into() }
}

impl LintConfig {
    /// The PostgreSQL major version rules assume.
    pub fn postgres_major(&self) -> u32 {
        self.postgres_version.unwrap_or(12)
    }

    /// The severity a finding of `rule` is reported with, or `None` if it is not reported.
    pub fn effective_severity(&self, rule: &str, severity: Severity) -> Option<Severity> {
        if self.allow.contains(rule) {
            return None;
        }
        let severity = self.severity.get(rule).copied().unwrap_or(severity);
        (severity >= self.min_severity).then_some(severity)
    }

    /// Reads the `[lint]` section of a whole `strata.toml` (defaults when there is none).
    pub fn from_strata_toml(text: &str) -> Result<Self, LintConfigError> {
        let table: toml::Table = text.parse().map_err(|e: toml::de::Error| error(e.to_string()))?;
        match table.get("lint") {
            None => Ok(LintConfig::default()),
            Some(toml::Value::Table(lint)) => LintConfig::from_table(lint),
            Some(_) => Err(error("`lint` must be a table")),
        }
    }

    /// Reads the contents of a `[lint]` table.
    pub fn from_table(lint: &toml::Table) -> Result<Self, LintConfigError> {
        let mut config = LintConfig::default();
        for (key, value) in lint {
            match key.replace('_', "-").as_str() {
                "allow" => {
                    let ids = value.as_array().ok_or_else(|| error("`allow` must be an array of rule ids"))?;
                    for id in ids {
                        let id = id.as_str().ok_or_else(|| error("`allow` must be an array of rule ids"))?;
                        config.allow.insert(known_rule(id)?.to_owned());
                    }
                }
                "severity" => {
                    let table =
                        value.as_table().ok_or_else(|| error("`severity` must be a table of rule = severity"))?;
                    for (id, severity) in table {
                        let id = known_rule(id)?;
                        let text =
                            severity.as_str().ok_or_else(|| error(format!("severity of `{id}` must be a string")))?;
                        if text == "off" {
                            config.allow.insert(id.to_owned());
                        } else {
                            config.severity.insert(id.to_owned(), parse_severity(text)?);
                        }
                    }
                }
                "min-severity" => {
                    let text = value.as_str().ok_or_else(|| error("`min-severity` must be a string"))?;
                    config.min_severity = parse_severity(text)?;
                }
                "postgres-version" => {
                    let version = value.as_integer().ok_or_else(|| error("`postgres-version` must be an integer"))?;
                    config.postgres_version =
                        Some(u32::try_from(version).map_err(|_| error("`postgres-version` must be positive"))?);
                }
                other => return Err(error(format!("unknown key `{other}`"))),
            }
        }
        Ok(config)
    }
}

fn known_rule(id: &str) -> Result<&str, LintConfigError> {
    match rule(id) {
        Some(_) => Ok(id),
        None => Err(error(format!("unknown rule `{id}`"))),
    }
}

fn parse_severity(text: &str) -> Result<Severity, LintConfigError> {
    text.parse().map_err(|_| error(format!("unknown severity `{text}` (expected error, warning or info)")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_lint_section() {
        let config = LintConfig::from_strata_toml(
            "[database]\nurl = \"x\"\n\n[lint]\nallow = [\"rename-column\"]\nmin_severity = \"warning\"\npostgres-version = 10\n\n[lint.severity]\ndrop-table = \"error\"\ncluster = \"off\"\n",
        )
        .unwrap();
        assert!(config.allow.contains("rename-column") && config.allow.contains("cluster"));
        assert_eq!(config.severity["drop-table"], Severity::Error);
        assert_eq!(config.min_severity, Severity::Warning);
        assert_eq!(config.postgres_major(), 10);
        assert_eq!(config.effective_severity("drop-table", Severity::Warning), Some(Severity::Error));
        assert_eq!(config.effective_severity("rename-table", Severity::Info), None);
        assert_eq!(config.effective_severity("cluster", Severity::Warning), None);
    }

    #[test]
    fn typos_are_errors() {
        let err = LintConfig::from_strata_toml("[lint]\nallow = [\"drop-tabel\"]\n").unwrap_err();
        assert_eq!(err.to_string(), "invalid [lint] configuration: unknown rule `drop-tabel`");
        assert!(LintConfig::from_strata_toml("[lint]\nalow = []\n").is_err());
        assert!(LintConfig::from_strata_toml("[lint.severity]\ndrop-table = \"fatal\"\n").is_err());
        assert_eq!(LintConfig::from_strata_toml("").unwrap(), LintConfig::default());
    }
}
