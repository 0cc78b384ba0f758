//! JSON seed files: an array of row objects, or `{"$key": ["email"], "rows": [ … ]}`.
//!
//! [`Rows`] streams: a byte scanner walks the outer structure and cuts out one row at a time
//! (tracking strings, escapes and nesting), and serde_json parses that row alone. Memory is
//! bounded by the largest row, and each row knows the line it starts on, so problems point at
//! `User.json:12`.

use std::io::BufRead;

/// One row object and the line it starts on.
pub type Row = (u32, serde_json::Map<String, serde_json::Value>);

/// A parsed JSON seed file (see [`parse`]).
#[derive(Debug, Clone, Default)]
pub struct JsonFile {
    /// `$key` of the object form.
    pub key: Option<Vec<String>>,
    /// Rows with the line each starts on.
    pub rows: Vec<Row>,
}

/// Why a JSON file cannot be read.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonError {
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
    /// What is wrong.
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Before the first byte.
    Start,
    /// Inside the top-level object, expecting a property name (or `}`).
    Property,
    /// Inside the rows array, expecting a row (or `]`).
    Row { first: bool },
    /// Inside the top-level object after the rows array.
    AfterRows,
    /// The end of the document was reached.
    End,
}

/// Streams the rows of a JSON seed file.
pub struct Rows<R> {
    input: R,
    line: u32,
    column: u32,
    state: State,
    object_form: bool,
    /// `$key`, once seen.
    key: Option<Vec<String>>,
    index: usize,
    element: Vec<u8>,
}

impl<R: BufRead> Rows<R> {
    /// Starts reading `input`.
    pub fn new(input: R) -> Self {
        Rows {
            input,
            line: 1,
            column: 0,
            state: State::Start,
            object_form: false,
            key: None,
            index: 0,
            element: Vec::new(),
        }
    }

    /// `$key` of the object form, if it was seen before the rows read so far (see [`scan_key`]).
    pub fn key(&self) -> Option<&[String]> {
        self.key.as_deref()
    }

    fn error(&self, message: impl Into<String>) -> JsonError {
        JsonError { line: self.line, column: self.column.max(1), message: message.into() }
    }

    fn peek(&mut self) -> Result<Option<u8>, JsonError> {
        match self.input.fill_buf() {
            Ok(buf) => Ok(buf.first().copied()),
            Err(e) => Err(self.error(format!("could not read the file: {e}"))),
        }
    }

    fn bump(&mut self) -> Result<Option<u8>, JsonError> {
        let b = self.peek()?;
        if let Some(b) = b {
            self.input.consume(1);
            if b == b'\n' {
                self.line += 1;
                self.column = 0;
            } else if b & 0xC0 != 0x80 {
                self.column += 1;
            }
        }
        Ok(b)
    }

    fn skip_ws(&mut self) -> Result<Option<u8>, JsonError> {
        loop {
            match self.peek()? {
                Some(b' ' | b'\t' | b'\n' | b'\r') => {
                    self.bump()?;
                }
                other => return Ok(other),
            }
        }
    }

    /// Copies one JSON value into `self.element` (the scanner does not validate scalars;
    /// serde_json does).
    fn capture(&mut self) -> Result<(), JsonError> {
        self.element.clear();
        let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
        loop {
            let Some(b) = self.peek()? else {
                if depth > 0 || in_string {
                    return Err(self.error("EOF while parsing a value"));
                }
                return Ok(());
            };
            if in_string {
                self.bump()?;
                self.element.push(b);
                match b {
                    _ if escaped => escaped = false,
                    b'\\' => escaped = true,
                    b'"' => {
                        in_string = false;
                        if depth == 0 {
                            return Ok(());
                        }
                    }
                    _ => {}
                }
                continue;
            }
            match b {
                b'"' => in_string = true,
                b'{' | b'[' => depth += 1,
                b'}' | b']' if depth == 0 => return Ok(()),
                b'}' | b']' => {
                    depth -= 1;
                    if depth == 0 {
                        self.bump()?;
                        self.element.push(b);
                        return Ok(());
                    }
                }
                b',' | b' ' | b'\t' | b'\n' | b'\r' if depth == 0 => return Ok(()),
                _ => {}
            }
            self.bump()?;
            self.element.push(b);
        }
    }

