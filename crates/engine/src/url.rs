//! Which database a command talks to: the connection URL, resolved as Prisma resolves it.
//!
//! In order, the first that gives a URL wins:
//! 1. `--url` (a `file:` path there is relative to the working directory);
//! 2. the datasource's `directUrl` when the caller migrates ([`UrlPurpose::Migrate`]: Prisma
//!    runs migrations over the direct connection, not through a pooler), else its `url`; each a
//!    literal or `env("VAR")`. A `file:` path there is relative to the schema's directory.
//!
//! `env("VAR")` is looked up in the process environment, then in `.env` beside the schema, then
//! in `.env` in the working directory ([`dotenv`]: `KEY=value`, `export KEY=value`, single or
//! double quotes, `#` comments, `${OTHER}` expansion as Prisma's dotenv-expand). An empty value
//! counts as unset.
//!
//! Errors name everything that was tried, and never print a password: URLs are shown through
//! [`ConnectionInfo`]'s redacting `Display`.

use database::ConnectionInfo;
use psl::config::{Datasource, StringFromEnv};
use sql_schema::Dialect;
use std::path::{Path, PathBuf};

/// Why the URL is needed: migrations prefer `directUrl`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlPurpose {
    /// `migrate deploy/status/resolve/dev/reset`, `db push/pull`: `directUrl` if set, else `url`.
    Migrate,
    /// Anything else (`db execute`, seeding): `url`.
    Query,
}

/// Where a URL came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlSource {
    /// `--url`.
    Flag,
    /// A literal in the datasource (`url` or `directUrl`).
    Literal {
        /// `url` or `directUrl`.
        property: &'static str,
    },
    /// `env("VAR")` in the datasource.
    Env {
        /// `url` or `directUrl`.
        property: &'static str,
        /// The variable.
        var: String,
        /// `None`: the process environment; else the `.env` file that set it.
        file: Option<PathBuf>,
    },
}

impl std::fmt::Display for UrlSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            UrlSource::Flag => f.write_str("--url"),
            UrlSource::Literal { property } => write!(f, "the datasource's {property}"),
            UrlSource::Env { property, var, file: None } => {
                write!(f, "{var} (the datasource's {property}) from the environment")
            }
            UrlSource::Env { property, var, file: Some(file) } => {
                write!(f, "{var} (the datasource's {property}) from {}", file.display())
            }
        }
    }
}

/// A resolved, parsed connection URL.
#[derive(Debug, Clone)]
pub struct ResolvedUrl {
    /// The parsed URL (its `Display` hides the password).
    pub info: ConnectionInfo,
    /// Where it came from.
    pub source: UrlSource,
}

/// No usable URL.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum UrlError {
    /// Nothing gave a URL.
    #[error(
        "No database URL: pass --url, set DATABASE_URL, or add url = env(\"DATABASE_URL\") to the datasource{}.",
        schema.as_ref().map(|s| format!(" in {}", s.display())).unwrap_or_default()
    )]
    Missing {
        /// The schema, if one was read.
        schema: Option<PathBuf>,
    },
    /// `env("VAR")` names a variable that is set nowhere.
    #[error(
        "Environment variable not found: {var} (the datasource's {property}). Checked the process environment{}. \
         Set {var}, add it to a .env file, or pass --url.",
        files.iter().map(|f| format!(", {}", f.display())).collect::<String>()
    )]
    EnvNotFound {
        /// The variable.
        var: String,
        /// `url` or `directUrl`.
        property: &'static str,
        /// The `.env` files that were read (existing or not).
        files: Vec<PathBuf>,
    },
    /// The URL cannot be parsed (P1013); the message never contains the URL.
    #[error("{source} (the URL came from {from})")]
    Invalid {
        /// Where the URL came from.
        from: Box<UrlSource>,
        /// The parse error.
        #[source]
        source: database::Error,
    },
    /// The URL is for another database than the datasource's provider (P1012).
    #[error(
        "The URL from {from} ({url}) is for {actual}, but the datasource's provider is `{provider}`: the URL must \
         start with the protocol `{expected}`."
    )]
    WrongProtocol {
        /// Where the URL came from.
        from: Box<UrlSource>,
        /// The redacted URL.
        url: String,
        /// The URL's dialect, as a provider name.
        actual: &'static str,
        /// The datasource's provider.
        provider: String,
        /// What the URL should start with.
        expected: &'static str,
    },
    /// A `.env` file exists but cannot be read.
    #[error("Could not read {}: {source}", path.display())]
    DotEnv {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
}

