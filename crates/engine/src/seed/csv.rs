//! A small streaming RFC 4180 reader: comma-separated fields, double-quoted fields with `""` for
//! a quote and embedded commas and line breaks, CRLF or LF line ends, an optional final line
//! break and an optional UTF-8 byte order mark.
//!
//! [`Reader`] holds one record at a time: a record's cells live in one buffer and are handed out
//! as `&str` slices, so reading a file allocates nothing per cell. An empty *unquoted* cell is
//! `None` (NULL), `""` is the empty string. Every record must have as many cells as the header.

use std::io::BufRead;

/// One record: the line it starts on (1-based) and its cells, stored in one buffer.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Record {
    /// The line the record starts on.
    pub line: u32,
    text: String,
    cells: Vec<Option<(u32, u32)>>,
}

impl Record {
    /// Cell `i` (`None`: empty and unquoted, or past the end).
    pub fn cell(&self, i: usize) -> Option<&str> {
        self.cells.get(i).copied().flatten().map(|(a, b)| &self.text[a as usize..b as usize])
    }

    /// How many cells the record has.
    pub fn len(&self) -> usize {
        self.cells.len()
    }

    /// Whether the record has no cells.
    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }

    /// The cells, in header order.
    pub fn cells(&self) -> impl Iterator<Item = Option<&str>> + '_ {
        (0..self.cells.len()).map(|i| self.cell(i))
    }
}

/// A parse error with its position.
#[derive(Debug, Clone, PartialEq)]
pub struct CsvError {
    /// 1-based line.
    pub line: u32,
    /// 1-based column (in characters).
    pub column: u32,
    /// What is wrong.
    pub message: String,
}

/// Reads records one at a time from a buffered input.
pub struct Reader<R> {
    input: R,
    /// The line the next physical line read has.
    next_line: u32,
    raw: String,
    header: Vec<String>,
    /// `true` once the input is exhausted.
    done: bool,
}

impl<R: BufRead> Reader<R> {
    /// Starts reading: reads the header row.
    pub fn new(input: R) -> Result<Self, CsvError> {
        let mut reader = Reader { input, next_line: 1, raw: String::new(), header: Vec::new(), done: false };
        let mut header = Record::default();
        if !reader.next_record(&mut header)? {
            return Err(CsvError { line: 1, column: 1, message: "the file is empty: expected a header row".into() });
        }
        reader.header = header.cells().map(|c| c.unwrap_or_default().to_owned()).collect();
        Ok(reader)
    }

    /// The header's field names.
    pub fn header(&self) -> &[String] {
        &self.header
    }

    /// Reads the next record into `record`; `false` at the end of the input.
    pub fn next(&mut self, record: &mut Record) -> Result<bool, CsvError> {
        if !self.next_record(record)? {
            return Ok(false);
        }
        if record.cells.len() != self.header.len() {
            return Err(CsvError {
                line: record.line,
                column: 1,
                message: format!(
                    "expected {} fields as in the header, found {}",
                    self.header.len(),
                    record.cells.len()
                ),
            });
        }
        Ok(true)
    }

    /// Reads physical lines until the quotes balance, then splits them into cells. Blank lines
    /// are skipped.
    fn next_record(&mut self, record: &mut Record) -> Result<bool, CsvError> {
        loop {
            if self.done {
                return Ok(false);
            }
            self.raw.clear();
            let start = self.next_line;
            let mut quotes = 0usize;
            loop {
                let before = self.raw.len();
                let read = self.input.read_line(&mut self.raw).map_err(|e| CsvError {
                    line: self.next_line,
                    column: 1,
                    message: if e.kind() == std::io::ErrorKind::InvalidData {
                        "the file is not valid UTF-8".to_owned()
                    } else {
                        format!("could not read the file: {e}")
                    },
                })?;
                if read == 0 {
                    self.done = true;
                    break;
                }
                if start == 1 && before == 0 && self.raw.starts_with('\u{feff}') {
                    self.raw.drain(..3);
                }
                self.next_line += 1;
                quotes += self.raw.as_bytes()[before..].iter().filter(|b| **b == b'"').count();
                if quotes.is_multiple_of(2) {
                    break;
                }
            }
            if self.raw.is_empty() {
                return Ok(false);
            }
            let body = self.raw.strip_suffix('\n').map(|s| s.strip_suffix('\r').unwrap_or(s)).unwrap_or(&self.raw);
            if body.is_empty() {
                continue;
            }
            split(body, start, record)?;
            return Ok(true);
        }
    }
}

