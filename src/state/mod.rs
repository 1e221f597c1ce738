//! Per-profile state kept between runs: the running clock, the outbox of
//! time entries waiting to be sent and a cache of the server's projects,
//! activities and users, in one SQLite database in the user's
//! state directory (`state.db`, mode 0600 in a 0700 directory, WAL mode).
//!
//! Every change is a transaction, so two commands at once never lose or
//! double an entry, and a crash at any point leaves either the old or the new
//! state. Outbox entries go through recorded states (see [`outbox`]), which
//! is what lets `timesync sync` deliver each entry exactly once.

pub mod cache;
mod clock;
pub mod journal;
mod legacy;
pub mod outbox;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration as StdDuration;

use chrono::{DateTime, FixedOffset};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use serde::{Deserialize, Serialize};

use crate::config::{create_private_dir, private_file};
use crate::error::{Error, Result};

pub use outbox::{Entry, EntryStatus, Outcome};

/// The database file in the state directory.
pub const DATABASE: &str = "state.db";

/// How long a command waits for another one holding the database.
const BUSY_TIMEOUT: StdDuration = StdDuration::from_secs(30);

/// The schema; `user_version` says which of these steps have run.
const SCHEMA: &[&str] = &[
    "CREATE TABLE clocks (
         profile TEXT PRIMARY KEY,
         clock   TEXT NOT NULL
     );
     CREATE TABLE outbox (
         id          INTEGER PRIMARY KEY AUTOINCREMENT,
         profile     TEXT NOT NULL,
         time        TEXT NOT NULL,
         queued_at   TEXT NOT NULL,
         state       TEXT NOT NULL CHECK (state IN ('queued', 'sending')),
         uncertain   INTEGER NOT NULL DEFAULT 0,
         owner       INTEGER,
         lease_until INTEGER,
         refused     TEXT
     );
     CREATE INDEX outbox_profile ON outbox (profile, id);
     CREATE TABLE imports (
         file   TEXT NOT NULL,
         digest TEXT NOT NULL,
         PRIMARY KEY (file, digest)
     );",
    "CREATE TABLE import_journal (
         server      TEXT NOT NULL,
         digest      TEXT NOT NULL,
         occurrence  INTEGER NOT NULL,
         state       TEXT NOT NULL CHECK (state IN ('sending', 'uncertain', 'done', 'rejected')),
         uncertain   INTEGER NOT NULL DEFAULT 0,
         owner       INTEGER,
         lease_until INTEGER,
         uuid        TEXT,
         reason      TEXT,
         changed_at  TEXT NOT NULL,
         PRIMARY KEY (server, digest, occurrence)
     );",
    // The cache of projects, activities and users (see `cache`), and the
    // last clock stopped (for `timesync restart` without the server).
    "CREATE TABLE cached_projects (
         profile          TEXT NOT NULL,
         uuid             TEXT NOT NULL,
         name             TEXT NOT NULL,
         default_activity TEXT,
         fetched_at       INTEGER NOT NULL,
         PRIMARY KEY (profile, uuid)
     );
     CREATE TABLE cached_project_slugs (
         profile TEXT NOT NULL,
         slug    TEXT NOT NULL,
         uuid    TEXT NOT NULL,
         PRIMARY KEY (profile, slug)
     );
     CREATE INDEX cached_project_slugs_uuid ON cached_project_slugs (profile, uuid);
     CREATE TABLE cached_activities (
         profile    TEXT NOT NULL,
         slug       TEXT NOT NULL,
         uuid       TEXT NOT NULL,
         name       TEXT NOT NULL,
         fetched_at INTEGER NOT NULL,
         PRIMARY KEY (profile, slug)
     );
     CREATE TABLE cached_users (
         profile    TEXT NOT NULL,
         username   TEXT NOT NULL,
         fetched_at INTEGER NOT NULL,
         PRIMARY KEY (profile, username)
     );
     CREATE TABLE last_clocks (
         profile TEXT PRIMARY KEY,
         clock   TEXT NOT NULL
     );",
];

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

