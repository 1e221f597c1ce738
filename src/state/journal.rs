//! The import journal: which entries of imported files are on which server,
//! so that an import run again (after a crash, a Ctrl-C or a network
//! failure) sends only what is missing, and never an entry twice.
//!
//! An entry is keyed by the server's base URL, a digest of the normalised
//! entry and its occurrence among identical entries (two identical rows are
//! two entries). It goes through recorded states, like the outbox's:
//!
//! * **sending**: a process (its id and a lease) is sending it. The state is
//!   committed *before* the request goes out. Left so by a process that died,
//!   it is *uncertain*.
//! * **uncertain**: the request may have reached the server (a read timeout,
//!   a crash mid-request); it is looked for there before it is sent again.
//! * **done**: the server recorded it (with the uuid when known).
//! * **rejected**: the server refused it; the reason is kept.
//!
//! An entry that certainly did not reach the server has no row at all.

use rusqlite::{params, OptionalExtension, Transaction};

use super::outbox::{process_is_alive, unix_now, Lease, Outcome};
use super::{db_error, Store};
use crate::error::Result;

/// One entry of an import: a digest of the normalised entry, and which
/// occurrence of identical entries it is (from 1).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct JournalKey {
    /// Hex digest of the normalised entry.
    pub digest: String,
    /// 1 for the first entry with this digest in the file, 2 for the next…
    pub occurrence: u32,
}

/// Where an entry of an import stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JournalState {
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
    /// Send it: it is now *sending* under this process's lease.
    Send,
    /// Look for it on the server first (it was uncertain); it is now
    /// *sending* under this process's lease.
    Check,
    /// Already on the server: skip it.
    Done,
    /// Refused earlier, for this reason: skip it.
    Rejected(String),
    /// Another running import is sending it: skip it.
    Busy,
}

/// A journal row as stored.
struct Row {
    state: String,
    owner: Option<u32>,
    lease_until: Option<i64>,
    reason: Option<String>,
}

impl Row {
    fn state(&self) -> JournalState {
        match self.state.as_str() {
            "done" => JournalState::Done,
            "rejected" => JournalState::Rejected(self.reason.clone().unwrap_or_default()),
            "sending" if self.held_by_live_process() => JournalState::Sending,
            _ => JournalState::Uncertain,
        }
    }

    fn held_by_live_process(&self) -> bool {
        self.lease_until.is_some_and(|until| until >= unix_now()) && self.owner.is_some_and(process_is_alive)
    }
}

const SELECT_ROW: &str = "SELECT state, owner, lease_until, reason FROM import_journal
                          WHERE server = ?1 AND digest = ?2 AND occurrence = ?3";

fn read_row(row: &rusqlite::Row) -> rusqlite::Result<Row> {
    Ok(Row { state: row.get(0)?, owner: row.get(1)?, lease_until: row.get(2)?, reason: row.get(3)? })
}

fn now_text() -> String {
    chrono::Local::now().fixed_offset().to_rfc3339()
}

impl Store {
    /// Where each of `keys` stands on `server` (`None`: never sent).
    pub fn journal_states(&self, server: &str, keys: &[JournalKey]) -> Result<Vec<Option<JournalState>>> {
        let mut statement = self.conn.prepare_cached(SELECT_ROW).map_err(|e| self.error(&e))?;
        keys.iter()
            .map(|key| {
                statement
                    .query_row(params![server, key.digest, key.occurrence], read_row)
                    .optional()
                    .map(|row| row.map(|row| row.state()))
                    .map_err(|e| self.error(&e))
            })
            .collect()
    }

    /// Claims entry `key` for sending to `server`, in one transaction: it
    /// becomes *sending* under `lease` unless it is done, refused (and
    /// `retry_rejected` is false) or being sent by another running import.
    #[cfg(test)]
    pub fn journal_claim(
        &mut self,
        server: &str,
        key: &JournalKey,
        lease: &Lease,
        retry_rejected: bool,
    ) -> Result<Claim> {
        let claims = self.journal_step(server, &[], std::slice::from_ref(key), lease, retry_rejected)?;
        Ok(claims.into_iter().next().unwrap_or(Claim::Busy))
    }

