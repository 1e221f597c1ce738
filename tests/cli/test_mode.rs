//! `--test`: the built-in mock responder. No network, no stored token, the
//! same validation and the same JSON shapes as the live server.

use std::collections::BTreeMap;

use predicates::prelude::*;
use serde_json::Value;

use crate::harness::{Env, ProjectRoles, SiteRoles, ADMIN};

/// A URL where nothing listens: any request in test mode would fail with exit 3.
const NOWHERE: &str = "http://127.0.0.1:9/v0";

fn test_mode(env: &Env) -> assert_cmd::Command {
    let mut cmd = env.bare();
    cmd.env("TIMESYNC_URL", NOWHERE).env("TIMESYNC_TEST", "1");
    cmd
}

fn json_of(cmd: &mut assert_cmd::Command) -> Value {
    let output = cmd.output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn every_command_answers_without_a_server_and_leaves_the_config_alone() {
    let env = Env::new();
    let uuid = "838853e3-3635-4076-a26f-7efa4e60981f";
    let commands: &[&[&str]] = &[
        &["time", "create", "--duration", "3h30m", "--project", "gwm", "--activity", "docs"],
        &["time", "update", uuid, "--duration", "1h"],
        &["time", "get"],
        &["time", "get", uuid, "--include-revisions"],
        &["time", "delete", uuid],
        &["project", "create", "--name", "X", "--slug", "x"],
        &["project", "update", "gwm", "--name", "GWM"],
        &["project", "get", "gwm"],
        &["project", "users", "gwm"],
        &["project", "delete", "gwm"],
        &["activity", "create", "--name", "Doc", "--slug", "doc"],
        &["activity", "update", "docs", "--name", "Docs"],
        &["activity", "get"],
        &["activity", "delete", "docs"],
        &["user", "get"],
        &["user", "delete", "userone"],
        &["token"],
        &["report", "--by", "project"],
        &["sync"],
    ];
    for args in commands {
        test_mode(&env).args(*args).assert().success();
        test_mode(&env).arg("--json").args(*args).assert().success();
    }
    test_mode(&env)
        .args(["login", "--username", "alice", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("TESTTOKEN"));
    test_mode(&env).args(["user", "create", "carol", "--password-stdin"]).write_stdin("pw\n").assert().success();
    assert!(!env.config_path().exists(), "test mode writes no config");
}

#[test]
fn the_stored_token_is_never_read_in_test_mode() {
    let env = Env::new();
    env.login(ADMIN, crate::harness::ADMIN_PASSWORD);
    let before = env.config_text();
    env.bare().args(["--test", "token", "--show"]).assert().success().stdout("TESTTOKEN\n");
    env.bare().args(["--test", "logout"]).assert().success();
    env.bare().args(["--test", "login", "--username", "x", "--password-stdin"]).write_stdin("y").assert().success();
    assert_eq!(env.config_text(), before);
    let requests = env.server.requests().len();
    env.bare().args(["--test", "time", "get"]).assert().success();
    assert_eq!(env.server.requests().len(), requests, "test mode sent a request");
}

#[test]
fn local_validation_runs_first_exactly_as_in_live_mode() {
    let env = Env::new();
    for (args, message) in [
        (&["time", "create", "--duration", "3hh30m", "--project", "gwm"][..], "invalid duration '3hh30m'"),
        (&["time", "create", "--notes", "x"][..], "time object: missing required field(s): duration, project"),
        (&["project", "get", "gwm", "--include-deleted"][..], "invalid combination: slug and include_deleted"),
        (&["time", "update", "838853e3-3635-4076-a26f-7efa4e60981f"][..], "nothing to change"),
    ] {
        let live = env.as_user(ADMIN).args(args).output().unwrap();
        let test = test_mode(&env).args(args).output().unwrap();
        assert_eq!(live.status.code(), Some(2), "{args:?}");
        assert_eq!(test.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&test.stderr).contains(message), "{args:?}");
        assert_eq!(live.stderr, test.stderr, "{args:?}");
    }
}

#[test]
fn test_mode_acts_as_the_configured_user_the_given_user_or_test_user() {
    let env = Env::new();
    let create = ["--json", "time", "create", "--duration", "1h", "--project", "gwm"];
    assert_eq!(json_of(test_mode(&env).args(create))["user"], "test-user");
    assert_eq!(json_of(test_mode(&env).args(create).args(["--user", "bob"]))["user"], "bob");
    std::fs::create_dir_all(env.config_path().parent().unwrap()).unwrap();
    std::fs::write(env.config_path(), "[profiles.default]\nusername = \"carol\"\n").unwrap();
    assert_eq!(json_of(test_mode(&env).args(create))["user"], "carol");
}

#[test]
fn the_clock_works_in_test_mode_with_its_own_state() {
    let env = Env::new();
    test_mode(&env).env("TIMESYNC_NOW", "2026-01-15T09:00:00+00:00").args(["clock", "in", "gwm"]).assert().success();
    env.as_user(ADMIN).args(["clock", "status"]).assert().success().stdout("Not clocked in.\n");
    let times =
        json_of(test_mode(&env).env("TIMESYNC_NOW", "2026-01-15T10:15:00+00:00").args(["--json", "clock", "out"]));
    assert_eq!(times[0]["duration"], 4500);
    assert_eq!(times[0]["date_worked"], "2026-01-15");
}

#[test]
fn pymesync_sample_data_is_served() {
    let env = Env::new();
    let times = json_of(test_mode(&env).args(["--json", "time", "get"]));
    let durations: Vec<u64> = times.as_array().unwrap().iter().map(|t| t["duration"].as_u64().unwrap()).collect();
    assert_eq!(durations, [12, 13, 14]);
    let projects = json_of(test_mode(&env).args(["--json", "project", "get"]));
    assert_eq!(projects[0]["name"], "Ganeti Web Manager");
    let one = json_of(test_mode(&env).args(["--json", "project", "get", "ts"]));
    assert_eq!(one.as_array().unwrap().len(), 1);
    let users = json_of(test_mode(&env).args(["--json", "user", "get"]));
    assert_eq!(users.as_array().unwrap().len(), 4);
    let token = json_of(test_mode(&env).args(["--json", "token"]));
    assert_eq!(token["expires_at"], "2016-01-13T11:45:34Z");
}

/// The shape of a JSON value: its type, and for objects the shapes of its
/// keys. `null` and empty arrays match anything of their kind.
fn shape(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(_) => "bool".into(),
        Value::Number(_) => "number".into(),
        Value::String(_) => "string".into(),
        Value::Array(items) => match items.first() {
            Some(first) => format!("[{}]", shape(first)),
            None => "[]".into(),
        },
        Value::Object(map) => {
            let fields: BTreeMap<&String, String> = map.iter().map(|(k, v)| (k, shape(v))).collect();
            format!("{fields:?}")
        }
    }
}

