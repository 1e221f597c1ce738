//! CSV with a header row: the columns `timesync --csv time get` writes
//! (extra columns such as uuid and revision are ignored), or others named
//! with `--columns FIELD=HEADER`. Every row has as many fields as the
//! header; a row cut short, a quote the input ends inside, or a field over
//! [`MAX_FIELD_BYTES`] is a bad row.

use std::collections::HashSet;
use std::str::FromStr;

use super::csv_records::{Cell, RawRecord, Records};
use super::source::Source;
use super::{date_of, duration_of, issue_uri_of, list_of, text_of, Draft, Omitted, Options, Parsed, ProjectRef};
use super::{Record, RowError, Unreadable, MAX_FIELD_BYTES};

/// A field of a time entry that a CSV column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The day worked.
    DateWorked,
    /// Time worked.
    Duration,
    /// The project's slug (several joined by `;`: the first the server knows is used).
    Project,
    /// Activity slugs joined by `;` or `,`.
    Activities,
    /// Notes.
    Notes,
    /// Link to the issue.
    IssueUri,
    /// The owner (must be the logged-in user).
    User,
}

impl Field {
    const ALL: [Field; 7] = [
        Field::DateWorked,
        Field::Duration,
        Field::Project,
        Field::Activities,
        Field::Notes,
        Field::IssueUri,
        Field::User,
    ];

    /// The field's name, which is also its default column header.
    pub fn name(self) -> &'static str {
        match self {
            Field::DateWorked => "date_worked",
            Field::Duration => "duration",
            Field::Project => "project",
            Field::Activities => "activities",
            Field::Notes => "notes",
            Field::IssueUri => "issue_uri",
            Field::User => "user",
        }
    }

    fn from_name(name: &str) -> Option<Field> {
        match name.to_ascii_lowercase().as_str() {
            "date" => Some(Field::DateWorked),
            "activity" => Some(Field::Activities),
            name => Field::ALL.into_iter().find(|field| field.name() == name),
        }
    }

    fn required(self) -> bool {
        matches!(self, Field::DateWorked | Field::Duration | Field::Project)
    }
}

/// `FIELD=HEADER` (from `--columns`): the column that holds a field. An
/// empty header means the field is not read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnSpec {
    /// The field.
    pub field: Field,
    /// The column's header, `None` to leave the field out.
    pub header: Option<String>,
}

impl FromStr for ColumnSpec {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let fields = Field::ALL.map(Field::name).join(", ");
        let (field, header) = s
            .split_once('=')
            .ok_or_else(|| format!("invalid column mapping '{s}': expected FIELD=HEADER (e.g. duration=Hours)"))?;
        let field = Field::from_name(field.trim()).ok_or_else(|| {
            format!("invalid column mapping '{s}': unknown field '{}' (fields: {fields})", field.trim())
        })?;
        Ok(ColumnSpec { field, header: text_of(header.trim()) })
    }
}

/// Where each field is in a row.
struct Columns {
    index: [Option<usize>; 7],
    uuid: Option<usize>,
    deleted_at: Option<usize>,
}

impl Columns {
    /// Finds the columns in `header`: exact header text first, then ignoring
    /// case and surrounding blanks.
    fn locate(header: &[String], specs: &[ColumnSpec]) -> Result<Columns, RowError> {
        let find = |name: &str| {
            header
                .iter()
                .position(|h| h == name)
                .or_else(|| header.iter().position(|h| h.trim().eq_ignore_ascii_case(name.trim())))
        };
        let mut index = [None; 7];
        let mut problems = Vec::new();
        for (slot, field) in index.iter_mut().zip(Field::ALL) {
            let spec = specs.iter().rev().find(|spec| spec.field == field);
            *slot = match spec.map(|spec| spec.header.as_deref()) {
                Some(None) => None,
                Some(Some(name)) => {
                    let found = find(name);
                    if found.is_none() {
                        problems.push(format!("no column '{name}' (for {})", field.name()));
                    }
                    found
                }
                None => {
                    let found = find(field.name());
                    if found.is_none() && field.required() {
                        problems.push(format!("no column {}", field.name()));
                    }
                    found
                }
            };
        }
        if !problems.is_empty() {
            return Err(RowError::new(
                1,
                format!(
                    "{} in the header ({}); name the columns with --columns, e.g. --columns date_worked=Day,duration=Hours,project=Client",
                    problems.join(", "),
                    header.join(", ")
                ),
            ));
        }
        let uuid = find("uuid");
        let deleted_at = find("deleted_at");
        Ok(Columns { index, uuid, deleted_at })
    }