    /// Records what became of claimed entry `key`: delivered (`uuid` when
    /// the reply carried one), refused, maybe delivered, or not sent (the
    /// row goes, unless the entry was uncertain before and still is).
    #[cfg(test)]
    pub fn journal_settle(
        &mut self,
        server: &str,
        key: &JournalKey,
        outcome: &Outcome,
        uuid: Option<&str>,
    ) -> Result<()> {
        let settled = [Settled { key: key.clone(), outcome: outcome.clone(), uuid: uuid.map(str::to_owned) }];
        self.journal_step(server, &settled, &[], &Lease::for_this_process(std::time::Duration::ZERO), false).map(drop)
    }

    /// One transaction that records what became of the `settled` entries
    /// (delivered with their uuid, refused, maybe delivered, or not sent:
    /// the row goes unless the entry was uncertain and still is), then
    /// claims each of `claims` — it becomes *sending* under `lease` unless it
    /// is done, refused (and `retry_rejected` is false) or being sent by
    /// another running import. An import writes its journal once per batch
    /// of entries instead of twice per entry. Entries claimed and not yet
    /// settled stay *sending* under `lease`, so a crash leaves them
    /// uncertain, looked for before resending.
    pub fn journal_step(
        &mut self,
        server: &str,
        settled: &[Settled],
        claims: &[JournalKey],
        lease: &Lease,
        retry_rejected: bool,
    ) -> Result<Vec<Claim>> {
        let path = self.path.clone();
        self.write(|tx| {
            for entry in settled {
                settle_in(tx, server, entry).map_err(|e| db_error(&path, &e))?;
            }
            claims
                .iter()
                .map(|key| claim_in(tx, server, key, lease, retry_rejected).map_err(|e| db_error(&path, &e)))
                .collect()
        })
    }

    /// How many entries with `digest` the journal knows to be on `server`.
    pub fn journal_done_count(&self, server: &str, digest: &str) -> Result<usize> {
        let count: i64 = self
            .conn
            .query_row(
                "SELECT COUNT(*) FROM import_journal WHERE server = ?1 AND digest = ?2 AND state = 'done'",
                params![server, digest],
                |row| row.get(0),
            )
            .map_err(|e| self.error(&e))?;
        Ok(usize::try_from(count).unwrap_or(0))
    }
}

/// What became of a claimed entry, to be recorded in the journal.
#[derive(Clone, Debug)]
pub struct Settled {
    /// The entry.
    pub key: JournalKey,
    /// What became of it.
    pub outcome: Outcome,
    /// Its uuid on the server, when delivered.
    pub uuid: Option<String>,
}

fn claim_in(
    tx: &Transaction,
    server: &str,
    key: &JournalKey,
    lease: &Lease,
    retry_rejected: bool,
) -> rusqlite::Result<Claim> {
    let row = tx.query_row(SELECT_ROW, params![server, key.digest, key.occurrence], read_row).optional()?;
    let (claim, uncertain) = match row.as_ref().map(Row::state) {
        None => (Claim::Send, false),
        Some(JournalState::Done) => return Ok(Claim::Done),
        Some(JournalState::Sending) => return Ok(Claim::Busy),
        Some(JournalState::Rejected(reason)) if !retry_rejected => return Ok(Claim::Rejected(reason)),
        Some(JournalState::Rejected(_)) => (Claim::Send, false),
        Some(JournalState::Uncertain) => (Claim::Check, true),
    };
    upsert_sending(tx, server, key, lease, uncertain)?;
    Ok(claim)
}

