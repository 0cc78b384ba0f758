//! `validate`: the schema's diagnostics as a report.

use crate::schema::LoadedSchema;

/// One diagnostic, located for display or JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocatedDiagnostic {
    /// Error or warning.
    pub severity: psl::Severity,
    /// Prisma's message text.
    pub message: String,
    /// The file's path as shown to the user.
    pub file: String,
    /// 1-based line of the span's start.
    pub line: usize,
    /// 1-based column (in characters) of the span's start.
    pub column: usize,
    /// Byte offsets of the span in the file.
    pub span: (usize, usize),
}

/// The outcome of validating a schema.
#[derive(Debug)]
pub struct ValidateReport {
    /// The validated schema (datamodel, configuration, diagnostics).
    pub schema: psl::ValidatedSchema,
}

impl ValidateReport {
    /// Whether the schema has no errors.
    pub fn is_valid(&self) -> bool {
        self.schema.is_valid()
    }

    /// Every diagnostic (warnings, then errors) with file, line and column.
    pub fn located(&self) -> Vec<LocatedDiagnostic> {
        self.schema
            .diagnostics
            .iter()
            .map(|d| {
                let file = &self.schema.files[d.span.file.0 as usize];
                let (line, column) = psl::diagnostics::line_col(&file.text, d.span.start());
                LocatedDiagnostic {
                    severity: d.severity,
                    message: d.message.clone(),
                    file: file.name.clone(),
                    line,
                    column,
                    span: (d.span.start(), d.span.end()),
                }
            })
            .collect()
    }
}

/// Validates a loaded schema.
pub fn validate(schema: &LoadedSchema) -> ValidateReport {
    ValidateReport { schema: schema.validate() }
}
