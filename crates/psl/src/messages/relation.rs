//! Messages about relations: `@relation` arguments, relation inference and
//! the relation rules checked per provider. Wording is Prisma 6.19's.

use crate::datamodel::ReferentialAction;

const RELATION: &str = "@relation";

/// `Error parsing attribute "@x": …`
pub(crate) fn attribute_error(attribute: &str, message: &str) -> String {
    format!("Error parsing attribute \"{attribute}\": {message}")
}

/// An error about `@relation` itself.
pub(crate) fn relation_attribute_error(message: &str) -> String {
    attribute_error(RELATION, message)
}

/// `Error validating: …`
pub(crate) fn validation_error(message: &str) -> String {
    format!("Error validating: {message}")
}

/// `Error validating model "M": …`
pub(crate) fn model_validation_error(container: &str, model: &str, message: &str) -> String {
    format!("Error validating {container} \"{model}\": {message}")
}

/// `Error validating field `f` in model `M`: …`
pub(crate) fn field_validation_error(container: &str, model: &str, field: &str, message: &str) -> String {
    format!("Error validating field `{field}` in {container} `{model}`: {message}")
}

/// An attribute given twice.
pub(crate) fn duplicate_attribute(name: &str) -> String {
    format!("Attribute \"@{name}\" can only be defined once.")
}

/// An attribute nobody interprets.
pub(crate) fn attribute_not_known(name: &str) -> String {
    format!("Attribute not known: \"@{name}\".")
}

/// A named argument given twice.
pub(crate) fn duplicate_argument(name: &str) -> String {
    format!("Argument \"{name}\" is already specified.")
}

/// A named argument also given unnamed.
pub(crate) fn duplicate_default_argument(name: &str) -> String {
    format!("Argument \"{name}\" is already specified as unnamed argument.")
}

/// An argument nobody reads.
pub(crate) fn unused_argument() -> String {
    "No such argument.".to_string()
}

/// `name:` with no value.
pub(crate) fn argument_missing_value(name: &str) -> String {
    format!("The `{name}` argument is missing a value.")
}

/// A trailing comma in an argument list.
pub(crate) fn trailing_comma() -> &'static str {
    "Trailing commas are not valid in attribute arguments, please remove the comma."
}

/// Several unnamed arguments.
pub(crate) fn multiple_unnamed_arguments(values: &[String]) -> String {
    format!(
        "You provided multiple unnamed arguments. This is not possible. Did you forget the brackets? Did you mean `[{}]`?",
        values.join(", ")
    )
}

/// A value of the wrong kind.
pub(crate) fn type_mismatch(expected: &str, received: &str, raw: &str) -> String {
    format!("Expected a {expected} value, but received {received} value `{raw}`.")
}

/// `@id` on a relation field.
pub(crate) fn id_on_relation_field(field: &str) -> String {
    format!(
        "The field `{field}` is a relation field and cannot be marked with `@id`. Only scalar fields can be declared as id."
    )
}

/// `@default` on a relation field.
pub(crate) fn default_on_relation_field() -> &'static str {
    "Cannot set a default value on a relation field."
}

/// `@map` on a relation field.
pub(crate) fn map_on_relation_field() -> &'static str {
    "The attribute `@map` cannot be used on relation fields."
}

/// `Argument "name" is missing.`
pub(crate) fn argument_not_found(name: &str) -> String {
    format!("Argument \"{name}\" is missing.")
}

/// `@unique` on a relation field, with a hint built from its `fields`.
pub(crate) fn unique_on_relation_field(field: &str, suggested: &[&str]) -> String {
    let suggestion = match suggested {
        [] => String::new(),
        [one] => format!(" Did you mean to put it on `{one}`?"),
        many => format!(" Did you mean to provide `@@unique([{}])`?", many.join(", ")),
    };
    format!(
        "The field `{field}` is a relation field and cannot be marked with `unique`. Only scalar fields can be made unique.{suggestion}"
    )
}

