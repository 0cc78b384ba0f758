//! Messages about models, views, enums, composite types, fields and their
//! attributes (everything but `@relation`), worded exactly as Prisma 6.19.

// ---- generic attribute and argument handling -------------------------------------------------

/// `Error parsing attribute "@x": …`.
pub(crate) fn attribute_error(attribute: &str, message: &str) -> String {
    format!("Error parsing attribute \"{attribute}\": {message}")
}

/// A single attribute given twice (`name` without `@`).
pub(crate) fn duplicate_attribute(name: &str) -> String {
    format!("Attribute \"@{name}\" can only be defined once.")
}

/// An attribute nobody understands (`name` without `@`).
pub(crate) fn attribute_not_known(name: &str) -> String {
    format!("Attribute not known: \"@{name}\".")
}

/// `name:` without a value.
pub(crate) fn argument_missing_value(name: &str) -> String {
    format!("The `{name}` argument is missing a value.")
}

/// A trailing comma in an argument list.
pub(crate) const TRAILING_COMMA: &str =
    "Trailing commas are not valid in attribute arguments, please remove the comma.";

/// A named argument given twice.
pub(crate) fn duplicate_argument(name: &str) -> String {
    format!("Argument \"{name}\" is already specified.")
}

/// Several unnamed arguments.
pub(crate) fn multiple_unnamed_arguments(joined: &str) -> String {
    format!(
        "You provided multiple unnamed arguments. This is not possible. Did you forget the brackets? Did you mean `[{joined}]`?"
    )
}

/// A required argument is missing.
pub(crate) fn argument_not_found(name: &str) -> String {
    format!("Argument \"{name}\" is missing.")
}

/// The default argument given both by name and unnamed.
pub(crate) fn duplicate_default_argument(name: &str) -> String {
    format!("Argument \"{name}\" is already specified as unnamed argument.")
}

/// An argument the attribute does not take.
pub(crate) const NO_SUCH_ARGUMENT: &str = "No such argument.";

/// `Expected a {expected} value, but received {kind} value `{raw}`.`
pub(crate) fn type_mismatch(expected: &str, kind: &str, raw: &str) -> String {
    format!("Expected a {expected} value, but received {kind} value `{raw}`.")
}

/// An empty `map:`.
pub(crate) const EMPTY_MAP: &str = "The `map` argument cannot be an empty string.";
/// An empty `name:`.
pub(crate) const EMPTY_NAME: &str = "The `name` argument cannot be an empty string.";

/// `sort:` other than `Asc`/`Desc`.
pub(crate) fn bad_sort(other: &str) -> String {
    format!("The `sort` argument can only be `Asc` or `Desc` you provided: {other}.")
}

/// Generic `Error validating: …`.
pub(crate) fn validation_error(message: &str) -> String {
    format!("Error validating: {message}")
}

/// `Error validating model "M": …` (or view).
pub(crate) fn model_error(block: &str, model: &str, message: &str) -> String {
    format!("Error validating {block} \"{model}\": {message}")
}

/// `Error validating enum `E`: …`.
pub(crate) fn enum_error(name: &str, message: &str) -> String {
    format!("Error validating enum `{name}`: {message}")
}

/// `Error validating composite type "T": …`.
pub(crate) fn composite_type_error(name: &str, message: &str) -> String {
    format!("Error validating composite type \"{name}\": {message}")
}

/// `Error validating field `f` in composite type `T`: …`.
pub(crate) fn composite_type_field_error(ct: &str, field: &str, message: &str) -> String {
    format!("Error validating field `{field}` in composite type `{ct}`: {message}")
}

/// `Error validating field `f` in model `M`: …`.
pub(crate) fn field_error(container: &str, model: &str, field: &str, message: &str) -> String {
    format!("Error validating field `{field}` in {container} `{model}`: {message}")
}

// ---- names ---------------------------------------------------------------------------------

/// A top-level name used twice.
pub(crate) fn duplicate_top(name: &str, kind: &str, existing_kind: &str) -> String {
    format!("The {kind} \"{name}\" cannot be defined because a {existing_kind} with that name already exists.")
}

/// A block named like a built-in scalar.
pub(crate) fn reserved_scalar_type(name: &str) -> String {
    format!("\"{name}\" is a reserved scalar type name and cannot be used.")
}

