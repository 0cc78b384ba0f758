//! Messages about datasources, generators, preview features, native types,
//! provider-specific index rules and `@@schema`.

/// `Property X in generator g needs to be assigned a value`.
pub(crate) fn property_missing_value(property: &str, block_kind: &str, block_name: &str) -> String {
    format!("Property {property} in {block_kind} {block_name} needs to be assigned a value")
}

/// A required datasource property is missing.
pub(crate) fn datasource_argument_missing(argument: &str, datasource: &str) -> String {
    format!("Argument \"{argument}\" is missing in data source block \"{datasource}\".")
}

/// A required generator property is missing.
pub(crate) fn generator_argument_missing(argument: &str, generator: &str) -> String {
    format!("Argument \"{argument}\" is missing in generator block \"{generator}\".")
}

/// `Error validating datasource `db`: …`.
pub(crate) fn datasource_validation(datasource: &str, message: &str) -> String {
    format!("Error validating datasource `{datasource}`: {message}")
}

/// `Error validating: …`.
pub(crate) fn validation(message: &str) -> String {
    format!("Error validating: {message}")
}

/// `provider = env("…")` in a datasource.
pub(crate) fn provider_from_env() -> &'static str {
    "A datasource must not use the env() function in the provider argument."
}

/// `provider = ""`.
pub(crate) fn provider_empty(datasource: &str) -> String {
    datasource_validation(datasource, "The provider argument in a datasource must not be empty")
}

/// `provider = something_not_a_string`.
pub(crate) fn provider_not_a_string(datasource: &str) -> String {
    datasource_validation(datasource, "The provider argument in a datasource must be a string literal")
}

/// An unknown provider.
pub(crate) fn provider_not_known(provider: &str) -> String {
    format!("Datasource provider not known: \"{provider}\".")
}

/// More than one datasource block.
pub(crate) fn several_datasources(datasource: &str) -> String {
    datasource_validation(
        datasource,
        "You defined more than one datasource. This is not allowed yet because support for multiple databases has not been implemented yet.",
    )
}

/// The shadow database would be the main database.
pub(crate) fn shadow_database_is_url(datasource: &str) -> String {
    format!(
        "shadowDatabaseUrl is the same as url for datasource \"{datasource}\". Please specify a different database as shadow database to avoid data loss."
    )
}

/// The shadow database would be the direct database.
pub(crate) fn shadow_database_is_direct_url(datasource: &str) -> String {
    format!(
        "shadowDatabaseUrl is the same as directUrl for datasource \"{datasource}\". Please specify a different database as shadow database to avoid data loss."
    )
}

/// A value of the wrong kind, e.g. `Expected a String value, but received numeric value `1`.`
pub(crate) fn type_mismatch(expected: &str, received_kind: &str, raw: &str) -> String {
    format!("Expected a {expected} value, but received {received_kind} value `{raw}`.")
}

/// `previewFeatures` in a datasource.
pub(crate) fn preview_features_in_datasource() -> &'static str {
    "Preview features are only supported in the generator block. Please move this field to the generator block."
}

/// `schemas = []`.
pub(crate) fn schemas_empty() -> &'static str {
    "If provided, the schemas array can not be empty."
}

/// The same name twice in `schemas`.
pub(crate) fn schemas_duplicated() -> &'static str {
    "Duplicated schema names are not allowed"
}

/// `schemas` on a provider without multiSchema.
pub(crate) fn schemas_not_supported() -> &'static str {
    "The `schemas` property is not supported on the current connector."
}

/// An unknown datasource property.
pub(crate) fn property_not_known(property: &str) -> String {
    format!("Property not known: \"{property}\".")
}

/// An unknown argument (extensions).
pub(crate) fn argument_not_known(argument: &str) -> String {
    format!("Argument not known: \"{argument}\".")
}

/// `relationMode = "bar"`.
pub(crate) fn relation_mode_unknown(value: &str) -> String {
    datasource_validation(
        "relationMode",
        &format!("Invalid relation mode setting: \"{value}\". Supported values: \"prisma\", \"foreignKeys\""),
    )
}

/// A relation mode the provider does not allow.
pub(crate) fn relation_mode_not_allowed(value: &str, allowed: &[&str]) -> String {
    let allowed: Vec<String> = allowed.iter().map(|v| format!("\"{v}\"")).collect();
    datasource_validation(
        "relationMode",
        &format!("Invalid relation mode setting: \"{value}\". Supported values: {}", allowed.join(", ")),
    )
}

/// Both `relationMode` and `referentialIntegrity`.
pub(crate) fn relation_mode_and_referential_integrity() -> &'static str {
    "The `referentialIntegrity` and `relationMode` attributes cannot be used together. Please use only `relationMode` instead."
}

