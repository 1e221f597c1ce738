//! Reading a history of time entries from a file, for `timesync time import`.
//!
//! [`parse`] reads one of the [`Format`]s into [`Draft`]s (an entry with the
//! line it came from, its names not yet checked against the server), and
//! lists each bad row with its line number instead of stopping at the first.
//! It reads the input as a stream: a CSV field over [`MAX_FIELD_BYTES`] or a
//! JSON entry over [`MAX_ENTRY_BYTES`] is a bad row, skipped without being
//! held, so memory grows with the number of entries, never with the size of
//! one. [`detect`] needs only the first [`DETECTION_BYTES`].
//! [`resolve()`] then maps names (`--project-map`, `--activity-map`, a mapping
//! file), checks them against the server's projects and activities, and
//! turns each draft into the [`NewTime`](timesync::model::NewTime) to send,
//! keyed for the delivery ledger. [`rejects::render`] writes refused rows
//! back in their own format. Nothing here prints or talks to a server.

mod csv;
mod csv_records;
mod json;
mod json_split;
pub mod rejects;
mod resolve;
mod source;
mod timew;
mod watson;

use std::fmt;
use std::io::{self, Read};

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde_json::Value;

use timesync::timeparse::{split_by_day, DateSpec, Duration, MAX_SECONDS};
use timesync::validation::parse_web_uri;

pub use self::csv::{ColumnSpec, Field};
pub use resolve::{resolve, Catalog, Mapping, Planned};

/// A format `timesync time import` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// CSV with a header row, as `timesync --csv time get` writes it (or other columns, with --columns)
    Csv,
    /// A JSON list of time entries, as `timesync --json time get` prints it
    Json,
    /// JSON lines: one time entry object per line
    Jsonl,
    /// Watson: `watson log --json` output, or Watson's own `frames` file
    Watson,
    /// Timewarrior: `timew export` output
    Timew,
}

impl Format {
    /// The format's name, as `--format` takes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::Watson => "watson",
            Format::Timew => "timew",
        }
    }

    /// The file extension for this format (of a reject file).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Jsonl => "jsonl",
            Format::Json | Format::Watson | Format::Timew => "json",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How bare numbers in a CSV duration column are read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum DurationUnit {
    /// 5400 is 1h30m
    #[default]
    Seconds,
    /// 90 is 1h30m
    Minutes,
    /// 1.5 is 1h30m
    Hours,
}

impl DurationUnit {
    fn seconds(self) -> f64 {
        match self {
            DurationUnit::Seconds => 1.0,
            DurationUnit::Minutes => 60.0,
            DurationUnit::Hours => 3600.0,
        }
    }
}

/// The time zone in which start and stop times are split into days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zone {
    /// This machine's local time zone (`TZ`).
    Local,
    /// A fixed UTC offset (tests, where the machine's zone must not matter).
    #[cfg(test)]
    Fixed(FixedOffset),
}

impl Zone {
    /// The moment `utc`, in this zone.
    pub fn at(self, utc: DateTime<Utc>) -> DateTime<FixedOffset> {
        match self {
            Zone::Local => utc.with_timezone(&chrono::Local).fixed_offset(),
            #[cfg(test)]
            Zone::Fixed(offset) => utc.with_timezone(&offset),
        }
    }
}

/// How to read the input.
#[derive(Clone, Debug)]
pub struct Options {
    /// CSV column names that differ from the defaults (`--columns`).
    pub columns: Vec<ColumnSpec>,
    /// How bare numbers in a CSV duration column are read.
    pub duration_unit: DurationUnit,
    /// Where days begin for Watson and Timewarrior times given in UTC.
    pub zone: Zone,
    /// Today, for relative dates in CSV and JSON (`yesterday`).
    pub today: NaiveDate,
}

