//! A small RFC 4180 reader: comma-separated fields, double-quoted fields with `""` for a quote
//! and embedded commas and line breaks, CRLF or LF line ends, an optional final line break and
//! an optional UTF-8 byte order mark.
//!
//! Cells are `Option<String>`: an empty *unquoted* cell is `None` (NULL), `""` is the empty
//! string. Every record must have as many cells as the header.

/// One record: the line it starts on (1-based) and its cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// The line the record starts on.
    pub line: u32,
    /// The cells, in header order.
    pub cells: Vec<Option<String>>,
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

/// Parses a whole file: the header row and the records.
pub fn parse(text: &str) -> Result<(Vec<String>, Vec<Record>), CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = raw_records(text)?;
    if records.is_empty() {
        return Err(CsvError { line: 1, column: 1, message: "the file is empty: expected a header row".into() });
    }
    let header = records.remove(0);
    let names: Vec<String> = header.cells.into_iter().map(Option::unwrap_or_default).collect();
    for r in &records {
        if r.cells.len() != names.len() {
            return Err(CsvError {
                line: r.line,
                column: 1,
                message: format!("expected {} fields as in the header, found {}", names.len(), r.cells.len()),
            });
        }
    }
    Ok((names, records))
}

fn raw_records(text: &str) -> Result<Vec<Record>, CsvError> {
    let mut records = Vec::new();
    let mut chars = text.chars().peekable();
    let (mut line, mut column) = (1u32, 0u32);
    let mut cells: Vec<Option<String>> = Vec::new();
    let mut record_line = 1u32;
    let mut at_record_start = true;
    loop {
        // One cell.
        let mut cell = String::new();
        let mut quoted = false;
        if chars.peek() == Some(&'"') {
            chars.next();
            column += 1;
            quoted = true;
            let (open_line, open_column) = (line, column);
            loop {
                match chars.next() {
                    None => {
                        return Err(CsvError {
                            line: open_line,
                            column: open_column,
                            message: "unterminated quoted field".into(),
                        })
                    }
                    Some('"') => {
                        column += 1;
                        if chars.peek() == Some(&'"') {
                            chars.next();
                            column += 1;
                            cell.push('"');
                        } else {
                            break;
                        }
                    }
                    Some('\n') => {
                        line += 1;
                        column = 0;
                        cell.push('\n');
                    }
                    Some(c) => {
                        column += 1;
                        cell.push(c);
                    }
                }
            }
            match chars.peek() {
                None | Some(',') | Some('\n') | Some('\r') => {}
                Some(_) => {
                    return Err(CsvError {
                        line,
                        column: column + 1,
                        message: "unexpected character after a closing quote (a quote inside a field must be doubled)"
                            .into(),
                    })
                }
            }
        } else {
            while let Some(&c) = chars.peek() {
                match c {
                    ',' | '\n' | '\r' => break,
                    '"' => {
                        return Err(CsvError {
                            line,
                            column: column + 1,
                            message: "a quote inside an unquoted field (quote the whole field and double the quote)"
                                .into(),
                        })
                    }
                    c => {
                        cell.push(c);
                        column += 1;
                        chars.next();
                    }
                }
            }
        }
        let empty_line = at_record_start && !quoted && cell.is_empty();
        at_record_start = false;
        cells.push(if quoted || !cell.is_empty() { Some(cell) } else { None });
        match chars.next() {
            Some(',') => column += 1,
            end @ (Some('\r') | Some('\n') | None) => {
                // `\r\n` is one line end.
                if end == Some('\r') && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                let ended = end.is_none();
                // A blank line (or the final line break) is not a record.
                if !(empty_line && cells.len() == 1) {
                    records.push(Record { line: record_line, cells: std::mem::take(&mut cells) });
                } else {
                    cells.clear();
                }
                line += 1;
                column = 0;
                record_line = line;
                at_record_start = true;
                if ended || chars.peek().is_none() {
                    break;
                }
            }
            // A cell only ends at a comma, a line end or the end of the text (checked above).
            Some(_) => {}
        }
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(r: &Record) -> Vec<Option<&str>> {
        r.cells.iter().map(|c| c.as_deref()).collect()
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
    fn no_final_newline_and_blank_lines() {
        let (_, records) = parse("a\n1\n\n2").unwrap();
        assert_eq!(records.len(), 2);
        assert_eq!(records[1].line, 4);
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
    }
}
