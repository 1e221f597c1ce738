//! Reads of the user's own entries with or without the server: an online
//! read refreshes the mirror ([`crate::state::mirror`]) with what it
//! covered, as the entries arrive; when the server cannot be reached (exit
//! code 3), or under `--offline`, the read is answered from the mirror, with
//! the entries waiting in the outbox merged in and marked, and a note on
//! stderr saying so with the mirror's age. `--online` never falls back.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::delivery::server_of;
use super::{current_user, session, Session};
use crate::error::{Error, ExitCode, Result};
use crate::output::{note, plural, Column, Tabular};
use crate::settings::{Reads, Settings};
use crate::state::mirror::Span;
use crate::state::{Entry, EntryStatus, Store};
use timesync::model::{ApiDate, Time, TimeQuery};
use timesync::reference::TimeRef;
use timesync::validation::Username;

/// An outbox entry shown among the mirrored ones: not yet on the server.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Pending {
    /// Its number in `timesync outbox`.
    pub number: usize,
    /// Where it stands: `queued`, `sending` or `uncertain`.
    pub status: EntryStatus,
}

impl Pending {
    /// How a table marks it instead of a UUID: `outbox#1`.
    pub fn mark(&self) -> String {
        format!("outbox#{}", self.number)
    }
}

/// The local copy a read is answered from without the server.
pub struct Copy {
    /// The server's key (as the ledger's).
    pub server: String,
    /// The user whose entries are mirrored.
    pub user: Username,
    store: Option<Store>,
    /// When the mirror was last refreshed (never: `None`).
    pub read_at: Option<DateTime<Utc>>,
    /// The user's entries waiting in the outbox for this server.
    pub pending: Vec<(Pending, Time)>,
}

impl Copy {
    /// The mirror and outbox of the profile's server and user.
    pub fn open(settings: &Settings) -> Result<Copy> {
        let server = server_of(settings)?;
        let user: Username = current_user(settings)
            .ok_or_else(|| {
                Error::AuthRequired(
                    "cannot tell whose entries to show from the local copy: log in once with `timesync login` \
                     (or set username in the profile)"
                        .into(),
                )
            })?
            .parse()
            .map_err(Error::Invalid)?;
        let store = settings.existing_store()?;
        let read_at = match &store {
            Some(store) => store.mirror_read_at(&server, user.as_str())?,
            None => None,
        };
        let entries = match &store {
            Some(store) => store.entries()?,
            None => Vec::new(),
        };
        let pending = entries
            .into_iter()
            .filter(|e| (e.server == server || e.server.is_empty()) && e.time.user.as_str() == user.as_str())
            .map(|e| (Pending { number: e.number, status: e.status }, as_time(&e)))
            .collect();
        Ok(Copy { server, user, store, read_at, pending })
    }

    /// Hands the mirrored entries worked on or after `start` to `each`,
    /// oldest first; returns how many there were.
    pub fn each(&self, start: Option<NaiveDate>, each: impl FnMut(Time) -> Result<()>) -> Result<usize> {
        match &self.store {
            Some(store) => store.each_mirrored(&self.server, self.user.as_str(), start, each),
            None => Ok(0),
        }
    }

    /// The top-level marker of an object printed as JSON from the copy.
    pub fn marker(&self, settings: &Settings) -> Value {
        let now = settings.now.datetime().to_utc();
        json!({
            "server": self.server,
            "read_at": self.read_at.map(|at| crate::output::json_time(&at)),
            "age_seconds": self.read_at.map(|at| (now - at).num_seconds().max(0)),
        })
    }