/// Where an entry's project comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProjectRef {
    /// A project named in the row (a slug, or a name to map).
    Named(String),
    /// Slugs of one project, as an export lists them: the first the server
    /// knows (or that is mapped) is used.
    AnyOf(Vec<String>),
    /// Timewarrior: the one tag that names a project (see [`resolve()`]).
    FromTags,
}

/// An entry read from the input, before its names are checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// The line of the input the row starts on (from 1).
    pub line: usize,
    /// The row's index in [`Parsed::records`]; a row split at midnight gives several drafts.
    pub record: usize,
    /// The project.
    pub project: ProjectRef,
    /// Activity names (tags, for Watson and Timewarrior), not yet mapped.
    pub activities: Vec<String>,
    /// The owner the row names, if any.
    pub user: Option<String>,
    /// The day worked.
    pub date_worked: NaiveDate,
    /// Time worked.
    pub duration: Duration,
    /// Notes.
    pub notes: Option<String>,
    /// Link to the issue (checked to be http or https).
    pub issue_uri: Option<String>,
}

/// A bad row: its line and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct RowError {
    /// The line the row starts on (from 1).
    pub line: usize,
    /// What is wrong, naming the field and the accepted forms.
    pub message: String,
}

impl RowError {
    fn new(line: usize, message: impl Into<String>) -> Self {
        RowError { line, message: message.into() }
    }
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// A row as read, kept to write it back to a reject file.
#[derive(Clone, Debug, PartialEq)]
pub enum Record {
    /// The cells of a CSV row.
    Csv(Vec<String>),
    /// A JSON object (or a Watson frame's array).
    Json(Value),
}

/// A row left out on purpose (not an error).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Omitted {
    /// Its line.
    pub line: usize,
    /// Why: "a deleted entry", "an earlier revision".
    pub why: &'static str,
}

/// What [`parse`] read.
#[derive(Clone, Debug, Default)]
pub struct Parsed {
    /// The CSV header (empty for other formats).
    pub header: Vec<String>,
    /// Every row read, by index.
    pub records: Vec<Record>,
    /// The entries, in input order.
    pub drafts: Vec<Draft>,
    /// The bad rows.
    pub errors: Vec<RowError>,
    /// Rows left out on purpose: deleted entries and earlier revisions in an export.
    pub omitted: Vec<Omitted>,
}

/// The most bytes one CSV field may hold (1 MiB): a longer field makes its
/// row bad, and is read past without being kept.
pub const MAX_FIELD_BYTES: usize = 1 << 20;

/// The most bytes one JSON entry may hold (1 MiB): an element of a JSON
/// list, or a JSON line. A longer entry is a bad row, read past without
/// being kept.
pub const MAX_ENTRY_BYTES: usize = 1 << 20;

/// How many bytes of the input's start [`detect`] looks at.
pub const DETECTION_BYTES: usize = 64 * 1024;

/// Why an input cannot be read at all (and none of its rows is used).
#[derive(Debug)]
pub enum Unreadable {
    /// It is not the format (not a JSON list, broken JSON, an unreadable
    /// CSV header): what is wrong, and the line.
    Malformed(RowError),
    /// The bytes from this line (from 1) on are not UTF-8.
    NotUtf8 {
        /// The line of the first byte that is not UTF-8.
        line: usize,
    },
    /// Reading the input failed.
    Read(io::Error),
}

/// Reads `input` in `format`, as it streams in: bad rows are listed in
/// [`Parsed::errors`] and the other rows still read; an input that cannot
/// be read at all is an error (see [`Unreadable`]).
pub fn parse(mut input: impl Read, format: Format, options: &Options) -> Result<Parsed, Unreadable> {
    let mut source = source::Source::new(&mut input);
    match format {
        Format::Csv => csv::parse(&mut source, options),
        Format::Json => json::parse_list(&mut source, options),
        Format::Jsonl => json::parse_lines(&mut source, options),
        Format::Watson => watson::parse(&mut source, options),
        Format::Timew => timew::parse(&mut source, options),
    }
}

