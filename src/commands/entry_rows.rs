//! How a time entry waiting to be sent is shown: its cells in tables, its
//! columns in CSV (`outbox`, `sync` and an import's dry run).

use serde::Serialize;
use serde_json::{Map, Value};

use crate::output::Column;
use timesync::model::NewTime;

/// The keys of a time entry to send, as [`NewTime`] serializes them: the
/// middle columns of the CSV of `outbox`, `sync` and an import's dry run.
const NEW_TIME_FIELDS: [&str; 7] = ["duration", "project", "user", "activities", "date_worked", "notes", "issue_uri"];

/// CSV columns: `before`, the keys of a time entry to send, then `after`.
pub fn time_columns(before: &[&'static str], after: &[&'static str]) -> Vec<&'static str> {
    [before, &NEW_TIME_FIELDS, after].concat()
}

/// `row` with the fields of `time` added (a CSV or JSON row about an entry to send).
pub fn with_time(mut row: Map<String, Value>, time: &impl Serialize) -> Map<String, Value> {
    if let Ok(Value::Object(fields)) = serde_json::to_value(time) {
        row.extend(fields);
    }
    row
}

/// The table columns of [`time_cells`].
pub const TIME_CELL_COLUMNS: [Column<'static>; 4] =
    [Column::keep("Date"), Column::keep("Duration"), Column::keep("Project"), Column::keep("Activities")];

/// The table cells of an entry to send: its date, duration, project and activities.
pub fn time_cells(time: &NewTime) -> [String; 4] {
    [
        time.date_worked.to_string(),
        time.duration.to_string(),
        time.project.to_string(),
        time.activities.iter().map(|a| a.as_str()).collect::<Vec<_>>().join(", "),
    ]
}
