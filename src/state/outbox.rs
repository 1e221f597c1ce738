//! The outbox: time entries recorded locally before (or instead of) being
//! sent, so that none is lost and none is sent twice.
//!
//! Each entry is in one of these recorded states:
//!
//! * **queued**: not on the server; `sync` sends it.
//! * **sending**: a process (its id and a lease) is sending it right now.
//!   The state is committed *before* the request goes out, and the entry is
//!   removed once the server has accepted it. An entry left in this state by
//!   a process that died (crash, `kill -9`) is *uncertain*.
//! * **uncertain**: the request may have reached the server (a read timeout,
//!   a crash mid-request). Before sending it again, `sync` looks for it on
//!   the server and only sends it if it is not there.
//!
//! An entry the server refused stays queued with the server's reason.
//!
//! A file next to the database, [`KNOWN_EMPTY`], is there only while no
//! profile has an entry: it is removed in the transaction that adds one,
//! before the entry is written, and made again under the write lock once the
//! outbox is seen empty. Commands read it to skip opening the database just
//! to say that nothing waits.

use std::path::Path;
use std::time::{Duration as StdDuration, SystemTime, UNIX_EPOCH};

use chrono::{DateTime, FixedOffset};
use rusqlite::{params, Row, Transaction};
use serde::Serialize;

use super::{db_error, from_json, legacy, remove_file, to_json, Store};
use crate::config::private_file;
use crate::error::{Error, Result};
use crate::model::NewTime;

/// Where an entry stands, as shown to the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntryStatus {
    /// Waiting to be sent.
    Queued,
    /// Being sent by a running command.
    Sending,
    /// May already be on the server; checked there before it is sent again.
    Uncertain,
}

impl EntryStatus {
    /// The status as one word.
    pub fn as_str(self) -> &'static str {
        match self {
            EntryStatus::Queued => "queued",
            EntryStatus::Sending => "sending",
            EntryStatus::Uncertain => "uncertain",
        }
    }
}

/// An entry of the outbox.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entry {
    /// Its number in the list (1 = oldest).
    pub number: usize,
    /// The database id (stable while the entry exists).
    #[serde(skip)]
    pub id: i64,
    /// The validated entry, exactly as it will be sent.
    pub time: NewTime,
    /// When it was queued.
    pub queued_at: DateTime<FixedOffset>,
    /// Where it stands.
    pub status: EntryStatus,
    /// Why the server refused it on the last `timesync sync`, if it did.
    pub refused: Option<String>,
}

/// What became of one attempt to send an entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The server accepted it: it leaves the outbox.
    Delivered,
    /// It certainly did not reach the server: queued again.
    NotDelivered,
    /// It may have reached the server: queued, checked before it is resent.
    MaybeDelivered,
    /// The server refused it: queued with the reason, for the user to fix or drop.
    Refused(String),
    /// Nothing was learnt (the run stopped before this entry): back as it was.
    Untouched,
    /// The user gave up on it (a refused direct create): it leaves the outbox.
    Dropped,
}

/// Who holds entries being sent, and until when at the latest.
#[derive(Clone, Debug)]
pub struct Lease {
    pub(super) owner: u32,
    pub(super) until: i64,
}

impl Lease {
    /// A lease for this process that outlasts one request of `per_request`.
    pub fn for_this_process(per_request: StdDuration) -> Self {
        let until = unix_now().saturating_add(i64::try_from(per_request.as_secs()).unwrap_or(i64::MAX / 4) * 2 + 60);
        Lease { owner: std::process::id(), until }
    }
}

/// An entry claimed by `sync`, and whether it must be looked for on the
/// server before it is sent.
#[derive(Clone, Debug)]
pub struct Claimed {
    /// The entry.
    pub entry: Entry,
    /// It may already be on the server.
    pub uncertain: bool,
}

/// The file whose presence says that no profile has an entry in the outbox.
pub const KNOWN_EMPTY: &str = "outbox-empty";

/// The [`KNOWN_EMPTY`] file beside the database at `database`.
fn known_empty(database: &Path) -> std::path::PathBuf {
    database.with_file_name(KNOWN_EMPTY)
}

impl Store {
    /// Whether the outbox in `dir` is known to be empty for every profile
    /// (and `profile` has no earlier version's files to bring in), without
    /// opening the database.
    pub fn outbox_known_empty(dir: &Path, profile: &str) -> bool {
        dir.join(KNOWN_EMPTY).exists() && !legacy::has_files(dir, profile)
    }

    /// Records that the outbox is empty, if no profile has an entry. Checked
    /// under the write lock, so an entry added meanwhile (which removes the
    /// mark in its own transaction) is never hidden. A mark that cannot be
    /// made only costs later commands a look into the database.
    pub fn mark_if_empty(&mut self) {
        let path = self.path.clone();
        let _ = self.write(|tx| {
            let waiting: bool = tx
                .query_row("SELECT EXISTS (SELECT 1 FROM outbox)", [], |row| row.get(0))
                .map_err(|e| db_error(&path, &e))?;
            if !waiting {
                let _ = private_file(&known_empty(&path));
            }
            Ok(())
        });
    }