fn same_shape(live: &Value, mock: &Value, what: &str) {
    match (live, mock) {
        (Value::Null, _) | (_, Value::Null) => {}
        (Value::Array(a), Value::Array(b)) => {
            if let (Some(a), Some(b)) = (a.first(), b.first()) {
                same_shape(a, b, what);
            }
        }
        // Maps keyed by username: compare what a user maps to.
        (Value::Object(a), Value::Object(b)) if what.ends_with("users") => {
            if let (Some(a), Some(b)) = (a.values().next(), b.values().next()) {
                same_shape(a, b, &format!("{what}[user]"));
            }
        }
        (Value::Object(a), Value::Object(b)) => {
            let keys = |m: &serde_json::Map<String, Value>| m.keys().cloned().collect::<Vec<_>>();
            assert_eq!(keys(a), keys(b), "{what}: keys differ\nlive: {}\nmock: {}", shape(live), shape(mock));
            for (key, value) in a {
                same_shape(value, &b[key], &format!("{what}.{key}"));
            }
        }
        _ => assert_eq!(shape(live), shape(mock), "{what}"),
    }
}

#[test]
fn the_mock_answers_with_the_live_shapes_for_every_command() {
    let env = Env::with_project();
    env.server.add_user("bob", "bob-pw", SiteRoles::default());
    env.server.add_user("userone", "one-pw", SiteRoles::default());
    let manager = ProjectRoles { member: true, spectator: true, manager: true };
    env.server.add_project("TimeSync", &["ts"], Some("dev"), &[(ADMIN, manager), ("bob", manager)]);
    let live_uuid = env.server.add_time(ADMIN, "ts", &["dev"], 60, "2026-01-10");
    let mock_uuid = "c3706e79-1c9a-4765-8d7f-89b4544cad56";
    let cases: Vec<(String, Vec<String>)> = vec![
        (
            "time create".into(),
            vec!["time", "create", "--duration", "1h", "--project", "ts", "--activity", "dev", "--notes", "n"]
                .into_iter()
                .map(String::from)
                .collect(),
        ),
        (
            "time update".into(),
            vec!["time", "update", "{uuid}", "--duration", "2h"].into_iter().map(String::from).collect(),
        ),
        ("time get".into(), vec!["time", "get"].into_iter().map(String::from).collect()),
        (
            "time get uuid".into(),
            vec!["time", "get", "{uuid}", "--include-revisions"].into_iter().map(String::from).collect(),
        ),
        (
            "project create".into(),
            vec![
                "project",
                "create",
                "--name",
                "New",
                "--slug",
                "new",
                "--member",
                "userone",
                "--default-activity",
                "dev",
            ]
            .into_iter()
            .map(String::from)
            .collect(),
        ),
        (
            "project update".into(),
            vec!["project", "update", "new", "--name", "Newer"].into_iter().map(String::from).collect(),
        ),
        ("project get".into(), vec!["project", "get"].into_iter().map(String::from).collect()),
        ("project users".into(), vec!["project", "users", "ts"].into_iter().map(String::from).collect()),
        (
            "activity create".into(),
            vec!["activity", "create", "--name", "Review", "--slug", "review"].into_iter().map(String::from).collect(),
        ),
        (
            "activity update".into(),
            vec!["activity", "update", "review", "--name", "Reviews"].into_iter().map(String::from).collect(),
        ),
        ("activity get".into(), vec!["activity", "get"].into_iter().map(String::from).collect()),
        ("user get".into(), vec!["user", "get"].into_iter().map(String::from).collect()),
        (
            "user update".into(),
            vec!["user", "update", "userone", "--display-name", "One"].into_iter().map(String::from).collect(),
        ),
        ("time delete".into(), vec!["time", "delete", "{uuid}"].into_iter().map(String::from).collect()),
        ("activity delete".into(), vec!["activity", "delete", "review"].into_iter().map(String::from).collect()),
        ("project delete".into(), vec!["project", "delete", "new"].into_iter().map(String::from).collect()),
        ("report".into(), vec!["report", "--by", "project", "--by", "user"].into_iter().map(String::from).collect()),
    ];
    for (what, args) in cases {
        let with = |uuid: &str| args.iter().map(|a| a.replace("{uuid}", uuid)).collect::<Vec<_>>();
        let live = json_of(env.as_user(ADMIN).arg("--json").args(with(&live_uuid)));
        let mock = json_of(test_mode(&env).arg("--json").args(with(mock_uuid)));
        same_shape(&live, &mock, &what);
    }
}
