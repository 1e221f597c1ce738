//! Rendering results: tables for people, stable JSON for scripts, errors on stderr.
//!
//! Whether stdout is a terminal and whether colour is allowed is decided once
//! in [`Printer::detect`]; the renderers below only follow that decision.
//! Every table cell and every line of text for people is escaped (see
//! [`escape`]) on its way out; JSON and CSV carry the data as is.

use std::io::{self, IsTerminal, Write};

use comfy_table::{presets, Attribute, Cell, ContentArrangement, Table};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{Error, Result};

mod csv;
mod escape;
mod stream;
mod tables;

pub use escape::{escape, escape_lines, is_escaped};
pub use stream::JsonList;

/// Output format of results.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Tables for people.
    #[default]
    Table,
    /// JSON for scripts.
    Json,
    /// CSV for spreadsheets: a header row, one object per row, lists joined with `;`.
    Csv,
}

/// Something that can be shown as a table row and as a detail view.
pub trait Tabular {
    /// Column headers of the list view.
    const COLUMNS: &'static [&'static str];
    /// What the list view calls several of these ("time entries").
    const PLURAL: &'static str;
    /// The object's row in the list view.
    fn row(&self) -> Vec<String>;
    /// Earlier revisions, listed after the object (none by default).
    fn revisions(&self) -> &[Self]
    where
        Self: Sized,
    {
        &[]
    }
    /// Field/value pairs of the detail view.
    fn details(&self) -> Vec<(&'static str, String)>;
}

/// Prints results in the chosen format.
#[derive(Clone, Copy, Debug)]
pub struct Printer {
    /// Table or JSON.
    pub format: Format,
    /// Stdout is a terminal: fit tables to its width and draw borders.
    pub terminal: bool,
    /// Colour and bold are allowed (terminal, and `NO_COLOR` unset).
    pub styled: bool,
    /// Width to fit terminal tables to; `None` asks the terminal.
    pub width: Option<u16>,
}

impl Printer {
    /// Decides terminal and colour from the environment.
    pub fn detect(format: Format) -> Self {
        let terminal = io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
        Printer { format, terminal, styled: terminal && !no_color && !dumb, width: None }
    }

    /// Prints a list (`get` commands): a table, or a JSON array.
    pub fn list<T: Serialize + Tabular>(&self, items: &[T]) -> Result<()> {
        match self.format {
            Format::Json => self.json(&items),
            Format::Csv => self.csv(items),
            Format::Table => self.line(&self.render_list(items)),
        }
    }

    /// Prints any serialisable objects as CSV, a header row first.
    pub fn csv<T: Serialize>(&self, items: &[T]) -> Result<()> {
        self.line(csv::render(items)?.trim_end())
    }

    /// Prints a table of ready-made rows (reports).
    pub fn rows(&self, headers: &[&str], rows: Vec<Vec<String>>) -> Result<()> {
        self.line(&self.render_table(headers, rows))
    }

    /// Prints one object (create, update): a field/value table, or a JSON object.
    pub fn one<T: Serialize + Tabular>(&self, item: &T) -> Result<()> {
        match self.format {
            Format::Json => self.json(item),
            Format::Csv => self.csv(std::slice::from_ref(item)),
            Format::Table => self.line(&self.render_one(item)),
        }
    }

    /// The list view of `items` (each followed by its revisions), or
    /// `No … found.` when there are none.
    pub fn render_list<T: Tabular>(&self, items: &[T]) -> String {
        if items.is_empty() {
            return format!("No {} found.", T::PLURAL);
        }
        let rows = items.iter().flat_map(|item| std::iter::once(item).chain(item.revisions())).map(T::row);
        self.render_table(T::COLUMNS, rows)
    }

    /// The detail view of `item`: a field/value table.
    pub fn render_one<T: Tabular>(&self, item: &T) -> String {
        self.render_table(
            &["Field", "Value"],
            item.details().into_iter().map(|(field, value)| vec![field.into(), value]),
        )
    }