    /// Every entry of the profile, oldest first.
    pub fn entries(&self) -> Result<Vec<Entry>> {
        let mut statement = self
            .conn
            .prepare(
                "SELECT id, time, queued_at, state, uncertain, owner, lease_until, refused
                 FROM outbox WHERE profile = ?1 ORDER BY id",
            )
            .map_err(|e| self.error(&e))?;
        let rows = statement.query_map([&self.profile], RawEntry::read).map_err(|e| self.error(&e))?;
        let mut entries = Vec::new();
        for (index, raw) in rows.enumerate() {
            let raw = raw.map_err(|e| self.error(&e))?;
            entries.push(raw.into_entry(&self.path, index + 1)?);
        }
        Ok(entries)
    }

    /// Records `times` as being sent by this process; returns their ids.
    /// Called before anything is sent: if this fails, nothing is.
    pub fn add_sending(&mut self, times: &[NewTime], lease: &Lease) -> Result<Vec<i64>> {
        let (path, profile) = (self.path.clone(), self.profile.clone());
        self.write(|tx| times.iter().map(|time| insert(tx, &path, &profile, time, Some(lease))).collect())
    }

    /// Records `times` as queued (to be sent by `sync`); returns how many wait.
    pub fn add_queued(&mut self, times: &[NewTime]) -> Result<usize> {
        let (path, profile) = (self.path.clone(), self.profile.clone());
        self.write(|tx| {
            for time in times {
                insert(tx, &path, &profile, time, None)?;
            }
            count(tx, &path, &profile)
        })
    }

    /// Records what became of sending entry `id`.
    pub fn settle(&mut self, id: i64, outcome: &Outcome) -> Result<()> {
        let path = self.path.clone();
        self.write(|tx| {
            let sql = match outcome {
                Outcome::Delivered | Outcome::Dropped => "DELETE FROM outbox WHERE id = ?1",
                Outcome::NotDelivered => {
                    "UPDATE outbox SET state = 'queued', uncertain = 0, owner = NULL, lease_until = NULL WHERE id = ?1"
                }
                Outcome::MaybeDelivered => {
                    "UPDATE outbox SET state = 'queued', uncertain = 1, owner = NULL, lease_until = NULL WHERE id = ?1"
                }
                Outcome::Untouched => {
                    "UPDATE outbox SET state = 'queued', owner = NULL, lease_until = NULL WHERE id = ?1"
                }
                Outcome::Refused(reason) => {
                    return tx
                        .execute(
                            "UPDATE outbox SET state = 'queued', uncertain = 0, owner = NULL, lease_until = NULL,
                             refused = ?2 WHERE id = ?1",
                            params![id, reason],
                        )
                        .map(drop)
                        .map_err(|e| db_error(&path, &e));
                }
            };
            tx.execute(sql, [id]).map(drop).map_err(|e| db_error(&path, &e))
        })?;
        if matches!(outcome, Outcome::Delivered | Outcome::Dropped) {
            self.mark_if_empty();
        }
        Ok(())
    }

    /// Claims the oldest entry after `after_id` that no running command is
    /// sending: it becomes *sending* under `lease`, in one transaction, so
    /// two `sync`s never send the same entry.
    pub fn claim_next(&mut self, after_id: i64, lease: &Lease) -> Result<Option<Claimed>> {
        let (path, profile) = (self.path.clone(), self.profile.clone());
        self.write(|tx| {
            let mut statement = tx
                .prepare(
                    "SELECT id, time, queued_at, state, uncertain, owner, lease_until, refused
                     FROM outbox WHERE profile = ?1 AND id > ?2 ORDER BY id",
                )
                .map_err(|e| db_error(&path, &e))?;
            let mut rows = statement.query(params![profile, after_id]).map_err(|e| db_error(&path, &e))?;
            while let Some(row) = rows.next().map_err(|e| db_error(&path, &e))? {
                let raw = RawEntry::read(row).map_err(|e| db_error(&path, &e))?;
                if raw.held_by_live_process() {
                    continue;
                }
                let uncertain = raw.uncertain || raw.sending;
                let entry = raw.into_entry(&path, 0)?;
                tx.execute(
                    "UPDATE outbox SET state = 'sending', uncertain = ?2, owner = ?3, lease_until = ?4 WHERE id = ?1",
                    params![entry.id, uncertain, lease.owner, lease.until],
                )
                .map_err(|e| db_error(&path, &e))?;
                return Ok(Some(Claimed { entry, uncertain }));
            }
            Ok(None)
        })
    }