/// Splits one record's text (without its final line end) into cells.
fn split(text: &str, line: u32, record: &mut Record) -> Result<(), CsvError> {
    record.line = line;
    record.text.clear();
    record.cells.clear();
    let bytes = text.as_bytes();
    let mut i = 0;
    // Position of byte `at` for messages: line and 1-based character column.
    let position = |at: usize| {
        let before = &text[..at];
        let line_start = before.rfind('\n').map_or(0, |p| p + 1);
        (line + before.matches('\n').count() as u32, before[line_start..].chars().count() as u32 + 1)
    };
    loop {
        if bytes.get(i) == Some(&b'"') {
            let open = i;
            i += 1;
            let start = record.text.len() as u32;
            loop {
                match memchr_quote(&bytes[i..]) {
                    None => {
                        let (line, column) = position(open);
                        return Err(CsvError { line, column, message: "unterminated quoted field".into() });
                    }
                    Some(q) => {
                        record.text.push_str(&text[i..i + q]);
                        i += q + 1;
                        if bytes.get(i) == Some(&b'"') {
                            record.text.push('"');
                            i += 1;
                        } else {
                            break;
                        }
                    }
                }
            }
            record.cells.push(Some((start, record.text.len() as u32)));
            match bytes.get(i) {
                None | Some(b',') => {}
                Some(_) => {
                    let (line, column) = position(i);
                    return Err(CsvError {
                        line,
                        column,
                        message: "unexpected character after a closing quote (a quote inside a field must be doubled)"
                            .into(),
                    });
                }
            }
        } else {
            let end = bytes[i..].iter().position(|b| *b == b',').map_or(bytes.len(), |p| i + p);
            if let Some(q) = bytes[i..end].iter().position(|b| *b == b'"') {
                let (line, column) = position(i + q);
                return Err(CsvError {
                    line,
                    column,
                    message: "a quote inside an unquoted field (quote the whole field and double the quote)".into(),
                });
            }
            if end == i {
                record.cells.push(None);
            } else {
                let start = record.text.len() as u32;
                record.text.push_str(&text[i..end]);
                record.cells.push(Some((start, record.text.len() as u32)));
            }
            i = end;
        }
        if i >= bytes.len() {
            return Ok(());
        }
        // A comma: another cell follows.
        i += 1;
        if i == bytes.len() {
            record.cells.push(None);
            return Ok(());
        }
    }
}

fn memchr_quote(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|b| *b == b'"')
}

/// Parses a whole text: the header row and the records (for tests and benchmarks; seeding
/// streams with [`Reader`]).
pub fn parse(text: &str) -> Result<(Vec<String>, Vec<Record>), CsvError> {
    let mut reader = Reader::new(text.as_bytes())?;
    let mut records = Vec::new();
    let mut record = Record::default();
    while reader.next(&mut record)? {
        records.push(std::mem::take(&mut record));
    }
    Ok((reader.header, records))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(r: &Record) -> Vec<Option<&str>> {
        r.cells().collect()
    }

    #[test]
    fn quotes_crlf_and_embedded_newlines() {
        let text = "id,name,bio\r\n1,\"Ada, Countess\",\"said \"\"hi\"\"\r\ntwice\"\r\n2,,\"\"\r\n";
        let (header, records) = parse(text).unwrap();
        assert_eq!(header, ["id", "name", "bio"]);
        assert_eq!(records.len(), 2);
        assert_eq!(cells(&records[0]), [Some("1"), Some("Ada, Countess"), Some("said \"hi\"\r\ntwice")]);
        assert_eq!(records[0].line, 2);
        assert_eq!(cells(&records[1]), [Some("2"), None, Some("")]);
        assert_eq!(records[1].line, 4);
    }

    #[test]
    fn no_final_newline_blank_lines_and_bom() {
        let (header, records) = parse("\u{feff}a\n1\n\n2").unwrap();
        assert_eq!(header, ["a"]);
        assert_eq!(records.len(), 2);
        assert_eq!(records[1].line, 4);
        let (_, records) = parse("a,b\n1,\n").unwrap();
        assert_eq!(cells(&records[0]), [Some("1"), None]);
    }

    #[test]
    fn errors_have_positions() {
        let e = parse("a,b\n1,\"x").unwrap_err();
        assert_eq!((e.line, e.column), (2, 3));
        let e = parse("a,b\n1,x\"y\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 4));
        let e = parse("a,b\n1\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("expected 2 fields"));
        let e = parse("a\n\"x\"y\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 4));
        let e = parse("a\n\"x\ny\"z\n").unwrap_err();
        assert_eq!((e.line, e.column), (3, 3));
        assert!(parse("").is_err());
        let e = Reader::new(&b"a\n\xff\n"[..]).and_then(|mut r| r.next(&mut Record::default())).unwrap_err();
        assert_eq!((e.line, e.message.as_str()), (2, "the file is not valid UTF-8"));
    }
}