fn settle_in(tx: &Transaction, server: &str, entry: &Settled) -> rusqlite::Result<usize> {
    let (key, now) = (&entry.key, now_text());
    let target = params![server, key.digest, key.occurrence];
    match &entry.outcome {
        Outcome::Delivered => tx.execute(
            "UPDATE import_journal SET state = 'done', uncertain = 0, owner = NULL, lease_until = NULL,
             uuid = ?4, reason = NULL, changed_at = ?5 WHERE server = ?1 AND digest = ?2 AND occurrence = ?3",
            params![server, key.digest, key.occurrence, entry.uuid, now],
        ),
        Outcome::Refused(reason) => tx.execute(
            "UPDATE import_journal SET state = 'rejected', uncertain = 0, owner = NULL, lease_until = NULL,
             reason = ?4, changed_at = ?5 WHERE server = ?1 AND digest = ?2 AND occurrence = ?3",
            params![server, key.digest, key.occurrence, reason, now],
        ),
        Outcome::MaybeDelivered => tx.execute(
            "UPDATE import_journal SET state = 'uncertain', uncertain = 1, owner = NULL, lease_until = NULL,
             changed_at = ?4 WHERE server = ?1 AND digest = ?2 AND occurrence = ?3",
            params![server, key.digest, key.occurrence, now],
        ),
        Outcome::Untouched => tx
            .execute(
                "UPDATE import_journal SET state = 'uncertain', owner = NULL, lease_until = NULL
                 WHERE server = ?1 AND digest = ?2 AND occurrence = ?3 AND uncertain = 1",
                target,
            )
            .and_then(|_| forget_unsent(tx, server, key)),
        Outcome::NotDelivered | Outcome::Dropped => forget_unsent(tx, server, key),
    }
}

fn upsert_sending(
    tx: &Transaction,
    server: &str,
    key: &JournalKey,
    lease: &Lease,
    uncertain: bool,
) -> rusqlite::Result<usize> {
    tx.execute(
        "INSERT INTO import_journal (server, digest, occurrence, state, uncertain, owner, lease_until, changed_at)
         VALUES (?1, ?2, ?3, 'sending', ?4, ?5, ?6, ?7)
         ON CONFLICT (server, digest, occurrence) DO UPDATE SET state = 'sending', uncertain = ?4, owner = ?5,
         lease_until = ?6, reason = NULL, changed_at = ?7",
        params![server, key.digest, key.occurrence, uncertain, lease.owner, lease.until, now_text()],
    )
}

/// Removes the row of an entry that is not on the server (unless it is uncertain).
fn forget_unsent(tx: &Transaction, server: &str, key: &JournalKey) -> rusqlite::Result<usize> {
    tx.execute(
        "DELETE FROM import_journal WHERE server = ?1 AND digest = ?2 AND occurrence = ?3 AND state = 'sending'",
        params![server, key.digest, key.occurrence],
    )
}

#[cfg(test)]
mod tests {
    use std::time::Duration as StdDuration;

    use super::*;

    const SERVER: &str = "http://ts.example.com/v0";

    fn key(occurrence: u32) -> JournalKey {
        JournalKey { digest: "abc".into(), occurrence }
    }

