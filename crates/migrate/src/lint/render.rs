//! Findings as text: for people, as JSON, and as GitHub Actions annotations.

use super::{Finding, Severity};
use std::fmt::Write as _;

/// `file:line: severity [rule-id] message` and an indented `help:` line per finding.
pub fn render_human(file: &str, findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        let _ = writeln!(out, "{file}:{}: {} [{}] {}", f.line, f.severity, f.rule, f.message);
        let _ = writeln!(out, "  help: {}", f.help);
    }
    out
}

/// A JSON array of findings:
/// `[{"file": …, "line": 3, "rule": …, "severity": "warning", "message": …, "help": …}]`.
pub fn render_json(file: &str, findings: &[Finding]) -> String {
    let items: Vec<String> = findings
        .iter()
        .map(|f| {
            format!(
                "{{\"file\":{},\"line\":{},\"rule\":{},\"severity\":{},\"message\":{},\"help\":{}}}",
                json_string(file),
                f.line,
                json_string(f.rule),
                json_string(&f.severity.to_string()),
                json_string(&f.message),
                json_string(f.help)
            )
        })
        .collect();
    format!("[{}]", items.join(","))
}

/// One GitHub Actions workflow command per finding:
/// `::warning file=…,line=…,title=rule-id::message` (`::error`, `::notice` for info).
pub fn render_github(file: &str, findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        let command = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let _ = writeln!(
            out,
            "::{command} file={},line={},title={}::{}",
            escape_property(file),
            f.line,
            escape_property(f.rule),
            escape_data(&format!("{} Help: {}", f.message, f.help))
        );
    }
    out
}

fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Workflow command data: `%`, CR and LF escaped.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Workflow command properties: data escapes plus `:` and `,`.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}
