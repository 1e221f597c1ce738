//! Output for scripts: `--quiet`, and CSV with its header whatever the data.

use serde_json::Value;

use crate::harness::{at, Env, Run, ADMIN};

/// 2026-01-15 is a Thursday.
const NOW: &str = "2026-01-15T10:00:00+00:00";

/// Runs `args` as alice at [`NOW`]; (exit code, stdout).
fn run(env: &Env, args: &[&str]) -> (Option<i32>, String) {
    let output = at(env, NOW).args(args).output().unwrap();
    (output.status.code(), String::from_utf8(output.stdout).unwrap())
}

#[test]
fn quiet_prints_the_uuid_of_what_changed_and_no_messages() {
    let env = Env::with_project();
    let (code, uuid) = run(&env, &["-q", "time", "create", "-d", "1h", "-p", "gwm"]);
    assert_eq!(code, Some(0));
    let uuid = uuid.strip_suffix('\n').unwrap().to_owned();
    let stored: Value = env.json("alice", &["time", "get", &uuid]);
    assert_eq!(stored[0]["uuid"], uuid.as_str(), "the new entry's UUID, and only it");
    assert_eq!(run(&env, &["--quiet", "time", "update", &uuid, "-d", "2h"]), (Some(0), format!("{uuid}\n")));
    assert_eq!(run(&env, &["-q", "time", "list"]), (Some(0), format!("{uuid}\n")), "lists: one UUID a line");
    assert_eq!(run(&env, &["-q", "time", "delete", &uuid]), (Some(0), String::new()));
    assert_eq!(run(&env, &["-q", "clock", "in", "gwm", "--at", "09:00"]), (Some(0), String::new()));
    assert_eq!(run(&env, &["-q", "clock", "status"]), (Some(0), String::new()));
    let (code, created) = run(&env, &["-q", "clock", "out"]);
    assert_eq!(code, Some(0));
    assert_eq!(created.lines().count(), 1, "the clock's entry: {created}");
    assert_eq!(created.trim().len(), 36, "{created}");
    assert_eq!(run(&env, &["-q", "sync"]), (Some(0), String::new()));
}

#[test]
fn quiet_projects_activities_and_users_print_their_identifiers() {
    let env = Env::with_project();
    let output =
        env.as_user(ADMIN).args(["-q", "activity", "create", "--name", "Review", "--slug", "review"]).output().unwrap();
    assert_eq!(String::from_utf8(output.stdout).unwrap(), "review\n", "an activity's key is its slug");
    let output = env.as_user(ADMIN).args(["-q", "project", "update", "gwm", "--name", "GWM"]).output().unwrap();
    assert_eq!(String::from_utf8(output.stdout).unwrap(), "gwm\n", "a project's key is its shortest slug");
    let output =
        env.as_user(ADMIN).args(["-q", "user", "update", "alice", "--display-name", "Alice"]).output().unwrap();
    assert_eq!(String::from_utf8(output.stdout).unwrap(), "alice\n");
}

#[test]
fn quiet_status_answers_with_its_exit_code_and_token_show_still_prints_the_token() {
    let env = Env::new();
    env.login(ADMIN, crate::harness::ADMIN_PASSWORD);
    env.bare().succeeds(&["-q", "status"]).stdout("");
    env.bare().succeeds(&["-q", "logout"]).stdout("");
    env.bare().fails(&["-q", "status"], 4).stdout("");
    let token = env.server.token_for(ADMIN);
    env.bare().env("TIMESYNC_TOKEN", &token).succeeds(&["-q", "token", "--show"]).stdout(format!("{token}\n"));
}

#[test]
fn quiet_wins_over_the_profiles_output_and_conflicts_with_json_and_csv() {
    let env = Env::with_project();
    std::fs::create_dir_all(env.config_path().parent().unwrap()).unwrap();
    std::fs::write(env.config_path(), "[profiles.default]\noutput = \"json\"\n").unwrap();
    let (code, uuid) = run(&env, &["-q", "time", "create", "-d", "1h", "-p", "gwm"]);
    assert_eq!((code, uuid.trim().len()), (Some(0), 36), "{uuid}");
    for format in ["--json", "--csv"] {
        let (code, stdout) = run(&env, &["-q", format, "time", "list"]);
        assert_eq!((code, stdout.as_str()), (Some(2), ""), "{format}");
    }
}