/// The format of an input named `name` (a file name; `None` for standard
/// input) that begins with `head` (its first [`DETECTION_BYTES`], or all of
/// it): `.csv`, `.jsonl` and `.ndjson` by their extension, anything else by
/// its content (the keys of a JSON list's first element tell TimeSync,
/// Watson and Timewarrior apart; other text is CSV).
pub fn detect(name: Option<&str>, head: &[u8]) -> Format {
    let extension = name.and_then(|n| n.rsplit_once('.')).map(|(_, ext)| ext.to_ascii_lowercase());
    match extension.as_deref() {
        Some("csv") => return Format::Csv,
        Some("jsonl" | "ndjson") => return Format::Jsonl,
        _ => {}
    }
    let head = head.strip_prefix(source::BYTE_ORDER_MARK).unwrap_or(head).trim_ascii_start();
    let list = match head.split_first() {
        Some((b'{', _)) => return Format::Jsonl,
        Some((b'[', list)) => list,
        _ => return Format::Csv,
    };
    let has = |keys: &[String], key: &str| keys.iter().any(|k| k == key);
    match json_split::first_element(list) {
        json_split::FirstElement::List => Format::Watson,
        json_split::FirstElement::Object(keys) if has(&keys, "date_worked") || has(&keys, "duration") => Format::Json,
        json_split::FirstElement::Object(keys) if has(&keys, "project") && has(&keys, "start") => Format::Watson,
        json_split::FirstElement::Object(keys) if has(&keys, "start") => Format::Timew,
        _ => Format::Json,
    }
}

/// The rows whose day worked `problem` finds something wrong with (a day
/// after tomorrow without `--future`, one outside 1970–2100), each named
/// by its line: checked before anything is sent, as `--date` is.
pub fn date_errors(drafts: &[Draft], problem: impl Fn(NaiveDate) -> Option<String>) -> Vec<RowError> {
    drafts
        .iter()
        .filter_map(|draft| {
            problem(draft.date_worked).map(|why| RowError::new(draft.line, format!("date_worked {why}")))
        })
        .collect()
}

/// Sorts bad rows by line and gives each row one line, its problems joined.
pub fn merge_errors(mut errors: Vec<RowError>) -> Vec<RowError> {
    errors.sort();
    errors.dedup();
    let mut merged: Vec<RowError> = Vec::with_capacity(errors.len());
    for error in errors {
        match merged.last_mut() {
            Some(last) if last.line == error.line => {
                last.message.push_str("; ");
                last.message.push_str(&error.message);
            }
            _ => merged.push(error),
        }
    }
    merged
}

/// A duration cell: a bare number in `unit`, or any form `timesync` takes.
fn duration_of(text: &str, unit: DurationUnit) -> Result<Duration, String> {
    let text = text.trim();
    let is_number = !text.is_empty()
        && text.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && text.bytes().filter(|b| *b == b'.').count() <= 1
        && !text.starts_with('.')
        && !text.ends_with('.');
    let duration = if is_number {
        let seconds = text.parse::<f64>().map_err(|_| format!("invalid duration '{text}'"))? * unit.seconds();
        if !seconds.is_finite() || seconds > MAX_SECONDS as f64 {
            return Err(too_long(text));
        }
        Duration::from_secs(seconds.round() as u64)
    } else {
        text.parse::<Duration>().map_err(|e| format!("{e}, or a bare number of {}", unit_name(unit)))?
    };
    checked(duration, text)
}

fn unit_name(unit: DurationUnit) -> &'static str {
    match unit {
        DurationUnit::Seconds => "seconds",
        DurationUnit::Minutes => "minutes (--duration-unit)",
        DurationUnit::Hours => "hours (--duration-unit)",
    }
}

/// Refuses a duration the server cannot store exactly.
fn checked(duration: Duration, text: &str) -> Result<Duration, String> {
    if duration.as_secs() > MAX_SECONDS {
        return Err(too_long(text));
    }
    Ok(duration)
}