/// `fields:` names fields that do not exist.
pub(crate) fn unknown_fields(names: &[&str]) -> String {
    format!(
        "The argument fields must refer only to existing fields. The following fields do not exist in this model: {}",
        names.join(", ")
    )
}

/// `fields:` names relation fields.
pub(crate) fn fields_are_relation_fields(names: &[&str]) -> String {
    format!(
        "The argument fields must refer only to scalar fields. But it is referencing the following relation fields: {}",
        names.join(", ")
    )
}

/// `references:` names fields that do not exist.
pub(crate) fn unknown_references(model: &str, names: &[&str]) -> String {
    format!(
        "The argument `references` must refer only to existing fields in the related model `{model}`. The following fields do not exist in the related model: {}",
        names.join(", ")
    )
}

/// `references:` names relation fields.
pub(crate) fn references_are_relation_fields(model: &str, names: &[&str]) -> String {
    format!(
        "The argument `references` must refer only to scalar fields in the related model `{model}`. But it is referencing the following relation fields: {}",
        names.join(", ")
    )
}

/// A field listed twice in `fields`/`references`.
pub(crate) fn field_listed_twice(field: &str) -> String {
    format!("The unique index definition refers to the field {field} multiple times.")
}

/// `@relation("")`.
pub(crate) fn empty_relation_name() -> &'static str {
    "A relation cannot have an empty name."
}

/// `map: ""`.
pub(crate) fn empty_map() -> &'static str {
    "The `map` argument cannot be an empty string."
}

/// `onDelete: Foo`.
pub(crate) fn unknown_referential_action(action: &str) -> String {
    format!("Invalid referential action: `{action}`")
}

fn list_actions(actions: &[ReferentialAction]) -> String {
    actions.iter().map(|a| format!("`{}`", a.as_str())).collect::<Vec<_>>().join(", ")
}

/// An action the provider does not support (`relationMode = "foreignKeys"`).
pub(crate) fn action_not_supported(action: ReferentialAction, allowed: &[ReferentialAction]) -> String {
    format!("Invalid referential action: `{}`. Allowed values: ({})", action.as_str(), list_actions(allowed))
}

/// An action `relationMode = "prisma"` cannot emulate; `NoAction` gets a hint
/// when `Restrict` is available.
pub(crate) fn action_not_emulated(
    action: ReferentialAction,
    allowed: &[ReferentialAction],
    connector_name: &str,
) -> String {
    let hint = if action == ReferentialAction::NoAction && allowed.contains(&ReferentialAction::Restrict) {
        format!(
            ". `NoAction` is not implemented for {connector_name} when using `relationMode = \"prisma\"`, you could try using `Restrict` instead. Learn more at https://pris.ly/d/relation-mode"
        )
    } else {
        String::new()
    };
    format!("{}{hint}", action_not_supported(action, allowed))
}

/// Several relation fields share the same (model pair, name).
pub(crate) fn ambiguous_relation(
    fields: &[&str],
    model: &str,
    related: &str,
    is_self: bool,
    explicit_name: bool,
) -> Option<String> {
    let list = list_fields(fields);
    Some(match (explicit_name, is_self, fields.len()) {
        (false, true, 2) => format!(
            "Ambiguous self relation detected. The fields {list} in model `{model}` both refer to `{related}`. If they are part of the same relation add the same relation name for them with `@relation(<name>)`."
        ),
        (false, true, _) => format!(
            "Unnamed self relation detected. The fields {list} in model `{model}` have no relation name. Please provide a relation name for one of them by adding `@relation(<name>)."
        ),
        (true, true, 2) => return None,
        (true, true, _) => format!(
            "Wrongly named self relation detected. The fields {list} in model `{model}` have the same relation name. At most two relation fields can belong to the same relation and therefore have the same name. Please assign a different relation name to one of them."
        ),
        (false, false, _) => format!(
            "Ambiguous relation detected. The fields {list} in model `{model}` both refer to `{related}`. Please provide different relation names for them by adding `@relation(<name>)."
        ),
        (true, false, _) => format!(
            "Wrongly named relation detected. The fields {list} in model `{model}` both use the same relation name. Please provide different relation names for them through `@relation(<name>)."
        ),
    })
}