    fn lease() -> Lease {
        Lease::for_this_process(StdDuration::from_secs(30))
    }

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), "default").unwrap();
        (dir, store)
    }

    fn state(store: &Store, occurrence: u32) -> Option<JournalState> {
        store.journal_states(SERVER, &[key(occurrence)]).unwrap().remove(0)
    }

    #[test]
    fn a_delivered_entry_is_done_and_never_claimed_again() {
        let (_dir, mut store) = store();
        assert_eq!(state(&store, 1), None);
        assert_eq!(store.journal_claim(SERVER, &key(1), &lease(), false).unwrap(), Claim::Send);
        assert_eq!(state(&store, 1), Some(JournalState::Sending));
        assert_eq!(store.journal_claim(SERVER, &key(1), &lease(), false).unwrap(), Claim::Busy);
        store.journal_settle(SERVER, &key(1), &Outcome::Delivered, Some("u-1")).unwrap();
        assert_eq!(store.journal_claim(SERVER, &key(1), &lease(), true).unwrap(), Claim::Done);
        assert_eq!(store.journal_done_count(SERVER, "abc").unwrap(), 1);
        assert_eq!(state(&store, 2), None, "another occurrence is another entry");
        assert_eq!(store.journal_states("http://other/v0", &[key(1)]).unwrap(), [None], "servers are apart");
    }

    #[test]
    fn an_entry_not_sent_leaves_no_trace_and_an_uncertain_one_stays_uncertain() {
        let (_dir, mut store) = store();
        store.journal_claim(SERVER, &key(1), &lease(), false).unwrap();
        store.journal_settle(SERVER, &key(1), &Outcome::NotDelivered, None).unwrap();
        assert_eq!(state(&store, 1), None);
        store.journal_claim(SERVER, &key(1), &lease(), false).unwrap();
        store.journal_settle(SERVER, &key(1), &Outcome::MaybeDelivered, None).unwrap();
        assert_eq!(state(&store, 1), Some(JournalState::Uncertain));
        assert_eq!(store.journal_claim(SERVER, &key(1), &lease(), false).unwrap(), Claim::Check);
        store.journal_settle(SERVER, &key(1), &Outcome::Untouched, None).unwrap();
        assert_eq!(state(&store, 1), Some(JournalState::Uncertain), "a check cut short keeps it uncertain");
    }

    #[test]
    fn an_entry_left_sending_by_a_dead_process_is_uncertain() {
        let (_dir, mut store) = store();
        store.journal_claim(SERVER, &key(1), &lease(), false).unwrap();
        store.conn.execute("UPDATE import_journal SET lease_until = 0", []).unwrap();
        assert_eq!(state(&store, 1), Some(JournalState::Uncertain));
        assert_eq!(store.journal_claim(SERVER, &key(1), &lease(), false).unwrap(), Claim::Check);
    }

    #[test]
    fn a_refused_entry_is_kept_with_its_reason_and_retried_only_when_asked() {
        let (_dir, mut store) = store();
        store.journal_claim(SERVER, &key(1), &lease(), false).unwrap();
        store.journal_settle(SERVER, &key(1), &Outcome::Refused("no".into()), None).unwrap();
        assert_eq!(state(&store, 1), Some(JournalState::Rejected("no".into())));
        assert_eq!(store.journal_claim(SERVER, &key(1), &lease(), false).unwrap(), Claim::Rejected("no".into()));
        assert_eq!(store.journal_claim(SERVER, &key(1), &lease(), true).unwrap(), Claim::Send);
        store.journal_settle(SERVER, &key(1), &Outcome::Untouched, None).unwrap();
        assert_eq!(state(&store, 1), None);
    }

    #[test]
    fn a_batch_settles_the_last_one_and_claims_the_next_in_one_step() {
        let (_dir, mut store) = store();
        let keys = [key(1), key(2), key(3)];
        let claims = store.journal_step(SERVER, &[], &keys, &lease(), false).unwrap();
        assert_eq!(claims, [Claim::Send, Claim::Send, Claim::Send]);
        let settled = [
            Settled { key: key(1), outcome: Outcome::Delivered, uuid: Some("u-1".into()) },
            Settled { key: key(2), outcome: Outcome::Refused("no".into()), uuid: None },
            Settled { key: key(3), outcome: Outcome::NotDelivered, uuid: None },
        ];
        let claims = store.journal_step(SERVER, &settled, &[key(3), key(1)], &lease(), false).unwrap();
        assert_eq!(claims, [Claim::Send, Claim::Done], "an entry not sent is claimed afresh; a delivered one is done");
        assert_eq!(state(&store, 2), Some(JournalState::Rejected("no".into())));
        // Claimed by a process that died: uncertain, so the next run looks for it first.
        store.conn.execute("UPDATE import_journal SET lease_until = 0 WHERE state = 'sending'", []).unwrap();
        assert_eq!(state(&store, 3), Some(JournalState::Uncertain));
    }
}
