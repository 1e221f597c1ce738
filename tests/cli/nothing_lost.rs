//! Nothing lost, round two: only a clear yes removes an entry, on every
//! sending path, against hostile servers; a switch in one step; a state
//! database created by several commands at once or emptied behind our back;
//! entries and imports kept per server, however its URL is spelt.

use std::process::{Child, Command};

use predicates::prelude::*;
use serde_json::{json, Value};

use crate::harness::{Printed, Run, MEMBER};
use crate::proxy::{Action, Behind, Canned};

const NINE: &str = "2026-01-15T09:00:00+01:00";
const TEN: &str = "2026-01-15T10:00:00+01:00";

fn outbox(behind: &Behind) -> Vec<Value> {
    behind.env.json("alice", &["outbox"]).as_array().unwrap().clone()
}

fn on_server(behind: &Behind) -> Vec<Value> {
    behind.env.server.get_json("/times?include_deleted=true", "alice").as_array().unwrap().clone()
}

fn statuses(behind: &Behind) -> Vec<String> {
    outbox(behind).iter().map(|e| e["status"].as_str().unwrap().to_owned()).collect()
}

/// `alice`'s command through the proxy at `now`.
fn at(behind: &Behind, now: &str) -> assert_cmd::Command {
    let mut cmd = behind.cmd();
    cmd.env("TIMESYNC_NOW", now);
    cmd
}

/// Replies of status 200 that are not the entry sent: not even an object,
/// an object with nothing, a time entry with the wrong types, and another
/// time entry.
const NOT_THE_ENTRY: [&str; 4] = [
    "[]",
    "{}",
    r#"{"duration":"1h","user":7,"project":"gwm","date_worked":"2026-01-15","uuid":"x"}"#,
    r#"{"duration":60,"user":"alice","project":"gwm","date_worked":"2026-01-15",
        "uuid":"5f1d0c52-3b6f-4d9c-9d5e-1b2c3d4e5f60"}"#,
];

#[test]
fn a_200_that_is_not_the_entry_keeps_it_uncertain_on_every_sending_path() {
    for body in NOT_THE_ENTRY {
        let behind = Behind::new();
        at(&behind, NINE).succeeds(&["clock", "in", "gwm", "--at", "-1h"]);
        behind.proxy.always(Action::Answer(Canned::json(body)));
        at(&behind, NINE).fails(&["clock", "out"], 3).stderr_has(&["kept in the outbox as uncertain"]);
        at(&behind, NINE).succeeds(&["clock", "status"]).stdout("Not clocked in.\n");
        at(&behind, NINE).fails(&["time", "create", "-d", "30m", "-p", "gwm"], 3);
        // Looked for (the same reply), sent again (the same reply): still uncertain.
        at(&behind, NINE).fails(&["sync"], 3);
        assert_eq!(statuses(&behind), ["uncertain", "uncertain"], "{body}");
        assert!(on_server(&behind).is_empty(), "the proxy passed nothing on");
        behind.proxy.forward_all();
        at(&behind, NINE).succeeds(&["sync"]).stdout("Sent 2 time entries.\n");
        let mut durations: Vec<u64> = on_server(&behind).iter().map(|t| t["duration"].as_u64().unwrap()).collect();
        durations.sort();
        assert_eq!(durations, [1800, 3600], "{body}");
        assert!(outbox(&behind).is_empty());
    }
}

/// Replies of status 200 that are not TimeSync JSON at all.
fn not_json() -> [Canned; 3] {
    let nested = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    [
        Canned::html(),
        Canned { status: 200, content_type: "application/octet-stream", body: "\u{1}\u{0}garbage".into() },
        Canned { status: 201, content_type: "application/json", body: nested },
    ]
}

#[test]
fn a_2xx_that_is_not_json_after_the_server_stored_the_entry_never_doubles_it() {
    for canned in not_json() {
        let mut behind = Behind::new();
        behind.queue_offline(1);
        behind.proxy.on("POST", "/times", Action::ForwardThenAnswer(canned.clone()), 2);
        behind.cmd().fails(&["time", "create", "-d", "1h", "-p", "gwm"], 3);
        // The queued entry is sent first (and stored), and the run stops there.
        behind.cmd().fails(&["sync"], 3);
        assert_eq!(statuses(&behind), ["uncertain", "uncertain"], "{canned:?}");
        assert_eq!(on_server(&behind).len(), 2, "the server stored both");
        behind
            .cmd()
            .succeeds(&["sync"])
            .stdout("Sent 0 time entries. 2 entries were already on the server (an earlier attempt had delivered them), so not sent again.\n");
        assert_eq!(on_server(&behind).len(), 2, "{canned:?}");
    }
}