    /// Says on stderr that the answer comes from the copy, how old it is
    /// and what of the outbox it shows; `why` is the error that made it so
    /// (none under `--offline`).
    fn notice(&self, settings: &Settings, why: Option<&Error>) {
        let head = match why {
            Some(error) => format!("offline ({error})"),
            None => "offline (--offline)".to_owned(),
        };
        let copy = match self.read_at {
            Some(at) => {
                let now = settings.now.datetime();
                let age = (now.to_utc() - at).num_seconds().max(0);
                format!(
                    "your entries as last read from {} {} ago ({})",
                    self.server,
                    age_text(age),
                    at.with_timezone(&now.timezone()).format("%Y-%m-%d %H:%M")
                )
            }
            None => format!("no entries of yours were read from {} yet: only the outbox", self.server),
        };
        let outbox = match self.pending.len() {
            0 => String::new(),
            count => format!(
                ", with {} from the outbox marked outbox#N (not yet on the server)",
                plural(count, "entry", "entries")
            ),
        };
        note(&format!("{head}: showing {copy}{outbox}"));
    }
}

/// A mirror age in words: `5m`, `2h05m`, `3d4h`.
fn age_text(seconds: i64) -> String {
    let (minutes, hours, days) = (seconds / 60, seconds / 3600, seconds / 86_400);
    if days > 0 {
        format!("{days}d{}h", hours % 24)
    } else if hours > 0 {
        format!("{hours}h{:02}m", minutes % 60)
    } else {
        format!("{minutes}m")
    }
}

/// An outbox entry as a time entry (no UUID: the server has not given one).
fn as_time(entry: &Entry) -> Time {
    let time = &entry.time;
    Time {
        duration: time.duration,
        user: time.user.to_string(),
        project: vec![time.project.to_string()],
        activities: time.activities.iter().map(ToString::to_string).collect(),
        notes: time.notes.clone(),
        issue_uri: time.issue_uri.clone(),
        date_worked: ApiDate(time.date_worked),
        uuid: String::new(),
        revision: 1,
        created_at: None,
        updated_at: None,
        deleted_at: None,
        parents: None,
    }
}

/// Whether a failed read may be answered from the copy: the server could
/// not be reached or did not answer as TimeSync does.
fn unreachable(error: &Error) -> bool {
    error.exit_code() == ExitCode::Unreachable
}

/// Runs a read of the user's entries: `online` with a session, or, under
/// `--offline` or when the server cannot be reached (and not `--online`),
/// `offline` with the local copy, after the note saying so.
pub fn read<R>(
    settings: &Settings,
    online: impl FnOnce(&Session) -> Result<R>,
    offline: impl FnOnce(&Copy) -> Result<R>,
) -> Result<R> {
    if settings.reads == Reads::Offline {
        let copy = Copy::open(settings)?;
        copy.notice(settings, None);
        return offline(&copy);
    }
    let session = session(settings)?;
    match online(&session) {
        Err(error) if settings.reads == Reads::Either && unreachable(&error) => match Copy::open(settings) {
            Ok(copy) => {
                copy.notice(settings, Some(&error));
                offline(&copy)
            }
            Err(_) => Err(error),
        },
        other => other,
    }
}

/// What a query of `GET /times` covers of `user`'s entries: the days it
/// asked for, when it asked for all of the user's entries of those days.
pub fn span_of(query: &TimeQuery, user: &str) -> Option<Span> {
    let mine = query.users.is_empty() || query.users.iter().any(|u| u.as_str() == user);
    let whole = query.projects.is_empty() && query.activities.is_empty();
    (mine && whole).then_some(Span { start: query.start, end: query.end })
}

