//! CSV with a header row: the columns `timesync --csv time get` writes
//! (extra columns such as uuid and revision are ignored), or others named
//! with `--columns FIELD=HEADER`.

use std::collections::HashSet;
use std::str::FromStr;

use ::csv::{ReaderBuilder, StringRecord};

use super::{date_of, duration_of, issue_uri_of, list_of, text_of, Draft, Omitted, Options, Parsed, ProjectRef};
use super::{LineCounter, Record, RowError};

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

    fn cell<'r>(&self, record: &'r StringRecord, field: Field) -> &'r str {
        let position = Field::ALL.iter().position(|f| *f == field).and_then(|i| self.index[i]);
        position.and_then(|i| record.get(i)).unwrap_or("")
    }

    /// Why a row of an export is left out: a deleted entry, or an earlier
    /// revision of an entry already read (`--include-revisions` lists them after it).
    fn omitted(&self, record: &StringRecord, uuids: &mut HashSet<String>) -> Option<&'static str> {
        let get = |index: Option<usize>| index.and_then(|i| record.get(i)).map(str::trim).unwrap_or("");
        let uuid = get(self.uuid);
        if !uuid.is_empty() && !uuids.insert(uuid.to_owned()) {
            return Some("an earlier revision");
        }
        (!get(self.deleted_at).is_empty()).then_some("a deleted entry")
    }
}

pub(super) fn parse(text: &str, options: &Options) -> Result<Parsed, RowError> {
    let mut reader = ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| RowError::new(1, format!("cannot read the CSV header: {e}")))?
        .iter()
        .map(str::to_owned)
        .collect();
    let columns = Columns::locate(&header, &options.columns)?;
    let mut parsed = Parsed { header, ..Parsed::default() };
    let mut uuids = HashSet::new();
    // A record's position is where the reader stopped after the one before:
    // blank lines skipped in between still follow it.
    let mut lines = LineCounter::new(text);
    let mut line_of = |position: Option<&::csv::Position>| {
        let mut offset = position.map_or(0, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX));
        while matches!(text.as_bytes().get(offset), Some(b'\n' | b'\r')) {
            offset += 1;
        }
        lines.line_at(offset)
    };
    for result in reader.records() {
        let record = match result {
            Ok(record) => record,
            Err(e) => {
                let line = line_of(e.position());
                parsed.errors.push(RowError::new(line, format!("unreadable CSV row: {e}")));
                continue;
            }
        };
        let line = line_of(record.position());
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        if let Some(why) = columns.omitted(&record, &mut uuids) {
            parsed.omitted.push(Omitted { line, why });
            continue;
        }
        let index = parsed.records.len();
        match draft(&columns, &record, line, index, options) {
            Ok(draft) => parsed.drafts.push(draft),
            Err(message) => parsed.errors.push(RowError::new(line, message)),
        }
        parsed.records.push(Record::Csv(record.iter().map(str::to_owned).collect()));
    }
    Ok(parsed)
}

fn draft(
    columns: &Columns,
    record: &StringRecord,
    line: usize,
    index: usize,
    options: &Options,
) -> Result<Draft, String> {
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
