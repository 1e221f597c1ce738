//! Watson: `watson log --json` output (objects with `id`, `start`, `stop`,
//! `project` and `tags`; times in ISO 8601 with the exporter's UTC offset)
//! and Watson's own `frames` file (a list of `[start, stop, project, id,
//! tags, updated_at]` with Unix timestamps, read in the given zone). A
//! frame's project is the entry's project and its tags are activities (both
//! through the mapping); a frame past midnight becomes one entry per day. A
//! running frame (no stop, or the `current` frame of `watson log --current`)
//! is a bad row.

use chrono::{DateTime, FixedOffset};
use serde_json::Value;

use super::json::kind;
use super::source::Source;
use super::{
    interval_drafts, names_in, parse_intervals, text_of, Draft, Options, Parsed, ProjectRef, Unreadable, Zone,
};
use timesync::timeparse::Duration;

pub(super) fn parse(source: &mut Source, options: &Options) -> Result<Parsed, Unreadable> {
    parse_intervals(source, "Watson frames", |value, line, record| {
        Frame::read(value, options.zone).and_then(|frame| frame.drafts(line, record))
    })
}

/// A Watson frame, from either shape.
struct Frame {
    start: DateTime<FixedOffset>,
    stop: DateTime<FixedOffset>,
    project: String,
    tags: Vec<String>,
    note: Option<String>,
}

/// The fields of a frame in Watson's `frames` file, in order (a seventh,
/// a note, is written by some Watson forks).
const FRAME_FIELDS: &str = "[start, stop, project, id, tags, updated_at]";

impl Frame {
    fn read(value: &Value, zone: Zone) -> Result<Frame, String> {
        let (start, stop, project, id, tags, note) = match value {
            Value::Array(items) => {
                let at = |i: usize| items.get(i).filter(|v| !v.is_null());
                (at(0), at(1), at(2), at(3), at(4), at(6))
            }
            Value::Object(object) => {
                let at = |key: &str| object.get(key).filter(|v| !v.is_null());
                (at("start"), at("stop"), at("project"), at("id"), at("tags"), at("note").or_else(|| at("notes")))
            }
            other => {
                return Err(format!(
                    "expected a Watson frame ({FRAME_FIELDS}) or a `watson log --json` object, got {}",
                    kind(other)
                ))
            }
        };
        let start = moment(start, "start", zone)?;
        if id.and_then(Value::as_str) == Some("current") || stop.is_none() {
            return Err(format!(
                "a running frame (started {}, no stop): stop it in Watson (`watson stop`) and export again",
                start.to_rfc3339()
            ));
        }
        let project = match project {
            Some(Value::String(name)) if !name.trim().is_empty() => name.trim().to_owned(),
            Some(other) => return Err(format!("project: expected a name, got {other}")),
            None => return Err(format!("project is missing (a frame is {FRAME_FIELDS})")),
        };
        Ok(Frame { start, stop: moment(stop, "stop", zone)?, project, tags: tags_of(tags)?, note: note_of(note) })
    }

    fn drafts(self, line: usize, record: usize) -> Result<Vec<Draft>, String> {
        let template = Draft {
            line,
            record,
            project: ProjectRef::Named(self.project),
            activities: self.tags,
            user: None,
            date_worked: self.start.date_naive(),
            duration: Duration::from_secs(0),
            notes: self.note,
            issue_uri: None,
        };
        interval_drafts(&template, self.start, self.stop)
    }
}

/// A start or stop: Unix seconds (read in `zone`) or ISO 8601 with an offset.
fn moment(value: Option<&Value>, field: &str, zone: Zone) -> Result<DateTime<FixedOffset>, String> {
    let expected = "Unix seconds or an ISO 8601 time with its offset (2026-11-29T09:30:00+01:00)";
    match value {
        Some(Value::Number(number)) => number
            .as_f64()
            .filter(|n| n.is_finite())
            .and_then(|n| DateTime::from_timestamp(n.round() as i64, 0))
            .map(|utc| zone.at(utc))
            .ok_or_else(|| format!("{field}: invalid time {number}: expected {expected}")),
        Some(Value::String(text)) => DateTime::parse_from_rfc3339(text.trim())
            .or_else(|_| DateTime::parse_from_str(text.trim(), "%Y-%m-%d %H:%M:%S%:z"))
            .map_err(|_| format!("{field}: invalid time '{text}': expected {expected}")),
        Some(other) => Err(format!("{field}: invalid time {other}: expected {expected}")),
        None => Err(format!("{field} is missing")),
    }
}

/// Tags: a list of strings.
fn tags_of(value: Option<&Value>) -> Result<Vec<String>, String> {
    match value {
        None => Ok(Vec::new()),
        Some(Value::Array(items)) => {
            names_in(items, |other| format!("tags: expected a list of names, got {other} in it"))
        }
        Some(other) => Err(format!("tags: expected a list of names, got {other}")),
    }
}

fn note_of(value: Option<&Value>) -> Option<String> {
    value.and_then(Value::as_str).and_then(text_of)
}
