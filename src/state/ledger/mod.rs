//! The delivery ledger: every time entry on its way to a server, in one
//! table and one set of states, whether it came from `time create`, a clock
//! or an import.
//!
//! An entry is keyed by the server's normalised base URL
//! ([`timesync::client::server_key`]), a digest of the entry as sent, where it
//! came from ([`Source`]) and its occurrence among identical entries of that
//! source, so two identical entries are two entries. Its states:
//!
//! * **queued**: certainly not on the server (nothing was sent, or the
//!   request never left). Outbox entries the server refused wait here too,
//!   with the reason, until fixed or dropped.
//! * **sending**: a process (its id and a lease) is sending it. The state is
//!   committed *before* the request goes out; left so by a process that died
//!   or overran its lease, it counts as *uncertain*.
//! * **uncertain**: the request may have reached a server (any answer that
//!   was not a clear yes or a clear refusal). It is looked for on the server
//!   before it is sent again: it is there when the server holds more entries
//!   like it than the ledger knows to have delivered.
//! * **delivered**: the server answered with the entry. Kept (without the
//!   entry's text) so that the count above stays right.
//! * **refused**: an imported entry the server refused, with the reason.
//!
//! Only a 2xx that echoes the entry, or a TimeSync error refusing it, moves
//! an entry out of *sending* to anything but *uncertain*; [`Outcome`] is what
//! the sending command learnt, and [`Store::settle`] records it.

mod import;
pub(super) mod migrate;
mod outbox;

use std::path::Path;
use std::time::{Duration as StdDuration, SystemTime, UNIX_EPOCH};

use rusqlite::{params, Transaction};
use sha2::{Digest, Sha256};

use super::{db_error, remove_file, to_json, Store};
use crate::error::Result;
use timesync::model::NewTime;

pub use import::{Claim, ImportKey, ImportState};
pub use outbox::{Claimed, Entry, EntryStatus, KNOWN_EMPTY};

/// The ledger's table, created by the schema step that replaced the outbox
/// and import journal of earlier versions (see [`migrate`]).
pub(super) const TABLE: &str = "CREATE TABLE deliveries (
         id            INTEGER PRIMARY KEY AUTOINCREMENT,
         server        TEXT NOT NULL,
         digest        TEXT NOT NULL,
         source        TEXT NOT NULL CHECK (source IN ('outbox', 'import')),
         occurrence    INTEGER NOT NULL,
         profile       TEXT,
         time          TEXT,
         state         TEXT NOT NULL
                       CHECK (state IN ('queued', 'sending', 'uncertain', 'delivered', 'refused')),
         was_uncertain INTEGER NOT NULL DEFAULT 0,
         owner         INTEGER,
         lease_until   INTEGER,
         uuid          TEXT,
         reason        TEXT,
         queued_at     TEXT NOT NULL,
         changed_at    TEXT NOT NULL,
         UNIQUE (server, digest, source, occurrence)
     );
     CREATE INDEX deliveries_waiting ON deliveries (profile, id)
         WHERE source = 'outbox' AND state IN ('queued', 'sending', 'uncertain');";

/// Where an entry came from: each source counts identical entries apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// `time create`, a clock-out or a switch: listed by `outbox` until delivered.
    Outbox,
    /// A row of an imported file: the file is its copy; the ledger only
    /// remembers where it stands.
    Import,
}

impl Source {
    pub(in crate::state) fn as_str(self) -> &'static str {
        match self {
            Source::Outbox => "outbox",
            Source::Import => "import",
        }
    }
}

/// What one attempt to send an entry showed, to be recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The server answered with the entry (its uuid when known).
    Delivered(Option<String>),
    /// It certainly did not reach a server: queued again.
    Queued,
    /// It may have reached a server: checked there before it is sent again.
    Uncertain,
    /// The server refused it, for this reason. An outbox entry waits with the
    /// reason; an imported one is skipped until asked to retry.
    Refused(String),
    /// Nothing was learnt (the run stopped before it): back as it was.
    Untouched,
    /// Forgotten: the user saw the refusal of a direct create.
    Dropped,
}