    /// Parses the captured value that started at (`line`, `column`).
    fn parse_element(&self, line: u32, column: u32) -> Result<serde_json::Value, JsonError> {
        serde_json::from_slice(&self.element).map_err(|e| {
            let (l, c) = (e.line() as u32, e.column() as u32);
            JsonError {
                line: line + l.saturating_sub(1),
                column: if l <= 1 { column + c.saturating_sub(1) } else { c },
                message: strip_position(&e.to_string()),
            }
        })
    }

    /// The next row, or `None` at the end of the file.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Result<Option<Row>, JsonError> {
        loop {
            match self.state {
                State::End => return Ok(None),
                State::Start => {
                    if self.peek()? == Some(0xEF) {
                        // A UTF-8 byte order mark.
                        for _ in 0..3 {
                            self.input.consume(1);
                        }
                    }
                    match self.skip_ws()? {
                        Some(b'[') => {
                            self.bump()?;
                            self.state = State::Row { first: true };
                        }
                        Some(b'{') => {
                            self.bump()?;
                            self.object_form = true;
                            self.state = State::Property;
                        }
                        None => return Err(self.error("EOF while parsing a value")),
                        Some(_) => {
                            return Err(JsonError {
                                line: 1,
                                column: 1,
                                message: "expected an array of rows, or an object with \"rows\": [ … ]".into(),
                            })
                        }
                    }
                }
                State::Property | State::AfterRows => {
                    let after_rows = self.state == State::AfterRows;
                    match self.skip_ws()? {
                        Some(b'}') => {
                            self.bump()?;
                            return self.finish();
                        }
                        Some(b',') if after_rows || self.key.is_some() => {
                            self.bump()?;
                            self.skip_ws()?;
                        }
                        _ => {}
                    }
                    if self.skip_ws()? != Some(b'"') {
                        return Err(self.error("expected a property name (\"$key\" or \"rows\")"));
                    }
                    let (line, column) = (self.line, self.column + 1);
                    self.capture()?;
                    let name = self.parse_element(line, column)?.as_str().unwrap_or_default().to_owned();
                    if self.skip_ws()? != Some(b':') {
                        return Err(self.error("expected ':'"));
                    }
                    self.bump()?;
                    self.skip_ws()?;
                    let (line, column) = (self.line, self.column + 1);
                    match name.as_str() {
                        "rows" if self.peek()? == Some(b'[') => {
                            self.bump()?;
                            self.state = State::Row { first: true };
                        }
                        "$key" => {
                            self.capture()?;
                            let value = self.parse_element(line, column)?;
                            let names = value.as_array().and_then(|items| {
                                items.iter().map(|i| i.as_str().map(str::to_owned)).collect::<Option<Vec<_>>>()
                            });
                            match names {
                                Some(names) => self.key = Some(names),
                                None => {
                                    return Err(JsonError {
                                        line,
                                        column,
                                        message: "\"$key\" must be an array of field names".into(),
                                    })
                                }
                            }
                            if self.skip_ws()? == Some(b',') {
                                self.bump()?;
                            }
                        }
                        "rows" => {
                            return Err(JsonError {
                                line,
                                column,
                                message: "expected an array of rows, or an object with \"rows\": [ … ]".into(),
                            })
                        }
                        other => {
                            return Err(JsonError {
                                line,
                                column,
                                message: format!("unknown property {other:?} (expected \"$key\" and \"rows\")"),
                            })
                        }
                    }
                }
                State::Row { first } => {
                    match self.skip_ws()? {
                        Some(b']') => {
                            self.bump()?;
                            if self.object_form {
                                self.state = State::AfterRows;
                                continue;
                            }
                            return self.finish();
                        }
                        Some(b',') if !first => {
                            self.bump()?;
                            self.skip_ws()?;
                        }
                        _ if !first => return Err(self.error("expected ',' or ']'")),
                        _ => {}
                    }
                    self.state = State::Row { first: false };
                    let (line, column) = (self.line, self.column + 1);
                    if self.peek()?.is_none() {
                        return Err(self.error("EOF while parsing a list"));
                    }
                    self.capture()?;
                    self.index += 1;
                    let value = self.parse_element(line, column)?;
                    return match value {
                        serde_json::Value::Object(map) => Ok(Some((line, map))),
                        _ => {
                            Err(JsonError { line, column: 1, message: format!("row {} is not an object", self.index) })
                        }
                    };
                }
            }
        }
    }

    /// After the outer array or object: only whitespace may follow.
    fn finish(&mut self) -> Result<Option<Row>, JsonError> {
        self.state = State::End;
        match self.skip_ws()? {
            None => Ok(None),
            Some(_) => Err(self.error("trailing characters")),
        }
    }
}