/// `` `a` ``, `` `a` and `b` ``, `` `a`, `b` and `c` ``.
fn list_fields(fields: &[&str]) -> String {
    let quoted: Vec<String> = fields.iter().map(|f| format!("`{f}`")).collect();
    match quoted.len() {
        0 | 1 => quoted.join(", "),
        n => format!("{} and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// The related model is `@@ignore`d but the field is not.
pub(crate) fn related_model_ignored(field: &str, model: &str, related: &str) -> String {
    format!(
        "The relation field `{field}` on Model `{model}` must specify the `@ignore` attribute, because the model {related} it is pointing to is marked ignored."
    )
}

/// `map:` on a provider without named foreign keys.
pub(crate) fn named_foreign_keys_not_supported() -> &'static str {
    "Your provider does not support named foreign keys."
}

/// The relationMode = "prisma" missing-index warning.
pub(crate) fn missing_index_on_emulated_relation() -> &'static str {
    "With `relationMode = \"prisma\"`, no foreign keys are used, so relation fields will not benefit from the index usually created by the relational database under the hood. This can lead to poor performance when querying these fields. We recommend adding an index manually. Learn more at https://pris.ly/d/relation-mode-prisma-indexes\" "
}

/// MySQL's `SetDefault` warning.
pub(crate) fn mysql_set_default(connector_name: &str) -> String {
    format!(
        "{connector_name} does not actually support the `SetDefault` referential action, so using it may result in unexpected errors. Read more at https://pris.ly/d/mysql-set-default "
    )
}

/// `SetNull` on a relation whose scalar fields are required: a warning on PostgreSQL.
pub(crate) fn set_null_on_required_warning(kind: &str) -> String {
    format!(
        "The `{kind}` referential action of a relation should not be set to `SetNull` when a referenced field is required. We recommend either to choose another referential action, or to make the referenced fields optional. Read more at https://pris.ly/d/postgres-set-null "
    )
}

/// `SetNull` on a relation whose scalar fields are required: an error elsewhere.
pub(crate) fn set_null_on_required_error(kind: &str) -> String {
    format!(
        "The `{kind}` referential action of a relation must not be set to `SetNull` when a referenced field is required.\nEither choose another referential action, or make the referenced fields optional.\n"
    )
}

/// A relation field without its opposite.
pub(crate) fn missing_opposite_field(container: &str, field: &str, model: &str, related: &str) -> String {
    format!(
        "The relation field `{field}` on {container} `{model}` is missing an opposite relation field on the model `{related}`. Either run `prisma format` or add it manually."
    )
}

/// `references` does not match a unique criteria.
pub(crate) fn references_not_unique(fields: &[&str], model: &str) -> String {
    if fields.len() == 1 {
        format!(
            "The argument `references` must refer to a unique criterion in the related model. Consider adding an `@unique` attribute to the field `{}` in the model `{model}`.",
            fields.join(", ")
        )
    } else {
        format!(
            "The argument `references` must refer to a unique criterion in the related model. Consider adding an `@@unique([{}])` attribute to the model `{model}`.",
            fields.join(", ")
        )
    }
}

/// `references` in another order than the unique criteria.
pub(crate) fn references_wrong_order(model: &str, fields: &[&str]) -> String {
    format!(
        "The argument `references` must refer to a unique criterion in the related model `{model}` using the same order of fields. Please check the ordering in the following fields: `{}`.",
        fields.join(", ")
    )
}

/// `fields` and `references` of different lengths.
pub(crate) fn fields_references_length() -> &'static str {
    "You must specify the same number of fields in `fields` and `references`."
}

