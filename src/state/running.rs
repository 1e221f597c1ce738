//! The running clock of each profile: at most one, started and stopped in
//! transactions, so two `clock in` at once start exactly one clock, and a
//! clock is never gone without its entries in the ledger.
//!
//! A copy of every profile's running clock, `clocks.json` beside the
//! database, lets `clock status` (a shell prompt's) answer without opening
//! the database. It is removed in the transaction that changes a clock,
//! before the change, and written again under the write lock from what is
//! committed; a crash leaves it missing, never wrong, and a command that
//! finds it missing reads the database and writes it again.

use std::collections::BTreeMap;
use std::path::Path;

use rusqlite::{params, OptionalExtension, Transaction};

use super::ledger::{insert, Lease};
use super::{db_error, file_error, from_json, remove_file, to_json, RunningClock, Store};
use crate::config::private_file;
use crate::error::Result;
use timesync::model::NewTime;

/// The copy of every profile's running clock, beside the database.
pub const CLOCKS: &str = "clocks.json";

/// A clock to stop: the clock expected to run, the entries it becomes, the
/// server they are for, and the clock that runs next (a switch), if any.
pub struct Stop<'a> {
    /// The clock that must still be running (else nothing changes).
    pub expected: &'a RunningClock,
    /// Its entries, one per day worked.
    pub times: &'a [NewTime],
    /// The server they are for (normalised base URL).
    pub server: &'a str,
    /// Sent by this process under this lease; `None`: queued for `sync`.
    pub lease: Option<&'a Lease>,
    /// Started in the same transaction: `start --switch`.
    pub then_start: Option<&'a RunningClock>,
}

impl Store {
    /// The running clock, if any.
    pub fn clock(&self) -> Result<Option<RunningClock>> {
        self.clock_in("clocks")
    }

    /// The clock stopped last by a clock-out (kept after its entries were
    /// sent), for `timesync restart` when the server cannot be asked.
    pub fn last_clock(&self) -> Result<Option<RunningClock>> {
        self.clock_in("last_clocks")
    }

    /// This profile's clock in `table` (`clocks` or `last_clocks`), if any.
    fn clock_in(&self, table: &str) -> Result<Option<RunningClock>> {
        let text: Option<String> = self
            .conn
            .query_row(&format!("SELECT clock FROM {table} WHERE profile = ?1"), [&self.profile], |row| row.get(0))
            .optional()
            .map_err(|e| self.error(&e))?;
        text.map(|text| from_json(&self.path, "clock", &text)).transpose()
    }

    /// The running clock of `profile` in `dir`, read from the copy beside
    /// the database when there is one; `None` when the copy is missing (or
    /// unreadable): then the database must be asked.
    pub fn copied_clock(dir: &Path, profile: &str) -> Option<Option<RunningClock>> {
        let text = std::fs::read_to_string(dir.join(CLOCKS)).ok()?;
        let mut clocks: BTreeMap<String, RunningClock> = serde_json::from_str(&text).ok()?;
        Some(clocks.remove(profile))
    }

