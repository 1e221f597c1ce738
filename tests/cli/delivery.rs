//! Nothing lost, nothing doubled: commands at once, a killed client at each
//! point of a delivery, read and connect timeouts.

use std::process::{Child, Output};
use std::time::{Duration, Instant};

use predicates::prelude::*;
use serde_json::{json, Value};

use crate::harness::{Env, Printed, Run};
use crate::proxy::{Action, Behind};

fn outbox(env: &Env) -> Vec<Value> {
    env.json("alice", &["outbox"]).as_array().unwrap().clone()
}

fn times_on_server(env: &Env) -> Vec<Value> {
    env.server.get_json("/times", "alice").as_array().unwrap().clone()
}

fn finish(child: Child) -> Output {
    child.wait_with_output().unwrap()
}

/// Kills the client (as `kill -9` does) and reaps it.
fn kill(mut child: Child) {
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn twenty_creates_at_once_while_down_are_all_kept_and_all_delivered() {
    let mut behind = Behind::new();
    behind.proxy.down();
    let children: Vec<Child> = (0..20)
        .map(|n| {
            behind
                .spawnable()
                .args(["time", "create", "--duration", "1h", "--project", "gwm"])
                .args(["--notes", &format!("entry {n}")])
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let output = finish(child);
        assert_eq!(output.status.code(), Some(3), "{}", String::from_utf8_lossy(&output.stderr));
        assert!(String::from_utf8_lossy(&output.stderr).contains("saved to the outbox"));
    }
    assert_eq!(outbox(&behind.env).len(), 20);
    behind.proxy.up();
    behind.cmd().succeeds(&["sync"]).stdout("Sent 20 time entries.\n");
    let mut notes: Vec<String> =
        times_on_server(&behind.env).iter().map(|t| t["notes"].as_str().unwrap().into()).collect();
    notes.sort();
    let mut expected: Vec<String> = (0..20).map(|n| format!("entry {n}")).collect();
    expected.sort();
    assert_eq!(notes, expected);
    assert!(outbox(&behind.env).is_empty());
}

#[test]
fn two_syncs_at_once_deliver_each_entry_once() {
    let mut behind = Behind::new();
    behind.queue_offline(6);
    let syncs: Vec<Child> = (0..2).map(|_| behind.spawnable().arg("sync").spawn().unwrap()).collect();
    for child in syncs {
        let output = finish(child);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    }
    assert_eq!(times_on_server(&behind.env).len(), 6);
    assert!(outbox(&behind.env).is_empty());
}

#[test]
fn an_entry_queued_during_a_slow_sync_is_kept_and_sent() {
    let mut behind = Behind::new();
    behind.queue_offline(2);
    behind.proxy.on("POST", "/times", Action::Hold, 1);
    let sync = behind.spawnable().arg("sync").spawn().unwrap();
    behind.proxy.wait_for_stuck(1);
    // Queued (not logged in: nothing is sent) while the sync waits for its first answer.
    let expired = behind.env.server.expired_token_for("alice");
    behind.cmd().env("TIMESYNC_TOKEN", expired).fails(&["time", "create", "-d", "1h", "-p", "gwm"], 4);
    behind.proxy.release();
    let output = finish(sync);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    // Sent by that sync or kept for the next one; never lost.
    behind.cmd().succeeds(&["sync"]);
    assert_eq!(times_on_server(&behind.env).len(), 3);
    assert!(outbox(&behind.env).is_empty());
}

#[test]
fn two_clock_ins_at_once_start_one_clock() {
    let env = Env::with_project();
    for _ in 0..5 {
        let children: Vec<Child> = ["gwm", "ganeti-webmgr"]
            .iter()
            .map(|project| env.spawnable("alice").args(["clock", "in", project]).spawn().unwrap())
            .collect();
        let codes: Vec<Option<i32>> = children.into_iter().map(|c| finish(c).status.code()).collect();
        let mut sorted = codes.clone();
        sorted.sort();
        assert_eq!(sorted, [Some(0), Some(2)], "one wins, the other is refused: {codes:?}");
        env.succeeds("alice", &["clock", "cancel"]);
    }
}

#[test]
fn ten_logins_at_once_keep_ten_profiles() {
    let env = Env::with_project();
    let children: Vec<Child> = (0..10)
        .map(|n| {
            let mut cmd = env.spawnable("alice");
            cmd.env_remove("TIMESYNC_TOKEN")
                .args(["--profile", &format!("p{n}"), "login", "--username", "alice", "--password-stdin"])
                .stdin(std::process::Stdio::piped());
            let mut child = cmd.spawn().unwrap();
            use std::io::Write;
            child.stdin.take().unwrap().write_all(b"alice-pw\n").unwrap();
            child
        })
        .collect();
    for child in children {
        let output = finish(child);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    }
    let text = env.config_text();
    for n in 0..10 {
        assert!(text.contains(&format!("[profiles.p{n}]")), "profile p{n} is missing:\n{text}");
    }
    assert_eq!(text.matches("token = ").count(), 10, "{text}");
}

/// Queues `queued` entries while the server is down, then kills a sync
/// while the proxy holds its first POST: never passed on, or passed on
/// (`recorded`) and never answered.
fn kill_sync_at_first_post(queued: usize, recorded: bool) -> Behind {
    let mut behind = Behind::new();
    behind.queue_offline(queued);
    let action = if recorded { Action::ForwardThenSwallow } else { Action::Swallow };
    behind.proxy.on("POST", "/times", action, 1);
    let sync = behind.spawnable().arg("sync").spawn().unwrap();
    behind.proxy.wait_for_stuck(1);
    kill(sync);
    behind
}

#[test]
fn a_sync_killed_before_the_server_recorded_the_entry_sends_it_next_time() {
    let behind = kill_sync_at_first_post(1, false);
    assert!(times_on_server(&behind.env).is_empty());
    assert_eq!(outbox(&behind.env)[0]["status"], "uncertain");
    behind.cmd().succeeds(&["sync"]).stdout("Sent 1 time entry.\n");
    assert_eq!(times_on_server(&behind.env).len(), 1);
}

#[test]
fn a_sync_killed_after_the_server_recorded_the_entry_does_not_send_it_again() {
    let behind = kill_sync_at_first_post(2, true);
    assert_eq!(times_on_server(&behind.env).len(), 1, "the server recorded the first entry");
    behind
        .cmd()
        .succeeds(&["sync"])
        .stdout(predicate::str::contains("Sent 1 time entry. 1 entry was already on the server"));
    assert_eq!(times_on_server(&behind.env).len(), 2);
    assert!(outbox(&behind.env).is_empty());
}

#[test]
fn a_sync_killed_while_checking_an_uncertain_entry_checks_again() {
    let behind = kill_sync_at_first_post(1, true);
    behind.proxy.on("GET", "/times?", Action::Swallow, 1);
    let check = behind.spawnable().arg("sync").spawn().unwrap();
    behind.proxy.wait_for_stuck(2);
    kill(check);
    behind.cmd().succeeds(&["sync"]).stdout(predicate::str::contains("already on the server"));
    assert_eq!(times_on_server(&behind.env).len(), 1);
}

#[test]
fn a_create_killed_during_its_read_back_is_recorded_once() {
    let behind = Behind::new();
    behind.proxy.on("GET", "/times/", Action::Swallow, 1);
    let create = behind.spawnable().args(["time", "create", "--duration", "1h", "--project", "gwm"]).spawn().unwrap();
    behind.proxy.wait_for_stuck(1);
    kill(create);
    assert!(outbox(&behind.env).is_empty(), "the delivery was recorded before the read-back");
    behind.cmd().succeeds(&["sync"]).stdout("The outbox is empty.\n");
    assert_eq!(times_on_server(&behind.env).len(), 1);
}

/// Kills a clock-out of two days while the proxy holds its `post`-th POST
/// (never passed on, or passed on when `recorded` and never answered), then
/// syncs.
fn kill_clock_out_at(post: usize, recorded: bool) {
    let behind = Behind::new();
    let at = |now: &str| {
        let mut cmd = behind.spawnable();
        cmd.env("TIMESYNC_NOW", now);
        cmd
    };
    assert!(at("2026-01-14T22:00:00+01:00").args(["clock", "in", "gwm"]).status().unwrap().success());
    if post == 2 {
        behind.proxy.on("POST", "/times", Action::Forward, 1);
    }
    let action = if recorded { Action::ForwardThenSwallow } else { Action::Swallow };
    behind.proxy.on("POST", "/times", action, 1);
    let child = at("2026-01-15T02:00:00+01:00").args(["clock", "out"]).spawn().unwrap();
    behind.proxy.wait_for_stuck(1);
    kill(child);
    behind.cmd().env("TIMESYNC_NOW", "2026-01-15T02:00:00+01:00").succeeds(&["sync"]);
    let mut days: Vec<(String, u64)> = times_on_server(&behind.env)
        .iter()
        .map(|t| (t["date_worked"].as_str().unwrap().to_owned(), t["duration"].as_u64().unwrap()))
        .collect();
    days.sort();
    assert_eq!(days, [("2026-01-14".into(), 7200), ("2026-01-15".into(), 7200)], "POST {post}, {recorded}");
    assert!(outbox(&behind.env).is_empty());
    behind.env.as_user("alice").args(["clock", "status"]).assert().stdout("Not clocked in.\n");
}

#[test]
fn a_clock_out_killed_before_its_first_day_was_recorded_records_each_day_once() {
    kill_clock_out_at(1, false);
}

#[test]
fn a_clock_out_killed_after_its_first_day_was_recorded_records_each_day_once() {
    kill_clock_out_at(1, true);
}

#[test]
fn a_clock_out_killed_before_its_second_day_was_recorded_records_each_day_once() {
    kill_clock_out_at(2, false);
}

#[test]
fn a_clock_out_killed_after_its_second_day_was_recorded_records_each_day_once() {
    kill_clock_out_at(2, true);
}

#[test]
fn a_read_timeout_keeps_the_entry_as_uncertain_and_sync_records_it_once() {
    let behind = Behind::new();
    behind.proxy.on("POST", "/times", Action::ForwardThenSwallow, 1);
    behind.cmd().fails(&["time", "create", "--duration", "1h", "--project", "gwm", "--timeout", "1"], 3).stderr_has(&[
        "no answer from TimeSync",
        "the server may have recorded it",
        "`timesync sync` checks the server before sending it again",
    ]);
    assert_eq!(outbox(&behind.env)[0]["status"], "uncertain");
    behind.cmd().succeeds(&["sync"]).stdout(predicate::str::contains("already on the server"));
    assert_eq!(times_on_server(&behind.env).len(), 1);
    assert!(outbox(&behind.env).is_empty());
}

/// A listener whose accept queue is full, so connecting to it hangs.
fn hanging_listener() -> (std::net::TcpListener, Vec<std::net::TcpStream>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let mut held = Vec::new();
    for _ in 0..5000 {
        match std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(200)) {
            Ok(stream) => held.push(stream),
            Err(_) => return (listener, held),
        }
    }
    panic!("the accept queue never filled up");
}

#[test]
fn a_hanging_connect_queues_the_entry_within_the_connect_timeout() {
    let env = Env::with_project();
    let (listener, _held) = hanging_listener();
    let url = format!("http://{}/v0", listener.local_addr().unwrap());
    let started = Instant::now();
    env.as_user("alice")
        .args(["time", "create", "--duration", "1h", "--project", "gwm", "--url", &url])
        .fails(&["--connect-timeout", "1", "--timeout", "30"], 3)
        .stderr_has(&["connect timed out", "1 time entry was saved to the outbox"]);
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "it gave up after the connect timeout, not the request timeout"
    );
    assert_eq!(outbox(&env)[0]["status"], "queued");
}