/// A required relation field over optional scalar fields.
pub(crate) fn required_relation_over_optional_fields(field: &str, fields: &[&str]) -> String {
    format!(
        "The relation field `{field}` uses the scalar fields {}. At least one of those fields is optional. Hence the relation field must be optional as well.",
        fields.join(", ")
    )
}

/// Referencing and referenced field types differ.
pub(crate) fn field_types_differ(field: &str, model: &str, referenced: &str, referenced_model: &str) -> String {
    format!(
        "The type of the field `{field}` in the model `{model}` is not matching the type of the referenced field `{referenced}` in model `{referenced_model}`."
    )
}

/// 1:1 with no `fields`/`references` on either side.
pub(crate) fn one_to_one_argument_missing(argument: &str, a: (&str, &str), b: (&str, &str)) -> String {
    format!(
        "The relation fields `{}` on Model `{}` and `{}` on Model `{}` do not provide the `{argument}` argument in the @relation attribute. You have to provide it on one of the two fields.",
        a.0, a.1, b.0, b.1
    )
}

/// 1:1 with `fields`/`references`/actions on both sides.
pub(crate) fn one_to_one_argument_on_both_sides(argument: &str, a: (&str, &str), b: (&str, &str)) -> String {
    format!(
        "The relation fields `{}` on Model `{}` and `{}` on Model `{}` both provide the `{argument}` argument in the @relation attribute. You have to provide it only on one of the two fields.",
        a.0, a.1, b.0, b.1
    )
}

/// Referential actions on the back side of a 1:1.
pub(crate) fn one_to_one_actions_on_back_side(back: (&str, &str), forward: (&str, &str)) -> String {
    format!(
        "The relation field `{}` on Model `{}` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only specify it on the opposite field `{}` on model `{}`.",
        back.0, back.1, forward.0, forward.1
    )
}

/// `fields` on one side and `references` on the other.
pub(crate) fn fields_references_mixup(first: &str, second: &str, a: (&str, &str), b: (&str, &str)) -> String {
    format!(
        "The relation field `{}` on Model `{}` provides the `{first}` argument in the @relation attribute. And the related field `{}` on Model `{}` provides the `{second}` argument. You must provide both arguments on the same side.",
        a.0, a.1, b.0, b.1
    )
}

/// A required back side of a 1:1.
pub(crate) fn one_to_one_back_side_required(back: (&str, &str), forward_model: &str) -> String {
    format!(
        "The relation field `{}` on Model `{}` is required. This is not valid because it's not possible to enforce this constraint on the database level. Please change the field type from `{forward_model}` to `{forward_model}?` to fix this.",
        back.0, back.1
    )
}

/// `fields`/`references` on the optional side of a required 1:1.
pub(crate) fn one_to_one_arguments_on_wrong_side(back: (&str, &str), forward: (&str, &str)) -> String {
    format!(
        "The relation field `{}.{}` defines the `fields` and/or `references` argument. You must set them on the required side of the relation (`{}.{}`) in order for the constraints to be enforced. Alternatively, you can change this field to be required and the opposite optional, or make both sides of the relation optional.",
        back.1, back.0, forward.1, forward.0
    )
}

/// 1:1 whose `fields` are not unique.
pub(crate) fn one_to_one_fields_not_unique(fields: &[&str]) -> String {
    if fields.len() == 1 {
        format!(
            "A one-to-one relation must use unique fields on the defining side. Either add an `@unique` attribute to the field `{}`, or change the relation to one-to-many.",
            fields[0]
        )
    } else {
        format!(
            "A one-to-one relation must use unique fields on the defining side. Either add an `@@unique([{}])` attribute to the model, or change the relation to one-to-many.",
            fields.join(", ")
        )
    }
}

/// 1:n forward side without `fields`.
pub(crate) fn one_to_many_fields_missing(field: &str, model: &str) -> String {
    format!(
        "The relation field `{field}` on Model `{model}` must specify the `fields` argument in the @relation attribute. You can run `prisma format` to fix this automatically."
    )
}