/// Keeps the write-ahead log and its index when the last connection closes,
/// so that the next command does not create, size and delete them again.
fn persist_wal(conn: &Connection) {
    let mut on: std::ffi::c_int = 1;
    // SAFETY: the handle is open for as long as `conn` lives, and this
    // operation reads one int through the pointer, during the call.
    unsafe {
        rusqlite::ffi::sqlite3_file_control(
            conn.handle(),
            c"main".as_ptr(),
            rusqlite::ffi::SQLITE_FCNTL_PERSIST_WAL,
            (&raw mut on).cast(),
        );
    }
}

/// The state database, opened for one profile.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    profile: String,
}

impl Store {
    /// Opens (creating if needed) the database in `dir` for `profile`, and
    /// imports the profile's JSON state files of earlier versions.
    pub fn open(dir: &Path, profile: &str) -> Result<Store> {
        let path = dir.join(DATABASE);
        create_private_dir(dir).map_err(|e| file_error(dir, "cannot create", &e))?;
        if !path.exists() {
            match private_file(&path) {
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => return Err(file_error(&path, "cannot create", &e)),
            }
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(&path, flags).map_err(|e| db_error(&path, &e))?;
        let mut store = Store { conn, path, profile: profile.to_owned() };
        store.prepare().map_err(|e| db_error(&store.path, &e))?;
        legacy::import(&mut store, dir)?;
        Ok(store)
    }

    /// Opens the database only if it (or a legacy state file) exists: for
    /// reading what waits without creating anything.
    pub fn open_existing(dir: &Path, profile: &str) -> Result<Option<Store>> {
        if dir.join(DATABASE).exists() || legacy::has_files(dir, profile) {
            Store::open(dir, profile).map(Some)
        } else {
            Ok(None)
        }
    }

    fn prepare(&mut self) -> rusqlite::Result<()> {
        self.conn.busy_timeout(BUSY_TIMEOUT)?;
        self.conn.pragma_update(None, "journal_mode", "WAL")?;
        persist_wal(&self.conn);
        // A kept log is cut back to nothing once written to the database, so
        // that the next command has no old log to read through.
        self.conn.pragma_update(None, "journal_size_limit", 0)?;
        // In WAL mode NORMAL keeps every commit atomic and durable across a
        // crash or kill of this program; only a power cut can roll back the
        // last commits. FULL would add an fsync to every commit.
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        let version: i64 = self.conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
        let target = i64::try_from(SCHEMA.len()).unwrap_or(i64::MAX);
        if version >= target {
            return Ok(());
        }
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let version: i64 = tx.pragma_query_value(None, "user_version", |row| row.get(0))?;
        for step in SCHEMA.iter().skip(usize::try_from(version).unwrap_or(0)) {
            tx.execute_batch(step)?;
        }
        tx.pragma_update(None, "user_version", target)?;
        tx.commit()
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
    use super::outbox::Lease;
    use super::*;
    use crate::model::NewTime;

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
                store.add_queued(&[time(&format!("entry {n} {}", "x".repeat(2000)))]).unwrap();
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

    #[test]
    fn the_outbox_is_marked_empty_only_while_no_profile_has_an_entry() {
        let dir = tempfile::tempdir().unwrap();
        let known_empty = || Store::outbox_known_empty(dir.path(), "default");
        let mut store = Store::open(dir.path(), "default").unwrap();
        let mut other = Store::open(dir.path(), "staging").unwrap();
        assert!(!known_empty(), "not known before anyone looked");
        store.mark_if_empty();
        assert!(known_empty());

        other.add_queued(&[time("waits")]).unwrap();
        assert!(!known_empty(), "an entry of any profile removes the mark");
        store.mark_if_empty();
        assert!(!known_empty(), "not marked while another profile has an entry");

        let ids = store.add_sending(&[time("sent")], &lease()).unwrap();
        other.drop_entry(1).unwrap().unwrap();
        assert!(!known_empty(), "one still being sent");
        store.settle(ids[0], &Outcome::MaybeDelivered).unwrap();
        assert!(!known_empty(), "one left uncertain");
        store.drop_entry(1).unwrap().unwrap();
        assert!(known_empty(), "the last one dropped");

        let ids = store.add_sending(&[time("sent")], &lease()).unwrap();
        assert!(!known_empty());
        store.settle(ids[0], &Outcome::Delivered).unwrap();
        assert!(known_empty(), "the last one delivered");

        store.start_clock(&clock()).unwrap().unwrap();
        let ids = store.clock_out(&clock(), &[time("a")], Some(&lease())).unwrap().unwrap();
        assert!(!known_empty());
        assert!(store.reopen_clock(&ids, &clock()).unwrap());
        assert!(known_empty(), "a clock-out undone");
    }

    #[test]
    fn a_clock_out_is_all_or_nothing_and_only_of_the_expected_clock() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), "default").unwrap();
        store.start_clock(&clock()).unwrap().unwrap();
        let stale = RunningClock { project: "other".into(), ..clock() };
        assert_eq!(store.clock_out(&stale, &[time("a")], Some(&lease())).unwrap(), None);
        assert!(store.entries().unwrap().is_empty());
        let ids = store.clock_out(&clock(), &[time("a"), time("b")], Some(&lease())).unwrap().unwrap();
        assert_eq!(ids.len(), 2);
        assert_eq!(store.clock().unwrap(), None);
        assert_eq!(store.last_clock().unwrap(), Some(clock()), "kept for `restart`");
        assert!(store.reopen_clock(&ids, &clock()).unwrap());
        assert!(store.entries().unwrap().is_empty());
        assert_eq!(store.clock().unwrap(), Some(clock()));
    }

    #[test]
    fn entries_being_sent_are_claimed_by_no_one_else_until_settled() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), "default").unwrap();
        let id = store.add_sending(&[time("mine")], &lease()).unwrap()[0];
        assert_eq!(store.entries().unwrap()[0].status, EntryStatus::Sending);
        assert!(store.claim_next(0, &lease()).unwrap().is_none(), "a live sender holds it");
        store.settle(id, &Outcome::MaybeDelivered).unwrap();
        let claimed = store.claim_next(0, &lease()).unwrap().unwrap();
        assert!(claimed.uncertain);
        store.settle(id, &Outcome::Refused("no".into())).unwrap();
        let entry = &store.entries().unwrap()[0];
        assert_eq!((entry.status, entry.refused.as_deref()), (EntryStatus::Queued, Some("no")));
        let claimed = store.claim_next(0, &lease()).unwrap().unwrap();
        assert!(!claimed.uncertain);
        store.settle(id, &Outcome::Delivered).unwrap();
        assert!(store.entries().unwrap().is_empty());
    }

    #[test]
    fn an_entry_of_a_dead_process_is_uncertain() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), "default").unwrap();
        store.add_sending(&[time("x")], &lease()).unwrap();
        store.conn.execute("UPDATE outbox SET lease_until = 0", []).unwrap();
        assert_eq!(store.entries().unwrap()[0].status, EntryStatus::Uncertain);
        assert!(store.claim_next(0, &lease()).unwrap().unwrap().uncertain);
    }

    #[test]
    fn dropping_checks_the_number_and_the_sender() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), "default").unwrap();
        assert_eq!(store.add_queued(&[time("a"), time("b")]).unwrap(), 2);
        store.add_sending(&[time("c")], &lease()).unwrap();
        assert!(store.drop_entry(0).unwrap().is_err());
        assert!(store.drop_entry(4).unwrap().unwrap_err().contains("3 entries"));
        assert!(store.drop_entry(3).unwrap().unwrap_err().contains("being sent"));
        assert_eq!(store.drop_entry(1).unwrap().unwrap().time.notes.as_deref(), Some("a"));
        assert_eq!(store.entries().unwrap()[0].number, 1);
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
    }
}
