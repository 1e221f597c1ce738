//! The ledger's states, claims and counts, and moving an earlier version's
//! outbox and import journal into it.

use std::time::Duration as StdDuration;

use super::*;
use crate::state::{EntryStatus, Store};

const SERVER: &str = "http://ts.example.com/v0";
const OTHER: &str = "http://other.example.com/v0";

fn time(notes: &str) -> NewTime {
    serde_json::from_value(serde_json::json!({
        "duration": 3600, "project": "gwm", "user": "alice", "date_worked": "2026-11-29", "notes": notes
    }))
    .unwrap()
}

fn lease() -> Lease {
    Lease::for_this_process(StdDuration::from_secs(30))
}

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), "default").unwrap();
    (dir, store)
}

/// Makes every lease run out, as if its owner had died.
fn expire_leases(store: &Store) {
    store.conn.execute("UPDATE deliveries SET lease_until = 0", []).unwrap();
}

#[test]
fn entries_being_sent_are_claimed_by_no_one_else_until_settled() {
    let (_dir, mut store) = store();
    let id = store.add_to_outbox(SERVER, &[time("mine")], Some(&lease())).unwrap()[0];
    assert_eq!(store.entries().unwrap()[0].status, EntryStatus::Sending);
    assert!(store.claim_next(SERVER, 0, &lease()).unwrap().is_none(), "a live sender holds it");
    store.settle(&[(id, Outcome::Uncertain)]).unwrap();
    let claimed = store.claim_next(SERVER, 0, &lease()).unwrap().unwrap();
    assert!(claimed.uncertain);
    store.settle(&[(id, Outcome::Refused("no".into()))]).unwrap();
    let entry = &store.entries().unwrap()[0];
    assert_eq!((entry.status, entry.refused.as_deref()), (EntryStatus::Queued, Some("no")));
    let claimed = store.claim_next(SERVER, 0, &lease()).unwrap().unwrap();
    assert!(!claimed.uncertain);
    store.settle(&[(id, Outcome::Delivered(Some("u-1".into())))]).unwrap();
    assert!(store.entries().unwrap().is_empty());
    assert_eq!(store.known(SERVER, &digest(&time("mine")), 0).unwrap().delivered, 1);
}

#[test]
fn a_check_cut_short_leaves_an_uncertain_entry_uncertain() {
    let (_dir, mut store) = store();
    let id = store.add_to_outbox(SERVER, &[time("x")], Some(&lease())).unwrap()[0];
    store.settle(&[(id, Outcome::Untouched)]).unwrap();
    assert_eq!(store.entries().unwrap()[0].status, EntryStatus::Queued, "never sent: queued");
    store.claim_next(SERVER, 0, &lease()).unwrap().unwrap();
    store.settle(&[(id, Outcome::Uncertain)]).unwrap();
    assert!(store.claim_next(SERVER, 0, &lease()).unwrap().unwrap().uncertain);
    store.settle(&[(id, Outcome::Untouched)]).unwrap();
    assert_eq!(store.entries().unwrap()[0].status, EntryStatus::Uncertain);
    store.claim_next(SERVER, 0, &lease()).unwrap().unwrap();
    store.settle(&[(id, Outcome::Queued)]).unwrap();
    assert_eq!(store.entries().unwrap()[0].status, EntryStatus::Queued, "looked for, not there, not sent");
}

#[test]
fn an_entry_of_a_dead_process_is_uncertain() {
    let (_dir, mut store) = store();
    store.add_to_outbox(SERVER, &[time("x")], Some(&lease())).unwrap();
    expire_leases(&store);
    assert_eq!(store.entries().unwrap()[0].status, EntryStatus::Uncertain);
    assert!(store.claim_next(SERVER, 0, &lease()).unwrap().unwrap().uncertain);
}