/// Warning: `referentialIntegrity` is deprecated.
pub(crate) fn referential_integrity_deprecated() -> &'static str {
    "The `referentialIntegrity` attribute is deprecated. Please use `relationMode` instead. Learn more at https://pris.ly/d/relation-mode"
}

/// Warning: `env(name: "X")`.
pub(crate) fn env_named_argument() -> &'static str {
    "The env function doesn't expect named arguments"
}

/// `env(name: )`.
pub(crate) fn env_expects_unnamed_string() -> &'static str {
    "The env function expects a singular, unnamed, string argument."
}

/// `env()`, `env("A", "B")`, `env("A",)`.
pub(crate) fn env_exactly_one_argument() -> &'static str {
    "Exactly one string parameter must be passed to the env function."
}

/// An unknown or inactive preview feature.
pub(crate) fn preview_feature_not_known(feature: &str, expected: &[&str]) -> String {
    format!("The preview feature \"{feature}\" is not known. Expected one of: {}", expected.join(", "))
}

/// Warning: a preview feature that became generally available.
pub(crate) fn preview_feature_deprecated(feature: &str) -> String {
    format!(
        "Preview feature \"{feature}\" is deprecated. The functionality can be used without specifying it as a preview feature."
    )
}

/// Warning: a preview feature that will go away.
pub(crate) fn preview_feature_going_away(feature: &str) -> String {
    format!("Preview feature \"{feature}\" is deprecated. It will be removed in a future version of Prisma.")
}

/// Warning: a preview feature renamed for one provider.
pub(crate) fn preview_feature_renamed_for_provider(provider: &str, feature: &str, renamed: &str, link: &str) -> String {
    format!(
        "On `provider = \"{provider}\"`, preview feature \"{feature}\" has been renamed to \"{renamed}\". Learn more at https://pris.ly/d/{link}."
    )
}

/// `extensions = [...]` without the preview feature.
pub(crate) fn extensions_need_preview_feature() -> &'static str {
    "The `extensions` property is only available with the `postgresqlExtensions` preview feature."
}

/// `extensions = [a(version: "1", version: "2")]`.
pub(crate) fn extension_argument_duplicated(argument: &str) -> String {
    validation(&format!("The argument `{argument}` can only be defined once"))
}

/// `extensions = [a("1")]`.
pub(crate) fn extension_argument_unnamed() -> String {
    validation("The argument must have a name")
}

/// `extensions = [a(version: 1)]`.
pub(crate) fn extension_argument_not_a_string(argument: &str) -> String {
    validation(&format!("The `{argument}` argument must be a string literal"))
}

/// An extension name Prisma cannot express.
pub(crate) fn extension_name_invalid(problem: ExtensionNameProblem) -> String {
    validation(match problem {
        ExtensionNameProblem::Empty => "The name of an extension must not be empty.",
        ExtensionNameProblem::StartsWithNumber => "The name of an extension must not start with a number.",
        ExtensionNameProblem::Dash => "The character `-` is not allowed in extension names.",
    })
}

/// What is wrong with an extension name.
#[derive(Clone, Copy, Debug)]
pub(crate) enum ExtensionNameProblem {
    /// ``.
    Empty,
    /// `1abc`.
    StartsWithNumber,
    /// `uuid-ossp`.
    Dash,
}

/// `@x.Text` when the datasource is `db`.
pub(crate) fn native_type_prefix_invalid(given: &str, datasource: &str, type_name: &str) -> String {
    format!(
        "The prefix {given} is invalid. It must be equal to the name of an existing datasource e.g. {datasource}. Did you mean to use {datasource}.{type_name}?"
    )
}

/// A native type the provider does not have.
pub(crate) fn native_type_not_supported(type_name: &str, provider: &str) -> String {
    format!("Native type {type_name} is not supported for {provider} connector.")
}

/// Wrong number of arguments for a native type without optional arguments.
pub(crate) fn native_type_argument_count(type_name: &str, required: usize, given: usize) -> String {
    format!("Function \"{type_name}\" takes {required} arguments, but received {given}.")
}

/// Too many arguments for a native type with optional arguments.
pub(crate) fn native_type_optional_argument_count(type_name: &str, optional: usize, given: usize) -> String {
    format!("Native type {type_name} takes {optional} optional arguments, but received {given}.")
}

/// A native type on a field of the wrong scalar type.
pub(crate) fn native_type_incompatible(type_name: &str, field_type: &str, expected: &str) -> String {
    format!(
        "Native type {type_name} is not compatible with declared field type {field_type}, expected field type {expected}."
    )
}

