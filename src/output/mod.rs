//! Rendering results: tables for people, stable JSON for scripts, errors on stderr.
//!
//! Whether stdout is a terminal and whether colour is allowed is decided once
//! in [`Printer::detect`]; the renderers below only follow that decision.

use std::io::{self, IsTerminal, Write};

use comfy_table::{presets, Attribute, Cell, ContentArrangement, Table};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{Error, Result};

mod csv;
mod tables;

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
}

impl Printer {
    /// Decides terminal and colour from the environment.
    pub fn detect(format: Format) -> Self {
        let terminal = io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
        Printer { format, terminal, styled: terminal && !no_color && !dumb }
    }

    /// Prints a list (`get` commands): a table, or a JSON array.
    pub fn list<T: Serialize + Tabular>(&self, items: &[T]) -> Result<()> {
        match self.format {
            Format::Json => self.json(&items),
            Format::Csv => self.csv(items),
            Format::Table if items.is_empty() => self.line(&format!("No {} found.", T::PLURAL)),
            Format::Table => {
                let mut table = self.table(T::COLUMNS);
                for item in items {
                    table.add_row(item.row());
                    for revision in item.revisions() {
                        table.add_row(revision.row());
                    }
                }
                self.line(&table.to_string())
            }
        }
    }

    /// Prints any serialisable objects as CSV, a header row first.
    pub fn csv<T: Serialize>(&self, items: &[T]) -> Result<()> {
        self.line(csv::render(items)?.trim_end())
    }

    /// Prints a table of ready-made rows (reports).
    pub fn rows(&self, headers: &[&str], rows: Vec<Vec<String>>) -> Result<()> {
        let mut table = self.table(headers);
        for row in rows {
            table.add_row(row);
        }
        self.line(&table.to_string())
    }

    /// Prints one object (create, update): a field/value table, or a JSON object.
    pub fn one<T: Serialize + Tabular>(&self, item: &T) -> Result<()> {
        match self.format {
            Format::Json => self.json(item),
            Format::Csv => self.csv(std::slice::from_ref(item)),
            Format::Table => {
                let mut table = self.table(&["Field", "Value"]);
                for (field, value) in item.details() {
                    table.add_row(vec![field.to_owned(), value]);
                }
                self.line(&table.to_string())
            }
        }
    }

    /// Reports a deletion: `{"status": 200}` in JSON, a sentence otherwise.
    pub fn deleted(&self, what: &str) -> Result<()> {
        match self.format {
            Format::Json => self.json(&serde_json::json!({"status": 200})),
            Format::Csv => self.line("status\n200"),
            Format::Table => self.line(&format!("Deleted {what}.")),
        }
    }

    /// Prints `value` as JSON, or `text` for people.
    pub fn message(&self, value: &Value, text: &str) -> Result<()> {
        match self.format {
            Format::Json => self.json(value),
            Format::Csv | Format::Table => self.line(text),
        }
    }

    /// Pretty JSON with a trailing newline.
    pub fn json<T: Serialize + ?Sized>(&self, value: &T) -> Result<()> {
        let text = serde_json::to_string_pretty(value).map_err(|e| Error::Io(format!("cannot encode JSON: {e}")))?;
        self.line(&text)
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
        } else {
            table.load_preset(presets::NOTHING).force_no_tty();
        }
        if self.styled {
            table.enforce_styling();
        }
        let header = headers.iter().map(|h| {
            let cell = Cell::new(h);
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

/// Prints an error on stderr: one line for people, a JSON object under `--json`.
pub fn print_error(error: &Error, json: bool) {
    let mut stderr = io::stderr().lock();
    let _ = if json { writeln!(stderr, "{}", error.to_json()) } else { writeln!(stderr, "error: {error}") };
}

/// Prints a note for people on stderr (never part of the results).
pub fn note(text: &str) {
    let _ = writeln!(io::stderr().lock(), "note: {text}");
}