    fn cell<'r>(&self, record: &'r [String], field: Field) -> &'r str {
        let position = Field::ALL.iter().position(|f| *f == field).and_then(|i| self.index[i]);
        position.and_then(|i| record.get(i)).map_or("", String::as_str)
    }

    /// Why a row of an export is left out: a deleted entry, or an earlier
    /// revision of an entry already read (`--include-revisions` lists them after it).
    fn omitted(&self, record: &[String], uuids: &mut HashSet<String>) -> Option<&'static str> {
        let get = |index: Option<usize>| index.and_then(|i| record.get(i)).map_or("", |cell| cell.trim());
        let uuid = get(self.uuid);
        if !uuid.is_empty() && !uuids.insert(uuid.to_owned()) {
            return Some("an earlier revision");
        }
        (!get(self.deleted_at).is_empty()).then_some("a deleted entry")
    }
}

/// Reads the CSV in `source`: its header, then each row under it.
pub(super) fn parse(source: &mut Source, options: &Options) -> Result<Parsed, Unreadable> {
    let mut records = Records::new(MAX_FIELD_BYTES);
    let mut rows: Option<Rows> = None;
    source.each_piece(|bytes| {
        records.feed(bytes);
        for record in records.take() {
            match &mut rows {
                Some(rows) => rows.add(record),
                None => {
                    let header = header(record)?;
                    // One field more than the header is enough to tell a row is too long.
                    records.keep_fields(header.len() + 1);
                    rows = Some(Rows::new(header, options)?);
                }
            }
        }
        if bytes.is_empty() && rows.is_none() {
            rows = Some(Rows::new(Vec::new(), options)?);
        }
        Ok(())
    })?;
    Ok(rows.map(|rows| rows.parsed).unwrap_or_default())
}

/// Why a row is bad when the input ends inside one of its quoted fields.
const UNCLOSED_QUOTE: &str =
    "a quoted field is never closed: the input ends inside it (cut short, or a quote is missing)";

/// The names in the header row.
fn header(record: RawRecord) -> Result<Vec<String>, Unreadable> {
    let unreadable =
        |why: String| Unreadable::Malformed(RowError::new(record.line, format!("cannot read the CSV header: {why}")));
    if record.unclosed_quote {
        return Err(unreadable(UNCLOSED_QUOTE.to_owned()));
    }
    let cells = record.cells.iter().enumerate().map(|(index, cell)| match cell {
        Cell::Text(name) => Ok(name.clone()),
        Cell::TooLong => Err(unreadable(format!("column {} {}", index + 1, too_long()))),
    });
    cells.collect()
}

/// Why a field longer than [`MAX_FIELD_BYTES`] is bad.
fn too_long() -> String {
    format!("is longer than {} MiB, the most a CSV field may hold (it was not read)", MAX_FIELD_BYTES >> 20)
}

/// The rows under a header, read into drafts.
struct Rows<'a> {
    columns: Columns,
    parsed: Parsed,
    uuids: HashSet<String>,
    options: &'a Options,
}

impl<'a> Rows<'a> {
    fn new(header: Vec<String>, options: &'a Options) -> Result<Self, Unreadable> {
        let columns = Columns::locate(&header, &options.columns).map_err(Unreadable::Malformed)?;
        Ok(Rows { columns, parsed: Parsed { header, ..Parsed::default() }, uuids: HashSet::new(), options })
    }

