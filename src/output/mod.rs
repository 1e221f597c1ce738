//! Rendering results: tables for people, stable JSON for scripts, errors on stderr.
//!
//! Whether stdout is a terminal, how wide tables may be and whether colour is
//! allowed is decided once in [`Printer::detect`]; the renderers below only
//! follow that decision. List tables fit the width (see [`layout`]).
//! Every table cell and every line of text for people is escaped (see
//! [`escape()`]) on its way out, and so is every CSV cell when stdout is a
//! terminal; JSON, and CSV into a file or a pipe, carry the data as is.

use std::io::{self, IsTerminal, Write};

use comfy_table::{presets, Attribute, Cell, CellAlignment, ContentArrangement, Table};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{Error, Result};

mod bars;
mod csv;
mod escape;
pub mod html;
pub mod layout;
mod list;
pub mod pager;
pub mod spill;
mod stream;
mod svg;
mod tables;
pub mod terminal;

pub use escape::{escape, escape_lines, is_escaped};
pub use layout::{Column, Fit};
pub use list::Order;
pub use pager::Pager;
pub use stream::json_list;
pub use tables::time_order;

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
    /// Columns of the list view.
    const COLUMNS: &'static [Column<'static>];
    /// The keys of its JSON, in order: the CSV header, even of an empty list.
    const FIELDS: &'static [&'static str];
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
    /// What identifies the object: what `--quiet` prints (a UUID, or a username).
    fn id(&self) -> String;
    /// The order of lists (the server's when equal, which is the default).
    fn order(&self, _other: &Self) -> std::cmp::Ordering {
        std::cmp::Ordering::Equal
    }
}

/// The global switches that shape output: `--long`, `--quiet`, and paging
/// (off under `--no-pager`).
#[derive(Clone, Copy, Debug, Default)]
pub struct Switches {
    /// Whole UUIDs in tables.
    pub long: bool,
    /// Only identifiers, no messages.
    pub quiet: bool,
    /// Long output may go through a pager.
    pub paging: bool,
}

/// Prints results in the chosen format.
#[derive(Clone, Debug)]
pub struct Printer {
    /// Table or JSON.
    pub format: Format,
    /// Stdout is a terminal.
    pub terminal: bool,
    /// Colour and bold are allowed (terminal, and `NO_COLOR` unset).
    pub styled: bool,
    /// Width to fit tables to: the terminal's, else `COLUMNS`; `None` (or 0)
    /// means [`terminal::DEFAULT_WIDTH`] on a terminal, no limit elsewhere.
    pub width: Option<u16>,
    /// Whole UUIDs in tables (`--long`), not their first 8 characters.
    pub long: bool,
    /// `--quiet`: objects print only what identifies them, messages nothing.
    pub quiet: bool,
    /// The pager for output longer than the screen (only when stdout is a terminal).
    pub pager: Option<Pager>,
}

impl Printer {
    /// Tables as for a pipe, 100 columns wide, short UUIDs, no pager.
    pub const PLAIN: Printer = Printer {
        format: Format::Table,
        terminal: false,
        styled: false,
        width: None,
        long: false,
        quiet: false,
        pager: None,
    };

    /// Decides terminal, width, colour and paging from the environment.
    /// `pager` is the config file's choice (`Some("")` for none); `paging`
    /// is false under `--no-pager`. `--quiet` prints for people, whatever
    /// `format` the profile chose.
    pub fn detect(format: Format, switches: Switches, pager: Option<&str>) -> Self {
        let Switches { long, quiet, paging } = switches;
        let format = if quiet { Format::Table } else { format };
        let terminal = io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
        let width = terminal::width(terminal);
        let rows = terminal.then(terminal::size).flatten().map(|(_, rows)| rows);
        let pager = if terminal && paging { Pager::choose(pager, rows) } else { None };
        Printer { format, terminal, styled: terminal && !no_color && !dumb, width, long, quiet, pager }
    }

    /// The width tables fit: [`Printer::width`], else on a terminal
    /// [`terminal::DEFAULT_WIDTH`], else no limit (a pipe's table is never cut).
    fn fit_width(&self) -> usize {
        match self.width.filter(|w| *w > 0) {
            Some(width) => usize::from(width),
            None if self.terminal => usize::from(terminal::DEFAULT_WIDTH),
            None => usize::MAX,
        }
    }

    /// Prints a list (`get` commands): a table, or a JSON array, in the
    /// order of [`Tabular::order`].
    pub fn list<T: Serialize + Tabular>(&self, items: &[T]) -> Result<()> {
        let mut sorted: Vec<&T> = items.iter().collect();
        sorted.sort_by(|a, b| a.order(b));
        match self.format {
            // JSON keeps the server's order (and can so be written as it arrives).
            Format::Json => self.json(items),
            Format::Csv => self.csv(&sorted, T::FIELDS),
            Format::Table if self.quiet => self.ids(sorted.iter().map(|item| item.id())),
            Format::Table => self.line(&self.render_list(items)),
        }
    }

