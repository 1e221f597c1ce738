//! The mirror: what the server last returned of the user's own time
//! entries, so that `log`, `report` and `time show` can answer without it.
//!
//! Entries are keyed by server ([`timesync::client::server_key`]) and user,
//! so profiles and servers never mix. Every online read of the user's
//! entries refreshes what it covered ([`Span`]: the days it asked for):
//! entries of those days are replaced by those the server returned, so an
//! entry deleted on the server leaves the mirror with the next read that
//! covers its day. The entries of a read are gathered in a temporary table
//! as they arrive (in a temporary file: nothing grows in memory with the
//! reply; its transaction touches only that file, so other commands are
//! never held up by a read) and written to the mirror in one transaction
//! when the read is complete; a read that fails changes nothing. The mirror keeps at most [`MAX_ENTRIES`] entries per server and
//! user, the newest.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension};

use super::{from_json, to_json, Store};
use crate::error::Result;
use timesync::model::Time;

/// The tables of the mirror, and of when the cache last held a whole list.
pub(super) const TABLES: &str = "CREATE TABLE mirror_times (
         server      TEXT NOT NULL,
         user        TEXT NOT NULL,
         uuid        TEXT NOT NULL,
         date_worked TEXT NOT NULL,
         created_at  TEXT,
         seq         INTEGER NOT NULL,
         time        TEXT NOT NULL,
         PRIMARY KEY (server, user, uuid)
     );
     CREATE INDEX mirror_times_age ON mirror_times (server, user, date_worked, created_at, seq);
     CREATE TABLE mirror_reads (
         server  TEXT NOT NULL,
         user    TEXT NOT NULL,
         read_at INTEGER NOT NULL,
         PRIMARY KEY (server, user)
     );
     CREATE TABLE cached_lists (
         profile    TEXT NOT NULL,
         kind       TEXT NOT NULL,
         fetched_at INTEGER NOT NULL,
         PRIMARY KEY (profile, kind)
     );";

/// The most entries kept per server and user (the newest).
pub const MAX_ENTRIES: usize = 50_000;

/// The days a read covered: every entry of the user worked on one of them
/// was in its reply. `None` is no limit on that side.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    /// The first day covered.
    pub start: Option<NaiveDate>,
    /// The last day covered.
    pub end: Option<NaiveDate>,
}

impl Span {
    /// Whether every day of `other` is one of this span's.
    fn covers(self, other: Span) -> bool {
        let start = match (self.start, other.start) {
            (None, _) => true,
            (Some(mine), Some(theirs)) => mine <= theirs,
            (Some(_), None) => false,
        };
        let end = match (self.end, other.end) {
            (None, _) => true,
            (Some(mine), Some(theirs)) => mine >= theirs,
            (Some(_), None) => false,
        };
        start && end
    }
}

/// A refresh under way: entries gathered as a read's reply arrives, written
/// to the mirror by [`Refresh::commit`].
pub struct Refresh<'a> {
    store: &'a mut Store,
    server: String,
    user: String,
    span: Span,
    /// The temporary table's transaction is open (rolled back if dropped so).
    gathering: bool,
    /// What was gathered, in order (each entry's UUID and text), and how many.
    digest: std::hash::DefaultHasher,
    gathered: u64,
}

impl Drop for Refresh<'_> {
    fn drop(&mut self) {
        if self.gathering {
            let _ = self.store.conn.execute_batch("ROLLBACK; DELETE FROM temp.mirror_incoming");
        }
    }
}

/// The temporary table a read's entries are gathered in: in a temporary
/// file, not in memory (the bundled SQLite keeps temporary tables in memory
/// unless told), so that only the page cache's worth is held.
const INCOMING: &str = "PRAGMA temp_store = FILE;
     CREATE TEMP TABLE IF NOT EXISTS mirror_incoming (
         uuid        TEXT NOT NULL,
         date_worked TEXT NOT NULL,
         created_at  TEXT,
         time        TEXT NOT NULL
     );
     DROP INDEX IF EXISTS temp.mirror_incoming_uuid;
     DELETE FROM temp.mirror_incoming;
     BEGIN;";

