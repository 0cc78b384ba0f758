//! Output text with indentation, and the column table that aligns the lines of
//! a block (field names, types and attributes; `key = value` in config blocks).
//!
//! Prisma's layout rules, reproduced here:
//! - a table is a run of rows; each row has cells and an optional suffix
//!   (a trailing comment) that does not take part in the alignment;
//! - each column is as wide as its widest cell (in bytes) plus one space;
//!   empty trailing cells are dropped and the last cell of a row is not padded;
//! - verbatim rows (unparseable lines) are written as they are and do not
//!   affect the widths, so they do not break the alignment of their neighbours;
//! - a row with no cells and no suffix is a blank line.

/// The text being produced, with Prisma's indentation rule: a write that
/// starts a line is preceded by the current indentation.
pub(super) struct Output {
    pub text: String,
    indent: usize,
    indent_width: usize,
}

impl Output {
    pub fn new(indent_width: usize, capacity: usize) -> Self {
        Output { text: String::with_capacity(capacity), indent: 0, indent_width }
    }

    pub fn write(&mut self, s: &str) {
        if self.text.is_empty() || self.text.ends_with('\n') {
            let width = self.indent.saturating_mul(self.indent_width);
            self.text.extend(std::iter::repeat_n(' ', width));
        }
        self.text.push_str(s);
    }

    pub fn end_line(&mut self) {
        self.text.push('\n');
    }

    pub fn indent_up(&mut self) {
        self.indent += 1;
    }

    pub fn indent_down(&mut self) {
        self.indent = self.indent.saturating_sub(1);
    }
}

/// A row: aligned cells and a suffix written after them, or a verbatim line.
#[derive(Default)]
struct Row {
    cells: Vec<String>,
    suffix: String,
    verbatim: Option<String>,
}

/// Rows waiting to be aligned and written.
#[derive(Default)]
pub(super) struct Table {
    rows: Vec<Row>,
}

impl Table {
    /// Starts a new row of cells.
    pub fn new_row(&mut self) {
        self.rows.push(Row::default());
    }

    /// The current row of cells, started if there is none.
    fn current(&mut self) -> &mut Row {
        if self.rows.last().is_none_or(|r| r.verbatim.is_some()) {
            self.new_row();
        }
        let last = self.rows.len() - 1;
        &mut self.rows[last]
    }

    /// The cell `column` of the current row, creating empty cells up to it
    /// (and dropping any cells after it).
    pub fn cell(&mut self, column: usize) -> &mut String {
        let row = self.current();
        row.cells.resize(column + 1, String::new());
        &mut row.cells[column]
    }

    /// Appends to the suffix of the current row.
    pub fn suffix(&mut self, text: &str) {
        self.current().suffix.push_str(text);
    }

    /// Adds a row written verbatim.
    pub fn verbatim(&mut self, text: &str) {
        self.rows.push(Row { verbatim: Some(text.to_string()), ..Row::default() });
    }

    /// Writes all rows, aligned, one per line, and empties the table.
    pub fn flush(&mut self, out: &mut Output) {
        let mut widths: Vec<usize> = Vec::new();
        for row in &mut self.rows {
            while row.cells.last().is_some_and(|c| c.is_empty()) {
                row.cells.pop();
            }
            if widths.len() < row.cells.len() {
                widths.resize(row.cells.len(), 0);
            }
            for (width, cell) in widths.iter_mut().zip(row.cells.iter()) {
                *width = (*width).max(cell.len());
            }
        }
        for row in self.rows.drain(..) {
            if let Some(text) = &row.verbatim {
                out.write(text);
                out.end_line();
                continue;
            }
            let last = row.cells.len().saturating_sub(1);
            for (i, cell) in row.cells.iter().enumerate() {
                out.write(cell);
                if i < last {
                    out.write(&" ".repeat(widths[i] - cell.len() + 1));
                }
            }
            if !row.suffix.is_empty() {
                if !row.cells.is_empty() {
                    out.write(" ");
                }
                out.write(&row.suffix);
            }
            out.end_line();
        }
    }
}
