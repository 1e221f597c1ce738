//! `timesync clock in|out|status|cancel` with a fixed clock.

use predicates::prelude::*;
use serde_json::{json, Value};

use crate::harness::{at, down_url, Env, Run};
use crate::proxy::Proxy;

const NINE: &str = "2026-01-15T09:00:00+01:00";
const TEN_THIRTY: &str = "2026-01-15T10:30:00+01:00";

/// The running clock as `clock status --json` shows it (`running: false` when none).
fn running(env: &Env) -> Value {
    at(env, TEN_THIRTY).json(&["clock", "status"])
}

#[test]
fn clock_in_then_out_records_the_time_worked() {
    let env = Env::with_project();
    at(&env, NINE).succeeds(&["clock", "in", "gwm", "--notes", "two\nlines"]).stdout("Started gwm at 09:00.\n");
    let stored = running(&env);
    assert_eq!(stored["started_at"], "2026-01-15T08:00:00Z", "JSON timestamps are in UTC");
    assert_eq!(stored["project"], "gwm");
    assert_eq!(stored["notes"], "two\nlines");
    let status = at(&env, TEN_THIRTY).args(["--json", "clock", "status"]).output().unwrap();
    let status: Value = serde_json::from_slice(&status.stdout).unwrap();
    assert_eq!((status["running"].clone(), status["elapsed_seconds"].clone()), (json!(true), json!(5400)));
    at(&env, TEN_THIRTY).succeeds(&["clock", "status", "--short"]).stdout("gwm 1h30m\n");
    let times = at(&env, TEN_THIRTY).json(&["clock", "out"]);
    assert_eq!(times.as_array().unwrap().len(), 1);
    assert_eq!(times[0]["duration"], 5400);
    assert_eq!(times[0]["date_worked"], "2026-01-15");
    assert_eq!(times[0]["activities"], json!(["docs"]), "the project's default activity");
    assert_eq!(times[0]["notes"], "two\nlines");
    assert_eq!(running(&env)["running"], false, "the clock is removed once the entry is accepted");
    at(&env, TEN_THIRTY).succeeds(&["clock", "status"]).stdout("Not clocked in.\n");
    at(&env, TEN_THIRTY).succeeds(&["clock", "status", "--short"]).stdout("");
}

#[test]
fn one_clock_at_a_time() {
    let env = Env::with_project();
    at(&env, NINE).succeeds(&["clock", "in", "gwm"]);
    at(&env, NINE)
        .fails(&["clock", "in", "ganeti-webmgr"], 2)
        .stderr(predicate::str::contains("already clocked in on gwm since 2026-01-15 09:00"));
}

#[test]
fn at_accepts_times_dates_offsets_and_rfc3339() {
    let env = Env::with_project();
    for (value, expected) in [
        ("08:15", "2026-01-15T07:15:00Z"),
        ("-15m", "2026-01-15T07:45:00Z"),
        ("2026-01-14 17:00", "2026-01-14T16:00:00Z"),
        ("2026-01-15T07:00:00+01:00", "2026-01-15T06:00:00Z"),
    ] {
        at(&env, NINE).succeeds(&["clock", "in", "gwm", "--at", value]);
        assert_eq!(running(&env)["started_at"], expected, "--at {value}");
        at(&env, NINE).succeeds(&["clock", "cancel"]).stdout(predicate::str::starts_with("Cancelled the clock on gwm"));
    }
    at(&env, NINE)
        .fails(&["clock", "in", "gwm", "--at", "25:00"], 2)
        .stderr(predicate::str::contains("invalid time '25:00': expected HH:MM (today)"));
    at(&env, NINE)
        .fails(&["clock", "in", "gwm", "--at", "10:00"], 2)
        .stderr(predicate::str::contains("is in the future"));
}

