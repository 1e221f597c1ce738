//! Working without the server: reads answered from the local copy of the
//! user's entries with the outbox merged in, `--offline` and `--online`,
//! editing queued entries, and slugs checked against the cache.

use std::time::Duration;

use predicates::prelude::*;
use serde_json::{json, Value};

use crate::harness::{Printed, Run};
use crate::proxy::Behind;

/// 2026-01-15 is a Thursday.
const NOW: &str = "2026-01-15T18:00:00+00:00";
const A1: &str = "aaaaaaa1-0000-4000-8000-000000000000";
const A2: &str = "aaaaaaa2-0000-4000-8000-000000000000";

/// alice's two entries and one of the admin's, behind a proxy, the clocks at [`NOW`].
fn behind() -> Behind {
    let behind = Behind::new();
    behind.env.set_now(NOW);
    let server = &behind.env.server;
    server.add_time_with_uuid(A2, "alice", "gwm", &["dev"], 1800, "2026-01-13");
    server.add_time_with_uuid(A1, "alice", "gwm", &["docs"], 5400, "2026-01-15");
    server.add_time_with_uuid("ccccccc1-0000-4000-8000-000000000000", "admin", "gwm", &["dev"], 600, "2026-01-14");
    behind
}

#[test]
fn reads_answer_from_the_copy_when_the_server_is_gone_with_the_outbox_merged_and_marked() {
    let mut b = behind();
    b.cmd().succeeds(&["log"]).stdout_has(&["@1  aaaaaaa1"]).stderr(predicate::str::contains("offline").not());
    b.env.advance(Duration::from_secs(2 * 3600 + 5 * 60));
    b.proxy.down();
    b.cmd().fails(&["time", "create", "-d", "45m", "-p", "gwm", "-n", "on the train"], 3);

    let out = b.cmd().succeeds(&["log"]).stderr_has(&[
        "note: offline (could not reach TimeSync at",
        "your entries as last read from",
        "2h05m ago (2026-01-15 18:00), with 1 entry from the outbox marked outbox#N (not yet on the server)",
    ]);
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(text.contains("Last 7 days (2026-01-09 to 2026-01-15): 2h45m"), "{text}");
    assert!(text.contains("@1  aaaaaaa1  1h30m  gwm  docs"), "{text}");
    assert!(text.contains("    outbox#1    45m  gwm        on the train"), "{text}");
    assert!(text.contains("@2  aaaaaaa2    30m  gwm  dev"), "{text}");

    let log = b.cmd().json(&["log"]);
    let log = log.as_array().unwrap();
    assert_eq!(log.len(), 3, "the array stays an array: {log:?}");
    let queued = log.iter().find(|e| e["notes"] == "on the train").unwrap();
    assert_eq!((&queued["number"], &queued["outbox"]), (&Value::Null, &json!({"number": 1, "status": "queued"})));
    assert!(log.iter().all(|e| e["notes"] == "on the train" || e.get("outbox").is_none()));

    let csv = b.cmd().succeeds(&["--csv", "log"]).get_output().stdout.clone();
    let csv = String::from_utf8(csv).unwrap();
    assert!(csv.lines().next().unwrap().ends_with(",outbox"), "{csv}");
    assert!(csv.lines().any(|line| line.contains("on the train") && line.ends_with(",1 (queued)")), "{csv}");

    b.cmd().succeeds(&["time", "show", "@2"]).stdout_has(&[A2]).stderr_has(&["offline ("]);
    let shown = b.cmd().json(&["time", "show", "aaaaaaa1"]);
    assert_eq!(shown["uuid"], A1);
    assert_eq!(shown["offline"]["age_seconds"], 2 * 3600 + 5 * 60);
    assert_eq!(shown["offline"]["read_at"], "2026-01-15T18:00:00Z");

    let report = b.cmd().json(&["report", "--week", "--by", "activity"]);
    assert_eq!(report["total_seconds"], 5400 + 1800 + 2700, "{report}");
    assert_eq!(report["offline"]["read_at"], "2026-01-15T18:00:00Z");

    b.cmd().fails(&["--online", "log"], 3).stderr_has(&["could not reach TimeSync"]);
    b.cmd().fails(&["--online", "time", "show", "@1"], 3);
    b.proxy.up();
    let online = b.cmd().json(&["report", "--week"]);
    assert!(online.get("offline").is_none(), "{online}");
}