/// A duplicate field.
pub(crate) fn duplicate_field(model: &str, field: &str, container: &str) -> String {
    format!("Field \"{field}\" is already defined on {container} \"{model}\".")
}

/// A duplicate enum value.
pub(crate) fn duplicate_enum_value(enum_name: &str, value: &str) -> String {
    format!("Value \"{value}\" is already defined on enum \"{enum_name}\".")
}

/// A duplicate key in a datasource or generator.
pub(crate) fn duplicate_config_key(block: &str, key: &str) -> String {
    format!("Key \"{key}\" is already defined in {block}.")
}

/// A model or view named like a JavaScript keyword.
pub(crate) fn reserved_model_name(block: &str, name: &str) -> String {
    format!(
        "The {block} name `{name}` is invalid. It is a reserved name. Please change it. Read more at https://pris.ly/d/naming-models"
    )
}

/// An enum named like a JavaScript keyword.
pub(crate) fn reserved_enum_name(name: &str) -> String {
    format!(
        "The enum name `{name}` is invalid. It is a reserved name. Please change it. Read more at https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-schema/data-model#naming-enums"
    )
}

/// An empty identifier.
pub(crate) fn empty_name(item: &str) -> String {
    format!("The name of a {item} must not be empty.")
}

/// An identifier starting with a digit.
pub(crate) fn name_starts_with_number(item: &str) -> String {
    format!("The name of a {item} must not start with a number.")
}

/// An identifier containing `-`.
pub(crate) fn name_with_dash(item: &str) -> String {
    format!("The character `-` is not allowed in {item} names.")
}

// ---- types ---------------------------------------------------------------------------------

/// An unknown field type.
pub(crate) fn type_not_found(name: &str) -> String {
    format!("Type \"{name}\" is neither a built-in type, nor refers to another model, composite type, or enum.")
}

/// An unknown field type that differs from a known one only by case.
pub(crate) fn type_not_found_suggestion(name: &str, suggestion: &str) -> String {
    format!(
        "Type \"{name}\" is neither a built-in type, nor refers to another model, composite type, or enum. Did you mean \"{suggestion}\"?"
    )
}

/// `enum E {}`.
pub(crate) const EMPTY_ENUM: &str = "An enum must have at least one value.";

/// A composite type field pointing at a model.
pub(crate) fn composite_type_relation(model: &str) -> String {
    format!(
        "{model} refers to a model, making this a relation field. Relation fields inside composite types are not supported."
    )
}

// ---- field attributes ----------------------------------------------------------------------

/// `@ignore` on an Unsupported field.
pub(crate) const IGNORE_ON_UNSUPPORTED: &str = "Fields of type `Unsupported` cannot take an `@ignore` attribute. They are already treated as ignored by the client due to their type.";
/// `@ignore` on a field of an `@@ignore`d model.
pub(crate) const IGNORE_ON_IGNORED_MODEL: &str =
    "Fields on an already ignored Model do not need an `@ignore` annotation.";
/// `@relation` on a scalar field.
pub(crate) const RELATION_ON_SCALAR: &str = "Invalid field type, not a relation.";
/// `@updatedAt` on a non-DateTime.
pub(crate) const UPDATED_AT_TYPE: &str = "Fields that are marked with @updatedAt must be of type DateTime.";
/// `@updatedAt` on a list.
pub(crate) const UPDATED_AT_LIST: &str = "Fields that are marked with @updatedAt cannot be lists.";
// ---- ids, indexes, shard keys --------------------------------------------------------------

/// Two `@id` fields.
pub(crate) const ONE_ID_FIELD: &str = "At most one field must be marked as the id field with the `@id` attribute.";
/// `@id` and `@@id`.
pub(crate) const ID_TWICE: &str =
    "Each model must have at most one id criteria. You can't have `@id` and `@@id` at the same time.";
/// An optional `@id` field.
pub(crate) const ID_MUST_BE_REQUIRED: &str = "Fields that are marked as id must be required.";
/// Two `@shardKey` fields.
pub(crate) const ONE_SHARD_KEY_FIELD: &str =
    "At most one field must be marked as the shard key with the `@shardKey` attribute.";
/// `@shardKey` and `@@shardKey`.
pub(crate) const SHARD_KEY_TWICE: &str =
    "Each model must have at most one shard key. You can't have `@shardKey` and `@@shardKey` at the same time.";