    /// A table of `rows` under `headers`, every cell escaped (see [`escape`]).
    pub fn render_table(&self, headers: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
        let mut table = self.table(headers);
        for row in rows {
            table.add_row(row.iter().map(|cell| escape(cell)));
        }
        table.to_string()
    }

    /// Reports a deletion: `{"status": 200}` in JSON, a sentence otherwise.
    pub fn deleted(&self, what: &str) -> Result<()> {
        match self.format {
            Format::Json => self.json(&serde_json::json!({"status": 200})),
            Format::Csv => self.line("status\n200"),
            Format::Table => self.text(&format!("Deleted {what}.")),
        }
    }

    /// Prints `value` as JSON, or `text` for people (escaped, see [`escape_lines`]).
    pub fn message(&self, value: &Value, text: &str) -> Result<()> {
        match self.format {
            Format::Json => self.json(value),
            Format::Csv | Format::Table => self.text(text),
        }
    }

    /// Pretty JSON with a trailing newline.
    pub fn json<T: Serialize + ?Sized>(&self, value: &T) -> Result<()> {
        let text = serde_json::to_string_pretty(value).map_err(|e| Error::Io(format!("cannot encode JSON: {e}")))?;
        self.line(&text)
    }

    /// Prints text for people, escaped.
    fn text(&self, text: &str) -> Result<()> {
        self.line(&escape_lines(text))
    }

    fn line(&self, text: &str) -> Result<()> {
        let mut stdout = io::stdout().lock();
        match writeln!(stdout, "{text}").and_then(|()| stdout.flush()) {
            // A closed pipe (`| head`) is not an error worth reporting.
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(Error::Io(format!("cannot write output: {e}"))),
            _ => Ok(()),
        }
    }

    fn table(&self, headers: &[&str]) -> Table {
        let mut table = Table::new();
        if self.terminal {
            table.load_preset(presets::UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
            if let Some(width) = self.width {
                table.set_width(width);
            }
        } else {
            table.load_preset(presets::NOTHING).force_no_tty();
        }
        if self.styled {
            table.enforce_styling();
        }
        let header = headers.iter().map(|h| {
            let cell = Cell::new(escape(h));
            if self.styled {
                cell.add_attribute(Attribute::Bold)
            } else {
                cell
            }
        });
        table.set_header(header);
        table
    }
}

/// Prints an error on stderr: one line for people (escaped, see [`escape`]),
/// a JSON object under `--json`.
pub fn print_error(error: &Error, json: bool) {
    let _ = writeln!(io::stderr().lock(), "{}", error_line(error, json));
}

/// The line [`print_error`] prints: the library's error, and what to do
/// about it with this command line.
fn error_line(error: &Error, json: bool) -> String {
    let hint = match error.cause() {
        Error::Redirected { .. } => Some("pass --url URL, or store it with `timesync login --url URL`"),
        _ => None,
    };
    if json {
        let mut value = error.to_json();
        if let Some(hint) = hint {
            value["hint"] = hint.into();
        }
        value.to_string()
    } else {
        let hint = hint.map(|h| format!(" ({h})")).unwrap_or_default();
        format!("error: {}{hint}", escape(&error.to_string()))
    }
}

/// Prints a one-line note for people on stderr (never part of the results), escaped.
pub fn note(text: &str) {
    let _ = writeln!(io::stderr().lock(), "note: {}", escape(text));
}

#[cfg(test)]
mod tests;

/// Renders the client's events on stderr, for `--verbose`.
pub fn verbose_observer() -> crate::client::Observer {
    std::sync::Arc::new(|event: &crate::client::Event| match event {
        crate::client::Event::Request { method, url, status, millis } => {
            let status = status.map_or_else(|| "failed".to_owned(), |s| s.to_string());
            note_raw(&format!("{method} {url} -> {status} ({millis} ms)"));
        }
        crate::client::Event::Relogin { username } => {
            note_raw(&format!("the token was refused or had expired: logged in again as {username}"))
        }
    })
}

fn note_raw(line: &str) {
    let _ = writeln!(io::stderr().lock(), "{}", escape(line));
}
