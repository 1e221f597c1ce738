//! The outbox: the ledger's entries made by `time create`, clock-outs and
//! switches that are not delivered yet, per profile, each for the server it
//! was made for.
//!
//! A file `outbox-empty` beside the database says that no profile has an
//! entry waiting: it is removed in the transaction that adds one, before
//! the entry is written, and made again under the write lock once the
//! outbox is seen empty. Commands read it to skip opening the database just
//! to say that nothing waits, and [`Store::open`] to tell an emptied
//! database from a damaged one.

use std::path::Path;

use chrono::{DateTime, FixedOffset};
use rusqlite::{params, Row, Transaction};
use serde::Serialize;

use super::{held, insert, next_occurrence, Lease, NewEntry, Source};
use crate::config::private_file;
use crate::error::{Error, Result};
use crate::output::plural;
use crate::state::{db_error, from_json, to_json, Store};
use timesync::model::NewTime;

/// Where an entry stands, as shown to the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
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
    /// The ledger's id (stable while the entry exists).
    #[serde(skip)]
    pub id: i64,
    /// The validated entry, exactly as it will be sent.
    pub time: NewTime,
    /// When it was queued (in JSON as every moment is written).
    #[serde(serialize_with = "crate::output::serialize_json_time")]
    pub queued_at: DateTime<FixedOffset>,
    /// Where it stands.
    pub status: EntryStatus,
    /// Why the server refused it on the last `timesync sync`, if it did.
    pub refused: Option<String>,
    /// The server it was made for (normalised base URL; empty when an
    /// earlier version queued it: then it goes to the profile's server).
    pub server: String,
}

/// An entry claimed by `sync`, and whether it must be looked for on the
/// server before it is sent.
#[derive(Clone, Debug)]
pub struct Claimed {
    /// The entry (its `server` is the one it is sent to).
    pub entry: Entry,
    /// It may already be on the server.
    pub uncertain: bool,
}

/// The file whose presence says that no profile has an entry in the outbox.
pub const KNOWN_EMPTY: &str = "outbox-empty";

const WAITING: &str = "source = 'outbox' AND state IN ('queued', 'sending', 'uncertain')";

impl Store {
    /// Whether the outbox in `dir` is known to be empty for every profile,
    /// without opening the database.
    pub fn outbox_known_empty(dir: &Path) -> bool {
        dir.join(KNOWN_EMPTY).exists()
    }

    /// Records that the outbox is empty, if no profile has an entry. Checked
    /// under the write lock, so an entry added meanwhile (which removes the
    /// mark in its own transaction) is never hidden. A mark that cannot be
    /// made only costs later commands a look into the database.
    pub fn mark_if_empty(&mut self) {
        let path = self.path.clone();
        let _ = self.write(|tx| {
            let waiting: bool = tx
                .query_row(&format!("SELECT EXISTS (SELECT 1 FROM deliveries WHERE {WAITING})"), [], |row| row.get(0))
                .map_err(|e| db_error(&path, &e))?;
            if !waiting {
                let _ = private_file(&path.with_file_name(KNOWN_EMPTY));
            }
            Ok(())
        });
    }

    /// Adds `times` for `server` to this profile's outbox, as being sent by
    /// this process under `lease`, else queued; returns their ids. Called
    /// before anything is sent: if this fails, nothing is.
    pub fn add_to_outbox(&mut self, server: &str, times: &[NewTime], lease: Option<&Lease>) -> Result<Vec<i64>> {
        let (path, entry) = (self.path.clone(), self.new_outbox_entry(server));
        self.write(|tx| insert(tx, &path, &entry, times, lease))
    }

    /// Where this profile's new outbox entries for `server` go.
    pub(in crate::state) fn new_outbox_entry(&self, server: &str) -> NewEntry {
        NewEntry {
            server: server.to_owned(),
            source: Source::Outbox,
            profile: Some(self.profile.clone()),
            queued_at: None,
            reason: None,
        }
    }

