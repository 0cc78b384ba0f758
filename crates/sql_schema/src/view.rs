//! [`View`]: a database view, described beside a [`crate::SqlSchema`] rather than in it.

use crate::Column;

/// A view and its columns. Views live outside [`crate::SqlSchema`]: migrations neither create,
/// diff nor drop them (as in Prisma); `db pull` renders them as `view` blocks when the `views`
/// preview feature is on. Enum columns refer to the enums of the schema described with it.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// The PostgreSQL schema it lives in (`None` for the URL's schema and other dialects).
    pub namespace: Option<String>,
    /// Its name.
    pub name: String,
    /// Its `SELECT`, as the database prints it, when known.
    pub definition: Option<String>,
    /// Its columns, in order.
    pub columns: Vec<Column>,
}