/// An optional `@shardKey` field.
pub(crate) const SHARD_KEY_MUST_BE_REQUIRED: &str = "Fields that are marked as shard keys must be required.";
/// `@@index(name:, map:)`.
pub(crate) const INDEX_NAME_AND_MAP: &str = "The `@@index` attribute accepts the `name` argument as an alias for the `map` argument for legacy reasons. It does not accept both though. Please use the `map` argument to specify the database name of the index.";

/// `type:` with an unknown algorithm.
pub(crate) fn unknown_index_type(other: &str) -> String {
    format!("Unknown index type: {other}.")
}

/// `name:` with characters the client API cannot use.
pub(crate) fn invalid_client_name(attribute: &str) -> String {
    format!("The `name` property within the `{attribute}` attribute only allows for the following characters: `_a-zA-Z0-9`.")
}

/// "field `a`" / "fields `a`, `b`".
pub(crate) fn fields_with_leading_word<S: AsRef<str>>(names: &[S]) -> String {
    let list = names.iter().map(|n| format!("`{}`", n.as_ref())).collect::<Vec<_>>().join(", ");
    if names.len() == 1 {
        format!("field {list}")
    } else {
        format!("fields {list}")
    }
}

/// Unknown fields in `@@index`/`@@unique`/`@@fulltext`.
pub(crate) fn index_unknown_fields(unique: bool, fields: &str) -> String {
    let prefix = if unique { "unique " } else { "" };
    format!("The {prefix}index definition refers to the unknown fields: {fields}.")
}

/// Relation fields in `@@index`/`@@unique`/`@@fulltext`.
pub(crate) fn index_relation_fields(unique: bool, fields: &str, suggestion: &str) -> String {
    let prefix = if unique { "unique " } else { "" };
    format!(
        "The {prefix}index definition refers to the relation fields {fields}. Index definitions must reference only scalar fields.{suggestion}"
    )
}

/// A field listed twice in a field array.
pub(crate) fn field_used_twice(field: &str) -> String {
    format!("The unique index definition refers to the field {field} multiple times.")
}

/// Unknown fields in `@@id`.
pub(crate) fn id_unknown_fields(fields: &str) -> String {
    format!("The multi field id declaration refers to the unknown {fields}.")
}

/// Relation fields in `@@id`.
pub(crate) fn id_relation_fields(fields: &str) -> String {
    format!("The id definition refers to the relation {fields}. ID definitions must reference only scalar fields.")
}

/// Optional fields in `@@id`.
pub(crate) fn id_optional_fields(fields: &str) -> String {
    format!("The id definition refers to the optional {fields}. ID definitions must reference only required fields.")
}

/// Unknown fields in `@@shardKey`.
pub(crate) fn shard_key_unknown_fields(fields: &str) -> String {
    format!("The multi field shard key declaration refers to the unknown {fields}.")
}

/// Relation fields in `@@shardKey`.
pub(crate) fn shard_key_relation_fields(fields: &str) -> String {
    format!(
        "The shard key definition refers to the relation {fields}. Shard key definitions must reference only scalar fields."
    )
}

/// Optional fields in `@@shardKey`.
pub(crate) fn shard_key_optional_fields(fields: &str) -> String {
    format!(
        "The shard key definition refers to the optional {fields}. Shard key definitions must reference only required fields."
    )
}

/// A `sort:` value in an index field other than `Asc`/`Desc`.
pub(crate) const EXPECTED_SORT: &str = "Unexpected token. Expected one of: Asc, Desc";

/// An unknown operator class.
pub(crate) fn invalid_operator_class(name: &str) -> String {
    format!("Unexpected token. Expected one of: Invalid operator class: {name}")
}

/// `ops: raw(…)` with a non-string.
pub(crate) const RAW_OPS_NOT_STRING: &str =
    "Unexpected token. Expected one of: Invalid parameter type: expected string";

/// `ops: raw(…)` with the wrong argument count.
pub(crate) fn raw_ops_arity(got: usize) -> String {
    format!("Unexpected token. Expected one of: Wrong number of arguments. Expected: 1, got: {got}")
}

/// `ops:` with something else.
pub(crate) const OPS_NOT_CLASS: &str = "Unexpected token. Expected one of: operator class";

// ---- defaults ------------------------------------------------------------------------------