fn too_long(text: &str) -> String {
    format!("invalid duration '{text}': more than {MAX_SECONDS} seconds (2^53 - 1), the most the server stores")
}

/// A date cell: `YYYY-MM-DD` (also the date part of a date and time) or
/// any form `--date` takes.
fn date_of(text: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let text = text.trim();
    if let Ok(spec) = text.parse::<DateSpec>() {
        return Ok(spec.resolve(today));
    }
    // A date the forms of `--date` refuse for its year alone (0000-01-01)
    // is read here, and refused with its reason by [`date_errors`].
    let date_part = text.get(..10).filter(|_| text.len() == 10 || text[10..].starts_with(['T', ' ']));
    date_part
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .ok_or_else(|| format!("invalid date_worked '{text}': expected {}", timesync::timeparse::DATE_FORMS))
}

/// A list cell: names separated by `;` or `,`, blanks dropped.
fn list_of(text: &str) -> Vec<String> {
    text.split([';', ',']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect()
}

/// An issue link: empty is none, otherwise http or https.
fn issue_uri_of(text: &str) -> Result<Option<String>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    parse_web_uri(text).map(Some).map_err(|e| format!("issue_uri: {e}"))
}

/// Reads a JSON list of intervals (Timewarrior's, Watson's): every element
/// is a record, and gives its entries through `drafts(value, line, record)`;
/// one that is too long or not a JSON value, or that `drafts` refuses, is a
/// bad row.
fn parse_intervals(
    source: &mut source::Source,
    what: &'static str,
    drafts: impl Fn(&Value, usize, usize) -> Result<Vec<Draft>, String>,
) -> Result<Parsed, Unreadable> {
    let mut parsed = Parsed::default();
    json_split::each_element(source, what, |line, value| {
        let value = match value {
            Ok(value) => value,
            Err(message) => return parsed.errors.push(RowError::new(line, message)),
        };
        match drafts(&value, line, parsed.records.len()) {
            Ok(drafts) => parsed.drafts.extend(drafts),
            Err(message) => parsed.errors.push(RowError::new(line, message)),
        }
        parsed.records.push(Record::Json(value));
    })?;
    Ok(parsed)
}

/// The names in a JSON list of strings, trimmed, empty ones left out; any
/// other element is an error, `not_a_name(element)`.
fn names_in(items: &[Value], not_a_name: impl Fn(&Value) -> String) -> Result<Vec<String>, String> {
    items
        .iter()
        .map(|item| match item {
            Value::String(name) => Ok(name.trim().to_owned()),
            other => Err(not_a_name(other)),
        })
        .filter(|name| name.as_ref().map_or(true, |name| !name.is_empty()))
        .collect()
}

/// Text that is empty counts as none.
fn text_of(text: &str) -> Option<String> {
    (!text.is_empty()).then(|| text.to_owned())
}

/// The longest interval read as work: anything longer is a forgotten stop.
const MAX_INTERVAL_DAYS: i64 = 31;

/// The drafts of a worked interval: one per day it touches, each with the
/// time that fell on that day (as `clock out` does). `template` carries the
/// other fields.
fn interval_drafts(
    template: &Draft,
    start: DateTime<FixedOffset>,
    stop: DateTime<FixedOffset>,
) -> Result<Vec<Draft>, String> {
    if stop < start {
        return Err(format!("it stops ({}) before it starts ({})", stop.to_rfc3339(), start.to_rfc3339()));
    }
    if stop - start > chrono::Duration::days(MAX_INTERVAL_DAYS) {
        return Err(format!(
            "it runs from {} to {}, more than {MAX_INTERVAL_DAYS} days: fix its start or stop",
            start.to_rfc3339(),
            stop.to_rfc3339()
        ));
    }
    Ok(split_by_day(start, stop)
        .into_iter()
        .map(|(date_worked, duration)| Draft { date_worked, duration, ..template.clone() })
        .collect())
}

#[cfg(test)]
mod tests;
