//! Introspection warnings, worded and ordered as Prisma prints them after `db pull`.

use std::collections::BTreeMap;
use std::fmt;

/// One group of warnings: Prisma's message and the objects it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// Prisma's message, e.g. `The following models were ignored as they do not have a valid
    /// unique identifier or id. This is currently not supported by Prisma Client:`.
    pub message: &'static str,
    /// The affected objects as Prisma lists them, e.g. `"User"` or
    /// `Model: "User", field: "kind", original data type: "interval"`.
    pub items: Vec<String>,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}", self.message)?;
        for item in &self.items {
            writeln!(f, "  - {item}")?;
        }
        Ok(())
    }
}

/// Renders warnings the way Prisma prints them: a `*** WARNING ***` header, then each group
/// after an empty line. Empty when there are none.
pub fn render_warnings(warnings: &[Warning]) -> String {
    if warnings.is_empty() {
        return String::new();
    }
    let mut out = String::from("*** WARNING ***\n");
    for w in warnings {
        out.push('\n');
        out.push_str(&w.to_string());
    }
    out
}

pub(crate) const FIELDS_WITH_EMPTY_NAMES: &str = "These fields were commented out because their names are currently not supported by Prisma. Please provide valid ones that match [a-zA-Z][a-zA-Z0-9_]* using the `@map` attribute:";
pub(crate) const REMAPPED_FIELDS: &str =
    "These fields were enriched with `@map` information taken from the previous Prisma schema:";
pub(crate) const ENUM_VALUES_WITH_EMPTY_NAMES: &str = "These enum values were commented out because their names are currently not supported by Prisma. Please provide valid ones that match [a-zA-Z][a-zA-Z0-9_]* using the `@map` attribute:";
pub(crate) const MODELS_WITHOUT_COLUMNS: &str =
    "The following models were commented out as we could not retrieve columns for them. Please check your privileges:";
pub(crate) const MODELS_WITHOUT_IDENTIFIERS: &str = "The following models were ignored as they do not have a valid unique identifier or id. This is currently not supported by Prisma Client:";
pub(crate) const REINTROSPECTED_ID_NAMES: &str =
    "These models were enriched with custom compound id names taken from the previous Prisma schema:";
pub(crate) const UNSUPPORTED_TYPES: &str =
    "These fields are not supported by Prisma Client, because Prisma currently does not support their types:";
pub(crate) const REMAPPED_MODELS: &str =
    "These models were enriched with `@@map` information taken from the previous Prisma schema:";
pub(crate) const REMAPPED_VALUES: &str =
    "These enum values were enriched with `@map` information taken from the previous Prisma schema:";
pub(crate) const REMAPPED_ENUMS: &str =
    "These enums were enriched with `@@map` information taken from the previous Prisma schema:";
pub(crate) const REINTROSPECTED_RELATIONS: &str = "Relations were copied from the previous data model due to not using foreign keys in the database. If any of the relation columns changed in the database, the relations might not be correct anymore:";
pub(crate) const DUPLICATE_NAMES: &str =
    "These items were renamed due to their names being duplicates in the Prisma schema:";
pub(crate) const CHECK_CONSTRAINTS: &str = "These constraints are not supported by Prisma Client, because Prisma currently does not fully support check constraints. Read more: https://pris.ly/d/check-constraints";
pub(crate) const EXCLUSION_CONSTRAINTS: &str = "These constraints are not supported by Prisma Client, because Prisma currently does not fully support exclusion constraints. Read more: https://pris.ly/d/exclusion-constraints";
pub(crate) const EXPRESSION_INDEXES: &str = "These indexes are not supported by Prisma Client, because Prisma currently does not fully support expression indexes. Read more: https://pris.ly/d/expression-indexes";

/// Warnings collected while rendering, by kind.
#[derive(Debug, Default)]
pub(crate) struct Warnings {
    /// (model, field) pairs, listed grouped by model.
    pub fields_with_empty_names: Vec<(String, String)>,
    pub remapped_fields: Vec<String>,
    pub enum_values_with_empty_names: Vec<String>,
    pub models_without_columns: Vec<String>,
    pub models_without_identifiers: Vec<String>,
    pub reintrospected_id_names: Vec<String>,
    pub unsupported_types: Vec<String>,
    pub remapped_models: Vec<String>,
    pub remapped_values: Vec<String>,
    pub remapped_enums: Vec<String>,
    pub reintrospected_relations: Vec<String>,
    pub duplicate_names: Vec<String>,
    pub check_constraints: Vec<String>,
    pub exclusion_constraints: Vec<String>,
    pub expression_indexes: Vec<String>,
    pub broken_m2m_relations: Vec<String>,
}

