//! Delivering time entries exactly once, by one rule for every sending path
//! (`time create`, `clock out`, `start --switch`, `sync` and `time import`).
//!
//! Every entry is in the delivery ledger (see [`crate::state::ledger`])
//! as *sending* before its `POST /times` goes out. What the answer shows
//! decides where it goes next ([`outcome_of`]):
//!
//! * a 2xx whose body is the time entry sent: **delivered**;
//! * a TimeSync error refusing it: **refused** (an authentication failure
//!   leaves it queued, to send once logged in);
//! * a failure before anything was sent (no connection, no token): **queued**;
//! * anything else after the request may have reached a server (another 2xx
//!   body, a reply that is not JSON or not a time entry, a 5xx, a redirect,
//!   a body cut off, a read timeout, a kill): **uncertain**. An uncertain
//!   entry is looked for on the server before it is sent again.

use super::explain::{explain, Sent};
use super::Session;
use crate::error::{Error, Result};
use crate::output::plural;
use crate::settings::Settings;
use crate::state::ledger::{digest, Claimed, Lease};
use crate::state::Entry;
use crate::state::{Outcome, Store};
use timesync::blocking::Client;
use timesync::model::{NewTime, Time, TimeQuery};
use timesync::validation::Uuid;

/// What happens to an entry the server refuses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnRefusal {
    /// The user sees the refusal at once (a direct create): the entry is forgotten.
    Forget,
    /// The entry waits with the server's reason (`sync`, a clock, an import).
    Keep,
}

/// The lease for entries this command sends: it outlasts one request.
pub fn lease(settings: &Settings) -> Lease {
    Lease::for_this_process(settings.connect_timeout.saturating_add(settings.timeout))
}

/// The configured server's key in the delivery ledger: where entries made
/// now are for, even when the server cannot be reached.
pub fn server_of(settings: &Settings) -> Result<String> {
    Ok(timesync::client::server_key(settings.url()?)?)
}

/// What a failed `POST /times` means for the entry: the one rule.
pub fn outcome_of(error: &Error, on_refusal: OnRefusal) -> Outcome {
    let client = match error.cause() {
        // Nothing was sent without a token, or with a local mistake.
        Error::AuthRequired(_) | Error::Invalid(_) | Error::Config { .. } | Error::Io(_) => return Outcome::Queued,
        Error::Client(client) => client,
        _ => return Outcome::Uncertain,
    };
    match client {
        // Nothing left this machine.
        timesync::Error::Unreachable { before_sending: true, .. } => Outcome::Queued,
        // A TimeSync error: the server did not take it.
        timesync::Error::Api(api) if api.is_authentication() => Outcome::Queued,
        timesync::Error::Api(api) if api.status < 500 => match on_refusal {
            OnRefusal::Keep => Outcome::Refused(error.to_string()),
            OnRefusal::Forget => Outcome::Dropped,
        },
        // Any other answer, or none, once the request may have reached a server.
        _ => Outcome::Uncertain,
    }
}

/// Sends `time` (`POST /times`) and reads the answer by the one rule: the
/// server's echo of the entry, or the error, with what it means for the
/// entry. A refusal is explained with the project and activities sent.
pub fn send(client: &Client, time: &NewTime, on_refusal: OnRefusal) -> (Outcome, Result<Time>) {
    let activities: Vec<&str> = time.activities.iter().map(|a| a.as_str()).collect();
    let sent = Sent::Time { project: Some(time.project.as_str()), activities: &activities };
    let result = client.create_time(time).map_err(Error::from).and_then(|echo| echo_of(echo, time));
    let result = result.map_err(|error| explain(error, sent));
    let outcome = match &result {
        Ok(echo) => Outcome::Delivered(Some(echo.uuid.clone())),
        Err(error) => outcome_of(error, on_refusal),
    };
    (outcome, result)
}