impl UrlError {
    /// Prisma's code, where Prisma has one.
    pub fn code(&self) -> Option<&'static str> {
        match self {
            UrlError::Invalid { .. } => Some("P1013"),
            UrlError::WrongProtocol { .. } | UrlError::EnvNotFound { .. } => Some("P1012"),
            UrlError::Missing { .. } | UrlError::DotEnv { .. } => None,
        }
    }
}

/// What the resolver may read.
#[derive(Debug, Clone, Copy)]
pub struct UrlRequest<'a> {
    /// `--url`.
    pub explicit: Option<&'a str>,
    /// The schema's datasource, if a schema was read.
    pub datasource: Option<&'a Datasource>,
    /// The schema file (or folder), for messages and `.env` beside it.
    pub schema_path: Option<&'a Path>,
    /// The directory relative `file:` paths of the datasource are resolved against: the schema
    /// file's directory (or the schema folder).
    pub schema_dir: Option<&'a Path>,
    /// The working directory.
    pub cwd: &'a Path,
    /// `directUrl` or `url`.
    pub purpose: UrlPurpose,
}

/// Resolves the URL with the process environment.
pub fn resolve(request: UrlRequest<'_>) -> Result<ResolvedUrl, UrlError> {
    resolve_with_env(request, &|var| std::env::var(var).ok())
}

/// Resolves the URL, reading variables with `env` instead of the process environment.
pub fn resolve_with_env(
    request: UrlRequest<'_>,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<ResolvedUrl, UrlError> {
    if let Some(url) = request.explicit {
        let info = ConnectionInfo::parse(url, request.cwd)
            .map_err(|source| UrlError::Invalid { from: Box::new(UrlSource::Flag), source })?;
        let resolved = ResolvedUrl { info, source: UrlSource::Flag };
        return check_provider(resolved, request.datasource);
    }
    let Some(datasource) = request.datasource else {
        return Err(UrlError::Missing { schema: request.schema_path.map(Path::to_path_buf) });
    };
    let direct = (request.purpose == UrlPurpose::Migrate).then_some(datasource.direct_url.as_ref()).flatten();
    let (property, value) = match (direct, &datasource.url) {
        (Some(direct), _) => ("directUrl", direct),
        (None, Some(url)) => ("url", url),
        (None, None) => return Err(UrlError::Missing { schema: request.schema_path.map(Path::to_path_buf) }),
    };
    let (text, source) = match value {
        StringFromEnv::Literal(text) => (text.clone(), UrlSource::Literal { property }),
        StringFromEnv::Env(var) => {
            let files = dotenv_files(request.schema_dir, request.cwd);
            let (text, file) = lookup(var, env, &files)?.ok_or_else(|| UrlError::EnvNotFound {
                var: var.clone(),
                property,
                files: files.clone(),
            })?;
            (text, UrlSource::Env { property, var: var.clone(), file })
        }
    };
    let base = request.schema_dir.unwrap_or(request.cwd);
    let base = if base.is_absolute() { base.to_path_buf() } else { request.cwd.join(base) };
    let info = match ConnectionInfo::parse(&text, &base) {
        Ok(info) => info,
        Err(err) => return Err(UrlError::Invalid { from: Box::new(source), source: err }),
    };
    check_provider(ResolvedUrl { info, source }, Some(datasource))
}