    /// Prints any serialisable objects as CSV: a header row of `fields` (then
    /// any other keys the objects have), even when there are none.
    pub fn csv<T: Serialize>(&self, items: &[T], fields: &[&str]) -> Result<()> {
        self.line(csv::render(items, fields, self.csv_cells())?.trim_end())
    }

    /// The CSV header row of `fields`, for CSV written a record at a time.
    pub fn csv_header(&self, fields: &[&str]) -> String {
        csv::header(fields, self.csv_cells())
    }

    /// The CSV record(s) of `item` under `fields` (see [`Printer::csv_header`]).
    pub fn csv_records<T: Serialize>(&self, item: &T, fields: &[&str]) -> Result<String> {
        csv::records(item, fields, self.csv_cells())
    }

    /// How CSV cells are written: escaped on a terminal (as table cells
    /// are), exact into a file or a pipe.
    fn csv_cells(&self) -> csv::Cells {
        if self.terminal {
            csv::Cells::Escaped
        } else {
            csv::Cells::Exact
        }
    }

    /// Prints a table of ready-made rows (reports, the outbox), under a line
    /// saying what it covers when `title` is given; nothing under `--quiet`.
    pub fn rows(&self, title: Option<&str>, columns: &[Column], rows: Vec<Vec<String>>) -> Result<()> {
        if self.quiet {
            return Ok(());
        }
        let table = self.render_columns(columns, rows);
        match title {
            Some(title) => self.line(&format!("{}\n\n{table}", escape(title))),
            None => self.line(&table),
        }
    }

    /// Prints one object (create, update): a field/value table, or a JSON
    /// object; under `--quiet` only what identifies it (its UUID).
    pub fn one<T: Serialize + Tabular>(&self, item: &T) -> Result<()> {
        match self.format {
            Format::Json => self.json(item),
            Format::Csv => self.csv(std::slice::from_ref(item), T::FIELDS),
            Format::Table if self.quiet => self.ids([item.id()]),
            Format::Table => self.line(&self.render_one(item)),
        }
    }

    /// One identifier per line (for `--quiet`), escaped; nothing for none.
    pub fn ids(&self, ids: impl IntoIterator<Item = String>) -> Result<()> {
        let ids: Vec<String> = ids.into_iter().map(|id| escape(&id).into_owned()).collect();
        if ids.is_empty() {
            return Ok(());
        }
        self.line(&ids.join("\n"))
    }

    /// The list view of `items` in the order of [`Tabular::order`] (each
    /// followed by its revisions), or `No … found.` when there are none.
    pub fn render_list<T: Tabular>(&self, items: &[T]) -> String {
        if items.is_empty() {
            return format!("No {} found.", T::PLURAL);
        }
        let mut sorted: Vec<&T> = items.iter().collect();
        sorted.sort_by(|a, b| a.order(b));
        let rows = sorted.into_iter().flat_map(|item| std::iter::once(item).chain(item.revisions())).map(T::row);
        self.render_columns(T::COLUMNS, rows)
    }

    /// The detail view of `item`: field/value lines (fields without a value
    /// left out), long values wrapped to the width on a terminal.
    pub fn render_one<T: Tabular>(&self, item: &T) -> String {
        let mut table = Table::new();
        table.load_preset(presets::NOTHING).force_no_tty();
        if self.styled {
            table.enforce_styling();
        }
        if self.terminal {
            table
                .set_content_arrangement(ContentArrangement::Dynamic)
                .set_width(self.fit_width().try_into().unwrap_or(u16::MAX));
        }
        for (field, value) in item.details().into_iter().filter(|(_, value)| !value.is_empty()) {
            table.add_row([self.header_cell(field), Cell::new(escape(&value))]);
        }
        for (i, column) in table.column_iter_mut().enumerate() {
            column.set_padding((0, if i == 0 { 2 } else { 0 })).set_cell_alignment(CellAlignment::Left);
        }
        trim_lines(&table.to_string())
    }

    /// A table of `rows` under `headers`, every cell escaped (see [`escape()`]),
    /// every column shown whole.
    pub fn render_table(&self, headers: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
        let columns: Vec<Column> = headers.iter().map(|h| Column::keep(h)).collect();
        self.render_columns(&columns, rows)
    }

    /// A table of `rows` under `columns`, fitted to the width (see [`layout`]).
    pub fn render_columns(&self, columns: &[Column], rows: impl IntoIterator<Item = Vec<String>>) -> String {
        let layout = layout::Layout { width: self.fit_width(), long: self.long, styled: self.styled };
        layout::render(columns, rows, layout)
    }

    /// Reports a deletion: `{"status": 200}` in JSON, a sentence otherwise,
    /// nothing under `--quiet`.
    pub fn deleted(&self, what: &str) -> Result<()> {
        match self.format {
            Format::Json => self.json(&serde_json::json!({"status": 200})),
            Format::Csv => self.line("status\n200"),
            Format::Table if self.quiet => Ok(()),
            Format::Table => self.text(&format!("Deleted {what}.")),
        }
    }