/// Cuts what was gathered down to the newest [`MAX_ENTRIES`] (`?1`); each
/// keeps its place in the read, its row id.
const CUT: &str = "DELETE FROM temp.mirror_incoming WHERE rowid IN (SELECT rowid FROM temp.mirror_incoming
     ORDER BY date_worked DESC, created_at DESC, rowid DESC LIMIT -1 OFFSET ?1)";

/// What [`Refresh::commit`] finds the gathered entries by, made once they are all in.
const INDEX: &str = "CREATE INDEX temp.mirror_incoming_uuid ON mirror_incoming (uuid)";

impl Store {
    /// Starts refreshing the mirror of `user`'s entries on `server` over `span`.
    pub fn begin_refresh(&mut self, server: &str, user: &str, span: Span) -> Result<Refresh<'_>> {
        self.conn.execute_batch(INCOMING).map_err(|e| self.error(&e))?;
        Ok(Refresh {
            store: self,
            server: server.to_owned(),
            user: user.to_owned(),
            span,
            gathering: true,
            digest: std::hash::DefaultHasher::new(),
            gathered: 0,
        })
    }

    /// When the mirror of `user`'s entries on `server` was last refreshed.
    pub fn mirror_read_at(&self, server: &str, user: &str) -> Result<Option<DateTime<Utc>>> {
        let at: Option<i64> = self
            .conn
            .query_row(
                "SELECT read_at FROM mirror_reads WHERE server = ?1 AND user = ?2",
                params![server, user],
                |row| row.get(0),
            )
            .optional()
            .map_err(|e| self.error(&e))?;
        Ok(at.and_then(|at| DateTime::from_timestamp(at, 0)))
    }

    /// Hands `user`'s mirrored entries on `server` worked on or after
    /// `start` to `each`, oldest first (by day worked, creation, then the
    /// server's order), one at a time; returns how many there were.
    pub fn each_mirrored<E: From<crate::error::Error>>(
        &self,
        server: &str,
        user: &str,
        start: Option<NaiveDate>,
        mut each: impl FnMut(Time) -> std::result::Result<(), E>,
    ) -> std::result::Result<usize, E> {
        let start = start.map(|d| d.to_string()).unwrap_or_default();
        let mut statement = self
            .conn
            .prepare(
                "SELECT time FROM mirror_times WHERE server = ?1 AND user = ?2 AND date_worked >= ?3
                 ORDER BY date_worked, created_at, seq",
            )
            .map_err(|e| self.error(&e))?;
        let mut rows = statement.query(params![server, user, start]).map_err(|e| self.error(&e))?;
        let mut count = 0;
        while let Some(row) = rows.next().map_err(|e| self.error(&e))? {
            let text: String = row.get(0).map_err(|e| self.error(&e))?;
            each(from_json(&self.path, "mirrored time entry", &text)?)?;
            count += 1;
        }
        Ok(count)
    }

    /// When the whole list of a kind of cached name was last fetched.
    pub fn cached_list_at(&self, kind: super::cache::CacheKind) -> Result<Option<DateTime<Utc>>> {
        let at: Option<i64> = self
            .conn
            .query_row(
                "SELECT fetched_at FROM cached_lists WHERE profile = ?1 AND kind = ?2",
                params![self.profile, kind.noun()],
                |row| row.get(0),
            )
            .optional()
            .map_err(|e| self.error(&e))?;
        Ok(at.and_then(|at| DateTime::from_timestamp(at, 0)))
    }
}