/// Runs `args` as the admin at [`NOW`] with `--csv`; its stdout.
fn csv(env: &Env, args: &[&str]) -> String {
    let output = env.as_user(ADMIN).env("TIMESYNC_NOW", NOW).arg("--csv").args(args).output().unwrap();
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn csv_of_nothing_is_the_header_of_that_kind_of_object() {
    let env = Env::new();
    for (args, header) in [
        (&["time", "get"][..], "duration,user,project,activities,notes,issue_uri,date_worked,uuid,revision,created_at,updated_at,deleted_at"),
        (&["project", "list"], "name,slugs,uri,default_activity,users,uuid,revision,created_at,updated_at,deleted_at"),
        (&["activity", "ls"], "name,slug,uuid,revision,created_at,updated_at,deleted_at"),
        (&["outbox"], "number,duration,project,user,activities,date_worked,notes,issue_uri,queued_at,status,refused,server"),
        (&["sync"], "result,number,uuid,duration,project,user,activities,date_worked,notes,issue_uri,reason"),
        (&["report", "--by", "project"], "start,end,project,entries,total_seconds,total"),
    ] {
        assert_eq!(csv(&env, args), format!("{header}\n"), "{args:?}");
    }
}

#[test]
fn report_csv_is_flat_and_says_which_period_it_covers() {
    let env = Env::with_project();
    env.server.add_time("alice", "gwm", &["dev"], 3600, "2026-01-12");
    env.server.add_time("alice", "gwm", &["docs"], 1800, "2026-01-13");
    env.server.add_time("admin", "gwm", &["dev"], 600, "2026-01-13");
    let text = csv(&env, &["report", "--week", "--by", "project", "--by", "user"]);
    assert_eq!(
        text,
        "start,end,project,user,entries,total_seconds,total\n\
         2026-01-12,2026-01-15,gwm,admin,1,600,10m\n\
         2026-01-12,2026-01-15,gwm,alice,2,5400,1h30m\n"
    );
    let output =
        env.as_user(ADMIN).env("TIMESYNC_NOW", NOW).args(["report", "--week", "--by", "user"]).output().unwrap();
    let table = String::from_utf8(output.stdout).unwrap();
    assert!(table.starts_with("Period: 2026-01-12 to 2026-01-15\n\nUser "), "{table}");
    assert!(table.contains("Total"), "the table keeps its total: {table}");
}

#[test]
fn clock_status_status_and_token_print_csv_with_a_header_that_never_changes() {
    let env = Env::with_project();
    let not_running = csv(&env, &["clock", "status"]);
    assert_eq!(
        not_running,
        "running,project,activities,notes,issue_uri,user,started_at,elapsed_seconds\nfalse,,,,,,,\n"
    );
    at(&env, NOW).succeeds(&["clock", "in", "gwm", "-a", "dev", "--at", "09:00"]);
    let running = String::from_utf8(at(&env, NOW).args(["--csv", "clock", "status"]).output().unwrap().stdout).unwrap();
    let lines: Vec<&str> = running.lines().collect();
    assert_eq!(lines[0], not_running.lines().next().unwrap(), "the same header");
    assert!(
        lines[1].starts_with("true,gwm,dev,,,alice,2026-01-15T09:00:00") && lines[1].ends_with(",3600"),
        "{running}"
    );
    let status = csv(&env, &["status"]);
    assert!(status.starts_with("profile,url,user,auth_type,token.source,"), "{status}");
    assert_eq!(status.lines().count(), 2, "{status}");
    assert!(status.lines().nth(1).unwrap().ends_with(",true"), "ready: {status}");
    let token = csv(&env, &["token"]);
    assert!(token.starts_with("user,expires_at,expired\nadmin,"), "{token}");
}