#[test]
fn an_import_answered_with_html_after_storing_resumes_without_doubling() {
    let behind = Behind::new();
    let file = behind.env.dir.path().join("week.csv");
    std::fs::write(&file, "date_worked,duration,project,notes\n2026-01-12,1h,gwm,a\n2026-01-13,1h,gwm,b\n").unwrap();
    let file = file.to_str().unwrap();
    behind.proxy.on("POST", "/times", Action::ForwardThenAnswer(Canned::html()), 1);
    behind.cmd().fails(&["time", "import", file], 3).stderr_has(&["may have been recorded"]);
    behind.cmd().succeeds(&["time", "import", file]);
    assert_eq!(on_server(&behind).len(), 2);
}

#[test]
fn an_uncertain_entry_like_one_delivered_earlier_is_counted_not_dropped() {
    let behind = Behind::new();
    let same = ["time", "create", "-d", "1h", "-p", "gwm", "-n", "same", "--timeout", "1"];
    at(&behind, NINE).succeeds(&same);
    // Never passed on; then passed on and never answered.
    behind.proxy.on("POST", "/times", Action::Swallow, 1);
    at(&behind, NINE).fails(&same, 3).stderr_has(&["kept in the outbox as uncertain"]);
    behind.proxy.on("POST", "/times", Action::ForwardThenSwallow, 1);
    at(&behind, NINE).fails(&same, 3);
    assert_eq!((statuses(&behind).len(), on_server(&behind).len()), (2, 2));
    at(&behind, NINE).succeeds(&["sync"]).stdout(
        "Sent 1 time entry. 1 entry was already on the server (an earlier attempt had delivered it), so not sent again.\n",
    );
    assert_eq!(on_server(&behind).len(), 3, "three identical entries are three entries");
    // An import of the same entry is one more: its own, not the created ones.
    let file = behind.env.dir.path().join("same.csv");
    std::fs::write(&file, "date_worked,duration,project,notes\n2026-01-15,1h,gwm,same\n").unwrap();
    at(&behind, NINE).succeeds(&["time", "import", file.to_str().unwrap()]);
    assert_eq!(on_server(&behind).len(), 4);
}

#[test]
fn a_switch_shows_one_clock_or_the_other_while_it_sends() {
    let behind = Behind::new();
    behind.env.server.add_project("Other", &["other"], Some("docs"), &[("alice", MEMBER)]);
    at(&behind, NINE).succeeds(&["clock", "in", "gwm"]);
    behind.proxy.on("POST", "/times", Action::Hold, 1);
    let switch: Child = {
        let mut cmd: Command = behind.spawnable();
        cmd.env("TIMESYNC_NOW", TEN).args(["start", "--switch", "other"]).spawn().unwrap()
    };
    behind.proxy.wait_for_stuck(1);
    let status = at(&behind, TEN).args(["--json", "clock", "status"]).output().unwrap();
    let status: Value = serde_json::from_slice(&status.stdout).unwrap();
    assert_eq!((status["running"].clone(), status["project"].clone()), (json!(true), json!("other")));
    at(&behind, TEN).fails(&["start", "gwm"], 2).stderr_has(&["already clocked in on other"]);
    behind.proxy.release();
    let output = switch.wait_with_output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "Stopped gwm: 1h recorded on 2026-01-15 (@1). Started other at 10:00.\n"
    );
    assert_eq!(on_server(&behind).len(), 1);
    assert!(outbox(&behind).is_empty());
}

#[test]
fn a_switch_while_the_server_is_down_keeps_the_stopped_clock_in_the_outbox() {
    let mut behind = Behind::new();
    at(&behind, NINE).succeeds(&["clock", "in", "gwm"]);
    behind.proxy.down();
    at(&behind, TEN)
        .succeeds(&["start", "--switch", "ganeti-webmgr"])
        .stdout("Started ganeti-webmgr at 10:00.\n")
        .stderr_has(&["the clock on gwm was stopped", "1 time entry was saved to the outbox (1 waiting)"]);
    assert_eq!(statuses(&behind), ["queued"]);
    let later = "2026-01-15T11:00:00+01:00";
    let switched = at(&behind, later).args(["--json", "start", "--switch", "gwm"]).output().unwrap();
    let switched: Value = serde_json::from_slice(&switched.stdout).unwrap();
    assert_eq!((switched["project"].clone(), switched["kept_in_outbox"].clone()), (json!("gwm"), json!(1)));
    assert_eq!(statuses(&behind), ["queued", "queued"]);
    behind.proxy.up();
    at(&behind, later).succeeds(&["sync"]).stdout("Sent 2 time entries.\n");
    let mut durations: Vec<u64> = on_server(&behind).iter().map(|t| t["duration"].as_u64().unwrap()).collect();
    durations.sort();
    assert_eq!(durations, [3600, 3600]);
}