    /// Every entry of the profile's outbox, oldest first.
    pub fn entries(&self) -> Result<Vec<Entry>> {
        let mut statement = self
            .conn
            .prepare(&format!("{SELECT_ENTRY} WHERE profile = ?1 AND {WAITING} ORDER BY id"))
            .map_err(|e| self.error(&e))?;
        let rows = statement.query_map([&self.profile], RawEntry::read).map_err(|e| self.error(&e))?;
        let mut entries = Vec::new();
        for (index, raw) in rows.enumerate() {
            let raw = raw.map_err(|e| self.error(&e))?;
            entries.push(raw.into_entry(&self.path, index + 1)?);
        }
        Ok(entries)
    }

    /// Claims the oldest entry after `after_id` made for `server` (or for
    /// no known server) that no running command is sending: it becomes
    /// *sending* under `lease`, in one transaction, so two `sync`s never
    /// send the same entry.
    pub fn claim_next(&mut self, server: &str, after_id: i64, lease: &Lease) -> Result<Option<Claimed>> {
        let (path, profile) = (self.path.clone(), self.profile.clone());
        self.write(|tx| {
            let sql = format!(
                "{SELECT_ENTRY} WHERE profile = ?1 AND {WAITING} AND id > ?2 AND server IN (?3, '') ORDER BY id"
            );
            let mut statement = tx.prepare(&sql).map_err(|e| db_error(&path, &e))?;
            let mut rows = statement.query(params![profile, after_id, server]).map_err(|e| db_error(&path, &e))?;
            while let Some(row) = rows.next().map_err(|e| db_error(&path, &e))? {
                let raw = RawEntry::read(row).map_err(|e| db_error(&path, &e))?;
                if raw.held() {
                    continue;
                }
                let uncertain = raw.state != "queued";
                let mut entry = raw.into_entry(&path, 0)?;
                claim(tx, &mut entry, server, uncertain, lease).map_err(|e| db_error(&path, &e))?;
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
            let raw = match waiting_entry(tx, &path, &profile, number)? {
                Ok(raw) => raw,
                Err(why) => return Ok(Err(why)),
            };
            let entry = raw.into_entry(&path, number)?;
            tx.execute("DELETE FROM deliveries WHERE id = ?1", [entry.id]).map_err(|e| db_error(&path, &e))?;
            Ok(Ok(entry))
        })?;
        if dropped.is_ok() {
            self.mark_if_empty();
        }
        Ok(dropped)
    }
}

/// Entry `number` (as listed) of the profile's outbox, unless no such entry
/// exists or a running command is sending it; otherwise says why not.
fn waiting_entry(
    tx: &rusqlite::Transaction,
    path: &std::path::Path,
    profile: &str,
    number: usize,
) -> Result<Result<RawEntry, String>> {
    let mut statement = tx
        .prepare(&format!("{SELECT_ENTRY} WHERE profile = ?1 AND {WAITING} ORDER BY id"))
        .map_err(|e| db_error(path, &e))?;
    let rows = statement.query_map([profile], RawEntry::read).map_err(|e| db_error(path, &e))?;
    let rows = rows.collect::<rusqlite::Result<Vec<RawEntry>>>().map_err(|e| db_error(path, &e))?;
    let total = rows.len();
    let Some(raw) = number.checked_sub(1).and_then(|index| rows.into_iter().nth(index)) else {
        return Ok(Err(format!("the outbox has {} (numbered from 1)", plural(total, "entry", "entries"))));
    };
    if raw.held() {
        return Ok(Err(format!("entry {number} is being sent right now; try again when that command is done")));
    }
    Ok(Ok(raw))
}

impl Store {
    /// Changes entry `number` (as listed) to what `change` makes of it, in
    /// one transaction: only a queued entry (one that is certainly not on a
    /// server); otherwise says why not. The edited entry is a new one to the
    /// ledger (its digest and occurrence), and a refusal's reason is cleared.
    pub fn edit_entry(
        &mut self,
        number: usize,
        change: impl FnOnce(&NewTime) -> Result<NewTime>,
    ) -> Result<Result<Entry, String>> {
        let (path, profile) = (self.path.clone(), self.profile.clone());
        self.write(|tx| {
            let raw = match waiting_entry(tx, &path, &profile, number)? {
                Ok(raw) => raw,
                Err(why) => return Ok(Err(why)),
            };
            if raw.state != "queued" {
                return Ok(Err(format!(
                    "entry {number} is uncertain: it may be on the server already, so an edit could send it twice; \
                     run `timesync sync`, then change it there with `timesync time update`"
                )));
            }
            let mut entry = raw.into_entry(&path, number)?;
            let time = change(&entry.time)?;
            let digest = super::digest(&time);
            let occurrence =
                next_occurrence(tx, &entry.server, &digest, Source::Outbox).map_err(|e| db_error(&path, &e))?;
            tx.execute(
                "UPDATE deliveries SET time = ?2, digest = ?3, occurrence = ?4, reason = NULL, changed_at = ?5
                 WHERE id = ?1",
                params![entry.id, to_json(&time)?, digest, occurrence, super::now_text()],
            )
            .map_err(|e| db_error(&path, &e))?;
            entry.time = time;
            entry.refused = None;
            Ok(Ok(entry))
        })
    }
}

/// Marks a claimed entry *sending* under `lease`; an entry of no known
/// server (queued by an earlier version) becomes `server`'s.
fn claim(tx: &Transaction, entry: &mut Entry, server: &str, uncertain: bool, lease: &Lease) -> rusqlite::Result<()> {
    if entry.server.is_empty() {
        let digest = super::digest(&entry.time);
        let occurrence = next_occurrence(tx, server, &digest, Source::Outbox)?;
        tx.execute(
            "UPDATE deliveries SET server = ?2, digest = ?3, occurrence = ?4 WHERE id = ?1",
            params![entry.id, server, digest, occurrence],
        )?;
        entry.server = server.to_owned();
    }
    tx.execute(
        "UPDATE deliveries SET state = 'sending', was_uncertain = ?2, owner = ?3, lease_until = ?4 WHERE id = ?1",
        params![entry.id, uncertain, lease.owner, lease.until],
    )?;
    Ok(())
}

const SELECT_ENTRY: &str = "SELECT id, server, time, queued_at, state, owner, lease_until, reason FROM deliveries";

/// A row as stored.
struct RawEntry {
    id: i64,
    server: String,
    time: Option<String>,
    queued_at: String,
    state: String,
    owner: Option<u32>,
    lease_until: Option<i64>,
    reason: Option<String>,
}

impl RawEntry {
    fn read(row: &Row) -> rusqlite::Result<RawEntry> {
        Ok(RawEntry {
            id: row.get(0)?,
            server: row.get(1)?,
            time: row.get(2)?,
            queued_at: row.get(3)?,
            state: row.get(4)?,
            owner: row.get(5)?,
            lease_until: row.get(6)?,
            reason: row.get(7)?,
        })
    }

    /// A command that is still running holds this entry.
    fn held(&self) -> bool {
        self.state == "sending" && held(self.owner, self.lease_until)
    }

    fn into_entry(self, path: &Path, number: usize) -> Result<Entry> {
        let status = match self.state.as_str() {
            "sending" if self.held() => EntryStatus::Sending,
            "queued" => EntryStatus::Queued,
            _ => EntryStatus::Uncertain,
        };
        let damaged = || Error::Io(format!("state database {}: a stored outbox entry is damaged", path.display()));
        let queued_at = DateTime::parse_from_rfc3339(&self.queued_at).map_err(|_| damaged())?;
        let time = from_json(path, "time entry", self.time.as_deref().ok_or_else(damaged)?)?;
        Ok(Entry { number, id: self.id, server: self.server, time, queued_at, status, refused: self.reason })
    }
}