/// Reads a file's `$key` (object form), wherever it is, without parsing the rows; problems are
/// left to [`Rows`].
pub fn scan_key<R: BufRead>(input: R) -> Option<Vec<String>> {
    let mut rows = Rows::new(input);
    loop {
        match rows.state {
            State::Row { .. } => {
                // Skip the rows array without parsing the rows.
                match rows.skip_ws().ok()? {
                    Some(b']') => {
                        rows.bump().ok()?;
                        if !rows.object_form {
                            return None;
                        }
                        rows.state = State::AfterRows;
                    }
                    Some(b',') => {
                        rows.bump().ok()?;
                    }
                    Some(_) => rows.capture().ok()?,
                    None => return rows.key,
                }
            }
            State::End => return rows.key,
            _ => {
                if rows.next().is_err() {
                    return rows.key;
                }
                if rows.state == State::End {
                    return rows.key;
                }
            }
        }
    }
}

/// Parses a whole JSON seed file (for tests and benchmarks; seeding streams with [`Rows`]).
pub fn parse(text: &str) -> Result<JsonFile, JsonError> {
    let mut rows = Rows::new(text.as_bytes());
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        out.push(row);
    }
    Ok(JsonFile { key: rows.key.take(), rows: out })
}

/// serde_json appends ` at line L column C`; the position is reported separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_of_rows() {
        let text = "[\n  {\"a\": \"x\\\"}\"},\n  {\"a\": [1,\n 2]},\n\n  {\"a\": 3}\n]";
        let file = parse(text).unwrap();
        let lines: Vec<u32> = file.rows.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [2, 3, 6]);
        assert_eq!(file.rows[0].1["a"], "x\"}");
        assert!(parse("[]").unwrap().rows.is_empty());
        assert_eq!(parse("\u{feff}[{}]").unwrap().rows.len(), 1);
    }

    #[test]
    fn object_form() {
        let text = "{\n \"$key\": [\"email\"],\n \"rows\": [\n  {\"email\": \"a\"},\n  {\"email\": \"b\"}\n ]\n}";
        let file = parse(text).unwrap();
        assert_eq!(file.key, Some(vec!["email".to_owned()]));
        assert_eq!(file.rows.iter().map(|(l, _)| *l).collect::<Vec<_>>(), [4, 5]);
        // `$key` after the rows: found by the scan.
        let text = "{\"rows\": [{\"email\": \"a\"}], \"$key\": [\"email\"]}";
        assert_eq!(parse(text).unwrap().rows.len(), 1);
        assert_eq!(scan_key(text.as_bytes()), Some(vec!["email".to_owned()]));
        assert_eq!(scan_key(&b"[{\"a\": 1}]"[..]), None);
    }

    #[test]
    fn malformed() {
        let e = parse("[\n {\"a\": 1,}\n]").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.column > 1);
        assert!(!e.message.contains(" at line "));
        let e = parse("[\n  {\"email\": \"a@example.com\",}\n]").unwrap_err();
        assert_eq!((e.line, e.column, e.message.as_str()), (2, 29, "trailing comma"));
        assert!(parse("{\"rows\": 1}").is_err());
        assert!(parse("{\"rows\": [], \"other\": 1}").is_err());
        assert!(parse("[{}, ").is_err());
        assert!(parse("[{} {}]").is_err());
        assert!(parse("[{}] x").is_err());
        assert_eq!(parse("[1]").unwrap_err().message, "row 1 is not an object");
    }
}