#[test]
fn offline_forces_the_copy_and_an_online_read_replaces_what_it_covered() {
    let b = behind();
    // @N reads all of alice's entries: the copy then holds both.
    b.cmd().succeeds(&["time", "show", "@2"]).stdout_has(&[A2]);
    let before = b.env.server.requests().len();
    let all = b.cmd().json(&["--offline", "log", "--start", "2026-01-01"]);
    assert_eq!(all.as_array().unwrap().len(), 2);
    b.cmd().succeeds(&["--offline", "log"]).stderr_has(&["offline (--offline): showing your entries"]);
    b.cmd()
        .fails(&["--offline", "time", "create", "-d", "1h", "-p", "gwm", "-n", "kept"], 3)
        .stderr_has(&["saved to the outbox"]);
    let listed = b.cmd().json(&["--offline", "time", "get"]);
    let notes: Vec<&Value> = listed.as_array().unwrap().iter().map(|t| &t["notes"]).collect();
    assert_eq!(notes.len(), 3, "both of hers and the one kept: {listed}");
    let kept = listed.as_array().unwrap().iter().find(|t| t["notes"] == "kept").unwrap();
    assert_eq!(kept["outbox"], json!({"number": 1, "status": "queued"}));
    b.cmd().succeeds(&["--offline", "time", "get", "-s", "today"]).stdout_has(&["outbox#1", "aaaaaaa1"]);
    assert_eq!(b.cmd().json(&["--offline", "time", "get", "@2"])[0]["uuid"], A2);
    b.cmd().fails(&["--offline", "sync"], 3).stderr_has(&["not contacted under --offline"]);
    assert_eq!(b.env.server.requests().len(), before, "--offline sends nothing");
    assert_eq!(b.env.json("alice", &["outbox"])[0]["time"]["notes"], "kept");
    b.cmd().succeeds(&["outbox", "drop", "1"]);

    // Deleted on the server: the next read of its days leaves it out of the copy.
    b.cmd().succeeds(&["time", "delete", A1]);
    b.cmd().succeeds(&["log", "--today"]);
    let left = b.cmd().json(&["--offline", "log", "--start", "2026-01-01"]);
    assert_eq!(left.as_array().unwrap().iter().map(|e| e["uuid"].clone()).collect::<Vec<_>>(), [json!(A2)]);
    b.cmd().succeeds(&["--offline", "time", "show", "@1"]).stdout_has(&[A2]);
    b.cmd().fails(&["--offline", "time", "show", "@2"], 2).stderr_has(&["there is no @2: you have 1 time entry"]);

    // Another server's copy is its own.
    b.cmd()
        .env("TIMESYNC_URL", crate::harness::down_url())
        .succeeds(&["--offline", "log"])
        .stdout_has(&["No time entries."])
        .stderr_has(&["no entries of yours were read from"]);
    b.cmd().fails(&["--offline", "--online", "log"], 2);
}