/// P1012 when the URL's dialect is not the datasource's provider.
fn check_provider(resolved: ResolvedUrl, datasource: Option<&Datasource>) -> Result<ResolvedUrl, UrlError> {
    let Some(datasource) = datasource else { return Ok(resolved) };
    let Some(expected) = Dialect::from_provider(datasource.active_provider.as_str()) else { return Ok(resolved) };
    let actual = resolved.info.dialect();
    if actual == expected {
        return Ok(resolved);
    }
    Err(UrlError::WrongProtocol {
        url: resolved.info.to_string(),
        from: Box::new(resolved.source),
        actual: actual.provider(),
        provider: datasource.provider.clone(),
        expected: match expected {
            Dialect::Postgres => "postgresql://` or `postgres://",
            Dialect::Mysql => "mysql://",
            Dialect::Sqlite => "file:",
        },
    })
}

/// The `.env` files read after the process environment: beside the schema, then in the working
/// directory (once if they are the same file).
fn dotenv_files(schema_dir: Option<&Path>, cwd: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    if let Some(dir) = schema_dir {
        files.push(if dir.is_absolute() { dir.join(".env") } else { cwd.join(dir).join(".env") });
    }
    let in_cwd = cwd.join(".env");
    let same = |a: &Path, b: &Path| a == b || a.canonicalize().ok().is_some_and(|a| b.canonicalize().ok() == Some(a));
    if !files.iter().any(|f| same(f, &in_cwd)) {
        files.push(in_cwd);
    }
    files
}

/// `var` from the environment, else from the first `.env` file that sets it.
fn lookup(
    var: &str,
    env: &dyn Fn(&str) -> Option<String>,
    files: &[PathBuf],
) -> Result<Option<(String, Option<PathBuf>)>, UrlError> {
    if let Some(value) = env(var).filter(|v| !v.is_empty()) {
        return Ok(Some((value, None)));
    }
    for file in files {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(source) => return Err(UrlError::DotEnv { path: file.clone(), source }),
        };
        let vars = dotenv::parse(&text, env);
        if let Some(value) = vars.get(var).filter(|v| !v.is_empty()) {
            return Ok(Some((value.clone(), Some(file.clone()))));
        }
    }
    Ok(None)
}

pub mod dotenv {
    //! A small `.env` reader, compatible with what Prisma's CLI (dotenv + dotenv-expand)
    //! accepts for connection URLs.
    //!
    //! - `KEY=value` and `export KEY=value`; spaces around `=` and the value are trimmed;
    //! - `'single'` quotes keep the text as is; `"double"` quotes turn `\n` into a newline;
    //!   both may span lines;
    //! - `#` starts a comment on its own line, or after an unquoted value when preceded by a space;
    //! - `${OTHER}` and `$OTHER` in unquoted and double-quoted values expand to an earlier key
    //!   of the file, else to the environment (`\$` keeps a dollar sign).
    //!
    //! Lines that are not assignments are ignored, as dotenv ignores them.

    use std::collections::HashMap;

    /// Parses `text`; `env` supplies variables for expansion that the file does not set.
    pub fn parse(text: &str, env: &dyn Fn(&str) -> Option<String>) -> HashMap<String, String> {
        let mut vars = HashMap::new();
        let mut pos = 0;
        while pos < text.len() {
            let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
            let line = &text[pos..line_end];
            let mut next = line_end + 1;
            let trimmed = line.trim_start();
            let body = trimmed.strip_prefix("export ").map(str::trim_start).unwrap_or(trimmed);
            if let Some((key, raw)) = body.split_once('=').filter(|_| !body.starts_with('#')) {
                let key = key.trim();
                let valid =
                    !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'));
                if valid {
                    let raw = raw.trim_start();
                    let value_start = line_end - raw.len();
                    let value = match raw.chars().next() {
                        Some(quote @ ('\'' | '"' | '`')) => {
                            let start = value_start + 1;
                            match text[start..].find(quote) {
                                Some(len) => {
                                    let end = start + len;
                                    next = text[end..].find('\n').map_or(text.len(), |i| end + i) + 1;
                                    let inner = &text[start..end];
                                    if quote == '"' {
                                        let unescaped = inner.replace("\\n", "\n").replace("\\r", "\r");
                                        expand(&unescaped, &vars, env)
                                    } else {
                                        inner.to_owned()
                                    }
                                }
                                // No closing quote: the line as written, as dotenv does.
                                None => raw.trim_end_matches('\r').trim_end().to_owned(),
                            }
                        }
                        _ => {
                            let raw = raw.trim_end_matches('\r');
                            let unquoted = match raw.find(" #").or_else(|| raw.find("\t#")) {
                                Some(i) => &raw[..i],
                                None => raw,
                            };
                            expand(unquoted.trim_end(), &vars, env)
                        }
                    };
                    vars.insert(key.to_owned(), value);
                }
            }
            pos = next;
        }
        vars
    }