    /// Removes entry `number` (as listed) unless a running command is
    /// sending it; otherwise says why not.
    pub fn drop_entry(&mut self, number: usize) -> Result<Result<Entry, String>> {
        let (path, profile) = (self.path.clone(), self.profile.clone());
        let dropped = self.write(|tx| {
            let mut statement = tx
                .prepare(
                    "SELECT id, time, queued_at, state, uncertain, owner, lease_until, refused
                     FROM outbox WHERE profile = ?1 ORDER BY id",
                )
                .map_err(|e| db_error(&path, &e))?;
            let rows = statement.query_map([&profile], RawEntry::read).map_err(|e| db_error(&path, &e))?;
            let rows = rows.collect::<rusqlite::Result<Vec<RawEntry>>>().map_err(|e| db_error(&path, &e))?;
            let total = rows.len();
            let Some(raw) = number.checked_sub(1).and_then(|index| rows.into_iter().nth(index)) else {
                return Ok(Err(format!("the outbox has {} (numbered from 1)", plural(total, "entry", "entries"))));
            };
            if raw.held_by_live_process() {
                return Ok(Err(format!("entry {number} is being sent right now; try again when that command is done")));
            }
            let entry = raw.into_entry(&path, number)?;
            tx.execute("DELETE FROM outbox WHERE id = ?1", [entry.id]).map_err(|e| db_error(&path, &e))?;
            Ok(Ok(entry))
        })?;
        if dropped.is_ok() {
            self.mark_if_empty();
        }
        Ok(dropped)
    }
}

/// Inserts one entry (`sending` under `lease`, else `queued`); returns its id.
pub(super) fn insert(
    tx: &Transaction,
    path: &Path,
    profile: &str,
    time: &NewTime,
    lease: Option<&Lease>,
) -> Result<i64> {
    let queued_at = chrono::Local::now().fixed_offset().to_rfc3339();
    remove_file(&known_empty(path))?;
    tx.execute(
        "INSERT INTO outbox (profile, time, queued_at, state, owner, lease_until) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            profile,
            to_json(time)?,
            queued_at,
            if lease.is_some() { "sending" } else { "queued" },
            lease.map(|l| l.owner),
            lease.map(|l| l.until),
        ],
    )
    .map_err(|e| db_error(path, &e))?;
    Ok(tx.last_insert_rowid())
}

/// Inserts an entry imported from an earlier version's outbox file.
pub(super) fn insert_imported(
    tx: &Transaction,
    path: &Path,
    profile: &str,
    time: &NewTime,
    queued_at: &DateTime<FixedOffset>,
    refused: Option<&str>,
) -> Result<()> {
    remove_file(&known_empty(path))?;
    tx.execute(
        "INSERT INTO outbox (profile, time, queued_at, state, refused) VALUES (?1, ?2, ?3, 'queued', ?4)",
        params![profile, to_json(time)?, queued_at.to_rfc3339(), refused],
    )
    .map(drop)
    .map_err(|e| db_error(path, &e))
}

fn count(tx: &Transaction, path: &Path, profile: &str) -> Result<usize> {
    let count: i64 = tx
        .query_row("SELECT COUNT(*) FROM outbox WHERE profile = ?1", [profile], |row| row.get(0))
        .map_err(|e| db_error(path, &e))?;
    Ok(usize::try_from(count).unwrap_or(0))
}

/// A row as stored.
struct RawEntry {
    id: i64,
    time: String,
    queued_at: String,
    sending: bool,
    uncertain: bool,
    owner: Option<u32>,
    lease_until: Option<i64>,
    refused: Option<String>,
}

impl RawEntry {
    fn read(row: &Row) -> rusqlite::Result<RawEntry> {
        Ok(RawEntry {
            id: row.get(0)?,
            time: row.get(1)?,
            queued_at: row.get(2)?,
            sending: row.get::<_, String>(3)? == "sending",
            uncertain: row.get(4)?,
            owner: row.get(5)?,
            lease_until: row.get(6)?,
            refused: row.get(7)?,
        })
    }

    /// A command that is still running holds this entry.
    fn held_by_live_process(&self) -> bool {
        self.sending
            && self.lease_until.is_some_and(|until| until >= unix_now())
            && self.owner.is_some_and(process_is_alive)
    }

    fn into_entry(self, path: &Path, number: usize) -> Result<Entry> {
        let status = if self.held_by_live_process() {
            EntryStatus::Sending
        } else if self.uncertain || self.sending {
            EntryStatus::Uncertain
        } else {
            EntryStatus::Queued
        };
        let queued_at = DateTime::parse_from_rfc3339(&self.queued_at)
            .map_err(|_| Error::Io(format!("state database {}: a stored date is damaged", path.display())))?;
        Ok(Entry {
            number,
            id: self.id,
            time: from_json(path, "time entry", &self.time)?,
            queued_at,
            status,
            refused: self.refused,
        })
    }
}

pub(super) fn unix_now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// Whether process `pid` exists (this process always does).
#[cfg(unix)]
pub(super) fn process_is_alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    let Ok(pid) = libc::pid_t::try_from(pid) else { return false };
    // SAFETY: kill with signal 0 sends nothing; it only checks that the process exists.
    let result = unsafe { libc::kill(pid, 0) };
    result == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

/// Without a way to ask, only the lease says whether the owner still runs.
#[cfg(not(unix))]
pub(super) fn process_is_alive(_pid: u32) -> bool {
    true
}

/// `3 entries`, `1 entry`.
pub fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}