    /// Writes the copy of every profile's running clock, under the write
    /// lock (so that no change is missed); a copy that cannot be written
    /// only costs later commands a look into the database.
    pub fn copy_clocks(&mut self) {
        let path = self.path.clone();
        let _ = self.write(|tx| {
            let mut statement = tx.prepare("SELECT profile, clock FROM clocks").map_err(|e| db_error(&path, &e))?;
            let rows = statement
                .query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)))
                .map_err(|e| db_error(&path, &e))?;
            let mut clocks = BTreeMap::new();
            for row in rows {
                let (profile, text) = row.map_err(|e| db_error(&path, &e))?;
                clocks.insert(profile, from_json::<RunningClock>(&path, "clock", &text)?);
            }
            write_copy(&path.with_file_name(CLOCKS), &to_json(&clocks)?)
        });
    }

    /// Starts `clock`, unless one is running already: then that one is
    /// returned and nothing changes.
    pub fn start_clock(&mut self, clock: &RunningClock) -> Result<Result<(), RunningClock>> {
        let (path, profile) = (self.path.clone(), self.profile.clone());
        let text = to_json(clock)?;
        let started = self.write(|tx| {
            if let Some(running) = stored_clock(tx, &path, &profile)? {
                return Ok(Err(from_json(&path, "clock", &running)?));
            }
            insert_clock(tx, &path, &profile, &text)?;
            Ok(Ok(()))
        })?;
        self.copy_clocks();
        Ok(started)
    }

    /// Stops the clock without recording anything; returns what it was.
    pub fn cancel_clock(&mut self) -> Result<Option<RunningClock>> {
        let (path, profile) = (self.path.clone(), self.profile.clone());
        let cancelled = self.write(|tx| {
            let Some(text) = stored_clock(tx, &path, &profile)? else { return Ok(None) };
            forget_copy(&path)?;
            tx.execute("DELETE FROM clocks WHERE profile = ?1", [&profile]).map_err(|e| db_error(&path, &e))?;
            from_json(&path, "clock", &text).map(Some)
        })?;
        self.copy_clocks();
        Ok(cancelled)
    }

    /// Turns the running clock into outbox entries, in one transaction: the
    /// clock is gone exactly when its entries are in the ledger (being sent
    /// under the stop's lease, else queued), and a switch's next clock runs
    /// from that same moment. Returns the entries' ids, or `None` when
    /// `expected` is no longer the running clock (another command stopped or
    /// replaced it): then nothing changed.
    pub fn stop_clock(&mut self, stop: &Stop) -> Result<Option<Vec<i64>>> {
        let (path, profile) = (self.path.clone(), self.profile.clone());
        let entry = self.new_outbox_entry(stop.server);
        let clock_text = to_json(stop.expected)?;
        let next = stop.then_start.map(to_json).transpose()?;
        let stopped = self.write(|tx| {
            if stored_clock(tx, &path, &profile)?.as_deref() != Some(clock_text.as_str()) {
                return Ok(None);
            }
            forget_copy(&path)?;
            tx.execute("DELETE FROM clocks WHERE profile = ?1", [&profile]).map_err(|e| db_error(&path, &e))?;
            tx.execute(
                "INSERT OR REPLACE INTO last_clocks (profile, clock) VALUES (?1, ?2)",
                params![profile, clock_text],
            )
            .map_err(|e| db_error(&path, &e))?;
            let ids = insert(tx, &path, &entry, stop.times, stop.lease)?;
            if let Some(next) = &next {
                insert_clock(tx, &path, &profile, next)?;
            }
            Ok(Some(ids))
        });
        self.copy_clocks();
        stopped
    }

    /// Undoes the part of a clock-out the server refused: the entries `ids`
    /// leave the outbox and `clock` runs again, in one transaction. When
    /// another clock has been started meanwhile, nothing changes and `false`
    /// is returned (the entries then stay in the outbox).
    pub fn reopen_clock(&mut self, ids: &[i64], clock: &RunningClock) -> Result<bool> {
        let (path, profile) = (self.path.clone(), self.profile.clone());
        let text = to_json(clock)?;
        let reopened = self.write(|tx| {
            forget_copy(&path)?;
            let inserted = tx
                .execute("INSERT OR IGNORE INTO clocks (profile, clock) VALUES (?1, ?2)", params![profile, text])
                .map_err(|e| db_error(&path, &e))?;
            if inserted == 0 {
                return Ok(false);
            }
            for id in ids {
                tx.execute("DELETE FROM deliveries WHERE id = ?1", [id]).map_err(|e| db_error(&path, &e))?;
            }
            Ok(true)
        })?;
        if reopened {
            self.mark_if_empty();
        }
        self.copy_clocks();
        Ok(reopened)
    }
}

/// Removes the copy of the clocks, in the transaction that changes one,
/// before the change: it is never left saying what is no longer so.
fn forget_copy(database: &Path) -> Result<()> {
    remove_file(&database.with_file_name(CLOCKS))
}

/// Replaces the copy at `path` with `text` at once (written beside it, then
/// renamed over it), private.
fn write_copy(path: &Path, text: &str) -> Result<()> {
    use std::io::Write;
    let fresh = path.with_extension(format!("{}.tmp", std::process::id()));
    let _ = std::fs::remove_file(&fresh);
    let written = private_file(&fresh).and_then(|mut file| file.write_all(text.as_bytes()));
    written.and_then(|()| std::fs::rename(&fresh, path)).map_err(|e| {
        let _ = std::fs::remove_file(&fresh);
        file_error(path, "cannot write", &e)
    })
}

fn insert_clock(tx: &Transaction, path: &std::path::Path, profile: &str, text: &str) -> Result<()> {
    forget_copy(path)?;
    tx.execute("INSERT INTO clocks (profile, clock) VALUES (?1, ?2)", params![profile, text])
        .map(drop)
        .map_err(|e| db_error(path, &e))
}

/// The profile's clock as stored (JSON text), read inside a transaction.
fn stored_clock(tx: &Transaction, path: &std::path::Path, profile: &str) -> Result<Option<String>> {
    tx.query_row("SELECT clock FROM clocks WHERE profile = ?1", [profile], |row| row.get(0))
        .optional()
        .map_err(|e| db_error(path, &e))
}
