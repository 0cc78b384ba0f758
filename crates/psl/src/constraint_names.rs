//! Prisma's default names for primary keys, indexes, unique constraints,
//! foreign keys and default constraints.
//!
//! Names are built from database names (`@@map`/`@map` applied), PostgreSQL
//! style — `{table}_pkey`, `{table}_{columns}_key`, `{table}_{columns}_idx`,
//! `{table}_{columns}_fkey`, `{table}_{column}_df` — and truncated (on a
//! character boundary) so that the whole name fits the provider's
//! identifier limit.

use crate::config::Provider;
use crate::datamodel::{Index, IndexKind, Model};

/// The identifier limit used when there is no datasource (no truncation in practice).
const NO_PROVIDER_LIMIT: usize = 10000;

fn limit(provider: Option<Provider>) -> usize {
    provider.map(Provider::max_identifier_length).unwrap_or(NO_PROVIDER_LIMIT)
}

fn floor_char_boundary(s: &str, mut index: usize) -> usize {
    if index >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// `base` + `suffix`, with `base` cut so the result stays under the limit.
fn with_suffix(mut base: String, suffix: &str, provider: Option<Provider>) -> String {
    let max = limit(provider).saturating_sub(suffix.len());
    if base.len() >= max {
        let cut = floor_char_boundary(&base, max);
        base.truncate(cut);
    }
    base.push_str(suffix);
    base
}

/// `{table}_{columns joined by "_"}`, built in one allocation (room for the suffix included).
fn table_and_columns(table: &str, columns: &[&str], suffix: &str) -> String {
    let len = table.len() + 1 + columns.iter().map(|c| c.len() + 1).sum::<usize>() + suffix.len();
    let mut base = String::with_capacity(len);
    base.push_str(table);
    base.push('_');
    for (i, column) in columns.iter().enumerate() {
        if i > 0 {
            base.push('_');
        }
        base.push_str(column);
    }
    base
}

/// `{table}_pkey`.
pub fn primary_key_name(table: &str, provider: Option<Provider>) -> String {
    let mut base = String::with_capacity(table.len() + 5);
    base.push_str(table);
    with_suffix(base, "_pkey", provider)
}

/// `{table}_{columns}_key`.
pub fn unique_index_name(table: &str, columns: &[&str], provider: Option<Provider>) -> String {
    with_suffix(table_and_columns(table, columns, "_key"), "_key", provider)
}

/// `{table}_{columns}_idx` (also for fulltext indexes).
pub fn non_unique_index_name(table: &str, columns: &[&str], provider: Option<Provider>) -> String {
    with_suffix(table_and_columns(table, columns, "_idx"), "_idx", provider)
}

/// `{table}_{columns}_fkey`; `table` and `columns` are the referencing side.
pub fn foreign_key_name(table: &str, columns: &[&str], provider: Option<Provider>) -> String {
    with_suffix(table_and_columns(table, columns, "_fkey"), "_fkey", provider)
}

/// `{table}_{column}_df` (SQL Server default constraints).
pub fn default_constraint_name(table: &str, column: &str, provider: Option<Provider>) -> String {
    with_suffix(table_and_columns(table, &[column], "_df"), "_df", provider)
}

/// The database names of an index's columns (composite paths: the last segment).
pub fn index_column_names<'a>(model: &'a Model, index: &'a Index) -> Vec<&'a str> {
    index
        .fields
        .iter()
        .filter_map(|f| match f.path.last() {
            Some(last) => Some(last.as_str()),
            None => model.fields.get(f.field).map(|f| f.database_name()),
        })
        .collect()
}

/// The constraint name of an index: `map:`, or the default name.
pub fn index_constraint_name(model: &Model, index: &Index, provider: Option<Provider>) -> String {
    if let Some(name) = &index.mapped_name {
        return name.clone();
    }
    let columns = index_column_names(model, index);
    match index.kind {
        IndexKind::Unique => unique_index_name(model.database_name(), &columns, provider),
        IndexKind::Normal | IndexKind::Fulltext => non_unique_index_name(model.database_name(), &columns, provider),
    }
}

/// The constraint name of a model's primary key: `map:`, or the default
/// name; `None` when there is no primary key, or the provider does not name
/// primary keys (MySQL, SQLite).
pub fn primary_key_constraint_name(model: &Model, provider: Option<Provider>) -> Option<String> {
    let pk = model.primary_key.as_ref()?;
    if !provider.is_some_and(Provider::supports_named_primary_keys) {
        return None;
    }
    Some(pk.mapped_name.clone().unwrap_or_else(|| primary_key_name(model.database_name(), provider)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_join_table_and_columns() {
        assert_eq!(unique_index_name("T", &["a", "b"], None), "T_a_b_key");
        assert_eq!(non_unique_index_name("T", &[], None), "T__idx");
        assert_eq!(default_constraint_name("T", "c", None), "T_c_df");
    }

    #[test]
    fn truncates_to_the_identifier_limit() {
        let table = "a".repeat(70);
        let name = unique_index_name(&table, &["b"], Some(Provider::Postgres));
        assert_eq!(name.len(), 63);
        assert!(name.ends_with("_key"));
        assert_eq!(primary_key_name("User", Some(Provider::Postgres)), "User_pkey");
        assert_eq!(foreign_key_name("Post", &["authorId"], Some(Provider::Mysql)), "Post_authorId_fkey");
    }
}
