//! Printing: colours only on a terminal (and never with `NO_COLOR`), quiet
//! exit on a closed pipe.

use std::io::{IsTerminal, Write};

/// Where and how the CLI prints.
pub struct Output {
    /// Whether stderr gets ANSI colours.
    pub color_stderr: bool,
}

impl Output {
    /// Detects terminal and `NO_COLOR`.
    pub fn new() -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Output { color_stderr: !no_color && std::io::stderr().is_terminal() }
    }

    /// Prints to stdout; exits quietly if the reader went away.
    pub fn out(&mut self, text: &str) {
        let mut stdout = std::io::stdout().lock();
        if stdout.write_all(text.as_bytes()).and_then(|_| stdout.flush()).is_err() {
            std::process::exit(0);
        }
    }

    /// Prints a line to stdout.
    pub fn line(&mut self, text: &str) {
        self.out(&format!("{text}\n"));
    }

    /// Prints to stderr.
    pub fn err(&mut self, text: &str) {
        let _ = std::io::stderr().lock().write_all(text.as_bytes());
    }

    /// Prints `error: message` to stderr.
    pub fn error(&mut self, message: &str) {
        let label = if self.color_stderr { "\x1b[1;91merror\x1b[0m" } else { "error" };
        self.err(&format!("{label}: {message}\n"));
    }
}
