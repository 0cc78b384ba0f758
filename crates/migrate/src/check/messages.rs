//! Every sentence the checks say, in one place.
//!
//! The texts of Prisma's destructive change checker are reproduced word for word (they land in
//! `migration.sql`'s `Warnings:` block, which teams diff in review): each constructor says which
//! of Prisma's checks it is, and takes the live count when one is known. `None` counts give
//! Prisma's hedged wording, used when no database is inspected. The few messages Prisma does not
//! have (duplicates, orphans) are marked *Strata* and are only produced when a live count proves
//! the step cannot run, so scripts written without a database stay identical to Prisma's.

/// Dropping a table (Prisma's `NonEmptyTableDrop`). `Some(0)` rows: nothing to say.
pub fn table_drop(table: &str, rows: Option<u64>) -> Option<String> {
    match rows {
        Some(0) => None,
        Some(rows) => Some(format!("You are about to drop the `{table}` table, which is not empty ({rows} rows).")),
        None => Some(format!(
            "You are about to drop the `{table}` table. If the table is not empty, all the data it contains will be lost."
        )),
    }
}

/// Dropping a column (Prisma's `NonEmptyColumnDrop`).
pub fn column_drop(table: &str, column: &str, rows: Option<u64>, non_null: Option<u64>) -> Option<String> {
    match (rows, non_null) {
        (Some(0), _) | (_, Some(0)) => None,
        (_, Some(values)) => Some(format!(
            "You are about to drop the column `{column}` on the `{table}` table, which still contains {values} non-null values."
        )),
        (_, None) => Some(format!(
            "You are about to drop the column `{column}` on the `{table}` table. All the data in the column will be lost."
        )),
    }
}

/// A cast that may lose data (Prisma's `RiskyCast`).
pub fn risky_cast(
    table: &str,
    column: &str,
    from: &str,
    to: &str,
    rows: Option<u64>,
    non_null: Option<u64>,
) -> Option<String> {
    match (rows, non_null) {
        (Some(0), _) | (_, Some(0)) => None,
        (_, Some(values)) => Some(format!(
            "You are about to alter the column `{column}` on the `{table}` table, which contains {values} non-null values. The data in that column will be cast from `{from}` to `{to}`."
        )),
        (_, None) => Some(format!(
            "You are about to alter the column `{column}` on the `{table}` table. The data in that column could be lost. The data in that column will be cast from `{from}` to `{to}`."
        )),
    }
}

/// A cast the database may refuse (Prisma's `NotCastable`).
pub fn not_castable(
    table: &str,
    column: &str,
    from: &str,
    to: &str,
    rows: Option<u64>,
    non_null: Option<u64>,
) -> Option<String> {
    match (rows, non_null) {
        (Some(0), _) | (_, Some(0)) => None,
        (_, Some(values)) => Some(format!(
            "You are about to alter the column `{column}` on the `{table}` table, which contains {values} non-null values. The data in that column will be cast from `{from}` to `{to}`. This cast may fail. Please make sure the data in the column can be cast."
        )),
        (_, None) => Some(format!(
            "You are about to alter the column `{column}` on the `{table}` table. The data in that column will be cast from `{from}` to `{to}`. This cast may fail. Please make sure the data in the column can be cast."
        )),
    }
}

/// An optional column dropped and re-created because no cast exists (Prisma's
/// `DropAndRecreateColumn`).
pub fn drop_and_recreate_column(table: &str, column: &str, rows: Option<u64>, non_null: Option<u64>) -> Option<String> {
    match (rows, non_null) {
        (Some(0), _) | (_, Some(0)) => None,
        (_, None) => Some(format!(
            "The `{column}` column on the `{table}` table would be dropped and recreated. This will lead to data loss if there is data in the column."
        )),
        (_, Some(_)) => Some(format!(
            "The `{column}` column on the `{table}` table would be dropped and recreated. This will lead to data loss."
        )),
    }
}

/// A primary key replaced (Prisma's `PrimaryKeyChange`).
pub fn primary_key_change(table: &str, rows: Option<u64>) -> Option<String> {
    match rows {
        Some(0) => None,
        _ => Some(format!(
            "The primary key for the `{table}` table will be changed. If it partially fails, the table could be left without primary key constraint."
        )),
    }
}

/// A unique index added to an existing table (Prisma's `UniqueConstraintAddition`, which
/// Prisma always emits). With a known count of duplicated values, Strata says more: nothing
/// at zero, and an unexecutable step above (see [`unique_over_duplicates`]).
pub fn unique_constraint_addition(table: &str, columns: &[String]) -> String {
    format!(
        "A unique constraint covering the columns `[{}]` on the table `{table}` will be added. If there are existing duplicate values, this will fail.",
        columns.join(",")
    )
}