#[test]
fn clocking_out_before_clocking_in_is_refused() {
    let env = Env::with_project();
    at(&env, NINE).succeeds(&["clock", "in", "gwm"]);
    let before = env.server.requests().len();
    at(&env, TEN_THIRTY)
        .fails(&["clock", "out", "--at", "08:00"], 2)
        .stderr(predicate::str::contains("is before the clock in at 2026-01-15 09:00"));
    assert_eq!(running(&env)["running"], true);
    assert_eq!(env.server.requests().len(), before, "the refused clock-out sent nothing");
}

#[test]
fn a_clock_across_midnight_becomes_one_entry_per_day() {
    let env = Env::with_project();
    at(&env, "2026-01-14T22:30:00+01:00").succeeds(&["clock", "in", "gwm", "--activity", "dev"]);
    let times = at(&env, "2026-01-15T01:15:00+01:00").json(&["clock", "out"]);
    let days: Vec<(String, u64)> = times
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["date_worked"].as_str().unwrap().to_owned(), t["duration"].as_u64().unwrap()))
        .collect();
    assert_eq!(days, [("2026-01-14".to_owned(), 5400), ("2026-01-15".to_owned(), 4500)]);
}

#[test]
fn clock_out_fields_override_the_clock() {
    let env = Env::with_project();
    at(&env, NINE).succeeds(&["clock", "in", "gwm", "--notes", "planned"]);
    let output = at(&env, TEN_THIRTY)
        .args([
            "--json",
            "clock",
            "out",
            "--activity",
            "dev",
            "--notes",
            "done",
            "--duration",
            "1h",
            "--date",
            "2026-01-14",
        ])
        .output()
        .unwrap();
    let times: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(times[0]["activities"], json!(["dev"]));
    assert_eq!(times[0]["notes"], "done");
    assert_eq!(times[0]["duration"], 3600);
    assert_eq!(times[0]["date_worked"], "2026-01-14");
}

#[test]
fn a_refused_entry_keeps_the_clock_running() {
    let env = Env::with_project();
    // Clocked in while the server could not say that the project does not exist.
    let down = down_url();
    at(&env, NINE).succeeds(&["clock", "in", "nope", "--url", &down]);
    let output = at(&env, TEN_THIRTY).args(["--json", "clock", "out"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let error = crate::harness::json_error(&output);
    assert_eq!(error["message"], "project 'nope' does not exist (see `timesync project get`)");
    assert_eq!(error["text"], "The time does not contain a valid project reference.");
    assert_eq!(running(&env)["started_at"], "2026-01-15T08:00:00Z", "the clock runs on as it was");
    assert_eq!(env.json("alice", &["outbox"]), json!([]), "nothing is left in the outbox");
}

#[test]
fn an_unreachable_server_puts_the_entry_in_the_outbox() {
    let env = Env::with_project();
    let mut proxy = Proxy::to(&env.server);
    at(&env, NINE).succeeds(&["clock", "in", "gwm"]);
    proxy.down();
    at(&env, TEN_THIRTY)
        .fails(&["clock", "out", "--url", &proxy.url()], 3)
        .stderr(predicate::str::contains("1 time entry was saved to the outbox"));
    assert_eq!(running(&env)["running"], false, "the entry is safe in the outbox");
    proxy.up();
    at(&env, TEN_THIRTY).succeeds(&["sync", "--url", &proxy.url()]).stdout("Sent 1 time entry.\n");
    let times = env.json("alice", &["time", "get"]);
    assert_eq!(times[0]["duration"], 5400);
}

#[test]
fn cancel_and_out_without_a_clock_are_refused() {
    let env = Env::with_project();
    at(&env, NINE).fails(&["clock", "cancel"], 2).stderr(predicate::str::contains("not clocked in"));
    at(&env, NINE).fails(&["clock", "out"], 2).stderr(predicate::str::contains("not clocked in"));
}

#[test]
fn clock_in_needs_to_know_the_user() {
    let env = Env::with_project();
    env.cmd().env("TIMESYNC_NOW", NINE).fails(&["clock", "in", "gwm"], 4);
}