impl Refresh<'_> {
    /// Gathers `time` if it is the user's and not deleted (without its
    /// earlier revisions).
    pub fn add(&mut self, time: &Time) -> Result<()> {
        if time.user != self.user || time.deleted_at.is_some() {
            return Ok(());
        }
        let text =
            if time.parents.is_some() { to_json(&Time { parents: None, ..time.clone() })? } else { to_json(time)? };
        std::hash::Hash::hash(&(&time.uuid, &text), &mut self.digest);
        self.gathered += 1;
        let conn = &self.store.conn;
        conn.prepare_cached(
            "INSERT INTO temp.mirror_incoming (uuid, date_worked, created_at, time) VALUES (?1, ?2, ?3, ?4)",
        )
        .and_then(|mut insert| {
            insert.execute(params![
                time.uuid,
                time.date_worked.to_string(),
                time.created_at.map(|d| d.to_string()),
                text
            ])
        })
        .map_err(|e| self.store.error(&e))?;
        Ok(())
    }

    /// Replaces the mirrored entries of the span by those gathered, in one
    /// transaction, and records the read as made at `read_at`. Only what
    /// differs is written: nothing when the mirror already holds this read
    /// (see [`held`]), else each entry that is new, changed or in another
    /// place in the list, and the deletion of those gone.
    pub fn commit(mut self, read_at: DateTime<Utc>) -> Result<()> {
        self.gathering = false;
        let store = &mut *self.store;
        let (server, user, span) = (self.server.as_str(), self.user.as_str(), self.span);
        store.conn.execute_batch("COMMIT").map_err(|e| store.error(&e))?;
        let path = store.path.clone();
        let read = format!("{} entries, {:016x}", self.gathered, std::hash::Hasher::finish(&self.digest));
        let written = store.write(|tx| {
            let (start, end) = (span.start.map(|d| d.to_string()), span.end.map(|d| d.to_string()));
            let held = held(tx, server, user, span, &read).map_err(|e| super::db_error(&path, &e))?;
            let result = if held {
                tx.execute(
                    "UPDATE mirror_reads SET read_at = ?3 WHERE server = ?1 AND user = ?2",
                    params![server, user, read_at.timestamp()],
                )
            } else {
                write_differences(tx, server, user, (&start, &end)).and_then(|()| {
                    tx.execute(
                        "INSERT OR REPLACE INTO mirror_reads (server, user, read_at, span_start, span_end, digest)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        params![server, user, read_at.timestamp(), start, end, read],
                    )
                })
            };
            result.map(drop).map_err(|e| super::db_error(&path, &e))
        });
        let cleared = store.conn.execute_batch("DELETE FROM temp.mirror_incoming");
        written.and(cleared.map_err(|e| store.error(&e)))
    }
}