impl Warnings {
    /// Appends another collection's items, kind by kind.
    pub fn extend(&mut self, other: Warnings) {
        self.fields_with_empty_names.extend(other.fields_with_empty_names);
        self.remapped_fields.extend(other.remapped_fields);
        self.enum_values_with_empty_names.extend(other.enum_values_with_empty_names);
        self.models_without_columns.extend(other.models_without_columns);
        self.models_without_identifiers.extend(other.models_without_identifiers);
        self.reintrospected_id_names.extend(other.reintrospected_id_names);
        self.unsupported_types.extend(other.unsupported_types);
        self.remapped_models.extend(other.remapped_models);
        self.remapped_values.extend(other.remapped_values);
        self.remapped_enums.extend(other.remapped_enums);
        self.reintrospected_relations.extend(other.reintrospected_relations);
        self.duplicate_names.extend(other.duplicate_names);
        self.check_constraints.extend(other.check_constraints);
        self.exclusion_constraints.extend(other.exclusion_constraints);
        self.expression_indexes.extend(other.expression_indexes);
        self.broken_m2m_relations.extend(other.broken_m2m_relations);
    }

    /// The groups in Prisma's order, empty ones left out.
    pub fn into_list(self) -> Vec<Warning> {
        let mut list = Vec::new();
        if !self.fields_with_empty_names.is_empty() {
            let mut by_model: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for (model, field) in self.fields_with_empty_names {
                by_model.entry(model).or_default().push(field);
            }
            let items = by_model
                .into_iter()
                .map(|(model, mut fields)| {
                    fields.sort();
                    fields.dedup();
                    let fields: Vec<String> = fields.iter().map(|f| format!("\"{f}\"")).collect();
                    format!("Model: \"{model}\", field(s): [{}]", fields.join(", "))
                })
                .collect();
            list.push(Warning { message: FIELDS_WITH_EMPTY_NAMES, items });
        }
        let groups = [
            (REMAPPED_FIELDS, self.remapped_fields),
            (ENUM_VALUES_WITH_EMPTY_NAMES, self.enum_values_with_empty_names),
            (MODELS_WITHOUT_COLUMNS, self.models_without_columns),
            (MODELS_WITHOUT_IDENTIFIERS, self.models_without_identifiers),
            (REINTROSPECTED_ID_NAMES, self.reintrospected_id_names),
            (UNSUPPORTED_TYPES, self.unsupported_types),
            (REMAPPED_MODELS, self.remapped_models),
            (REMAPPED_VALUES, self.remapped_values),
            (REMAPPED_ENUMS, self.remapped_enums),
            (REINTROSPECTED_RELATIONS, self.reintrospected_relations),
            (DUPLICATE_NAMES, self.duplicate_names),
            (CHECK_CONSTRAINTS, self.check_constraints),
            (EXCLUSION_CONSTRAINTS, self.exclusion_constraints),
            (EXPRESSION_INDEXES, self.expression_indexes),
        ];
        for (message, items) in groups {
            if !items.is_empty() {
                list.push(Warning { message, items });
            }
        }
        for relation in self.broken_m2m_relations {
            list.push(Warning { message: BROKEN_M2M, items: vec![relation] });
        }
        list
    }
}

/// Prisma words this one as a sentence around the two models; Strata lists the pair.
pub(crate) const BROKEN_M2M: &str = "This many-to-many relation is broken due to the naming of the models. Prisma creates many-to-many relations based on the alphabetical ordering of the names of the models and these two models now produce the reverse of the expected ordering:";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_like_prisma() {
        let mut w = Warnings::default();
        w.models_without_identifiers.push("\"nopk\"".into());
        w.fields_with_empty_names.push(("A".into(), "2".into()));
        w.fields_with_empty_names.push(("A".into(), "1".into()));
        let text = render_warnings(&w.into_list());
        assert_eq!(
            text,
            format!(
                "*** WARNING ***\n\n{FIELDS_WITH_EMPTY_NAMES}\n  - Model: \"A\", field(s): [\"1\", \"2\"]\n\n{MODELS_WITHOUT_IDENTIFIERS}\n  - \"nopk\"\n"
            )
        );
    }
}
