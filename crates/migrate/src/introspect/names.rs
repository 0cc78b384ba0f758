//! Names: database identifiers made valid for the schema language, as Prisma makes them.
//!
//! A database name becomes a PSL name by dropping its leading characters up to the first ASCII
//! letter, then replacing every character outside `[_a-zA-Z0-9]` with `_`. Whenever the name
//! changes, the original goes to `@map`/`@@map`. Model and enum names that are JavaScript
//! keywords (or `PrismaClient`) get a `Renamed` prefix, and with several namespaces a name used
//! by two top-level items gets its namespace as a prefix.

/// Whether `name` is reserved as a model or enum name (psl's list, which validation uses).
pub(crate) fn is_reserved_type_name(name: &str) -> bool {
    psl::is_reserved_type_name(name)
}

/// Whether `name` has to be sanitized: it does not start with an ASCII letter, or contains a
/// character outside `[_a-zA-Z0-9]`.
pub(crate) fn needs_sanitation(name: &str) -> bool {
    !name.is_empty() && !name.starts_with(|c: char| c.is_ascii_alphabetic())
        || name.chars().any(|c| !(c == '_' || c.is_ascii_alphanumeric()))
}

/// The name made valid: leading non-letters dropped, other invalid characters replaced with `_`.
/// May be empty (`"123"`).
pub(crate) fn sanitize(name: &str) -> String {
    if !needs_sanitation(name) {
        return name.to_owned();
    }
    let start = name.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(name.len());
    name[start..].chars().map(|c| if c == '_' || c.is_ascii_alphanumeric() { c } else { '_' }).collect()
}

/// A name in the schema and, when it differs from the database name, the database name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Name {
    /// The name in the schema.
    pub name: String,
    /// `@map` / `@@map`.
    pub mapped: Option<String>,
}

impl Name {
    /// A name taken as is.
    pub fn plain(name: impl Into<String>) -> Name {
        Name { name: name.into(), mapped: None }
    }
}

/// How a model or enum got its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum TopName {
    /// Kept from the previous schema.
    FromPsl(Name),
    /// The database name, valid as is.
    FromSql(String),
    /// A reserved word, prefixed with `Renamed`.
    RenamedReserved(String),
    /// Sanitized.
    RenamedSanitized(String),
    /// Prefixed with its namespace because another item has the same name.
    RenamedDuplicate {
        /// The database name.
        name: String,
        /// The namespace.
        namespace: String,
    },
}

impl TopName {
    /// Classifies a database name. `duplicate` is whether another top-level item has the same
    /// (sanitized) name and the item lives in a namespace.
    pub fn from_sql(name: &str, namespace: Option<&str>, duplicate: bool) -> TopName {
        match namespace {
            Some(ns) if duplicate => TopName::RenamedDuplicate { name: name.to_owned(), namespace: ns.to_owned() },
            _ if is_reserved_type_name(name) => TopName::RenamedReserved(name.to_owned()),
            _ if needs_sanitation(name) => TopName::RenamedSanitized(name.to_owned()),
            _ => TopName::FromSql(name.to_owned()),
        }
    }

    /// The name in the schema.
    pub fn prisma_name(&self) -> String {
        match self {
            TopName::FromPsl(n) => n.name.clone(),
            TopName::FromSql(n) => n.clone(),
            TopName::RenamedReserved(n) => format!("Renamed{n}"),
            TopName::RenamedSanitized(n) => sanitize(n),
            TopName::RenamedDuplicate { name, namespace } => sanitize(&format!("{namespace}_{name}")),
        }
    }

    /// The `@@map` value, if any.
    pub fn mapped_name(&self) -> Option<String> {
        match self {
            TopName::FromPsl(n) => n.mapped.clone(),
            TopName::FromSql(_) => None,
            TopName::RenamedReserved(n) | TopName::RenamedSanitized(n) | TopName::RenamedDuplicate { name: n, .. } => {
                Some(n.clone())
            }
        }
    }
}

/// The schema name of a column or enum value that has no previous name: sanitized, with the
/// original in `@map` when it changed.
pub(crate) fn field_name_from_sql(name: &str) -> Name {
    if needs_sanitation(name) {
        Name { name: sanitize(name), mapped: Some(name.to_owned()) }
    } else {
        Name::plain(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitizing() {
        assert_eq!(sanitize("User"), "User");
        assert_eq!(sanitize("1bad-name"), "bad_name");
        assert_eq!(sanitize("my col"), "my_col");
        assert_eq!(sanitize("2x"), "x");
        assert_eq!(sanitize("don't know"), "don_t_know");
        assert_eq!(sanitize("123"), "");
        assert_eq!(sanitize("_private"), "private");
        assert_eq!(sanitize("Straße"), "Stra_e");
        assert!(!needs_sanitation("a_b9"));
        assert!(needs_sanitation("_a"));
    }

    #[test]
    fn top_names() {
        assert_eq!(TopName::from_sql("PrismaClient", None, false).prisma_name(), "RenamedPrismaClient");
        assert_eq!(TopName::from_sql("t", Some("public"), true).prisma_name(), "public_t");
        assert_eq!(TopName::from_sql("t", None, true).prisma_name(), "t");
        let s = TopName::from_sql("my-table", None, false);
        assert_eq!((s.prisma_name(), s.mapped_name()), ("my_table".into(), Some("my-table".into())));
    }
}