/// `session.client.each_time(query, each)`, refreshing the mirror of the
/// logged-in user's entries over what the query covers ([`span_of`]) when
/// the whole list has arrived. The mirror is a convenience: when it cannot
/// be written, the read goes on (`--verbose` says why).
pub fn each_time(
    settings: &Settings,
    session: &Session,
    query: &TimeQuery,
    mut each: impl FnMut(Time) -> Result<()> + Send,
) -> Result<usize> {
    let span = session.user.as_deref().and_then(|user| span_of(query, user).map(|span| (user, span)));
    let mut store = match span {
        Some(_) => settings.store().map_err(|e| skipped(settings, &e)).ok(),
        None => None,
    };
    let mut refresh = match (store.as_mut(), span) {
        (Some(store), Some((user, span))) => {
            store.begin_refresh(&session.server, user, span).map_err(|e| skipped(settings, &e)).ok()
        }
        _ => None,
    };
    let mut failed = None;
    let count = session.client.each_time(query, |time| {
        if let Some(gathering) = refresh.as_mut() {
            if let Err(error) = gathering.add(&time) {
                failed = Some(error);
                refresh = None;
            }
        }
        each(time)
    })?;
    if let Some(error) = failed {
        skipped(settings, &error);
    }
    if let Some(refresh) = refresh {
        if let Err(error) = refresh.commit(settings.now.datetime().to_utc()) {
            skipped(settings, &error);
        }
    }
    Ok(count)
}

/// Notes (with `--verbose`) that the mirror was not refreshed.
fn skipped(settings: &Settings, error: &Error) {
    if settings.verbose {
        note(&format!("the local copy of your entries was not updated: {error}"));
    }
}

/// Whether `time` passes a query's filters (applied locally to the copy).
pub fn matches(query: &TimeQuery, time: &Time) -> bool {
    let day = time.date_worked.0;
    query.start.is_none_or(|start| day >= start)
        && query.end.is_none_or(|end| day <= end)
        && (query.users.is_empty() || query.users.iter().any(|u| u.as_str() == time.user))
        && (query.projects.is_empty() || query.projects.iter().any(|p| time.project.iter().any(|s| s == p.as_str())))
        && (query.activities.is_empty()
            || query.activities.iter().any(|a| time.activities.iter().any(|s| s == a.as_str())))
}

/// A time entry listed from the local copy: as last read from the server,
/// or waiting in the outbox (`outbox` says where: not on the server yet).
#[derive(Serialize)]
pub struct Listed {
    /// The entry.
    #[serde(flatten)]
    pub time: Time,
    /// Where it waits in the outbox, if it is not on the server yet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outbox: Option<Pending>,
}

impl Tabular for Listed {
    const COLUMNS: &'static [Column<'static>] = Time::COLUMNS;
    const FIELDS: &'static [&'static str] = Time::FIELDS;
    const PLURAL: &'static str = Time::PLURAL;

    /// The entry's row; one from the outbox has its mark in place of a UUID.
    fn row(&self) -> Vec<String> {
        let mut row = self.time.row();
        if let Some(pending) = &self.outbox {
            let uuid = Time::COLUMNS.iter().position(|column| column.title == "UUID");
            if let Some(cell) = uuid.and_then(|index| row.get_mut(index)) {
                *cell = pending.mark();
            }
        }
        row
    }

    fn details(&self) -> Vec<(&'static str, String)> {
        self.time.details()
    }

    fn id(&self) -> String {
        self.outbox.as_ref().map_or_else(|| self.time.id(), Pending::mark)
    }

    fn order(&self, other: &Self) -> std::cmp::Ordering {
        self.time.order(&other.time)
    }
}

/// `time get` under `--offline`: the entries of the local copy that match
/// `query` (or the one `entry` names), with the outbox's merged in and
/// marked. Revisions and deleted entries are the server's to list.
pub fn list(settings: &Settings, entry: Option<&TimeRef>, query: &TimeQuery) -> Result<()> {
    let copy = Copy::open(settings)?;
    copy.notice(settings, None);
    list_copy(settings, &copy, entry, query)
}