/// Native type arguments that do not parse.
pub(crate) fn native_type_arguments_unparsable(expected: &str, found: &str) -> String {
    format!("Expected {expected}, but found {found}.")
}

/// `Decimal(p, s)` with `s > p`.
pub(crate) fn native_type_scale_larger_than_precision(native_type: &str, connector: &str) -> String {
    format!("The scale must not be larger than the precision for the {native_type} native type in {connector}.")
}

/// A native type argument out of range.
pub(crate) fn native_type_argument_out_of_range(native_type: &str, connector: &str, detail: &str) -> String {
    format!("Argument M is out of range for native type `{native_type}` of {connector}: {detail}")
}

/// A native type that cannot be indexed.
pub(crate) fn native_type_in_index(native_type: &str, connector: &str, guide: &str) -> String {
    format!("You cannot define an index on fields with native type `{native_type}` of {connector}.{guide}")
}

/// A native type that cannot be unique.
pub(crate) fn native_type_in_unique(native_type: &str, connector: &str, guide: &str) -> String {
    format!("Native type `{native_type}` cannot be unique in {connector}.{guide}")
}

/// A native type that cannot be part of a primary key.
pub(crate) fn native_type_in_id(native_type: &str, connector: &str, guide: &str) -> String {
    format!("Native type `{native_type}` of {connector} cannot be used on a field that is `@id` or `@@id`.{guide}")
}

/// The advice appended to MySQL key errors.
pub(crate) const MYSQL_LENGTH_GUIDE: &str =
    " Please use the `length` argument to the field in the index definition to allow this.";

/// `Error parsing attribute "@@index": …`.
pub(crate) fn attribute_validation(attribute: &str, message: &str) -> String {
    format!("Error parsing attribute \"{attribute}\": {message}")
}

/// `type: X` the provider does not support.
pub(crate) fn index_type_not_supported() -> &'static str {
    "The given index type is not supported with the current connector"
}

/// `sort:` on a Hash index.
pub(crate) fn hash_index_sort() -> &'static str {
    "Hash type does not support sort option."
}

/// `ops:` on a unique or fulltext index.
pub(crate) fn operator_class_on_non_normal_index() -> &'static str {
    "Operator classes can only be defined to fields in an @@index attribute."
}

/// An operator class used with another index type.
pub(crate) fn operator_class_wrong_index_type(class: &str, algorithm: &str) -> String {
    format!("The given operator class `{class}` is not supported with the `{algorithm}` index type.")
}

/// An operator class on a field with another native type.
pub(crate) fn operator_class_wrong_native_type(class: &str, native_type: &str, field: &str) -> String {
    format!("The given operator class `{class}` does not support native type `{native_type}` of field `{field}`.")
}

/// A native type without a default operator class for the index type.
pub(crate) fn no_default_operator_class(algorithm: &str, native_type: &str) -> String {
    format!("The {algorithm} index field type `{native_type}` has no default operator class.")
}

/// An operator class that needs a native type.
pub(crate) fn operator_class_needs_native_type(class: &str, field: &str) -> String {
    format!("The given operator class `{class}` expects the field `{field}` to define a valid native type.")
}

/// An index type that cannot index the field's type.
pub(crate) fn index_type_field_type(algorithm: &str, field: &str) -> String {
    format!("The {algorithm} index type does not support the type of the field `{field}`.")
}

/// An operator class on a field of the wrong scalar type.
pub(crate) fn operator_class_wrong_scalar_type(class: &str, field: &str, scalar: &str) -> String {
    format!("The given operator class `{class}` points to the field `{field}` that is not of {scalar} type.")
}

/// `ArrayOps` on a field that is not a list.
pub(crate) fn array_ops_not_a_list(field: &str) -> String {
    format!("The given operator class `ArrayOps` expects the type of field `{field}` to be an array.")
}

/// SP-GiST on several columns.
pub(crate) fn spgist_multi_column() -> &'static str {
    "SpGist does not support multi-column indices."
}

/// `@@schema("x")` where `x` is not in `schemas`.
pub(crate) fn schema_not_defined() -> &'static str {
    "This schema is not defined in the datasource. Read more on `@@schema` at https://pris.ly/d/multi-schema"
}

/// `@@schema` on a provider without multiSchema.
pub(crate) fn schema_attribute_not_supported() -> &'static str {
    "@@schema is not supported on the current datasource provider"
}

/// A model or view without `@@schema` while `schemas` is set.
pub(crate) fn model_schema_missing(container: &str, model: &str) -> String {
    format!("Error validating {container} \"{model}\": This {container} is missing an `@@schema` attribute.")
}

/// An enum without `@@schema` while `schemas` is set.
pub(crate) fn enum_schema_missing() -> &'static str {
    "This enum is missing an `@@schema` attribute."
}
