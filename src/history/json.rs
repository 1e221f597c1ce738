//! TimeSync's own JSON: the list `timesync --json time get` prints, and
//! JSON lines (one such object per line). `project` may be a slug or the
//! list of a project's slugs (the first is used); `duration` is seconds, or
//! a string in any form `timesync` takes. Other keys (uuid, revision,
//! created_at…) are ignored, and so are deleted entries.

use serde_json::{Map, Value};

use super::json_split::{each_element, each_line};
use super::source::Source;
use super::{date_of, duration_of, issue_uri_of, list_of, names_in, text_of, Draft, DurationUnit, Omitted};
use super::{Options, Parsed, ProjectRef, Record, RowError, Unreadable};
use timesync::timeparse::{Duration, MAX_SECONDS};

/// A JSON list of time entries.
pub(super) fn parse_list(source: &mut Source, options: &Options) -> Result<Parsed, Unreadable> {
    let mut parsed = Parsed::default();
    each_element(source, "time entries", |line, value| match value {
        Ok(value) => add(&mut parsed, value, line, options),
        Err(message) => parsed.errors.push(RowError::new(line, message)),
    })?;
    Ok(parsed)
}

/// JSON lines: one time entry object per line; blank lines are skipped.
pub(super) fn parse_lines(source: &mut Source, options: &Options) -> Result<Parsed, Unreadable> {
    let mut parsed = Parsed::default();
    each_line(source, |line, value| match value {
        Ok(value) => add(&mut parsed, value, line, options),
        Err(message) => parsed.errors.push(RowError::new(line, message)),
    })?;
    Ok(parsed)
}

fn add(parsed: &mut Parsed, value: Value, line: usize, options: &Options) {
    let Value::Object(object) = &value else {
        parsed.errors.push(RowError::new(line, format!("expected a time entry object, got {}", kind(&value))));
        return;
    };
    if object.get("deleted_at").is_some_and(|v| !v.is_null()) {
        parsed.omitted.push(Omitted { line, why: "a deleted entry" });
        return;
    }
    match draft(object, line, parsed.records.len(), options) {
        Ok(draft) => parsed.drafts.push(draft),
        Err(message) => parsed.errors.push(RowError::new(line, message)),
    }
    parsed.records.push(Record::Json(value));
}

fn draft(object: &Map<String, Value>, line: usize, record: usize, options: &Options) -> Result<Draft, String> {
    let duration = match object.get("duration") {
        None | Some(Value::Null) => Err("duration is missing".to_owned()),
        Some(value) => seconds(value),
    };
    let date_worked = match object.get("date_worked") {
        Some(Value::String(text)) => date_of(text, options.today),
        Some(other) if !other.is_null() => Err(format!("date_worked: expected a YYYY-MM-DD string, got {other}")),
        _ => Err("date_worked is missing".to_owned()),
    };
    let project = match object.get("project") {
        None | Some(Value::Null) => Err("project is missing".to_owned()),
        Some(Value::String(_) | Value::Array(_)) => match strings(object.get("project"), "project") {
            Ok(slugs) if slugs.is_empty() => Err("project is empty".to_owned()),
            slugs => slugs,
        },
        Some(other) => Err(format!("project: expected a slug, got {other}")),
    };
    let activities = strings(object.get("activities"), "activities");
    let user = optional_text(object.get("user"), "user");
    let notes = optional_text(object.get("notes"), "notes");
    let issue_uri = optional_text(object.get("issue_uri"), "issue_uri")
        .and_then(|uri| uri.map_or(Ok(None), |uri| issue_uri_of(&uri)));
    match (duration, date_worked, project, activities, user, notes, issue_uri) {
        (Ok(duration), Ok(date_worked), Ok(project), Ok(activities), Ok(user), Ok(notes), Ok(issue_uri)) => Ok(Draft {
            line,
            record,
            project: ProjectRef::AnyOf(project),
            activities,
            user: user.map(|u| u.trim().to_owned()),
            date_worked,
            duration,
            notes,
            issue_uri,
        }),
        (duration, date_worked, project, activities, user, notes, issue_uri) => {
            let problems: Vec<String> = [
                duration.err(),
                date_worked.err(),
                project.err(),
                activities.err(),
                user.err(),
                notes.err(),
                issue_uri.err(),
            ]
            .into_iter()
            .flatten()
            .collect();
            Err(problems.join("; "))
        }
    }
}

/// `duration`: a number of seconds, or a string in any form `timesync` takes.
fn seconds(value: &Value) -> Result<Duration, String> {
    match value {
        Value::Number(number) => match number.as_f64() {
            Some(n) if n.is_finite() && n >= 0.0 && n <= MAX_SECONDS as f64 => {
                Ok(Duration::from_secs(n.round() as u64))
            }
            Some(n) if n < 0.0 => Err(format!("invalid duration {number}: a duration cannot be negative")),
            _ => duration_of(&number.to_string(), DurationUnit::Seconds),
        },
        Value::String(text) => duration_of(text, DurationUnit::Seconds),
        other => Err(format!("duration: expected seconds (a number) or a duration such as 1h30m, got {other}")),
    }
}

/// A list of strings, or one string of names joined by `;` or `,`.
fn strings(value: Option<&Value>, field: &str) -> Result<Vec<String>, String> {
    match value {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::String(text)) => Ok(list_of(text)),
        Some(Value::Array(items)) => {
            names_in(items, |other| format!("{field}: expected a list of slugs, got {other} in it"))
        }
        Some(other) => Err(format!("{field}: expected a list of slugs, got {other}")),
    }
}

/// A string field that may be missing or null; numbers count as their text.
fn optional_text(value: Option<&Value>, field: &str) -> Result<Option<String>, String> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(text_of(text)),
        Some(number @ Value::Number(_)) => Ok(Some(number.to_string())),
        Some(other) => Err(format!("{field}: expected a string, got {}", kind(other))),
    }
}

/// What kind of JSON value this is, in words.
pub(super) fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}