#[test]
fn a_queued_entry_is_shown_edited_as_a_new_one_and_synced_once_with_the_edits() {
    let mut b = behind();
    b.proxy.down();
    b.cmd().fails(&["time", "create", "-d", "1h", "-p", "gwm", "-a", "dev", "-n", "typo"], 3);
    b.cmd().fails(&["time", "create", "-d", "2h", "-p", "gwm", "-n", "second"], 3);
    b.cmd().succeeds(&["outbox", "show", "1"]).stdout_has(&["number", "queued", "1h", "typo", "dev"]);
    assert_eq!(b.cmd().json(&["outbox", "show", "2"])["time"]["notes"], "second");
    b.cmd().fails(&["outbox", "show", "3"], 2).stderr_has(&["invalid value '3' for N: the outbox has 2 entries"]);

    let edited = b.cmd().json(&["outbox", "edit", "1", "-d", "1h30m", "-a", "docs", "-n", "fixed", "-D", "yesterday"]);
    assert_eq!(edited["number"], 1);
    assert_eq!(edited["time"]["duration"], 5400);
    assert_eq!(edited["time"]["activities"], json!(["docs"]));
    assert_eq!(edited["time"]["notes"], "fixed");
    assert_eq!(edited["time"]["date_worked"], "2026-01-14");
    assert_eq!(edited["time"]["project"], "gwm", "fields not given are kept");
    crate::harness::refuses_each(
        || b.cmd(),
        &["outbox", "edit"],
        &[
            (&["1"], "outbox edit: nothing to change"),
            (&["1", "-d", "0"], "invalid duration '0': zero records nothing"),
            (&["1", "-u", "bob"], "--user bob is not the logged-in user alice"),
            (&["9", "-d", "1h"], "invalid value '9' for N: the outbox has 2 entries"),
            (&["1", "-d", "soon"], "invalid value 'soon' for '--duration"),
        ],
    );

    b.proxy.up();
    b.cmd().succeeds(&["sync"]).stdout("Sent 2 time entries.\n");
    b.cmd().succeeds(&["sync"]).stdout("The outbox is empty.\n");
    let times = b.env.json("alice", &["time", "get", "--start", "2026-01-14", "-u", "alice"]);
    let sent: Vec<&Value> = times.as_array().unwrap().iter().filter(|t| t["uuid"] != A1).collect();
    let notes: Vec<&Value> = sent.iter().map(|t| &t["notes"]).collect();
    assert_eq!(notes, [&json!("fixed"), &json!("second")], "the edited entry, once, and never the first version");
    let fixed = sent[0];
    assert_eq!((fixed["duration"].clone(), fixed["activities"].clone()), (json!(5400), json!(["docs"])));
}

#[test]
fn an_uncertain_entry_is_not_edited() {
    let b = behind();
    let proxy = &b.proxy;
    proxy.on("POST", "/times", crate::proxy::Action::Swallow, 1);
    b.cmd().fails(&["time", "create", "-d", "1h", "-p", "gwm", "--timeout", "1"], 3);
    b.cmd()
        .fails(&["outbox", "edit", "1", "-d", "2h"], 2)
        .stderr_has(&["entry 1 is uncertain: it may be on the server already"]);
}

#[test]
fn unknown_names_get_the_cached_name_they_were_probably_meant_to_be() {
    let b = behind();
    let env = &b.env;
    env.server.add_user("bob", "bob-pw", Default::default());
    // Listing fills the cache.
    for kind in ["project", "activity", "user"] {
        b.cmd().succeeds(&[kind, "get"]);
    }
    b.cmd()
        .fails(&["time", "create", "-d", "1h", "-p", "gwn"], 1)
        .stderr("error: project 'gwn' does not exist (see `timesync project get`); did you mean 'gwm'?\n");
    b.cmd()
        .fails(&["time", "create", "-d", "1h", "-p", "gwm", "-a", "dvv"], 1)
        .stderr("error: activity 'dvv' does not exist (see `timesync activity get`); did you mean 'dev'?\n");
    b.cmd().fails(&["time", "create", "-d", "1h", "-p", "gwm", "-a", "dev,dcos"], 1).stderr(
        "error: one of the activities 'dev', 'dcos' does not exist (see `timesync activity get`); \
         did you mean 'docs' for 'dcos'?\n",
    );
    b.cmd().fails(&["project", "get", "ganeti-webmrg"], 1).stderr(
        "error: project 'ganeti-webmrg' does not exist (see `timesync project get`); did you mean 'ganeti-webmgr'?\n",
    );
    b.cmd()
        .fails(&["activity", "get", "docz"], 1)
        .stderr("error: activity 'docz' does not exist (see `timesync activity get`); did you mean 'docs'?\n");
    b.cmd()
        .fails(&["user", "get", "bbo"], 1)
        .stderr("error: user 'bbo' does not exist (see `timesync user get`); did you mean 'bob'?\n");
    b.cmd()
        .fails(&["time", "get", "-u", "alcie"], 1)
        .stderr("error: user 'alcie' does not exist (see `timesync user get`); did you mean 'alice'?\n");
    b.cmd()
        .fails(&["report", "-p", "gmw"], 1)
        .stderr("error: project 'gmw' does not exist (see `timesync project get`); did you mean 'gwm'?\n");
    b.cmd()
        .fails(&["project", "get", "xyz"], 1)
        .stderr("error: project 'xyz' does not exist (see `timesync project get`)\n");
}