#[test]
fn an_expired_token_keeps_the_entry_in_the_outbox() {
    let env = Env::with_project();
    let expired = env.server.expired_token_for("alice");
    env.cmd()
        .env("TIMESYNC_TOKEN", &expired)
        .fails(&["time", "create", "--duration", "1h", "--project", "gwm", "--notes", "late"], 4)
        .stderr_has(&[
            "expired",
            "saved to the outbox (1 waiting): log in (`timesync login`), then run `timesync sync`",
        ]);
    assert!(env.server.requests().is_empty(), "nothing is sent with an expired token");
    let waiting = outbox(&env);
    assert_eq!((waiting.len(), waiting[0]["time"]["notes"].clone()), (1, json!("late")));
    env.succeeds("alice", &["sync"]).stdout("Sent 1 time entry.\n");
    assert_eq!(times_on_server(&env).len(), 1);
}

#[test]
fn a_revoked_token_at_sync_leaves_the_entries_as_they_were() {
    let mut behind = Behind::new();
    behind.queue_offline(2);
    let token = behind.env.server.token_for("alice");
    behind.env.server.revoke_tokens();
    behind.cmd().env("TIMESYNC_TOKEN", token).fails(&["sync"], 4).stderr(predicate::str::contains("Bad API token"));
    let waiting = outbox(&behind.env);
    assert_eq!(waiting.len(), 2);
    assert!(waiting.iter().all(|e| e["status"] == "queued" && e["refused"].is_null()), "{waiting:?}");
}
