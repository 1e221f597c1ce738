//! `timesync start|stop|restart|cancel`, `--switch` and the profile's
//! `switch`, the checks `start` makes, and errors that say what to do next.

use predicates::prelude::*;
use serde_json::{json, Value};

use crate::harness::{at, down_url, Env, Printed, Run, ADMIN, ADMIN_PASSWORD, MEMBER};

const NINE: &str = "2026-01-15T09:00:00+01:00";
const TEN_THIRTY: &str = "2026-01-15T10:30:00+01:00";
const ELEVEN: &str = "2026-01-15T11:00:00+01:00";

fn clock(env: &Env) -> Value {
    let output = at(env, ELEVEN).args(["--json", "clock", "status"]).output().unwrap();
    serde_json::from_slice(&output.stdout).unwrap()
}

fn durations(env: &Env) -> Vec<u64> {
    let times = env.server.get_json("/times?user=alice", ADMIN);
    let mut durations: Vec<u64> = times.as_array().unwrap().iter().map(|t| t["duration"].as_u64().unwrap()).collect();
    durations.sort_unstable();
    durations
}

#[test]
fn start_stop_restart_and_cancel_are_the_clock() {
    let env = Env::with_project();
    at(&env, NINE)
        .succeeds(&["start", "gwm", "--activity", "dev", "--notes", "build"])
        .stdout("Started gwm at 09:00.\n");
    at(&env, TEN_THIRTY).succeeds(&["stop"]).stdout("Stopped gwm: 1h30m recorded on 2026-01-15 (@1).\n");
    assert_eq!(durations(&env), [5400]);
    at(&env, TEN_THIRTY).succeeds(&["restart"]).stdout("Started gwm at 10:30.\n");
    let running = clock(&env);
    assert_eq!((running["activities"].clone(), running["notes"].clone()), (json!(["dev"]), json!("build")));
    at(&env, ELEVEN).succeeds(&["cancel"]).stdout(predicate::str::starts_with("Cancelled the clock on gwm"));
    assert_eq!(clock(&env)["running"], false);
    assert_eq!(durations(&env), [5400], "cancel records nothing");
}

#[test]
fn start_while_a_clock_runs_refuses_or_switches() {
    let env = Env::with_project();
    at(&env, NINE).succeeds(&["start", "gwm"]);
    at(&env, TEN_THIRTY).fails(&["start", "ganeti-webmgr", "--activity", "dev"], 2).stderr_has(&[
        "already clocked in on gwm since 2026-01-15 09:00",
        "`timesync stop`",
        "--switch",
    ]);
    at(&env, TEN_THIRTY)
        .succeeds(&["start", "--switch", "ganeti-webmgr", "--activity", "dev"])
        .stdout("Stopped gwm: 1h30m recorded on 2026-01-15 (@1). Started ganeti-webmgr at 10:30.\n");
    assert_eq!(durations(&env), [5400]);
    assert_eq!(
        (clock(&env)["project"].clone(), clock(&env)["activities"].clone()),
        (json!("ganeti-webmgr"), json!(["dev"]))
    );
    at(&env, NINE)
        .fails(&["start", "--switch", "gwm"], 2)
        .stderr(predicate::str::contains("cannot switch at 2026-01-15 09:00"));
}

#[test]
fn the_profile_switch_key_makes_switching_the_default() {
    let env = Env::with_project();
    std::fs::create_dir_all(env.config_path().parent().unwrap()).unwrap();
    std::fs::write(env.config_path(), "[profiles.default]\nswitch = true\n").unwrap();
    at(&env, NINE).succeeds(&["start", "gwm"]);
    at(&env, TEN_THIRTY).fails(&["start", "--no-switch", "gwm"], 2);
    at(&env, TEN_THIRTY).succeeds(&["--json", "clock", "in", "gwm"]).stdout(predicate::str::contains("\"stopped\""));
    assert_eq!(durations(&env), [5400]);
    assert_eq!(clock(&env)["started_at"], "2026-01-15T09:30:00Z");
}

#[test]
fn start_checks_the_project_and_activities_exist() {
    let env = Env::with_project();
    env.server.add_project("No default", &["nodefault"], None, &[]);
    for (args, message) in [
        (&["start", "nosuch"][..], "error: project 'nosuch' does not exist (see `timesync project get`)\n"),
        (
            &["clock", "in", "gwm", "--activity", "nope"],
            "error: activity 'nope' does not exist (see `timesync activity get`)\n",
        ),
        (&["start", "nodefault"], "error: project 'nodefault' has no default activity: give --activity\n"),
    ] {
        let output = at(&env, NINE).args(args).output().unwrap();
        assert_ne!(output.status.code(), Some(0), "{args:?}");
        assert_eq!(String::from_utf8(output.stderr).unwrap(), message, "{args:?}");
        assert_eq!(clock(&env)["running"], false, "{args:?}: no clock");
    }
    at(&env, NINE).succeeds(&["start", "nodefault", "--activity", "dev"]);
}

#[test]
fn start_without_the_server_warns_and_keeps_the_clock() {
    let env = Env::with_project();
    let down = down_url();
    at(&env, NINE)
        .succeeds(&["start", "gwm", "--url", &down])
        .stdout("Started gwm at 09:00.\n")
        .stderr(predicate::str::starts_with("note: could not check that 'gwm' exists: could not reach TimeSync"));
    assert_eq!(clock(&env)["project"], "gwm");
    // Stopped while the server is down: restart still knows the last clock.
    at(&env, TEN_THIRTY).fails(&["stop", "--url", &down], 3);
    at(&env, TEN_THIRTY)
        .succeeds(&["restart", "--url", &down])
        .stderr(predicate::str::contains("starting again what the last clock here was on (gwm)"));
    assert_eq!(clock(&env)["started_at"], "2026-01-15T09:30:00Z");
}

#[test]
fn refusals_name_the_object_and_what_to_do() {
    let env = Env::with_project();
    env.server.add_project("No default", &["nodefault"], None, &[("alice", MEMBER)]);
    for (args, message) in [
        (
            &["--activity", "nope", "--project", "gwm"][..],
            "error: activity 'nope' does not exist (see `timesync activity get`)\n",
        ),
        (&["--project", "nodefault"], "error: project 'nodefault' has no default activity: give --activity\n"),
    ] {
        env.as_user("alice").args(["time", "create", "--duration", "1h"]).args(args).assert().code(1).stderr(message);
    }
    let without_version = env.server.base_url().trim_end_matches("/v0").to_owned();
    env.bare()
        .write_stdin(format!("{ADMIN_PASSWORD}\n"))
        .fails(&["login", "--url", &without_version, "--username", ADMIN, "--password-stdin"], 3)
        .stderr(format!("error: no TimeSync API at {without_version}/ — did you mean {without_version}/v0?\n"));
}