/// Who holds entries being sent, and until when at the latest.
#[derive(Clone, Debug)]
pub struct Lease {
    owner: u32,
    until: i64,
}

impl Lease {
    /// A lease for this process that outlasts one request of `per_request`.
    pub fn for_this_process(per_request: StdDuration) -> Self {
        let seconds = i64::try_from(per_request.as_secs()).unwrap_or(i64::MAX / 4);
        Lease { owner: std::process::id(), until: unix_now().saturating_add(seconds.saturating_mul(2) + 60) }
    }
}

/// SHA-256 of the entry as sent, in hex: equal entries, equal digests.
pub fn digest(time: &NewTime) -> String {
    let text = serde_json::to_string(time).unwrap_or_default();
    Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// What the ledger knows of the entries like one being checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Known {
    /// How many it has delivered to the server.
    pub delivered: usize,
    /// Whether another running command is sending one right now (its
    /// answer may be on the server before it is recorded here).
    pub in_flight: bool,
}

impl Store {
    /// Records what became of the entries being sent (`id`, outcome), in one
    /// transaction.
    pub fn settle(&mut self, settled: &[(i64, Outcome)]) -> Result<()> {
        let path = self.path.clone();
        let left_outbox = self.write(|tx| {
            let mut left = false;
            for (id, outcome) in settled {
                left |= settle_in(tx, *id, outcome).map_err(|e| db_error(&path, &e))?;
            }
            Ok(left)
        })?;
        if left_outbox {
            self.mark_if_empty();
        }
        Ok(())
    }

    /// What the ledger knows of entries like `digest` on `server`, besides
    /// entry `except`: read after looking on the server, so that an entry
    /// delivered meanwhile is either counted or still in flight.
    pub fn known(&self, server: &str, digest: &str, except: i64) -> Result<Known> {
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT state, owner, lease_until FROM deliveries
                 WHERE server = ?1 AND digest = ?2 AND id != ?3 AND state IN ('delivered', 'sending')",
            )
            .map_err(|e| self.error(&e))?;
        let rows = statement
            .query_map(params![server, digest, except], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, Option<u32>>(1)?, row.get::<_, Option<i64>>(2)?))
            })
            .map_err(|e| self.error(&e))?;
        let mut known = Known { delivered: 0, in_flight: false };
        for row in rows {
            let (state, owner, lease_until) = row.map_err(|e| self.error(&e))?;
            if state == "delivered" {
                known.delivered += 1;
            } else if owner != Some(std::process::id()) && held(owner, lease_until) {
                known.in_flight = true;
            }
        }
        Ok(known)
    }
}

/// Records one outcome; returns whether an outbox entry left the outbox.
/// (Each statement is prepared once per connection: an import settles
/// thousands.)
fn settle_in(tx: &Transaction, id: i64, outcome: &Outcome) -> rusqlite::Result<bool> {
    let now = now_text();
    let changed = match outcome {
        Outcome::Delivered(uuid) => tx.prepare_cached(SETTLE_DELIVERED)?.execute(params![id, uuid, now])?,
        Outcome::Queued => tx.prepare_cached(SETTLE_QUEUED)?.execute(params![id, now])?,
        Outcome::Uncertain => tx.prepare_cached(SETTLE_UNCERTAIN)?.execute(params![id, now])?,
        Outcome::Refused(reason) => tx.prepare_cached(SETTLE_REFUSED)?.execute(params![id, reason, now])?,
        Outcome::Untouched => tx.prepare_cached(SETTLE_UNTOUCHED)?.execute(params![id])?,
        Outcome::Dropped => tx.prepare_cached("DELETE FROM deliveries WHERE id = ?1")?.execute(params![id])?,
    };
    Ok(changed > 0 && matches!(outcome, Outcome::Delivered(_) | Outcome::Dropped))
}