#[test]
fn an_entry_is_sent_only_to_the_server_it_was_made_for() {
    let (_dir, mut store) = store();
    store.add_to_outbox(OTHER, &[time("there")], None).unwrap();
    assert!(store.claim_next(SERVER, 0, &lease()).unwrap().is_none());
    let claimed = store.claim_next(OTHER, 0, &lease()).unwrap().unwrap();
    assert_eq!(claimed.entry.server, OTHER);
}

#[test]
fn dropping_checks_the_number_and_the_sender() {
    let (_dir, mut store) = store();
    store.add_to_outbox(SERVER, &[time("a"), time("b")], None).unwrap();
    store.add_to_outbox(SERVER, &[time("c")], Some(&lease())).unwrap();
    assert!(store.drop_entry(0).unwrap().is_err());
    assert!(store.drop_entry(4).unwrap().unwrap_err().contains("3 entries"));
    assert!(store.drop_entry(3).unwrap().unwrap_err().contains("being sent"));
    assert_eq!(store.drop_entry(1).unwrap().unwrap().time.notes.as_deref(), Some("a"));
    assert_eq!(store.entries().unwrap()[0].number, 1);
}

#[test]
fn identical_entries_are_counted_apart_whatever_their_source() {
    let (_dir, mut store) = store();
    let same = time("same");
    let ids = store.add_to_outbox(SERVER, &[same.clone(), same.clone()], Some(&lease())).unwrap();
    assert_eq!(store.entries().unwrap().len(), 2, "two identical entries are two entries");
    store.settle(&[(ids[0], Outcome::Delivered(None))]).unwrap();
    let key = ImportKey { digest: digest(&same), occurrence: 1 };
    let claims = store.import_step(SERVER, &[], &[key], &lease(), false).unwrap();
    let Claim::Send(imported) = claims[0] else { panic!("an imported entry is not the created one: {claims:?}") };
    store.import_step(SERVER, &[(imported, Outcome::Delivered(None))], &[], &lease(), false).unwrap();
    let known = store.known(SERVER, &digest(&same), ids[1]).unwrap();
    assert_eq!(known, Known { delivered: 2, in_flight: false }, "both count, from either source");
    assert_eq!(store.known(OTHER, &digest(&same), ids[1]).unwrap().delivered, 0, "servers are apart");
}

#[test]
fn an_entry_like_one_another_process_is_sending_is_in_flight() {
    let (_dir, mut store) = store();
    let ids = store.add_to_outbox(SERVER, &[time("x"), time("x")], Some(&lease())).unwrap();
    assert!(!store.known(SERVER, &digest(&time("x")), ids[0]).unwrap().in_flight, "this process's own");
    store.conn.execute("UPDATE deliveries SET owner = 1 WHERE id = ?1", [ids[1]]).unwrap();
    assert!(store.known(SERVER, &digest(&time("x")), ids[0]).unwrap().in_flight, "pid 1 runs");
    expire_leases(&store);
    assert!(!store.known(SERVER, &digest(&time("x")), ids[0]).unwrap().in_flight, "a lease run out");
}

#[test]
fn the_outbox_is_marked_empty_only_while_no_profile_has_an_entry() {
    let (dir, mut store) = store();
    let known_empty = || Store::outbox_known_empty(dir.path());
    let mut other = Store::open(dir.path(), "staging").unwrap();
    assert!(known_empty(), "a new database holds nothing");

    other.add_to_outbox(SERVER, &[time("waits")], None).unwrap();
    assert!(!known_empty(), "an entry of any profile removes the mark");
    store.mark_if_empty();
    assert!(!known_empty(), "not marked while another profile has an entry");

    let ids = store.add_to_outbox(SERVER, &[time("sent")], Some(&lease())).unwrap();
    other.drop_entry(1).unwrap().unwrap();
    assert!(!known_empty(), "one still being sent");
    store.settle(&[(ids[0], Outcome::Uncertain)]).unwrap();
    assert!(!known_empty(), "one left uncertain");
    store.drop_entry(1).unwrap().unwrap();
    assert!(known_empty(), "the last one dropped");

    let ids = store.add_to_outbox(SERVER, &[time("sent")], Some(&lease())).unwrap();
    assert!(!known_empty());
    store.settle(&[(ids[0], Outcome::Delivered(None))]).unwrap();
    assert!(known_empty(), "the last one delivered");

    let key = ImportKey { digest: digest(&time("i")), occurrence: 1 };
    store.import_step(SERVER, &[], &[key], &lease(), false).unwrap();
    assert!(known_empty(), "imported entries are not the outbox");
}

