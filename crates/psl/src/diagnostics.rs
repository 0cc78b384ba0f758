//! Diagnostics: collected errors and warnings, and their renderers.
//!
//! Validation never stops at the first problem: every pass pushes into one
//! [`Diagnostics`], and the caller renders them all. The human rendering is
//! Prisma's own (`error: …`, `-->  schema.prisma:LINE`, a code frame), with or
//! without ANSI colours, so that messages match what Prisma users know.

use crate::span::{FileId, Span};
use std::fmt::Write as _;

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The schema is invalid.
    Error,
    /// The schema is valid, but something deserves attention.
    Warning,
}

/// One error or warning, with the span it points at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The complete message, as printed after `error: `.
    pub message: String,
    /// Where in the source the problem is.
    pub span: Span,
}

impl Diagnostic {
    /// An error with `message` at `span`.
    pub fn error(message: impl Into<String>, span: Span) -> Self {
        Diagnostic { severity: Severity::Error, message: message.into(), span }
    }

    /// A warning with `message` at `span`.
    pub fn warning(message: impl Into<String>, span: Span) -> Self {
        Diagnostic { severity: Severity::Warning, message: message.into(), span }
    }
}

/// The errors and warnings of one validation run, each list in the order found.
#[derive(Clone, Debug, Default)]
pub struct Diagnostics {
    errors: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
}

impl Diagnostics {
    /// No diagnostics yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a diagnostic in the list of its severity.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        match diagnostic.severity {
            Severity::Error => self.errors.push(diagnostic),
            Severity::Warning => self.warnings.push(diagnostic),
        }
    }

    /// Records an error.
    pub fn push_error(&mut self, message: impl Into<String>, span: Span) {
        self.push(Diagnostic::error(message, span));
    }

    /// Records a warning.
    pub fn push_warning(&mut self, message: impl Into<String>, span: Span) {
        self.push(Diagnostic::warning(message, span));
    }

    /// Whether any error was recorded.
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    /// The errors, in the order found.
    pub fn errors(&self) -> &[Diagnostic] {
        &self.errors
    }

    /// The warnings, in the order found.
    pub fn warnings(&self) -> &[Diagnostic] {
        &self.warnings
    }

    /// Warnings first, then errors: the order Prisma prints them in.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.warnings.iter().chain(self.errors.iter())
    }

    /// Whether nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.errors.is_empty() && self.warnings.is_empty()
    }

    /// Moves every diagnostic of `other` into `self`.
    pub fn extend(&mut self, other: Diagnostics) {
        self.errors.extend(other.errors);
        self.warnings.extend(other.warnings);
    }

    /// Renders all diagnostics (warnings, then errors) as Prisma does.
    ///
    /// `files` maps each [`FileId`] (its index) to a display name and source text.
    pub fn render(&self, files: &[(&str, &str)], color: bool) -> String {
        let mut out = String::new();
        for d in self.iter() {
            let (name, text) = files.get(d.span.file.0 as usize).copied().unwrap_or(("schema.prisma", ""));
            render_one(&mut out, name, text, d, color);
        }
        out
    }
}

struct Paint {
    on: bool,
}

impl Paint {
    fn wrap(&self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn gutter(&self, line_number: usize) -> String {
        if line_number > 0 {
            self.wrap("1;94", &format!("{line_number:2} | "))
        } else {
            self.wrap("1;94", "   | ")
        }
    }
}

/// Renders one diagnostic with its code frame in Prisma's layout.
pub fn render_one(out: &mut String, file_name: &str, text: &str, d: &Diagnostic, color: bool) {
    let paint = Paint { on: color };
    let start = d.span.start().min(text.len());
    let end = d.span.end().clamp(start, text.len());
    let start_line = text.as_bytes()[..start].iter().filter(|b| **b == b'\n').count();
    let end_line = text.as_bytes()[..end].iter().filter(|b| **b == b'\n').count();
    let lines: Vec<&str> = text.split('\n').collect();
    let chars_before: usize = lines[..start_line].iter().map(|l| l.len()).sum::<usize>() + start_line;
    let line = lines.get(start_line).copied().unwrap_or("");
    let start_in_line = (start - chars_before).min(line.len());
    let end_in_line = (start_in_line + (end - start)).min(line.len());
    let (title, code) = match d.severity {
        Severity::Error => ("error", "1;91"),
        Severity::Warning => ("warning", "1;93"),
    };
    let offending = line.get(start_in_line..end_in_line).unwrap_or("");
    let prefix = line.get(..start_in_line).unwrap_or("");
    let suffix = line.get(end_in_line..).unwrap_or("");
    let with_line = |n: usize| -> String {
        if n > 0 && n <= lines.len() {
            format!("{}{}", paint.gutter(n), lines[n - 1])
        } else {
            paint.gutter(n)
        }
    };

    let _ = writeln!(out, "{}: {}", paint.wrap(code, title), paint.wrap("1", &d.message));
    let _ = writeln!(
        out,
        "  {}  {}",
        paint.wrap("1;94", "-->"),
        paint.wrap("4", &format!("{file_name}:{}", start_line + 1))
    );
    let _ = writeln!(out, "{}", paint.gutter(0));
    let _ = writeln!(out, "{}", with_line(start_line));
    let _ = writeln!(out, "{}{}{}{}", paint.gutter(start_line + 1), prefix, paint.wrap(code, offending), suffix);
    if offending.is_empty() {
        let _ = writeln!(
            out,
            "{}{}{}",
            paint.gutter(0),
            " ".repeat(start_in_line),
            paint.wrap("1;91", "^ Unexpected token.")
        );
    }
    for n in start_line + 2..end_line + 2 {
        let _ = writeln!(out, "{}", with_line(n));
    }
    let _ = writeln!(out, "{}", paint.gutter(0));
}

/// Line and column (both 1-based, column in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map(|l| l.chars().count()).unwrap_or(0) + 1;
    (line, col)
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A file id for single-file schemas.
pub const MAIN_FILE: FileId = FileId(0);