/// The create reply, if it is the entry sent: an echo of its fields with a
/// new uuid. Anything else cannot tell whether the entry was stored.
fn echo_of(echo: Time, sent: &NewTime) -> Result<Time> {
    let sent_or_absent = |echoed: &Option<String>, sent: &Option<String>| sent.is_none() || echoed == sent;
    let mut echoed_activities: Vec<&str> = echo.activities.iter().map(String::as_str).collect();
    let mut sent_activities: Vec<&str> = sent.activities.iter().map(|a| a.as_str()).collect();
    for list in [&mut echoed_activities, &mut sent_activities] {
        list.sort_unstable();
        list.dedup();
    }
    let same = echo.uuid.parse::<Uuid>().is_ok()
        && echo.duration == sent.duration
        && echo.user == sent.user.as_str()
        && echo.date_worked.0 == sent.date_worked
        && echo.project.iter().any(|slug| slug == sent.project.as_str())
        && (sent_activities.is_empty() || echoed_activities == sent_activities)
        && sent_or_absent(&echo.notes, &sent.notes)
        && sent_or_absent(&echo.issue_uri, &sent.issue_uri);
    if same {
        Ok(echo)
    } else {
        Err(Error::unexpected("the reply to POST /times is a time entry, but not the one sent"))
    }
}

/// Where an entry that may be on the server was found to stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Looked {
    /// It is there: an earlier attempt delivered it.
    There,
    /// It is not: send it.
    Missing,
    /// Another running command is sending an entry like it, so the server's
    /// count cannot tell yet: left uncertain for a later look.
    Busy,
}

/// Looks for an uncertain entry (ledger row `id`, for `server`) on the
/// server: it is there when the server holds more entries like it, deleted
/// ones included, than the ledger knows to have delivered there.
pub fn look_for(
    client: &Client,
    store: &Store,
    server: &str,
    id: i64,
    time: &NewTime,
    today: chrono::NaiveDate,
) -> Result<Looked> {
    let there = recorded_count(client, time, today)?;
    // Read after the server's answer: an entry delivered meanwhile is then
    // either counted or still in flight.
    let known = store.known(server, &digest(time), id)?;
    Ok(if known.in_flight {
        Looked::Busy
    } else if there > known.delivered {
        Looked::There
    } else {
        Looked::Missing
    })
}

/// What became of one outbox entry.
enum Delivered {
    /// Sent now: the server's echo.
    Sent(Time),
    /// It was on the server already: an earlier attempt had delivered it.
    Found,
    /// Left uncertain: another command is sending an entry like it.
    Postponed,
    /// Refused by the server, for this reason: it waits with the reason.
    Refused(String),
}

/// Sends one entry the ledger holds as *sending* for this process (row
/// `id`) and records what became of it: the echo, or why it was not
/// delivered (the entry then stands as [`outcome_of`] says).
pub fn send_recorded(
    client: &Client,
    store: &mut Store,
    id: i64,
    time: &NewTime,
    on_refusal: OnRefusal,
) -> Result<Time> {
    let (outcome, result) = send(client, time, on_refusal);
    store.settle(&[(id, outcome)])?;
    result
}

/// Delivers one outbox entry claimed by `sync` (an uncertain one is looked
/// for on the server first) and records what became of it; a refusal keeps
/// it with the reason. An error stops the run: the entry then stands as
/// [`outcome_of`] says. `today` is the day the server's list of entries ends.
fn deliver(session: &Session, store: &mut Store, claimed: &Claimed, today: chrono::NaiveDate) -> Result<Delivered> {
    let entry = &claimed.entry;
    if claimed.uncertain {
        let looked = look_for(&session.client, store, &session.server, entry.id, &entry.time, today);
        match looked {
            Ok(Looked::Missing) => {}
            Ok(Looked::There) => {
                store.settle(&[(entry.id, Outcome::Delivered(None))])?;
                return Ok(Delivered::Found);
            }
            Ok(Looked::Busy) | Err(_) => {
                store.settle(&[(entry.id, Outcome::Untouched)])?;
                return looked.map(|_| Delivered::Postponed);
            }
        }
    }
    let (outcome, result) = send(&session.client, &entry.time, OnRefusal::Keep);
    store.settle(&[(entry.id, outcome.clone())])?;
    match (result, outcome) {
        (Ok(echo), _) => Ok(Delivered::Sent(echo)),
        (Err(_), Outcome::Refused(reason)) => Ok(Delivered::Refused(reason)),
        (Err(error), _) => Err(error),
    }
}

/// What one `sync` did.
#[derive(Debug, Default)]
pub struct SyncRun {
    /// Entries sent now: the server's echoes.
    pub sent: Vec<Time>,
    /// Uncertain entries found on the server: recorded earlier, not sent again.
    pub found: Vec<Entry>,
    /// Uncertain entries left for later: another command was sending one like them.
    pub postponed: Vec<Entry>,
    /// Entries the server refused, with its reason: they wait with it.
    pub refused: Vec<(Entry, String)>,
    /// What stopped the run (unreachable server, authentication, local file).
    pub stopped: Option<Error>,
}