const SETTLE_DELIVERED: &str = "UPDATE deliveries SET state = 'delivered', time = NULL, uuid = ?2, reason = NULL,
    owner = NULL, lease_until = NULL, changed_at = ?3 WHERE id = ?1";
const SETTLE_QUEUED: &str = "UPDATE deliveries SET state = 'queued', was_uncertain = 0,
    owner = NULL, lease_until = NULL, changed_at = ?2 WHERE id = ?1";
const SETTLE_UNCERTAIN: &str = "UPDATE deliveries SET state = 'uncertain', was_uncertain = 1,
    owner = NULL, lease_until = NULL, changed_at = ?2 WHERE id = ?1";
/// An imported entry stays refused; an outbox entry waits, with the reason.
const SETTLE_REFUSED: &str = "UPDATE deliveries SET state = CASE source WHEN 'import' THEN 'refused' ELSE 'queued' END,
    was_uncertain = 0, reason = ?2, owner = NULL, lease_until = NULL, changed_at = ?3 WHERE id = ?1";
/// Back as it was before it was claimed.
const SETTLE_UNTOUCHED: &str =
    "UPDATE deliveries SET state = CASE was_uncertain WHEN 1 THEN 'uncertain' ELSE 'queued' END,
    owner = NULL, lease_until = NULL WHERE id = ?1 AND state = 'sending'";

/// Adds entries of `source` for `server` in `state` (`sending` under
/// `lease`, else `queued`); returns their ids. Each is the next occurrence
/// of its digest for that server and source.
pub(in crate::state) fn insert(
    tx: &Transaction,
    path: &Path,
    entry: &NewEntry,
    times: &[NewTime],
    lease: Option<&Lease>,
) -> Result<Vec<i64>> {
    if entry.source == Source::Outbox {
        remove_file(&path.with_file_name(KNOWN_EMPTY))?;
    }
    let now = now_text();
    times
        .iter()
        .map(|time| {
            let digest = digest(time);
            let occurrence =
                next_occurrence(tx, &entry.server, &digest, entry.source).map_err(|e| db_error(path, &e))?;
            tx.execute(
                "INSERT INTO deliveries (server, digest, source, occurrence, profile, time, state, owner, lease_until,
                 reason, queued_at, changed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
                params![
                    entry.server,
                    digest,
                    entry.source.as_str(),
                    occurrence,
                    entry.profile,
                    to_json(time)?,
                    if lease.is_some() { "sending" } else { "queued" },
                    lease.map(|l| l.owner),
                    lease.map(|l| l.until),
                    entry.reason,
                    entry.queued_at.as_deref().unwrap_or(&now),
                ],
            )
            .map_err(|e| db_error(path, &e))?;
            Ok(tx.last_insert_rowid())
        })
        .collect()
}

/// Where new entries go and what they carry besides the entry itself.
pub(in crate::state) struct NewEntry {
    pub server: String,
    pub source: Source,
    pub profile: Option<String>,
    pub queued_at: Option<String>,
    pub reason: Option<String>,
}

fn next_occurrence(tx: &Transaction, server: &str, digest: &str, source: Source) -> rusqlite::Result<i64> {
    tx.query_row(
        "SELECT COALESCE(MAX(occurrence), 0) + 1 FROM deliveries WHERE server = ?1 AND digest = ?2 AND source = ?3",
        params![server, digest, source.as_str()],
        |row| row.get(0),
    )
}

/// A row being sent whose owner still runs, within its lease.
fn held(owner: Option<u32>, lease_until: Option<i64>) -> bool {
    lease_until.is_some_and(|until| until >= unix_now()) && owner.is_some_and(process_is_alive)
}

fn now_text() -> String {
    chrono::Local::now().fixed_offset().to_rfc3339()
}

fn unix_now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// Whether process `pid` exists (this process always does).
#[cfg(unix)]
fn process_is_alive(pid: u32) -> bool {
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
fn process_is_alive(_pid: u32) -> bool {
    true
}

#[cfg(test)]
mod tests;
