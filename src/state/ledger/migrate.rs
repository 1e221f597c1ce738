//! Moving the outbox and import journal of earlier versions into the ledger,
//! in the transaction of the schema step that creates it.
//!
//! Outbox entries did not record their server: they are kept for no known
//! server, and the profile's server adopts them at the next `sync`. Journal
//! rows were keyed by the URL as typed: their server is normalised, and when
//! two spellings of one server hold the same entry, a delivered row wins.

use rusqlite::{params, Transaction};
use sha2::{Digest, Sha256};

use super::{next_occurrence, Source, TABLE};
use timesync::client::server_key;
use timesync::model::NewTime;

/// Creates the ledger and moves the rows of the old `outbox` and
/// `import_journal` tables into it, then drops those tables.
pub fn to_ledger(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(TABLE)?;
    move_outbox(tx)?;
    move_journal(tx)?;
    // `imports` recorded the state files of a format never released.
    tx.execute_batch("DROP TABLE outbox; DROP TABLE import_journal; DROP TABLE imports;")
}

fn move_outbox(tx: &Transaction) -> rusqlite::Result<()> {
    let mut rows = tx.prepare(
        "SELECT profile, time, queued_at, state, uncertain, owner, lease_until, refused FROM outbox ORDER BY id",
    )?;
    let rows = rows.query_map([], |row| {
        Ok(OldEntry {
            profile: row.get(0)?,
            time: row.get(1)?,
            queued_at: row.get(2)?,
            sending: row.get::<_, String>(3)? == "sending",
            uncertain: row.get(4)?,
            owner: row.get(5)?,
            lease_until: row.get(6)?,
            refused: row.get(7)?,
        })
    })?;
    for old in rows {
        let old = old?;
        let digest = match serde_json::from_str::<NewTime>(&old.time) {
            Ok(time) => super::digest(&time),
            // Kept as it was; `outbox` reports it as damaged.
            Err(_) => Sha256::digest(old.time.as_bytes()).iter().map(|b| format!("{b:02x}")).collect(),
        };
        let occurrence = next_occurrence(tx, "", &digest, Source::Outbox)?;
        let state = match (old.sending, old.uncertain) {
            (true, _) => "sending",
            (false, true) => "uncertain",
            (false, false) => "queued",
        };
        tx.execute(
            "INSERT INTO deliveries (server, digest, source, occurrence, profile, time, state, was_uncertain, owner,
             lease_until, reason, queued_at, changed_at) VALUES ('', ?1, 'outbox', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
            params![
                digest,
                occurrence,
                old.profile,
                old.time,
                state,
                old.uncertain,
                old.owner,
                old.lease_until,
                old.refused,
                old.queued_at
            ],
        )?;
    }
    Ok(())
}

/// An outbox row of an earlier version.
struct OldEntry {
    profile: String,
    time: String,
    queued_at: String,
    sending: bool,
    uncertain: bool,
    owner: Option<u32>,
    lease_until: Option<i64>,
    refused: Option<String>,
}

fn move_journal(tx: &Transaction) -> rusqlite::Result<()> {
    let mut rows = tx.prepare(
        "SELECT server, digest, occurrence, state, uncertain, owner, lease_until, uuid, reason, changed_at
         FROM import_journal ORDER BY CASE state WHEN 'done' THEN 0 WHEN 'uncertain' THEN 1 ELSE 2 END",
    )?;
    let mut rows = rows.query([])?;
    while let Some(row) = rows.next()? {
        let server: String = row.get(0)?;
        let server = server_key(&server).unwrap_or(server);
        let state = match row.get::<_, String>(3)?.as_str() {
            "done" => "delivered",
            "rejected" => "refused",
            "sending" => "sending",
            _ => "uncertain",
        };
        tx.execute(
            "INSERT OR IGNORE INTO deliveries (server, digest, source, occurrence, state, was_uncertain, owner,
             lease_until, uuid, reason, queued_at, changed_at)
             VALUES (?1, ?2, 'import', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
            params![
                server,
                row.get::<_, String>(1)?,
                row.get::<_, i64>(2)?,
                state,
                row.get::<_, bool>(4)?,
                row.get::<_, Option<u32>>(5)?,
                row.get::<_, Option<i64>>(6)?,
                row.get::<_, Option<String>>(7)?,
                row.get::<_, Option<String>>(8)?,
                row.get::<_, String>(9)?,
            ],
        )?;
    }
    Ok(())
}