/// Delivers what waits in the profile's outbox for the session's server,
/// oldest first. Each entry is claimed in a transaction (so two `sync`s
/// never send the same one), an uncertain one is looked for on the server
/// before it is sent, and each is settled as soon as the server answered. A
/// refused entry stays with the server's reason while the others go on; an
/// unreachable server or an authentication failure stops the run and leaves
/// the rest as they were.
pub fn sync_outbox(session: &Session, store: &mut Store, lease: &Lease, today: chrono::NaiveDate) -> SyncRun {
    let mut run = SyncRun::default();
    let mut after = 0;
    loop {
        let claimed = match store.claim_next(&session.server, after, lease) {
            Ok(Some(claimed)) => claimed,
            Ok(None) => return run,
            Err(error) => {
                run.stopped = Some(error);
                return run;
            }
        };
        after = claimed.entry.id;
        match deliver(session, store, &claimed, today) {
            Ok(Delivered::Sent(time)) => run.sent.push(time),
            Ok(Delivered::Found) => run.found.push(claimed.entry),
            Ok(Delivered::Postponed) => run.postponed.push(claimed.entry),
            Ok(Delivered::Refused(reason)) => run.refused.push((claimed.entry, reason)),
            Err(error) => {
                run.stopped = Some(error);
                return run;
            }
        }
    }
}

/// Sends the entries of a stopped clock (ledger rows `ids`, being sent by
/// this process), oldest first. On a failure the entries not yet sent are
/// queued again; the echoes of those delivered come back with the error.
pub fn send_all(
    session: &Session,
    store: &mut Store,
    ids: &[i64],
    times: &[NewTime],
) -> Result<Vec<Time>, (Vec<Time>, Error)> {
    let mut created = Vec::new();
    for (index, (id, time)) in ids.iter().zip(times).enumerate() {
        match send_recorded(&session.client, store, *id, time, OnRefusal::Keep) {
            Ok(echo) => created.push(echo),
            Err(error) => {
                let rest: Vec<(i64, Outcome)> = ids[index + 1..].iter().map(|id| (*id, Outcome::Queued)).collect();
                let error = store.settle(&rest).err().unwrap_or(error);
                return Err((created, error));
            }
        }
    }
    Ok(created)
}

/// Whether entries that could not be sent because of `error` (met before
/// sending them: logging in, say) are kept in the outbox: an unreachable
/// server or a missing login, not a local mistake.
pub fn keeps_unsent(error: &Error) -> bool {
    matches!(outcome_of(error, OnRefusal::Forget), Outcome::Queued | Outcome::Uncertain)
        && !matches!(error.cause(), Error::Invalid(_) | Error::Config { .. } | Error::Io(_))
}

/// The error for `kept` entries left in the outbox after `error`, naming
/// how many and what happens next (unchanged when the error left nothing
/// there). `sent` says whether the entry's own request went out.
pub fn kept(error: Error, kept: usize, store: &Store, sent: bool) -> Error {
    let outcome = match outcome_of(&error, OnRefusal::Forget) {
        Outcome::Uncertain if !sent => Outcome::Queued,
        outcome => outcome,
    };
    if kept == 0 || matches!(outcome, Outcome::Dropped) {
        return error;
    }
    let waiting = store.entries().map(|entries| entries.len()).unwrap_or(kept);
    let saved = plural(kept, "time entry was", "time entries were");
    let note = if error.exit_code() == crate::error::ExitCode::AuthRequired {
        format!("{saved} saved to the outbox ({waiting} waiting): log in (`timesync login`), then run `timesync sync`")
    } else if outcome == Outcome::Uncertain {
        format!(
            "the server may have recorded it: {saved} kept in the outbox as uncertain ({waiting} waiting), and \
             `timesync sync` checks the server before sending it again"
        )
    } else {
        format!("{saved} saved to the outbox ({waiting} waiting): run `timesync sync` when the server is back")
    };
    Error::Kept { cause: Box::new(error), note }
}

/// How many entries like `time` the server holds, deleted ones included: of
/// the same user and day, with the same project, duration, activities,
/// notes and issue link.
pub fn recorded_count(client: &Client, time: &NewTime, today: chrono::NaiveDate) -> Result<usize> {
    let query = TimeQuery {
        users: vec![time.user.clone()],
        // The server refuses a start after its today; filter such days here.
        start: (time.date_worked < today).then_some(time.date_worked),
        end: Some(time.date_worked),
        include_deleted: true,
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
