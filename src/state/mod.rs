//! Per-profile state kept between runs: the running clock, the delivery
//! ledger (the outbox of time entries waiting to be sent, and where imported
//! entries stand) and a cache of the server's projects, activities and
//! users, in one SQLite database in the user's state directory (`state.db`,
//! mode 0600 in a 0700 directory, WAL mode).
//!
//! Every change is a transaction, so two commands at once never lose or
//! double an entry, and a crash at any point leaves either the old or the new
//! state. Entries go through the ledger's recorded states (see [`ledger`]),
//! which is what lets `timesync sync` and an import deliver each entry
//! exactly once.

pub mod cache;
pub mod ledger;
pub mod mirror;
pub mod running;
mod schema;

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use rusqlite::{Connection, TransactionBehavior};
use serde::{Deserialize, Serialize};

use crate::config::create_private_dir;
use crate::error::{Error, Result};

pub use ledger::{Entry, EntryStatus, Outcome};

/// The database file in the state directory.
pub const DATABASE: &str = "state.db";

/// The directory for state: `<state dir>/timesync` (falls back to the local
/// data directory where the platform has no state directory).
pub fn default_dir() -> Option<PathBuf> {
    dirs::state_dir().or_else(dirs::data_local_dir).map(|dir| dir.join("timesync"))
}

/// A running clock: what is being worked on, and since when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunningClock {
    /// The project's slug.
    pub project: String,
    /// Activity slugs (empty: the project's default activity).
    #[serde(default)]
    pub activities: Vec<String>,
    /// Notes for the entry.
    #[serde(default)]
    pub notes: Option<String>,
    /// Issue link for the entry.
    #[serde(default)]
    pub issue_uri: Option<String>,
    /// The owner of the entry.
    pub user: String,
    /// When the clock was started, with its UTC offset and seconds.
    pub started_at: DateTime<FixedOffset>,
}

/// The state database, opened for one profile.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    profile: String,
}

impl Store {
    /// Opens (creating if needed) the database in `dir` for `profile`.
    pub fn open(dir: &Path, profile: &str) -> Result<Store> {
        let path = dir.join(DATABASE);
        create_private_dir(dir).map_err(|e| file_error(dir, "cannot create", &e))?;
        let conn = schema::open(&path)?;
        Ok(Store { conn, path, profile: profile.to_owned() })
    }

    /// Opens the database only if it exists: for reading what waits
    /// without creating anything.
    pub fn open_existing(dir: &Path, profile: &str) -> Result<Option<Store>> {
        if dir.join(DATABASE).exists() {
            Store::open(dir, profile).map(Some)
        } else {
            Ok(None)
        }
    }

    /// Runs `change` in one write transaction (taken at once, so two
    /// commands never interleave their reads and writes).
    fn write<T>(&mut self, change: impl FnOnce(&rusqlite::Transaction) -> Result<T>) -> Result<T> {
        let path = self.path.clone();
        let tx =
            self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(|e| db_error(&path, &e))?;
        let value = change(&tx)?;
        tx.commit().map_err(|e| db_error(&path, &e))?;
        Ok(value)
    }

    /// The error for a failed query on this database.
    fn error(&self, error: &rusqlite::Error) -> Error {
        db_error(&self.path, error)
    }
}

/// A database error, naming the file (exit code 2: a local file problem).
pub(crate) fn db_error(path: &Path, error: &rusqlite::Error) -> Error {
    let hint = match error.sqlite_error_code() {
        Some(
            rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::PermissionDenied,
        ) => "; make it (and its directory) writable",
        Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt) => {
            "; it is damaged: move it aside to start afresh (what it held is then lost)"
        }
        _ => "",
    };
    Error::Io(format!("state database {}: {error}{hint}", path.display()))
}

fn file_error(path: &Path, what: &str, error: &std::io::Error) -> Error {
    Error::Io(format!("{what} {}: {error}", path.display()))
}

/// Encodes a value stored as JSON text.
fn to_json<T: Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| Error::Io(format!("cannot encode state: {e}")))
}

/// Decodes a value stored as JSON text, naming the database when it is damaged.
fn from_json<T: for<'de> Deserialize<'de>>(path: &Path, what: &str, text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|_| {
        Error::Io(format!(
            "state database {}: a stored {what} is damaged; drop it or move the file aside",
            path.display()
        ))
    })
}

