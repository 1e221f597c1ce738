//! Timewarrior: `timew export` output, a list of intervals with `start` and
//! `end` in UTC (`20160405T162205Z`, read in the given zone), `tags` and an
//! `annotation` (the entry's notes). Timewarrior has no projects: the
//! project is the one tag that names a project (see
//! [`resolve`](fn@super::resolve)), the other tags are activities. An interval
//! past midnight becomes one entry per day; an open interval (no end) is a
//! bad row.

use chrono::{DateTime, FixedOffset, NaiveDateTime};
use serde_json::Value;

use super::json::kind;
use super::source::Source;
use super::{
    interval_drafts, names_in, parse_intervals, text_of, Draft, Options, Parsed, ProjectRef, Unreadable, Zone,
};
use timesync::timeparse::Duration;

pub(super) fn parse(source: &mut Source, options: &Options) -> Result<Parsed, Unreadable> {
    parse_intervals(source, "Timewarrior intervals", |value, line, record| drafts(value, line, record, options.zone))
}

fn drafts(value: &Value, line: usize, record: usize, zone: Zone) -> Result<Vec<Draft>, String> {
    let Value::Object(object) = value else {
        return Err(format!("expected a Timewarrior interval object (start, end, tags), got {}", kind(value)));
    };
    let start = moment(object.get("start"), "start", zone)?;
    let end = match object.get("end").filter(|v| !v.is_null()) {
        None => {
            return Err(format!(
                "an open interval (started {}, no end): stop it (`timew stop`) and export again",
                start.to_rfc3339()
            ))
        }
        end => moment(end, "end", zone)?,
    };
    let tags = match object.get("tags") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => names_in(items, |item| format!("tags: {item} is not a name"))?,
        Some(other) => return Err(format!("tags: expected a list of names, got {other}")),
    };
    let template = Draft {
        line,
        record,
        project: ProjectRef::FromTags,
        activities: tags,
        user: None,
        date_worked: start.date_naive(),
        duration: Duration::from_secs(0),
        notes: object.get("annotation").and_then(Value::as_str).and_then(text_of),
        issue_uri: None,
    };
    interval_drafts(&template, start, end)
}

/// `20160405T162205Z` (UTC, as `timew export` writes it) or RFC 3339.
fn moment(value: Option<&Value>, field: &str, zone: Zone) -> Result<DateTime<FixedOffset>, String> {
    let text = match value {
        Some(Value::String(text)) => text.trim(),
        Some(other) => return Err(format!("{field}: expected a time such as 20160405T162205Z, got {other}")),
        None => return Err(format!("{field} is missing")),
    };
    if let Ok(naive) = NaiveDateTime::parse_from_str(text, "%Y%m%dT%H%M%SZ") {
        return Ok(zone.at(naive.and_utc()));
    }
    DateTime::parse_from_rfc3339(text)
        .map_err(|_| format!("{field}: invalid time '{text}': expected the form 20160405T162205Z (UTC)"))
}