/// *Strata*: a unique index over values that occur more than once.
pub fn unique_over_duplicates(table: &str, columns: &[String], duplicated_values: u64) -> String {
    format!(
        "A unique constraint covering the columns `[{}]` on the table `{table}` will be added, but {duplicated_values} values occur more than once in those columns, it is not possible to execute this step.",
        columns.join(",")
    )
}

/// *Strata*: a foreign key over rows that reference nothing.
pub fn foreign_key_over_orphans(table: &str, columns: &[String], referenced_table: &str, orphans: u64) -> String {
    format!(
        "A foreign key on the columns `[{}]` of the table `{table}` referencing the `{referenced_table}` table will be added, but {orphans} rows reference no existing row, it is not possible to execute this step.",
        columns.join(",")
    )
}

/// Removed enum values (Prisma's `EnumValueRemoval`, always emitted).
pub fn enum_value_removal(enum_name: &str, values: &[String]) -> String {
    format!(
        "The values [{}] on the enum `{enum_name}` will be removed. If these variants are still used in the database, this will fail.",
        values.join(",")
    )
}

/// A required column without default added to a table (Prisma's `AddedRequiredFieldToTable`).
pub fn added_required_column(table: &str, column: &str, rows: Option<u64>) -> Option<String> {
    let details = match rows {
        Some(0) => return None,
        Some(rows) => format!("There are {rows} rows in this table, it is not possible to execute this step."),
        None => "This is not possible if the table is not empty.".to_owned(),
    };
    Some(format!("Added the required column `{column}` to the `{table}` table without a default value. {details}"))
}

/// A required column whose default exists only in the Prisma schema (`cuid()`, `uuid()`, …)
/// added to a table (Prisma's `AddedRequiredFieldToTableWithPrismaLevelDefault`).
pub fn added_required_column_with_prisma_level_default(table: &str, column: &str, rows: Option<u64>) -> Option<String> {
    let details = match rows {
        Some(0) => return None,
        Some(rows) => format!("There are {rows} rows in this table, it is not possible to execute this step."),
        None => "This is not possible if the table is not empty.".to_owned(),
    };
    Some(format!(
        "The required column `{column}` was added to the `{table}` table with a prisma-level default value. {details} Please add this column as optional, then populate it before making it required."
    ))
}

/// An optional column made required (Prisma's `MadeOptionalFieldRequired`).
pub fn made_optional_field_required(
    table: &str,
    column: &str,
    rows: Option<u64>,
    non_null: Option<u64>,
) -> Option<String> {
    match (rows, non_null) {
        (Some(0), _) => None,
        (Some(rows), Some(values)) => {
            let nulls = rows.saturating_sub(values);
            (nulls > 0).then(|| {
                format!("Made the column `{column}` on table `{table}` required, but there are {nulls} existing NULL values.")
            })
        }
        _ => Some(format!(
            "Made the column `{column}` on table `{table}` required. This step will fail if there are existing NULL values in that column."
        )),
    }
}

/// A scalar column made a list (Prisma's `MadeScalarFieldIntoArrayField`).
pub fn made_scalar_field_into_array(
    table: &str,
    column: &str,
    rows: Option<u64>,
    non_null: Option<u64>,
) -> Option<String> {
    let details = match (rows, non_null) {
        (Some(0), _) | (_, Some(0)) => return None,
        (_, Some(values)) => {
            format!("There are {values} existing non-null values in that column, this step cannot be executed.")
        }
        (_, None) => "If there are non-null values in that column, this step will fail.".to_owned(),
    };
    Some(format!("Changed the column `{column}` on the `{table}` table from a scalar field to a list field. {details}"))
}

/// A required column dropped and re-created because no cast exists (Prisma's
/// `DropAndRecreateRequiredColumn`).
pub fn drop_and_recreate_required_column(table: &str, column: &str, rows: Option<u64>) -> Option<String> {
    match rows {
        Some(0) => None,
        None => Some(format!(
            "Changed the type of `{column}` on the `{table}` table. No cast exists, the column would be dropped and recreated, which cannot be done if there is data, since the column is required."
        )),
        Some(_) => Some(format!(
            "Changed the type of `{column}` on the `{table}` table. No cast exists, the column would be dropped and recreated, which cannot be done since the column is required and there is data in the table."
        )),
    }
}
