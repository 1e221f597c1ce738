//! `--test`: the in-process engine seeded with the sample data. No network,
//! no stored token, and exactly the answers of the test server seeded alike.

use predicates::prelude::*;
use serde_json::Value;
use timesync_engine::samples;

use crate::harness::{Env, Run, TestServer, ADMIN};

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
        &["activity", "create", "--name", "Doc", "--slug", "doc"],
        &["activity", "update", "docs", "--name", "Docs"],
        &["activity", "get"],
        &["user", "get"],
        &["user", "delete", "userone"],
        &["token"],
        &["status"],
        &["report", "--by", "project"],
        &["sync"],
        &["login"],
        &["logout"],
    ];
    for args in commands {
        test_mode(&env).args(*args).assert().success();
        test_mode(&env).arg("--json").args(*args).assert().success();
    }
    test_mode(&env).write_stdin("pw\n").succeeds(&["user", "create", "carol", "--password-stdin"]);
    assert!(!env.config_path().exists(), "test mode writes no config");
}

#[test]
fn the_stored_token_is_never_read_in_test_mode() {
    let env = Env::new();
    env.login(ADMIN, crate::harness::ADMIN_PASSWORD);
    let before = env.config_text();
    let shown = env.bare().args(["--test", "token", "--show"]).output().unwrap();
    assert!(shown.status.success());
    let shown = String::from_utf8(shown.stdout).unwrap();
    assert!(!before.contains(shown.trim()), "test mode used the stored token");
    env.bare().succeeds(&["--test", "logout"]);
    env.bare().succeeds(&["--test", "login", "--username", "userone"]);
    assert_eq!(env.config_text(), before);
    let requests = env.server.requests().len();
    env.bare().succeeds(&["--test", "time", "get"]);
    assert_eq!(env.server.requests().len(), requests, "test mode sent a request");
}

