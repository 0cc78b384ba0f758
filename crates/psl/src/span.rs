//! Byte spans into schema source files.

/// Identifies one source file of a (possibly multi-file) schema.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct FileId(pub u32);

/// A half-open byte range `start..end` in one source file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Span {
    /// Inclusive start offset in bytes.
    pub start: usize,
    /// Exclusive end offset in bytes.
    pub end: usize,
    /// The file the offsets point into.
    pub file: FileId,
}

impl Span {
    /// A span in `file` from `start` to `end`.
    pub fn new(start: usize, end: usize, file: FileId) -> Self {
        Span { start, end, file }
    }

    /// An empty span, for diagnostics that point at nothing in particular.
    pub fn empty() -> Self {
        Span::default()
    }

    /// Whether `offset` lies inside the span (end inclusive, as editors expect).
    pub fn contains(&self, offset: usize) -> bool {
        offset >= self.start && offset <= self.end
    }
}