/// [`list`] from a copy already opened (and announced).
pub fn list_copy(settings: &Settings, copy: &Copy, entry: Option<&TimeRef>, query: &TimeQuery) -> Result<()> {
    if entry.is_none() && (query.users.is_empty() || query.users.iter().any(|u| *u != copy.user)) {
        note("the local copy holds only your own entries: other users' need the server");
    }
    if query.include_revisions || query.include_deleted {
        note("the local copy holds your entries as they are now (no revisions, no deleted ones)");
    }
    if let Some(entry) = entry {
        let time = super::reference::resolve_offline(copy, entry)?;
        return settings.printer.list(&[Listed { time, outbox: None }]);
    }
    let mut listed = Vec::new();
    copy.each(query.start, |time| {
        if matches(query, &time) {
            listed.push(Listed { time, outbox: None });
        }
        Ok(())
    })?;
    for (pending, time) in &copy.pending {
        if matches(query, time) {
            listed.push(Listed { time: time.clone(), outbox: Some(pending.clone()) });
        }
    }
    settings.printer.list(&listed)
}

/// What a streamed list hands its printer: a filler of items.
pub type Fill<'a, T> = Box<dyn FnOnce(&mut (dyn FnMut(T) -> Result<()> + Send)) -> Result<()> + 'a>;

/// A list streamed from the server (`produce`) and printed as it arrives
/// (`print`), unless the server cannot be reached: nothing is printed
/// before the list's first item (or its end) has come, so a server that
/// fails before that (exit code 3) leaves the answer to `offline`, from
/// the local copy, after the note saying so (not under `--online`). A list
/// that breaks off after its first item stays broken.
pub fn stream_or_copy<T: Send>(
    settings: &Settings,
    produce: impl FnOnce(&mut (dyn FnMut(T) -> Result<()> + Send)) -> Result<()> + Send,
    print: impl for<'a> FnOnce(Fill<'a, T>) -> Result<()>,
    offline: impl FnOnce(&Copy) -> Result<()>,
) -> Result<()> {
    print_once_begun(produce, print, |error| {
        if settings.reads != Reads::Either || !unreachable(&error) {
            return Err(error);
        }
        match Copy::open(settings) {
            Ok(copy) => {
                copy.notice(settings, Some(&error));
                offline(&copy)
            }
            Err(_) => Err(error),
        }
    })
}

/// Runs `produce` on a thread of its own and waits for its first item or
/// its end: then `print` gets them all as they come; when it failed before
/// its first item, `failed` gets its error instead (and nothing is printed).
/// The first item crosses alone, the rest in batches (a channel operation
/// an item would cost more than decoding it).
fn print_once_begun<T: Send>(
    produce: impl FnOnce(&mut (dyn FnMut(T) -> Result<()> + Send)) -> Result<()> + Send,
    print: impl for<'a> FnOnce(Fill<'a, T>) -> Result<()>,
    failed: impl FnOnce(Error) -> Result<()>,
) -> Result<()> {
    const BATCH: usize = 256;
    std::thread::scope(|scope| {
        let (sender, batches) = std::sync::mpsc::sync_channel::<Vec<T>>(8);
        let producer = scope.spawn(move || {
            // A send fails only once the printer stopped, with its own error.
            let closed = |_| Error::Io("the output was closed".into());
            let (mut batch, mut limit) = (Vec::new(), 1);
            let produced = produce(&mut |item| {
                batch.push(item);
                if batch.len() >= limit {
                    sender.send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH))).map_err(closed)?;
                    limit = BATCH;
                }
                Ok(())
            });
            // What came before a break is printed too.
            if !batch.is_empty() {
                sender.send(batch).map_err(closed)?;
            }
            produced
        });
        let ended = |producer: std::thread::ScopedJoinHandle<'_, Result<()>>| {
            producer.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        };
        let Ok(first) = batches.recv() else {
            // The list ended before its first item: empty, or failed.
            return match ended(producer) {
                Ok(()) => print(Box::new(|_| Ok(()))),
                Err(error) => failed(error),
            };
        };
        print(Box::new(move |emit| {
            for item in std::iter::once(first).chain(batches.iter()).flatten() {
                emit(item)?;
            }
            ended(producer)
        }))
    })
}