/// A function that takes no arguments was given some.
pub(crate) fn function_takes_no_arguments(name: &str) -> String {
    format!("The `{name}` function does not take any argument. Consider changing this default to `{name}()`.")
}

/// A function used on a field type it does not produce.
pub(crate) fn function_on_wrong_type(name: &str, scalar_type: &str) -> String {
    format!("The function `{name}()` cannot be used on fields of type `{scalar_type}`.")
}

/// A literal of the wrong kind.
pub(crate) fn default_wrong_literal(scalar_type: &str, found: &str) -> String {
    format!("Expected a {scalar_type} value, but found `{found}`.")
}

/// A list default on a scalar field.
pub(crate) const DEFAULT_LIST_ON_SCALAR: &str = "The default value of a non-list field cannot be a list.";
/// A scalar default on a list field.
pub(crate) const DEFAULT_SCALAR_ON_LIST: &str = "The default value of a list field must be a list.";
/// A bad boolean.
pub(crate) const DEFAULT_BAD_BOOLEAN: &str = "A boolean literal must be `true` or `false`.";
/// `dbgenerated("")`.
pub(crate) const DBGENERATED_EMPTY: &str =
    "dbgenerated() takes either no argument, or a single nonempty string argument.";
/// `dbgenerated(1)`.
pub(crate) const DBGENERATED_NOT_STRING: &str = "`dbgenerated()` takes a single String argument";
/// Any default but dbgenerated on Unsupported.
pub(crate) const DEFAULT_ON_UNSUPPORTED: &str =
    "Only @default(dbgenerated(\"...\")) can be used for Unsupported types.";
/// `auto(1)`.
pub(crate) const AUTO_TAKES_NO_ARGUMENTS: &str = "`auto()` takes no arguments";
/// `@default(autoincrement(), map: …)`.
pub(crate) const NAMED_AUTOINCREMENT: &str = "Naming an autoincrement default value is not allowed.";
/// `@default` on a composite-typed field.
pub(crate) const DEFAULT_ON_COMPOSITE: &str =
    "Defaults on fields of type composite are not supported. Please remove the `@default` attribute.";
/// `@default(…, map:)` in a composite type.
pub(crate) const DEFAULT_MAP_IN_COMPOSITE: &str = "The `map` argument is not allowed on a composite type field.";
/// `dbgenerated()` in a composite type.
pub(crate) const DBGENERATED_IN_COMPOSITE: &str = "Fields of composite types cannot have `dbgenerated()` as default.";
/// Unsupported in a composite type.
pub(crate) const DEFAULT_ON_COMPOSITE_UNSUPPORTED: &str =
    "Composite field of type `Unsupported` cannot have default values.";

/// `autoincrement()`/`auto()` in a composite type.
pub(crate) fn function_not_on_composite(name: &str) -> String {
    format!("The function `{name}()` is not supported on composite fields.")
}

/// An unknown default function.
pub(crate) fn unknown_default_function(name: &str) -> String {
    format!(
        "Unknown function in @default(): `{name}` is not known. You can read about the available functions here: https://pris.ly/d/attribute-functions"
    )
}

/// A bad enum default.
pub(crate) fn default_not_enum_value(value: &str) -> String {
    format!("The defined default value `{value}` is not a valid value of the enum specified for the field.")
}

/// A non-constant enum default.
pub(crate) fn default_expected_enum(found: &str) -> String {
    format!("Expected an enum value, but found `{found}`.")
}

/// `cuid(n)` with a bad argument.
pub(crate) const CUID_ARGS: &str = "`cuid()` takes a single Int argument.";
/// `cuid(3)`.
pub(crate) const CUID_VERSION: &str =
    "`cuid()` takes either no argument, or a single integer argument which is either 1 or 2.";
/// `uuid(n)` with a bad argument.
pub(crate) const UUID_ARGS: &str = "`uuid()` takes a single Int argument.";
/// `uuid(5)`.
pub(crate) const UUID_VERSION: &str =
    "`uuid()` takes either no argument, or a single integer argument which is either 4 or 7.";
/// `nanoid(n)` with a bad argument.
pub(crate) const NANOID_ARGS: &str = "`nanoid()` takes a single Int argument.";
/// `nanoid(1)`.
pub(crate) const NANOID_LENGTH: &str =
    "`nanoid()` takes either no argument, or a single integer argument between 2 and 255.";