#[test]
fn a_switch_whose_stopped_entry_is_refused_says_so_and_keeps_it() {
    let mut behind = Behind::new();
    // Started while the server could not tell that the project does not exist.
    behind.proxy.down();
    at(&behind, NINE).succeeds(&["clock", "in", "nope"]);
    behind.proxy.up();
    at(&behind, TEN)
        .fails(&["start", "--switch", "gwm"], 1)
        .stdout("Started gwm at 10:00.\n")
        .stderr_has(&["project 'nope' does not exist", "the clock on nope was stopped and 1 entry it recorded stay"]);
    let waiting = outbox(&behind);
    assert_eq!(waiting.len(), 1);
    assert!(waiting[0]["refused"].as_str().unwrap().contains("nope"));
    at(&behind, TEN).succeeds(&["clock", "status", "--short"]).stdout(predicate::str::starts_with("gwm "));
}

#[test]
fn commands_started_at_once_on_a_new_state_directory_all_keep_their_entry() {
    let mut behind = Behind::new();
    behind.proxy.down();
    for round in 0..16 {
        let home = tempfile::tempdir().unwrap();
        let children: Vec<Child> = (0..6)
            .map(|n| {
                let mut cmd = behind.spawnable();
                cmd.env("HOME", home.path())
                    .args(["time", "create", "-d", "1h", "-p", "gwm", "-n", &format!("{round}.{n}")])
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let output = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert_eq!(output.status.code(), Some(3), "round {round}: {stderr}");
            assert!(stderr.contains("saved to the outbox"), "round {round}: {stderr}");
        }
        let listed = behind.cmd().env("HOME", home.path()).args(["--json", "outbox"]).output().unwrap();
        let listed: Value = serde_json::from_slice(&listed.stdout).unwrap();
        assert_eq!(listed.as_array().unwrap().len(), 6, "round {round}");
    }
}

#[test]
fn an_emptied_state_database_is_reported_and_nothing_is_sent() {
    let mut behind = Behind::new();
    behind.queue_offline(3);
    let database = behind.env.state_dir().join("state.db");
    std::fs::File::create(&database).unwrap();
    let message = "the file is empty, but entries were waiting in its outbox";
    for args in [&["outbox"][..], &["sync"], &["time", "create", "-d", "1h", "-p", "gwm"]] {
        behind.cmd().fails(args, 2).stderr_has(&[message]);
    }
    assert!(on_server(&behind).is_empty(), "nothing was sent");
    assert_eq!(std::fs::metadata(&database).unwrap().len(), 0, "left for the user to restore");
}

#[test]
fn one_server_however_its_url_is_spelt_and_each_entry_for_its_own_server() {
    let mut behind = Behind::new();
    let file = behind.env.dir.path().join("week.csv");
    std::fs::write(&file, "date_worked,duration,project,notes\n2026-01-12,1h,gwm,a\n2026-01-13,1h,gwm,b\n").unwrap();
    let file = file.to_str().unwrap();
    let url = behind.env.server.base_url();
    let shouted = format!("{}/", url.replace("http://", "HTTP://"));
    behind.env.as_user("alice").args(["--url", &url, "time", "import", file]).assert().success();
    behind.env.as_user("alice").args(["--url", &shouted, "time", "import", file]).assert().success();
    assert_eq!(behind.env.server.get_json("/times", "alice").as_array().unwrap().len(), 2, "not imported twice");

    // Made for the proxy's address while it was down: kept for it, not sent elsewhere.
    behind.proxy.down();
    behind.cmd().fails(&["time", "create", "-d", "30m", "-p", "gwm"], 3);
    let there = format!("{}/v0", behind.proxy.url().trim_end_matches("/v0"));
    behind.env.as_user("alice").succeeds(&["sync"]).stdout("Sent 0 time entries.\n").stderr_has(&[
        "1 entry was made for",
        "not this profile's server",
        &format!("--url {there} sync"),
    ]);
    assert_eq!(outbox(&behind)[0]["server"], there);
    behind.proxy.up();
    behind.cmd().succeeds(&["sync"]).stdout("Sent 1 time entry.\n");
    assert_eq!(on_server(&behind).len(), 3);
}