/// The `n` newest mirrored entries of the profile's user, newest first
/// (`@1` first), without the server: for completing `@N`.
pub fn newest_mirrored(settings: &Settings, n: usize) -> Result<Vec<Time>> {
    let copy = Copy::open(settings)?;
    let mut newest = std::collections::VecDeque::with_capacity(n.min(1024));
    copy.each(None, |time| {
        if newest.len() == n {
            newest.pop_front();
        }
        if n > 0 {
            newest.push_back(time);
        }
        Ok(())
    })?;
    Ok(newest.into_iter().rev().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs [`print_once_begun`] with a producer of `items` that then ends
    /// with `end`; returns what was printed, whether `failed` was called, and the result.
    fn begun(items: Vec<u32>, end: Result<()>, stop_after: usize) -> (Vec<u32>, Option<String>, Result<()>) {
        let mut printed = Vec::new();
        let mut failure = None;
        let result = print_once_begun(
            move |emit| {
                for item in items {
                    emit(item)?;
                }
                end
            },
            |fill| {
                fill(&mut |item| {
                    if printed.len() == stop_after {
                        return Err(Error::Io("the output was closed".into()));
                    }
                    printed.push(item);
                    Ok(())
                })
            },
            |error| {
                failure = Some(error.to_string());
                Err(error)
            },
        );
        (printed, failure, result)
    }

    fn broken() -> Result<()> {
        Err(Error::Io("broke off".into()))
    }

    #[test]
    fn a_list_that_fails_before_its_first_item_prints_nothing_and_goes_to_failed() {
        let (printed, failure, result) = begun(Vec::new(), broken(), usize::MAX);
        assert!(printed.is_empty());
        assert_eq!(failure.as_deref(), Some("broke off"));
        assert!(result.is_err());
    }

    #[test]
    fn a_begun_list_is_printed_whole_or_up_to_where_it_broke_off() {
        let many: Vec<u32> = (0..5000).collect();
        let (printed, failure, result) = begun(many.clone(), Ok(()), usize::MAX);
        assert_eq!((printed, failure), (many.clone(), None));
        assert!(result.is_ok());
        let (printed, failure, result) = begun(vec![1, 2], broken(), usize::MAX);
        assert_eq!((printed, failure), (vec![1, 2], None), "begun: the failure is the list's, not a fallback");
        assert_eq!(result.unwrap_err().to_string(), "broke off");
        let (printed, _, result) = begun(Vec::new(), Ok(()), usize::MAX);
        assert!(printed.is_empty() && result.is_ok(), "an empty list is printed (as empty)");
    }

    #[test]
    fn a_printer_that_stops_stops_the_producer_without_waiting_forever() {
        let (printed, failure, result) = begun((0..10_000).collect(), Ok(()), 3);
        assert_eq!((printed, failure), (vec![0, 1, 2], None));
        assert_eq!(result.unwrap_err().to_string(), "the output was closed");
    }

    #[test]
    fn ages_read_in_the_largest_units() {
        assert_eq!(age_text(59), "0m");
        assert_eq!(age_text(5 * 60), "5m");
        assert_eq!(age_text(2 * 3600 + 5 * 60), "2h05m");
        assert_eq!(age_text(3 * 86_400 + 4 * 3600 + 1), "3d4h");
    }

    #[test]
    fn a_query_covers_the_users_entries_of_its_days_only_unfiltered() {
        let alice: Username = "alice".parse().unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 12, 1);
        let query = TimeQuery { users: vec![alice.clone()], start: day, ..TimeQuery::default() };
        assert_eq!(span_of(&query, "alice"), Some(Span { start: day, end: None }));
        assert_eq!(span_of(&TimeQuery::default(), "alice"), Some(Span::default()), "everyone's: hers too");
        assert_eq!(span_of(&query, "bob"), None, "someone else's");
        let filtered = TimeQuery { projects: vec!["gwm".parse().unwrap()], ..query };
        assert_eq!(span_of(&filtered, "alice"), None, "only some of her entries");
    }
}
