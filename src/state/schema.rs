//! Opening the state database: creating it, bringing its schema up to
//! date, and telling a database that was emptied from one never used.
//!
//! A new database is created and its schema brought up to date under an
//! exclusive lock on `state.lock` beside it, so that commands started at
//! once on a new state directory wait for one another instead of failing;
//! commands that find the schema current take no lock.
//!
//! The `outbox-empty` mark is made before a new database file is: a
//! database file of no bytes without the mark was truncated or replaced
//! after entries were waiting in it, and is reported, never read as empty.

use std::fs;
use std::path::Path;
use std::time::{Duration as StdDuration, Instant};

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use super::ledger::{migrate, KNOWN_EMPTY};
use super::{db_error, file_error};
use crate::config::private_file;
use crate::error::{Error, Result};

/// How long a command waits for another one holding the database.
const BUSY_TIMEOUT: StdDuration = StdDuration::from_secs(30);

/// The lock file beside the database, held while it is created or its schema changes.
const LOCK: &str = "state.lock";

/// One step of the schema.
enum Step {
    /// SQL run as it is.
    Sql(&'static str),
    /// A step that moves data as well.
    Move(fn(&Transaction) -> rusqlite::Result<()>),
}

/// The schema; `user_version` says which of these steps have run.
const SCHEMA: &[Step] = &[
    Step::Sql(
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
    ),
    Step::Sql(
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
    ),
    // The cache of projects, activities and users (see `cache`), and the
    // last clock stopped (for `timesync restart` without the server).
    Step::Sql(
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
    ),
    // The outbox and the import journal become the delivery ledger.
    Step::Move(migrate::to_ledger),
    // The mirror of the user's entries, for reads without the server (see
    // `mirror`), and when each whole list of the cache was last fetched.
    Step::Sql(super::mirror::TABLES),
    // Projects' URIs, for the project of a git repository; a list cached
    // before has none, and is no longer taken as fresh.
    Step::Sql(
        "ALTER TABLE cached_projects ADD COLUMN uri TEXT;
     DELETE FROM cached_lists WHERE kind = 'project';
     UPDATE cached_projects SET fetched_at = 0;",
    ),
    // What the last read of each mirror held, to leave the mirror alone
    // when the same read comes back alike (see `mirror::Refresh::commit`).
    Step::Sql(
        "ALTER TABLE mirror_reads ADD COLUMN span_start TEXT;
     ALTER TABLE mirror_reads ADD COLUMN span_end TEXT;
     ALTER TABLE mirror_reads ADD COLUMN digest TEXT;",
    ),
];

/// Opens the database at `path`, creating it and bringing its schema up
/// to date when needed.
pub(super) fn open(path: &Path) -> Result<Connection> {
    if has_data(path) {
        let mut conn = connect(path)?;
        if !is_current(&conn).map_err(|e| db_error(path, &e))? {
            let _lock = lock(path)?;
            upgrade(&mut conn).map_err(|e| db_error(path, &e))?;
        }
        return Ok(conn);
    }
    // New, or emptied: decided under the lock, where no one is creating it.
    let _lock = lock(path)?;
    create_or_check_empty(path)?;
    let mut conn = connect(path)?;
    upgrade(&mut conn).map_err(|e| db_error(path, &e))?;
    Ok(conn)
}

/// Creates the database file (after the mark that says its outbox is
/// empty), or checks that an existing empty one may be used: only when
/// the mark says nothing was waiting in it.
fn create_or_check_empty(path: &Path) -> Result<()> {
    let mark = path.with_file_name(KNOWN_EMPTY);
    match fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            make_mark(&mark)?;
            match private_file(path) {
                Ok(_) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
                Err(e) => Err(file_error(path, "cannot create", &e)),
            }
        }
        Err(e) => Err(file_error(path, "cannot read", &e)),
        Ok(_) if has_data(path) || mark.exists() => Ok(()),
        Ok(_) => Err(Error::Io(format!(
            "state database {}: the file is empty, but entries were waiting in its outbox: it was truncated or \
             replaced. Restore it from a backup, or move it aside to start afresh (what it held is then lost)",
            path.display()
        ))),
    }
}

/// Whether the database holds anything: its file, or its write-ahead log
/// (where a new database's first pages live until they are written back).
fn has_data(path: &Path) -> bool {
    let wal = path.with_file_name(format!("{}-wal", path.file_name().unwrap_or_default().to_string_lossy()));
    [path, &wal].iter().any(|file| fs::metadata(file).is_ok_and(|m| m.len() > 0))
}

fn make_mark(mark: &Path) -> Result<()> {
    match private_file(mark) {
        Err(e) if e.kind() != std::io::ErrorKind::AlreadyExists => Err(file_error(mark, "cannot create", &e)),
        _ => Ok(()),
    }
}

/// Takes the exclusive lock on [`LOCK`] beside the database, waiting for
/// another command holding it; released when the file is dropped.
fn lock(path: &Path) -> Result<fs::File> {
    let lock_path = path.with_file_name(LOCK);
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(&lock_path).map_err(|e| file_error(&lock_path, "cannot open", &e))?;
    file.lock().map_err(|e| file_error(&lock_path, "cannot lock", &e))?;
    Ok(file)
}

/// A connection with this program's settings.
fn connect(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(|e| db_error(path, &e))?;
    configure(&conn).map_err(|e| db_error(path, &e))?;
    Ok(conn)
}

/// Settings of this connection alone; the busy timeout comes first, so
/// that everything after it waits for other commands instead of failing.
fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    persist_wal(conn);
    // A kept log is cut back to nothing once written to the database, so
    // that the next command has no old log to read through.
    conn.pragma_update(None, "journal_size_limit", 0)?;
    // In WAL mode NORMAL keeps every commit atomic and durable across a
    // crash or kill of this program; only a power cut can roll back the
    // last commits. FULL would add an fsync to every commit.
    conn.pragma_update(None, "synchronous", "NORMAL")
}

/// Whether the database is in WAL mode with every schema step run.
fn is_current(conn: &Connection) -> rusqlite::Result<bool> {
    let mode: String = conn.pragma_query_value(None, "journal_mode", |row| row.get(0))?;
    Ok(mode.eq_ignore_ascii_case("wal") && version(conn)? >= target())
}

fn version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
}

fn target() -> i64 {
    i64::try_from(SCHEMA.len()).unwrap_or(i64::MAX)
}

/// Switches to WAL mode and runs the schema steps not yet run; called under [`lock`].
fn upgrade(conn: &mut Connection) -> rusqlite::Result<()> {
    retry_busy(|| conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get::<_, String>(0)))?;
    persist_wal(conn);
    if version(conn)? >= target() {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let tx_version = version(&tx)?;
    for step in SCHEMA.iter().skip(usize::try_from(tx_version).unwrap_or(0)) {
        match step {
            Step::Sql(sql) => tx.execute_batch(sql)?,
            Step::Move(step) => step(&tx)?,
        }
    }
    tx.pragma_update(None, "user_version", target())?;
    tx.commit()
}

/// Runs `action` again while the database is busy, up to [`BUSY_TIMEOUT`]:
/// some locks (switching the journal mode) do not wait by themselves.
fn retry_busy<T>(mut action: impl FnMut() -> rusqlite::Result<T>) -> rusqlite::Result<T> {
    let deadline = Instant::now() + BUSY_TIMEOUT;
    loop {
        match action() {
            Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy) && Instant::now() < deadline => {
                std::thread::sleep(StdDuration::from_millis(10));
            }
            result => return result,
        }
    }
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