fn import_state(store: &Store, occurrence: u32) -> Option<ImportState> {
    store.import_states(SERVER, &[ImportKey { digest: "abc".into(), occurrence }]).unwrap().remove(0)
}

fn claim(store: &mut Store, occurrence: u32, retry: bool) -> Claim {
    let key = ImportKey { digest: "abc".into(), occurrence };
    store.import_step(SERVER, &[], &[key], &lease(), retry).unwrap().remove(0)
}

fn settle(store: &mut Store, claim: &Claim, outcome: Outcome) {
    let (Claim::Send(id) | Claim::Check(id)) = claim else { panic!("nothing claimed: {claim:?}") };
    store.import_step(SERVER, &[(*id, outcome)], &[], &lease(), false).unwrap();
}

#[test]
fn a_delivered_import_entry_is_done_and_never_claimed_again() {
    let (_dir, mut store) = store();
    assert_eq!(import_state(&store, 1), None);
    let first = claim(&mut store, 1, false);
    assert!(matches!(first, Claim::Send(_)));
    assert_eq!(import_state(&store, 1), Some(ImportState::Sending));
    assert_eq!(claim(&mut store, 1, false), Claim::Busy);
    settle(&mut store, &first, Outcome::Delivered(Some("u-1".into())));
    assert_eq!(claim(&mut store, 1, true), Claim::Done);
    assert_eq!(import_state(&store, 2), None, "another occurrence is another entry");
    let elsewhere = store.import_states(OTHER, &[ImportKey { digest: "abc".into(), occurrence: 1 }]).unwrap();
    assert_eq!(elsewhere, [None], "servers are apart");
}

#[test]
fn an_import_entry_not_sent_is_new_again_and_an_uncertain_one_stays_uncertain() {
    let (_dir, mut store) = store();
    let claimed = claim(&mut store, 1, false);
    settle(&mut store, &claimed, Outcome::Queued);
    assert_eq!(import_state(&store, 1), None);
    let claimed = claim(&mut store, 1, false);
    settle(&mut store, &claimed, Outcome::Uncertain);
    assert_eq!(import_state(&store, 1), Some(ImportState::Uncertain));
    let check = claim(&mut store, 1, false);
    assert!(matches!(check, Claim::Check(_)));
    settle(&mut store, &check, Outcome::Untouched);
    assert_eq!(import_state(&store, 1), Some(ImportState::Uncertain), "a check cut short keeps it uncertain");
    expire_leases(&store);
    let claimed = claim(&mut store, 1, false);
    expire_leases(&store);
    assert!(matches!(claimed, Claim::Check(_)));
    assert_eq!(import_state(&store, 1), Some(ImportState::Uncertain), "left sending by a dead process");
}

#[test]
fn a_refused_import_entry_is_kept_with_its_reason_and_retried_only_when_asked() {
    let (_dir, mut store) = store();
    let claimed = claim(&mut store, 1, false);
    settle(&mut store, &claimed, Outcome::Refused("no".into()));
    assert_eq!(import_state(&store, 1), Some(ImportState::Rejected("no".into())));
    assert_eq!(claim(&mut store, 1, false), Claim::Rejected("no".into()));
    let again = claim(&mut store, 1, true);
    assert!(matches!(again, Claim::Send(_)));
    settle(&mut store, &again, Outcome::Untouched);
    assert_eq!(import_state(&store, 1), None);
}