    /// Prints `value` as JSON or as one CSV row (its nested keys dotted),
    /// or `text` for people (escaped, see [`escape_lines`]); nothing under
    /// `--quiet`.
    pub fn message(&self, value: &Value, text: &str) -> Result<()> {
        match (self.format, value) {
            (Format::Csv, Value::Object(_)) => self.record(value, text, &csv::paths(value)),
            (Format::Csv, _) => self.text(text),
            _ => self.record(value, text, &[]),
        }
    }

    /// Prints `value` as JSON, as CSV with the dotted paths `columns` as its
    /// header (the same whatever `value` holds), or `text` for people;
    /// nothing under `--quiet`. For the data of `status` and the like.
    pub fn record(&self, value: &Value, text: &str, columns: &[String]) -> Result<()> {
        match self.format {
            Format::Json => self.json(value),
            Format::Csv => self.line(csv::record(value, columns, self.csv_cells()).trim_end()),
            Format::Table if self.quiet => Ok(()),
            Format::Table => self.text(text),
        }
    }

    /// Like [`Printer::record`], for the one value a command was asked to
    /// print (the token of `token --show`): printed under `--quiet` too.
    pub fn answer(&self, value: &Value, text: &str, columns: &[String]) -> Result<()> {
        match self.format {
            Format::Table => self.text(text),
            _ => self.record(value, text, columns),
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

    /// Prints `text` and a line feed: through the pager when it is longer
    /// than the screen (falling back to stdout when the pager cannot run).
    fn line(&self, text: &str) -> Result<()> {
        if let Some(pager) = self.pager.as_ref().filter(|p| p.wanted(text)) {
            match pager.show(text) {
                Ok(true) => return Ok(()),
                Ok(false) => note(&format!("cannot run the pager `{}`: set PAGER, or pass --no-pager", pager.command)),
                Err(e) => note(&format!("cannot run the pager `{}`: {e}", pager.command)),
            }
        }
        let mut stdout = io::stdout().lock();
        match writeln!(stdout, "{text}").and_then(|()| stdout.flush()) {
            // A closed pipe (`| head`) is not an error worth reporting.
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(Error::Io(format!("cannot write output: {e}"))),
            _ => Ok(()),
        }
    }

    /// A field name of the detail view, bold when styled.
    fn header_cell(&self, text: &str) -> Cell {
        let cell = Cell::new(escape(text));
        if self.styled {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    }
}

/// `text` without trailing spaces on any line.
fn trim_lines(text: &str) -> String {
    text.lines().map(str::trim_end).collect::<Vec<_>>().join("\n")
}

/// Prints an error on stderr: one line for people (escaped, see [`escape()`]),
/// a JSON object under `--json`.
pub fn print_error(error: &Error, json: bool) {
    let _ = writeln!(io::stderr().lock(), "{}", error_line(error, json));
}

/// The line [`print_error`] prints: the library's error, and what to do
/// about it with this command line.
fn error_line(error: &Error, json: bool) -> String {
    let hint = match error.client() {
        Some(timesync::Error::Redirected { .. }) => Some("pass --url URL, or store it with `timesync login --url URL`"),
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
        // Line feeds stay (a list of bad rows reads as a list); other control
        // characters, which could drive the terminal, are shown escaped.
        format!("error: {}{hint}", escape_lines(&error.to_string()))
    }
}

/// A moment as every JSON output writes it: RFC 3339 in UTC, to the
/// second (`2026-12-04T08:48:26Z`).
pub fn json_time<Tz: chrono::TimeZone>(moment: &chrono::DateTime<Tz>) -> String {
    moment.with_timezone(&chrono::Utc).to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// [`json_time`] for serde: `#[serde(serialize_with = "crate::output::serialize_json_time")]`.
pub fn serialize_json_time<S: serde::Serializer, Tz: chrono::TimeZone>(
    moment: &chrono::DateTime<Tz>,
    serializer: S,
) -> std::result::Result<S::Ok, S::Error> {
    serializer.serialize_str(&json_time(moment))
}

/// Prints a one-line note for people on stderr (never part of the results), escaped.
pub fn note(text: &str) {
    let _ = writeln!(io::stderr().lock(), "note: {}", escape(text));
}

/// `3 entries`, `1 entry`.
pub fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

#[cfg(test)]
mod tests;

/// Renders the client's events on stderr, for `--verbose`.
pub fn verbose_observer() -> timesync::client::Observer {
    std::sync::Arc::new(|event: &timesync::client::Event| match event {
        timesync::client::Event::Request { method, url, status, millis } => {
            let status = status.map_or_else(|| "failed".to_owned(), |s| s.to_string());
            note_raw(&format!("{method} {url} -> {status} ({millis} ms)"));
        }
        timesync::client::Event::Relogin { username } => {
            note_raw(&format!("the token was refused or had expired: logged in again as {username}"))
        }
        _ => {}
    })
}

fn note_raw(line: &str) {
    let _ = writeln!(io::stderr().lock(), "{}", escape(line));
}