    fn expand(value: &str, vars: &HashMap<String, String>, env: &dyn Fn(&str) -> Option<String>) -> String {
        let mut out = String::with_capacity(value.len());
        let mut chars = value.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' if value[i + 1..].starts_with('$') => {
                    out.push('$');
                    chars.next();
                }
                '$' => {
                    let after = &value[i + 1..];
                    let (name, len) = if let Some(braced) = after.strip_prefix('{') {
                        match braced.find('}') {
                            Some(end) => (&braced[..end], end + 2),
                            None => ("", 0),
                        }
                    } else {
                        let end = after.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(after.len());
                        (&after[..end], end)
                    };
                    if name.is_empty() {
                        out.push('$');
                        continue;
                    }
                    let name = name.split(":-").next().unwrap_or(name);
                    let found = env(name).or_else(|| vars.get(name).cloned()).unwrap_or_default();
                    out.push_str(&found);
                    for _ in 0..len {
                        chars.next();
                    }
                }
                c => out.push(c),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use psl::config::Provider;

    fn datasource(provider: Provider, url: Option<StringFromEnv>, direct: Option<StringFromEnv>) -> Datasource {
        let source = format!("datasource db {{\n  provider = \"{}\"\n}}\n", provider.as_str());
        let validated = psl::validate(psl::SourceFile::new("schema.prisma", source));
        let mut ds = validated.configuration.datasource().unwrap().clone();
        ds.url = url;
        ds.direct_url = direct;
        ds
    }

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("strata_url_{name}_{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("prisma")).unwrap();
        dir
    }

    fn request<'a>(ds: Option<&'a Datasource>, cwd: &'a Path, purpose: UrlPurpose) -> UrlRequest<'a> {
        UrlRequest {
            explicit: None,
            datasource: ds,
            schema_path: Some(Path::new("prisma/schema.prisma")),
            schema_dir: Some(Path::new("prisma")),
            cwd,
            purpose,
        }
    }

    #[test]
    fn flag_wins_and_file_paths_are_relative_to_the_working_directory() {
        let cwd = scratch("flag");
        let ds = datasource(Provider::Sqlite, Some(StringFromEnv::Literal("file:./dev.db".into())), None);
        let r = resolve_with_env(
            UrlRequest { explicit: Some("file:./other.db"), ..request(Some(&ds), &cwd, UrlPurpose::Migrate) },
            &|_| None,
        )
        .unwrap();
        assert_eq!(r.source, UrlSource::Flag);
        assert_eq!(r.info.to_string(), format!("file:{}", cwd.join("other.db").display()));
        // The datasource's own file: path is relative to the schema's folder, as Prisma.
        let r = resolve_with_env(request(Some(&ds), &cwd, UrlPurpose::Migrate), &|_| None).unwrap();
        assert_eq!(r.info.to_string(), format!("file:{}", cwd.join("prisma/dev.db").display()));
    }

    #[test]
    fn direct_url_is_for_migrations() {
        let cwd = scratch("direct");
        let ds = datasource(
            Provider::Postgres,
            Some(StringFromEnv::Env("DATABASE_URL".into())),
            Some(StringFromEnv::Env("DIRECT_URL".into())),
        );
        let env = |var: &str| match var {
            "DATABASE_URL" => Some("postgresql://u:secret@pooler:6543/app".to_owned()),
            "DIRECT_URL" => Some("postgresql://u:secret@db:5432/app".to_owned()),
            _ => None,
        };
        let migrate = resolve_with_env(request(Some(&ds), &cwd, UrlPurpose::Migrate), &env).unwrap();
        assert_eq!(migrate.info.to_string(), "postgresql://u:****@db:5432/app");
        assert_eq!(migrate.source.to_string(), "DIRECT_URL (the datasource's directUrl) from the environment");
        let query = resolve_with_env(request(Some(&ds), &cwd, UrlPurpose::Query), &env).unwrap();
        assert_eq!(query.info.to_string(), "postgresql://u:****@pooler:6543/app");
    }

