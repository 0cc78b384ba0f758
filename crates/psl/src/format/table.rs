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
            self.spaces(self.indent.saturating_mul(self.indent_width));
        }
        self.text.push_str(s);
    }

    /// Writes `n` spaces (never indented: only used within a line).
    fn spaces(&mut self, mut n: usize) {
        const SPACES: &str = "                                ";
        while n > 0 {
            let chunk = n.min(SPACES.len());
            self.text.push_str(&SPACES[..chunk]);
            n -= chunk;
        }
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

/// The most cells a row has (name, type, attributes).
const MAX_CELLS: usize = 3;

/// A row: aligned cells and a suffix written after them, or a verbatim line.
///
/// The cells are stored one after another in `text`; cell `i` ends at
/// `ends[i]`, except the last one, which is still open and ends with `text`.
#[derive(Default)]
struct Row {
    text: String,
    ends: [usize; MAX_CELLS],
    cells: usize,
    suffix: String,
    verbatim: Option<String>,
}

impl Row {
    fn cell(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        let end = if i + 1 == self.cells { self.text.len() } else { self.ends[i] };
        &self.text[start..end]
    }
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

    /// The cell `column` (below [`MAX_CELLS`]) of the current row, creating
    /// empty cells up to it (and dropping any cells after it). Text pushed
    /// onto the returned string goes into that cell.
    pub fn cell(&mut self, column: usize) -> &mut String {
        debug_assert!(column < MAX_CELLS, "a row has at most {MAX_CELLS} cells");
        let column = column.min(MAX_CELLS - 1);
        let row = self.current();
        if column + 1 > row.cells {
            // Close the open cell, open empty ones up to `column`.
            for i in row.cells.saturating_sub(1)..column {
                row.ends[i] = row.text.len();
            }
            row.cells = column + 1;
        } else if column + 1 < row.cells {
            row.text.truncate(row.ends[column]);
            row.cells = column + 1;
        }
        &mut row.text
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
        let mut widths = [0usize; MAX_CELLS];
        for row in &mut self.rows {
            while row.cells > 0 && row.cell(row.cells - 1).is_empty() {
                row.cells -= 1;
            }
            for (i, width) in widths.iter_mut().enumerate().take(row.cells) {
                *width = (*width).max(row.cell(i).len());
            }
        }
        for row in self.rows.drain(..) {
            if let Some(text) = &row.verbatim {
                out.write(text);
                out.end_line();
                continue;
            }
            let last = row.cells.saturating_sub(1);
            for (i, width) in widths.iter().enumerate().take(row.cells) {
                let cell = row.cell(i);
                out.write(cell);
                if i < last {
                    out.spaces(width - cell.len() + 1);
                }
            }
            if !row.suffix.is_empty() {
                if row.cells > 0 {
                    out.write(" ");
                }
                out.write(&row.suffix);
            }
            out.end_line();
        }
    }
}
