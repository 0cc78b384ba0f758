//! JSON seed files: an array of row objects, or `{"$key": ["email"], "rows": [ … ]}`.
//!
//! serde_json parses; a light scan of the text finds the line each row starts on, so problems
//! point at `User.json:12` rather than at a row number only.

/// A parsed JSON seed file.
#[derive(Debug, Clone, Default)]
pub struct JsonFile {
    /// `$key` of the object form.
    pub key: Option<Vec<String>>,
    /// Rows with the line each starts on.
    pub rows: Vec<(u32, serde_json::Map<String, serde_json::Value>)>,
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

/// Parses a JSON seed file.
pub fn parse(text: &str) -> Result<JsonFile, JsonError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| JsonError {
        line: e.line() as u32,
        column: e.column() as u32,
        message: strip_position(&e.to_string()),
    })?;
    let at_start = |message: &str| JsonError { line: 1, column: 1, message: message.to_owned() };
    let (key, rows, depth) = match value {
        serde_json::Value::Array(rows) => (None, rows, 1),
        serde_json::Value::Object(mut map) => {
            let key = match map.remove("$key") {
                None => None,
                Some(serde_json::Value::Array(items)) => Some(
                    items
                        .into_iter()
                        .map(|i| match i {
                            serde_json::Value::String(s) => Ok(s),
                            _ => Err(at_start("\"$key\" must be an array of field names")),
                        })
                        .collect::<Result<Vec<_>, _>>()?,
                ),
                Some(_) => return Err(at_start("\"$key\" must be an array of field names")),
            };
            let rows = match map.remove("rows") {
                Some(serde_json::Value::Array(rows)) => rows,
                _ => return Err(at_start("expected an array of rows, or an object with \"rows\": [ … ]")),
            };
            if let Some(other) = map.keys().next() {
                return Err(at_start(&format!("unknown property {other:?} (expected \"$key\" and \"rows\")")));
            }
            (key, rows, 2)
        }
        _ => return Err(at_start("expected an array of rows, or an object with \"rows\": [ … ]")),
    };
    let lines = element_lines(text, depth);
    let mut out = Vec::with_capacity(rows.len());
    for (i, row) in rows.into_iter().enumerate() {
        let line = lines.get(i).copied().unwrap_or(1);
        match row {
            serde_json::Value::Object(map) => out.push((line, map)),
            _ => return Err(JsonError { line, column: 1, message: format!("row {} is not an object", i + 1) }),
        }
    }
    Ok(JsonFile { key, rows: out })
}

/// serde_json appends ` at line L column C`; the position is reported separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

/// The line on which each element of the rows array starts: the array at nesting `depth`
/// (1: the top-level array; 2: the array inside the top-level object).
fn element_lines(text: &str, depth: usize) -> Vec<u32> {
    let mut lines = Vec::new();
    let (mut line, mut level, mut in_string, mut escaped) = (1u32, 0usize, false, false);
    let mut expecting_element = false;
    let mut in_rows_array = false;
    // The last string seen directly in the top-level object: the key of the array that follows.
    let (mut key, mut last_key) = (String::new(), String::new());
    for c in text.chars() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => {
                    in_string = false;
                    if level == 1 {
                        last_key = std::mem::take(&mut key);
                    }
                }
                '\n' => line += 1,
                c if level == 1 => key.push(c),
                _ => {}
            }
            continue;
        }
        match c {
            '\n' => line += 1,
            c if c.is_whitespace() => {}
            '[' | '{' => {
                if expecting_element && level == depth {
                    lines.push(line);
                    expecting_element = false;
                }
                level += 1;
                if c == '[' && level == depth && (depth == 1 || last_key == "rows") {
                    in_rows_array = true;
                    expecting_element = true;
                }
            }
            ']' | '}' => {
                level = level.saturating_sub(1);
                if level < depth {
                    in_rows_array = false;
                }
            }
            ',' if level == depth && in_rows_array => expecting_element = true,
            '"' => {
                if expecting_element && level == depth {
                    lines.push(line);
                    expecting_element = false;
                }
                in_string = true;
            }
            _ => {
                if expecting_element && level == depth {
                    lines.push(line);
                    expecting_element = false;
                }
            }
        }
    }
    lines
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
    }

    #[test]
    fn object_form() {
        let text = "{\n \"$key\": [\"email\"],\n \"rows\": [\n  {\"email\": \"a\"},\n  {\"email\": \"b\"}\n ]\n}";
        let file = parse(text).unwrap();
        assert_eq!(file.key, Some(vec!["email".to_owned()]));
        assert_eq!(file.rows.iter().map(|(l, _)| *l).collect::<Vec<_>>(), [4, 5]);
    }

    #[test]
    fn malformed() {
        let e = parse("[\n {\"a\": 1,}\n]").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.column > 1);
        assert!(!e.message.contains(" at line "));
        assert!(parse("{\"rows\": 1}").is_err());
        assert_eq!(parse("[1]").unwrap_err().message, "row 1 is not an object");
    }
}