/// 1:n forward side without `references`.
pub(crate) fn one_to_many_references_missing(field: &str, model: &str) -> String {
    format!("The relation field `{field}` on Model `{model}` must specify the `references` argument in the @relation attribute.")
}

/// 1:n list side with `fields`/`references`.
pub(crate) fn one_to_many_arguments_on_back_side(back: (&str, &str), forward: (&str, &str)) -> String {
    format!(
        "The relation field `{}` on Model `{}` must not specify the `fields` or `references` argument in the @relation attribute. You must only specify it on the opposite field `{}` on model `{}`.",
        back.0, back.1, forward.0, forward.1
    )
}

/// 1:n list side with actions.
pub(crate) fn one_to_many_actions_on_back_side(back: (&str, &str), forward: (&str, &str)) -> String {
    format!(
        "The relation field `{}` on Model `{}` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only specify it on the opposite field `{}` on model `{}`, or in case of a many to many relation, in an explicit join table.",
        back.0, back.1, forward.0, forward.1
    )
}

/// Implicit m:n touching a view.
pub(crate) fn many_to_many_with_view() -> &'static str {
    "Implicit many-to-many relations are not supported for views."
}

/// Implicit m:n on a provider without them.
pub(crate) fn many_to_many_not_supported(connector_name: &str) -> String {
    format!(
        "Implicit many-to-many relations are not supported on {connector_name}. Please use the syntax defined in https://pris.ly/d/document-database-many-to-many"
    )
}

/// Implicit m:n to a model without a single-field id.
pub(crate) fn many_to_many_needs_single_id(container: &str, field: &str, model: &str, related: &str) -> String {
    format!(
        "The relation field `{field}` on {container} `{model}` references `{related}` which does not have an `@id` field. Models without `@id` cannot be part of a many to many relation. Use an explicit intermediate Model to represent this relationship."
    )
}

/// Implicit m:n referencing something else than the id.
pub(crate) fn many_to_many_references_not_id(related: &str, fields: &[&str]) -> String {
    format!(
        "Implicit many-to-many relations must always reference the id field of the related model. Change the argument `references` to use the id field of the related model `{related}`. But it is referencing the following fields that are not the id: {}",
        fields.join(", ")
    )
}

/// Actions on an implicit m:n.
pub(crate) fn many_to_many_actions() -> &'static str {
    "Referential actions on implicit many-to-many relations are not supported"
}

/// `references` on an implicit m:n.
pub(crate) fn many_to_many_references() -> &'static str {
    "Implicit many-to-many relation should not have references argument defined. Either remove it, or change the relation to one-to-many."
}

/// A cascading self relation (relationMode = "prisma", SQL Server).
pub(crate) fn self_relation_cycle() -> &'static str {
    "A self-relation must have `onDelete` and `onUpdate` referential actions set to `NoAction` in one of the @relation attributes."
}

/// A cascading cycle.
pub(crate) fn relation_cycle(path: &str) -> String {
    format!(
        "Reference causes a cycle. One of the @relation attributes in this cycle must have `onDelete` and `onUpdate` referential actions set to `NoAction`. Cycle path: {path}."
    )
}

/// Appends the implicit defaults and the link to a cycle message.
pub(crate) fn with_cycle_defaults(
    message: &str,
    on_delete: Option<ReferentialAction>,
    on_update: Option<ReferentialAction>,
) -> String {
    let mut out = match (on_delete, on_update) {
        (Some(d), Some(u)) => {
            format!("{message} (Implicit default `onDelete`: `{}`, and `onUpdate`: `{}`)", d.as_str(), u.as_str())
        }
        (Some(d), None) => format!("{message} (Implicit default `onDelete`: `{}`)", d.as_str()),
        (None, Some(u)) => format!("{message} (Implicit default `onUpdate`: `{}`)", u.as_str()),
        (None, None) => message.to_string(),
    };
    out.push_str(" Read more at https://pris.ly/d/cyclic-referential-actions");
    out
}