#[test]
fn offline_an_unknown_slug_is_refused_while_the_cache_is_fresh_and_kept_once_it_is_old() {
    let mut b = behind();
    b.cmd().succeeds(&["project", "get"]);
    b.cmd().succeeds(&["activity", "get"]);
    b.proxy.down();
    b.cmd()
        .fails(&["time", "create", "-d", "1h", "-p", "gwn"], 2)
        .stderr_has(&["error: project 'gwn' does not exist (as of the list of projects fetched within the hour; \
         `timesync project get` fetches it again); did you mean 'gwm'?"]);
    b.cmd().fails(&["time", "create", "-d", "1h", "-p", "gwm", "-a", "dvv"], 2).stderr_has(&["activity 'dvv'"]);
    b.cmd().fails(&["start", "gwn"], 2).stderr_has(&["project 'gwn' does not exist (as of the list"]);
    assert_eq!(b.env.json("alice", &["outbox"]), json!([]), "nothing was kept");
    b.cmd().fails(&["time", "create", "-d", "1h", "-p", "ganeti-webmgr", "-a", "dev"], 3);
    b.cmd().fails(&["outbox", "edit", "1", "-p", "gwn"], 2).stderr_has(&["project 'gwn' does not exist"]);
    b.env.advance(Duration::from_secs(3600));
    b.cmd().fails(&["time", "create", "-d", "1h", "-p", "gwn"], 3);
    assert_eq!(b.env.json("alice", &["outbox"]).as_array().unwrap().len(), 2, "an old list proves nothing");
}

#[test]
fn a_plain_time_get_falls_back_to_the_copy_before_writing_anything() {
    let mut b = behind();
    b.cmd().succeeds(&["log", "--start", "2026-01-01"]);
    b.proxy.down();
    b.cmd().fails(&["time", "create", "-d", "45m", "-p", "gwm", "-n", "on the train"], 3);

    let listed = b.cmd().json(&["time", "get"]);
    let mut uuids: Vec<&str> = listed.as_array().unwrap().iter().map(|t| t["uuid"].as_str().unwrap()).collect();
    uuids.sort_unstable();
    assert_eq!(uuids, ["", A1, A2], "hers and the queued one, a whole array: {listed}");
    b.cmd().succeeds(&["time", "get"]).stdout_has(&["aaaaaaa1", "aaaaaaa2", "outbox#1"]).stderr_has(&[
        "note: offline (could not reach TimeSync at",
        "with 1 entry from the outbox marked outbox#N",
        "note: the local copy holds only your own entries: other users' need the server",
    ]);
    let table = b.cmd().succeeds(&["time", "get", "--sort", "none"]).get_output().stdout.clone();
    assert!(!String::from_utf8(table).unwrap().contains("ccccccc1"), "the admin's entry is not in the copy");
    let filtered = b.cmd().json(&["time", "get", "-s", "2026-01-14", "-u", "alice"]);
    assert_eq!(filtered.as_array().unwrap().len(), 2, "the filters apply to the copy: {filtered}");
    b.cmd()
        .succeeds(&["time", "get", "-u", "admin"])
        .stdout_has(&["No time entries found."])
        .stderr_has(&["only your own entries"]);
    assert_eq!(b.cmd().json(&["time", "get", "@2"])[0]["uuid"], A2, "a reference too");
    b.cmd().succeeds(&["--csv", "time", "get"]).stdout_has(&["on the train"]);

    let online = b.cmd().args(["--json", "--online", "time", "get"]).output().unwrap();
    assert_eq!(online.status.code(), Some(3));
    assert!(online.stdout.is_empty(), "nothing written before the error: {:?}", online.stdout);
    b.proxy.up();
    let all = b.cmd().succeeds(&["--json", "time", "get"]).stderr(predicate::str::contains("offline").not());
    let all: Value = serde_json::from_slice(&all.get_output().stdout).unwrap();
    assert_eq!(all.as_array().unwrap().len(), 2, "from the server again, the queued one not yet sent: {all}");
}
