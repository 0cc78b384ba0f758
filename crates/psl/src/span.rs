//! Byte spans into schema source files.

/// Identifies one source file of a (possibly multi-file) schema.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct FileId(pub u32);

/// A half-open byte range `start..end` in one source file.
///
/// Offsets are 32-bit (12 bytes a span instead of 24: every identifier,
/// expression and attribute of the syntax tree carries spans, and a smaller
/// tree is faster to build, walk and free). Schema files are far below
/// 4 GiB; an offset beyond that is clamped, never wrapped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Span {
    /// Inclusive start offset in bytes.
    pub start: u32,
    /// Exclusive end offset in bytes.
    pub end: u32,
    /// The file the offsets point into.
    pub file: FileId,
}

/// A byte offset as stored in a [`Span`].
fn offset(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

impl Span {
    /// A span in `file` from `start` to `end`.
    pub fn new(start: usize, end: usize, file: FileId) -> Self {
        Span { start: offset(start), end: offset(end), file }
    }

    /// The start offset, for slicing the source.
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// The end offset, for slicing the source.
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// The byte range, for slicing the source: `&text[span.range()]`.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start()..self.end()
    }

    /// An empty span, for diagnostics that point at nothing in particular.
    pub fn empty() -> Self {
        Span::default()
    }

    /// Whether `offset` lies inside the span (end inclusive, as editors expect).
    pub fn contains(&self, offset: usize) -> bool {
        offset >= self.start() && offset <= self.end()
    }
}