/// Removes a file, ignoring one that is already gone.
fn remove_file(path: &Path) -> Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(file_error(path, "cannot remove", &e)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration as StdDuration;

    use super::ledger::Lease;
    use super::running::Stop;
    use super::*;
    use timesync::model::NewTime;

    const SERVER: &str = "http://ts.example.com/v0";

    fn time(notes: &str) -> NewTime {
        serde_json::from_value(serde_json::json!({
            "duration": 3600, "project": "gwm", "user": "alice", "date_worked": "2026-11-29", "notes": notes
        }))
        .unwrap()
    }

    fn clock() -> RunningClock {
        RunningClock {
            project: "gwm".into(),
            activities: vec!["dev".into()],
            notes: Some("line one\nline two".into()),
            issue_uri: None,
            user: "alice".into(),
            started_at: DateTime::parse_from_rfc3339("2026-11-29T09:30:15+01:00").unwrap(),
        }
    }

    fn lease() -> Lease {
        Lease::for_this_process(StdDuration::from_secs(30))
    }

    #[test]
    fn the_log_is_kept_but_left_empty_when_the_last_command_closes() {
        let dir = tempfile::tempdir().unwrap();
        {
            let mut store = Store::open(dir.path(), "default").unwrap();
            for n in 0..200 {
                store.add_to_outbox(SERVER, &[time(&format!("entry {n} {}", "x".repeat(2000)))], None).unwrap();
            }
            let log = std::fs::metadata(dir.path().join("state.db-wal")).unwrap();
            assert!(log.len() > 10_000, "{} bytes", log.len());
        }
        // The next command neither creates the log again nor reads through an old one.
        assert_eq!(std::fs::metadata(dir.path().join("state.db-wal")).unwrap().len(), 0);
        assert_eq!(Store::open(dir.path(), "default").unwrap().entries().unwrap().len(), 200);
    }

    #[test]
    fn one_clock_per_profile_round_trips_with_offset_seconds_and_newlines() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), "default").unwrap();
        assert_eq!(store.clock().unwrap(), None);
        store.start_clock(&clock()).unwrap().unwrap();
        assert_eq!(store.start_clock(&RunningClock { project: "other".into(), ..clock() }).unwrap(), Err(clock()));
        let mut other = Store::open(dir.path(), "staging").unwrap();
        assert_eq!(other.clock().unwrap(), None, "profiles have their own clock");
        other.start_clock(&clock()).unwrap().unwrap();
        assert_eq!(store.cancel_clock().unwrap(), Some(clock()));
        assert_eq!(store.cancel_clock().unwrap(), None);
    }

    fn stop<'a>(expected: &'a RunningClock, times: &'a [NewTime], lease: &'a Lease) -> Stop<'a> {
        Stop { expected, times, server: SERVER, lease: Some(lease), then_start: None }
    }

    #[test]
    fn a_clock_out_is_all_or_nothing_and_only_of_the_expected_clock() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), "default").unwrap();
        store.start_clock(&clock()).unwrap().unwrap();
        let (stale, lease) = (RunningClock { project: "other".into(), ..clock() }, lease());
        assert_eq!(store.stop_clock(&stop(&stale, &[time("a")], &lease)).unwrap(), None);
        assert!(store.entries().unwrap().is_empty());
        let ids = store.stop_clock(&stop(&clock(), &[time("a"), time("b")], &lease)).unwrap().unwrap();
        assert_eq!(ids.len(), 2);
        assert_eq!(store.clock().unwrap(), None);
        assert_eq!(store.last_clock().unwrap(), Some(clock()), "kept for `restart`");
        assert!(store.reopen_clock(&ids, &clock()).unwrap());
        assert!(store.entries().unwrap().is_empty());
        assert_eq!(store.clock().unwrap(), Some(clock()));
    }

    #[test]
    fn a_switch_stops_one_clock_and_starts_the_next_in_one_step() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), "default").unwrap();
        store.start_clock(&clock()).unwrap().unwrap();
        let next = RunningClock { project: "next".into(), ..clock() };
        let (lease, running, times) = (lease(), clock(), [time("a")]);
        let switch = Stop { then_start: Some(&next), ..stop(&running, &times, &lease) };
        let ids = store.stop_clock(&switch).unwrap().unwrap();
        assert_eq!(store.clock().unwrap(), Some(next.clone()));
        assert_eq!(store.entries().unwrap()[0].id, ids[0]);
        // The stopped clock is no longer there to stop: nothing changes.
        assert_eq!(store.stop_clock(&switch).unwrap(), None);
        assert_eq!((store.clock().unwrap(), store.entries().unwrap().len()), (Some(next), 1));
    }

    #[test]
    fn a_copy_of_the_running_clocks_answers_without_the_database_and_follows_every_change() {
        let dir = tempfile::tempdir().unwrap();
        let copied = || Store::copied_clock(dir.path(), "default");
        let mut store = Store::open(dir.path(), "default").unwrap();
        assert_eq!(copied(), None, "no copy yet: ask the database");
        store.start_clock(&clock()).unwrap().unwrap();
        assert_eq!(copied(), Some(Some(clock())));
        let mut other = Store::open(dir.path(), "staging").unwrap();
        other.start_clock(&RunningClock { project: "ts".into(), ..clock() }).unwrap().unwrap();
        assert_eq!(copied(), Some(Some(clock())), "each profile its own");
        let (lease, running, times) = (lease(), clock(), [time("a")]);
        store.stop_clock(&stop(&running, &times, &lease)).unwrap().unwrap();
        assert_eq!(copied(), Some(None));
        store.start_clock(&clock()).unwrap().unwrap();
        store.cancel_clock().unwrap().unwrap();
        assert_eq!(copied(), Some(None));
        // A missing copy (a crash between the change and the copy) is written again.
        std::fs::remove_file(dir.path().join(running::CLOCKS)).unwrap();
        assert_eq!(copied(), None);
        store.start_clock(&clock()).unwrap().unwrap();
        std::fs::remove_file(dir.path().join(running::CLOCKS)).unwrap();
        store.copy_clocks();
        assert_eq!(copied(), Some(Some(clock())));
    }

    #[cfg(unix)]
    #[test]
    fn the_database_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let state = dir.path().join("timesync");
        Store::open(&state, "default").unwrap();
        let mode = |path: &Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&state), 0o700);
        assert_eq!(mode(&state.join(DATABASE)), 0o600);
        assert_eq!(mode(&state.join("state.lock")), 0o600);
    }

    #[test]
    fn an_emptied_database_is_reported_unless_nothing_was_waiting() {
        let dir = tempfile::tempdir().unwrap();
        Store::open(dir.path(), "default").unwrap().add_to_outbox(SERVER, &[time("a")], None).unwrap();
        for name in ["state.db", "state.db-wal", "state.db-shm"] {
            let _ = fs::write(dir.path().join(name), "");
        }
        let error = Store::open(dir.path(), "default").err().expect("an emptied database is damage").to_string();
        assert!(error.contains("the file is empty, but entries were waiting"), "{error}");
        // Still there, untouched, for the user to restore.
        assert_eq!(fs::metadata(dir.path().join(DATABASE)).unwrap().len(), 0);

        let fresh = tempfile::tempdir().unwrap();
        Store::open(fresh.path(), "default").unwrap();
        fs::write(fresh.path().join(DATABASE), "").unwrap();
        assert!(Store::open(fresh.path(), "default").unwrap().entries().unwrap().is_empty(), "nothing waited");
    }

    #[test]
    fn many_opens_at_once_of_a_new_directory_all_succeed() {
        for _ in 0..10 {
            let dir = tempfile::tempdir().unwrap();
            let state = dir.path().join("timesync");
            std::thread::scope(|scope| {
                let opened: Vec<_> = (0..6)
                    .map(|n| {
                        let state = &state;
                        scope.spawn(move || {
                            let mut store = Store::open(state, "default")?;
                            store.add_to_outbox(SERVER, &[time(&n.to_string())], None)
                        })
                    })
                    .collect();
                for handle in opened {
                    handle.join().unwrap().unwrap();
                }
            });
            assert_eq!(Store::open(&state, "default").unwrap().entries().unwrap().len(), 6);
        }
    }
}