#[test]
fn local_validation_runs_first_exactly_as_in_live_mode() {
    let env = Env::new();
    for (args, message) in [
        (&["time", "create", "--duration", "3hh30m", "--project", "gwm"][..], "invalid duration '3hh30m'"),
        (
            &["time", "create", "--notes", "x"][..],
            "a time entry needs duration, project (pass --duration and --project)",
        ),
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
fn test_mode_acts_as_the_configured_user_or_test_user() {
    let env = Env::new();
    let create = ["--json", "time", "create", "--duration", "1h", "--project", "gwm"];
    assert_eq!(json_of(test_mode(&env).args(create))["user"], "test-user");
    test_mode(&env)
        .args(create)
        .fails(&["--user", "bob"], 2)
        .stderr(predicate::str::contains("--user bob is not the logged-in user test-user"));
    std::fs::create_dir_all(env.config_path().parent().unwrap()).unwrap();
    std::fs::write(env.config_path(), "[profiles.default]\nusername = \"carol\"\n").unwrap();
    assert_eq!(json_of(test_mode(&env).args(create))["user"], "carol");
}

#[test]
fn every_command_in_test_mode_starts_from_the_same_state() {
    let env = Env::new();
    let tmp = env.dir.path().join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let at = |now: &str| {
        let mut cmd = test_mode(&env);
        cmd.env("TIMESYNC_NOW", now).env("TMPDIR", &tmp);
        cmd
    };
    let started = json_of(at("2026-01-15T09:00:00+00:00").args(["--json", "clock", "in", "gwm"]));
    assert_eq!(started["started_at"], "2026-01-15T09:00:00Z", "a clock runs within the command");
    env.succeeds(ADMIN, &["clock", "status"]).stdout("Not clocked in.\n");
    at("2026-01-15T10:15:00+00:00").succeeds(&["clock", "status"]).stdout("Not clocked in.\n");
    at("2026-01-15T10:15:00+00:00").fails(&["clock", "out"], 2).stderr(predicate::str::contains("not clocked in"));
    at("2026-01-15T10:15:00+00:00").succeeds(&["start", "gwm"]);
    let left: Vec<_> = std::fs::read_dir(&tmp).unwrap().collect();
    assert!(left.is_empty(), "test mode's state goes with its engine");
}

/// A Wednesday: the samples are dated from Monday of its week up to it.
const NOW: &str = "2026-11-25T12:00:00+00:00";

#[test]
fn the_sample_data_is_coherent_and_dated_this_week() {
    let env = Env::new();
    let at_now = |args: &[&str]| json_of(test_mode(&env).env("TIMESYNC_NOW", NOW).arg("--json").args(args));
    let times = at_now(&["time", "get"]);
    let times = times.as_array().unwrap();
    assert!(times.len() >= 5, "{times:?}");
    let projects = at_now(&["project", "get"]);
    let slugs: Vec<&str> = projects
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["slugs"].as_array().unwrap())
        .map(|s| s.as_str().unwrap())
        .collect();
    let activities = at_now(&["activity", "get"]);
    let activity_slugs: Vec<&str> =
        activities.as_array().unwrap().iter().map(|a| a["slug"].as_str().unwrap()).collect();
    for time in times {
        let date = time["date_worked"].as_str().unwrap();
        assert!(("2026-11-23"..="2026-11-25").contains(&date), "{date} is not in this week up to today");
        assert!(time["duration"].as_u64().unwrap() >= 1800, "{time}");
        assert!(time["project"].as_array().unwrap().iter().all(|p| slugs.contains(&p.as_str().unwrap())), "{time}");
        for activity in time["activities"].as_array().unwrap() {
            assert!(activity_slugs.contains(&activity.as_str().unwrap()), "{activity} is not listed");
        }
    }
    let report = at_now(&["report", "--week"]);
    assert_eq!(report["entries"].as_u64().unwrap() as usize, times.len());
    assert!(report["total_seconds"].as_u64().unwrap() > 0);
    test_mode(&env).fails(&["time", "get", "--project", "nosuch"], 1);
}

/// Runs `args` against a fresh engine seeded as test mode seeds it, over
/// HTTP, then in test mode; both must print and exit alike.
fn same_in_both(env: &Env, args: &[&str]) {
    let now = chrono::DateTime::parse_from_rfc3339(NOW).unwrap();
    let engine = samples::test_engine("test-user", now.timestamp_millis(), now.date_naive());
    let token = engine.token_for("test-user");
    let server = TestServer::serve(std::sync::Arc::new(engine), "127.0.0.1:0").unwrap();
    let run = |test: bool| {
        let mut cmd = env.bare();
        cmd.env("TIMESYNC_NOW", NOW).args(["--url", &server.base_url()]);
        if test {
            cmd.arg("--test");
        } else {
            cmd.env("TIMESYNC_TOKEN", &token);
        }
        cmd.args(args).output().unwrap()
    };
    let (live, test) = (run(false), run(true));
    let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
    assert_eq!(live.status.code(), test.status.code(), "{args:?}: {}", text(&test.stderr));
    assert_eq!(text(&live.stdout), text(&test.stdout), "{args:?}");
    assert_eq!(text(&live.stderr), text(&test.stderr), "{args:?}");
    if args.last() != Some(&"token") {
        assert!(!server.requests().is_empty(), "{args:?} went over HTTP in the live run");
    }
}

#[test]
fn test_mode_answers_exactly_as_the_test_server_seeded_with_the_samples() {
    let env = Env::new();
    let mine = "838853e3-3635-4076-a26f-7efa4e60981f";
    let theirs = "c3706e79-1c9a-4765-8d7f-89b4544cad56";
    for args in [
        &["time", "get"][..],
        &["--json", "time", "get", "--user", "userone"],
        &["--csv", "time", "get", "--project", "ts"],
        &["time", "get", "--project", "nosuch"],
        &["time", "get", mine, "--include-revisions"],
        &["--json", "time", "create", "--duration", "1h", "--project", "gwm", "--notes", "same"],
        &["time", "create", "--duration", "1h", "--project", "nosuch"],
        &["time", "create", "--duration", "1h", "--project", "gwm", "--activity", "nosuch"],
        &["--json", "time", "update", mine, "--duration", "2h"],
        &["time", "update", theirs, "--duration", "2h"],
        &["time", "delete", mine],
        &["project", "get"],
        &["--json", "project", "get", "ts"],
        &["project", "get", "nosuch"],
        &["project", "users", "gwm"],
        &["--json", "project", "create", "--name", "New", "--slug", "new", "--member", "userone"],
        &["project", "create", "--name", "TimeSync", "--slug", "other"],
        &["project", "delete", "gwm"],
        &["activity", "get"],
        &["--json", "activity", "create", "--name", "Review", "--slug", "review"],
        &["activity", "delete", "docs"],
        &["user", "get"],
        &["--json", "user", "get", "userone"],
        &["user", "get", "nobody"],
        &["report", "--week", "--by", "project", "--by", "user"],
        &["--json", "token"],
    ] {
        same_in_both(&env, args);
    }
}