/// A database as the version before the ledger left it (schema step 3).
fn old_database(dir: &std::path::Path) {
    let conn = rusqlite::Connection::open(dir.join("state.db")).unwrap();
    conn.execute_batch(
        "CREATE TABLE clocks (profile TEXT PRIMARY KEY, clock TEXT NOT NULL);
         CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, profile TEXT NOT NULL, time TEXT NOT NULL,
             queued_at TEXT NOT NULL, state TEXT NOT NULL, uncertain INTEGER NOT NULL DEFAULT 0, owner INTEGER,
             lease_until INTEGER, refused TEXT);
         CREATE TABLE imports (file TEXT NOT NULL, digest TEXT NOT NULL, PRIMARY KEY (file, digest));
         CREATE TABLE import_journal (server TEXT NOT NULL, digest TEXT NOT NULL, occurrence INTEGER NOT NULL,
             state TEXT NOT NULL, uncertain INTEGER NOT NULL DEFAULT 0, owner INTEGER, lease_until INTEGER,
             uuid TEXT, reason TEXT, changed_at TEXT NOT NULL, PRIMARY KEY (server, digest, occurrence));
         CREATE TABLE cached_projects (profile TEXT NOT NULL, uuid TEXT NOT NULL, name TEXT NOT NULL,
             default_activity TEXT, fetched_at INTEGER NOT NULL, PRIMARY KEY (profile, uuid));
         CREATE TABLE cached_project_slugs (profile TEXT NOT NULL, slug TEXT NOT NULL, uuid TEXT NOT NULL,
             PRIMARY KEY (profile, slug));
         CREATE TABLE cached_activities (profile TEXT NOT NULL, slug TEXT NOT NULL, uuid TEXT NOT NULL,
             name TEXT NOT NULL, fetched_at INTEGER NOT NULL, PRIMARY KEY (profile, slug));
         CREATE TABLE cached_users (profile TEXT NOT NULL, username TEXT NOT NULL, fetched_at INTEGER NOT NULL,
             PRIMARY KEY (profile, username));
         CREATE TABLE last_clocks (profile TEXT PRIMARY KEY, clock TEXT NOT NULL);
         PRAGMA user_version = 3;",
    )
    .unwrap();
    let entry = serde_json::to_string(&time("old")).unwrap();
    let at = "2026-11-29T10:00:00+01:00";
    conn.execute(
        "INSERT INTO outbox (profile, time, queued_at, state, uncertain) VALUES ('default', ?1, ?2, 'queued', 1)",
        rusqlite::params![entry, at],
    )
    .unwrap();
    for server in ["HTTP://TS.example.com:80/v0", "http://ts.example.com/v0/"] {
        let state = if server.starts_with("HTTP") { "done" } else { "uncertain" };
        conn.execute(
            "INSERT INTO import_journal (server, digest, occurrence, state, changed_at) VALUES (?1, 'abc', 1, ?2, ?3)",
            rusqlite::params![server, state, at],
        )
        .unwrap();
    }
}

#[test]
fn an_earlier_outbox_and_import_journal_move_into_the_ledger() {
    let dir = tempfile::tempdir().unwrap();
    old_database(dir.path());
    let mut store = Store::open(dir.path(), "default").unwrap();
    let waiting = store.entries().unwrap();
    assert_eq!(waiting.len(), 1);
    assert_eq!((waiting[0].server.as_str(), waiting[0].status), ("", EntryStatus::Uncertain));
    assert_eq!(import_state(&store, 1), Some(ImportState::Done), "one server, however spelt; delivered wins");
    let claimed = store.claim_next(SERVER, 0, &lease()).unwrap().unwrap();
    assert_eq!(claimed.entry.server, SERVER, "the profile's server adopts an entry of no known server");
    assert!(claimed.uncertain);
}
