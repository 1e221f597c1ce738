//! Imported entries in the ledger: which rows of imported files are on
//! which server, so that an import run again (after a crash, a Ctrl-C or a
//! network failure) sends only what is missing, and never an entry twice.
//!
//! The file is the entry's copy: a row is keyed by its digest and its
//! occurrence among identical rows of the file ([`ImportKey`]), and the
//! ledger only remembers where it stands. An entry never sent has no row,
//! or a *queued* one.

use rusqlite::{params, OptionalExtension, Transaction};

use super::{held, now_text, settle_in, Lease, Outcome, Source};
use crate::error::Result;
use crate::state::{db_error, Store};

/// One entry of an import: a digest of the normalised entry, and which
/// occurrence of identical entries it is (from 1).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ImportKey {
    /// Hex digest of the normalised entry ([`super::digest`]).
    pub digest: String,
    /// 1 for the first entry with this digest in the file, 2 for the next…
    pub occurrence: u32,
}

/// Where an entry of an import stands, when it was ever sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportState {
    /// A running import is sending it.
    Sending,
    /// It may be on the server: looked for there before it is sent again.
    Uncertain,
    /// The server recorded it.
    Done,
    /// The server refused it, for this reason.
    Rejected(String),
}

/// What an import should do with an entry it has just claimed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Claim {
    /// Send it: the ledger's row `id` is now *sending* under this process's lease.
    Send(i64),
    /// Look for it on the server first (it was uncertain); row `id` is now
    /// *sending* under this process's lease.
    Check(i64),
    /// Already on the server: skip it.
    Done,
    /// Refused earlier, for this reason: skip it.
    Rejected(String),
    /// Another running import is sending it: skip it.
    Busy,
}

/// A ledger row of an import, as stored.
struct Row {
    id: i64,
    state: String,
    owner: Option<u32>,
    lease_until: Option<i64>,
    reason: Option<String>,
}

impl Row {
    fn state(&self) -> Option<ImportState> {
        match self.state.as_str() {
            "queued" => None,
            "delivered" => Some(ImportState::Done),
            "refused" => Some(ImportState::Rejected(self.reason.clone().unwrap_or_default())),
            "sending" if held(self.owner, self.lease_until) => Some(ImportState::Sending),
            _ => Some(ImportState::Uncertain),
        }
    }
}

const SELECT_ROW: &str = "SELECT id, state, owner, lease_until, reason FROM deliveries
                          WHERE server = ?1 AND digest = ?2 AND source = 'import' AND occurrence = ?3";

fn read_row(row: &rusqlite::Row) -> rusqlite::Result<Row> {
    Ok(Row { id: row.get(0)?, state: row.get(1)?, owner: row.get(2)?, lease_until: row.get(3)?, reason: row.get(4)? })
}

impl Store {
    /// Where each of `keys` stands on `server` (`None`: never sent).
    pub fn import_states(&self, server: &str, keys: &[ImportKey]) -> Result<Vec<Option<ImportState>>> {
        let mut statement = self.conn.prepare_cached(SELECT_ROW).map_err(|e| self.error(&e))?;
        keys.iter()
            .map(|key| {
                statement
                    .query_row(params![server, key.digest, key.occurrence], read_row)
                    .optional()
                    .map(|row| row.and_then(|row| row.state()))
                    .map_err(|e| self.error(&e))
            })
            .collect()
    }

    /// One transaction that records what became of the `settled` entries,
    /// then claims each of `claims` for sending to `server`: it becomes
    /// *sending* under `lease` unless it is done, refused (and
    /// `retry_rejected` is false) or being sent by another running import.
    /// An import writes the ledger once per batch of entries instead of
    /// twice per entry. Entries claimed and not yet settled stay *sending*
    /// under `lease`, so a crash leaves them uncertain, looked for before
    /// they are sent again.
    pub fn import_step(
        &mut self,
        server: &str,
        settled: &[(i64, Outcome)],
        claims: &[ImportKey],
        lease: &Lease,
        retry_rejected: bool,
    ) -> Result<Vec<Claim>> {
        let path = self.path.clone();
        self.write(|tx| {
            for (id, outcome) in settled {
                settle_in(tx, *id, outcome).map_err(|e| db_error(&path, &e))?;
            }
            claims
                .iter()
                .map(|key| claim_in(tx, server, key, lease, retry_rejected).map_err(|e| db_error(&path, &e)))
                .collect()
        })
    }
}

fn claim_in(
    tx: &Transaction,
    server: &str,
    key: &ImportKey,
    lease: &Lease,
    retry_rejected: bool,
) -> rusqlite::Result<Claim> {
    let row =
        tx.prepare_cached(SELECT_ROW)?.query_row(params![server, key.digest, key.occurrence], read_row).optional()?;
    let uncertain = match row.as_ref().and_then(Row::state) {
        None => false,
        Some(ImportState::Done) => return Ok(Claim::Done),
        Some(ImportState::Sending) => return Ok(Claim::Busy),
        Some(ImportState::Rejected(reason)) if !retry_rejected => return Ok(Claim::Rejected(reason)),
        Some(ImportState::Rejected(_)) => false,
        Some(ImportState::Uncertain) => true,
    };
    let now = now_text();
    let id = match row {
        Some(row) => {
            tx.prepare_cached(
                "UPDATE deliveries SET state = 'sending', was_uncertain = ?2, owner = ?3, lease_until = ?4,
                 reason = NULL, changed_at = ?5 WHERE id = ?1",
            )?
            .execute(params![row.id, uncertain, lease.owner, lease.until, now])?;
            row.id
        }
        None => {
            tx.prepare_cached(
                "INSERT INTO deliveries (server, digest, source, occurrence, state, owner, lease_until, queued_at,
                 changed_at) VALUES (?1, ?2, ?3, ?4, 'sending', ?5, ?6, ?7, ?7)",
            )?
            .execute(params![
                server,
                key.digest,
                Source::Import.as_str(),
                key.occurrence,
                lease.owner,
                lease.until,
                now
            ])?;
            tx.last_insert_rowid()
        }
    };
    Ok(if uncertain { Claim::Check(id) } else { Claim::Send(id) })
}