    /// Reads one row: left out when blank or when the export left it out,
    /// a bad row when it is broken or its cells are, else a draft.
    fn add(&mut self, record: RawRecord) {
        let line = record.line;
        let blank = record.cells.iter().all(|cell| matches!(cell, Cell::Text(text) if text.trim().is_empty()));
        if blank && !record.unclosed_quote {
            return;
        }
        let cells = match self.whole(record) {
            Ok(cells) => cells,
            Err(problems) => {
                self.parsed.errors.extend(problems.into_iter().map(|problem| RowError::new(line, problem)));
                return;
            }
        };
        if let Some(why) = self.columns.omitted(&cells, &mut self.uuids) {
            self.parsed.omitted.push(Omitted { line, why });
            return;
        }
        let index = self.parsed.records.len();
        match draft(&self.columns, &cells, line, index, self.options) {
            Ok(draft) => self.parsed.drafts.push(draft),
            Err(message) => self.parsed.errors.push(RowError::new(line, message)),
        }
        self.parsed.records.push(Record::Csv(cells));
    }

    /// The cells of a row read whole, or what is wrong with it.
    fn whole(&self, record: RawRecord) -> Result<Vec<String>, Vec<String>> {
        if record.unclosed_quote {
            return Err(vec![UNCLOSED_QUOTE.to_owned()]);
        }
        let expected = self.parsed.header.len();
        if record.fields != expected {
            let hint = match record.fields < expected {
                true => "the row is cut short, or a field is missing",
                false => "quote fields that hold a comma, as in \"a, b\"",
            };
            return Err(vec![format!("expected {expected} fields as in the header, got {}: {hint}", record.fields)]);
        }
        let mut problems = Vec::new();
        let mut cells = Vec::with_capacity(record.cells.len());
        for (index, cell) in record.cells.into_iter().enumerate() {
            match cell {
                Cell::Text(text) => cells.push(text),
                Cell::TooLong => {
                    let name = self.parsed.header.get(index).map_or("", |name| name.trim());
                    let name = if name.is_empty() { format!("column {}", index + 1) } else { name.to_owned() };
                    problems.push(format!("{name} {}", too_long()));
                }
            }
        }
        if problems.is_empty() {
            Ok(cells)
        } else {
            Err(problems)
        }
    }
}

fn draft(columns: &Columns, record: &[String], line: usize, index: usize, options: &Options) -> Result<Draft, String> {
    let cell = |field| columns.cell(record, field);
    let required = |field: super::Field| {
        let text = cell(field).trim();
        if text.is_empty() {
            Err(format!("{} is empty", field.name()))
        } else {
            Ok(text)
        }
    };
    let duration = required(Field::Duration).and_then(|t| duration_of(t, options.duration_unit));
    let date_worked = required(Field::DateWorked).and_then(|t| date_of(t, options.today));
    let project = required(Field::Project).and_then(|t| {
        let slugs = list_of(t);
        if slugs.is_empty() {
            Err(format!("project '{t}' holds no slug"))
        } else {
            Ok(slugs)
        }
    });
    let issue_uri = issue_uri_of(cell(Field::IssueUri));
    match (duration, date_worked, project, issue_uri) {
        (Ok(duration), Ok(date_worked), Ok(project), Ok(issue_uri)) => Ok(Draft {
            line,
            record: index,
            project: ProjectRef::AnyOf(project),
            activities: list_of(cell(Field::Activities)),
            user: text_of(cell(Field::User).trim()),
            date_worked,
            duration,
            notes: text_of(cell(Field::Notes)),
            issue_uri,
        }),
        (duration, date_worked, project, issue_uri) => {
            let problems: Vec<String> =
                [duration.err(), date_worked.err(), project.err(), issue_uri.err()].into_iter().flatten().collect();
            Err(problems.join("; "))
        }
    }
}