/// Whether the mirror already holds the read of `span` whose entries give
/// the digest `read`: the last read written covered its days and returned
/// the same entries, in the same order (so its rows of those days are
/// exactly these).
fn held(tx: &rusqlite::Transaction, server: &str, user: &str, span: Span, read: &str) -> rusqlite::Result<bool> {
    let last: Option<(Option<String>, Option<String>, Option<String>)> = tx
        .query_row(
            "SELECT span_start, span_end, digest FROM mirror_reads WHERE server = ?1 AND user = ?2",
            [server, user],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .optional()?;
    let Some((start, end, Some(digest))) = last else { return Ok(false) };
    // A day that does not read back as one covers nothing.
    let day = |text: Option<String>| text.map(|t| t.parse::<NaiveDate>().map_err(drop)).transpose();
    let (Ok(start), Ok(end)) = (day(start), day(end)) else { return Ok(false) };
    Ok(digest == read && Span { start, end }.covers(span))
}

/// Writes what differs between the mirror's rows of the days `start` to
/// `end` and the entries gathered (cut to the newest [`MAX_ENTRIES`]),
/// then trims the mirror to [`MAX_ENTRIES`].
fn write_differences(
    tx: &rusqlite::Transaction,
    server: &str,
    user: &str,
    (start, end): (&Option<String>, &Option<String>),
) -> rusqlite::Result<()> {
    let limit = i64::try_from(MAX_ENTRIES).unwrap_or(i64::MAX);
    tx.execute(CUT, [limit])?;
    tx.execute(INDEX, [])?;
    tx.execute(
        "DELETE FROM mirror_times WHERE server = ?1 AND user = ?2
         AND (?3 IS NULL OR date_worked >= ?3) AND (?4 IS NULL OR date_worked <= ?4)
         AND NOT EXISTS (SELECT 1 FROM temp.mirror_incoming k WHERE k.uuid = mirror_times.uuid
             AND k.rowid = mirror_times.seq AND k.time = mirror_times.time)",
        params![server, user, start, end],
    )?;
    tx.execute(
        "INSERT OR REPLACE INTO mirror_times (server, user, uuid, date_worked, created_at, seq, time)
         SELECT ?1, ?2, uuid, date_worked, created_at, rowid, time FROM temp.mirror_incoming k
         WHERE NOT EXISTS (SELECT 1 FROM mirror_times m WHERE m.server = ?1 AND m.user = ?2
             AND m.uuid = k.uuid AND m.seq = k.rowid AND m.time = k.time)",
        params![server, user],
    )?;
    tx.execute(
        "DELETE FROM mirror_times WHERE rowid IN (SELECT rowid FROM mirror_times
         WHERE server = ?1 AND user = ?2
         ORDER BY date_worked DESC, created_at DESC, seq DESC LIMIT -1 OFFSET ?3)",
        params![server, user, limit],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;
    use serde_json::json;

    const SERVER: &str = "http://ts.example.com/v0";

    fn time(uuid: &str, user: &str, day: &str) -> Time {
        serde_json::from_value(json!({"duration": 3600, "user": user, "project": ["gwm", "ganeti-webmgr"],
            "activities": ["dev"], "date_worked": day, "created_at": day, "uuid": uuid, "notes": "n"}))
        .unwrap()
    }

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(seconds, 0).unwrap()
    }

    fn day(text: &str) -> Option<NaiveDate> {
        Some(text.parse().unwrap())
    }

    fn refresh(store: &mut Store, user: &str, span: Span, times: &[Time], read_at: i64) {
        let mut refresh = store.begin_refresh(SERVER, user, span).unwrap();
        for time in times {
            refresh.add(time).unwrap();
        }
        refresh.commit(at(read_at)).unwrap();
    }

    fn mirrored(store: &Store, server: &str, user: &str) -> Vec<String> {
        let mut uuids = Vec::new();
        store
            .each_mirrored(server, user, None, |time| {
                uuids.push(time.uuid);
                Ok::<(), Error>(())
            })
            .unwrap();
        uuids
    }

    #[test]
    fn a_read_keeps_only_the_users_own_entries_oldest_first_and_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), "default").unwrap();
        assert_eq!(store.mirror_read_at(SERVER, "alice").unwrap(), None);
        let times =
            [time("b", "alice", "2026-12-02"), time("x", "bob", "2026-12-01"), time("a", "alice", "2026-12-01")];
        refresh(&mut store, "alice", Span::default(), &times, 100);
        let temp_store: i64 = store.conn.pragma_query_value(None, "temp_store", |row| row.get(0)).unwrap();
        assert_eq!(temp_store, 1, "a read is gathered in a file, not in memory");
        assert_eq!(mirrored(&store, SERVER, "alice"), ["a", "b"]);
        assert_eq!(store.mirror_read_at(SERVER, "alice").unwrap(), Some(at(100)));
        let mut back = Vec::new();
        store
            .each_mirrored(SERVER, "alice", day("2026-12-02"), |t| {
                back.push(t);
                Ok::<(), Error>(())
            })
            .unwrap();
        assert_eq!(back, [times[0].clone()], "from the start day, each entry as it was read");
        assert!(mirrored(&store, "http://other/v0", "alice").is_empty(), "servers are kept apart");
        assert!(mirrored(&store, SERVER, "bob").is_empty(), "only the reader's entries are kept");
    }

    #[test]
    fn a_read_replaces_only_the_days_it_covered() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), "default").unwrap();
        let all =
            [time("a", "alice", "2026-11-01"), time("b", "alice", "2026-12-01"), time("c", "alice", "2026-12-03")];
        refresh(&mut store, "alice", Span::default(), &all, 1);
        // b was deleted on the server, d is new: a read of December says so.
        let december = Span { start: day("2026-12-01"), end: day("2026-12-31") };
        refresh(&mut store, "alice", december, &[all[2].clone(), time("d", "alice", "2026-12-04")], 2);
        assert_eq!(mirrored(&store, SERVER, "alice"), ["a", "c", "d"]);
        // An entry moved to another day is kept once, where the server has it now.
        refresh(&mut store, "alice", december, &[time("a", "alice", "2026-12-05")], 3);
        assert_eq!(mirrored(&store, SERVER, "alice"), ["a"]);
        // A whole read replaces everything; deleted entries are left out.
        let deleted: Time = serde_json::from_value(json!({"duration": 60, "user": "alice", "project": "gwm",
            "date_worked": "2026-12-06", "uuid": "e", "deleted_at": "2026-12-06"}))
        .unwrap();
        refresh(&mut store, "alice", Span::default(), &[deleted, time("f", "alice", "2026-01-01")], 4);
        assert_eq!(mirrored(&store, SERVER, "alice"), ["f"]);
    }

    /// Each mirrored entry's row id, by UUID: a row written again gets a new one.
    fn row_ids(store: &Store) -> Vec<(String, i64)> {
        let mut statement = store.conn.prepare("SELECT uuid, rowid FROM mirror_times ORDER BY uuid").unwrap();
        statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?))).unwrap().map(Result::unwrap).collect()
    }

    #[test]
    fn a_read_writes_only_the_rows_that_differ() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), "default").unwrap();
        let mut all =
            vec![time("a", "alice", "2026-11-01"), time("b", "alice", "2026-12-01"), time("c", "alice", "2026-12-03")];
        refresh(&mut store, "alice", Span::default(), &all, 1);
        let before = row_ids(&store);
        refresh(&mut store, "alice", Span::default(), &all, 2);
        assert_eq!(row_ids(&store), before, "the same list again: nothing rewritten");
        all[1].notes = Some("changed".into());
        refresh(&mut store, "alice", Span::default(), &all, 3);
        let after = row_ids(&store);
        assert_eq!((after[0].clone(), after[2].clone()), (before[0].clone(), before[2].clone()));
        assert_ne!(after[1], before[1], "the changed entry is written again");
        let mut back = Vec::new();
        store
            .each_mirrored(SERVER, "alice", None, |t| {
                back.push(t);
                Ok::<(), Error>(())
            })
            .unwrap();
        assert_eq!(back, all, "each as the server has it now");
        // In another place in the list (a read of fewer days), an entry is written again with it.
        refresh(&mut store, "alice", Span { start: day("2026-12-01"), end: None }, &all[1..], 4);
        assert_eq!(mirrored(&store, SERVER, "alice"), ["a", "b", "c"]);
        assert_eq!(store.mirror_read_at(SERVER, "alice").unwrap(), Some(at(4)));
        // The whole list again, after a read of other days: compared, not taken as the last read.
        all.remove(0);
        refresh(&mut store, "alice", Span::default(), &all, 5);
        assert_eq!(mirrored(&store, SERVER, "alice"), ["b", "c"], "a, gone from the server, leaves the mirror");
        let before = row_ids(&store);
        refresh(&mut store, "alice", Span::default(), &all, 6);
        assert_eq!((row_ids(&store), store.mirror_read_at(SERVER, "alice").unwrap()), (before, Some(at(6))));
    }

    #[test]
    fn the_same_entries_are_left_alone_only_where_the_last_read_covered_their_days() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), "default").unwrap();
        let (a, b, c) =
            (time("a", "alice", "2026-11-01"), time("b", "alice", "2026-12-01"), time("c", "alice", "2026-12-03"));
        let december = Span { start: day("2026-12-01"), end: day("2026-12-31") };
        refresh(&mut store, "alice", Span::default(), &[a, b.clone(), c.clone()], 1);
        refresh(&mut store, "alice", december, &[b.clone(), c.clone()], 2);
        // The same two entries, read over every day: a has gone from the server.
        refresh(&mut store, "alice", Span::default(), &[b.clone(), c.clone()], 3);
        assert_eq!(mirrored(&store, SERVER, "alice"), ["b", "c"]);
        // Now a read of December returning them alike is already held.
        let before = row_ids(&store);
        refresh(&mut store, "alice", december, &[b, c], 4);
        assert_eq!(row_ids(&store), before);
        assert_eq!(store.mirror_read_at(SERVER, "alice").unwrap(), Some(at(4)));
    }

    #[test]
    fn a_read_not_committed_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), "default").unwrap();
        refresh(&mut store, "alice", Span::default(), &[time("a", "alice", "2026-12-01")], 1);
        {
            let mut abandoned = store.begin_refresh(SERVER, "alice", Span::default()).unwrap();
            abandoned.add(&time("z", "alice", "2026-12-02")).unwrap();
        }
        assert_eq!(mirrored(&store, SERVER, "alice"), ["a"]);
        refresh(&mut store, "alice", Span { start: day("2026-12-02"), end: None }, &[], 2);
        assert_eq!(mirrored(&store, SERVER, "alice"), ["a"], "what an abandoned read gathered is not written");
    }
}
