//! Delivering time entries exactly once.
//!
//! Every entry is recorded in the outbox before it is sent (see
//! [`crate::state::outbox`] for the states), settled as soon as the server
//! has answered, and only then read back for display. What could not be
//! delivered stays in the outbox, and the error says so.

use serde::Serialize;
use serde_json::{Map, Value};

use super::explain::{explain, Sent};
use super::Session;
use crate::client::Client;
use crate::error::{Error, Result};
use crate::model::{NewTime, Time, TimeQuery};
use crate::output::Column;
use crate::settings::Settings;
use crate::state::outbox::{plural, Lease};
use crate::state::{Outcome, Store};

/// What happens to an entry the server refuses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnRefusal {
    /// The user sees the refusal at once (a direct create): the entry is forgotten.
    Forget,
    /// The entry stays in the outbox with the server's reason (`sync`).
    Keep,
}

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

/// The lease for entries this command sends: it outlasts one request.
pub fn lease(settings: &Settings) -> Lease {
    Lease::for_this_process(settings.connect_timeout.saturating_add(settings.timeout))
}

/// Sends one entry recorded as sending (`id`) and records what became of it.
pub fn send_one(client: &Client, store: &mut Store, id: i64, time: &NewTime, on_refusal: OnRefusal) -> Result<Time> {
    let result = create(client, time);
    let outcome = match &result {
        Ok(_) => Outcome::Delivered,
        Err(error) => outcome_of(error, on_refusal),
    };
    store.settle(id, &outcome)?;
    result
}

/// `POST /times`, a refusal explained with the project and activities sent.
pub fn create(client: &Client, time: &NewTime) -> Result<Time> {
    let activities: Vec<&str> = time.activities.iter().map(|a| a.as_str()).collect();
    let sent = Sent::Time { project: Some(time.project.as_str()), activities: &activities };
    client.create_time(time).map_err(|error| explain(error, sent))
}

/// What a failed create means for the entry.
pub fn outcome_of(error: &Error, on_refusal: OnRefusal) -> Outcome {
    match error.cause() {
        Error::Unreachable { before_sending: true, .. } | Error::Redirected { .. } => Outcome::NotDelivered,
        Error::Unreachable { before_sending: false, .. } => Outcome::MaybeDelivered,
        // A gateway's error page: the server behind it may have recorded it.
        Error::NotTimeSync { status, .. } if *status >= 500 => Outcome::MaybeDelivered,
        Error::NotTimeSync { .. } | Error::AuthRequired(_) => Outcome::NotDelivered,
        Error::Api(api) if api.is_authentication() => Outcome::NotDelivered,
        Error::Api(_) if on_refusal == OnRefusal::Keep => Outcome::Refused(error.to_string()),
        Error::Api(_) => Outcome::Dropped,
        // A success status whose body could not be read: it was recorded.
        Error::UnexpectedReply(_) => Outcome::Delivered,
        _ => Outcome::NotDelivered,
    }
}

/// Whether entries that could not be sent because of `error` (met before
/// sending them: logging in, say) are kept in the outbox: an unreachable
/// server or a missing login, not a local mistake.
pub fn keeps_unsent(error: &Error) -> bool {
    matches!(outcome_of(error, OnRefusal::Forget), Outcome::NotDelivered | Outcome::MaybeDelivered)
        && !matches!(error.cause(), Error::Invalid(_) | Error::Config { .. } | Error::Io(_))
}