    #[test]
    fn dotenv_beside_the_schema_then_in_the_working_directory() {
        let cwd = scratch("dotenv");
        let ds = datasource(Provider::Postgres, Some(StringFromEnv::Env("DATABASE_URL".into())), None);
        std::fs::write(cwd.join(".env"), "DATABASE_URL=postgresql://cwd@h/db\n").unwrap();
        let r = resolve_with_env(request(Some(&ds), &cwd, UrlPurpose::Migrate), &|_| None).unwrap();
        assert_eq!(r.info.to_string(), "postgresql://cwd@h:5432/db");
        std::fs::write(cwd.join("prisma/.env"), "# comment\nexport DATABASE_URL=\"postgresql://schema@h/db\"\n")
            .unwrap();
        let r = resolve_with_env(request(Some(&ds), &cwd, UrlPurpose::Migrate), &|_| None).unwrap();
        assert_eq!(r.info.to_string(), "postgresql://schema@h:5432/db");
        assert_eq!(
            r.source,
            UrlSource::Env { property: "url", var: "DATABASE_URL".into(), file: Some(cwd.join("prisma/.env")) }
        );
        // The process environment wins.
        let r = resolve_with_env(request(Some(&ds), &cwd, UrlPurpose::Migrate), &|_| {
            Some("postgresql://env@h/db".to_owned())
        })
        .unwrap();
        assert_eq!(r.info.to_string(), "postgresql://env@h:5432/db");
    }

    #[test]
    fn errors_name_what_was_tried_and_hide_passwords() {
        let cwd = scratch("errors");
        let err = resolve_with_env(request(None, &cwd, UrlPurpose::Migrate), &|_| None).unwrap_err();
        assert_eq!(
            err.to_string(),
            "No database URL: pass --url, set DATABASE_URL, or add url = env(\"DATABASE_URL\") to the datasource in \
             prisma/schema.prisma."
        );
        let ds = datasource(Provider::Postgres, Some(StringFromEnv::Env("DATABASE_URL".into())), None);
        let err = resolve_with_env(request(Some(&ds), &cwd, UrlPurpose::Migrate), &|_| None).unwrap_err();
        let text = err.to_string();
        assert!(text.starts_with("Environment variable not found: DATABASE_URL (the datasource's url)"), "{text}");
        assert!(text.contains(&cwd.join("prisma/.env").display().to_string()), "{text}");
        let err = resolve_with_env(request(Some(&ds), &cwd, UrlPurpose::Migrate), &|_| {
            Some("mysql://root:hunter2@h/db".to_owned())
        })
        .unwrap_err();
        assert_eq!(err.code(), Some("P1012"));
        assert!(!err.to_string().contains("hunter2"), "{err}");
        let err = resolve_with_env(request(Some(&ds), &cwd, UrlPurpose::Migrate), &|_| {
            Some("postgresql://u:hunter2@h:notaport/db".to_owned())
        })
        .unwrap_err();
        assert_eq!(err.code(), Some("P1013"));
        assert!(!err.to_string().contains("hunter2"), "{err}");
    }

    #[test]
    fn dotenv_syntax() {
        let env = |var: &str| (var == "HOST").then(|| "from-env".to_owned());
        let vars = dotenv::parse(
            "# comment\nA=plain # trailing comment\nexport B='single $HOST'\nC=\"line\\nnext ${A}\"\r\nD=${HOST}:5432\n\
             E=\"multi\nline\"\nnot an assignment\nF=\n",
            &env,
        );
        assert_eq!(vars["A"], "plain");
        assert_eq!(vars["B"], "single $HOST");
        assert_eq!(vars["C"], "line\nnext plain");
        assert_eq!(vars["D"], "from-env:5432");
        assert_eq!(vars["E"], "multi\nline");
        assert_eq!(vars["F"], "");
        assert_eq!(vars.len(), 6);
    }
}