/// The error for `kept` entries left in the outbox after `error`, naming
/// how many and what happens next (unchanged when the error left nothing
/// there). `sent` says whether the entry's own request went out.
pub fn kept(error: Error, kept: usize, store: &Store, sent: bool) -> Error {
    let outcome = match outcome_of(&error, OnRefusal::Forget) {
        Outcome::MaybeDelivered if !sent => Outcome::NotDelivered,
        outcome => outcome,
    };
    if kept == 0 || matches!(outcome, Outcome::Dropped | Outcome::Delivered) {
        return error;
    }
    let waiting = store.entries().map(|entries| entries.len()).unwrap_or(kept);
    let saved = plural(kept, "time entry was", "time entries were");
    let note = if error.exit_code() == crate::error::ExitCode::AuthRequired {
        format!("{saved} saved to the outbox ({waiting} waiting): log in (`timesync login`), then run `timesync sync`")
    } else if outcome == Outcome::MaybeDelivered {
        format!(
            "the server may have recorded it: {saved} kept in the outbox as uncertain ({waiting} waiting), and \
             `timesync sync` checks the server before sending it again"
        )
    } else {
        format!("{saved} saved to the outbox ({waiting} waiting): run `timesync sync` when the server is back")
    };
    Error::Kept { cause: Box::new(error), note }
}

/// Whether `time` is already on the server: an entry of the same user and
/// day with the same project, duration, activities, notes and issue link.
pub fn already_recorded(client: &Client, time: &NewTime, today: chrono::NaiveDate) -> Result<bool> {
    Ok(recorded_count(client, time, today)? > 0)
}

/// How many entries like `time` the server holds (see [`already_recorded`]).
pub fn recorded_count(client: &Client, time: &NewTime, today: chrono::NaiveDate) -> Result<usize> {
    let query = TimeQuery {
        users: vec![time.user.clone()],
        // The server refuses a start after its today; filter such days here.
        start: (time.date_worked < today).then_some(time.date_worked),
        end: Some(time.date_worked),
        ..TimeQuery::default()
    };
    Ok(client.get_times(&query)?.iter().filter(|found| same_entry(found, time)).count())
}

fn same_entry(found: &Time, time: &NewTime) -> bool {
    let mut found_activities: Vec<&str> = found.activities.iter().map(String::as_str).collect();
    let mut activities: Vec<&str> = time.activities.iter().map(|a| a.as_str()).collect();
    found_activities.sort_unstable();
    found_activities.dedup();
    activities.sort_unstable();
    activities.dedup();
    found.date_worked.0 == time.date_worked
        && found.duration == time.duration
        && found.project.iter().any(|slug| slug == time.project.as_str())
        && (activities.is_empty() || found_activities == activities)
        && found.notes.as_deref().unwrap_or("") == time.notes.as_deref().unwrap_or("")
        && found.issue_uri.as_deref().unwrap_or("") == time.issue_uri.as_deref().unwrap_or("")
}

/// How long a cached project counts as current for turning create replies
/// into stored entries.
const PROJECT_CACHE_FRESH: chrono::TimeDelta = chrono::TimeDelta::hours(24);

/// The entry as the server now stores it, from the create reply (an echo of
/// what was sent, with the new uuid) and `sent`: the project's slugs and
/// default activity come from the local cache of projects, so no second
/// request is needed. Without a current cached project the entry is read
/// back. Only called once the delivery is recorded.
pub fn stored(session: &Session, store: &Store, echo: Time, sent: &NewTime) -> Time {
    let cached = store.cached_project(sent.project.as_str()).ok().flatten();
    let Some(project) = cached.filter(|p| chrono::Utc::now() - p.fetched_at < PROJECT_CACHE_FRESH) else {
        return read_back(session, echo);
    };
    let activities = if sent.activities.is_empty() {
        match project.default_activity {
            Some(default) => vec![default],
            None => return read_back(session, echo),
        }
    } else {
        let mut activities: Vec<String> = Vec::new();
        for activity in &sent.activities {
            if !activities.iter().any(|a| a == activity.as_str()) {
                activities.push(activity.to_string());
            }
        }
        activities
    };
    Time { project: project.slugs, activities, revision: 1, updated_at: None, deleted_at: None, parents: None, ..echo }
}

/// The stored entry read back from the server; the echo when that fails.
fn read_back(session: &Session, echo: Time) -> Time {
    match echo.uuid.parse() {
        Ok(uuid) => {
            session.client.get_time(&uuid, false, false).ok().and_then(|t| t.into_iter().next()).unwrap_or(echo)
        }
        Err(_) => echo,
    }
}
